"""A line of the head's fields that no row reads whole (a byline and a stamp between bars: 가상신문
홍길동 기자 | 2020.07.10 14:31), read field by field."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import layouts

# Where one field ends and the next begins: a bar; a stamp's or a counter's label before its figure
# (… 기자 입력 2020.07.10 …, … 기자 / 기사승인 : 2020-07-10 …, … 댓글 0); a bracket's close ([가상신문=홍길동 기자] 2020.07.10 14:31); a
# byline after a stamp's figure (입력 2020.07.10 14:31 홍길동 기자).
_BETWEEN = re.compile(
    r"\s*[|ㅣ]\s*"
    r"|\s+(?:/\s*)?(?=(?:기사)?(?:입력|수정|승인|등록|송고|작성|게재)(?:일|일시|시간)?\s*[:：]?\s*\d"
    r"|(?:댓글|조회수?)\s*[:：]?\s*\d)"
    r"|(?<=[\]】])\s+"
    r"|(?<=[\d\]])\s+(?=[가-힣]{2,4}\s?기자)"
)


class Field(NamedTuple):
    """One field of the line, as the part its row makes of it."""

    kind: str
    text: str


def fields(line: str) -> list[Field]:
    """The fields of a line of two or more that a row reads whole (a head's row, or a dateline's
    that takes the whole field), each with its row's kind; none for a line of one field."""
    pieces = [piece for piece in _BETWEEN.split(line) if piece.strip()]
    if len(pieces) < 2:
        return []
    found = []
    for piece in pieces:
        row = layouts.match(piece, "head")
        opening = layouts.match(piece, "open") if row is None else None
        if opening and opening.layout.kind == "dateline" and not piece[opening.match.end() :]:
            row = opening
        if row:
            found.append(Field(row.layout.kind, piece))
    return found
