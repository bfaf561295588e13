"""Saved or fetched HTML pages: main text and metadata with trafilatura (and htmldate)."""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from urllib.parse import urlsplit

import lxml.html

from ..models import Article
from .dates import parse_date

MIN_BODY_WORDS = 60  # less than this is an index or front page, not an article
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "br", "tr", "section"}


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text: the declared charset (header, then meta), else UTF-8, else cp1252."""
    if b"\x00" in data[:4096]:
        raise ValueError("binary content, not HTML")
    meta = _META_CHARSET.search(data[:4096])
    for charset in (declared, meta.group(1).decode("ascii") if meta else None, "utf-8"):
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
    html = decode_html(data, charset)
    try:
        document = trafilatura.bare_extraction(
            html,
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
    if len((text or "").split()) < MIN_BODY_WORDS:
        raise ValueError("no article body (an index or front page?)")
    title = (document.title or "").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    while lines and title and _norm(lines[0]) == _norm(title):
        lines.pop(0)  # the headline repeated as the first body line
    canonical = document.url or url
    host = urlsplit(canonical).hostname or ""
    return Article(
        title=title,
        outlet=(document.sitename or host.removeprefix("www.") or path).strip(),
        url=canonical,
        path=path,
        published=parse_date(document.date or "", zone),
        paragraphs=tuple(lines),
    )


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed entry's content), tags dropped."""
    if "<" not in fragment:
        return [p.strip() for p in fragment.split("\n\n") if p.strip()]
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
