"""Words as a reader counts them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

HEADING_WORDS = 20  # a heading or title line is at most this long
LISTED = 3  # a flag naming lines left out quotes this many of those it counts
LISTED_CHARS = 40  # each cut to this many characters
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)  # "Monday|Tuesday|...|Sunday"
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip

# A month as news writes it, in full or abbreviated ("January", "Jan.", "Sept.", "Aug"), never a
# bare "Mar" or "Apr", which are words and names too
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|Jun(?:e|\.)?|Jul(?:y|\.)?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)


def month_number(name: str) -> int:
    """The number of a month named in full or abbreviated ("Sept.", "Aug", "December": 9, 8, 12)."""
    key = name.lower().rstrip(".")[:3]
    return next(n for n, month in enumerate(MONTHS, start=1) if month.startswith(key))


# The capital letters as the body of a regex class: ASCII's and those past it ("ÉVORA", "ZÜRICH",
# "ŁÓDŹ", "İZMİR", "ĐÀ NẴNG", Greek and Cyrillic's), never a lower-case letter
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x2000)) if c.isupper())
# What ends a sentence, as regex class bodies: the stops of Latin and other scripts (full-width
# "。！？", Devanagari "।", Arabic "؟", Armenian "։", Ethiopic "።", Burmese "။", Tibetan "།", Khmer
# "។ ៕"), then the closing marks that may follow one ("”", "」")
WIDE_STOPS = "。！？｡"  # Chinese and Japanese write no space after them
SCRIPT_STOPS = "।॥؟۔։።။།។៕"  # the other scripts' own, which Punkt does not read
STOPS = f".!?…{WIDE_STOPS}{SCRIPT_STOPS}"
CLOSERS = "\"'”’)\\]」』）》〉】"
# A colon after an Armenian letter: Armenian's full stop "։" as writers type it (keyboards lack
# it; Armenian's own colon is another mark), as a regex: before the end or a space and the next
# Armenian word or number, not inside a link ("Կատեգորիա:Հայաստան"), a score ("Արարատ:Բանանց")
# or a line of another script quoting an Armenian word ("The sign read Երևան: Welcome"); the
# colon read first, so a search looks behind only at a colon, not at every character
ARMENIAN_STOP = (
    f":(?<=[\u0531-\u0587]:)(?=[{CLOSERS}]*(?:$|\\s+[«“„\"'‘(\\[—–-]*[\u0531-\u0587\\d]))"
)
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


WORD_EDGE = re.compile(r"\b")  # a word's edge, matched at a position: `WORD_EDGE.match(text, n)`


def writes_whole(text: str, word: str) -> bool:
    """Whether `text` writes `word` (a word's letters, case as given) as a whole word, found by
    `str.find` at word edges: no pattern compiled per word."""
    at = text.find(word)
    while at >= 0 and not (WORD_EDGE.match(text, at) and WORD_EDGE.match(text, at + len(word))):
        at = text.find(word, at + 1)
    return at >= 0


def lower(text: str) -> str:
    """Lower case, one character for one: the Turkish "İ" is "i" (`str.lower` gives "i" and a
    combining dot, which splits the word for a pattern or a tokenizer and shifts positions; it
    is the one letter whose lower case is longer)."""
    return text.replace("İ", "i").lower()


def yo_as_e(text: str) -> str:
    """Lower-case `text` with "ё" read as "е", one letter for one: Russian writes either for it
    (and Snowball's stems write "е")."""
    return text.replace("ё", "е")


# Letters of Han and kana (Chinese, Japanese), whose writers put no space between words; with
# Thai, Lao, Myanmar and Khmer's (no space either, but several letters to a syllable) the scripts
# written without spaces
_HIRAGANA = ((0x3040, 0x309F),)
_KATAKANA = ((0x30A0, 0x30FF), (0x31F0, 0x31FF))
# Half-width katakana, which NFKC reads full-width: the stops "｡｢｣､･", then the letters "ｦ" to
# "ﾝ" and last the voiced marks "ﾞ" and "ﾟ" written after one
_HALF_STOPS = "\uff61-\uff65"
_HALF_KATAKANA = (0xFF66, 0xFF9F)  # the letters and the voiced marks
_VOICED = "\uff9e\uff9f"
_IDEOGRAPHIC = (
    (0x3005, 0x3007), *_HIRAGANA, *_KATAKANA, (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF), _HALF_KATAKANA, (0x20000, 0x3FFFF),
)  # fmt: skip
_THAI_LAO = (0x0E00, 0x0EFF)  # written without spaces and with no stop at a sentence's end
_UNSPACED = (
    *_IDEOGRAPHIC, _THAI_LAO, (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF),
    (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F),
)  # fmt: skip
# Letters in a word of running Chinese text, on average: 40% of its words are one letter, nearly
# all the others two (Zheng 1957; DeFrancis 1943 counts 30%, 1.7; both as Hannas, "Asia's
# Orthographic Dilemma", 1997, cites them); kana read at the same length
CHARS_PER_WORD = 1.6
# Letters and the marks on them in a word of Thai, Lao, Khmer and Burmese, on average: 4.2, 5.1,
# 5.4 and 5.6 in the words ICU's dictionaries find in the scripts25 probe day (node's
# Intl.Segmenter, 57-93 words a script); a Tibetan syllable (between its "་") 3.0, a word about
# 1.6 of them as Chinese's are of letters: 4.8
SIGNS_PER_WORD = 5
_WORD = re.compile(r"\w")


def _class(ranges: Sequence[tuple[int, int]]) -> str:
    """Ranges of code points as the body of a regex class ("一-鿿")."""
    return "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges)


# Han and kana letters as the body of a regex class
IDEOGRAPHS = _class(_IDEOGRAPHIC)
# The blocks of Thai, Lao, Tibetan, Burmese and Khmer, written with no space between words
_SYLLABIC = ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))
# A run of their letters and marks, their signs read by SIGNS_PER_WORD (digits and stops left out)
_SYLLABIC_RUN = re.compile(
    "[{}]+".format(
        "".join(
            c
            for low, high in _SYLLABIC
            for c in map(chr, range(low, high + 1))
            if unicodedata.category(c)[0] in "LM"
        )
    )
)
# Hangul syllables (Korean: spaced words, a particle or ending joined to its word, "서울에서")
_HANGUL = (0xAC00, 0xD7A3)
HANGUL = _class([_HANGUL])


def is_hangul(ch: str) -> bool:
    """Whether `ch` is a Hangul syllable, which Korean joins particles and endings to."""
    return _HANGUL[0] <= ord(ch) <= _HANGUL[1]


_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")
# A letter `word_count` counts by letters: Han or kana, or of the blocks `_SYLLABIC_RUN` reads (one
# search, so a text past ASCII in a spaced script, "“quoted” café", is split on spaces alone)
_COUNTED_APART = re.compile(f"[{_class((*_IDEOGRAPHIC, *_SYLLABIC))}]")


@cache
def _kinds() -> str:
    """The Unicode category's first letter ("L", "M", "N" ...) of each character past ASCII of the
    Basic Multilingual Plane, in order; "I" for Han and kana, "H" for Hangul syllables."""
    kinds = "".join(kind[0] for kind in map(unicodedata.category, map(chr, range(0x80, 0x10000))))
    for (low, high), kind in [*((r, "I") for r in _IDEOGRAPHIC if r[1] < 0x10000), (_HANGUL, "H")]:
        kinds = kinds[: low - 0x80] + kind * (high + 1 - low) + kinds[high + 1 - 0x80 :]
    return kinds


def _class_body(head: str, kinds: str, kept: str) -> str:
    """A regex class body: `head` (ASCII's), then the characters past ASCII whose `kinds` are
    among `kept`, as ranges."""
    runs = re.finditer(f"[{kept}]+", kinds)
    return head + "".join(f"{chr(0x80 + r.start())}-{chr(0x7F + r.end())}" for r in runs)


# The letters and digits of every script (and each alone) with the marks written on them (a
# Devanagari vowel sign or virama, a Thai vowel above its letter: `\w` leaves marks out and so
# cuts "हिन्दी" in three), as regex class bodies; not Han or kana, read by `IDEOGRAPHS`; then the
# same without Hangul, for a pattern that reads Hangul as `IDEOGRAPHS` are read; a word character
# (`\w` with the marks it leaves out) and a word of it. Built from the Unicode tables when first
# read (module `__getattr__`): about 20 ms, which a command that never meets them does not pay.
_CLASSES = {
    "WORD_CHARS": ("a-zA-Z0-9", "LMNH"),
    "LETTERS": ("a-zA-Z", "LMH"),
    "DIGITS": ("0-9", "N"),
    "UNHANGUL_CHARS": ("a-zA-Z0-9", "LMN"),
    "UNHANGUL_LETTERS": ("a-zA-Z", "LM"),
    "MARKED": ("\\w", "M"),
}


@cache
def __getattr__(name: str) -> str | re.Pattern[str]:
    """The class bodies of `_CLASSES` and `WORD`, built once when first read."""
    if name == "WORD":
        return re.compile(f"[{__getattr__('MARKED')}]+")
    if name not in _CLASSES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    head, kept = _CLASSES[name]
    return _class_body(head, _kinds(), kept)


# A run of letters of the scripts written without spaces ("东京股市", "ตลาดหุ้น")
UNSPACED_RUN = re.compile(f"[{_class(_UNSPACED)}]+")
# Thai and Lao (a regex class's body), which mark no sentence's end: a space parts their sentences
UNSTOPPED = _class((_THAI_LAO,))
UNSTOPPED_RUN = re.compile(f"[{UNSTOPPED}]+")


@cache
def _half_kana() -> re.Pattern[str]:
    """A half-width katakana letter or mark with the voiced mark after it ("ﾃﾞ"), compiled when
    a text past ASCII first needs it (0.2 ms a start-up otherwise)."""
    return re.compile(f"[{_HALF_STOPS}{_class([_HALF_KATAKANA])}][{_VOICED}]?")


def wide_kana(text: str) -> str:
    """`text` with its half-width katakana full-width, as NFKC reads them ("ﾃﾞｼﾞﾀﾙ": "デジタル")."""
    if text.isascii():
        return text
    return _half_kana().sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


@cache
def _narrow() -> dict[int, str]:
    """Full-width katakana -> their half-width spelling, NFKC's inverse ("デ": "ﾃﾞ")."""
    table: dict[int, str] = {}
    for half in map(chr, range(_HALF_KATAKANA[0], ord(_VOICED[0]))):  # the letters alone
        for spelling in (half, *(half + mark for mark in _VOICED)):
            wide = unicodedata.normalize("NFKC", spelling)
            if len(wide) == 1:
                table.setdefault(ord(wide), spelling)
    return table


def narrow_kana(text: str) -> str:
    """`text` with its full-width katakana half-width ("デジタル": "ﾃﾞｼﾞﾀﾙ"): `wide_kana` undone."""
    return text.translate(_narrow())


def either_width(text: str) -> tuple[str, ...]:
    """`text` as written and with its katakana half-width ("トヨタ", "ﾄﾖﾀ"), or alone."""
    return tuple(dict.fromkeys((text, narrow_kana(text))))


def _within(ch: str, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether `ch`'s code point is in one of `ranges`."""
    code = ord(ch)
    return any(low <= code <= high for low, high in ranges)


def is_unspaced(ch: str) -> bool:
    """Whether `ch` is a letter of a script written without spaces between words."""
    return ord(ch) >= 0x0E00 and _within(ch, _UNSPACED)


def ideographic(text: str) -> bool:
    """Whether `text` has a Han or kana letter."""
    return not text.isascii() and bool(_IDEOGRAPH.search(text))


def mostly_unspaced(text: str) -> bool:
    """Whether most of `text`'s letters are of scripts written with no space between words: Han
    and kana, Thai, Lao, Tibetan, Burmese, Khmer (such a sentence, not an English one quoting
    a name in Han)."""
    if text.isascii():
        return False
    syllabic = sum(map(str.isalpha, "".join(_SYLLABIC_RUN.findall(text))))
    return 2 * (len(_IDEOGRAPH.findall(text)) + syllabic) > sum(map(str.isalpha, text))


def word_count(text: str) -> int:
    """Number of words, as a reader counts them: those between spaces, for a run of Han or kana
    (no spaces) one word each CHARS_PER_WORD letters, for a run of Thai, Lao, Tibetan, Burmese
    or Khmer one each SIGNS_PER_WORD letters and marks."""
    if text.isascii() or not _COUNTED_APART.search(text):
        return len(text.split())
    rest, ideographs = _IDEOGRAPH.subn(" ", text)
    signs = sum(len(run) for run in _SYLLABIC_RUN.findall(rest))
    if not ideographs and not signs:
        return len(text.split())
    spaced = sum(1 for word in _SYLLABIC_RUN.sub(" ", rest).split() if _WORD.search(word))
    return round(ideographs / CHARS_PER_WORD + signs / SIGNS_PER_WORD) + spaced


def word_ends(text: str) -> list[int]:
    """Where a word surely ends inside `text`, in Han or kana (no spaces, no dictionary read):
    before a number, a Latin word, an opening mark or the particle "的"; after a Latin word or
    a mark other than an opening one; after hiragana (a Japanese particle) before Han, katakana
    or a number; a space. Not between a number and its counter ("3日") nor between a Han letter
    and the kana ending its word ("衝突し") nor inside a number ("3.5") nor before a letter's
    combining mark ("मोदी")."""
    inside = {m.start() for m in _INSIDE_NUMBER.finditer(text)}
    ends, letter = [], text[:1]
    for n in range(1, len(text)):
        if unicodedata.category(text[n])[0] == "M":
            continue  # a mark is read with the letter it is written on ("मोदी", "e\u0301")
        if _word_end(letter, text[n]) and n not in inside:
            ends.append(n)
        letter = text[n]
    return ends


# Letters Unicode files apart that a reader reads with a neighbour: Thai and Lao "ำ" after its
# consonant, their leading vowels ("เ", "ແ") before theirs, a joiner between the two it joins
_WITH_THE_LETTER_BEFORE = "\u0e33\u0eb3\u200c\u200d"
_WITH_THE_LETTER_AFTER = "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4\u200c\u200d"
_VIRAMA = 9  # the combining class of a virama, which joins the next consonant ("प्र", "္", "្")


def letter_start(text: str, end: int) -> int:
    """The last place at or before `end` where `text` can be cut without parting a letter from
    what a reader reads with it: its mark ("อย่", "मो"), a virama's consonant ("प्र", "င်္ဂ"),
    Thai "ำ", a leading vowel's consonant ("เป"), a joiner's letters."""
    while 0 < end < len(text) and (
        unicodedata.category(text[end])[0] == "M"
        or text[end] in _WITH_THE_LETTER_BEFORE
        or text[end - 1] in _WITH_THE_LETTER_AFTER
        or unicodedata.combining(text[end - 1]) == _VIRAMA
    ):
        end -= 1
    return end


_INSIDE_NUMBER = re.compile(r"(?<=\d[.,:])(?=\d)")  # "3.5", "1,200", "3:0"


def _word_end(before: str, after: str) -> bool:
    """Whether a word ends between the characters `before` and `after` (`word_ends`)."""
    if before.isspace() or after.isspace() or (after == "的" and is_unspaced(before)):
        return True
    kinds = _kind(before), _kind(after)
    return (
        kinds[1] in ("latin", "number", "opening")
        or kinds[0] in ("latin", "mark")
        or (kinds[0] == "hiragana" and kinds[1] in ("han", "katakana", "number"))
    ) and kinds[0] != kinds[1]


def _kind(char: str) -> str:
    """The kind of `char` a word end is read from: "number", "opening", "mark", "hiragana",
    "katakana", "han", "latin" (any other letter) or "other"."""
    category = unicodedata.category(char)
    if char.isdigit():
        return "number"
    if category in ("Ps", "Pi"):
        return "opening"
    if category[0] == "P":
        return "mark"
    if _within(char, _HIRAGANA):
        return "hiragana"
    if _within(char, _KATAKANA):
        return "katakana"
    if ideographic(char):
        return "han"
    return "latin" if char.isalpha() else "other"


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


def writing_direction(text: str) -> str:
    """The direction ("rtl" or "ltr") of `text`'s first strong letter when it holds a right-to-left
    letter (Arabic, Hebrew, Syriac, Thaana, N'Ko); "" when it has none and needs no direction."""
    sides = [unicodedata.bidirectional(ch) for ch in text]
    if not any(side in ("R", "AL") for side in sides):
        return ""
    return "rtl" if next(side for side in sides if side in ("L", "R", "AL")) != "L" else "ltr"


def fitting(text: str, columns: int) -> int:
    """How many of `text`'s leading characters fit in `columns` of a line, a wide letter (Han,
    kana, Hangul, full-width) as wide as two Latin ones; len(text) when it all fits."""
    for n, ch in enumerate(text):
        columns -= 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if columns < 0:
            return n
    return len(text)
