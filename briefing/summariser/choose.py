"""Pick the best sentences within a budget: greedy concept coverage or MMR over TF-IDF, never
the same statement twice. The generic summariser's selection; a build's sections reuse its
redundancy test and candidates."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.text.news_marks import is_dateline
from briefing.text.standalone import starts_leaning
from briefing.text.words import word_count
from briefing.weights import SUMMARY, Summary


def is_dangling(text: str) -> bool:
    """True when a sentence starts with a connective or a pronoun (the first-word rule)."""
    return starts_leaning(text)


@dataclass(frozen=True)
class Budget:
    """How much a selection may hold; `overflow` lets the last sentence cross the word limit."""

    items: int | None = None
    words: int | None = None
    overflow: bool = False


def candidates(sentences: Sequence[Sentence], shortest: int, longest: int) -> list[Sentence]:
    """Sentences of `shortest` to `longest` words, exact repeats and datelines split off as
    units of their own removed (first kept)."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split())
        words = word_count(sentence.text)
        if key not in seen and shortest <= words <= longest and not is_dateline(sentence.text):
            seen.add(key)
            kept.append(sentence)
    return kept


def choose(
    texts: Sequence[str],
    scores: Sequence[float],
    budget: Budget,
    vectors: sparse.csr_matrix,
    concepts: tuple[sparse.csr_matrix, np.ndarray] | None = None,
    weights: Summary = SUMMARY,
) -> list[int]:
    """Indices into `texts`, best first, chosen greedily within the budget; `vectors` holds
    their TF-IDF rows.

    With `concepts` (a texts x concepts matrix and weights), greedy submodular coverage: each
    step takes the sentence adding the most uncovered concept weight per word, scaled up by its
    score. Without, maximal marginal relevance (MMR) on the scores. Either way a sentence too
    similar to one chosen is never taken, and one starting with a connective or pronoun keeps
    `dangling_penalty` of its value. Equal gains (with coverage: nothing left to cover) go to the
    better score, so the ranker orders what coverage cannot tell apart.
    """
    value = np.asarray(scores, dtype=float)
    penalty = np.where([is_dangling(t) for t in texts], weights.dangling_penalty, 1.0)
    lengths = np.array([word_count(t) for t in texts], dtype=float)
    similarity = np.zeros(len(texts))
    uncovered = concepts[1].copy() if concepts else None
    open_ = np.ones(len(texts), dtype=bool)
    chosen: list[int] = []
    words = 0.0
    while budget.items is None or len(chosen) < budget.items:
        if budget.words is not None and not budget.overflow:
            open_ &= words + lengths <= budget.words
        open_ &= similarity < weights.redundant
        if not open_.any():
            break
        if concepts:
            gain = concepts[0] @ uncovered / lengths
            gain = gain * (1.0 + weights.score_weight * value) * penalty
        else:
            gain = (1 - weights.diversity) * value * penalty - weights.diversity * similarity
        gain = np.where(open_, gain, -np.inf)
        best = int(np.argmax(np.where(open_ & (gain == gain.max()), value * penalty, -np.inf)))
        chosen.append(best)
        words += lengths[best]
        open_[best] = False
        similarity = np.maximum(similarity, (vectors @ vectors[best].T).toarray().ravel())
        if concepts:
            uncovered[concepts[0][best].indices] = 0.0
        if budget.words is not None and words >= budget.words:
            break
    return chosen


def normalise(scores: Sequence[float]) -> list[float]:
    """Scores mapped onto 0..1 (all 1 when they are equal); a score that is no number (sumy's
    LexRank on two sentences gives NaN) counts as the lowest."""
    finite = [s for s in scores if math.isfinite(s)]
    low, high = (min(finite), max(finite)) if finite else (0.0, 0.0)
    scores = [s if math.isfinite(s) else low for s in scores]
    return [1.0 if high == low else (s - low) / (high - low) for s in scores]
