"""Shapes read after heldout27's first reading (benchmarks/real/layouts/heldout27, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_site_menu_of_service_links_over_the_article_on_an_old_board_engine():
    menu = "신문사소개\n광고안내\n저작권문의\n구독신청\n독자투고\n개인정보취급방침\n기사제보\n"
    article = read_article(
        "배너\n전체기사포커스종교사회기획특집\n전체기사 Trend & View 포토에세이 종교지도자 칼럼\n"
        "편집  2017.11.18 [15:10]\n청산 칼럼\n가상종교신문 공지 사항\n안내데스크\n"
        + menu
        + "청산 칼럼\n가상시 새 청사 ‘열린 공간’으로 공개\n시민 누구나 드나드는 ‘열린 청사’…한해 50만명 찾아\n"
        "기사입력: 2017/11/03 [10:09]  최종편집: ⓒ 가상종교신문\n홍길동 大記者\n"
        "필자의 다른기사 보기 인쇄하기 메일로 보내기\n" + _STORY
    )
    assert article.title == "가상시 새 청사 ‘열린 공간’으로 공개"
    assert article.subtitles == ("시민 누구나 드나드는 ‘열린 청사’…한해 50만명 찾아",)
    assert (article.outlet, article.reporter, article.date) == (
        "가상종교신문",
        "홍길동",
        "2017-11-03T10:09",
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_slogan_between_the_copyright_mark_and_the_name():
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "저작권자 © 누구나 안심하고 살 수 있는 세상을 만드는 언론 가상타임즈 무단전재 및 재배포 금지\n"
    )
    assert article.outlet == "가상타임즈"
    assert _body(article) == [_LEAD, _LAST]


def test_a_closing_slogan_in_dashes_names_the_outlet():
    article = read_article(
        "가상시 새 청사 공개\n• 홍길동 기자\n\n"
        + _STORY
        + "\n-실시간 치과전문지 가상투데이-\nTag\n"
    )
    assert (article.outlet, article.reporter) == ("가상투데이", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_paper_in_its_bracketed_headline_over_its_address_and_a_columnist_with_offices():
    lead = "올해로 열 돌을 맞는 《가상신문》이 이제 한국판을 낸다."
    article = read_article(
        ">사설·칼럼\n \n<가상신문> 한국판의 창간을 축하합니다\n"
        "http://news.example.com   2009-06-30 16:36:06\n \n\n"
        "가상대학 교수  가상학회 회장      홍길동\n\n" + lead + "\n\n" + _LAST + "\n"
    )
    assert (article.outlet, article.reporter, article.date) == (
        "가상신문",
        "홍길동",
        "2009-06-30T16:36",
    )
    assert _body(article) == [lead, _LAST]


def test_a_tag_label_over_the_hashtags_and_a_place_caption_over_the_notice_are_furniture():
    for closing in ("키워드\n\n#N\n", "가상군 가상면 일원\n\n"):
        article = read_article(
            "가상시 새 청사 공개\n\n"
            + _STORY
            + "\n"
            + closing
            + "저작권자 © 가상방송 무단전재 및 재배포 금지\n"
        )
        assert article.outlet == "가상방송"
        assert _body(article) == [_LEAD, _LAST]
