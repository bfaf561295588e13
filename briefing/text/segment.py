"""Offline sentence splitting: our Punkt rules, syntok and pySBD vote on each boundary."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

import pysbd
from syntok.segmenter import analyze

from briefing.models import Article, Sentence
from briefing.text.news_marks import (
    dateline_unit_end,
    elision_ends,
    lead_in_ends,
    unbroken_spans,
    without_dateline,
)
from briefing.text.nltk import NLTKWordTokenizer, PunktSentenceTokenizer
from briefing.text.punkt import tokenizer
from briefing.text.words import (
    ARMENIAN_STOP,
    CLOSERS,
    SCRIPT_STOPS,
    TITLES,
    UNSTOPPED,
    WIDE_STOPS,
    ends_with_title,
    word_count,
)

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
although though because what who why how where which mr mrs ms dr did does do
""".split()
)

_NO_LETTER = re.compile(r"^[^\w]*$")
# Starts no sentence: a lower-case word (a bracketed "(vii)" or "[z]" is an enumerator, not a
# word) or a dash ("Deerfield Beach, Fla. _ carefully placed").
_LOWER_START = re.compile(r"(?:[\"'“‘]?[a-z]|[(\[][a-z](?![a-z]*[)\]])|[_—–-])")
# "6 p.m. Travelers": a clock time that ends a sentence, unless a day, zone or title follows.
_CLOCK_END = re.compile(r"\b[AaPp]\.[Mm]\.\s+([A-Z][A-Za-z]*\.?)")
_AFTER_CLOCK = frozenset(
    """
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon. Tue. Wed. Thu. Fri. Sat. Sun.
Eastern Central Mountain Pacific Atlantic EST EDT CST CDT MST MDT PST PDT GMT UTC ET PT BST CET
Jan. Feb. Aug. Sept. Oct. Nov. Dec. January February March April May June July
August September October November December Local
""".split()
)
# An initial that ends a sentence when it follows a word and a capitalised starter word follows
# ("got an A. And then"); checked in _cuts_inside.
_INITIAL_END = re.compile(r"[A-Z]\.\s+([A-Z][a-z]*)\b")
# A caption's credit line starts a sentence of its own, even after an abbreviation or no stop
# at all ("held in Washington D.C. Image: United States Navy.", "Ahmed Mohamed Photo: AP").
_CREDIT = re.compile(
    r"(?<=\S)\s+((?:Image|Photo|Photograph|Picture|Video|Graphic|Credit)s?:\s)(?=[A-Z\d])"
)
# A list marker Punkt cut off from its item: "1.", "2.)", "II.", "• 9.".
_LIST_MARKER = re.compile(r"^\W{0,2}\s*(?:\d{1,3}|[ivxlcIVXLC]{1,5}|[A-Za-z])\.\)?$")


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    return tokenizer(ABBREVIATIONS, SENTENCE_STARTERS)


def _is_fragment(piece: str) -> bool:
    """A piece that cannot start a sentence: a lower-case or dash start, or no word at all."""
    return bool(_LOWER_START.match(piece) or _NO_LETTER.match(piece))


def _cut_in_brackets(text: str) -> bool:
    """True when Punkt cut inside a short bracket, as after "(Phil." or "(Proc."."""
    opened = max(text.rfind("("), text.rfind("["))
    unbalanced = text.count("(") + text.count("[") > text.count(")") + text.count("]")
    return unbalanced and len(text[opened + 1 :].split()) <= 2


def _clock_ends(match: re.Match[str]) -> bool:
    """Whether a clock time ends its sentence: not before a day, zone or month, nor before a
    title when the time opens the sentence ("At 5 a.m. Mr. Smith went", but "left at 6 P.M.
    Mr. Smith then went")."""
    after = match.group(1)
    if after in _AFTER_CLOCK or after.rstrip(".") in _AFTER_CLOCK:
        return False
    opening = len(match.string[: match.start()].split()) <= 3
    return not (opening and after.rstrip(".").lower() in TITLES)


# A full-width stop or another script's ("।", "။", "។", "؟", Armenian's ":" ...: Punkt reads only
# ".!?"), doubled or not ("།།"), and the closing marks after it, before more text
_WIDE_STOP = re.compile(
    rf"(?:[{WIDE_STOPS}{SCRIPT_STOPS}]|{ARMENIAN_STOP})+([{CLOSERS}]*)\s*(?=\S)"
)
_OPENING_QUOTES = "“‘「『\"'"


def _wide_cuts(sentence: str) -> list[int]:
    """Offsets after each full-width stop or other script's stop, bar one closing a quote that
    opened the sentence with no space after it: its speaker follows ("“…。”他说。",
    "「…。」と述べた。")."""
    cuts, start = [], 0
    for match in _WIDE_STOP.finditer(sentence):
        if (
            match.group(1)
            and match.end(1) == match.end()
            and sentence[start:].lstrip()[:1] in _OPENING_QUOTES
        ):
            continue
        cuts.append(start := match.end())
    return cuts


# A space between two letters of Thai or Lao (not after "ๆ", which repeats the word before it):
# where their writers end a sentence, or a phrase
_UNSTOPPED_SPACE = re.compile(rf"(?<=[{UNSTOPPED}])(?<!\u0e46)\s+(?=[{UNSTOPPED}])")
CLAUSE_WORDS = 6  # a Thai or Lao sentence ends at a space between two runs of this many words
CLAUSE_REACH = 400  # characters read either side of a space for them: a long paragraph stays linear


def _unstopped_cuts(sentence: str) -> list[int]:
    """Offsets after each space of Thai or Lao, which mark no sentence end, that has
    CLAUSE_WORDS words or more since the last cut and before the sentence's end, within
    CLAUSE_REACH characters (a title and a name, "นาย สมชาย", stay one)."""
    cuts, start = [], 0
    for space in _UNSTOPPED_SPACE.finditer(sentence):
        before = sentence[max(start, space.start() - CLAUSE_REACH) : space.start()]
        after = sentence[space.end() : space.end() + CLAUSE_REACH]
        if word_count(before) >= CLAUSE_WORDS and word_count(after) >= CLAUSE_WORDS:
            cuts.append(start := space.end())
    return cuts


def _cuts_inside(sentence: str) -> list[int]:
    """Offsets where a sentence Punkt kept whole ends early: a clock time that ends it (see
    _clock_ends; "at 6 p.m. Travelers"), a caption's credit line (_CREDIT), an initial
    followed by a sentence starter ("got an A. And then", "50 degrees C. The"), a full-width
    stop, which Chinese and Japanese follow with no space ("百分之三。分析人士说"), another
    script's ("की। वित्त"), or a Thai or Lao space between clauses (`_unstopped_cuts`)."""
    cuts = [match.start(1) for match in _CLOCK_END.finditer(sentence) if _clock_ends(match)]
    if not sentence.isascii():
        cuts += _wide_cuts(sentence) + _unstopped_cuts(sentence)
    if ": " in sentence:  # a credit line's colon: most sentences have none, and skip the scan
        cuts += [match.start(1) for match in _CREDIT.finditer(sentence)]
    cuts += [
        match.start(1)
        for match in _INITIAL_END.finditer(sentence)
        if match.group(1).lower() in SENTENCE_STARTERS
        and re.fullmatch(r"\w\s", sentence[max(0, match.start() - 2) : match.start()])
    ]
    return cuts


_MARKER = re.compile(
    r"(?P<bullet>[•⁃▪◦*-]\s?)?(?P<label>\d{1,3}|[a-z]|[A-Z])(?P<close>\.\)|\.|\))\s"
)


# How a list can begin: "1.", "a)", "A.", "i." (optionally bulleted), or a bulleted number, which
# may continue a list ("• 9."); at the start of the text or after a stop. A scan looks for the
# stop first: the markers' letters are everywhere, stops are not.
_FIRST_MARKER = re.compile(r"(?:[•⁃▪◦*-]\s?\d{1,3}|(?:[•⁃▪◦*-]\s?)?[1aAi])(?:\.\)|\.|\))\s")
_MARKER_AFTER_STOP = re.compile(rf"[.!?:]\s(?={_FIRST_MARKER.pattern})")


def _marker_starts(text: str) -> Iterator[int]:
    """Where a list could begin: offset 0 when a marker opens the text, then after each stop."""
    if _FIRST_MARKER.match(text):
        yield 0
    yield from (found.end() for found in _MARKER_AFTER_STOP.finditer(text))


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _following(marker: re.Match[str]) -> re.Pattern[str]:
    """The marker after `marker` in its style ("2." after "1.", "• 10." after "• 9.")."""
    bullet = re.escape(marker.group("bullet") or "")
    label = re.escape(_next_label(marker.group("label")))
    return re.compile(rf"\s({bullet}{label}{re.escape(marker.group('close'))}\s)")


def _list_items(text: str, unbroken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of an inline list ("1. One 2. Two", "a) One b) Two", "• 9. One • 10. Two") and of
    the text around it; a list is two or more consecutive markers in the same style, a letter
    after a title ("Mr. A. Starr") is an initial, not a marker, and no list starts in an
    unbroken span (a quotation woven into its sentence). A next marker not found after one
    position is not looked for again (the markers are met in order): linear on a long text."""
    absent: set[str] = set()
    for start in _marker_starts(text):
        if _within(unbroken, start):
            continue
        marker = _MARKER.match(text, start)
        if not marker or ends_with_title(text[max(0, start - 20) : start]):
            continue
        cuts = [marker.start()]
        while True:
            following = _following(marker)
            found = None if following.pattern in absent else following.search(text, marker.end())
            if not found:
                absent.add(following.pattern)
                break
            cuts.append(found.start(1))
            marker = _MARKER.match(text, found.start(1))
        if len(cuts) > 1:
            edges = [0, *cuts, len(text)] if cuts[0] else [*cuts, len(text)]
            return [(a, b) for a, b in pairwise(edges) if text[a:b].strip()]
    return [(0, len(text))]


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def split_sentences(text: str, *, vote: bool = True, lead_ins: bool = True) -> list[str]:
    """Split prose into sentences, verbatim, with no model or data download: paragraphs (at blank
    lines) and inline lists first, then a boundary stays where two of our Punkt rules, syntok
    and pySBD put one (vote=False: our rules alone, for comparison); news conventions last
    (datelines, quotations, lead-ins: text/news_marks.py; lead_ins=False keeps a lead-in ending
    on a colon with the sentence after it, as a summary must print it)."""
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() takes a str, not {type(text).__name__}")
    paragraphs = _BLANK_LINE.split(text.strip())
    if len(paragraphs) > 1:
        return [
            s
            for paragraph in paragraphs
            for s in split_sentences(paragraph, vote=vote, lead_ins=lead_ins)
        ]
    text = paragraphs[0]
    if not text:
        return []
    unbroken = _joined(unbroken_spans(text))
    spans = _list_items(text, unbroken)
    if len(spans) > 1:
        return [
            s for a, b in spans for s in split_sentences(text[a:b], vote=vote, lead_ins=lead_ins)
        ]
    plain = _plain_starts(text)
    pieces = _punkt_pieces(text, plain)
    starts = [start for start, _ in pieces[1:]]
    if vote:
        starts = _vote(text, starts, plain)
    # Ends our rules find inside Punkt's sentences are sure: the others miss them.
    starts = {*starts, *(a + cut for a, b in pieces for cut in _cuts_inside(text[a:b]))}
    starts.update(elision_ends(text))
    quotes = _quote_marks(text)
    starts = {_past_closing_quote(text, start, quotes) for start in starts}
    starts = sorted({start for start in starts if not _within(unbroken, start)})
    if lead_ins:
        found = lead_in_ends(text, starts)
        starts = sorted({*starts, *(start for start in found if not _within(unbroken, start))})
    dateline = dateline_unit_end(text)
    if dateline:
        starts = [dateline, *(start for start in starts if start > dateline)]
    edges = [0, *_kept_starts(text, starts), len(text)]
    return [text[a:b].strip() for a, b in pairwise(edges) if text[a:b].strip()]


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones joined: the same positions strictly inside them."""
    joined: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if joined and a < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], b))
        else:
            joined.append((a, b))
    return joined


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """True when the position falls strictly inside one of the spans (`_joined`: one bisection,
    so a paragraph of many quotations stays linear)."""
    found = bisect_left(spans, (position,)) - 1
    return found >= 0 and spans[found][0] < position < spans[found][1]


_LONE_QUOTE = re.compile(r"[\"”]\s+")


def _quote_marks(text: str) -> list[int]:
    """Where the text's straight quotes are, in order."""
    return [found.start() for found in re.finditer('"', text)]


def _past_closing_quote(text: str, start: int, quotes: list[int]) -> int:
    """A start moved past a lone quote that closes the sentence before ('fourth place. " Web'):
    a quote followed by a space opens nothing, so it closes a quote still open (” always, " after
    an odd number of them, counted in `quotes` by bisection: linear on a long paragraph)."""
    lone = _LONE_QUOTE.match(text, start)
    closes = lone and (text[start] == "”" or bisect_left(quotes, start) % 2 == 1)
    return lone.end() if closes and lone.end() < len(text) else start


def _kept_starts(text: str, starts: list[int]) -> list[int]:
    """The starts that can open a sentence: a fragment stays with the sentence before it, and so
    do a name after a title, an initial or an acronym, a number after "Oct." or "No.", and an
    item after its list marker ("• 9.")."""
    edges = [0, *starts, len(text)]
    return [
        a
        for before, a, b in zip(edges, edges[1:], edges[2:], strict=False)
        if not _is_fragment(text[a:b].strip())
        and not _LIST_MARKER.match(text[before:a].strip())
        and not ends_with_title(text[max(0, a - 14) : a].rstrip())
        and not _after_number_abbreviation(text, a)
        and not _inside_name(text, a)
    ]


def _inside_name(text: str, start: int) -> bool:
    """True for a capitalised word that is no sentence starter after a middle initial
    ("Ramzi A. Nosair") or after "the" and an acronym with stops ("the U.S. Embassy")."""
    word = _CAPITALISED.match(text, start)
    return bool(
        word
        and word.group().lower() not in SENTENCE_STARTERS
        and _NAME_PART.search(text[max(0, start - 30) : start])
    )


def _after_number_abbreviation(text: str, start: int) -> bool:
    """True for a number after an abbreviation that precedes one ("by Dec. 1", "No. 3")."""
    return text[start].isdigit() and bool(
        _NUMBER_ABBREVIATION.search(text[max(0, start - 10) : start])
    )


def _punkt_spans(text: str, plain: list[int]) -> Iterator[tuple[int, int]]:
    """Punkt's sentences, Punkt reading only the stretches between plain starts (where it cuts
    too) that hold a stop before their end."""
    for a, b in pairwise([0, *plain, len(text)]):
        stretch = text[a:b].rstrip()
        if _INNER_STOP.search(stretch):
            yield from ((a + start, a + end) for start, end in _punkt().span_tokenize(stretch))
        elif stretch:
            yield a, a + len(stretch)


def _punkt_pieces(text: str, plain: list[int]) -> list[tuple[int, int]]:
    """Our Punkt splitter's sentences, with its repairs: fragments, list markers, cuts inside a
    short bracket and names after a title joined to the sentence before."""
    merged: list[list[int]] = []
    for start, end in _punkt_spans(text, plain):
        piece = text[start:end]
        previous = text[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and (
            _is_fragment(piece)
            or _LIST_MARKER.match(previous)
            or _cut_in_brackets(previous)
            or ends_with_title(previous)
        ):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


# A terminator with more text after it: the only places where any of the splitters cuts.
_CANDIDATE = re.compile(r"[.!?;…][\"'”’)\]]*\s+\S")
# An end all three agree on: a stop before a capitalised word, "A" or "I", after a word that is
# no abbreviation, an acronym ("PLO") or a year ("1990s") (_PLAIN_WORD, read back from the
# stop).
_PLAIN_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?(?:[A-Z][a-z]|[AI][\s'’]))")
_PLAIN_WORD = re.compile(
    r"(?<![\w.'’-])([a-z]{2,}(?:-[a-z]+)*|[A-Z][a-z]+|[A-Z]{2,}s?|1\d{3}s?|20\d\ds?)$"
)
# Abbreviations that precede a number ("Sept. 23", "No. 3", "pp. 4"): no sentence starts there.
_NUMBER_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|N[°º]|Vol|pp?|Figs?|Ch)\.\s+$"
)
# A stop with more than closing stops and quotes after it: where Punkt may cut.
_INNER_STOP = re.compile(r"[.!?](?![.!?\"'”’)\]]*$)")
# A middle initial, or "the" and an acronym with stops (not a clock's "P.M."), before a name
# ("Ramzi A. Nosair", "the U.S. Embassy").
_NAME_PART = re.compile(r"\b(?:[Tt]he\s+(?![AP]\.M\.)(?:[A-Z]\.){2,}|[A-Z][a-z]+\s+[A-Z]\.)\s+$")
_CAPITALISED = re.compile(r"[A-Z][a-z]+\b")
# How far before and after a doubtful boundary the other splitters read, at most.
CONTEXT = 200
WINDOW = 5 * CONTEXT  # the longest stretch they read at once (pySBD grows faster than it)


def _plain_starts(text: str) -> list[int]:
    """Starts all three splitters agree on: after a word that is no abbreviation."""
    return [
        end.end()
        for end in _PLAIN_END.finditer(text)
        if (word := _PLAIN_WORD.search(text, max(0, end.start() - 40), end.start()))
        and word.group(1).lower() not in ABBREVIATIONS
    ]


def _doubtful(text: str, plain: set[int]) -> list[int]:
    """Possible starts that are neither plain nor settled by _kept_starts: where the splitters
    may disagree."""
    return [
        start
        for start in (m.end() - 1 for m in _CANDIDATE.finditer(text))
        if start not in plain
        and not (
            _LOWER_START.match(text, start)
            or ends_with_title(text[max(0, start - 14) : start])
            or _after_number_abbreviation(text, start)
            or _inside_name(text, start)
        )
    ]


def _windows(text: str, starts: list[int], plain: list[int]) -> list[tuple[int, int]]:
    """Stretches of text around the given starts: from the plain start before each to the plain
    start after it, at most CONTEXT characters either side, cut at a space; overlapping
    stretches joined up to WINDOW characters, then read on from where the last one ends (a
    paragraph of starts in doubt is no one stretch: pySBD reads it in quadratic time)."""
    spans: list[list[int]] = []
    for start in starts:
        position = bisect_left(plain, start)
        before = plain[position - 1] if position else 0
        if start - before > CONTEXT:
            space = text.find(" ", start - CONTEXT, start - 1)
            before = space + 1 if space >= 0 else start - CONTEXT
        position = bisect_right(plain, start)
        after = plain[position] if position < len(plain) else len(text)
        if after - start > CONTEXT:
            space = text.rfind(" ", start + 1, start + CONTEXT)
            after = space if space >= 0 else start + CONTEXT
        if spans and before <= spans[-1][1] and after - spans[-1][0] <= WINDOW:
            spans[-1][1] = max(spans[-1][1], after)
        elif spans and before < spans[-1][1]:
            spans.append([spans[-1][1], after])
        else:
            spans.append([before, after])
    return [(a, b) for a, b in spans]


def _disputed(
    text: str, ours: list[int], windows: list[tuple[int, int]], splitter: Callable[[str], set[int]]
) -> list[int]:
    """Starts inside the windows that the splitter and our rules do not share."""
    disputed: list[int] = []
    for a, b in windows:
        found = {a + start for start in splitter(text[a:b])}
        mine = set(ours[bisect_right(ours, a) : bisect_left(ours, b)])
        disputed += sorted(start for start in found ^ mine if a < start < b)
    return disputed


def _vote(text: str, ours: list[int], plain: list[int]) -> list[int]:
    """Our starts, where two of our rules, syntok and pySBD agree. The other two read only
    windows around the starts in doubt, and pySBD (the slowest) only around the ties, the only
    starts it can change."""
    doubtful = _doubtful(text, set(plain))
    if not doubtful:
        return ours
    tied = _disputed(text, ours, _windows(text, doubtful, plain), _syntok_starts)
    if not tied:
        return ours
    pysbd = {a + s for a, b in _windows(text, tied, plain) for s in _pysbd_starts(text[a:b])}
    return sorted(set(ours).difference(tied) | pysbd.intersection(tied))


def _syntok_starts(text: str) -> set[int]:
    """Where syntok starts each sentence after the first (token offsets, so verbatim)."""
    starts = {sentence[0].offset for paragraph in analyze(text) for sentence in paragraph}
    return starts - {0}


def _pysbd_starts(text: str) -> set[int]:
    """Where pySBD starts each sentence after the first, found back in the text in order (its
    processor's sentences: `segment` would compile a regular expression for each of them)."""
    starts, position = set(), 0
    for piece in _pysbd().processor(text).process():
        found = text.find(piece.strip(), position) if piece.strip() else -1
        if found >= 0:
            starts.add(found)
            position = found + 1
    return starts - {0}


@lru_cache(maxsize=1)
def _pysbd() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def split_words(sentence: str) -> list[str]:
    """Word tokens of a sentence (NLTK's Treebank-style tokenizer, no data needed)."""
    return _word_tokenizer().tokenize(sentence)


def paragraph_sentences(paragraphs: Sequence[str]) -> list[tuple[int, str]]:
    """Each sentence of the paragraphs, in order, with its paragraph's index; a dateline run into
    a paragraph's first sentence ("Taipei, Taiwan — The festival ...") is no news, left out, and a
    lead-in ending on a colon stays with the sentence it introduces, which it attributes; one
    that is a sentence of its own (RIA's "МОСКВА, 28 ноя — РИА Новости.") leaves none."""
    found = (
        (number, without_dateline(text) if not index else text)
        for number, paragraph in enumerate(paragraphs)
        for index, text in enumerate(split_sentences(paragraph, lead_ins=False))
    )
    return [(number, text) for number, text in found if text]


def _sentences(article: Article, found: list[tuple[int, str]]) -> list[Sentence]:
    return [Sentence(text, article, number, i) for i, (number, text) in enumerate(found)]


def article_sentences(article: Article) -> list[Sentence]:
    """The sentences of an article, in order, with their paragraph and position."""
    return _sentences(article, paragraph_sentences(article.paragraphs))
