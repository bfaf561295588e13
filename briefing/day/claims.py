"""Whose claim a headline states: a cut leaving out a closing attribution to one side of a
case (its lawyer, the prosecutors) keeps it, so no side's case reads as what happened."""

from __future__ import annotations

import re

from briefing.day.cut_ends import closing
from briefing.day.happened import says_what_happened
from briefing.text.words import WEEKDAYS

# ", McKinney's lawyer told a jury on Monday as ...", ", a lawyer for the family said.",
# ", prosecutors charged Tuesday.": the speaker, the verb and up to three words of its object
_SIDE = re.compile(r"\b(?:lawyers?|attorneys?|counsel|prosecutors?)\b", re.I)
_ADVOCATE = re.compile(
    rf",\s+((?:[\w.'’-]+\s){{0,4}}?{_SIDE.pattern}"
    r"(?:\s+for\s+(?:[\w.'’-]+\s){0,3}?[\w.'’-]+)?"
    r"\s+(?P<verb>said|says|told|argued|argues|contended|contends|claimed|claims|alleged|charged)\b"
    rf"(?:\s+(?!(?:on|as|in|at|that|when|after|before|during|while|today|yesterday|"
    rf"{'|'.join(day.capitalize() for day in WEEKDAYS)})\b)[\w'’-]+){{0,3}})"
    r"(?:\s[^,]*)?[.!]?$"
)


def claimed(sentence: str, cut: str) -> str:
    """`cut`, the attribution to one side that `sentence` closes on and `cut` leaves out put
    after it ("... in a drunken, drug-induced rage, McKinney's attorney said")."""
    found = _ADVOCATE.search(sentence.strip())
    if not found or not says_what_happened(cut.rstrip("…")) or _SIDE.search(cut):
        return cut  # no claim stated, or the cut names the side itself
    words = found.group(1).split()
    verb = len(sentence[found.start(1) : found.end("verb")].split())  # the words up to the verb
    return f"{cut.rstrip('…').rstrip(' ,;:')}, {' '.join(words[: closing(words, verb)])}"
