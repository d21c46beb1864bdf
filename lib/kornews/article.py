"""Read a Korean news article and split it into its parts, each with its span in the text.

Reading normalises the bytes first: UTF-8 (with or without BOM) or CP949/EUC-KR, NFC, LF
line ends, every line stripped and blank lines dropped. That canonical text is
``Article.text``; every part's ``start``/``end`` index it, so any token or figure found
later can be traced back to where it stands.

Two layouts are recognised. The news layout (the seed's)::

    category
    title
    reporter
    [outlet reporter기자] first paragraph ...
    ...
    ◆section heading
    paragraphs ...
    <reporter 기자>email        <- footer from here on
    ...

and a plain one: the first line is the title and every other line is a paragraph of one
section. A footer (signature, e-mail, boilerplate) is recognised in either.
"""

from __future__ import annotations

import glob
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

SECTION_MARK = "◆"

_DATELINE = re.compile(r"\[\s*(?P<outlet>[^\[\]]*?)\s+(?P<reporter>[^\s\[\]]+?)\s*기자\s*\]\s*")
_SIGNATURE = re.compile(r"<\s*(?P<reporter>[^<>]+?)\s*기자\s*>\s*(?P<email>\S+@\S+)?")
_EMAIL_LINE = re.compile(r"\S+@\S+\.\S+")
# Boilerplate as outlets print it, not any line that mentions copyright.
_FOOTER_LINES = re.compile(r"기자의 전체기사 보기|무단\s*전재\s*(및|&|·)?\s*재배포\s*금지|^\s*(ⓒ|©|\(c\)|Copyright\b)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# At most this many lines (category, title, reporter) stand before a dateline.
_MAX_HEAD_LINES = 3
_MAX_BOILERPLATE = 80
# Parts outside the body that still belong to the lead (section 0), as they do in the token table.
_LEAD_KINDS = ("title", "subtitle")


class ArticleError(ValueError):
    """The one exception kornews raises for input it cannot read: the message is one line."""


@dataclass(frozen=True)
class Part:
    """One piece of the article: ``text == article.text[start:end]``.

    ``kind`` is one of category, title, subtitle, reporter, dateline, heading, paragraph, footer.
    ``section`` is the section the part belongs to: 0 (the lead) for the title and subtitles,
    the section's number for headings and paragraphs, -1 for metadata outside the sections.
    """

    kind: str
    start: int
    end: int
    text: str
    section: int = -1


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
    def footer(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.parts if p.kind == "footer")

    @property
    def sections(self) -> tuple[Section, ...]:
        count = 1 + max(0, *(p.section for p in self.parts))  # the lead is there even when empty
        headings: dict[int, Part] = {p.section: p for p in self.parts if p.kind == "heading"}
        return tuple(
            Section(i, headings.get(i), tuple(p for p in self.parts if p.kind == "paragraph" and p.section == i))
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
                {"heading": s.heading.text if s.heading else None, "paragraphs": [p.text for p in s.paragraphs]}
                for s in self.sections
            ],
            "footer": list(self.footer),
        }


def parts_table(article: Article) -> pd.DataFrame:
    """One row per part, in text order.

    Columns: ``kind``, ``section`` (as :class:`Part`: 0 for the title, -1 outside the
    sections), ``start``, ``end``, ``text``.
    """
    return pd.DataFrame(
        [(p.kind, p.section, p.start, p.end, p.text) for p in article.parts],
        columns=["kind", "section", "start", "end", "text"],
    )


def read_article(source: str | os.PathLike | bytes, *, name: str | None = None) -> Article:
    """Read and parse an article.

    ``source`` is a path (``str`` without a line break, or ``os.PathLike``), the file's
    bytes, or the text itself (a ``str`` with at least one line break). Raises
    :class:`ArticleError` for a missing path, a directory, an empty, binary or undecodable file.
    """
    if isinstance(source, bytes):
        return parse_article(decode(source, name or "<bytes>"), name=name or "<bytes>")
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return parse_article(source, name=name or "<text>")
    path = Path(source)
    label = str(path)
    try:
        if not path.exists():
            raise ArticleError(f"{label}: no such file")
        if path.is_dir():
            raise ArticleError(f"{label}: is a directory, not an article file")
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{label[:80]}: cannot read ({err.strerror})") from None
    return parse_article(decode(data, label), name=name or path.stem)


@dataclass(frozen=True)
class Corpus:
    """Articles read lazily, one at a time, in path order: memory holds one article, not all."""

    paths: tuple[Path, ...]
    names: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.paths)

    def __iter__(self) -> Iterator[Article]:
        return (read_article(path, name=name) for path, name in zip(self.paths, self.names))


def read_corpus(sources: str | os.PathLike | Iterable[str | os.PathLike], *, pattern: str = "*.txt") -> Corpus:
    """Many articles: each source is a file, a folder (its files matching ``pattern``) or a
    glob such as ``news/2020-*.txt``. Paths are sorted; an article's name is its file name
    without the suffix (with its folder too where two names would clash)."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    paths: list[Path] = []
    for source in map(str, sources):
        try:
            paths += _corpus_files(source, pattern)
        except OSError as err:
            raise ArticleError(f"{source[:80]}: cannot read ({err.strerror})") from None
    names = [p.stem for p in paths]
    if len(set(names)) < len(names):
        names = [str(p.with_suffix("")) for p in paths]
    return Corpus(tuple(paths), tuple(names))


def _corpus_files(source: str, pattern: str) -> list[Path]:
    if Path(source).is_file():
        return [Path(source)]  # also a file named like a glob: '[단독] 기사.txt'
    if Path(source).is_dir():
        found = sorted(p for p in Path(source).glob(pattern) if p.is_file())
    elif glob.has_magic(source):
        found = sorted(Path(p) for p in glob.glob(source) if Path(p).is_file())
    else:
        raise ArticleError(f"{source}: no such file or folder")
    if not found:
        raise ArticleError(f"{source}: no article files" + (f" matching {pattern}" if Path(source).is_dir() else ""))
    return found


def decode(data: bytes, label: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else CP949 (a superset of EUC-KR)."""
    if not data.strip():
        raise ArticleError(f"{label}: is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif b"\x00" in data:
        raise ArticleError(f"{label}: looks like a binary file, not text")
    else:
        encodings = ["utf-8-sig", "cp949"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ArticleError(f"{label}: cannot decode as UTF-8 or CP949/EUC-KR")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ArticleError(f"{label}: looks like a binary file, not text")
    return text


def normalise(text: str) -> str:
    """NFC, LF line ends, each line stripped, blank lines dropped, one final newline."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    kept = [line for line in lines if line]
    return "\n".join(kept) + "\n" if kept else ""


def parse_article(text: str, *, name: str = "<text>") -> Article:
    """Parse already-decoded text (it is normalised first)."""
    text = normalise(text)
    if not text:
        raise ArticleError(f"{name}: is empty")
    lines = _lines(text)
    footer_at = _footer_start(lines)
    body, footer = lines[:footer_at], lines[footer_at:]
    parts: list[Part] = []
    outlet = reporter = email = None

    dateline_at = next((i for i in range(1, min(len(body), _MAX_HEAD_LINES + 1)) if _DATELINE.match(body[i][1])), None)
    if dateline_at is None:
        parts.append(_part("title", body[0]))
        body = body[1:]
    else:
        start, line = body[dateline_at]
        match = _DATELINE.match(line)
        outlet, reporter = match["outlet"] or None, match["reporter"]
        head = body[:dateline_at]
        byline = head.pop() if len(head) > 1 and head[-1][1] == reporter else None
        # Before the title a category; after it, anything else is a subtitle.
        kinds = ["title"] if len(head) == 1 else ["category", "title"] + ["subtitle"] * (len(head) - 2)
        parts += [_part(kind, line_) for kind, line_ in zip(kinds, head)]
        if byline:
            parts.append(_part("reporter", byline))
        parts.append(_part("dateline", (start, match.group().rstrip())))
        rest = [(start + match.end(), line[match.end():])] if line[match.end():] else []
        body = rest + body[dateline_at + 1:]

    section = 0
    for start, line in body:
        heading = line[len(SECTION_MARK):].lstrip() if line.startswith(SECTION_MARK) else ""
        if heading:
            section += 1
            parts.append(_part("heading", (start + len(line) - len(heading), heading), section))
        else:
            parts.append(_part("paragraph", (start, line), section))

    for start, line in footer:
        parts.append(_part("footer", (start, line)))
        signature = _SIGNATURE.match(line)
        if signature:
            reporter = reporter or signature["reporter"]
            email = email or signature["email"]
        elif _EMAIL_LINE.fullmatch(line):
            email = email or line
    return Article(name=name, text=text, parts=tuple(parts), outlet=outlet, reporter=reporter, email=email)


def _part(kind: str, line: tuple[int, str], section: int | None = None) -> Part:
    start, text = line
    if section is None:
        section = 0 if kind in _LEAD_KINDS else -1
    return Part(kind, start, start + len(text), text, section)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line) for each line of normalised text."""
    out, start = [], 0
    for line in text.split("\n")[:-1]:
        out.append((start, line))
        start += len(line) + 1
    return out


def _footer_start(lines: list[tuple[int, str]]) -> int:
    """Index of the first footer line: a signature, or the trailing run of e-mail/boilerplate lines."""
    for i, (_, line) in enumerate(lines):
        if i and _SIGNATURE.fullmatch(line):
            return i
    at = len(lines)
    while at > 1 and (_EMAIL_LINE.fullmatch(lines[at - 1][1]) or _is_boilerplate(lines[at - 1][1])):
        at -= 1
    return at


def _is_boilerplate(line: str) -> bool:
    return len(line) <= _MAX_BOILERPLATE and bool(_FOOTER_LINES.search(line))
