"""``index``: a corpus into a store, each article once, serially or on a Dask cluster.

The corpus is read once, in order, here: :func:`kornews.read_corpus` names every article over
the whole list of paths (a name clash is settled before any work is split) and each article's
content key is made as it is read. Articles whose key a finished chunk holds are skipped;
the others go out in chunks of ``chunk_size`` (each key once: two files of one text are one
piece of work). A chunk's name is a hash of its keys, and where its tables land does not depend
on who ran it, so a run on a cluster writes the same store as a serial one. The corpus listing
(names, keys, in order) is written once the corpus is read, so an interrupted run leaves the
chunks it finished and the next run, reading the same listing, does only the rest. A finished
run removes the chunks that hold no article of the corpus any more. The chunks run through
:func:`kornews.spread.run`, as the corpus verbs' do on a cluster.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from ..article import Article, Unreadable, read_corpus
from ..spread import CHUNK_SIZE, chunks, run
from ..tokens import DEFAULT_DICTIONARY, UserDictionary
from .chunk import article_key, index_chunk
from .files import create, done, drop_unused, write_atomic

CORPUS_COLUMNS = ["position", "article", "key", "source"]


class Indexed(NamedTuple):
    """What a run did: articles in the corpus, articles (distinct texts) tokenized now, files skipped."""

    articles: int
    tokenized: int
    skipped: tuple[Unreadable, ...]


def index(
    sources: str | os.PathLike | Iterable[str | os.PathLike],
    store: str | os.PathLike,
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    date: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    client=None,
    skip_bad: bool = True,
    progress: bool = True,
) -> Indexed:
    """Index ``sources`` (as :func:`kornews.read_corpus` takes them) into the store folder
    ``store``: its tables (see docs/store.md) for every article not already there.

    ``client``: a ``distributed.Client``; chunks then run on its workers (one Kiwi per worker
    process), else here. ``skip_bad``: a file that cannot be read, or an article an analysis
    fails on (by its name), is listed in the store's ``skipped`` table and passed over (else
    :class:`kornews.ArticleError` stops the run; the chunks finished are kept).
    """
    words = (
        dictionary if isinstance(dictionary, UserDictionary) else UserDictionary.load(dictionary)
    )
    skipped: list[Unreadable] = []
    corpus = read_corpus(sources, date=date, skip=skipped.append if skip_bad else None)
    folder = create(store)  # once the sources are found: a wrong path leaves no empty store
    finished = {key for chunk in done(folder) for key in chunk.keys}
    # Names are unique, so a name finds its file (an export's path for its rows).
    files = dict(zip(corpus.names, map(str, corpus.paths)))
    bar = tqdm(total=len(corpus), unit="article", delay=1, disable=None if progress else True)
    rows: list[tuple] = []
    queued: set[str] = set()

    def to_do() -> Iterator[tuple[Article, str]]:
        """Each article not yet in the store, with its key (each key once); once the corpus is
        read, its listing is written, so a run cut short resumes from it."""
        for article in corpus:
            key = article_key(article, words)
            rows.append((len(rows), article.name, key, files[article.name]))
            if key in finished or key in queued:
                bar.update(1)
                continue
            queued.add(key)
            yield article, key
        bar.total = len(rows)  # the files skipped are not articles
        bar.refresh()
        _write_listing(folder, rows, skipped)

    work = partial(_index_pairs, folder=str(folder), dictionary=words, skip_bad=skip_bad)
    failed: list[Unreadable] = []
    with bar:
        for found in run(chunks(to_do(), chunk_size), work, client=client, bar=bar):
            failed += found
    if failed:  # out of the listing, as a file not read is
        keys = {name: key for _, name, key, _ in rows}
        gone = {keys[each.path] for each in failed}
        rows = [(at, *row[1:]) for at, row in enumerate(r for r in rows if r[2] not in gone)]
        skipped += failed
        _write_listing(folder, rows, skipped)
    drop_unused(folder, {key for _, _, key, _ in rows})
    return Indexed(len(rows), len(queued), tuple(skipped))


def _index_pairs(
    pairs: list[tuple[Article, str]], *, folder: str, dictionary: UserDictionary, skip_bad: bool
) -> list[Unreadable]:
    articles, keys = [a for a, _ in pairs], [k for _, k in pairs]
    return index_chunk(articles, keys, folder, dictionary, skip_bad=skip_bad)


def _write_listing(folder: Path, rows: list[tuple], skipped: list[Unreadable]) -> None:
    listing = pa.table(
        {
            name: pa.array(values, type=pa.int64() if name == "position" else pa.string())
            for name, values in zip(CORPUS_COLUMNS, zip(*rows) if rows else [[]] * 4)
        }
    )
    skips = pa.table(
        {
            "file": pa.array([s.path for s in skipped], type=pa.string()),
            "reason": pa.array([s.reason for s in skipped], type=pa.string()),
        }
    )
    for name, table in (("corpus", listing), ("skipped", skips)):
        write_atomic(
            folder / f"{name}.parquet", lambda out, table=table: pq.write_table(table, out)
        )


def listing(folder: Path) -> pd.DataFrame:
    """The corpus last indexed: ``position, article, key, source``, in corpus order."""
    return pq.read_table(folder / "corpus.parquet").to_pandas()
