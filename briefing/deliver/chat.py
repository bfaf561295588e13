"""Post the day's top stories to chat with apprise (Slack, Teams, Matrix, Telegram, Discord,
webhooks): once a day per URL, retried with backoff, recorded in the send log beside email."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from briefing.config import ChatConfig, Config
from briefing.errors import AlreadySent, BriefingError
from briefing.files import write_atomic
from briefing.models import Briefing
from briefing.render.page import shorten, typeset
from briefing.render.renderer import article_link, coming_up
from briefing.store.history import History, SendRecord
from briefing.text.words import counted

VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Markdown's marks for links, emphasis, code and HTML: escaped in what sources wrote
_MARKDOWN = re.compile(r"([\\`*_\[\]<>~])")
# and the marks that open a block when they open the text: a heading, quote, list or rule
_BLOCK = re.compile(r"^(\d+(?=[.)])|(?=[#+=-]))")  # escaped by a backslash where the group ends
DRY_RUN_FILE = "chat.md"


@dataclass(frozen=True)
class Target:
    """One chat URL: as posted to (secrets expanded: never shown or stored), as shown (apprise
    masks its secrets), and its key in the send log."""

    url: str
    shown: str
    key: str


def _secrets(plugin: Any) -> list[str]:
    """The parts of a URL that apprise masks when it shows it: its secrets. When the shown form
    does not line up with the URL part by part, the whole URL counts as one."""
    full, shown = (plugin.url(privacy=private) for private in (False, True))
    parts, masked = (re.split(r"[/:@?&=#]", url) for url in (full, shown))
    if len(parts) != len(masked):
        return [full] if full != shown else []
    return [unquote(a) for a, b in zip(parts, masked, strict=True) if a != b]


def targets(
    settings: ChatConfig, environ: Mapping[str, str] = os.environ
) -> tuple[list[Target], list[str]]:
    """The configured chat URLs with their ${VARIABLE}s expanded from `environ`, and one line
    for each that cannot be used, naming it: an unset variable, a URL apprise cannot read, or a
    secret written in the file itself."""
    found, unusable = [], []
    for n, written in enumerate(settings.urls):
        try:
            found.append(_target(written, environ))
        except BriefingError as exc:
            unusable.append(f"chat.urls[{n}]: {exc}")
    return found, unusable


def _target(written: str, environ: Mapping[str, str]) -> Target:
    """One URL as a target; BriefingError says why it cannot be one."""
    import apprise

    missing = [name for name in VARIABLE.findall(written) if name not in environ]
    if missing:
        raise BriefingError(f"environment variable {missing[0]} is not set")
    url = VARIABLE.sub(lambda m: environ[m[1]], written)
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        scheme = written.split("://", 1)[0]
        raise BriefingError(f"apprise cannot post to a {scheme}:// URL like this one")
    shown = plugin.url(privacy=True)
    values = [environ[name] for name in VARIABLE.findall(written)]
    if any(not any(secret in value for value in values) for secret in _secrets(plugin)):
        raise BriefingError(
            f"{shown} has a secret written in the configuration; put it in an "
            "environment variable and write ${NAME} in its place"
        )
    key = "chat:" + hashlib.sha256(url.encode()).hexdigest()[:16]
    return Target(url, shown.split("?", 1)[0], key)


def post_text(config: Config, briefing: Briefing) -> tuple[str, str]:
    """The post's title and Markdown body, typeset as the pages are: the top stories with their
    links, then Coming up."""
    title = f"{config.title}, {briefing.day:%-d %B %Y}"
    lines = []
    for n, (story, topic) in enumerate(briefing.top_stories(config.chat.stories), start=1):
        article = story.articles[0] if story.articles else None
        link = article_link(article) if article else ""
        link = link.replace("(", "%28").replace(")", "%29")  # a bracket would end the link
        headline = f"[{_escaped(story.headline)}]({link})" if link else _escaped(story.headline)
        outlets = _escaped(", ".join(story.outlets[:3]))
        shown = (outlets, _escaped(topic))  # a topic's name too, as the pages print it
        lines.append(f"{n}. {headline}" + "".join(f" · {p}" for p in shown if p))
    items = sum(len(section.items) for section in briefing.sections)
    if not lines and items:  # the stories told have no headline to list them by
        lines.append(f"No headline to post today: the briefing has {counted(items, 'item')}.")
    elif not lines:
        lines.append("Nothing on the followed topics in today's sources.")
    if briefing.coming:
        lines += ["", "**Coming up**"]
        for event in coming_up(briefing):
            text = _escaped(shorten(event["text"], 160))
            cited = " · ".join(_escaped(event[key]) for key in ("outlet", "place") if event[key])
            lines.append(f"- {event['date']}: {text} ({cited})")
    return title, "\n".join(lines)


def _escaped(text: str) -> str:
    """`text` a source wrote, typeset, its Markdown marks escaped: shown as written, never a
    link, emphasis or block of its own ("[here](https://…)", "# Breaking", "1984. The"), its
    wire dash a dash."""
    return _BLOCK.sub(r"\1\\", _MARKDOWN.sub(r"\\\1", typeset(text)))


class _Failed(Exception):
    """A post apprise could not make, with what it logged."""


def post(
    target: Target,
    title: str,
    body: str,
    settings: ChatConfig,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Post to one URL, retrying with backoff; the tries it took. _Failed after the last."""
    import apprise

    tries = settings.retries + 1
    for attempt in range(1, tries + 1):
        sender = apprise.Apprise()
        sender.add(target.url)
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as logged:
            if sender.notify(body=body, title=title, body_format=apprise.NotifyFormat.MARKDOWN):
                return attempt
            reason = " ".join(logged.getvalue().split()) or "apprise gave no reason"
        if attempt < tries:
            sleep(settings.backoff * 2 ** (attempt - 1))
    raise _Failed(f"{target.shown}: {reason} (gave up after {tries} tries)")


@dataclass(frozen=True)
class ChatDelivery:
    """What `deliver_chat` did, URL by URL (as shown): posted, already posted that day (not
    again), failed (with the reason); a dry run's file."""

    posted: tuple[str, ...] = ()
    already: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    file: Path | None = None


def deliver_chat(
    config: Config,
    briefing: Briefing,
    dry_run: bool = False,
    force: bool = False,
    now: datetime | None = None,
    out: Path | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> ChatDelivery:
    """Post the briefing to every configured chat URL that has not had this day's post (all of
    them with `force`), each claimed in the send log first; a dry run writes the post to
    <out>/<date>/chat.md instead. A failed or unusable URL never stops the others."""
    found, unusable = targets(config.chat)
    title, body = post_text(config, briefing)
    if dry_run:
        folder = (out or config.resolve(config.output)) / briefing.day.isoformat()
        path = folder / DRY_RUN_FILE
        write_atomic(path, f"# {title}\n\n{body}\n".encode())
        return ChatDelivery(failed=tuple(unusable), file=path)
    now = now or datetime.now(UTC)
    posted, already, failed = [], [], unusable
    with History(config.history_path(out)) as history:
        for target in found:
            record = SendRecord(briefing.day, now, (target.shown,), title, target.key, target.key)
            try:
                claim, _ = history.claim_send(record, force)
            except AlreadySent:
                already.append(target.shown)
                continue
            except BriefingError as exc:  # another process is posting it right now
                failed.append(f"{target.shown}: {exc}")
                continue
            done = []
            try:
                post(target, title, body, config.chat, sleep)
                done.append(record)
                posted.append(target.shown)
            except _Failed as exc:
                failed.append(str(exc))
            finally:
                history.finish_send(claim, briefing.day, done)
    return ChatDelivery(tuple(posted), tuple(already), tuple(failed))
