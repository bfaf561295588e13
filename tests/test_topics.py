from briefing.models import Article, Sentence
from briefing.segment import article_sentences
from briefing.topics import TopicMatcher, assign_topics


def _sentences(*paragraphs: str) -> list[Sentence]:
    return article_sentences(Article("T", "O", "", "a.txt", None, paragraphs))


def _topic_of(config, *paragraphs: str) -> dict[str, str]:
    found = assign_topics(_sentences(*paragraphs), config.topics)
    return {s.text: name for name, pairs in found.items() for s, _ in pairs}


def test_longest_term_wins_so_the_sea_is_not_china(config):
    matcher = TopicMatcher(tuple(config.topics))
    assert "China" not in matcher.terms_in("Ships crowd the South China Sea.")
    assert "South China Sea" in matcher.terms_in("Ships crowd the South China Sea.")


def test_capitalised_terms_match_case():
    from briefing.config import Topic

    matcher = TopicMatcher((Topic(name="x", terms={"US": 1.0, "talks": 1.0}),))
    assert matcher.terms_in("US officials held talks") == {"US", "talks"}
    assert matcher.terms_in("let us talk") == frozenset()


def test_each_sentence_goes_to_its_best_topic(config):
    topics = _topic_of(
        config,
        "Washington and Beijing resumed military dialogue on Tuesday, easing tensions.",
        "Philippine and Chinese coast guard ships collided near Second Thomas Shoal in the "
        "South China Sea.",
        "Myanmar's junta extended the state of emergency for another six months.",
    )
    assert list(topics.values()) == ["US–China relations", "South China Sea", "Myanmar"]


def test_a_place_named_in_passing_is_not_the_topic(config):
    topics = _topic_of(
        config,
        "A typhoon crossing the South China Sea is expected to make landfall in Vietnam.",
        "A cargo ship bound for Singapore sailed through the South China Sea on Monday.",
        "The chef cooked a Chinese dinner for American guests.",
    )
    assert topics == {}


def test_paragraph_context_supports_a_sentence(config):
    sentences = _sentences(
        "China and the Philippines traded accusations over the Spratly Islands.",
        "Manila said its territorial claims were backed by international law.",
    )
    found = assign_topics(sentences, config.topics)
    assert [s.text for s, _ in found["South China Sea"]] == [s.text for s in sentences]
    assert all(relevance >= 1.0 for _, relevance in found["South China Sea"])


def test_exclude_terms_veto(config):
    assert _topic_of(config, "Olympic officials from the US and China met in Paris.") == {}
