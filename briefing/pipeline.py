"""The whole build, stage by stage: read, clean, de-duplicate, drop boilerplate, split (finding
each topic's sentences on the way), group stories, select, render, write. One `Run` holds what a
build was asked for; each stage is a function of it and of the stage before."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from briefing.compute import Executor, open_executor, release_freed_memory
from briefing.config import Config
from briefing.day.clean import drop_boilerplate, strip_junk
from briefing.day.dedupe import collapse
from briefing.day.split import split_day
from briefing.day.stories import group_stories
from briefing.errors import BriefingError
from briefing.ingest.dates import Window
from briefing.ingest.read import Progress, ReadResult, names_url, read_sources
from briefing.models import UNCHANGED, Article, Briefing, Flagged, Section, Skipped, source_names
from briefing.render.renderer import Renderer
from briefing.render.serialize import from_dict, to_dict
from briefing.select.coming import coming_up, telling, topical
from briefing.select.day import read_day
from briefing.select.sections import select_sections
from briefing.store.history import History
from briefing.store.lock import build_lock
from briefing.store.publish import publish
from briefing.summariser.rank.registry import get_ranker
from briefing.text.words import counted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Run:
    """What one build was asked for, decided once: the configuration, the day and the window of
    news it covers, the sources, and the output folder (the day's files go in out/<day>/)."""

    config: Config
    day: date
    window: Window
    now: datetime
    out: Path
    sources: tuple[str | Path, ...]
    since: datetime | None = None  # the window's start, when the user set it
    templates: Path | None = None  # a folder of templates overriding the shipped ones by name

    @classmethod
    def of(
        cls,
        config: Config,
        sources: Sequence[str | Path] = (),
        day: date | None = None,
        out: Path | None = None,
        templates: Path | None = None,
        since: datetime | None = None,
        now: datetime | None = None,
    ) -> Run:
        """The run for `day` (default: today in the configured zone); the configured sources and
        output folder unless given. ValueError when `since` is not before the window's end."""
        now = now or datetime.now(UTC)
        day = day or now.astimezone(config.zone).date()
        window = Window.for_day(day, config.briefing_time, config.zone, since)
        if window.start >= window.end:
            zone = config.zone
            raise ValueError(
                f"{window.start.astimezone(zone):%Y-%m-%d %H:%M} is not before the end of the "
                f"briefing's window ({window.end.astimezone(zone):%Y-%m-%d %H:%M %Z}); a later "
                "--date moves the window"
            )
        configured = [s if names_url(s) else config.resolve(s) for s in config.sources.items]
        return cls(
            config,
            day,
            window,
            now,
            out or config.resolve(config.output),
            tuple(sources or configured),
            since,
            templates,
        )

    @property
    def folder(self) -> Path:
        """Where the day's files are written."""
        return self.out / self.day.isoformat()

    @property
    def history_path(self) -> Path:
        """The history database this run records in."""
        return self.config.history_path(self.out)


@dataclass(frozen=True)
class Stats:
    """Counts for the end-of-build summary."""

    sources_read: int = 0
    articles_kept: int = 0
    duplicates: int = 0
    outside_window: int = 0
    skipped: int = 0

    def summary(self) -> str:
        """One line: sources read, articles kept, duplicates collapsed, skipped."""
        parts = [
            f"read {counted(self.sources_read, 'source')}",
            f"{counted(self.articles_kept, 'article')} kept",
            f"{counted(self.duplicates, 'duplicate')} collapsed",
            f"{self.skipped} skipped",
        ]
        if self.outside_window:
            parts.append(f"{self.outside_window} outside the date window")
        return ", ".join(parts)


@dataclass(frozen=True)
class BuildResult:
    """A built briefing, the files it was written to, and what the build counted."""

    briefing: Briefing
    files: tuple[Path, ...]
    stats: Stats


TREND_DAYS = 7

#: Called with (stage name, seconds) as each stage of a build ends: benchmarks/scale.py's clock.
STAGE_HOOKS: list[Callable[[str, float], None]] = []


@dataclass
class _Clock:
    """Reports the time since its previous mark (or its start) to STAGE_HOOKS and the log."""

    last: float = field(default_factory=time.perf_counter)

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        log.debug("stage %s: %.3f s", stage, now - self.last)
        for hook in STAGE_HOOKS:
            hook(stage, now - self.last)
        self.last = time.perf_counter()


def _nothing_to_build(skipped: Sequence[Skipped]) -> BriefingError:
    if len(skipped) == 1:
        return BriefingError(f"{skipped[0].source}: {skipped[0].reason}")
    first = f" (first: {skipped[0].source}: {skipped[0].reason})" if skipped else ""
    return BriefingError(f"no usable articles: {len(skipped)} sources skipped{first}")


def _in_window(run: Run, read: ReadResult) -> list[Article]:
    """The articles read that the run's window holds; BriefingError, with a hint, when none."""
    if not read.articles:
        raise _nothing_to_build(read.skipped)
    window = run.window
    kept = [a for a in read.articles if window.holds(a.published)]
    if kept:
        return kept
    earlier = sum(a.published < window.start for a in read.articles if a.published)
    later = len(read.articles) - earlier
    hints = [f"{earlier} earlier: --since widens the window"] if earlier else []
    hints += [f"{later} later: a later --date covers them"] if later else []
    raise BriefingError(
        f"no articles published between {window.start:%Y-%m-%d %H:%M} and "
        f"{window.end:%Y-%m-%d %H:%M} UTC ({'; '.join(hints)})"
    )


def _with_trend(
    sections: Sequence[Section], earlier: dict[str, dict[date, int]], day: date
) -> tuple[Section, ...]:
    """Sections with their articles per day over the last TREND_DAYS days, today included; None
    for a day without a briefing on the topic (not built, or before the topic was)."""
    days = [day - timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
    return tuple(
        replace(
            section,
            trend=tuple(
                (
                    d,
                    section.articles_considered
                    if d == day
                    else earlier.get(section.name, {}).get(d),
                )
                for d in days
            ),
        )
        for section in sections
    )


def _flagged(articles: Sequence[Article], per_path: Mapping[str, int]) -> tuple[Flagged, ...]:
    """The articles with flags, each named by `source_names`."""
    return tuple(
        Flagged(name, a.flags)
        for a, name in zip(articles, source_names(articles, per_path), strict=True)
        if a.flags
    )


def make_briefing(
    run: Run,
    history: History | None = None,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> tuple[Briefing, Stats, list[Article], dict[int, list[str]]]:
    """Read the run's sources and select each topic's sentences; BriefingError if none is
    usable: the briefing, the counts, the articles kept and the topics each article's sentences
    went to (by article id). With a history, facts that recent briefings carried are demoted,
    and each topic gets its trend of articles per day. Reading, extraction and splitting run on
    `executor` (default: this process); the day-level stages run here."""
    config, clock = run.config, _Clock()
    read = read_sources(
        run.sources,
        config.zone,
        http=config.http,
        cache=config.http_cache(run.out),
        options=config.sources,
        now=run.now,
        progress=progress,
        executor=executor,
    )
    clock.mark("read")
    in_window = _in_window(run, read)
    # A feed's entry is named by its link, whichever of its siblings a stage has left
    per_path = Counter(article.path for article in read.articles)
    articles, junk = strip_junk(in_window, per_path)
    flagged = _flagged(articles, per_path)  # before copies collapse: a copy's doubts are the user's
    clock.mark("clean")
    skipped = read.skipped + junk
    sources_read, outside = read.sources_read, len(read.articles) - len(in_window)
    del read, in_window  # the text as read: from here the articles' text is all there is
    if not articles:
        raise _nothing_to_build(skipped)
    # Copies collapse before boilerplate is judged: a wire story many outlets ran is no footer.
    articles, duplicates = collapse(articles)
    clock.mark("dedupe")
    articles, furniture = drop_boilerplate(articles, per_path)
    skipped += furniture
    if not articles:
        raise _nothing_to_build(skipped)
    kept = len(articles)
    clock.mark("boilerplate")
    # The day's text held once (the 100,000-article day's memory): sentences, not paragraphs too
    split = split_day(articles, config.topics, executor, keep_paragraphs=False)
    articles, sentences, by_topic = split.articles, split.sentences, split.by_topic
    skipped += split.skipped
    del split
    release_freed_memory()  # the text as read is gone: the next stages' peak starts lower
    clock.mark("split")
    stories = group_stories(articles, config.grouping)
    clock.mark("stories")
    days = config.select.novelty_days
    past = (
        history.past_items(run.day, days) + history.briefed_paragraphs(run.day, days)
        if history
        else []
    )
    republished = history.republished(run.day, days, articles) if history else frozenset()
    day = read_day(stories, sentences, run.day, republished)
    sections = select_sections(
        by_topic,
        config.topics,
        get_ranker(config.select.ranker, cue_words=config.select.edmundson),
        config.select,
        day,
        past,
    )
    if history:
        sections = _with_trend(sections, history.coverage(run.day, TREND_DAYS), run.day)
    clock.mark("select")
    briefing = Briefing(
        day=run.day,
        generated=run.now,
        sections=sections,
        skipped=tuple(skipped),
        articles_read=kept,
        since=run.window.start if run.since else None,
        coming=coming_up(
            topical(by_topic),
            run.day,
            config.zone,
            None,  # every event: the page's cut lists the first `coming_up` it leaves
            day.story_of,
            day.sentences,
            [item for section in sections for item in section.items],
            config.select.weights,
            {
                left.story
                for section in sections
                for left in section.left_out
                if left.reason.startswith(UNCHANGED)
            },
            telling(sections),
        ),
        flagged=flagged,
    )
    stats = Stats(sources_read, kept, duplicates, outside, len(skipped))
    on_topic: dict[int, list[str]] = {}
    for name, pairs in by_topic.items():
        for article_id in dict.fromkeys(s.article.id for s, _ in pairs):
            on_topic.setdefault(article_id, []).append(name)
    return briefing, stats, articles, on_topic


def build(run: Run, progress: Progress | None = None) -> BuildResult:
    """Build the run's briefing, record it in the history and swap its PDF, HTML, text and JSON
    in as `run.folder`, all or nothing. One build at a time per output folder."""
    config = run.config
    with (
        open_executor(config.compute) as executor,
        build_lock(run.out),
        History(run.history_path) as history,
    ):
        briefing, stats, articles, on_topic = make_briefing(run, history, executor, progress)
        clock = _Clock()
        briefing, files = Renderer(config, run.templates).outputs(briefing)
        clock.mark("render")
        written = publish(
            run.folder,
            files,
            lambda swap: history.record_build(
                briefing, articles, to_dict(briefing, config.zone), swap, on_topic
            ),
        )
        clock.mark("write")
    log.info("built %s: %s", run.folder, stats.summary())
    return BuildResult(briefing, tuple(written), stats)


def load_built(run: Run) -> tuple[Briefing, bytes] | None:
    """The briefing already built for the run's day (from its JSON) and its PDF; None when that
    day was not built. BriefingError when its files are there but unreadable or not a briefing."""
    path = run.folder / "briefing.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return from_dict(data), (run.folder / "briefing.pdf").read_bytes()
    except FileNotFoundError as exc:
        if exc.filename == str(path):
            return None
        raise BriefingError(f"{exc.filename}: missing beside {path.name}; rebuild it") from None
    except OSError as exc:
        raise BriefingError(f"{exc.filename}: cannot read: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise BriefingError(
            f"{path}: not a briefing ({type(exc).__name__}: {exc}); rebuild it with "
            f"`briefing build --date {run.day}` or `briefing daily`"
        ) from None


def stale_topics(config: Config, briefing: Briefing) -> list[str]:
    """The configured topics a built briefing has no section for (built before they were)."""
    have = {section.name for section in briefing.sections}
    return [topic.name for topic in config.topics if topic.name not in have]


def built_or_build(
    run: Run, rebuild: bool = False, progress: Progress | None = None
) -> tuple[Briefing, bytes, BuildResult | None]:
    """The run's briefing and its PDF: the one built for its day, else (or with `rebuild`) a new
    build, whose result comes third (None when the stored one was used)."""
    built = None if rebuild else load_built(run)
    if built is not None and stale_topics(run.config, built[0]):
        log.info("the briefing built for %s has other topics than configured: rebuilding", run.day)
        built = None
    if built is not None:
        return *built, None
    result = build(run, progress)
    pdf = next(path for path in result.files if path.name == "briefing.pdf")
    return result.briefing, pdf.read_bytes(), result
