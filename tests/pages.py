"""Small news pages and feeds the tests write themselves."""

from __future__ import annotations

from html import escape

from .conftest import SEEDS, Route

SEED_LINES = [
    p.strip()
    for p in next(SEEDS.glob("*.txt")).read_text(encoding="utf-8").split("\n\n")
    if p.strip()
]
SEED_TITLE = SEED_LINES[0]
SEED_PARAGRAPHS = [p for p in SEED_LINES[1:] if not p.startswith(("Previous", "Please"))]


def news_page(
    title: str = SEED_TITLE,
    paragraphs: list[str] | None = None,
    site: str = "Asia Wire",
    canonical: str = "https://asiawire.example/asean-talks",
    published: str = "2026-11-27T21:30:00+07:00",
) -> str:
    """An article in a typical news-site template: navigation, share bar, related links,
    comments and footer around the body."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in (paragraphs or SEED_PARAGRAPHS))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:title" content="{escape(title)}">
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="{published}"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/asia">Asia</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="share">Share on Facebook | Share on X | Email this article</div>
<article><h1>{escape(title)}</h1><p>{escape(title)}</p>{body}</article>
<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/a">Spain sweats out sultry nights as heat wave bakes southern Europe</a></li>
<li><a href="/b">Two hospitalized, buildings damaged in Kiev by Russian drone strike</a></li></ul>
</aside>
<section id="comments"><h3>Leave a comment</h3><p>Please enter your comment!</p>
<div class="comment"><p>Great article, totally agree, visit my site for more!!!</p></div></section>
<footer>© 2026 {escape(site)}. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def index_page() -> str:
    """A front page: links and headlines, no article body."""
    links = "".join(
        f'<li><a href="/story{n}">Headline number {n} about the news</a></li>' for n in range(30)
    )
    return f"<html><head><title>Asia Wire</title></head><body><ul>{links}</ul></body></html>"


def rss(title: str, items: list[dict]) -> str:
    """An RSS 2.0 feed; each item has title, link, pubDate and description (HTML allowed)."""
    entries = "".join(
        f"<item><title>{escape(i['title'])}</title><link>{escape(i['link'])}</link>"
        f"<pubDate>{i['pubDate']}</pubDate>"
        f"<description>{escape(i['description'])}</description></item>"
        for i in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://feeds.example/</link>"
        f"<description>news</description>{entries}</channel></rss>"
    )


def feed_route(items: list[tuple[str, str, str]], title: str = "Wire") -> Route:
    """A route serving an RSS feed of (title, link, description) entries of 27 Nov 2026."""
    date = "Fri, 27 Nov 2026 10:00:00 +0000"
    entries = [
        {"title": t, "link": link, "pubDate": date, "description": d} for t, link, d in items
    ]
    return Route(rss(title, entries), content_type="application/rss+xml")
