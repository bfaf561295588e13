"""Collapse duplicate stories: the same canonical URL, or most of the text shared (wire copies).

Near-copies are found in time linear in the day's articles: each article gets a one-permutation
MinHash sketch of its 5-word shingles, articles whose sketches agree on a whole LSH band become
candidates, and each candidate pair is verified exactly on the shingles.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from briefing.day.disjoint import DisjointSets
from briefing.models import Article
from briefing.text.words import WORD

log = logging.getLogger(__name__)

SHINGLE = 5  # words per shingle
SHARED = 0.8  # share of the shorter article's shingles that makes two articles one story
BINS = 128  # MinHash values per sketch (one permutation, 128 bins)
ROWS = 3  # sketch values per LSH band: two articles are candidates when a whole band agrees
COMMON = 0.5  # a shingle in more than half of a day's articles is a footer: it makes no candidate
COMMON_SAMPLE = 1000  # articles, evenly spaced, in which shingles are counted to find footers
COMMON_MIN = 20  # fewer articles than this have no footers to speak of
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|ocid|cmpid|src|ref)$", re.IGNORECASE)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))
_BIN_SHIFT = np.uint64(57)  # the top 7 bits of a mixed value pick its bin


def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    host = (parts.hostname or "").removeprefix("www.")
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/") or "/", query, ""))


def _mix(values: np.ndarray) -> np.ndarray:
    """A 64-bit mixing function (splitmix64's finaliser), applied element-wise."""
    values = values.astype(np.uint64)
    values = (values ^ (values >> np.uint64(30))) * _MIX[1]
    values = (values ^ (values >> np.uint64(27))) * _MIX[2]
    return values ^ (values >> np.uint64(31))


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """What dedupe needs of an article: its word count and its shingles as sorted, distinct
    32-bit hashes (4 bytes a shingle, no words kept)."""

    words: int
    shingles: np.ndarray


def fingerprint(article: Article) -> Fingerprint:
    """The article's fingerprint, from its lower-cased words in 5-word shingles."""
    words = WORD.findall(" ".join(article.paragraphs).lower())
    if len(words) < SHINGLE:
        single = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint32)
        return Fingerprint(len(words), single)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), np.uint64, len(words))
    count = len(words) - SHINGLE + 1
    combined = hashes[:count] * _MIX[0]
    for k in range(1, SHINGLE):
        combined = (combined ^ hashes[k : k + count]) * _MIX[0]
    return Fingerprint(len(words), np.unique((_mix(combined) >> np.uint64(32)).astype(np.uint32)))


def sketch(hashes: np.ndarray) -> np.ndarray:
    """A one-permutation MinHash of a shingle set: the least value in each of BINS bins, empty
    bins filled from the next filled one (densification), as 32-bit values."""
    ordered = np.sort(_mix(hashes))
    # Bins by number, not by value edges: the top bin's upper edge, 128 << 57, overflows 64 bits.
    starts = np.searchsorted(ordered >> _BIN_SHIFT, np.arange(BINS + 1, dtype=np.uint64))
    filled = np.flatnonzero(starts[:-1] < starts[1:])
    values = ordered[np.minimum(starts[:-1], len(ordered) - 1)]
    # An empty bin borrows the next filled bin's value, marked with the distance borrowed over.
    following = filled[np.searchsorted(filled, np.arange(BINS)) % len(filled)]
    distance = (following - np.arange(BINS)) % BINS
    values = values[following] ^ _mix(distance.astype(np.uint64))
    return (values & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def common_shingles(sets: Sequence[np.ndarray]) -> np.ndarray:
    """Shingles in more than COMMON of the articles (counted in an even sample of them)."""
    if len(sets) < COMMON_MIN:
        return np.empty(0, dtype=np.uint32)
    step = max(1, len(sets) // COMMON_SAMPLE)
    sample = sets[::step]
    values, counts = np.unique(np.concatenate(sample), return_counts=True)
    return values[counts > COMMON * len(sample)]


def sketches(sets: Sequence[np.ndarray]) -> np.ndarray:
    """One sketch per shingle set, a row each, made without the day's common shingles unless
    they are SHARED of the article: then it is a copy of a story most of the day carries, by
    the rule that verifies a pair, not a page around a footer."""
    common = common_shingles(sets)
    rows = np.empty((len(sets), BINS), dtype=np.uint32)
    for row, hashes in enumerate(sets):
        if len(common):
            own = hashes[~np.isin(hashes, common, assume_unique=True)]
            hashes = own if len(hashes) - len(own) < SHARED * len(hashes) else hashes
        rows[row] = sketch(hashes)
    return rows


def candidate_pairs(sketches: np.ndarray) -> np.ndarray:
    """Pairs (i < j) of rows whose sketches agree on a whole band, as an (n, 2) array.

    Within a band, the articles sharing a key are linked to the first of them and to their
    predecessor, never all to all, so a bucket of thousands costs thousands of checks.
    """
    pairs = []
    for start in range(0, BINS - ROWS + 1, ROWS):
        band = sketches[:, start : start + ROWS].astype(np.uint64)
        key = band[:, 0]
        for column in range(1, ROWS):
            key = _mix(key * _MIX[0] ^ band[:, column])
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        same = np.flatnonzero(ordered[1:] == ordered[:-1]) + 1  # positions equal to the previous
        if not len(same):
            continue
        run_start = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        first = run_start[np.searchsorted(run_start, same, side="right") - 1]
        pairs.append(np.column_stack([order[same - 1], order[same]]))
        pairs.append(np.column_stack([order[first], order[same]]))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    found = np.sort(np.concatenate(pairs), axis=1)
    codes = np.unique(found[:, 0] * len(sketches) + found[:, 1])
    return np.column_stack([codes // len(sketches), codes % len(sketches)])


def _groups(articles: Sequence[Article], prints: Sequence[Fingerprint]) -> list[int]:
    """A group label per article: same canonical URL or most shingles shared."""
    copies = DisjointSets(len(articles))
    first_with: dict[str, int] = {}
    for i, article in enumerate(articles):
        key = canonical_url(article.url)
        if key:
            copies.join(i, first_with.setdefault(key, i))
    sets = [p.shingles for p in prints]
    if len(sets) < 2:
        return copies.roots()
    for i, j in candidate_pairs(sketches(sets)).tolist():
        if copies.find(i) == copies.find(j):
            continue  # already one story: checking again changes nothing
        common = len(np.intersect1d(sets[i], sets[j], assume_unique=True))
        if common >= SHARED * min(len(sets[i]), len(sets[j])):
            copies.join(i, j)
    return copies.roots()


def collapse(articles: Sequence[Article]) -> tuple[list[Article], int]:
    """One article per story (the fullest copy, with the other outlets in `also`), and how many
    copies were folded into others; order follows each story's first appearance."""
    prints = [fingerprint(article) for article in articles]
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(_groups(articles, prints)):
        groups.setdefault(label, []).append(index)
    kept = []
    for members in sorted(groups.values(), key=min):
        fullest = max(members, key=lambda i: (prints[i].words, -i))
        keeper = articles[fullest]
        others = [articles[i].outlet for i in members if i != fullest]
        also = tuple(dict.fromkeys(o for o in [*keeper.also, *others] if o and o != keeper.outlet))
        kept.append(replace(keeper, also=also))
    log.debug("dedupe: %d articles, %d copies collapsed", len(kept), len(articles) - len(kept))
    return kept, len(articles) - len(kept)
