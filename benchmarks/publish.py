"""The cost of writing a day's four files all or nothing (`store.publish`: a new folder, synced,
swapped in with one rename) against the per-file atomic writes it replaced, in the same run.

Files of a typical briefing's sizes; the mean of 30 writes each, in milliseconds.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.files import write_atomic
from briefing.store.publish import publish

FILES = {
    "briefing.pdf": os.urandom(40_000),
    "briefing.html": b"h" * 60_000,
    "briefing.txt": b"t" * 8_000,
    "briefing.json": b"j" * 30_000,
}
RUNS = 30


def per_file(folder: Path) -> None:
    """The old way: each file atomically on its own (temporary file, fsync, rename)."""
    for name, data in FILES.items():
        write_atomic(folder / name, data)


def all_or_nothing(folder: Path) -> None:
    """The new way: the whole folder at once."""
    publish(folder, FILES, lambda swap: swap())


def mean_ms(write: Callable[[Path], None], folder: Path) -> float:
    write(folder)  # the first write creates the folder; time the replacements
    start = time.perf_counter()
    for _ in range(RUNS):
        write(folder)
    return (time.perf_counter() - start) / RUNS * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        old = mean_ms(per_file, Path(root) / "old")
        new = mean_ms(all_or_nothing, Path(root) / "new")
    print(f"per-file atomic writes: {old:.1f} ms")
    print(f"publish (folder swap):  {new:.1f} ms ({new / old:.2f}x)")


if __name__ == "__main__":
    main()
