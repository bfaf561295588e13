"""One side's claim in a headline keeps whose it is (day/claims)."""

from briefing.day.claims import claimed
from briefing.day.cut_ends import HEADLINE_CHARS
from briefing.day.sentence_cut import from_sentence


def test_a_lawyers_case_keeps_its_attribution_in_the_headline():
    # DUC 2007 region 55: Top Story 1 stated the defence's case at a murder trial as fact
    sentence = (
        "Aaron J. McKinney killed a gay student at the University of Wyoming last year in "
        '"a five-minute emotional rage" because the student had made sexual advances that '
        "reminded him of abuse he had suffered, McKinney's lawyer told a jury on Monday as his "
        "murder trial began here."
    )
    assert from_sentence(sentence).endswith("rage\", McKinney's lawyer told a jury")
    short = "Landzo acted under the orders of superiors in the camp at Celebici, his lawyers said."
    assert claimed(short, "Landzo acted under the orders of superiors") == (
        "Landzo acted under the orders of superiors, his lawyers said"
    )


def test_an_officials_attribution_or_a_named_side_is_left_as_it_was():
    cut = "The bomb killed nine people at the market"
    assert claimed(f"{cut} in the morning, police said Friday.", cut) == cut
    named = "Prosecutors charged that the guard beat prisoners"
    assert claimed(f"{named} at the camp, prosecutors said.", named) == named
    assert claimed("Of the camp, his lawyer said.", "") == ""


def test_a_clause_joined_on_is_no_attribution():
    # a new clause after "and" is an event of its own, cut mid-phrase: not whose claim it is
    cut = "Police arrested the man on Monday"
    assert claimed(f"{cut}, and his lawyer said the verdict was unfair.", cut) == cut
    shot = "Police said the gunman shot his wife twice in the head"
    assert claimed(f"{shot}, and prosecutors charged him with murder.", shot) == shot
    # an official whose title holds "attorney" argues no side's case
    state = "The killing was a hate crime and the state will seek the death penalty"
    assert claimed(f"{state}, the attorney general said Tuesday.", state) == state


def test_an_unfinished_cut_keeps_its_ellipsis_and_the_whole_fits_a_headline():
    sentence = (
        "Gay college student Matthew Shepard was pummeled to death by Aaron McKinney in a "
        "drunken, drug-induced rage after Shepard made a pass at him, McKinney's attorney said."
    )
    cut = "Shepard was pummeled to death by Aaron McKinney in a drunken…"
    assert claimed(sentence, cut) == f"{cut}, McKinney's attorney said"
    long = "The guard " + "beat the prisoners again and " * 6 + "left them"
    said = claimed(f"{long} to die in the camp, his lawyer told a U.N. tribunal.", long)
    assert len(said) <= HEADLINE_CHARS
    assert said.endswith("…, his lawyer told a U.N. tribunal")
    assert long.startswith(said.split("…")[0])
