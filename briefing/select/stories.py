"""A topic's stories ranked on what is known of them (reach, topicality, relevance, recency)
before their sentences are read, and the shortlist of the best, with novelty against past
briefings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from briefing.day.topics import TopicMatcher
from briefing.models import (
    ELSEWHERE,
    TOLD_TODAY,
    UNCHANGED,
    LeftOut,
    PastItem,
    Sentence,
    Story,
)
from briefing.select.day import Day
from briefing.select.facts import Novelty, novelty
from briefing.select.news import recency
from briefing.select.significance import LEAD, names_topic, passing_mention
from briefing.select.status import (
    NO_HISTORY,
    Continued,
    Status,
    Tie,
    carried,
    named_like,
    old_news,
    story_status,
    told_by,
    told_ids,
    told_news,
)
from briefing.text.vectorize import query_terms
from briefing.weights import DEFAULT, Weights

if TYPE_CHECKING:
    from briefing.config import Topic


CARRIED_SCAN = 4  # a section's stories checked for continuing one told before, per place


@dataclass(frozen=True)
class Rank:
    """A story's rank in a section and the factors it is the product of."""

    reach: float  # outlets and copies carrying it
    topicality: float  # how much of it is about the topic
    relevance: float  # how strongly its best sentence is about the topic
    recency: float  # 1 for the day's latest story, less for older ones

    @property
    def value(self) -> float:
        """The product: a section lists its stories by it, highest first."""
        return float(self.reach * self.topicality * self.relevance) * self.recency


def story_rank(
    story: Story, on_topic: int, relevance: float, day: Day, weights: Weights = DEFAULT
) -> Rank:
    """How high a story ranks in a section: outlets and articles carrying it, how much of it is
    about the topic (the share of its sentences on it, up to `about`: a story that mentions the
    topic in passing ranks below one about it), how strongly, and how recent it is."""
    copies = sum(1 + len(a.also) for a in story.articles)
    reach = 1.0 + weights.outlet_reach * np.log2(len(story.outlets) or 1) + np.log2(copies)
    share = on_topic / max(day.size.get(story.id, on_topic), 1)
    topicality = np.sqrt(min(1.0, share / weights.about))
    cap = weights.story_relevance_cap
    strength = 0.5 + 0.5 * min(relevance, cap) / cap
    return Rank(reach, topicality, strength, recency(story, day.latest, weights))


@dataclass(frozen=True)
class Candidate:
    """A shortlisted story: its rank and its candidate sentences (rows of the shortlist's)."""

    rank: Rank
    story: Story
    rows: list[int]
    status: Status = NO_HISTORY


@dataclass(frozen=True)
class Shortlist:
    """A topic's best stories, ranked before their sentences are read, and their candidates."""

    sentences: list[Sentence]
    stories: list[Candidate]  # best first
    statuses: list[str]  # against past briefings: new, update, repeat ("" without history)
    fresh: np.ndarray  # the factor novelty leaves of each sentence's value
    relevance: np.ndarray  # to the topic
    left_out: list[LeftOut]  # stories on the topic not shortlisted, and why


def _tie(story: Story) -> tuple[str, tuple[str, ...], str]:
    """Between stories of one rank: by headline, then (one headline for two) by the first of
    their articles' texts (sentences: a build drops the paragraphs once split), then id. An id
    hashes its files' paths, so it ordered the same day's stories by the folder they were read
    from."""
    return story.headline, min(a.sentences or a.paragraphs for a in story.articles), story.id


def shortlist(
    topic: Topic,
    pool: list[Sentence],
    pairs: Sequence[tuple[Sentence, float]],
    day: Day,
    past: Sequence[PastItem],
    limit: int,
    weights: Weights = DEFAULT,
    elsewhere: Mapping[str, str] | None = None,
) -> Shortlist:
    """The `limit` best stories among the candidates (`pool`), best first, by `story_rank`, of
    those that are the topic's (`_topics`); one that is unchanged since past briefings told it
    (`story_status`) is left out, named as the reader was told it. `pairs`: all the topic's
    sentences, with their relevance."""
    relevance = _relevance(pool, pairs)
    ranked, left_out = _topics(topic, pool, pairs, relevance, day, past, limit, weights, elsewhere)
    # Against past briefings on the whole pool (IDF from all of it, as always): without
    # history this costs nothing, and a status must not depend on which stories are read.
    urls = [s.article.url for s in pool]  # a local file's path may hold another story later
    terms = query_terms(" ".join(topic.keywords))
    found_novelty = novelty([s.text for s in pool], urls, past, terms, weights, topic.name)
    row = {s.id: n for n, s in enumerate(pool)}
    # the best few times `limit` stories can fill the section however many are unchanged
    since = carried(
        [story for _, story, _ in ranked[: CARRIED_SCAN * limit]], past, weights, topic.name
    )
    # a story tied to the past by a line that only continues a briefed item: named like it?
    loose = [
        story for _, story, found in ranked if any(found_novelty.follows[row[s.id]] for s in found)
    ]
    named = named_like(loose, past, weights)
    kept, unchanged = [], []
    for rank, story, found in ranked:
        told = since.get(story.id)
        first = told.first if told else None
        status = story_status(
            found, row, found_novelty, day, first, named.get(story.id, frozenset())
        )
        if status.name == "unchanged":
            unchanged.append((story, status))
        elif len(kept) < limit:
            kept.append((rank, story, found, status))
        else:
            left_out.append(LeftOut(story.id, story.headline, "ranked below the section's stories"))
    developed = _developed(kept, since, row, found_novelty, day)
    left_out += _unchanged(unchanged, developed, since, told_ids(past, topic.name))
    sentences: list[Sentence] = []
    stories = []
    for rank, story, found, status in kept:
        if status.name == "developing":  # told by what is new: yesterday's lines are no news
            found = [s for s in found if not old_news(s, row[s.id], found_novelty, day)]
        start = len(sentences)
        stories.append(Candidate(rank, story, list(range(start, start + len(found))), status))
        sentences.extend(found)
    return Shortlist(
        sentences,
        stories,
        [found_novelty.statuses[row[s.id]] for s in sentences],
        np.array([found_novelty.factors[row[s.id]] for s in sentences], dtype=float),
        np.array([relevance.get(s.id, 1.0) for s in sentences], dtype=float),
        left_out,
    )


def _relevance(
    pool: Sequence[Sentence], pairs: Sequence[tuple[Sentence, float]]
) -> dict[int, float]:
    """Each sentence's relevance to the topic (`pairs`): a line in the pool though not on the
    topic (its story's lead) is as relevant as its article's best line on it."""
    relevance = {s.id: r for s, r in pairs}
    best: dict[int, float] = {}
    for sentence, found in pairs:
        best[sentence.article.id] = max(best.get(sentence.article.id, 1.0), found)
    for sentence in pool:
        relevance.setdefault(sentence.id, best.get(sentence.article.id, 1.0))
    return relevance


def _topics(
    topic: Topic,
    pool: Sequence[Sentence],
    pairs: Sequence[tuple[Sentence, float]],
    relevance: Mapping[int, float],
    day: Day,
    past: Sequence[PastItem],
    limit: int,
    weights: Weights,
    elsewhere: Mapping[str, str] | None,
) -> tuple[list[tuple[Rank, Story, list[Sentence]]], list[LeftOut]]:
    """The pool's stories that are the topic's, ranked (`story_rank`; news before opinion), with
    their candidates, and those left out and why: one that only mentions the topic
    (`passing_mention`) unless it continues a story the topic told (`carried`), and, when the
    topic has stories all about it today, one `elsewhere` gives to another topic (story id ->
    that topic's name)."""
    elsewhere = elsewhere or {}
    on_topic: dict[str, list[Sentence]] = defaultdict(list)
    for sentence, _ in pairs:
        on_topic[day.story_of[sentence.article.id].id].append(sentence)
    members: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in pool:
        members[day.story_of[sentence.article.id].id].append(sentence)

    def ranked_by(story: Story, found: list[Sentence], count: int) -> Rank:
        strength = max(relevance.get(s.id, 1.0) for s in found)
        return story_rank(story, count, strength, day, weights)

    def share(story: Story) -> float:
        mine = on_topic[story.id]
        return len(mine) / max(day.size.get(story.id, len(mine)), 1)

    def names(story: Story) -> bool:
        return names_topic([s for s in on_topic[story.id] if s.index < LEAD], matcher)

    # the topic has a story all about it today: a thin one must open on it to be its, and, when
    # those stories name it (a region desk's places and people), name it too
    matcher = TopicMatcher((topic,))
    judged = [day.story_of[f[0].article.id] for f in members.values()]
    about = [story for story in judged if share(story) >= weights.about]
    crowded, by_name = bool(about), any(names(story) for story in about)
    ranked, left_out, passing = [], [], []
    for found in members.values():
        story = day.story_of[found[0].article.id]
        if crowded and story.id in elsewhere:  # the desk has its own: it is no filler here
            left_out.append(LeftOut(story.id, story.headline, ELSEWHERE + elsewhere[story.id]))
            continue
        mine = on_topic[story.id]
        size = day.size.get(story.id, len(mine))
        # the name is asked of a thin story alone, the only one `passing_mention` reads it of
        named = not by_name or share(story) >= weights.thin or names(story)
        reason = passing_mention(story, mine, size, weights, crowded, named)
        if reason:
            passing.append((len(mine), story, found, reason))
            continue
        ranked.append((ranked_by(story, found, len(mine)), story, found))
    # A story continuing one this topic told is the topic's, however thinly today's article
    # names it (the most on-topic few are compared, as for status in `shortlist`)
    scan = sorted(passing, key=lambda entry: (-entry[0], *_tie(entry[1])))[: CARRIED_SCAN * limit]
    followed = carried([entry[1] for entry in scan], told_by(past, topic.name), weights)
    for count, story, found, reason in passing:
        if story.id not in followed:
            left_out.append(LeftOut(story.id, story.headline, reason))
            continue
        ranked.append((ranked_by(story, found, count), story, found))
    # news before opinion: an editorial may be told, never ahead of the news it argues about
    ranked.sort(key=lambda entry: (bool(entry[1].opinion), -entry[0].value, *_tie(entry[1])))
    return ranked, left_out


def _unchanged(
    unchanged: Sequence[tuple[Story, Status]],
    developed: tuple[set[str], dict[str, Tie]],
    since: Mapping[str, Continued],
    ours: frozenset[str],
) -> list[LeftOut]:
    """The unchanged stories left out, each named as the reader was told it (once for two
    continuing one told story: two copies of it grouped apart today), "told today" when
    that story develops here today (`developed`, `_developed`'s), then the other told stories
    they continue (two events' old reports grouped as one) and those only old articles continue
    beside another's news: unchanged, named once, if this topic told them (`ours`: another
    desk's is its own to name) under a headline."""
    going_on, stale = developed
    left_out, listed = [], set()
    for story, status in unchanged:
        told = since.get(story.id)
        if told and told.story in listed:  # two copies of one told story today: named once
            continue
        listed.add(told.story if told and told.story else story.id)
        headline = (told and told.headline) or story.headline
        reason = TOLD_TODAY if told and told.story in going_on else f"{UNCHANGED}{status.last}"
        left_out.append(LeftOut(story.id, headline, reason))
    named = going_on | {since[story.id].story for story, _ in unchanged if story.id in since}
    grouped = {
        tie.story: tie
        for story, _ in unchanged
        if story.id in since
        for tie in since[story.id].ties
    }
    return left_out + [
        LeftOut(told, tie.headline, f"{UNCHANGED}{tie.last}")
        for told, tie in (grouped | stale).items()
        if told not in named and told in ours and tie.headline
    ]


def _developed(
    kept: Sequence[tuple[Rank, Story, list[Sentence], Status]],
    since: Mapping[str, Continued],
    row: dict[int, int],
    found_novelty: Novelty,
    day: Day,
) -> tuple[set[str], dict[str, Tie]]:
    """The told stories the developing stories continue with news today (ids, `told_news`'s;
    with no tie of news, the closest told story), and by id those they continue by old
    articles only: the closest may be one of these, so it alone says nothing goes on."""
    going_on: set[str] = set()
    stale: dict[str, Tie] = {}
    for _, story, found, status in kept:
        if status.name == "developing" and story.id in since:
            news, old = told_news(found, row, found_novelty, day, since[story.id])
            going_on |= news or {since[story.id].story}
            stale.update((tie.story, tie) for tie in old)
    return going_on, stale
