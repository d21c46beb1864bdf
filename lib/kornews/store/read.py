"""Reading a store back: a table as one DataFrame in corpus order, or the articles and their
token tables as :func:`kornews.tokenized` gives them, a window of articles at a time, with no
Kiwi. Only the chunks marked done are read, and of them only the rows of articles in the corpus
listing (a changed article's old rows stay in their chunk, unread).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from ..article import Article, ArticleError, Part, printable
from ..tokens import TOKEN_COLUMNS
from . import schema
from .files import done, open_store, table_path

WINDOW = 256


class StoreReader:
    """The store at ``path``: its corpus listing and where each article's rows are."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.folder = open_store(path)
        try:
            self.listing = pq.read_table(self.folder / "corpus.parquet").to_pandas()
        except OSError:
            raise ArticleError(
                f"{printable(str(path))}: the store holds no corpus yet: run kornews index again"
            ) from None
        self.chunk_of = {key: chunk.name for chunk in done(self.folder) for key in chunk.keys}

    def __len__(self) -> int:
        return len(self.listing)

    def files(self, name: str) -> list[Path]:
        """The table's files that hold an article of the corpus."""
        chunks = sorted({self.chunk_of[k] for k in self.listing["key"] if k in self.chunk_of})
        return [table_path(self.folder, name, chunk) for chunk in chunks]

    def rows(self, name: str, listing: pd.DataFrame, *, stored: bool = False) -> pd.DataFrame:
        """The table's rows for the articles of ``listing``, ``article`` first, in its order."""
        keys = [k for k in listing["key"] if k in self.chunk_of]
        parts = [
            _read_chunk(str(self.folder), name, chunk).loc[lambda t, ks=keys: t["key"].isin(ks)]
            for chunk in dict.fromkeys(self.chunk_of[k] for k in keys)
        ]
        found = pd.concat(parts, ignore_index=True) if parts else _empty(name)
        table = listing[["position", "article", "key"]].merge(found, on="key")
        table = table.sort_values(["position", "row"], kind="stable", ignore_index=True)
        return table[["article", *schema.columns(name, stored=stored)]]


@lru_cache(maxsize=16)
def _read_chunk(folder: str, name: str, chunk: str) -> pd.DataFrame:
    """One chunk's table (read once while the windows over it are read)."""
    return schema.from_arrow(pq.read_table(table_path(Path(folder), name, chunk)), name)


def _empty(name: str) -> pd.DataFrame:
    return schema.from_arrow(schema.arrow_schema(name).empty_table(), name)


def table(store: str | os.PathLike, name: str, *, stored: bool = False) -> pd.DataFrame:
    """The store's table ``name`` (articles, parts, tokens, terms, figures, quotes, entities) as
    the corpus function gives it over the same corpus: ``article`` first, rows in corpus order,
    dtypes as :mod:`kornews.store.schema` says; ``stored`` adds the columns kept for queries."""
    if name not in schema.SCHEMAS:
        raise ArticleError(f"no table {name!r} in a store: {', '.join(schema.TABLES)}")
    reader = StoreReader(store)
    _read_chunk.cache_clear()
    return reader.rows(name, reader.listing, stored=stored)


def documents(
    store: str | os.PathLike, *, window: int = WINDOW
) -> Iterator[tuple[Article, pd.DataFrame]]:
    """``(article, tokens)`` pairs from the store, in corpus order, as :func:`kornews.tokenized`
    gives them for the same corpus, without Kiwi: every corpus verb takes them."""
    reader = StoreReader(store)
    _read_chunk.cache_clear()
    for at in range(0, len(reader.listing), window):
        listing = reader.listing.iloc[at : at + window]
        articles = reader.rows("articles", listing, stored=True)
        parts = reader.rows("parts", listing, stored=True).groupby("article", sort=False)
        tokens = reader.rows("tokens", listing).groupby("article", sort=False)
        for row in articles.itertuples(index=False):
            yield (
                _article(row, _group(parts, row.article, list(parts.obj.columns))),
                _group(tokens, row.article, TOKEN_COLUMNS),
            )


class StoredCorpus:
    """A store where a :class:`kornews.Corpus` is taken: its articles, rebuilt, in corpus order,
    and ``documents()``, their token tables from the store (no Kiwi)."""

    notes: tuple[str, ...] = ()
    records: tuple = ()

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = path
        self.size = len(StoreReader(path))

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[Article]:
        return (article for article, _ in self.documents())

    def documents(self) -> Iterator[tuple[Article, pd.DataFrame]]:
        return documents(self.path)


def _group(groups, name: str, columns: list[str]) -> pd.DataFrame:
    """An article's rows; no rows (an article without a tokenized part) as Kiwi's empty table."""
    try:
        found = groups.get_group(name)
    except KeyError:
        return pd.DataFrame([], columns=columns)
    return found[columns].reset_index(drop=True)


def _article(row, parts: pd.DataFrame) -> Article:
    return Article(
        name=row.article,
        text=row.text,
        parts=tuple(
            Part(
                p.kind,
                int(p.start),
                int(p.end),
                p.text,
                int(p.section),
                _text(p.speaker),
                _text(p.role),
                None if pd.isna(p.speaker_at) else int(p.speaker_at),
            )
            for p in parts.itertuples(index=False)
        ),
        outlet=_text(row.outlet),
        reporter=_text(row.reporter),
        email=_text(row.email),
        date=_text(row.date),
        reporters=tuple(row.reporters),
        emails=tuple(row.emails),
    )


def _text(value) -> str | None:
    return None if pd.isna(value) else value
