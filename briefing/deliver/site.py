"""The archive as a static site: an index of the editions by date, each edition's page (its
built briefing.html), an Atom feed of editions and client-side search over all of them with
Pagefind (its binary comes in the `pagefind-bin` wheel). Written all or nothing."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lxml.etree import LxmlError

from briefing._version import __version__
from briefing.config import Config
from briefing.errors import BriefingError
from briefing.models import Briefing, Skipped
from briefing.render.page import typeset
from briefing.render.renderer import Renderer, article_link, lead_headline
from briefing.render.serialize import from_dict
from briefing.store.lock import build_lock
from briefing.store.publish import publish
from briefing.text.words import counted

DAY_FOLDER = re.compile(r"\d{4}-\d{2}-\d{2}")
FEED = "feed.xml"
PAGEFIND_TIMEOUT = 300.0  # seconds for indexing every edition


@dataclass(frozen=True)
class Edition:
    """One day's built briefing as the site shows it: the briefing and its page."""

    briefing: Briefing
    html: bytes  # output/<day>/briefing.html as built


@dataclass(frozen=True)
class Site:
    """What `build_site` wrote: the folder, the days it holds, the day folders it could not use
    and how many pages Pagefind indexed."""

    folder: Path
    days: tuple[date, ...]
    skipped: tuple[Skipped, ...]
    indexed: int


def read_editions(out: Path) -> tuple[list[Edition], list[Skipped]]:
    """Every out/<YYYY-MM-DD>/ with a briefing.json and briefing.html, oldest first; a folder
    whose files are missing or unreadable is skipped with the reason."""
    editions, skipped = [], []
    folders = sorted(p for p in out.iterdir() if p.is_dir() and DAY_FOLDER.fullmatch(p.name))
    for folder in folders:
        try:
            data = json.loads((folder / "briefing.json").read_text(encoding="utf-8"))
            editions.append(Edition(from_dict(data), (folder / "briefing.html").read_bytes()))
        except FileNotFoundError as exc:
            skipped.append(Skipped(str(folder), f"no {Path(str(exc.filename)).name}"))
        except OSError as exc:
            skipped.append(Skipped(str(folder), f"cannot read: {exc.strerror}"))
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            skipped.append(Skipped(str(folder), f"not a briefing ({type(exc).__name__}: {exc})"))
    return editions, skipped


def edition_page(html: bytes, title: str) -> bytes:
    """An edition's page for the site: marked for Pagefind (its body is what is searched, its
    title is the hit's title) with a link back to every edition."""
    import lxml.html

    document = lxml.html.document_fromstring(html)
    head, body = document.find("head"), document.find("body")
    if head is None or body is None:
        raise ValueError("no <head> or <body>")
    meta = lxml.html.Element("meta", {"data-pagefind-meta": "title[content]", "content": title})
    head.append(meta)
    body.set("data-pagefind-body", "")
    nav = lxml.html.fragment_fromstring(
        '<nav class="site" data-pagefind-ignore="all"><a href="../">All editions</a> · '
        f'<a href="../{FEED}">Atom feed</a></nav>'
    )
    body.insert(0, nav)
    return lxml.html.tostring(document, doctype="<!DOCTYPE html>", encoding="utf-8")


def _summary(briefing: Briefing) -> str:
    """Items per topic: "US–China relations 3 · South China Sea 1"."""
    return " · ".join(f"{s.name} {counted(len(s.items), 'item')}" for s in briefing.sections)


def edition_title(config: Config, briefing: Briefing) -> str:
    """ "Daily briefing, 28 November 2026"."""
    return f"{config.title}, {briefing.day:%-d %B %Y}"


def index_page(renderer: Renderer, editions: Sequence[Edition]) -> bytes:
    """The site's front page: the search box, then every edition by month, newest first."""
    entries: list[dict[str, Any]] = [
        {
            "day_iso": e.briefing.day.isoformat(),
            "day_long": e.briefing.day.strftime("%-d %B %Y"),
            "month": e.briefing.day.strftime("%Y-%m"),
            "month_long": e.briefing.day.strftime("%B %Y"),
            "lead": lead_headline(e.briefing),
            "counts": _summary(e.briefing),
        }
        for e in reversed(editions)
    ]
    context = {"title": renderer.config.title, "version": __version__, "editions": entries}
    return renderer.page("site.html", context).encode()


def atom_feed(config: Config, editions: Sequence[Edition]) -> bytes:
    """An Atom feed with an entry per edition, newest first: its top stories and each topic's
    lines, linked to its page (absolute when [site] url is set, else relative to the feed)."""
    from feedgen.feed import FeedGenerator

    renderer, base = Renderer(config), config.site.url or ""
    feed = FeedGenerator()
    feed.id(base or f"urn:briefing:{re.sub(r'[^a-z0-9]+', '-', config.title.lower())}")
    feed.title(config.title)
    feed.link(href=base + FEED, rel="self")
    feed.link(href=base or "./", rel="alternate")
    feed.generator("briefing", __version__)
    feed.language("en")
    for edition in editions:  # feedgen puts the last added first
        briefing = edition.briefing
        entry = feed.add_entry()
        link = f"{base}{briefing.day.isoformat()}/"
        entry.id(link if base else f"{feed.id()}:{briefing.day.isoformat()}")
        lead = lead_headline(briefing)
        entry.title(typeset(edition_title(config, briefing) + (f": {lead}" if lead else "")))
        entry.link(href=link)
        entry.updated(renderer.edition(briefing))
        entry.published(renderer.edition(briefing))
        entry.summary(typeset(_summary(briefing)))
        entry.content(_entry_html(briefing), type="html")
    feed.updated(renderer.edition(editions[-1].briefing) if editions else None)
    return feed.atom_str(pretty=True)


def _entry_html(briefing: Briefing) -> str:
    """An edition in a feed reader: each topic's lines, each linked to its article, typeset as
    the pages are."""
    from html import escape

    parts = []
    for section in briefing.sections:
        parts.append(f"<h3>{escape(typeset(section.name))}</h3><ul>")
        for item in section.items:
            article = item.sentence.article
            link = article_link(article)
            source = escape(typeset(article.outlet or article.title))
            cite = f'<a href="{escape(link)}">{source}</a>' if link else source
            parts.append(f"<li>{escape(typeset(item.text))} ({cite})</li>")
        parts.append("</ul>")
    return "".join(parts)


def pagefind(folder: Path) -> int:
    """Index the site's pages for search with the Pagefind binary from the pagefind-bin wheel;
    the number of pages indexed."""
    try:
        from pagefind_bin import get_executable

        binary = str(get_executable())
    except (ImportError, FileNotFoundError) as exc:
        raise BriefingError(
            f"the Pagefind binary is missing ({exc}); install briefing again (pagefind[bin])"
        ) from None
    try:
        done = subprocess.run(
            [binary, "--site", str(folder), "--output-subdir", "pagefind"],
            capture_output=True,
            text=True,
            timeout=PAGEFIND_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise BriefingError(f"pagefind took longer than {PAGEFIND_TIMEOUT:.0f} s") from None
    if done.returncode:
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise BriefingError(f"pagefind failed: {lines[-1] if lines else done.returncode}")
    found = re.search(r"Indexed (\d+) pages?", done.stdout)
    return int(found[1]) if found else 0


def _replaceable(folder: Path, out: Path) -> None:
    """Refuse a site folder whose replacement would take the user's files: the output folder,
    one holding it, a day's folder, or a folder of other files."""
    where, built = folder.resolve(), out.resolve()
    if built == where or built.is_relative_to(where):
        raise BriefingError(f"{folder}: the site cannot replace the output folder {out}")
    if where.parent == built and DAY_FOLDER.fullmatch(where.name):
        raise BriefingError(f"{folder}: the site cannot replace a day's briefing")
    if where.is_dir() and any(where.iterdir()):
        if not ((where / FEED).is_file() and (where / "pagefind").is_dir()):
            raise BriefingError(
                f"{folder}: exists and is not a briefing site; choose a new or empty folder"
            )
    elif where.exists() and not where.is_dir():
        raise BriefingError(f"{folder}: exists and is not a folder")


def build_site(config: Config, out: Path | None = None, folder: Path | None = None) -> Site:
    """Write the archive site of every edition under `out` (default: the output folder) to
    `folder` (default: [site] folder, else <out>/site), replacing the previous site whole."""
    out = out or config.resolve(config.output)
    folder = folder or (config.resolve(config.site.folder) if config.site.folder else out / "site")
    if not out.is_dir():
        raise BriefingError(f"{out}: no such output folder; build a briefing first")
    _replaceable(folder, out)
    with build_lock(out, reading=True):
        found, skipped = read_editions(out)
        editions, files = [], {}
        for edition in found:
            day = edition.briefing.day.isoformat()
            try:
                page = edition_page(edition.html, edition_title(config, edition.briefing))
            except (ValueError, LxmlError) as exc:
                skipped.append(Skipped(str(out / day / "briefing.html"), f"not a page ({exc})"))
                continue
            files[f"{day}/index.html"] = page
            editions.append(edition)
        if not editions and skipped:  # every day folder unusable: the first one's reason
            first, more = skipped[0], len(skipped) - 1
            rest = f" and {more} more day folder{'s' * (more > 1)} unusable" if more else ""
            raise BriefingError(
                f"{out}: no built briefings to publish: {first.source}: {first.reason}{rest}"
            )
        if not editions:
            raise BriefingError(f"{out}: no built briefings to publish; run `briefing build` first")
        files["index.html"] = index_page(Renderer(config), editions)
        files[FEED] = atom_feed(config, editions)
        indexed: list[int] = []
        publish(folder, files, lambda swap: swap(), lambda staged: indexed.append(pagefind(staged)))
    days = tuple(e.briefing.day for e in editions)
    return Site(folder, days, tuple(skipped), indexed[0])
