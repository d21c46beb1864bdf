"""Shapes read after heldout28's first reading (benchmarks/real/layouts/heldout28, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_copyright_with_no_mark_names_the_press_after_its_word():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n저작권자 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.outlet == "가상일보"
    assert _body(article) == [_LEAD, _LAST]


def test_a_monthlys_issue_after_its_name_in_the_dateline_is_no_part_of_the_name():
    article = read_article("가상시 새 청사 공개\n\n[월간가상 2025년 3월호=홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("월간가상", "홍길동")
    assert _body(article) == [_LEAD, _LAST]


def test_a_newsroom_teams_credit_in_angle_brackets_closes_the_text():
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + "<취재:가상방송 보도팀>\n")
    assert (article.outlet, article.reporter) == ("가상방송", None)
    assert _body(article) == [_LEAD, _LAST]


def test_a_byline_with_its_stamp_after_a_slash():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자 / 기사승인 : 2025-10-14 11:20:29\n  • 인쇄\n\n" + _STORY
    )
    assert (article.reporter, article.date) == ("홍길동", "2025-10-14T11:20")
    assert _body(article) == [_LEAD, _LAST]


def test_a_deck_opening_with_a_figure_glued_to_the_headlines_closing_quote():
    headline = "가상시, “가상 마을문고로 책 읽으러 오세요”"
    deck = "7일 개장…가상면 주민자치회 주민자치센터 내 운영 시작"
    article = read_article(headline + deck + "\n" + _STORY)
    assert (article.title, article.subtitles) == (headline, (deck,))
    assert _body(article) == [_LEAD, _LAST]


def test_a_particle_after_the_closing_quote_keeps_the_headline_whole():
    headline = "가상시, “가상 마을문고로 책 읽으러 오세요”라며 주민자치회 주민자치센터 내 운영 시작"
    article = read_article(headline + "\n" + _STORY)
    assert (article.title, article.subtitles) == (headline, ())


def test_a_date_box_over_two_lines_year_and_month_then_the_day():
    article = read_article(
        "• 북마크\n가상한인신문 - Gasang Korean News\n\n가상시 새 청사 공개\n\n2020.06\n18\n\n본문\n\n"
        + _STORY
    )
    assert article.date == "2020-06-18"
