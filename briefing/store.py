"""Write outputs atomically, so a failed run leaves the previous briefing intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_outputs(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write every output file into `folder`, each atomically; the paths written."""
    written = []
    for name, data in files.items():
        write_atomic(folder / name, data)
        written.append(folder / name)
    return written
