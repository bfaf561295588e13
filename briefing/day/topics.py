"""Assign each sentence to at most one configured topic, from its own words and its context."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import ahocorasick

from briefing.config import Topic
from briefing.models import Sentence

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
    paragraphs: Sequence[int], terms: Sequence[frozenset[str]]
) -> dict[int, frozenset[str]]:
    """For each sentence of one article with terms of its own (by position), the other terms of
    its paragraph and the paragraphs beside it; `paragraphs` are the sentences' paragraphs."""
    by_paragraph: dict[int, set[str]] = defaultdict(set)
    for paragraph, found in zip(paragraphs, terms, strict=True):
        by_paragraph[paragraph].update(found)
    return {
        n: frozenset(set().union(*(by_paragraph.get(p + d, ()) for d in (-1, 0, 1))) - found)
        for n, (p, found) in enumerate(zip(paragraphs, terms, strict=True))
        if found
    }


_LAST: list[tuple[Sequence[Topic], TopicMatcher]] = []  # the matcher of the topics last asked


def _matcher(topics: Sequence[Topic]) -> TopicMatcher:
    """The matcher of these topics, built once for as long as the same topics are asked (a
    worker gets each chunk's topics anew, and builds once per chunk)."""
    last = _LAST[0] if _LAST else None
    if last is None or last[0] is not topics:
        last = (topics, TopicMatcher(tuple(topics)))
        _LAST[:] = [last]
    return last[1]


def article_topics(
    sentences: Sequence[tuple[int, str]], topics: Sequence[Topic]
) -> list[tuple[int, int, float]]:
    """The sentences of one article, given as (paragraph, text) in reading order, that are on
    a topic: (position, topic number, relevance). A sentence goes to the topic it is most
    relevant to (score over threshold), or to none when no relevance reaches 1."""
    if not topics:
        return []
    matcher = _matcher(topics)
    terms = [matcher.terms_in(text) or _NONE for _, text in sentences]
    found = []
    for n, context in _contexts([p for p, _ in sentences], terms).items():
        relevance = [matcher.score(topic, terms[n], context) / topic.threshold for topic in topics]
        best = max(range(len(topics)), key=relevance.__getitem__)
        if relevance[best] >= 1.0:
            found.append((n, best, relevance[best]))
    return found


def assign_topics(
    sentences: Sequence[Sentence], topics: Sequence[Topic]
) -> dict[str, list[tuple[Sentence, float]]]:
    """Each topic's sentences with their relevance (1 or more), in the order given, article by
    article as `article_topics` reads them."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for n, sentence in enumerate(sentences):
        by_article[sentence.article.id].append(n)
    found = []
    for rows in by_article.values():
        read = [(sentences[n].paragraph, sentences[n].text) for n in rows]
        found += [
            (rows[k], topic, relevance) for k, topic, relevance in article_topics(read, topics)
        ]
    result: dict[str, list[tuple[Sentence, float]]] = {topic.name: [] for topic in topics}
    for n, topic, relevance in sorted(found):
        result[topics[topic].name].append((sentences[n], relevance))
    return result
