"""Pick the best sentences within a budget: MMR over TF-IDF, never the same statement twice."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .config import SelectConfig, Topic
from .coverage import concept_matrix
from .facts import corroboration, novelty
from .models import Item, Section, Sentence
from .rank import Ranker
from .store import PastItem
from .vectorize import query_terms, tfidf

REDUNDANT = 0.5  # cosine similarity above which a sentence repeats one already chosen
DIVERSITY = 0.3  # MMR: weight of similarity to what is chosen against the sentence's score
SCORE_WEIGHT = 1.0  # coverage: a sentence's (0..1) score multiplies its gain by up to 1 + this
DANGLING_PENALTY = 0.2  # a sentence that leans on the one before keeps a fifth of its value
# A sentence that leans on the one before it: a leading connective or a bare pronoun subject.
_DANGLING = re.compile(
    r"^[\"“‘']?(?:But|However|Also|And|Or|So|Yet|Still|Meanwhile|Moreover|Furthermore|Instead|"
    r"Nevertheless|Nonetheless|Besides|Likewise|Similarly|Otherwise|Thus|Hence|Therefore|"
    r"Then|That|This|These|Those|It|He|She|They|His|Her|Its|Their|Such|In addition|"
    r"In contrast|On the other hand|As a result|By contrast|Even so|At the same time)\b"
)


def word_count(text: str) -> int:
    """Number of words, as a reader counts them."""
    return len(text.split())


def is_dangling(text: str) -> bool:
    """True when a sentence cannot stand alone: it starts with a connective or a pronoun."""
    return bool(_DANGLING.match(text))


@dataclass(frozen=True)
class Budget:
    """How much a selection may hold; `overflow` lets the last sentence cross the word limit."""

    items: int | None = None
    words: int | None = None
    overflow: bool = False


def candidates(sentences: Sequence[Sentence], settings: SelectConfig) -> list[Sentence]:
    """Sentences of a selectable length, exact repeats removed (first occurrence kept)."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        key = " ".join(sentence.text.lower().split())
        words = word_count(sentence.text)
        if key not in seen and settings.min_sentence_words <= words <= settings.max_sentence_words:
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
    never taken; `taken` receives this choice. `rows` maps texts to rows of `vectors`.
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


def topic_query(topic: Topic) -> str:
    """The text a query-aware ranker reads as the topic: its name, description and terms."""
    return " ".join([topic.name, topic.description, *topic.terms])


def normalise(scores: Sequence[float]) -> list[float]:
    """Scores mapped onto 0..1 (all 1 when they are equal)."""
    low, high = min(scores), max(scores)
    return [1.0 if high == low else (s - low) / (high - low) for s in scores]


def select_sections(
    by_topic: dict[str, list[Sentence]],
    topics: Sequence[Topic],
    ranker: Ranker,
    settings: SelectConfig,
    past: Sequence[PastItem] = (),
) -> tuple[Section, ...]:
    """One section per configured topic, in configuration order, nothing repeated across them.

    A fact several outlets carry is shown once, citing them all, and ranks higher; a fact
    `past` briefings carried is demoted, and every item is marked new, update or repeat.
    """
    pools = {t.name: candidates(by_topic.get(t.name, []), settings) for t in topics}
    texts = [s.text for t in topics for s in pools[t.name]]
    vectors, _ = tfidf(texts)
    taken: list[int] = []
    sections, offset = [], 0
    for topic in topics:
        pool = pools[topic.name]
        rows = range(offset, offset + len(pool))
        offset += len(pool)
        picked: list[int] = []
        statuses: list[str] = []
        outlets: list[tuple[str, ...]] = []
        scores: list[float] = []
        if pool:
            scores = normalise(ranker.score(pool, topic_query(topic)))
            statuses, fresh = novelty(
                [s.text for s in pool],
                [s.article.url or s.article.path for s in pool],
                past,
                query_terms(" ".join(topic.terms)),
            )
            outlets, corroborated = corroboration(pool, by_topic.get(topic.name, []))
            picked = choose(
                [s.text for s in pool],
                scores,
                Budget(settings.max_items, settings.max_words),
                vectors,
                taken,
                rows,
                concept_matrix(pool, topic_query(topic))
                if ranker.selection == "coverage"
                else None,
                boost=fresh * corroborated,
            )
        considered = by_topic.get(topic.name, [])
        sections.append(
            Section(
                name=topic.name,
                description=topic.description,
                items=tuple(
                    Item(pool[i], round(scores[i], 4), statuses[i], outlets[i]) for i in picked
                ),
                articles_considered=len({id(s.article) for s in considered}),
                sentences_considered=len(considered),
            )
        )
    return tuple(sections)
