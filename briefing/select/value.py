"""A shortlisted sentence's value as its story's news: a weighted sum of lead position,
newsworthiness, the ranker's score and how much of the story it carries, times novelty,
corroboration, standing alone, relevance to the topic and not being background."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from briefing.models import Sentence
from briefing.select.day import Day, Reading
from briefing.select.facts import corroboration
from briefing.select.news import lead_prior, newsworthiness
from briefing.select.stories import Shortlist
from briefing.summariser.choose import normalise
from briefing.summariser.rank.registry import Ranker
from briefing.weights import DEFAULT, Weights

if TYPE_CHECKING:
    from briefing.config import Topic


@dataclass(frozen=True)
class Pool:
    """A topic's shortlisted sentences with what selection reads of each: the value and each
    of the parts it is the product of (arrays, one entry a sentence)."""

    sentences: list[Sentence]
    value: np.ndarray  # how well each states its story's news: the product of the rest
    news_value: np.ndarray  # the weighted sum: lead, newsworthiness, ranker, coverage
    novelty: np.ndarray  # left by past briefings (repeats and continuations lose some)
    corroboration: np.ndarray  # gained from other outlets carrying the same fact
    leaning: np.ndarray  # kept when it leans on the sentence before
    relevance: np.ndarray  # to the topic
    background: np.ndarray  # kept when other stories repeat it
    leans: list[bool]  # cannot stand alone
    lead_in: list[Sentence | None]  # the sentence it leans on, when that one stands alone
    agreement: np.ndarray  # how much of it its story's other articles say (`agreement`)
    led: np.ndarray  # how much of it their leads say
    statuses: list[str]
    outlets: list[tuple[str, ...]]


def topic_query(topic: Topic) -> str:
    """The text a query-aware ranker reads as the topic: its name, description and keywords."""
    return " ".join([topic.name, topic.description, *topic.keywords])


def read_pool(
    topic: Topic,
    short: Shortlist,
    rows: np.ndarray,
    vectors: sparse.csr_matrix,
    ranker: Ranker,
    day: Day,
    reading: Reading,
    considered: Sequence[Sentence],
    weights: Weights = DEFAULT,
) -> Pool:
    """Each sentence's value as its story's news, and its parts; background and sentences that
    lean on the one before lose most of it. `rows`: the sentences' rows of `vectors`."""
    pool = short.sentences
    outlets, corroborated = corroboration(pool, considered, weights=weights)
    leaning = [reading.leans[s.id] for s in pool]
    news_value = (
        weights.lead * lead_prior(pool, weights)
        + weights.news * np.array([newsworthiness(s.text, day.year, weights) for s in pool])
        + weights.ranker * np.array(normalise(ranker.score(pool, topic_query(topic))))
        + weights.coverage * coverage([c.rows for c in short.stories], rows, vectors)
    )
    leaning_kept = np.where(leaning, weights.leaning, 1.0)
    continued = np.where(np.array(short.statuses) == "update", weights.continued, 1.0)
    cap = weights.sentence_relevance_cap
    relevance = weights.relevance_base + weights.relevance_step * np.minimum(short.relevance, cap)
    background = np.array([weights.background if s.id in reading.background else 1.0 for s in pool])
    value = news_value.copy()
    value *= short.fresh * corroborated * leaning_kept
    value *= continued
    value *= relevance
    value *= background
    lead_in = [
        reading.lead_in.get(s.id) if lean else None for s, lean in zip(pool, leaning, strict=True)
    ]
    return Pool(
        pool,
        value,
        news_value,
        short.fresh * continued,
        corroborated,
        leaning_kept,
        relevance,
        background,
        leaning,
        lead_in,
        np.array([reading.agreement[s.id] for s in pool], dtype=float),
        np.array([reading.led[s.id] for s in pool], dtype=float),
        short.statuses,
        outlets,
    )


def coverage(groups: list[list[int]], rows: np.ndarray, vectors: sparse.csr_matrix) -> np.ndarray:
    """0..1: how much of its story each sentence carries: the weight, in the sum of the story's
    sentence vectors, of the terms it uses, over the story's best (who, what and where, not one
    detail, and not a short line that merely resembles the story). `groups`: each story's
    sentences."""
    uses = vectors[rows].copy()
    uses.data[:] = 1.0
    found_coverage = np.zeros(len(rows))
    for found in groups:
        story = np.asarray(vectors[rows[found]].sum(axis=0)).ravel()
        carried = uses[found] @ story
        found_coverage[found] = carried / max(float(carried.max()), 1e-12)
    return found_coverage
