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
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

import numpy as np
import pandas as pd

from . import cache
from .article import Article, ArticleError, Part
from .schema import conformed, names, typed
from .spread import chunks

DEFAULT_DICTIONARY = "default"
TOKEN_COLUMNS = names("tokens")
SENTENCE_COLUMNS = ["section", "part", "paragraph", "sentence", "start", "end", "text"]
_TOKENIZED_KINDS = ("title", "subtitle", "heading", "paragraph")
# Far longer than a news paragraph, short enough that Kiwi's cost stays linear in the text.
MAX_PIECE = 2000
# A word (a long number, a URL) is cut only past this many times MAX_PIECE.
_LONG_WORD = 10
# Where a long paragraph may be cut: after a sentence's closing mark (and quotes) and its space.
_PIECE_END = re.compile(r"[.!?。][\"'”’」』)\]]*\s")
# Tags a user-dictionary word may carry: whole words, not endings or particles.
_DICTIONARY_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "SN", "MAG", "MM", "IC", "XR"}
)


@lru_cache(maxsize=1)
def get_kiwi():
    """The process's Kiwi, using every core, or ``KORNEWS_THREADS`` threads where that is set
    (one Kiwi per worker process of a distributed run should get that process's share)."""
    from kiwipiepy import Kiwi

    threads = os.environ.get("KORNEWS_THREADS", "").strip()
    return Kiwi(
        num_workers=int(threads) if threads.isdigit() and int(threads) > 0 else os.cpu_count() or 1
    )


@dataclass(frozen=True)
class UserDictionary:
    """Words (and their Kiwi tags) that must come out of Kiwi whole."""

    words: tuple[tuple[str, str], ...]

    @classmethod
    def load(cls, path: str | os.PathLike | None = DEFAULT_DICTIONARY) -> UserDictionary:
        """Read a dictionary file: one ``word<TAB>tag`` per line, ``#`` starts a comment.

        ``path`` is a file, ``"default"`` for the one shipped with kornews, or None for none.
        """
        if path is None:
            return cls(())
        if path == DEFAULT_DICTIONARY:
            text = (
                resources.files("kornews").joinpath("data/userdict.tsv").read_text(encoding="utf-8")
            )
            label = "kornews/data/userdict.tsv"
        else:
            label = str(path)
            try:
                text = Path(path).read_text(encoding="utf-8-sig")
            except OSError as err:
                raise ArticleError(
                    f"{label}: cannot read user dictionary ({err.strerror})"
                ) from None
            except UnicodeDecodeError:
                raise ArticleError(f"{label}: cannot read user dictionary (not UTF-8)") from None
        words = []
        for number, line in enumerate(text.splitlines(), 1):
            # A comment starts a line or follows whitespace, so C# stays a word.
            line = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].rstrip()
            if not line:
                continue
            fields = [field.strip() for field in line.split("\t")]
            tag = fields[1] if len(fields) == 2 else "NNP"
            if (
                len(fields) > 2
                or not fields[0]
                or re.search(r"\s", fields[0])
                or tag not in _DICTIONARY_TAGS
            ):
                raise ArticleError(
                    f"{label}:{number}: expected 'word<TAB>tag' (a word without spaces, a Kiwi noun-like tag), got {line!r}"
                )
            words.append((fields[0], tag))
        return cls(tuple(words))

    @property
    def pattern(self) -> re.Pattern | None:
        return _pattern(self.words)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, tag) of each dictionary word in ``text``, longest match first."""
        if not self.words:
            return []
        tags = dict(self.words)
        return [(m.start(), m.end(), tags[m.group()]) for m in self.pattern.finditer(text)]


@lru_cache(maxsize=16)
def _pattern(words: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    if not words:
        return None
    alternatives = []
    for word, _ in sorted(words, key=lambda wt: (-len(wt[0]), wt[0])):
        # A Latin word must not match inside a longer Latin word (S-Data in S-Database).
        before = r"(?<![A-Za-z0-9])" if word[0].isascii() and word[0].isalnum() else ""
        after = r"(?![A-Za-z0-9])" if word[-1].isascii() and word[-1].isalnum() else ""
        alternatives.append(before + re.escape(word) + after)
    return re.compile("|".join(alternatives))


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
    (table,) = _tables([pieces], _kiwi_tokenize([piece.text for piece in pieces], dictionary))
    return _keep(key, table)


def sentences(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """One row per sentence of ``tokens`` (a :func:`tokenize` table of ``article``), as Kiwi
    split them, in text order. A sentence runs from its first morpheme to its last.

    Columns: section, part, paragraph, sentence, start, end (as in :func:`tokenize`) and
    ``text``, which is ``article.text[start:end]``.
    """
    ordered, spans = sentence_rows(tokens)
    # Few pandas calls: each costs more than the rows of a short article.
    where = ordered.columns.get_indexer(SENTENCE_COLUMNS[:5])
    table = ordered.iloc[[span.start for span in spans], where].reset_index(drop=True)
    starts = table["start"].tolist()
    ends = ordered["end"].to_numpy()[[span.stop - 1 for span in spans]]
    text = [article.text[start:end] for start, end in zip(starts, ends.tolist())]
    return conformed("sentences", table.assign(end=ends, text=text))


def sentence_rows(tokens: pd.DataFrame) -> tuple[pd.DataFrame, list[slice]]:
    """``tokens`` in sentence order and the positions of each sentence's rows in it: what
    ``tokens.groupby("sentence")`` gives, without a table made per sentence. A sentence's rows
    keep their order (the sort is stable, and skipped when the table is in order already)."""
    # Read as an array once: a Series' is_monotonic_increasing costs more than a short article's rows.
    steps = np.diff(tokens["sentence"].to_numpy())
    ordered = tokens
    if (steps < 0).any():
        ordered = tokens.sort_values("sentence", kind="stable")
        steps = np.diff(ordered["sentence"].to_numpy())
    edges = [0, *(np.flatnonzero(steps) + 1).tolist()]
    ends = [*edges[1:], len(ordered)]
    return ordered, [slice(a, b) for a, b in zip(edges, ends)] if len(ordered) else []


def _as_dictionary(dictionary) -> UserDictionary:
    return dictionary if isinstance(dictionary, UserDictionary) else _load_dictionary(dictionary)


@lru_cache(maxsize=8)
def _load_dictionary(path) -> UserDictionary:
    return UserDictionary.load(path)


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
        # Only the articles not kept go to Kiwi, as one batch.
        missing = [at for at, table in enumerate(kept) if table is None]
        if missing:
            results = _kiwi_tokenize([p.text for at in missing for p in pieces[at]], dictionary)
            for at, table in zip(missing, _tables([pieces[at] for at in missing], results)):
                kept[at] = _keep(keys[at], table) if fill_cache else table
        yield from zip(chunk, kept)


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


@dataclass(frozen=True)
class _Piece:
    """What one text handed to Kiwi is: a part, or a stretch of a long part starting at ``start``."""

    part: Part
    start: int
    text: str


def _pieces(article: Article) -> list[_Piece]:
    return [
        _Piece(part, part.start + at, part.text[at:end])
        for part in article.parts
        if part.kind in _TOKENIZED_KINDS
        for at, end in _cuts(part.text)
    ]


def _cuts(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text``, each of at most ``limit`` characters but for a long word."""
    cuts, at = [], 0
    while not cuts or at < len(text):
        cut = _cut(text, at, limit)
        cuts.append((at, cut))
        at = cut
    return cuts


def _cut(text: str, at: int, limit: int) -> int:
    """Where the piece from ``at`` ends: after the last sentence end in its second half, else
    after its last space there; a word longer than that (a long number, a URL) stays whole up to
    :data:`_LONG_WORD` times ``limit``, past which it is cut at ``limit``."""
    end = at + limit
    if len(text) <= end:
        return len(text)
    ends = [match.end() for match in _PIECE_END.finditer(text, at + limit // 2, end)]
    if ends:
        return ends[-1]
    space = text.rfind(" ", at + limit // 2, end)
    if space < 0:
        space = text.find(" ", end, at + _LONG_WORD * limit)
    if space >= 0:
        return space + 1
    return len(text) if len(text) <= at + _LONG_WORD * limit else end


def _kiwi_tokenize(texts: list[str], dictionary: UserDictionary) -> Iterator:
    """Kiwi's sentences (lists of tokens) for each text, computed in parallel, in order."""
    return iter(
        get_kiwi().tokenize(
            texts, split_sents=True, pretokenized=dictionary.spans if dictionary.words else None
        )
    )


# What a token table depends on besides the texts: Kiwi's options as kornews calls it.
_KIWI_OPTIONS = {"split_sents": True, "max_piece": MAX_PIECE, "long_word": _LONG_WORD}
_INT_COLUMNS = ("section", "paragraph", "sentence", "start", "end")


def _cache_key(pieces: list[_Piece], dictionary: UserDictionary) -> str:
    where = [(p.part.section, p.part.kind, p.part.start, p.start, p.text) for p in pieces]
    return cache.entry_key([_KIWI_OPTIONS, dictionary.words, where])


def _kept(key: str) -> pd.DataFrame | None:
    """The token table kept under ``key``, with :func:`_table`'s dtypes, or None."""
    columns = cache.load(key, TOKEN_COLUMNS)
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


def _keep(key: str, table: pd.DataFrame) -> pd.DataFrame:
    if cache.cache_folder() is None:  # the cache is off: no columns to convert
        return table
    cache.store(
        key,
        {
            name: table[name].to_numpy(dtype=np.int64 if name in _INT_COLUMNS else str)
            for name in TOKEN_COLUMNS
        },
    )
    return table


def _tables(articles: list[list[_Piece]], results: Iterator) -> list[pd.DataFrame]:
    """The token table of each article, from Kiwi's results for its pieces (``articles``: each
    article's pieces, in the order of ``results``)."""
    # One table made for all the articles, then cut into each article's rows: a table made per
    # article (its text columns turned into Arrow strings) costs pandas more than Kiwi's pass on
    # a short article. Columns built whole (per sentence, then repeated per token): rows of
    # tuples cost more.
    tokens, sizes, where, lengths = [], [], [], []
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
    if not tokens:
        return [typed("tokens") for _ in articles]
    sizes = np.array(sizes)
    section, kind, paragraphs, sentences, offset = (
        np.repeat(np.array(column, dtype=dtype), sizes)
        for column, dtype in zip(zip(*where), (np.int64, object, np.int64, np.int64, np.int64))
    )
    starts = np.fromiter((t.start for t in tokens), np.int64, len(tokens)) + offset
    table = pd.DataFrame(
        {
            "section": section,
            "part": kind,
            "paragraph": paragraphs,
            "sentence": sentences,
            "start": starts,
            "end": starts + np.fromiter((t.len for t in tokens), np.int64, len(tokens)),
            "form": [t.form for t in tokens],
            "tag": [t.tag for t in tokens],
            "lemma": [t.lemma for t in tokens],
        },
        columns=TOKEN_COLUMNS,
    )
    return [_rows(table, end - length, end) for length, end in zip(lengths, np.cumsum(lengths))]


def _rows(table: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Rows ``start:end`` of ``table`` numbered from 0, as a table made of them alone; none: the
    empty table of the declared types, as a table made of no token is."""
    if start == end:
        return typed("tokens")
    if end - start == len(table):  # one article's table (tokenize): all of it
        return table
    rows = table.iloc[start:end]
    rows.index = pd.RangeIndex(end - start)
    return rows
