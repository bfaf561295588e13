"""Characters a reader cannot see that split a word in two for a machine ("Myan" + soft hyphen +
"mar" is no match for the topic term Myanmar), and a letter written as a letter and its accent
("O" + combining diaeresis for "Ö"): out of every source text before it is used."""

from __future__ import annotations

import re
import unicodedata

# Soft hyphen, zero-width space, word joiner, zero-width no-break space (BOM), Mongolian vowel
# separator: never needed between letters of any script.
_ALWAYS = re.compile("[\u00ad\u200b\u2060\ufeff\u180e]")
# Zero-width non-joiner and joiner shape Persian, Indic scripts and emoji; between two Latin
# letters (or a Latin letter and a space) they do nothing but hide a word.
_JOINER_IN_LATIN = re.compile(
    "(?<=[A-Za-z\u00c0-\u024f\\s])[\u200c\u200d]+|[\u200c\u200d]+(?=[A-Za-z\u00c0-\u024f\\s])"
)

# Why a source shows nothing (`shown`): the one reason, for a text file, a feed entry or a page
NOTHING_SHOWN = "no article text once control and invisible characters are removed"
# A private-use character is an icon font's glyph ("\ue000"), seen on the page
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def visible(text: str) -> str:
    """The text without soft hyphens and zero-width characters that would split its words, its
    letters composed (NFC: the same text on screen, each accented letter one character, as
    patterns of letters, topic words and names read it)."""
    if text.isascii():
        return text
    text = _ALWAYS.sub("", text)
    if "\u200c" in text or "\u200d" in text:  # its look-arounds were 9/10 of the time here
        text = _JOINER_IN_LATIN.sub("", text)
    return composed(text)


def composed(text: str) -> str:
    """The text as it looks, whatever keyboard wrote it: its letters composed (NFC), so "Türkiye"
    typed with a combining diaeresis is the "Türkiye" of a source, a topic name or a query."""
    return unicodedata.normalize("NFC", text)


def shown(text: str) -> bool:
    """Whether `text` shows anything: a letter, digit, punctuation mark, symbol or private-use
    glyph, not only spaces, joiners, direction marks or marks with no letter to sit on."""
    return any(unicodedata.category(char)[0] in "LNPS" for char in text) or bool(
        _PRIVATE.search(text)
    )
