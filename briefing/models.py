"""Frozen dataclasses that carry data between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Article:
    """One news article as read from a source: metadata plus its paragraphs."""

    title: str
    outlet: str
    url: str
    path: str
    published: datetime | None
    paragraphs: tuple[str, ...]
    also: tuple[str, ...] = ()  # other outlets that carried the same story
    flags: tuple[str, ...] = ()  # doubts about the metadata, e.g. an impossible date


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence with its place in its article."""

    text: str
    article: Article
    paragraph: int
    index: int  # position of the sentence within the article, from 0


@dataclass(frozen=True)
class Item:
    """A selected sentence with its ranking score."""

    sentence: Sentence
    score: float
    status: str = ""  # against recent briefings: "new", "update" or "repeat" ("" without history)
    outlets: tuple[str, ...] = ()  # every outlet that carried this fact, the cited one first


@dataclass(frozen=True)
class Section:
    """One topic of the briefing with its selected items and coverage counts."""

    name: str
    description: str
    items: tuple[Item, ...]
    articles_considered: int = 0
    sentences_considered: int = 0
    trend: tuple[tuple[date, int], ...] = ()  # articles on the topic per day, oldest first


@dataclass(frozen=True)
class Skipped:
    """A source that could not be used, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Briefing:
    """The finished briefing for one day."""

    day: date
    generated: datetime
    sections: tuple[Section, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    articles_read: int = 0
