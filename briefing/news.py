"""What states the news: a sentence's lead position, time anchor, actors and verbs, and the
background lines that many stories repeat."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import groupby

import ahocorasick
import numpy as np

from .models import Sentence, Story

# When: "on Thursday", "today", "this week", "on Nov. 27", "earlier this month".
_ANCHOR = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|"
    r"this (?:week|weekend|month|morning|afternoon|evening|year)|last (?:week|night|month)|"
    r"earlier (?:this|on|in)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}\b)",
)
# What happened: a reporting verb, a future, or a past-tense action.
_VERB = re.compile(
    r"\b(?:said|says|announced|told|agreed|signed|met|meet|meets|will|vowed|warned|urged|"
    r"called|launched|killed|arrested|detained|released|accused|denied|confirmed|reported|"
    r"held|hold|approved|rejected|ordered|sentenced|won|attacked|seized|voted|elected|"
    r"resigned|declared|imposed|lifted|struck|fired|charged|filed|opened|closed|began|ended|"
    r"[a-z]{3,}ed)\b"
)
_ACTOR = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zA-Z’'-]+")
# Background rather than news: "since 1962", "in 1991" with no time anchor of today.
_PAST_YEAR = re.compile(r"\b(?:since|in|from|until|by|of)\s+((?:1[89]|20)\d\d)\b")
_QUOTED = re.compile(r"^[\"“‘']")
SHINGLE = 4  # words per shingle when telling background lines
LINE = "\x00"  # between sentences when an article is scanned: no shingle runs across one
# What separates words (the runs `\w+` finds): common punctuation, mapped at C speed, and any
# other character neither a word's nor white space (rarer, so read by a regex only when there)
_PUNCTUATION = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’«»—–…·•", " "))
_OTHER = re.compile(r"[^\w\s\x00]")
CHUNK = 1000  # articles scanned between two prunings of the shingles still looked for
BACKGROUND_SHARE = 0.5  # this share of a sentence's shingles in other stories makes it background


def newsworthiness(text: str, year: int | None = None) -> float:
    """0..1: how much a sentence reads as the day's news (a time anchor, a verb of action or
    report, named actors), and not as background dated years ago."""
    anchor = bool(_ANCHOR.search(text))
    verb = bool(_VERB.search(text))
    actors = min(len(_ACTOR.findall(text)), 4) / 4
    value = 0.4 * anchor + 0.3 * verb + 0.3 * actors
    if _QUOTED.match(text):
        value *= 0.5  # a quotation colours a story; the reporter's sentence states it
    years = [int(y) for y in _PAST_YEAR.findall(text)]
    if year and years and not anchor and max(years) < year - 1:
        value *= 0.5
    return value


def lead_prior(sentences: Sequence[Sentence]) -> np.ndarray:
    """0..1: the lead of an article carries its news (1 / sqrt(1 + index)); when an article's
    lead is about something else, its first sentence on this topic stands in for it (0.9)."""
    prior = 1.0 / np.sqrt(1.0 + np.array([s.index for s in sentences], dtype=float))
    first: dict[int, int] = {}
    for n, sentence in enumerate(sentences):
        key = id(sentence.article)
        if key not in first or sentence.index < sentences[first[key]].index:
            first[key] = n
    for n in first.values():
        if sentences[n].index > 0:
            prior[n] = max(prior[n], 0.9)
    return prior


def _spelled(texts: Sequence[str]) -> str:
    """The texts' lower-cased words, one space apart, with a LINE before, between and after
    the texts: a shingle found in it between spaces is whole words of one text."""
    joined = f" {LINE} ".join(["", *texts, ""])
    if joined.count(LINE) != len(texts) + 1:  # a text holds LINE itself
        joined = f" {LINE} ".join(["", *(t.replace(LINE, " ") for t in texts), ""])
    joined = joined.lower().translate(_PUNCTUATION)
    if _OTHER.search(joined):
        joined = _OTHER.sub(" ", joined)
    return f" {' '.join(joined.split())} "


def _shingles(text: str) -> set[str]:
    """A sentence's distinct shingles, SHINGLE words each (as `_spelled` spells them); a
    shorter sentence is one, itself between LINEs: it matches only a whole sentence."""
    words = _spelled([text]).split()[1:-1]  # without the LINEs around it
    if len(words) < SHINGLE:
        return {f" {LINE} {' '.join(words)} {LINE} "} if words else set()
    return {f" {' '.join(words[n : n + SHINGLE])} " for n in range(len(words) - SHINGLE + 1)}


def _automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def background(
    sentences: Sequence[Sentence],
    story_of: dict[int, str],
    wanted: Sequence[Sentence] | None = None,
) -> set[int]:
    """ids of the `wanted` sentences (default: all) that articles of other stories repeat
    ("ruled by the military since 1962"): background, not the day's news. `sentences` are
    the whole day's, each article's together; `story_of` maps id(article) to its story.

    An Aho-Corasick scan of each article finds the wanted sentences' shingles; every CHUNK
    articles the scan drops those two stories already hold, and stops when none is left."""
    asked = sentences if wanted is None else wanted
    own = [_shingles(s.text) for s in asked]
    first: dict[str, str] = {}  # shingle -> the first story found holding it
    shared: set[str] = set()  # shingles two stories hold
    still = set().union(*own)
    if not still:
        return set()
    automaton, stale = _automaton(still), False
    for count, (_, run) in enumerate(groupby(sentences, key=lambda s: id(s.article)), 1):
        if stale and count % CHUNK == 0:
            still -= shared
            if not still:
                break
            automaton, stale = _automaton(still), False
        found = list(run)
        story = story_of.get(id(found[0].article), "")
        for _, key in automaton.iter(_spelled([s.text for s in found])):
            if key not in shared and first.setdefault(key, story) != story:
                shared.add(key)
                stale = True
    return {
        id(sentence)
        for sentence, keys in zip(asked, own, strict=True)
        if keys and len(keys & shared) >= BACKGROUND_SHARE * len(keys)
    }


def recency(story: Story, latest: datetime | None) -> float:
    """1 for the day's latest story, down to 0.7 for one a day older (undated: 1)."""
    times = [a.published for a in story.articles if a.published]
    if not times or latest is None:
        return 1.0
    hours = (latest - max(times)).total_seconds() / 3600
    return 1.0 - 0.3 * min(1.0, max(hours, 0.0) / 24)
