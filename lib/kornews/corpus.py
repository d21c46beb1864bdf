"""Tables over many articles: each is the one-article table with ``article`` (its name) first.

The functions stream: they take any iterable of articles (a :class:`kornews.Corpus` reads
them one at a time) and yield one article's table as soon as it is done, so memory holds a
chunk of articles, not the corpus. ``pd.concat(...)`` of the result gives one tidy table.
Each article is tokenized once: :func:`kornews.tokenized` gives ``(article, tokens)`` pairs
that :func:`corpus_terms` and :func:`corpus_figures` both read, and :func:`corpus_quotes` can read
:func:`corpus_entities`' tables instead of making them again. :func:`progress` wraps the
articles in a progress bar for runs that take more than a second. :func:`analysed` runs one of
these functions over articles a chunk at a time, each chunk tokenized where it runs: here, or
on a Dask worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial

import pandas as pd
from tqdm import tqdm

from .article import Article, ArticleError
from .entities import entities
from .figures import figures
from .quotes import quotes
from .spread import CHUNK_SIZE, chunks, run
from .terms import news_stopwords, term_counts
from .tokens import DEFAULT_DICTIONARY, UserDictionary, tokenize_many, tokenized

Analysis = Callable[[Iterable[tuple[Article, pd.DataFrame]]], Iterable[pd.DataFrame]]
CORPUS_TERM_COLUMNS = ["article", "term", "tag", "count"]
ARTICLE_COLUMNS = [
    "article",
    "headline",
    "outlet",
    "reporter",
    "date",
    "sections",
    "paragraphs",
    "characters",
]


def corpus_tokens(
    articles: Iterable[Article],
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.tokenize`'s table per article, with ``article`` first; many articles per Kiwi batch."""
    return tokenize_many(articles, dictionary=dictionary)


def corpus_terms(
    documents: Iterable[tuple[Article, pd.DataFrame]], *, stopwords: Iterable[str] = ()
) -> Iterator[pd.DataFrame]:
    """Term counts per article from ``(article, tokens)`` pairs (:func:`kornews.tokenized`).

    Columns: ``article, term, tag, count`` (as :func:`kornews.term_counts`, each article's
    outlet and reporter names dropped too); per article sorted by count, then term.
    """
    stopwords = frozenset(stopwords)

    def counts(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
        table = term_counts(tokens, stopwords=news_stopwords(article, extra=stopwords))
        # term, tag, count come first (the per-section counts after): a slice, where a selection
        # by name costs a short article more than its terms do.
        return table.iloc[:, : len(CORPUS_TERM_COLUMNS) - 1]

    return _per_article(counts, documents)


def corpus_figures(documents: Iterable[tuple[Article, pd.DataFrame]]) -> Iterator[pd.DataFrame]:
    """:func:`kornews.figures`'s table per article from ``(article, tokens)`` pairs
    (:func:`kornews.tokenized`), with ``article`` first."""
    return _per_article(figures, documents)


def corpus_quotes(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    entities: Iterable[pd.DataFrame] | None = None,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.quotes`' table per article from ``(article, tokens)`` pairs, with ``article`` first.

    ``entities``: :func:`corpus_entities`' tables of the same articles in the same order, when the
    caller has them (the store's index does): quotes then reads them instead of making them again.
    """
    if entities is None:
        return _per_article(quotes, documents)
    named = iter(entities)

    def quoted(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
        table = next(named)
        if (table["article"] != article.name).any():
            raise ValueError(f"the entity tables are not in the articles' order at {article.name}")
        return quotes(tokens, article, entities=table.drop(columns="article"))

    quoted.__name__ = "quotes"
    return _per_article(quoted, documents)


def corpus_entities(documents: Iterable[tuple[Article, pd.DataFrame]]) -> Iterator[pd.DataFrame]:
    """:func:`kornews.entities`' table per article from ``(article, tokens)`` pairs, with ``article`` first."""
    return _per_article(entities, documents)


def _per_article(
    analysis: Callable[[pd.DataFrame, Article], pd.DataFrame],
    documents: Iterable[tuple[Article, pd.DataFrame]],
) -> Iterator[pd.DataFrame]:
    """``analysis`` of each article, with ``article`` first. A failure names its article: in a
    folder of thousands, the message must say which one to look at."""
    for article, tokens in documents:
        try:
            table = analysis(tokens, article)
        except ArticleError:
            raise
        except Exception as error:
            raise ArticleError(
                f"{article.name}: {getattr(analysis, '__name__', 'analysis')} failed "
                f"({type(error).__name__}: {str(error)[:200]})"
            ) from error
        table.insert(0, "article", article.name)
        yield table


def analysed(
    articles: Iterable[Article],
    analysis: Analysis,
    *,
    dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    chunk_size: int = CHUNK_SIZE,
    client=None,
    progress: bool = True,
) -> Iterator[pd.DataFrame]:
    """``analysis`` (:func:`corpus_terms`, :func:`corpus_figures`, … or a ``functools.partial``
    of one) over ``articles``, a chunk of ``chunk_size`` at a time, each chunk tokenized (one
    Kiwi batch) and analysed where it runs: here, or on the workers of ``client`` (a
    ``distributed.Client``: one Kiwi per worker process). The tables come in the articles' order,
    the ones a serial run gives; ``progress``: a bar (on a terminal) counting articles done.
    A store (:class:`kornews.store.StoredCorpus`) is refused: its token tables are read, not
    made again, with the corpus functions themselves."""
    if hasattr(articles, "documents"):
        raise ArticleError(
            "a store is tokenized already: it is read here, not on Dask "
            "(no --workers, --scheduler or client)"
        )
    words = (
        dictionary if isinstance(dictionary, UserDictionary) else UserDictionary.load(dictionary)
    )
    bar = tqdm(total=_length(articles), unit="article", delay=1, disable=None if progress else True)
    work = partial(_analyse_chunk, analysis=analysis, dictionary=words)
    with bar:
        for tables in run(chunks(articles, chunk_size), work, client=client, bar=bar):
            yield from tables


def _analyse_chunk(
    articles: list[Article], *, analysis: Analysis, dictionary: UserDictionary
) -> list[pd.DataFrame]:
    """One chunk's tables: the unit of work a Dask worker runs."""
    documents = tokenized(articles, dictionary=dictionary, chunk_size=len(articles))
    return list(analysis(documents))


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
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def term_totals(terms: pd.DataFrame) -> pd.DataFrame:
    """Corpus-wide counts from :func:`corpus_terms`' rows: ``term, count, articles`` (how many
    articles use it), sorted by count, then articles (both descending), then term."""
    table = (
        terms.groupby("term")
        .agg(count=("count", "sum"), articles=("article", "nunique"))
        .reset_index()
    )
    return table.sort_values(
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
    per_kind = pd.crosstab(figures_table["article"], figures_table["kind"]).reindex(
        list(articles), fill_value=0
    )
    per_kind.index.name, per_kind.columns.name = "article", "kind"
    common = per_kind.sum().sort_index().sort_values(ascending=False, kind="stable").index[:top]
    rest = (
        {"rest": per_kind.drop(columns=common).sum(axis=1)} if len(per_kind.columns) > top else {}
    )
    return per_kind[common].assign(**rest, all=per_kind.sum(axis=1))


def progress(articles: Iterable[Article]) -> Iterable[Article]:
    """``articles`` with a progress bar on stderr, shown on a terminal for runs over a second."""
    # disable=None lets tqdm show the bar only on a terminal.
    return tqdm(articles, total=_length(articles), unit="article", delay=1, disable=None)


def _length(articles: Iterable[Article]) -> int | None:
    return len(articles) if hasattr(articles, "__len__") else None
