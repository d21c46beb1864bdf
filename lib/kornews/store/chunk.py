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
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from ..article import Article, Unreadable
from ..cache import entry_key
from ..corpus import (
    Skip,
    corpus_articles,
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
)
from ..rows import numbered
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


class Made(NamedTuple):
    """One stored table of a chunk: its rows, article by article, and each article's count."""

    table: pd.DataFrame
    lengths: list[int]


def _each(tables: Iterable[pd.DataFrame], documents: Documents) -> Made:
    """A corpus function's tables (a chunk of articles each) as one, and each article's rows."""
    table = pd.concat(list(tables), ignore_index=True)
    counts = Counter(table["article"].tolist())  # a corpus's article names are unique
    return Made(table, [counts[article.name] for article, _ in documents])


def _article_rows(documents: Documents) -> Made:
    articles = [article for article, _ in documents]
    table = corpus_articles(articles).assign(
        text=[a.text for a in articles],
        email=[a.email for a in articles],
        reporters=[a.reporters for a in articles],
        emails=[a.emails for a in articles],
    )
    return Made(table, [1] * len(articles))


def _parts(documents: Documents) -> Made:
    """The parts of every article (:func:`kornews.parts_table`'s columns) and who speaks each."""
    parts = [part for article, _ in documents for part in article.parts]
    table = pd.DataFrame(
        {
            "kind": [p.kind for p in parts],
            "section": [p.section for p in parts],
            "start": [p.start for p in parts],
            "end": [p.end for p in parts],
            "text": [p.text for p in parts],
            "speaker": [p.speaker for p in parts],
            "role": [p.role for p in parts],
            "speaker_at": pd.array([p.speaker_at for p in parts], dtype="Int64"),
        }
    )
    return Made(table, [len(article.parts) for article, _ in documents])


# Each stored table from the chunk's (article, tokens) pairs, in the articles' order; the
# analyses' are made in _tables (quotes read the entity tables, so entities are made once).
MAKERS: dict[str, Callable[[Documents], Made]] = {
    "articles": _article_rows,
    "parts": _parts,
    "tokens": lambda documents: Made(
        pd.concat([tokens for _, tokens in documents], ignore_index=True),
        [len(tokens) for _, tokens in documents],
    ),
}


def _tables(documents: Documents, skip: Skip | None = None) -> dict[str, Made]:
    """Every stored table of the chunk, by name: each analysis once per article (``skip``: as
    the corpus functions take it)."""
    tables = {name: make(documents) for name, make in MAKERS.items()}
    tables["terms"] = _each(corpus_terms(documents, skip=skip), documents)
    tables["figures"] = _each(corpus_figures(documents, skip=skip), documents)
    entities = _each(corpus_entities(documents, skip=skip), documents)
    tables["entities"] = entities
    quotes = corpus_quotes(documents, entities=[entities.table], skip=skip)
    tables["quotes"] = _each(quotes, documents)
    return tables


def index_chunk(
    articles: list[Article],
    keys: list[str],
    folder: str,
    dictionary: UserDictionary,
    *,
    skip_bad: bool = False,
) -> list[Unreadable]:
    """Tokenize ``articles`` (one Kiwi batch), write each table of the chunk, then mark it done.
    An article an analysis fails on stops it (:class:`kornews.ArticleError`), or with
    ``skip_bad`` is left out of every table (so out of the chunk, tried again by the next run)
    and returned."""
    documents = list(
        tokenized(articles, dictionary=dictionary, chunk_size=len(articles), fill_cache=False)
    )
    skipped: list[Unreadable] = []
    tables = _tables(documents, skipped.append if skip_bad else None)
    if skipped:  # rare: the tables made again without those articles
        failed = {each.path for each in skipped}
        kept = [at for at, (article, _) in enumerate(documents) if article.name not in failed]
        documents, keys = [documents[at] for at in kept], [keys[at] for at in kept]
        if not documents:
            return skipped
        tables = _tables(documents)
    chunk = Chunk(chunk_name(keys), tuple(keys))
    for name, (table, lengths) in tables.items():
        # The schema's columns only: an ``article`` column, where there is one, is not written.
        keyed = table.assign(key=np.repeat(keys, lengths), row=numbered(lengths))
        arrow = schema.to_arrow(keyed, name)
        write_atomic(
            table_path(Path(folder), name, chunk.name),
            lambda out, arrow=arrow: pq.write_table(arrow, out, compression="zstd"),
        )
    mark_done(Path(folder), chunk)
    return skipped
