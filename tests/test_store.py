import os

import pytest

from briefing.store import write_atomic, write_outputs


def test_write_outputs_writes_every_file(tmp_path):
    paths = write_outputs(tmp_path / "day", {"a.txt": b"one", "b.txt": b"two"})
    assert [p.read_bytes() for p in paths] == [b"one", b"two"]
    assert sorted(os.listdir(tmp_path / "day")) == ["a.txt", "b.txt"]


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


def _read_only(folder):
    """Make `folder` and its files unwritable, for root too (chattr +i); restore afterwards."""
    import shutil
    import stat
    import subprocess

    paths = [*folder.iterdir(), folder]
    for path in paths:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    immutable = os.geteuid() == 0 and shutil.which("chattr")
    if immutable and subprocess.run(["chattr", "+i", folder], capture_output=True).returncode:
        pytest.skip("running as root and chattr +i does not work here")

    def restore():
        if immutable:
            subprocess.run(["chattr", "-i", folder], check=True)
        for path in paths:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)

    return restore


def test_history_and_show_work_on_a_read_only_database(tmp_path):
    from .conftest import SEEDS, run_cli

    (tmp_path / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\nhistory = "db/h.sqlite"\n')
    assert run_cli(tmp_path, "build", "--date", "2026-11-28", "--quiet").returncode == 0
    restore = _read_only(tmp_path / "db")
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
