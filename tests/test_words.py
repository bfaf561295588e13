"""Word helpers shared by the stages (text/words)."""

from briefing.text.words import lower, word_count


def test_lower_keeps_one_character_for_each():
    # str.lower gives the Turkish "İ" as "i" and a combining dot, which split the word
    assert lower("İSTANBUL İmamoğlu") == "istanbul imamoğlu"
    assert len(lower("İİ x")) == 4 and lower("ÖCALAN") == "öcalan"


def test_word_count_counts_each_han_or_kana_letter_a_word():
    # Chinese and Japanese put no space between words: word processors count each such letter
    assert word_count("Stocks fell 3 percent — again.") == 6
    assert word_count("东京股市周二大幅下跌，日经指数收盘下跌百分之三。") == 22
    assert word_count("日経平均株価は下落した。") == 11
    assert word_count("会议在Tokyo举行 on Monday。") == 8
