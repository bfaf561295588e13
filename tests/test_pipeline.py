"""The build as one Run: decided once, stage by stage, with timings and tracebacks on --debug."""

import subprocess
import sys
from datetime import UTC, date, datetime, time

import pytest

from briefing.ingest.read import read_sources
from briefing.models import Article
from briefing.pipeline import Run, build, built_or_build

from .conftest import SEEDS, run_cli

DAY = date(2026, 11, 28)


def test_a_run_decides_the_day_window_sources_and_folder_once(config, tmp_path):
    now = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    run = Run.of(config, now=now)
    assert run.day == date(2026, 11, 27) and run.now == now
    assert run.window.end == datetime.combine(run.day, time(6), UTC)
    assert run.sources == tuple(config.resolve(s) for s in config.sources.items)
    assert run.folder == config.resolve(config.output) / "2026-11-27"
    given = Run.of(config, [SEEDS], DAY, tmp_path / "out", since=datetime(2026, 11, 20, tzinfo=UTC))
    assert given.sources == (SEEDS,) and given.folder == tmp_path / "out" / "2026-11-28"
    assert given.window.start == datetime(2026, 11, 20, tzinfo=UTC)
    assert given.history_path == tmp_path / "out" / "history.sqlite"


def test_a_since_at_the_end_of_the_window_is_refused(config):
    with pytest.raises(ValueError, match="is not before the end of the briefing's window"):
        Run.of(config, day=DAY, since=datetime(2026, 11, 28, 6, tzinfo=UTC))


def test_articles_are_numbered_in_the_order_read_and_never_share_an_id(write, tmp_path):
    for n in range(3):
        write(f"{n}.txt", f"Story {n}\n\nThe council met on Monday to discuss item {n} of many.\n")
    by_hand = Article("Hand", "O", "", "hand.txt", None, ("Made by hand on Monday.",))
    first, second = read_sources([tmp_path]).articles, read_sources([tmp_path]).articles
    ids = [a.id for a in first]
    assert ids == sorted(ids) and [a.path for a in first] == sorted(a.path for a in first)
    assert len({by_hand.id, *ids, *(a.id for a in second)}) == 7
    assert first == second  # the same sources read again: equal articles, other ids


def test_the_stored_briefing_is_used_unless_a_rebuild_is_asked(config, tmp_path):
    run = Run.of(config, [SEEDS], DAY, tmp_path / "out")
    first, pdf, result = built_or_build(run)
    assert result is not None and pdf.startswith(b"%PDF")
    again, same_pdf, none = built_or_build(run)
    assert none is None and same_pdf == pdf
    assert [s.items[0].text for s in again.sections] == [s.items[0].text for s in first.sections]
    *_, rebuilt = built_or_build(run, rebuild=True)
    assert rebuilt is not None


def test_debug_logs_every_stage_with_its_time_and_quiet_stays_silent(tmp_path):
    out = tmp_path / "out"
    debug = run_cli(
        tmp_path, "--debug", "build", str(SEEDS), "--date", "2026-11-28", "--out", str(out)
    )
    assert debug.returncode == 0, debug.stderr
    stages = ("read", "clean", "dedupe", "boilerplate", "split", "stories", "select", "render")
    for stage in (*stages, "write"):
        assert f"stage {stage}: " in debug.stderr
    quiet = run_cli(
        tmp_path, "build", str(SEEDS), "--date", "2026-11-28", "--out", str(out), "--quiet"
    )
    assert quiet.returncode == 0 and quiet.stdout == quiet.stderr == ""


# A bug inside a build, put there by replacing one stage: the user sees one line naming it, and
# the traceback only with --debug.
CHILD = """
import sys
import briefing.pipeline

def broken(*args, **kwargs):
    raise RuntimeError("a stage went wrong")

briefing.pipeline.make_briefing = broken
from briefing.cli import main
sys.argv = ["briefing", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize("debug", [False, True])
def test_an_internal_error_is_one_line_and_its_traceback_comes_with_debug(tmp_path, debug):
    args = [*(["--debug"] if debug else []), "build", str(SEEDS), "--out", str(tmp_path / "o")]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 70
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: internal error (RuntimeError: a stage went wrong)")
    assert ("Traceback (most recent call last)" in done.stderr) is debug
    assert ("run again with --debug" in last) is not debug
    assert not (tmp_path / "o" / DAY.isoformat()).exists()


def test_build_takes_a_run_and_writes_its_folder(tmp_path, config):
    result = build(Run.of(config, [SEEDS], DAY, tmp_path / "out"))
    assert {p.name for p in result.files} == {
        "briefing.pdf",
        "briefing.html",
        "briefing.txt",
        "briefing.json",
    }
    assert all(p.parent == tmp_path / "out" / "2026-11-28" for p in result.files)


def test_a_briefing_read_back_from_the_history_prints_as_it_was_built(tmp_path):
    out = tmp_path / "out"
    built = run_cli(tmp_path, "build", str(SEEDS), "--date", "2026-11-28", "--out", str(out))
    assert built.returncode == 0, built.stderr
    shown = run_cli(tmp_path, "show", "2026-11-28", "--out", str(out))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == (out / "2026-11-28" / "briefing.txt").read_text(encoding="utf-8")


def test_other_libraries_log_nothing_on_stderr(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "empty.html").write_text("<html><body></body></html>")
    (tmp_path / "news" / "talks.txt").write_text(
        "Talks\n\nOfficials from Washington and Beijing met again on Monday to discuss trade.\n"
    )
    done = run_cli(tmp_path, "build", "news", "--date", "2026-11-28", "--quiet")
    assert done.returncode == 0, done.stderr
    assert [line.split(":")[0] for line in done.stderr.splitlines()] == ["skipped news/empty.html"]
