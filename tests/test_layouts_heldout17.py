"""Shapes read after heldout17's first reading (benchmarks/real/layouts/heldout17): each test an
invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"
_COPYRIGHT = "\n저작권자 © 가상신문 무단전재 및 재배포 금지\n"


def test_a_byline_in_hanja_names_its_reporter():
    article = read_article(
        "가상시 새 청사\n\n  • 가상신문\n  • 승인 2004.10.14 16:12\n  • 댓글 0\n\n"
        "洪吉童 기자 / gildong@example.com\n" + _STORY + _COPYRIGHT
    )
    assert article.reporter == "洪吉童"
    assert article.email == "gildong@example.com"
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_hanja_words_with_no_title_after_them_name_no_reporter():
    article = read_article(
        "가상시 새 청사\n\n大家 名醫 / gildong@example.com\n" + _STORY + _COPYRIGHT
    )
    assert article.reporter is None


def test_a_magazines_paywalled_page_keeps_its_furniture_out_of_the_body():
    article = read_article(
        "사회. 문화\n\nHome>가상월간>사회. 문화\n\n“옛 책에 오늘의 답이 다 있다” \n\n"
        "가상 명가를 찾아서 ③ - 침술의 대가 홍길동(가상한의원 원장) \n\n"
        "김철수 가상월간 기자 chulsoo@example.com\n\n\n"
        'vspace="5" hspace="5" align="left">\n\n'
        "가상동 초입에 있는 가상한의원의 하루는 새벽부터 시작된다. \n\n"
        "※ 해당 기사는 유료 콘텐츠로 [ 온라인 유료회원 ] 서비스를 통해 보실 수 있습니다.\n"
        "202001호 (2019.12.17)\n목차보기\n  • 이달의 추천 기사\n이전 1 / 2 다음\n"
    )
    assert article.title == "“옛 책에 오늘의 답이 다 있다”"
    assert article.subtitles == ("가상 명가를 찾아서 ③ - 침술의 대가 홍길동(가상한의원 원장)",)
    assert article.reporter == "김철수"
    assert _body(article) == ["가상동 초입에 있는 가상한의원의 하루는 새벽부터 시작된다."]


def test_a_section_label_over_a_breadcrumb_ending_elsewhere_stays_the_title():
    article = read_article(
        "가상시 새 청사 공개\n\nHome>가상신문>사회\n\n홍길동 기자\n" + _STORY + _COPYRIGHT
    )
    assert article.title == "가상시 새 청사 공개"


def test_a_text_opening_with_a_spoken_quotation_has_no_headline():
    quotation = "“오늘도 가상시의 소식을 가장 먼저 시민 여러분께 정답게 전해 드리겠습니다!”"
    article = read_article(
        quotation + "\n\n가상시의 소식 코너가 50회를 맞아 특집 방송을 한다.\n\n"
        "방송은 오늘 오후 6시에 시작한다.\n" + _COPYRIGHT
    )
    assert article.title is None
    assert _body(article)[:2] == [quotation, "가상시의 소식 코너가 50회를 맞아 특집 방송을 한다."]


def test_a_quoted_headline_without_its_stop_is_still_the_title():
    article = read_article(
        "“시민 곁에서 소식을 정답게 전해 드리는 방송을 오래도록 만들어 가겠다”\n\n" + _STORY
    )
    assert article.title == "“시민 곁에서 소식을 정답게 전해 드리는 방송을 오래도록 만들어 가겠다”"


def test_a_quoted_headline_over_its_byline_is_still_the_title():
    quotation = "“오늘도 가상시의 소식을 가장 먼저 시민 여러분께 정답게 전해 드리겠습니다!”"
    article = read_article(quotation + "\n\n홍길동 기자\n\n" + _STORY)
    assert article.title == quotation
    assert article.reporter == "홍길동"


def test_a_stamp_after_a_bar_under_the_reporters_name_is_the_date():
    article = read_article(
        "‘새 청사’ 공개에 ‘주목’\n홍길동\n| 2014-10-30 09:05:18\n"
        "[가상투데이 홍길동 기자] 가상시가 새 청사를 공개했다.\n청사는 다음 달 문을 연다.\n"
        "[ⓒ 가상투데이. 무단전재-재배포 금지]\n"
    )
    assert article.date == "2014-10-30T09:05"
    assert article.reporter == "홍길동"


def test_a_board_engines_page_names_its_writer_and_its_outlet():
    article = read_article(
        "방문을 환영합니다.\n최종편집\n교단\n"
        "가상정론은 한 달 전에 가상대학교의 부지 매각 문제를 제보받은 바 있습니다. 이제 이 문제가 "
        "법정에까지 가게 되었고, 공적인 논의가 필요한 때라고 보아 다루려고 합니다. 먼저 학교 "
        "당국의 공식 입장을 싣고 이어서 기고를 싣겠습니다. - 편집위원장\n\n\n홍길동.jpg\n\n\n"
        "홍길동 교수\n가상대 홍보 및 대외협력담당\n\n\n"
        "2014년 2월 27일. 대학 본부가 사건을 처음 알게 됨.\n3월 5일. 이사회에 감사를 청원함.\n"
    )
    assert article.outlet == "가상정론"
    assert article.reporter == "홍길동"
    body = _body(article)
    assert body[0].startswith("가상정론은 한 달 전에")
    assert body[1:] == [
        "2014년 2월 27일. 대학 본부가 사건을 처음 알게 됨.",
        "3월 5일. 이사회에 감사를 청원함.",
    ]
    assert not any(part.kind == "subtitle" for part in article.parts)


def test_a_photos_caption_naming_an_office_over_a_place_stays_a_caption():
    # The line under the name holds a figure (a date): no contributor's post.
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "홍길동 가상시장\n2020년 7월 10일 가상시청\n"
        "청사는 시민에게 열린다.\n" + _COPYRIGHT
    )
    assert article.reporter is None


def test_an_editors_note_signed_by_no_editor_names_no_outlet():
    article = read_article(
        "가상시 새 청사\n\n가상정론은 한 달 전에 가상대학교의 부지 문제를 제보받았습니다. - 홍길동\n\n"
        + _STORY
    )
    assert article.outlet is None


# --- the older batches' misses, by class ---


def test_a_photo_storys_text_that_names_its_photo_is_the_body_with_its_credit_split_off():
    text = (
        "새해는 가상업계에 새로운 도전과 기회를 던져주고 있다. 업역의 칸막이가 하나 둘 사라지는 "
        "등 혁신이 실천되는 원년이다. 미로를 걸어가듯 조심스럽지만 힘찬 걸음이 필요하다. 사진은 "
        "회원들이 가상시의 터널을 걸어 들어가고 있는 모습. 맨 앞부터 홍 회장, 김 부회장 등."
    )
    article = read_article(
        text + " /가상국=홍길동 주간\n\n저작권자 © 가상건설신문 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert _body(article) == [text]
    assert article.reporter == "홍길동"


def test_a_photos_long_caption_with_its_byline_still_stands_as_the_title():
    caption = (
        "가상산 중턱에 수백 년 된 나무가 단단히 뿌리내려 있다. 나무는 오랜 세월의 흔적을 "
        "나이테에 새긴 채 하늘로 뻗어 있다. 가상일보는 오늘 지령 1만호를 맞았다."
    )
    article = read_article(
        caption + " /홍길동 기자\n\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.title == caption
    assert _body(article) == []


def test_an_agencys_dateline_glued_to_the_storys_end_is_no_body_text():
    article = read_article(
        "가상시 새 청사 공개\n\n가상시가 새 청사를 공개했다.\n\n"
        "시의회는 이날 조례안을 처리할 예정이다. (서울=가상통신)\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == [
        "가상시가 새 청사를 공개했다.",
        "시의회는 이날 조례안을 처리할 예정이다.",
    ]
    assert article.outlet == "가상신문"


def test_a_box_of_headlines_flattened_onto_one_line_after_its_title_ends_the_body():
    box = "주요기사 " + " ".join(
        f"“가상{n}군 축제, 차별성으로 다시 서야” 제{n}회 가상{n}시 배드민턴대회 성료"
        for n in range(8)
    )
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + box + "\n")
    assert len(box) > 300
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_a_line_opening_with_a_box_word_that_goes_on_in_sentences_stays_text():
    line = "주요기사 " + "가상시가 새 청사를 공개했다. " * 6
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + line.strip() + "\n")
    assert _body(article)[-1] == line.strip()


def test_an_image_viewers_placeholder_glued_to_the_text_is_dropped():
    article = read_article("Image_View먼저 가상신문의 창간 6주년을 축하드립니다.\n\n" + _STORY)
    assert _body(article)[0] == "먼저 가상신문의 창간 6주년을 축하드립니다."


def test_a_photo_agencys_caption_closing_with_the_day_dates_the_article():
    article = read_article(
        "10일 가상시 청사 앞에서 한 시민이 가면을 쓴 채 시위에 동참하고 있다. 2018.2.25.\n\n"
        "홍길동 선임기자 gildong@example.com\n\nCopyright ⓒ 가상신문. All rights reserved.\n"
    )
    assert article.date == "2018-02-25"


def test_a_date_inside_a_caption_does_not_date_the_article():
    article = read_article(
        "2018.2.25. 가상시 청사 앞에서 시민들이 걷고 있다\n\n" + _STORY + _COPYRIGHT
    )
    assert article.date is None


def test_a_reporter_of_another_outlet_over_a_congratulation_is_its_byline():
    article = read_article(
        "가상투데이 홍길동 기자\n\n가상경제 창간 3주년을 진심으로 축하합니다.\n\n"
        "앞으로도 좋은 기사를 기대하겠습니다.\n\n저작권자 © 가상경제 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert article.reporter == "홍길동"
    assert article.outlet == "가상경제"
    assert _body(article)[0] == "가상경제 창간 3주년을 진심으로 축하합니다."


def test_a_flattened_pages_headline_date_and_byline_run_into_the_text_are_split_off():
    article = read_article(
        "“진실을 알리는 용기와 열정” 2024-05-17 홍길동 기자 가상인뉴스 창간 21주년을 맞아 "
        "애독자가 격려의 글을 보냈다. 그는 “변함없는 역할을 기대하겠다”고 전했다.\n"
    )
    assert article.reporter == "홍길동"
    assert article.date == "2024-05-17"
    assert article.outlet == "가상인뉴스"
    assert _body(article) == [
        "가상인뉴스 창간 21주년을 맞아 애독자가 격려의 글을 보냈다. 그는 “변함없는 역할을 "
        "기대하겠다”고 전했다."
    ]


def test_a_caption_under_the_deck_credited_after_a_slash_is_no_subtitle():
    article = read_article(
        "‘새 이름을 꿈꾸는 가상 언론사’\n\n가상통신과 6년 제휴 후 독립\n\n"
        "가상뉴스가 새 이름을 쓴다. /가상뉴스\n\n" + _STORY + _COPYRIGHT
    )
    assert article.subtitles == ("가상통신과 6년 제휴 후 독립",)


def test_a_caption_from_the_papers_archive_is_no_subtitle():
    article = read_article(
        "가상시 생활체육대회 3년 만에 열린다\n\n"
        "사진 2019년 열린 대회 개회식 후 참가 선수들의 기념 촬영 모습, 가상뉴스 DB\n\n"
        + _STORY
        + _COPYRIGHT
    )
    assert article.subtitles == ()
    assert article.title == "가상시 생활체육대회 3년 만에 열린다"


def test_a_marked_caption_credited_in_brackets_over_the_headline_is_not_the_title():
    article = read_article(
        "▲ 녹차농가 일손돕기 (사진=가상군)\n\n가상군, 일손 부족한 녹차 재배농가 수확 지원\n\n"
        + _STORY
        + _COPYRIGHT
    )
    assert article.title == "가상군, 일손 부족한 녹차 재배농가 수확 지원"
    assert article.subtitles == ()


def test_a_marked_caption_over_the_text_still_stands_as_the_title():
    article = read_article("▲ 녹차농가 일손돕기 (사진=가상군)\n\n" + _STORY + _COPYRIGHT)
    assert article.title == "▲ 녹차농가 일손돕기 (사진=가상군)"


def test_a_short_sentence_between_two_decks_is_the_photos_caption():
    article = read_article(
        "“선배님들께 모교 소식 전해드려요”\n\n본보 학생기자 11명 선발\n\n"
        "발대식에 참석한 학생기자단이 기념촬영을 했다.\n\n"
        "모교 소식·동문 인터뷰 등 색다른 시각으로 보여줄 터\n\n" + _STORY
    )
    assert article.subtitles == (
        "본보 학생기자 11명 선발",
        "모교 소식·동문 인터뷰 등 색다른 시각으로 보여줄 터",
    )
    assert _body(article) == [
        "가상시가 새 청사를 공개했다고 10일 밝혔다.",
        "청사는 다음 달 문을 연다.",
    ]


def test_a_short_sentence_under_a_deck_over_the_text_is_the_lead():
    article = read_article(
        "가상시 새 청사 공개\n\n주민 3천명 참석\n\n가상시가 새 청사를 공개했다.\n\n"
        "청사는 다음 달 문을 연다.\n"
    )
    assert _body(article) == ["가상시가 새 청사를 공개했다.", "청사는 다음 달 문을 연다."]


def test_a_scripts_short_lines_under_its_headline_are_no_decks_or_captions():
    lines = [
        "가상방송 창사기획, 지역의 눈과 귀로",
        "가상방송은 때로는 날카롭게, 때로는 따뜻하게",
        "지역민의 목소리를 듣기 위해 노력해온 30년.",
        "지역사회에 의미 있는 변화를 가져온",
        "보도를 이어왔습니다.",
    ]
    article = read_article("\n\n".join(lines) + "\n")
    assert not any(part.kind == "caption" for part in article.parts)


def test_a_company_heads_name_over_his_message_is_its_byline():
    article = read_article(
        "에이가상 홍길동 사장\n\n가상신문의 창간을 진심으로 축하드립니다.\n\n"
        "앞으로도 좋은 기사를 기대하겠습니다.\n\n에이가상 홍길동 사장\n\n"
        "저작권자 © 가상신문 무단전재 및 재배포 금지\n"
    )
    assert article.title is None
    assert article.reporter == "홍길동"
    assert _body(article) == [
        "가상신문의 창간을 진심으로 축하드립니다.",
        "앞으로도 좋은 기사를 기대하겠습니다.",
    ]


def test_a_byline_with_its_day_glued_dates_the_article_and_leaves_the_body():
    article = read_article(
        "가상시 새 청사 공개\n\n가상시가 새 청사를 공개했다.\n\n홍길동 기자2022.04.05\n\n"
        "[앵커멘트]\n\n청사는 다음 달 문을 연다.\n"
    )
    assert article.date == "2022-04-05"
    assert article.reporter == "홍길동"
    assert not any("기자2022" in text for text in _body(article))


def test_a_menu_buttons_label_printed_twice_is_no_subtitle():
    article = read_article(
        "가상시 새 청사 공개\n\n• 로그인\n\n• 회원가입\n\n전체메뉴 열기 전체메뉴 열기\n\n" + _STORY
    )
    assert article.subtitles == ()


def test_an_ai_summary_widgets_icon_and_label_under_the_headline_are_no_subtitles():
    article = read_article("가상신문\n\n가상시의 새벽\n\n로봇\n가상봇 이 기사 포인트\n\n" + _STORY)
    assert article.title == "가상시의 새벽"
    assert article.subtitles == ()
