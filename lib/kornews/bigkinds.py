"""BigKinds exports: the Korea Press Foundation's news search results as an Excel workbook.

BigKinds (빅카인즈) exports a search as ``NewsResult_<from>-<to>.xlsx``, one row per article, with
the columns as it writes them: 뉴스 식별자 (the article's identifier), 일자 (``20200710``),
언론사, 기고자, 제목, 통합 분류1-3, 사건/사고 분류1-3, 인물, 위치, 기관, 키워드,
특성추출(가중치순 상위 50개), 본문, URL and 분석제외 여부 (``중복``, ``예외``: rows BigKinds itself
leaves out of its analyses). The 본문 is not the whole article: BigKinds cuts it to about 200
characters, so counts from an export measure the lead of each article, not its text.

:func:`read_export` gives one :class:`Record` per article to analyse; :mod:`kornews.article`
turns each into an :class:`~kornews.Article` (title, then the body), with its date and outlet.
Nothing is fetched: the URL is kept as data, never followed. A workbook is read only when
it unpacks to at most :data:`MAX_UNPACKED` bytes (``KORNEWS_MAX_EXPORT_BYTES`` raises it): a
few megabytes of zip can hold gigabytes of whitespace. A cell that reaches Excel's own limit of
32,767 characters (:data:`MAX_CELL`; openpyxl cuts a longer one there) is refused.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .layouts import user_date

SUFFIXES = (".xlsx",)
# The export's own headers: what kornews reads of a row.
COLUMNS = {
    "뉴스 식별자": "identifier",
    "일자": "date",
    "언론사": "outlet",
    "기고자": "reporter",
    "제목": "title",
    "본문": "body",
    "URL": "url",
    "분석제외 여부": "excluded",
}
REQUIRED = ("뉴스 식별자", "일자", "언론사", "제목", "본문")
# A BigKinds export (at most 20,000 articles) unpacks to tens of megabytes; reading takes about
# three times the unpacked size in memory (200 MB of whitespace: 616 MB at the peak).
MAX_UNPACKED = 100_000_000
MAX_CELL = 32_767  # Excel's limit; BigKinds cuts a body to about 200 characters
REFUSED = (
    "refused: its XML declares a DTD or entities, which a workbook never needs and which "
    "can expand without bound or read other files"
)
# A DTD comes before the root element: the head of each XML part shows it (UTF-8 or UTF-16).
_PROLOG_BYTES = 65_536
_DECLARATIONS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


class ExportError(ValueError):
    """A workbook that is not a BigKinds export, or a row that cannot be read; one line."""


class Record(NamedTuple):
    identifier: str
    date: str | None  # ISO: 2020-07-10
    outlet: str | None
    reporter: str | None
    title: str
    body: str
    url: str | None

    @property
    def text(self) -> str:
        """The article as kornews reads it: the title on the first line, then the body."""
        return f"{self.title}\n{self.body}\n"


def is_export(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


class Export(NamedTuple):
    """The articles of an export and what was left out of it."""

    records: list[Record]
    rows: int  # rows under the header
    excluded: Counter  # rows left out, by their 분석제외 여부 (중복, 예외)


def read_export(path: str | os.PathLike, *, keep_excluded: bool = False) -> list[Record]:
    """The articles of a BigKinds export, in its row order. Rows that 분석제외 여부 marks
    (duplicates, exceptions) are left out unless ``keep_excluded``. A cell holding a formula
    is refused: a workbook saved by a program (openpyxl) stores no value for it, which would
    read as an empty cell. Raises :class:`ExportError`."""
    return load_export(path, keep_excluded=keep_excluded).records


def load_export(
    path: str | os.PathLike, *, keep_excluded: bool = False, max_unpacked: int | None = None
) -> Export:
    """:func:`read_export`, with the count of rows and of those left out. ``max_unpacked``
    (default ``KORNEWS_MAX_EXPORT_BYTES``, else :data:`MAX_UNPACKED`) bounds the workbook's
    unpacked size, checked before it is read. Raises :class:`ExportError`."""
    _check_unpacked(path, max_unpacked if max_unpacked is not None else _env_max_unpacked())
    header, rows = _sheet(path)
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise ExportError(f"not a BigKinds export: no column {', '.join(missing)}")
    records, excluded = [], Counter()
    for number, values in enumerate(rows, start=2):  # row 1 is the header
        row = dict(zip(header, values))
        _check_cells(row, number)
        cell = {field: _text(row.get(column)) for column, field in COLUMNS.items()}
        if cell["excluded"] and not keep_excluded:
            excluded[cell["excluded"]] += 1
            continue
        if not cell["identifier"] or not (cell["title"] or cell["body"]):
            raise ExportError(f"row {number}: no identifier, or neither title nor body")
        records.append(
            Record(
                cell["identifier"],
                _date(row.get("일자"), number),
                cell["outlet"],
                cell["reporter"],
                cell["title"] or "",
                cell["body"] or "",
                cell["url"],
            )
        )
    return Export(records, len(rows), excluded)


def _check_unpacked(path: str | os.PathLike, limit: int) -> None:
    """Refuse a workbook whose members unpack to over ``limit`` bytes, before reading it."""
    try:
        with zipfile.ZipFile(path) as book:
            unpacked = sum(member.file_size for member in book.infolist())
    except (OSError, zipfile.BadZipFile) as err:
        raise ExportError(f"not an Excel workbook ({type(err).__name__})") from None
    if unpacked > limit:
        raise ExportError(
            f"unpacks to {unpacked:,} bytes, over the limit of {limit:,} "
            "(raise it with KORNEWS_MAX_EXPORT_BYTES=BYTES)"
        )


def _env_max_unpacked() -> int:
    setting = os.environ.get("KORNEWS_MAX_EXPORT_BYTES", "").strip()
    if not setting:
        return MAX_UNPACKED
    if not (setting.isascii() and setting.isdigit()) or int(setting) < 1:
        raise ExportError(
            f"KORNEWS_MAX_EXPORT_BYTES: expected a number of bytes, got {setting[:40]!r}"
        )
    return int(setting)


def _check_cells(row: dict, number: int) -> None:
    """openpyxl cuts a longer cell to Excel's limit without a word: a cell that long is refused."""
    for column, value in row.items():
        if isinstance(value, str) and len(value) >= MAX_CELL:
            raise ExportError(
                f"row {number}: {str(column)[:20]} reaches Excel's limit of {MAX_CELL:,} "
                "characters (cut when read): not a BigKinds export"
            )


def _sheet(path: str | os.PathLike) -> tuple[list[str], list[tuple]]:
    """The first sheet's header (stripped) and its rows of values, blank rows left out."""
    from openpyxl import load_workbook

    try:
        _refuse_declarations(path)
        # Formulas as written, not their stored values, so that a formula is seen as one.
        workbook = load_workbook(path, read_only=True, data_only=False, keep_links=False)
        try:
            return _values(workbook.worksheets[0].iter_rows())
        finally:
            workbook.close()
    except ExportError:
        raise
    except Exception as err:  # noqa: BLE001 - zipfile and openpyxl raise many kinds for a file that is no workbook
        if _declared(err):  # defusedxml's refusal, wrapped by openpyxl in a ValueError
            raise ExportError(REFUSED) from None
        raise ExportError(f"not an Excel workbook ({type(err).__name__})") from None


def _values(rows: Iterator[tuple]) -> tuple[list[str], list[tuple]]:
    header = [_header(cell.value) for cell in next(rows, ())]
    kept = []
    for number, row in enumerate(rows, start=2):
        values = tuple(_value(cell, header, number) for cell in row)
        if any(_text(value) is not None for value in values):
            kept.append(values)
    return header, kept


def _refuse_declarations(path: str | os.PathLike) -> None:
    """Refuses a workbook whose XML parts declare a DTD or entities before any parser reads
    them (openpyxl reads some parts with lxml, which would expand internal entities)."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.lower().endswith((".xml", ".rels", ".vml")):
                with archive.open(member) as part:
                    head = part.read(_PROLOG_BYTES)
                if any(mark in head for mark in _DECLARATIONS):
                    raise ExportError(REFUSED)


def _declared(err: BaseException | None) -> bool:
    from defusedxml import DefusedXmlException

    while err is not None:
        if isinstance(err, DefusedXmlException):
            return True
        err = err.__cause__ or err.__context__
    return False


def _header(value) -> str:
    return "" if value is None else str(value).strip()


def _value(cell, header: list[str], number: int):
    """The cell's value; a formula in a column kornews reads is refused by row and column."""
    if getattr(cell, "data_type", None) != "f":
        return cell.value
    column = header[cell.column - 1] if cell.column <= len(header) else ""
    if column not in COLUMNS:
        return None
    raise ExportError(
        f"row {number}, column {column}: a formula ({str(cell.value)[:40]}), not a value; "
        "kornews reads values only: in Excel, copy the column and paste it as values"
    )


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # empty cell: None or NaN
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an identifier or a date Excel stored as a number
    return str(value).strip() or None


def _date(value, number: int) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = _text(value)
    if text is None:
        return None
    date = user_date(text)
    if date is None:
        raise ExportError(f"row {number}: 일자 {text[:20]!r} is not a date")
    return date
