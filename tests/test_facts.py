from datetime import date

import numpy as np

from briefing.models import Article, PastItem, Sentence
from briefing.select.facts import corroboration, novelty

FACT = "The junta extended the state of emergency in Myanmar by six months on Tuesday."


def _sentences(outlet: str, *texts: str, also: tuple[str, ...] = ()) -> list[Sentence]:
    article = Article("T", outlet, "", f"{outlet}.txt", None, texts, also=also)
    return [Sentence(text, article, n, n) for n, text in enumerate(texts)]


def test_outlets_carrying_the_same_fact_are_counted_once_each():
    own = _sentences("A", FACT, FACT)  # a repeat inside one article corroborates nothing
    other = _sentences("B", "Myanmar's junta extended the state of emergency by six months.")
    wire = _sentences("C", FACT, also=("D", "A"))
    unrelated = _sentences("E", "Ships collided near the Second Thomas Shoal on Monday.")
    considered = [*own, *other, *wire, *unrelated]
    outlets, factors = corroboration([own[0], unrelated[0]], considered, chunk=1)
    assert outlets == [("A", "B", "C", "D"), ("E",)]
    assert np.allclose(factors, [1.5, 1.0])


def test_no_sentences_no_outlets():
    outlets, factors = corroboration([], [])
    assert outlets == [] and len(factors) == 0


def test_a_fact_briefed_or_read_in_a_told_story_is_known_and_only_a_briefed_one_demoted():
    told = "https://irrawaddy.example/release"
    day = date(2026, 11, 27)
    past = [
        PastItem(day, "Myanmar", "The junta freed 300 prisoners from Insein prison.", told),
        PastItem(day, "Myanmar", "Relatives waited for hours outside the jail gates.", told, False),
    ]
    texts = [
        "The junta freed 300 prisoners from Insein prison on Friday.",  # told
        "Relatives waited outside the jail gates for hours.",  # read in the told story
        "Monks marched through Mandalay on Saturday to demand more releases.",  # news
    ]
    found = novelty(texts, ["", "", ""], past)
    assert found.statuses == ["repeat", "new", "new"]
    assert found.known == [True, True, False]
    assert found.briefed == [day, day, None]
    assert found.factors.tolist() == [0.2, 1.0, 1.0]
    assert novelty(texts, ["", "", ""], []).known == [False, False, False]


def test_a_line_continues_only_what_its_own_topic_briefed():
    """A line sharing a few words with a briefed item continues it (an update, dated) when its
    topic briefed it; another desk's item is no identity for it: the same words, no story."""
    day = date(2026, 11, 27)
    briefed = "Striking pilots grounded Philippine Airlines flights in Manila on Friday."
    past = [PastItem(day, "Asia", briefed, "https://ap.example/pal")]
    texts = [
        "Swissair said no other airline flies the jets, and pilots were not grounded in Zurich.",
        "Monks marched through Mandalay on Saturday to demand more releases.",
    ]
    assert novelty(texts, ["", ""], past, topic="Asia").statuses == ["update", "new"]
    found = novelty(texts, ["", ""], past, topic="Europe")
    assert found.statuses == ["new", "new"] and found.briefed == [None, None]
    # the same fact is known whichever desk told it
    retold = novelty([briefed], [""], past, topic="Europe")
    assert retold.statuses == ["repeat"] and retold.briefed == [day]


def test_a_line_whose_only_identity_is_continuing_an_item_names_that_item():
    """A line that only continues a briefed item (under the same fact, its article never
    briefed, no told article stating it) gives that item's address, for status to weigh; a
    repeated fact, or no history, gives none."""
    day = date(2026, 11, 27)
    briefed = "Striking pilots grounded Philippine Airlines flights in Manila on Friday."
    past = [PastItem(day, "Asia", briefed, "https://ap.example/pal")]
    texts = [
        "Swissair said no other airline flies the jets, and pilots were not grounded in Zurich.",
        briefed,
        "Monks marched through Mandalay on Saturday to demand more releases.",
    ]
    found = novelty(texts, ["", "", ""], past, topic="Asia")
    assert found.statuses == ["update", "repeat", "new"]
    assert found.follows == ["https://ap.example/pal", "", ""]
    assert novelty(texts, ["", "", ""], []).follows == ["", "", ""]


def test_a_line_of_an_article_another_desk_told_dates_nothing():
    """A line stating a fact of an article of a story told (read, never shown) carries that
    story's identity only for its own topic: another desk's boilerplate ("... officials were
    not available for comment") is no tie of an airport's report to an airline's story."""
    day = date(2026, 11, 27)
    briefed = "Striking pilots grounded Philippine Airlines flights in Manila on Friday."
    read = "Airport officials in Manila were not available for comment."
    past = [
        PastItem(day, "Asia", briefed, "https://ap.example/pal"),
        PastItem(day, "Asia", read, "https://ap.example/pal", False),
    ]
    texts = ["Israeli airport security officials were not available for comment."]
    found = novelty(texts, [""], past, topic="Middle East")
    assert found.known == [False] and found.briefed == [None]
    assert novelty(texts, [""], past, topic="Asia").briefed == [day]


def test_one_word_in_common_is_no_fact_known():
    """A line sharing one word with a told paragraph or item ("sleep" of a five-word quote)
    states none of its facts, however close their cosine: a cold wave's report is not known by
    a fire survivor's words; two words in common are."""
    day = date(2026, 11, 27)
    past = [
        PastItem(day, "Europe", "No police.", "https://ap.example/fire"),
        PastItem(day, "Europe", "I haven't been able to sleep.", "https://ap.example/fire", False),
        PastItem(day, "Europe", "Survivors slept in a shelter.", "https://ap.example/fire", False),
    ]
    texts = [
        "Both went to sleep drunk.",
        "Police arrived.",
        "Survivors could not sleep in the shelter.",
    ]
    found = novelty(texts, ["", "", ""], past, topic="Europe")
    assert found.known == [False, False, True]
    assert found.briefed == [None, day, day] and found.statuses[1] == "update"  # it continues


def test_a_line_told_again_is_known_where_the_topic_leaves_it_one_term():
    """A told line printed again is a repeat even where the topic's terms leave it one ("Israel
    strikes Gaza." on a desk of Israel and Gaza: "strikes"); a longer line with that one term
    states no fact of it."""
    day = date(2026, 11, 27)
    past = [PastItem(day, "Middle East", "Israel strikes Gaza.", "https://ap.example/strike")]
    texts = ["Israel strikes Gaza.", "Gaza fishermen went on strike over fuel prices."]
    found = novelty(texts, ["", ""], past, frozenset({"israel", "gaza"}), topic="Middle East")
    assert found.statuses[0] == "repeat" and found.known == [True, False]
