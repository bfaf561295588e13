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
