"""Word helpers shared by the stages (text/words)."""

import re

from briefing.text.words import (
    MONTH,
    letter_start,
    lower,
    month_number,
    narrow_kana,
    wide_kana,
    word_count,
    word_ends,
    writes_whole,
    writing_direction,
)


def test_lower_keeps_one_character_for_each():
    # str.lower gives the Turkish "İ" as "i" and a combining dot, which split the word
    assert lower("İSTANBUL İmamoğlu") == "istanbul imamoğlu"
    assert len(lower("İİ x")) == 4 and lower("ÖCALAN") == "öcalan"


def test_word_count_reads_han_and_kana_letters_at_a_chinese_word_length():
    # No space between words in Chinese and Japanese: a word of running Chinese text is 1.6
    # letters on average (Zheng 1957, 40% of words one letter, nearly all others two), so a
    # Chinese news sentence of 30-90 letters is 19-56 words, inside the 6-60 a line may have
    assert word_count("Stocks fell 3 percent — again.") == 6
    assert word_count("东京股市周二大幅下跌，日经指数收盘下跌百分之三。") == 14  # 22 letters
    assert word_count("日経平均株価は下落した。") == 7  # 11 letters
    assert word_count("会议在Tokyo举行 on Monday。") == 6  # 5 letters and 3 words
    xinhua = (
        "新华社华盛顿12月3日电 中美两国经贸团队3日在华盛顿举行新一轮经贸磋商，"
        "双方就关税、出口管制和市场准入等问题深入交换了意见。"
    )  # 55 letters and 3 numbers: a line of 37 words, not of 58
    assert word_count(xinhua) == 37
    assert 6 <= word_count("中美举行磋商，双方深入交换了意见。") <= 60


def test_word_count_reads_thai_lao_tibetan_burmese_and_khmer_by_their_signs():
    """scripts25: a run of these scripts between spaces was one word, so a Khmer or Tibetan
    sentence was "no sentence of 6 to 60 words"; one word each 5 letters and marks now (ICU's
    dictionary words: 12, 11, 8 and 14 below; Tibetan 13 syllables)."""
    assert word_count("ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคาร") == 8
    assert word_count("ລັດຖະບານລາວໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອແກ້ໄຂບັນຫາເງິນເຟີ້") == 11
    assert word_count("ទឹកជំនន់បានបំផ្លាញផ្ទះរាប់ពាន់ខ្នងនៅក្នុងខេត្តបាត់ដំបង។") == 11
    burmese = "မြန်မာနိုင်ငံ စစ်ကောင်စီသည် အရေးပေါ်အခြေအနေကို သက်တမ်းတိုးကြောင်း ကြေညာခဲ့သည်။"
    assert word_count(burmese) == 15
    assert word_count("བོད་ལྗོངས་ཀྱི་ཤར་ཕྱོགས་སུ་ས་ཡོམ་ཆེན་པོ་ཞིག་བྱུང་ཡོད།") == 8
    assert word_count("ร้อยละ 3 ในปี ๒๕๖๙") == 4  # a number between spaces is a word
    assert word_count("हिन्दी ठीक है") == 3  # a spaced script as before


def test_word_ends_in_an_unspaced_run_are_those_no_dictionary_is_needed_for():
    """cjk18: before a number, a Latin word, an opening mark or "的", after a mark or a
    Latin word, after kana particles before Han or katakana; not between a number and its
    counter ("3日") nor between a Han letter and the kana ending its word ("衝突し")."""
    text = "会议3日在Tokyo举行的《协议》は衝突し、中国"
    assert word_ends("增长3.5%") == [2]
    assert [text[:i] for i in word_ends(text)] == [
        "会议",
        "会议3日在",
        "会议3日在Tokyo",
        "会议3日在Tokyo举行",
        "会议3日在Tokyo举行的",
        "会议3日在Tokyo举行的《协议》",
        "会议3日在Tokyo举行的《协议》は",
        "会议3日在Tokyo举行的《协议》は衝突し、",
    ]


def test_no_word_ends_inside_a_letter_and_its_marks():
    """hostile16: a mark (a Devanagari vowel sign, a combining accent) or a joined emoji read as
    "other" after a letter, so a Chinese headline quoting "नरेंद्र मोदी" was cut "…मोद…", its last
    vowel sign dropped, and a word ended after each sign inside "नरेंद्र": a mark belongs to the
    letter it is written on."""
    modi = "印度总理नरेंद्रमोदी会见"
    assert [modi[:i] for i in word_ends(modi)] == ["印度总理", "印度总理नरेंद्रमोदी"]
    assert word_ends("东京cafe\u0301的") == [2, 7]


def test_half_width_katakana_reads_as_full_width():
    """hostile16: "ﾃﾞｼﾞﾀﾙ" was not "デジタル" (no NFKC): each half-width letter with its voiced
    mark is its full-width one, and back."""
    assert wide_kana("ﾃﾞｼﾞﾀﾙ化, ｱﾞ｡") == "デジタル化, ア\u3099。"
    assert wide_kana("デジタル and plain") == "デジタル and plain"
    assert narrow_kana("トヨタのデジタル化、パン") == "ﾄﾖﾀのﾃﾞｼﾞﾀﾙ化、ﾊﾟﾝ"
    assert wide_kana(narrow_kana("ヴァーチャル")) == "ヴァーチャル"


def test_a_letter_starts_after_its_marks_its_virama_and_its_leading_vowel():
    """hostile19: a cut of a run with no space backs off to where a letter starts: before the
    letter a mark, "ำ" or a virama's consonant belongs to, before a leading vowel."""
    assert [letter_start("प्रधान", n) for n in range(7)] == [0, 0, 0, 3, 3, 5, 6]
    assert [letter_start("เป็นจำ", n) for n in range(7)] == [0, 0, 0, 3, 4, 4, 6]
    assert letter_start("အင်္ဂါ", 5) == 1 and letter_start("abc", 2) == 2


def test_writing_direction_is_the_first_strong_letter_s_when_right_to_left_letters_are_in_it():
    # digits, punctuation and emoji take no side; "" says the text needs no direction of its own
    assert writing_direction("وأكد مسؤول في حركة Hamas أن الاتفاق.") == "rtl"
    assert writing_direction("08:00 👍 ירושלים ממשלה") == "rtl"
    assert writing_direction("Al Jazeera عربي") == "ltr"
    assert writing_direction("Talks resume in Jakarta") == ""
    assert writing_direction("仁爱礁 中国海警") == writing_direction("") == ""


def test_a_month_is_numbered_from_its_full_name_or_abbreviation():
    months = ("Jan.", "Sept.", "Aug", "December", "MAY")
    assert [month_number(m) for m in months] == [1, 9, 8, 12, 5]


def test_a_month_is_read_in_full_or_abbreviated_never_as_a_bare_word():
    month = re.compile(rf"^{MONTH} \d")
    for written in ("Jan. 5", "Sept. 30", "Sep 1", "Jun 5", "May 9", "December 12", "Mar. 3"):
        assert month.match(written), written
    for other in ("Mar 3", "Apr 4", "Mayor 5", "march 3"):
        assert not month.match(other), other
    assert [month_number(m) for m in re.findall(MONTH, "Jun. 5 and Sept. 9")] == [6, 9]


def test_a_word_is_written_whole_only_between_word_edges():
    text = "Many past hurricanes hit the warehouse; the war ended."
    assert writes_whole(text, "hurricanes") and writes_whole(text, "war")
    assert not writes_whole(text, "hurricane") and not writes_whole(text, "ware")
    assert not writes_whole(text, "War")  # case as given
