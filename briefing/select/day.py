"""What selection knows of the whole day (its sentences and stories), and what it reads of the
sentences it may pick: background lines, those that cannot stand alone, the lines they lean on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from briefing.models import Sentence, Story
from briefing.select.agreement import agreements
from briefing.select.background import background
from briefing.text.standalone import leaning_of
from briefing.text.words import word_count
from briefing.weights import DEFAULT, Weights


@dataclass(frozen=True)
class Day:
    """The whole day: its sentences, each article's in reading order, and its stories."""

    sentences: Sequence[Sentence]
    story_of: dict[int, Story]  # article id -> its story
    latest: datetime | None  # the latest publication time of the day
    year: int | None  # the edition's year, to tell background dated years ago
    size: dict[str, int]  # story id -> sentences its articles hold
    edition: date | None = None  # the edition's day
    republished: frozenset[int] = frozenset()  # ids of articles earlier builds read already


def read_day(
    stories: Sequence[Story],
    sentences: Sequence[Sentence],
    day: date | None,
    republished: frozenset[int] = frozenset(),
) -> Day:
    """The day's stories indexed by article; `sentences` are every sentence of the day (each
    article's in reading order); `republished` the articles earlier builds read already."""
    story_of = {a.id: story for story in stories for a in story.articles}
    times = [a.published for story in stories for a in story.articles if a.published]
    size: dict[str, int] = defaultdict(int)
    for sentence in sentences:
        if story := story_of.get(sentence.article.id):
            size[story.id] += 1
    latest = max(times) if times else None
    return Day(sentences, story_of, latest, day.year if day else None, dict(size), day, republished)


@dataclass(frozen=True)
class Reading:
    """What selection reads of the sentences it may pick, against the whole day."""

    background: frozenset[int]  # ids of the sentences other stories repeat
    leans: dict[int, bool]  # sentence id -> it cannot stand alone
    lead_in: dict[int, Sentence]  # sentence id -> the one before it, when that stands alone
    agreement: dict[int, float]  # sentence id -> how much its story's other articles say it
    led: dict[int, float]  # sentence id -> how much its story's other articles' leads say it


def read_sentences(
    day: Day, wanted: Sequence[Sentence], longest: int, weights: Weights = DEFAULT
) -> Reading:
    """Which of the `wanted` sentences are background, which cannot stand alone, the line each
    leans on (one that stands alone and has at most `longest` words, as any line shown), and
    how much of it their stories' other articles say, and their leads (`agreements`): the
    whole day is read for background, only their stories' articles for the rest."""
    stories = {key: story.id for key, story in day.story_of.items()}
    flagged = background(day.sentences, stories, wanted, weights=weights)
    articles = {s.article.id for s in wanted}
    theirs = [s for s in day.sentences if s.article.id in articles]
    at = {(s.article.id, s.index): s for s in theirs}
    before = {s.id: at.get((s.article.id, s.index - 1)) for s in wanted}
    leans = leaning_of(
        theirs, {s.id for s in wanted} | {s.id for s in before.values() if s is not None}
    )
    lead_in = {
        key: s
        for key, s in before.items()
        if s is not None and not leans[s.id] and word_count(s.text) <= longest
    }
    shared, led = agreements(day.sentences, wanted, day.story_of)
    return Reading(frozenset(flagged), leans, lead_in, shared, led)
