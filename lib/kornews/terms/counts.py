"""How often each term occurs, in the article and in each section, and the terms that set each
section apart (weighted log-odds)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..rows import column
from ..schema import conformed, dtype, typed
from .tokens import term_columns, term_tokens


def section_counts(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """How often each term occurs in each section (long form; zero counts left out).

    Columns: ``section``, ``term``, ``count``. Sorted by section, count (descending), term.
    """
    terms = term_tokens(tokens, stopwords=stopwords)
    # Counted in one pass over the columns, not a groupby.
    counts = Counter(zip(terms["section"].tolist(), terms["term"].tolist()))
    rows = sorted(counts.items(), key=lambda row: (row[0][0], -row[1], row[0][1]))
    table = pd.DataFrame(
        {
            "section": np.array(
                [section for (section, _), _ in rows], dtype=terms["section"].dtype
            ),
            "term": pd.array([term for (_, term), _ in rows], dtype=terms["term"].dtype),
            "count": np.array([n for _, n in rows], dtype=np.int64),
        }
    )
    return conformed("section_counts", table)


class TermCount(NamedTuple):
    """One row of :func:`term_counts`: a term, its tag, its count and its count in each section."""

    term: str
    tag: str
    count: int
    sections: list[int]


def term_counts(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> pd.DataFrame:
    """One row per term: its tag, its count in the article and in each section.

    Columns:
        term: the term's form (a compound's nouns joined, as written).
        tag: the term's most frequent tag (NNG, NNP or SL); ties go to the first tag by name.
        count: occurrences in the title, headings and body.
        section_0, section_1, ...: occurrences in each section (section_0 is the lead,
            with the title); one column for every section in the token table.
    Sorted by count (descending), then term.
    """
    rows = term_count_rows(tokens, stopwords=stopwords)
    return pd.DataFrame(
        {
            "term": pd.array([row.term for row in rows], dtype=dtype("terms", "term")),
            "tag": pd.array([row.tag for row in rows], dtype=dtype("terms", "tag")),
            "count": np.array([row.count for row in rows], dtype=dtype("terms", "count")),
            **{
                f"section_{s}": np.array([row.sections[s] for row in rows], dtype=np.int64)
                for s in range(_sections(tokens))
            },
        }
    )


def term_count_rows(tokens: pd.DataFrame, *, stopwords: Iterable[str] = ()) -> list[TermCount]:
    """The rows of :func:`term_counts`' table, as records, in its order: what a corpus verb
    gathers over many articles into one table."""
    terms = term_columns(tokens, stopwords=stopwords)  # the columns, not term_tokens' table
    sections = _sections(tokens)
    # Counted in one pass over the columns: a groupby and an unstack cost more than Kiwi's pass.
    tags = _term_tags(terms.term, terms.tag)
    per_section: dict[str, list[int]] = {term: [0] * sections for term in tags}
    for term, section in zip(terms.term, terms.section):
        per_section[term][section] += 1
    totals = {term: sum(counts) for term, counts in per_section.items()}
    return [
        TermCount(term, tags[term], totals[term], per_section[term])
        for term in sorted(tags, key=lambda term: (-totals[term], term))
    ]


def _sections(tokens: pd.DataFrame) -> int:
    """How many sections the token table's columns count (one when it has no token)."""
    return int(column(tokens, "section").max()) + 1 if len(tokens) else 1


def _term_tags(found: list[str], tags: list[str]) -> dict[str, str]:
    """Each term's most frequent tag (ties go to the first tag by name), from :func:`term_tokens`'
    term and tag columns."""
    best: dict[str, tuple[int, str]] = {}
    for (term, tag), n in sorted(Counter(zip(found, tags)).items()):
        if term not in best or n > best[term][0]:
            best[term] = (n, tag)
    return {term: tag for term, (_, tag) in best.items()}


def distinctive_terms(
    tokens: pd.DataFrame, *, top: int = 10, stopwords: Iterable[str] = ()
) -> pd.DataFrame:
    """The terms that set each section apart from the rest of the article.

    Method: weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
    Quinn 2008, "Fightin' Words"), each section against all the other sections together.
    The prior is the whole article's term counts (as in the R package tidylo), so a term
    counts as distinctive only when the section uses it more than the article's own rate
    explains, and the z-score discounts terms seen once or twice. TF-IDF was not used: with
    a handful of sections as the documents, IDF takes only a few values, is zero for every
    term found in all sections (however unevenly) and ranks one-off words highest.

    Columns:
        section: section number.
        term: the term.
        count: its occurrences in the section.
        score: the z-score of the log-odds (section vs. the rest of the article).
        rank: 1 for the most distinctive term of the section.
    At most ``top`` rows per section, only terms the section over-uses (score > 0).
    Sorted by section and rank; ties in score go to the higher count, then the term.
    """
    counts = section_counts(tokens, stopwords=stopwords)
    if counts.empty:
        return typed("distinctive_terms")
    total = counts.groupby("term")["count"].transform("sum")
    n_section = counts.groupby("section")["count"].transform("sum")
    n_all = counts["count"].sum()
    prior, prior_all = total, n_all  # alpha_w and alpha_0: the article's own counts
    y_i, y_j, n_j = counts["count"], total - counts["count"], n_all - n_section
    delta = np.log((y_i + prior) / (n_section + prior_all - y_i - prior)) - np.log(
        (y_j + prior) / (n_j + prior_all - y_j - prior)
    )
    score = delta / np.sqrt(1 / (y_i + prior) + 1 / (y_j + prior))
    table = counts.assign(score=score)
    table = table[table["score"] > 0].sort_values(
        ["section", "score", "count", "term"], ascending=[True, False, False, True]
    )
    table["rank"] = table.groupby("section").cumcount() + 1
    return conformed("distinctive_terms", table[table["rank"] <= top].reset_index(drop=True))
