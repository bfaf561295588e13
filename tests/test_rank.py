import pytest

from briefing.errors import BriefingError
from briefing.models import Article
from briefing.summariser.rank.registry import Ranker, get_ranker, ranker_names
from briefing.text.segment import article_sentences

ARTICLE = Article(
    "Talks in Jakarta",
    "Wire",
    "",
    "a.txt",
    None,
    (
        "The top US and Chinese diplomats met in Jakarta on Thursday to manage tensions.",
        "The talks in Jakarta covered trade, Taiwan and military dialogue between the diplomats.",
        "Lunch was served at noon in a hotel ballroom.",
        "Both diplomats said the talks on tensions and military dialogue would continue.",
    ),
)

SUMY = ["edmundson", "kl", "lexrank", "lsa", "luhn", "reduction", "sumbasic", "textrank"]


def test_every_sumy_algorithm_is_registered():
    assert set(SUMY) <= set(ranker_names())


@pytest.mark.parametrize("name", SUMY)
def test_sumy_rankers_score_every_sentence_offline(name):
    sentences = article_sentences(ARTICLE)
    scores = get_ranker(name).score(sentences)
    assert len(scores) == len(sentences)
    assert all(isinstance(s, float) for s in scores)


def test_luhn_puts_the_off_topic_sentence_last():
    sentences = article_sentences(ARTICLE)
    scores = get_ranker("luhn").score(sentences)
    assert min(range(len(scores)), key=scores.__getitem__) == 2


def test_unknown_ranker_names_the_choices():
    with pytest.raises(BriefingError, match=r"unknown ranker 'nope'.*lexrank"):
        get_ranker("nope")


def test_rankers_implement_the_interface():
    assert isinstance(get_ranker("lexrank"), Ranker)


def test_edmundson_cue_words_come_from_the_config():
    from briefing.config import CueWords

    sentences = article_sentences(ARTICLE)
    plain = get_ranker("edmundson", cue_words=CueWords(bonus=["x"], stigma=["y"])).score(sentences)
    lunch = get_ranker("edmundson", cue_words=CueWords(bonus=["lunch"], stigma=["y"])).score(
        sentences
    )
    assert lunch[2] > plain[2]
