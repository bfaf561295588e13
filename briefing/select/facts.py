"""Facts across outlets and days: corroboration (several outlets, one fact) and novelty (what
recent briefings already carried)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from briefing.models import Article, PastItem, Sentence
from briefing.text.vectorize import tfidf

SAME_FACT = 0.5  # cosine similarity at which two sentences state the same fact
CONTINUES = 0.2  # cosine similarity with a briefed item at which a story continues
REPEAT_FACTOR = 0.2  # a fact briefed in the last days keeps a fifth of its value
CORROBORATION_BONUS = 0.25  # value gained per doubling of the outlets carrying a fact


def novelty(
    texts: Sequence[str],
    urls: Sequence[str],
    past: Sequence[PastItem],
    topic_terms: frozenset[str] = frozenset(),
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
        if similarity >= SAME_FACT
        else "update"
        if similarity >= CONTINUES or url in briefed_urls
        else "new"
        for similarity, url in zip(closest, urls, strict=True)
    ]
    factors = np.where(np.array(statuses) == "repeat", REPEAT_FACTOR, 1.0)
    return statuses, factors


def _outlets(article: Article) -> list[str]:
    return [article.outlet, *article.also]


def _same_facts(
    pool: Sequence[Sentence], considered: Sequence[Sentence], chunk: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (pool row, considered row) at SAME_FACT similarity or more, from different
    articles, sorted: the sparse product is thresholded in blocks, never walked pair by pair."""
    matrix, others = tfidf([s.text for s in pool], [s.text for s in considered])
    article_ids: dict[int, int] = {}
    pool_ids = np.array(
        [article_ids.setdefault(id(s.article), len(article_ids)) for s in pool], dtype=int
    )
    other_ids = np.array(
        [article_ids.setdefault(id(s.article), len(article_ids)) for s in considered], dtype=int
    )
    rows, cols = [np.empty(0, dtype=int)], [np.empty(0, dtype=int)]
    for start in range(0, len(pool), chunk):
        block = (matrix[start : start + chunk] @ others.T).tocoo()
        keep = block.data >= SAME_FACT
        row, col = block.row[keep] + start, block.col[keep]
        keep = pool_ids[row] != other_ids[col]
        rows.append(row[keep])
        cols.append(col[keep])
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    order = np.lexsort((cols, rows))
    return rows[order], cols[order]


def corroboration(
    pool: Sequence[Sentence], considered: Sequence[Sentence], chunk: int = 1000
) -> tuple[list[tuple[str, ...]], np.ndarray]:
    """For each sentence of `pool`, every outlet among `considered` (exact repeats included)
    carrying the same fact, its own first; and a factor that ranks corroborated facts higher:
    1 + bonus * log2(outlets)."""
    rows, cols = _same_facts(pool, considered, chunk)
    bounds = np.searchsorted(rows, np.arange(len(pool) + 1))
    outlets = []
    for i, sentence in enumerate(pool):
        found = _outlets(sentence.article)
        for j in cols[bounds[i] : bounds[i + 1]].tolist():
            found.extend(_outlets(considered[j].article))
        outlets.append(tuple(dict.fromkeys(o for o in found if o)))
    factors = 1.0 + CORROBORATION_BONUS * np.log2(np.maximum([len(o) for o in outlets], 1))
    return outlets, factors
