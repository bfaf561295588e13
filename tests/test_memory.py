"""A briefing with memory: three consecutive days, corroboration, trend, the store itself."""

import json
import sqlite3
from datetime import date

import pytest

from briefing.config import load_config
from briefing.errors import BriefingError
from briefing.pipeline import Run, build
from briefing.render.renderer import outlets_text
from briefing.store.history import MIGRATIONS, History
from briefing.store.lock import build_lock

from .conftest import run_cli

EMERGENCY = (
    "Myanmar's junta extended the state of emergency by six months on Monday, "
    "delaying the elections it had promised."
)
FILLER = {
    "Myanmar": [
        "The junta said the extension was needed to restore order in Myanmar.",
        "Myanmar's shadow government condemned the decision by the junta.",
    ],
    "South China Sea": [
        "Chinese and Philippine coast guard ships shadowed each other near "
        "Second Thomas Shoal in the South China Sea.",
        "Manila said it would keep resupplying its troops on the shoal in the South China Sea.",
    ],
}
LASHIO = (
    "Resistance fighters in Myanmar captured the northern city of Lashio from the junta "
    "after weeks of heavy fighting."
)


def article(folder, name, outlet, published, *paragraphs):
    body = "\n\n".join(paragraphs)
    (folder / f"{name}.txt").write_text(
        f"Title: {name.replace('-', ' ').title()}\nSource: {outlet}\nPublished: {published}\n\n"
        f"{body}\n",
        encoding="utf-8",
    )


@pytest.fixture
def days(tmp_path):
    """Three days of news: day 1 reports the emergency, day 2 repeats it beside a new fact,
    day 3 brings a bigger new fact."""
    folders = {}
    for n in (1, 2, 3):  # briefings of 25, 26 and 27 Nov
        folders[n] = tmp_path / f"day{n}"
        folders[n].mkdir()
    article(
        folders[1],
        "junta-emergency",
        "Wire One",
        "2026-11-24T10:00:00Z",
        EMERGENCY,
        *FILLER["Myanmar"],
    )
    article(
        folders[1], "shoal-standoff", "Wire One", "2026-11-24T11:00:00Z", *FILLER["South China Sea"]
    )
    article(
        folders[2],
        "emergency-again",
        "Wire Two",
        "2026-11-25T09:00:00Z",
        EMERGENCY,
        "Myanmar's military government also announced new curfews in two regions.",
    )
    article(
        folders[3],
        "lashio-falls",
        "Wire Three",
        "2026-11-26T08:00:00Z",
        LASHIO,
        "The fall of Lashio is the junta's biggest defeat since the coup in Myanmar.",
    )
    article(
        folders[3],
        "lashio-reaction",
        "Wire Four",
        "2026-11-26T09:00:00Z",
        "China urged both sides in Myanmar to cease fire after the fall of Lashio.",
        EMERGENCY,
    )
    article(
        folders[3],
        "curfew",
        "Wire One",
        "2026-11-26T10:00:00Z",
        "Myanmar's junta imposed a curfew in Mandalay after protests over Lashio.",
    )
    (tmp_path / "briefing.toml").write_text("[select]\nmax_items = 3\n")
    return tmp_path, folders


def _build(root, folders, n):
    config = load_config(root / "briefing.toml")
    day = date(2026, 11, 24 + n)
    return build(Run.of(config, [folders[n]], day, out=root / "out")).briefing


def _section(briefing, name):
    return next(s for s in briefing.sections if s.name == name)


def test_three_days_novelty_updates_and_trend(days):
    root, folders = days
    one = _build(root, folders, 1)
    assert _section(one, "Myanmar").items[0].status == ""  # no history yet
    two = _build(root, folders, 2)
    myanmar = _section(two, "Myanmar")
    texts = [item.sentence.text for item in myanmar.items]
    assert texts[0] != EMERGENCY  # the repeated fact does not lead (it may be shown as context)
    for item in myanmar.items:
        if item.sentence.text == EMERGENCY:
            assert item.status == "repeat"
    three = _build(root, folders, 3)
    myanmar = _section(three, "Myanmar")
    lead = myanmar.items[0]  # a new fact of day three leads its section
    assert "Lashio" in lead.sentence.text and lead.status == "new"
    assert EMERGENCY not in [item.sentence.text for item in myanmar.items[:1]]
    # Articles per day on the topic, as the fixtures have them (no briefing before day 1: None).
    assert [count for _, count in myanmar.trend] == [None, None, None, None, 1, 1, 3]
    assert [d for d, _ in myanmar.trend][-1] == date(2026, 11, 27)
    assert [count for _, count in _section(three, "South China Sea").trend][-3:] == [1, 0, 0]


def test_a_fact_from_several_outlets_is_shown_once_citing_all(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    own = [
        "Myanmar's currency fell to a record low against the dollar in Yangon markets.",
        "Fuel queues returned to Mandalay as Myanmar's imports slowed sharply.",
        "Aid agencies said a million people in Myanmar's Rakhine state face hunger.",
        "Myanmar's junta chief Min Aung Hlaing is due to visit Moscow next month.",
    ]
    for n, outlet in enumerate(["Reuters", "AP", "AFP", "Kyodo"]):
        article(
            folder,
            f"copy-{n}",
            outlet,
            "2026-11-27T10:00:00Z",
            EMERGENCY if n % 2 == 0 else EMERGENCY.replace("on Monday", "on Monday night"),
            own[n],
        )
    article(
        folder,
        "other",
        "Wire",
        "2026-11-27T11:00:00Z",
        "Myanmar's shadow government condemned the decision by the junta.",
    )
    (tmp_path / "briefing.toml").write_text("")
    result = build(
        Run.of(
            load_config(tmp_path / "briefing.toml"),
            [folder],
            date(2026, 11, 28),
            out=tmp_path / "out",
        )
    )
    myanmar = _section(result.briefing, "Myanmar")
    facts = [i for i in myanmar.items if "state of emergency" in i.sentence.text]
    assert len(facts) == 1
    assert set(facts[0].outlets) == {"Reuters", "AP", "AFP", "Kyodo"}
    assert myanmar.items[0] is facts[0]  # corroborated facts rank higher
    text = (tmp_path / "out/2026-11-28/briefing.txt").read_text()
    cited = facts[0].sentence.article  # any of the four copies, the others named after it
    assert f"{cited.outlet} · 27 Nov 10:00 · {cited.title} · and 3 more outlets (" in text
    assert text.count("more outlet") == 1


def test_outlets_text():
    assert outlets_text(["Reuters"]) == "Reuters"
    assert outlets_text(["Reuters", "AP"]) == "Reuters and AP"
    assert outlets_text(["Reuters", "AP", "AFP"]) == "Reuters, AP and AFP"
    assert outlets_text(["Reuters", "AP", "AFP", "Kyodo"]) == "Reuters, AP and 2 more"


def test_store_migrates_records_and_replaces_a_rebuilt_day(days):
    root, folders = days
    _build(root, folders, 1)
    _build(root, folders, 1)
    with History(root / "out/history.sqlite") as store:
        assert store.version == len(MIGRATIONS)
        assert [b.day for b in store.builds()] == [date(2026, 11, 25)]
        items = store.db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
        assert items == sum(len(s.items) for s in _build(root, folders, 1).sections)
        rows = store.db.execute("SELECT url, outlet, fingerprint FROM articles").fetchall()
        assert {r[1] for r in rows} == {"Wire One"} and all(len(r[2]) == 16 for r in rows)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(BriefingError, match="made by a newer briefing"):
        History(path)


def test_a_second_build_at_the_same_time_is_refused(days):
    root, folders = days
    with build_lock(root / "out"), pytest.raises(BriefingError, match="another build is running"):
        _build(root, folders, 1)


def test_history_and_show_commands(days):
    root, folders = days
    _build(root, folders, 1)
    _build(root, folders, 2)
    (root / "briefing.toml").write_text('output = "out"\n[select]\nmax_items = 3\n')

    def run(*args):
        return run_cli(root, *args)

    listed = run("history").stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["2026-11-26", "2026-11-25"]
    assert all("not sent" in line for line in listed)
    assert len(run("history", "--days", "1").stdout.splitlines()) == 1
    shown = run("show", "2026-11-25")
    assert shown.returncode == 0 and EMERGENCY in shown.stdout
    data = json.loads(run("show", "2026-11-26", "--format", "json").stdout)
    assert data["date"] == "2026-11-26" and data["topics"][0]["trend"]
    missing = run("show", "2026-01-01")
    assert missing.returncode == 1 and "no briefing stored for 2026-01-01" in missing.stderr
