"""A story's status across days, carried by what past briefings told of it: new, developing
(briefed before, with something new today) or unchanged (nothing new: left out, named in one
line). Its sentences are matched to the items briefed (the same fact, a continuation, an article
briefed before), its articles to those earlier builds read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefing.models import Sentence, Story
from briefing.select.day import Day
from briefing.select.facts import Novelty


@dataclass(frozen=True)
class Status:
    """A story against past briefings: "new", "developing" or "unchanged" ("" with no
    history), and the days it was first and last briefed."""

    name: str
    first: date | None = None
    last: date | None = None


NO_HISTORY = Status("")


def story_status(
    story: Story, found: Sequence[Sentence], rows: dict[int, int], novelty: Novelty, day: Day
) -> Status:
    """The story's status: `found` its candidate sentences, `rows` each one's row in `novelty`."""
    statuses = [novelty.statuses[rows[s.id]] for s in found]
    if not statuses or not statuses[0]:
        return NO_HISTORY
    briefed = [d for s in found if (d := novelty.briefed[rows[s.id]]) is not None]
    if not briefed:
        return Status("new")
    first, last = min(briefed), max(briefed)
    fresh_articles = any(a.id not in day.republished for a in story.articles)
    nothing_new = all(status == "repeat" for status in statuses)
    return Status("unchanged" if nothing_new or not fresh_articles else "developing", first, last)
