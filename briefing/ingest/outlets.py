"""Who published an article: one short name per outlet, from front matter, the page's site name,
the dateline or the link's host; never a file name."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing.text.agencies import HOSTS, agency, canonical
from briefing.text.news_marks import dateline_credit
from briefing.text.words import CAPITALS

# Second-level suffixes under which the registrable name is one label further left.
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "edu", "ac", "or", "ne"}

# "BEIJING (AP) _", "JAKARTA, July 12 (Reuters) -", "YANGON, Myanmar (AP) —": a place in
# capitals (past ASCII too: "ZÜRICH", "ŁÓDŹ"), an optional date or country, the agency in
# brackets, then a dash or underscore.
_DATELINE = re.compile(
    rf"^\s*[{CAPITALS}][{CAPITALS}.'’ -]{{1,40}}(?:,[^()\n]{{1,40}})?"
    r"\s*\(([A-Za-z][\w .&’'-]{0,38})\)\s*(?:_|--|-|—|–|:)"
)
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|:|·)\s+")


def registrable(host: str) -> str:
    """ "www.news.bbc.co.uk" → "bbc.co.uk"; "english.news.cn" → "news.cn"."""
    labels = host.lower().strip(".").removeprefix("www.").split(".")
    if len(labels) < 2:
        return ".".join(labels)
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def _host(url: str) -> str:
    """The host of a web link, lower case; "" for anything else or a bare address."""
    if not url.lower().startswith(("http://", "https://")):
        return ""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return "" if host == "localhost" or host.replace(".", "").isdigit() or ":" in host else host


def known_outlet(url: str) -> str:
    """The name of the major outlet a link belongs to, or ""."""
    host = _host(url)
    if not host:
        return ""
    return HOSTS.get(host.removeprefix("www.")) or HOSTS.get(registrable(host), "")


def host_name(url: str) -> str:
    """The outlet a link's host belongs to: a known outlet's name, else the host made readable
    ("myanmar-now.org" → "Myanmar Now", "rfa.org" → "RFA"); "" without a host."""
    host = _host(url)
    if not host:
        return ""
    if known := known_outlet(url):
        return known
    label = registrable(host).split(".")[0]
    words = [w for w in re.split(r"[-_]+", label) if w]
    return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in words)


def dateline_outlet(text: str) -> str:
    """The agency a dateline credits ("BEIJING (AP) _ …" → "AP", "МОСКВА, 28 ноября. /ТАСС/."
    → "TASS"), or ""; a wire dateline of another script names only a known agency."""
    match = _DATELINE.match(text[:120])
    return canonical(match.group(1).strip()) if match else agency(dateline_credit(text))


def feed_outlet(feed_title: str, link: str) -> str:
    """One name for a feed entry's outlet: the link's known outlet, else the feed title's first
    part ("Asia Wire | World" → "Asia Wire"), else the link's host made readable."""
    if known := known_outlet(link):
        return known
    title = _SEPARATORS.split(" ".join(feed_title.split()))[0].strip()
    return canonical(title) if title else host_name(link)


def page_outlet(site_name: str, url: str, first_paragraph: str = "") -> str:
    """A page's outlet: its site name (a known host wins over a site's own spelling), else the
    dateline, else the host made readable."""
    if known := known_outlet(url):
        return known
    if site_name.strip():
        return canonical(_SEPARATORS.split(" ".join(site_name.split()))[0])
    return dateline_outlet(first_paragraph) or host_name(url)


def text_outlet(source: str, url: str, first_paragraph: str) -> str:
    """A text article's outlet: front matter `source`, else the dateline, else its `url`'s host;
    "" when nothing names one (never the file name)."""
    if source.strip():
        return canonical(source)
    return dateline_outlet(first_paragraph) or host_name(url)


def _site(url: str) -> str:
    """The registrable domain of a link's host, or the address itself; "" without a host."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host if not host or host.replace(".", "").isdigit() or ":" in host else registrable(host)


def _claimed(name: str) -> str:
    """The known outlet a site name or feed title claims to be ("Reuters | World" → Reuters),
    or "" when it names none."""
    return agency(_SEPARATORS.split(" ".join(name.split()))[0]) if name.strip() else ""


def false_claim(name: str, url: str) -> str:
    """The known outlet `name` claims to be when `url`, where the text came from, is not on
    one of its hosts; "" when it claims none or the claim holds."""
    claimed = _claimed(name)
    if not claimed or _site(url) in {h for h, n in HOSTS.items() if n == claimed}:
        return ""
    return claimed


def vouch(link: str, site_name: str, fetched: str) -> tuple[str, str, tuple[str, ...]]:
    """A fetched page's canonical link and site name, each believed only when it matches the
    host the page came from (else the fetched link, no site name), with a flag per claim not
    believed."""
    host = urlsplit(fetched).hostname or fetched
    flags: tuple[str, ...] = ()
    if link and _site(link) != _site(fetched):
        shown = link if len(link) <= 60 else link[:57] + "..."
        flags += (f"page claims to be {shown!r} but came from {host}: cited by its real host",)
        link = fetched
    if claimed := false_claim(site_name, fetched):
        flags += (f"page claims to be {claimed} but came from {host}: not cited as {claimed}",)
        site_name = ""
    return link, site_name, flags
