"""The archive: every build's articles and briefed items in the history database, with an SQLite
FTS5 index (bm25), searched with the topic query syntax: FTS5 finds the candidates, the topic
matcher keeps those the query holds for. A missing or corrupt index is rebuilt, with a note."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, combinations
from pathlib import Path

from briefing.day.topics import inflected_stems, query_matches
from briefing.models import Article, Briefing
from briefing.query import Atom, Query, literal, parse_query
from briefing.render.serialize import from_dict
from briefing.text.invisible import composed
from briefing.text.words import (
    UNSPACED_RUN,
    either_width,
    letter_start,
    lower,
    wide_kana,
    yo_as_e,
)

INDEX = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
)
SCHEMA = f"""
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        topics TEXT NOT NULL,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        published TEXT,
        body TEXT NOT NULL
    );
    CREATE INDEX documents_day ON documents(day);
    {INDEX}
    """
_TOKEN = re.compile(r"\w+")
_RANK = "bm25(documents_fts, 2.0, 1.0)"  # a word in the title counts twice
_SNIPPET = "snippet(documents_fts, 1, '', '', '…', 24)"
_YO = re.compile("[еёЕЁ]")  # Cyrillic "е" and "ё", one letter to Russian readers
_AROUND = 12  # a scanned hit shows this many letters before it and twice as many from it
Scans = tuple[tuple[str, tuple[str, ...]], ...]  # (field, runs) of the terms scanned for


@dataclass(frozen=True)
class Document:
    """One searchable entry: an article of a day's build, or an item a briefing carried."""

    day: str
    kind: str  # "article" or "item"
    topics: tuple[str, ...]  # an item's topic; the topics an article's sentences went to
    outlet: str
    title: str
    url: str
    published: str | None
    body: str


@dataclass(frozen=True)
class Hit:
    """A document the query holds for, and the part of it that matched (an item's text)."""

    day: date
    kind: str
    topics: tuple[str, ...]
    outlet: str
    title: str
    url: str
    published: str | None
    text: str
    rank: float  # bm25: lower is better


def build_documents(
    briefing: Briefing, articles: Iterable[Article], on_topic: Mapping[int, Sequence[str]]
) -> Iterator[Document]:
    """A build's documents, one at a time (a day's text is not held twice): its articles (whole
    text, the topics `on_topic` gives by article id) and each section's items."""
    day = briefing.day.isoformat()
    for a in articles:
        yield Document(
            day,
            "article",
            tuple(on_topic.get(a.id, ())),
            a.outlet,
            a.title,
            a.url or a.path,
            a.published.isoformat() if a.published else None,
            "\n\n".join(a.paragraphs) if a.paragraphs else " ".join(a.sentences),
        )
    for section in briefing.sections:
        for item in section.items:
            a = item.sentence.article
            published = a.published.isoformat() if a.published else None
            url = a.url or a.path
            yield Document(
                day, "item", (section.name,), a.outlet, a.title, url, published, item.text
            )


def documents_from_json(data: dict) -> list[Document]:
    """A stored briefing's items and the articles its stories cite (titles only: a briefing's
    JSON holds no article text), for an archive rebuilt without the builds' own records;
    ValueError naming the field of a value not of its type (`from_dict`)."""
    briefing = from_dict(data)
    cited: dict[str, tuple[Article, list[str]]] = {}
    for section in briefing.sections:
        for story in section.stories:
            for a in story.articles:
                cited.setdefault(a.url or a.path or a.title, (a, []))[1].append(section.name)
    on_topic = {a.id: list(dict.fromkeys(names)) for a, names in cited.values()}
    return list(build_documents(briefing, [a for a, _ in cited.values()], on_topic))


def store(db: sqlite3.Connection, documents: Iterable[Document]) -> None:
    """Add documents and index them (inside the caller's transaction)."""
    for doc in documents:
        rowid = db.execute(
            "INSERT INTO documents (day, kind, topics, outlet, title, url, published, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.day,
                doc.kind,
                "\n".join(doc.topics),
                doc.outlet,
                doc.title,
                doc.url,
                doc.published,
                doc.body,
            ),
        ).lastrowid
        db.execute(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, doc.title, doc.body),
        )


def forget(db: sqlite3.Connection, day: str) -> None:
    """Remove a day's documents and their index entries (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, body) "
        "SELECT 'delete', id, title, body FROM documents WHERE day = ?",
        (day,),
    )
    db.execute("DELETE FROM documents WHERE day = ?", (day,))


def indexed(db: sqlite3.Connection) -> bool:
    """Whether the index table is there."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").fetchone()
    return found is not None


def drop_index(db: sqlite3.Connection) -> bool:
    """Drop the index (inside the caller's transaction). One too broken to drop (FTS5 cannot
    open it) has its tables and its schema entry removed directly: then True, and the
    connection must be opened again before the index is made."""
    try:
        db.execute("DROP TABLE IF EXISTS documents_fts")
        return False
    except sqlite3.DatabaseError:
        for shadow in ("data", "idx", "docsize", "config"):
            db.execute(f"DROP TABLE IF EXISTS documents_fts_{shadow}")
        db.execute("PRAGMA writable_schema = ON")
        try:
            db.execute("DELETE FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts'")
        finally:
            db.execute("PRAGMA writable_schema = OFF")
        return True


def reindex(db: sqlite3.Connection) -> None:
    """The index made anew from the documents (inside the caller's transaction), once dropped."""
    db.execute(INDEX)
    db.execute("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')")


def asked(query: Query) -> tuple[str, Scans]:
    """The query's terms not under NOT as an FTS5 expression every document it holds for
    matches (a superset: the terms ORed), and the terms FTS5 cannot find, to scan for."""
    parts, scans = [], []
    for atom in _positive(query):
        written = literal(atom.term)
        # a script written without spaces, which unicode61 makes one token with the run around
        # it ("东京" in "东京股市周二大幅下跌"): its runs (katakana full-width), scanned for
        runs = UNSPACED_RUN.findall(wide_kana(composed(written)))
        if runs:
            scans.append((atom.field, tuple(runs)))
            continue
        tokens = _TOKEN.findall(lower(composed(written)))  # no text of the user's is syntax
        if not tokens:
            continue
        # a wildcard, a plural, or a Korean particle joined to a word of any script ("서울에서",
        # "NATO는", "G20에서") as topics read them: a prefix; a Russian term's inflected forms
        # ("землетрясения"), as topics read them: each word's stem a prefix
        prefix = written != atom.term or written[-1].isalnum()
        stems = inflected_stems(composed(atom.term))
        # any other prefix's "ё" or "е" as well, a superset the matcher narrows: a wildcard's, a
        # term in capitals' ("ЕС"), other Cyrillic's ("міжнародне")
        if not stems and prefix and _YO.search(written):
            stems = tuple(map(yo_as_e, tokens))
        phrase = _stemmed(stems) if stems else f'"{" ".join(tokens)}"' + (" *" if prefix else "")
        parts.append(f"title : {phrase}" if atom.field == "title" else phrase)
    return " OR ".join(parts), tuple(scans)


def _stemmed(stems: Sequence[str]) -> str:
    """A Russian term's words as FTS5 prefixes of their stems (or another prefix's letters, "ё"
    read as "е"): a phrase; or, where a stem has an "е", which unicode61 does not fold "ё" into
    (Snowball's stems write "е"), each word's spellings with "ё" for one or two "е"s ORed (a
    compound writes two: "трёхзвёздочный"), the words ANDed."""
    spellings = [tuple(_yo_spellings(s)) for s in stems]
    if all(len(group) == 1 for group in spellings):
        return " + ".join(f'"{s}" *' for s in stems)
    words = [" OR ".join(f'"{s}" *' for s in group) for group in spellings]
    if len(words) == 1:
        return f"({words[0]})"
    return "(" + " AND ".join(f"({w})" if " OR " in w else w for w in words) + ")"


def _yo_spellings(stem: str) -> Iterator[str]:
    """A stem as written, then with "ё" for each one and each two of its "е"s."""
    at = [n for n, c in enumerate(stem) if c == "е"]
    for chosen in chain([()], combinations(at, 1), combinations(at, 2)):
        yield "".join("ё" if n in chosen else c for n, c in enumerate(stem))


def _positive(query: Query) -> Iterator[Atom]:
    """The query's atoms not under NOT, each once."""
    yield from dict.fromkeys(a for n in sorted(query.positive) for a in _atoms(query, n))


def _atoms(query: Query, n: int) -> tuple[Atom, ...]:
    leaf = query.leaves[n]
    return (leaf,) if isinstance(leaf, Atom) else tuple(a for g in leaf.groups for a in g)


def search(
    db: sqlite3.Connection,
    text: str,
    since: date | None = None,
    until: date | None = None,
    topic: str | None = None,
    items_only: bool = False,
    limit: int = 20,
) -> list[Hit]:
    """The best `limit` documents (bm25 over the candidates) the query `text` holds for, within
    the days and of the topic asked; sqlite3.DatabaseError when the index is broken."""
    query = parse_query(text)
    match, scans = asked(query)
    if not match and not scans:
        return []
    found = (
        f"SELECT rowid, {_SNIPPET} AS snippet, {_RANK} AS rank FROM documents_fts "
        "WHERE documents_fts MATCH ?"
        if match
        else "SELECT NULL AS rowid, NULL AS snippet, NULL AS rank WHERE 0"
    )
    values: list[object] = [match] if match else []
    where = []
    if scans:  # a document FTS5 did not find may hold them: a scan of the text (bm25 0)
        clauses = []
        for field, runs in scans:
            column = "d.title" if field == "title" else "d.title || d.body"
            either = [either_width(run) for run in runs]
            or_ = (" OR ".join(f"instr({column}, ?) > 0" for _ in each) for each in either)
            clauses.append(" AND ".join(f"({one})" for one in or_))
            values += [spelling for each in either for spelling in each]
        where.append(f"(f.rowid IS NOT NULL OR ({') OR ('.join(clauses)}))")
    for clause, value in (
        ("d.day >= ?", since.isoformat() if since else None),
        ("d.day <= ?", until.isoformat() if until else None),
        ("instr(char(10) || d.topics || char(10), ?) > 0", f"\n{topic}\n" if topic else None),
        ("d.kind = ?", "item" if items_only else None),
    ):
        if value is not None:
            where.append(clause)
            values.append(value)
    rows = db.execute(
        "SELECT d.day, d.kind, d.topics, d.outlet, d.title, d.url, d.published, d.body, "
        "f.snippet, coalesce(f.rank, 0.0) AS rank "
        f"FROM documents d {'LEFT JOIN' if scans else 'JOIN'} ({found}) f ON f.rowid = d.id "
        f"WHERE {' AND '.join(where) or 1} ORDER BY rank, d.day DESC, d.id",
        values,
    )
    hits = []
    for day, kind, topics, outlet, title, url, published, body, snippet, rank in rows:
        if not query_matches(query, body, title):
            continue
        shown = body if kind == "item" else snippet or _around(body, scans) or title
        hits.append(
            Hit(
                date.fromisoformat(day),
                kind,
                tuple(filter(None, topics.split("\n"))),
                outlet,
                title,
                url,
                published,
                shown,
                rank,
            )
        )
        if len(hits) == limit:
            break
    return hits


def _around(body: str, scans: Scans) -> str:
    """The words around the first of the scanned runs in `body`, as FTS5's snippet shows a hit,
    cut where letters start (`letter_start`); "" when none is there."""
    found = (body.find(s) for _, runs in scans for run in runs for s in either_width(run))
    at = min((i for i in found if i >= 0), default=-1)
    if at < 0:
        return ""
    start, end = letter_start(body, max(at - _AROUND, 0)), letter_start(body, at + 2 * _AROUND)
    return ("…" if start else "") + body[start:end].strip() + ("…" if end < len(body) else "")


def topics(db: sqlite3.Connection) -> list[str]:
    """The topics of the archived items."""
    rows = db.execute("SELECT DISTINCT topics FROM documents WHERE kind = 'item'")
    return sorted({name for (names,) in rows for name in names.split("\n") if name})


def stored_days(out: Path) -> dict[str, Path]:
    """The day folders under `out` that hold a briefing.json, by day."""
    found = {}
    for path in sorted(out.glob("*/briefing.json")):
        try:
            date.fromisoformat(path.parent.name)
        except ValueError:
            continue
        found[path.parent.name] = path
    return found


def missing(db: sqlite3.Connection, days: Mapping[str, Path]) -> list[str]:
    """The days built (in the history, or with a briefing.json in `days`) the archive lacks."""
    have = {day for (day,) in db.execute("SELECT DISTINCT day FROM documents")}
    built = {day for (day,) in db.execute("SELECT day FROM builds")}
    return sorted((built | days.keys()) - have)


def restore(
    db: sqlite3.Connection, wanted: Sequence[str], days: Mapping[str, Path]
) -> tuple[list[str], list[str]]:
    """Documents for the `wanted` days (inside the caller's transaction), from the history's
    stored briefing of the day, else from the day's briefing.json in `days`: where each day
    added came from, and a line for each that could not be read."""
    added, problems = [], []
    for day in wanted:
        row = db.execute("SELECT briefing FROM builds WHERE day = ?", (day,)).fetchone()
        source = "the history" if row else str(days[day])
        try:
            text = row[0] if row else days[day].read_text(encoding="utf-8")
            documents = documents_from_json(json.loads(text))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append(f"{source}: the briefing of {day} is unreadable ({exc})")
            continue
        store(db, documents)
        added.append(source)
    return added, problems
