"""How alike the candidate sentences are: each a unit-length tf-idf vector of its content
morphemes (kept sparse), compared by the cosine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..article import Article
from ..schema import conformed, names
from ..tokens import sentences
from .content import CONTENT_TAGS, STOPWORDS

# All pairs of n sentences are n² rows: the similarity table covers the article's first sentences.
MAX_SIMILARITY_SENTENCES = 100
SIMILARITY_COLUMNS = names("sentence_similarity")


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
    table = pd.DataFrame(
        {
            "section": section[rows],
            "sentence": sentence[rows],
            "other_section": section[cols],
            "other_sentence": sentence[cols],
            "similarity": matrix.ravel(),
        },
        columns=SIMILARITY_COLUMNS,
    )
    return conformed("sentence_similarity", table)
