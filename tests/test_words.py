"""Word helpers shared by the stages (text/words)."""

from briefing.text.words import lower


def test_lower_keeps_one_character_for_each():
    # str.lower gives the Turkish "İ" as "i" and a combining dot, which split the word
    assert lower("İSTANBUL İmamoğlu") == "istanbul imamoğlu"
    assert len(lower("İİ x")) == 4 and lower("ÖCALAN") == "öcalan"
