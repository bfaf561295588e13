"""Facts across outlets and days: corroboration (several outlets, one fact) and novelty (what
recent briefings already carried)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from briefing.models import Article, PastItem, Sentence
from briefing.text.vectorize import tfidf
from briefing.weights import DEFAULT, Weights


def novelty(
    texts: Sequence[str],
    urls: Sequence[str],
    past: Sequence[PastItem],
    topic_terms: frozenset[str] = frozenset(),
    weights: Weights = DEFAULT,
) -> tuple[list[str], np.ndarray]:
    """Each sentence's status against recent briefings ("new", "update", "repeat"; "" with no
    history) and the factor its value is multiplied by (repeats are demoted).

    Sentences are compared on what they say beyond the topic: the topic's own (stemmed) terms,
    which every sentence of a section shares, are left out.
    """
    if not past:
        return [""] * len(texts), np.ones(len(texts))
    matrix, earlier = tfidf(texts, [item.text for item in past], ignore=topic_terms)
    closest = np.asarray((matrix @ earlier.T).max(axis=1).toarray()).ravel()
    briefed_urls = {item.url for item in past if item.url}
    statuses = [
        "repeat"
        if similarity >= weights.same_fact
        else "update"
        if similarity >= weights.continues or url in briefed_urls
        else "new"
        for similarity, url in zip(closest, urls, strict=True)
    ]
    factors = np.where(np.array(statuses) == "repeat", weights.repeat_factor, 1.0)
    return statuses, factors


def _outlets(article: Article) -> list[str]:
    return [article.outlet, *article.also]


def _same_facts(
    pool: Sequence[Sentence], considered: Sequence[Sentence], chunk: int, same_fact: float
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (pool row, considered row) at `same_fact` similarity or more, from different
    articles, sorted: the sparse product is thresholded in blocks, never walked pair by pair."""
    matrix, others = tfidf([s.text for s in pool], [s.text for s in considered])
    pool_ids = np.array([s.article.id for s in pool], dtype=np.int64)
    other_ids = np.array([s.article.id for s in considered], dtype=np.int64)
    rows, cols = [np.empty(0, dtype=int)], [np.empty(0, dtype=int)]
    for start in range(0, len(pool), chunk):
        block = (matrix[start : start + chunk] @ others.T).tocoo()
        keep = block.data >= same_fact
        row, col = block.row[keep] + start, block.col[keep]
        keep = pool_ids[row] != other_ids[col]
        rows.append(row[keep])
        cols.append(col[keep])
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    order = np.lexsort((cols, rows))
    return rows[order], cols[order]


def corroboration(
    pool: Sequence[Sentence],
    considered: Sequence[Sentence],
    chunk: int = 1000,
    weights: Weights = DEFAULT,
) -> tuple[list[tuple[str, ...]], np.ndarray]:
    """For each sentence of `pool`, every outlet among `considered` (exact repeats included)
    carrying the same fact, its own first; and a factor that ranks corroborated facts higher:
    1 + bonus * log2(outlets)."""
    rows, cols = _same_facts(pool, considered, chunk, weights.same_fact)
    bounds = np.searchsorted(rows, np.arange(len(pool) + 1))
    outlets = []
    for i, sentence in enumerate(pool):
        found = _outlets(sentence.article)
        for j in cols[bounds[i] : bounds[i + 1]].tolist():
            found.extend(_outlets(considered[j].article))
        outlets.append(tuple(dict.fromkeys(o for o in found if o)))
    factors = 1.0 + weights.corroboration_bonus * np.log2(np.maximum([len(o) for o in outlets], 1))
    return outlets, factors
