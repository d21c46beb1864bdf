"""Read a Korean news article and split it into its parts, each with its span in the text.

Reading normalises the bytes first: UTF-8 (with or without BOM) or CP949/EUC-KR, NFC, LF
line ends, every line stripped and blank lines dropped. That canonical text is
``Article.text``; every part's ``start``/``end`` index it, so any token or figure found
later can be traced back to where it stands.

The layouts of the Korean press are data, not code: :mod:`kornews.layouts` holds one row
per form a line can take (datelines such as ``[outlet reporter기자]``, ``(서울=연합뉴스) 홍길동
기자 =``; bylines, e-mails, copyright and promotion lines; dates; captions; broadcast speaker
markers), and the engine here reads them:

    category                    a short line over the title (정부공공IT)
    title
    subtitles, reporter, date, captions          (head lines, in any order)
    dateline first paragraph ...                 (a dateline opens the body)
    ...
    ◆section heading
    [앵커] / <리포트>           speaker markers: each paragraph knows its speaker
    paragraphs, captions, dates ...
    byline, e-mail, copyright, links, ...        <- footer: the closing run

With none of these, the first line is the title and every other line a paragraph of one
section. Parsing is lossless: every line is a part (or a marker and the rest of its line).
"""

from __future__ import annotations

import codecs
import glob
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, NamedTuple

import pandas as pd

from . import bigkinds, layouts, outlets, shapes, webpage

SECTION_MARK = "◆"

# What a folder's articles are: text files and news pages saved from a browser.
ARTICLE_PATTERNS = ("*.txt", "*.html", "*.htm")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Reading stops past this many bytes (an endless input such as /dev/zero, a mistaken archive);
# KORNEWS_MAX_BYTES or read_article(..., max_bytes=) raises it.
MAX_BYTES = 50_000_000
# Documents that are not text articles, by the bytes they open with (Wikipedia, "List of file
# signatures"; Hancom's HWP 3.0 and 5.0 format documents): (signature, what the file is).
DOCUMENT_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an HWP 5 document (or another OLE file: DOC, XLS, PPT)"),
    (b"HWP Document File", "an HWP 3 document"),
    (b"PK\x03\x04", "a ZIP archive (or a document made of one: HWPX, DOCX, XLSX, PPTX, ODT)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
)
_HANGUL = re.compile("[\uac00-\ud7a3]")
# A non-ASCII letter against an ASCII one: a Latin word (café, 25°C), not CP949 Hangul misread.
_LATIN_WORD = re.compile(r"[A-Za-z][^\x00-\x7f]|[^\x00-\x7f][A-Za-z]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Text, by its characters: ASCII, Latin-1, Hangul and jamo, and the punctuation and symbols of
# Korean news (▶, ■, ※, 「」, full-width forms); a UTF-16 reading in the wrong byte order is CJK
# ideographs and unassigned code points instead.
_TEXTLIKE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\xff\u2010-\u27bf\u3000-\u303f\u3131-\u318e\uac00-\ud7a3\uff01-\uffee]"
)
# Share of text-like characters a UTF-16 reading without a BOM needs (random bytes: about a quarter).
_TEXTLIKE_SHARE = 0.75
# The head (category, title, subtitles, reporter, date, captions) is at most this many lines.
_MAX_HEAD_LINES = 8
# A portal's automatic summary holds three or four sentences.
_MAX_SUMMARY = 5
_MAX_CATEGORY = 12
# A subtitle is a short line without a sentence ending, or a line led by a dash or an ellipsis.
_MAX_SUBTITLE = 80
# A headline is shorter: a longer first line is text (a caption, a note, a cut body).
_MAX_TITLE = 120
# A text cut short ends in an ellipsis (…이 없다는 것이...): a teaser over a paywall.
_CUT = re.compile(r"(?:\.{3}|…)$")
_SUBTITLE_LED = re.compile(r"[-–—ㅡ…]")
# A subhead's bulleted point drops the full stop a body's bulleted sentence keeps (● 선거로 심판한다).
_POINT = re.compile(r"[●■◆◇○□]\s*\S")
_SENTENCE_END = re.compile(r"(?:[.!?。]|다|요|죠)[\"'”’」』)\]]*$")
# A headline may end in a quotation that ends like a sentence (폭염에 전력 수요 최고치…"끄기도 겁나요"):
# what stands before it decides.
_QUOTED_TAIL = re.compile(r"(?<=\S)\s*[\"“'‘「『][^\"“”'‘’「」『』]+[\"”'’」』]$")
# Closing lines are short: a long line is body text even when it ends like boilerplate.
_MAX_BOILERPLATE = 160
# Where the rows that made each kind of metadata part are looked for again, to read their groups.
_METADATA_PLACES = {
    "dateline": ("open",),
    "reporter": ("head", "line", "close"),
    "date": ("head", "line", "close"),
    "footer": ("close",),
}
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


def _all(first: str | None, found: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([first, *found] if first else found))


def parts_table(article: Article) -> pd.DataFrame:
    """One row per part, in text order.

    Columns: ``kind``, ``section`` (as :class:`Part`: 0 for the title, -1 outside the
    sections), ``start``, ``end``, ``text``.
    """
    return pd.DataFrame(
        [(p.kind, p.section, p.start, p.end, p.text) for p in article.parts],
        columns=["kind", "section", "start", "end", "text"],
    )


def read_article(
    source: str | os.PathLike | bytes,
    *,
    name: str | None = None,
    date: str | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Read and parse an article.

    ``source`` is a path (``str`` without a line break, or ``os.PathLike``), the file's
    bytes, or the text itself (a ``str`` with at least one line break). A news page saved
    from a browser (``.html``/``.htm``, or text that opens as HTML) is read with trafilatura:
    its main text is parsed, its metadata fills reporter, outlet and date. The article's
    ``date`` is the one its text or page gives, else one in the file name (``20200710_…``),
    else ``date`` (``2020-07-10``, as the user knows it), else None. A file is read up to
    ``max_bytes`` (default :data:`MAX_BYTES`, or ``KORNEWS_MAX_BYTES``). Raises
    :class:`ArticleError` for a missing path, a directory, a file over the limit, an empty,
    binary or undecodable file, a document of another format (PDF, HWP, DOCX, images), and a
    ``date`` that is no calendar date.
    """
    given = _given_date(date)
    article = _read(source, name, max_bytes)
    fallback = layouts.date_in_name(article.name) or given
    return replace(article, date=fallback) if article.date is None and fallback else article


def _given_date(date: str | None) -> str | None:
    """The user's date as ISO (``2020-07-10``); raises :class:`ArticleError` for one that is none."""
    given = layouts.user_date(date) if date is not None else None
    if date is not None and given is None:
        raise ArticleError(f"{str(date)[:40]!r}: not a date (write it as 2020-07-10)")
    return given


def _read(source: str | os.PathLike | bytes, name: str | None, max_bytes: int | None) -> Article:
    if (
        isinstance(source, (str, os.PathLike))
        and "\n" not in str(source)
        and bigkinds.is_export(source)
    ):
        raise ArticleError(
            f"{str(source)[:80]}: a BigKinds export holds many articles: read it with read_corpus"
        )
    if isinstance(source, bytes):
        return _parse(decode(source, label=name or "<bytes>"), name or "<bytes>")
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        refuse_binary(source, name or "<text>")
        return _parse(source, name or "<text>")
    path = Path(source)
    label = printable(str(path))
    try:
        if path.is_dir():
            raise ArticleError(f"{label}: is a directory, not an article file")
        with open(path, "rb", opener=_open_regular) as file:
            data = read_limited(file, label, max_bytes)
    except FileNotFoundError:
        missing = (
            f"is a symbolic link to a missing file ({printable(os.readlink(path))})"
            if path.is_symlink()
            else "no such file"
        )
        raise ArticleError(f"{label}: {missing}") from None
    except _NotRegular as err:
        raise ArticleError(
            f"{label}: is {err.args[0]}, not a file (read standard input with -)"
        ) from None
    except OSError as err:  # a symbolic link loop, a name too long, no permission
        raise ArticleError(f"{label[:80]}: cannot read ({err.strerror})") from None
    return _parse(
        decode(data, label=label),
        name or printable(path.stem),
        label,
        html=path.suffix.lower() in webpage.HTML_SUFFIXES,
    )


class _NotRegular(OSError):
    """The path is a FIFO or a socket: reading it waits for a writer, maybe forever."""


def _open_regular(path: str, flags: int) -> int:
    """Open without blocking (a FIFO with no writer would wait forever in open), then refuse a
    FIFO or socket by the descriptor, so a symbolic link cannot swap in between. A device is
    read (/dev/zero stops at the size limit)."""
    fd = os.open(path, flags | os.O_NONBLOCK)
    mode = os.fstat(fd).st_mode
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        os.close(fd)
        raise _NotRegular("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket")
    os.set_blocking(fd, True)
    return fd


def read_limited(stream: BinaryIO, label: str, max_bytes: int | None = None) -> bytes:
    """The bytes of ``stream`` (a file, standard input), reading at most one byte past the
    limit (``max_bytes``, else ``KORNEWS_MAX_BYTES``, else :data:`MAX_BYTES`), so an endless
    input stops at once."""
    limit = max_bytes if max_bytes is not None else _env_max_bytes()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ArticleError(
            f"{label}: larger than the limit of {limit:,} bytes "
            "(raise it with KORNEWS_MAX_BYTES=BYTES, or read_article(..., max_bytes=BYTES))"
        )
    return data


def _env_max_bytes() -> int:
    setting = os.environ.get("KORNEWS_MAX_BYTES", "").strip()
    if not setting:
        return MAX_BYTES
    # isascii: str.isdigit() also takes superscripts (²), which int() refuses.
    if not (setting.isascii() and setting.isdigit()) or not 1 <= int(setting) < sys.maxsize:
        raise ArticleError(
            f"KORNEWS_MAX_BYTES: expected a number of bytes, got {setting[:40]!r} "
            f"(at most {sys.maxsize - 1:,})"
        )
    return int(setting)


def printable(name: str) -> str:
    """A file name as text. A name in another encoding than the system's (CP949 names unpacked
    from a Korean Windows zip) arrives with surrogate escapes: it is read as CP949, else its
    undecodable bytes are shown as ``\\xNN``."""
    if not _SURROGATE.search(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # lone surrogates that stand for no byte
        return name.encode("utf-8", "backslashreplace").decode("ascii")
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _parse(text: str, name: str, label: str | None = None, *, html: bool = False) -> Article:
    """Parse text, or the article inside an HTML page (by its content, or by its suffix when it
    holds markup: a .html file of plain text is text)."""
    if not (webpage.is_html(text) or (html and webpage.has_markup(text))):
        return parse_article(text, name=name)
    body, metadata = webpage.page_text(text)
    if not body:
        raise ArticleError(f"{label or name}: no article text found in the HTML page")
    return parse_article(body, name=name, metadata=metadata)


class Unreadable(NamedTuple):
    """A file a corpus run went past (``read_corpus(..., skip=...)``): its path and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """Articles read lazily, one at a time, in path order: memory holds one article, not all
    (the rows of a BigKinds export, read with their workbook, excepted). ``records`` holds, for
    each path that is a BigKinds export, the row (:class:`kornews.bigkinds.Record`) the article
    is read from; ``date`` is the date of articles whose text and file name give none;
    ``notes`` says, a line each, what was left out of the exports (rows BigKinds marks, rows of
    an identifier already read). A file that cannot be read raises :class:`ArticleError`, or,
    with ``skip``, is handed to it as :class:`Unreadable` and passed over."""

    paths: tuple[Path, ...]
    names: tuple[str, ...]
    date: str | None = None
    records: tuple[bigkinds.Record | None, ...] = ()
    notes: tuple[str, ...] = ()
    skip: Callable[[Unreadable], None] | None = field(default=None, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.paths)

    def __iter__(self) -> Iterator[Article]:
        records = self.records or (None,) * len(self.paths)
        for path, name, record in zip(self.paths, self.names, records):
            if record is not None:
                yield _exported(record, self.date)
                continue
            try:
                article = read_article(path, name=name, date=self.date)
            except ArticleError as err:
                if self.skip is None:
                    raise
                self.skip(_unreadable(path, err))
                continue
            yield article


def _unreadable(path: Path, err: ArticleError) -> Unreadable:
    label = printable(str(path))
    reason = str(err)
    for prefix in (f"{label}: ", f"{label[:80]}: "):  # read_article's messages open with the file
        reason = reason.removeprefix(prefix)
    return Unreadable(label, reason)


def _exported(record: bigkinds.Record, date: str | None) -> Article:
    """A BigKinds row as an article: its title and body, with its date, outlet and reporter."""
    metadata = {"date": record.date or date, "outlet": record.outlet, "reporter": record.reporter}
    return parse_article(record.text, name=record.identifier, metadata=metadata)


def read_corpus(
    sources: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    pattern: str | tuple[str, ...] = ARTICLE_PATTERNS,
    date: str | None = None,
    skip: Callable[[Unreadable], None] | None = None,
) -> Corpus:
    """Many articles: each source is a file, a folder (its files matching ``pattern``, by
    default text files and saved news pages) or a glob such as ``news/2020-*.txt``. Paths are sorted; an article's name is its file name
    without the suffix (with its folder too where two names would clash). A file given twice
    (by two sources, or by two names of one file) is read once. A BigKinds export
    (``NewsResult_….xlsx``, given as a file or a glob) gives one article per row, named by its
    identifier (:mod:`kornews.bigkinds`; with the export's path where a file has that name), each
    identifier once over all exports (exports of overlapping searches); what is left out is in
    ``Corpus.notes``, and an export that leaves nothing to read raises :class:`ArticleError`.
    ``date`` is the date of articles whose text and file name give none (as in
    :func:`read_article`). A file that cannot be read raises :class:`ArticleError` (an export
    here, an article file as the corpus is read), or with ``skip`` is handed to it as
    :class:`Unreadable` and passed over."""
    date = _given_date(date)
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    paths: list[Path] = []
    for source in map(str, sources):
        try:
            paths += _corpus_files(source, pattern)
        except OSError as err:
            raise ArticleError(f"{printable(source)[:80]}: cannot read ({err.strerror})") from None
    paths = _once(paths, os.path.realpath)
    names = [printable(p.stem) for p in paths]
    for longer in (
        lambda p: str(p.with_suffix("")),
        str,
    ):  # a folder, then a suffix, tells them apart
        if len(set(names)) < len(names):
            names = [printable(longer(p)) for p in paths]
    if not any(bigkinds.is_export(p) for p in paths):
        return Corpus(tuple(paths), tuple(names), date, skip=skip)
    entries, notes = _exported_entries(paths, names, skip)
    if not entries and notes:
        raise ArticleError("; ".join(notes))
    paths, names, records = (list(column) for column in zip(*entries)) if entries else ([], [], [])
    return Corpus(tuple(paths), tuple(names), date, tuple(records), tuple(notes), skip)


def _once(items: list, key: Callable) -> list:
    """The items in order, the first of each key (a file by its real path: a link to it, ./a
    and a are one file)."""
    seen: set = set()
    kept = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            kept.append(item)
    return kept


def _exported_entries(
    paths: list[Path], names: list[str], skip: Callable[[Unreadable], None] | None
) -> tuple[list[tuple[Path, str, bigkinds.Record | None]], list[str]]:
    """(path, name, row) per article, an export giving a row per article named by its
    identifier, each identifier once; and a note per export on the rows left out."""
    files = {name for path, name in zip(paths, names) if not bigkinds.is_export(path)}
    entries, notes, seen = [], [], set()
    for path, name in zip(paths, names):
        if not bigkinds.is_export(path):
            entries.append((path, name, None))
            continue
        export, again = _export(path, skip), 0
        if export is None:
            continue
        for record in export.records:
            if record.identifier in seen:
                again += 1
                continue
            seen.add(record.identifier)
            # A file of that name: the export's path tells them apart.
            clash = record.identifier in files
            shown = f"{printable(str(path.with_suffix('')))}/{record.identifier}" if clash else None
            entries.append((path, shown or record.identifier, record))
        notes += _left_out(printable(str(path)), export, again)
    return entries, notes


def _left_out(label: str, export: bigkinds.Export, again: int) -> list[str]:
    if not export.rows:
        return [f"{label}: no rows under the header"]
    marked = sum(export.excluded.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(export.excluded.items()))
    return [
        note
        for count, note in (
            (
                marked,
                f"{label}: {marked} of {export.rows} rows left out, marked 분석제외 여부 ({kinds})",
            ),
            (again, f"{label}: {again} rows left out, their 뉴스 식별자 already read"),
        )
        if count
    ]


def _export(path: Path, skip: Callable[[Unreadable], None] | None) -> bigkinds.Export | None:
    try:
        return bigkinds.load_export(path)
    except bigkinds.ExportError as err:
        if skip is None:
            raise ArticleError(f"{printable(str(path))}: {err}") from None
        skip(Unreadable(printable(str(path)), str(err)))
        return None


def _corpus_files(source: str, pattern: str | tuple[str, ...]) -> list[Path]:
    patterns = (pattern,) if isinstance(pattern, str) else pattern
    if Path(source).is_file():
        return [Path(source)]  # also a file named like a glob: '[단독] 기사.txt'
    if Path(source).is_dir():
        found = sorted(
            {p for each in patterns for p in Path(source).glob(each) if _is_article_file(p)}
        )
    elif glob.has_magic(source):
        found = sorted(Path(p) for p in glob.glob(source) if _is_article_file(Path(p)))
    else:
        raise ArticleError(f"{printable(source)}: no such file or folder")
    if not found:
        raise ArticleError(
            f"{printable(source)}: no article files"
            + (f" matching {' '.join(patterns)}" if Path(source).is_dir() else "")
        )
    return found


def _is_article_file(path: Path) -> bool:
    # A broken symbolic link is kept, so that reading it stops the run with its name.
    return path.is_file() or (path.is_symlink() and not path.is_dir())


def decode(data: bytes, *, label: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 (BOM or not), else CP949 (a superset of EUC-KR).

    Documents of other formats (:data:`DOCUMENT_SIGNATURES`: PDF, HWP, ZIP-based documents
    such as DOCX, images) are refused by name. Bytes that read both as UTF-8 and as CP949 are
    CP949 when only that reading has Hangul and the UTF-8 one has no accented Latin word (the
    two bytes of 첫 in CP949 are ù in UTF-8; café stays café).
    """
    if not data.strip():
        raise ArticleError(f"{label}: is empty")
    document = next(
        (what for signature, what in DOCUMENT_SIGNATURES if data.startswith(signature)), None
    )
    if document:
        raise ArticleError(
            f"{label}: is {document}, not a text article; save it as plain text first"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        readings = _readings(data, ["utf-16"])
    elif b"\x00" in data:
        readings = _readings(data, ["utf-16-le", "utf-16-be"])
        # Without a BOM, the byte order that reads as text (ASCII, Hangul, symbols) is the file's.
        readings = sorted(readings, key=_textlike, reverse=True)[:1]
        if not readings or _textlike(readings[0]) < _TEXTLIKE_SHARE:
            raise ArticleError(f"{label}: looks like a binary file, not text")
    else:
        readings = _readings(data, ["utf-8-sig", "cp949"])
        if (
            len(readings) == 2
            and not data.startswith(codecs.BOM_UTF8)
            and _misread_cp949(*readings)
        ):
            readings.reverse()
    if not readings:
        raise ArticleError(f"{label}: cannot decode as UTF-8, UTF-16 or CP949/EUC-KR")
    text = readings[0]
    refuse_binary(text, label)
    return text


def refuse_binary(text: str, label: str) -> None:
    """Raise :class:`ArticleError` when ``text`` holds more control characters than text
    does (over 1 in 100, and over 8: a stray escape sequence is text, a binary file is not).
    The same rule for bytes and for a ``str``."""
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise ArticleError(f"{label}: looks like a binary file, not text")


def _readings(data: bytes, encodings: list[str]) -> list[str]:
    """The text of ``data`` in each encoding it is valid in, in the order given."""
    readings = []
    for encoding in encodings:
        try:
            readings.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return readings


def _textlike(text: str) -> float:
    """The share of printable ASCII, whitespace and Hangul among the first characters."""
    sample = text[:10_000]
    return len(_TEXTLIKE.findall(sample)) / max(1, len(sample))


def _misread_cp949(utf8: str, cp949: str) -> bool:
    return not _HANGUL.search(utf8) and bool(_HANGUL.search(cp949)) and not _LATIN_WORD.search(utf8)


def normalise(text: str) -> str:
    """NFC, LF line ends, each line stripped, blank lines dropped, one final newline."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    kept = [line for line in lines if line]
    return "\n".join(kept) + "\n" if kept else ""


def parse_article(text: str, *, name: str = "<text>", metadata: dict | None = None) -> Article:
    """Parse already-decoded text (it is normalised first).

    ``metadata`` (keys ``reporter``, ``outlet``, ``date``: an HTML page's) fills in what the
    text itself does not say.
    """
    surrogate = _SURROGATE.search(text)
    if surrogate:  # only a str made in Python can hold one; Kiwi and every writer refuse it
        raise ArticleError(
            f"{name}: is not valid Unicode text (a lone surrogate, U+{ord(surrogate.group()):04X}, "
            f"at character {surrogate.start()})"
        )
    text = normalise(text)
    if not text:
        raise ArticleError(f"{name}: is empty")
    lines = _lines(text)
    # The head stops where the closing run begins: under a photo's caption, a copyright; a
    # list of other articles' headlines is no run of subtitles.
    body_at, parts = _head(lines[: _closing_run(lines, 1, len(lines))])
    footer_at = _footer_start(lines, body_at)
    parts += _body(lines[body_at:footer_at], again=_title_lines(lines[:body_at], parts))
    parts += [_part(_closing_kind(line), line) for line in lines[footer_at:]]
    found = _metadata(parts)
    # An affiliate over its network: a sign-off names MBC, the copyright 가상MBC (both outlets of
    # the table; 가상일보사 is no other outlet than 가상일보).
    found["outlets"] = [
        name for name in found["outlets"] if not _affiliate_of(name, found["outlets"])
    ]
    if not found["outlets"]:  # named by no line: the reporters' (or the page's) addresses may
        found["outlets"] = _outlets_by_address(parts, found["emails"])
    fields = {
        key: (found[key + "s"] or [None])[0] for key in ("outlet", "reporter", "email", "date")
    }
    fields.update(
        {key: value for key, value in (metadata or {}).items() if value and not fields.get(key)}
    )
    return Article(
        name=name,
        text=text,
        parts=tuple(parts),
        reporters=_all(fields["reporter"], found["reporters"]),
        emails=_all(fields["email"], found["emails"]),
        **fields,
    )


def _head(lines: list[Line]) -> tuple[int, list[Part]]:
    """The parts before the body (page furniture over the title, category, title, subtitles,
    reporter, date, captions) and the index of the body's first line."""
    kinds = _leading_furniture(lines)
    lead = len(kinds)
    if _opens_body(lines[lead].text):  # a text cut before its headline
        return lead, [_part(kind, line) for kind, line in zip(kinds, lines)]
    kinds += ["title", *_under_title(lines, lead)]
    # A subtitle needs a body below it: a run of heading-like lines ends in the body.
    while len(kinds) == len(lines) and kinds[-1] == "subtitle":
        kinds.pop()
    # A short line over a longer one that reads like a title is the category (정부공공IT).
    title = lines[lead].text
    if kinds[lead + 1 : lead + 2] == ["subtitle"] and len(title) <= min(
        _MAX_CATEGORY, len(lines[lead + 1].text)
    ):
        kinds[lead : lead + 2] = ["category", "title"]
    parts = []
    for kind, line in zip(kinds, lines):
        parts += _title_parts(line) if kind == "title" else [_part(kind, line)]
    return len(kinds), parts


def _under_title(lines: list[Line], lead: int) -> list[str]:
    """The kinds of the head's lines under the title (at ``lead``), up to the body. Page controls
    and a portal's automatic summary (the sentences right under its note) are none of the
    _MAX_HEAD_LINES lines a head holds."""
    seen = {" ".join(lines[lead].text.split())}
    kinds: list[str] = []
    summary = 0  # how many more sentences a summary may hold
    for _, line in lines[lead + 1 :]:
        kind = _head_kind(line, seen)
        if kind is None and summary and shapes.is_sentence(line):
            kind, summary = "footer", summary - 1
        else:
            summary = _MAX_SUMMARY if shapes.furniture(line) == "summary" else 0
        # Subtitles stand under a headline: a long sentence in the title's place has none.
        if kind is None or kind == "subtitle" and _is_text(lines[lead].text):
            break
        if kind != "footer" and len(kinds) - kinds.count("footer") == _MAX_HEAD_LINES:
            break
        kinds.append(kind)
        seen.add(" ".join(line.split()))
    return kinds


# --- what a line is by its shape, where no row names it (kornews.shapes) ---


def _is_text(line: str) -> bool:
    """A line too long for a headline: the text begins where the title should stand."""
    return len(line) > _MAX_TITLE


def _opens_body(line: str) -> bool:
    """A line that begins a body and is never a headline: a script's marker alone; a dateline
    before a sentence; a text too long for a subtitle, or of two sentences or more, that ends as a
    sentence, no byline signed; a text too long for a headline cut short (a teaser's …)."""
    if _is_marker(line):
        return True
    row = layouts.match(line, "open")
    if row and row.layout.kind == "dateline" and line[row.match.end() :]:
        return _plain_sentence(line[row.match.end() :])
    if _is_text(line) and _CUT.search(line):
        return True
    return (len(line) > _MAX_SUBTITLE or shapes.sentences(line) > 1) and _plain_sentence(line)


def _plain_sentence(text: str) -> bool:
    """Ends with a sentence's full stop, with no byline glued after it (a photo's caption signs one)."""
    return shapes.full_stop(text) and shapes.tail_byline(text) is None


def _title_lines(lines: list[Line], parts: list[Part]) -> set[str]:
    """The lines that hold the title: printed again in the body, they are no paragraphs."""
    starts = [part.start for part in parts if part.kind == "title"]
    return {
        line.text
        for line in lines
        if any(line.start <= at <= line.start + len(line.text) for at in starts)
    }


def _is_marker(line: str) -> bool:
    row = layouts.match(line, "open")
    return bool(row and row.layout.kind == "speaker" and not line[row.match.end() :].strip())


def _leading_furniture(lines: list[Line]) -> list[str]:
    """The kinds of the lines of page furniture (share buttons, a masthead, a breadcrumb, a date)
    that stand over the title."""
    kinds: list[str] = []
    while len(kinds) < len(lines) - 1 and shapes.furniture(lines[len(kinds)].text):
        row = layouts.match(lines[len(kinds)].text, "head")
        kinds.append("date" if row and row.layout.kind == "date" else "footer")
    return kinds


def _head_kind(line: str, seen: set[str]) -> str | None:
    """What a line below the title is, or None where the body begins."""
    if " ".join(line.split()) in seen or layouts.furniture(line):
        return "footer"  # a headline or caption printed twice; share buttons
    row = layouts.match(line, "head")
    if row:
        return row.layout.kind
    row = _is_closing(line, "close") and layouts.match(line, "close")
    if row:  # a copyright, a signature, a credit over a short body
        return row.layout.kind if row.layout.kind in ("date", "caption", "reporter") else "footer"
    if shapes.furniture(line) or shapes.field(line):
        return "footer"  # a masthead, an image link, a record's field (이름:홍길동)
    if shapes.dated(line):
        return "date"
    return "subtitle" if shapes.quotation(line) or _is_subtitle(line) else None


def _title_parts(line: Line) -> list[Part]:
    """The title, with a dateline or a byline glued to it split off (a photo's caption standing
    where the title should: [가상일보 홍길동 기자] … 있다. 홍길동 기자); none where the line is
    only a dateline."""
    start, text = line
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
    a reporter part of its own."""
    start, text = line
    at = shapes.tail_byline(text)
    own = text[:at].rstrip() if at else text
    section = 0 if kind in _LEAD_KINDS else -1
    speaker, role = voice or (None, None)
    parts = [Part(kind, start, start + len(own), own, section, speaker=speaker, role=role)]
    if at:
        byline = text[at:].lstrip()
        parts.append(_part("reporter", Line(start + len(text) - len(byline), byline)))
    return parts


def _is_subtitle(line: str) -> bool:
    if line.startswith(SECTION_MARK) or layouts.match(line, "open") or layouts.match(line, "line"):
        return False
    if shapes.formula(line):
        return False
    if len(line) <= _MAX_SUBTITLE and _POINT.match(line) and not shapes.full_stop(line):
        return True
    return bool(_SUBTITLE_LED.match(line)) or (
        len(line) <= _MAX_SUBTITLE and not _SENTENCE_END.search(_QUOTED_TAIL.sub("", line))
    )


class _Voice(NamedTuple):
    """Who speaks a broadcast script's paragraph: a marker's speaker, and a caption's role."""

    speaker: str | None = None
    role: str | None = None


def _body(lines: list[Line], *, again: set[str] = frozenset()) -> list[Part]:
    """Headings, paragraphs (each with the speaker of a broadcast script) and what stands among
    them; lines in ``again`` (the title's, printed again) are furniture."""
    parts: list[Part] = []
    section, voice, under = 0, _Voice(), None
    for i, each in enumerate(lines):
        start, line = each.start, each.text
        if line in again:
            parts.append(_part("footer", each))
            continue
        heading = line[len(SECTION_MARK) :].lstrip() if line.startswith(SECTION_MARK) else ""
        if heading:
            section += 1
            parts.append(_part("heading", Line(start + len(line) - len(heading), heading), section))
            continue
        row = layouts.match(line, "open")
        said = None
        # A dateline only opens the body, or a page that prints the text again.
        if row and (
            row.layout.kind != "dateline" or i == 0 or row.match.groupdict().get("reporter")
        ):
            parts.append(_marker(row, start, row.match.group().rstrip()))
            said = _voice(row)
            start, line = start + row.match.end(), line[row.match.end() :]
            caption = layouts.match(line, "after") if said and line else None
            if caption:
                # [인터뷰] 장현숙 / 옷가게 운영: the caption names who speaks the paragraph below it only.
                parts.append(_marker(caption, start, line))
                under = _voice(caption)
                continue
            # A marker alone on its line holds until the next; one before text, for that line only.
            voice = voice if line else said or voice
        elif (row := layouts.match(line, "line")) and not (
            i and shapes.answer(line, lines[i - 1].text)
        ):
            parts.append(_marker(row, start, line))
            voice = _voice(row) or voice
            continue
        elif shapes.furniture(line):
            parts.append(_part("footer", Line(start, line)))
            continue
        if line:
            paragraph = _with_byline("paragraph", Line(start, line), said or under or voice)
            parts += [replace(paragraph[0], section=section), *paragraph[1:]]
            under = None
    return parts


def _voice(row: layouts.Found) -> _Voice | None:
    """The speaker (and role) a speaker marker or caption names; None for other rows."""
    groups = row.match.groupdict()
    return _Voice(groups["speaker"], groups.get("role")) if groups.get("speaker") else None


def _marker(row: layouts.Found, start: int, text: str) -> Part:
    """The part a row makes of ``text`` at ``start``; a caption's with its person and role."""
    voice = _voice(row) or _Voice()
    at = start + row.match.start("speaker") if voice.role else None
    return replace(
        _part(row.layout.kind, Line(start, text)),
        speaker=voice.speaker,
        role=voice.role,
        speaker_at=at,
    )


def _footer_start(lines: list[Line], body_at: int) -> int:
    """Index of the first footer line: a signature that ends the body, else the trailing run
    of closing lines (bylines, e-mails, copyright, links, promotions)."""
    first = max(body_at, 1)
    at = next((i for i in range(first, len(lines)) if _ends_body(lines[i].text)), len(lines))
    return _closing_run(lines, first, at)


def _closing_run(lines: list[Line], first: int, at: int) -> int:
    """Where the run of closing lines that ends at ``at`` begins (not before ``first``)."""
    while at > first:
        line = lines[at - 1].text
        if shapes.signed(line):
            break  # the last paragraph, its byline glued to it
        if _is_closing(line, "close") or shapes.furniture(line) or shapes.names_outlet(line):
            at -= 1
            continue
        # Other articles' headlines under this one: a run of short lines that are no sentences.
        run = next(
            (n for n in range(at - first) if not shapes.headline(lines[at - 1 - n].text)),
            at - first,
        )
        if run < shapes.MIN_HEADLINES:
            break
        at -= run
    return at


def _ends_body(line: str) -> bool:
    return _is_closing(line, "end") or shapes.furniture(line) == "end"


def _is_closing(line: str, place: str) -> bool:
    return len(line) <= _MAX_BOILERPLATE and layouts.match(line, place) is not None


def _closing_kind(line: Line) -> str:
    row = layouts.match(line.text, "close")
    return "date" if row and row.layout.kind == "date" else "footer"


def _metadata(parts: list[Part] | tuple[Part, ...]) -> dict[str, list[str]]:
    """Outlets, reporters, e-mails and dates the metadata parts name, each in text order, once;
    the e-mails of lines that name a reporter first, the outlets a copyright names first (a
    dateline or a photo's credit may name an agency or a rubric: (서울=가상통신), [카드뉴스])."""
    found: dict[str, list[str]] = {"outlets": [], "reporters": [], "emails": [], "dates": []}
    signed: list[str] = []
    held: list[str] = []
    for part in parts:
        named = _named(part)
        for key, values in found.items():
            for value in filter(None, named[key]):
                if value.strip() and value.strip() not in values:
                    values.append(value.strip())
        signed += named["signed"]
        held += named["held"]
    found["emails"].sort(key=lambda email: email not in signed)
    # 가상일보 of a masthead is the 가상일보사 of the copyright: held too, and first in text order.
    found["outlets"].sort(key=lambda name: not any(name in holder for holder in held))
    return found


def _named(part: Part) -> dict[str, list[str]]:
    """What one part names: outlets, reporters, e-mails (signed: those beside a reporter), dates."""
    named: dict[str, list] = {
        "outlets": [],
        "reporters": [],
        "emails": [],
        "dates": [],
        "signed": [],
        "held": [],
    }
    if part.kind == "footer" and shapes.furniture(part.text):
        # A control names no one; a masthead, its outlet.
        named["outlets"] = [outlets.find(part.text)] if shapes.masthead(part.text) else []
        return named
    places = _METADATA_PLACES.get(part.kind, ())
    row = next(filter(None, (layouts.match(part.text, place) for place in places)), None)
    if not places or row is None and part.kind not in ("reporter", "date"):
        return named
    groups = row.match.groupdict() if row else {}
    if not (row and row.layout.kind == "caption"):  # a photo's credit names its agency
        named["outlets"] = [outlets.find(part.text) or groups.get("outlet")]
        named["held"] = _held(row, named["outlets"])
    dated = row.match if row and part.kind == "date" else layouts.DATED.search(part.text)
    if part.kind not in ("date", "reporter", "dateline"):
        dated = layouts.STAMPED.search(part.text)
    named["dates"] = [layouts.iso_date(dated)] if dated else []
    people = part.kind == "reporter" or any(name in groups for name in layouts.PEOPLE_GROUPS)
    if people and not shapes.masthead(part.text):
        names = [match["reporter"] for match in layouts.REPORTER.finditer(part.text)]
        signed_name = layouts.SIGNED_NAME.fullmatch(part.text) if part.kind == "reporter" else None
        names += [signed_name["reporter"]] if signed_name else []
        named["reporters"] = [groups.get("reporter"), *names]
        named["emails"] = layouts.EMAIL_ADDRESS.findall(part.text)
        named["signed"] = named["emails"] if names or groups.get("reporter") else []
    return named


def _held(row: layouts.Found | None, names: list[str | None]) -> list[str]:
    """The outlets a copyright's row names: a press's name, not a slogan (국내유일의 …)."""
    if not (row and row.layout.name.startswith("copyright")):
        return []
    return [
        name.strip()
        for name in names
        if name and (outlets.find(name) or re.fullmatch(layouts.PRESS, name.strip()))
    ]


def _affiliate_of(name: str, names: list[str]) -> bool:
    """Whether another outlet of ``names`` is ``name``'s affiliate (its name holds ``name``)."""
    return any(other != name and name in other and outlets.find(other) == other for other in names)


def _outlets_by_address(parts: list[Part], emails: list[str]) -> list[str]:
    """The outlets at whose domains the reporters' addresses, then the page's, are."""
    addresses = emails + [
        email
        for part in parts
        if part.kind not in ("paragraph", "title", "subtitle", "heading")
        for email in layouts.EMAIL_ADDRESS.findall(part.text)
    ]
    return list(dict.fromkeys(filter(None, map(outlets.by_address, addresses))))


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
