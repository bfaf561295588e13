from collections.abc import Sequence

import pytest

from briefing.config import SelectConfig, Topic
from briefing.coverage import concept_matrix
from briefing.models import Article, Sentence
from briefing.rank import Ranker
from briefing.segment import article_sentences
from briefing.select import Budget, candidates, choose, is_dangling, select_sections
from briefing.vectorize import tfidf


class ByLength(Ranker):
    """A deterministic ranker for tests: longer sentences score higher."""

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        return [float(len(s.text)) for s in sentences]


TOPIC = Topic(name="T", terms={"x": 1.0})
DISTINCT = [
    "Alpha beta gamma delta epsilon zeta eta.",
    "Theta iota kappa lambda mu nu xi.",
    "Omicron pi rho sigma tau upsilon phi.",
    "Chi psi omega one two three four.",
    "Five six seven eight nine ten eleven.",
    "Red orange yellow green blue indigo violet.",
]


def _sentences(*paragraphs: str, path: str = "a.txt") -> list[Sentence]:
    return article_sentences(Article("T", "O", "", path, None, paragraphs))


def _choose(texts, scores, budget, **kwargs):
    vectors, _ = tfidf(texts)
    return choose(texts, scores, budget, vectors, **kwargs)


def test_candidates_drop_repeats_and_out_of_range_lengths():
    settings = SelectConfig(min_sentence_words=3, max_sentence_words=8)
    pool = _sentences(
        "Too short.",
        "This one is just the right length.",
        "This one is just the right length.",
        "This sentence is far too long to be selected by anyone at all.",
    )
    assert [s.text for s in candidates(pool, settings)] == ["This one is just the right length."]


def test_word_budget_is_strict_unless_overflow_is_allowed():
    scores = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5]
    assert _choose(DISTINCT, scores, Budget(words=20)) == [0, 1]
    assert _choose(DISTINCT, scores, Budget(words=20, overflow=True)) == [0, 1, 2]
    assert _choose(DISTINCT, scores, Budget(items=4)) == [0, 1, 2, 3]


def test_mmr_skips_a_sentence_that_repeats_a_chosen_one():
    texts = [
        "Blinken and Wang met in Jakarta on Thursday to manage tensions.",
        "Blinken and Wang met in Jakarta on Thursday to manage the tensions.",
        "Myanmar's junta extended its state of emergency by six months.",
    ]
    assert _choose(texts, [1.0, 0.99, 0.1], Budget(items=2)) == [0, 2]


def test_coverage_prefers_sentences_covering_shared_concepts():
    articles = [
        (
            "Ships collided near Second Thomas Shoal on Monday.",
            "The weather was mild in the capital.",
        ),
        ("Chinese and Philippine ships collided near Second Thomas Shoal.",),
        ("Manila protested after ships collided near Second Thomas Shoal.",),
    ]
    sentences = [
        s for n, paragraphs in enumerate(articles) for s in _sentences(*paragraphs, path=f"{n}.txt")
    ]
    texts = [s.text for s in sentences]
    picked = _choose(texts, [0.0] * len(texts), Budget(items=1), concepts=concept_matrix(sentences))
    assert "collided near Second Thomas Shoal" in texts[picked[0]]


def test_dangling_starts_are_recognised():
    for text in [
        "But the talks failed.",
        "However, ships stayed.",
        "He said no.",
        "“It is over,” she said.",
        "In addition, the navy sailed.",
    ]:
        assert is_dangling(text), text
    for text in ["Hehe is a name.", "The talks failed.", "Italy said no.", "Thailand's army met."]:
        assert not is_dangling(text), text


def test_dangling_sentence_loses_to_an_equal_standalone_one():
    texts = [
        "But the navy sailed past the disputed reef on Monday.",
        "The coast guard sailed past the disputed reef on Monday.",
    ]
    assert _choose(texts, [1.0, 0.9], Budget(items=1)) == [1]


def test_sections_respect_budget_and_never_repeat_across_topics():
    wire = _sentences("Blinken and Wang met in Jakarta on Thursday to manage tensions.", path="a")
    copy = _sentences(
        "Blinken and Wang met in Jakarta on Thursday to manage the tensions.", path="b"
    )
    other = Topic(name="U", terms={"y": 1.0})
    settings = SelectConfig(min_sentence_words=3, ranker="lexrank")
    sections = select_sections({"T": wire, "U": copy}, [TOPIC, other], ByLength(), settings)
    assert [len(s.items) for s in sections] == [1, 0]
    [section] = select_sections(
        {"T": _sentences(*DISTINCT)},
        [TOPIC],
        ByLength(),
        SelectConfig(max_items=3, max_words=20, min_sentence_words=3),
    )
    assert len(section.items) == 2  # 7 + 7 words fit in 20, a third would not
    assert section.sentences_considered == 6 and section.articles_considered == 1


@pytest.mark.parametrize("selection", ["mmr", "coverage"])
def test_sections_work_with_either_selection(selection):
    ranker = ByLength()
    ranker.selection = selection
    [section] = select_sections(
        {"T": _sentences(*DISTINCT)},
        [TOPIC],
        ranker,
        SelectConfig(max_items=2, min_sentence_words=3),
    )
    assert len(section.items) == 2
    assert all(0.0 <= item.score <= 1.0 for item in section.items)
