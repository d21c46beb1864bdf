"""Tables over many articles: each is the one-article table with ``article`` (its name) first.

The functions stream: they take any iterable of articles (a :class:`kornews.Corpus` reads
them one at a time) and yield one article's table as soon as it is done, so memory holds a
chunk of articles, not the corpus. ``pd.concat(...)`` of the result gives one tidy table.
With ``progress=True`` a progress bar on stderr shows runs that take more than a second.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import tee

import pandas as pd
from tqdm import tqdm

from .article import Article
from .figures import figures
from .terms import news_stopwords, term_counts
from .tokens import DEFAULT_DICTIONARY, UserDictionary, tokenize_many

CORPUS_TERM_COLUMNS = ["article", "term", "tag", "count"]
ARTICLE_COLUMNS = ["article", "title", "outlet", "reporter", "sections", "paragraphs", "characters"]


def corpus_tokens(
    articles: Iterable[Article], *, dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    progress: bool = False,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.tokenize`'s table per article, with ``article`` first; many articles per Kiwi batch."""
    return tokenize_many(_progress(articles, progress), dictionary=dictionary)


def corpus_terms(
    articles: Iterable[Article], *, dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    stopwords: Iterable[str] = (), progress: bool = False,
) -> Iterator[pd.DataFrame]:
    """Term counts per article. Columns: ``article, term, tag, count`` (as :func:`kornews.term_counts`,
    each article's outlet and reporter names dropped too); per article sorted by count, then term."""
    stopwords = frozenset(stopwords)
    for_names, for_tokens = tee(_progress(articles, progress))
    for article, tokens in zip(for_names, tokenize_many(for_tokens, dictionary=dictionary)):
        counts = term_counts(tokens, stopwords=news_stopwords(article, extra=stopwords))
        yield counts.assign(article=article.name)[CORPUS_TERM_COLUMNS]


def corpus_figures(
    articles: Iterable[Article], *, dictionary: str | os.PathLike | UserDictionary | None = DEFAULT_DICTIONARY,
    progress: bool = False,
) -> Iterator[pd.DataFrame]:
    """:func:`kornews.figures`'s table per article, with ``article`` first."""
    for article in _progress(articles, progress):
        table = figures(article, dictionary=dictionary)
        table.insert(0, "article", article.name)
        yield table


def corpus_articles(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article: ``article, title, outlet, reporter, sections, paragraphs,
    characters`` (of the body paragraphs), in input order."""
    rows = []
    for article in articles:
        paragraphs = [p for p in article.parts if p.kind == "paragraph"]
        rows.append((article.name, article.title, article.outlet, article.reporter, len(article.sections),
                     len(paragraphs), sum(len(p.text) for p in paragraphs)))
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def term_totals(terms: pd.DataFrame) -> pd.DataFrame:
    """Corpus-wide counts from :func:`corpus_terms`' rows: ``term, count, articles`` (how many
    articles use it), sorted by count, then articles (both descending), then term."""
    table = terms.groupby("term").agg(count=("count", "sum"), articles=("article", "nunique")).reset_index()
    return table.sort_values(["count", "articles", "term"], ascending=[False, False, True], ignore_index=True)


def _progress(articles: Iterable[Article], show: bool) -> Iterable[Article]:
    # disable=None lets tqdm show the bar only on a terminal.
    return tqdm(articles, total=_length(articles), unit="article", delay=1, disable=None if show else True)


def _length(articles: Iterable[Article]) -> int | None:
    return len(articles) if hasattr(articles, "__len__") else None
