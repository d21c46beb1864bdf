"""A token table's sentences: their rows and their table."""

from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from ..article import Article
from ..rows import column, values
from ..schema import conformed

SENTENCE_COLUMNS = ["section", "part", "paragraph", "sentence", "start", "end", "text"]


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
    # Read as a list once: NumPy's calls on a short article's rows cost more than the list's.
    numbers = values(column(tokens, "sentence"))
    ordered = tokens
    if numbers != sorted(numbers):
        ordered = tokens.sort_values("sentence", kind="stable")
        numbers = values(column(ordered, "sentence"))
    edges = [0]
    while edges[-1] < len(numbers):  # each sentence's last row found by bisection
        edges.append(bisect_right(numbers, numbers[edges[-1]], edges[-1]))
    return ordered, [slice(a, b) for a, b in zip(edges, edges[1:])]
