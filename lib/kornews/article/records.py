"""What a parsed article is: its lines, its parts (each with its span in the text), its
sections, the article itself, and its parts as a table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from ..schema import names, typed

SECTION_MARK = "◆"

# Parts outside the body that still belong to the lead (section 0), as they do in the token table.
_LEAD_KINDS = ("title", "subtitle")


class Line(NamedTuple):
    """A line of normalised text and where it starts."""

    start: int
    text: str


class ArticleError(ValueError):
    """The one exception kornews raises for input it cannot read: the message is one line."""


@dataclass(frozen=True)
class Part:
    """One piece of the article: ``text == article.text[start:end]``.

    ``kind`` is one of category, title, subtitle, reporter, date, dateline, caption, speaker,
    heading, paragraph, footer. ``section`` is the section the part belongs to: 0 (the lead)
    for the title and subtitles, the section's number for headings and paragraphs, -1 for
    metadata outside the sections. ``speaker`` is, for a paragraph of a broadcast script, the
    last speaker marker above it (앵커, 기자, 인터뷰, a name), else None; on a speaker marker,
    the speaker it names. ``role`` is what a caption writes after the person's name (장현숙 /
    옷가게 운영: 옷가게 운영), on the caption and the paragraphs it speaks for; ``speaker_at``,
    on a caption, where the person's name stands in the article's text.
    """

    kind: str
    start: int
    end: int
    text: str
    section: int = -1
    speaker: str | None = None
    role: str | None = None
    speaker_at: int | None = None


@dataclass(frozen=True)
class Section:
    index: int
    heading: Part | None
    paragraphs: tuple[Part, ...]


@dataclass(frozen=True)
class Article:
    """A parsed article: the normalised text and its parts in text order."""

    name: str
    text: str
    parts: tuple[Part, ...]
    outlet: str | None = None
    reporter: str | None = None
    email: str | None = None
    date: str | None = None  # ISO 8601 (2020-07-10 or 2020-07-10T14:31) where known
    # Every reporter and e-mail address the dateline, bylines and footer name, ``reporter`` and
    # ``email`` first.
    reporters: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def _first(self, kind: str) -> str | None:
        return next((p.text for p in self.parts if p.kind == kind), None)

    @property
    def category(self) -> str | None:
        return self._first("category")

    @property
    def title(self) -> str | None:
        return self._first("title")

    @property
    def dateline(self) -> str | None:
        return self._first("dateline")

    @property
    def subtitles(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.parts if p.kind == "subtitle")

    @property
    def footer(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.parts if p.kind == "footer")

    @property
    def sections(self) -> tuple[Section, ...]:
        count = 1 + max(0, *(p.section for p in self.parts))  # the lead is there even when empty
        headings: dict[int, Part] = {p.section: p for p in self.parts if p.kind == "heading"}
        return tuple(
            Section(
                i,
                headings.get(i),
                tuple(p for p in self.parts if p.kind == "paragraph" and p.section == i),
            )
            for i in range(count)
        )

    def to_dict(self) -> dict:
        """The article as plain data (the CLI's ``parse`` JSON)."""
        return {
            "name": self.name,
            "category": self.category,
            "title": self.title,
            "reporter": self.reporter,
            "outlet": self.outlet,
            "email": self.email,
            "date": self.date,
            "dateline": self.dateline,
            "sections": [
                {
                    "heading": s.heading.text if s.heading else None,
                    "paragraphs": [p.text for p in s.paragraphs],
                }
                for s in self.sections
            ],
            "footer": list(self.footer),
            "subtitles": list(self.subtitles),
            "reporters": list(self.reporters),
            "emails": list(self.emails),
        }


def parts_table(article: Article) -> pd.DataFrame:
    """One row per part, in text order.

    Columns: ``kind``, ``section`` (as :class:`Part`: 0 for the title, -1 outside the
    sections), ``start``, ``end``, ``text``.
    """
    parts = article.parts
    return typed(
        "parts_table", {name: [getattr(p, name) for p in parts] for name in names("parts_table")}
    )


class _Voice(NamedTuple):
    """Who speaks a broadcast script's paragraph: a marker's speaker, and a caption's role."""

    speaker: str | None = None
    role: str | None = None


def _part(kind: str, line: Line, section: int | None = None) -> Part:
    if section is None:
        section = 0 if kind in _LEAD_KINDS else -1
    return Part(kind, line.start, line.start + len(line.text), line.text, section)


def _lines(text: str) -> list[Line]:
    """Each line of normalised text, with its start offset."""
    out, start = [], 0
    for line in text.split("\n")[:-1]:
        out.append(Line(start, line))
        start += len(line) + 1
    return out
