"""Files written whole or not at all (a temporary file beside the target, renamed over it), and
files read whole only when they end."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

MAX_FILE_BYTES = 5_000_000  # a source file's cap (sources.max_file_bytes), and a stream's


def read_bytes(path: Path, most: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, whole; a pipe's or device's up to `most` bytes, ValueError past
    them (/dev/zero, a pipe that never ends)."""
    with open(path, "rb") as handle:
        if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return handle.read()
        data = handle.read(most + 1)
    if len(data) > most:
        raise ValueError(f"a pipe or device giving more than {most:,} bytes, read no further")
    return data


def _named(exc: OSError, path: Path) -> OSError:
    """The error naming `path`, where the system named no file (a full disk, an I/O error) or
    the temporary one beside it (a read-only folder): the one line the user sees names the file
    asked for."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(path))


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`; an error
    names `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise _named(exc, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _named(exc, path) from None
        raise


def write_new(path: Path, data: bytes) -> None:
    """Write a new file and force it to disk."""
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)


def sync_folder(folder: Path) -> None:
    """Force a folder's entries (names made, renamed, removed in it) to disk."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
