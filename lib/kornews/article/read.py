"""Reading one article: from a path, bytes or text (a news page too), within a size limit, with
one clear error for what cannot be read."""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from .. import bigkinds, layouts, webpage
from .encoding import decode, printable, refuse_binary, unescape
from .parse import parse_article
from .records import Article, ArticleError

# Reading stops past this many bytes (an endless input such as /dev/zero, a mistaken archive);
# KORNEWS_MAX_BYTES or read_article(..., max_bytes=) raises it.
MAX_BYTES = 50_000_000
# An article's text (a page's without its markup) past this many characters is no one article:
# the longest features run to tens of thousands; Kiwi's tables (and the extraction of a page's
# text) would take minutes and gigabytes. Above issue 24's 4 MB texts; KORNEWS_MAX_CHARACTERS
# raises it.
MAX_CHARACTERS = 5_000_000
# What a page's reader does not see: scripts, styles, comments and tags.
_MARKUP = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>")


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
    binary or undecodable file, a document of another format (PDF, HWP, DOCX, images), a text
    longer than :data:`MAX_CHARACTERS`, and a ``date`` that is no calendar date.
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
    limit = max_bytes if max_bytes is not None else _env_limit("KORNEWS_MAX_BYTES", MAX_BYTES)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ArticleError(
            f"{label}: larger than the limit of {limit:,} bytes "
            "(raise it with KORNEWS_MAX_BYTES=BYTES, or read_article(..., max_bytes=BYTES))"
        )
    return data


def _env_limit(variable: str, default: int) -> int:
    """The limit set in the environment ``variable``, else ``default``."""
    setting = os.environ.get(variable, "").strip()
    if not setting:
        return default
    # isascii: str.isdigit() also takes superscripts (²), which int() refuses.
    if not (setting.isascii() and setting.isdigit()) or not 1 <= int(setting) < sys.maxsize:
        unit = "bytes" if variable.endswith("BYTES") else "characters"
        raise ArticleError(
            f"{variable}: expected a number of {unit}, got {setting[:40]!r} "
            f"(at most {sys.maxsize - 1:,})"
        )
    return int(setting)


def _parse(text: str, name: str, label: str | None = None, *, html: bool = False) -> Article:
    """Parse text, or the article inside an HTML page (by its content, or by its suffix when it
    holds markup: a .html file of plain text is text)."""
    if not (webpage.is_html(text) or (html and webpage.has_markup(text))):
        # A page's text copied as text may keep its character references (&apos;); a page's own
        # are read by its parser.
        return parse_article(unescape(_within_limit(text, label or name)), name=name)
    body, metadata = webpage.page_text(_within_limit(text, label or name, markup=True))
    if not body:
        raise ArticleError(f"{label or name}: no article text found in the HTML page")
    return parse_article(body, name=name, metadata=metadata)


def _within_limit(text: str, label: str, *, markup: bool = False) -> str:
    """``text``, or :class:`ArticleError` when it (a page's: what is left without its
    ``markup``) is longer than :data:`MAX_CHARACTERS` (or ``KORNEWS_MAX_CHARACTERS``)."""
    length = len(_MARKUP.sub("", text)) if markup else len(text)
    limit = _env_limit("KORNEWS_MAX_CHARACTERS", MAX_CHARACTERS)
    if length > limit:
        raise ArticleError(
            f"{label}: {length:,} characters, more than one article holds "
            f"(at most {limit:,}): split it into its articles, or raise the limit with "
            "KORNEWS_MAX_CHARACTERS=N"
        )
    return text
