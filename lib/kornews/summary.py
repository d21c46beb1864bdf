"""Extractive section summaries: each section's most central sentences, in its own words.

Candidates are the body sentences of a section (``part == "paragraph"``); the title and
the ``◆`` headings are never candidates and never enter the ranking, so they stay an
independent reference for :func:`evaluate_summary`.

Method (continuous LexRank, Erkan & Radev 2004): each sentence is a vector of its content
morphemes (nouns, foreign words, Hanja, roots, verb and adjective stems by lemma), weighted
tf-idf with the idf taken over the article's body sentences, so words every section repeats
(the article's protagonist) weigh less than what sets a sentence apart. Similarity is the
cosine: symmetric (an undirected graph, as PageRank over sentences assumes), free of
parameters, and normalised for sentence length, unlike BM25, which is a query-to-document
score with two length parameters to choose. Inside each section, sentences are ranked by
PageRank on that similarity graph with the usual damping 0.85, solved exactly as a linear
system (no iteration count or tolerance to pick); ties go to the earlier sentence.

Memory stays bounded on huge sections: the tf-idf vectors are kept sparse, a section of up to
:data:`MAX_EXACT` sentences is ranked on its full similarity matrix, and a longer one by power
iteration on the factored matrix (similarities computed from the vectors at each step, never
stored: memory grows with the section's words, not with its sentences squared), to a tolerance
far below the rounding that decides ties. :func:`sentence_similarity`, a table of every pair,
covers the first :data:`MAX_SIMILARITY_SENTENCES` sentences.

Every function takes the article's token table (:func:`kornews.tokenize`) and the article.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .article import Article
from .figures import figures as figures_of
from .terms import NEWS_STOPWORDS, distinctive_terms, news_stopwords
from .tokens import sentences

DAMPING = 0.85
MAX_SENTENCES = 3
# About one summary sentence per four: a quarter is the usual extractive compression rate.
SENTENCES_PER_PICK = 4
# Tags whose morphemes carry content (Kiwi's irregular variants such as VV-R count too).
CONTENT_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XR", "VV", "VA"})
# Light verbs and verbs that make up compound postpositions (~에 의해, ~을 위해, ~을 통해):
# grammar, not content. Nouns use the term module's stopwords (등, 것, 년, 월, ...).
FUNCTION_VERBS = frozenset(
    {
        "하다",
        "되다",
        "있다",
        "없다",
        "않다",
        "의하다",
        "위하다",
        "통하다",
        "대하다",
        "인하다",
        "관하다",
    }
)
STOPWORDS = FUNCTION_VERBS | NEWS_STOPWORDS
# Scores equal to this many decimals are a tie (floating-point noise must not reorder them).
_SCORE_DECIMALS = 12
# A section of up to this many sentences is solved exactly on its dense similarity matrix (8 MB);
# beyond, power iteration on the factored matrix, stopped far below the rounding of ties.
MAX_EXACT = 1000
_TOLERANCE = 1e-14
_MAX_ITERATIONS = 10_000
# All pairs of n sentences are n² rows: the similarity table covers the article's first sentences.
MAX_SIMILARITY_SENTENCES = 100

SCORE_COLUMNS = ["section", "sentence", "start", "end", "text", "score", "rank", "selected"]
SUMMARY_COLUMNS = ["section", "sentence", "start", "end", "text", "score", "rank"]
SIMILARITY_COLUMNS = ["section", "sentence", "other_section", "other_sentence", "similarity"]
# Symbols that are words: foreign words, Hanja, numbers (the other S* tags are punctuation).
_WORD_SYMBOLS = frozenset({"SL", "SH", "SN"})
STATS_COLUMNS = ["section", "heading", "paragraphs", "sentences", "tokens", "figures"]
EVALUATION_COLUMNS = ["section", "method", "k", "precision", "recall", "f1"]


def summary_size(n: int) -> int:
    """How many sentences summarise a section of ``n`` body sentences.

    ``ceil(n / 4)``, at most 3: one for a short section (up to four sentences), two from
    five to eight, three from nine on. A one-sentence section summarises to itself; for
    two or more sentences this never exceeds half of them; an empty section gets none.
    """
    if n < 0:
        raise ValueError(f"a section cannot have {n} sentences")
    return min(MAX_SENTENCES, math.ceil(n / SENTENCES_PER_PICK))


def content_terms(tokens: pd.DataFrame) -> pd.DataFrame:
    """The content morphemes among ``tokens`` (a :func:`kornews.tokenize` table).

    Columns: those of ``tokens`` plus ``term``: the lemma (verbs and adjectives end in 다),
    case-folded so ICT and ict are one term. :data:`STOPWORDS` are dropped: light and
    postpositional verbs and :data:`kornews.terms.NEWS_STOPWORDS`.
    """
    base = tokens["tag"].str.split("-").str[0]
    terms = tokens["lemma"].str.casefold()
    keep = base.isin(CONTENT_TAGS) & ~terms.isin(STOPWORDS)
    return tokens[keep].assign(term=terms[keep])


def sentence_scores(
    tokens: pd.DataFrame, article: Article, *, damping: float = DAMPING
) -> pd.DataFrame:
    """Every candidate sentence with its LexRank score inside its section.

    Columns:
        section, sentence, start, end, text: as in :func:`kornews.sentences`.
        score: PageRank score within the section (a section's scores sum to 1).
        rank: 1 for the most central sentence of its section; ties go to the earlier one.
        selected: whether the sentence is in the summary (rank <= summary_size(n)).
    Rows are in article order. Sections without body sentences have no rows.
    """
    candidates, vectors = _sentence_vectors(tokens, article)
    scores = np.zeros(len(candidates))
    ranks = np.zeros(len(candidates), dtype=int)
    sizes = np.zeros(len(candidates), dtype=int)
    sections = candidates["section"].to_numpy()
    for section in np.unique(sections):  # each section's rows, as groupby("section") gives them
        rows = np.flatnonzero(sections == section)
        if len(rows) <= MAX_EXACT:
            scores[rows] = _pagerank(_cosine(vectors, rows), damping)
        else:
            scores[rows] = _pagerank_factored(vectors.of(rows), len(rows), damping)
        order = np.lexsort((rows, -np.round(scores[rows], _SCORE_DECIMALS)))
        ranks[rows[order]] = np.arange(1, len(rows) + 1)
        sizes[rows] = summary_size(len(rows))
    return candidates[["section", "sentence", "start", "end", "text"]].assign(
        score=scores, rank=ranks, selected=ranks <= sizes
    )


def summarize(tokens: pd.DataFrame, article: Article, *, damping: float = DAMPING) -> pd.DataFrame:
    """Each section's summary sentences, verbatim, in article order.

    Columns: section, sentence, start, end, text, score, rank (as in :func:`sentence_scores`).
    """
    scores = sentence_scores(tokens, article, damping=damping)
    return scores[scores["selected"]][SUMMARY_COLUMNS].reset_index(drop=True)


def sentence_similarity(tokens: pd.DataFrame, article: Article) -> pd.DataFrame:
    """The cosine similarity of every pair of candidate sentences in the article (the first
    :data:`MAX_SIMILARITY_SENTENCES` of them, in text order, in a longer article).

    Only pairs inside one section form the ranking graph; the rest show how sections relate.
    Columns: section, sentence (the row sentence), other_section, other_sentence (the column
    sentence), similarity (0 to 1; 0 on the diagonal, as the graph has no self-loops).
    Rows are ordered by sentence, then other_sentence.
    """
    candidates, vectors = _sentence_vectors(tokens, article)
    candidates = candidates.head(MAX_SIMILARITY_SENTENCES)
    n = len(candidates)
    matrix = _cosine(vectors, np.arange(n))
    rows, cols = np.repeat(np.arange(n), n), np.tile(np.arange(n), n)
    section, sentence = candidates["section"].to_numpy(), candidates["sentence"].to_numpy()
    return pd.DataFrame(
        {
            "section": section[rows],
            "sentence": sentence[rows],
            "other_section": section[cols],
            "other_sentence": sentence[cols],
            "similarity": matrix.ravel(),
        },
        columns=SIMILARITY_COLUMNS,
    )


def section_stats(
    tokens: pd.DataFrame, article: Article, *, figures: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per section (the lead is section 0), empty sections included. Every count is of
    the body paragraphs, the summary's candidates: the title (section 0's) and the headings are
    not counted, neither their sentences and tokens nor their figures. ``figures`` is the
    article's :func:`kornews.figures` table when the caller has it already (else it is made here).

    Columns:
        section: section number.
        heading: the ``◆`` heading's text; missing for the lead.
        paragraphs: body paragraphs.
        sentences: body sentences (the heading's are not counted).
        tokens: Kiwi morphemes of the body paragraphs, punctuation and symbols excluded.
        figures: figure expressions (:func:`kornews.figures`) in the body paragraphs; the
            title's and headings' are in :func:`kornews.figures` only, so it may count more.
    """
    # Counted in one pass over the columns: a sentence lies in one part of one section.
    columns = (tokens[name].tolist() for name in ("section", "part", "sentence", "tag"))
    body = [
        (section, sentence, tag)
        for section, part, sentence, tag in zip(*columns)
        if part == "paragraph"
    ]
    section_of = {sentence: section for section, sentence, _ in body}  # body sentences
    words = Counter(
        section for section, _, tag in body if not tag.startswith("S") or tag in _WORD_SYMBOLS
    )
    sentence_counts = Counter(section_of.values())
    found = figures_of(tokens, article) if figures is None else figures
    figure_counts = Counter(
        section
        for section, sentence in zip(found["section"].tolist(), found["sentence"].tolist())
        if sentence in section_of
    )
    return pd.DataFrame(
        [
            (
                s.index,
                s.heading.text if s.heading else None,
                len(s.paragraphs),
                sentence_counts[s.index],
                words[s.index],
                figure_counts[s.index],
            )
            for s in article.sections
        ],
        columns=STATS_COLUMNS,
    )


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
    rows = []
    for section, group in scores.groupby("section", sort=True):
        part = "title" if section == 0 else "heading"
        reference = terms[(terms["section"] == section) & (terms["part"] == part)]["term"].tolist()
        k = int(group["selected"].sum())
        for method, chosen in (
            ("lexrank", group[group["selected"]]),
            ("lead-k", group[_lead_k(group)]),
        ):
            summary = terms[terms["sentence"].isin(chosen["sentence"])]["term"].tolist()
            rows.append((section, method, k, *rouge1(summary, reference)))
    return pd.DataFrame(rows, columns=EVALUATION_COLUMNS)


def method_overview(evaluation: pd.DataFrame) -> pd.DataFrame:
    """The methods of :func:`evaluate_summary` side by side, one row per method.

    Columns: method; sections (evaluated); wins (sections where its F1 is higher than the
    other method's), ties; mean precision, recall and f1 over the sections. Sorted by method.
    """
    columns = ["method", "sections", "wins", "ties", "precision", "recall", "f1"]
    if evaluation.empty:
        return pd.DataFrame(columns=columns)
    f1 = evaluation.pivot(index="section", columns="method", values="f1")
    best = f1.max(axis=1)
    tied = f1.eq(best, axis=0).sum(axis=1) > 1
    means = evaluation.groupby("method")[["precision", "recall", "f1"]].mean()
    table = means.assign(
        sections=f1.notna().sum(),
        wins=f1.eq(best, axis=0)[~tied].sum(),
        ties=int(tied.sum()),
    )
    return (
        table.rename_axis("method").reset_index()[columns].sort_values("method", ignore_index=True)
    )


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
    return pd.DataFrame(
        [
            (method, len(chosen), chosen["text"].str.len().mean() if len(chosen) else None)
            for method, chosen in picks.items()
        ],
        columns=["method", "sentences", "characters"],
    )


def _lead_k(scores: pd.DataFrame) -> pd.Series:
    """The lead-k baseline as a mask: each section's first k sentences, k its summary's size."""
    sections = scores.groupby("section")
    return sections.cumcount() < sections["selected"].transform("sum")


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


@dataclass(frozen=True)
class _Vectors:
    """Unit-length tf-idf vectors, sparse: ``weight`` of term ``column`` in sentence ``row``."""

    row: np.ndarray
    column: np.ndarray
    weight: np.ndarray

    def of(self, rows: np.ndarray) -> _Vectors:
        """The vectors of ``rows`` (sorted candidate positions), renumbered 0, 1, ... and their
        terms renumbered too."""
        keep = np.isin(self.row, rows)
        _, column = np.unique(self.column[keep], return_inverse=True)
        return _Vectors(np.searchsorted(rows, self.row[keep]), column, self.weight[keep])


def _sentence_vectors(tokens: pd.DataFrame, article: Article) -> tuple[pd.DataFrame, _Vectors]:
    """The candidate sentences and their tf-idf vectors, scaled to unit length."""
    body = tokens[tokens["part"].to_numpy() == "paragraph"]
    candidates = sentences(body, article).reset_index(drop=True)
    # content_terms counted per (sentence, term) in one pass over the columns, in the order
    # groupby(["sentence", "term"]) gives: a table and a groupby per article cost more.
    columns = (body[name].tolist() for name in ("sentence", "tag", "lemma"))
    counted = Counter(
        (sentence, term)
        for sentence, tag, term in ((s, t, lemma.casefold()) for s, t, lemma in zip(*columns))
        if tag.split("-")[0] in CONTENT_TAGS and term not in STOPWORDS
    )
    pairs = sorted(counted)
    terms = {term: at for at, term in enumerate(sorted({term for _, term in pairs}))}
    row = np.searchsorted(
        candidates["sentence"].to_numpy(), np.array([s for s, _ in pairs], dtype=np.int64)
    )
    column = np.array([terms[term] for _, term in pairs], dtype=np.intp)
    counts = np.array([counted[pair] for pair in pairs], dtype=np.int64)
    # Smoothed idf (never zero, so a two-sentence article still has similarities).
    document_frequency = np.bincount(column)
    idf = np.log((1 + len(candidates)) / (1 + document_frequency)) + 1
    weight = counts * idf[column]
    norms = np.sqrt(np.bincount(row, weight**2, minlength=len(candidates)))
    return candidates, _Vectors(row, column, weight / norms[row])


def _cosine(vectors: _Vectors, rows: np.ndarray) -> np.ndarray:
    """The cosine similarity matrix of the sentences at ``rows``, 0 on the diagonal."""
    part = vectors.of(rows)
    unit = np.zeros((len(rows), part.column.max() + 1 if len(part.column) else 0))
    unit[part.row, part.column] = part.weight
    matrix = np.clip(unit @ unit.T, 0.0, 1.0)
    np.fill_diagonal(matrix, 0.0)
    return matrix


def _pagerank_factored(vectors: _Vectors, n: int, damping: float) -> np.ndarray:
    """:func:`_pagerank` of the cosine graph of the ``n`` sentences of ``vectors`` (S = UUᵀ
    without its diagonal), by power iteration with S applied as U(Uᵀx): memory grows with the
    words, not with n². Stops when an iteration changes the scores by less than the tolerance
    (in sum; the error is then below 6 times that)."""

    def similar(x: np.ndarray) -> np.ndarray:  # S x
        through_terms = np.bincount(vectors.column, vectors.weight * x[vectors.row])
        return (
            np.bincount(vectors.row, vectors.weight * through_terms[vectors.column], minlength=n)
            - self_similarity * x
        )

    self_similarity = np.bincount(vectors.row, vectors.weight**2, minlength=n)
    totals = similar(np.ones(n))
    linked = totals > 1e-12  # above the rounding noise of a sentence's similarity to itself
    rank = np.full(n, 1.0 / n)
    for _ in range(_MAX_ITERATIONS):
        spread = np.divide(rank, totals, out=np.zeros(n), where=linked)
        # A sentence sharing no term with the others jumps uniformly, as in _pagerank.
        updated = (1 - damping) / n + damping * (similar(spread) + rank[~linked].sum() / n)
        done = np.abs(updated - rank).sum() < _TOLERANCE
        rank = updated
        if done:
            break
    return rank


def _pagerank(graph: np.ndarray, damping: float) -> np.ndarray:
    """PageRank of a weighted undirected graph: solves r = (1-d)/n + d Mᵀr exactly.

    A sentence sharing no term with the others jumps uniformly (the usual dangling-node rule),
    so a section of unrelated sentences scores them all equal and the ties keep text order.
    """
    n = len(graph)
    totals = graph.sum(axis=1, keepdims=True)
    transition = np.divide(graph, totals, out=np.full_like(graph, 1.0 / n), where=totals > 0)
    return np.linalg.solve(np.eye(n) - damping * transition.T, np.full(n, (1 - damping) / n))
