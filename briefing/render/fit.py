"""Fitting the briefing to one page (or an email under its size limit): what to cut."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.models import Briefing, Item, Section

Position = tuple[int, int]  # (section, item), both counted from 0


def slug(text: str) -> str:
    """A section name as it appears in ids: lower case, each run of other than a-z and 0-9 a
    hyphen, none at either end ("Asia & Pacific" → "asia-pacific")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cut_order(briefing: Briefing) -> list[Position]:
    """(section, item) positions in the order items are dropped to save space: a story's second
    and later items before any story's first, lowest score first within each (later items first
    among equals), never the last item of a section."""
    left = [len(section.items) for section in briefing.sections]
    ranked = []
    for s, section in enumerate(briefing.sections):
        told: set[str] = set()
        for n, item in enumerate(section.items):
            again = bool(item.story) and item.story in told
            told.add(item.story)
            ranked.append((not again, item.score, -n, s))
    order = []
    for _, _, negative, s in sorted(ranked):
        if left[s] > 1:
            left[s] -= 1
            order.append((s, -negative))
    return order


def without(briefing: Briefing, cuts: Sequence[Position]) -> Briefing:
    """The briefing without the items at the given (section, item) positions, and without the
    stories left with no item."""
    gone = set(cuts)
    return replace(
        briefing,
        sections=tuple(
            _kept(section, [item for n, item in enumerate(section.items) if (s, n) not in gone])
            for s, section in enumerate(briefing.sections)
        ),
    )


def _kept(section: Section, items: Sequence[Item]) -> Section:
    """The section with only `items`, and only the stories they tell."""
    told = {item.story for item in items}
    return replace(
        section,
        items=tuple(items),
        stories=tuple(story for story in section.stories if story.id in told),
    )
