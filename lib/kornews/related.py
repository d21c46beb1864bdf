"""Related terms (연관어) over a corpus: which terms are written in the same sentences as others.

Every sentence (or paragraph) of every article is one unit; a term counts once per unit. A
pair's association is Dunning's log-likelihood G² over the 2x2 table of units (both, one, the
other, neither): unlike raw counts it does not rank the words every sentence holds first, and
unlike PMI it does not rank a word seen once with the term first, since G² grows with the
evidence. Only pairs seen together more often than chance (``both > expected``) and at least
``min_count`` times are kept. PMI (log2 of observed over expected) is given too, to read.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import NamedTuple

import pandas as pd

from .article import Article
from .schema import conformed, names
from .terms import _g2, news_stopwords, term_tokens
from .terms.stoplist import Stoplist, stoplisted

UNITS = ("sentence", "paragraph")
RELATED_COLUMNS = names("related_terms")


def term_units(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    within: str = "sentence",
    stopwords: Iterable[str] = (),
) -> Iterator[frozenset[str]]:
    """The set of terms (:func:`kornews.term_tokens`, news stopwords and each article's outlet and
    reporter left out) of each sentence or paragraph (the title and each heading count as one
    paragraph of their own) of ``(article, tokens)`` pairs, in text order; units without terms too."""
    if within not in UNITS:
        raise ValueError(f"within must be 'sentence' or 'paragraph', not {within!r}")
    extra = frozenset(stopwords)
    for article, tokens in documents:
        # Plain dicts, not a groupby: this runs once per article of corpora of thousands.
        unit_of = dict(zip(tokens["sentence"].tolist(), tokens["paragraph"].tolist()))
        if within == "sentence":
            unit_of = {sentence: sentence for sentence in unit_of}
        else:  # a title or heading (paragraph -1) is a unit of its own
            unit_of = {s: p if p >= 0 else -1 - s for s, p in unit_of.items()}
        terms = term_tokens(tokens, stopwords=news_stopwords(article, extra=extra))
        found: dict[int, set[str]] = {unit: set() for unit in unit_of.values()}
        for sentence, each in zip(terms["sentence"].tolist(), terms["term"].tolist()):
            found[unit_of[sentence]].add(each)
        yield from (frozenset(each) for each in found.values())


def related_terms(
    documents: Iterable[tuple[Article, pd.DataFrame]],
    *,
    term: str | None = None,
    within: str = "sentence",
    min_count: int = 3,
    top: int | None = 30,
    stopwords: Iterable[str] = (),
    stoplist: Stoplist = True,
) -> pd.DataFrame:
    """The terms most associated with ``term`` over ``(article, tokens)`` pairs
    (:func:`kornews.tokenized`); with ``term`` None, the most associated pairs of the corpus.

    Columns:
        term: the query term (with ``term`` None: the first of the pair in name order).
        related: the other term.
        both: units (sentences or paragraphs, ``within``) holding both.
        term_units, related_units: units holding each.
        units: all units of the corpus.
        expected: ``term_units * related_units / units``, what chance alone would give.
        g2: Dunning's log-likelihood G², the ranking score.
        pmi: log2(both / expected).
    Rows: pairs with ``both >= min_count`` and ``both > expected``; the ``top`` (all when None)
    by g2 (descending), then term, then related; no pair of the filler of
    :func:`kornews.corpus_stopwords` (이번, 진행) but the ``term`` asked for, unless
    ``stoplist=False`` (or the words given instead: :func:`kornews.terms.stoplisted`; the units
    still hold them: every count is the same either way).
    """
    units = term_units(documents, within=within, stopwords=stopwords)
    return associations(units, term, min_count=min_count, top=top, stoplist=stoplist)


def associations(
    units: Iterable[frozenset[str]],
    term: str | None = None,
    *,
    min_count: int = 3,
    top: int | None = 30,
    stoplist: Stoplist = True,
) -> pd.DataFrame:
    """:func:`related_terms`' table from the term sets of :func:`term_units`: read a corpus's
    units once (``list(term_units(documents))``), then ask about as many terms as needed."""
    filler = stoplisted(stoplist, keep=[term] if term else [])
    total = 0
    single: Counter = Counter()
    pairs: Counter = Counter()
    for found in units:
        total += 1
        single.update(found)
        if term is None:
            pairs.update(combinations(sorted(found), 2))
        elif term in found:
            pairs.update((term, other) for other in found if other != term)
    rows = []
    for (first, second), both in pairs.items():
        if first in filler or second in filler:
            continue
        expected = single[first] * single[second] / total
        if both >= min_count and both > expected:
            g2 = _g2(both, single[first], single[second], total)
            pmi = math.log2(both / expected)
            rows.append(
                (first, second, both, single[first], single[second], total, expected, g2, pmi)
            )
    table = conformed("related_terms", pd.DataFrame(rows, columns=RELATED_COLUMNS))
    table = table.sort_values(
        ["g2", "term", "related"], ascending=[False, True, True], ignore_index=True
    )
    return table if top is None else table.head(top)


def related_graph(related: pd.DataFrame):
    """A networkx Graph of a :func:`related_terms` table: a node per term (``units`` as
    attribute), an edge per row (``both``, ``g2`` and ``weight`` = g2 as attributes); in row order."""
    import networkx as nx

    graph = nx.Graph()
    for row in related.itertuples():
        graph.add_node(row.term, units=row.term_units)
        graph.add_node(row.related, units=row.related_units)
        graph.add_edge(row.term, row.related, both=row.both, g2=row.g2, weight=row.g2)
    return graph


class LeadingTerm(NamedTuple):
    """The term written in the most units of a corpus, and in how many of how many."""

    term: str
    units: int
    total: int


def leading_term(
    units: Iterable[frozenset[str]], *, stoplist: Stoplist = True
) -> LeadingTerm | None:
    """The term of the most units (sentences, :func:`term_units`), ties broken by the term's
    order (가나다), so the same corpus always gives the same term; None when no unit holds a
    term. Like every ranking of a folder, never the filler of :func:`kornews.corpus_stopwords`
    unless ``stoplist=False`` (or the words given instead). Notebook 07 lists this term's
    related terms when the reader names none."""
    filler = stoplisted(stoplist)
    total = 0
    single: Counter = Counter()
    for found in units:
        total += 1
        single.update(found - filler)
    if not single:
        return None
    term, count = min(single.items(), key=lambda item: (-item[1], item[0]))
    return LeadingTerm(term, count, total)
