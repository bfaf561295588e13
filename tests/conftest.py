"""Shared fixtures: the seed folder, the default configuration, and small articles on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.config import Config, load_config

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """The shipped defaults, read from an empty working directory."""
    monkeypatch.chdir(tmp_path)
    return load_config()


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a text (or bytes) file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
