import re

import pytest

from briefing import summarise
from briefing.errors import BriefingError
from briefing.models import Article
from briefing.summariser.rank.default import centrality
from briefing.summariser.rank.registry import get_ranker, ranker_names
from briefing.text.segment import article_sentences
from briefing.text.vectorize import tfidf

from .conftest import SEEDS

SEED = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


def test_summaries_are_verbatim_and_within_the_word_budget():
    summary = summarise([SEED], words=80)
    assert summary and sum(len(s.split()) for s in summary) <= 80
    flat = " ".join(SEED.split())
    assert all(" ".join(s.split()) in flat for s in summary)


def test_sentence_budget_and_default():
    assert len(summarise([SEED], sentences=2)) == 2
    assert len(summarise([SEED])) == 5


def test_topic_steers_the_summary():
    summary = summarise([SEED], sentences=2, topic="Myanmar junta Aung San Suu Kyi")
    assert "Myanmar" in summary[0]
    assert "Myanmar" not in summarise([SEED], sentences=1)[0]


def test_every_algorithm_summarises():
    for algorithm in ("default", "default-mmr", "lead", "lexrank", "luhn"):
        assert len(summarise([SEED], sentences=3, algorithm=algorithm)) == 3


WIRE = (
    "SAN JUAN, Puerto Rico (AP) _ A powerful hurricane struck the island on Monday, killing three"
    " people.\n\nSAN JUAN, Puerto Rico (AP) _ Officials in San Juan said the storm moved west"
    " toward the coast."
)


@pytest.mark.parametrize("algorithm", ranker_names())
def test_no_algorithm_tells_a_dateline_or_one_sentence_twice(algorithm):
    """A wire dateline is split off as a unit, and is no news; a ranker with no figure for two
    sentences (LexRank's NaN) still gives two sentences, not one twice."""
    summary = summarise(WIRE, sentences=3, algorithm=algorithm)
    assert len(summary) == len(set(summary)) == 2
    assert not any(s.startswith("SAN JUAN") for s in summary)


def test_a_dateline_run_into_its_sentence_is_not_told():
    """A typeset dash runs the dateline into its sentence; the summary tells the sentence only."""
    wire = WIRE.replace("(AP) _", "—")
    assert summarise(wire, sentences=3) == [
        "A powerful hurricane struck the island on Monday, killing three people.",
        "Officials in San Juan said the storm moved west toward the coast.",
    ]


def test_bad_budget_and_algorithm_are_clear_errors():
    with pytest.raises(BriefingError, match="at least one"):
        summarise([SEED], words=0)
    with pytest.raises(BriefingError, match="unknown ranker"):
        summarise([SEED], algorithm="magic")


def test_page_junk_never_reaches_a_summary():
    summary = summarise([SEED], words=400)
    assert not any("article" in s and s.startswith(("Previous", "Next")) for s in summary)


def test_centrality_favours_the_sentence_others_resemble():
    sentences = article_sentences(
        Article(
            "",
            "",
            "",
            "a",
            None,
            (
                "Ships collided near the shoal.",
                "Ships collided near the shoal on Monday.",
                "Ships collided near the reef.",
                "Lunch was served.",
            ),
        )
    )
    matrix, _ = tfidf([s.text for s in sentences])
    values = centrality(matrix)
    assert values.argmax() in (0, 1) and values.argmin() == 3
    assert abs(values.sum() - 1.0) < 1e-6


def test_default_ranker_is_deterministic_and_uses_the_query():
    sentences = article_sentences(Article("", "", "", "a", None, tuple(SEED.split("\n\n")[1:-2])))
    ranker = get_ranker("default")
    assert ranker.score(sentences) == ranker.score(sentences)
    with_query = ranker.score(sentences, "Myanmar junta")
    best = max(range(len(sentences)), key=with_query.__getitem__)
    assert "Myanmar" in sentences[best].text or "junta" in sentences[best].text


def test_a_str_is_one_document():
    assert summarise(SEED, sentences=2) == summarise([SEED], sentences=2)
    assert summarise((SEED,), sentences=1) == summarise([SEED], sentences=1)


@pytest.mark.parametrize(
    ("texts", "named"),
    [
        ([None], "item 0 is NoneType"),
        ([SEED, 42], "item 1 is int"),
        (None, "not NoneType"),
        (b"bytes", "not bytes"),
        ([b"x"], "item 0 is bytes (decode it first)"),
        (42, "not int"),
    ],
)
def test_anything_but_str_documents_is_a_type_error(texts, named):
    with pytest.raises(TypeError, match=r"summarise\(\) takes a .*str") as info:
        summarise(texts)
    assert named in str(info.value)


@pytest.mark.parametrize("value", [None, 42, b"Bytes. More."])
def test_split_sentences_wants_a_str(value):
    from briefing import split_sentences

    with pytest.raises(TypeError, match=r"split_sentences\(\) takes a str, not"):
        split_sentences(value)


def test_a_word_budget_below_every_sentence_gives_nothing_and_the_cli_says_why(tmp_path):
    from .conftest import run_cli

    assert summarise([SEED], words=1) == []
    (tmp_path / "a.txt").write_text(SEED)
    (tmp_path / "short.txt").write_text("Too short.\n")
    one = run_cli(tmp_path, "summarise", "a.txt", "--words", "1")
    both = run_cli(tmp_path, "summarise", "a.txt", "--words", "5", "--sentences", "2")
    short = run_cli(tmp_path, "summarise", "short.txt")
    assert one.returncode == 1 and one.stdout == ""
    assert re.fullmatch(
        r"error: no sentence fits in 1 words \(the shortest has \d+\); raise --words\n", one.stderr
    )
    assert both.returncode == 2 and "give --words or --sentences, not both" in both.stderr
    assert short.returncode == 1 and "no sentence of 5 to 60 words in short.txt" in short.stderr
