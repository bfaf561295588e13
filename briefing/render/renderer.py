"""Render a briefing as HTML, plain text, JSON and a one-page PDF, from Jinja2 templates."""

from __future__ import annotations

import json
import warnings
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup

from briefing._version import __version__
from briefing.config import Config
from briefing.day.headlines import own_headline
from briefing.day.opinion import opinion_label
from briefing.errors import BriefingError
from briefing.ingest.links import clean_link, readable_link
from briefing.models import OFF_PAGE, Article, Briefing, Event, Item, Story
from briefing.render.fit import (
    NO_ROOM,
    NOTE_PX,
    announced,
    cut_order,
    measure,
    plan_cut,
    section_slug,
    without,
)
from briefing.render.page import (
    HEADLINE_CHARS,
    groups,
    no_room_line,
    quiet_note,
    said_cut,
    shorten,
    story_label,
    trend_counts,
    trend_summary,
    typeset,
    unchanged_line,
)
from briefing.render.serialize import to_dict
from briefing.text.words import counted, writing_direction

PAGE_WIDTHS = {"A4": "210mm", "Letter": "8.5in"}
PAGE_HEIGHTS_PX = {"A4": 297 / 25.4 * 96, "Letter": 11 * 96}  # CSS pixels
EMAIL_LIMIT = 100_000  # bytes of email HTML; Gmail clips messages past about 102 KB
MIN_ITEM_PX = 28.0  # one 10 pt line of text plus a 7.5 pt source line
EVENT_CHARS = 320  # an event's sentence is shortened past this under Coming up
SHIPPED_TEMPLATES = next(
    path
    # briefing/templates in the wheel, the project's templates/ in a source checkout
    for path in (Path(__file__).parents[1] / "templates", Path(__file__).parents[2] / "templates")
    if path.is_dir()
)


def outlets_text(outlets: Sequence[str], named: int = 2) -> str:
    """ "Reuters", "Reuters and AP", "Reuters, AP and AFP", "Reuters, AP and 2 more"."""
    if len(outlets) <= 1:
        return "".join(outlets)
    if len(outlets) <= named + 1:
        return f"{', '.join(outlets[:-1])} and {outlets[-1]}"
    return f"{', '.join(outlets[:named])} and {len(outlets) - named} more"


def _citation(item: Item | Article, zone: ZoneInfo) -> str:
    """The article's own outlet (none when unknown) · title · date · also reported by the other
    outlets carrying the fact."""
    article = item.sentence.article if isinstance(item, Item) else item
    outlets = (item.outlets if isinstance(item, Item) else ()) or article.also
    others = [outlet for outlet in outlets if outlet != article.outlet]
    parts = [article.outlet, own_headline(article)]
    if article.published:
        parts.append(article.published.astimezone(zone).strftime("%-d %b %Y"))
    if others:
        parts.append(f"also reported by {outlets_text(others)}")
    return " · ".join(part for part in parts if part)


def lead_headline(briefing: Briefing) -> str:
    """The day's top story's headline: the first of the top stories, else the headline of the
    best-scored news item's article (never opinion's); "" when there is none."""
    top = briefing.top_stories(1)
    if top:
        return top[0][0].headline
    opinion = {s.id for section in briefing.sections for s in section.stories if s.opinion}
    items = [i for section in briefing.sections for i in section.items if i.story not in opinion]
    best = max(items, key=lambda item: item.score, default=None)
    return own_headline(best.sentence.article) if best else ""


def trend_svg(
    trend: Sequence[tuple[date, int | None]], width: int = 70, height: int = 16
) -> Markup:
    """A small bar chart of articles per day (a day without a briefing as an empty bar), as
    inline SVG; its <title> (the figures in words) becomes the figure's /Alt text in the PDF."""
    if not trend:
        return Markup("")
    top = max(count or 0 for _, count in trend) or 1
    step = width / len(trend)

    def bar(n: int, day: date, count: int | None) -> str:
        tall = max(1.0, (count or 0) / top * height)
        told = "no briefing" if count is None else count
        return (
            f'<rect x="{n * step + 1:.1f}" y="{height - tall:.1f}" width="{step - 2:.1f}" '
            f'height="{tall:.1f}" fill="{"#12355b" if count else "#c9d3df"}" '
            f'class="{"bar" if count else "bar none"}"><title>{day:%-d %b}: {told}</title></rect>'
        )

    bars = "".join(bar(n, day, count) for n, (day, count) in enumerate(trend))
    label = (
        f"Articles per day, last {len(trend)} days: "
        + ", ".join(f"{day:%-d %b} {'no briefing' if c is None else c}" for day, c in trend)
        + f" ({trend_summary(trend)})"
    )
    return Markup(
        f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{label}"><title>{label}</title>{bars}</svg>'
    )


def article_link(article: Article) -> str:
    """The article's web address for a reader, tracking parameters dropped; "" for a local file
    (a path is never shown or linked)."""
    return clean_link(article.url)


def event_date(event: Event) -> str:
    """When an event is, as precisely as its source said: "Thu 13 Jul", "week of 17 Jul",
    "August 2023"."""
    if event.precision == "week":
        return f"week of {event.when:%-d %b}"
    if event.precision == "month":
        return f"{event.when:%B %Y}"
    return f"{event.when:%a %-d %b}"


def coming_up(briefing: Briefing) -> list[dict[str, str]]:
    """The Coming up lines: date, the announcing sentence (shortened), its outlet, its dateline's
    place and link."""
    return [
        {
            "date": event_date(event),
            "iso": event.when.isoformat(),
            "text": shorten(event.sentence.text, EVENT_CHARS),
            "outlet": event.sentence.article.outlet or event.sentence.article.title,
            "place": event.sentence.article.place,
            "href": article_link(event.sentence.article),
            "topic": event.topic,
        }
        for event in briefing.coming
    ]


def reach(story: Story) -> str:
    """How widely a story ran: "3 outlets", or "1 article" when no outlet is named."""
    if story.outlets:
        return counted(len(story.outlets), "outlet")
    return counted(len(story.articles), "article")


@dataclass(frozen=True)
class Fit:
    """A briefing cut to one page: what the HTML, text and JSON show (every topic), what the
    page shows, the topics it had no room for, its laid-out document and the layouts taken."""

    briefing: Briefing
    page: Briefing
    off_page: tuple[str, ...]
    document: Any
    layouts: int


def _told(briefing: Briefing) -> int:
    """How many stories the briefing tells (an item of no known story is a story of its own)."""
    return sum(
        len({item.story or f"item {n}" for n, item in enumerate(section.items)})
        for section in briefing.sections
    )


def _lines_of(briefing: Briefing, sections: Collection[int]) -> Briefing:
    """The briefing naming the stories the page had no room for under `sections` alone."""
    return replace(
        briefing,
        sections=tuple(
            section
            if n in sections
            else replace(
                section, left_out=tuple(x for x in section.left_out if x.reason != OFF_PAGE)
            )
            for n, section in enumerate(briefing.sections)
        ),
    )


def _template_line(exc: BaseException) -> str | None:
    """ "file:line" of the innermost template frame of an error raised while rendering (Jinja
    rewrites tracebacks to show template files and lines)."""
    found, frame = None, exc.__traceback__
    while frame:
        filename = frame.tb_frame.f_code.co_filename
        if not filename.endswith(".py") and Path(filename).is_file():
            found = f"{filename}:{frame.tb_lineno}"
        frame = frame.tb_next
    return found


def _typeset(value: Any) -> Any:
    """Every text a template prints, typeset (`page.typeset`); escaped markup stays markup."""
    if isinstance(value, Markup):
        return Markup(typeset(str(value)))
    return typeset(value) if isinstance(value, str) else value


def direction(text: str) -> Markup:
    """The ` dir` attribute of an element holding `text` when it holds right-to-left letters: it
    sets the text's own direction and keeps it apart from the line around it (a bidi isolate)."""
    side = writing_direction(str(text))
    return Markup(f' dir="{side}"') if side else Markup("")


def isolated(text: str) -> Markup:
    """`text` escaped, in a span of its own `direction` when it needs one (a name between " · ")."""
    side = direction(text)
    return Markup(f"<span{side}>{Markup.escape(text)}</span>") if side else Markup.escape(text)


NO_FONTS = "no font installed for the PDF (fontconfig finds none): `make system-packages` as root"


class Renderer:
    """Templates from the user's folder (if any) over the shipped ones, and their outputs."""

    def __init__(self, config: Config, templates: Path | None = None) -> None:
        """`templates` overrides the configured templates folder (--templates)."""
        self.config = config
        templates = templates or (config.resolve(config.templates) if config.templates else None)
        if templates and not templates.is_dir():
            raise BriefingError(f"{templates}: no such templates folder")
        folders = [templates] if templates else []
        self.folders = [*folders, SHIPPED_TEMPLATES]
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(f) for f in self.folders]),
            autoescape=jinja2.select_autoescape(["html", "htm", "xml"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            finalize=_typeset,
        )
        self.env.filters["citation"] = lambda item: _citation(item, config.zone)
        self.env.filters["trend_svg"] = trend_svg
        self.env.filters["link"] = article_link
        self.env.filters["stories"] = jinja2.pass_context(
            lambda context, section: groups(
                section, config.zone, section_slug(context["sections"], section.name)
            )
        )
        self.env.filters["trend_summary"] = trend_summary
        self.env.filters["quiet_note"] = quiet_note
        self.env.filters["story_label"] = story_label
        self.env.filters["opinion_label"] = opinion_label
        self.env.filters["unchanged_line"] = unchanged_line
        self.env.filters["no_room_line"] = no_room_line
        self.env.filters["trend_counts"] = trend_counts
        # A section's slug is unique among the page's sections, whatever their names.
        self.env.filters["slug"] = jinja2.pass_context(
            lambda context, name: section_slug(context["sections"], name)
        )
        self.env.filters["readable_link"] = readable_link
        self.env.filters["counted"] = counted
        self.env.filters["reach"] = reach
        self.env.filters["shorten"] = shorten
        self.env.filters["said_cut"] = said_cut
        self.env.filters["direction"] = direction
        self.env.filters["isolated"] = isolated
        self.env.tests["url"] = lambda value: str(value).startswith(("http://", "https://"))

    def context(self, briefing: Briefing) -> dict[str, Any]:
        """What every template sees."""
        return {
            "title": self.config.title,
            "day_iso": briefing.day.isoformat(),
            "day_long": briefing.day.strftime("%-d %B %Y"),
            "day_short": briefing.day.strftime("%-d %b %Y"),
            "cut_note": "",
            "generated": briefing.generated.astimezone(self.config.zone).strftime(
                "%Y-%m-%d %H:%M %Z"
            ),
            "edition": self.edition(briefing).strftime("%-d %b %Y, %H:%M %Z"),
            "edition_iso": self.edition(briefing).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "version": __version__,
            "topic_names": [section.name for section in briefing.sections],
            "lead": lead_headline(briefing),
            "sections": briefing.sections,
            "top_stories": [
                {
                    "headline": shorten(story.headline, HEADLINE_CHARS),
                    "outlets": reach(story),
                    "topic": topic,
                    "anchor": f"story-{section_slug(briefing.sections, topic)}-{story.id}",
                }
                for story, topic in briefing.top_stories()
            ],
            "coming_up": coming_up(briefing),
            "window": self.window(briefing),
            "off_page": (),
            "no_room_lines": True,
            "skipped": briefing.skipped,
            "articles_read": briefing.articles_read,
        }

    def edition(self, briefing: Briefing) -> datetime:
        """The briefing's as-of time: the end of its news window (the date at briefing_time)."""
        return datetime.combine(briefing.day, self.config.briefing_time, tzinfo=self.config.zone)

    def window(self, briefing: Briefing) -> str:
        """The news window the briefing covers, in words."""
        if not briefing.since:
            return "news published in the 24 hours before"
        since = briefing.since.astimezone(self.config.zone)
        return f"news published since {since:%-d %b %Y, %H:%M}"

    def render(self, name: str, briefing: Briefing, **extra: Any) -> str:
        """Render one template for a briefing; a template error names the file and line."""
        return self.page(name, self.context(briefing) | extra)

    def page(self, name: str, context: dict[str, Any]) -> str:
        """Render one template with `context`; a template error names the file and line."""
        try:
            return self.env.get_template(name).render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise BriefingError(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise BriefingError(f"template {exc.name!r} not found in {self.folders}") from None
        except jinja2.TemplateError as exc:
            raise BriefingError(f"{_template_line(exc) or f'template {name}'}: {exc}") from None

    def html(
        self, briefing: Briefing, off_page: Sequence[str] = (), no_room_lines: bool = True
    ) -> str:
        """The web page (also the source of the PDF, which names the topics it had no room for,
        and, `no_room_lines`, the stories)."""
        return self.render(
            "briefing.html", briefing, off_page=tuple(off_page), no_room_lines=no_room_lines
        )

    def text(self, briefing: Briefing) -> str:
        """The plain-text briefing (the skipped sources only counted: their paths are for whoever
        runs the build, on stderr and in the JSON)."""
        return self.render("briefing.txt", briefing)

    def json(self, briefing: Briefing) -> str:
        """The machine-readable briefing."""
        return json.dumps(to_dict(briefing, self.config.zone), ensure_ascii=False, indent=2) + "\n"

    def subject(self, briefing: Briefing) -> str:
        """The email subject line, from the headline as decoded text (an encoded word in a
        headline is its words, never a header of its own)."""
        from briefing.deliver.headers import header_text

        lead = header_text(lead_headline(briefing))
        return header_text(self.render("subject.txt", briefing, lead=lead))

    def email(
        self, briefing: Briefing, limit: int = EMAIL_LIMIT, attached: bool = True
    ) -> tuple[Briefing, str]:
        """The email HTML with its CSS inlined, under `limit` bytes: lowest-scored items are cut
        (never a topic's last), with a note saying so. `attached`: the PDF goes with it."""
        import css_inline

        inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)
        order, cut = cut_order(briefing), 0
        while True:
            shown = without(briefing, order[:cut], self.config.select.coming_up)
            note = (
                (
                    f"{counted(cut, 'item')} left out to keep this email under "
                    f"{limit // 1000} KB"
                    + ("; the attached PDF has the full page." if attached else ".")
                )
                if cut
                else ""
            )
            html = inliner.inline(
                self.render(
                    "email.html",
                    shown,
                    subject=self.subject(shown),
                    cut_note=note,
                    attached=attached,
                )
            )
            if len(html.encode()) <= limit or cut >= len(order):
                return shown, html
            cut += 1

    @cached_property
    def _weasyprint(self) -> Any:
        """WeasyPrint, imported only when a PDF is wanted (it is slow to import); an error when
        fontconfig finds no font, which it warns of once, at import, and lays out lines by."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import weasyprint
        if any("FontConfig" in str(warning.message) for warning in caught):
            raise BriefingError(NO_FONTS)
        return weasyprint

    def _document(
        self,
        briefing: Briefing,
        off_page: Sequence[str] = (),
        tall: bool = False,
        no_room_lines: bool = False,
    ) -> Any:
        """The laid-out page (on a very tall page with `tall`), naming the topics left off (and,
        `no_room_lines`, the stories)."""
        size = f"{PAGE_WIDTHS[self.config.page.size]} 5000mm" if tall else self.config.page.size
        page_css = self._weasyprint.CSS(string=f"@page {{ size: {size} !important; }}")
        html = self._weasyprint.HTML(
            string=self.html(briefing, off_page, no_room_lines),
            base_url=str(self.folders[0]),
            url_fetcher=_TemplatesOnly(self.folders),
        )
        return html.render(stylesheets=[page_css], pdf_variant="pdf/ua-1")

    def fit(self, briefing: Briefing) -> Fit:
        """The briefing cut to one page (`fit_items`); when that leaves a story off the page,
        Coming up gives up its place on the page if more stories then fit (the other outputs
        keep it); then the page names the stories cut where the items left room."""
        fitted = self.fit_items(briefing)
        if briefing.coming and _told(fitted.page) < _told(briefing):
            bare = self.fit_items(replace(briefing, coming=()))
            if _told(bare.page) > _told(fitted.page):
                full = replace(
                    bare.briefing,
                    coming=announced(
                        briefing.coming, bare.briefing.sections, self.config.select.coming_up
                    ),
                )
                fitted = replace(bare, briefing=full, layouts=fitted.layouts + bare.layouts)
        document, more = self._no_room_lines(fitted.page, fitted.off_page, fitted.document)
        return replace(fitted, document=document, layouts=fitted.layouts + more)

    def fit_items(self, briefing: Briefing) -> Fit:
        """The briefing cut to one page: items are cut lowest-scored first (an oversized one
        before any other), never a topic's last; when even one item a topic does not fit,
        trailing topics leave the page (a note names them) but stay in the other outputs.

        Every item is measured once on a very tall page; the cut that fits is predicted from
        the measured heights and verified on the real page (two layouts, more only if the
        prediction was short or topics had to leave the page).
        """
        height = PAGE_HEIGHTS_PX[self.config.page.size]
        order = cut_order(briefing)
        total = sum(len(section.items) for section in briefing.sections)
        # No item is shorter than a line of text and its source line: more than this never fit.
        briefing = without(
            briefing,
            order[: max(0, total - int(height // MIN_ITEM_PX))],
            self.config.select.coming_up,
        )
        off: list[int] = []  # the sections moved off the page
        layouts = 0
        while True:
            on = [n for n in range(len(briefing.sections)) if n not in off]
            page = replace(briefing, sections=tuple(briefing.sections[n] for n in on))
            names = tuple(briefing.sections[n].name for n in sorted(off))
            heights = measure(self._document(page, names, tall=True).pages[0], page)
            layouts += 1
            available = height - heights.margins
            plan = plan_cut(heights, available, cut_order(page), 0.0 if off else NOTE_PX)
            tries = () if plan.cut is None else range(plan.cut, len(plan.order) + 1)
            for k in tries:
                candidate = without(page, plan.order[:k], self.config.select.coming_up)
                document = self._document(candidate, names)
                layouts += 1
                if len(document.pages) <= 1:
                    cut = dict(zip(on, candidate.sections, strict=True))
                    shown = tuple(cut.get(n, s) for n, s in enumerate(briefing.sections))
                    full = replace(briefing, sections=shown, coming=candidate.coming)
                    return Fit(full, candidate, names, document, layouts)
            if not plan.leave:
                raise BriefingError(NO_ROOM)
            off.extend(on[s] for s in plan.leave)

    def _no_room_lines(self, page: Briefing, names: tuple[str, ...], bare: Any) -> tuple[Any, int]:
        """The fitted page with the no-room lines that fit where its items left room (all, else
        each section's in page order that still fits beside those kept; `bare`, none) and the
        layouts it took: naming the stories cut never costs the page an item."""
        lined = [n for n, section in enumerate(page.sections) if no_room_line(section)]
        if not lined:
            return bare, 0
        document = self._document(page, names, no_room_lines=True)
        if len(document.pages) <= 1:
            return document, 1
        document, layouts, kept = bare, 1, set[int]()
        for n in lined:
            wanted = kept | {n}
            if len(wanted) == len(lined):
                continue  # every line together: tried first
            found = self._document(_lines_of(page, wanted), names, no_room_lines=True)
            layouts += 1
            if len(found.pages) <= 1:
                document, kept = found, wanted
        return document, layouts

    def outputs(self, briefing: Briefing) -> tuple[Briefing, dict[str, bytes]]:
        """The fitted briefing and every output file's bytes, by file name."""
        fitted = self.fit(briefing)
        briefing, document = fitted.briefing, fitted.document
        return briefing, {
            "briefing.pdf": document.write_pdf(pdf_variant="pdf/ua-1"),
            "briefing.html": self.html(briefing).encode(),
            "briefing.txt": self.text(briefing).encode(),
            "briefing.json": self.json(briefing).encode(),
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
