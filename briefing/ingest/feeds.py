"""RSS and Atom feeds (feedparser) and OPML lists of feeds."""

from __future__ import annotations

import calendar
import html.entities
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import lxml.etree

from briefing.ingest.dates import read_date
from briefing.ingest.html import fragment_paragraphs
from briefing.ingest.links import doubt, safe_link
from briefing.ingest.outlets import false_claim, feed_outlet, host_name
from briefing.models import Article
from briefing.text.words import word_count

# `&name;` or `&name`; a one-letter name only with its semicolon (`&g;`, but not "&c.").
_ENTITY = re.compile(r"(?<![\w&])&([A-Za-z][A-Za-z0-9]{1,31};?|[A-Za-z];)")
# a calendar date and time as ISO 8601 writes them, which feedparser rolls over when impossible
_ISO_MOMENT = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2}))?")
TEASER_ENDINGS = ("…", "...", "[…]", "[...]", "read more", "continue reading")


@dataclass(frozen=True)
class Entry:
    """One feed item: the article as the feed carries it, and whether that is only a teaser."""

    article: Article
    teaser: bool
    problem: str = ""  # why the entry cannot be used, when it cannot


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS, Atom or RDF document."""
    head = data[:1024].lstrip().lower()
    return (
        head.startswith(b"<?xml")
        and any(t in data[:4096].lower() for t in (b"<rss", b"<feed", b"<rdf:rdf"))
    ) or head.startswith((b"<rss", b"<feed", b"<rdf"))


def _published(entry: dict) -> tuple[datetime | None, tuple[str, ...]]:
    """The entry's time, or None and a flag when the feed gives one that cannot be read."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    stated = entry.get("published") or entry.get("updated") or ""
    try:
        if parsed and _exists(stated):
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC), ()
    except (OverflowError, ValueError, OSError):
        pass
    return read_date(stated)


def _exists(stated: str) -> bool:
    """False for an ISO 8601 date or time that no calendar has ("2026-11-31", hour 25)."""
    moment = _ISO_MOMENT.match(stated)
    if not moment:
        return True
    try:
        year, month, day, hour, minute = (int(part or 0) for part in moment.groups())
        datetime(year, month, day, hour, minute)
    except ValueError:
        return False
    return True


def unresolved_entity(text: str) -> str:
    """The first `&name;` (or `&name`) in text that is no HTML entity: an unexpanded reference,
    as billion-laughs feeds leave behind; "" when there is none."""
    for match in _ENTITY.finditer(text):
        name = match.group(1).rstrip(";")
        if name + ";" not in html.entities.html5 and name not in html.entities.html5:
            return match.group(0)
    return ""


def parse_feed(data: bytes, source: str, teaser_words: int = 60) -> tuple[str, list[Entry]]:
    """The feed's title and its entries; ValueError when the bytes are not a feed."""
    import feedparser

    feed = feedparser.parse(data)
    usable = [e for e in feed.entries if e.get("link") or e.get("summary") or e.get("content")]
    if (feed.bozo and not usable) or (not feed.entries and not feed.feed):
        problem = feed.get("bozo_exception")
        reason = (getattr(problem, "getMessage", None) or (lambda: str(problem or "")))()
        raise ValueError(f"not a readable feed{': ' + reason if reason else ''}")
    title = feed.feed.get("title", "").strip()
    fetched = source if source.startswith(("http://", "https://")) else ""
    entries = []
    for item in feed.entries:
        content = (item.get("content") or [{}])[0].get("value") or item.get("summary", "")
        paragraphs = fragment_paragraphs(content)
        words = sum(map(word_count, paragraphs))
        last = paragraphs[-1].lower().rstrip() if paragraphs else ""
        teaser = words < teaser_words or last.endswith(TEASER_ENDINGS)
        link = item.get("link", "")
        published, flags = _published(item)
        home = link or feed.feed.get("link", "")
        outlet = feed_outlet(title, home)
        # a feed's title is believed only on its outlet's host: where it was fetched from, or
        # for a feed file, where its entries link
        if (fetched or home) and (claimed := false_claim(title, fetched or home)):
            where = urlsplit(fetched or home).hostname or "no host"
            outlet = host_name(fetched or home)
            flags += (f"feed claims to be {claimed} but came from {where}: not cited as it",)
        article = Article(
            title=item.get("title", "").strip(),
            outlet=outlet,
            url=safe_link(link),
            path=source if not source.startswith(("http://", "https://")) else "",
            published=published,
            paragraphs=tuple(paragraphs),
            flags=flags + ((doubt(link),) if link and not safe_link(link) else ()),
        )
        entity = unresolved_entity("\n".join((article.title, *paragraphs)))
        problem = f"unresolved entity reference {entity} in its text (an entity attack?)"
        entries.append(Entry(article, teaser, problem if entity else ""))
    return title, entries


def opml_feeds(data: bytes) -> list[str]:
    """The feed URLs an OPML file lists; ValueError when it is not OPML."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed OPML ({exc.msg})") from None
    urls = [o.get("xmlUrl").strip() for o in root.iter("outline") if o.get("xmlUrl")]
    if root.tag != "opml" or not urls:
        raise ValueError("no feeds in this OPML file")
    return urls
