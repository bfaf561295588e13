"""Publication times: parse what sources say, distrust the impossible, and the day's window."""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from briefing.errors import BriefingError

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_DAY = date(9998, 12, 31)  # a briefing day whose window every time zone can express


def parse_date(value: str, zone: tzinfo = UTC) -> datetime | None:
    """An aware UTC datetime from ISO 8601 or RFC 2822 text (naive values are in `zone`)."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):  # 9999-12-31T23:59:59-05:00 is past datetime.max in UTC
        return None


def read_date(value: str, zone: tzinfo = UTC) -> tuple[datetime | None, tuple[str, ...]]:
    """`parse_date`, and a flag when a date is given but cannot be read (the article is undated)."""
    moment = parse_date(value, zone)
    if moment is None and value.strip():
        shown = " ".join(value.split())[:40]
        return None, (f"publication date {shown!r} cannot be read; treated as undated",)
    return moment, ()


def vet(moment: datetime | None, now: datetime) -> tuple[datetime | None, tuple[str, ...]]:
    """The time if plausible; else None and a flag saying why it is not trusted."""
    if moment is None:
        return None, ()
    if moment > now + timedelta(days=1):
        return None, (f"publication date {moment.date()} is in the future; not trusted",)
    if moment < EARLIEST:
        return None, (f"publication date {moment.date()} is before 1990; not trusted",)
    return moment, ()


@dataclass(frozen=True)
class Window:
    """The span of publication times a briefing covers; undated articles always count."""

    start: datetime
    end: datetime

    @classmethod
    def for_day(cls, day: date, at: time, zone: tzinfo, since: datetime | None = None) -> Window:
        """The 24 hours ending at `at` on `day` in `zone`, or from `since` when given (a naive
        `since` is in `zone`)."""
        try:
            end = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
            if since is not None and since.tzinfo is None:
                since = since.replace(tzinfo=zone)
            return cls(since.astimezone(UTC) if since else end - timedelta(hours=24), end)
        except (OverflowError, ValueError):
            raise BriefingError(f"no 24-hour window can end on {day}: out of range") from None

    def holds(self, moment: datetime | None) -> bool:
        """True for times inside the window, and for unknown times."""
        return moment is None or self.start <= moment <= self.end
