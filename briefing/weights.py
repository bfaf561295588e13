"""Every weight and threshold a build scores with, in one place: how articles group into stories
(`[grouping]` in briefing.toml) and how selection ranks them (`[select.weights]`); either table
overrides any of its values, and `briefing weights` lists them all with their meaning."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any


def _weight(default: float, doc: str, divides: bool = False) -> Any:
    """A field with its default and the sentence `briefing weights` shows for it; one that
    `divides` must be above 0."""
    return field(default=default, metadata={"doc": doc, "divides": divides})


class _Described:
    """Frozen weights that check they are 0 or more and describe themselves."""

    __slots__ = ()

    def __post_init__(self) -> None:
        for item in fields(self):  # type: ignore[arg-type]
            value = getattr(self, item.name)
            if item.metadata["divides"] and not value > 0:
                raise ValueError(f"{item.name} is {value}: it divides, so it must be above 0")
            if not value >= 0:  # also refuses NaN
                raise ValueError(f"{item.name} is {value}: weights are 0 or more")
            if not math.isfinite(value):
                raise ValueError(f"{item.name} is {value}: weights are finite numbers")

    @classmethod
    def described(cls) -> list[tuple[str, float, str]]:
        """Each field's name, default and meaning, in declaration order."""
        return [(f.name, f.default, f.metadata["doc"]) for f in fields(cls)]  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Grouping(_Described):
    """How the day's articles group into stories (day/stories.py)."""

    same_story: float = _weight(0.15, "cosine of an article with a story's centroid to join it")
    merge: float = _weight(0.25, "cosine of two stories' centroids at which they are one story")
    apart: float = _weight(0.1, "cosine under which two articles of one story split it in two")
    two_groups: float = _weight(
        0.6,
        "share of a story's mean cosine under which two groups of its articles (two or more "
        "each) are two stories, unless one person is named by every article of both",
    )
    other_person: float = _weight(
        0.9,
        "share of a story's mean cosine under which two groups of its articles (two or more "
        "each) are two stories when every article of one is about a person (names him twice "
        "or more) whom the other never names",
    )
    lead_agree: float = _weight(
        0.05, "cosine of an article's lead with its story's leads' centroid it needs to join it"
    )
    event_groups: float = _weight(
        0.2,
        "share of a story's mean likeness in what happened (event_keys) under which two groups of "
        "its articles (two or more each; in a merge, one article too) are two stories",
    )
    lead_groups: float = _weight(
        0.4,
        "share of a story's mean likeness in its leads under which one of its articles apart "
        "from the rest in what happened (event_groups) is another story",
    )
    event_keys: int = _weight(
        20, "what happened in an article: this many of its heaviest words that name nothing"
    )
    neighbour: float = _weight(0.5, "share of same_story at which articles propose each other")
    entity_weight: float = _weight(2.0, "a named entity counts this many plain words")
    keys: int = _weight(20, "an article proposes partners by this many most distinctive terms")
    shared_keys: int = _weight(2, "partners share at least this many of those terms")
    common: int = _weight(50, "a term in more articles than this proposes no pairs")
    few: int = _weight(8, "below this many articles, a term in most of them may still tell")


@dataclass(frozen=True, slots=True)
class Weights(_Described):
    """How a build ranks stories and values sentences. All are 0 or more; the defaults are the
    values measured in benchmarks/README.md."""

    # A story's rank in a section: reach x topicality x relevance x recency.
    outlet_reach: float = _weight(0.5, "reach gained per doubling of the outlets carrying a story")
    about: float = _weight(0.25, "share of a story's sentences on a topic: all about it", True)
    story_relevance_cap: float = _weight(3.0, "a story's relevance counts up to this", True)
    recency_drop: float = _weight(0.3, "share of its rank a story loses when recency_hours old")
    recency_hours: float = _weight(
        24.0, "hours before the day's latest story at which it is old", True
    )
    mentions: int = _weight(2, "on-topic sentences a story needs when its lead is not on topic")
    mention_share: float = _weight(0.05, "share of its sentences such a story needs on the topic")
    thin: float = _weight(
        0.2, "share on a topic with stories all about it a story needs unless it opens on it"
    )
    # A sentence's value as its story's news: a weighted sum, then factors.
    lead: float = _weight(0.3, "weight of lead position (an article's first sentences)")
    news: float = _weight(0.3, "weight of newsworthiness (a time anchor, an action, actors)")
    ranker: float = _weight(0.2, "weight of the configured ranker's score")
    coverage: float = _weight(0.2, "weight of how much of its story a sentence carries")
    leaning: float = _weight(0.3, "value kept by a sentence that leans on the one before")
    background: float = _weight(0.1, "value kept by a line other stories repeat (never leads)")
    continued: float = _weight(0.8, "value kept by a sentence close to one briefed before")
    relevance_base: float = _weight(0.5, "relevance factor of a sentence at relevance 0")
    relevance_step: float = _weight(0.25, "relevance factor gained per unit of relevance")
    sentence_relevance_cap: float = _weight(2.0, "a sentence's relevance counts up to this")
    # Telling stories.
    close_to_best: float = _weight(0.7, "a story is told by a sentence this share of its best")
    lead_first: float = _weight(
        0.85, "lines this share of a story's best tell it first: the most retold, a lead on a tie"
    )
    same_news: float = _weight(
        0.3, "share of a story's first line's terms another article's lead names to tell its news"
    )
    fuller: float = _weight(
        1.25, "a lead telling that news in this many times its terms tells the story instead"
    )
    second_item: float = _weight(0.5, "a story's next item is worth this share of the one before")
    redundant: float = _weight(0.5, "cosine at which a sentence repeats one already chosen")
    # Facts across outlets and days.
    same_fact: float = _weight(0.5, "cosine at which two sentences state the same fact")
    continues: float = _weight(0.2, "cosine with a briefed item at which a story continues")
    carried: float = _weight(
        0.3, "cosine of an article with one of a story told before: it continues that story"
    )
    distinct: float = _weight(
        0.12, "cosine of an article with a told story's own terms: it tells another side of it"
    )
    repeat_factor: float = _weight(0.2, "value kept by a fact briefed in the last novelty_days")
    corroboration_bonus: float = _weight(0.25, "value gained per doubling of outlets with a fact")
    # What reads as news.
    anchor: float = _weight(0.4, "newsworthiness of a time anchor (on Thursday, today)")
    verb: float = _weight(0.3, "newsworthiness of a verb of action or report")
    actors: float = _weight(0.3, "newsworthiness of named actors (four or more: all of it)")
    quoted: float = _weight(0.5, "newsworthiness kept by a sentence opening on a quotation")
    dated: float = _weight(
        0.5, "newsworthiness kept by background: dated years ago, or opening on the past"
    )
    lead_on_topic: float = _weight(0.9, "lead value of an article's first sentence on the topic")
    background_share: float = _weight(0.5, "share of a line's shingles other stories hold")


@dataclass(frozen=True, slots=True)
class Summary(_Described):
    """How the generic summariser (`briefing summarise`, `briefing evaluate`, `summarise()`)
    values and picks sentences; it reads no configuration: pass one to `summarise()`."""

    redundant: float = _weight(0.5, "cosine at which a sentence repeats one already chosen")
    diversity: float = _weight(0.3, "MMR: weight of similarity to what is chosen")
    score_weight: float = _weight(1.0, "coverage: a sentence's score raises its gain by up to this")
    dangling_penalty: float = _weight(0.2, "value kept by a sentence starting with a connective")
    quoted_penalty: float = _weight(0.5, "one document alone: concept gain kept by a quotation")
    unigram_weight: float = _weight(0.2, "a shared word counts this share of a shared bigram")
    min_documents: int = _weight(2, "documents (or mentions in one) a concept needs to count")
    generic_sharpness: float = _weight(2.0, "without a topic, concept weight = documents ** this")
    relevance_floor: float = _weight(0.1, "with a topic, weight kept by a concept never near it")


DEFAULT = Weights()
GROUPING = Grouping()
SUMMARY = Summary()


def _rows(values: _Described) -> list[str]:
    return [
        f"{name} = {getattr(values, name)!r}".ljust(32) + f" # {doc}"
        for name, _, doc in values.described()
    ]


def weights_toml(grouping: Grouping, weights: Weights) -> str:
    """The weights in force as briefing.toml tables, each with its meaning as a comment, and
    the generic summariser's (which reads no configuration) as comments."""
    blocks = [
        "\n".join(["[grouping]", *_rows(grouping)]),
        "\n".join(["[select.weights]", *_rows(weights)]),
        "\n".join(
            ["# briefing summarise and evaluate: summarise(..., weights=Summary(...))"]
            + [f"# {row}" for row in _rows(SUMMARY)]
        ),
    ]
    return "\n\n".join(blocks) + "\n"
