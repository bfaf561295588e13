"""The command line: a few lines over each library function."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .config import load_config
from .errors import BriefingError
from .ingest import display_path
from .pipeline import build as build_briefing


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-28") from None


@click.group()
@click.version_option(package_name="briefing")
def cli() -> None:
    """Offline, extractive daily briefings on the topics you follow."""


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: ./briefing.toml when present).",
)
@click.option("--date", "day", callback=_day, help="Briefing date, YYYY-MM-DD (default: today).")
@click.option("--out", type=click.Path(path_type=Path), help="Output folder (default: output/).")
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of templates that override the shipped ones by name.",
)
def build(
    sources: tuple[Path, ...],
    config_path: Path | None,
    day: date | None,
    out: Path | None,
    templates: Path | None,
) -> None:
    """Build the day's briefing from SOURCES (default: the configured sources, seeds/)."""
    result = build_briefing(load_config(config_path), list(sources), day, out, templates)
    for skip in result.briefing.skipped:
        click.echo(f"skipped {skip.source}: {skip.reason}", err=True)
    counts = ", ".join(f"{s.name} {len(s.items)}" for s in result.briefing.sections)
    click.echo(
        f"Briefing for {result.briefing.day}: {result.briefing.articles_read} articles; "
        f"items: {counts}"
    )
    for path in result.files:
        click.echo(f"  {display_path(path)}")


@cli.command()
def rankers() -> None:
    """List the ranking algorithms --algorithm and [select] ranker accept."""
    from .rank import ranker_names

    click.echo("\n".join(ranker_names()))


def main() -> None:
    """Entry point: runs the CLI, turning BriefingError into one line on stderr and exit 1."""
    try:
        cli.main(standalone_mode=False)
    except BriefingError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
