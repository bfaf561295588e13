"""What a reader sees of a section: its stories, each cited once, and the links they may follow."""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from briefing.day.analysis import feature_lead
from briefing.day.cut_ends import HEADLINE_CHARS, closing, has_content, phrase_cut, unparted
from briefing.day.happened import says_what_happened
from briefing.day.headlines import first_sentence, own_headline
from briefing.ingest.links import clean_link
from briefing.models import (
    ELSEWHERE,
    OFF_PAGE,
    PASSING,
    UNCHANGED,
    Article,
    Item,
    Section,
    Story,
)
from briefing.text.words import counted, fitting, letter_start

LISTED_CHARS = 70  # and one named in the no-room line, so that it costs the page a line or two
SPILL = 1 / 4  # a cut may run this share past its limit to end the name or phrase it splits
URL_CHARS = 100  # likewise a displayed URL
UNTITLED = "an untitled story"  # how a list names a story whose text gave no headline
NAMED_OUTLETS = 5  # the plain text names this many of a story's other outlets, counts the rest
clean_url = clean_link  # an http(s) URL without tracking parameters; "" for anything else
# wire copy's ASCII stand-in for a dash: an underscore standing alone, between words, opening a
# listed point ("_ Almost 55 percent ...") or closing a title
_WIRE_DASH = re.compile(r"(?<!\S)_(?!\S)")


def typeset(text: str) -> str:
    """`text` as a page sets it: the wire's " _ " dash as the dash it stands for."""
    return _WIRE_DASH.sub("—", text)


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` columns (`fitting`: a wide letter takes two) at a word boundary (or
    up to SPILL past it, to end a name or phrase the cut splits), with an ellipsis when cut; ""
    when no character fits beside the ellipsis or the cut keeps no content word; a run with no
    space is cut where a letter starts (`letter_start`: never between a letter and its mark)."""
    text = " ".join(text.split())
    limit = fitting(text, limit)
    if len(text) <= limit:
        return text
    cut = text[: letter_start(text, max(limit - 1, 0))]
    if " " in cut[limit // 2 :]:
        words, whole = cut.rsplit(" ", 1)[0].split(), text.split()
        longer = whole[: phrase_cut(whole, len(words))]
        if len(" ".join(longer)) < limit * (1 + SPILL):
            if len(longer) == len(whole):
                return text
            words = longer
        else:
            words = words[: unparted(whole, len(words))]
        cut = " ".join(words[: closing(words, len(words) // 2 or 1)]).rstrip(",;:")
    return cut + "…" if has_content(cut.split()) else ""


def display_url(url: str, limit: int = URL_CHARS) -> str:
    """A cleaned URL as a reader reads it: host and path decoded (no %E1%80%99, no xn--), cut
    to `limit` columns."""
    url = clean_url(url)
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.netloc
    with contextlib.suppress(UnicodeError):
        host = host.encode("ascii").decode("idna")
    shown = urlunsplit(parts._replace(netloc=host))
    shown = unquote(shown, errors="replace")
    limit = fitting(shown, limit)
    return shown if len(shown) <= limit else shown[: letter_start(shown, limit - 1)] + "…"


def more_outlets(count: int) -> str:
    """ "and 1 more outlet", "and 3 more outlets"."""
    return f"and {count} more outlet{'' if count == 1 else 's'}" if count else ""


@dataclass(frozen=True)
class Citation:
    """One article's source line: its own outlet · place · time · headline (each left out when
    unknown), and the other outlets carrying its story."""

    outlet: str
    place: str  # the city it was filed from, read off its dateline ("Seoul"), or ""
    time: str  # "27 Nov 22:00" in the briefing's zone; "" when undated
    headline: str  # capped for display
    href: str  # a cleaned http(s) URL, or "" (a path is never a link)
    url: str  # the same URL for reading: decoded and capped
    others: tuple[str, ...]  # the other outlets, named on hover and in the JSON

    @property
    def more(self) -> str:
        """ "and 3 more outlets", or ""."""
        return more_outlets(len(self.others))

    def text(self) -> str:
        """The plain-text form: "AP · Seoul · 27 Nov 22:00 · Headline · and 2 more outlets (X,
        Y)", past NAMED_OUTLETS others "(A, B, C, D, E and 204 others)"."""
        named = self.others
        if len(named) > NAMED_OUTLETS + 1:
            rest = len(named) - NAMED_OUTLETS
            named = (*named[: NAMED_OUTLETS - 1], f"{named[NAMED_OUTLETS - 1]} and {rest} others")
        others = f"{self.more} ({', '.join(named)})" if named else ""
        return " · ".join(part for part in (self.named(), others) if part)

    def named(self) -> str:
        """The source without the other outlets: "AP · Seoul · 27 Nov 22:00 · Headline"."""
        parts = (self.outlet, self.place, self.time, self.headline)
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class Line:
    """An item as printed, with its own source when that is not the story's cited article
    (every line names the article it is verbatim from)."""

    item: Item
    number: int  # its place among the section's items, from 1 (the page's anchors use it)
    via: Citation | None = None


@dataclass(frozen=True)
class Group:
    """A story as a section prints it: its items, then its citation once."""

    anchor: str  # the HTML id of the story on the page
    story: Story
    lines: tuple[Line, ...]
    citation: Citation


def cite(
    article: Article, outlets: Sequence[str], zone: ZoneInfo, shown: Sequence[Item] = ()
) -> Citation:
    """The citation of `article` by its own outlet, time, headline and link, with `outlets` (the
    story's) as the others; an untitled, unlinked article's headline, cut from its first
    sentence, is left out when a line `shown` with it prints that sentence whole or the sentence
    is a feature's lead naming no event, and is UNTITLED when the cut is none and the link or
    the citation needs a name."""
    outlet = article.outlet
    when = article.published.astimezone(zone).strftime("%-d %b %H:%M") if article.published else ""
    href = clean_url(article.url)
    first = "" if article.title or href or not (outlet or when) else first_sentence(article)
    repeated = bool(first) and (any(first in item.text for item in shown) or feature_lead(article))
    headline = "" if repeated else shorten(own_headline(article), HEADLINE_CHARS)
    if not (headline or repeated) and (href or not (outlet or article.place or when)):
        headline = UNTITLED
    return Citation(
        outlet,
        article.place,
        when,
        headline,
        href,
        display_url(href),
        tuple(dict.fromkeys(o for o in outlets if o and o != outlet)),
    )


def _own_story(item: Item) -> Story:
    """The one-item story an item without a known story stands for."""
    article = item.sentence.article
    return Story(
        item.story,
        article.title,
        (article,),
        tuple(dict.fromkeys(item.outlets or (article.outlet, *article.also))),
        article.published,
        item.score,
        item.status,
    )


def groups(section: Section, zone: ZoneInfo, slug: str) -> list[Group]:
    """The section's items under their stories, in the section's story order; an item without
    a known story is a story of its own, placed after the known ones in item order."""
    known = {story.id: story for story in section.stories if story.id and story.articles}
    rank = {story_id: n for n, story_id in enumerate(known)}
    items: dict[str, list[tuple[int, Item]]] = {}
    place: dict[str, tuple[int, int]] = {}
    for n, item in enumerate(section.items):
        key = item.story if item.story in known else f"{n + 1}"
        items.setdefault(key, []).append((n + 1, item))
        place.setdefault(key, (rank.get(key, len(rank)), n))
    found = []
    for key in sorted(items, key=place.__getitem__):
        story = known.get(key) or _own_story(items[key][0][1])
        told = [item.sentence.article for _, item in items[key]]
        # The story's primary is cited when a line is from it, else the first line's article.
        primary = story.articles[0] if story.articles[0] in told else told[0]
        found.append(
            Group(
                f"story-{slug}-{key}",
                story,
                tuple(
                    Line(
                        item,
                        number,
                        None
                        if item.sentence.article == primary
                        else cite(item.sentence.article, (), zone, (item,)),
                    )
                    for number, item in items[key]
                ),
                cite(primary, story.outlets, zone, [item for _, item in items[key]]),
            )
        )
    return found


def story_label(story: Story) -> str:
    """A story's badge: "New", "Developing since 27 Nov", or "" (no history to tell)."""
    if story.status == "developing" and story.since:
        return f"Developing since {story.since.day} {story.since:%b}"
    return story.status.capitalize() if story.status in ("new", "developing") else ""


def unchanged(section: Section) -> list[tuple[str, date]]:
    """The section's stories left out because nothing is new: headline (cut at HEADLINE_CHARS,
    as the page shows one) and last briefed day, each shown headline once (today's stories
    continuing one briefed story are that story), with its latest day."""
    found: dict[str, date] = {}  # by the headline as shown: two alike up to the cut are one
    for left in section.left_out:
        if left.reason.startswith(UNCHANGED):
            day = date.fromisoformat(left.reason.removeprefix(UNCHANGED))
            shown = shorten(left.headline, HEADLINE_CHARS) or UNTITLED
            found[shown] = max(day, found.get(shown, day))
    return list(found.items())


def unchanged_line(section: Section) -> str:
    """One line naming the stories briefed before with nothing new today ("" when none)."""
    return _listed("Unchanged since earlier briefings", [h for h, _ in unchanged(section)])


def no_room_line(section: Section) -> str:
    """One line naming the stories the page had no room to tell, each with its status, so none
    is dropped unseen and a development of a story briefed before still reads as one ("" when
    none)."""
    found = [
        (f"[{left.status.capitalize()}] " if left.status else "")
        + (said_cut(left.headline, LISTED_CHARS) or UNTITLED)
        for left in section.left_out
        if left.reason == OFF_PAGE
    ]
    return _listed("No room on this page for", found)


def said_cut(headline: str, limit: int) -> str:
    """A headline cut to `limit` (a no-room line's, the email subject's), or as a page shows a
    headline where that cut would stop before what the whole says happened ("The death toll
    from ... temperatures…", "... indictment Wednesday charging…")."""
    cut = shorten(headline, limit)
    if says_what_happened(cut) or not says_what_happened(headline):
        return cut
    return shorten(headline, HEADLINE_CHARS)


def _listed(opening: str, headlines: Sequence[str]) -> str:
    """The line `opening: a; b.` ("" for none), no period after a headline's own "…" or "?"."""
    if not headlines:
        return ""
    return _ended(f"{opening}: " + "; ".join(headlines))


def _ended(text: str) -> str:
    """`text` with a period, unless it ends on its own "." "…" "?" or "!"."""
    return text if text[-1] in ".…?!" else text + "."


def quiet_note(section: Section) -> str:
    """What an empty section says: nothing in the sources, or no new developments since the
    last briefing of it (naming every story unchanged) and nothing (else) significant or to
    tell, with every other reason its stories were left out, counted."""
    if not section.left_out:
        return "Nothing on this topic in today's sources."
    note = ""
    if found := unchanged(section):
        found = sorted(found, key=lambda pair: pair[1], reverse=True)  # the latest briefed first
        last = found[0][1]
        note = _listed(f"No new developments since {last.day} {last:%B %Y}", [h for h, _ in found])
    reasons = Counter(
        PASSING if left.reason.startswith(PASSING) else left.reason
        for left in section.left_out
        if not left.reason.startswith(UNCHANGED)
    )
    if not reasons:
        return note
    why = "; ".join(_counted_reason(reason, count) for reason, count in reasons.items())
    judged = any(reason == PASSING or reason.startswith(ELSEWHERE) for reason in reasons)
    nothing = f"Nothing {'else ' if note else ''}{'significant' if judged else 'to tell'}"
    return " ".join(filter(None, (note, _ended(f"{nothing} on this topic today: {why}"))))


def _counted_reason(reason: str, count: int) -> str:
    """A left-out reason with its stories counted: "2 stories mention it in passing"."""
    one = count == 1
    if reason == PASSING:
        verb = "mentions it in passing" if one else "mention it in passing"
    elif reason.startswith("no "):
        verb = ("has " if one else "have ") + reason
    else:
        verb = ("is " if one else "are ") + reason
    return f"{counted(count, 'story')} {verb}"


def trend_summary(trend: Sequence[tuple[date, int | None]]) -> str:
    """The trend in words, averaged over the days before that had a briefing (None: none):
    "25 articles today, 5 a day in the 6 days before", or "... on the 2 days of the 6 before
    with a briefing"."""
    if not trend:
        return ""
    *before, (_, today) = trend
    text = f"{today} article{'' if today == 1 else 's'} today"
    built = [count for _, count in before if count is not None]
    if built:
        mean = sum(built) / len(built)
        figure = f"{mean:.0f}" if mean >= 10 or mean == int(mean) else f"{mean:.1f}"
        if len(built) == len(before):
            text += f", {figure} a day in the {len(before)} days before"
        elif len(built) == 1:
            text += f", {figure} on the one day of the {len(before)} before with a briefing"
        else:
            text += (
                f", {figure} a day on the {len(built)} days of the {len(before)} before"
                " with a briefing"
            )
    return text


def trend_counts(trend: Sequence[tuple[date, int | None]], between: str = " ") -> str:
    """The articles of each day, "–" for a day without a briefing: "– – 2 0 4"."""
    return between.join("–" if count is None else str(count) for _, count in trend)
