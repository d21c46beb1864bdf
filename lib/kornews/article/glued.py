"""A dateline, a byline or a deck glued to the title's line, or a byline to a paragraph's end,
split off as parts of their own; the lines that hold the title."""

from __future__ import annotations

from .. import layouts, shapes
from .records import _LEAD_KINDS, Line, Part, _part, _Voice


def _title_lines(lines: list[Line], parts: list[Part]) -> set[str]:
    """The lines that hold the title: printed again in the body, they are no paragraphs."""
    starts = [part.start for part in parts if part.kind == "title"]
    return {
        line.text
        for line in lines
        if any(line.start <= at <= line.start + len(line.text) for at in starts)
    }


def _title_parts(line: Line, *, deck: int = 0) -> list[Part]:
    """The title, with a dateline or a byline glued to it split off (a photo's caption standing
    where the title should: [가상일보 홍길동 기자] … 있다. 홍길동 기자); none where the line is
    only a dateline; ``deck``, where a deck glued to it begins (a subtitle of its own)."""
    start, text = line
    if deck:
        rest = text[deck:].lstrip()
        return [
            _part("title", Line(start, text[:deck].rstrip())),
            _part("subtitle", Line(start + len(text) - len(rest), rest)),
        ]
    parts = []
    row = layouts.match(text, "open")
    if row and row.layout.kind == "dateline":
        parts.append(_part("dateline", Line(start, row.match.group().rstrip())))
        start, text = start + row.match.end(), text[row.match.end() :]
    if not text:
        return parts
    return parts + _with_byline("title", Line(start, text))


def _with_byline(kind: str, line: Line, voice: _Voice | None = None) -> list[Part]:
    """The part of ``kind`` (with who speaks it, in a script), and a byline glued to its end as
    a reporter part of its own (a press's credit after a slash, …밝혔다. / 가상통신, as furniture)."""
    start, text = line
    at = shapes.tail_byline(text)
    credit = None if at else shapes.tail_credit(text)
    at = at or credit
    own = text[:at].rstrip() if at else text
    section = 0 if kind in _LEAD_KINDS else -1
    speaker, role = voice or (None, None)
    parts = [Part(kind, start, start + len(own), own, section, speaker=speaker, role=role)]
    if at:
        byline = text[at:].lstrip()
        glued = "footer" if credit else "reporter"
        parts.append(_part(glued, Line(start + len(text) - len(byline), byline)))
    return parts
