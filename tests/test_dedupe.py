from briefing.dedupe import canonical_url, collapse
from briefing.models import Article

STORY = [
    f"Paragraph {n} of the story says the diplomats met in Jakarta and talked for hours."
    for n in range(8)
]


def _article(outlet: str, paragraphs, url: str = "") -> Article:
    return Article("T", outlet, url, f"{outlet}.txt", None, tuple(paragraphs))


def test_canonical_url_ignores_tracking_fragment_and_trailing_slash():
    assert canonical_url("https://www.Example.org/a/?utm_source=x&id=3#top") == (
        "https://example.org/a?id=3"
    )
    assert canonical_url("") == ""


def test_same_canonical_url_is_one_story():
    a = _article("A", ["Short version."], "https://x.example/s?utm_medium=rss")
    b = _article("B", ["Longer version of the story, with more words."], "https://x.example/s/")
    kept, folded = collapse([a, b])
    assert folded == 1
    assert [(k.outlet, k.also) for k in kept] == [("B", ("A",))]


def test_wire_copies_collapse_to_the_fullest_and_keep_the_other_outlets():
    wire = _article("Wire", STORY)
    trimmed = _article("Daily", STORY[:6])
    edited = _article("Times", [*STORY[:7], "An extra closing line from the editors."])
    other = _article("Other", [f"A different story about ships, part {n}." for n in range(8)])
    kept, folded = collapse([trimmed, other, wire, edited])
    assert folded == 2
    assert [k.outlet for k in kept] == ["Wire", "Other"]  # the fullest, in order of appearance
    assert kept[0].also == ("Daily", "Times")
    assert kept[1].also == ()


def test_distinct_stories_stay_apart():
    a = _article("A", ["Ships collided near the shoal on Monday, officials said."])
    b = _article("B", ["The junta extended the state of emergency by six months."])
    assert collapse([a, b])[1] == 0
