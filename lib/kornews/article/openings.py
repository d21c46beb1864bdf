"""What opens a text that has no headline, read from the shape of its first lines."""

from __future__ import annotations

import re

from .. import layouts, shapes
from .breaks import opens_with_word
from .records import Line

# A deck is short.
_MAX_DECK = 80
# A line led by a dash or an ellipsis is a deck (- 다음 달 문 열어), never a headline.
DECK_LED = re.compile(r"[-–—ㅡ…]")
# An anchor's copy broken mid-sentence: every line this short at most …
_MAX_BROKEN_LINE = 40
# … and words only (quoted words too): no bullet, bracket or address (page furniture, a byline).
_PLAIN = re.compile(r"[가-힣0-9A-Za-z‘“'\x22][가-힣0-9A-Za-z ,·%‘’“”'\x22]*[.!?]?")
# … a line may go on with words the sentence quotes, their mark glued to the first (가상시장은 /
# “주민들의 뜻을 / 모아달라”고 …): to the head, still the copy (the summary keeps such a line apart).
_QUOTED_WORDS = re.compile(r"[“‘\x22'][가-힣A-Za-z0-9]")
# … and at least this many sentences, each broken over at least _MIN_BROKEN lines.
_BROKEN_SENTENCES = 2
_MIN_BROKEN = 3


def broken_copy(lines: list[Line], at: int) -> bool:
    """A copy read out in short lines broken mid-sentence (gone on as :mod:`.breaks` rules:
    가상시장은 / 오늘 가상시 … / … 밝혔습니다.), sentence after sentence: its first line is the
    lead's subject, no headline. A headline's deck may run to a short sentence once, never
    twice so."""
    runs, run = 0, 0
    for _, text in lines[at:]:
        if len(text) > _MAX_BROKEN_LINE or not _PLAIN.fullmatch(text):
            return False
        if run and not (opens_with_word(text) or _QUOTED_WORDS.match(text)):
            return False  # the line above stopped mid-sentence: this one must go on with it
        run += 1
        if shapes.is_sentence(text):
            if run < _MIN_BROKEN:
                return False
            runs, run = runs + 1, 0
            if runs == _BROKEN_SENTENCES:
                return True
    return False


def _short_sentence(line: str) -> bool:
    """One sentence with its full stop, short enough for a deck."""
    return len(line) <= _MAX_DECK and shapes.full_stop(line) and shapes.sentences(line) == 1


def over_dateline(lines: list[Line], at: int) -> str | None:
    """What the line at ``at`` is when the lead opening with its dateline stands right under it, on
    a page whose headline is not in the text: one short sentence with its full stop is the deck
    (a headline states no sentence with its stop over the dateline: subtitle), a photo's caption
    (▲ …) the photo printed first (caption); else None."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    row = layouts.match(below, "open")
    if not (row and row.layout.kind == "dateline" and below[row.match.end() :].strip()):
        return None
    line = lines[at].text
    return "subtitle" if _short_sentence(line) else "caption" if line.startswith("▲") else None


def deck_over_title(lines: list[Line], kinds: list[str], at: int) -> bool:
    """A sentence with its full stop read as the title (at ``at``) over a short line read as its
    subtitle, the head's date or byline under them: a magazine page prints its deck over its
    headline (가상 가수들을 만났다. / Radio Days / On January 07, 2015); a line led by a dash under
    it is the deck, the sentence the headline."""
    if kinds[at + 1 : at + 3] not in (["subtitle", "date"], ["subtitle", "reporter"]):
        return False
    line, below = lines[at].text, lines[at + 1].text
    return _short_sentence(line) and not shapes.is_sentence(below) and not DECK_LED.match(below)
