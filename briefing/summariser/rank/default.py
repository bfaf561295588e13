"""The default ranker: multi-document centrality, a position prior and topic relevance, vectorised.

Centrality is continuous LexRank (PageRank over cosine similarity) computed with sparse
matrix-vector products, S v = X (X^T v), so the n x n similarity matrix is never formed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.summariser.rank.registry import Ranker, register
from briefing.text.vectorize import query_text, tfidf


def centrality(
    matrix: sparse.csr_matrix, damping: float = 0.85, iterations: int = 50
) -> np.ndarray:
    """Stationary distribution of a random walk over sentence similarity (continuous LexRank).

    A sentence does not vote for itself: the walk uses S - diag(S), so an isolated sentence gets
    only the teleport share.
    """
    n = matrix.shape[0]
    if n == 0:
        return np.zeros(0)
    transposed = matrix.T.tocsr()
    self_similarity = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()

    def similar(v: np.ndarray) -> np.ndarray:
        return matrix @ (transposed @ v) - self_similarity * v

    degree = similar(np.ones(n))
    has_neighbours = degree > 1e-12
    degree[~has_neighbours] = 1.0
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        walked = similar(np.where(has_neighbours, p / degree, 0.0))
        nxt = (1 - damping) / n + damping * walked
        nxt /= nxt.sum()
        if np.abs(nxt - p).sum() < 1e-10:
            return nxt
        p = nxt
    return p


def position_prior(sentences: Sequence[Sentence]) -> np.ndarray:
    """Earlier sentences of an article are likelier to carry its news: 1 / sqrt(1 + index)."""
    return 1.0 / np.sqrt(1.0 + np.array([s.index for s in sentences], dtype=float))


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max() if values.size else 0.0
    return values / top if top > 0 else values


@register("default")
class DefaultRanker(Ranker):
    """Weighted sum of centrality, position and query relevance, each scaled to [0, 1]."""

    selection = "coverage"

    def __init__(
        self,
        centrality_weight: float = 1.0,
        position_weight: float = 0.5,
        query_weight: float = 1.0,
        **_: object,
    ) -> None:
        self.weights = (centrality_weight, position_weight, query_weight)

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        """One score per sentence; the query (topic) counts only when given."""
        if not sentences:
            return []
        matrix, queries = tfidf([s.text for s in sentences], [query_text(query)] if query else [])
        parts = [_scaled(centrality(matrix)), position_prior(sentences)]
        weights = list(self.weights[:2])
        if query:
            parts.append(_scaled(np.asarray(matrix @ queries.T.toarray()).ravel()))
            weights.append(self.weights[2])
        return list(np.average(np.vstack(parts), axis=0, weights=weights))


@register("default-mmr")
class DefaultMMRRanker(DefaultRanker):
    """The default scores with MMR selection instead of concept coverage, to compare the two."""

    selection = "mmr"
