"""The layout table, its rows in the order they are tried, and the one lookup over it; the
expressions that read a line's reporters and e-mails."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .closing import CLOSING
from .datelines import DATELINES
from .head_lines import HEAD_LINES
from .pieces import EMAIL, HANJA_NAME, MORE_NAMES, NAME, SURNAMED, TITLE
from .record import Layout
from .speakers import SPEAKERS

ROWS: tuple[Layout, ...] = (*DATELINES, *SPEAKERS, *HEAD_LINES, *CLOSING)

# The rows that name people: only their lines give reporters and e-mails (a tip-off address is no reporter's).
PEOPLE_GROUPS = ("reporter", "email")
# What a line that names people may say besides: all its reporters and e-mails.
# Not the crew's job names (촬영기자, 사진기자), nor the tail of a desk's name (GS인사 기자), nor an
# office before more names (글 홍길동 기획위원, 김철수 기자), nor a field's specialist title (홍길동
# 문화전문기자: 문화전문 is no name); a name in Hanja too (宋利憲 기자).
REPORTER = re.compile(
    rf"(?<![가-힣A-Za-z0-9\u4e00-\u9fff])(?!촬영|사진|영상|취재|편집|인턴|수습|시민|선임|전문|객원|기획위원|논설위원|[가-힣]{{1,3}}전문\s?기자)(?P<reporter>{NAME}|{HANJA_NAME})(?={MORE_NAMES}\s?{TITLE}(?![가-힣]))"
)
EMAIL_ADDRESS = re.compile(EMAIL)
# A photographer's name alone after a caption's slash (/홍길동): a surname first.
SIGNED_NAME = re.compile(rf"[/\s]*(?P<reporter>{SURNAMED})")


# A page's bullet before a line (• 입력 2020.07.10, a board's - 등록일 : 2024-09-17, a bar left
# from the byline's row: | 2020-07-10 09:05:18): the line is read without it.
_BULLET = re.compile(r"•\s*|-\s+|\|\s+")


class Found(NamedTuple):
    """A row that matches a line, and what it matched (its named groups)."""

    layout: Layout
    match: re.Match


# A parse asks of one line at several places, and a page repeats its lines (menus, bullets).
@lru_cache(maxsize=4096)
def match(line: str, place: str) -> Found | None:
    """The first row looked for at ``place`` that matches ``line`` (whole, or its start for ``open``)."""
    if place != "open":
        line = _BULLET.sub("", line, count=1) if line.startswith(("•", "- ", "| ")) else line
    for row in ROWS:
        if place in row.places or (place == "close" and "end" in row.places):
            found = row.regex.match(line) if place == "open" else row.regex.fullmatch(line)
            if found:
                return Found(row, found)
    return None
