"""Assign each sentence to at most one configured topic, from its own words and its context."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import ahocorasick

from briefing.config import Topic
from briefing.models import Sentence
from briefing.query import Atom, Query, literal, parse_query
from briefing.text.invisible import composed
from briefing.text.vectorize import is_russian, stem
from briefing.text.words import (
    MARKED,
    WORD,
    either_width,
    is_hangul,
    is_unspaced,
    lower,
    wide_kana,
    yo_as_e,
)

_SPACES = re.compile(r"\s+")
CONTEXT_WEIGHT = 0.5  # terms in the paragraph and neighbouring paragraphs count half
_NONE: frozenset = frozenset()  # one empty set for every sentence without terms


def _is_case_sensitive(term: str) -> bool:
    """Terms written in capitals ("US", "PLA") must match exactly; others ignore case."""
    return not any(ch.islower() for ch in term) and sum(ch.isalpha() for ch in term) >= 2


def _is_word_char(ch: str) -> bool:
    return WORD.match(ch) is not None


def _bounded(edge: str, beside: str, before: bool = False) -> bool:
    """Whether a term whose first (`before`) or last letter is `edge` may have `beside` next to
    it: no letter (nor a hyphen before it), a letter of a script written without spaces on
    either side (a term there matches inside a run of letters), or Hangul after a term (Korean
    joins particles and endings to a word, a Latin one or a number too: "서울에서", "NATO는")."""
    if is_unspaced(edge) or is_unspaced(beside):
        return True
    if not before and is_hangul(beside):
        return True
    return not (_is_word_char(beside) or (before and beside == "-"))


def _word_end(text: str, end: int) -> int:
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    return end


_EITHER = {"е": "[её]", "ё": "[её]", "Е": "[ЕЁ]", "Ё": "[ЕЁ]"}  # Russian writes either


def _either(text: str) -> str:
    """`text` as a pattern of itself, its "е" and "ё" each matching either."""
    return "".join(_EITHER.get(c, re.escape(c)) for c in text)


def _wildcard(term: str) -> re.Pattern[str]:
    """A wildcard term as a pattern of one word: `*` any letters, `?` one, "ё" or "е" either;
    case as for terms."""
    body = "".join(
        f"[{MARKED}]*" if c == "*" else f"[{MARKED}]" if c == "?" else _either(c) for c in term
    )
    flags = 0 if _is_case_sensitive(term.replace("*", "").replace("?", "")) else re.IGNORECASE
    return re.compile(body, flags)


def _stems(text: str) -> tuple[str, ...]:
    """The stems of the words of `text`."""
    return tuple(stem(word) for word in WORD.findall(lower(text)))


def inflected_stems(term: str) -> tuple[str, ...]:
    """The stems a term's words are matched by, with any endings: those of a Russian term
    (`is_russian`) not in capitals nor a wildcard (Russian inflects its words); () for any
    other term, matched as written."""
    if "*" in term or "?" in term or _is_case_sensitive(term) or not is_russian(term):
        return ()
    stems = _stems(term)
    return stems if all(stems) else ()


def _inflected(term: str) -> tuple[str, re.Pattern[str]]:
    """A Russian term's opening (lower case, up to its first word's stem) and its pattern: its
    words' stems, each with any ending, what is between them as written; a match counts when
    each word's stem is the term's (`_stems`)."""
    runs = WORD.split(term)  # before the first word, then what follows each word
    stems = _stems(term)
    body = "".join(
        f"{_either(s)}[{MARKED}]*{re.escape(after)}"
        for s, after in zip(stems, runs[1:], strict=True)
    )
    return lower(runs[0]) + stems[0], re.compile(re.escape(runs[0]) + body, re.IGNORECASE)


@dataclass(frozen=True)
class TopicMatcher:
    """Finds the configured terms, and the words, phrases and wildcards of topic queries, in
    text in one pass (an Aho–Corasick automaton): whole words only, longest first, so "South
    China Sea" is not "China"."""

    topics: tuple[Topic, ...]

    @cached_property
    def queries(self) -> tuple[tuple[int, Query], ...]:
        """The topics written as queries: (topic number, parsed query)."""
        return tuple((k, parse_query(t.query)) for k, t in enumerate(self.topics) if t.query)

    @cached_property
    def _terms(self) -> list[str]:
        terms = {
            term
            for topic in self.topics
            for term in (*topic.terms, *topic.exclude, *(t for g in topic.require for t in g))
        }
        terms.update(atom.term for _, query in self.queries for atom in query.atoms)
        return sorted(terms, key=lambda t: (-len(t), t))

    @cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        """Lower-cased spellings (plurals too) -> [(rank, plural order, exact spelling, term,
        pattern, stems)]; the exact spelling is "" for terms that ignore case. A wildcard term
        is found by the letters before its first wildcard, then checked on the whole word; a
        Russian one (Russian inflects its words) by its first word's stem, then checked on the
        words from there: the same stems (Russian Snowball's), so "землетрясение" finds
        "землетрясения" but "мир" not "мировой"."""
        spellings: dict[str, list[tuple]] = defaultdict(list)
        for rank, term in enumerate(self._terms):
            body = wide_kana(composed(" ".join(term.split())))  # as sources are read
            if "*" in body or "?" in body:
                spellings[lower(literal(body))].append((rank, 0, "", term, _wildcard(body), ()))
            elif _is_case_sensitive(term):
                spellings[lower(body)].append((rank, 0, body, term, None, ()))
            elif stems := inflected_stems(body):
                opening, pattern = _inflected(body)
                spellings[opening].append((rank, 0, "", term, pattern, stems))
            else:
                # Plurals are optional and tried longest first ("es", "s", none), as a regex would.
                plural = body[-1].isalpha() and not is_unspaced(body[-1])
                for order, ending in enumerate(("es", "s", "") if plural else ("",)):
                    spellings[lower(body + ending)].append((rank, order, "", term, None, ()))
        automaton = ahocorasick.Automaton()
        folded: dict[str, list[tuple]] = defaultdict(list)
        for key, entries in spellings.items():  # katakana in either width too ("ﾄﾖﾀ")
            for spelling in either_width(yo_as_e(key)):
                folded[spelling] += entries
        for key, entries in folded.items():
            automaton.add_word(key, (len(key), entries))
        automaton.make_automaton()
        return automaton

    def hits(self, text: str) -> list[tuple[str, int, int]]:
        """Where the terms occur in `text` (its spaces already made single): (term as written in
        the configuration, start, end). At each place the longest match wins (then the
        first-ranked term), and the scan goes on after it."""
        if not self._terms:
            return []
        best: dict[int, tuple[tuple[int, int, int], str]] = {}  # start -> (key, term)
        for last, (length, entries) in self._automaton.iter(yo_as_e(lower(text))):
            start, end = last + 1 - length, last + 1
            if start > 0 and not _bounded(text[start], text[start - 1], before=True):
                continue
            for rank, order, exact, term, pattern, stems in entries:
                if stems:  # a Russian term: its words' stems from here, with any endings
                    match = pattern.match(text, start)
                    if match is None or _stems(match[0]) != stems:
                        continue
                    stop = match.end()
                elif pattern:  # a wildcard: the whole word from here must fit it
                    stop = _word_end(text, end)
                    if not pattern.fullmatch(text, start, stop):
                        continue
                else:
                    stop = end
                    if stop < len(text) and not _bounded(text[stop - 1], text[stop]):
                        continue
                    if exact and wide_kana(text[start:stop]) != exact:
                        continue
                key = (-stop, rank, order)  # longest first, then the first-ranked term
                if start not in best or key < best[start][0]:
                    best[start] = (key, term)
        found, cursor = [], 0
        for start in sorted(best):
            if start >= cursor:
                (stop, _, _), term = best[start]
                cursor = -stop
                found.append((term, start, cursor))
        return found

    def terms_in(self, text: str) -> frozenset[str]:
        """The configured terms (as written in the configuration) that occur in `text`."""
        return frozenset(term for term, _, _ in self.hits(_SPACES.sub(" ", text)))

    def score(self, topic: Topic, own: frozenset[str], context: frozenset[str]) -> float:
        """How strongly a sentence with terms `own`, amid terms `context`, is about `topic`."""
        if own & set(topic.exclude):
            return 0.0
        present = own | context
        if not all(present & set(group) for group in topic.require):
            return 0.0
        # sums over sets are exact (fsum): a set's order follows the run's string hashes, and a
        # sum in another order may differ in the last bit, enough to swap two stories' ranks
        own_score = math.fsum(topic.terms.get(term, 0.0) for term in own)
        if own_score <= 0:
            return 0.0
        extra = math.fsum(topic.terms.get(term, 0.0) for term in context - own) * CONTEXT_WEIGHT
        return own_score + min(extra, topic.threshold * CONTEXT_WEIGHT)


def _contexts(paragraphs: Sequence[int], found: Sequence[frozenset]) -> dict[int, frozenset]:
    """For each sentence of one article with something found in it (by position), what was found
    in its paragraph and the paragraphs beside it but not in it; `paragraphs` are the sentences'
    paragraphs."""
    by_paragraph: dict[int, set] = defaultdict(set)
    for paragraph, own in zip(paragraphs, found, strict=True):
        by_paragraph[paragraph].update(own)
    return {
        n: frozenset(set().union(*(by_paragraph.get(p + d, ()) for d in (-1, 0, 1))) - own)
        for n, (p, own) in enumerate(zip(paragraphs, found, strict=True))
        if own
    }


def query_relevance(query: Query, own: frozenset[int], context: frozenset[int]) -> float:
    """How strongly a sentence holding the query's leaves `own`, amid `context` (its paragraphs,
    the headline), is about the query's topic: 0 unless the query holds for the sentence read
    in its context and the sentence itself has a leaf a match rests on; then the weights of its
    own such leaves plus half of its context's (capped at a half), at least 1."""
    mine = own & query.positive
    if not mine or not query.holds(own | context):
        return 0.0
    held = _weights(query, mine)
    around = {k: w for k, w in _weights(query, context & query.positive).items() if k not in held}
    extra = sum(around.values()) * CONTEXT_WEIGHT
    return max(1.0, sum(held.values()) + min(extra, CONTEXT_WEIGHT))


def _weights(query: Query, leaves: frozenset[int]) -> dict[object, float]:
    """Each leaf's weight (boost) by what it matches: a term written twice in the query (in two
    groups) counts once, at its highest boost."""
    found: dict[object, float] = {}
    for n in leaves:
        leaf = query.leaves[n]
        key = (leaf.term, leaf.field) if isinstance(leaf, Atom) else leaf
        found[key] = max(found.get(key, 0.0), leaf.boost)
    return found


@cache
def _query_matcher(text: str) -> TopicMatcher:
    """The matcher of one query, for texts matched one by one (the archive's)."""
    return TopicMatcher((Topic(name="query", query=text),))


def query_matches(query: Query, text: str, title: str = "") -> bool:
    """Whether `query` holds for a whole `text` under `title` (an archived article or item): its
    terms anywhere in either, `title:` terms in the title; and one not under NOT is there."""
    matcher = _query_matcher(query.text)
    heading = _SPACES.sub(" ", title)
    whole = _SPACES.sub(" ", f"{title}\n{text}")
    found = query.leaves_in(whole, matcher.hits(whole)) | query.leaves_in(
        heading, matcher.hits(heading), "title"
    )
    return bool(found & query.positive) and query.holds(found)


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
    sentences: Sequence[tuple[int, str]], topics: Sequence[Topic], title: str = ""
) -> list[tuple[int, int, float]]:
    """The sentences of one article, given as (paragraph, text) in reading order, that are on
    a topic: (position, topic number, relevance). A sentence goes to the topic it is most
    relevant to (weighted terms: score over threshold; a query: `query_relevance`), or to none
    when no relevance reaches 1. `title` is the article's, for queries' `title:` terms."""
    if not topics:
        return []
    matcher = _matcher(topics)
    texts = [_SPACES.sub(" ", text) for _, text in sentences]
    hits = [matcher.hits(text) for text in texts]
    terms = [frozenset(term for term, _, _ in found) or _NONE for found in hits]
    paragraphs = [p for p, _ in sentences]
    relevance: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(topics))
    if any(not topic.query for topic in topics):
        for n, context in _contexts(paragraphs, terms).items():
            for k, topic in enumerate(topics):
                if not topic.query:
                    relevance[n][k] = matcher.score(topic, terms[n], context) / topic.threshold
    heading = _SPACES.sub(" ", title)
    for k, query in matcher.queries:
        leaves = [
            query.leaves_in(text, found) if found else _NONE
            for text, found in zip(texts, hits, strict=True)
        ]
        titled = query.leaves_in(heading, matcher.hits(heading), "title") if heading else _NONE
        for n, context in _contexts(paragraphs, leaves).items():
            relevance[n][k] = query_relevance(query, leaves[n], context | titled)
    found = []
    for n in sorted(relevance):
        best = max(range(len(topics)), key=relevance[n].__getitem__)
        if relevance[n][best] >= 1.0:
            found.append((n, best, relevance[n][best]))
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
        title = sentences[rows[0]].article.title
        found += [
            (rows[k], topic, relevance)
            for k, topic, relevance in article_topics(read, topics, title)
        ]
    result: dict[str, list[tuple[Sentence, float]]] = {topic.name: [] for topic in topics}
    for n, topic, relevance in sorted(found):
        result[topics[topic].name].append((sentences[n], relevance))
    return result
