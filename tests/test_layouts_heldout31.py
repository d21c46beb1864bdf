"""Shapes read after heldout31's blind first reading (benchmarks/real/layouts/heldout31, open since):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_bulleted_labelled_byline_over_the_headline_names_the_paper():
    article = read_article(
        "상단영역\n본문영역\n  • 기자명 가상대신문\n  • 종합\n  • 입력 2008.03.03 10:00\n"
        "가상대 입학식 열려\n" + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상대신문", None)


def test_an_address_with_the_stamp_after_a_bar_gives_the_e_mail_and_date():
    article = read_article(
        "가상시 새 청사 공개\n홍길동 기자\ngildong@example.com | 2020-11-09 17:37:15\n" + _STORY
    )
    assert (article.email, article.date) == ("gildong@example.com", "2020-11-09T17:37")


def test_a_boxed_copyright_names_its_first_outlet():
    article = read_article(_STORY + "【Copyrights ⓒ 가상뉴스, 가상웨딩 기사제보 pr@example.com】\n")
    assert article.outlet == "가상뉴스"
