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


def test_a_preposition_before_a_name_or_after_a_function_word_parts_no_phrasal_verb():
    # "sank off Somalia's coast", "a beacon off Long Island": a preposition, the verb kept
    ship = "the cargo ship sank off Somalia's coast on Sunday".split()
    assert unparted(ship, 4) == 4 and phrase_cut(ship, 4) == 4
    beacon = "received a signal from an emergency beacon off Long Island last night".split()
    assert unparted(beacon, 7) == 7
    # after "would", backing off before "hand" leaves "The president…": no phrase said
    hand = "the president said he would hand back control of the airport".split()
    assert unparted(hand, 6) == 6


def test_a_run_that_cannot_finish_its_phrasal_verb_stops_before_the_verb():
    # not "... seats if Republican…" inside "Republican voters": before "turn out en masse"
    words = "perhaps 20 seats if Republican voters turn out en masse and Democrats do not".split()
    assert phrase_cut(words, 5) == 6
