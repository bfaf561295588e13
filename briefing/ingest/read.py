"""Read the day's sources: text files, saved HTML pages, RSS/Atom feeds, OPML lists and URLs."""

from __future__ import annotations

import logging
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefing.compute import Executor, Failed, SerialExecutor
from briefing.errors import INTERNAL
from briefing.ingest import scrub
from briefing.ingest.dates import Window, parse_date, vet
from briefing.ingest.links import url_problem
from briefing.ingest.text import decode_text, display_path, parse_article, printable, read_text
from briefing.ingest.walk import not_regular, unusable, walk
from briefing.models import Article, Skipped, new_id
from briefing.text.invisible import NOTHING_SHOWN, shown, visible
from briefing.text.words import word_count

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the configuration (pydantic) loads where a default is needed
    from briefing.config import HttpConfig, SourcesConfig
    from briefing.ingest.feeds import Entry
    from briefing.ingest.fetch import Fetched, Fetcher

# Feeds (feedparser) and pages (lxml, trafilatura) load where they are read: `briefing
# summarise` reads text files only and starts without them.

__all__ = [
    "Progress",
    "ReadResult",
    "Window",
    "display_path",
    "is_url",
    "names_url",
    "parse_date",
    "read_sources",
    "read_text",
]


def _default_sources() -> SourcesConfig:
    """The default source options (pydantic is loaded only when one is needed)."""
    from briefing.config import SourcesConfig

    return SourcesConfig()


TEXT = {".txt", ".md"}
HTML = {".html", ".htm"}
FEEDS = {".xml", ".rss", ".atom"}
OPML = {".opml"}
KNOWN = TEXT | HTML | FEEDS | OPML
Progress = Callable[[int, int], None]  # (done, total)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # a URL scheme (not a drive letter)


@dataclass(frozen=True)
class ReadResult:
    """What reading produced: articles, sources that could not be used, and how many were read."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sources_read: int = 0


def is_url(source: str | Path) -> bool:
    """True for an http(s) URL."""
    return str(source).lower().startswith(("http://", "https://"))


def names_url(source: str | Path) -> bool:
    """True for a string with a URL scheme (`https:`, `file:`, `ftp:` ...), not a plain path."""
    return isinstance(source, str) and bool(_SCHEME.match(source))


def _local(source: str | Path) -> Path | str:
    """The path a source names (a file: URL names one too), or why it names none."""
    if not names_url(source) or Path(source).exists():
        return Path(source)
    parts = urlsplit(source)
    if parts.scheme.lower() == "file" and parts.netloc in ("", "localhost"):
        from urllib.request import url2pathname  # http.client and email: 34 ms at start-up

        return Path(url2pathname(parts.path))
    return url_problem(source)


def _expand(sources: Iterable[str | Path], skipped: list[Skipped]) -> tuple[list[Path], list[str]]:
    """Local files (folders walked, hidden entries skipped) and URLs, in a stable order; what
    cannot be read goes to `skipped`."""
    files: list[Path] = []
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(str(source))
            continue
        path = _local(source)
        if isinstance(path, str):
            skipped.append(Skipped(printable(str(source)), path))
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            skipped.append(Skipped(display_path(path), unusable(exc, path)))
            continue
        if stat.S_ISDIR(mode):
            found, problems = walk(path, KNOWN)
            skipped.extend(problems)
            if not found and not problems:
                skipped.append(
                    Skipped(display_path(path), "folder holds no articles, pages or feeds")
                )
            files.extend(found)
        elif not stat.S_ISREG(mode):
            skipped.append(Skipped(display_path(path), not_regular(mode)))
        elif path.suffix.lower() in KNOWN:
            files.append(path)
        else:
            kind = repr(path.suffix) if path.suffix else "(no extension)"
            skipped.append(Skipped(display_path(path), f"unsupported file type {kind}"))
    return files, urls


@dataclass(frozen=True)
class LocalFile:
    """A local source: its name as shown, where it lies, and its bytes when read already."""

    name: str
    location: str
    data: bytes | None = None  # read by the client when the workers cannot see its files
    unreadable: str = ""  # why the client could not read it


@dataclass(frozen=True)
class Part:
    """What one source gave: articles, feed entries, feed URLs it lists, or why it gave none."""

    articles: tuple[Article, ...] = ()
    entries: tuple[Entry, ...] = ()
    feeds: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()


def _skip(source: str, reason: str) -> Part:
    return Part(skipped=(Skipped(one_line(source), one_line(reason)),))


def _reason(exc: Exception) -> str:
    """Why a source could not be read, whatever went wrong: one line for the user."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, ValueError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    log.debug("internal error while reading", exc_info=exc)
    return f"{INTERNAL} ({type(exc).__name__}: {exc})"  # a reader's bug must not sink the build


def _kept(source: str, article: Article, options: SourcesConfig) -> Part:
    """The article, its words made whole (no soft hyphens or zero-width characters inside) and
    scrubbed (on the worker that read it), without paragraphs that show nothing, unless it is
    longer than the configured cap or no text is left."""
    article = replace(
        article,
        title=visible(article.title),
        outlet=visible(article.outlet),
        paragraphs=tuple(map(visible, article.paragraphs)),
    )
    words = sum(map(word_count, article.paragraphs))  # a Chinese text's too, which has no spaces
    if words > options.max_article_words:
        return _skip(
            source,
            f"article of {words:,} words is longer than sources.max_article_words "
            f"({options.max_article_words:,})",
        )
    article = scrub.article(article)
    # A paragraph of "\x01", a zero-width space or a joiner alone is no paragraph
    article = replace(article, paragraphs=tuple(filter(shown, article.paragraphs)))
    if not article.paragraphs:
        return _skip(source, NOTHING_SHOWN)
    return Part(articles=(article,))


def _read_capped(path: Path, cap: int) -> bytes:
    size = path.stat().st_size
    if size > cap:
        raise ValueError(f"file of {size:,} bytes is larger than sources.max_file_bytes ({cap:,})")
    return path.read_bytes()


def read_local(file: LocalFile, zone: tzinfo = UTC, options: SourcesConfig | None = None) -> Part:
    """Read one local file: its article, its feed's entries, or the feeds it lists (OPML)."""
    from briefing.ingest.feeds import opml_feeds, parse_feed
    from briefing.ingest.html import article_from_html

    options = options or _default_sources()
    name, suffix = file.name, Path(file.name).suffix.lower()
    if file.unreadable:
        return _skip(name, file.unreadable)
    try:
        data = file.data
        if data is None:
            data = _read_capped(Path(file.location), options.max_file_bytes)
        if suffix in TEXT:
            article = parse_article(decode_text(data), Path(file.location), zone)
            # The client's name for it, whatever folder a worker runs in.
            return _kept(name, replace(article, path=name), options)
        if suffix in HTML:
            return _kept(name, article_from_html(data, path=name, zone=zone), options)
        if suffix in FEEDS:
            decode_text(data)  # empty or binary files get the plain reason
            return Part(entries=tuple(parse_feed(data, name, options.teaser_words)[1]))
        return Part(feeds=tuple(opml_feeds(data)))
    except Exception as exc:
        return _skip(name, _reason(exc))


def read_fetched(
    fetched: tuple[str, Fetched | str], zone: tzinfo = UTC, options: SourcesConfig | None = None
) -> Part:
    """Use one fetched page or feed, given as (URL asked for, body or why it failed)."""
    from briefing.ingest.feeds import looks_like_feed, parse_feed
    from briefing.ingest.html import article_from_html

    options = options or _default_sources()
    url, body = fetched
    if isinstance(body, str):
        return _skip(url, body)
    kind = body.content_type
    try:
        if "xml" in kind or "rss" in kind or "atom" in kind or looks_like_feed(body.content):
            return Part(entries=tuple(parse_feed(body.content, url, options.teaser_words)[1]))
        if kind in ("text/html", "application/xhtml+xml", "") or kind.startswith("text/"):
            page = article_from_html(body.content, url=body.url, charset=body.charset, zone=zone)
            return _kept(url, page, options)
        raise ValueError(f"not a page or a feed ({kind})")
    except Exception as exc:
        return _skip(url, _reason(exc))


def entry_name(entry: Entry) -> str:
    """How a feed entry is named when it is skipped."""
    return entry.article.url or f"{entry.article.path} ({entry.article.title!r})"


def read_entry(
    followed: tuple[Entry, Fetched | str | None],
    zone: tzinfo = UTC,
    options: SourcesConfig | None = None,
) -> Part:
    """A feed entry as an article: its page's text when a teaser was followed, else the feed's."""
    entry, page = followed
    try:
        if entry.problem:
            raise ValueError(entry.problem)
        article = full_text(entry.article, page, zone)
        if not article.paragraphs:
            raise ValueError("feed entry has no text")
        return _kept(entry_name(entry), article, options or _default_sources())
    except Exception as exc:
        return _skip(entry_name(entry), _reason(exc))


def full_text(article: Article, page: Fetched | str | None, zone: tzinfo = UTC) -> Article:
    """A teaser entry completed from its article page, or flagged when the page failed."""
    from briefing.ingest.html import article_from_html

    if isinstance(page, str):
        return replace(article, flags=(*article.flags, f"teaser only: article page {page}"))
    if page is None:
        return article
    try:
        full = article_from_html(page.content, url=page.url, charset=page.charset, zone=zone)
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


class _Reader:
    """One read of a set of sources: the work per source mapped on an executor, the results
    gathered in the sources' order. Whatever goes wrong with one source, or one feed entry,
    becomes one Skipped entry with a one-line reason."""

    def __init__(self, zone: tzinfo, options: SourcesConfig, executor: Executor) -> None:
        self.zone = zone
        self.options = options
        self.executor = executor
        self.articles: list[Article] = []
        self.skipped: list[Skipped] = []
        self.entries: list[Entry] = []
        self.feeds: list[str] = []

    def gather(
        self,
        worker: Callable[..., Part],
        items: Sequence[object],
        names: Sequence[str],
        progress: Callable[[int], None] | None = None,
        ship: Callable | None = None,
    ) -> None:
        """Map `worker` over `items` and keep what each gave, in order."""
        worker = partial(worker, zone=self.zone, options=self.options)
        parts = self.executor.map(worker, items, progress, ship)
        for name, part in zip(names, parts, strict=True):
            if isinstance(part, Failed):  # the worker itself failed (a crash, a lost machine)
                part = _skip(name, part.reason)
            self.articles.extend(part.articles)
            self.skipped.extend(part.skipped)
            self.entries.extend(part.entries)
            self.feeds.extend(part.feeds)

    def local(self, paths: Sequence[Path], progress: Callable[[int], None]) -> None:
        """Read local files; the feed URLs OPML files list go to `feeds`."""
        files = [LocalFile(display_path(p), str(p)) for p in paths]
        self.gather(read_local, files, [f.name for f in files], progress, self.loaded)

    def loaded(self, file: LocalFile) -> LocalFile:
        """The file with its bytes, for workers that cannot read it themselves (another machine)."""
        try:
            return replace(
                file, data=_read_capped(Path(file.location), self.options.max_file_bytes)
            )
        except Exception as exc:
            return replace(file, unreadable=_reason(exc))

    def feed_entries(self, fetcher: Fetcher) -> None:
        """Turn feed entries into articles, following teasers to their pages."""
        follow = [e for e in self.entries if e.teaser and self.options.follow_teasers]
        pages = fetcher.fetch_all((e.article.url for e in follow if e.article.url), content=True)
        items = [(entry, pages.get(entry.article.url)) for entry in self.entries]
        self.gather(read_entry, items, [entry_name(e) for e in self.entries])


def one_line(text: str, limit: int = 300) -> str:
    """Text on one line, at most `limit` characters: reasons and names as the user sees them (runs
    of white space one space, other controls escaped)."""
    flat = printable(" ".join(str(text).split()))
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
    executor: Executor | None = None,
) -> ReadResult:
    """Every article the sources hold, and a reason for each source (or feed entry) that held
    none. `options` are the [sources] settings: teasers and size caps. Reading and extraction
    run on `executor` (default: this process); fetching stays here."""
    skipped: list[Skipped] = []
    files, urls = _expand(sources, skipped)
    total = len(files) + len(urls)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress:
            progress(done, max(total, done))

    from briefing.config import HttpConfig
    from briefing.ingest.fetch import Fetcher  # httpx loads only when sources are read

    with Fetcher(http or HttpConfig(), cache) as fetcher:
        reader = _Reader(zone, options or _default_sources(), executor or SerialExecutor())
        reader.local(files, advance)
        fetched = fetcher.fetch_all([*urls, *reader.feeds])
        total = len(files) + len(fetched)  # the feeds OPML files list too, each URL once
        reader.gather(read_fetched, list(fetched.items()), list(fetched), advance)
        reader.feed_entries(fetcher)
    moment = now or datetime.now(UTC)
    vetted = []
    for article in reader.articles:  # ids in the order read, whichever process read them
        published, flags = vet(article.published, moment)
        flags = article.flags + flags
        vetted.append(replace(article, published=published, flags=flags, id=new_id()))
    return ReadResult(vetted, [scrub.skipped(skip) for skip in [*skipped, *reader.skipped]], done)
