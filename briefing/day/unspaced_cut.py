"""An untitled headline cut from a sentence of a script written without spaces (Chinese,
Japanese, Thai, Burmese ...): by words (`word_count`), at a clause's mark, no verb read."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from briefing.day.cut_ends import HEADLINE_WORDS, RUN_ON
from briefing.text.words import STOPS, letter_start, word_count, word_ends

# where a clause ends in Chinese or Japanese: "，", "；", "：" ("、" separates a list's items), and
# in Burmese: "၊"
_WIDE_CLAUSE_ENDS = "，；：၊"
_UNSPACED_CLAUSE = re.compile(f"[{_WIDE_CLAUSE_ENDS}]")
# "外交部发言人3日表示，": a Chinese sentence's first clause naming who said what the rest says
_UNSPACED_REPORTED = re.compile(
    f"^[^{_WIDE_CLAUSE_ENDS}]{{2,40}}?(?:表示|说|称|指出|强调|认为|介绍|透露)[，：]"
)


def unspaced_clause(text: str) -> str:
    """A sentence of a script written without spaces (Chinese, Japanese, Thai, Burmese ...) cut
    as `sentence_cut` cuts one by words (`word_count`, no verb read): the clause an attribution
    opening it reports ("外交部发言人3日表示，…", as `sentence_cut` reads one) when `_unspaced_cut`
    gives it a headline's length, else the sentence's own cut."""
    text = text.rstrip(STOPS + " ")
    said = _UNSPACED_REPORTED.match(text)
    reported = _unspaced_cut(text[said.end() :]) if said else ""
    if reported and word_count(reported) >= HEADLINE_WORDS[0]:
        return reported
    own = _unspaced_cut(text)
    if own:
        return own
    # no word end in reach: cut as `shorten` cuts a run with no space, never inside a syllable
    letters = [n for n in range(1, len(text) + 1) if letter_start(text, n) == n]
    return text[: _longest_head(text, letters)] + "…"


def _unspaced_cut(text: str) -> str:
    """`text` cut at its first clause boundary whose head has a headline's length, whole when
    short enough, else at the last word end (`word_ends`) within HEADLINE_WORDS with "…"; ""
    when no word end is in reach."""
    least, most = HEADLINE_WORDS
    for match in _UNSPACED_CLAUSE.finditer(text):
        length = word_count(text[: match.start()])
        if length > most + RUN_ON:
            break
        if length >= least:
            return text[: match.start()]
    if word_count(text) <= most:
        return text
    head = text[: _longest_head(text, word_ends(text))].rstrip()
    if word_count(head) < least:
        return ""
    return head.rstrip(f"、{_WIDE_CLAUSE_ENDS}・") + "…"


def _longest_head(text: str, ends: Sequence[int]) -> int:
    """The last of `ends` (ascending) whose head of `text` has HEADLINE_WORDS[1] words or fewer,
    found by halves (a head's `word_count` only grows with it), else 0."""
    fit = bisect_right(ends, HEADLINE_WORDS[1], key=lambda end: word_count(text[:end]))
    return ends[fit - 1] if fit else 0
