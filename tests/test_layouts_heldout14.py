"""Shapes read after heldout14's first reading (benchmarks/real/layouts/heldout14, issue 21's
number) and in bylines of outlets no batch holds: each test an invented text in a real page's
shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_STORY = "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"


def test_a_dateline_with_a_slogan_names_the_press_after_it_and_a_citizen_reporter():
    article = read_article(
        "가상시 새 청사 공개\n\n[세상을 잇는 가상기자협회 홍길동 시민기자 ] " + _STORY
    )
    assert (article.outlet, article.reporter) == ("가상기자협회", "홍길동")
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_plain_bracket_dateline_still_names_its_whole_press():
    article = read_article("가상시 새 청사 공개\n\n[가상 경제 홍길동 기자] " + _STORY)
    assert (article.outlet, article.reporter) == ("가상 경제", "홍길동")


def test_a_name_in_brackets_before_an_equals_sign_is_the_press():
    article = read_article("가상시 새 청사 공개\n\n[푸른들녘] = " + _STORY)
    assert article.outlet == "푸른들녘"
    assert _body(article)[0] == "가상시가 새 청사를 공개했다고 10일 밝혔다."


def test_a_jobs_name_in_brackets_is_a_rubric_no_reporter_nor_press():
    article = read_article("직업 탐방\n\n[사진기자] " + _STORY)
    assert article.reporter is None
    assert article.outlet is None


def test_a_photo_pages_credit_first_is_the_byline_not_the_title():
    article = read_article(
        "ⓒ 가상독립신문 홍길동 기자\n\n가상시 주민들이 새 청사 앞에 모였다. 주민들은 박수를 쳤다.\n\n"
        "저작권자 © 가상독립신문 무단전재 및 재배포 금지\n"
    )
    assert (article.outlet, article.reporter) == ("가상독립신문", "홍길동")
    assert article.title is None
    assert _body(article) == ["가상시 주민들이 새 청사 앞에 모였다. 주민들은 박수를 쳤다."]


def test_a_photographers_credit_alone_under_captions_still_names_no_one():
    article = read_article(
        "가상시 새 청사 공개\n\n" + _STORY + "\n▲ 주민들이 청사 앞에 모여 있다.\n\nⓒ홍길동 기자\n"
    )
    assert article.reporter is None


def test_a_magazines_issue_month_with_its_byline_gives_the_month_and_the_reporter():
    article = read_article(
        "직업 탐방\n\n[방송기자] 소식을 전하는 사람, 가상방송 기자\n\n2021년 11월 <홍길동 기자>\n\n"
        + _STORY
    )
    assert (article.reporter, article.date) == ("홍길동", "2021-11")
    assert _body(article) == _STORY.strip().split("\n\n")
