from briefing.day.cut_ends import closing, phrase_cut, unparted
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


def test_a_cut_never_parts_a_verb_from_its_particle():
    # DUC 2007 region 53: "... that lets the U.S. President strike…" read as a walkout
    words = "the law lets the President strike out specific items in tax bills".split()
    assert phrase_cut(words, 6) == 9  # "strike" + "out specific items"
    assert phrase_cut(words, 7) == 9  # "strike out" + "specific items"
    assert unparted(words, 6) == 5 and unparted(words, 7) == 5  # or before the verb
    assert unparted(words, 9) == 9
    # before a function word the particle is a preposition's or a qualifier's: no phrase
    tolls = "the quake killed up to 50 people".split()
    assert phrase_cut(tolls, 3) == 3 and unparted(tolls, 3) == 3
    assert from_sentence(
        "Rebel leader Aslan Maskhadov accused a Russian financier of fueling the kidnapping "
        "industry by paying out huge ransoms to the gangs."
    ).endswith("by paying out huge ransoms…")
