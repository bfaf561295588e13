"""Assign each sentence to at most one configured topic, from its own words and its context."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import ahocorasick

from .config import Topic
from .models import Sentence

_SPACES = re.compile(r"\s+")
CONTEXT_WEIGHT = 0.5  # terms in the paragraph and neighbouring paragraphs count half
_NONE: frozenset[str] = frozenset()  # one empty set for every sentence without terms


def _is_case_sensitive(term: str) -> bool:
    """Terms written in capitals ("US", "PLA") must match exactly; others ignore case."""
    return not any(ch.islower() for ch in term) and sum(ch.isalpha() for ch in term) >= 2


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _lower(text: str) -> str:
    """Lower case, one character for one, so positions in both strings agree."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class TopicMatcher:
    """Finds the configured terms in text in one pass (an Aho–Corasick automaton), whole words
    only, longest first, so "South China Sea" is not "China"."""

    topics: tuple[Topic, ...]

    @cached_property
    def _terms(self) -> list[str]:
        terms = {
            term
            for topic in self.topics
            for term in (*topic.terms, *topic.exclude, *(t for g in topic.require for t in g))
        }
        return sorted(terms, key=lambda t: (-len(t), t))

    @cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        """Lower-cased spellings (plurals too) -> [(rank, plural order, exact spelling, term)];
        the exact spelling is "" for terms that ignore case."""
        spellings: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        for rank, term in enumerate(self._terms):
            body = " ".join(term.split())
            if _is_case_sensitive(term):
                spellings[_lower(body)].append((rank, 0, body, term))
                continue
            # Plurals are optional and tried longest first ("es", "s", none), as a regex would.
            for order, ending in enumerate(("es", "s", "") if term[-1].isalpha() else ("",)):
                spellings[_lower(body + ending)].append((rank, order, "", term))
        automaton = ahocorasick.Automaton()
        for key, entries in spellings.items():
            automaton.add_word(key, (len(key), entries))
        automaton.make_automaton()
        return automaton

    def terms_in(self, text: str) -> frozenset[str]:
        """The configured terms (as written in the configuration) that occur in `text`: at each
        place the first-ranked (longest) term that fits whole words wins, and the scan goes on
        after it."""
        if not self._terms:
            return frozenset()
        text = _SPACES.sub(" ", text)
        best: dict[int, tuple[int, int, int, str]] = {}  # start -> (rank, order, end, term)
        for last, (length, entries) in self._automaton.iter(_lower(text)):
            start, end = last + 1 - length, last + 1
            if (start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] == "-")) or (
                end < len(text) and _is_word_char(text[end])
            ):
                continue
            for rank, order, exact, term in entries:
                if exact and text[start:end] != exact:
                    continue
                if start not in best or (rank, order) < best[start][:2]:
                    best[start] = (rank, order, end, term)
        found, cursor = set(), 0
        for start in sorted(best):
            if start >= cursor:
                _, _, cursor, term = best[start]
                found.add(term)
        return frozenset(found)

    def score(self, topic: Topic, own: frozenset[str], context: frozenset[str]) -> float:
        """How strongly a sentence with terms `own`, amid terms `context`, is about `topic`."""
        if own & set(topic.exclude):
            return 0.0
        present = own | context
        if not all(present & set(group) for group in topic.require):
            return 0.0
        own_score = sum(topic.terms.get(term, 0.0) for term in own)
        if own_score <= 0:
            return 0.0
        extra = sum(topic.terms.get(term, 0.0) for term in context - own) * CONTEXT_WEIGHT
        return own_score + min(extra, topic.threshold * CONTEXT_WEIGHT)


def _contexts(
    sentences: Sequence[Sentence], terms: list[frozenset[str]]
) -> Iterator[frozenset[str]]:
    """For each sentence, the other terms of its paragraph and the paragraphs beside it (one
    at a time: a day's sentences are hundreds of thousands). Paragraphs without terms are not
    kept."""
    by_paragraph: dict[tuple[int, int], set[str]] = defaultdict(set)
    for sentence, found in zip(sentences, terms, strict=True):
        if found:
            by_paragraph[id(sentence.article), sentence.paragraph].update(found)
    for sentence, found in zip(sentences, terms, strict=True):
        key = id(sentence.article)
        around = set().union(
            *(by_paragraph.get((key, sentence.paragraph + d), set()) for d in (-1, 0, 1))
        )
        yield frozenset(around - found) or _NONE


def assign_topics(
    sentences: Sequence[Sentence], topics: Sequence[Topic]
) -> dict[str, list[tuple[Sentence, float]]]:
    """Each topic's sentences with their relevance (score over threshold, 1 or more).

    A sentence goes to the topic it is most relevant to, or to none when no relevance reaches 1.
    """
    matcher = TopicMatcher(tuple(topics))
    terms = [matcher.terms_in(sentence.text) or _NONE for sentence in sentences]
    result: dict[str, list[tuple[Sentence, float]]] = {topic.name: [] for topic in topics}
    for sentence, own, context in zip(sentences, terms, _contexts(sentences, terms), strict=True):
        relevance = [matcher.score(topic, own, context) / topic.threshold for topic in topics]
        best = max(range(len(topics)), key=relevance.__getitem__)
        if relevance[best] >= 1.0:
            result[topics[best].name].append((sentence, relevance[best]))
    return result
