"""Tables over many articles: each is the one-article table with ``article`` (its name) first.

The functions stream: they take any iterable of articles (a :class:`kornews.Corpus` reads
them one at a time) and yield one table per chunk of articles (:data:`kornews.spread.CHUNK_SIZE`)
as soon as it is done, so memory holds a chunk, not the corpus; each article's rows are together,
numbered from 0 as in its own table. ``pd.concat(...)`` of the result gives one tidy table,
the one the articles' own tables give.
Each article is tokenized once: :func:`kornews.tokenized` gives ``(article, tokens)`` pairs
that :func:`corpus_terms` and :func:`corpus_figures` both read, and :func:`corpus_quotes` can read
:func:`corpus_entities`' tables instead of making them again. :func:`progress` wraps the
articles in a progress bar for runs that take more than a second. :func:`analysed` runs one of
these functions over articles a chunk at a time, each chunk tokenized where it runs: here, or
on a Dask worker.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import NamedTuple

import numpy as np
import pandas as pd
from tqdm import tqdm

from .article import Article, ArticleError, Unreadable
from .columns import TokenColumns
from .entities import entity_rows, entity_table
from .figures.table import figure_rows, figure_table
from .quotes import quote_rows, quote_table
from .rows import numbered, records
from .schema import conformed, dtype, names, typed
from .spread import CHUNK_SIZE, chunks, run
from .terms import news_stopwords
from .terms.counts import TermCount, term_count_rows
from .terms.stoplist import Stoplist, stoplisted
from .tokens import DEFAULT_DICTIONARY, UserDictionary, tokenize_many, tokenized

Analysis = Callable[..., Iterable[pd.DataFrame]]
# Where a corpus verb hands an article its analysis failed on, to go on past it.
Skip = Callable[[Unreadable], None]
ARTICLE_COLUMNS = names("corpus_articles")


def corpus_tokens(
    articles: Iterable[Article],
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.tokenize`'s table per article, with ``article`` first; many articles per Kiwi batch."""
    return tokenize_many(articles, dictionary=dictionary)


def corpus_terms(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    stopwords: Iterable[str] = (),
    skip: Skip | None = None,
) -> Iterator[pd.DataFrame]:
    """Term counts of each article from ``(article, tokens)`` pairs (:func:`kornews.tokenized`).

    Columns: ``article, term, tag, count`` (as :func:`kornews.term_counts`, each article's
    outlet and reporter names dropped too); per article sorted by count, then term.
    """
    stopwords = frozenset(stopwords)

    def counted(tokens: pd.DataFrame, article: Article) -> list[TermCount]:
        return term_count_rows(tokens, stopwords=news_stopwords(article, extra=stopwords))

    return _per_chunk(_Chunked("terms", counted, _term_table, reads_columns=False), documents, skip)


def _term_table(rows: list[TermCount]) -> pd.DataFrame:
    """The term, tag and count columns of :func:`kornews.term_counts`."""
    return typed("terms", {name: [getattr(row, name) for row in rows] for name in names("terms")})


def corpus_figures(
    documents: Iterable[tuple[Article, pd.DataFrame]], *, skip: Skip | None = None
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.figures`' table of each article from ``(article, tokens)`` pairs
    (:func:`kornews.tokenized`), with ``article`` first."""
    return _per_chunk(_Chunked("figures", figure_rows, figure_table), documents, skip)


def corpus_quotes(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    entities: Iterable[pd.DataFrame] | None = None,
    skip: Skip | None = None,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.quotes`' table of each article from ``(article, tokens)`` pairs, ``article`` first.

    ``entities``: :func:`corpus_entities`' tables of the same articles in the same order, when the
    caller has them (the store's index does): quotes then reads them instead of making them again.
    """
    if entities is None:
        quoted = quote_rows
    else:
        given: deque = deque()
        documents = _with_mentions(documents, entities, given)

        def quoted(tokens: pd.DataFrame, article: Article) -> list[dict]:
            mentions = given.popleft()
            if mentions is None:
                raise ValueError(
                    f"the entity tables are not in the articles' order at {article.name}"
                )
            return quote_rows(tokens, article, mentions=mentions)

    return _per_chunk(_Chunked("quotes", quoted, quote_table), documents, skip)


def _with_mentions(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    entities: Iterable[pd.DataFrame],
    given: deque,
) -> Iterator[tuple[Article, pd.DataFrame]]:
    """``documents``, a chunk at a time, each chunk's articles' mentions put in ``given`` in their
    order: the rows of ``entities`` (records) that name them in the ``article`` column, which must
    come article by article in the articles' order (else None from the first out of order on)."""
    rows = (row for table in entities for row in records(table))
    head = next(rows, None)
    for chunk in chunks(documents, CHUNK_SIZE):
        names = [article.name for article, _ in chunk]
        taken: dict[str, list] = {}
        runs = []  # the articles the rows name, in their order, once per run of rows
        while head is not None and head.article in names:
            if not runs or runs[-1] != head.article:
                runs.append(head.article)
            taken.setdefault(head.article, []).append(head)
            head = next(rows, None)
        expected = [name for name in names if name in taken]
        out = len(names) if runs == expected else names.index(_first_out(expected, runs))
        given.extend(taken.get(name, []) if at < out else None for at, name in enumerate(names))
        yield from chunk
    if head is not None:
        raise ArticleError(
            f"{head.article}: its entity rows name no article in the articles' order"
        )


def _first_out(expected: list[str], runs: list[str]) -> str:
    """The first article out of order: one whose rows come where another's are due, else the
    article whose rows another's split (``runs`` holds it twice)."""
    return next((due for due, run in zip(expected, runs) if due != run), runs[-1])


def corpus_entities(
    documents: Iterable[tuple[Article, pd.DataFrame]], *, skip: Skip | None = None
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.entities`' table of each article from ``(article, tokens)`` pairs, ``article`` first."""
    return _per_chunk(_Chunked("entities", entity_rows, entity_table), documents, skip)


class _Chunked(NamedTuple):
    """An analysis as the corpus verbs run it: one article's rows, and the table of the rows of
    many (of the declared column types, :mod:`kornews.schema`, whatever the rows)."""

    name: str
    rows: Callable[[pd.DataFrame, Article], list]
    table: Callable[[list], pd.DataFrame]
    # Its rows take the token table read (kornews.columns.TokenColumns) as well as the table.
    reads_columns: bool = True


def _per_chunk(
    analysis: _Chunked, documents: Iterable[tuple[Article, pd.DataFrame]], skip: Skip | None
):
    """The analysis's table of each chunk of :data:`CHUNK_SIZE` articles, with ``article``
    first: what ``pd.concat`` of each article's table gives (rows numbered from 0 in each
    article), made as one table, since a table per article costs pandas more than a short
    article's rows do. A failure names its article: in a folder of thousands, the message must
    say which one to look at. Without ``skip`` it stops the run once the chunk's articles before
    it are given; with it, the article is handed to ``skip`` and passed over."""
    for chunk in chunks(documents, CHUNK_SIZE):
        rows, done, lengths, failed = [], [], [], None
        for pair in chunk:
            article = pair[0]
            try:
                found = _rows_of(analysis, _read(analysis, pair), article)
            except ArticleError as error:
                if skip is None:
                    failed = error
                    break
                # Listed as a file is: its name, then why (the message without its name).
                skip(Unreadable(article.name, str(error).removeprefix(f"{article.name}: ")))
                continue
            rows += found
            done.append(article.name)
            lengths.append(len(found))
        table = analysis.table(rows)
        table.insert(0, "article", pd.array(np.repeat(done, lengths), dtype=str))
        # pd.concat keeps a RangeIndex where at most one article has rows.
        many = np.count_nonzero(lengths) > 1
        table.index = numbered(lengths) if many else pd.RangeIndex(len(table))
        yield table
        if failed is not None:
            raise failed


def _read(analysis: _Chunked, pair: tuple[Article, pd.DataFrame]) -> pd.DataFrame | TokenColumns:
    """The pair's token table, read from the lists Kiwi gave (:class:`kornews.tokens.Tokenized`)
    where the pair holds them and the analysis takes them: not read back from the table."""
    lists = getattr(pair, "lists", None)
    if lists is None or not analysis.reads_columns:
        return pair[1]
    return TokenColumns(pair[1], lists=lists)


def _rows_of(analysis: _Chunked, tokens: pd.DataFrame, article: Article) -> list:
    try:
        return analysis.rows(tokens, article)
    except ArticleError:
        raise
    except Exception as error:
        raise ArticleError(
            f"{article.name}: {analysis.name} failed ({type(error).__name__}: {str(error)[:200]})"
        ) from error


def analysed(
    articles: Iterable[Article],
    analysis: Analysis,
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    chunk_size: int = CHUNK_SIZE,
    client=None,
    progress: bool = True,
    skip: Skip | None = None,
) -> Iterator[pd.DataFrame]:
    """``analysis`` (:func:`corpus_terms`, :func:`corpus_figures`, … or a ``functools.partial``
    of one) over ``articles``, a chunk of ``chunk_size`` at a time, each chunk tokenized (one
    Kiwi batch) and analysed where it runs: here, or on the workers of ``client`` (a
    ``distributed.Client``: one Kiwi per worker process). The tables come in the articles' order,
    the ones a serial run gives; ``progress``: a bar (on a terminal) counting articles done;
    ``skip``: as the analysis takes it, an article it fails on handed to ``skip`` here (else the
    tables of the articles before it, then the failure). A store
    (:class:`kornews.store.StoredCorpus`) is refused: its token tables are read, not made
    again, with the corpus functions themselves."""
    if hasattr(articles, "documents"):
        raise ArticleError(
            "a store is tokenized already: it is read here, not on Dask "
            "(no --workers, --scheduler or client)"
        )
    words = (
        dictionary if isinstance(dictionary, UserDictionary) else UserDictionary.load(dictionary)
    )
    bar = tqdm(total=_length(articles), unit="article", delay=1, disable=None if progress else True)
    work = partial(_analyse_chunk, analysis=analysis, dictionary=words, skipping=skip is not None)
    with bar:
        for done in run(chunks(articles, chunk_size), work, client=client, bar=bar):
            for each in done.skipped:
                skip(each)
            yield from done.tables
            if done.failed is not None:
                raise done.failed


class _Analysed(NamedTuple):
    """A chunk's work: its tables, the articles skipped, the failure that stopped it, if any."""

    tables: list[pd.DataFrame]
    skipped: list[Unreadable]
    failed: ArticleError | None


def _analyse_chunk(
    articles: list[Article], *, analysis: Analysis, dictionary: UserDictionary, skipping: bool
) -> _Analysed:
    """One chunk's tables: the unit of work a Dask worker runs. A failure comes back with the
    tables made before it, so the caller gives those first."""
    documents = tokenized(articles, dictionary=dictionary, chunk_size=len(articles))
    tables: list[pd.DataFrame] = []
    skipped: list[Unreadable] = []
    try:
        # Without skipping, any function of the pairs will do: skip is not passed.
        tables.extend(analysis(documents, skip=skipped.append) if skipping else analysis(documents))
    except ArticleError as error:
        return _Analysed(tables, skipped, error)
    return _Analysed(tables, skipped, None)


def corpus_articles(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: ``article, headline`` (its title), ``outlet, reporter, date`` (ISO; missing when the
    article is undated), ``sections, paragraphs, characters`` (of the body paragraphs), in input order."""
    rows = []
    for article in articles:
        paragraphs = [p for p in article.parts if p.kind == "paragraph"]
        rows.append(
            (
                article.name,
                article.title,
                article.outlet,
                article.reporter,
                article.date,
                len(article.sections),
                len(paragraphs),
                sum(len(p.text) for p in paragraphs),
            )
        )
    return conformed("corpus_articles", pd.DataFrame(rows, columns=ARTICLE_COLUMNS))


def term_totals(terms: pd.DataFrame, *, stoplist: Stoplist = True) -> pd.DataFrame:
    """Corpus-wide counts from :func:`corpus_terms`' rows: ``term, count, articles`` (how many
    articles use it), sorted by count, then articles (both descending), then term. The filler of
    :func:`kornews.corpus_stopwords` (이번, 진행) is left out unless ``stoplist=False`` (or the
    words given instead: :func:`kornews.terms.stoplisted`)."""
    terms = terms[~terms["term"].isin(stoplisted(stoplist))]
    table = (
        terms.groupby("term")
        .agg(count=("count", "sum"), articles=("article", "nunique"))
        .reset_index()
    )
    return conformed("term_totals", table).sort_values(
        ["count", "articles", "term"], ascending=[False, False, True], ignore_index=True
    )


def kind_totals(
    figures_table: pd.DataFrame, *, articles: Iterable[str], top: int = 8
) -> pd.DataFrame:
    """How many figures of each kind each article holds, from :func:`corpus_figures`' rows: one row
    per article of ``articles`` (in that order; 0 for an article without figures), indexed by
    ``article``. Columns: the ``top`` kinds most common over the folder (by count, ties by name),
    ``rest`` (the other kinds summed, only when there are others) and ``all``; so a table of any
    folder keeps to a page's width."""
    order = pd.Index(list(articles), dtype=dtype("kind_totals", "article"), name="article")
    per_kind = pd.crosstab(figures_table["article"], figures_table["kind"]).reindex(
        order, fill_value=0
    )
    per_kind.columns.name = "kind"
    common = per_kind.sum().sort_index().sort_values(ascending=False, kind="stable").index[:top]
    rest = (
        {"rest": per_kind.drop(columns=common).sum(axis=1)} if len(per_kind.columns) > top else {}
    )
    # Every count is the one declared type: an article without figures makes no float.
    return (
        per_kind[common]
        .assign(**rest, all=per_kind.sum(axis=1))
        .astype(dtype("kind_totals", "all"))
    )


def progress(articles: Iterable[Article]) -> Iterable[Article]:
    """``articles`` with a progress bar on stderr, shown on a terminal for runs over a second."""
    # disable=None lets tqdm show the bar only on a terminal.
    return tqdm(articles, total=_length(articles), unit="article", delay=1, disable=None)


def _length(articles: Iterable[Article]) -> int | None:
    return len(articles) if hasattr(articles, "__len__") else None
