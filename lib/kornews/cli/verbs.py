"""The article verbs: each one article's table, and per article over many."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path

import pandas as pd

from ..article import (
    Article,
    ArticleError,
    Corpus,
    parts_table,
    read_article,
    read_corpus,
    read_limited,
)
from ..corpus import (
    Analysis,
    analysed,
    corpus_entities,
    corpus_figures,
    corpus_quotes,
    corpus_terms,
    corpus_tokens,
    progress,
)
from ..duplicates import EDIT, FACTS, REWRITE, SHINGLE, duplicates, pairs_table
from ..entities import entities
from ..figures import figures
from ..quotes import quotes
from ..related import associations, term_units
from ..reuse import reuse
from ..summary import summarize, summary_document
from ..terms import news_stopwords, term_counts
from ..tokens import TOKEN_COLUMNS, tokenize, tokenized
from ..topics import (
    ARTICLES_PER_TOPIC,
    best_k,
    choose_k,
    topic_counts,
    topic_documents,
    topic_model,
    topic_overview,
)
from ..trends import UNDATED, trends

REPORT_HELP = "the reader's report of one article (its figures, people, dates, terms, sources and summaries) as HTML or PDF (--out, --lang)"


@dataclass(frozen=True)
class Verb:
    help: str
    table: Callable[[Article, argparse.Namespace], pd.DataFrame]
    # The JSON shape when it is not the table's records (parse prints the article's structure).
    document: Callable[[Article, argparse.Namespace], object] | None = None
    # Tables for many articles, one per article, each with an `article` column first.
    corpus: Callable[[Corpus, argparse.Namespace], Iterator[pd.DataFrame]] | None = None


def _tokens(article: Article, args: argparse.Namespace) -> pd.DataFrame:
    return tokenize(article, dictionary=args.dictionary)


def _documents(corpus: Corpus, args: argparse.Namespace):
    if hasattr(corpus, "documents"):  # a store: its token tables, no Kiwi
        return progress(corpus.documents())
    return tokenized(progress(corpus), dictionary=args.dictionary)


def _spread(analysis: Callable[[argparse.Namespace], Analysis]):
    """A corpus verb from ``analysis(args)``, a function of ``(article, tokens)`` pairs: over the
    articles tokenized here as they are read, or, with ``--workers`` or ``--scheduler``
    (``args.client``), a chunk at a time tokenized and analysed on Dask's workers. An article
    the analysis fails on goes to ``args.skip`` (``--skip-bad``), else stops the run."""

    def run(corpus: Corpus, args: argparse.Namespace) -> Iterator[pd.DataFrame]:
        if args.client is None:
            return analysis(args)(_documents(corpus, args), skip=args.skip)
        return analysed(
            corpus, analysis(args), dictionary=args.dictionary, client=args.client, skip=args.skip
        )

    return run


def _token_tables(corpus: Corpus, args: argparse.Namespace) -> Iterator[pd.DataFrame]:
    if hasattr(corpus, "documents"):
        return (
            tokens.assign(article=a.name)[["article", *TOKEN_COLUMNS]]
            for a, tokens in _documents(corpus, args)
        )
    return corpus_tokens(progress(corpus), dictionary=args.dictionary)


def _related(documents, args: argparse.Namespace) -> pd.DataFrame:
    units = list(term_units(documents, stopwords=args.stopwords))
    what = f"with {args.term!r}" if args.term else "together"
    why = f"no term is written {what} in 3 sentences or more, more often than chance"
    if args.term and not any(args.term in unit for unit in units):  # a term mistyped, or no term
        why = f"{args.term!r} is in no sentence of these articles as a term (kornews terms lists them)"
    return _noted(associations(units, args.term, stoplist=args.stoplist), why)


def _noted(table: pd.DataFrame, why: str) -> pd.DataFrame:
    """``table``, and when it has no row, ``why`` said on stderr (the columns still print)."""
    if table.empty:
        print(f"kornews: note: {why}", file=sys.stderr)
    return table


def _trends(documents, args: argparse.Namespace) -> pd.DataFrame:
    """The trends table, and on stderr what its rows of zeros stand for: the articles without a
    date (the ``undated`` rows) and the periods, between the first dated one and the last, that
    hold no article."""
    table = trends(
        documents,
        terms=args.terms,
        top=args.top,
        freq=args.freq,
        by_outlet=args.by_outlet,
        stopwords=args.stopwords,
        empty_periods=args.empty_periods,
        stoplist=args.stoplist,
    )
    held = table.drop_duplicates(["period", "outlet"] if args.by_outlet else ["period"])
    undated = int(held.loc[held["period"] == UNDATED, "articles"].sum())
    periods = held.loc[held["period"] != UNDATED].groupby("period")["articles"].sum()
    if undated:
        print(
            f"kornews: note: {undated} of {int(held['articles'].sum())} articles have no date: "
            f"counted apart, in the rows of period {UNDATED}",
            file=sys.stderr,
        )
    if (periods == 0).any():
        print(
            f"kornews: note: {int((periods == 0).sum())} of {len(periods)} periods from "
            f"{periods.index[0]} to {periods.index[-1]} hold no article (their counts are 0; "
            "--no-empty-periods leaves them out)",
            file=sys.stderr,
        )
    return table


def _topics(documents, args: argparse.Namespace) -> pd.DataFrame:
    """The topics at the k given, or at the k of the best coherence among several (each said on stderr)."""
    read = topic_documents(documents, stopwords=args.stopwords, stoplist=args.stoplist)
    k = args.topics[0]
    if len(args.topics) > 1:
        carried = topic_counts(read, ks=args.topics)
        if not carried:
            print(
                f"kornews: note: too few articles for a choice of topics ({len(read)}; at most "
                f"one topic per {ARTICLES_PER_TOPIC} articles): give one k with --topics K",
                file=sys.stderr,
            )
            return topic_overview(topic_model([], k=1))
        scores = choose_k(read, ks=carried)
        for row in scores.itertuples():
            print(f"kornews: note: k={row.k} coherence (c_v) {row.coherence:.3f}", file=sys.stderr)
        k = best_k(scores) or carried[0]
    topics = topic_model(read, k=k)
    if topics.shares.empty:
        print("kornews: note: no term occurs twice in these articles: no topics", file=sys.stderr)
    return topic_overview(topics)


def _analysis(help: str, analysis, corpus_analysis) -> Verb:
    """A verb printing ``analysis(tokens, article)``, and per article over many (``corpus_analysis``)."""
    return Verb(
        help,
        lambda article, args: analysis(_tokens(article, args), article),
        corpus=_spread(lambda args: corpus_analysis),
    )


def _whole(help: str, table: Callable[[Iterable, argparse.Namespace], pd.DataFrame]) -> Verb:
    """A verb printing one table over all its articles, ``table(documents, args)`` of their
    ``(article, tokens)`` pairs: for one article, that article's alone."""
    return Verb(
        help,
        lambda article, args: table([(article, _tokens(article, args))], args),
        corpus=lambda corpus, args: iter([table(_documents(corpus, args), args)]),
    )


# The verbs that run on Dask (--workers, --scheduler) over many articles.
SPREAD = ("terms", "figures", "quotes", "entities")


VERBS: dict[str, Verb] = {
    "figures": _analysis(
        "every number in the title, headings and body, normalised (value, unit, kind, approximate, measure)",
        figures,
        corpus_figures,
    ),
    "parse": Verb(
        "the article's parts: metadata, sections and footer",
        lambda article, args: parts_table(article),
        lambda article, args: article.to_dict(),
    ),
    "tokens": Verb(
        "one row per Kiwi morpheme, with its sentence and offsets",
        _tokens,
        corpus=_token_tables,
    ),
    "terms": Verb(
        "term counts (nouns, foreign words) in the article and in each section, news stopwords dropped",
        lambda article, args: term_counts(
            _tokens(article, args), stopwords=news_stopwords(article, extra=args.stopwords)
        ),
        corpus=_spread(lambda args: partial(corpus_terms, stopwords=args.stopwords)),
    ),
    "trends": _whole(
        "counts of terms per day, week or month (--freq), with the articles and tokens of each period; undated apart",
        _trends,
    ),
    "quotes": _analysis(
        "every quotation in the body (direct, indirect, split), with its verb and speaker (name, title, organisation, anonymous)",
        quotes,
        corpus_quotes,
    ),
    "entities": _analysis(
        "every mention of a person, organisation or place, short forms linked to full names (박 시장 -> 박원순)",
        entities,
        corpus_entities,
    ),
    "related": _whole(
        "related terms (연관어): terms written in the same sentences as --term (G², min. 3 sentences); without it, the most associated pairs",
        _related,
    ),
    "topics": _whole(
        "topics (tomotopy DMR, outlet and month as metadata): each topic's share, top terms and most typical article",
        _topics,
    ),
    "summary": Verb(
        "each section's summary sentences (LexRank), in article order; JSON adds headings, key terms, stats",
        lambda article, args: _noted(
            summarize(_tokens(article, args), article),
            "no sentence to summarise: the article's body is empty (a photo page, a page read "
            "as its title alone)",
        ),
        lambda article, args: summary_document(_tokens(article, args), article),
    ),
}


def _reuse(corpus: Corpus, args: argparse.Namespace) -> Iterator[pd.DataFrame]:
    """The corpus after SOURCE, aligned to SOURCE; source and corpus go to Kiwi together."""
    if len(args.paths) < 2:
        _needs_a_corpus(None, args)
    source = _read(args.paths[0], args.date)
    rest = progress(read_corpus(args.paths[1:], date=args.date))
    documents = tokenized(chain([source], rest), dictionary=args.dictionary)
    return reuse(next(documents), documents)


def _needs_a_corpus(article: Article | None, args: argparse.Namespace) -> pd.DataFrame:
    raise ArticleError("reuse takes a source article and a corpus: kornews reuse SOURCE CORPUS...")


VERBS["duplicates"] = Verb(
    "pairs of near-duplicate articles (exact, edit, rewrite) with their similarity and cluster; "
    "no Kiwi: character shingles, MinHash and LSH",
    lambda article, args: _noted(pairs_table([]), "one article has no copy: give a folder"),
    corpus=lambda corpus, args: iter(
        [
            _noted(
                duplicates(progress(corpus)),
                f"no two articles share enough of their bodies (an edit: {EDIT:.0%} of the "
                f"shorter body's {SHINGLE}-character pieces; a rewrite: {REWRITE:.0%} and "
                f"{FACTS:.0%} of its numbers)",
            )
        ]
    ),
)
VERBS["reuse"] = Verb(
    "SOURCE CORPUS: each article's body sentences aligned to the source's (share, differences "
    "marked); sentences not aligned are its own material",
    _needs_a_corpus,
    corpus=_reuse,
)


def _read(path: str, args_date: str | None = None) -> Article:
    if path == "-":
        return read_article(
            read_limited(sys.stdin.buffer, "<stdin>"), name="<stdin>", date=args_date
        )
    return read_article(Path(path), date=args_date)
