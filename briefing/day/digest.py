"""Digests: a wire's budget, news summary or package of items ("Here is MONDAY'S package of
...", "AP Top News at 2 a.m.", "Xinhua Mideast News Summary"), each item opening on its own slug
or dateline and about a different thing. A digest is no report of one event: its items are the
openings of stories the wire sends in full, so the clean stage leaves it out of the day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.day.sentence_cut import without_attribution
from briefing.text.news_marks import (
    dateline_end,
    opens_on_quotation,
    unquoted,
    without_dateline,
)
from briefing.text.segment import split_sentences
from briefing.text.standalone import starts_leaning
from briefing.text.vectorize import content_terms
from briefing.text.words import CLOSERS, MONTHS, STOPS, WEEKDAYS, word_count

DIGEST_ITEMS = 3  # items, each opening on its own slug or dateline, that make a list
NOTE_SHARE = 0.25  # the most of the article's words a note before the first item holds
ITEM_WORDS = 8  # an item's first words, which the story it stands for opens on too
# A budget's slug before its place in brackets ("BLAST-VICTIMS (BELLINGHAM, Wash.) _ ").
_SLUG_PLACE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*\s\([^()\n]{1,40}\)\s+(?:[-–—]{1,2}|_)\s")
# Words every item of one day's wire may share without sharing a subject.
_CALENDAR = frozenset(content_terms(" ".join(WEEKDAYS + MONTHS)))
# An opening that is a date or a day ("JAN. 5 -", "MONDAY -"): a timeline's entry, one story told
# in order, not an item of its own.
_ABBREVIATED = "|".join([*(m[:3] for m in MONTHS), "sept"])
_DATED = re.compile(rf"(?i:{'|'.join(WEEKDAYS + MONTHS)})\b|(?i:{_ABBREVIATED})\.")
_NUMBER = re.compile(r"\d+")
_SENTENCE_END = re.compile(f"[{re.escape(STOPS)}][{re.escape(CLOSERS)}]*(?:\\s|$)")


def _opens_item(paragraph: str) -> int | None:
    """Where the text after a paragraph's opening slug or dateline starts, if it opens an item:
    not on a date (a timeline's entry), and a story's opening, not a quotation, opening it or
    most of it (a collection of reactions), nor a headline with no sentence (a "Related:" list)."""
    found = _SLUG_PLACE.match(paragraph)
    end = found.end() if found else dateline_end(paragraph)
    if end is None or _DATED.match(paragraph):
        return None
    text = paragraph[end:]
    quoted = opens_on_quotation(text) or len(unquoted(text)) < len(text) / 2
    return None if quoted or not _SENTENCE_END.search(text) else end


def _starts(paragraphs: Sequence[str]) -> dict[int, int]:
    """Each paragraph opening an item, and where the text after its slug or dateline starts."""
    return {i: end for i, p in enumerate(paragraphs) if (end := _opens_item(p)) is not None}


def _shared(leads: Sequence[str], told: bool = False) -> set[str]:
    """The terms (but a day's or month's name) every item's first paragraph writes; `told`,
    leaving out its sentences' closing attributions (", police said." in every item of a police
    log): what the items tell, not who told them."""
    if told:
        leads = [" ".join(without_attribution(s) for s in split_sentences(t)) for t in leads]
    return set.intersection(*(set(content_terms(lead)) - _CALENDAR for lead in leads))


def digest_reason(paragraphs: Sequence[str]) -> str:
    """Why an article's paragraphs are a digest ("" when they are not): items opening on
    DIGEST_ITEMS or more different slugs or datelines, at most a short note before the first,
    and no word (but a day's or month's name) in every item's first paragraph: no one subject;
    nor do half the items after the first open on a connective or a pronoun, going on from it."""
    starts = _starts(paragraphs)
    if len({_NUMBER.sub("#", paragraphs[i][:end]) for i, end in starts.items()}) < DIGEST_ITEMS:
        return ""  # a label repeated or numbered ("ANSWER -", "UPDATE 2 -"): a Q&A, a live story
    words = [word_count(p) for p in paragraphs]
    if sum(words[: min(starts)]) > NOTE_SHARE * sum(words):
        return ""  # a story of its own, a list after it (a storm's damage country by country)
    leads = [paragraphs[i][end:] for i, end in starts.items()]
    if _shared(leads) and _shared(leads, told=True):
        return ""  # one subject told from several places
    if 2 * sum(map(starts_leaning, leads[1:])) >= len(leads) - 1:
        return ""  # items going on from the one before ("He then shot ..."): one story
    return f"a digest of {len(starts)} items, each opening on its own slug or dateline"


def untold_items(paragraphs: Sequence[str], day: str) -> list[str]:
    """The first paragraphs (past the slug or dateline) of a digest's items whose first
    ITEM_WORDS words `day`, the text of the day's other articles, never writes: news only the
    digest gives (the story an item stands for opens on its words), named when it is left out."""
    untold = []
    for i, end in sorted(_starts(paragraphs).items()):
        lead = without_dateline(" ".join(paragraphs[i][end:].split()))  # "BRITAIN-RACE _ LONDON _"
        if " ".join(lead.split()[:ITEM_WORDS]) not in day:
            untold.append(lead)
    return untold
