"""Voices printed under a label: a name with its age in brackets on a line of its own (and a role
line after it), over a quotation that stands alone with no verb (``홍길동(67·가상면)`` /
``가상농협 조합원`` / ``“…”``): the label's name says it."""

from __future__ import annotations

import re

from ..entities.lexicon import surname_of
from .attribute import interviewee
from .referents import Known, Speaker

# A name with its age, maybe its place or job after a separator (홍길동(67·가상면 가상리), ▲김철수 씨
# (45, 회사원), 박영희(52세)), and a few words of role after the brackets; no sentence.
_AGED = re.compile(
    r"[^\w(]{0,3}(?P<name>[가-힣]{2,4})\s?(?:씨\s?)?\(\s?\d{1,3}\s?세?\s?(?:[·ㆍ・,/]\s?[^()\n]{0,20})?\)"
    r"[^\n.!?\"“”]{0,30}"
)
# Lines walked up from the quotation: the label and a role line under it (가상농협 조합원).
_LINES = 2
# A role line is short and no sentence.
_ROLE = re.compile(r"[^\n.!?\"“”]{1,30}")


def label_above(text: str, start: int, known: Known) -> Speaker | None:
    """The speaker a label on the lines above ``start`` (a paragraph opening with a quotation)
    names, else None: the nearest line that is a name with its age, over at most one role line."""
    for line in _lines_above(text, start):
        aged = _AGED.fullmatch(line)
        if aged and surname_of(aged["name"]):
            return interviewee(aged["name"], known)
        if not _ROLE.fullmatch(line):
            return None
    return None


def _lines_above(text: str, start: int) -> list[str]:
    """The last :data:`_LINES` lines before ``start`` that hold text, nearest first, found by
    walking back from ``start`` (not by splitting all the text before each quotation)."""
    lines, end = [], start
    while len(lines) < _LINES and end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if line := text[begin:end].strip():
            lines.append(line)
        end = begin - 1
    return lines
