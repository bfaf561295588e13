"""Which URLs may become links a reader can click: http(s) with a host, nothing else."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def url_problem(url: str) -> str:
    """Why `url` is not a usable http(s) URL, in a few words; "" when it is one."""
    text = str(url).strip()
    scheme = text.partition(":")[0].lower() if ":" in text else ""
    if scheme not in ("http", "https"):
        return f"{scheme}: URLs are not read (only http and https)" if scheme else "not a URL"
    if _CONTROL.search(text):
        return "invalid URL (spaces or control characters)"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError as exc:
        return f"invalid URL ({exc})"
    if not parts.hostname:
        return "no host in URL"
    return ""


def safe_link(url: str | None) -> str:
    """`url` (stripped) when it is http or https with a host, else "": the only links shown."""
    return str(url).strip() if url and not url_problem(url) else ""


def doubt(url: str) -> str:
    """The flag for an article whose link was dropped: what it was, shortened, and why."""
    shown = url if len(url) <= 60 else url[:57] + "..."
    return f"link {shown!r} not kept: {url_problem(url)}"
