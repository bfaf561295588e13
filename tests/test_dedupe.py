import random

import numpy as np

from briefing.day.dedupe import (
    BINS,
    SHARED,
    _groups,
    _mix,
    candidate_pairs,
    canonical_url,
    collapse,
    common_shingles,
    fingerprint,
    sketch,
    sketches,
)
from briefing.day.stories import make_story
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


def _story(n: int, paragraphs: int = 8) -> list[str]:
    """Paragraphs of 15 words drawn at random (seeded by n) from 2,000 made-up words."""
    rng = random.Random(n)
    return [
        " ".join(f"w{rng.randrange(2000)}" for _ in range(15)).capitalize() + "."
        for _ in range(paragraphs)
    ]


def test_a_footer_every_article_shares_makes_no_candidates():
    footer = "Copyright the Daily Example, all rights reserved; reproduction without permission."
    articles = [_article(f"O{n}", [*_story(n, 3), footer]) for n in range(300)]
    sets = [fingerprint(a).shingles for a in articles]
    assert len(common_shingles(sets)) >= 6  # the footer's own shingles
    # Only a pair that also shares a shingle of its own (the same last word before the footer)
    # can still be checked, not the 44,850 pairs the footer links.
    assert len(candidate_pairs(sketches(sets))) < 5
    assert collapse(articles)[1] == 0


def test_short_items_mostly_footer_make_no_candidates_either():
    # A footer two thirds of each item, under SHARED: not a story the day carries.
    footer = " ".join(f"f{n}" for n in range(30)) + "."
    articles = [_article(f"O{n}", [*_story(n, 1), footer]) for n in range(300)]
    sets = [fingerprint(a).shingles for a in articles]
    assert 0.6 < np.isin(sets[0], common_shingles(sets)).mean() < SHARED
    # a handful by chance (a dozen shingles of their own each), not the thousands the footer links
    assert len(candidate_pairs(sketches(sets))) < 20
    assert collapse(articles)[1] == 0


def _carried(copies: int) -> list[Article]:
    """One wire story as `copies` outlets ran it: each adds a line of its own, every third also
    two paragraphs of its own (a longer version), every fourth drops the last paragraph."""
    wire = _story(1000, 12)
    articles = []
    for n in range(copies):
        paragraphs = wire[:-1] if n % 4 == 3 else wire
        extra = _story(2000 + n, 2) if n % 3 == 2 else []
        articles.append(_article(f"C{n}", [*paragraphs, *extra, f"Edited by desk {n}."]))
    return articles


def test_a_story_carried_by_more_than_half_the_day_is_one_article_with_every_outlet():
    # Its shingles are in more than COMMON of the day's articles, as a footer's are: they were
    # left out of every sketch, so no two copies were ever candidates (60 copies, 60 stories).
    others = [_article(f"O{n}", _story(n)) for n in range(6)]
    for day in (_carried(60), [*others[:3], *_carried(60), *others[3:]]):
        kept, folded = collapse(day)
        assert folded == 59
        copy = next(k for k in kept if k.outlet.startswith("C"))
        assert sorted(copy.also) == sorted(f"C{n}" for n in range(60) if f"C{n}" != copy.outlet)
        assert len(make_story([copy]).outlets) == 60  # told once, its outlets counted


def test_lsh_decides_as_the_exact_rule_on_all_pairs():
    articles = []
    for n in range(40):
        story = _story(n)
        articles.append(_article(f"A{n}", story))
        if n % 2:
            articles.append(_article(f"B{n}", story[: 5 + n % 3]))  # trimmed copy
        if n % 3 == 0:
            articles.append(_article(f"C{n}", [*story[:6], "Our own closing paragraph here."]))
        if n % 5 == 0:
            articles.append(_article(f"D{n}", story[:3]))  # under the 80% of a shorter copy
    sets = [fingerprint(a).shingles for a in articles]
    exact = {
        (i, j)
        for i in range(len(sets))
        for j in range(i + 1, len(sets))
        if len(np.intersect1d(sets[i], sets[j])) >= SHARED * min(len(sets[i]), len(sets[j]))
    }
    assert exact  # the fixture has copies to find
    expected = list(range(len(articles)))
    for i, j in sorted(exact):
        old, new = expected[j], expected[i]
        expected = [new if label == old else label for label in expected]
    assert _partition(_groups(articles, [fingerprint(a) for a in articles])) == _partition(expected)


def _partition(labels: list[int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label, set()).add(index)
    return {frozenset(g) for g in groups.values()}


def test_sketch_of_a_value_in_the_top_bin_does_not_crash():
    # The top bin's upper edge (128 << 57) overflows 64 bits; a shingle set whose only values fall
    # in that bin once crashed every build ("Myanmar junta frees 23 prisoners.").
    mixed_top = [v for v in range(20000) if int(_mix(np.array([v]))[0]) >> 57 == BINS - 1][:3]
    for size in (1, 2, 3):
        values = np.array(mixed_top[:size], dtype=np.uint32)
        assert sketch(values).shape == (BINS,)
    short = [_article(str(n), [f"Myanmar junta frees {n} prisoners."]) for n in range(300)]
    assert len(collapse(short)[0]) == 300


def test_sketch_of_any_length_keeps_each_bins_least_value():
    # Every bin that holds values, the top one too, carries its least value (any text length).
    rng = np.random.default_rng(7)
    for size in (1, 2, 5, 127, 128, 129, 1000):
        for _ in range(30):
            values = np.unique(rng.integers(0, 2**32, size, dtype=np.uint64)).astype(np.uint32)
            mixed = _mix(values)
            result = sketch(values)
            for bin_ in np.unique(mixed >> np.uint64(57)).tolist():
                least = mixed[(mixed >> np.uint64(57)) == bin_].min()
                assert result[bin_] == int(least) & 0xFFFFFFFF


def test_a_word_keeps_the_marks_written_on_its_letters():
    """terms17: `\\w` leaves a vowel sign or virama out, so "हिन्दी समाचार" was six words."""
    assert fingerprint(_article("A", ["हिन्दी समाचार सेवा ने बताया कि भारत"])).words == 7
