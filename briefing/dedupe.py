"""Collapse duplicate stories: the same canonical URL, or most of the text shared (wire copies)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from scipy import sparse

from .models import Article

SHINGLE = 5  # words per shingle
SHARED = 0.8  # share of the shorter article's shingles that makes two articles one story
_WORD = re.compile(r"\w+")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|ocid|cmpid|src|ref)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    host = (parts.hostname or "").removeprefix("www.")
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/") or "/", query, ""))


def _words(article: Article) -> list[str]:
    return _WORD.findall(" ".join(article.paragraphs).lower())


def _shingles(articles: Sequence[Article]) -> sparse.csr_matrix:
    """An articles x hashed-shingles 0/1 matrix."""
    rows, cols = [], []
    for row, article in enumerate(articles):
        words = _words(article)
        found = {
            zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
            for i in range(max(1, len(words) - SHINGLE + 1))
        }
        rows.extend([row] * len(found))
        cols.extend(found)
    if not cols:
        return sparse.csr_matrix((len(articles), 1))
    _, columns = np.unique(np.array(cols), return_inverse=True)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, columns)), shape=(len(articles), int(columns.max()) + 1)
    )
    matrix.data[:] = 1.0
    return matrix


def _groups(articles: Sequence[Article]) -> list[int]:
    """A group label per article: same canonical URL or most shingles shared."""
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    first_with: dict[str, int] = {}
    for i, article in enumerate(articles):
        key = canonical_url(article.url)
        if key:
            union(i, first_with.setdefault(key, i))
    matrix = _shingles(articles)
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    shared = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    for i, j, common in zip(shared.row, shared.col, shared.data, strict=True):
        if common >= SHARED * max(1.0, min(sizes[i], sizes[j])):
            union(int(i), int(j))
    return [find(i) for i in range(len(articles))]


def collapse(articles: Sequence[Article]) -> tuple[list[Article], int]:
    """One article per story (the fullest copy, with the other outlets in `also`), and how many
    copies were folded into others; order follows each story's first appearance."""
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(_groups(articles)):
        groups.setdefault(label, []).append(index)
    kept = []
    for members in sorted(groups.values(), key=min):
        fullest = max(members, key=lambda i: (len(_words(articles[i])), -i))
        keeper = articles[fullest]
        others = [articles[i].outlet for i in members if i != fullest]
        also = tuple(dict.fromkeys(o for o in [*keeper.also, *others] if o and o != keeper.outlet))
        kept.append(replace(keeper, also=also))
    return kept, len(articles) - len(kept)
