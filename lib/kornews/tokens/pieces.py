"""What goes to Kiwi: the title, subtitles, headings and body paragraphs, a long one cut in
pieces after a sentence end, else at a space, else at the bound."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article, Part

_TOKENIZED_KINDS = ("title", "subtitle", "heading", "paragraph")
# Far longer than a news paragraph, short enough that Kiwi's cost stays linear in the text.
MAX_PIECE = 2000
# A word (a long number, a URL) is cut only past this many times MAX_PIECE.
_LONG_WORD = 10
# Where a long paragraph may be cut: after a sentence's closing mark (and quotes) and its space.
_PIECE_END = re.compile(r"[.!?。][\"'”’」』)\]]*\s")


@dataclass(frozen=True)
class _Piece:
    """What one text handed to Kiwi is: a part, or a stretch of a long part starting at ``start``."""

    part: Part
    start: int
    text: str


def _pieces(article: Article) -> list[_Piece]:
    return [
        _Piece(part, part.start + at, part.text[at:end])
        for part in article.parts
        if part.kind in _TOKENIZED_KINDS
        for at, end in _cuts(part.text)
    ]


def _cuts(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text``, each of at most ``limit`` characters but for a long word."""
    cuts, at = [], 0
    while not cuts or at < len(text):
        cut = _cut(text, at, limit)
        cuts.append((at, cut))
        at = cut
    return cuts


def _cut(text: str, at: int, limit: int) -> int:
    """Where the piece from ``at`` ends: after the last sentence end in its second half, else
    after its last space there; a word longer than that (a long number, a URL) stays whole up to
    :data:`_LONG_WORD` times ``limit``, past which it is cut at ``limit``."""
    end = at + limit
    if len(text) <= end:
        return len(text)
    ends = [match.end() for match in _PIECE_END.finditer(text, at + limit // 2, end)]
    if ends:
        return ends[-1]
    space = text.rfind(" ", at + limit // 2, end)
    if space < 0:
        space = text.find(" ", end, at + _LONG_WORD * limit)
    if space >= 0:
        return space + 1
    return len(text) if len(text) <= at + _LONG_WORD * limit else end
