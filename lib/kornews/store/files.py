"""Where a store keeps what: every file is written to a temporary name and renamed into place,
so a reader (or a resumed run) never sees half a file.

    STORE/kornews-store.json      what the folder is (the store's format), written first
    STORE/corpus.parquet          the corpus indexed last: position, article, key, source
    STORE/skipped.parquet         the files that run could not read: file, reason
    STORE/<table>/<chunk>.parquet one file per table per chunk of articles
    STORE/chunks/<chunk>.json     the chunk's keys, written once its tables are all in place

A chunk counts as done only through its ``chunks/`` entry, so the tables of a chunk cut short
are never read, and its articles are redone on the next run.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..article import ArticleError, printable

# Bump when the layout or a schema changes: a store of another format is not read.
FORMAT = 1
MARK = "kornews-store.json"


class Chunk(NamedTuple):
    """A chunk of articles whose tables are all written: its name and its articles' keys."""

    name: str
    keys: tuple[str, ...]


def is_store(path: str | os.PathLike) -> bool:
    try:
        return (Path(path) / MARK).is_file()
    except OSError:
        return False


def open_store(path: str | os.PathLike) -> Path:
    """The store's folder, or :class:`ArticleError` when ``path`` is not a store of this format."""
    folder = Path(path)
    try:
        found = json.loads((folder / MARK).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ArticleError(
            f"{printable(str(path))}: not a kornews store (make one with kornews index)"
        ) from None
    if found.get("format") != FORMAT:
        raise ArticleError(
            f"{printable(str(path))}: a store of format {found.get('format')}, "
            f"this kornews reads format {FORMAT}: index the corpus again into a new store"
        )
    return folder


def create(path: str | os.PathLike) -> Path:
    """A folder ready to hold a store (an existing store of this format is kept as it is)."""
    folder = Path(path)
    if is_store(folder):
        return open_store(folder)
    try:
        if folder.exists() and any(folder.iterdir()):
            raise ArticleError(
                f"{printable(str(path))}: a folder that is not a kornews store: give an empty "
                "or new folder"
            )
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / MARK, lambda out: out.write_text(json.dumps({"format": FORMAT})))
    except OSError as err:
        raise ArticleError(f"{printable(str(path))}: cannot write ({err.strerror})") from None
    return folder


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """``write(temporary)``, then the temporary renamed to ``path``; nothing left on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def table_path(folder: Path, table: str, chunk: str) -> Path:
    return folder / table / f"{chunk}.parquet"


def mark_done(folder: Path, chunk: Chunk) -> None:
    document = json.dumps({"keys": list(chunk.keys)})
    write_atomic(
        folder / "chunks" / f"{chunk.name}.json",
        lambda out: out.write_text(document, encoding="utf-8"),
    )


def done(folder: Path) -> list[Chunk]:
    """The chunks whose tables are all written, by name."""
    chunks = []
    for path in sorted((folder / "chunks").glob("*.json")):
        try:
            keys = json.loads(path.read_text(encoding="utf-8"))["keys"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours: its articles are redone
        chunks.append(Chunk(path.stem, tuple(keys)))
    return chunks


def drop_unused(folder: Path, keys: set[str]) -> int:
    """Remove the done chunks that hold none of ``keys`` (the corpus's): their mark first, so a
    run cut short leaves only unmarked files, never read. The number of chunks removed."""
    unused = [chunk for chunk in done(folder) if keys.isdisjoint(chunk.keys)]
    for chunk in unused:
        (folder / "chunks" / f"{chunk.name}.json").unlink()
        for path in folder.glob(f"*/{chunk.name}.parquet"):
            path.unlink()
    return len(unused)
