from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from briefing.errors import BriefingError
from briefing.ingest.dates import Window, parse_date, read_date, vet


def test_parse_iso_rfc2822_and_naive_times():
    assert parse_date("2026-11-27T21:30:00+07:00") == datetime(2026, 11, 27, 14, 30, tzinfo=UTC)
    assert parse_date("Fri, 27 Nov 2026 10:00:00 GMT") == datetime(2026, 11, 27, 10, tzinfo=UTC)
    assert parse_date("2026-11-27 08:00", ZoneInfo("Asia/Yangon")) == datetime(
        2026, 11, 27, 1, 30, tzinfo=UTC
    )
    assert parse_date("yesterday") is None and parse_date("") is None


def test_vet_distrusts_future_and_ancient_dates():
    now = datetime(2026, 11, 28, tzinfo=UTC)
    assert vet(now - timedelta(hours=3), now) == (now - timedelta(hours=3), ())
    assert vet(now + timedelta(days=3), now)[0] is None
    assert vet(datetime(1989, 12, 31, tzinfo=UTC), now)[0] is None
    assert vet(None, now) == (None, ())


def test_window_is_the_24_hours_before_the_briefing_time():
    window = Window.for_day(date(2026, 11, 28), time(6), ZoneInfo("Asia/Singapore"))
    assert window.end == datetime(2026, 11, 27, 22, tzinfo=UTC)
    assert window.start == datetime(2026, 11, 26, 22, tzinfo=UTC)
    assert window.holds(datetime(2026, 11, 27, 12, tzinfo=UTC))
    assert not window.holds(datetime(2026, 11, 27, 23, tzinfo=UTC))
    assert window.holds(None)  # undated articles count as that day
    since = Window.for_day(
        date(2026, 11, 28), time(6), UTC, since=datetime(2026, 11, 20, tzinfo=UTC)
    )
    assert since.start == datetime(2026, 11, 20, tzinfo=UTC)


def test_times_past_the_ends_of_the_calendar_are_unreadable_not_errors():
    assert parse_date("9999-12-31T23:59:59-05:00") is None
    assert parse_date("0001-01-01T00:00:00+05:00") is None
    assert read_date("0001-01-01T00:00:00+05:00")[1] == (
        "publication date '0001-01-01T00:00:00+05:00' cannot be read; treated as undated",
    )
    assert read_date("") == (None, ())


def test_a_window_that_cannot_exist_is_a_clear_error():
    with pytest.raises(BriefingError, match="no 24-hour window can end on 0001-01-01"):
        Window.for_day(date(1, 1, 1), time(6), ZoneInfo("Asia/Yangon"))


def test_a_naive_since_is_in_the_windows_zone():
    zone = ZoneInfo("Asia/Singapore")
    window = Window.for_day(date(2026, 11, 28), time(6), zone, datetime(2026, 11, 27, 18, 0))
    assert window.start == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
