"""The SQLite history of builds and sends: versioned schema, transactional writes, send claims."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import logging
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from briefing.config import mailbox
from briefing.day.headlines import known_by
from briefing.errors import AlreadySent, BriefingError
from briefing.models import Article, Briefing, PastItem
from briefing.render.serialize import from_dict
from briefing.store import archive
from briefing.text.segment import paragraph_sentences

log = logging.getLogger(__name__)

CARRIED_ARTICLES = 10  # a told story's articles' worth of paragraphs that carry it to later days

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
    # 2: each build: the articles read, the items selected per topic, coverage per topic
    """
    CREATE TABLE builds (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL UNIQUE,
        built_at TEXT NOT NULL,
        articles_read INTEGER NOT NULL,
        briefing TEXT NOT NULL
    );
    CREATE TABLE articles (
        build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL,
        published TEXT,
        fingerprint TEXT NOT NULL
    );
    CREATE TABLE items (
        build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        url TEXT NOT NULL,
        status TEXT NOT NULL,
        score REAL NOT NULL
    );
    CREATE TABLE coverage (
        build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        articles INTEGER NOT NULL
    );
    CREATE INDEX items_build ON items(build_id);
    CREATE INDEX coverage_build ON coverage(build_id)
    """,
    # 3: a send is claimed (state 'sending', by a process) before the message goes out
    """
    ALTER TABLE sends ADD COLUMN state TEXT NOT NULL DEFAULT 'sent';
    ALTER TABLE sends ADD COLUMN pid INTEGER
    """,
    # 4: what a send went to: "email", or "chat:<key>" for one chat URL; each is once a day
    """
    ALTER TABLE sends ADD COLUMN target TEXT NOT NULL DEFAULT 'email'
    """,
    # 5: the archive: each build's articles and items, with a full-text index (store/archive)
    archive.SCHEMA,
)


def _opening(sizes: Sequence[int]) -> int:
    """How many first paragraphs each article of a told story (of `sizes` paragraphs) carries
    it by: all for a story of CARRIED_ARTICLES articles or fewer; for a bigger one (often a
    day's merge of several events) as many as keep it to that many articles' worth on average,
    its lead at least, so that its last article carries it as its first does and a day's work
    stays bounded."""
    budget = sum(sizes) * min(1.0, CARRIED_ARTICLES / max(len(sizes), 1))
    keep = max(sizes, default=0)
    while keep > 1 and sum(min(size, keep) for size in sizes) > budget:
        keep -= 1
    return keep


@dataclass(frozen=True)
class BuildSummary:
    """One stored briefing, as `briefing history` lists it."""

    day: date
    built_at: datetime
    articles_read: int
    items: int
    sent_to: tuple[str, ...]


def fingerprint(text: str) -> str:
    """A short hash of an article's words, ignoring case, spacing and punctuation."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha256(words.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class SendRecord:
    """One message sent."""

    day: date
    sent_at: datetime
    recipients: tuple[str, ...]
    subject: str
    message_id: str
    target: str = "email"  # or "chat:<key>": each target is sent once a day


def _send_row(record: SendRecord) -> tuple[str, str, str, str, str, str]:
    """A send record as the sends table's day, sent_at, recipients, subject, message_id and
    target."""
    return (
        record.day.isoformat(),
        record.sent_at.isoformat(),
        ", ".join(record.recipients),
        record.subject,
        record.message_id,
        record.target,
    )


class History:
    """The project's SQLite store: versioned schema, transactional writes, one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._send_lock: BinaryIO | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._connect()
            self._migrate()
        except sqlite3.OperationalError as exc:
            raise BriefingError(f"{path}: cannot open the history ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise BriefingError(f"{path}: not a usable history database ({exc})") from None
        except OSError as exc:
            raise BriefingError(f"{path}: cannot open the history: {exc.strerror}") from None

    def _connect(self) -> None:
        self.db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")

    @classmethod
    def read_only(cls, path: Path) -> History | None:
        """Open the history for reading only (it may sit on a read-only file or folder); None when
        there is none yet. A database from an older version is upgraded first."""
        if not path.exists():
            return None
        if not path.is_file():
            raise BriefingError(f"{path}: not a usable history database (not a file)")
        store = cls.__new__(cls)
        store.path, store._send_lock = path, None
        try:
            for options in ("mode=ro", "mode=ro&immutable=1"):  # immutable: no -shm file to make
                store.db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None
                )
                try:
                    version = store.version
                    break
                except sqlite3.OperationalError:
                    store.db.close()
                    if "immutable" in options:
                        raise
        except sqlite3.DatabaseError as exc:
            raise BriefingError(f"{path}: not a usable history database ({exc})") from None
        if version > len(MIGRATIONS):
            raise BriefingError(f"{path}: made by a newer briefing (schema {version})")
        if version < len(MIGRATIONS):
            store.db.close()
            return cls(path)
        return store

    def __enter__(self) -> History:
        return self

    def __exit__(self, *_: object) -> None:
        self.db.close()
        if self._send_lock:
            self._send_lock.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database lock at once (BEGIN IMMEDIATE)."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:  # locked too long, disk full, read-only
            raise BriefingError(f"{self.path}: cannot write the history ({exc})") from None

    def _migrate(self) -> None:
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise BriefingError(f"{self.path}: made by a newer briefing (schema {version})")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                log.debug("%s: migrating the schema to version %d", self.path, number)
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @property
    def version(self) -> int:
        """The schema version."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _lock_send(self, day: date) -> None:
        """Take the day's send lock, a lock on one byte of a file beside the history that dies
        with the process holding it (a claim's PID may be reused; the lock cannot be)."""
        path = self.path.with_name(self.path.name + ".send-lock")
        try:
            self._send_lock = self._send_lock or open(path, "a+b")  # noqa: SIM115 - kept open
            fcntl.lockf(self._send_lock, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, day.toordinal())
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise BriefingError(f"{path}: cannot lock the send ({exc.strerror})") from None
            row = self.db.execute(
                "SELECT pid FROM sends WHERE day = ? AND state = 'sending'", (day.isoformat(),)
            ).fetchone()
            who = f"process {row[0]}" if row and row[0] else "another process"
            raise BriefingError(
                f"the briefing for {day} is being sent right now by {who}"
            ) from None

    def _unlock_send(self, day: date) -> None:
        if self._send_lock:
            fcntl.lockf(self._send_lock, fcntl.LOCK_UN, 1, day.toordinal())

    def claim_send(self, record: SendRecord, force: bool = False) -> tuple[int, frozenset[str]]:
        """Claim the day's send to `record.recipients`, in one locked step: the claim's id and
        the mailboxes (`config.mailbox`) that already got the day's briefing.

        AlreadySent when every recipient got it (unless `force`); BriefingError while another
        process is sending it. A claim whose process is gone (killed mid-send) is taken over.
        """
        self._lock_send(record.day)
        try:
            with self.transaction() as db:
                day, target = record.day.isoformat(), record.target
                rows = db.execute(
                    "SELECT sent_at, recipients FROM sends WHERE day = ? AND target = ? "
                    "AND state = 'sent' ORDER BY id",
                    (day, target),
                ).fetchall()
                sent = {mailbox(a) for _, names in rows for a in names.split(", ") if a}
                if rows and not force and all(mailbox(a) in sent for a in record.recipients):
                    raise AlreadySent(
                        f"the briefing for {record.day} was sent at "
                        f"{datetime.fromisoformat(rows[-1][0]):%Y-%m-%d %H:%M} UTC to "
                        f"{', '.join(dict.fromkeys(a for _, n in rows for a in n.split(', ')))}"
                        " (--force sends it again)"
                    )
                db.execute(
                    "DELETE FROM sends WHERE day = ? AND target = ? AND state = 'sending'",
                    (day, target),
                )
                claim = db.execute(
                    "INSERT INTO sends (day, sent_at, recipients, subject, message_id, target, "
                    "state, pid) VALUES (?, ?, ?, ?, ?, ?, 'sending', ?)",
                    (*_send_row(record), os.getpid()),
                ).lastrowid
        except BaseException:
            self._unlock_send(record.day)
            raise
        return claim, frozenset(sent)

    def finish_send(self, claim: int, day: date, records: Sequence[SendRecord]) -> None:
        """Replace a claim by the messages that went out, one row each with the recipients
        that took it; with none, the claim is given up so that the next send may try."""
        try:
            with self.transaction() as db:
                db.execute("DELETE FROM sends WHERE id = ? AND state = 'sending'", (claim,))
                db.executemany(
                    "INSERT INTO sends (day, sent_at, recipients, subject, message_id, target, "
                    "state) VALUES (?, ?, ?, ?, ?, ?, 'sent')",
                    [_send_row(record) for record in records if record.recipients],
                )
        finally:
            self._unlock_send(day)

    def sends(self, day: date | None = None) -> list[SendRecord]:
        """Messages sent (for one day, or all), oldest first; claims still sending are left out."""
        query = (
            "SELECT day, sent_at, recipients, subject, message_id, target FROM sends "
            "WHERE state = 'sent'"
        )
        rows = self.db.execute(
            query + (" AND day = ? ORDER BY id" if day else " ORDER BY id"),
            (day.isoformat(),) if day else (),
        ).fetchall()
        return [
            SendRecord(
                date.fromisoformat(d), datetime.fromisoformat(t), tuple(r.split(", ")), s, m, g
            )
            for d, t, r, s, m, g in rows
        ]

    def record_build(
        self,
        briefing: Briefing,
        articles: Sequence[Article],
        data: dict,
        before_commit: Callable[[], None] = lambda: None,
        on_topic: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Store a build (replacing an earlier build of the same day) in one transaction, calling
        `before_commit` as its last step; its articles (with the topics `on_topic` gives, by
        article id) and items go into the archive."""
        with self.transaction() as db:
            db.execute("DELETE FROM builds WHERE day = ?", (briefing.day.isoformat(),))
            archive.forget(db, briefing.day.isoformat())
            archive.store(db, archive.build_documents(briefing, articles, on_topic or {}))
            build = db.execute(
                "INSERT INTO builds (day, built_at, articles_read, briefing) VALUES (?, ?, ?, ?)",
                (
                    briefing.day.isoformat(),
                    briefing.generated.isoformat(),
                    briefing.articles_read,
                    json.dumps(data, ensure_ascii=False),
                ),
            ).lastrowid
            db.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        build,
                        a.url or a.path,
                        a.outlet,
                        a.title,
                        a.published.isoformat() if a.published else None,
                        fingerprint(" ".join(a.sentences or a.paragraphs)),
                    )
                    for a in articles
                ],
            )
            db.executemany(
                "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        build,
                        section.name,
                        n,
                        item.sentence.text,
                        item.sentence.article.url or item.sentence.article.path,
                        item.status,
                        item.score,
                    )
                    for section in briefing.sections
                    for n, item in enumerate(section.items)
                ],
            )
            db.executemany(
                "INSERT INTO coverage VALUES (?, ?, ?)",
                [
                    (build, section.name, section.articles_considered)
                    for section in briefing.sections
                ],
            )
            before_commit()

    def past_items(self, day: date, days: int) -> list[PastItem]:
        """Items of the briefings of the `days` days before `day`."""
        start = (day - timedelta(days=days)).isoformat()
        rows = self.db.execute(
            "SELECT b.day, i.topic, i.text, i.url FROM items i JOIN builds b ON b.id = i.build_id "
            "WHERE b.day >= ? AND b.day < ? ORDER BY b.day, i.topic, i.position",
            (start, day.isoformat()),
        ).fetchall()
        return [PastItem(date.fromisoformat(d), t, x, u) for d, t, x, u in rows]

    def republished(self, day: date, days: int, articles: Sequence[Article]) -> frozenset[int]:
        """Ids of the `articles` that builds of the `days` days before `day` read already, word
        for word: an address is no proof (a live page gains news under it, a local file's path
        may hold another story tomorrow)."""
        start = (day - timedelta(days=days)).isoformat()
        seen = {
            words
            for (words,) in self.db.execute(
                "SELECT a.fingerprint FROM articles a JOIN builds b ON b.id = a.build_id "
                "WHERE b.day >= ? AND b.day < ?",
                (start, day.isoformat()),
            )
        }
        if not seen:  # no earlier build: nothing to fingerprint against
            return frozenset()
        return frozenset(
            a.id for a in articles if fingerprint(" ".join(a.sentences or a.paragraphs)) in seen
        )

    def briefed_paragraphs(self, day: date, days: int) -> list[PastItem]:
        """The paragraphs of the articles of every story the briefings of the `days` days before
        `day` told (from the archive), as untold PastItems of the topic and story that told it and
        the headline its reader knows it by (`known_by`): a story's identity across days. Every
        told article carries its story, a big one's by its opening paragraphs (`_opening`)."""
        start = (day - timedelta(days=days)).isoformat()
        found = []
        for built, data in self.db.execute(
            "SELECT day, briefing FROM builds WHERE day >= ? AND day < ? ORDER BY day",
            (start, day.isoformat()),
        ).fetchall():
            try:
                briefing = from_dict(json.loads(data))
            except (TypeError, ValueError) as exc:  # a hand-edited history: the rest still counts
                log.warning(
                    "note: %s: the briefing of %s is unreadable (%s); its stories are not "
                    "followed today",
                    self.path,
                    built,
                    exc,
                )
                continue
            built_on = date.fromisoformat(built)
            # article -> the topic and story that told it, the headline it is known by
            told: dict[str, tuple[str, str, str]] = {}
            listed = {story.id for story, _ in briefing.top_stories()}
            for section in briefing.sections:
                for story in section.stories:
                    lines = [item for item in section.items if item.story == story.id]
                    known = story.headline if story.id in listed else known_by(story, lines)
                    for article in story.articles:
                        named = (section.name, story.id, known)
                        told.setdefault(article.url or article.path, named)
            paragraphs: dict[str, list[str]] = {}
            for url, body in self.db.execute(
                "SELECT url, body FROM documents WHERE day = ? AND kind = 'article'", (built,)
            ):
                if url in told:
                    paragraphs[url] = body.split("\n\n")
            sizes: dict[tuple[str, str, str], list[int]] = defaultdict(list)
            for url, found_paragraphs in paragraphs.items():
                sizes[told[url]].append(len(found_paragraphs))
            keep = {story: _opening(story_sizes) for story, story_sizes in sizes.items()}
            for url, found_paragraphs in paragraphs.items():
                topic_name, story_id, headline = told[url]
                found += [
                    PastItem(built_on, topic_name, text, url, False, story_id, headline)
                    for _, text in paragraph_sentences(found_paragraphs[: keep[told[url]]])
                ]
        return found

    def coverage(self, day: date, days: int) -> dict[str, dict[date, int]]:
        """Articles per topic per day, for the `days` days before `day`."""
        start = (day - timedelta(days=days)).isoformat()
        found: dict[str, dict[date, int]] = {}
        for d, topic, count in self.db.execute(
            "SELECT b.day, c.topic, c.articles FROM coverage c JOIN builds b ON b.id = c.build_id "
            "WHERE b.day >= ? AND b.day < ?",
            (start, day.isoformat()),
        ):
            found.setdefault(topic, {})[date.fromisoformat(d)] = count
        return found

    def builds(self, days: int | None = None) -> list[BuildSummary]:
        """Stored briefings, newest first, with their item counts and who they were sent to."""
        rows = self.db.execute(
            "SELECT b.day, b.built_at, b.articles_read, "
            "(SELECT COUNT(*) FROM items i WHERE i.build_id = b.id), "
            "(SELECT GROUP_CONCAT(s.recipients, ', ') FROM sends s "
            "WHERE s.day = b.day AND s.state = 'sent') "
            "FROM builds b ORDER BY b.day DESC" + (" LIMIT ?" if days else ""),
            (days,) if days else (),
        ).fetchall()
        return [
            BuildSummary(
                date.fromisoformat(d),
                datetime.fromisoformat(t),
                n,
                items,
                tuple(dict.fromkeys(sent.split(", "))) if sent else (),
            )
            for d, t, n, items, sent in rows
        ]

    def search(
        self, text: str, out: Path, **options: object
    ) -> tuple[list[archive.Hit], list[str]]:
        """The archive's hits for the query `text` (`archive.search` takes the options) and notes
        on what was repaired first: a missing or unreadable index is rebuilt from the archived
        documents, and days the archive lacks are added from the stored briefings (the
        history's, or `out`/<day>/briefing.json)."""
        notes = []
        if not archive.indexed(self.db):
            notes.append(f"{self.path}: the search index was missing; rebuilt")
            self._reindex()
        try:
            return self._search(text, out, notes, options), notes
        except sqlite3.DatabaseError as exc:
            notes.append(f"{self.path}: the search index was unreadable ({exc}); rebuilt")
        self._reindex()
        try:
            return self._search(text, out, notes, options), notes
        except sqlite3.DatabaseError as exc:
            raise BriefingError(f"{self.path}: the archive cannot be read ({exc})") from None

    def _reindex(self) -> None:
        try:
            with self.transaction() as db:
                edited = archive.drop_index(db)
            if edited:  # the schema was changed under this connection: open it again
                self.db.close()
                self._connect()
            with self.transaction() as db:
                archive.reindex(db)
        except sqlite3.DatabaseError as exc:
            raise BriefingError(f"{self.path}: the archive cannot be read ({exc})") from None

    def _search(self, text: str, out: Path, notes: list[str], options: dict) -> list[archive.Hit]:
        days = archive.stored_days(out)
        wanted = archive.missing(self.db, days)
        added, problems = [], []
        if wanted:  # a healthy archive is searched without writing (a read-only history too)
            with self.transaction() as db:
                added, problems = archive.restore(db, wanted, days)
        if added:
            notes.append(
                f"the archive lacked {len(added)} stored briefing(s); added their items and cited "
                f"articles (titles only) from {', '.join(dict.fromkeys(added))}"
            )
        notes += problems
        return archive.search(self.db, text, **options)

    def stored_briefing(self, day: date) -> dict | None:
        """The JSON form of the briefing stored for `day`, or None; BriefingError naming the
        history when what is stored is not JSON."""
        row = self.db.execute(
            "SELECT briefing FROM builds WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        try:
            return json.loads(row[0]) if row else None
        except (TypeError, ValueError) as exc:
            raise BriefingError(
                f"{self.path}: the briefing of {day} is not JSON ({exc}); rebuild it with "
                f"`briefing build --date {day}`"
            ) from None
