"""The command line: a few lines over each library function."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefing.errors import BriefingError
from briefing.ingest.dates import EARLIEST, LATEST_DAY
from briefing.ingest.read import Progress, display_path, parse_date
from briefing.ingest.text import printable
from briefing.text.words import counted

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.models import Briefing
    from briefing.pipeline import BuildResult, Run

INTERNAL_EXIT = 70  # a bug in briefing (sysexits' EX_SOFTWARE), not the user's input
PER_FILE_LINES = 3  # a file's skipped or flagged entries named one line each; the rest counted


def _configuration(path: Path | None) -> Config:
    """The configuration, loaded only by the commands that read one (pydantic's models cost
    `summarise` a tenth of a second)."""
    from briefing.config import load_config

    return load_config(path)


def _day(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-28") from None
    if not EARLIEST.date() <= day <= LATEST_DAY:
        raise click.BadParameter(f"{value} is outside {EARLIEST.date()} to {LATEST_DAY}")
    return day


_config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="Configuration file (default: ./briefing.toml when present).",
)
_out_option = click.option(
    "--out", type=click.Path(path_type=Path), help="Output folder (default: output/)."
)


def _compute_options(command: Callable) -> Callable:
    """--jobs and --scheduler: where reading, extraction and splitting run."""
    command = click.option(
        "--scheduler",
        metavar="ADDRESS",
        help="Run them on a Dask cluster, e.g. tcp://host:8786 (default: [compute] scheduler).",
    )(command)
    return click.option(
        "--jobs",
        type=click.IntRange(min=1),
        help="Processes for reading, extraction and splitting (default: one per core).",
    )(command)


def _computing(config: Config, jobs: int | None, scheduler: str | None) -> Config:
    """The configuration with the command line's --jobs and --scheduler applied."""
    from pydantic import ValidationError

    update = {k: v for k, v in (("jobs", jobs), ("scheduler", scheduler)) if v is not None}
    try:  # checked as the configuration file's values are
        compute = config.compute.model_validate(config.compute.model_dump() | update)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise click.BadParameter(error["msg"], param_hint=f"--{error['loc'][0]}") from None
    return config.model_copy(update={"compute": compute})


@click.group()
@click.version_option(package_name="briefing")
@click.option(
    "--debug", is_flag=True, help="Log each stage's timing, and show tracebacks of internal errors."
)
def cli(debug: bool) -> None:
    """Offline, extractive daily briefings on the topics you follow."""
    # briefing's own records only: other libraries' (trafilatura's, WeasyPrint's) stay silent
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter(
            "%(asctime)s %(name)s %(levelname)s: %(message)s" if debug else "%(message)s"
        )
    )
    log = logging.getLogger("briefing")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.DEBUG if debug else logging.WARNING)


def _run(
    config: Config,
    day: date | None,
    out: Path | None,
    since: str | None = None,
    sources: tuple[str, ...] = (),
    templates: Path | None = None,
) -> Run:
    """The build's Run, --since read in the configured time zone unless it names its own; one at
    or after the window's end is a usage error."""
    from briefing.pipeline import Run

    start = parse_date(since, config.zone) if since else None
    try:
        return Run.of(config, sources, day, out, templates, start)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--since'") from None


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """The --since text, once it reads as a date or time (its zone is known with the config)."""
    if value is not None and parse_date(value) is None:
        raise click.BadParameter(f"{value!r} is not a date or time like 2026-11-27T18:00")
    return value


def _percent(value: float | None) -> float | None:
    """A ROUGE floor, checked: NaN (which every score would pass) and infinities are refused."""
    if value is not None and not 0 <= value <= 100:
        raise click.BadParameter(f"{value} is not a ROUGE-2 score from 0 to 100")
    return value


@cli.command()
@click.argument("sources", nargs=-1)
@_config_option
@click.option("--date", "day", callback=_day, help="Briefing date, YYYY-MM-DD (default: today).")
@click.option(
    "--since",
    callback=_since,
    help="Keep articles published since this date or time, in the configured time zone unless "
    "it gives one (overrides the 24 hours).",
)
@_out_option
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of templates that override the shipped ones by name.",
)
@click.option("--quiet", is_flag=True, help="No progress bar or summary (for cron).")
@_compute_options
def build(
    sources: tuple[str, ...],
    config_path: Path | None,
    day: date | None,
    since: str | None,
    out: Path | None,
    templates: Path | None,
    quiet: bool,
    jobs: int | None,
    scheduler: str | None,
) -> None:
    """Build the day's briefing from SOURCES: files, folders, feeds, OPML files or URLs
    (default: the configured sources, seeds/)."""
    from briefing.pipeline import build as build_briefing

    config = _computing(_configuration(config_path), jobs, scheduler)
    run = _run(config, day, out, since, sources, templates)
    with progress_bar(quiet) as progress:
        result = build_briefing(run, progress)
    _report_sources(result)
    if quiet:
        return
    counts = ", ".join(f"{s.name} {len(s.items)}" for s in result.briefing.sections)
    click.echo(f"Briefing for {result.briefing.day}: {result.stats.summary()}; items: {counts}")
    for path in result.files:
        click.echo(f"  {display_path(path)}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--words", type=click.IntRange(min=1), help="Word budget (or --sentences).")
@click.option("--sentences", type=click.IntRange(min=1), help="Sentence budget (default 5).")
@click.option(
    "--algorithm",
    default="default",
    show_default=True,
    help="Ranker name (see `briefing rankers`).",
)
@click.option("--topic", help="What the summary should be about (topic-focused summary).")
def summarise(
    files: tuple[Path, ...],
    words: int | None,
    sentences: int | None,
    algorithm: str,
    topic: str | None,
) -> None:
    """Print a summary of one or many documents, one sentence per line, most important first."""
    from briefing.ingest.read import read_text
    from briefing.summariser.api import shortest_fit
    from briefing.summariser.api import summarise as summarise_texts

    if words is not None and sentences is not None:
        raise click.UsageError("give --words or --sentences, not both")
    texts = [read_text(path) for path in files]
    summary = summarise_texts(texts, words, sentences, algorithm, topic)
    if not summary:
        shortest = shortest_fit(texts)
        raise BriefingError(
            f"no sentence of 5 to 60 words in {', '.join(map(str, files))}"
            if shortest is None
            else f"no sentence fits in {words} words (the shortest has {shortest}); raise --words"
        )
    for sentence in summary:
        click.echo(sentence)


@cli.command()
@click.argument("dataset", type=click.Path(path_type=Path))
@click.option(
    "--words",
    default=100,
    show_default=True,
    type=click.IntRange(min=1),
    help="Summary length; summaries and references are cut to it.",
)
@click.option(
    "--algorithm",
    "algorithms",
    multiple=True,
    help="Ranker to score (repeatable; default: default, lead, lexrank).",
)
@click.option("--no-topic", is_flag=True, help="Ignore topic.txt (generic summaries).")
@click.option(
    "--documents",
    type=click.IntRange(min=1),
    help="Keep each cluster's first N documents in date order (news from few sources).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--fail-under",
    type=float,
    callback=lambda _ctx, _param, value: _percent(value),
    help="Exit 1 when the first algorithm's ROUGE-2 (0 to 100) is below this (a CI gate).",
)
def evaluate(
    dataset: Path,
    words: int,
    algorithms: tuple[str, ...],
    no_topic: bool,
    documents: int | None,
    as_json: bool,
    fail_under: float | None,
) -> None:
    """Score algorithms with ROUGE-1/2/L (stemmed F1) on DATASET/<cluster>/{docs,refs}/*.txt."""
    from briefing.summariser.evaluate import evaluate as run_evaluation
    from briefing.summariser.evaluate import load_dataset, report

    clusters = load_dataset(dataset, documents)
    names = list(algorithms) or ["default", "lead", "lexrank"]
    from rich.progress import Progress

    with Progress(transient=True, disable=as_json) as progress:
        task = progress.add_task("Evaluating", total=len(clusters) * len(names))
        scores = run_evaluation(
            clusters, names, words, not no_topic, lambda: progress.advance(task)
        )
    report(scores, dataset, words, as_json)
    if fail_under is not None and scores[0].rouge["rouge2"] < fail_under:
        raise BriefingError(
            f"{dataset}: {scores[0].algorithm} ROUGE-2 "
            f"{scores[0].rouge['rouge2']:.2f} is below the floor {fail_under}"
        )


def _report_sources(result: BuildResult) -> None:
    """Each source a build could not use, and each it used with doubts (its flags), one line
    apiece on stderr, past a file's third one line counting the rest (the reader's files only
    count the first)."""
    listed = next((display_path(p) for p in result.files if p.name == "briefing.json"), "")
    briefing = result.briefing
    _per_file(
        "skipped", "skipped", [(s.file, s.source, s.reason) for s in briefing.skipped], listed
    )
    flagged = [(f.file, f.source, "; ".join(f.flags)) for f in briefing.flagged]
    _per_file("warning", "flagged", flagged, listed)


def _report_stored(briefing: Briefing, listed: Path) -> None:
    """One line counting the sources the build of a stored briefing skipped or used with doubts
    (its warnings, printed then), and where they are listed; none when it had neither."""
    skipped, flagged = len(briefing.skipped), len(briefing.flagged)
    told = [f"skipped {counted(skipped, 'source')}"] if skipped else []
    if flagged:
        told.append(f"used {flagged if skipped else counted(flagged, 'source')} with doubts")
    keys = [key for key, number in (("skipped", skipped), ("flagged", flagged)) if number]
    if told:
        click.echo(
            f"note: the briefing built earlier for {briefing.day} {' and '.join(told)}, each "
            f"listed under {' and '.join(map(repr, keys))} in {display_path(listed)}",
            err=True,
        )


def _per_file(label: str, key: str, lines: Sequence[tuple[str, str, str]], listed: str) -> None:
    """A `label` line per (file, source, problem), a file's first PER_FILE_LINES (a feed's
    entries), then one line per file counting the rest, which `listed` lists under `key`."""
    per_file: Counter[str] = Counter()
    for file, source, problem in lines:
        per_file[file] += 1
        if per_file[file] <= PER_FILE_LINES:
            click.echo(f"{label} {source}: {problem}", err=True)
    for file, count in per_file.items():
        if count > PER_FILE_LINES:
            more = f"{count - PER_FILE_LINES} more entries {key}"
            click.echo(f"{label} {file}: {more}, each listed under '{key}' in {listed}", err=True)


def _addresses(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    try:
        from briefing.config import email_address

        return tuple(email_address(value) for value in values)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _send(
    config_path: Path | None,
    day: date | None,
    to: tuple[str, ...],
    dry_run: bool,
    force: bool,
    rebuild: bool,
    quiet: bool,
    compute: tuple[int | None, str | None] = (None, None),
    out: Path | None = None,
) -> None:
    from briefing.deliver.channels import deliver_everywhere
    from briefing.pipeline import built_or_build

    config = _computing(_configuration(config_path), *compute)
    run = _run(config, day, out)
    with progress_bar(quiet) as progress:
        briefing, pdf, result = built_or_build(run, rebuild, progress)
    if result is not None:
        _report_sources(result)
    elif not quiet:
        _report_stored(briefing, run.folder / "briefing.json")
    if result is not None and not quiet:
        click.echo(f"Built the briefing for {run.day}: {result.stats.summary()}")
    outcome = deliver_everywhere(config, briefing, pdf, to, dry_run, force, run.out)
    for message in outcome.email.messages if outcome.email else ():
        if message.eml:
            click.echo(
                f"Dry run: wrote {display_path(message.eml)} for {', '.join(message.recipients)}"
            )
        elif not quiet:
            click.echo(
                f"Sent {message.subject!r} to {', '.join(message.recipients)} "
                f"({message.format}: {', '.join(message.topics)}; {message.message_id})"
            )
    chat = outcome.chat
    if chat and chat.file:
        urls = len(config.chat.urls) - len(chat.failed)  # a dry run's failed: the unusable
        click.echo(f"Dry run: wrote {display_path(chat.file)} for {urls} chat URL(s)")
    for url in chat.posted if chat and not quiet else ():
        click.echo(f"Posted to {url}")
    if outcome.exit_code == 0:
        for problem in outcome.problems:  # what was sent before, beside what went now
            click.echo(f"note: {problem}", err=True)
    outcome.check()


_send_options = [
    _config_option,
    click.option("--date", "day", callback=_day, help="Briefing date (default: today)."),
    click.option(
        "--to",
        multiple=True,
        callback=_addresses,
        help="Recipient (repeatable; default: email.recipients).",
    ),
    _out_option,
    click.option("--dry-run", is_flag=True, help="Write output/<date>/briefing.eml, send nothing."),
    click.option("--force", is_flag=True, help="Send even if this date was sent already."),
    click.option("--quiet", is_flag=True, help="Print nothing but errors (for cron)."),
]


def _with_send_options(command: Callable) -> Callable:
    for option in reversed(_send_options):
        command = option(command)
    return command


def _send_command(name: str, rebuild: bool, help_text: str) -> click.Command:
    """`send` and `daily`: the same options, with or without a fresh build first."""

    def command(
        config_path: Path | None,
        day: date | None,
        to: tuple[str, ...],
        out: Path | None,
        dry_run: bool,
        force: bool,
        quiet: bool,
        jobs: int | None,
        scheduler: str | None,
    ) -> None:
        _send(config_path, day, to, dry_run, force, rebuild, quiet, (jobs, scheduler), out)

    command.__doc__ = help_text
    return cli.command(name)(_compute_options(_with_send_options(command)))


send = _send_command(
    "send",
    False,
    "Email the day's briefing (built first if needed), text + HTML with the PDF attached, and "
    "post its top stories to [chat] urls.",
)
daily = _send_command(
    "daily",
    True,
    "Build the day's briefing from the configured sources, then email and post it (for cron).",
)


@cli.command()
@_config_option
@click.option("--days", type=click.IntRange(min=1), help="Only the latest N briefings.")
@_out_option
def history(config_path: Path | None, days: int | None, out: Path | None) -> None:
    """List past briefings: items, articles read, and whether and to whom they were sent."""
    from briefing.store.history import History

    config = _configuration(config_path)
    store = History.read_only(config.history_path(out))
    with store or contextlib.nullcontext():
        builds = store.builds(days) if store else []
    if not builds:
        click.echo(f"No briefings stored in {display_path(config.history_path(out))} yet.")
    for build in builds:
        sent = f"sent to {', '.join(build.sent_to)}" if build.sent_to else "not sent"
        click.echo(
            f"{build.day}  {build.items:>2} items from {build.articles_read:>4} articles"
            f"  built {build.built_at:%Y-%m-%d %H:%M}  {sent}"
        )


@cli.command()
@click.argument("day", callback=_day)
@_config_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@_out_option
def show(day: date, config_path: Path | None, fmt: str, out: Path | None) -> None:
    """Print the briefing stored for DAY (YYYY-MM-DD)."""
    import json

    from briefing.ingest import scrub
    from briefing.render.renderer import Renderer
    from briefing.render.serialize import from_dict
    from briefing.store.history import History

    config = _configuration(config_path)
    store = History.read_only(config.history_path(out))
    with store or contextlib.nullcontext():
        data = store.stored_briefing(day) if store else None
    if data is None:
        raise BriefingError(
            f"no briefing stored for {day} in {display_path(config.history_path(out))}"
        )
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    try:
        briefing = from_dict(data)
    except ValueError as exc:
        raise BriefingError(
            f"{display_path(config.history_path(out))}: the briefing of {day} is unreadable "
            f"({exc}); `--format json` prints it as stored"
        ) from None
    click.echo(scrub.text(Renderer(config).text(briefing)), nl=False)  # older stores


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path), default=".")
@click.option("--force", is_flag=True, help="Overwrite briefing.toml and the sample article.")
def init(folder: Path, force: bool) -> None:
    """Set up FOLDER (default: here) to build in: a commented briefing.toml, sources/ with a
    sample article, and how to run it every morning (printed)."""
    from briefing.starter import init_folder

    started = init_folder(folder, force)
    for path in started.files:
        click.echo(f"wrote {display_path(path)}", err=True)
    click.echo(started.readme, nl=False)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--since", "since", callback=_day, help="From this date, YYYY-MM-DD.")
@click.option("--until", "until", callback=_day, help="Up to this date, YYYY-MM-DD.")
@click.option("--topic", help="Only items and articles of this topic.")
@click.option("--items-only", is_flag=True, help="Only items the briefings carried.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Hits at most."
)
@_config_option
@_out_option
def search(
    query: tuple[str, ...],
    since: date | None,
    until: date | None,
    topic: str | None,
    items_only: bool,
    fmt: str,
    limit: int,
    config_path: Path | None,
    out: Path | None,
) -> None:
    """Search the archive of past builds' articles and items with a topic QUERY (AND, OR, NOT,
    "phrases", wildcards*, title:, NEAR/5); best first (bm25), each dated with its outlet,
    title and link."""
    from briefing.search import find

    config = _configuration(config_path)
    found = find(config, " ".join(query), out, since, until, topic, items_only, limit)
    for note in found.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(found.as_json() if fmt == "json" else found.as_text(), nl=False)


@cli.command()
@_config_option
def weights(config_path: Path | None) -> None:
    """Print every scoring weight and threshold in force, as TOML with its meaning."""
    from briefing.weights import weights_toml

    config = _configuration(config_path)
    click.echo(weights_toml(config.grouping, config.select.weights), nl=False)


@cli.command()
@_config_option
@click.option(
    "--out",
    "site_folder",
    type=click.Path(path_type=Path),
    help="Where the site goes (default: [site] folder, else output/site).",
)
@click.option(
    "--from",
    "out",
    type=click.Path(path_type=Path),
    help="Output folder holding the built days (default: output/).",
)
def site(config_path: Path | None, site_folder: Path | None, out: Path | None) -> None:
    """Write the archive as a static site: an index of editions, each edition's page, an Atom
    feed and search over every edition (Pagefind)."""
    from briefing.deliver.site import build_site

    written = build_site(_configuration(config_path), out, site_folder)
    for skip in written.skipped:
        click.echo(f"skipped {skip.source}: {skip.reason}", err=True)
    click.echo(
        f"Wrote {display_path(written.folder / 'index.html')}: "
        f"{len(written.days)} editions, {written.indexed} pages searchable, feed.xml"
    )


@cli.command()
def rankers() -> None:
    """List the ranking algorithms --algorithm and [select] ranker accept."""
    from briefing.summariser.rank.registry import ranker_names

    click.echo("\n".join(ranker_names()))


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Progress | None]:
    """A rich progress bar on a terminal, shown from the first progress a build reports (a
    stored briefing sent again shows none); nothing when quiet."""
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.progress import TaskID

    console = Console(stderr=True, markup=False, highlight=False)  # no user text is markup
    if quiet or not console.is_terminal:
        yield None
        return
    with contextlib.ExitStack() as stack:
        shown: list[tuple[Bar, TaskID]] = []  # the bar, once reading reports progress

        def report(done: int, total: int) -> None:
            if not shown:
                bar = stack.enter_context(Bar(console=console, transient=True))
                shown.append((bar, bar.add_task("Reading sources", total=None)))
            bar, task = shown[0]
            bar.update(task, completed=done, total=total)

        yield report


def main() -> None:
    """Entry point: runs the CLI, turning BriefingError into one line on stderr and exit 1."""
    # One BLAS thread (unless the user chose): briefing's products are all sparse, and OpenBLAS's
    # idle second thread spins at start-up, a third of `briefing summarise`'s CPU time.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        cli.main(standalone_mode=False)
    except BriefingError as exc:
        click.echo(f"error: {printable(str(exc))}", err=True)  # a path in it as typed, escaped
        sys.exit(exc.exit_code)
    except OSError as exc:  # the rule for any file the steps above did not name themselves
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {printable(where + str(exc.strerror or exc))}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug: one line, and the traceback with --debug
        debug = logging.getLogger("briefing").isEnabledFor(logging.DEBUG)
        if debug:
            traceback.print_exc()
        hint = "" if debug else "; run again with --debug for the traceback"
        click.echo(
            f"error: internal error ({type(exc).__name__}: {exc}){hint}; please report it",
            err=True,
        )
        sys.exit(INTERNAL_EXIT)


if __name__ == "__main__":
    main()
