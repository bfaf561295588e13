"""Drop page junk (navigation, forms, share bars, boilerplate) from articles' paragraphs."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np

from briefing.models import Article, Skipped

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_NAVIGATION = re.compile(
    r"""^(?:
        (?:previous|next|prev)\s*(?:article|post|story|page)
      | (?:please\s+)?(?:enter|type)\s+your\s+(?:comment|name|e-?mail|website)
      | leave\s+a\s+(?:comment|reply)
      | (?:save\s+my\s+name|you\s+must\s+be\s+logged\s+in|log\s*in\s+to\s+comment)
      | (?:share|tweet|pin|email)\s+(?:this|on\b|via\b)
      | (?:subscribe|sign\s+up)\b.{0,60}(?:newsletter|updates|free|now|today)
      | (?:follow\s+us|like\s+us)\s+on
      | (?:read|see)\s+(?:more|also|next)\b
      | related\s+(?:articles?|stories|posts|content|coverage)
      | (?:click|tap)\s+here
      | advertisement$|sponsored(?:\s+content)?$
      | (?:all\s+rights\s+reserved|copyright\s+©|©\s*\d{4})
      | (?:photo|image|picture)\s*(?:credit)?\s*:
      | by\s+[^.!?]{0,80}$
      | [-*•▪◦·]\s
      | (?:updated|published|posted)\s*:?\s+(?:on\s+)?\w+\s+\d
      | tags?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A dateline before the first sentence: "MOBILE, Ala. (AP) -- ", "JAKARTA, July 12 (Reuters) - ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,}(?:,[^—–()\n]{0,40}?)?"  # place: "MOBILE, Ala."
    r"(?:\s*\([A-Za-z .]{2,24}\))?"  # agency: "(AP)"
    r"\s*(?:--|—|–|-|_)\s+(?=\S)"  # the dash before the first sentence
)
_PAIR = 1_000_003  # combines two hashes into one (a pair of neighbours, a line and its outlet)
BOILERPLATE_ARTICLES = 5  # a line alone in this many articles, of any outlets, is furniture


def _key(line: str) -> str:
    return " ".join(line.lower().split())


def iter_lines(article: Article) -> Iterator[tuple[int, str]]:
    """Each non-blank line of an article with the index of its paragraph block."""
    for number, block in enumerate(article.paragraphs):
        for line in block.splitlines():
            if line.strip():
                yield number, line.strip()


def is_junk_line(line: str) -> bool:
    """True for navigation, form prompts, share bars, bylines and similar page furniture."""
    text = line.strip()
    return bool(_NAVIGATION.match(text)) or not re.search(r"[A-Za-z]", text)


def _counts(values: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct value, sorted, and in how many of the arrays it occurs."""
    found, counts = np.unique(
        np.concatenate([np.unique(v) for v in values] or [np.empty(0, np.int64)]),
        return_counts=True,
    )
    return found, counts


def _count_of(values: np.ndarray, found: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """How many arrays each value occurs in, by the result of `_counts` (0 when in none)."""
    if not len(found):
        return np.zeros(len(values), dtype=int)
    at = np.minimum(np.searchsorted(found, values), len(found) - 1)
    return np.where(found[at] == values, counts[at], 0)


def boilerplate_lines(articles: Sequence[Article]) -> set[str]:
    """Lines that are page furniture by evidence, whatever their length: lines standing alone
    (no neighbouring line repeats with them) in two or more articles of one outlet, or in
    BOILERPLATE_ARTICLES articles of any outlets. A wire copy carries its neighbours along (the
    story's lines repeat in order); a site's footer sits beside different text each time; a
    sentence two outlets each quote beside their own text is a corroborated fact, kept."""
    lines = [
        np.fromiter((hash(_key(line)) for _, line in iter_lines(a)), np.int64) for a in articles
    ]
    # A pair of consecutive lines, as one value; the first and last lines have a neighbour less.
    pairs = [v[:-1] * _PAIR ^ v[1:] for v in lines]
    line_found, line_counts = _counts(lines)
    pair_found, pair_counts = _counts(pairs)
    lone_lines: list[np.ndarray] = []
    for values, pair in zip(lines, pairs, strict=True):
        repeated = _count_of(values, line_found, line_counts) >= 2
        paired = _count_of(pair, pair_found, pair_counts) >= 2
        with_neighbour = np.zeros(len(values), dtype=bool)
        with_neighbour[:-1] |= paired
        with_neighbour[1:] |= paired
        lone_lines.append(values[repeated & ~with_neighbour])
    in_outlet = [
        lone * _PAIR ^ hash(a.outlet) for lone, a in zip(lone_lines, articles, strict=True)
    ]
    lone_found, lone_counts = _counts(lone_lines)
    outlet_found, outlet_counts = _counts(in_outlet)
    junk = set(lone_found[lone_counts >= BOILERPLATE_ARTICLES].tolist())
    junk_in_outlet = set(outlet_found[outlet_counts >= 2].tolist())
    for lone, combined in zip(lone_lines, in_outlet, strict=True):
        junk.update(
            v for v, c in zip(lone.tolist(), combined.tolist(), strict=True) if c in junk_in_outlet
        )
    return {
        _key(line)
        for article, lone in zip(articles, lone_lines, strict=True)
        if len(lone)
        for _, line in iter_lines(article)
        if hash(_key(line)) in junk
    }


def clean_article(article: Article, boilerplate: set[str] = frozenset()) -> Article:
    """The article with junk lines removed and each paragraph joined into one line of prose."""
    kept: list[str] = []
    for block in article.paragraphs:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        lines = [line for line in lines if not is_junk_line(line) and _key(line) not in boilerplate]
        # A block none of whose lines ends a sentence is a heading, menu or link list, not prose.
        if lines and any(_SENTENCE_END.search(line) for line in lines):
            kept.append(
                _DATELINE.sub("", " ".join(lines), count=1) if not kept else " ".join(lines)
            )
    return replace(article, paragraphs=tuple(kept))


def clean_articles(articles: Sequence[Article]) -> tuple[list[Article], list[Skipped]]:
    """Clean every article; one left with no prose is reported as skipped."""
    boilerplate = boilerplate_lines(articles)
    cleaned: list[Article] = []
    skipped: list[Skipped] = []
    for article in articles:
        result = clean_article(article, boilerplate)
        if result.paragraphs:
            cleaned.append(result)
        else:
            skipped.append(Skipped(article.path, "no article text left after removing page junk"))
    log.debug("clean: %d boilerplate lines, %d articles left empty", len(boilerplate), len(skipped))
    return cleaned, skipped
