"""Storage: outputs written atomically, and the SQLite history of builds and sends."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import BriefingError


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


MIGRATIONS: tuple[str, ...] = (
    # 1: what was sent, to whom, once per day
    """
    CREATE TABLE sends (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        recipients TEXT NOT NULL,
        subject TEXT NOT NULL,
        message_id TEXT NOT NULL
    );
    CREATE INDEX sends_day ON sends(day);
    """,
)


@dataclass(frozen=True)
class SendRecord:
    """One message sent."""

    day: date
    sent_at: datetime
    recipients: tuple[str, ...]
    subject: str
    message_id: str


class History:
    """The project's SQLite store: versioned schema, transactional writes, one file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self.db = sqlite3.connect(path, timeout=10, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise BriefingError(f"{path}: not a usable history database ({exc})") from None

    def __enter__(self) -> History:
        return self

    def __exit__(self, *_: object) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database lock at once (BEGIN IMMEDIATE)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise BriefingError(f"{self.path}: made by a newer briefing (schema {version})")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @property
    def version(self) -> int:
        """The schema version."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def record_send(self, record: SendRecord) -> None:
        """Remember a message that was sent."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO sends (day, sent_at, recipients, subject, message_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    record.day.isoformat(),
                    record.sent_at.isoformat(),
                    ", ".join(record.recipients),
                    record.subject,
                    record.message_id,
                ),
            )

    def sends(self, day: date | None = None) -> list[SendRecord]:
        """Messages sent (for one day, or all), oldest first."""
        query = "SELECT day, sent_at, recipients, subject, message_id FROM sends"
        rows = self.db.execute(
            query + (" WHERE day = ? ORDER BY id" if day else " ORDER BY id"),
            (day.isoformat(),) if day else (),
        ).fetchall()
        return [
            SendRecord(date.fromisoformat(d), datetime.fromisoformat(t), tuple(r.split(", ")), s, m)
            for d, t, r, s, m in rows
        ]
