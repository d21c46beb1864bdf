"""What finding quotations yields and passes around: a quotation found, the span of a pair of
marks, a predicate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass
class Item:
    """A quotation found in a paragraph (``start`` of an indirect one is known once the items
    before it are; ``verb`` of one standing alone once the next sentence is read)."""

    kind: str  # direct or indirect
    start: int | None
    end: int
    mark: int | None  # the opening mark's offset (direct)
    link: str | None  # how it goes on: report, piece or None
    verb: str | None
    next: int  # the index of the first token after it
    sentence: int
    index: int  # the index of its first token (direct) or of its ending (indirect)
    section: int = -1
    paragraph: int = -1

    @property
    def opening(self) -> int:
        """Where the quotation opens: its opening mark, else its first letter."""
        return self.mark if self.mark is not None else self.start


class Span(NamedTuple):
    """An outermost pair of quotation marks: the offsets of both marks, the index of the token
    after; or the words a broadcast caption says (no marks: just before and after the words)."""

    open: int
    close: int
    after: int
    marked: bool = True
    width: int = 1  # the closing mark's letters: two for a single mark doubled ('')
    whole: bool = False  # a bite under its caption: said whole, a sentence or not


class Predicate(NamedTuple):
    """A predicate's dictionary form (None when there is none) and its token's index."""

    verb: str | None
    at: int
