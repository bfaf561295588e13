"""Fault injection on the build's write step: kill -9 before every step, a full disk (a real small
tmpfs when it can be mounted, and an injected ENOSPC at every step), an unwritable output folder.
After any failure the day's four files are all the previous build's."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import ROOT, read_only, run_cli

DAY = "2026-11-28"
FILES = ("briefing.pdf", "briefing.html", "briefing.txt", "briefing.json")

ARTICLE = """Fighting spreads near {place}

Myanmar's military junta sent more troops to {place} on Friday after resistance fighters seized
two army posts, residents said.

The National Unity Government said its forces in {place} would hold the posts and called on
ASEAN to press the junta to stop air strikes on villages.

Min Aung Hlaing told state media that the Tatmadaw would retake the area around {place} within
weeks, and Myanmar's army ordered families to leave.
"""

# Runs `briefing ARGS` with every write step counted in STEP_LOG; FAULT="kill:N" kills the process
# with SIGKILL before step N, "kill-after:N" right after it, "full:N" fails step N as a full disk
# would.
CHILD = """
import errno, os, signal, sqlite3, sys
import briefing.store.history as history
import briefing.store.publish as store

kind, _, at = os.environ.get("FAULT", "").partition(":")
log = open(os.environ["STEP_LOG"], "a")
count = 0


def step(name, function):
    def wrapper(*args, **kwargs):
        global count
        count += 1
        log.write(name + "\\n")
        log.flush()
        if count == int(at or 0) and kind == "kill-after":
            function(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
        if count == int(at or 0):
            if kind == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            if name == "commit":  # as SQLite fails inside the transaction
                with args[0].transaction():
                    raise sqlite3.OperationalError("database or disk is full")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return function(*args, **kwargs)
    return wrapper


store.write_new = step("write", store.write_new)
history.History.record_build = step("commit", history.History.record_build)
store._exchange = step("swap", store._exchange)
store._discard = step("cleanup", store._discard)
from briefing.cli import main
sys.argv = ["briefing", *sys.argv[1:]]
main()
"""


def _project(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "news").mkdir(exist_ok=True)
    (root / "briefing.toml").write_text('sources = ["news"]\n')
    return root


def _build(root: Path, place: str, fault: str = "") -> subprocess.CompletedProcess[str]:
    (root / "news" / "story.txt").write_text(ARTICLE.format(place=place))
    (root / "child.py").write_text(CHILD)
    steps = root / "steps.log"
    steps.unlink(missing_ok=True)
    return subprocess.run(
        [sys.executable, "child.py", "build", "--date", DAY, "--quiet"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FAULT": fault, "STEP_LOG": str(steps)},
    )


def _files(root: Path) -> dict[str, bytes]:
    folder = root / "output" / DAY
    return {name: (folder / name).read_bytes() for name in FILES}


def _generation(root: Path) -> str:
    """Which build each of the four files comes from: one place name, or "mixed"."""
    texts = [
        data.decode()
        if name != "briefing.pdf"
        else PdfReader(BytesIO(data)).pages[0].extract_text()
        for name, data in _files(root).items()
    ]
    places = [{p for p in ("Mandalay", "Sagaing") if p in text} for text in texts]
    same = all(found == places[0] for found in places) and len(places[0]) == 1
    return places[0].pop() if same else "mixed"


def _history_mentions(root: Path) -> str:
    with contextlib.closing(sqlite3.connect(root / "output" / "history.sqlite")) as db:
        [(text,)] = db.execute(
            "SELECT group_concat(i.text, ' ') FROM items i JOIN builds b ON b.id = i.build_id "
            "WHERE b.day = ?",
            (DAY,),
        ).fetchall()
    return "Mandalay" if "Mandalay" in text else "Sagaing" if "Sagaing" in text else text


@pytest.fixture(scope="module")
def generations(tmp_path_factory):
    """A project with yesterday's build ("Mandalay"), the files of a clean rebuild ("Sagaing"),
    and the steps that rebuild took."""
    old = _project(tmp_path_factory.mktemp("old") / "project")
    assert _build(old, "Mandalay").returncode == 0
    new = tmp_path_factory.mktemp("new") / "project"
    shutil.copytree(old, new)
    done = _build(new, "Sagaing")
    assert done.returncode == 0, done.stderr
    steps = (new / "steps.log").read_text().split()
    assert steps == ["write"] * 4 + ["commit", "swap", "cleanup"]
    return old, _files(old), _files(new), steps


def _copy(old: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(old, root)
    return root


def test_the_generations_differ(generations):
    _, before, after, _ = generations
    assert all(before[name] != after[name] for name in FILES)


@pytest.mark.parametrize("at", range(1, 8))
def test_kill_9_before_any_write_step_leaves_one_whole_briefing(generations, tmp_path, at):
    old, before, _, steps = generations
    root = _copy(old, tmp_path)
    done = _build(root, "Sagaing", f"kill:{at}")
    assert done.returncode == -9
    if steps[at - 1] == "cleanup":  # killed after the COMMIT: the new build is complete
        assert _generation(root) == "Sagaing" and _history_mentions(root) == "Sagaing"
    else:
        assert _files(root) == before and _history_mentions(root) == "Mandalay"
    if steps[at - 1] == "swap":  # the next build clears what the killed one left and goes through
        assert [p.name for p in (root / "output").glob(f".{DAY}.*")]
        again = _build(root, "Sagaing")
        assert again.returncode == 0, again.stderr
        assert _generation(root) == "Sagaing" and _history_mentions(root) == "Sagaing"
        assert not list((root / "output").glob(f".{DAY}.*"))


def test_kill_9_between_the_swap_and_the_commit_leaves_the_new_files_whole(generations, tmp_path):
    """The one window left (two renames' worth): the files are the new build's, all four, and the
    history still holds the previous one until the next build records the day again."""
    old, _, _, steps = generations
    root = _copy(old, tmp_path)
    done = _build(root, "Sagaing", f"kill-after:{steps.index('swap') + 1}")
    assert done.returncode == -9
    assert _generation(root) == "Sagaing" and _history_mentions(root) == "Mandalay"


@pytest.mark.parametrize("at", range(1, 7))
def test_a_full_disk_at_any_write_step_keeps_the_previous_briefing(generations, tmp_path, at):
    old, before, _, steps = generations
    root = _copy(old, tmp_path)
    done = _build(root, "Sagaing", f"full:{at}")
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert "disk" in done.stderr.lower() and "Traceback" not in done.stderr
    # The message names what could not be written: the file, the history or the day's folder.
    named = {"write": r"/briefing\.(pdf|html|txt|json): ", "commit": "history.sqlite: "}
    assert re.search(named.get(steps[at - 1], f"/{DAY}: "), done.stderr), done.stderr
    assert _files(root) == before
    assert _history_mentions(root) == "Mandalay"
    assert not list((root / "output").glob(f".{DAY}.*"))  # nothing half-written left


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB tmpfs (needs root, or skips saying why)."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or 'not root'}")
    yield mountpoint
    subprocess.run(["umount", str(mountpoint)], check=True)


@pytest.mark.parametrize("share", [0.0, 0.5])
def test_a_really_full_disk_keeps_the_previous_briefing(small_disk, share):
    root = _project(small_disk / "project")
    assert _build(root, "Mandalay").returncode == 0
    before = _files(root)
    # Leave room for SQLite's shared-memory file and log (about 64 KB) and a share of the new
    # files: the disk fills while the day's files are written, or at the history's commit.
    room = 64 * 1024 + int(share * sum(map(len, before.values())))
    with open(small_disk / "filler", "wb") as filler:
        filler.write(b"\0" * max(0, shutil.disk_usage(small_disk).free - room))
    done = _build(root, "Sagaing")
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert re.search("No space left on device|disk is full|disk I/O error", done.stderr)
    assert _files(root) == before and _history_mentions(root) == "Mandalay"
    (small_disk / "filler").unlink()
    assert _build(root, "Sagaing").returncode == 0
    assert _history_mentions(root) == "Sagaing"


def test_an_unwritable_output_folder_is_one_line_and_keeps_the_briefing(tmp_path):
    root = _project(tmp_path / "project")
    (root / "news" / "story.txt").write_text(ARTICLE.format(place="Mandalay"))
    assert run_cli(root, "build", "news", "--date", DAY, "--quiet").returncode == 0
    before = _files(root)
    (root / "news" / "story.txt").write_text(ARTICLE.format(place="Sagaing"))
    restore = read_only(root / "output")
    try:
        done = run_cli(root, "build", "news", "--date", DAY, "--quiet")
    finally:
        restore()
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert "output" in done.stderr and "Traceback" not in done.stderr
    assert _files(root) == before


def test_an_output_path_that_is_a_file_is_one_line(tmp_path):
    root = _project(tmp_path / "project")
    (root / "news" / "story.txt").write_text(ARTICLE.format(place="Mandalay"))
    (root / "taken").write_text("not a folder")
    done = run_cli(root, "build", "news", "--date", DAY, "--out", "taken", "--quiet")
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert "taken" in done.stderr and "Traceback" not in done.stderr


def test_a_full_disk_names_the_file_being_written(small_disk):
    from briefing.files import write_atomic

    target = small_disk / "out" / "briefing.eml"
    with pytest.raises(OSError) as info:
        write_atomic(target, b"\0" * 4 * 1024 * 1024)  # twice the disk
    assert info.value.errno == errno.ENOSPC and info.value.filename == str(target)
    assert not list(target.parent.iterdir())  # no temporary file left behind


def test_a_read_only_folder_names_the_file_being_written_not_a_temporary(tmp_path):
    """hostile18: `init` into a read-only folder said "error: .../.briefing.toml.bpmq5h91:
    Read-only file system", a `send --dry-run` ".briefing.eml.h0887q9a": the temporary file's
    name, a file the user never made."""
    from briefing.files import write_atomic

    folder = tmp_path / "out"
    folder.mkdir()
    restore = read_only(folder)
    try:
        with pytest.raises(OSError) as info:
            write_atomic(folder / "briefing.eml", b"mail")
    finally:
        restore()
    assert info.value.filename == str(folder / "briefing.eml")
    assert not list(folder.iterdir())
