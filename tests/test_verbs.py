"""Whether words hold a verb, read by their forms (day/verbs)."""

from briefing.day.verbs import first_verb, verb_in


def test_an_auxiliary_after_a_word_standing_for_a_noun_is_a_verb():
    # hostile36: "On the other is Schumer, who ..." read as verbless, so its relative clause
    # was left out as an aside and "opposed" made Schumer's own verb
    assert verb_in("On the other is Schumer".split())
    assert first_verb("Several were arrested".split()) == "were"
    assert first_verb("These are considered universal crimes".split()) == "are"


def test_a_past_form_after_a_word_opening_a_noun_phrase_is_no_verb():
    assert not verb_in("the led and a trained".split())
    assert first_verb("a trained dog has bitten".split()) == "has"
