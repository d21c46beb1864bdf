"""Kiwi morphemes and sentences for an article, with offsets into ``Article.text``.

One Kiwi per process, made on first use (loading the model takes about a second). The
title, the headings and the body paragraphs go to Kiwi as one batch on all cores; each is
tokenized on its own, so a sentence never crosses a paragraph or a ``◆`` heading. Sentences
come from Kiwi's own splitter (``tokenize(..., split_sents=True)``, which is what
``Kiwi.split_into_sents`` runs). Kiwi's time grows faster than the length of one string (a
256,000-character line takes about four times as long as the same text in lines; kiwipiepy has
no option to bound it), so a paragraph longer than :data:`MAX_PIECE` characters goes to Kiwi in
pieces, cut after a sentence end, else at a space (a long word stays whole up to ten times the
bound), else at the bound; offsets stay exact.

The user dictionary names words Kiwi would split (제로페이, S-Net, ...). A plain
``add_user_word`` loses to Kiwi's segmentation in some contexts (``네트워크(S-Net)``), so
the dictionary's words are found in the text and handed to Kiwi as pre-tokenized spans,
which Kiwi always keeps whole.

A token table is kept on disk once made (:mod:`kornews.cache`): the next notebook, rerun or
command on the same article reads it back and never builds a Kiwi.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import pandas as pd

from ..article import Article
from ..spread import chunks
from .dictionary import DEFAULT_DICTIONARY, UserDictionary, _as_dictionary
from .kiwi import _kiwi_tokenize
from .kiwi import get_kiwi as get_kiwi
from .pieces import MAX_PIECE as MAX_PIECE
from .pieces import _cuts as _cuts
from .pieces import _pieces
from .sentences import SENTENCE_COLUMNS as SENTENCE_COLUMNS
from .sentences import sentence_rows as sentence_rows
from .sentences import sentences as sentences
from .table import TOKEN_COLUMNS as TOKEN_COLUMNS
from .table import TokenLists as TokenLists
from .table import _cache_key, _keep, _kept, _tables

# tokenize and tokenized call Kiwi through this package's _kiwi_tokenize: the tests count the calls
# by replacing it here.


def tokenize(
    article: Article, *, dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY
) -> pd.DataFrame:
    """One row per morpheme of the title, subtitles, headings and body paragraphs: the one
    Kiwi pass that every analysis of the article reads.

    Columns:
        section: the section the part belongs to (0 is the lead, which the title belongs to).
        part: title, subtitle, heading or paragraph.
        paragraph: running number of the body paragraph in the article (0-based); -1 for
            titles and headings.
        sentence: running number of the sentence in the article (0-based, text order).
        start, end: the morpheme's span in ``article.text``.
        form, tag: Kiwi's morpheme and its Sejong-style tag (NNG, NNP, SN, ...).
        lemma: the dictionary form (verbs and adjectives end in 다).
    """
    dictionary = _as_dictionary(dictionary)
    pieces = _pieces(article)
    key = _cache_key(pieces, dictionary)
    kept = _kept(key)
    if kept is not None:
        return kept
    results = _kiwi_tokenize([p.text for p in pieces], dictionary)
    ((table, _),) = _tables([pieces], results, with_lists=False)
    return _keep(key, table)


def tokenized(
    articles: Iterable[Article],
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    chunk_size: int = 64,
    fill_cache: bool = True,
) -> Iterator[tuple[Article, pd.DataFrame]]:
    """``(article, tokenize(article))`` for many articles, a chunk at a time, in input order.

    The paragraphs of ``chunk_size`` articles at a time go to Kiwi as one batch, so all cores
    stay busy on short articles while memory holds one chunk, not the corpus; the chunk's token
    tables are cut from one table made for them all. When reading an
    article fails, the articles of the chunk read before it are still tokenized and given,
    then the error is raised: a run that stops loses none of the work done.

    ``fill_cache=False``: tables already in the token cache are read, but none is added (a store
    keeps the tables itself). A :class:`kornews.store.StoredCorpus` gives the pairs it keeps, with no Kiwi
    (the dictionary is the one it was indexed with).
    """
    if hasattr(articles, "documents"):  # a store: duck-typed, as store comes after tokens
        yield from articles.documents()
        return
    dictionary = _as_dictionary(dictionary)
    for chunk in chunks(articles, chunk_size):
        pieces = [_pieces(article) for article in chunk]
        keys = [_cache_key(article_pieces, dictionary) for article_pieces in pieces]
        kept = [_kept(key) for key in keys]
        lists: list[TokenLists | None] = [None] * len(chunk)
        # Only the articles not kept go to Kiwi, as one batch.
        missing = [at for at, table in enumerate(kept) if table is None]
        if missing:
            results = _kiwi_tokenize([p.text for at in missing for p in pieces[at]], dictionary)
            made = _tables([pieces[at] for at in missing], results)
            for at, (table, lists[at]) in zip(missing, made):
                kept[at] = _keep(keys[at], table) if fill_cache else table
        yield from map(Tokenized, chunk, kept, lists)


class Tokenized(tuple):
    """An ``(article, tokens)`` pair as :func:`tokenized` gives it, with ``lists``: the table's
    columns as Kiwi gave them (:class:`TokenLists`; None for a table read from the cache), which
    the corpus verbs read instead of the table's. They are the table as made: a table changed in
    place after is read wrong by them, so change a copy (``tokens.copy()``, a new pair)."""

    lists: TokenLists | None

    def __new__(cls, article: Article, tokens: pd.DataFrame, lists: TokenLists | None = None):
        pair = super().__new__(cls, (article, tokens))
        pair.lists = lists
        return pair

    def __getnewargs__(self):
        return (*self, self.lists)


def tokenize_many(
    articles: Iterable[Article],
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    chunk_size: int = 64,
) -> Iterator[pd.DataFrame]:
    """Token tables of many articles (:func:`tokenized`), each with :func:`tokenize`'s columns
    and ``article`` (the article's name) first."""
    for article, tokens in tokenized(articles, dictionary=dictionary, chunk_size=chunk_size):
        tokens.insert(0, "article", article.name)
        yield tokens
