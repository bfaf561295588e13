"""What states the news: a sentence's lead position, time anchor, actors and verbs, and how
recent its story is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

import numpy as np

from briefing.day.happened import COUNT, PAST_OPENING, YEAR_OPENING
from briefing.models import Sentence, Story
from briefing.text.news_marks import opens_on_quotation
from briefing.text.words import MONTH, WEEKDAY_NAMES
from briefing.weights import DEFAULT, Weights

# The day's own time words: a weekday, today, tonight, yesterday.
_DAY = rf"{WEEKDAY_NAMES}|today|tonight|yesterday"
# When: "on Thursday", "today", "this week", "on Nov. 27", "earlier this month".
_ANCHOR = re.compile(
    rf"\b(?:{_DAY}|"
    r"this (?:week|weekend|month|morning|afternoon|evening|year)|last night|"
    rf"earlier (?:this|on|in)|{MONTH} \d{{1,2}}\b)",
)
# What happened: a reporting verb, a future, or a past-tense action.
_VERB = re.compile(
    r"\b(?:said|says|announced|told|agreed|signed|met|meet|meets|will|vowed|warned|urged|"
    r"called|launched|killed|arrested|detained|released|accused|denied|confirmed|reported|"
    r"held|hold|approved|rejected|ordered|sentenced|won|attacked|seized|voted|elected|"
    r"resigned|declared|imposed|lifted|struck|fired|charged|filed|opened|closed|began|ended|"
    r"[a-z]{3,}ed)\b"
)
_ACTOR = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zA-Z’'-]+")
# Background rather than news: "since 1962", "in 1991" with no time anchor of today.
_PAST_YEAR = re.compile(r"\b(?:since|in|from|until|by|of)\s+((?:1[89]|20)\d\d)\b")
# What came before the day's news, marked on the verb: "PAL earlier accepted", "previously",
# "had agreed"; a weekday, today or yesterday anchors a line in the day's news instead. A time
# phrase ("last month", "two years ago") is no mark: it dates any clause, often one with no
# relative pronoun ("a joint account the couple agreed to set up last month"), nor "an earlier
# indictment". The main clause ends at a relative pronoun or a verb of saying: reported speech
# shifts its tense back ("Cathay said it had withdrawn its bid" is the news).
_EARLIER = re.compile(
    rf"\b(?:(?<!an )(?<!the )(?<!The )earlier(?! (?:today|tonight|this|on|{WEEKDAY_NAMES}))|"
    r"previously|formerly|"
    r"had (?:already |earlier |previously |long |not |been )?"
    r"[a-z]+(?:ed|en|wn|un|ht|lt|id|ung|ade|ote|ew))\b"
)
# When what the news goes on began, dated by its month ("Poland's extreme cold began Nov. 16",
# "The talks began on October 15"): wire style names the weekday of the past week, so a month's
# date is further back, the backdrop of the day's news
_BEGAN = re.compile(rf"\b(?:began|started|broke out|erupted)\s+(?:on\s+|in\s+)?{MONTH}(?!\w)")
_TODAY = re.compile(rf"\b(?:{_DAY})\b")
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|said|says|told|added)\b")
# A reported attitude, a reaction to the news rather than the news: "Cem said Wednesday Turkey
# was remaining cautious", "Castro said he disagreed with the arrest", a bomber's father "said
# Saturday he was sad about his son's death", a minister "said Friday that his country was keen to
# see" a candidacy (a wish, not a step taken: the EU's own moves tell that story).
_REACTION = re.compile(
    r"^[^,]*?\b(?:said|says)\b(?: \w+){0,4}? (?:disagreed|disagrees|welcomed|welcomes|regretted|"
    r"regrets|deplored|deplores|condemned|condemns|(?:was|is|were|are|remained|remains) "
    r"(?:remaining |still )?(?:cautious|concerned|worried|pleased|disappointed|satisfied|"
    r"opposed|optimistic|hopeful|skeptical|sceptical|sad|saddened|proud|keen|eager|willing))\b"
)
# A want or an obligation, a stance rather than an event when its main clause holds it:
# "Yugoslavia must cooperate ..., a U.S. official said", "Cathay Pacific wants the staff ...
# slashed", "The EU can no longer put off the question ..., said a minister"; not "said the
# attack should not derail the accord" (reported speech), nor a compound adjective ("a must-pass
# spending bill", "its must-do business").
_STANCE = re.compile(r"\b(?:must|should|ought to|wants?|needs? to|can no longer)\b(?!-)")

# A frame before the main clause, up to its first ", ": a participle's ("Signaling it does not
# want ...,"), "With ...", "Despite ...", "Once ...", a time after or before ("Eight years after
# his regime ended,"; not days or weeks after, the news's own pace: "Nine days after Rudolph
# walked out of the mountains, officials still have not ..."), a description of who the subject
# is ("A stubbornly independent judge who ...,"); not an adjective before a name ("Ailing
# Philippine Airlines"), nor a source ("According to the police, ..."), nor an eve's "By the time
# ..., ... will have" (its rivals are eves too).
_FRAME = re.compile(
    r"^[\"“‘']?(?:(?!According )[A-Z][a-z]+ing (?=[a-z])|"
    r"(?:With|Without|Despite|Once)\b|"
    rf"(?i:{COUNT}) (?:(?:months?|years?|decades?) (?:after|since)|"
    r"(?:days?|weeks?|months?|years?|decades?) before)\b|"
    r"An? [^,]*?\bwho\b)[^,]*?, "
)

# An article's later line whose subject is a definite description, not a name: "The lowest
# temperature reported was ...", "Friday's bombing marked the third time ...".
_GIVEN = re.compile(rf"^[\"“‘']?(?:The\s+[a-z]|(?:{WEEKDAY_NAMES})['’]s\s)")


def newsworthiness(text: str, year: int | None = None, weights: Weights = DEFAULT) -> float:
    """0..1: how much a sentence reads as the day's news (a time anchor, a verb of action or
    report, named actors), and not as background: dated years ago or opening on the past."""
    dated = YEAR_OPENING.match(text)
    past = bool(PAST_OPENING.match(text)) or bool(dated and (not year or int(dated[1]) < year))
    anchor = not past and bool(_ANCHOR.search(text))
    verb = bool(_VERB.search(text))
    actors = min(len(_ACTOR.findall(text)), 4) / 4
    value = weights.anchor * anchor + weights.verb * verb + weights.actors * actors
    if opens_on_quotation(text):
        value *= weights.quoted  # a quotation colours a story; the reporter's sentence states it
    years = [int(y) for y in _PAST_YEAR.findall(text)]
    if past or (year and years and not anchor and max(years) < year - 1):
        value *= weights.dated
    return value


def reaction(text: str) -> bool:
    """A line reporting an attitude to the news in its main clause, not the news itself: a
    stance ("Castro said he disagreed with the arrest") or a want or obligation ("Yugoslavia
    must cooperate ..., a U.S. official said")."""
    return bool(_REACTION.search(text)) or _in_main_clause(_STANCE, text)


def dated(text: str) -> bool:
    """A line naming the day's own time ("on Tuesday", "today", "yesterday"): a happening of the
    day, where "stalled in November" recaps."""
    return bool(_TODAY.search(text))


def setting(text: str) -> bool:
    """A line opening on a frame before a main clause the day does not date ("Eight years after
    his regime ended, Pinochet is being called to account"): a feature's scene or a profile; a
    news lead's frame comes before a dated event ("..., officials said Thursday")."""
    frame = _FRAME.match(text)
    return bool(frame) and not _ANCHOR.search(text, frame.end())


def elaborates(sentence: Sentence) -> bool:
    """A later line of its article about what the article stated before: its subject a
    definite description ("The lowest temperature reported was ...", "Friday's bombing marked
    ..."), which adds to the news its article opened on rather than states it."""
    return sentence.index > 0 and bool(_GIVEN.match(sentence.text))


def backstory(text: str) -> bool:
    """A line telling what came before the news ("PAL earlier accepted an offer", "The cold
    began Nov. 16"): a mark of the past in its main clause and no anchor in the day."""
    return not dated(text) and any(_in_main_clause(past, text) for past in (_EARLIER, _BEGAN))


def _in_main_clause(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches before any relative pronoun or verb of saying in `text`."""
    return any(not _SUBORDINATE.search(text, 0, m.start()) for m in pattern.finditer(text))


def lead_prior(sentences: Sequence[Sentence], weights: Weights = DEFAULT) -> np.ndarray:
    """0..1: the lead of an article carries its news (1 / sqrt(1 + index)); when an article's
    lead is about something else, its first sentence on this topic stands in for it."""
    prior = 1.0 / np.sqrt(1.0 + np.array([s.index for s in sentences], dtype=float))
    first: dict[int, int] = {}
    for n, sentence in enumerate(sentences):
        key = sentence.article.id
        if key not in first or sentence.index < sentences[first[key]].index:
            first[key] = n
    for n in first.values():
        if sentences[n].index > 0:
            prior[n] = max(prior[n], weights.lead_on_topic)
    return prior


def recency(story: Story, latest: datetime | None, weights: Weights = DEFAULT) -> float:
    """1 for the day's latest story, down to 1 - recency_drop for one recency_hours older
    (undated: 1)."""
    times = [a.published for a in story.articles if a.published]
    if not times or latest is None:
        return 1.0
    hours = (latest - max(times)).total_seconds() / 3600
    return 1.0 - weights.recency_drop * min(1.0, max(hours, 0.0) / weights.recency_hours)
