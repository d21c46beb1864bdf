"""A broadcast script's turns of named speakers inside its lines: ⊙홍길동(가상당 의원): …, a caption
in square brackets ([홍길동 / 가상시 주민 : …]), a sound bite in braces ({홍길동/가상시 주민/"…"})."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import layouts

# A speaker's mark in a broadcast script printed as one line: ⊙홍길동(가상당 의원): the words said
# run to the next ⊙ mark or the line's end (⊙앵커:, ⊙기자: name no one).
_TURN = re.compile(rf"⊙\s*(?P<speaker>{layouts.NAME})\s*\((?P<role>[^()⊙]{{1,30}})\)\s*[:：]\s*")
_TURN_END = re.compile(r"\s*(?:⊙|\n|$)")
# A caption with the words said inside a script's line: … [마크 헤일 / 미국 상무장관 : 지금은 …] …;
# or broken over a few short lines, as a broadcaster's page prints a bite ([홍길동 / 가상중 2학년 :
# / 열심히 … / …하겠습니다.]).
_BRACKET_TURN = re.compile(
    r"\[\s*(?P<speaker>[가-힣]{2,4}(?: [가-힣]{1,5})?)\s*/\s*(?P<role>[^\[\]/:：\n]{1,40}?)"
    r"\s*[:：]\s*(?P<said>[^\[\]\n]+?(?:\n[^\[\]\n]+?){0,3})\s*\]"
)
# A sound bite in braces, as some broadcasters print them: {홍길동/가상시 주민/"…"}, {상인/"…"} (a
# role and no name); one the page cuts off runs to the line's end.
_BRACE_TURN = re.compile(
    r'\{\s*(?:(?P<speaker>[가-힣]{2,4})\s*/\s*)?(?P<role>[^{}/\n"]{1,30}?)\s*/\s*"?'
    r'(?P<said>[^{}\n"]+)"?\s*(?:\}|$)',
    re.M,
)


class Turn(NamedTuple):
    """A speaker's turn in a script: the name (at ``speaker_at``), the role in brackets, and the
    span of the words said."""

    speaker: str
    speaker_at: int
    role: str
    start: int
    end: int


def turns(text: str) -> list[Turn]:
    """The turns of named speakers in ``text`` (⊙홍길동(가상당 의원): 왜 이런 일이 …?,
    [홍길동 / 가상시 주민 : 좋아요.] within a line, and a bite in braces, {홍길동/가상시 주민/"좋아요."};
    a bite with a role only, {상인/"…"}, has the role as its speaker and an empty role), in text
    order."""
    found = []
    for mark in _TURN.finditer(text):
        end = _TURN_END.search(text, mark.end()).start()
        if end > mark.end():
            found.append(
                Turn(mark["speaker"], mark.start("speaker"), mark["role"], mark.end(), end)
            )
    for mark in _BRACKET_TURN.finditer(text):
        found.append(Turn(mark["speaker"], mark.start("speaker"), mark["role"], *mark.span("said")))
    for mark in _BRACE_TURN.finditer(text):
        # A bite with a role and no name: the role speaks, and names no one (an empty role).
        named = mark["speaker"] is not None
        speaker, at = (
            (mark["speaker"], mark.start("speaker"))
            if named
            else (mark["role"], mark.start("role"))
        )
        found.append(Turn(speaker, at, mark["role"] if named else "", *mark.span("said")))
    return sorted(found, key=lambda turn: turn.start)
