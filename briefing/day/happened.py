"""Whether a headline says what happened: its main clause, past a setting it opens with (read
here too), reaches its verb, and a cut one ends on no word awaiting what completes it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.day.verbs import LINKS, WORD, past, verb_in, verbal
from briefing.text.vectorize import stop_words
from briefing.text.words import WEEKDAYS

# Background by its opening, whatever the rest says: a time phrase of the past that dates the
# main clause ("Last week, ...", "In recent days, ...", "In 1966, ...", "Two years ago, ...",
# "Earlier this year, ..."); "Last night" and "Earlier today" are the day's own, and "Late this
# year" is still to come.
COUNT = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)"
PAST_OPENING = re.compile(
    r"(?:(?:Last|Late|Early) (?:week|month|year|spring|summer|fall|autumn|winter)\b|"
    r"(?:Earlier|Early) this (?:week|month|year)\b|"
    r"(?:In|During|Over|For) the (?:recent|past|last|previous) (?:few )?"
    r"(?:days|weeks|months|years)\b|"
    r"In recent (?:days|weeks|months|years)\b|"
    rf"(?i:{COUNT}) (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier)\b)"
)
# "In 1966, ...", "In the 1990s, ...", "In the summer of 1996, ...", "On Dec. 3, 1997, ...": the
# past when the year is before the day's ("By 2005," may be still to come)
YEAR_OPENING = re.compile(
    r"(?:(?:In|During|Since|By|From|Until) (?:the )?(?:(?:early|late|mid-) ?)?"
    r"(?:[A-Z][a-z]+ |(?:spring|summer|fall|autumn|winter) of )?|On [A-Z][a-z]+\.? \d{1,2}, )"
    r"((?:1[89]|20)\d\d)s?\b"
)
# "Despite catastrophic hunger at home, North Korea plans ...", "Urged on by the Clinton
# administration, Saudi Arabia's ...": the setting a sentence opens with, a participle's phrase
# too ("Following is the text of ..., as passed" opens with no setting, "Rising prices, a weak
# yen and ..." with its subject; "Signaling it does not want ...," with a pronoun), an adverb's
# ("Unfortunately for residents of ...,", "Separately,"; not a name such as "Kimberly,"); a
# number's comma is none of its commas ("Cruising at 19,000 feet ...,"), nor a date's before its
# year ("On Dec. 3, 1997,")
SETTING = re.compile(
    r"^(?:(?:Despite|Amid|After|Before|Following|By the time|In|On|With|While|When|Since|"
    r"Although)\s+(?!(?:is|are|was|were)\b)"
    r"|[A-Z][a-z]{6,}ly(?=,|\s+(?:for|to|in|on|at|after|before|since)\s)"
    r"|[A-Z][a-z]+(?:ed|ing|en)\s+(?=(?:on|by|to|with|an?|the|that|its|his|her|their|for|in|"
    r"at|from|over|under|into|it|them|him|us)\s))"
    r"(?:[^,]|,(?=\d|\s(?:1[89]|20)\d\d\b)){0,160},[\"”’']?\s+"
    r"(?!(?:as|and|but|or|which|who|where|though|however|is|are|was|were)\b)"
)
# "By the time the earth collides with ..., many orbiting satellites will have ... facing away
# from the storm", "When Sharon Gretz Lasky found out ..., she wasn't ready ...": a setting that
# is a clause of its own (`framed`) frames the clause after it, which alone says another thing
# or leans on it ("the storm", "she"): a headline keeps it
_FRAMING = re.compile(
    r"^(?:By the time|While|When|Since|Although|Though|After|Before|Because|If|Unless|Once|"
    r"Whereas|Even (?:if|though|as)|Just as|As(?!\s+(?:many|much|well|a result|part|far|usual|"
    r"long|soon|such|of|for|to)\b))\s+"
)
# where such a setting ends: at its comma, past a second clause it joins ("As a ... team headed
# for Washington, and President ... flew off to Portugal, | Brazilian officials put ...")
FRAME = re.compile(
    rf"{_FRAMING.pattern}[^,]{{0,160}}(?:,\s+and\s[^,]{{0,160}})?,[\"”’']?\s+"
    r"(?!(?:as|and|but|or|which|who|where|though|however|is|are|was|were)\b)"
)
# a subject that is a pronoun or opens on one: "As she spoke ...", "As each island fell ..."
_PRONOUN_SUBJECT = frozenset("i we you he she they it his her its their our my your each".split())
REPORTING = frozenset("said says told added reported announced".split())  # an attribution's verb
# "The father of one of the militants who died ...": where a relative clause opens, ending the
# words that can hold a headline's main verb
RELATIVE = re.compile(r"\s(?:who|whom|whose|which|where)\b")
# "... was the first word that authorities…": where a clause opens (a cut headline's last one
# must reach its verb)
OPENER = re.compile(r"\s(?:that|who|whom|whose|which|where)\s")
# the words that open a participle's phrase after its noun ("documents leaked from the ...")
_PREPOSITIONS = frozenset(
    "by from in at on with during under over into near since across inside outside".split()
)
# "Signaling it does not want ...", "Perhaps as a sign of how ...": a setting no comma closes
_UNCLOSED_SETTING = re.compile(r"^(?:Perhaps\s|(?!During\s)[A-Z][a-z]+ing\s+(?![A-Z]))[^,]*$")
# "... chided a Portuguese effort | to extradite ...", "... prosecutors plans | to visit ...": the
# nouns, verbs and adjectives whose "to" and verb say what they are; a cut ending on one says none
# (not "failure", "ready" or "appeared", which end a clause whole: "ended in failure", "the army
# was ready", "appeared in court")
_AWAITS_INFINITIVE = frozenset(
    """effort efforts attempt attempts bid chance willingness readiness ability inability refusal
    determination intention plan plans planned planning appear appears seem seems seemed able
    unable willing likely unlikely expect expects expected intend intends intended hope hopes
    hoped want wants wanted agree agrees agreed decide decides decided refuse refuses refused
    vow vows vowed promise promises promised pledge pledges pledged threaten threatens
    threatened try tries tried trying seek seeks sought seeking manage manages managed aim aims
    aimed poised""".split()
)
# "Dr. Barnett Slepian continued | to perform ...", but "Heavy fighting continued", "Peace talks
# failed": verbs awaiting their infinitive only after a person (a name or a pronoun)
_PERSON_INFINITIVE = frozenset("fail fails failed continue continues continued".split())
_PERSONAL = frozenset("i we you he she they".split())  # pronouns naming a person
# "as planned", "than expected", "was tried", "is planned": a word of `_AWAITS_INFINITIVE` that
# ends a clause after "as" or "than", or as a past form after a form of "be" (a passive: not
# "were expected", "was intended", "was hoped", whose "to" still comes)
_ENDS_AFTER = frozenset("as than".split())
_BE = frozenset("is are was were be been being".split())
_BE_AWAITS = frozenset("expected intended hoped".split())
# "... urged militant unionists at Philippine Airlines | to accept ...", "... asked President
# Boris Yeltsin | to offer ...": verbs whose object awaits the "to" and verb that say what is
# asked (only their verb forms: "order", "force", "pressure" also name things)
_ASKS_OF = re.compile(
    r"\b(?:urge[sd]?|urging|ask(?:s|ed|ing)?|order(?:ed|ing)|prompt(?:ed|ing)|"
    r"persuad(?:e[sd]?|ing)|encourag(?:e[sd]?|ing)|invit(?:ed|ing)|instructed|implored|begged|"
    r"pressur(?:ed|ing)|forc(?:ed|ing)|allow(?:ed|ing)|permitted|call(?:s|ed|ing)?\s+(?:up)?on)\b"
)
# "... an indictment Wednesday charging | ...", "... released new data indicating | ...":
# participles whose object or clause says what they announce; a cut ending on one says none
_ANNOUNCING = frozenset(
    """charging accusing alleging claiming demanding saying calling blaming indicating suggesting
    declaring announcing""".split()
)
# "The head of Turkey's pro-Islamic party said Thursday | he would ...": verbs of saying, and the
# words of the time that may follow them, before what was said
_SAYING = REPORTING | frozenset("warned declared confirmed denied stated insisted".split())
_WHEN = frozenset(
    "today yesterday tonight on last this early late morning afternoon evening night week".split()
).union(WEEKDAYS)
# "Recai Kutan was quoted by the daily Milliyet on Saturday | as saying ...": "quoted", its source
# and its object await what was said, as a verb of asking awaits its "to"
_QUOTES = re.compile(r"\bquot(?:es|ed|ing)\b")
# "the use of forced labor", "the quoted passage": a past form after one of these names a thing,
# no asking or quoting (the words opening a noun phrase, not those joining clauses: "who urged")
_OPENS_NOUN = LINKS - frozenset(
    "and or but nor as than that who which whose where when while".split()
)
# what opens a complement of its own, no infinitive awaited: "asked the court for", "called for",
# "ordered the arrest of", "asked whether", "quoted him saying"
_ASKED_ELSE = frozenset(
    """to for that about whether if of against into from over with as what how why when where
    who saying""".split()
)
ASKED_WORDS = 6  # an object longer than this many words is no object still awaiting its "to"


def opens_on_subject(clause: str) -> bool:
    """Whether `clause` opens on a subject: a name, a content word or "the"/"a" (not "if",
    "while", "it", an adverb in "-ly" or a quotation's mark)."""
    words = WORD.findall(clause)
    if not words or clause[:1] in "\"“‘'":
        return False
    first = words[0].lower()
    return first in ("the", "a", "an") or not (first in stop_words() or first.endswith("ly"))


def framed(text: str) -> bool:
    """Whether `text` opens with a setting that is a clause of its own (`_FRAMING`): its
    conjunction, then a subject and its verb up to its comma ("the earth collides", "each
    island fell"), not a participle's phrase ("After giving up hope ...") or a span of time or a
    thing ("After five and a half months in hiding", "After the crash of ...")."""
    opener = _FRAMING.match(text)
    if not opener:
        return False
    body = text[opener.end() :].split(",", 1)[0]
    words = WORD.findall(body)
    # "As each island fell ..., the casualties mounted": a pronoun's setting frames where no
    # `SETTING` leaves it out ("Before he returned ..., Gingrich performed ..." names him)
    pronoun = bool(words) and words[0].lower() in _PRONOUN_SUBJECT and not SETTING.match(text)
    if not (pronoun or opens_on_subject(body)) or body.split()[0].endswith("ing"):
        return False
    return verb_in(words) or verbal(body, followed=True)


def says_what_happened(cut: str) -> bool:
    """Whether a headline's main clause reaches its verb (not "Investigators looking into the
    crash ...", "The father of one of the militants who died ..." or "Signaling it does not
    want ...", a setting the cut never left), and so does a clause a cut one ends in (not "...
    was the first word that authorities…"); a cut one ends on no word its infinitive completes
    (`_awaits_infinitive`) nor before what it announces (`_awaits_object`)."""
    text = cut.rstrip("…")
    if cut.endswith("…") and (_awaits_infinitive(text) or _awaits_object(text)):
        return False
    if framed(text):  # the clause it frames must be reached: "By the time the earth collides…"
        setting = FRAME.match(text)
        return bool(setting) and says_what_happened(cut[setting.end() :])
    main = RELATIVE.split(text, maxsplit=1)[0]  # "militants" before "who" ends it: no verb
    if _UNCLOSED_SETTING.match(text) or not verbal(main, followed=True):
        return False
    openers = list(OPENER.finditer(text)) if cut.endswith("…") else []
    if not openers:
        return True
    opener = openers[-1]
    last = text[opener.end() :]
    subject = opener.group().strip() in ("who", "which", "that") and not _reports(text, opener)
    return verbal(last, followed=True, subject=subject) and not _participle_only(text, opener)


def _awaits_infinitive(text: str) -> bool:
    """Whether `text` ends on a word that its "to" and verb complete ("a Portuguese effort",
    "plans", "were able Saturday": a day after it is no complement; `_awaits`), or on a verb of
    asking's object (`_ends_on_object`)."""
    words = [w for w in WORD.findall(text) if w.lower() not in WEEKDAYS]
    return (bool(words) and _awaits(words)) or _ends_on_object(text, _ASKS_OF)


def _awaits(words: Sequence[str]) -> bool:
    """Whether `words`' last is one its infinitive completes, read with the word before it
    ("as planned", "was tried", "fighting continued": none; "Slepian continued": one)."""
    last = words[-1].lower()
    before = words[-2] if len(words) > 1 else ""
    if last in _PERSON_INFINITIVE:
        return before.lower() in _PERSONAL or (len(words) > 2 and before[:1].isupper())
    if last not in _AWAITS_INFINITIVE or before.lower() in _ENDS_AFTER:
        return False
    return not (before.lower() in _BE and past(last) and last not in _BE_AWAITS)


def _awaits_object(text: str) -> bool:
    """Whether `text` ends on a participle whose object says what it announces ("an indictment
    Wednesday charging"), on a verb of saying and its time with no clause before it, so
    nothing is said ("The head of Turkey's pro-Islamic party said Thursday", not "Three people
    died, police said Thursday"), or on "quoted" or its source ("was quoted by the daily
    Milliyet on Saturday": `_ends_on_object`)."""
    if _ends_on_object(text, _QUOTES):
        return True
    words = [*WORD.finditer(text)]
    while words and words[-1].group().lower() in _WHEN:
        words.pop()
    if not words:
        return False
    last = words[-1].group().lower()
    if last in _ANNOUNCING:
        return True
    subject = RELATIVE.split(text[: words[-1].start()], maxsplit=1)[0]
    return last in _SAYING and not verbal(subject, followed=True)


def _ends_on_object(text: str, verbs: re.Pattern[str]) -> bool:
    """Whether `text` ends on one of `verbs` (asking: "urged", "called on"; quoting) or its
    object, what it awaits still to come ("... urged militant unionists at ...", the "to" that
    says what is asked; "... quoted by the daily Milliyet", the "as saying")."""
    asks = [ask for ask in verbs.finditer(text) if not _names_a_thing(text, ask)]
    if not asks:
        return False
    rest = text[asks[-1].end() :]
    words = [w.lower() for w in WORD.findall(rest) if w.lower() not in WEEKDAYS]
    return (
        not re.search(r"[,;:()\"“”]", rest)
        and len(words) <= ASKED_WORDS
        and not _ASKED_ELSE.intersection(words)
    )


def _names_a_thing(text: str, ask: re.Match[str]) -> bool:
    """Whether `ask`, a past form of asking or quoting in `text`, follows a word opening a noun
    phrase ("of forced labor", "the quoted passage"): an adjective, no verb."""
    before = text[: ask.start()].split()[-1:]
    return ask.group().endswith("ed") and bool(before) and before[0].lower() in _OPENS_NOUN


def _reports(text: str, opener: re.Match[str]) -> bool:
    """Whether `opener` is a "that" after a verb ("said Thursday that"): it opens the clause
    that verb reports, its subject still to come (no relative clause's subject itself)."""
    reported = " ".join(text[: opener.start()].split()[-2:])
    return opener.group().strip() == "that" and verbal(reported)


def _participle_only(text: str, opener: re.Match[str]) -> bool:
    """Whether a cut's last clause, one a verb reports ("said Thursday that ..."), has for its
    first verb a past form in "-ed" that may as well be a participle of the noun before it,
    nothing after it telling which: the cut ends on it or a preposition follows it ("documents
    leaked…", "troops stationed in the…"), and no verb does."""
    if not _reports(text, opener):
        return False  # "the treatment that Russia received in": a relative clause's own verb
    words = WORD.findall(text[opener.end() :])
    for n, word in enumerate(words):
        if word.endswith("ed") and past(word):
            if not n or verbal(" ".join(words[:n])):
                return False  # its subject the opener ("who died in"), or a verb before it
            after = words[n + 1 :]
            if after and after[0] not in _PREPOSITIONS:
                return False  # its object follows: "police arrested 40 students"
            return not verbal(" ".join(after[1:]), followed=True)
    return False
