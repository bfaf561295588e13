"""Opinion: editorials, op-eds, columns and letters, recognised so they are labelled on the page
and never lead a section, Top Stories or the subject line (they argue; the briefing reports).

An article is opinion by the outlet's own markers (a section word in its title or address, an
"EDITORIAL" slug, "said in an editorial", a columnist's byline line) or by its voice: most of its
opening sentences argue in the first person or prescribe ("I believe", "we must", "should").
News analysis and features, which explain or portray rather than report, are treated alike and
labelled as what they are (`day/analysis.py`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from briefing.day.analysis import ANALYSIS, FEATURE, analysis_reason
from briefing.models import Article
from briefing.text.news_marks import unquoted

OPENING = 8  # sentences read for the voice: an op-ed argues from its first lines
ARGUED = 0.4  # share of those that argue at which the article is opinion
_SECTION = (
    r"opinion|opinions|editorials?|op-?eds?|commentary|commentaries|columns?|columnists?|letters"
)
_PATH = re.compile(rf"(?:^|/)(?:{_SECTION})(?:/|$|[-_])", re.IGNORECASE)
_TITLE = re.compile(
    rf"^\s*(?:{_SECTION})\s*[:|–—-]|[:|–—-]\s*(?:{_SECTION})\s*$|\b(?:op-ed|editorial)\b",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"^\s*(?:\(?(?:EDITORIAL|COMMENTARY|OPINION|OP-ED|COLUMN|ANALYSIS AND OPINION)\b[):.]?)"
    r"|\b(?:said|says|argued|argues|wrote|writes|warned|warns) (?:in )?an? "
    r"(?:editorial|commentary|op-ed)"
    r"|\bis a (?:columnist|contributing (?:writer|columnist|editor))\b"
    r"|\bThe views expressed (?:here|in this)",
    re.IGNORECASE,
)
# A word every marker writes: an ASCII sentence writing none of them in lower case is no marker
# (case is all `re.IGNORECASE` reads there), so most of a day's sentences skip the pattern
_MARKED = ("editorial", "commentary", "opinion", "op-ed", "column", "contributing", "the views")
_ARGUES = re.compile(
    r"\b(?:I|I'm|I've|my|me)\b"
    r"|\b(?:we|America|Washington|the world|the government|Beijing|they) "
    r"(?:must|should|ought to|need to|cannot afford)\b"
    r"|\blet us\b|\blet's\b|\bit is time\b|\bit's time\b",
)


def opinion_reason(article: Article) -> str:
    """Why the article is opinion, news analysis or a feature ("" when it reads as news): the
    marker, voice or lead found."""
    path = urlsplit(article.url).path if article.url else ""
    if _PATH.search(path):
        return f"its address files it under {_PATH.search(path).group().strip('/-_')}"
    if _TITLE.search(article.title):
        return "its title marks it as opinion"
    opening = (article.sentences or article.paragraphs)[:OPENING]
    for text in opening:
        found = _marker(text)
        if found:
            return f"it says so: “{found.group().strip()}”"
    # a sentence quoting "we must" does not argue: only the writer's own words count
    argued = sum(bool(_ARGUES.search(unquoted(text))) for text in opening)
    if len(opening) >= 3 and argued >= ARGUED * len(opening):
        return f"it argues: {argued} of its first {len(opening)} sentences argue or prescribe"
    return analysis_reason(article)


def _marker(text: str) -> re.Match[str] | None:
    """The outlet's opinion marker in a sentence (`_MARKER`), read only where it may be one."""
    if text.isascii() and not any(word in text.lower() for word in _MARKED):
        return None
    return _MARKER.search(text)


def opinion_label(reason: str) -> str:
    """What the page calls a story marked with `reason`: Analysis, Feature or Opinion ("" news)."""
    if not reason:
        return ""
    if reason.startswith(ANALYSIS):
        return "Analysis"
    return "Feature" if reason.startswith(FEATURE) else "Opinion"
