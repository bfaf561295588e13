"""One build at a time per output folder."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import BriefingError


@contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """Hold the output folder's build lock; a second build at the same time is refused."""
    path = folder / ".build.lock"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as exc:
        raise BriefingError(f"{folder}: cannot write the briefing here ({exc.strerror})") from None
    with handle:
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
