"""Pick the best sentences within a budget: greedy concept coverage or MMR over TF-IDF, never
the same statement twice. The generic summariser's selection; a build's sections reuse its
redundancy test and candidates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.text.standalone import starts_leaning
from briefing.text.words import word_count

REDUNDANT = 0.5  # cosine similarity above which a sentence repeats one already chosen
DIVERSITY = 0.3  # MMR: weight of similarity to what is chosen against the sentence's score
SCORE_WEIGHT = 1.0  # coverage: a sentence's (0..1) score multiplies its gain by up to 1 + this
DANGLING_PENALTY = 0.2  # a sentence that leans on the one before keeps a fifth of its value


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
    """Sentences of `shortest` to `longest` words, exact repeats removed (first kept)."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split())
        words = word_count(sentence.text)
        if key not in seen and shortest <= words <= longest:
            seen.add(key)
            kept.append(sentence)
    return kept


def choose(
    texts: Sequence[str],
    scores: Sequence[float],
    budget: Budget,
    vectors: sparse.csr_matrix,
    taken: list[int] | None = None,
    rows: Sequence[int] | None = None,
    concepts: tuple[sparse.csr_matrix, np.ndarray] | None = None,
    dangling_penalty: float = DANGLING_PENALTY,
    boost: np.ndarray | None = None,
) -> list[int]:
    """Indices into `texts`, best first, chosen greedily within the budget.

    With `concepts` (a texts x concepts matrix and weights), greedy submodular coverage: each
    step takes the sentence adding the most uncovered concept weight per word, scaled up by its
    score. Without, maximal marginal relevance (MMR) on the scores. Either way a sentence too
    similar to one chosen, here or in `taken` (rows of `vectors` chosen for other topics), is
    never taken; `taken` receives this choice. `rows` maps texts to rows of `vectors`. A
    sentence starting with a connective or pronoun keeps `dangling_penalty` of its value;
    `boost` multiplies each sentence's value further.
    """
    rows = list(range(len(texts))) if rows is None else list(rows)
    taken = [] if taken is None else taken
    value = np.asarray(scores, dtype=float)
    penalty = np.where([is_dangling(t) for t in texts], dangling_penalty, 1.0)
    if boost is not None:
        penalty = penalty * boost  # novelty and corroboration factors
    lengths = np.array([word_count(t) for t in texts], dtype=float)
    block = vectors[rows]
    similarity = np.zeros(len(texts))
    if taken:
        similarity = np.asarray((block @ vectors[taken].T).max(axis=1).toarray()).ravel()
    uncovered = concepts[1].copy() if concepts else None
    open_ = np.ones(len(texts), dtype=bool)
    chosen: list[int] = []
    words = 0.0
    while budget.items is None or len(chosen) < budget.items:
        if budget.words is not None and not budget.overflow:
            open_ &= words + lengths <= budget.words
        open_ &= similarity < REDUNDANT
        if not open_.any():
            break
        if concepts:
            gain = concepts[0] @ uncovered / lengths * (1.0 + SCORE_WEIGHT * value) * penalty
        else:
            gain = (1 - DIVERSITY) * value * penalty - DIVERSITY * similarity
        best = int(np.argmax(np.where(open_, gain, -np.inf)))
        chosen.append(best)
        taken.append(rows[best])
        words += lengths[best]
        open_[best] = False
        similarity = np.maximum(similarity, (block @ vectors[rows[best]].T).toarray().ravel())
        if concepts:
            uncovered[concepts[0][best].indices] = 0.0
        if budget.words is not None and words >= budget.words:
            break
    return chosen


def normalise(scores: Sequence[float]) -> list[float]:
    """Scores mapped onto 0..1 (all 1 when they are equal)."""
    low, high = min(scores), max(scores)
    return [1.0 if high == low else (s - low) / (high - low) for s in scores]
