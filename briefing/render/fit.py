"""Fitting the briefing to one page: what to cut, planned from heights measured on a layout."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing.errors import BriefingError
from briefing.models import OFF_PAGE, Briefing, Event, Item, LeftOut, Section

OVERSIZED = 1 / 3  # an item taller than this share of the page is cut before any other
NOTE_PX = 30.0  # room for the note naming the topics left off the page
NO_ROOM = "the page has no room even for its header and footer"

Position = tuple[int, int]  # (section, item), both counted from 0


def slug(text: str) -> str:
    """A section name as it appears in ids: lower case, each run of other than letters and
    digits (of any script) a hyphen, none at either end ("Asia & Pacific" → "asia-pacific",
    "中国" → "中国"); "topic" for a name with neither."""
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-") or "topic"


@functools.lru_cache(maxsize=64)
def slugs(names: tuple[str, ...]) -> dict[str, str]:
    """Each name's slug, unique among `names`: a name whose slug an earlier one took gets the
    first free "-2", "-3" ... ("Asia & Pacific", "Asia, Pacific" → asia-pacific, asia-pacific-2)."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = candidate = slug(name)
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        found.setdefault(name, candidate)
    return found


def section_slug(sections: Sequence[Section], name: str) -> str:
    """The slug of the section `name` among `sections` (`slug` of any other name)."""
    return slugs(tuple(section.name for section in sections)).get(name) or slug(name)


def cut_order(briefing: Briefing) -> list[Position]:
    """(section, item) positions in the order items are dropped to save space: a story's second
    and later items, then opinion's, analysis's and features' (news keeps the room, as it
    comes first in its section), then news stories' first, lowest score first within each
    (later items first among equals), never the last item of a section."""
    left = [len(section.items) for section in briefing.sections]
    ranked = []
    for s, section in enumerate(briefing.sections):
        opinion = {story.id for story in section.stories if story.opinion}
        told: set[str] = set()
        for n, item in enumerate(section.items):
            again = bool(item.story) and item.story in told
            told.add(item.story)
            ranked.append((not again, item.story not in opinion, item.score, -n, s))
    order = []
    for *_, negative, s in sorted(ranked):
        if left[s] > 1:
            left[s] -= 1
            order.append((s, -negative))
    return order


def without(briefing: Briefing, cuts: Sequence[Position], limit: int | None = None) -> Briefing:
    """The briefing without the items at the given (section, item) positions, without the
    stories left with no item, and without Coming up's events of those stories: a story the
    page had no room for is named in the no-room line, not announced above it; the next
    events take their places, `limit` at most."""
    gone = set(cuts)
    sections = tuple(
        _kept(section, [item for n, item in enumerate(section.items) if (s, n) not in gone])
        for s, section in enumerate(briefing.sections)
    )
    return replace(briefing, sections=sections, coming=announced(briefing.coming, sections, limit))


def announced(
    events: Sequence[Event], sections: Sequence[Section], limit: int | None = None
) -> tuple[Event, ...]:
    """The first `limit` events whose story is not one the cut left only in a no-room line."""
    told = {item.story for section in sections for item in section.items}
    cut = {
        left.story for section in sections for left in section.left_out if left.reason == OFF_PAGE
    }
    return tuple(event for event in events if event.story not in cut - told)[:limit]


def _kept(section: Section, items: Sequence[Item]) -> Section:
    """The section with only `items`, and only the stories they tell; the stories it no longer
    tells join its left out, for want of room."""
    told = {item.story for item in items}
    cut = [s for s in section.stories if s.id not in told]
    return replace(
        section,
        items=tuple(items),
        stories=tuple(story for story in section.stories if story.id in told),
        left_out=(*section.left_out, *(LeftOut(s.id, s.headline, OFF_PAGE, s.status) for s in cut)),
    )


@dataclass(frozen=True)
class Heights:
    """Vertical space measured on a very tall page, in CSS pixels; `ends` and `needed` are
    counted from the top margin's lower edge."""

    items: tuple[tuple[float, ...], ...]  # per section, each item's height (0 when not found)
    ends: tuple[float, ...]  # per section, where its element ends
    needed: float  # where the lowest element ends
    tail: float  # what follows the last section (the note, the footer)
    margins: float  # the page's top and bottom margins together


def measure(page: Any, briefing: Briefing) -> Heights:
    """The heights of `briefing`'s items and sections on a laid-out WeasyPrint page, found by
    the template's ids `topic-N` and `item-N-<slug>` (N counted from 1)."""
    anchors, box = page.anchors, page._page_box
    top, nowhere = box.margin_top, (0, 0, 0, 0)
    items = []
    for s, section in enumerate(briefing.sections, 1):
        name, heights = section_slug(briefing.sections, section.name), []
        for n in range(1, len(section.items) + 1):
            # From an item's top to the next item's top; the last item's to its section's end.
            start = anchors.get(f"item-{n}-{name}")
            if start is None:
                heights.append(0.0)
                continue
            below = anchors.get(f"item-{n + 1}-{name}")
            heights.append((below[1] if below else anchors.get(f"topic-{s}", start)[3]) - start[1])
        items.append(tuple(heights))
    bottoms = [anchors.get(f"topic-{s}", nowhere)[3] for s in range(1, len(items) + 1)]
    needed = max((b[3] for b in anchors.values()), default=0.0) - top
    last = anchors.get(f"topic-{len(items)}", nowhere)[3]
    return Heights(
        items=tuple(items),
        ends=tuple(bottom - top for bottom in bottoms),
        needed=needed,
        tail=needed + top - last,
        margins=top + box.margin_bottom,
    )


@dataclass(frozen=True)
class Plan:
    """Cut the first `cut` items of `order`, then more one by one until the page fits; if none
    fits (or `cut` is None: none is predicted to), move sections `leave` off the page."""

    order: tuple[Position, ...]  # the cut order, items taller than OVERSIZED of the page first
    cut: int | None
    leave: tuple[int, ...]


def plan_cut(
    heights: Heights, available: float, order: Sequence[Position], note: float = NOTE_PX
) -> Plan:
    """The plan for a page `available` pixels tall, from the measured `heights`, the cut order
    and the room `note` that naming the topics off the page would take (0: it is on already)."""
    oversized = available * OVERSIZED
    height = {(s, n): h for s, items in enumerate(heights.items) for n, h in enumerate(items)}
    first = tuple(sorted(order, key=lambda p: height[p] <= oversized))
    lone = tuple(
        s for s, items in enumerate(heights.items) if items and all(h > oversized for h in items)
    )
    if lone:  # a topic whose every item is oversized cannot be on the page
        return Plan(first, None, lone)
    # The fewest items to cut, in order, for the rest to fit with a pixel to spare.
    sizes = [height[p] for p in first]
    cut = next(
        (k for k in range(len(first) + 1) if heights.needed - sum(sizes[:k]) <= available - 1.0),
        None,
    )
    # Failing that, the leading topics that fit at one item each stay (at least one leaves).
    keep, room, count = 0, available - note, len(heights.items)
    for s in range(count):
        saved = sum(height[p] for p in first if p[0] < s)
        cut_here = sum(height[p] for p in first if p[0] == s)
        if heights.ends[s] - saved - cut_here + heights.tail > room:
            break
        keep = s + 1
    leave = tuple(range(min(keep, count - 1), count)) if count else ()
    if cut is None and not leave:
        raise BriefingError(NO_ROOM)
    return Plan(first, cut, leave)
