"""What sources say, made safe to show and store: no terminal escape sequences or other C0/C1
control characters, no direction overrides, and no credentials in any URL."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.models import Article, Skipped

# ESC sequences whole (CSI, OSC and the two-character kind, 7- and 8-bit), so that no "[31m"
# is left behind; then any other control character but tab and newline. A two-character
# sequence ends on a final byte ("ESC c"): a stray ESC before a space takes no space with it.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[0-~]?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
# Bidirectional embeddings, overrides and isolates: "prison \u202eon Friday" prints the words
# after it reversed, so a reader would see other words than the briefing read ("ton" as "not").
# Marks (LRM, RLM) and joiners only place or join characters and stay.
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]+")
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/?#@\[\]]*@")


def text(value: str) -> str:
    """Text without escape sequences, control characters (tab and newline kept; a carriage
    return or form feed is a space), direction overrides or credentials in the URLs it holds."""
    if not _printable(value):
        if _CONTROLS.search(value):
            value = _CONTROLS.sub(_space, _ESCAPES.sub("", value))
        if _DIRECTION.search(value):
            value = _DIRECTION.sub("", value)
    if "@" in value and "://" in value:
        value = _USERINFO.sub(r"\1", value)
    return value


def escaped(name: str) -> str:
    """A name (a file's, a path the user typed) with every character not shown as itself (a
    control, line separator, direction override or mark, zero-width or spacing other than the
    space) as its backslash escape (`\\x1b`, `\\n`, `\\u202e`, `\\u200b`): visible, one line,
    and still telling which file it was, where `text` would drop them."""
    if name.isprintable():
        return name
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in name
    )


def _printable(value: str) -> bool:
    """True for text with no control character but tab and newline (a fast test first: most
    text has none, and str.isprintable is several times quicker than a regular expression)."""
    return value.isprintable() or value.replace("\n", "").replace("\t", "").isprintable()


def _space(run: re.Match[str]) -> str:
    """A run of control characters that separated words is a space; others go."""
    return " " if any(c in "\r\x0b\x0c\x1c\x1d\x1e\x1f\x85" for c in run.group(0)) else ""


def line(value: str) -> str:
    """`text` on one line: every run of white space one space."""
    return " ".join(text(value).split())


def url(value: str) -> str:
    """A URL as shown or stored: without `user:password@` and control characters."""
    return line(value)


def article(found: Article) -> Article:
    """The article with every field a reader sees or the history keeps scrubbed."""
    return replace(
        found,
        title=line(found.title),
        outlet=line(found.outlet),
        url=url(found.url),
        path=line(found.path),
        paragraphs=tuple(p for p in map(text, found.paragraphs) if p.strip()),
        also=tuple(map(line, found.also)),
        flags=tuple(map(line, found.flags)),
    )


def skipped(skip: Skipped) -> Skipped:
    """A skipped source's name and reason, scrubbed (an HTTP reason phrase is the server's)."""
    return Skipped(line(skip.source), line(skip.reason))
