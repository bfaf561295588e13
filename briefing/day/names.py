"""Names in a text, read in one scan: places, bodies and people (`entities`, the terms of a story's
names), and how a text writes people's names, from which a day's persons are read (`people`)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass

from briefing.day.happened import REPORTING
from briefing.text.segment import ABBREVIATIONS
from briefing.text.words import CAPITALS, ends_with_title, lower, writes_whole

# Capitalised words (past ASCII too: "Öcalan"), these between, the first after no word
# character: a capital then a look back, as `\b` first would read, so a search skips from
# capital to capital (0.6 of the time of `\b` first)
_JOINED = rf"[{CAPITALS}](?<!\w[{CAPITALS}])[\w’'-]*(?:\s+(?:{{}}|[{CAPITALS}][\w’'-]*))*\b"
_JOINERS = ("of", "de", "al")  # the words _ENTITY joins names by
# The joining words closing a name read ("Marianne Gingrich of" of "accused Marianne Gingrich of
# waiting"): an entity keeps them (the terms of the vectors, as they were), a person's name never
_CLOSING = re.compile(rf"(?:\s+(?:{'|'.join(_JOINERS)}))+\Z")
_ENTITY = re.compile(_JOINED.format("|".join(_JOINERS)))
# "Osama bin Laden" and "James P. Rubin" too, with the article or "in" before a name ("the
# Cabinet", "in Libya"): read back from the capital (`_led`), as `\b(?:the|an?|in)\s+` opening
# the pattern would
_PARTICLES = ("bin", "ibn", "van", "von")  # the words only _PERSON joins names by
_PERSON = re.compile(_JOINED.format(rf"{'|'.join(_JOINERS + _PARTICLES)}|[A-Z]\."))
_PARTICLE = re.compile(rf"\s(?:{'|'.join(_PARTICLES)})\b")
_LEAD = re.compile(r"\b(?:(the|an?)|in)\s+")
# A point of the compass before a name makes it a land's or a region's ("East Timor", "South
# Africa"), as an article before one makes it a body's or a thing's: no one's
_COMPASS = frozenset(("north", "south", "east", "west"))
# A word's first letter, checked after it is found: a pattern opening on a class of letters is
# scanned for them, one opening on "\b" tried at every place (twice as slow over a day's texts)
_STARTS = r"(?<!\w.)"
# A word in capitals is an acronym or a dateline's ("TV", "PKK", "ANKARA"), no one's surname
_SHOUTED = re.compile(rf"[{CAPITALS}]{_STARTS}[{CAPITALS}]+\b")
# A word written in lower case after an article, or an article and a capitalised word, is a
# common noun ("the hurricane", "a flight", "the Italian parliament"), and that capitalised word
# an adjective ("the Islamic party"), no first name
_COMMON = re.compile(
    rf"[TtAa]{_STARTS}(?:(?<=[Tt])he|(?<=[Aa])n?)\s+(?:([A-Z][\w-]*)\s+)?([a-z]+)\b"
)
# A name saying something: the last capitalised word before a reporting verb ("Hussein said")
_SAYS = re.compile(rf"([{CAPITALS}]{_STARTS}[\w’']*)\s+(?:{'|'.join(sorted(REPORTING))})\b")
# A plural counted in words ("three House Democrats", "several Republicans"; not "In 1987, Dees
# won") is a people's or a party's members, as after an article: no one's name
_COUNTS = "two three four five six seven eight nine ten several many some few other fellow most"
_COUNTED = re.compile(rf"\b(?:(?:dozens|hundreds|thousands) of|{'|'.join(_COUNTS.split())})\s+")
_CAPITALISED = re.compile(rf"[{CAPITALS}][\w-]*\s+")  # a word between: "three House Democrats"
# the plural counted, not a name before the noun counted ("the two Williams sisters", "many
# Davis supporters": Venus Williams, Gray Davis)
_PLURAL = re.compile(rf"[{CAPITALS}]{_STARTS}[\w’'-]*s\b(?!\s+[a-z]{{3,}}s\b)")
# A capitalised word after a prefix in lower case is an adjective's or a title's ("pro-Nazi",
# "anti-Western", "then-President"), no first name
_PREFIXED = re.compile(rf"\b[a-z]+-([{CAPITALS}][\w’']*)")
# A name after a joining word in lower case ("al Qaeda", "de Klerk"): the joining word is the
# name's own (Arabic's article, a particle), so written capitalised before it, no first name
_JOINED_LOWER = re.compile(rf"(?<![\w-])(al|de)\s+([{CAPITALS}][\w’'-]*)")


def read_names(text: str) -> Iterator[tuple[str, bool, bool, bool]]:
    """A text's capitalised names in one scan, lower-cased, each with whether it starts a
    sentence, whether `_PERSON` reads it (a person's) and whether `_ENTITY` does (the vectors')."""
    particles = _PARTICLE.search(text) is not None
    end = 0
    for match in _PERSON.finditer(text):
        start = match.start()
        led = _led(text, end, match)
        end = match.end()
        named = _named_end(text, match)
        person = not _abbreviated(text, match)
        # a name holding an initial or a particle ("Osama bin Laden") is read again as the
        # `_ENTITY` names within its span ("Osama", "Laden")
        if "." in match.group() or (particles and _PARTICLE.search(match.group())):
            if person:
                yield *_name(text, led, named, person=True), True, False
            for part in _ENTITY.finditer(text, start, end):
                yield *_name(text, *part.span()), False, True
        elif led < start:  # after an article or "in" ("the Cabinet", "in Libya"): that name alone
            if person:
                yield *_name(text, led, named, person=True), True, False
            yield *_name(text, start, end), False, True
        else:
            name, at_start = _name(text, start, end)
            # read apart after a title's abbreviation ("Mr. Yeltsin" starts no sentence for a
            # person) and where joining words close it, as no person's name does (`_CLOSING`:
            # "Marianne Gingrich of")
            titled = at_start and _after_title(text, start)
            if named == end and not titled:
                yield name, at_start, person, True
                continue
            if person:
                yield _name(text, start, named)[0], at_start and not titled, True, False
            yield name, at_start, False, True


def _led(text: str, floor: int, name: re.Match[str]) -> int:
    """Where "the", "a" or "an" and spaces open the text before a `name`, or "in" before one not
    possessive ("in Libya", not "in Netanyahu's cabinet" nor "in Georges' path"), none of it
    before `floor` (the last name's end), or where the name starts."""
    start = gap = name.start()
    while gap > floor and text[gap - 1].isspace():
        gap -= 1
    if gap in (start, floor) or text[gap - 1] not in "ean":
        return start
    for opens in range(max(floor, gap - 3), gap):
        lead = _LEAD.fullmatch(text, opens, start)
        if lead and (lead.group(1) or not _possessive(text, name)):
            return opens
    return start


def _named_end(text: str, name: re.Match[str]) -> int:
    """Where a person's `name` read ends: before the joining words closing it (`_CLOSING`)."""
    if text[name.end() - 2 : name.end()] not in _JOINERS:
        return name.end()
    closing = _CLOSING.search(text, name.start(), name.end())
    return closing.start() if closing else name.end()


def _abbreviated(text: str, name: re.Match[str]) -> bool:
    """Whether a `name` ends in an abbreviation and its period ("Boeing Co.", "Mr."): a
    company's or a title's, no one's surname."""
    return text.startswith(".", name.end()) and lower(name.group().split()[-1]) in ABBREVIATIONS


def _possessive(text: str, name: re.Match[str]) -> bool:
    """Whether a `name` of the text is a possessive ("Netanyahu's", "Georges'")."""
    return name.group().endswith(("'s", "’s")) or text.startswith(("'", "’"), name.end())


def _name(text: str, start: int, end: int, person: bool = False) -> tuple[str, bool]:
    """The name at `start:end` of the text, lower-cased, possessive cut, and whether it starts a
    sentence (a `person`'s name not after a title's abbreviation: "Gen. Augusto Pinochet")."""
    name = lower(text[start:end])
    if name.endswith(("'s", "’s")):  # "Burma's"
        name = name[:-2]
    at_start = start == 0 or text[start - 2 : start].strip() in ".!?"
    return name, at_start and not (person and _after_title(text, start))


def _after_title(text: str, start: int) -> bool:
    """Whether a title's abbreviation and a space come before `start` ("Mr. ", "(Gen. ")."""
    return ends_with_title(text[max(0, start - 14) : start - 1])


def _entity(name: str, at_start: bool) -> bool:
    """Whether an `_ENTITY` name is one of `entities`."""
    return " " in name or not at_start


def entities(text: str) -> list[str]:
    """Capitalised names in a text ("Aung San Suu Kyi", "ASEAN"), the first word excepted when
    it only starts the sentence."""
    return [
        name for name, at_start, _, entity in read_names(text) if entity and _entity(name, at_start)
    ]


@dataclass(frozen=True, slots=True)
class Written:
    """How an article writes people's names (the last word of each, initials and particles left
    out), each field once for the day (interned)."""

    alone: tuple[str, ...]  # one-word names, not opening a sentence
    full: tuple[str, ...]  # longer names' last words, not after "of" ("the State of Israel")
    led: tuple[str, ...]  # names after an article or a possessive ("the Cabinet"), and a name
    # whose last word it writes in lower case after one ("Swissair Flight" and "the flight")
    twice: tuple[str, ...]  # last words it writes twice or more, sentence starts too
    # longer names opening a sentence, as (first, last) and (second, last): any word opens a
    # sentence capitalised ("Abdullah Ocalan, leader of ...", "Syrian President Hafez Assad said")
    opening: tuple[tuple[str, str], ...]
    given: tuple[str, ...]  # first words of longer names inside one ("Abdullah" of "leader ...")
    within: tuple[str, ...]  # names after "in" ("in Libya"), read as above without it too
    lands: tuple[tuple[str, str], ...]  # a point of the compass and the name: ("east", "timor")
    capitals: tuple[str, ...]  # last words written in capitals ("TV" of "Israel TV")
    after: tuple[tuple[str, str], ...]  # two-word names apart from `full`: ("hurricane", "georges")
    # first words of `after` and `opening` written as a common noun too, in lower case after an
    # article or a prefix ("the hurricane", "pro-Nazi")
    kinds: tuple[str, ...]
    # those written as a plural, the article's own ("bills" makes no kind of "Bill" elsewhere)
    plurals: tuple[str, ...]
    # lower-case words after an article, with the capitalised word between if any
    # (("islamic", "party") of "the Islamic party", ("", "party"))
    adjectives: tuple[tuple[str, str], ...]
    titles: tuple[str, ...]  # the word right before a first name ("president" of "President ...")
    # one- or two-word names whose last word is a common noun too, with the word before
    # (("bill", "gates") of "Bill Gates" and "the gates"; "" alone)
    nouns: tuple[tuple[str, str], ...]
    speakers: tuple[str, ...]  # names written saying ("hussein" of "Hussein said")
    joined: tuple[tuple[str, str], ...]  # after a lower-case joining word: ("al", "qaeda")

    def names(self) -> set[str]:
        """Every name it writes (not starting a sentence, but for a land's), a place's read after
        "in" as no one's ("Smith" of "a trial in Fort Smith")."""
        return {
            *self.alone,
            *self.full,
            *self.led,
            *(name for _, name in self.lands),
            *(name for _, name in self.after if name not in self.within),
        }


def reading(text: str) -> tuple[list[str], Written]:
    """A text's `entities`, and how it writes the names of people (`Written`), in one scan."""
    found: list[str] = []
    alone, full, led, once, twice, given, opening = set(), set(), set(), set(), set(), set(), set()
    lands: set[tuple[str, str]] = set()
    after: set[tuple[str, str]] = set()
    nouns: set[tuple[str, str]] = set()
    within, titles = set(), set()
    nouns_read = _COMMON.findall(text)
    common = {noun for _, noun in nouns_read}
    counted = _counted(text)
    for name, at_start, person, entity in read_names(text):
        if entity and _entity(name, at_start):
            found.append(name)
        if not person:
            continue
        *before, last = name.split()
        if len(last) == 1 or last in _PARTICLES:  # "VAN" of a line in capitals
            continue
        (twice if last in once else once).add(last)
        if before and before[0] == "in" and not entity:  # "in Libya" (`_led`), not "In Rome"
            within.add(last)
            before = before[1:]
        led_in = before and (before[0] in ("the", "a", "an") or before[-1].endswith(("'s", "’s")))
        led_in = led_in or last in counted  # "three House Democrats", as "the House Democrats"
        if before and before[-1] in _COMPASS and not led_in:
            lands.add((sys.intern(before[-1]), sys.intern(last)))
            continue
        introduced = bool(before) and not led_in and before[-1] != "of"
        if introduced:
            titles.update(before[-2:-1])
        if at_start:
            if introduced:
                opening.update((sys.intern(first), sys.intern(last)) for first in before[:2])
            continue
        if led_in or last in common:
            led.add(last)
            if not led_in and len(before) < 2 and before != ["of"]:
                nouns.add((sys.intern(before[0] if before else ""), sys.intern(last)))
        elif not before:
            alone.add(last)
        elif before[-1] != "of":
            if len(before) == 1:
                after.add((sys.intern(before[0]), sys.intern(last)))
            else:
                full.add(last)
            given.add(before[0])
    written = (tuple(map(sys.intern, names)) for names in (alone, full, led, twice))
    given_in = (tuple(map(sys.intern, names)) for names in (given, within))
    capitals = once.intersection(map(lower, _SHOUTED.findall(text)))
    firsts = {first for first, _ in (*after, *opening)}
    kinds = firsts & (common | {lower(word) for word in _PREFIXED.findall(text)})
    return found, Written(
        *written,
        tuple(opening),
        *given_in,
        tuple(lands),
        tuple(capitals),
        tuple(after),
        tuple(map(sys.intern, kinds)),
        tuple(map(sys.intern, _plural(text, firsts))),
        tuple({(sys.intern(lower(word)), sys.intern(noun)) for word, noun in nouns_read}),
        tuple(map(sys.intern, titles)),
        tuple(nouns),
        tuple({sys.intern(lower(name)) for name in _SAYS.findall(text)}),
        tuple(
            {(joining, sys.intern(lower(name))) for joining, name in _JOINED_LOWER.findall(text)}
        ),
    )


def _counted(text: str) -> set[str]:
    """The capitalised plurals (lower case) a text counts in words, right after the count or one
    capitalised word after it ("several Republicans", "three House Democrats")."""
    found = set()
    for count in _COUNTED.finditer(text):
        between = _CAPITALISED.match(text, count.end())
        for start in (count.end(), *([between.end()] if between else [])):
            if plural := _PLURAL.match(text, start):
                found.add(lower(plural.group()))
    return found


def _plural(text: str, words: set[str]) -> set[str]:
    """The `words` (lower case) a text writes as a plural in lower case ("hurricane" of "many past
    hurricanes"): a kind's, as after an article."""
    return {word for word in words if writes_whole(text, f"{word}s")}  # a few first words


def people(
    found: Sequence[Written],
) -> tuple[list[frozenset[str]], list[frozenset[str]], list[frozenset[str]]]:
    """The people each article names (terms of their one-word names), the ones it is about (named
    twice or more) and the subjects it names (its people and lands), given `reading`'s `Written`."""
    # A person is a name the day writes alone that most articles naming it introduce after a
    # first name, a title or a particle ("Mubarak" of "President Hosni Mubarak", "Laden" of
    # "Osama bin Laden"; not "Israel" of "the State of Israel"), inside a sentence or opening one
    # after a word the day writes before a name inside one but never alone ("Abdullah Ocalan,
    # leader of ...", not "On Wednesday ..."), and no people (`_many`). No one is introduced by
    # a kind the day writes as a common noun ("Hurricane Georges": `_kinds`; "King Hussein" is,
    # where the day writes "Hussein said": `_after`), an adjective it writes before one ("Islamic
    # Virtue" beside "the Islamic party"), a joining word it writes in lower case too ("Al Qaeda"
    # beside "al Qaeda"; "Al Gore" is) nor a plural counted ("three House Democrats"); a first
    # name does introduce a last name written as a common noun too ("Bill Gates" and "the gates":
    # `Written.nouns`). A name after an article or a possessive is a body or a thing, one after
    # "in" a place (`Written.within`), one mostly in capitals an acronym ("TV" of "Israel TV").
    written = {name for each in found for name in each.alone}
    kinds, own_kinds = _kinds(found)
    adjectives = _adjectives(found)
    speakers = {name for each in found for name in each.speakers}
    joined = {pair for each in found for pair in each.joined}
    givens = {name for each in found for name in _given(each)} - written - kinds
    opened = [  # longer names opening a sentence, after a word the day writes as a first name
        {
            last
            for first, last in each.opening
            if first in givens and first not in own and (first, last) not in joined
        }
        for each, own in zip(found, own_kinds, strict=True)
    ]
    surnamed = [{last for first, last in each.nouns if first in givens} for each in found]
    restored = set().union(*surnamed)
    written |= {
        last for each in found for first, last in each.nouns if not first and last in restored
    }
    full = [
        {*each.full, *more, *named, *_after(each, own | adjectives, speakers, joined)}
        - {*each.within}
        for each, more, named, own in zip(found, opened, surnamed, own_kinds, strict=True)
    ]
    every = [each.names() | more for each, more in zip(found, opened, strict=True)]
    naming = Counter(name for names in every for name in names)
    capitals = Counter(name for each in found for name in each.capitals)
    persons = _introduced(written, full, naming, capitals)
    placed = [
        {*names, *(land for _, land in each.lands)} for names, each in zip(full, found, strict=True)
    ]
    # a name introduced only by a point of the compass is a land ("Timor" of "East Timor"), a
    # subject under each point the day writes it ("North Korea" and "South Korea": `_placed`)
    lands = _lands(found, _introduced(written - persons, placed, naming, capitals))
    named, about, subjects = [], [], []
    for each, all_names in zip(found, every, strict=True):
        names = all_names & persons
        named.append(frozenset(f"@{name}" for name in names))
        about.append(frozenset(f"@{name}" for name in names.intersection(each.twice)))
        subjects.append(named[-1] | _placed(each, all_names, lands))
    return named, about, subjects


def _after(
    written: Written, kinds: set[str], speakers: set[str], joined: set[tuple[str, str]]
) -> Iterator[str]:
    """The last names an article introduces by one word before them (`Written.after`): a
    first name or a title, not a kind (`_kinds`: "Hurricane Georges"), but before a name the
    day writes saying (`Written.speakers`: "King Hussein" and "Hussein said"), nor a joining
    word the day writes before it in lower case (`Written.joined`: "Al Qaeda" and "al Qaeda")."""
    return (
        last
        for first, last in written.after
        if (first not in kinds or last in speakers) and (first, last) not in joined
    )


def _given(written: Written) -> Iterator[str]:
    """The first words an article writes before a name inside a sentence (`Written.given`),
    before a last word it writes as a common noun too (`Written.nouns`: "Bill" of "Bill Gates")."""
    yield from written.given
    yield from (first for first, _ in written.nouns if first)


def _adjectives(found: Sequence[Written]) -> set[str]:
    """The capitalised words the day writes between an article and a common noun it writes after
    an article alone too (`Written.adjectives`: "islamic" of "the Islamic party" and "the
    party"; not "president" of "the President said")."""
    nouns = {noun for each in found for word, noun in each.adjectives if not word}
    return {word for each in found for word, noun in each.adjectives if word and noun in nouns}


def _kinds(found: Sequence[Written]) -> tuple[set[str], list[set[str]]]:
    """The words of kinds the day writes before a name (`Written.kinds`: "Hurricane Georges"
    and "the hurricane"), and each article's, with those it writes as a plural
    (`Written.plurals`: "many past hurricanes"), no one's titles: never before a first name
    ("President Hosni Mubarak")."""
    titles = {word for each in found for word in each.titles}
    kinds = {word for each in found for word in each.kinds} - titles
    return kinds, [kinds | (set(each.plurals) - titles) for each in found]


def _lands(found: Sequence[Written], lands: set[str]) -> dict[str, set[str]]:
    """The day's `lands`, each with the points of the compass its articles (`found`) write it
    under."""
    under: dict[str, set[str]] = {name: set() for name in lands}
    for each in found:
        for point, name in each.lands:
            if name in under:
                under[name].add(point)
    return under


def _placed(written: Written, names: set[str], under: dict[str, set[str]]) -> set[str]:
    """The lands (`_lands`) an article writing `names` names, each under the points it writes it
    under, or, written alone only, under each the day writes ("Korea": North and South Korea)."""
    points: dict[str, set[str]] = {}
    for point, name in written.lands:
        points.setdefault(name, set()).add(point)
    return {
        f"@{point} {name}"
        for name in names & under.keys()
        for point in points.get(name, under[name])
    }


def _introduced(
    written: set[str], introduced: Sequence[set[str]], naming: Counter[str], capitals: Counter[str]
) -> set[str]:
    """The names `written` alone that most articles `naming` them introduce (`introduced`: the
    names each introduces) and at most half write in `capitals` (an acronym's), no people's
    (`_many`)."""
    introducing = Counter(name for names in introduced for name in names)
    return {
        name
        for name in written
        if 2 * introducing[name] > naming[name] >= 2 * capitals[name] and not _many(name, naming)
    }


def _many(name: str, names: Container[str]) -> bool:
    """Whether a name is a people's: a plural whose singular, its adjective in -ish or its land
    in -ia is one of the day's `names` ("Muslims" of "Muslim", "Jews" of "Jewish", "Croats" of
    "Croatia"), the adjective in -ish where its plural is ("Kurdish" of "Kurds"), or a land's
    adjective in -an ("American" of "America", "Libyan"; not "Glenn" of "Glen")."""
    if name.endswith("ish"):
        return f"{name[:-3]}s" in names
    if name.endswith("an"):
        return name[:-1] in names
    return name.endswith("s") and any(f"{name[:-1]}{end}" in names for end in ("", "ish", "ia"))
