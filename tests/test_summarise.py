import pytest

from briefing import summarise
from briefing.errors import BriefingError
from briefing.models import Article
from briefing.rank import get_ranker
from briefing.rank.default import centrality
from briefing.segment import article_sentences
from briefing.vectorize import tfidf

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
