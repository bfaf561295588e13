"""An untitled story's headline cut from its news sentence: without its dateline, opening
setting, aside or closing attribution, at the first clause boundary past its verb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.day.claims import claimed
from briefing.day.cut_ends import (
    HEADLINE_CHARS,
    HEADLINE_WORDS,
    NAME_WORDS,
    RUN_ON,
    closing,
    has_content,
    marks_end,
    outside_quotation,
    phrase_cut,
)
from briefing.day.happened import (
    FRAME,
    OPENER,
    PAST_OPENING,
    REPORTING,
    SETTING,
    YEAR_OPENING,
    framed,
    opens_on_subject,
    says_what_happened,
)
from briefing.day.unspaced_cut import unspaced_clause
from briefing.day.verbs import (
    AUXILIARY,
    IRREGULAR,
    WORD,
    bare_word,
    number,
    past,
    verb_in,
    verbal,
)
from briefing.text.news_marks import opens_on_quotation, without_dateline
from briefing.text.vectorize import stop_words
from briefing.text.words import WEEKDAYS, mostly_unspaced
from briefing.text.words import lower as lower_case

# where a clause ends: a relative or reporting clause, a participle's or an appositive's phrase
# ("..., setting off", "..., the latest tensions"), a dash, a semicolon, a colon (not in "2:43")
_CLAUSE = re.compile(
    r"\s*(?:;|:(?!\d)|\s[—–]\s|\s--\s|,\s+(?:which|who|whose|where|while|after|as|but|and|despite|"
    r"according to|said|says|officials said|the \w+ said|"
    r"(?!(?:and|or|nothing|anything|something)\b)[a-z]+ing|the|an?)\b)"
)
# "Abdullah Ocalan, leader of Kurdish rebels, has been detained": a name (or a subject opening
# on "The": "The leader of a ... insurgency, considered a terrorist ..., has been arrested"), an
# aside about it between commas, then its verb; a headline leaves the aside out ("not Gore" is
# no aside, and one after a subject holding a verb is none either: `_cut`)
_ASIDE = re.compile(
    r"^((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|The(?:\s+[^\s,]+){1,8}),\s+"
    r"(?!(?:not|nor|but|or|and|only|except)\b)"
    r"[a-z][^,]{0,120},\s+(?=[a-z])"
)
# "With attorneys locked up, | harassed or plain scared, two prominent dissidents ...": a setting
# whose list runs on past its first comma (what follows it is no subject), of names or numbers too
# ("from Britain, France or Germany,", "from 1,000, 2,000 or 3,000 experts,")
_LIST_RUNS_ON = re.compile(r"[\w$](?:[^,]|,(?=\d)){0,40}\b(?:and|or)\b(?:[^,]|,(?=\d)){0,40},\s")
_STATE_WORDS = 5  # a list's last items ("harassed or plain scared"): at most this many words
# "At a seaside mass here Pope John Paul II called ...": a setting placed "here" (and the day
# it names), with or without its comma, which says nothing where no dateline is shown
_HERE_SETTING = re.compile(
    r"^(?:At|In|On|From|Outside|Near|Inside|Across)\s+[^,]{0,80}?\bhere\b"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?,?\s+"
    r"(?=[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
# "... beatified him Saturday", "... appealed it": a clause pointing back into the setting before it
_BACK_INTO = re.compile(r"\b(?:him|her|them)\b|\b\w+ed\s+it\b")
# ", Turkish and Italian officials said Friday.": the attribution a sentence ends with (not
# its verb's own clause: ", said he would resign.", ", announced it was over.")
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{0,60}\s)?(?:said|says|reported|announced)"
    rf"(?:\s+(?!(?:{'|'.join(sorted(AUXILIARY))})\b)[\w-]+){{0,4}}[.!]?$"
)
# where a main clause gives way to a subordinate one or its purpose: a headline may stop there
# ("moments before it exploded", "hours after" say when: no clause starts there)
_SUBORDINATE = re.compile(
    r"(?<!moments)(?<!minutes)(?<!hours)(?<!days)(?<!weeks)(?<!months)(?<!years)(?<!shortly)"
    r"(?<!soon)(?<!just)(?<!long)"
    r"\s(?:after|when|because|before|following|amid|until|"
    r"in (?:an? )?(?:effort|attempt|bid|order) to)\s"
)
# words opening a phrase that sets a scene, never a subject ("before ...", "outside ...")
_SCENE = frozenset(
    "after before when while as because if although though since until unless once outside "
    "inside near in on at from with by for of to into over under despite amid".split()
)
# what goes on with a setting past its comma (`_continuing`): the irregular participles that
# no past form spells ("In the Basque language, | known as Euskera, | Euskadi is ...")
_PARTICIPLES = frozenset(
    "known shown written taken given driven broken chosen hidden seen drawn grown thrown born "
    "worn sworn spoken stolen frozen beaten fallen broadcast".split()
)
# conjunctions that open only a clause, never a noun's phrase ("While Marcus and Clark, | ...")
_CLAUSE_ONLY = frozenset("while when although though because unless whereas".split())
# the words opening a part that goes on with a setting: a preposition, an adverb, a list's last
_GOES_ON = _SCENE | frozenset(
    "like among between within without across along around through toward beyond then too also "
    "however still thus itself themselves and or".split()
)
_DETERMINERS = frozenset("the a an his her its their".split())  # an appositive's first word
# a setting ending on a determiner and one word, an adjective before the noun past its comma
_DETERMINER_LAST = re.compile(r"\b(?:the|an?|its|his|her|their|our|this|that)\s+[\w$-]+$")
_LISTED = re.compile(r"\b(?:and|or)\b")  # a part that holds a list's last item
# ", a consultant to the Air Force on hazards to spacecraft, warned", ", representing 60 percent
# of the plane, have": an appositive's or a participle's aside between a subject and its verb
_APPOSITIVE = re.compile(r",\s+(?:the|an?|[a-z]+ing)\s[^,]{0,120},\s+(?=[a-z])")
# "Yaakov Perry told The Associated Press that | raids by ...": an attribution, in one sentence
# and its subject holding no clause of its own, whose reported clause follows "that" (not "said
# the only factor that", "confirmed or denied reports that", "said ... there was no chance that")
_REPORTED = re.compile(
    r"^(?![\"“‘'])(?:(?!\b(?:who|whom|which|whose|that)\b|[a-z]{3}\.\s)[^,])*?"
    r"\b(?:said|says|told|added|reported|announced|warned|confirmed)\b(?!\s+(?:the|an?|or|and)\s)"
    rf"(?:(?!\b(?:{'|'.join(sorted(AUXILIARY))}|there)\b|[a-z]{{3}}\.\s)[^,]){{0,60}}?"
    r"\sthat\s+(?=\S)"
)
# "Turkey's Anatolia News Agency quoted Ismail Alakoc, the chairman of ..., as saying that | the
# fire ... has been put out": an attribution whose reported clause follows "as saying" (or its
# colon; when and where it was said too: "as saying Sunday that", "as saying in Beijing that"),
# in one sentence opening on no quotation
_SAID_WHEN = (
    rf"(?:\s+(?:on\s+)?(?i:{'|'.join(WEEKDAYS)}|today|yesterday)"
    r"|\s+in\s+(?:an?\s+)?(?:statement|interview|[A-Z][\w-]*))*"
)
_QUOTED = re.compile(
    r"^(?![\"“‘'])[^\"“]{0,200}?\bquoted\b[^\"“]{0,200}?\bas\s+saying"
    rf"(?:[,:]|{_SAID_WHEN}\s+that)?\s+(?=\S)"
)
# "The increase was spurred by ...": a subject that is a definite noun alone, standing for
# something named before it
_BARE_DEFINITE = re.compile(
    rf"^the\s+[a-z][\w-]*\s+(?:{'|'.join(sorted(AUXILIARY))}|\w+ed|{'|'.join(sorted(IRREGULAR))})\b",
    re.IGNORECASE,
)
# "... would withhold, at least temporarily, | the parts of its report": an adverb's aside
# between a verb and its object ("the city, | the capital": a noun's appositive stays a cut)
_ADVERB_ASIDE = re.compile(r"\w,\s+((?:[a-z]+\s+){0,3}[a-z]{3,}ly)$")
# the words before a noun in "-ly" ("his family", "the supply", "and assembly"): no adverb
_BEFORE_NOUN = frozenset("the a an his her its their our my your this that and or".split())
_ARTICLE_BOUND = re.compile(r",\s+(?:the|an?)$")
# an aside set off by dashes ("... considered obese -- defined as ... -- soared") or a relative
# clause between commas ("between Congress, which approves legislation, and the president")
_INTERRUPTION = re.compile(
    r"\s*(?:\s(--|[—–])\s.{1,200}?\s\1|,\s+(?:which|who|whose|where)\b(?:[^,]|,(?=\d)){1,120},)"
    r"\s+(?=\S)"
)
# any aside between commas, after the word that opens a clause ("one that, barring ..., is")
_OPENER_ASIDE = re.compile(r",\s+(?:[^,]|,(?=\d)){1,120},\s+(?=\S)")
_OPENERS = frozenset(("that", "who", "which"))  # words opening a clause: a head never ends on one
# the words before "that" the pronoun, no opener: "short of that", "if that", "like that"
_BEFORE_PRONOUN = frozenset("of to in on for with by from at about like than if into over".split())
_JOINED = re.compile(
    r",?\s+(?:and|but|or|nor)\b"
)  # "denied that, | and ...": a pronoun's clause ends
# a span of time opening a sentence, no subject: "Earlier this week", "Two days later", "Last year"
_WHEN_PHRASE = re.compile(
    rf"^(?:earlier|later)\b|\b(?:ago|later|earlier|today|yesterday|{'|'.join(WEEKDAYS)}"
    r"|(?:day|week|weekend|month|year|morning|afternoon|evening|night)s?)$",
    re.IGNORECASE,
)
_RELATIVE_OPENING = re.compile(r"(?:who|whom|which|whose|where)\b")
_LAST_CLAUSE = re.compile(r"\sthat\s|,\s+(?:and|but|or)\s")  # where a head's last clause opens
_OPEN_BETWEEN = re.compile(r"\bbetween\b(?!.*\band\b)[^,;:]*$")  # "between Congress": its pair open
# "Fearing more violence, | the government, | led by ...": a head opening on a participle and
# its object is a setting, not a subject: what follows its comma is the subject, no aside
_PARTICIPLE_HEAD = re.compile(r"^[A-Z][a-z]+ing\s+[a-z]")


def from_sentence(sentence: str, reach: bool = False, phrase: bool = True) -> str:
    """An untitled story's headline cut from its news sentence (`_cut`), one side's attribution
    kept (`claimed`); "" when the cut holds no content word."""
    cut = claimed(sentence, _cut(sentence, reach, phrase))
    return cut if has_content(cut.split()) else ""


def _cut(sentence: str, reach: bool = False, phrase: bool = True) -> str:
    """`from_sentence`'s cut: the sentence without its dateline, opening setting, aside about
    its subject or closing attribution, cut at a clause boundary (`_clause`)."""
    # With `reach`, a cut stopping before its main verb or before what it announces ("... his
    # rightful chance…") runs on to the clause boundary past it (`_reaching`; at a phrase past
    # the verb only with `phrase`); a cut that stops on the clause a sentence reports is that
    # clause's own cut instead.
    text = without_dateline(" ".join(sentence.split()))
    if mostly_unspaced(text):
        return unspaced_clause(text)
    settings = ((_ASIDE, r"\1 "), (_ATTRIBUTION, ""), (SETTING, ""), (_HERE_SETTING, ""))
    for pattern, kept in settings:
        found = pattern.search(text)
        if not found or (pattern is _ASIDE and not _aside(text, found)):
            continue
        shorter = pattern.sub(kept, text, count=1)
        runs = _LIST_RUNS_ON.match(text, found.end()) if pattern is SETTING else None
        if runs and _states(runs.group()) and _continues(text[: found.end()], runs.group()):
            shorter = text[runs.end() :]  # its list left out with it
        elif runs and runs.group()[:1].islower() and not _short_run(runs.group()):
            continue  # leaving out its first part would give the rest to the subject: it stays
        elif pattern is SETTING:
            through = _past_setting(text, found.end())
            if through is None:
                continue  # what continues it holds the subject's place: it stays
            shorter = text[through:]
        if pattern in (SETTING, _HERE_SETTING) and _BACK_INTO.search(shorter):
            continue  # "Hailing the archbishop ..., the pope beatified him": the setting stays
        if pattern is SETTING and framed(text):
            continue  # "By the time the earth collides with ..., satellites will ...": it stays
        if pattern is SETTING and (PAST_OPENING.match(text) or YEAR_OPENING.match(text)):
            continue  # "In 1966, sky watchers clocked ...": the past it dates the news in stays
        if len(shorter.split()) >= HEADLINE_WORDS[0]:  # only where a headline is left
            text = shorter[:1].upper() + shorter[1:]
    framing = FRAME.match(text) if framed(text) else None
    cut = _clause(text.rstrip(" ."), framing.end() if framing else 0)
    found = _reported(text, cut)
    own = _cut(text[found.end() :]) if found else ""
    if len(own.split()) < HEADLINE_WORDS[0] or not _reaches_verb(own) or _BARE_DEFINITE.match(own):
        if not reach or not cut.endswith("…") or says_what_happened(cut):
            return cut  # its main clause has its verb, or the cut keeps every word
        start = framing.end() if framing else 0
        return _reaching(text.rstrip(" ."), start, cut if phrase else "") or cut
    return own[:1].upper() + own[1:]


def _past_setting(text: str, end: int) -> int | None:
    """Where the setting read up to its comma at `end` ends with the parts past that comma that
    go on with it (`_continuing`: "In the tape, | shown to jurors, | King talks" ends before
    "King"), where a clause opening on its subject follows them (`_clause_follows`); `end` where
    none goes on, or only a part that may be the subject's own; None where the setting stays
    ("In the end, then, | whether ...")."""
    at, stays, doubted = end, False, False
    unfinished = _unfinished_frame(text[:end])
    while (comma := text.find(", ", at)) > 0:
        part = text[at:comma]
        # "While Marcus and Clark, | president of ..., | said they ...,": through its verb
        unfinished = unfinished and part[:1].islower() and (at > end or not verbal(part))
        kind = True if unfinished else _continuing(text[:at], part, text[comma + 2 :], at == end)
        if kind is None:
            break
        unfinished = unfinished and not verbal(part)
        # a part after one that may be the subject's may be its aside: "In the meantime, | the
        # Russian government, | while refusing ..., has" (the setting goes, as it did)
        at, stays, doubted = comma + 2, stays or (kind and not doubted), doubted or not kind
    if at == end or _clause_follows(text[at:]):
        return at
    return None if stays else end


def _unfinished_frame(setting: str) -> bool:
    """Whether `setting` opens on a conjunction that only opens a clause ("While", "When") and
    its subject, but holds no verb yet: its clause runs on past its comma."""
    words = setting.split()
    body = " ".join(words[1:])
    return words[0].lower() in _CLAUSE_ONLY and opens_on_subject(body) and not verbal(body)


def _continuing(before: str, part: str, after: str, first: bool) -> bool | None:
    """Whether `part`, between commas after the setting `before`, goes on with it: True for a
    participle's phrase ("shown to jurors", "released Monday afternoon") or a verbless phrase
    opening on a preposition or an adverb ("at least", "then", "near Halifax"), after which the
    setting stays when no clause follows; False for a part that may be the subject's where none
    follows: the noun of two adjectives ("Despite its chic, | sleek image"), a name's appositive
    ("with Steve Wesbrook, | his operations manager"), a place's second part ("near Halifax, |
    Nova Scotia"), a list's rest; else None (a number's phrase: "about 1,500 people")."""
    words, before = part.split(), before.rstrip(" ,\"”’'")
    lead = words[0] if words else ""
    named = before.split()[-1][:1].isupper()
    if not lead or AUXILIARY.intersection(words) or any(number(w) for w in words[:2]):
        return None
    if lead[:1].isupper():
        place = len(words) <= 2 and all(w[:1].isupper() for w in words)
        return False if place and named and not verbal(part) else None
    if not lead[:1].islower():
        return None
    if len(words) > 1 and _participle(words):
        return True
    if verb_in(WORD.findall(part)):
        return None  # a clause of its own ("if they lost none"); "-s" words read as plurals here
    if lead in _GOES_ON or lead.endswith("ly"):
        return True
    listed = [
        p
        for p in (part, after.split(", ", 1)[0])
        if p[:1].islower() and _LISTED.search(p) and not verb_in(WORD.findall(p))
    ]
    appositive = named and lead in _DETERMINERS and not verbal(part, followed=True)
    short = len(words) <= 3 or "-" in lead  # a noun and its adjectives: "full-scale search ..."
    adjectives = first and short and _DETERMINER_LAST.search(before)
    if appositive or adjectives or (listed and (listed[0] != part or not first)):
        return False
    return None


def _participle(words: Sequence[str]) -> bool:
    """Whether `words` open on a participle and its phrase: "-ing" or a past form before a
    function word ("leaving the", "known as"), or a past form before no other verb ("released
    Monday afternoon"; not "armed men attacked")."""
    lead, follows = words[0], words[1].lower() in stop_words()
    if lead.endswith("ing") or lead in _PARTICIPLES:
        return follows
    return past(lead) and (follows or not verb_in(words[1:]))


def _clause_follows(rest: str) -> bool:
    """Whether `rest` opens a clause on its subject (not on a verb, "it" or "whether"; "about
    1,500 people" is one) whose verb comes before its first comma or right after one aside
    ("Asia's oldest airline, | known as PAL, | is")."""
    parts = rest.split(", ")
    words = parts[0].split()
    subject = opens_on_subject(rest) or any(number(w) for w in words[:3])
    if not subject or verbal(words[0]):
        return False
    verb = parts[2].split()[:1] if len(parts) > 2 and parts[2][:1].islower() else []
    head = _LISTED.split(parts[0], maxsplit=1)[0]  # "short circuits and ...": plurals, no verb
    said = verb_in(words) or verbal(head, followed=True)
    return said or (bool(verb) and verbal(verb[0]))


def _short_run(words: str) -> bool:
    """Whether `words`, a setting's run past its first comma, may end its list: _STATE_WORDS at
    most, the first no function word (not "he turned ... and addressed ...", "between Third and
    Fourth avenues", "the government and the army")."""
    split = words.split()
    return len(split) <= _STATE_WORDS and split[0].lower() not in stop_words()


def _states(words: str) -> bool:
    """Whether `words`, a setting's run past its first comma, end its list ("harassed or plain
    scared, ", "France or Germany, "): a `_short_run` opening on a participle or holding no
    auxiliary or past form after its first word; else a subject and its verb ("farmers and
    workers rioted, ") or a clause, the main one when it opens on a name or a number."""
    split = [bare_word(word) for word in words.split()]
    return _short_run(words) and (past(split[0]) or not verb_in(split))


def _continues(setting: str, run: str) -> bool:
    """Whether `run`, a `_states` run after `setting`, goes on with the setting's list: a
    lower-case run does; a name or a number only after one ("from Britain, | France or
    Germany,", "from 1,000, | 2,000 or 3,000 experts,"), not a subject of names ("After years of
    war, | Serbs and Croats, once neighbours, ...", "Similarly, | Trinidad and Tobago, ...")."""
    words = setting.split()
    last = words[-1] if len(words) > 1 else ""
    if run[:1].islower():
        return True
    if run[:1].isupper():
        return last[:1].isupper()
    return last[:1].isdigit() or last[:1] == "$"


def _bounds(text: str, start: int) -> list[re.Match[str]]:
    """The clause boundaries of `text` from `start` on (`_CLAUSE`, `_SUBORDINATE`), in order."""
    return sorted(
        [*_CLAUSE.finditer(text, start), *_SUBORDINATE.finditer(text, start)],
        key=lambda m: m.start(),
    )


def _reaching(text: str, start: int, cut: str) -> str:
    """`text` up to the first clause boundary from `start` on (or its end) where its main
    clause has reached its verb (`says_what_happened`: "Hailing the ... archbishop as a martyr,
    Pope John Paul II beatified him"), within HEADLINE_CHARS and of HEADLINE_WORDS[0] words at
    least (not "A white supremacist arrested | after ..."), an aside inside its clause left out
    (`_interrupting`); else its longest phrase cut within HEADLINE_CHARS that has, longer than
    `cut` (`_phrase_reaching`; none when `cut` is ""); "" when never reached."""
    bounds = _bounds(text, start)
    kept = start
    for end in [*(m.start() for m in bounds), len(text)]:
        head = text[:end].rstrip(" ,")
        if len(head) > HEADLINE_CHARS:
            return _phrase_reaching(text, cut) if cut else ""
        if end < kept:
            continue  # inside an aside the head keeps
        if interruption := _interrupting(text, end, head):
            return _reaching(_left_out(head, interruption, text), start, cut)
        kept = _kept_aside(text, end, head)
        if len(head.split()) >= HEADLINE_WORDS[0] and says_what_happened(head):
            return _joined(head)
    return ""


def _phrase_reaching(text: str, cut: str) -> str:
    """The longest cut of `text` at a phrase's end, with an ellipsis, within HEADLINE_CHARS
    that says what happened and stops before no "that" ("... told the marchers | that ..."),
    where the clause holding the verb ends past HEADLINE_CHARS ("Investigators looking into ...
    Nova Scotia have found "heat damage" in wires…"), an aside between a verbless subject and
    its verb left out as `_clause` leaves it; "" when the verb lies past HEADLINE_CHARS too or
    only a cut no longer than `cut` reads as saying it ("Opponents of Indonesia's control…")."""
    aside = _APPOSITIVE.search(text)
    if aside and not verbal(text[: aside.start()]) and not verbal(aside.group()):
        text = f"{text[: aside.start()]} {text[aside.end() :]}"
    words = text[: 2 * HEADLINE_CHARS].split()  # a headline's words and the phrase past them
    for count in range(len(words) - 1, HEADLINE_WORDS[0] - 1, -1):
        kept = _kept(words, count)
        head = " ".join(kept).rstrip(",;:") + "…"
        said = [w.lower() for w in words[len(kept) : len(kept) + 1]] == ["that"]
        if len(head) <= len(cut):
            return ""
        if len(head) <= HEADLINE_CHARS and not said and says_what_happened(head):
            return head
    return ""


def _reported(text: str, cut: str) -> re.Match[str] | None:
    """The attribution `text` opens with whose reported clause `cut` does not reach: `cut` stops
    in it ("Turkey's Anatolia News Agency quoted Ismail Alakoc", `attribution_only`) or in the
    reported clause before its verb ("... as saying that the fire, which began ...": cut at the
    relative clause, or that clause left out, `_mended`)."""
    found = _REPORTED.match(text) if cut.endswith("…") else None
    if found and _before_its_verb(cut, found.group()):
        return found
    quoted = _QUOTED.match(text)
    if quoted is None or opens_on_quotation(text[quoted.end() :]):
        return None  # 'as saying: "The situation ..."': a quotation heads nothing
    stops = _within(cut, quoted) or _before_its_verb(cut, quoted[0])
    return quoted if stops or _mended(cut, text) else None


def _mended(cut: str, text: str) -> bool:
    """Whether `cut` left out words of `text` before its end: an aside that held its reported
    clause's verb off (`_interrupting`), where the reported clause heads as when the cut stopped
    before that verb ("... as saying that rescuers, who worked ..., | had pulled ...")."""
    kept, said = (WORD.findall(lower_case(t)) for t in (cut, text))
    return kept != said[: len(kept)]


def _within(cut: str, attribution: re.Match[str]) -> bool:
    """Whether `cut` keeps the attribution's first words and none past it."""
    kept, said = (WORD.findall(lower_case(t)) for t in (cut, attribution.group()))
    return bool(kept) and kept == said[: len(kept)]


def without_attribution(sentence: str) -> str:
    """The sentence without the attribution it ends with (", police said Friday."): who told
    it, not what it tells."""
    return _ATTRIBUTION.sub("", sentence.rstrip())


def attribution_only(cut: str, sentence: str) -> bool:
    """Whether `cut`, from `sentence`, keeps its attribution alone ("Turkey's Anatolia News
    Agency quoted Ismail Alakoc", the fire it reports put out left out): no headline."""
    quoted = _QUOTED.match(without_dateline(" ".join(sentence.split())))
    return quoted is not None and _within(cut, quoted)


def _before_its_verb(cut: str, head: str) -> bool:
    """Whether `cut` stops inside the clause `head` ("... said Monday that") reports, before
    its verb (`_reaches_verb`): "raids by Israeli agents and, in recent weeks, by…"."""
    return len(WORD.findall(cut)) > len(WORD.findall(head)) and not _reaches_verb(cut[len(head) :])


def _reaches_verb(clause: str) -> bool:
    """Whether `clause` opens on a subject (a name, a content word or "the"/"a": not "if",
    "while", "it", a quotation's mark) and holds an auxiliary or a past form not after a word
    that opens a noun phrase ("raids by Israeli agents ... have led")."""
    return opens_on_subject(clause) and verb_in(WORD.findall(clause))


def _aside(text: str, found: re.Match[str]) -> bool:
    """Whether `_ASIDE`'s match in `text` is an aside about a subject: not when the subject
    holds a verb ("The ministry said Monday, citing police, that ..."), the aside may run on
    (`_runs_on`), or the "subject" is a setting and the "aside" a clause ("On Tuesday, | the
    Earth will enter ... and will then, | according to ..."; "In Santo Domingo, the Dominican
    capital, officials ..." is one)."""
    subject, aside = found.group(1), text[found.end(1) : found.end()]
    if verbal(subject) or _runs_on(text[found.end() :]) or _told_of(text, found):
        return False
    return not (SETTING.match(text) and _main_clause(aside))


def _told_of(text: str, found: re.Match[str]) -> bool:
    """Whether a relative clause after `_ASIDE`'s "aside" tells of it, so it stays: after a
    "subject" that is no setting ("Meanwhile, | the safety board, | which ...", "Anna Saar, a
    social worker at the hospital, where ..."), or before the verb it holds off, the "aside"
    then the subject ("In January, | one of his daughters, who ..., | said"; not "In Golcuk,
    a town ..., which ..., Tuesday's tremor")."""
    if not _RELATIVE_OPENING.match(text, found.end()):
        return False
    clause = _INTERRUPTION.match(text, text.rindex(",", 0, found.end()))
    after = _after(text, clause)
    return not SETTING.match(text) or (after[:1].islower() and verbal(after))


def _main_clause(words: str) -> bool:
    """Whether `words` between commas are a clause of their own: an auxiliary or a past form
    before any relative clause, not right after a word opening a noun phrase ("the Earth will
    enter ...", not "a trained hydrotherapist", "a town ... that was", "before ... collapse
    triggered ...") and not an attribution ("the report said")."""
    main = WORD.findall(OPENER.split(f" {words.strip(' ,')} ", maxsplit=1)[0])
    if not main or main[0].lower() in _SCENE or main[-1] in REPORTING:
        return False
    return verb_in(main)


def _runs_on(rest: str) -> bool:
    """Whether an aside may run on past its second comma, `rest` following it: a verb other
    than an attribution's follows its next comma ("who was beaten, | lashed to a fence and
    left to die, shocked ...", not "..., said the head of police")."""
    _, comma, after = rest.partition(", ")
    word = after.split()[0] if after else ""
    return bool(comma) and word[:1].islower() and verbal(word) and word not in REPORTING


def _clause(text: str, start: int = 0) -> str:
    """`text` cut at the first clause boundary from `start` on (past a framing setting) whose
    head holds a verb and has a headline's length, a verbless aside between a verbless head and
    its verb left out, and an aside inside the head's clause (`_interrupting`: no cut stops
    before its verb; nor inside one a bare definite keeps, `_kept_aside`); else cut with an
    ellipsis (none when the cut keeps every word)."""
    least, most = HEADLINE_WORDS
    bounds = _bounds(text, start)
    kept = start
    for match in bounds:
        head = text[: match.start()].rstrip(" ,")
        length = len(head.split())
        if length > most + NAME_WORDS + RUN_ON:
            break  # past any headline and any word the cut below reads: it cuts the same
        if match.start() < kept:
            continue  # inside an aside the head keeps
        if interruption := _interrupting(text, match.start(), head):
            return _clause(_left_out(head, interruption, text), start)
        kept = _kept_aside(text, match.start(), head)
        if _opens_clause(head, text[match.start() :]):
            continue  # "insisting that, | as a senator ..., Pinochet enjoyed": no clause ends
        if not verbal(head):
            aside = None if _PARTICIPLE_HEAD.match(head) else _APPOSITIVE.match(text, match.start())
            rest = text[aside.end() :] if aside else ""
            first = rest.split(maxsplit=1)[:1]
            if first and not verbal(aside.group()) and verbal(f"{head} {first[0]}"):
                return _clause(_left_out(head, aside, text), start)
            continue
        if _ARTICLE_BOUND.search(match.group()) and _adverb_aside(head):
            continue  # the object after the adverb's aside is the verb's: no clause ends there
        if least <= length <= most + RUN_ON:
            kept = head.split()  # "its implementation _": no dash last; "... and": no "and"
            return _joined(" ".join(kept[: marks_end(kept)]))
        if length > most + RUN_ON:
            break
    words = text.split()
    if len(words) <= most:
        return text
    kept = _kept(words, most)
    return text if len(kept) == len(words) else " ".join(kept).rstrip(",;:") + "…"


def _interrupting(text: str, at: int, head: str) -> re.Match[str] | None:
    """The aside opening at `at` (`_INTERRUPTION`) when it stands inside the clause `head` ends
    in: before the verb that clause awaits ("the number of Americans considered obese -- ... --
    | soared", "reports that a water tanker, which ..., | had carried"; after a relative clause,
    the clause holds no verb: not "died in the attack, which ..., | named for"; after dashes, no
    attribution follows: not "divorce cases -- ... -- | said Washington divorce lawyer"), or
    before the "and" a "between" awaits ("between Congress, ..., | and the president")."""
    opened = _opens_clause(head, text[at:])  # the clause it opened awaits its verb past the aside
    found = _opening(text, at, head) or (_OPENER_ASIDE.match(text, at) if opened else None)
    after = _after(text, found)
    if after == "and":
        return found if _OPEN_BETWEEN.search(head) else None
    if not (after[:1].islower() and verbal(after)) or _says_which(text, found, head):
        return None
    verbless = opened or not verb_in(WORD.findall(_LAST_CLAUSE.split(head)[-1]))
    return found if verbless or (found.group(1) and after not in REPORTING) else None


def _opens_clause(head: str, rest: str) -> bool:
    """Whether `head` ends on the word that opens a clause ("insisting that", "D'Amato, who"),
    not on a pronoun ("short of that", "to see that, | but"; `rest` follows): the clause is
    unfinished."""
    words = head.split()
    opener = bool(words) and words[-1] in _OPENERS and not _JOINED.match(rest)
    return opener and (len(words) < 2 or words[-2].lower() not in _BEFORE_PRONOUN)


def _after(text: str, aside: re.Match[str] | None) -> str:
    """The word of `text` after `aside`, "" when there is none."""
    return text[aside.end() :].split(maxsplit=1)[0] if aside else ""


def _says_which(text: str, aside: re.Match[str], head: str) -> bool:
    """Whether the `aside` after `head` says which thing a bare definite names: `head` and the
    verb it holds off make a bare definite and its verb ("The fire, which began at the refinery,
    | has"; not "The court ruled that the law, which ..., | violated"), reached within a
    headline's words (HEADLINE_WORDS[1]), so the aside stays."""
    reached = len(text[: aside.end()].split()) < HEADLINE_WORDS[1]
    return reached and bool(_BARE_DEFINITE.fullmatch(f"{head} {_after(text, aside)}"))


def _kept_aside(text: str, at: int, head: str) -> int:
    """Where the aside opening at `at` ends when `head` keeps it (`_says_which`): no cut stops
    inside it or at its end, before the verb it holds off ("The minister -- who, aides said,
    will resign -- | met"); else `at`."""
    found = _opening(text, at, head)
    return found.end() if found and _says_which(text, found, head) else at


def _opening(text: str, at: int, head: str) -> re.Match[str] | None:
    """The aside (`_INTERRUPTION`) opening at `at`, after `head`: none at a dash that closes
    one `head` opened ("The talks -- the first since the war | -- and the vote -- set")."""
    found = _INTERRUPTION.match(text, at)
    dash = found.group(1) if found else None
    return None if dash and head.count(f" {dash} ") % 2 else found


def _left_out(head: str, interruption: re.Match[str], text: str) -> str:
    """`text` without the `interruption` after `head`, the comma before it kept where it closed
    an aside of the head's too ("Pinochet, 82, | who underwent ..., | was reported"): the head
    holds two commas or more, or one after a subject, no span of time (not "Meanwhile, Napster",
    "Earlier this week, the senator"), and its last part no conjunction
    ("fatter, and the South", "Gingrich, Sen. Lott and Rep. Armey")."""
    rest = text[interruption.end() :]
    parts = head.split(", ")
    first = re.sub(r"^(?:And|But|Or|So|Yet)\s+", "", parts[0])
    subject = opens_on_subject(first) and not _WHEN_PHRASE.search(first)
    closes = len(parts) > 2 or (len(parts) == 2 and subject)
    joined = re.match(r"(?:and|but|or)\b|.*\b(?:and|or)\s+(?:the\s+)?[A-Z]", parts[-1])
    if (
        not closes
        or joined
        or rest[:4] == "and "
        or _opens_clause(head, text[interruption.start() :])
    ):
        return f"{head} {rest}"
    return f"{head}, {rest}"


def _adverb_aside(head: str) -> bool:
    """Whether `head` ends on an adverb's aside after its last comma ("would withhold, | at least
    temporarily"), not a noun in "-ly" ("the city, | his family")."""
    found = _ADVERB_ASIDE.search(head)
    words = found.group(1).split() if found else []
    return bool(words) and (len(words) < 2 or words[-2] not in _BEFORE_NOUN)


def _kept(words: list[str], count: int) -> Sequence[str]:
    """The words a cut after `count` of `words` keeps: past the name or phrase it splits
    (`phrase_cut`), before a quotation it would open, ending on a word that can close a phrase
    (`closing`), HEADLINE_WORDS[0] words at least."""
    kept = outside_quotation(words[: phrase_cut(words, count)])
    return kept[: closing(kept, HEADLINE_WORDS[0])]


def _joined(head: str) -> str:
    """`head` without an "and", "or" or "but" it ends on, with at most the auxiliaries after it
    ("... backwash and will then": the verb they announce is past the cut; "or more" stays)."""
    words = head.split()
    end = len(words)
    while end > 1 and (words[end - 1] in AUXILIARY or words[end - 1] == "then"):
        end -= 1
    joins = end > 1 and words[end - 1] in ("and", "or", "but")
    return " ".join(words[: end - 1]) if joins else head
