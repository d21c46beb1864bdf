"""The workbook's files: the article it runs on, the report folder of its own, the lock that keeps
one run at a time in it, and every file written under a temporary name and renamed into place."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..article import read_article
from ..notebook import resolve

# Characters a folder name must not hold: controls and path separators; and no leading dot
# (.. and . are not folders of their own, .name is hidden).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]|^\.+")
# The runner's process id, which its renderers (forked) name their temporary files by too.
RUN = os.getpid()


class WorkbookError(Exception):
    """A notebook could not be run or exported; the message says which and why."""


def find_article(path: str) -> Path:
    """ARTICLE as given: absolute, else relative to the working directory if it exists
    there, else relative to the project root. Raises :class:`ArticleError` if unreadable."""
    given = Path(path).expanduser()
    found = given if given.is_absolute() or given.exists() else resolve(given)
    read_article(found)  # fails now, with the article's own message, rather than in every kernel
    return found.resolve()


def report_folder(article: Path, reports: Path, parameter: str) -> Path:
    """The article's own folder inside ``reports``: its file stem, leading dots and control
    characters each made ``_`` (``...txt`` -> ``__``, never the project root). When that folder
    holds the report of another article (same stem, another folder), a short hash of the
    article's path is added, so two articles never share a folder."""
    stem = _UNSAFE.sub(lambda unsafe: "_" * len(unsafe[0]), article.stem) or "_"
    folder = reports / stem
    if _made_for_another(folder, parameter):
        folder = reports / f"{stem}-{hashlib.sha256(str(article).encode()).hexdigest()[:8]}"
    return folder


def _made_for_another(folder: Path, parameter: str) -> bool:
    """True when a notebook executed in ``folder`` was run on another ARTICLE (papermill keeps
    the parameters in the notebook's metadata)."""
    for executed in sorted(folder.glob("*.ipynb")) if folder.is_dir() else []:
        try:
            metadata = json.loads(executed.read_text(encoding="utf-8"))["metadata"]
            ran_on = metadata["papermill"]["parameters"]["ARTICLE"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not one of ours: says nothing of whose folder it is
        if ran_on != parameter:
            return True
    return False


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the lock of ``folder`` (``.NAME.lock`` beside it) while the block runs. Raises
    :class:`WorkbookError` at once when another run holds it."""
    try:
        lock = open(folder.parent / f".{folder.name}.lock", "w")  # noqa: SIM115 - closed below
    except OSError as error:
        raise write_error(error, folder.parent) from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WorkbookError(
                f"another run is writing {folder}: wait for it to end, or write elsewhere "
                "with --reports DIR (make workbook REPORTS=DIR)"
            ) from None
        yield


def temporary(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place: hidden, beside it, named by
    the run (so that a stopped run's files are found and removed, its renderers' too)."""
    return path.with_name(f".{path.stem}.{RUN}.tmp{path.suffix}")


def write_error(error: OSError, folder: Path) -> WorkbookError:
    """One line for a file that could not be written in ``folder``."""
    hint = (
        "; free some space, or write elsewhere with --reports DIR (make workbook REPORTS=DIR)"
        if error.errno in (errno.ENOSPC, errno.EDQUOT)
        else "; write elsewhere with --reports DIR (make workbook REPORTS=DIR)"
    )
    return WorkbookError(f"cannot write in {folder}: {error.strerror or error}{hint}")


def notebook_parameter(article: Path, root: Path) -> str:
    """The ARTICLE value a notebook gets: relative to the project when inside it, so the
    printed report shows ``seeds/...`` rather than a path on this machine."""
    return str(article.relative_to(root)) if article.is_relative_to(root) else str(article)


def write_in_place(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary name beside ``path``, then rename it into place: a reader
    (or a full disk) never sees half a file. Raises :class:`WorkbookError`."""
    written = temporary(path)
    try:
        written.write_bytes(data)
        os.replace(written, path)
    except OSError as error:
        raise write_error(error, path.parent) from None
    finally:
        written.unlink(missing_ok=True)


def pdf_path(executed: Path, kind: str) -> Path:
    """Where a PDF of that kind goes: ``NAME.pdf`` (with code), ``NAME-report.pdf`` (without)."""
    return (
        executed.with_suffix(".pdf")
        if kind == "notebook"
        else executed.with_name(f"{executed.stem}-{kind}.pdf")
    )
