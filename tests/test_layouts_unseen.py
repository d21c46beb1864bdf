"""Shapes read for unseen pages after the open batches' misses (issue 21): each test an invented
text in a real page's shape, the rule judged by the shape, no outlet's or sentence's own."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"
# A paragraph longer than any headline (a quotation and its speaker, cut by the page's end).
_LONG = (
    '홍길동 가상시 시장은 "새 청사는 시민 누구나 드나드는 열린 공간으로 꾸며 문을 열 것"이라며 '
    '"앞으로도 시민의 목소리를 더 가까이에서 듣는 시정을 펼치겠다"고 말했다'
)


def test_a_related_articles_label_between_paragraphs_leaves_the_story_going_on():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n\n" + _LONG
    )
    assert _body(article) == [_LEAD, _LAST, _LONG]


def test_a_related_articles_label_over_other_headlines_still_ends_the_story():
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n\n가상군 새 도서관 개관\n"
        "가상시 버스 노선 개편\n가상구 축제 열려\n"
    )
    assert _body(article) == [_LEAD, _LAST]


def test_a_listed_headline_glued_to_its_summary_under_the_label_ends_the_story():
    listed = (
        "가상군 새 도서관…200억원 빚만 남아 가상군이 지난해 문을 연 새 도서관의 관리비가 한 해 "
        "수십억원에 이르는 것으로 나타났다. 예상 수입은 그 절반에 그친다."
    )
    article = read_article(
        "가상시 새 청사 공개\n\n홍길동 기자\n\n" + _STORY + "\n관련기사\n" + listed
    )
    assert _body(article) == [_LEAD, _LAST]
