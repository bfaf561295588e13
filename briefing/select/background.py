"""Background lines: sentences that articles of other stories repeat ("ruled by the military
since 1962"), found by one Aho-Corasick scan of the day."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby

import ahocorasick

from briefing.models import Sentence
from briefing.weights import DEFAULT, Weights

SHINGLE = 4  # words per shingle when telling background lines
LINE = "\x00"  # between sentences when an article is scanned: no shingle runs across one
# What separates words (the runs `\w+` finds): common punctuation, mapped at C speed, and any
# other character neither a word's nor white space (rarer, so read by a regex only when there)
_PUNCTUATION = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’«»—–…·•", " "))
_OTHER = re.compile(r"[^\w\s\x00]")
CHUNK = 1000  # articles scanned between two prunings of the shingles still looked for


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
    chunk: int = CHUNK,
    weights: Weights = DEFAULT,
) -> set[int]:
    """The ids of the `wanted` sentences (default: all) that articles of other stories repeat
    ("ruled by the military since 1962"): background, not the day's news. `sentences` are
    the whole day's, each article's together; `story_of` maps an article's id to its story.

    An Aho-Corasick scan of each article finds the wanted sentences' shingles; every `chunk`
    articles the scan drops those two stories already hold, and stops when none is left."""
    asked = sentences if wanted is None else wanted
    own = [_shingles(s.text) for s in asked]
    first: dict[str, str] = {}  # shingle -> the first story found holding it
    shared: set[str] = set()  # shingles two stories hold
    still = set().union(*own)
    if not still:
        return set()
    automaton, stale = _automaton(still), False
    for count, (_, run) in enumerate(groupby(sentences, key=lambda s: s.article.id), 1):
        if stale and count % chunk == 0:
            still -= shared
            if not still:
                break
            automaton, stale = _automaton(still), False
        found = list(run)
        story = story_of.get(found[0].article.id, "")
        for _, key in automaton.iter(_spelled([s.text for s in found])):
            if key not in shared and first.setdefault(key, story) != story:
                shared.add(key)
                stale = True
    return {
        sentence.id
        for sentence, keys in zip(asked, own, strict=True)
        if keys and len(keys & shared) >= weights.background_share * len(keys)
    }
