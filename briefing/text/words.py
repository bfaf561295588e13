"""Words as a reader counts them."""

from __future__ import annotations

from collections.abc import Sequence

HEADING_WORDS = 20  # a heading or title line is at most this long
LISTED = 3  # a flag naming lines left out quotes this many of those it counts
LISTED_CHARS = 40  # each cut to this many characters
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# The capital letters as the body of a regex class: ASCII's and those past it ("ÉVORA", "ZÜRICH",
# "ŁÓDŹ", "İZMİR", "ĐÀ NẴNG", Greek and Cyrillic's), never a lower-case letter
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper())
# What ends a sentence, as regex class bodies: the stops of Latin and other scripts (full-width
# "。！？", Devanagari "।", Arabic "؟", Armenian "։", Ethiopic "።", Burmese "။", Tibetan "།"), then
# the closing marks that may follow one ("”", "」")
STOPS = ".!?…。！？｡।॥؟۔։።။།"
CLOSERS = "\"'”’)\\]」』）》〉】"
# Titles come before a name and never end a sentence ("Mr. A. Starr", "Rep. The").
TITLES = frozenset(
    """
mr mrs ms dr prof rev hon gov gen lt col maj capt cmdr adm sgt cpl pvt rep sen pres supt det insp
messrs mme mlle atty
""".split()
)


def ends_with_title(text: str) -> bool:
    """True when text ends with a title ("Mr.", "(Gen."), which precedes a name, not an end."""
    words = text[-12:].split()
    return (
        bool(words)
        and words[-1].endswith(".")
        and words[-1][:-1].lstrip("\"'“‘([").lower() in TITLES
    )


def lower(text: str) -> str:
    """Lower case, one character for one: the Turkish "İ" is "i" (`str.lower` gives "i" and a
    combining dot, which splits the word for a pattern or a tokenizer and shifts positions; it
    is the one letter whose lower case is longer)."""
    return text.replace("İ", "i").lower()


def word_count(text: str) -> int:
    """Number of words, as a reader counts them."""
    return len(text.split())


def counted(number: int, noun: str) -> str:
    """ "1 article", "2 articles", "3 stories"."""
    if number == 1:
        return f"{number} {noun}"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return f"{number} {noun[:-1]}ies"
    return f"{number} {noun}s"


def named(lines: Sequence[str], what: str, why: str) -> tuple[str, ...]:
    """A flag for lines left out, counting them and quoting the first LISTED, each cut to
    LISTED_CHARS ("2 tables left out, no row a sentence: “| City | Change |”, ..."); () for none."""
    if not lines:
        return ()
    quoted = ", ".join(
        f"“{line if len(line) <= LISTED_CHARS else line[: LISTED_CHARS - 1] + '…'}”"
        for line in lines[:LISTED]
    )
    more = f" and {len(lines) - LISTED} more" if len(lines) > LISTED else ""
    return (f"{counted(len(lines), what)} {why}: {quoted}{more}",)


def shouted_heading(line: str) -> bool:
    """A heading set in capitals: a line that shouts, HEADING_WORDS words or fewer."""
    return len(line.split()) <= HEADING_WORDS and shouts(line)


def shouts(line: str) -> bool:
    """Whether a line is set in capitals: three words or more, hardly a lower-case letter."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
