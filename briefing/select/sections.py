"""A build's sections: each topic's stories ranked, each told by the sentence stating its news."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from briefing.day.stories import group_stories
from briefing.models import (
    ELSEWHERE,
    PASSING,
    UNCHANGED,
    UNSIZED,
    LeftOut,
    PastItem,
    Section,
    Sentence,
    Story,
)
from briefing.select.day import Day, read_day, read_sentences
from briefing.select.stories import Shortlist, shortlist
from briefing.select.tell import tell_stories
from briefing.select.value import read_pool
from briefing.summariser.choose import candidates
from briefing.summariser.rank.registry import Ranker
from briefing.text.vectorize import tfidf
from briefing.text.words import word_count

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from briefing.config import SelectConfig, Topic


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
    whole day (`read_day`; when not given, read from these sentences alone); the weights are
    `settings.weights`.

    A fact several outlets carry ranks higher and cites them all; background lines never lead;
    a sentence that leans on the one before is shown with it or passed over; a story past
    briefings carried with nothing new is left out, and every item is marked new, update or
    repeat. Nothing is repeated across sections. Stories are ranked first, on what is known of
    them, and only the sentences of each topic's best `max_items` are read further.
    """
    weights = settings.weights
    if day is None:
        sentences = sorted(
            (s for pairs in by_topic.values() for s, _ in pairs), key=lambda s: s.index
        )
        articles = {s.article.id: s.article for s in sentences}
        day = read_day(group_stories(list(articles.values())), sentences, None)
    lengths = settings.min_sentence_words, settings.max_sentence_words
    shortlists, pools = _shortlists(by_topic, topics, settings, day, past)
    wanted = [s for short in shortlists.values() for s in short.sentences]
    reading = read_sentences(day, wanted, settings.max_sentence_words, weights)
    vectors, _ = tfidf([s.text for s in wanted])
    taken: list[int] = []
    sections, offset = [], 0
    for topic in topics:
        short = shortlists[topic.name]
        rows = np.arange(offset, offset + len(short.sentences))
        offset += len(short.sentences)
        considered = [s for s, _ in by_topic.get(topic.name, [])]
        items, shown = [], []
        if short.sentences:
            pool = read_pool(topic, short, rows, vectors, ranker, day, reading, considered, weights)
            items, shown = tell_stories(
                pool, short.stories, rows, vectors, taken, settings, weights
            )
        told = {story.id for story in shown}
        untold = [
            LeftOut(c.story.id, c.story.headline, "no line that stands alone and fits the page")
            for c in short.stories
            if c.story.id not in told
        ]
        untold += _unsized(considered, topic.name, pools, day, lengths)
        sections.append(
            Section(
                name=topic.name,
                description=topic.description,
                items=tuple(items),
                articles_considered=len({s.article.id for s in considered}),
                sentences_considered=len(considered),
                stories=tuple(shown),
                left_out=tuple(untold + short.left_out),
            )
        )
        log.debug(
            "select %s: %d stories shortlisted, %d told", topic.name, len(short.stories), len(shown)
        )
    return named_once(sections)


def named_once(sections: Sequence[Section]) -> tuple[Section, ...]:
    """The sections naming each story they leave out by one headline on every desk: the one a
    section prints (the report it cites), else the one the reader knew it by, which an unchanged
    story keeps (its id may be a past day's, a story told today's), else the grouping's."""
    told = {story.id: story.headline for section in sections for story in section.stories}
    known: dict[str, str] = {}
    for left in (left for section in sections for left in section.left_out):
        if left.reason.startswith(UNCHANGED):
            known.setdefault(left.story, left.headline)
    names = known | told
    return tuple(
        replace(
            section,
            left_out=tuple(
                left
                if left.reason.startswith(UNCHANGED) and left.story in told
                else replace(left, headline=names.get(left.story, left.headline))
                for left in section.left_out
            ),
        )
        for section in sections
    )


def _shortlists(
    by_topic: dict[str, list[tuple[Sentence, float]]],
    topics: Sequence[Topic],
    settings: SelectConfig,
    day: Day,
    past: Sequence[PastItem],
) -> tuple[dict[str, Shortlist], dict[str, list[Sentence]]]:
    """Each topic's `shortlist` and its pool of candidate sentences, by topic name: a story
    goes to the desk it is most about (`_owners`), and one its own desk leaves out as a mention
    to the desk it is next most about, which judges it again."""
    weights = settings.weights
    lengths = settings.min_sentence_words, settings.max_sentence_words
    counts = _counts(by_topic, topics, day)
    owner = _owners(counts, topics)
    leads = _leads(day, owner)
    order = {a: n for n, a in enumerate(dict.fromkeys(s.article.id for s in day.sentences))}
    pools: dict[str, list[Sentence]] = {}

    def shortlisted(topic: Topic, owned: dict[str, str]) -> Shortlist:
        elsewhere = {story: name for story, name in owned.items() if name != topic.name}
        pairs = by_topic.get(topic.name, [])
        mine = _with_leads([s for s, _ in pairs], topic.name, owned, leads, day.story_of)
        pools[topic.name] = candidates(
            sorted(mine, key=lambda s: (order[s.article.id], s.index)), *lengths
        )
        return shortlist(
            topic, pools[topic.name], pairs, day, past, settings.max_items, weights, elsewhere
        )

    shortlists = {topic.name: shortlisted(topic, owner) for topic in topics}
    # a story its own desk leaves out as a mention goes to the desk it is next most about, which
    # judges it again (one desk, so it is told once); the others read that desk's name
    mentions = {
        left.story: name
        for name, short in shortlists.items()
        for left in short.left_out
        if left.reason.startswith(PASSING) and owner.get(left.story) == name
    }
    owned = {story: name for story, name in owner.items() if story not in mentions}
    others = {
        story: Counter({topic: n for topic, n in counts[story].items() if topic != name})
        for story, name in mentions.items()
    }
    owned |= _owners(others, topics)
    gaining = {owned.get(story) for story in mentions}  # they read its leads now
    for topic in topics:
        left = shortlists[topic.name].left_out
        given = {out.story for out in left if out.reason.startswith(ELSEWHERE)}
        if topic.name in gaining or mentions.keys() & given:
            shortlists[topic.name] = shortlisted(topic, owned)
    return shortlists, pools


def _counts(
    by_topic: dict[str, list[tuple[Sentence, float]]], topics: Sequence[Topic], day: Day
) -> dict[str, Counter[str]]:
    """Each story's sentences on each topic."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for topic in topics:
        for sentence, _ in by_topic.get(topic.name, []):
            counts[day.story_of[sentence.article.id].id][topic.name] += 1
    return counts


def _owners(counts: dict[str, Counter[str]], topics: Sequence[Topic]) -> dict[str, str]:
    """Each story's topic: the one most of its sentences are on (the first configured on a
    tie), so a story two desks' words reach is told under the desk it is about (`shortlist`);
    a story on no topic has none."""
    order = {topic.name: n for n, topic in enumerate(topics)}
    return {
        story: min(found, key=lambda name: (-found[name], order[name]))
        for story, found in counts.items()
        if found
    }


def _leads(day: Day, owner: dict[str, str]) -> dict[str, list[Sentence]]:
    """The opening sentence of each article of the stories a topic owns, by story id, in the
    day's order."""
    found: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in day.sentences:
        story = day.story_of.get(sentence.article.id)
        if sentence.index == 0 and story is not None and story.id in owner:
            found[story.id].append(sentence)
    return found


def _with_leads(
    sentences: list[Sentence],
    name: str,
    owned: dict[str, str],
    leads: dict[str, list[Sentence]],
    story_of: dict[int, Story],
) -> list[Sentence]:
    """A topic's sentences with the leads of the stories it owns, whatever terms they name, and
    without those of stories another topic owns: an article's opening states its story's news,
    and is told under the desk its story is told under."""
    kept = [
        s for s in sentences if s.index > 0 or owned.get(story_of[s.article.id].id, name) == name
    ]
    have = {s.id for s in kept}
    mine = [story for story, topic in owned.items() if topic == name]
    return kept + [s for story in mine for s in leads.get(story, []) if s.id not in have]


def _unsized(
    considered: Sequence[Sentence],
    name: str,
    pools: Mapping[str, Sequence[Sentence]],
    day: Day,
    lengths: tuple[int, int],
) -> list[LeftOut]:
    """The stories on topic `name` none of whose sentences is a candidate here (all too short or
    too long, or repeats and datelines; or its leads in another topic's pool, `pools`, which owns
    it): left out, and why, so none considered is dropped unseen."""
    by_story: dict[str, list[Sentence]] = {}
    for sentence in considered:
        by_story.setdefault(day.story_of[sentence.article.id].id, []).append(sentence)
    for sentence in pools[name]:
        by_story.pop(day.story_of[sentence.article.id].id, None)
    owners = {
        day.story_of[s.article.id].id: other
        for other, pool in pools.items()
        if other != name
        for s in pool
    }
    shortest, longest = lengths
    left = []
    for found in by_story.values():
        story = day.story_of[found[0].article.id]
        sized = any(shortest <= word_count(s.text) <= longest for s in found)
        unsized = f"{UNSIZED}{shortest} to {longest} words"
        why = "no line but repeats of others and datelines" if sized else unsized
        owner = owners.get(story.id)
        left.append(LeftOut(story.id, story.headline, ELSEWHERE + owner if owner else why))
    return left
