import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.day.topics import TopicMatcher, assign_topics
from briefing.models import Article, Sentence
from briefing.text.segment import article_sentences


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


def _matcher(*terms: str) -> TopicMatcher:
    from briefing.config import Topic

    return TopicMatcher((Topic(name="x", terms=dict.fromkeys(terms, 1.0)),))


def test_terms_match_whole_words_only():
    matcher = _matcher("China", "Xi")
    assert matcher.terms_in("Chinatown and Indochina, Xinhua said") == frozenset()
    assert matcher.terms_in("pro-China groups") == frozenset()  # a hyphen before: part of a word
    assert matcher.terms_in("(China) and Xi.") == {"China", "Xi"}


def test_plurals_are_optional_and_case_is_ignored_for_lower_case_terms():
    matcher = _matcher("diplomat", "bus", "talk")
    assert matcher.terms_in("Diplomats took BUSES to the talks") == {"diplomat", "bus", "talk"}
    assert matcher.terms_in("diplomatic talkative") == frozenset()


def test_capitals_match_exactly_and_spaces_may_vary():
    matcher = _matcher("PLA", "South China Sea", "China")
    assert matcher.terms_in("The pla and the Pla") == frozenset()
    assert matcher.terms_in("PLA ships in the South\nChina   Sea") == {"PLA", "South China Sea"}


_WORDS = ["China", "china", "Chinas", "South", "Sea", "US", "us", "U.S.", "US-China", "talks"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "-", ",", "\n", "pro", "the"]), max_size=12))
def test_one_pass_finds_what_a_regex_of_all_terms_finds(words):
    terms = ["China", "South China Sea", "US", "U.S.", "US-China", "talk", "sea"]
    text = " ".join(words).replace(" - ", "-")
    alternatives = []
    for i, term in enumerate(sorted(terms, key=lambda t: (-len(t), t))):
        body = r"\s+".join(re.escape(w) for w in term.split())
        if term.isupper() or not any(c.islower() for c in term):
            alternatives.append(f"(?P<t{i}>{body})")
        else:
            plural = "(?:e?s)?" if term[-1].isalpha() else ""
            alternatives.append(f"(?P<t{i}>(?i:{body}{plural}))")
    regex = re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w])")
    ranked = sorted(terms, key=lambda t: (-len(t), t))
    expected = {ranked[int(m.lastgroup[1:])] for m in regex.finditer(text)}
    assert _matcher(*terms).terms_in(text) == expected
