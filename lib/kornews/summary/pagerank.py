"""PageRank over the sentence graph: solved exactly on a dense similarity matrix, or by power
iteration on the factored one when a section is too long to hold its matrix."""

from __future__ import annotations

import numpy as np

from .similarity import _Vectors

DAMPING = 0.85
_TOLERANCE = 1e-14
_MAX_ITERATIONS = 10_000


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
