import os
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.files import write_atomic
from briefing.models import PastItem
from briefing.store.history import History
from briefing.store.publish import publish

from .conftest import read_only


def test_publish_swaps_in_exactly_the_new_files(tmp_path):
    day = tmp_path / "day"
    committed = []
    paths = publish(day, {"a.txt": b"one", "b.txt": b"two"}, lambda swap: committed.append(swap()))
    assert [p.read_bytes() for p in paths] == [b"one", b"two"] and committed == [None]
    (day / "briefing.eml").write_bytes(b"of the first build")
    publish(day, {"a.txt": b"uno", "b.txt": b"dos"}, lambda swap: swap())
    assert {p.name: p.read_bytes() for p in day.iterdir()} == {"a.txt": b"uno", "b.txt": b"dos"}
    assert sorted(os.listdir(tmp_path)) == ["day"]


def failing_commit(swap):
    swap()  # the swap happened, then COMMIT failed
    raise BriefingError("history.sqlite: cannot write the history (database or disk is full)")


def test_publish_keeps_the_old_folder_when_the_commit_fails(tmp_path):
    day = tmp_path / "day"
    with pytest.raises(BriefingError, match="disk is full"):  # no folder before: none after
        publish(day, {"a.txt": b"one"}, failing_commit)
    assert os.listdir(tmp_path) == []
    publish(day, {"a.txt": b"one"}, lambda swap: swap())

    with pytest.raises(BriefingError, match="disk is full"):
        publish(day, {"a.txt": b"two"}, failing_commit)
    assert (day / "a.txt").read_bytes() == b"one" and sorted(os.listdir(tmp_path)) == ["day"]


def test_failed_write_leaves_previous_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"yesterday")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"today")
    assert target.read_bytes() == b"yesterday"
    assert os.listdir(tmp_path) == ["briefing.pdf"]


def test_history_and_show_work_on_a_read_only_database(tmp_path):
    from .conftest import SEEDS, run_cli

    (tmp_path / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\nhistory = "db/h.sqlite"\n')
    assert run_cli(tmp_path, "build", "--date", "2026-11-28", "--quiet").returncode == 0
    restore = read_only(tmp_path / "db")
    try:
        listed = run_cli(tmp_path, "history")
        shown = run_cli(tmp_path, "show", "2026-11-28")
        missing = run_cli(tmp_path, "show", "2026-11-27")
    finally:
        restore()
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("2026-11-28") and "not sent" in listed.stdout
    assert shown.returncode == 0 and "Myanmar" in shown.stdout, shown.stderr
    assert missing.returncode == 1 and "no briefing stored for 2026-11-27" in missing.stderr


def test_history_without_a_database_creates_none(tmp_path):
    from .conftest import run_cli

    done = run_cli(tmp_path, "history")
    assert done.returncode == 0 and "No briefings stored" in done.stdout
    assert not (tmp_path / "output").exists()


def test_the_already_sent_refusal_names_every_recipient(tmp_path):
    from datetime import UTC, date, datetime

    from briefing.errors import AlreadySent
    from briefing.store.history import History, SendRecord

    day, at = date(2026, 11, 28), datetime(2026, 11, 28, 6, 5, tzinfo=UTC)
    editions = [("desk@example.org", "chief@example.org"), ("burma@example.org",)]
    records = [SendRecord(day, at, to, "Briefing", f"<{n}@x>") for n, to in enumerate(editions)]
    with History(tmp_path / "history.sqlite") as history:
        claim, _ = history.claim_send(records[0])
        history.finish_send(claim, day, records)
        with pytest.raises(AlreadySent) as info:
            history.claim_send(records[0])
    assert "to desk@example.org, chief@example.org, burma@example.org (--force" in str(info.value)


@pytest.mark.parametrize("stored", ["{not json", '{"topics": [{"name": 5}]}'])
def test_an_unreadable_stored_briefing_does_not_sink_the_next_days_builds(tmp_path, stored):
    """The history's briefing of a day before is read to follow its stories; a hand-edited one
    that is not a briefing made every build of the next week an internal error."""
    import sqlite3

    from .conftest import SEEDS, run_cli

    (tmp_path / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n')
    assert run_cli(tmp_path, "build", "--date", "2026-11-28", "--quiet").returncode == 0
    with sqlite3.connect(tmp_path / "output" / "history.sqlite") as db:
        db.execute("UPDATE builds SET briefing = ?", (stored,))
    db.close()
    built = run_cli(tmp_path, "build", "--date", "2026-11-29", "--quiet")
    assert built.returncode == 0, built.stderr
    assert built.stderr.startswith("note: ") and built.stderr.count("\n") == 1, built.stderr
    assert "history.sqlite: the briefing of 2026-11-28 is unreadable" in built.stderr


def _briefed_next_day(folder: Path, briefing: dict, bodies: dict[str, str]) -> list[PastItem]:
    """The told paragraphs the day after `briefing` (its JSON, stored as built) reads of it,
    `bodies` (address -> text) archived as AP's articles of its day."""
    import json
    from datetime import date, timedelta

    from briefing.store import archive
    from briefing.store.history import History

    day = date.fromisoformat(briefing["date"])
    with History(folder / "history.sqlite") as history:
        with history.transaction() as db:
            db.execute(
                "INSERT INTO builds (day, built_at, articles_read, briefing) VALUES (?, ?, ?, ?)",
                (day.isoformat(), f"{day}T06:00:00", len(bodies), json.dumps(briefing)),
            )
            archive.store(
                db,
                [
                    archive.Document(day.isoformat(), "article", (), "AP", "", url, None, body)
                    for url, body in bodies.items()
                ],
            )
        return history.briefed_paragraphs(day + timedelta(days=1), 7)


def test_every_article_of_a_big_told_story_carries_it_within_the_same_bound(tmp_path):
    """A told story of more than CARRIED_ARTICLES articles (a day's merge of several events) is
    carried by each article's opening paragraphs, its last article as its first, never by more
    paragraphs than CARRIED_ARTICLES of its articles hold on average; a smaller one whole."""
    from datetime import date

    from briefing.store.history import CARRIED_ARTICLES

    day = date(2026, 11, 27)
    big = [f"https://ap.example/turkey-{n}" for n in range(CARRIED_ARTICLES + 2)]
    small = [f"https://ap.example/korea-{n}" for n in range(3)]

    def body(url: str) -> str:
        return "\n\n".join(f"Report {url[-9:]} gives fact {k} on Wednesday." for k in range(6))

    stories = [
        {"id": "turkey", "articles": [{"url": url} for url in big]},
        {"id": "korea", "articles": [{"url": url} for url in small]},
    ]
    briefing = {"date": f"{day}", "topics": [{"name": "Region", "items": [], "stories": stories}]}
    past = _briefed_next_day(tmp_path, briefing, {url: body(url) for url in big + small})
    carried: dict[str, list[str]] = {}
    for item in past:
        carried.setdefault(item.url, []).append(item.text)
        assert not item.told and item.day == day
    assert list(carried) == big + small  # the 11th and 12th articles carry their story too
    opening = len(carried[big[0]])
    assert all(carried[url] == body(url).split("\n\n")[:opening] for url in big)
    assert opening * len(big) <= CARRIED_ARTICLES * 6
    assert all(carried[url] == body(url).split("\n\n") for url in small)
    assert {item.story for item in past if item.url in small} == {"korea"}


def test_a_told_story_is_known_by_what_the_page_printed_of_it(tmp_path):
    """A told story is carried under the headline the reader saw: a Top Story's own, else its
    told line cut as a headline (the section prints the line, never the story's headline: day
    two's "Unchanged since earlier briefings: Conservative Muslim clerics were leading ..."
    named news day one never printed)."""
    from datetime import date

    from briefing.day.sentence_cut import from_sentence

    day = date(2026, 11, 27)
    told = {
        "fire": ("A fire killed 60 people in a dance hall", "Firefighters fought a blaze Friday."),
        "bomb": ("A car bomb exploded in a Jerusalem market", "Two bombers died Friday."),
        "trial": ("Two dissidents will be tried on Thursday", "Their lawyers were arrested."),
        "iran": (
            "Conservative Muslim clerics were leading in national elections",
            "Iran's official media boasted about a huge turnout in elections Friday for the "
            "council that oversees the country's supreme leader.",
        ),
    }
    url = {story: f"https://ap.example/{story}" for story in told}
    stories = [
        {"id": s, "headline": h, "score": 4.0 - n, "articles": [{"url": url[s]}]}
        for n, (s, (h, _)) in enumerate(told.items())
    ]
    items = [
        {"text": t, "score": 4.0 - n, "story": s, "source": {"outlet": "AP", "url": url[s]}}
        for n, (s, (_, t)) in enumerate(told.items())
    ]
    briefing = {
        "date": f"{day}",
        "topics": [{"name": "Region", "items": items, "stories": stories}],
    }
    past = _briefed_next_day(tmp_path, briefing, {url[s]: line for s, (_, line) in told.items()})
    known = {item.story: item.headline for item in past}
    assert known["fire"] == told["fire"][0]  # a Top Story: the page listed its headline
    assert known["iran"] == from_sentence(told["iran"][1], reach=True) != told["iran"][0]
    assert known["iran"].startswith("Iran's official media boasted about a huge turnout")


def test_a_folder_where_the_history_should_be_is_named_not_read_as_none_stored(tmp_path):
    (tmp_path / "history.sqlite").mkdir()
    with pytest.raises(BriefingError, match=r"history\.sqlite: not a usable history database"):
        History.read_only(tmp_path / "history.sqlite")
    assert History.read_only(tmp_path / "none.sqlite") is None
