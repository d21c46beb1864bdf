"""How alike the candidate sentences are: each a unit-length tf-idf vector of its content
morphemes (kept sparse), compared by the cosine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..article import Article
from ..rows import column, values
from ..schema import names, typed
from .content import CONTENT_TAGS, STOPWORDS
from .lines import line_heads

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


@dataclass(frozen=True)
class _Candidates:
    """The candidate sentences in text order, a list per column of :func:`sentence_scores`'
    first five: made in plain Python, as a table per article costs more than its rows."""

    section: list[int]
    sentence: list[int]
    start: list[int]
    end: list[int]
    text: list[str]

    def head(self, n: int) -> _Candidates:
        """The first ``n`` candidates."""
        return _Candidates(
            self.section[:n], self.sentence[:n], self.start[:n], self.end[:n], self.text[:n]
        )


def _sentence_vectors(tokens: pd.DataFrame, article: Article) -> tuple[_Candidates, _Vectors]:
    """The candidate sentences (:func:`kornews.sentences` of the body paragraphs; a sentence
    broken over lines is one, numbered as its first line's, its line breaks kept in its text:
    :func:`.lines.line_heads`) and their tf-idf vectors, scaled to unit length."""
    names = ("section", "part", "sentence", "start", "end", "tag", "lemma")
    heads = line_heads(tokens, article.text)
    # One pass over the columns: a sentence runs from its first morpheme to its last (its rows
    # in table order, as a stable sort by sentence keeps them); the terms are content_terms',
    # counted per (sentence, term). A table and a groupby per article cost more than its rows.
    first, last, counted = {}, {}, Counter()
    for section, part, sentence, start, end, tag, lemma in zip(
        *(values(column(tokens, name)) for name in names)
    ):
        if part != "paragraph":
            continue
        sentence = heads.get(sentence, sentence)
        first.setdefault(sentence, (section, start))
        last[sentence] = end
        term = lemma.casefold()
        if tag.split("-")[0] in CONTENT_TAGS and term not in STOPWORDS:
            counted[sentence, term] += 1
    numbers = sorted(first)  # the sentences in number order are the text's
    starts = [first[s][1] for s in numbers]
    ends = [last[s] for s in numbers]
    candidates = _Candidates(
        [first[s][0] for s in numbers],
        numbers,
        starts,
        ends,
        [article.text[a:b] for a, b in zip(starts, ends)],
    )
    pairs = sorted(counted)
    terms = {term: at for at, term in enumerate(sorted({term for _, term in pairs}))}
    position = {sentence: at for at, sentence in enumerate(numbers)}
    row = np.array([position[s] for s, _ in pairs], dtype=np.intp)
    column_of = np.array([terms[term] for _, term in pairs], dtype=np.intp)
    counts = np.array([counted[pair] for pair in pairs], dtype=np.int64)
    # Smoothed idf (never zero, so a two-sentence article still has similarities).
    document_frequency = np.bincount(column_of)
    idf = np.log((1 + len(numbers)) / (1 + document_frequency)) + 1
    weight = counts * idf[column_of]
    norms = np.sqrt(np.bincount(row, weight**2, minlength=len(numbers)))
    return candidates, _Vectors(row, column_of, weight / norms[row])


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
    n = len(candidates.sentence)
    matrix = _cosine(vectors, np.arange(n))
    rows, cols = np.repeat(np.arange(n), n), np.tile(np.arange(n), n)
    section = np.array(candidates.section, dtype=np.int64)
    sentence = np.array(candidates.sentence, dtype=np.int64)
    columns = {
        "section": section[rows],
        "sentence": sentence[rows],
        "other_section": section[cols],
        "other_sentence": sentence[cols],
        "similarity": matrix.ravel(),
    }
    return typed("sentence_similarity", columns)
