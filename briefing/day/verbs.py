"""Whether words hold a verb (an auxiliary, a past form, a present "-s" after its subject),
read by their forms alone: what tells a headline's clause from a noun phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

WORD = re.compile(r"[\w’'-]+")
# a number spelled out: "Nine months before ..." is no subject and its verb, "at least six" a toll
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion dozen dozens hundreds thousands millions".split()
)
# a verb that makes a cut a clause, not a noun phrase ("Hundreds of thousands of pieces of
# Swissair Flight 111"): an auxiliary, a past form, or a present "-s" after its subject
AUXILIARY = frozenset(
    "is are was were be been has have had will would can could may might must shall should do "
    "does did".split()
)
IRREGULAR = frozenset(
    "arose began became beat blew broke brought built bought caught chose came cut dealt drew "
    "drove fell fed felt fled flew fought found froze gave got grew held hit hung kept knew laid "
    "led left let lost made meant met paid put quit ran rang read rose said sank sat saw sent set "
    "shook shot shut sold sought spent split spoke spread stood stole struck stuck swept swore "
    "took taught told threw tore upheld withdrew woke won wore wrote".split()
)
# words that open a noun phrase or join two: the word after them is no verb
LINKS = frozenset(
    "a an the of for in on at to from by with about into over under after before his her its "
    "their our my your these those this that some many several few both all each every other "
    "such than per and or but nor as who which whose where when while".split()
)
# of LINKS, those that stand for a noun too: an auxiliary after one is a verb ("the other is",
# "many were hurt", "both have resigned")
_STANDING = frozenset("other both all each some many several few these those this".split())


def verbal(words: str, followed: bool = False, subject: bool = False) -> bool:
    """Whether `words` hold a verb: an auxiliary, a past form or a present "-s" after no word
    that opens a noun phrase ("China hopes", not "of pieces" or "for residents"); `followed`:
    a present "-s" only before a word other than "of" ("three weeks of", "temperatures…" name);
    `subject`: the word before them is its subject ("that | oversees the ...")."""
    found = WORD.findall(words)
    for n, word in enumerate(found):
        before = found[n - 1] if n else ("" if subject else "of")
        if not word[:1].islower() or word in LINKS:
            continue
        if word in AUXILIARY or past(word):
            return True
        present = word.endswith("s") and not word.endswith(("ss", "us", "'s", "’s"))
        if followed:
            present = present and found[n + 1 : n + 2] not in ([], ["of"])
        if present and before.lower() not in LINKS and not number(before):
            return True
    return False


def verb_in(words: Sequence[str]) -> bool:
    """Whether `words` hold an auxiliary or a past form, not right after a word opening a noun
    phrase ("have led", not "the led" or "a trained"; but "the other is")."""
    return bool(first_verb(words))


def first_verb(words: Sequence[str]) -> str:
    """The first auxiliary or past form of `words` as `verb_in` reads them, or ""."""
    return next(
        (
            word
            for before, word in pairwise(words)
            if (word in AUXILIARY and before.lower() in _STANDING)
            or (before.lower() not in LINKS and (word in AUXILIARY or past(word)))
        ),
        "",
    )


def number(word: str) -> bool:
    """Whether `word` is a number: in digits ("62", "8,000") or spelled out ("nine", "dozens")."""
    return word[:1].isdigit() or bare_word(word).lower() in _NUMBERS


def past(word: str) -> bool:
    """Whether a bare `word` is a past form ("caused", "held"): a verb, and the opening of a
    phrase of its own (not a compound: "clergy-based", "U.S.-brokered" are adjectives)."""
    return word in IRREGULAR or (len(word) > 3 and word.endswith("ed") and "-" not in word)


def bare_word(word: str) -> str:
    """`word` without the quotation marks and punctuation around it."""
    return word.strip("\"“”‘’'(),;:.")
