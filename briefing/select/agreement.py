"""What a story's reports agree happened: every article of a story retells its core event, so
the words of a line that states it recur across the story, while a follow-up's details
("offered no word on what might have caused ...") stay in the one article that reports them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.models import Sentence, Story
from briefing.text.vectorize import content_terms

READ_ARTICLES = 50  # a story's first articles read for what they share (bounds the day's biggest)
REWRITE = 0.75  # of two leads' terms, shared: one outlet's two articles this alike are one report


def agreements(
    sentences: Sequence[Sentence], wanted: Sequence[Sentence], story_of: dict[int, Story]
) -> tuple[dict[int, float], dict[int, float]]:
    """Per id of a `wanted` sentence: the sum, over its distinct content terms, of the share of
    its story's other reports that use the term (0 in a story of one report; an outlet's
    rewrite of its own article is that report, `_reports`); then the same over their leads
    (what they say happened, not the background they all recap). `sentences`: the day's,
    each article's in reading order; `story_of`: article id -> its story. One pass for both."""
    read: dict[str, list[int]] = {}  # story id -> the ids of its articles read
    for sentence in wanted:
        story = story_of[sentence.article.id]
        read.setdefault(story.id, [a.id for a in story.articles[:READ_ARTICLES]])
    reading = {key for keys in read.values() for key in keys}
    terms: dict[int, set[str]] = defaultdict(set)
    opening: dict[int, set[str]] = {}
    outlet: dict[int, str] = {}
    for sentence in sentences:
        if sentence.article.id in reading:
            words = content_terms(sentence.text)
            terms[sentence.article.id].update(words)
            if sentence.index == 0:
                opening[sentence.article.id] = set(words)
                outlet[sentence.article.id] = sentence.article.outlet
    report = _reports(read, opening, outlet)
    led = {key: set(words) for key, words in opening.items()}
    for key in list(terms):
        if report[key] != key:
            terms[report[key]] |= terms[key]
            if key in led:
                led.setdefault(report[key], set()).update(led[key])
    wanted_terms = {sentence.id: set(content_terms(sentence.text)) for sentence in wanted}
    return (
        _shares(wanted, wanted_terms, story_of, read, report, terms),
        _shares(wanted, wanted_terms, story_of, read, report, defaultdict(set, led)),
    )


def _shares(
    wanted: Sequence[Sentence],
    wanted_terms: dict[int, set[str]],
    story_of: dict[int, Story],
    read: dict[str, list[int]],
    report: dict[int, int],
    terms: dict[int, set[str]],
) -> dict[int, float]:
    """Per id of a `wanted` sentence, its terms' uses by its story's other reports (`terms`,
    per report's first article) over how many there are."""
    shares: dict[int, float] = {}
    counts: dict[str, Counter[str]] = {}  # story id -> in how many of its reports read, per term
    for sentence in wanted:
        story = story_of[sentence.article.id].id
        keys = read[story]
        if len(keys) < 2:
            shares[sentence.id] = 0.0
            continue
        heads = sorted({report[key] for key in keys})
        if story not in counts:
            counts[story] = Counter(t for key in heads for t in terms[key])
        used = counts[story]
        mine = report.get(sentence.article.id, sentence.article.id)
        others = len(heads) - (mine in heads)
        if others < 1:
            shares[sentence.id] = 0.0
            continue
        own = terms[mine]
        # whole counts summed, then divided once: the same share whatever the order of the terms
        uses = sum(used[t] - (t in own) for t in wanted_terms[sentence.id])
        shares[sentence.id] = uses / others
    return shares


def _reports(
    read: dict[str, list[int]], leads: dict[int, set[str]], outlet: dict[int, str]
) -> dict[int, int]:
    """Article id -> the first article of its report: an outlet's later version of its own
    story (a write-through, its lead retold nearly whole) is no second witness of what happened,
    while its other articles retelling the event in other words are, and an article naming no
    outlet ("") is no one's rewrite."""
    head: dict[int, int] = {}
    for keys in read.values():
        for k, key in enumerate(keys):
            head.setdefault(key, key)
            mine = leads.get(key, set())
            for earlier in keys[:k]:
                theirs = leads.get(earlier, set())
                alike = len(mine & theirs) >= REWRITE * len(mine | theirs)
                named = outlet.get(key) and outlet.get(key) == outlet.get(earlier)
                if named and mine and theirs and alike:
                    head[key] = head[earlier]
                    break
    return head
