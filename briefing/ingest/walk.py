"""Walk a sources folder: symlinked folders followed, each folder and file once (a link back up
is a loop, not more files), and what cannot be read named rather than passed over."""

from __future__ import annotations

import stat
from collections.abc import Container
from pathlib import Path

from briefing.ingest.text import display_path
from briefing.models import Skipped

_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def not_regular(mode: int) -> str:
    """Why a file of this `st_mode` is not read: "not a regular file: a named pipe (FIFO)"."""
    return f"not a regular file: {_KINDS.get(stat.S_IFMT(mode), 'of an unknown kind')}"


def walk(folder: Path, known: Container[str]) -> tuple[list[Path], list[Skipped]]:
    """The files below `folder` whose suffix is `known`, in path order, hidden entries left out;
    and the entries that could not be read: a folder not listable, a broken link, a FIFO or
    device with a known suffix."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        path = stack.pop()
        try:
            status = path.stat()
        except OSError as exc:
            if path.suffix.lower() in known or path == folder:
                skipped.append(Skipped(display_path(path), unusable(exc, path)))
            continue
        if (status.st_dev, status.st_ino) in seen:
            continue  # a folder or file reached again through a link
        seen.add((status.st_dev, status.st_ino))
        if stat.S_ISDIR(status.st_mode):
            try:
                entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            except OSError as exc:
                skipped.append(
                    Skipped(display_path(path), f"folder cannot be listed: {exc.strerror}")
                )
                continue
            stack.extend(reversed(entries))
        elif path.suffix.lower() in known:
            if stat.S_ISREG(status.st_mode):
                found.append(path)
            else:
                skipped.append(Skipped(display_path(path), not_regular(status.st_mode)))
    return sorted(found), skipped


def unusable(exc: OSError, path: Path) -> str:
    """Why a path could not be looked at: missing, a broken link, or what the system said."""
    if path.is_symlink():
        return "a link to nothing (broken symbolic link)"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    return exc.strerror or str(exc)
