"""The whole build, stage by stage: read, clean, split, assign topics, select, render, write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .clean import clean_articles
from .config import Config
from .errors import BriefingError
from .ingest import read_sources
from .models import Briefing, Sentence, Skipped
from .rank import get_ranker
from .render import Renderer
from .segment import article_sentences
from .select import select_sections
from .store import write_outputs
from .topics import assign_topics


@dataclass(frozen=True)
class BuildResult:
    """A built briefing and the files it was written to."""

    briefing: Briefing
    files: tuple[Path, ...]


def _nothing_to_build(skipped: Sequence[Skipped]) -> BriefingError:
    if len(skipped) == 1:
        return BriefingError(f"{skipped[0].source}: {skipped[0].reason}")
    first = f" (first: {skipped[0].source}: {skipped[0].reason})" if skipped else ""
    return BriefingError(f"no usable articles: {len(skipped)} sources skipped{first}")


def make_briefing(
    config: Config,
    sources: Sequence[str | Path] | None = None,
    day: date | None = None,
    now: datetime | None = None,
) -> Briefing:
    """Read the sources and select each topic's sentences; BriefingError if none is usable."""
    paths = list(sources) if sources else [config.resolve(s) for s in config.sources]
    articles, skipped = read_sources(paths, config.zone)
    articles, junk = clean_articles(articles)
    skipped += junk
    if not articles:
        raise _nothing_to_build(skipped)
    sentences: list[Sentence] = [s for article in articles for s in article_sentences(article)]
    by_topic = assign_topics(sentences, config.topics)
    sections = select_sections(
        {name: [s for s, _ in pairs] for name, pairs in by_topic.items()},
        config.topics,
        get_ranker(config.select.ranker),
        config.select,
    )
    now = now or datetime.now(UTC)
    return Briefing(
        day=day or now.astimezone(config.zone).date(),
        generated=now,
        sections=sections,
        skipped=tuple(skipped),
        articles_read=len(articles),
    )


def build(
    config: Config,
    sources: Sequence[str | Path] | None = None,
    day: date | None = None,
    out: Path | None = None,
    templates: Path | None = None,
) -> BuildResult:
    """Build the day's briefing and write its PDF, HTML, text and JSON under `out/<date>/`."""
    briefing = make_briefing(config, sources, day)
    renderer = Renderer(
        config, templates or (config.resolve(config.templates) if config.templates else None)
    )
    briefing, files = renderer.outputs(briefing)
    folder = (out or config.resolve(config.output)) / briefing.day.isoformat()
    return BuildResult(briefing, tuple(write_outputs(folder, files)))
