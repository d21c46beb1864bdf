"""Shapes read after heldout26's first reading (benchmarks/real/layouts/heldout26, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_decks_led_by_dashes_with_no_headline_over_them_are_subtitles():
    decks = (
        "– 26~28일 3일간 가상 축제를 한자리에서 만나 볼 수 있는 기회",
        "– 총 116곳/ 283개 부스",
    )
    article = read_article("\n".join(decks) + "\n\n홍길동 기자(gildong@example.com)\n" + _STORY)
    assert (article.title, article.subtitles) == (None, decks)
    assert _body(article) == [_LEAD, _LAST]


def test_the_press_signing_with_its_address_and_its_notice_on_its_own_works():
    article = read_article(
        "가상시 새 청사 공개\n가상연합방송    입력 : 2020.05.08 10:56\n\n"
        + _STORY
        + "가상연합방송 gildong@example.com\n"
        "[가상연합방송]의 사진과 기사를 무단 전제 및 재배포시 저작권료를 청구할 수 있습니다.\n기사목록\n"
    )
    assert (article.outlet, article.reporter, article.email) == (
        "가상연합방송",
        None,
        "gildong@example.com",
    )
    assert _body(article) == [_LEAD, _LAST]


def test_datelines_in_round_brackets_with_initials_or_after_the_county():
    for dateline, outlet in (
        ("(가상동물뉴스(GSN))", "가상동물뉴스"),
        ("(가상군 더가상)", "더가상"),
    ):
        article = read_article(f"{dateline} {_STORY}")
        assert article.outlet == outlet
        assert _body(article) == [_LEAD, _LAST]


def test_the_paper_signing_as_its_reporter_and_a_menu_over_the_section_path():
    article = read_article(
        "즐겨찾기+ 최종편집:2025-07-13 08:11:28\n회원가입기사쓰기전체기사보기원격\n전체기사\n커뮤니티\n"
        "공지사항\n행사알림\n \n뉴스 > 사회\n가상군 200번 째 경로당 탄생\n가상읍 경로당 준공식 개최\n"
        "가상신문 기자 / 입력 : 2017년 03월 21일(화) 17:03\nⓒ 가상신문\n\n" + _STORY
    )
    assert (article.title, article.subtitles) == (
        "가상군 200번 째 경로당 탄생",
        ("가상읍 경로당 준공식 개최",),
    )
    assert (article.outlet, article.reporter) == ("가상신문", None)
    assert article.date == "2017-03-21T17:03"


def test_a_masked_address_ends_the_body_and_a_listed_headline_names_the_paper():
    text = "지난 11일 가상대 광장에서 ‘가상 체험행사’가 열렸다. " + _LEAD + " " + _LAST
    article = read_article(
        text
        + "\n홍길동 기자\n[email protected]\n<보도> 가상대 체험행사 열려(가상대신문, 518호)\n"
        + text
        + "\n홍길동 기자\n[email protected]"
    )
    assert (article.outlet, article.reporter, article.email) == ("가상대신문", "홍길동", None)
    assert _body(article) == [text]


def test_a_deck_opening_with_its_quotation_glued_to_the_headline():
    article = read_article(
        "가상군, 2019년 귀농영농교육 및 청년농업인 교육 합동 수료식 개최‘귀농인&청년농업인’ 가상 농업의 새 변화를 이끌다\n\n"
        "[가상i저널=가상도 홍길동 기자] 가상군은 7일 교육 합동 수료식을 개최했다.\n\n"
        + _LAST
        + "\n"
    )
    assert article.title == "가상군, 2019년 귀농영농교육 및 청년농업인 교육 합동 수료식 개최"
    assert article.subtitles == ("‘귀농인&청년농업인’ 가상 농업의 새 변화를 이끌다",)


def test_a_weeklys_table_layout_its_company_stamp_barred_credit_and_site_account():
    article = read_article(
        "|\n가상사료 30집 ‘가상의 마을들’ 출판기념회\n|\n14개 마을 입체적 조명\n|\n"
        "2020년 08월 01일(토) 09:50 [(주)가상사랑] \n|\n"
        f"| | ⓒ (주)가상사랑 | | {_LEAD}\n{_LAST}\n|\n|\n"
        "홈페이지관리자 기자 . “가상주간을 읽으면 가상시가 보인다.” -"
    )
    assert (article.outlet, article.reporter, article.date) == (
        "가상사랑",
        None,
        "2020-08-01T09:50",
    )
    assert article.subtitles == ("14개 마을 입체적 조명",)
    assert _body(article) == [_LEAD, _LAST]


def test_a_programmes_title_in_quotes_with_its_own_mark_is_no_sentence_of_a_text():
    headline = '"가자! 가상 고향" 시간이 느리게 흐르는 마을, 가상리…오지를 지켜온 역사를 만나다!'
    article = read_article(f"문화/연예\n\n{headline}\n\n(가상동물뉴스(GSN)) {_STORY}")
    assert (article.title, article.outlet) == (headline, "가상동물뉴스")
    assert _body(article) == [_LEAD, _LAST]


def test_a_name_alone_the_body_writes_as_a_place_signs_no_one():
    lead = "가상리는 가상호에서 배를 타고 가야만 닿는 마을이다."
    article = read_article(f"가상리 이야기\n\n{lead}\n\n{_LAST}\n가상호")
    assert article.reporter is None


def test_the_last_line_cut_inside_a_caption_opening_as_the_texts_captions_open():
    captions = [
        f"5일 {name} 가상시 관계자가 개막식에서 축사를 하고 있다. 김철수 기자"
        for name in ("홍길동", "이영희")
    ]
    article = read_article(
        f"가상축제 개막\n\n{_LEAD}\n\n{captions[0]}\n\n{_LAST}\n\n{captions[1]}\n\n"
        "가상시는 축제를 23일간 연다.\n\n5일 박철수 가상사단장이"
    )
    assert _body(article) == [_LEAD, _LAST, "가상시는 축제를 23일간 연다."]
    assert [part.kind for part in article.parts][-1] == "caption"
