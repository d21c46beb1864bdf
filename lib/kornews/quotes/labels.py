"""Voices printed under a label: a name with its age in brackets on a line of its own (and a role
line after it), over a quotation that stands alone with no verb (``홍길동(67·가상면)`` /
``가상농협 조합원`` / ``“…”``): the label's name says it. A video page's caption line naming the one
who speaks (``* 홍길동 / 가상동 주민``, ``가상동 주민 홍길동 씨``) says the bites in marks under it,
over a few short lines of caption text between."""

from __future__ import annotations

import re

from ..entities.lexicon import surname_of
from .referents import Known, Speaker
from .voices import interviewee

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
# A caption line naming who speaks: * 홍길동 / 가상동 재개발 추진위원장, 가상동 주민 홍길동 씨.
_BULLET = r"[*•·▶\-\s]{0,3}"
_CAPTIONS = (
    re.compile(_BULLET + r"(?P<name>[가-힣]{2,4})\s?/\s?[^\n/.!?\"“”]{1,30}"),
    re.compile(_BULLET + r"(?:[가-힣0-9]{1,10}\s){1,3}(?P<name>[가-힣]{2,4})\s?씨"),
)
# Lines walked up from a bite to its caption: caption text and bites between are short lines.
_CAPTION_LINES = 8
_SHORT = 40


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


def caption_above(text: str, start: int, known: Known) -> Speaker | None:
    """The speaker a caption line above ``start`` (a bite in marks opening its line) names, over
    short lines only (caption text, other bites), else None: a body's sentence between ends the
    walk."""
    for line in _lines_above(text, start, _CAPTION_LINES):
        caption = next(filter(None, (shape.fullmatch(line) for shape in _CAPTIONS)), None)
        if caption and surname_of(caption["name"]):
            return interviewee(caption["name"], known)
        if len(line) > _SHORT:
            return None
    return None


def _lines_above(text: str, start: int, count: int = _LINES) -> list[str]:
    """The last ``count`` lines before ``start`` that hold text, nearest first, found by
    walking back from ``start`` (not by splitting all the text before each quotation)."""
    lines, end = [], start
    while len(lines) < count and end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if line := text[begin:end].strip():
            lines.append(line)
        end = begin - 1
    return lines
