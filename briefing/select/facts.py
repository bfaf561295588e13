"""Facts across outlets and days: corroboration (several outlets, one fact) and novelty (what
recent briefings already carried)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

import numpy as np
from scipy import sparse

from briefing.models import Article, PastItem, Sentence
from briefing.text.vectorize import alike_in_terms, tfidf
from briefing.weights import DEFAULT, Weights


def _nearest(similarity: sparse.spmatrix) -> tuple[np.ndarray, np.ndarray]:
    """Each row's highest similarity and the column that has it (0s for no columns)."""
    if similarity.shape[1] == 0:
        return np.zeros(similarity.shape[0]), np.zeros(similarity.shape[0], dtype=int)
    best = np.asarray(similarity.max(axis=1).toarray()).ravel()
    return best, np.asarray(similarity.argmax(axis=1)).ravel()


class Novelty(NamedTuple):
    """Each sentence's status against recent briefings ("new", "update", "repeat"; "" with no
    history), the factor its value is multiplied by (repeats are demoted), the day of the
    briefing it continues or repeats (None when new), whether what it says was known then (a
    briefed item's fact, or one of an article of a story told), and the address of the briefed
    item a line only continues (its one tie to the past: a few shared words), "" otherwise."""

    statuses: list[str]
    factors: np.ndarray
    briefed: list[date | None]
    known: list[bool]
    follows: list[str]


def novelty(
    texts: Sequence[str],
    urls: Sequence[str],
    past: Sequence[PastItem],
    topic_terms: frozenset[str] = frozenset(),
    weights: Weights = DEFAULT,
    topic: str | None = None,
) -> Novelty:
    """Each sentence against recent briefings (`Novelty`). Sentences are compared on what they
    say beyond the topic: the topic's own (stemmed) terms, which every sentence of a section
    shares, are left out; a sentence of an article briefed before continues it, one close to an
    item `topic` briefed (any topic's, with None) continues that item, and one that states a
    fact of an article of a story `topic` told before (an untold PastItem) carries that story's
    identity without being demoted; a fact is stated in two words in common at least."""
    items = [item for item in past if item.told]
    if not items:
        return Novelty(
            [""] * len(texts),
            np.ones(len(texts)),
            [None] * len(texts),
            [False] * len(texts),
            [""] * len(texts),
        )
    context = [item for item in past if not item.told]
    # One space for today's sentences and the briefed lines: each keeps all its words (a past
    # item cut down to the words today shares would look like the same fact)
    joint, _ = tfidf([*texts, *(item.text for item in items + context)], ignore=topic_terms)
    today, told = joint[: len(texts)], joint[len(texts) : len(texts) + len(items)]
    similarity = today @ told.T
    # the same fact shares two words at least: "sleep" alone is no fact of a five-word quote
    closest, nearest = _nearest(alike_in_terms(today, told, similarity))
    # Below the same fact, a line continues only what its own topic briefed: another desk's
    # item sharing a few words ("airline", "Saudi") was another event on every region day
    mine = [k for k, item in enumerate(items) if topic is None or item.topic == topic]
    follows, followed = _nearest(similarity.tocsc()[:, mine])
    # and a fact of a told story's article the reader never saw ties it to its own topic's only
    read = [k for k, item in enumerate(context) if topic is None or item.topic == topic]
    stated, source = _nearest(alike_in_terms(today, joint[len(texts) + len(items) :][read]))
    briefed_urls: dict[str, date] = {}
    for item in items:
        if item.url:
            briefed_urls[item.url] = max(item.day, briefed_urls.get(item.url, item.day))
    statuses, briefed, known, only = [], [], [], []
    for n, url in enumerate(urls):
        said = bool(read) and stated[n] >= weights.same_fact  # by an article of a story told
        known.append(bool(closest[n] >= weights.same_fact or said))
        if closest[n] >= weights.same_fact:
            statuses.append("repeat")
        elif follows[n] >= weights.continues or url in briefed_urls:
            statuses.append("update")
        else:
            statuses.append("new")
        weak = statuses[-1] == "update" and url not in briefed_urls and not said
        only.append(items[mine[followed[n]]].url if weak else "")
        days = [
            items[nearest[n]].day if closest[n] >= weights.same_fact else None,
            items[mine[followed[n]]].day if follows[n] >= weights.continues else None,
            briefed_urls.get(url),
            context[read[source[n]]].day if said else None,
        ]
        dated = [d for d in days if d is not None]
        briefed.append(min(dated) if dated else None)
    factors = np.where(np.array(statuses) == "repeat", weights.repeat_factor, 1.0)
    return Novelty(statuses, factors, briefed, known, only)


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
