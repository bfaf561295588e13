"""Frozen dataclasses that carry data between the pipeline stages (slotted: a day holds
hundreds of thousands of sentences, and a slotted one takes 64 bytes instead of 350). Stages
join them by their integer ids, never by object identity."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

_NEXT_ID = itertools.count()  # article ids, unique within this process
SENTENCE_BITS = 32  # a sentence's id: its article's id, then its index in these low bits


def new_id() -> int:
    """The next article id: no two articles of this process share one."""
    return next(_NEXT_ID)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source: metadata, its paragraphs and, once a build has
    split it, its sentences (the strings its Sentences hold). `id` is unique in the process:
    reading numbers a day's articles in the order read, and one made by hand gets the next
    number; it is no part of an article's equality (the same source read back is equal)."""

    title: str
    outlet: str
    url: str
    path: str
    published: datetime | None
    paragraphs: tuple[str, ...]
    also: tuple[str, ...] = ()  # other outlets that carried the same story
    flags: tuple[str, ...] = ()  # doubts about its metadata or text, e.g. an impossible date
    sentences: tuple[str, ...] = ()  # set by the split stage, in reading order
    place: str = ""  # where it was filed, read off its dateline by the clean stage
    id: int = field(default_factory=new_id, compare=False)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A verbatim sentence with its place in its article."""

    text: str
    article: Article
    paragraph: int
    index: int  # position of the sentence within the article, from 0

    @property
    def id(self) -> int:
        """Unique within a day: its article's id and its index, packed in one integer."""
        return self.article.id << SENTENCE_BITS | self.index


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event, across outlets: what a section lists, best first."""

    id: str  # stable for the same articles: "s" and 16 hex digits
    headline: str  # a source's title, verbatim, outlet suffix removed
    articles: tuple[Article, ...]  # the primary (cited) article first
    outlets: tuple[str, ...]  # distinct outlets, the primary's first
    first_seen: datetime | None  # earliest publication time among its articles
    score: float = 0.0  # its rank value within its section (higher first)
    status: str = ""  # against recent briefings: "new" or "developing" ("" without history)
    opinion: str = ""  # why it is opinion (every article an op-ed, analysis, feature...); "" news
    since: date | None = None  # a developing story: the day a briefing first told it


@dataclass(frozen=True, slots=True)
class Why:
    """Why an item is where it is: its story's rank (the product of the first four) and its
    sentence's value as that story's news (the product of the rest)."""

    reach: float  # outlets and copies carrying the story
    topicality: float  # how much of the story is about the topic
    relevance: float  # how strongly the story is about it
    recency: float  # 1 for the day's latest story, less for older ones
    news_value: float  # lead position, newsworthiness, the ranker, coverage of its story
    novelty: float  # what past briefings left of it (1: new)
    corroboration: float  # gained from other outlets carrying the same fact
    leaning: float  # kept though it leans on the sentence before (1: stands alone)
    on_topic: float  # the sentence's own relevance to the topic
    background: float  # kept though other stories repeat it (1: they do not)


@dataclass(frozen=True, slots=True)
class Item:
    """A selected sentence with its ranking score and the story it tells."""

    sentence: Sentence
    score: float
    status: str = ""  # against recent briefings: "new", "update" or "repeat" ("" without history)
    outlets: tuple[str, ...] = ()  # every outlet that carried this fact, the cited one first
    story: str = ""  # the id of the Story this item tells
    before: Sentence | None = None  # the sentence it leans on, shown with it (verbatim, contiguous)
    why: Why | None = None  # the parts of its score (None when read back from an old briefing)

    @property
    def text(self) -> str:
        """What the reader sees: the sentence, after the one it leans on when there is one."""
        return f"{self.before.text} {self.sentence.text}" if self.before else self.sentence.text


@dataclass(frozen=True, slots=True)
class Section:
    """One topic of the briefing with its selected items and coverage counts."""

    name: str
    description: str
    items: tuple[Item, ...]
    articles_considered: int = 0
    sentences_considered: int = 0
    # Articles on the topic per day, oldest first; None for a day without a briefing.
    trend: tuple[tuple[date, int | None], ...] = ()
    stories: tuple[Story, ...] = ()  # the stories its items tell, best first
    left_out: tuple[LeftOut, ...] = ()  # stories on the topic it does not tell, and why


PASSING = "mentions the topic in passing"  # how a passing mention's LeftOut reason opens
UNCHANGED = "unchanged since "  # how an unchanged story's reason opens, its last day after it
UNSIZED = "no sentence of "  # how the reason of a story with no line of a length to tell opens
# a story on several topics is left to the one most of its sentences are on
ELSEWHERE = "more about another topic: "
OFF_PAGE = "no room on the one-page PDF"  # a story the page fit cut: every output says so
# nothing new in it, and the story it continues develops in the section today: not unchanged
TOLD_TODAY = "nothing new; the story it continues is told today as developing"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A story a section does not tell, and why (a passing mention, unchanged, no room)."""

    story: str  # its id
    headline: str
    reason: str
    status: str = ""  # one the page had no room for: its status ("new", "developing"; "" none)


@dataclass(frozen=True, slots=True)
class Event:
    """A scheduled event a sentence announces: its date, as precise as the words giving it."""

    when: date
    precision: str  # "day", "week" (starting `when`) or "month" (starting `when`)
    phrase: str  # the words that date it, verbatim ("on Thursday" → "Thursday")
    sentence: Sentence
    topic: str
    story: str = ""  # the id of the sentence's story ("" when none is known)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A source that could not be used, and why."""

    source: str
    reason: str

    @property
    def file(self) -> str:
        """The file the source names (`source_file`)."""
        return source_file(self.source)


@dataclass(frozen=True, slots=True)
class Flagged:
    """A source a build used despite doubts about it: its article's flags."""

    source: str
    flags: tuple[str, ...]

    @property
    def file(self) -> str:
        """The file the source names (`source_file`)."""
        return source_file(self.source)


def source_file(source: str) -> str:
    """The file a source (`source_names`) names: a feed's entry is "PATH (LINK)", a kept link
    holding a scheme and no space (not a file's own "notes (copy)")."""
    path, opened, link = source.rpartition(" (")
    whole = opened and link.endswith(")") and "://" in link and " " not in link
    return path if whole else source


def source_names(
    articles: Sequence[Article], per_path: Mapping[str, int] | None = None
) -> list[str]:
    """How a build names each article's source (a flag's, a skip's): its file, with its link
    when the file gave several articles (a feed's entries: "PATH (LINK)"; `per_path` counts
    them as read, else among `articles`), else its link (a page or a feed fetched)."""
    per_path = per_path or Counter(article.path for article in articles)
    return [
        f"{a.path} ({a.url})" if a.path and a.url and per_path[a.path] > 1 else a.path or a.url
        for a in articles
    ]


@dataclass(frozen=True, slots=True)
class Briefing:
    """The finished briefing for one day."""

    day: date
    generated: datetime
    sections: tuple[Section, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    articles_read: int = 0
    since: datetime | None = None  # start of the news window when --since set it
    coming: tuple[Event, ...] = ()  # scheduled events the day's sentences announce, soonest first
    flagged: tuple[Flagged, ...] = ()  # the day's articles with flags, in the order read

    def top_stories(self, count: int = 3) -> list[tuple[Story, str]]:
        """The day's most important news stories across topics, each once, by its best value,
        with the topic that tells most of it (most items, then the higher value); opinion is
        never a top story, nor one without a headline to list it by. Stories tied in value come
        in page order (an id is a hash of paths: the same news read from elsewhere would flip)."""
        value: dict[str, float] = {}
        shown: dict[str, int] = {}  # the story's first place on the page
        home: dict[str, tuple[tuple[int, float], Story, str]] = {}
        for section in self.sections:
            for story in section.stories:
                shown.setdefault(story.id, len(shown))
                if story.opinion or not story.headline:
                    continue
                value[story.id] = max(value.get(story.id, 0.0), story.score)
                told = (sum(item.story == story.id for item in section.items), story.score)
                if story.id not in home or told > home[story.id][0]:
                    home[story.id] = (told, story, section.name)
        ranked = sorted(home, key=lambda sid: (-value[sid], shown[sid]))[:count]
        return [(home[sid][1], home[sid][2]) for sid in ranked]


@dataclass(frozen=True)
class PastItem:
    """An item an earlier briefing carried, or (`told` False) a paragraph of an article of a
    story it told: what carries the story's identity across days."""

    day: date
    topic: str
    text: str
    url: str
    told: bool = True
    story: str = ""  # of a paragraph: the id of the told story its article was in
    headline: str = ""  # of a paragraph: the headline that story was told under
