"""Pick each topic's best sentences within its budget, never the same statement twice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .config import SelectConfig, Topic
from .models import Item, Section, Sentence
from .rank import Ranker

_TOKEN = re.compile(r"\w+")
NEAR_DUPLICATE = 0.6  # share of words two sentences may have in common before one is dropped


def word_count(text: str) -> int:
    """Number of words, as a reader counts them."""
    return len(text.split())


def _words(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


def is_near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two sentences share most of their words (wire copies, light edits)."""
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= NEAR_DUPLICATE


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


def topic_query(topic: Topic) -> str:
    """The text a query-aware ranker reads as the topic: its name, description and terms."""
    return " ".join([topic.name, topic.description, *topic.terms])


def _normalise(scores: Sequence[float]) -> list[float]:
    low, high = min(scores), max(scores)
    return [1.0 if high == low else (s - low) / (high - low) for s in scores]


def select_section(
    topic: Topic,
    sentences: Sequence[Sentence],
    ranker: Ranker,
    settings: SelectConfig,
    taken: list[frozenset[str]],
) -> Section:
    """The topic's best-scored sentences that fit the budget and repeat nothing in `taken`."""
    pool = candidates(sentences, settings)
    scores = _normalise(ranker.score(pool, topic_query(topic))) if pool else []
    order = sorted(
        range(len(pool)), key=lambda i: (-scores[i], pool[i].article.path, pool[i].index)
    )
    items: list[Item] = []
    words = 0
    for i in order:
        sentence = pool[i]
        bag = _words(sentence.text)
        length = word_count(sentence.text)
        if len(items) >= settings.max_items:
            break
        if (items and words + length > settings.max_words) or any(
            is_near_duplicate(bag, other) for other in taken
        ):
            continue
        items.append(Item(sentence, round(scores[i], 4)))
        taken.append(bag)
        words += length
    return Section(
        name=topic.name,
        description=topic.description,
        items=tuple(items),
        articles_considered=len({id(s.article) for s in sentences}),
        sentences_considered=len(sentences),
    )


def select_sections(
    by_topic: dict[str, list[Sentence]],
    topics: Sequence[Topic],
    ranker: Ranker,
    settings: SelectConfig,
) -> tuple[Section, ...]:
    """One section per configured topic, in configuration order."""
    taken: list[frozenset[str]] = []
    return tuple(
        select_section(topic, by_topic.get(topic.name, []), ranker, settings, taken)
        for topic in topics
    )
