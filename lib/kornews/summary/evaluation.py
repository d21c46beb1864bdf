"""ROUGE-1 of the summaries against the headings and the title, beside the lead-k baseline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pandas as pd

from ..article import Article
from ..schema import conformed, names, typed
from .content import content_terms
from .lines import line_heads
from .pagerank import DAMPING
from .ranking import sentence_scores

EVALUATION_COLUMNS = names("evaluate_summary")


def rouge1(candidate: Sequence[str], reference: Sequence[str]) -> tuple[float, float, float]:
    """ROUGE-1 (precision, recall, F1) of two term sequences, counts clipped (Lin 2004).

    Every value is 0.0 when either side is empty, as in Google's rouge-score.
    """
    overlap = sum((Counter(candidate) & Counter(reference)).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / len(candidate), overlap / len(reference)
    return precision, recall, 2 * precision * recall / (precision + recall)


def evaluate_summary(
    tokens: pd.DataFrame, article: Article, *, damping: float = DAMPING
) -> pd.DataFrame:
    """ROUGE-1 of each section's summary against its heading (the lead's: the title),
    beside the lead-k baseline (the section's first k sentences, the same k).

    Terms are content morphemes by lemma (:func:`content_terms`).
    Columns: section, method ("lexrank" or "lead-k"), k, precision, recall, f1.
    Two rows per section with body sentences, in section order; empty sections have none.
    """
    terms = content_terms(tokens)
    scores = sentence_scores(tokens, article, damping=damping)
    # A sentence broken over lines is numbered as its first line: its other lines' terms are its.
    heads = line_heads(tokens, article.text)
    sentence = terms["sentence"].replace(heads) if heads else terms["sentence"]
    rows = []
    for section, group in scores.groupby("section", sort=True):
        part = "title" if section == 0 else "heading"
        reference = terms[(terms["section"] == section) & (terms["part"] == part)]["term"].tolist()
        k = int(group["selected"].sum())
        for method, chosen in (
            ("lexrank", group[group["selected"]]),
            ("lead-k", group[_lead_k(group)]),
        ):
            summary = terms[sentence.isin(chosen["sentence"])]["term"].tolist()
            rows.append((section, method, k, *rouge1(summary, reference)))
    return conformed("evaluate_summary", pd.DataFrame(rows, columns=EVALUATION_COLUMNS))


def method_overview(evaluation: pd.DataFrame) -> pd.DataFrame:
    """The methods of :func:`evaluate_summary` side by side, one row per method.

    Columns: method; sections (evaluated); wins (sections where its F1 is higher than the
    other method's), ties; mean precision, recall and f1 over the sections. Sorted by method.
    """
    if evaluation.empty:
        return typed("method_overview")
    f1 = evaluation.pivot(index="section", columns="method", values="f1")
    best = f1.max(axis=1)
    tied = f1.eq(best, axis=0).sum(axis=1) > 1
    means = evaluation.groupby("method")[["precision", "recall", "f1"]].mean()
    table = means.assign(
        sections=f1.notna().sum(),
        wins=f1.eq(best, axis=0)[~tied].sum(),
        ties=int(tied.sum()),
    )
    table = table.rename_axis("method").reset_index().sort_values("method", ignore_index=True)
    return conformed("method_overview", table)


def chosen_lengths(scores: pd.DataFrame) -> pd.DataFrame:
    """Mean length in characters of the sentences each method picks, from :func:`sentence_scores`.

    Columns: ``method`` (lexrank, lead-k, all: every candidate), ``sentences``, ``characters``
    (the mean; missing when there are no sentences).
    """
    picks = {
        "lexrank": scores[scores["selected"]],
        "lead-k": scores[_lead_k(scores)],
        "all": scores,
    }
    table = pd.DataFrame(
        [
            (method, len(chosen), chosen["text"].str.len().mean() if len(chosen) else None)
            for method, chosen in picks.items()
        ],
        columns=names("chosen_lengths"),
    )
    return conformed("chosen_lengths", table)


def _lead_k(scores: pd.DataFrame) -> pd.Series:
    """The lead-k baseline as a mask: each section's first k sentences, k its summary's size."""
    sections = scores.groupby("section")
    return sections.cumcount() < sections["selected"].transform("sum")
