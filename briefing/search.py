"""`briefing search`: the archive of past builds, searched with the topic query syntax; sits
above the stages like the pipeline (it opens the history the configuration names)."""

from __future__ import annotations

import json
import textwrap
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from briefing.config import Config
from briefing.errors import BriefingError, UsageError
from briefing.query import QueryError, parse_query
from briefing.store.archive import Hit, stored_days, topics
from briefing.store.history import History


@dataclass(frozen=True)
class Found:
    """A search's hits, best first, and notes on what was repaired to answer it."""

    hits: tuple[Hit, ...]
    notes: tuple[str, ...]

    def as_text(self) -> str:
        """Each hit: date, outlet, title, kind and topics; the link; what matched."""
        if not self.hits:
            return "No hits.\n"
        blocks = []
        for hit in self.hits:
            what = hit.kind + (f": {', '.join(hit.topics)}" if hit.topics else "")
            lines = [
                f"{hit.day}  {hit.outlet or '-'}: {hit.title or '(untitled)'}  [{what}]",
                f"            {hit.url}",
            ]
            if hit.text:
                shown = textwrap.shorten(hit.text, 300, placeholder=" …")
                lines += textwrap.wrap(
                    shown, 96, initial_indent=" " * 12, subsequent_indent=" " * 12
                )
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n"

    def as_json(self) -> str:
        """The hits as a JSON list, dates as YYYY-MM-DD."""
        rows = [{**asdict(hit), "day": hit.day.isoformat()} for hit in self.hits]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def find(
    config: Config,
    text: str,
    out: Path | None = None,
    since: date | None = None,
    until: date | None = None,
    topic: str | None = None,
    items_only: bool = False,
    limit: int = 20,
) -> Found:
    """Search the archive in the configured history (or `out`'s) for the query `text`.
    UsageError names a malformed query (and where), an unknown topic or days the wrong way
    round; days the archive lacks and a missing or broken index are repaired, with notes."""
    try:
        parse_query(text)
    except QueryError as exc:
        raise UsageError(f"query: {exc}") from None
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    folder = out or config.resolve(config.output)
    path = config.history_path(out)
    if not path.is_file() and not stored_days(folder):
        return Found((), (f"no briefings archived in {path} yet",))
    try:
        history = History(path)
    except BriefingError:  # a history that cannot be written is searched as it is
        history = History.read_only(path) or History(path)
    with history:
        hits, notes = history.search(
            text, folder, since=since, until=until, topic=topic, items_only=items_only, limit=limit
        )
        if topic and not hits and topic not in (known := topics(history.db)):
            listed = ", ".join(known) or "none"
            raise UsageError(f"--topic {topic!r}: no archived item has this topic ({listed})")
    return Found(tuple(hits), tuple(notes))
