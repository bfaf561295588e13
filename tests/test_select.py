from collections.abc import Sequence

from briefing.config import SelectConfig, Topic
from briefing.models import Article, Sentence
from briefing.rank import Ranker
from briefing.segment import article_sentences
from briefing.select import candidates, is_near_duplicate, select_sections


class ByLength(Ranker):
    """A deterministic ranker for tests: longer sentences score higher."""

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        return [float(len(s.text)) for s in sentences]


TOPIC = Topic(name="T", terms={"x": 1.0})


def _sentences(*paragraphs: str, path: str = "a.txt") -> list[Sentence]:
    return article_sentences(Article("T", "O", "", path, None, paragraphs))


def test_candidates_drop_repeats_and_out_of_range_lengths():
    settings = SelectConfig(min_sentence_words=3, max_sentence_words=8)
    pool = _sentences(
        "Too short.",
        "This one is just the right length.",
        "This one is just the right length.",
        "This sentence is far too long to be selected by anyone at all.",
    )
    assert [s.text for s in candidates(pool, settings)] == ["This one is just the right length."]


def test_budget_of_items_and_words_is_kept():
    pool = _sentences(
        "Alpha beta gamma delta epsilon zeta eta.",
        "Theta iota kappa lambda mu nu xi.",
        "Omicron pi rho sigma tau upsilon phi.",
        "Chi psi omega one two three four.",
        "Five six seven eight nine ten eleven.",
        "Red orange yellow green blue indigo violet.",
    )
    [section] = select_sections(
        {"T": pool},
        [TOPIC],
        ByLength(),
        SelectConfig(max_items=3, max_words=20, min_sentence_words=3),
    )
    assert len(section.items) == 2  # 7 + 7 words fit in 20, a third would not
    assert [i.score for i in section.items] == sorted(
        [i.score for i in section.items], reverse=True
    )
    assert section.sentences_considered == 6 and section.articles_considered == 1


def test_near_duplicates_are_not_selected_twice_even_across_topics():
    wire = _sentences("Blinken and Wang met in Jakarta on Thursday to manage tensions.", path="a")
    copy = _sentences(
        "Blinken and Wang met in Jakarta on Thursday to manage the tensions.", path="b"
    )
    other = Topic(name="U", terms={"y": 1.0})
    sections = select_sections(
        {"T": wire, "U": copy}, [TOPIC, other], ByLength(), SelectConfig(min_sentence_words=3)
    )
    assert [len(s.items) for s in sections] == [1, 0]


def test_near_duplicate_measure():
    assert is_near_duplicate(frozenset("abcde"), frozenset("abcdx"))
    assert not is_near_duplicate(frozenset("abcde"), frozenset("vwxyz"))
    assert not is_near_duplicate(frozenset(), frozenset("abc"))
