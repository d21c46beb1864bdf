"""Page furniture and decks read after heldout32's first reading (an open batch; its outlets,
bylines and dates apart, and its board headings, press-release source, script cue and captions
first, read in test_layouts_heldout32.py): each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_site_menu_of_service_links_over_a_cried_headline_and_its_deck():
    menu = [
        "배너 닫기",
        "후원하기",
        "뉴스등록",
        "포토뉴스",
        "RSS",
        "자사일정",
        "주요행사",
        "네이버톡톡",
        "맨위로",
    ]
    article = read_article(
        "\n".join([*menu, "", "터놓고 이야기 합시다!", "가상 언론과 교민의 만남"])
        + "\n등록일 2007년07월30일 14시39분 URL복사 기사스크랩\n"
        + "가상일보 주최, 미디어 컨퍼런스 개최해..\n"
        + _STORY
    )
    assert article.title == "터놓고 이야기 합시다!"
    assert article.subtitles == (
        "가상 언론과 교민의 만남",
        "가상일보 주최, 미디어 컨퍼런스 개최해..",
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_reviews_masthead_menu_and_keywords_over_its_breadcrumb_and_a_numbered_intertitle():
    article = read_article(
        "(재) 가상사상 선양회 Home\n가상평론 소개 l 지난호 보기\n인기키워드 : 사색과 성찰, 청규, ,\n"
        "> 뉴스 > 논단\n[논단] 정화, 개혁 그리고 가상불교 / 홍길동\n1. 들어가는 말\n" + _STORY
    )
    assert article.title == "[논단] 정화, 개혁 그리고 가상불교 / 홍길동"
    assert article.subtitles == ()
    assert _body(article) == ["1. 들어가는 말", _LEAD, _LAST]


def test_a_back_link_and_a_section_over_a_quoted_headline():
    article = read_article(
        "뒤로가기\n사람@인터뷰\n“나에게 꼭 맞는 안경”\n가상동 가상안경원 홍길동씨\n" + _STORY
    )
    assert (article.title, article.subtitles) == (
        "“나에게 꼭 맞는 안경”",
        ("가상동 가상안경원 홍길동씨",),
    )
