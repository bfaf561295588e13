"""Read the day's sources: text files, saved HTML pages, RSS/Atom feeds, OPML lists and URLs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from ..config import HttpConfig
from ..models import Article, Skipped
from .dates import Window, parse_date, vet
from .feeds import Entry, looks_like_feed, opml_feeds, parse_feed
from .fetch import Fetched, Fetcher
from .html import article_from_html
from .text import decode_text, display_path, iter_lines, parse_article, read_text

__all__ = [
    "HttpConfig",
    "Progress",
    "ReadResult",
    "Window",
    "display_path",
    "is_url",
    "iter_lines",
    "parse_date",
    "read_sources",
    "read_text",
]

TEXT = {".txt", ".md"}
HTML = {".html", ".htm"}
FEEDS = {".xml", ".rss", ".atom"}
OPML = {".opml"}
KNOWN = TEXT | HTML | FEEDS | OPML
Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class ReadResult:
    """What reading produced: articles, sources that could not be used, and how many were read."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sources_read: int = 0


def is_url(source: str | Path) -> bool:
    """True for an http(s) URL."""
    return str(source).lower().startswith(("http://", "https://"))


def _expand(sources: Iterable[str | Path], result: ReadResult) -> tuple[list[Path], list[str]]:
    """Local files (folders walked, hidden entries skipped) and URLs, in a stable order."""
    files: list[Path] = []
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(str(source))
            continue
        path = Path(source)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in KNOWN
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                result.skipped.append(
                    Skipped(display_path(path), "folder holds no articles, pages or feeds")
                )
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() in KNOWN:
                files.append(path)
            else:
                result.skipped.append(
                    Skipped(display_path(path), f"unsupported file type {path.suffix!r}")
                )
        else:
            result.skipped.append(Skipped(display_path(path), "no such file or folder"))
    return files, urls


class _Reader:
    """One read of a set of sources, with a fetcher for whatever lives on the web."""

    def __init__(
        self,
        zone: tzinfo,
        fetcher: Fetcher,
        follow_teasers: bool,
        teaser_words: int,
        result: ReadResult,
    ) -> None:
        self.zone = zone
        self.fetcher = fetcher
        self.follow_teasers = follow_teasers
        self.teaser_words = teaser_words
        self.result = result
        self.entries: list[Entry] = []

    def skip(self, source: str, reason: str) -> None:
        self.result.skipped.append(Skipped(source, reason))

    def local(self, path: Path) -> list[str]:
        """Read one local file; return feed URLs it lists (OPML)."""
        name, suffix = display_path(path), path.suffix.lower()
        try:
            if suffix in TEXT:
                text = decode_text(path.read_bytes())
                self.result.articles.append(parse_article(text, path, self.zone))
                return []
            data = path.read_bytes()
            if suffix in HTML:
                self.result.articles.append(article_from_html(data, path=name, zone=self.zone))
            elif suffix in FEEDS:
                decode_text(data)  # empty or binary files get the plain reason
                self.entries.extend(parse_feed(data, name, self.teaser_words)[1])
            else:
                return opml_feeds(data)
        except OSError as exc:
            self.skip(name, exc.strerror or str(exc))
        except ValueError as exc:
            self.skip(name, str(exc))
        return []

    def remote(self, url: str, fetched: Fetched | str) -> None:
        """Use one fetched page or feed."""
        if isinstance(fetched, str):
            self.skip(url, fetched)
            return
        kind = fetched.content_type
        try:
            if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(fetched.content):
                self.entries.extend(parse_feed(fetched.content, url, self.teaser_words)[1])
            elif kind in ("text/html", "application/xhtml+xml", "") or kind.startswith("text/"):
                self.result.articles.append(
                    article_from_html(
                        fetched.content, url=fetched.url, charset=fetched.charset, zone=self.zone
                    )
                )
            else:
                self.skip(url, f"not a page or a feed ({kind})")
        except ValueError as exc:
            self.skip(url, str(exc))

    def feed_entries(self) -> None:
        """Turn feed entries into articles, following teasers to their pages."""
        follow = [
            e for e in self.entries if e.teaser and self.follow_teasers and is_url(e.article.url)
        ]
        pages = self.fetcher.fetch_all(e.article.url for e in follow) if follow else {}
        for entry in self.entries:
            article, page = entry.article, pages.get(entry.article.url)
            if isinstance(page, Fetched):
                try:
                    full = article_from_html(
                        page.content, url=page.url, charset=page.charset, zone=self.zone
                    )
                    article = replace(
                        full,
                        title=article.title or full.title,
                        outlet=article.outlet,
                        url=article.url or full.url,
                        path=article.path,
                        published=article.published or full.published,
                    )
                except ValueError as exc:
                    article = replace(article, flags=(f"teaser only: article page {exc}",))
            elif isinstance(page, str):
                article = replace(article, flags=(f"teaser only: article page {page}",))
            if article.paragraphs:
                self.result.articles.append(article)
            else:
                self.skip(
                    article.url or f"{article.path} ({article.title!r})", "feed entry has no text"
                )


def read_sources(
    sources: Iterable[str | Path],
    zone: tzinfo = UTC,
    *,
    http: HttpConfig | None = None,
    cache: Path | None = None,
    follow_teasers: bool = True,
    teaser_words: int = 60,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Every article the sources hold, and a reason for each source that held none."""
    result = ReadResult()
    files, urls = _expand(sources, result)
    total = len(files) + len(urls)
    done = 0
    with Fetcher(http or HttpConfig(), cache) as fetcher:
        reader = _Reader(zone, fetcher, follow_teasers, teaser_words, result)
        for path in files:
            urls.extend(reader.local(path))
            done += 1
            if progress:
                progress(done, total)
        for url, fetched in fetcher.fetch_all(urls).items():
            reader.remote(url, fetched)
            done += 1
            if progress:
                progress(done, max(total, done))
        reader.feed_entries()
    result.sources_read = done
    moment = now or datetime.now(UTC)
    vetted = []
    for article in result.articles:
        published, flags = vet(article.published, moment)
        vetted.append(replace(article, published=published, flags=article.flags + flags))
    result.articles = vetted
    return result
