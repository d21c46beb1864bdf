"""Adjacent-noun bigrams and the collocations among them (log-likelihood ratio G², PMI)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from ..schema import conformed, typed
from .tokens import term_tokens


def noun_bigrams(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """Each pair of terms that are adjacent morphemes of one sentence (스마트 서울, 서울 네트워크).

    Nothing may stand between the two: a particle, a number or a stopword breaks the pair.
    Columns: ``term``, ``next_term`` (the one after it), ``section``, ``sentence``, ``start``
    (of ``term``), ``end`` (of ``next_term``). In text order.
    """
    terms = term_tokens(tokens, stopwords=stopwords)
    nxt = terms.shift(-1)
    pairs = (nxt["token"] == terms["token"] + terms["tokens"]) & (
        nxt["sentence"] == terms["sentence"]
    )
    lead, after = terms[pairs], nxt[pairs]
    table = pd.DataFrame(
        {
            "term": lead["term"].to_numpy(),
            "next_term": after["term"].to_numpy(),
            "section": lead["section"].to_numpy(),
            "sentence": lead["sentence"].to_numpy(),
            "start": lead["start"].to_numpy(),
            "end": after["end"].to_numpy().astype(int),
        }
    )
    return conformed("noun_bigrams", table)


def collocations(
    tokens: pd.DataFrame, *, min_count: int = 2, stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """Adjacent-noun bigrams seen at least ``min_count`` times, scored as collocations.

    Scored by Dunning's log-likelihood ratio (G²), which stays sensible for the small counts
    of one article, where PMI favours pairs of rare words; PMI is given alongside. Both use
    the 2x2 table of the bigram's first and second term over all adjacent-noun bigrams.

    Columns:
        term, next_term: the two terms, in text order.
        bigram: ``term next_term``.
        count: how often the pair occurs; term_leads, next_term_follows: in how many bigrams
            ``term`` stands first and ``next_term`` second.
        pmi: pointwise mutual information, log2.
        llr: log-likelihood ratio G².
    Sorted by llr (descending), count (descending), term, next_term.
    """
    pairs = noun_bigrams(tokens, stopwords=stopwords)
    n = len(pairs)
    table = pairs.groupby(["term", "next_term"]).size().rename("count").reset_index()
    table["term_leads"] = table["term"].map(pairs["term"].value_counts()).astype(int)
    table["next_term_follows"] = (
        table["next_term"].map(pairs["next_term"].value_counts()).astype(int)
    )
    table = table[table["count"] >= min_count]
    if table.empty:
        return typed("collocations")
    table["bigram"] = table["term"] + " " + table["next_term"]
    cells = list(zip(table["count"], table["term_leads"], table["next_term_follows"]))
    table["pmi"] = [math.log2(c * n / (a * b)) for c, a, b in cells]
    table["llr"] = [_g2(c, a, b, n) for c, a, b in cells]
    table = table.sort_values(
        ["llr", "count", "term", "next_term"], ascending=[False, False, True, True]
    )
    return conformed("collocations", table.reset_index(drop=True))


def _g2(both: int, first: int, second: int, n: int) -> float:
    """Dunning's G² for a 2x2 table given the joint count, the two marginals and the total."""
    observed = [both, first - both, second - both, n - first - second + both]
    expected = [
        first * second / n,
        first * (n - second) / n,
        (n - first) * second / n,
        (n - first) * (n - second) / n,
    ]
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o > 0)
