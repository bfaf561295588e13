"""A day's outputs swapped in as one folder, all or nothing (renameat2 where it exists)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from briefing.errors import BriefingError
from briefing.files import sync_folder, write_new

_RENAME_EXCHANGE = 2  # renameat2 flag: swap two paths atomically (Linux 3.15+, glibc 2.28+)


def _exchange(staged: Path, folder: Path) -> None:
    """Put `staged` where `folder` is with one rename; the old `folder` ends up at `staged`."""
    if not folder.exists():
        os.rename(staged, folder)
        return
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    at_cwd = -100
    if renameat2 and renameat2(at_cwd, bytes(staged), at_cwd, bytes(folder), _RENAME_EXCHANGE) == 0:
        return
    error = ctypes.get_errno() if renameat2 else errno.ENOSYS
    if error not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        raise OSError(error, os.strerror(error), str(folder))
    # No atomic exchange here (not Linux, or a file system without it): two renames, and a
    # crash between them leaves the day without a folder rather than with a mixed one.
    aside = staged.with_name(staged.name + ".old")
    os.rename(folder, aside)
    os.rename(staged, folder)
    os.rename(aside, staged)


def _discard(path: Path) -> None:
    """Remove a staged folder (or whatever a user left under its name), quietly."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def publish(
    folder: Path,
    files: Mapping[str, bytes],
    commit: Callable[[Callable[[], None]], None],
    prepare: Callable[[Path], None] = lambda _: None,
) -> list[Path]:
    """Replace `folder` by a folder of exactly `files` (names may hold subfolders) and what
    `prepare` adds to the staged folder before the swap, all or nothing.

    The files are written and synced into a new folder beside it; `commit` (the history
    transaction) calls the swap it is given just before its COMMIT, one atomic rename. A failed
    COMMIT swaps the previous folder back; a failure or kill before the swap leaves it untouched;
    leftovers are removed by the next run. Run it under the build lock.
    """
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        for leftover in folder.parent.glob(f".{folder.name}.*"):
            _discard(leftover)
        staged = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise BriefingError(f"{folder.parent}: cannot write: {exc.strerror}") from None
    swapped = had_previous = False

    def swap() -> None:
        nonlocal swapped, had_previous
        had_previous = folder.exists()
        _exchange(staged, folder)
        swapped = True

    writing = folder  # what a failure names: the file being written, else the day's folder
    try:
        for name, data in files.items():
            writing = folder / name
            (staged / name).parent.mkdir(parents=True, exist_ok=True)
            write_new(staged / name, data)
        writing = folder
        prepare(staged)
        os.chmod(staged, 0o755)
        sync_folder(staged)
        commit(swap)
    except BaseException as exc:
        if swapped and had_previous:  # the history kept the previous build: so do the files
            _exchange(staged, folder)
        elif swapped:
            os.rename(folder, staged)
        _discard(staged)
        if isinstance(exc, OSError):
            raise BriefingError(
                f"{writing}: cannot write the briefing ({exc.strerror or exc}); "
                "the previous one is kept"
            ) from None
        raise
    with contextlib.suppress(OSError):  # committed: the rename stands even if this fails
        sync_folder(folder.parent)
    _discard(staged)  # now the previous day's files
    return [folder / name for name in files]
