"""Shapes the open batches left read wrong at the session's start (benchmarks/real/layouts, their
first-reading.md "After the reading"): each test an invented text in a real page's shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_WISH = (
    "가상포커스 창간 9주년을 진심으로 축하드립니다.\n\n앞으로도 업계의 목소리가 되어 주십시오.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "가상포커스 9주년 창간축사_2\n\n기사입력 : 2019-04-05 가상편집 기자\n\n",
        "[축사] 업계의 목소리가 되어 주십시오\n\n",
        "가상포커스의 아홉 돌\n\n",
    ],
)
def test_a_messages_writer_on_his_line_under_the_headline_is_its_reporter(head):
    # heldout29's 2909: a congratulation printed by the paper, its writer's organisation, name
    # and office on a line of their own (a desk's byline on the stamp names no one).
    article = read_article(head + "가상광학조합 홍길동 이사장\n\n" + _WISH)
    assert article.reporter == "홍길동"
    assert _body(article)[0].startswith("가상포커스 창간 9주년을")


def test_a_person_captioned_under_a_news_headline_is_no_reporter():
    # Not a message: the line under the headline is the photo's caption of the story's subject.
    article = read_article(
        "가상시, 새 청사 공개\n\n가상시청 홍길동 시장\n\n"
        "가상시가 새 청사를 공개했다고 10일 밝혔다.\n\n청사는 다음 달 문을 연다.\n"
    )
    assert article.reporter is None


def test_a_board_posters_company_is_his_employer_and_the_paper_is_whose_pages_he_writes_in():
    # heldout8's 810: a journalists' magazine's board, a station's member introducing his team
    # (by COMPANY NAME posted …); the text says it writes in the magazine's pages.
    article = read_article(
        "<우리 팀을 소개합니다> 가상방송 취재팀을 소개합니다.\n\n"
        "by 가상방송 홍길동 posted Nov 13, 2009\n\n"
        "가상방송 취재팀을 이렇게 가상아이 지면에 소개하게 되어 기쁩니다.\n\n팀은 일곱 명입니다.\n"
    )
    assert (article.outlet, article.reporter) == ("가상아이", "홍길동")


@pytest.mark.parametrize("before", ["이렇게", "귀한", "새로운"])
def test_an_adverb_or_a_modifier_before_the_pages_is_no_paper(before):
    article = read_article(
        "팀을 소개합니다\n\nby 홍길동 posted Nov 13, 2009\n\n"
        f"우리 팀을 {before} 지면에 소개하게 되어 기쁩니다.\n\n팀은 일곱 명입니다.\n"
    )
    assert article.outlet is None
