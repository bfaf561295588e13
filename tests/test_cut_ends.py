from briefing.day.cut_ends import closing, phrase_cut
from briefing.day.sentence_cut import from_sentence


def test_a_cut_before_a_number_keeps_the_number_its_qualifier_opens():
    # region seed 172: a cut after "killed at least" left "have killed…", the toll dropped
    words = "blizzards have killed at least 62 people throughout Europe".split()
    assert phrase_cut(words, 5) == 7  # "... at least" + "62 people"
    assert phrase_cut(words, 3) == 3  # a cut after the verb, before "at least", as before
    assert from_sentence(
        "An Arctic cold wave and accompanying blizzards across the north of the continent have "
        "killed at least 62 people throughout Europe since the start of November."
    ).endswith("have killed at least 62 people…")


def test_a_cut_after_every_word_ends_there():
    """phrase_cut and closing take a cut at the end of the words, or of none, as it is."""
    words = "Fire at the mill".split()
    assert phrase_cut(words, len(words)) == len(words)
    assert phrase_cut(["carrier"], 1) == 1
    assert phrase_cut([], 0) == 0 and closing([], 1) == 0
