"""What sources say, made safe to show: escape sequences whole, other controls, URL passwords."""

import pytest

from briefing.ingest import scrub


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a \x1b[1;31mred\x1b[0m b", "a red b"),  # CSI, whole
        ("x\x1b]0;new title\x07y", "xy"),  # OSC ended by BEL
        ("x\x1b]8;;http://e.vil/\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),  # hyperlink, ST-ended
        ("c\x9b2Jd\x9d0;t\x9ce", "cde"),  # 8-bit CSI and OSC
        ("bell\x07 nul\x00 del\x7f", "bell nul del"),
        ("40 prisoners\x1b from", "40 prisoners from"),  # a stray ESC takes no space with it
        ("a\x1bcb \x1b7c", "ab c"),  # ESC c (reset), ESC 7 (save cursor): two characters
        ("one\r\ntwo\x0bthree", "one \ntwo three"),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("Myanmar’s “junta” — ေ ü 中", "Myanmar’s “junta” — ေ ü 中"),
        # a direction override prints "on Friday" reversed and "ton" as "not": the reader would
        # see other words than the ranking read; marks (RLM) and joiners stay
        ("prison \u202eon Friday, relatives said.", "prison on Friday, relatives said."),
        ("did \u202dton\u202c free \u2067x\u2069", "did ton free x"),
        ("قال\u200f: نعم \u200dက", "قال\u200f: نعم \u200dက"),
        ("see https://user:t0k3n@example.org/a?b=c@d", "see https://example.org/a?b=c@d"),
        ("ftp://anon@files.example/x, me@example.org", "ftp://files.example/x, me@example.org"),
    ],
)
def test_text_keeps_the_words_and_drops_controls_and_passwords(raw, shown):
    assert scrub.text(raw) == shown


def test_line_and_url_are_one_line():
    assert scrub.line(" Reuters\x1b[2J |\r\n World ") == "Reuters | World"
    assert scrub.url("http://a:b@127.0.0.1:8080/feed") == "http://127.0.0.1:8080/feed"


def test_escaped_shows_every_character_a_name_would_not_show():
    """hostile13: a zero-width space, a direction mark, a no-break space or a byte-order mark in
    a file's name was left as is, so "a\\u200bb.md" was named as "ab.md" is: which file?"""
    for char in ("\u200b", "\u200e", "\u200f", "\u061c", "\u2060", "\ufeff", "\xa0", "\u3000"):
        shown = char.encode("unicode_escape").decode()
        assert scrub.escaped(f"a{char}b.md") == f"a{shown}b.md"
    assert scrub.escaped("Türkiye İstanbul.md") == "Türkiye İstanbul.md"
