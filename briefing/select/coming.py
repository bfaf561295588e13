"""Coming up: scheduled events the day's sentences announce ("will meet on Thursday", "talks set
for Friday"), each dated against its article's publication day."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from briefing.day.verbs import IRREGULAR
from briefing.models import Event, Item, Section, Sentence, Story
from briefing.text.standalone import leaning_of
from briefing.text.vectorize import content_terms, tfidf
from briefing.text.words import MONTH, WEEKDAYS, month_number
from briefing.weights import DEFAULT, Weights

_WEEKDAY = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
# "last Tuesday", "again Tuesday": a weekday naming another day than a bare one in the sentence
_OTHER_DAY = re.compile(r"\b(?:last|again)\s+$", re.IGNORECASE)
# The time expressions: each named group is one way of dating an event.
_WHEN = re.compile(
    rf"\b(?:(?P<month_day>{MONTH}\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_year>\d{{4}}))?)"
    rf"|(?P<day_month>(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{MONTH})"
    rf"(?:,?\s+(?P<dm_year>\d{{4}}))?)"
    rf"|(?P<weekday>(?:(?:next|this|coming)\s+)?{_WEEKDAY})(?:'s)?"
    r"|(?P<tomorrow>(?:the\s+day\s+after\s+)?tomorrow)"
    r"|(?P<next_week>next\s+week)"
    r"|(?P<next_month>next\s+month)"
    r"|(?P<weekend>(?:this|next)\s+weekend))",
)
# A modal's perfect: "have" and a past participle ("may have missed him Monday", "might not have
# known it Friday" are past; "may have talks Monday", "may have to wait until Friday" are to come)
_PARTICIPLE = "been|had|gone|done|seen|known|taken|given|shown|begun|" + "|".join(sorted(IRREGULAR))
_ADVERB = r"(?:(?:not|never|also|already|just|well|\w+ly)\s+)?"  # "may not have", "have already"
_PERFECT = rf"{_ADVERB}have\s+{_ADVERB}(?:{_PARTICIPLE}|\w{{2,}}ed)\b"
# A schedule seen from before it was dropped ("had been set for Monday", "could have been
# expected to open Friday"): no cue, as "is set for Monday" is
_BEFORE = ("had", *(f"{modal} have" for modal in "may must could would might should".split()))


def _not_after(words: str) -> str:
    """Lookbehinds: not after one of `_BEFORE` and then `words`."""
    return "".join(f"(?<!{before} {words})" for before in _BEFORE)


# Words that put a sentence's verb in the future or on a schedule.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't)\b|\w'll\b"
    rf"|{_not_after('')}\b(?:is|are|was|were|be|been)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:(?:due|set|scheduled|slated|expected|poised|going|planning|planned)\s+(?:to|for|on|in)"
    r"|to)\b"
    rf"|{_not_after('been ')}\b(?:set|scheduled|slated|planned|due|expected|rescheduled|postponed"
    r"|delayed|moved)\s+"
    r"(?:for|on|until|to\s+(?:begin|start|open|take|meet|be|hold|arrive|visit))\b"
    r"|\b(?:plans?|intends?|aims?|hopes?)\s+to\b|\bupcoming\b"
    rf"|\b(?:could|may|might)\s+(?!{_PERFECT})\w+",
    re.IGNORECASE,
)
_STARTING = re.compile(
    r"\b(?:beginning|starting)\s+(?:on\s+)?$", re.IGNORECASE
)  # "beginning Monday"
_REPORTED = re.compile(r"^(?:was|were)\b", re.IGNORECASE)  # "was to arrive": seen from the past
# "had said ... are expected to": a cue someone had reported is seen from before, as "was to" is
_HAD_REPORTED = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:said|told|reported|announced|stated)\b", re.I)
REPORTED_DAYS = 3  # a weekday after a reported cue is at most this many days ahead, else past
# A date tied to a verb in the past ("said on Monday", "met Thursday") dates that verb.
_PAST_VERB = re.compile(
    r"^(?:said|says|told|met|held|began|took|gave|made|went|came|saw|spoke|wrote|left|sent|won|"
    r"lost|fell|rose|hit|ran|brought|found|sought|fought|struck|flew|arrived|began|was|were|"
    r"\w+ed)$",
    re.IGNORECASE,
)
# A past verb taking its object or complement: "announced a plan", "met with", "said that".
_ACTED = re.compile(
    r"\b(said|told|met|held|began|took|gave|made|sent|won|brought|found|sought|[a-z]+ed)\s+"
    r"(?:a|an|the|that|his|her|its|their|with|to|on)\b"
)
_NOT_PAST = {"scheduled", "slated", "planned", "expected", "rescheduled", "postponed", "delayed"}
_PASSIVE = {"be", "been", "being", "is", "are", "to", "will", "get", "gets"}
_BEFORE_PAST = re.compile(r"\b(?:last|since|earlier|previous|past|ago)\s*$", re.IGNORECASE)
# where a clause ends; a relative clause is one ("Friday's election is for the assembly, whose
# job is to oversee ...": its cue dates no election), and so is a report's verb after a comma
# ("..., which will be launched by 1999, reported AFP on Thursday": the cue dates no report)
_CLAUSE = re.compile(
    r"[;:—–]|\s-\s|\b(?:said|says|but|while|after|when|which|who|whose)\b"
    r"|,\s*(?:told|reported|announced|added)\b",
    re.IGNORECASE,
)
# A cue that awaits its subject itself ("Official results are not expected until Saturday"):
# what comes is the thing the subject names, not an act of it ("the talks will resume", "the
# council is expected to vote").
_AWAITED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:not\s+|also\s+|now\s+|still\s+)?"
    r"(?:expected|due|scheduled|set|slated)\b(?!\s+to\b)",
    re.IGNORECASE,
)
CUE_WORDS = 18  # a future cue this many words before a date (or after one opening a clause)
# A time clause to the date, its verb in the present and none past ("By the time the earth
# collides with the swarm Tuesday night", "when they meet on Friday"): English writes the future
# there in the present, and the clause it hangs on carries the cue.
_TIME_CLAUSE = re.compile(
    r"\b(?:by\s+the\s+time|when|before|until|once|as\s+soon\s+as)\s+([^,;:—–]*)$", re.IGNORECASE
)
# A relative clause set between commas ("Netanyahu, who will fly to Washington, spoke"): not the
# clause a time clause after it hangs on
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;:—–]*,", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A date a sentence gives an event: the day, how precise it is, and the words giving it."""

    when: date
    precision: str  # "day", "week" or "month"
    phrase: str


def _on_or_after(day: int, month: int, year: int | None, reference: date) -> date | None:
    """The date of `day` `month` (`year`, else the first such date from `reference` on)."""
    try:
        if year is not None:
            return date(year, month, day)
        found = date(reference.year, month, day)
        if found >= reference:
            return found
        # months back is a past date; a month early in the year, written late in the one before,
        # is next year's
        return date(reference.year + 1, month, day) if (reference - found).days > 183 else None
    except ValueError:
        return None


def _resolve(match: re.Match[str], reference: date, reported: bool = False) -> Found | None:
    """The date a time expression names, counted from `reference` (the publication day); after
    a reported cue ("was due to land Friday") a weekday is the nearest such day, maybe past."""
    phrase = match.group(0)
    if match["month_day"]:
        year = int(match["md_year"]) if match["md_year"] else None
        when = _on_or_after(int(match["md_day"]), month_number(phrase.split()[0]), year, reference)
    elif match["day_month"]:
        year = int(match["dm_year"]) if match["dm_year"] else None
        when = _on_or_after(int(match["dm_day"]), month_number(match["dm_month"]), year, reference)
    elif match["weekday"]:
        words = match["weekday"].lower().split()
        ahead = (WEEKDAYS.index(words[-1]) - reference.weekday()) % 7
        # the day itself (wire style: "Friday" in Friday's story), "next Friday" a week on
        when = reference + timedelta(days=ahead or (7 if len(words) > 1 else 0))
        if reported and ahead > REPORTED_DAYS:
            return None
    elif match["tomorrow"]:
        when = reference + timedelta(days=2 if phrase.lower().startswith("the") else 1)
    elif match["weekend"]:
        when = reference + timedelta(days=(5 - reference.weekday()) % 7 or 7)
    elif match["next_week"]:
        return Found(reference + timedelta(days=7 - reference.weekday()), "week", phrase)
    else:
        return Found(_next_month(reference), "month", phrase)
    if when is None or not 0 <= (when - reference).days <= 366:  # no date past date.max
        return None
    return Found(when, "day", phrase)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def _tied_to_past(sentence: str, match: re.Match[str]) -> bool:
    """True when the date dates a past verb: "said on Monday", "on Monday said", "last Monday"."""
    before, after = sentence[: match.start()], sentence[match.end() :]
    if _BEFORE_PAST.search(before):
        return True
    previous = _words(before)
    if previous and previous[-1].lower() == "on":
        previous = previous[:-1]
    if len(previous) > 1 and previous[-2].lower() in _PASSIVE:  # "will be held on Monday"
        previous = []
    following = _words(after)[:1]
    return any(
        _PAST_VERB.match(word) and word.lower() not in _NOT_PAST
        for word in previous[-1:] + following
    )


def _cue(sentence: str, match: re.Match[str]) -> str | None:
    """The future cue that governs the date, if any: in its clause a few words before it,
    "beginning" just before it, or after it when the date opens the clause ("On Friday, the
    ministers will meet") and no past verb comes first ("On Friday, Slater announced a plan to")."""
    before = sentence[: match.start()]
    if _STARTING.search(before):
        return before.split()[-1]
    clause = _CLAUSE.split(before)[-1]
    time = _TIME_CLAUSE.search(clause)  # "stays until it ends Friday", not "until Friday"
    if time is not None and time[1].strip() and _FUTURE.search(time[1] + " ") is None:
        return _time_clause_cue(sentence, match)
    cues = list(_FUTURE.finditer(" ".join(_words(clause)[-CUE_WORDS:]) + " "))
    if cues:
        return cues[-1][0]
    if len(_words(clause)) > 2:
        return _time_clause_cue(sentence, match)
    cue = _opening_cue(_words(_CLAUSE.split(sentence[match.end() :])[0]))
    if cue is None:  # "will meet when parliament opens Thursday": the clause a short time clause
        time = _TIME_CLAUSE.search(before)
        whole = time is not None and _words(time[1]) == _words(clause)  # not "at once after"
        return _time_clause_cue(sentence, match) if whole else None
    return cue


def _opening_cue(words: Sequence[str]) -> str | None:
    """The future cue in the first words of a clause the date opens, unless a past verb acts
    first ("On Thursday, Slater announced a plan to": past)."""
    after = " ".join(words[:CUE_WORDS])
    cue = _FUTURE.search(after)
    if cue is None:
        return None
    acted = [m for m in _ACTED.finditer(after, 0, cue.start()) if m[1] not in _NOT_PAST]
    return None if acted else cue[0]


def _time_clause_cue(sentence: str, match: re.Match[str]) -> str | None:
    """The future cue of the clause a present-tense time clause holding the date hangs on
    (`_TIME_CLAUSE`): the one before it in its sentence (past a relative clause between commas,
    `_RELATIVE`), or, the time clause opening it or reported speech ("said that when ..."), the
    one after its comma ("By the time the earth collides ... Tuesday night, satellites will have
    ..."); a past verb in the time clause ("when they met on Friday") dates no event to come."""
    before = sentence[: match.start()]
    time = _TIME_CLAUSE.search(before)
    if time is None or _past(_words(time[1])):
        return None
    main = _words(_CLAUSE.split(_RELATIVE.sub(" ", before[: time.start()]))[-1])[-CUE_WORDS:]
    if not main or main[-1].lower() == "that":  # the main clause is after the time clause
        after = sentence[match.end() :].split(",", 1)
        return _opening_cue(_words(_CLAUSE.split(after[-1])[0])) if len(after) == 2 else None
    cue = _FUTURE.search(" ".join(main) + " ")
    return cue[0] if cue else None


def _past(words: Sequence[str]) -> bool:
    """Whether words hold a verb in the past, not one in the passive of the present ("when the
    votes are counted", "once a deal has been reached")."""
    return any(
        _PAST_VERB.match(word) and not (at and words[at - 1].lower() in _PASSIVE)
        for at, word in enumerate(words)
    )


def _bare_weekday(sentence: str, match: re.Match[str]) -> set[str]:
    """The weekday `match` names with no word making it another week's ("next", "this",
    "last" Tuesday) or another time ("again Tuesday"): {"Tuesday"}, else none."""
    weekday = match["weekday"]
    if not weekday or " " in weekday or _OTHER_DAY.search(sentence, 0, match.start()):
        return set()
    return {weekday}


def find_dates(sentence: str, reference: date) -> list[Found]:
    """The scheduled events' dates in a sentence: each time expression a future cue governs,
    resolved against `reference`, the day the sentence was published; a weekday a past verb
    dates names that past day wherever the sentence names it again."""
    found, past = [], set()
    for match in _WHEN.finditer(sentence):
        day = _bare_weekday(sentence, match)
        if _tied_to_past(sentence, match):
            past.update(day)  # "stated Tuesday that ... later Tuesday": that day, again
            continue
        cue = None if past & day else _cue(sentence, match)
        if cue is None:
            continue
        reported = _REPORTED.match(cue) or _HAD_REPORTED.search(sentence, 0, match.start())
        resolved = _resolve(match, reference, bool(reported))
        if resolved is not None:
            found.append(resolved)
    return found


def publication_day(published: datetime | None, fallback: date, zone: ZoneInfo) -> date:
    """The day an article was published in the briefing's time zone (`fallback` if undated)."""
    if published is None:
        return fallback
    return (
        (published if published.tzinfo else published.replace(tzinfo=zone)).astimezone(zone).date()
    )


def coming_up(
    sentences: Iterable[tuple[Sentence, str]],
    day: date,
    zone: ZoneInfo,
    limit: int | None,
    story_of: Mapping[int, Story] | None = None,
    read: Sequence[Sentence] = (),
    printed: Sequence[Item] = (),
    weights: Weights = DEFAULT,
    unchanged: Collection[str] = (),
    desks: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Event, ...]:
    """The scheduled events of the day's topical sentences (`(sentence, topic)`), on or after
    the briefing's `day`: soonest first (one dated by its week or month after the days within
    it, which may come before it), one per date and story (`story_of`: article id to
    story; without it, per article) and one per sentence that stands alone (read after its
    article's sentences in `read`, the day's in reading order), none the sections' `printed`
    items tell already (`_Told`, `_announced`) nor of a story the page lists as `unchanged`
    (briefed before, nothing new: its line is the reader's already), at most `limit` (None:
    all). An event of a story sections tell is filed under its sentence's topic where that section
    tells it, else under the first that does (`desks`: story id to the topics telling it)."""
    story_of = story_of or {}
    desks = desks or {}
    context: dict[int, list[Sentence]] = {}
    for sentence in read:
        context.setdefault(sentence.article.id, []).append(sentence)
    dated: list[tuple[Sentence, str, Story | None, list[Found]]] = []
    for sentence, topic in sentences:
        dates = find_dates(sentence.text, publication_day(sentence.article.published, day, zone))
        if dates and not _leans(sentence, context.get(sentence.article.id, ())):
            dated.append((sentence, topic, story_of.get(sentence.article.id), dates))
        # else "Mubarak also was expected in Ankara on Monday": shown alone, it leans
    told = _Told.of(printed)
    announcing = _printed_dates(printed, day, zone)
    restated = _announced(
        [(s, d, story.id if story else "") for s, _, story, d in dated],
        announcing,
        weights.same_fact,
    )
    events: dict[tuple[date, str], Event] = {}
    for row, (sentence, topic, story, dates) in enumerate(dated):
        briefed = story is not None and story.id in unchanged
        if briefed or row in restated or told.tells(sentence, story.id if story else None):
            continue
        for found in dates:
            key = (found.when, story.id if story else f"article {sentence.article.id}")
            if found.when >= day and key not in events:
                events[key] = Event(
                    found.when,
                    found.precision,
                    found.phrase,
                    sentence,
                    _desk(topic, desks.get(story.id, ())) if story else topic,
                    story.id if story else "",
                )
                break  # a sentence is listed once, on its first date to come
    ranked = sorted(
        events.values(),
        key=lambda e: (_last_day(e), e.precision != "day", e.sentence.article.id, e.sentence.index),
    )
    return tuple(_best_dated(ranked, _dated_lines(announcing, day))[:limit])


def _sureness(precision: str, phrase: str) -> int:
    """How surely a date is known: a written one ("Dec. 17") over a day counted from the
    publication day (a weekday, "tomorrow": a late or re-dated copy moves it) over a week or
    a month."""
    if precision != "day":
        return 0
    match = _WHEN.fullmatch(phrase)
    return 2 if match and (match["month_day"] or match["day_month"]) else 1


def _dated_lines(
    announcing: Sequence[tuple[str, str, list[Found]]], day: date
) -> list[tuple[str, int, str]]:
    """The printed lines of a story (`_printed_dates`) announcing a date from `day` on: (story
    id, how surely they date it, `_sureness`, text)."""
    return [
        (story, max(_sureness(f.precision, f.phrase) for f in coming), text)
        for text, story, found in announcing
        if story and (coming := [f for f in found if f.when >= day])
    ]


def _best_dated(events: Sequence[Event], printed: Sequence[tuple[str, int, str]]) -> list[Event]:
    """The `events` (ranked) no line of their story naming the same event (`_same_event`)
    dates more surely (`_sureness`): a printed one (`_dated_lines`, the page's), or another
    event. One trial under one outlet's "Thursday" and another's "Dec. 17" is listed once, on
    its written date; two lines dating as surely two days name two events (one per date and
    story is kept already)."""
    sure = [_sureness(e.precision, e.phrase) for e in events]

    def beaten(at: int, event: Event) -> bool:
        lines = [(rank, text) for story, rank, text in printed if story == event.story]
        lines += [
            (sure[row], e.sentence.text) for row, e in enumerate(events) if e.story == event.story
        ]
        return any(
            rank > sure[at] and _same_event(event.sentence.text, text) for rank, text in lines
        )

    return [event for at, event in enumerate(events) if not (event.story and beaten(at, event))]


def _event_terms(text: str) -> set[str]:
    """The terms of a sentence's common words (no name, number, time expression or future
    cue): what an event it announces is ("trial", "vote", "flights")."""
    bare = _FUTURE.sub(" ", _WHEN.sub(" ", text))
    return set(content_terms(" ".join(w for w in _words(bare) if w[:1].islower())))


def _same_event(one: str, other: str) -> bool:
    """Whether two lines of one story announce one event: they share a common word's term."""
    return bool(_event_terms(one) & _event_terms(other))


def _desk(topic: str, telling: Sequence[str]) -> str:
    """The topic an event is filed under: its sentence's, unless other sections tell its story."""
    return topic if not telling or topic in telling else telling[0]


def _last_day(event: Event) -> date:
    """The last day the event may fall on: its day, its week's Sunday or its month's last day."""
    if event.precision == "week":
        return event.when + timedelta(days=6)
    if event.precision == "month":
        return _next_month(event.when) - timedelta(days=1)
    return event.when


def _next_month(day: date) -> date:
    """The first day of the month after `day`'s."""
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _printed_dates(
    printed: Sequence[Item], day: date, zone: ZoneInfo
) -> list[tuple[str, str, list[Found]]]:
    """The printed lines naming a date (text, story id, the dates found), read once for what
    they announce (`_announced`) and how surely (`_dated_lines`)."""
    lines = []
    for item in printed:
        for line in _printed_lines((item,)):
            reference = publication_day(line.article.published, day, zone)
            if found := find_dates(line.text, reference):
                lines.append((line.text, item.story, found))
    return lines


def _announced(
    dated: Sequence[tuple[Sentence, list[Found], str]],
    announcing: Sequence[tuple[str, str, list[Found]]],
    same_fact: float,
) -> set[int]:
    """The rows of `dated` (sentence, dates, story id) a printed line announcing one of their
    dates (`_printed_dates`) states already: a line of their story (the trial "on Dec. 17"
    above "is to go on trial Dec. 17"), or one at `same_fact` cosine (another outlet's copy;
    "talks resumed" announces no talks to come)."""
    if not dated or not announcing:
        return set()
    rows, others = tfidf([s.text for s, _, _ in dated], [text for text, _, _ in announcing])
    pairs = (rows @ others.T).tocoo()
    same = {
        (int(row), int(column))
        for row, column, value in zip(pairs.row, pairs.col, pairs.data, strict=True)
        if value >= same_fact
    }
    days = [({f.when for f in found}, story) for _, found, story in dated]
    whens = [({f.when for f in found}, story) for _, story, found in announcing]
    return {
        row
        for row, (own, story) in enumerate(days)
        for column, (theirs, told) in enumerate(whens)
        if theirs & own and ((row, column) in same or (story and story == told))
    }


def _printed_lines(printed: Sequence[Item]) -> list[Sentence]:
    """Every line the printed items show: each one's sentence and the one it opens with."""
    return [line for item in printed for line in (item.before, item.sentence) if line is not None]


@dataclass(frozen=True)
class _Told:
    """What the printed items tell: their lines, and each story's lines stating what is done
    (no future cue), as terms."""

    lines: frozenset[str]
    done: Mapping[str, tuple[frozenset[str], ...]]

    @classmethod
    def of(cls, printed: Sequence[Item]) -> _Told:
        """Read once, however many dated sentences are weighed against them."""
        done: dict[str, list[frozenset[str]]] = {}
        for item in printed:
            if item.story and not _FUTURE.search(item.sentence.text):
                done.setdefault(item.story, []).append(frozenset(content_terms(item.sentence.text)))
        lines = frozenset(line.text for line in _printed_lines(printed))
        return cls(lines, {story: tuple(terms) for story, terms in done.items()})

    def tells(self, sentence: Sentence, story: str | None) -> bool:
        """Whether a printed item says the sentence (any outlet's copy), or, of its story,
        states as done what the sentence awaits: its awaited subject's words. A subject of
        names only ("Mubarak is expected in Ankara") is an actor: what comes is its act."""
        if sentence.text in self.lines:
            return True
        cue = _AWAITED.search(sentence.text)
        if cue is None or story is None:
            return False
        clause = _CLAUSE.split(sentence.text[: cue.start()])[-1]
        subject = set(content_terms(clause))
        common = content_terms(" ".join(w for w in _words(clause) if _common(w, sentence)))
        return bool(common) and any(subject <= terms for terms in self.done.get(story, ()))


def _common(word: str, sentence: Sentence) -> bool:
    """Whether a word of the sentence is no name: written in lower case, or opening the
    sentence (a capital either way) and written in lower case elsewhere in its article."""
    if word[:1].islower():
        return True
    if not sentence.text.lstrip("\"“‘'(").startswith(word):
        return False
    article = sentence.article.sentences or sentence.article.paragraphs
    return any(re.search(rf"\b{re.escape(word.lower())}\b", text) for text in article)


def _leans(sentence: Sentence, context: Sequence[Sentence] = ()) -> bool:
    """Whether the sentence cannot be read without the lines of its article before it: those of
    `context` (its article's, in order), else its article's texts, their paragraphs unknown."""
    read = list(context[: sentence.index + 1])
    if not read or read[-1].index != sentence.index:
        article = sentence.article
        texts = article.sentences[: sentence.index + 1]
        if len(texts) != sentence.index + 1 or texts[-1] != sentence.text:
            texts = (sentence.text,)  # its article's sentences are not known: read it alone
        start = sentence.index + 1 - len(texts)
        # no two are taken to share a paragraph: no lead-in block is known
        read = [Sentence(text, article, start + n, start + n) for n, text in enumerate(texts)]
    return leaning_of(read, {sentence.id})[sentence.id]


def telling(sections: Iterable[Section]) -> dict[str, tuple[str, ...]]:
    """Each told story's id with the names of the sections telling it, in page order."""
    desks: dict[str, tuple[str, ...]] = {}
    for section in sections:
        for story in section.stories:
            desks[story.id] = (*desks.get(story.id, ()), section.name)
    return desks


def topical(by_topic: dict[str, Sequence[tuple[Sentence, float]]]) -> list[tuple[Sentence, str]]:
    """Every topical sentence with its topic, in reading order."""
    pairs = [(s, name) for name, found in by_topic.items() for s, _ in found]
    return sorted(pairs, key=lambda pair: (pair[0].article.id, pair[0].index))
