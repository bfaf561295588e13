"""What states the news: a sentence's lead position, time anchor, actors and verbs, and the
background lines that many stories repeat."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime

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
_WORDS = re.compile(r"\w+")
CHUNK = 20_000  # sentences whose shingles are hashed at a time (bounds memory)
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


def _shingles(sentences: Sequence[Sentence]) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """Each sentence's distinct 4-word shingles, hashed, CHUNK sentences at a time (their words
    are Python strings only until hashed): per chunk, its first sentence's index and its
    (sentence index within the chunk, hash) pairs."""
    for at in range(0, len(sentences), CHUNK):
        yield at, *_chunk_shingles(sentences[at : at + CHUNK])


def _chunk_shingles(sentences: Sequence[Sentence]) -> tuple[np.ndarray, np.ndarray]:
    """`_shingles` of one run of sentences, in one pass over their words (a sentence shorter
    than a shingle is one)."""
    from .dedupe import shingle_hashes

    words = [_WORDS.findall(s.text.lower()) for s in sentences]
    lengths = np.array([len(w) for w in words])
    ends = np.cumsum(lengths)
    owner, hashes = [], []
    if ends[-1] >= SHINGLE:
        at = np.arange(ends[-1] - SHINGLE + 1)
        whose = np.searchsorted(ends, at, side="right")
        inside = at + SHINGLE <= ends[whose]  # a shingle does not run into the next sentence
        owner.append(whose[inside])
        hashes.append(shingle_hashes([w for found in words for w in found], SHINGLE)[inside])
    short = np.flatnonzero(lengths < SHINGLE)
    owner.append(short)
    hashes.append(np.array([shingle_hashes(words[n], SHINGLE)[0] for n in short], np.uint64))
    first, second = _distinct(np.concatenate(owner), np.concatenate(hashes))
    return first.astype(np.int32), second


def _distinct(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (first, second) pairs, sorted."""
    order = np.lexsort((second, first))
    first, second = first[order], second[order]
    new = np.ones(len(first), dtype=bool)
    new[1:] = (first[1:] != first[:-1]) | (second[1:] != second[:-1])
    return first[new], second[new]


def background(
    sentences: Sequence[Sentence],
    story_of: dict[int, str],
    wanted: Sequence[Sentence] | None = None,
) -> set[int]:
    """ids of the `wanted` sentences (default: all) that articles of other stories repeat
    ("ruled by the military since 1962"): background, not the day's news. `sentences` are
    the whole day's, `story_of` maps id(article) to its story. The day is read in chunks and
    only shingles of wanted sentences are kept: memory grows with what selection may pick."""
    asked = sentences if wanted is None else wanted
    if not asked:
        return set()
    names = {name: n for n, name in enumerate(dict.fromkeys(story_of.values()))}

    def stories(run: Sequence[Sentence]) -> np.ndarray:
        return np.array([names.get(story_of.get(id(s.article), ""), -1) for s in run])

    chunks = list(_shingles(asked))
    owner = np.concatenate([at + whose for at, whose, _ in chunks])
    hashes = np.concatenate([found for _, _, found in chunks])
    kept = np.unique(hashes)
    holders = []  # (shingle, story) for the wanted shingles, wherever the day has them
    for at, whose, found in chunks if asked is sentences else _shingles(sentences):
        run = sentences[at : at + CHUNK]
        place = np.minimum(np.searchsorted(kept, found), len(kept) - 1)
        mine = kept[place] == found
        holders.append(_distinct(found[mine], stories(run)[whose[mine]]))
    held = np.concatenate([shingle for shingle, _ in holders])
    story = np.concatenate([story for _, story in holders])
    # A shingle is found elsewhere when two stories hold it (its own story is always one).
    held, _ = _distinct(held, story)
    shared, spread = np.unique(held, return_counts=True)
    elsewhere = np.isin(hashes, shared[spread >= 2])
    found = np.bincount(owner, weights=elsewhere, minlength=len(asked))
    total = np.bincount(owner, minlength=len(asked))
    return {id(asked[n]) for n in np.flatnonzero(found >= BACKGROUND_SHARE * total)}


def recency(story: Story, latest: datetime | None) -> float:
    """1 for the day's latest story, down to 0.7 for one a day older (undated: 1)."""
    times = [a.published for a in story.articles if a.published]
    if not times or latest is None:
        return 1.0
    hours = (latest - max(times)).total_seconds() / 3600
    return 1.0 - 0.3 * min(1.0, max(hours, 0.0) / 24)
