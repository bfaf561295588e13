"""One side's claim in a headline keeps whose it is (day/claims)."""

from briefing.day.claims import claimed
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
