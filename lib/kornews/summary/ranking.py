"""Each section's sentences ranked by LexRank, and the summary: the top of each section."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..article import Article
from ..schema import names, typed
from .pagerank import DAMPING, _pagerank, _pagerank_factored
from .similarity import _cosine, _sentence_vectors

MAX_SENTENCES = 3
# About one summary sentence per four: a quarter is the usual extractive compression rate.
SENTENCES_PER_PICK = 4
# Scores equal to this many decimals are a tie (floating-point noise must not reorder them).
_SCORE_DECIMALS = 12
# A section of up to this many sentences is solved exactly on its dense similarity matrix (8 MB);
# beyond, power iteration on the factored matrix, stopped far below the rounding of ties.
MAX_EXACT = 1000

SCORE_COLUMNS = names("sentence_scores")
SUMMARY_COLUMNS = names("summarize")


def summary_size(n: int) -> int:
    """How many sentences summarise a section of ``n`` body sentences.

    ``ceil(n / 4)``, at most 3: one for a short section (up to four sentences), two from
    five to eight, three from nine on. A one-sentence section summarises to itself; for
    two or more sentences this never exceeds half of them; an empty section gets none.
    """
    if n < 0:
        raise ValueError(f"a section cannot have {n} sentences")
    return min(MAX_SENTENCES, math.ceil(n / SENTENCES_PER_PICK))


def sentence_scores(
    tokens: pd.DataFrame, article: Article, *, damping: float = DAMPING
) -> pd.DataFrame:
    """Every candidate sentence with its LexRank score inside its section.

    Columns:
        section, sentence, start, end, text: as in :func:`kornews.sentences`; a sentence
            broken over lines (:mod:`.lines`) is one row, numbered as its first line's, from
            that line's start to its last line's end.
        score: PageRank score within the section (a section's scores sum to 1).
        rank: 1 for the most central sentence of its section; ties go to the earlier one.
        selected: whether the sentence is in the summary (rank <= summary_size(n)).
    Rows are in article order. Sections without body sentences have no rows.
    """
    return typed("sentence_scores", _scored(tokens, article, damping))


def _scored(tokens: pd.DataFrame, article: Article, damping: float) -> dict[str, Sequence]:
    """:func:`sentence_scores`' columns, each a list or an array: a table is made once, at the edge."""
    candidates, vectors = _sentence_vectors(tokens, article)
    sections = np.array(candidates.section, dtype=np.int64)
    scores = np.zeros(len(sections))
    ranks = np.zeros(len(sections), dtype=int)
    sizes = np.zeros(len(sections), dtype=int)
    for section in np.unique(sections):  # each section's rows, as groupby("section") gives them
        rows = np.flatnonzero(sections == section)
        if len(rows) <= MAX_EXACT:
            scores[rows] = _pagerank(_cosine(vectors, rows), damping)
        else:
            scores[rows] = _pagerank_factored(vectors.of(rows), len(rows), damping)
        order = np.lexsort((rows, -np.round(scores[rows], _SCORE_DECIMALS)))
        ranks[rows[order]] = np.arange(1, len(rows) + 1)
        sizes[rows] = summary_size(len(rows))
    return {
        "section": sections,
        "sentence": candidates.sentence,
        "start": candidates.start,
        "end": candidates.end,
        "text": candidates.text,
        "score": scores,
        "rank": ranks,
        "selected": ranks <= sizes,
    }


def summarize(tokens: pd.DataFrame, article: Article, *, damping: float = DAMPING) -> pd.DataFrame:
    """Each section's summary sentences, verbatim, in article order.

    Columns: section, sentence, start, end, text, score, rank (as in :func:`sentence_scores`).
    """
    scored = _scored(tokens, article, damping)
    chosen = np.flatnonzero(scored["selected"]).tolist()
    return typed(
        "summarize", {name: [scored[name][at] for at in chosen] for name in SUMMARY_COLUMNS}
    )
