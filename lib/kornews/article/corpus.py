"""Reading many articles: files, folders, globs and BigKinds exports, lazily in path order, with
what was skipped or left out."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .. import bigkinds
from .encoding import printable
from .parse import parse_article
from .read import _given_date, read_article
from .records import Article, ArticleError

# What a folder's articles are: text files and news pages saved from a browser.
ARTICLE_PATTERNS = ("*.txt", "*.html", "*.htm")


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
