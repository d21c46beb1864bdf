"""Sentences broken over lines: a broadcast script's copy (the anchor's or the reporter's), one
spoken sentence over several short lines, is one sentence to the summary, not a line each.

Kiwi splits each paragraph (a line of such a script) apart, so a line that stops where no
Korean sentence stops is a piece of the next line's sentence, as :mod:`kornews.article.breaks`
rules (the head reads the same rule): right after one line break in the same section, the next
line opens with a word. Here a line stops inside a sentence when it ends on a particle (폭염에,
수요가), a connective or adnominal ending (닫고, 이어지는), an adverb or a determiner (크게, 한).
A line ending on a final ending (늘었습니다), a symbol or a noun ends there: a noun ends a
headline, a caption or a scoreboard's line as often as a piece of a sentence.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from ..article.breaks import one_break, opens_with_word
from ..rows import column, values
from ..tokens.sentences import sentence_rows

# Besides particles (J*): the tags a piece of a sentence ends on, never a whole one.
_CONTINUING = frozenset({"EC", "ETM", "MAG", "MAJ", "MM"})


class _Line(NamedTuple):
    """A body sentence's span and the tag of its last morpheme."""

    section: int
    start: int
    end: int
    last_tag: str


def _continues(tag: str) -> bool:
    """Whether a line ending on this tag stops inside a sentence."""
    return tag.startswith("J") or tag in _CONTINUING


def line_heads(tokens: pd.DataFrame, text: str) -> dict[int, int]:
    """Each body sentence that continues the sentence of the line before it, by number, and the
    number of the sentence that line's sentence starts in (its first line's); sentences that
    stand alone are not keys (an ordinary article gives an empty dict). ``tokens`` is a
    :func:`kornews.tokenize` table, ``text`` its article's text."""
    ordered, spans = sentence_rows(tokens)
    # Only each sentence's first and last morphemes are read (a text column whole, at once:
    # picking rows of pandas' Arrow strings costs more).
    firsts = [span.start for span in spans]
    lasts = [span.stop - 1 for span in spans]
    part, tag = (values(column(ordered, name)) for name in ("part", "tag"))
    section, sentence, start, end = (
        column(ordered, name) for name in ("section", "sentence", "start", "end")
    )
    found = {
        number: _Line(at_section, at_start, at_end, tag[last])
        for first, last, number, at_section, at_start, at_end in zip(
            firsts,
            lasts,
            sentence[firsts].tolist(),
            section[firsts].tolist(),
            start[firsts].tolist(),
            end[lasts].tolist(),
        )
        if part[first] == "paragraph"
    }
    heads: dict[int, int] = {}
    numbers = sorted(found)
    for before, after in zip(numbers, numbers[1:]):
        line, then = found[before], found[after]
        if (
            line.section == then.section
            and _continues(line.last_tag)
            and one_break(text[line.end : then.start])
            and opens_with_word(text, then.start)
        ):
            heads[after] = heads.get(before, before)
    return heads
