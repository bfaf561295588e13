"""The split stage: sentences and topics found in one map over the articles, the same on a
process pool as in one process; every sentence with an id of its own."""

from briefing.compute import ProcessExecutor
from briefing.config import Topic
from briefing.day.split import split_day
from briefing.day.topics import assign_topics
from briefing.models import Article

TOPICS = [
    Topic(name="Myanmar", terms={"Myanmar": 1.0, "junta": 1.0}),
    Topic(name="Sea", terms={"South China Sea": 1.0, "reef": 0.5}, threshold=1.0),
]


def _article(path: str, *paragraphs: str) -> Article:
    return Article(path, "O", "", path, None, paragraphs)


DAY = [
    _article(
        "a",
        "Myanmar's junta freed 300 prisoners on Tuesday. Families waited outside Insein jail.",
        "The reef was quiet.",
    ),
    _article("b", "Ships sailed past the reef in the South China Sea on Monday."),
    _article("c", "Markets were calm. Nothing else happened."),
]


def _shape(split):
    return (
        [(s.text, s.article.path, s.paragraph, s.index) for s in split.sentences],
        {name: [(s.text, r) for s, r in pairs] for name, pairs in split.by_topic.items()},
    )


def test_sentences_and_topics_are_found_as_the_library_functions_find_them():
    split = split_day(DAY, TOPICS)
    assert [s.text for s in split.sentences][:3] == [
        "Myanmar's junta freed 300 prisoners on Tuesday.",
        "Families waited outside Insein jail.",
        "The reef was quiet.",
    ]
    expected = assign_topics(split.sentences, TOPICS)
    assert {n: [(s.id, r) for s, r in p] for n, p in split.by_topic.items()} == {
        n: [(s.id, r) for s, r in p] for n, p in expected.items()
    }
    assert [s.text for s, _ in split.by_topic["Myanmar"]] == [split.sentences[0].text]
    assert [s.article.path for s, _ in split.by_topic["Sea"]] == ["b"]


def test_an_article_keeps_its_paragraphs_and_holds_its_sentences_the_same_strings():
    split = split_day(DAY, TOPICS)
    assert [a.path for a in split.articles] == ["a", "b", "c"]
    assert [a.paragraphs for a in split.articles] == [a.paragraphs for a in DAY]
    assert [a.id for a in split.articles] == [a.id for a in DAY]
    for sentence in split.sentences:
        assert sentence.article in split.articles
        assert sentence.article.sentences[sentence.index] is sentence.text
    assert split.sentences[2].paragraph == 1  # the paragraph it was read in


def test_a_process_pool_finds_the_same_and_a_failing_article_is_reported():
    broken = Article("bad", "O", "", "bad", None, (None,))  # not text: splitting it fails
    with ProcessExecutor(2) as pool:
        split = split_day([*DAY, broken] * 3, TOPICS, pool)
    alone = split_day(DAY * 3, TOPICS)
    assert _shape(split) == _shape(alone)
    assert [s.source for s in split.skipped] == ["bad"] * 3
    assert all(s.reason for s in split.skipped)


def test_every_sentence_of_the_day_has_an_id_of_its_own_that_names_its_article():
    split = split_day(DAY, TOPICS)
    ids = [s.id for s in split.sentences]
    assert len(set(ids)) == len(ids) == 6
    by_id = {s.id: s for s in split.sentences}
    for sentence in split.sentences:
        assert by_id[sentence.id] is sentence
    assert {s.article.id for s in split.sentences} == {a.id for a in DAY}


def test_a_build_can_hold_the_days_text_once_letting_paragraphs_go():
    kept, dropped = split_day(DAY, TOPICS), split_day(DAY, TOPICS, keep_paragraphs=False)
    assert [a.sentences for a in dropped.articles] == [a.sentences for a in kept.articles]
    assert all(a.paragraphs == () for a in dropped.articles)
    assert [s.text for s in dropped.sentences] == [s.text for s in kept.sentences]


def test_a_roundups_later_dateline_gives_its_lines_their_place_and_agency():
    """An article of several datelines (a wire roundup, a digest) was filed from each: a line
    under "ÉVORA, Portugal (AP) _" is from Évora, one under "HAMBURG, Germany (Reuters) -" from
    Hamburg and by Reuters, not from the first dateline's Lisbon (clean keeps that one as the
    article's place)."""
    roundup = Article(
        "Europe roundup",
        "AP",
        "",
        "roundup.txt",
        None,
        (
            "Portugal's parliament approved the budget on Friday, the speaker said.",
            "ÉVORA, Portugal (AP) _ A fire at the paper mill killed two workers on Friday.",
            "Police said the cause was not known.",
            "HAMBURG, Germany (Reuters) - Dockers at the port began a strike on Friday.",
            "BREAKING NEWS (AP) _ The strike ends on Sunday, the union said.",
        ),
        place="Lisbon",
    )
    split = split_day([roundup], TOPICS, keep_paragraphs=False)
    filed = [(s.article.place, s.article.outlet) for s in split.sentences if s.text[-1] == "."]
    assert filed == [
        ("Lisbon", "AP"),
        ("Évora", "AP"),
        ("Évora", "AP"),
        ("Hamburg", "Reuters"),
        ("", "AP"),  # a wire label where the city goes: no place
    ]
    assert {s.article.id for s in split.sentences} == {split.articles[0].id}
    assert split.articles[0].place == "Lisbon"
