"""Offline sentence splitting: NLTK Punkt with the project's abbreviations, plus repairs."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .models import Article, Sentence

# Lower case, without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
mr mrs ms dr prof sr jr st mt ft rev hon gov gen lt col maj capt cmdr adm sgt cpl pvt rep sen
pres supt det insp messrs mme mlle atty asst assoc dept univ corp inc ltd co bros llc plc jan
feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k
u.n e.u u.s.a u.s.s.r d.c l.a n.y n.j n.c s.c p.m a.m i.e e.g etc vs v cf al approx no nos vol
vols p pp ch fig figs est ave blvd rd hwy mfg dist ed eds op cit ibid ala ariz ark calif colo
conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore pa
penn tenn tex va vt wash wis wisc wyo a b c d f g h j k l m n o q r s t u w x y z ph.d m.d b.a
m.a b.s m.s d.d.s r.n j.d ll.b natl intl assn govt bldg dir exec mgr pct yr yrs wk hrs min tel
ext sq twp reg
""".split()
)

# Words that start a sentence even after an abbreviation ("... in the U.S. He said").
SENTENCE_STARTERS = frozenset(
    """
a an the he she it they we i you this that these those there his her its their our my but and
however meanwhile yet still so then also now in on at for if when while after before as since
although though because what who why how where which mr mrs ms dr
""".split()
)

_NO_LETTER = re.compile(r"^[^\w]*$")
_LOWER_START = re.compile(r"^[\"'“‘(\[]?[a-z]")
# "6 p.m. Travelers": a clock time that ends a sentence, unless a day, zone or title follows.
_CLOCK_END = re.compile(r"\b[AaPp]\.[Mm]\.\s+([A-Z][a-z]*\.?)")
_AFTER_CLOCK = frozenset(
    """
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Wed. Thu. Fri. Sat. Sun.
Eastern Central Mountain Pacific Atlantic EST EDT CST CDT MST MDT PST PDT GMT UTC ET PT BST CET
Mr. Mrs. Ms. Dr. Jan. Feb. Aug. Sept. Oct. Nov. Dec. January February March April May June July
August September October November December Local
""".split()
)
# A list marker Punkt cut off from its item: "1.", "2.)", "II.", "• 9.".
_LIST_MARKER = re.compile(r"^\W{0,2}\s*(?:\d{1,3}|[ivxlcIVXLC]{1,5}|[A-Za-z])\.\)?$")


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def _is_fragment(piece: str) -> bool:
    """A piece Punkt split off that cannot start a sentence: lower-case start or no word at all."""
    return bool(_LOWER_START.match(piece) or _NO_LETTER.match(piece))


def _cut_in_brackets(text: str) -> bool:
    """True when Punkt cut inside a short bracket, as after "(Phil." or "(Proc."."""
    opened = max(text.rfind("("), text.rfind("["))
    unbalanced = text.count("(") + text.count("[") > text.count(")") + text.count("]")
    return unbalanced and len(text[opened + 1 :].split()) <= 2


def _split_after_clock(sentence: str) -> list[str]:
    """Split "at 6 p.m. Travelers ..." where a clock time ends a sentence."""
    pieces, start = [], 0
    for match in _CLOCK_END.finditer(sentence):
        if match.group(1) not in _AFTER_CLOCK:
            pieces.append(sentence[start : match.end(0) - len(match.group(1))].strip())
            start = match.end(0) - len(match.group(1))
    return [*pieces, sentence[start:].strip()]


_MARKER = re.compile(
    r"(?P<bullet>[•⁃▪◦*-]\s?)?(?P<label>\d{1,3}|[a-z]|[A-Z])(?P<close>\.\)|\.|\))\s"
)


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _list_items(text: str) -> list[tuple[int, int]]:
    """Spans of an inline list ("1. One 2. Two", "a) One b) Two", "• 9. One • 10. Two") and of
    the text around it; a list is two or more consecutive markers in the same style."""
    for start in re.finditer(r"(?:^|(?<=[.!?:]\s))", text):
        first = _MARKER.match(text, start.start())
        if not first or first.group("label") not in "1aAi":
            continue
        cuts, marker = [first.start()], first
        while True:
            bullet = re.escape(marker.group("bullet") or "")
            label = re.escape(_next_label(marker.group("label")))
            following = re.compile(rf"\s({bullet}{label}{re.escape(marker.group('close'))}\s)")
            found = following.search(text, marker.end())
            if not found:
                break
            cuts.append(found.start(1))
            marker = _MARKER.match(text, found.start(1))
        if len(cuts) > 1:
            edges = [0, *cuts, len(text)] if cuts[0] else [*cuts, len(text)]
            return [(a, b) for a, b in pairwise(edges) if text[a:b].strip()]
    return [(0, len(text))]


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, verbatim, without any model or data download."""
    text = text.strip()
    if not text:
        return []
    spans = _list_items(text)
    if len(spans) > 1:
        return [s for a, b in spans for s in split_sentences(text[a:b])]
    merged: list[list[int]] = []
    for start, end in _punkt().span_tokenize(text):
        piece = text[start:end]
        previous = text[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and (
            _is_fragment(piece) or _LIST_MARKER.match(previous) or _cut_in_brackets(previous)
        ):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [part for start, end in merged for part in _split_after_clock(text[start:end].strip())]


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def split_words(sentence: str) -> list[str]:
    """Word tokens of a sentence (NLTK's Treebank-style tokenizer, no data needed)."""
    return _word_tokenizer().tokenize(sentence)


def article_sentences(article: Article) -> list[Sentence]:
    """The sentences of an article, in order, with their paragraph and position."""
    found: list[Sentence] = []
    for number, paragraph in enumerate(article.paragraphs):
        for text in split_sentences(paragraph):
            found.append(Sentence(text, article, number, len(found)))
    return found
