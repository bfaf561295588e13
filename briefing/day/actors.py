"""Who acted in a lead, and where an article writes them: a lead's actors are the names it
never sets as a place, and an article writes one in any of its forms (a title dropped, its
initials, a land's people for the land). Grouping reads these to part one place's happenings by
different actors (`day.stories`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence

import numpy as np
from scipy import sparse

from briefing.text.words import WORD_EDGE, writes_whole

# A name set as a place ("in Vientiane", "at the United Nations", "in western Turkey"): what
# opens it, then "the" and one word in lower case, each or both or none (`_placed`)
_PLACE = re.compile(r"(?i:\b(?:in|at|near|outside)\s+)")
_THE = re.compile(r"(?i:the\s+)")
_BETWEEN = re.compile(r"[a-z]+\s+")  # one word in lower case between: "in western Turkey"
STEM = 4  # the fewest first letters a land's name and its people's share ("iran", "iraq": two)
_JOINING = frozenset(("of", "de", "al"))  # the words inside a name, read as its own (`entities`)
# A name of words in lower case after a capital and the acronym spelled out beside it: "the
# Kurdistan Workers Party (PKK)", "the Kurdistan Workers Party, or PKK," (not a dateline's
# "VATICAN CITY (AP)"), read from a capitalised word and "and" before it to leave out a longer
# name's tail ("the Common Market for Eastern and Southern Africa (COMESA)"; not a list's "the
# Kayin National Union (KNU) and Democratic Alliance of Burma (DAB)")
_SPELLED = re.compile(
    r"([A-Z][\w’'-]*,?\s+and\s+)?([A-Z][a-z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w’'-]*)+)"
    r"\s*(?:\(\s*|,\s+or\s+)([A-Z]{2,})\b"
)
_SPELLED_HERE = re.compile(_SPELLED.pattern + r"\Z")  # the one ending where its acronym does
_MARK = re.compile(r"\(\s*[A-Z]{2,}\b|,\s+or\s+[A-Z]{2,}\b")  # an acronym after its name
_REACH = 300  # characters before an acronym its name may take
# A regnal numeral closing a name of two words or more ("Pope John Paul II", "Louis XVI"): the
# name's own word, no initial; a thing's numbering after a word the text writes in lower case
# ("World War II" beside "the war", "Phase III") is no one's
_REGNAL = re.compile(r"(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})")


def acting(text: str, name: str) -> bool:
    """Whether a text names a name (lower case) as who acted: never as a place (after "in",
    "at", "near" or "outside", an article or one word between: "in western Turkey"), and not as
    initials or a short acronym, read in pieces ("U.N.": "u", "n"), which may stand for a name
    others write in full: no word of it under three letters but a regnal numeral closing it
    ("pope john paul ii": `_REGNAL`, not "world war ii" beside "the war")."""
    *words, last = name.split()
    regnal = words and _REGNAL.fullmatch(last) and not writes_whole(text, words[-1])
    own = [*words, "" if regnal else last]
    return min(map(len, filter(None, own))) >= 3 and not _placed(text, name)


def _placed(text: str, name: str) -> bool:
    """Whether `text` sets `name` (lower case, matched in any case) as a place (`_PLACE`)."""
    for place in _PLACE.finditer(text):
        the = _THE.match(text, place.end())
        starts = [place.end(), *([the.end()] if the else [])]
        starts += [word.end() for start in starts if (word := _BETWEEN.match(text, start))]
        for start in starts:
            end = start + len(name)
            if text[start:end].lower() == name and WORD_EDGE.match(text, end):
                return True
    return False


def spelled_out(text: str) -> Iterator[tuple[str, str]]:
    """The names a text spells out beside their acronyms (`_SPELLED`), each with it, lower case,
    an opening "the" left out: ("kurdistan workers party", "pkk"); none a longer name's tail."""
    for mark in _MARK.finditer(text):  # read only where an acronym follows a bracket or "or"
        match = _SPELLED_HERE.search(text, max(0, mark.start() - _REACH), mark.end())
        if match and not match.group(1):
            yield match.group(2).lower().removeprefix("the "), match.group(3).lower()


def where_written(
    matrix: sparse.csr_matrix,
    columns: Sequence[str],
    names: Sequence[str],
    spelled_pairs: Collection[tuple[str, str]] = (),
) -> sparse.csr_matrix:
    """1 where an article (row of `matrix`, its terms `columns`) writes one of the leads' `names`
    (column) in a form of it or one it is a form of (`forms`: "Foreign Minister Alexander Downer"
    of "Australian Foreign Minister Alexander Downer", "EU" of "European Union", but one word
    alone of a longer name, which may name another of its kind), a name and the acronym the day
    spells out beside it as one (`spelled_pairs`, of `spelled_out`: "PKK"), a one-word name
    as its kin (`kin`: "Australia" of "Australian"), or its initials in pieces, every letter
    ("U.N.": "u", "n"); an opening "the" left out as `day.stories.read_lead` leaves it."""
    number = {name[1:]: n for n, name in enumerate(names)}
    spelled: defaultdict[str, set[int]] = defaultdict(set)  # a form: the names it writes
    pieces: defaultdict[str, set[int]] = defaultdict(set)  # a letter: the names it is a piece of
    stems: defaultdict[str, set[str]] = defaultdict(set)  # a stem: the one-word names opening on it
    for name, n in number.items():
        for form in forms(name, shortest=2):  # "House" may be another than "White House"
            spelled[form].add(n)
        if " " not in name:
            stems[name[:STEM]].add(name)
        for letter in initials(name):
            pieces[letter].add(n)
    for name, acronym in spelled_pairs:
        for form, other in ((name, acronym), (acronym, name)):
            if other in number:
                spelled[form].add(number[other])
    needed = np.array([len(set(initials(name))) or 1 for name in number] or [1])
    weights: dict[tuple[int, int], int] = {}
    for column, term in enumerate(columns):
        if term[0] == "@":
            name = term[1:].removeprefix("the ")
            for n in pieces.get(name, ()) if len(name) == 1 else ():
                weights[column, n] = 1
            lands = stems.get(name[:STEM], ()) if " " not in name else ()
            spellings = {*forms(name), *(other for other in lands if kin(name, other))}
            for n in spelled.get(name, set()) | {number[f] for f in spellings if f in number}:
                weights[column, n] = int(needed[n])
    to_names = sparse.csr_matrix(
        (list(weights.values()), tuple(zip(*weights, strict=True)) or ([], [])),
        shape=(matrix.shape[1], max(len(names), 1)),
        dtype=np.float32,
    )
    found = ((matrix > 0).astype(np.float32) @ to_names).tocsr()
    found.data = (found.data >= needed[found.indices]).astype(np.float32)
    found.eliminate_zeros()
    return found


def forms(name: str, shortest: int = 1) -> set[str]:
    """The forms a name (lower case) is written in: itself, each shorter tail of `shortest` words
    or more ("alexander downer", "downer": a title or a qualifier before a name names the same
    one) and its initials (`initials`: "eu" of "european union")."""
    words = name.split()
    tails = {" ".join(words[start:]) for start in range(len(words) + 1 - shortest)}
    return {name, *tails, initials(name)} - {""}


def kin(name: str, other: str) -> bool:
    """Whether two one-word names are a land's and its people's ("australia", "australian";
    "turkey", "turkish"; "israel", "israeli"): one opens on all but the last two letters of the
    shorter, `STEM` at least ("iran" and "iraq" are two)."""
    shorter = min(len(name), len(other))
    return name[: max(STEM, shorter - 2)] == other[: max(STEM, shorter - 2)]


def initials(name: str) -> str:
    """The first letters of a name of two words or more (lower case), but those of the words
    joining it ("of": "opec" of "organization of petroleum exporting countries"), or none."""
    words = [word for word in name.split() if word not in _JOINING]
    return "".join(word[0] for word in words) if len(name.split()) > 1 else ""
