"""A sentence broken over lines: one spoken sentence laid out over several short lines, as a
broadcast script's copy is (가상시장은 / 오늘 가상시 가상읍의 / 마을회관에서 … 당부했습니다.).

One rule, read twice: by the head before tokenizing (a copy broken so opens a text that has no
headline: :mod:`.openings`) and by the summary after (such a sentence is one candidate, not a
line each: :mod:`kornews.summary.lines`). A line goes on into the next when it stops where no
Korean sentence stops and the next, right after one line break, opens with a word: not a
quotation mark, a bullet, a bracket, nor a list's or an interview's mark (``1.``, ``A.``,
``남)``). Where a line stops each reader judges with what it has: the head by the line's shape
(no sentence's end), the summary by its last morpheme (a particle, a connective ending, an
adverb: a noun ends a headline or a caption as often as a piece of a sentence).
"""

from __future__ import annotations

import re

# A word's first letter: Hangul, Latin letters, Hanja or a digit.
_WORD = re.compile(r"[가-힣ㄱ-ㅣA-Za-z0-9\u3400-\u9fff\uf900-\ufaff]")
# A list item's or an interview's mark opening a line: 1. 가. A. 남) 답변 2>
_MARK = re.compile(r"\w{1,2}[.)>]\s")


def one_break(gap: str) -> bool:
    """Whether ``gap``, the text between two lines, is one line break (spaces aside): a blank
    line, a heading or a speaker's tag between them keeps them apart."""
    return gap.count("\n") == 1 and not gap.strip()


def opens_with_word(text: str, at: int = 0) -> bool:
    """Whether the line of ``text`` that starts at ``at`` opens with a word, as the rest of a
    sentence broken over lines does (no quotation mark, bullet, bracket, list's mark)."""
    return bool(_WORD.match(text, at)) and not _MARK.match(text, at)
