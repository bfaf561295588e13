"""Render a briefing as HTML, plain text, JSON and a one-page PDF, from Jinja2 templates."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from ._version import __version__
from .config import Config
from .errors import BriefingError
from .models import Article, Briefing

SHIPPED_TEMPLATES = next(
    path
    for path in (Path(__file__).parent / "templates", Path(__file__).parents[1] / "templates")
    if path.is_dir()
)


def _citation(article: Article, zone: ZoneInfo) -> str:
    parts = [article.outlet, article.title]
    if article.published:
        parts.append(article.published.astimezone(zone).strftime("%-d %b %Y"))
    if article.also:
        parts.append(f"also reported by {', '.join(article.also)}")
    return " · ".join(part for part in parts if part)


def article_link(article: Article) -> str:
    """The article's URL, or its file path when it has none."""
    return article.url or article.path


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Renderer:
    """Templates from the user's folder (if any) over the shipped ones, and their outputs."""

    def __init__(self, config: Config, templates: Path | None = None) -> None:
        self.config = config
        folders = [templates] if templates else []
        self.folders = [*folders, SHIPPED_TEMPLATES]
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(f) for f in self.folders]),
            autoescape=jinja2.select_autoescape(["html", "htm", "xml"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["citation"] = lambda article: _citation(article, config.zone)
        self.env.filters["link"] = article_link
        self.env.filters["slug"] = _slug
        self.env.filters["counted"] = _counted

    def context(self, briefing: Briefing) -> dict[str, Any]:
        """What every template sees."""
        return {
            "title": self.config.title,
            "day_iso": briefing.day.isoformat(),
            "day_long": briefing.day.strftime("%-d %B %Y"),
            "generated": briefing.generated.astimezone(self.config.zone).strftime(
                "%Y-%m-%d %H:%M %Z"
            ),
            "version": __version__,
            "topic_names": [section.name for section in briefing.sections],
            "sections": briefing.sections,
            "skipped": briefing.skipped,
            "articles_read": briefing.articles_read,
        }

    def render(self, name: str, briefing: Briefing) -> str:
        """Render one template; a template error names the file and line."""
        try:
            return self.env.get_template(name).render(self.context(briefing))
        except jinja2.TemplateSyntaxError as exc:
            raise BriefingError(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise BriefingError(f"template {exc.name!r} not found in {self.folders}") from None
        except jinja2.TemplateError as exc:
            raise BriefingError(f"template {name}: {exc}") from None

    def html(self, briefing: Briefing) -> str:
        """The web page (also the source of the PDF)."""
        return self.render("briefing.html", briefing)

    def text(self, briefing: Briefing) -> str:
        """The plain-text briefing."""
        return self.render("briefing.txt", briefing)

    def json(self, briefing: Briefing) -> str:
        """The machine-readable briefing."""
        return json.dumps(to_dict(briefing, self.config.zone), ensure_ascii=False, indent=2) + "\n"

    @cached_property
    def _weasyprint(self) -> Any:
        import weasyprint  # slow to import: only when a PDF is wanted

        return weasyprint

    def _document(self, briefing: Briefing) -> Any:
        page_css = self._weasyprint.CSS(string=f"@page {{ size: {self.config.page.size}; }}")
        html = self._weasyprint.HTML(
            string=self.html(briefing),
            base_url=str(self.folders[0]),
            url_fetcher=_TemplatesOnly(self.folders),
        )
        return html.render(stylesheets=[page_css], pdf_variant="pdf/ua-1")

    def fit(self, briefing: Briefing) -> tuple[Briefing, Any]:
        """The briefing cut to one page (lowest-scored items first, no topic emptied), laid out.

        Binary search over the cut sequence: about log2(items) layouts instead of one per item.
        """
        document = self._document(briefing)
        if len(document.pages) <= 1:
            return briefing, document
        cuts = [briefing]
        while (smaller := drop_lowest(cuts[-1])) is not None:
            cuts.append(smaller)
        low, high, best = 1, len(cuts) - 1, None
        while low <= high:
            middle = (low + high) // 2
            laid_out = self._document(cuts[middle])
            if len(laid_out.pages) <= 1:
                best, high = (cuts[middle], laid_out), middle - 1
            else:
                low = middle + 1
        if best is None:
            raise BriefingError("the briefing does not fit on one page even with one item a topic")
        return best

    def outputs(self, briefing: Briefing) -> tuple[Briefing, dict[str, bytes]]:
        """The fitted briefing and every output file's bytes, by file name."""
        briefing, document = self.fit(briefing)
        return briefing, {
            "briefing.pdf": document.write_pdf(pdf_variant="pdf/ua-1"),
            "briefing.html": self.html(briefing).encode(),
            "briefing.txt": self.text(briefing).encode(),
            "briefing.json": self.json(briefing).encode(),
        }


def drop_lowest(briefing: Briefing) -> Briefing | None:
    """The briefing without its lowest-scored item among topics holding more than one, or None."""
    choices = [
        (item.score, -n, s)
        for s, section in enumerate(briefing.sections)
        if len(section.items) > 1
        for n, item in enumerate(section.items)
    ]
    if not choices:
        return None
    _, negative_index, s = min(choices)
    sections = list(briefing.sections)
    items = list(sections[s].items)
    del items[-negative_index]
    sections[s] = replace(sections[s], items=tuple(items))
    return replace(briefing, sections=tuple(sections))


def to_dict(briefing: Briefing, zone: ZoneInfo) -> dict[str, Any]:
    """The briefing as plain data, in the documented JSON shape."""

    def source(article: Article) -> dict[str, Any]:
        published = article.published.astimezone(zone).isoformat() if article.published else None
        return {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "path": article.path,
            "published": published,
            "also": list(article.also),
            "flags": list(article.flags),
        }

    return {
        "date": briefing.day.isoformat(),
        "generated": briefing.generated.astimezone(zone).isoformat(timespec="seconds"),
        "articles_read": briefing.articles_read,
        "topics": [
            {
                "name": section.name,
                "description": section.description,
                "articles_considered": section.articles_considered,
                "sentences_considered": section.sentences_considered,
                "items": [
                    {
                        "text": item.sentence.text,
                        "score": item.score,
                        "source": source(item.sentence.article),
                    }
                    for item in section.items
                ],
            }
            for section in briefing.sections
        ],
        "skipped": [{"source": s.source, "reason": s.reason} for s in briefing.skipped],
    }


class _TemplatesOnly:
    """A WeasyPrint URL fetcher that serves files from the template folders and nothing else."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = [folder.resolve() for folder in folders]
        self._fail_on_errors = False

    def __call__(self, url: str) -> Any:
        from weasyprint.urls import URLFetcherResponse

        if url.startswith("file://"):
            path = Path(url.removeprefix("file://").split("?")[0]).resolve()
            if any(path.is_relative_to(folder) for folder in self.folders) and path.is_file():
                return URLFetcherResponse(url, path.read_bytes())
        raise ValueError(f"refusing to fetch {url}: only template files are served")
