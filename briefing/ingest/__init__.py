"""Read the day's sources: text files, saved HTML pages, RSS/Atom feeds, OPML lists and URLs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..config import HttpConfig, SourcesConfig
from ..links import url_problem
from ..models import Article, Skipped
from .dates import Window, parse_date, vet
from .feeds import Entry, looks_like_feed, opml_feeds, parse_feed
from .fetch import INTERNAL, Fetched, Fetcher
from .html import article_from_html
from .text import decode_text, display_path, iter_lines, parse_article, read_text

__all__ = [
    "HttpConfig",
    "Progress",
    "ReadResult",
    "SourcesConfig",
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
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # a URL scheme (not a drive letter)


@dataclass
class ReadResult:
    """What reading produced: articles, sources that could not be used, and how many were read."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sources_read: int = 0


def is_url(source: str | Path) -> bool:
    """True for an http(s) URL."""
    return str(source).lower().startswith(("http://", "https://"))


def _local(source: str | Path) -> Path | str:
    """The path a source names (a file: URL names one too), or why it names none."""
    if isinstance(source, Path) or not _SCHEME.match(source) or Path(source).exists():
        return Path(source)
    parts = urlsplit(source)
    if parts.scheme.lower() == "file" and parts.netloc in ("", "localhost"):
        return Path(url2pathname(parts.path))
    return url_problem(source)


def _expand(sources: Iterable[str | Path], result: ReadResult) -> tuple[list[Path], list[str]]:
    """Local files (folders walked, hidden entries skipped) and URLs, in a stable order."""
    files: list[Path] = []
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(str(source))
            continue
        path = _local(source)
        if isinstance(path, str):
            result.skipped.append(Skipped(str(source), path))
            continue
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
                kind = repr(path.suffix) if path.suffix else "(no extension)"
                result.skipped.append(Skipped(display_path(path), f"unsupported file type {kind}"))
        else:
            result.skipped.append(Skipped(display_path(path), "no such file or folder"))
    return files, urls


class _Reader:
    """One read of a set of sources, with a fetcher for whatever lives on the web. Whatever goes
    wrong with one source, or one feed entry, becomes one Skipped entry with a one-line reason."""

    def __init__(
        self, zone: tzinfo, fetcher: Fetcher, options: SourcesConfig, result: ReadResult
    ) -> None:
        self.zone = zone
        self.fetcher = fetcher
        self.options = options
        self.result = result
        self.entries: list[Entry] = []

    def skip(self, source: str, reason: str) -> None:
        self.result.skipped.append(Skipped(one_line(source), one_line(reason)))

    @contextmanager
    def guard(self, source: str) -> Iterator[None]:
        """Turn any failure to read `source` into one Skipped entry; the build goes on."""
        try:
            yield
        except OSError as exc:
            self.skip(source, exc.strerror or str(exc))
        except ValueError as exc:
            self.skip(source, str(exc))
        except RecursionError:
            self.skip(source, "nested too deeply to read")
        except Exception as exc:  # a reader's bug must not sink the build: report it instead
            self.skip(source, f"{INTERNAL} ({type(exc).__name__}: {exc})")

    def keep(self, source: str, article: Article) -> None:
        """Add an article unless it is longer than the configured cap."""
        words = sum(len(p.split()) for p in article.paragraphs)
        if words > self.options.max_article_words:
            self.skip(
                source,
                f"article of {words:,} words is longer than sources.max_article_words "
                f"({self.options.max_article_words:,})",
            )
        else:
            self.result.articles.append(article)

    def local(self, path: Path) -> list[str]:
        """Read one local file; return feed URLs it lists (OPML)."""
        name, suffix = display_path(path), path.suffix.lower()
        with self.guard(name):
            size, cap = path.stat().st_size, self.options.max_file_bytes
            if size > cap:
                raise ValueError(
                    f"file of {size:,} bytes is larger than sources.max_file_bytes ({cap:,})"
                )
            data = path.read_bytes()
            if suffix in TEXT:
                self.keep(name, parse_article(decode_text(data), path, self.zone))
            elif suffix in HTML:
                self.keep(name, article_from_html(data, path=name, zone=self.zone))
            elif suffix in FEEDS:
                decode_text(data)  # empty or binary files get the plain reason
                self.entries.extend(parse_feed(data, name, self.options.teaser_words)[1])
            else:
                return opml_feeds(data)
        return []

    def remote(self, url: str, fetched: Fetched | str) -> None:
        """Use one fetched page or feed."""
        if isinstance(fetched, str):
            self.skip(url, fetched)
            return
        kind = fetched.content_type
        with self.guard(url):
            if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(fetched.content):
                self.entries.extend(parse_feed(fetched.content, url, self.options.teaser_words)[1])
            elif kind in ("text/html", "application/xhtml+xml", "") or kind.startswith("text/"):
                self.keep(
                    url,
                    article_from_html(
                        fetched.content, url=fetched.url, charset=fetched.charset, zone=self.zone
                    ),
                )
            else:
                raise ValueError(f"not a page or a feed ({kind})")

    def feed_entries(self) -> None:
        """Turn feed entries into articles, following teasers to their pages."""
        follow = [e for e in self.entries if e.teaser and self.options.follow_teasers]
        pages = self.fetcher.fetch_all(e.article.url for e in follow if e.article.url)
        for entry in self.entries:
            article = entry.article
            name = article.url or f"{article.path} ({article.title!r})"
            with self.guard(name):
                if entry.problem:
                    raise ValueError(entry.problem)
                article = self.full_text(article, pages.get(article.url))
                if not article.paragraphs:
                    raise ValueError("feed entry has no text")
                self.keep(name, article)

    def full_text(self, article: Article, page: Fetched | str | None) -> Article:
        """A teaser entry completed from its article page, or flagged when the page failed."""
        if isinstance(page, str):
            return replace(article, flags=(*article.flags, f"teaser only: article page {page}"))
        if page is None:
            return article
        try:
            full = article_from_html(
                page.content, url=page.url, charset=page.charset, zone=self.zone
            )
        except ValueError as exc:
            return replace(article, flags=(*article.flags, f"teaser only: article page {exc}"))
        return replace(
            full,
            title=article.title or full.title,
            outlet=article.outlet,
            url=article.url or full.url,
            path=article.path,
            published=article.published or full.published,
            flags=article.flags + full.flags,
        )


def one_line(text: str, limit: int = 300) -> str:
    """Text on one line, at most `limit` characters: reasons and names as the user sees them."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def read_sources(
    sources: Iterable[str | Path],
    zone: tzinfo = UTC,
    *,
    http: HttpConfig | None = None,
    cache: Path | None = None,
    options: SourcesConfig | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Every article the sources hold, and a reason for each source (or feed entry) that held
    none. `options` are the [sources] settings: teasers and size caps."""
    result = ReadResult()
    files, urls = _expand(sources, result)
    total = len(files) + len(urls)
    done = 0
    with Fetcher(http or HttpConfig(), cache) as fetcher:
        reader = _Reader(zone, fetcher, options or SourcesConfig(), result)
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
