"""Shapes read after heldout30's first reading (benchmarks/real/layouts/heldout30, an open batch):
each test an invented text in a real page's shape."""

from __future__ import annotations

from kornews import read_article
from layout_body import body as _body

_LEAD, _LAST = "가상시가 새 청사를 공개했다고 10일 밝혔다.", "청사는 다음 달 문을 연다."
_STORY = _LEAD + "\n\n" + _LAST + "\n"


def test_a_text_hard_wrapped_with_no_full_stops_keeps_every_line():
    wrapped = [
        "가상군 가상 양조장 막걸리가 제1회 가상 품평회에서 장려상을 받았다",
        "대표인 홍길동 씨는 우리 술을 널리 알리기 위해",
        "가상섬에서 양조를 시작해 현재 가상면에서",
        "23년째 막걸리를 만들고 있다",
        "홍 대표는 가상군의 막걸리로 이름을 높이는 가운데",
        "행사 때마다 막걸리를 내어 인심을 전하고 있다",
        "가상 막걸리는 시원한 맛이 특징으로 그 맛을 잊지",
        "못한 손님들이 양조장을 찾는 등 가상면의 명물로",
        "일컬어 지고 있다",
    ]
    article = read_article(
        "제1회 가상 품평회 에서\n"
        + "\n".join(wrapped)
        + "\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert article.title == "제1회 가상 품평회 에서"
    assert _body(article) == wrapped


def test_short_lines_under_a_punctuated_text_are_still_other_headlines():
    others = ["가상시 새 도서관 문 연다", "가상군 축제 내달 개막", "가상대 신입생 늘었다"]
    article = read_article(
        "가상시 새 청사 공개\n\n"
        + _STORY
        + "\n".join(others)
        + "\n저작권자 © 가상일보 무단전재 및 재배포 금지\n"
    )
    assert _body(article) == [_LEAD, _LAST]
