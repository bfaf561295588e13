import json

import pytest

from briefing import split_sentences
from briefing.models import Article
from briefing.text.segment import article_sentences, split_words

from .conftest import SHARED_EVAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Blinken met Wang Yi in Jakarta. They spoke for two hours.",
            ["Mr. Blinken met Wang Yi in Jakarta.", "They spoke for two hours."],
        ),
        (
            "The U.S. Navy sailed past the reef on Jan. 5. China protested.",
            ["The U.S. Navy sailed past the reef on Jan. 5.", "China protested."],
        ),
        (
            "\u201cGreat!\u201d she said. Then she left.",
            ["\u201cGreat!\u201d she said.", "Then she left."],
        ),
        ("He left at 6 p.m. Travelers stayed.", ["He left at 6 p.m.", "Travelers stayed."]),
        ("He left at 6 p.m. Tuesday and came back.", ["He left at 6 p.m. Tuesday and came back."]),
        ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
        ("a) One b) Two c) Three", ["a) One", "b) Two", "c) Three"]),
        ("Hello. 1. One thing 2. Another", ["Hello.", "1. One thing", "2. Another"]),
        ("The score was 3. Then they left.", ["The score was 3.", "Then they left."]),
        (
            "It happened at 4 a.m. Saturday. Police came.",
            ["It happened at 4 a.m. Saturday.", "Police came."],
        ),
        (
            "This is Mr. A. Starr over there. B. Boyden is over there.",
            ["This is Mr. A. Starr over there.", "B. Boyden is over there."],
        ),
        (
            "It was approved for hepatitis B. In the United States it costs $1,250.",
            ["It was approved for hepatitis B.", "In the United States it costs $1,250."],
        ),
        (
            "Simm Gottesman of Deerfield Beach, Fla. _ carefully placed needles.",
            ["Simm Gottesman of Deerfield Beach, Fla. _ carefully placed needles."],
        ),
        (
            '"It is out of control," said Rep. Chris Shays, R-Conn. "It is set in motion."',
            ['"It is out of control," said Rep. Chris Shays, R-Conn.', '"It is set in motion."'],
        ),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wang, who leads the commission, said so.  Gen. Min Aung Hlaing didn't.",
        'He said  "Great!"\nShe left   for the U.S. Army.  (Really.)  Yes -- no.',
    ],
)
def test_sentences_are_verbatim_substrings(text):
    sentences = split_sentences(text)
    assert len(sentences) > 1
    for sentence in sentences:
        assert sentence in text


def test_the_vote_overrules_our_rules_where_syntok_and_pysbd_agree():
    text = "The opening provided by President B.J. Habibie raised tensions in the territory."
    assert split_sentences(text, vote=False) == [
        "The opening provided by President B.J.",
        "Habibie raised tensions in the territory.",
    ]
    assert split_sentences(text) == [text]


def test_article_sentences_keep_paragraph_and_position():
    article = Article("T", "O", "", "a.txt", None, ("One. Two.", "Three."))
    found = article_sentences(article)
    assert [(s.text, s.paragraph, s.index) for s in found] == [
        ("One.", 0, 0),
        ("Two.", 0, 1),
        ("Three.", 1, 2),
    ]


def test_split_words_needs_no_downloaded_data():
    assert split_words("China's navy didn't move.") == [
        "China",
        "'s",
        "navy",
        "did",
        "n't",
        "move",
        ".",
    ]


@pytest.mark.skipif(
    not (SHARED_EVAL / "segmentation/cases.jsonl").is_file(),
    reason="../shared/eval/segmentation is not present",
)
def test_segmentation_cases_at_least_90_percent():
    lines = (SHARED_EVAL / "segmentation/cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line]
    exact = sum(split_sentences(c["text"]) == [s.strip() for s in c["expected"]] for c in cases)
    assert exact / len(cases) >= 0.90
