"""RSS and Atom feeds (feedparser) and OPML lists of feeds."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime

import lxml.etree

from ..models import Article
from .html import fragment_paragraphs

TEASER_ENDINGS = ("…", "...", "[…]", "[...]", "read more", "continue reading")


@dataclass(frozen=True)
class Entry:
    """One feed item: the article as the feed carries it, and whether that is only a teaser."""

    article: Article
    teaser: bool


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS, Atom or RDF document."""
    head = data[:1024].lstrip().lower()
    return (
        head.startswith(b"<?xml")
        and any(t in data[:4096].lower() for t in (b"<rss", b"<feed", b"<rdf:rdf"))
    ) or head.startswith((b"<rss", b"<feed", b"<rdf"))


def _published(entry: dict) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def parse_feed(data: bytes, source: str, teaser_words: int = 60) -> tuple[str, list[Entry]]:
    """The feed's title and its entries; ValueError when the bytes are not a feed."""
    import feedparser

    feed = feedparser.parse(data)
    usable = [e for e in feed.entries if e.get("link") or e.get("summary") or e.get("content")]
    if (feed.bozo and not usable) or (not feed.entries and not feed.feed):
        problem = feed.get("bozo_exception")
        reason = (getattr(problem, "getMessage", None) or (lambda: str(problem or "")))()
        raise ValueError(f"not a readable feed{': ' + reason if reason else ''}")
    outlet = feed.feed.get("title", "").strip() or source
    entries = []
    for item in feed.entries:
        content = (item.get("content") or [{}])[0].get("value") or item.get("summary", "")
        paragraphs = fragment_paragraphs(content)
        words = sum(len(p.split()) for p in paragraphs)
        last = paragraphs[-1].lower().rstrip() if paragraphs else ""
        teaser = words < teaser_words or last.endswith(TEASER_ENDINGS)
        article = Article(
            title=item.get("title", "").strip(),
            outlet=outlet,
            url=item.get("link", ""),
            path=source if not source.startswith(("http://", "https://")) else "",
            published=_published(item),
            paragraphs=tuple(paragraphs),
        )
        entries.append(Entry(article, teaser))
    return outlet, entries


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
