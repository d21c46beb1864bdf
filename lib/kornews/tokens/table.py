"""The token table: made column by column from Kiwi's results for a batch of articles, cut into
each article's rows; kept in and read back from the token cache."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

import numpy as np
import pandas as pd

from .. import cache
from ..schema import names, typed
from .dictionary import UserDictionary
from .pieces import _LONG_WORD, MAX_PIECE, _Piece

TOKEN_COLUMNS = names("tokens")
# What a token table depends on besides the texts: Kiwi's options as kornews calls it.
_KIWI_OPTIONS = {"split_sents": True, "max_piece": MAX_PIECE, "long_word": _LONG_WORD}
_INT_COLUMNS = ("section", "paragraph", "sentence", "start", "end")


def _cache_key(pieces: list[_Piece], dictionary: UserDictionary) -> str | None:
    """The article's key in the token cache; None when the cache is off (no key is worked out:
    hashing the article's text costs more than a short article's table)."""
    if cache.cache_folder() is None:
        return None
    where = [(p.part.section, p.part.kind, p.part.start, p.start, p.text) for p in pieces]
    return cache.entry_key([_KIWI_OPTIONS, dictionary.words, where])


def _kept(key: str | None) -> pd.DataFrame | None:
    """The token table kept under ``key``, with :func:`_table`'s dtypes, or None (and for no key)."""
    columns = None if key is None else cache.load(key, TOKEN_COLUMNS)
    if columns is None:
        return None
    if not len(columns["form"]):
        return typed("tokens")
    return pd.DataFrame(
        {
            name: values.astype(np.int64 if name in _INT_COLUMNS else object)
            for name, values in columns.items()
        },
        columns=TOKEN_COLUMNS,
    )


def _keep(key: str | None, table: pd.DataFrame) -> pd.DataFrame:
    if key is None:  # the cache is off: no columns to convert
        return table
    cache.store(
        key,
        {
            name: table[name].to_numpy(dtype=np.int64 if name in _INT_COLUMNS else str)
            for name in TOKEN_COLUMNS
        },
    )
    return table


class TokenLists(NamedTuple):
    """An article's token table as Kiwi gave it, before pandas: each column a list (the table's
    values, in its order) and each sentence's positions in them; what the corpus verbs read
    instead of reading the table's columns back (its text columns are Arrow strings, each value
    made a Python string again on reading)."""

    columns: dict[str, list]
    spans: list[slice]


def _tables(
    articles: list[list[_Piece]], results: Iterator, *, with_lists: bool = True
) -> list[tuple[pd.DataFrame, TokenLists | None]]:
    """The token table of each article, from Kiwi's results for its pieces (``articles``: each
    article's pieces, in the order of ``results``), and its columns as lists (None with no token,
    or where ``with_lists`` is false: one article's table, which no corpus verb reads)."""
    # One table made for all the articles, then cut into each article's rows: a table made per
    # article (its text columns turned into Arrow strings) costs pandas more than Kiwi's pass on
    # a short article. Columns built whole (per sentence, then repeated per token): rows of
    # tuples cost more.
    tokens, sizes, where, lengths, counts = [], [], [], [], []
    for pieces in articles:
        before, paragraph, sentence = len(tokens), -1, 0
        for piece, piece_sentences in zip(pieces, islice(results, len(pieces))):
            block = piece.part
            if block.kind == "paragraph" and piece.start == block.start:
                paragraph += 1
            kept = (block.section, block.kind, paragraph if block.kind == "paragraph" else -1)
            for sentence_tokens in filter(None, piece_sentences):
                tokens.extend(sentence_tokens)
                sizes.append(len(sentence_tokens))
                where.append((*kept, sentence, piece.start))
                sentence += 1
        lengths.append(len(tokens) - before)
        counts.append(sentence)
    if not tokens:
        return [(typed("tokens"), None) for _ in articles]
    section, kind, paragraphs, sentences, offset = (
        np.repeat(np.array(column, dtype=dtype), sizes)
        for column, dtype in zip(zip(*where), (np.int64, object, np.int64, np.int64, np.int64))
    )
    starts = np.fromiter((t.start for t in tokens), np.int64, len(tokens)) + offset
    columns = {
        "section": section,
        "part": kind,
        "paragraph": paragraphs,
        "sentence": sentences,
        "start": starts,
        "end": starts + np.fromiter((t.len for t in tokens), np.int64, len(tokens)),
        "form": [t.form for t in tokens],
        "tag": [t.tag for t in tokens],
        "lemma": [t.lemma for t in tokens],
    }
    table = pd.DataFrame(columns, columns=TOKEN_COLUMNS)
    ends = np.cumsum(lengths).tolist()
    tables = [_rows(table, end - length, end) for length, end in zip(lengths, ends)]
    if not with_lists:
        return [(rows, None) for rows in tables]
    return list(zip(tables, _token_lists(columns, (lengths, ends), counts, sizes)))


def _token_lists(
    columns: dict, cuts: tuple[list[int], list[int]], counts: list[int], sizes: list[int]
) -> list[TokenLists | None]:
    """Each article's columns as lists and its sentences' positions in them (``cuts``: each
    article's number of tokens and where it ends among the chunk's; ``counts``: its sentences;
    ``sizes``: each sentence's tokens); None for an article of no token."""
    lists = {name: _as_list(columns[name]) for name in TOKEN_COLUMNS}
    sentence_ends = np.cumsum(sizes).tolist()
    first = 0  # the article's first sentence among the chunk's
    found = []
    for length, end, count in zip(*cuts, counts):
        start = end - length
        edges = [start, *sentence_ends[first : first + count]]
        spans = [slice(a - start, b - start) for a, b in zip(edges, edges[1:])]
        read = TokenLists({name: lists[name][start:end] for name in TOKEN_COLUMNS}, spans)
        found.append(read if length else None)
        first += count
    return found


def _as_list(column) -> list:
    return column.tolist() if isinstance(column, np.ndarray) else column


def _rows(table: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Rows ``start:end`` of ``table`` numbered from 0, as a table made of them alone; none: the
    empty table of the declared types, as a table made of no token is."""
    if start == end:
        return typed("tokens")
    if end - start == len(table):  # one article's table (tokenize): all of it
        return table
    rows = table.iloc[start:end]
    rows.index = pd.RangeIndex(end - start)
    # The chunk's own column labels, not a copy per article: their lookup table (get_loc), made
    # on first use, is then made once per chunk, not once per article.
    rows.columns = table.columns
    return rows
