"""Saved or fetched HTML pages: main text and metadata with trafilatura (and htmldate)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, tzinfo
from html import unescape

import lxml.html

from briefing.ingest.dates import parse_date, read_date
from briefing.ingest.links import doubt, safe_link
from briefing.ingest.outlets import page_outlet, vouch
from briefing.ingest.text import BOMS, BREAKING_TAGS
from briefing.models import Article
from briefing.text.invisible import NOTHING_SHOWN, shown
from briefing.text.words import word_count

MIN_BODY_WORDS = 60  # less than this is an index or front page, not an article
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_PUBLISHED_META = {
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
}
_BODY_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_CANONICAL = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text: a byte-order mark, the declared charset (header, then meta), else
    UTF-8, else cp1252."""
    bom = next((name for mark, name in BOMS if data.startswith(mark)), None)
    if b"\x00" in data[:4096] and not bom:
        raise ValueError("binary content, not HTML")
    meta = _META_CHARSET.search(data[:4096])
    for charset in (bom, declared, meta.group(1).decode("ascii") if meta else None, "utf-8"):
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("cp1252", errors="replace")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def article_from_html(
    data: bytes,
    *,
    url: str = "",
    path: str = "",
    charset: str | None = None,
    zone: tzinfo = UTC,
) -> Article:
    """The article in a page; ValueError with a reason when the page holds none."""
    import trafilatura

    if not data.strip():
        raise ValueError("empty page")
    markup = decode_html(data, charset)
    tree = parse_html(markup)
    published, flags = _explicit_date(tree, zone)  # before extraction, which prunes the tree
    stated = next(iter(tree.xpath(_CANONICAL)), "").strip()
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={
                "extensive_search": True,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise ValueError(f"unreadable HTML ({type(exc).__name__})") from None
    text = document.text if document is not None else ""
    if word_count(text or "") < MIN_BODY_WORDS:
        raise ValueError(
            NOTHING_SHOWN if _hides(markup) else "no article body (an index or front page?)"
        )
    title = (document.title or "").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    while lines and title and _norm(lines[0]) == _norm(title):
        lines.pop(0)  # the headline repeated as the first body line
    if published is None:  # no readable date in the metadata: trafilatura's guess
        published = parse_date(document.date or "", zone)
        flags = () if published else flags
    canonical = safe_link(document.url) or safe_link(url)
    if stated and _SCHEME.match(stated) and not safe_link(stated):
        flags += (doubt(stated),)
    site = document.sitename or ""
    if safe_link(url):  # fetched: its claims must match the host it came from
        canonical, site, doubts = vouch(canonical, site, safe_link(url))
        flags += doubts
    return Article(
        title=title,
        outlet=page_outlet(site, canonical, lines[0] if lines else ""),
        url=canonical,
        path=path,
        published=published,
        paragraphs=tuple(lines),
        flags=flags,
    )


def _hides(markup: str) -> bool:
    """Whether a page's body holds text outside its scripts and styles that shows nothing
    (`shown`: zero-width characters alone), not none at all (an app's shell, a photo); read
    again, as extraction prunes the tree."""
    text = "".join(parse_html(markup).xpath(_BODY_TEXT))
    return bool(text.strip()) and not shown(text)


def parse_html(html: str) -> lxml.html.HtmlElement:
    """The page's element tree; ValueError when the markup is too deep or broken to read."""
    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True
    )
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(f"unreadable HTML ({exc})") from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":  # the tree was cut short: say so
            depth = re.search(r"depth in document: (\d+)", error.message)
            if depth:
                limit = depth[1]
                raise ValueError(f"markup nested deeper than {limit} levels (the parser's limit)")
            raise ValueError(f"markup beyond the HTML parser's limits ({error.message.strip()})")
    return tree


def _explicit_date(tree: lxml.html.HtmlElement, zone: tzinfo) -> tuple[datetime | None, tuple]:
    """The publication time the page states in its metadata (which beats any date guessed from
    the URL or text), with a flag when the stated value cannot be read."""
    values = [
        element.get("content") or element.get("datetime") or ""
        for element in tree.iter("meta", "time")
        if (element.get("property") or element.get("name") or element.get("itemprop") or "")
        .lower()
        .strip()
        in _PUBLISHED_META
    ]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            values.extend(_ld_dates(script.text or ""))
    flags: tuple[str, ...] = ()
    for value in values:
        moment, flags = read_date(value, zone)
        if moment:
            return moment, ()
    return None, flags[:1]


def _ld_dates(text: str) -> list[str]:
    """Every datePublished in a JSON-LD block."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed entry's content), tags dropped."""
    if "<" not in fragment:  # still HTML: entities such as &amp; stand for characters
        return [" ".join(unescape(p).split()) for p in fragment.split("\n\n") if p.strip()]
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BREAKING_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
