"""Which URLs may become links a reader can click: http(s) with a host, nothing else."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_to_bytes, urlsplit, urlunsplit

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


# Query parameters that only track who clicked where; a link a reader sees goes without them.
TRACKING = re.compile(
    r"^(utm_\w*|mc_\w+|pk_\w+|hsa_\w+|oly_\w+|__hs\w*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|"
    r"msclkid|yclid|igshid|twclid|ttclid|li_fat_id|_ga|_gl|_hsenc|_hsmi|mkt_tok|vero_id|vero_conv|"
    r"wt\.mc_id|wt_mc_id|ocid|cmpid|s_cid|spm|smid|soc_src|soc_trk|ref_src|__twitter_impression|"
    r"at_medium|at_campaign)$",
    re.IGNORECASE,
)


def clean_link(url: str | None) -> str:
    """A safe link (see `safe_link`) without tracking parameters (utm_*, fbclid, gclid,
    mc_*, …); the other parameters keep their order. "" when the URL is not a safe link."""
    link = safe_link(url)
    if not link:
        return ""
    parts = urlsplit(link)
    if not parts.query:
        return link
    kept = [p for p in parts.query.split("&") if p and not TRACKING.match(p.partition("=")[0])]
    return urlunsplit(parts._replace(query="&".join(kept)))


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_BIDI = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _readable(run: str) -> str:
    """A run of percent-escapes with its non-ASCII letters decoded; ASCII escapes (%20, %2F),
    invisible and direction-changing characters stay encoded, so the link still works."""
    try:
        text = unquote_to_bytes(run).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return "".join(
        char
        if ord(char) > 127 and char.isprintable() and not _BIDI.match(char)
        else quote(char, safe="")
        for char in text
    )


def readable_link(url: str | None) -> str:
    """A link as a reader sees it: without tracking parameters, with percent-encoded letters
    decoded ("…/%E1%80%99…" → "…/မ…"); still a working link. "" for anything not a safe link."""
    link = clean_link(url)
    return _ESCAPES.sub(lambda match: _readable(match.group(0)), link) if link else ""
