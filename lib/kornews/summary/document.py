"""The CLI's JSON of a summary: each section's sentences, key terms and counts."""

from __future__ import annotations

import pandas as pd

from ..article import Article
from ..terms import distinctive_terms, news_stopwords
from .pagerank import DAMPING
from .ranking import summarize
from .stats import section_stats


def summary_document(
    tokens: pd.DataFrame, article: Article, *, top: int = 5, damping: float = DAMPING
) -> list[dict]:
    """The CLI's JSON: in section order, ``{section, heading, sentences, key_terms, stats}``.

    ``heading`` is None for the lead; ``sentences`` are the summary's texts in article
    order; ``key_terms`` the section's ``top`` distinctive terms; ``stats`` the
    :func:`section_stats` counts.
    """
    summary = summarize(tokens, article, damping=damping)
    terms = key_terms(tokens, article, top=top)
    stats = section_stats(tokens, article)
    return [
        {
            "section": int(row.section),
            "heading": section.heading.text if section.heading else None,
            "sentences": summary.loc[summary["section"] == row.section, "text"].tolist(),
            "key_terms": terms.loc[terms["section"] == row.section, "term"].tolist(),
            "stats": {
                name: int(getattr(row, name))
                for name in ("paragraphs", "sentences", "tokens", "figures")
            },
        }
        for section, row in zip(article.sections, stats.itertuples(index=False))
    ]


def key_terms(tokens: pd.DataFrame, article: Article, *, top: int = 5) -> pd.DataFrame:
    """Each section's most distinctive terms (:func:`kornews.terms.distinctive_terms`,
    with the outlet's and reporter's names as stopwords).

    Columns: section, term, count, score, rank (as distinctive_terms returns them).
    """
    return distinctive_terms(tokens, top=top, stopwords=news_stopwords(article))
