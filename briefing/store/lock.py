"""One build at a time per output folder."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO

from briefing.errors import BriefingError


def _opened(folder: Path, path: Path, reading: bool) -> IO[str] | None:
    """The lock file, opened to be locked; for a reader of a folder it cannot write, opened to
    read, or None when there is none (no build can be writing such a folder)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return open(path, "a")  # closed by build_lock, after the lock is released
    except OSError as exc:
        if not reading:
            raise BriefingError(
                f"{folder}: cannot write the briefing here ({exc.strerror})"
            ) from None
    try:
        return open(path)
    except FileNotFoundError:
        return None


@contextmanager
def build_lock(folder: Path, reading: bool = False) -> Iterator[None]:
    """Hold the output folder's build lock; a second build at the same time is refused. A
    reader (`reading`, the site) may read a folder it cannot write."""
    path = folder / ".build.lock"
    handle = _opened(folder, path, reading)
    with handle or nullcontext():
        if handle is None:
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BriefingError(
                f"{path}: another build is running; try again when it ends"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
