"""Writing tables: CSV, JSON, JSON Lines or a table for reading, article text shown, never acted on;
and what stops a command, said in one line (:func:`_plain_errors`)."""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import math
import os
import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterator

import pandas as pd

from ..article import ArticleError, printable
from ..cells import neutralised
from ..wording import date_text

# Standard output that cannot take more: a full disk (> /dev/full), a quota, a file too large.
_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)
# Control characters a terminal would act on (ESC]0;title BEL, ESC[2J), shown instead as
# Unicode's control pictures (␛, ␇; DEL ␡) and C1 controls as \x9b: article text is data.
# CSV keeps tab and line breaks (quoted); a table for reading shows them too, one row a line.
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
_SHOWN = _PICTURES | {c: f"\\x{c:02x}" for c in range(0x80, 0xA0)}
_SHOWN_IN_CSV = {c: v for c, v in _SHOWN.items() if chr(c) not in "\t\n\r"}
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports it


def _plain_errors(
    run: Callable[[], int],
    *,
    bad: tuple[type[Exception], ...] = (ArticleError,),
    out: str | None = None,
    what: str = "the output",
) -> int:
    """``run()``'s exit status, or what stops it said as a command says it, never a traceback:
    bad input (``bad``) one line on stderr, exit 1; a reader gone away (``| head``) nothing,
    exit 0; Ctrl-C exit 130, also where a library wraps it; ``what`` that cannot be written one line, exit 1: written to the
    file ``out`` whatever the reason, to standard output when it is full (any other error
    there is a bug, raised)."""
    try:
        return run()
    except bad as err:
        return _error(str(err))
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as err:
        if out is not None:
            return _error(f"{printable(out)}: cannot write {what} ({err.strerror})")
        if err.errno not in _WRITE_ERRORS:
            raise
        _drop_stdout()
        return _error(f"cannot write {what} ({err.strerror})")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except ValueError as err:
        # Ctrl-C while Kiwi calls back into Python (the user dictionary's spans) comes out of
        # Kiwi as a ValueError raised from the KeyboardInterrupt.
        if isinstance(err.__cause__, KeyboardInterrupt):
            return EXIT_INTERRUPTED
        raise


def _error(message: str) -> int:
    # A file name in the message may hold escape sequences: they show, never act.
    print(f"kornews: error: {message.translate(_SHOWN)}", file=sys.stderr)
    return 1


def _drop_stdout() -> None:
    """Send what is still buffered for standard output nowhere, so that Python's flush at exit
    does not fail a second time with a traceback."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor: a StringIO under test
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write_stream(tables: Iterator[pd.DataFrame], fmt: str, *, raw_csv: bool = False) -> None:
    """Each table as it comes, under one header (CSV), in one JSON list (closed however the run
    ends) or a record a line (JSON Lines); a table for reading is written once all are done, so
    that its columns line up across articles (or once a bad file or Ctrl-C stops the run).
    When no article has a row, the table and the CSV still show their columns, as for one article."""
    last = None  # the last table seen: its columns head an output without rows
    if fmt == "table":
        filled: list[pd.DataFrame] = []
        try:
            for last in tables:
                if not last.empty:
                    filled.append(last)
        finally:  # also after a bad file or Ctrl-C; a closed pipe takes no more
            if filled and not isinstance(sys.exc_info()[1], BrokenPipeError):
                _write(pd.concat(filled, ignore_index=True), fmt)
        if not filled and last is not None:
            _write(last, fmt)
        return
    first = True  # the first table with rows: the CSV header goes before it, no comma in JSON
    if fmt == "json":
        sys.stdout.write("[")
    try:
        for last in tables:
            # An article with nothing of the kind adds no rows (and must not eat the header).
            if last.empty:
                continue
            # An article's rows in one write, so that Ctrl-C never leaves half an article.
            if fmt == "csv":
                sys.stdout.write(_csv(last, raw=raw_csv).to_csv(index=False, header=first))
            else:
                _write_records(last, fmt, first=first)
            first = False
        if first and fmt == "csv" and last is not None:
            sys.stdout.write(_csv(last, raw=raw_csv).to_csv(index=False))
    finally:  # the list closed whatever ends the run, but a closed pipe takes no more
        if fmt == "json" and not isinstance(sys.exc_info()[1], BrokenPipeError):
            sys.stdout.write("\n]\n")


def _write_records(table: pd.DataFrame, fmt: str, *, first: bool) -> None:
    """The table's rows as JSON in one write: list items after ``[`` (json), or lines (jsonl)."""
    texts = [
        json.dumps(_plain(record), ensure_ascii=False, allow_nan=False)
        for record in table.to_dict(orient="records")
    ]
    if fmt == "jsonl":
        sys.stdout.write("".join(text + "\n" for text in texts))
    else:
        sys.stdout.write(("\n" if first else ",\n") + ",\n".join(texts))


def _csv(table: pd.DataFrame, *, raw: bool) -> pd.DataFrame:
    """The table as CSV cells: control characters shown, never raw; cells a spreadsheet would
    evaluate neutralised unless ``raw``."""
    shown = _shown(table, _SHOWN_IN_CSV)
    return shown if raw else neutralised(shown)


def _shown(table: pd.DataFrame, controls: dict[int, str]) -> pd.DataFrame:
    """The table with the control characters of its text cells replaced as ``controls`` says."""
    text = [c for c in table.columns if table[c].dtype == object or table[c].dtype == "string"]
    if not text:
        return table
    return table.assign(
        **{
            c: table[c].map(lambda v: v.translate(controls) if isinstance(v, str) else v)
            for c in text
        }
    )


def _write(table: pd.DataFrame, fmt: str, *, raw_csv: bool = False) -> None:
    if fmt == "csv":
        _csv(table, raw=raw_csv).to_csv(sys.stdout, index=False)
    elif fmt == "json":
        _write_json(table.to_dict(orient="records"))
    elif fmt == "jsonl":
        _write_records(table, fmt, first=True)
    else:
        # On a terminal each line fits its width; piped (a file, grep, less -S) every cell is whole.
        fit = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        print(table_text(_dates_written(table), width=fit))


# The rows whose value and upper are ISO-like dates or times (kornews.figures).
_DATED_KINDS = ("date", "time")


def _dates_written(table: pd.DataFrame) -> pd.DataFrame:
    """A table for reading writes a figure's date or time as a reader does (``---10`` is ``10일``,
    ``--02-15`` ``2월 15일``, ``2020`` ``2020년``; :func:`kornews.wording.date_text`, year kept);
    CSV and JSON keep the ISO-like value, which programs parse and sort."""
    if not {"kind", "value"} <= set(table.columns):
        return table
    dated = table["kind"].isin(_DATED_KINDS).fillna(False).to_numpy(dtype=bool)
    if not dated.any():
        return table
    written = {
        column: table[column]
        .astype(object)
        .where(
            ~dated,
            table[column].map(lambda v: date_text(v, full=True) if isinstance(v, str) else v),
        )
        for column in ("value", "upper")
        if column in table.columns
    }
    return table.assign(**written)


def table_text(table: pd.DataFrame, *, width: int | None = None) -> str:
    """The table for reading: a header line, then a line a row; text left-aligned, numbers
    right-aligned, columns two spaces apart and measured in a terminal's columns (a Hangul
    syllable takes two); missing values blank, control characters shown (``_SHOWN``). With
    ``width``, the widest text columns are narrowed until a line fits in ``width`` columns
    (not below :data:`NARROWEST`), their cells cut with ``…``; without, every cell is whole.
    A table without rows is its header alone."""
    numeric = [
        pd.api.types.is_numeric_dtype(table[c]) and not pd.api.types.is_bool_dtype(table[c])
        for c in table.columns
    ]
    headers = [str(c).translate(_SHOWN) for c in table.columns]
    cells = [_cells(table[c]) for c in table.columns]
    widths = [max([_width(h), *map(_width, column)]) for h, column in zip(headers, cells)]
    if width is not None:
        widths = _narrowed(widths, numeric, width)
    rows = [headers, *zip(*cells)]
    return "\n".join(
        "  ".join(_fitted(v, w, right=n) for v, w, n in zip(row, widths, numeric)).rstrip()
        for row in rows
    )


NARROWEST = 6  # a text column narrowed to fit a terminal keeps this many columns at least


def _cells(column: pd.Series) -> list[str]:
    """A column's cells as text: floats as pandas writes them (one number of decimals down the
    column), missing values blank, control characters shown."""
    missing = column.isna().tolist()
    if pd.api.types.is_float_dtype(column) and not all(missing):
        with pd.option_context("display.max_rows", None):
            written = iter(
                line.strip()
                for line in column.dropna().to_string(index=False, header=False).split("\n")
            )
        return ["" if gone else next(written) for gone in missing]
    return ["" if gone else str(v).translate(_SHOWN) for v, gone in zip(column.tolist(), missing)]


@functools.lru_cache(maxsize=1 << 16)  # a long table repeats its cells (periods, terms, kinds)
def _width(text: str) -> int:
    """The columns ``text`` takes in a terminal: two for a wide character (Hangul, CJK)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _narrowed(widths: list[int], numeric: list[bool], limit: int) -> list[int]:
    """``widths`` with the widest text columns narrowed, one column at a time, until a line
    (columns two spaces apart) fits in ``limit``; numbers are never narrowed."""
    widths = list(widths)
    excess = sum(widths) + 2 * (len(widths) - 1) - limit
    while excess > 0:
        text = [i for i, n in enumerate(numeric) if not n and widths[i] > NARROWEST]
        if not text:
            break
        widest = max(text, key=lambda i: (widths[i], -i))
        widths[widest] -= 1
        excess -= 1
    return widths


def _fitted(text: str, width: int, *, right: bool) -> str:
    """``text`` in ``width`` columns: cut with ``…`` when wider, padded on the left (numbers)
    or the right (text)."""
    if _width(text) > width:
        kept, used = [], 0
        for c in text:
            if used + _width(c) > width - 1:
                break
            kept.append(c)
            used += _width(c)
        text = "".join(kept) + "…"
    pad = " " * (width - _width(text))
    return pad + text if right else text + pad


def _write_json(document: object) -> None:
    json.dump(_plain(document), sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def _plain(value):
    """The document with numpy and pandas scalars as JSON values; missing values (NA, NaN) as null."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, "item"):
        value = value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
