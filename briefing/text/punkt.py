"""Punkt with our abbreviations and sentence starters, matching with the standard library's `re`.

NLTK 3.10 routes Punkt's own fixed patterns through `nltk.redos` (the `regex` engine under a
timeout, a guard for patterns a caller supplies); on news that made Punkt a third slower. The
patterns here are NLTK's, built from the same format strings, and compiled with `re`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.text.nltk import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)


class _LanguageVars(PunktLanguageVars):
    """English Punkt language variables whose patterns are compiled once, with `re`."""

    __slots__ = ("_period_context", "_word_tokenizer")

    re_boundary_realignment = re.compile(
        r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', re.MULTILINE
    )

    def __init__(self) -> None:
        super().__init__()
        self._period_context = re.compile(
            self._period_context_fmt
            % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
            re.UNICODE | re.VERBOSE,
        )
        self._word_tokenizer = re.compile(
            self._word_tokenize_fmt
            % {
                "NonWord": self._re_non_word_chars,
                "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start,
            },
            re.UNICODE | re.VERBOSE,
        )

    def period_context_re(self) -> re.Pattern[str]:
        return self._period_context

    def word_tokenize(self, s: str) -> list[str]:
        return self._word_tokenizer.findall(s)


_NON_PUNCT = re.compile(r"[^\W\d]")


class _Token(PunktToken):
    """Punkt's token, its type tests matched with `re`."""

    __slots__ = ()

    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$")
    _RE_ALPHA = re.compile(r"[^\W\d]+$")

    @property
    def is_non_punct(self) -> bool:
        return bool(_NON_PUNCT.search(self.type))


def tokenizer(abbreviations: Iterable[str], starters: Iterable[str]) -> PunktSentenceTokenizer:
    """A Punkt sentence tokenizer that knows these abbreviations and sentence starters."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(starters)
    return PunktSentenceTokenizer(params, lang_vars=_LanguageVars(), token_cls=_Token)
