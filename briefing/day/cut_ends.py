"""A headline's length, and where a cut among words may end: never inside a name, a phrase
or a quotation, nor on a function word or a mark."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.day.verbs import WORD, bare_word, number, past
from briefing.text.vectorize import stop_words

HEADLINE_WORDS = (6, 16)  # an untitled story's headline: at least, at most this many words
HEADLINE_CHARS = 160  # a displayed headline is cut here (the JSON keeps it whole)
# the words that qualify a number after them: "at least", "more than", "as many as", "up to"
_QUALIFIERS = frozenset("least most than as about nearly almost some around roughly to".split())
# a name's words: capitalised, or a particle inside one ("Osama bin Laden", "Charles de Gaulle")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.’'-]*|bin|al|de|del|da|van|von|der|la|le)[,;:]?$")
NAME_WORDS = 4  # a cut inside a name is carried to its end, at most this many words further
# the adverbs that finish a phrasal verb: "lets the President strike" + "out", "shut" + "down"
_PARTICLES = frozenset("out down up off away back".split())
RUN_ON = 4  # a clause ending at most this many words past HEADLINE_WORDS[1] is kept whole, uncut


def outside_quotation(words: Sequence[str]) -> Sequence[str]:
    """`words` up to the quotation they open and do not close, if any: a cut headline never
    stops inside a quotation ('as a martyr to "the atrocities of the…')."""
    opened = None
    for n, word in enumerate(words):
        for char in word:
            if char == "“" or (char == '"' and opened is None):
                opened = n
            elif char == "”" or char == '"':
                opened = None
    return words[:opened] if opened else words


def has_content(words: Sequence[str]) -> bool:
    """Whether any of `words` is a content word: "Of the of the…" names nothing."""
    stops = stop_words()
    return any(m.group().lower() not in stops for w in words for m in WORD.finditer(w))


def closing(words: Sequence[str], least: int = 1) -> int:
    """How many of `words` a cut keeps so that it ends on a word that can close a phrase: the
    function words it would stop on ("a vote by", "got of a", "against them") and the marks
    ("Pinochet _", "failed —") are dropped, keeping at least `least` words."""
    stops = stop_words()
    end = len(words)
    while end > least:
        word = words[end - 1]
        if not _mark(word) and not (word[:1].islower() and word.rstrip(",;:").lower() in stops):
            break
        end -= 1
    return end


def marks_end(words: Sequence[str]) -> int:
    """How many of `words` are left when the marks ending them are dropped."""
    end = len(words)
    while end and _mark(words[end - 1]):
        end -= 1
    return end


def _mark(word: str) -> bool:
    """Whether `word` is a mark, with no letter or digit, such as the wire's dash "_"."""
    return not any(c.isalnum() for c in word)


def _name_end(words: Sequence[str], cut: int) -> int:
    """`cut`, or past the name that starts or goes on at the cut ("the Saudi exile Osama" +
    "bin Laden"), so a headline never stops halfway through or just before one."""
    end = cut
    while end < min(len(words), cut + NAME_WORDS) and _NAME_WORD.match(words[end]):
        if words[end][-1] in ",;:":
            return end + 1
        end += 1
    # a name opens at the cut or runs past it: a particle ("bin") only inside a name
    named = end > cut + 1 or (cut < len(words) and words[cut][0].isupper())
    return end if named and (end == len(words) or not _NAME_WORD.match(words[end])) else cut


def phrase_cut(words: Sequence[str], cut: int) -> int:
    """Where a cut after `cut` of `words` ends: past the name or the phrase it splits."""
    return _phrase_end(words, _name_end(words, cut))


def unparted(words: Sequence[str], cut: int) -> int:
    """`cut`, or before the phrasal verb it splits, so a cut that cannot reach the phrase never
    ends on the verb or its particle ("lets the President strike…" reads as a walkout); not
    when a function word comes before it ("he would hand…": "The president…" would say none)."""
    if 1 < cut < len(words) and _particle(words, cut):
        verb = cut - 1
    elif 2 < cut < len(words) and _particle(words, cut - 1):
        verb = cut - 2
    else:
        return cut
    return verb if _content(words[verb - 1]) else cut


def _phrase_end(words: Sequence[str], cut: int) -> int:
    """`cut`, or past the content words that finish the phrase it splits ("as many as 50" +
    "people", "endangering national" + "security") when a function word, a past form, a mark
    or the end comes within RUN_ON words; a cut after a function word is left to `closing`,
    unless a number follows it ("killed at least" + "62 people": `closing` would leave "killed");
    a verb's particle is part of the phrase ("strike" + "out specific items")."""
    if not 0 < cut < len(words) or words[cut - 1][-1] in ",;:":
        return cut
    if not _content(words[cut - 1]) and not _particle(words, cut - 1):
        ahead = cut  # past the qualifier's other function words ("at" + "least")
        while ahead < min(len(words) - 1, cut + 2) and not _content(words[ahead]):
            if number(words[ahead]):
                break
            ahead += 1
        if not number(words[ahead]) or words[ahead - 1].lower() not in _QUALIFIERS:
            return cut  # "for China in a" + "10-0 rout": a score, no toll
        cut = ahead + 1
        if cut == len(words) or words[cut - 1][-1] in ",;:":
            return cut
    verb = cut  # where a phrasal verb the run holds starts: a cut stops before it at worst
    for end in range(cut, min(len(words), cut + RUN_ON) + 1):
        if end == len(words) or words[end - 1][-1] in ",;:":
            return end
        if _particle(words, end):
            verb = max(
                verb, end - 1
            )  # "if Republican voters | turn out en masse": not "if Republican"
            continue
        if not _content(words[end]) or past(bare_word(words[end])):  # "caused by ...": its own
            return end
    return verb


def _particle(words: Sequence[str], at: int) -> bool:
    """Whether `words[at]` finishes a phrasal verb, the phrase going on after it ("strike out
    specific items"); not before a function word ("killed up to 50", "walked out of") nor a
    name, where it is a preposition ("sank off Somalia's coast", "ran down Main Street")."""
    if bare_word(words[at]).lower() not in _PARTICLES:
        return False
    if at + 1 == len(words) or words[at][-1] in ",;:":
        return True
    return _content(words[at + 1]) and not words[at + 1][:1].isupper()


def _content(word: str) -> bool:
    """Whether `word` is a content word: not a function word, not a mark such as the wire's "_"."""
    bare = bare_word(word)
    return any(c.isalnum() for c in bare) and bare.lower() not in stop_words()
