"""What opens a text that has no headline, read from the shape of its first lines."""

from __future__ import annotations

import re

from .. import shapes
from .records import Line

# An anchor's copy broken mid-sentence: every line this short at most …
_MAX_BROKEN_LINE = 40
# … and plain words only: no bullet, bracket, quotation mark or address (page furniture, a deck).
_PLAIN = re.compile(r"[가-힣0-9][가-힣0-9 ,·]*[.!?]?")
# … and at least this many sentences, each broken over at least _MIN_BROKEN lines.
_BROKEN_SENTENCES = 2
_MIN_BROKEN = 3


def broken_copy(lines: list[Line], at: int) -> bool:
    """A copy read out in short lines broken mid-sentence (가상시장은 / 오늘 가상시 … / … 밝혔습니다.),
    sentence after sentence: its first line is the lead's subject, no headline. A headline's deck
    may run to a short sentence once, never twice so."""
    runs, run = 0, 0
    for _, text in lines[at:]:
        if len(text) > _MAX_BROKEN_LINE or not _PLAIN.fullmatch(text):
            return False
        run += 1
        if shapes.is_sentence(text):
            if run < _MIN_BROKEN:
                return False
            runs, run = runs + 1, 0
            if runs == _BROKEN_SENTENCES:
                return True
    return False
