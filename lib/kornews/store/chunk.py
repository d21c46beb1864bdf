"""One chunk of articles into the store: Kiwi once over the chunk, then every table, each
written whole before the chunk is marked done. This is the unit of work a Dask worker runs.

An article's key is a hash of what its tables depend on: its text and metadata (not its name,
so a renamed file is not redone), the user dictionary's words that occur in its text (a word
added elsewhere in the dictionary changes nothing here), and through
:func:`kornews.cache.entry_key` the versions of kornews, kiwipiepy and its model and the bytes
of the tokenizing code (which holds Kiwi's options): the token cache's key function, so a
change that makes a cached token table stale makes the stored article stale too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from ..article import Article, parts_table
from ..cache import entry_key
from ..corpus import corpus_articles, corpus_entities, corpus_figures, corpus_quotes, corpus_terms
from ..tokens import UserDictionary, tokenized
from . import schema
from .files import FORMAT, Chunk, mark_done, table_path, write_atomic

Documents = list[tuple[Article, pd.DataFrame]]


def article_key(article: Article, dictionary: UserDictionary) -> str:
    """The content key of ``article``'s tables under ``dictionary``."""
    fields = [
        article.text,
        article.outlet,
        article.reporter,
        article.email,
        article.date,
        list(article.reporters),
        list(article.emails),
    ]
    words = [list(word) for word in dictionary.words if word[0] in article.text]
    return entry_key(["store", FORMAT, words, fields])


def chunk_name(keys: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode("ascii")).hexdigest()[:32]


def _article_rows(documents: Documents) -> Iterator[pd.DataFrame]:
    for article, _ in documents:
        yield corpus_articles([article]).assign(
            text=article.text,
            email=article.email,
            reporters=[article.reporters],
            emails=[article.emails],
        )


def _parts(documents: Documents) -> Iterator[pd.DataFrame]:
    for article, _ in documents:
        table = parts_table(article)
        table["speaker"] = [p.speaker for p in article.parts]
        table["role"] = [p.role for p in article.parts]
        table["speaker_at"] = pd.array([p.speaker_at for p in article.parts], dtype="Int64")
        yield table


def _tokens(documents: Documents) -> Iterator[pd.DataFrame]:
    return (tokens for _, tokens in documents)


# Each stored table from the chunk's (article, tokens) pairs: one table per article, in order.
# Quotes are not here: they read the entity tables (see _tables), so entities are made once.
MAKERS: dict[str, Callable[[Documents], Iterable[pd.DataFrame]]] = {
    "articles": _article_rows,
    "parts": _parts,
    "tokens": _tokens,
    "terms": corpus_terms,
    "figures": corpus_figures,
    "entities": corpus_entities,
}


def _tables(documents: Documents) -> dict[str, list[pd.DataFrame]]:
    """Every stored table of the chunk, by name: each analysis once per article."""
    tables = {name: list(make(documents)) for name, make in MAKERS.items()}
    tables["quotes"] = list(corpus_quotes(documents, entities=tables["entities"]))
    return tables


def index_chunk(
    articles: list[Article], keys: list[str], folder: str, dictionary: UserDictionary
) -> Chunk:
    """Tokenize ``articles`` (one Kiwi batch), write each table of the chunk, then mark it done."""
    chunk = Chunk(chunk_name(keys), tuple(keys))
    documents = list(
        tokenized(articles, dictionary=dictionary, chunk_size=len(articles), fill_cache=False)
    )
    for name, made in _tables(documents).items():
        tables = [
            table.drop(columns="article", errors="ignore").assign(key=key, row=range(len(table)))
            for key, table in zip(keys, made)
        ]
        arrow = schema.to_arrow(pd.concat(tables, ignore_index=True), name)
        write_atomic(
            table_path(Path(folder), name, chunk.name),
            lambda out, arrow=arrow: pq.write_table(arrow, out, compression="zstd"),
        )
    mark_done(Path(folder), chunk)
    return chunk
