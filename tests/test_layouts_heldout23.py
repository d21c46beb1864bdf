"""The shapes heldout23's first reading missed (read after it), on invented texts: a regional
weekly's byline with its day after a slash (and the address glued to the stamp), and its photo
caption led by a doubled arrow; then the rest by class (bylines glued with a bar or a slash, a
wire's stamp, decks over a stamp, an imprint, a pool's credit, glued controls, a photo credit in
the title's place, a share box's hint)."""

import kornews
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."

WEEKLY = (
    "가상향교 추계 석전대제 봉행\n\n"
    "홍길동 기자 / 2009년 09월 28일\n"
    "공유 / URL복사\n"
    "ⓒ 가상신문\n\n"
    "가상향교 추계 석전대제가 지난 19일 오전 10시 향교 내 대성전에서 열렸다.\n\n"
    "이날 행사에는 유림 200여명이 참석했다.\n"
)

STAMPED = (
    "즐겨찾기+ 최종편집:2024-12-27 오전 11:46:30\n"
    "뉴스 > 생활문화 일반\n\n"
    "가상시, 가상향교 춘계 석전대제 봉행\n\n\n"
    "홍길동 기자 / gildong@example.com입력 : 2019년 03월 11일\n"
    "↑↑ 가상향교 춘계 석전대제 봉행\n"
    "ⓒ 가상뉴스\n"
    "[가상뉴스=홍길동 기자] 가상향교 춘계 석전대제가 11일 향교 내 대성전에서 열렸다.\n\n"
    "석전대제는 삼국시대부터 내려온 전통 의식이다.\n"
)


def test_a_byline_with_its_day_after_a_slash_gives_reporter_and_date_not_a_subtitle():
    article = kornews.read_article(WEEKLY)
    assert (article.reporter, str(article.date)[:10]) == ("홍길동", "2009-09-28")
    assert article.subtitles == ()


def test_the_address_glued_to_the_stamp_and_the_bylines_day_over_the_sites_edit_stamp():
    article = kornews.read_article(STAMPED)
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")
    assert str(article.date)[:10] == "2019-03-11"  # not the site's 최종편집 stamp


def test_a_caption_led_by_a_doubled_arrow_is_a_caption_not_a_subtitle():
    article = kornews.read_article(STAMPED)
    assert article.subtitles == ()
    assert [p.text for p in article.parts if p.kind == "caption"][0].startswith("↑↑")


def test_a_byline_with_a_desk_glued_to_the_lead_by_a_bar():
    article = kornews.read_article(f"가상일보 가상포커스 홍길동 기자 | {_LEAD}\n{_LAST}\n")
    assert (article.outlet, article.reporter) == ("가상일보", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_byline_closing_the_paragraph_with_a_slash():
    article = kornews.read_article(
        f"가상마을 경로당\n\n\n{_LEAD} {_LAST} 홍길동 기자/\n저작권자 © 가상우리신문 무단전재 및 재배포 금지\n"
    )
    assert article.reporter == "홍길동"
    assert _body(article) == [f"{_LEAD} {_LAST}"]


def test_a_wire_style_stamp_closing_the_page_is_the_date():
    article = kornews.read_article(
        f"{_LEAD}\n{_LAST}\n<저작권자©가상뉴스. 무단전재-재배포금지>\n2014-04-02 09:55 송고"
    )
    assert article.date == "2014-04-02T09:55"
    assert article.outlet == "가상뉴스"


def test_three_decks_over_a_stamp_and_an_imprint_with_no_body():
    decks = (
        "가상진흥원, 감사 대상에서 제외 시도",
        "홍길동 의장- 깊은 유감 표명",
        "김철수 의원- 삭제 요구했다",
    )
    article = kornews.read_article(
        "가상시 감사 무력화, 외부압력 있었다 !\n\n"
        + "\n".join(decks)
        + "\n\n2024.05.29 00:57:47\n\n주소 : 가상도 가상시 가상로 1 등록번호: 가상,아00001 | 등록일 : "
        "2024-02-07 | 대표 : 홍길동 | 발행/편집인 : 김철수 | 전화번호 : 010-0000-0000 "
        "Copyright @가상미디어일보 Corp. All rights reserved."
    )
    assert article.subtitles == decks
    assert article.date == "2024-05-29T00:57"
    assert _body(article) == []
    assert article.outlet == "가상미디어일보"


def test_a_pools_joint_credit_names_the_sites_outlet_and_the_writer():
    article = kornews.read_article(
        "[가상언론 공동취재/가상타임즈, 가상뉴스, GSN뉴스-글: 홍길동 기자, 사진: 김철수 기자 ]\n"
        f"{_LEAD}\n{_LAST}\n"
    )
    assert (article.outlet, article.reporter) == ("가상타임즈", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_member_links_glued_together_over_the_headline_are_controls():
    article = kornews.read_article(
        "회원가입기사쓰기전체기사보기\n뉴스 > 생활문화 일반\n\n가상시 새 청사 공개\n\n"
        f"홍길동 기자 / gildong@example.com입력 : 2019년 03월 11일\n{_LEAD}\n\n{_LAST}\n"
    )
    assert article.title == "가상시 새 청사 공개"
    assert article.subtitles == ()


def test_a_photo_credit_on_a_caption_in_the_titles_place_names_the_outlet():
    article = kornews.read_article(
        f"▲ 지난 달 25일 가상사에서 열린 ‘제1회 가상음악회’. © 가상서부신문\n|\n{_LEAD}\n{_LAST}\n"
    )
    assert article.outlet == "가상서부신문"


def test_a_share_boxs_hint_is_furniture():
    article = kornews.read_article(WEEKLY + "X\nURL을 길게 누르면 복사할 수 있습니다.")
    assert _body(article) == [
        "가상향교 추계 석전대제가 지난 19일 오전 10시 향교 내 대성전에서 열렸다.",
        "이날 행사에는 유림 200여명이 참석했다.",
    ]


def test_a_deck_glued_to_the_headline_with_no_space_where_the_text_writes_the_words_apart():
    article = kornews.read_article(
        "가상대 신학대 동문 감독회장·감독 취임 축하예배홍길동 감독회장 취임...가상교회 총회 업무 대표\n"
        "▲ 20일 가상대학교회에서 열린 ‘가상신학동문 감독 취임 축하예배’에서 홍길동 감독회장이 인사하고 있다.\n\n"
        "가상대학교는 20일 대학 교회에서 ‘가상신학동문 감독 취임 축하예배’를 진행했다고 밝혔다.\n\n"
        "홍길동 감독회장은 가상교회 총회와 본부의 업무를 대표한다.\n"
    )
    assert article.title == "가상대 신학대 동문 감독회장·감독 취임 축하예배"
    assert article.subtitles == ("홍길동 감독회장 취임...가상교회 총회 업무 대표",)


def test_a_compound_in_a_short_headline_is_no_glued_deck():
    title = "홍길동 가상방송 저녁메인뉴스 앵커 발탁 화제"
    article = kornews.read_article(
        title + "\n\n가상방송은 홍길동 전 아나운서를 저녁 메인뉴스 앵커로 발탁했다고 10일 밝혔다.\n"
    )
    assert (article.title, article.subtitles) == (title, ())


def test_a_scene_told_in_two_sentences_signed_at_its_end_and_alone_over_the_copyright_is_the_body():
    # No mark makes it a caption (no ▲, credit or bar), and no story stands under it.
    scene = (
        "10일 오전부터 가상만 일대에 풍랑주의보가 내려지면서 섬과 육지를 잇는 바닷길이 모두 묶였다. "
        "가상도와 나라도 등 섬들을 오가는 여객선들이 가상항 연안부두에 줄지어 발이 묶여 있다."
    )
    article = kornews.read_article(
        f"{scene} 홍길동기자 gildong@example.com\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert _body(article) == [scene]
    assert (article.reporter, article.email) == ("홍길동", "gildong@example.com")


def test_a_caption_signed_in_the_titles_place_keeps_its_story_under_it():
    caption = "가상시 광장에 시민들이 모였다. 분수대 앞에서 기념촬영을 하고 있다. " * 2
    article = kornews.read_article(f"{caption}홍길동 기자\n{_LEAD}\n\n{_LAST}\n")
    assert article.title == caption.rstrip()
    assert _body(article) == [_LEAD, _LAST]
