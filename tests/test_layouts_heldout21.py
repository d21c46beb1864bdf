"""Shapes read after heldout21's first reading (benchmarks/real/layouts/heldout21), by class: each
test an invented text in a real page's shape."""

from __future__ import annotations

import pytest

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_date_and_a_name_set_apart_by_spaces_are_the_date_and_the_byline():
    article = read_article(
        "학생을 위한 학교, 그 중심에 가상신문이 있다.\n\n-100호 1면 ‘새 청사’를 읽고\n\n"
        "2015-03-12     홍길동\n\n\n" + _STORY
    )
    assert article.title == "학생을 위한 학교, 그 중심에 가상신문이 있다."
    assert article.subtitles == ("-100호 1면 ‘새 청사’를 읽고",)
    assert (article.reporter, article.date) == ("홍길동", "2015-03-12")
    assert _body(article) == [_LEAD, _LAST]


def test_a_date_and_its_weekday_name_no_one():
    article = read_article("가상시 새 청사 공개\n\n2015-03-12   금요일\n\n" + _STORY)
    assert article.reporter is None


def test_a_review_of_an_issue_is_the_paper_its_body_names_most():
    lines = "가상신문을 읽었다. 가상신문은 좋다.\n\n가상신문이 늘 고맙다.\n"
    article = read_article(
        "학생을 위한 학교\n\n-100호 1면 ‘새 청사’를 읽고\n\n2015-03-12     홍길동\n\n" + lines
    )
    assert article.outlet == "가상신문"


@pytest.mark.parametrize("signature", ["홍길동(가상학과·11학번)", "홍길동 (가상학과 3학년)"])
def test_a_students_signature_in_other_words(signature):
    article = read_article("가상시 새 청사 공개\n\n" + _STORY + signature + "\n")
    assert article.reporter == "홍길동"
    assert _body(article) == [_LEAD, _LAST]


def test_a_students_signature_with_department_and_year_is_the_byline():
    article = read_article(
        "16기 독자위원회 _제100호를 읽고\n\n"
        + _STORY
        + "\n홍길동(가상학과 11)\n \n\n저작권자 © 가상대신문 무단전재 및 재배포 금지\n"
    )
    assert article.reporter == "홍길동"
    assert article.outlet == "가상대신문"
    assert _body(article) == [_LEAD, _LAST]


def test_a_posts_stamp_over_the_headline_is_the_date_and_a_quoted_deck_over_the_dateline():
    article = read_article(
        "Posted on 2025. 07. 23.\n\n\n가상시의회 홍길동 의원 ‘5분 자유발언’\n\n"
        "“가상소식은 소식지? 홍보지인가?”\n\n가상시의회 홍길동 의원\n\n"
        "(가상프리신문=김철수 기자) " + _STORY
    )
    assert article.date == "2025-07-23"
    assert article.title == "가상시의회 홍길동 의원 ‘5분 자유발언’"
    assert article.subtitles == ("“가상소식은 소식지? 홍보지인가?”",)
    assert (article.outlet, article.reporter) == ("가상프리신문", "김철수")
    assert _body(article) == [_LEAD, _LAST]


@pytest.mark.parametrize(
    "stamp, date",
    [
        ("Published on 2025. 07. 23.", "2025-07-23"),
        ("Posted on July 23, 2025", "2025-07-23"),
        ("calendar_today 2025-07-23", "2025-07-23"),
    ],
)
def test_a_posts_stamp_over_the_headline_in_other_words(stamp, date):
    article = read_article(stamp + "\n\n가상시 새 청사 공개\n\n" + _STORY)
    assert (article.date, article.title) == (date, "가상시 새 청사 공개")
    assert _body(article) == [_LEAD, _LAST]


def test_a_paragraph_closed_by_a_photo_mark_is_body():
    first = "가상시장은 최근 가상면 어장을 찾아 어업인들의 노고를 격려했다.<사진>"
    article = read_article("가상시장, 가상면 어장 방문\n\n" + first + "\n\n" + _LAST + "\n")
    assert article.subtitles == ()
    assert _body(article) == [first, _LAST]
    above = first.replace("<사진>", "(사진 위)")
    assert _body(read_article("가상시장, 가상면 어장 방문\n\n" + above + "\n")) == [above]


def test_a_deck_under_the_posters_and_stamp_fields():
    article = read_article(
        "가상군, 가상산에서 산불예방 캠페인 실시!\n\nperson 가상군청\nschedule 송고 : 2010-04-19 09:13\n"
        "산불예방 홍보물을 배부하고 캠페인을 실시!\n\n" + _STORY
    )
    assert article.title == "가상군, 가상산에서 산불예방 캠페인 실시!"
    assert article.subtitles == ("산불예방 홍보물을 배부하고 캠페인을 실시!",)
    assert (article.reporter, article.date) == (None, "2010-04-19T09:13")
    assert _body(article) == [_LEAD, _LAST]


def test_a_poster_named_after_the_icons_word_is_the_reporter():
    article = read_article("가상시 새 청사 공개\n\nperson 홍길동\n\n" + _STORY)
    assert article.reporter == "홍길동"


def test_a_guests_message_to_its_readers_names_the_outlet_it_addresses():
    article = read_article(
        "2020년 신년사\n\n안녕하십니까, 가상협회 회장 홍길동입니다.\n\n"
        "새해에는 ‘월간가상’ 애독자 여러분의 가정에 행복이 가득하길 기원합니다.\n"
    )
    assert article.outlet == "월간가상"


def test_a_congratulation_on_the_founding_names_the_outlet_it_addresses():
    body = (
        "어려운 상황에서도 가상기계뉴스 창간을 맞이할 수 있어 기쁩니다.\n\n"
        "가상기계뉴스가 업계와 함께 가기를 바랍니다.\n"
    )
    article = read_article(
        '[창간축사] "업계를 이끄는 언론으로" 홍길동 가상협회 회장\n\n'
        "운영자 | 기사입력 2021/08/26 [14:57]\n\n" + body
    )
    assert (article.outlet, article.reporter) == ("가상기계뉴스", None)
    assert article.date == "2021-08-26T14:57"


def test_a_congratulation_on_the_founding_with_no_anniversary_names_the_outlet():
    article = read_article(
        "축하 메시지\n\n가상일보의 창간을 진심으로 축하합니다. 늘 함께하겠습니다.\n\n"
        + _LAST
        + "\n"
    )
    assert article.outlet == "가상일보"


def test_a_guest_address_headline_names_the_paper_its_body_names_most():
    body = "가상뉴스는 업계의 목소리다. 가상뉴스가 있어 든든하다.\n\n가상뉴스의 역할이 크다.\n"
    article = read_article('[창간축사] "업계를 이끄는 언론으로"\n\n' + body)
    assert article.outlet == "가상뉴스"
    article = read_article("[창간 10주년 축사] 업계를 이끄는 언론으로\n\n" + body)
    assert article.outlet == "가상뉴스"


def test_an_html_pages_title_with_its_outlet_after_a_dash_is_the_headline_alone():
    page = (
        "<html><head><title>가상시 새 청사 공개 - 가상일보</title></head><body>"
        f"<p>{_LEAD}</p><p>{_LAST}</p></body></html>"
    )
    article = read_article(page.encode("utf-8"))
    assert (article.category, article.title, article.subtitles) == (None, "가상시 새 청사 공개", ())
    assert _body(article) == [_LEAD, _LAST]


def test_the_outlet_its_byline_names_printed_alone_under_the_fields_is_no_deck():
    article = read_article(
        "가상주간, 자체 기사심의 제도 운영\n\n• 가상주간 편집국\n• 승인 2019.04.10 12:49\n\n"
        "보도의 정확성 유지위해\n\n가상주간\n\n" + _STORY
    )
    assert article.subtitles == ("보도의 정확성 유지위해",)
    assert article.outlet == "가상주간"
    assert _body(article) == [_LEAD, _LAST]
