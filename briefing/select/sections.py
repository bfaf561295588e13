"""A build's sections: each topic's stories ranked, each told by the sentence stating its news."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from briefing.day.stories import group_stories, make_story
from briefing.models import Item, PastItem, Section, Sentence, Story
from briefing.select.background import background
from briefing.select.facts import corroboration, novelty
from briefing.select.news import lead_prior, newsworthiness, recency
from briefing.summariser.choose import REDUNDANT, candidates, normalise
from briefing.summariser.rank import Ranker
from briefing.text.standalone import leaning_of
from briefing.text.vectorize import query_terms, tfidf
from briefing.text.words import word_count

if TYPE_CHECKING:  # the configuration (pydantic) is not needed to run: `summarise` starts faster
    from briefing.config import SelectConfig, Topic

def topic_query(topic: Topic) -> str:
    """The text a query-aware ranker reads as the topic: its name, description and terms."""
    return " ".join([topic.name, topic.description, *topic.terms])


@dataclass(frozen=True)
class Day:
    """What selection knows of the whole day: its sentences, each article's in reading order,
    and its stories."""

    sentences: Sequence[Sentence]
    story_of: dict[int, Story]  # id(article) -> its story
    latest: datetime | None  # the latest publication time of the day
    year: int | None  # the edition's year, to tell background dated years ago
    size: dict[str, int]  # story id -> sentences its articles hold


def read_day(stories: Sequence[Story], sentences: Sequence[Sentence], day: date | None) -> Day:
    """The day's stories indexed by article; `sentences` are every sentence of the day (each
    article's in reading order)."""
    story_of = {id(a): story for story in stories for a in story.articles}
    times = [a.published for story in stories for a in story.articles if a.published]
    size: dict[str, int] = defaultdict(int)
    for sentence in sentences:
        if story := story_of.get(id(sentence.article)):
            size[story.id] += 1
    return Day(
        sentences, story_of, max(times) if times else None, day.year if day else None, dict(size)
    )


@dataclass(frozen=True)
class Reading:
    """What selection reads of the sentences it may pick, against the whole day."""

    background: frozenset[int]  # id(sentence) of lines other stories repeat
    leans: dict[int, bool]  # id(sentence) -> it cannot stand alone
    lead_in: dict[int, Sentence]  # id(sentence) -> the one before it, when that stands alone


def read_sentences(day: Day, wanted: Sequence[Sentence]) -> Reading:
    """Which of the `wanted` sentences are background, which cannot stand alone, and the line
    each leans on: the whole day is read for background, only their articles for leaning."""
    flagged = background(day.sentences, {k: story.id for k, story in day.story_of.items()}, wanted)
    articles = {id(s.article) for s in wanted}
    theirs = [s for s in day.sentences if id(s.article) in articles]
    at = {(id(s.article), s.index): s for s in theirs}
    before = {id(s): at.get((id(s.article), s.index - 1)) for s in wanted}
    leans = leaning_of(
        theirs, {id(s) for s in wanted} | {id(s) for s in before.values() if s is not None}
    )
    lead_in = {key: s for key, s in before.items() if s is not None and not leans[id(s)]}
    return Reading(frozenset(flagged), leans, lead_in)


ABOUT = 0.25  # a story with this share of its sentences on a topic is about it (more adds nothing)


def story_value(story: Story, on_topic: int, relevance: float, day: Day) -> float:
    """How high a story ranks in a section: outlets and articles carrying it, how much of it is
    about the topic (the share of its sentences on it, up to ABOUT: a story that mentions the
    topic in passing ranks below one about it), how strongly, and how recent it is."""
    copies = sum(1 + len(a.also) for a in story.articles)
    reach = 1.0 + 0.5 * np.log2(len(story.outlets) or 1) + np.log2(copies)
    topicality = np.sqrt(min(1.0, on_topic / max(day.size.get(story.id, on_topic), 1) / ABOUT))
    return float(reach * topicality * (0.5 + 0.5 * min(relevance, 3.0) / 3.0)) * recency(
        story, day.latest
    )


def select_sections(
    by_topic: dict[str, list[tuple[Sentence, float]]],
    topics: Sequence[Topic],
    ranker: Ranker,
    settings: SelectConfig,
    day: Day | None = None,
    past: Sequence[PastItem] = (),
) -> tuple[Section, ...]:
    """One section per configured topic, in configuration order: its stories best first, each
    told by the sentence that states its news, before any story gets a second item.

    `by_topic` holds each topic's sentences with their relevance; `day` what is known of the
    whole day (`read_day`; when not given, read from these sentences alone).

    A fact several outlets carry ranks higher and cites them all; background lines never lead;
    a sentence that leans on the one before is shown with it or passed over; a story past
    briefings carried with nothing new is left out, and every item is marked new, update or
    repeat. Nothing is repeated across sections. Stories are ranked first, on what is known of
    them, and only the sentences of each topic's best `max_items` are read further.
    """
    if day is None:
        sentences = sorted(
            (s for pairs in by_topic.values() for s, _ in pairs), key=lambda s: s.index
        )
        articles = {id(s.article): s.article for s in sentences}
        day = read_day(group_stories(list(articles.values())), sentences, None)
    lengths = settings.min_sentence_words, settings.max_sentence_words
    shortlists = {}
    for topic in topics:
        pairs = by_topic.get(topic.name, [])
        pool = candidates([s for s, _ in pairs], *lengths)
        shortlists[topic.name] = _shortlist(topic, pool, pairs, day, past, settings.max_items)
    reading = read_sentences(day, [s for short in shortlists.values() for s in short.sentences])
    vectors, _ = tfidf([s.text for short in shortlists.values() for s in short.sentences])
    taken: list[int] = []
    sections, offset = [], 0
    for topic in topics:
        short = shortlists[topic.name]
        rows = np.arange(offset, offset + len(short.sentences))
        offset += len(short.sentences)
        considered = [s for s, _ in by_topic.get(topic.name, [])]
        items: list[Item] = []
        shown: list[Story] = []
        if short.sentences:
            read = _read_pool(topic, short, rows, vectors, ranker, day, reading, considered)
            items, shown = _tell_stories(read, short.stories, rows, vectors, taken, settings)
        sections.append(
            Section(
                name=topic.name,
                description=topic.description,
                items=tuple(items),
                articles_considered=len({id(s.article) for s in considered}),
                sentences_considered=len(considered),
                stories=tuple(shown),
            )
        )
    return tuple(sections)


@dataclass(frozen=True)
class _Shortlist:
    """A topic's best stories, ranked before their sentences are read, and their candidates."""

    sentences: list[Sentence]
    stories: list[tuple[float, Story, list[int]]]  # worth, story, its rows of `sentences`
    statuses: list[str]  # against past briefings: new, update, repeat
    fresh: np.ndarray  # the factor novelty leaves of each sentence's value
    relevance: np.ndarray  # to the topic


def _shortlist(
    topic: Topic,
    pool: list[Sentence],
    pairs: Sequence[tuple[Sentence, float]],
    day: Day,
    past: Sequence[PastItem],
    limit: int,
) -> _Shortlist:
    """The `limit` best stories among the candidates (`pool`), best first, by `story_value`; a
    story whose every candidate past briefings carried is left out. `pairs`: all the topic's
    sentences, with their relevance."""
    relevance = {id(s): r for s, r in pairs}
    on_topic = Counter(day.story_of[id(s.article)].id for s, _ in pairs)
    members: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in pool:
        members[day.story_of[id(sentence.article)].id].append(sentence)
    ranked = []
    for found in members.values():
        story = day.story_of[id(found[0].article)]
        strength = max(relevance.get(id(s), 1.0) for s in found)
        ranked.append((story_value(story, on_topic[story.id], strength, day), story, found))
    ranked.sort(key=lambda entry: (-entry[0], entry[1].id))
    # Against past briefings on the whole pool (IDF from all of it, as always): without
    # history this costs nothing, and a status must not depend on which stories are read.
    urls = [s.article.url or s.article.path for s in pool]
    statuses, fresh = novelty(
        [s.text for s in pool], urls, past, query_terms(" ".join(topic.terms))
    )
    novel = {id(s): (status, float(f)) for s, status, f in zip(pool, statuses, fresh, strict=True)}
    kept = [e for e in ranked if any(novel[id(s)][0] != "repeat" for s in e[2])][:limit]
    sentences: list[Sentence] = []
    stories = []
    for worth, story, found in kept:
        stories.append((worth, story, list(range(len(sentences), len(sentences) + len(found)))))
        sentences.extend(found)
    return _Shortlist(
        sentences,
        stories,
        [novel[id(s)][0] for s in sentences],
        np.array([novel[id(s)][1] for s in sentences], dtype=float),
        np.array([relevance.get(id(s), 1.0) for s in sentences], dtype=float),
    )


LEANING = 0.3  # a sentence that leans on the one before keeps this share of its value
BACKGROUND = 0.1  # a line other stories repeat keeps this share: it never leads a story
CONTINUED = 0.8  # a sentence close to one briefed before: today's new facts come first
CLOSE_TO_BEST = 0.7  # a story is told by a sentence worth this share of its best, or not at all
SECOND_ITEM = 0.5  # a story's second item is worth half its first (cut first to save space)


@dataclass(frozen=True)
class _Pool:
    """A topic's candidate sentences with what selection reads of each."""

    sentences: list[Sentence]
    value: np.ndarray  # how well each states its story's news
    leans: list[bool]  # cannot stand alone
    lead_in: list[Sentence | None]  # the sentence it leans on, when that one stands alone
    statuses: list[str]
    outlets: list[tuple[str, ...]]


def _read_pool(
    topic: Topic,
    short: _Shortlist,
    rows: np.ndarray,
    vectors: sparse.csr_matrix,
    ranker: Ranker,
    day: Day,
    reading: Reading,
    considered: Sequence[Sentence],
) -> _Pool:
    """Each sentence's value as its story's news: lead position, newsworthiness, the ranker's
    score and how much of the story it carries, times novelty, corroboration and relevance to
    the topic; background and sentences that lean on the one before lose most of it."""
    pool = short.sentences
    outlets, corroborated = corroboration(pool, considered)
    leaning = [reading.leans[id(s)] for s in pool]
    value = (
        0.3 * lead_prior(pool)
        + 0.3 * np.array([newsworthiness(s.text, day.year) for s in pool])
        + 0.2 * np.array(normalise(ranker.score(pool, topic_query(topic))))
        + 0.2 * _coverage([found for _, _, found in short.stories], rows, vectors)
    )
    value *= short.fresh * corroborated * np.where(leaning, LEANING, 1.0)
    value *= np.where(np.array(short.statuses) == "update", CONTINUED, 1.0)
    value *= 0.5 + 0.25 * np.minimum(short.relevance, 2.0)
    value *= np.array([BACKGROUND if id(s) in reading.background else 1.0 for s in pool])
    lead_in = [
        reading.lead_in.get(id(s)) if lean else None for s, lean in zip(pool, leaning, strict=True)
    ]
    return _Pool(pool, value, leaning, lead_in, short.statuses, outlets)


def _tell_stories(
    pool: _Pool,
    ranked: list[tuple[float, Story, list[int]]],
    rows: np.ndarray,
    vectors: sparse.csr_matrix,
    taken: list[int],
    settings: SelectConfig,
) -> tuple[list[Item], list[Story]]:
    """Items, one per story in rank order before any story gets a second, within the topic's
    budget; nothing redundant with what is taken (here or in other topics), nothing shown twice.
    A story is told by its best sentences (by value) first."""
    ranked = [
        (w, story, sorted(rows, key=lambda n: (-pool.value[n], n))) for w, story, rows in ranked
    ]
    similarity = np.zeros(len(pool.sentences))
    if taken:
        similarity = np.asarray((vectors[rows] @ vectors[taken].T).max(axis=1).toarray()).ravel()
    shown: set[int] = set()
    chosen: list[list[int]] = [[] for _ in ranked]
    words, count = 0, 0

    def acceptable(n: int, s: int) -> int | None:
        """The words item n would add, or None when it cannot be shown now."""
        sentence, before = pool.sentences[n], pool.lead_in[n]
        if similarity[n] >= REDUNDANT or id(sentence) in shown:
            return None
        if before is not None and id(before) in shown:
            return None
        if pool.leans[n] and before is None:
            return None  # every item must read on its own, or with the line it leans on
        size = word_count(sentence.text) + (word_count(before.text) if before else 0)
        return size if count == 0 or words + size <= settings.max_words else None

    for round_ in range(min(settings.max_items, settings.max_story_items)):
        for s, (_, _, order) in enumerate(ranked):
            if count >= settings.max_items or len(chosen[s]) < round_:
                continue
            good = [n for n in order if pool.value[n] >= CLOSE_TO_BEST * pool.value[order[0]]]
            n = next(
                (n for n in (order if chosen[s] else good) if acceptable(n, s) is not None), None
            )
            if n is None:
                continue
            words += acceptable(n, s) or 0
            count += 1
            chosen[s].append(n)
            shown.update(id(x) for x in (pool.sentences[n], pool.lead_in[n]) if x is not None)
            taken.append(int(rows[n]))
            row = vectors[rows[n]].T
            similarity = np.maximum(similarity, (vectors[rows] @ row).toarray().ravel())
    items: list[Item] = []
    stories: list[Story] = []
    for (worth, story, order), picks in zip(ranked, chosen, strict=True):
        if not picks:
            continue
        continuing = any(pool.statuses[n] in ("update", "repeat") for n in order)
        story = replace(
            make_story(story.articles, pool.sentences[picks[0]].article),
            score=round(worth, 4),
            status="update" if continuing else pool.statuses[picks[0]],
        )
        stories.append(story)
        items.extend(
            Item(
                pool.sentences[n],
                round(worth * SECOND_ITEM**k, 4),
                pool.statuses[n],
                pool.outlets[n],
                story.id,
                pool.lead_in[n],
            )
            for k, n in enumerate(picks)
        )
    return items, stories


def _coverage(groups: list[list[int]], rows: np.ndarray, vectors: sparse.csr_matrix) -> np.ndarray:
    """0..1: how much of its story each sentence carries: the weight, in the sum of the story's
    sentence vectors, of the terms it uses, over the story's best (who, what and where, not one
    detail, and not a short line that merely resembles the story). `groups`: each story's
    sentences."""
    uses = vectors[rows].copy()
    uses.data[:] = 1.0
    coverage = np.zeros(len(rows))
    for found in groups:
        story = np.asarray(vectors[rows[found]].sum(axis=0)).ravel()
        carried = uses[found] @ story
        coverage[found] = carried / max(float(carried.max()), 1e-12)
    return coverage
