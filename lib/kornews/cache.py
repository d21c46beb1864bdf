"""Token tables kept on disk, so an article goes through Kiwi once per machine, not once per
notebook, rerun or command.

The folder is ``$KORNEWS_CACHE`` (``off`` keeps nothing), else ``$XDG_CACHE_HOME/kornews``, else
``~/.cache/kornews``; ``kornews cache`` prints it and ``kornews cache --clear`` empties it. An entry is
named by a hash of everything its table depends on: the texts handed to Kiwi and where they sit
in the article, the user dictionary, Kiwi's options, the versions of kornews, kiwipiepy and its
model, and the bytes of the tokenizing code. Entries are NumPy ``.npz`` files read without
pickle (an entry is data, never code). An entry that does not read back whole, or names another
key, is ignored and rewritten. A writer writes to a temporary name and renames it into place, so
two processes writing one entry at once leave one whole entry.

An entry is one article's token table, for the single-article path and small folders; the
corpus store (:mod:`kornews.store`) keeps every table of a chunk of articles as Parquet, for
SQL, and keys its articles with :func:`entry_key`, so a change that makes an entry stale makes
the stored article stale too. Entries stay ``.npz``: kept caches remain valid.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from functools import cache
from importlib import metadata, resources
from pathlib import Path

import numpy as np

__all__ = ["cache_folder", "clear", "entry_key", "load", "store"]

# Bump when the entry format changes.
FORMAT = 1
_OFF = {"off", "0", "no", "none", "false"}


def cache_folder() -> Path | None:
    """Where token tables are kept, or None when ``KORNEWS_CACHE`` is ``off``."""
    chosen = os.environ.get("KORNEWS_CACHE", "").strip()
    if chosen.lower() in _OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
    return Path(base) / "kornews"


@cache
def _fingerprint() -> str:
    """The versions and code a token table depends on besides its own input."""
    versions = {}
    for name in ("kornews", "kiwipiepy", "kiwipiepy_model"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    package = resources.files("kornews").joinpath("tokens")
    code = hashlib.sha256()
    for name in sorted(entry.name for entry in package.iterdir() if entry.name.endswith(".py")):
        code.update(name.encode() + b"\0" + package.joinpath(name).read_bytes())
    versions["tokens"] = code.hexdigest()
    return json.dumps([FORMAT, versions], sort_keys=True)


def entry_key(inputs: object) -> str:
    """The entry name for a token table made from ``inputs`` (JSON-able: texts, offsets,
    options) by this kornews, this Kiwi and this model."""
    document = json.dumps([_fingerprint(), inputs], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def _path(folder: Path, key: str) -> Path:
    return folder / "tokens" / key[:2] / f"{key}.npz"


def load(key: str, columns: list[str]) -> dict[str, np.ndarray] | None:
    """The columns stored under ``key``, or None when there is no whole entry for it."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        with np.load(_path(folder, key), allow_pickle=False) as stored:
            if str(stored["key"]) != key:
                return None
            found = {name: stored[name] for name in columns}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None
    if len({len(values) for values in found.values()}) > 1:
        return None
    return found


def store(key: str, columns: dict[str, np.ndarray]) -> None:
    """Keep ``columns`` under ``key``; a cache that cannot be written is skipped, not an error."""
    folder = cache_folder()
    if folder is None:
        return
    path = _path(folder, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:8]}-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(out, key=np.array(key), **columns)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def clear() -> int:
    """Remove every kept token table; the number removed."""
    folder = cache_folder()
    tokens = folder / "tokens" if folder else None
    if tokens is None or not tokens.is_dir():
        return 0
    count = sum(1 for _ in tokens.rglob("*.npz"))
    shutil.rmtree(tokens)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kornews cache", description="Print (or empty) kornews's token cache."
    )
    parser.add_argument("--clear", action="store_true", help="remove every kept token table")
    args = parser.parse_args(argv)
    folder = cache_folder()
    if folder is None:
        print("the token cache is off (KORNEWS_CACHE=off)")
        return 0
    if args.clear:
        print(f"{folder}: removed {clear()} token tables")
    else:
        entries = sum(1 for _ in (folder / "tokens").rglob("*.npz"))
        print(f"{folder}: {entries} token tables")
    return 0
