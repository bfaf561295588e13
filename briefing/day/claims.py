"""Whose claim a headline states: a cut leaving out a closing attribution to one side of a
case (its lawyer, the prosecutors) keeps it, so no side's case reads as what happened."""

from __future__ import annotations

import re

from briefing.day.cut_ends import HEADLINE_CHARS, closing
from briefing.day.happened import says_what_happened
from briefing.text.words import WEEKDAY_NAMES

# ", McKinney's lawyer told a jury on Monday as ...", ", a lawyer for the family said.",
# ", prosecutors charged Tuesday.": the speaker, the verb and up to three words of its object
# (", his lawyer told a U.N. tribunal"); not a clause of its own joined on (", and his lawyer
# said the verdict was unfair", ", and prosecutors charged him with murder")
_SIDE = re.compile(r"\b(?:lawyers?|attorneys?|counsel|prosecutors?)\b", re.I)
_ADVOCATE = re.compile(
    rf",\s+(?!(?:and|but|or|while|as)\s)((?:[\w.'’-]+\s){{0,4}}?{_SIDE.pattern}"
    r"(?:\s+for\s+(?:[\w.'’-]+\s){0,3}?[\w.'’-]+)?"
    r"\s+(?P<verb>said|says|told|argued|argues|contended|contends|claimed|claims|alleged|charged)\b"
    rf"(?:\s+(?!(?:on|as|in|at|that|when|after|before|during|while|today|yesterday|"
    rf"{WEEKDAY_NAMES})\b)[\w.'’-]+){{0,3}})"
    r"(?:\s[^,]*)?$"
)


def claimed(sentence: str, cut: str) -> str:
    """`cut`, the attribution to one side that `sentence` closes on and `cut` leaves out put
    after it ("... in a drunken, drug-induced rage, McKinney's attorney said"), the cut's
    ellipsis kept and its words cut further when both would pass HEADLINE_CHARS."""
    found = _ADVOCATE.search(sentence.strip().rstrip(".!"))
    if not found or not says_what_happened(cut.rstrip("…")) or _SIDE.search(cut):
        return cut  # no claim stated, or the cut names the side itself
    words = found.group(1).split()
    verb = len(sentence[found.start(1) : found.end("verb")].split())  # the words up to the verb
    said = ", " + " ".join(words[: closing(words, verb)])
    kept, elided = cut.rstrip("…").rstrip(" ,;:").split(), cut.endswith("…")
    while kept and len(" ".join(kept) + "…" * elided + said) > HEADLINE_CHARS:
        kept, elided = kept[: closing(kept[:-1])], True  # "... in a drunken…, his lawyer said"
    return " ".join(kept).rstrip(" ,;:") + "…" * elided + said if kept else cut
