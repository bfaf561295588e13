from collections.abc import Sequence
from dataclasses import replace

import pytest

from briefing.config import SelectConfig, Topic
from briefing.day.stories import group_stories
from briefing.models import ELSEWHERE, PASSING, Article, Section, Sentence
from briefing.select.day import Day, read_day
from briefing.select.sections import select_sections
from briefing.summariser.choose import Budget, candidates, choose, is_dangling
from briefing.summariser.coverage import concept_matrix
from briefing.summariser.rank.registry import Ranker
from briefing.text.segment import article_sentences
from briefing.text.vectorize import tfidf


class ByLength(Ranker):
    """A deterministic ranker for tests: longer sentences score higher."""

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        return [float(len(s.text)) for s in sentences]


class Equal(Ranker):
    """A ranker with no opinion: every sentence scores the same."""

    def score(self, sentences: Sequence[Sentence], query: str = "") -> list[float]:
        return [1.0] * len(sentences)


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
    pool = _sentences(
        "Too short.",
        "This one is just the right length.",
        "This one is just the right length.",
        "This sentence is far too long to be selected by anyone at all.",
    )
    assert [s.text for s in candidates(pool, 3, 8)] == ["This one is just the right length."]


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


def test_coverage_gives_equal_gains_to_the_better_score():
    sentences = _sentences(
        "Ships collided near Second Thomas Shoal on Monday.",
        "Manila protested after ships collided near Second Thomas Shoal.",
        "The weather was mild in the capital all week.",
        "Farmers in the north harvested an early rice crop.",
    )
    texts = [s.text for s in sentences]
    concepts = concept_matrix(sentences)
    # Once the shoal is covered, neither the weather nor the rice adds a concept: the score decides.
    assert _choose(texts, [1.0, 0.0, 0.2, 0.9], Budget(items=2), concepts=concepts) == [0, 3]
    assert _choose(texts, [1.0, 0.0, 0.9, 0.2], Budget(items=2), concepts=concepts) == [0, 2]


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


def _pairs(sentences: list[Sentence]) -> list[tuple[Sentence, float]]:
    return [(s, 1.0) for s in sentences]


def test_sections_respect_budget_and_never_repeat_across_topics():
    wire = _sentences("Blinken and Wang met in Jakarta on Thursday to manage tensions.", path="a")
    copy = _sentences(
        "Blinken and Wang met in Jakarta on Thursday to manage the tensions.", path="b"
    )
    other = Topic(name="U", terms={"y": 1.0})
    settings = SelectConfig(min_sentence_words=3, ranker="lexrank")
    sections = select_sections(
        {"T": _pairs(wire), "U": _pairs(copy)}, [TOPIC, other], ByLength(), settings
    )
    assert [len(s.items) for s in sections] == [1, 0]
    [section] = select_sections(
        {"T": _pairs(_sentences(*DISTINCT))},
        [TOPIC],
        ByLength(),
        SelectConfig(max_items=3, max_words=20, min_sentence_words=3),
    )
    assert len(section.items) == 2  # 7 + 7 words fit in 20, a third would not
    assert section.sentences_considered == 6 and section.articles_considered == 1


def _story(path: str, outlet: str, *paragraphs: str, title: str = "") -> list[Sentence]:
    title = title or paragraphs[0][:40]
    return article_sentences(Article(title, outlet, "", path, None, paragraphs))


def test_one_item_per_story_before_any_second_and_the_widest_story_first():
    summit = [
        _story(
            f"summit-{n}",
            outlet,
            f"Leaders of Thailand and Laos met in Vientiane on Monday to sign a treaty{tail}.",
            "The treaty shares the Mekong's water between the two neighbours for a decade.",
        )
        for n, (outlet, tail) in enumerate(
            [("AP", ""), ("Reuters", " after years of talks"), ("AFP", ", officials said")]
        )
    ]
    fire = _story(
        "fire",
        "Local",
        "A fire destroyed a textile warehouse in Bangkok on Sunday, police said.",
        "Firefighters battled the blaze for six hours before bringing it under control.",
    )
    sentences = [s for story in [*summit, fire] for s in story]
    [section] = select_sections(
        {"T": _pairs(sentences)}, [TOPIC], ByLength(), SelectConfig(max_items=3)
    )
    stories = [item.story for item in section.items]
    assert stories[0] == section.stories[0].id and len(section.stories[0].outlets) == 3
    # Both stories are told before the widest gets its second item, printed under it.
    assert stories == [section.stories[0].id, section.stories[0].id, section.stories[1].id]
    assert "Vientiane on Monday" in section.items[0].text
    assert section.stories[0].articles[0] is section.items[0].sentence.article  # cited = quoted
    assert [i.score for i in section.items] == sorted(
        (i.score for i in section.items), reverse=True
    )


def test_a_line_other_stories_repeat_never_leads():
    background = "Myanmar has been ruled by the military for most of the years since 1962."
    one = _story(
        "one",
        "AP",
        background,
        "The junta freed 300 prisoners from Insein jail in Yangon on Tuesday, state media said.",
        title="Junta frees prisoners",
    )
    two = _story(
        "two",
        "AFP",
        background,
        "Rebels seized the border town of Tachileik in Shan state on Monday, residents said.",
        title="Rebels take Tachileik",
    )
    [section] = select_sections(
        {"T": _pairs(one + two)}, [TOPIC], ByLength(), SelectConfig(max_items=2)
    )
    assert len(section.stories) == 2
    assert [background in item.text for item in section.items] == [False, False]


def test_a_story_is_ranked_by_how_much_of_it_is_about_the_topic():
    fire = Topic(name="Fires", terms={"fire": 1.0, "blaze": 1.0})
    # Two articles of a long summit story open on a fire, and say no more of it (about the
    # topic, by a twentieth: an article opening on it); one article is all about a fire.
    tour = [
        f"Delegates then visited river port number {k} and its new cargo cranes." for k in range(19)
    ]
    summit = [
        _story(
            f"summit-{n}",
            "AP",
            f"Leaders of Thailand and Laos met in Vientiane on {day}, after a fire at the port "
            "delayed them, to sign a water treaty.",
            *tour,
        )
        for n, day in enumerate(["Monday", "Tuesday"])
    ]
    blaze = _story(
        "blaze",
        "Local",
        "A fire destroyed a textile warehouse in Bangkok on Sunday, police said.",
        "Firefighters fought the blaze for six hours before the fire was out.",
    )
    sentences = [s for story in [*summit, blaze] for s in story]
    relevant = [(s, 1.0) for s in sentences if "fire" in s.text or "blaze" in s.text]
    articles = list({s.article.id: s.article for s in sentences}.values())
    day = read_day(group_stories(articles), sentences, None)  # the whole day, not the topic's
    settings = SelectConfig(max_items=2)
    [section] = select_sections({"Fires": relevant}, [fire], ByLength(), settings, day)
    assert [len(story.articles) for story in section.stories] == [1, 2]
    assert "warehouse" in section.items[0].text  # the story about a fire, not the wider one


def test_a_sentence_that_cannot_stand_alone_or_lean_on_its_lead_in_tells_no_story():
    leaning = _story(
        "typhoon",
        "AP",
        "It turned toward the coast, the Hong Kong Observatory said of the storm.",
        "The storm was expected to be closest to Hong Kong on Tuesday, the observatory said.",
    )
    news = _story(
        "quake", "AFP", "An earthquake of magnitude 6 struck Taiwan on Monday, officials said."
    )
    [section] = select_sections(
        {"T": _pairs(leaning + news)}, [TOPIC], ByLength(), SelectConfig(max_items=3)
    )
    assert [item.text for item in section.items] == [news[0].text]


def test_a_line_leans_on_no_lead_in_longer_than_a_line_may_be():
    """The line a leaning sentence is shown after is shown whole: one past max_sentence_words
    (a run-on of 10,000 words before 'The mill closed ...') printed a 10,016-word item, and the
    PDF left its whole topic off the page."""
    run_on = "Mill, " + "a, " * 200 + "were found."
    leaning = _story(
        "mill", "AP", run_on, "The mill closed on Friday after the fire at the plant, police said."
    )
    news = _story(
        "quake", "AFP", "An earthquake of magnitude 6 struck Taiwan on Monday, officials said."
    )
    [section] = select_sections(
        {"T": _pairs(leaning + news)}, [TOPIC], ByLength(), SelectConfig(max_items=3)
    )
    assert [item.text for item in section.items] == [news[0].text]


def test_the_news_sentence_is_the_one_carrying_most_of_the_story():
    short = _story(
        "quake",
        "AP",
        "An earthquake struck Hualien in eastern Taiwan on Monday, Taiwanese officials said.",
    )
    full = _story(
        "quake-2",
        "AFP",
        "An earthquake of magnitude 6.1 struck eastern Taiwan on Monday, toppling buildings in "
        "Hualien and killing four people, Taiwanese officials said.",
    )
    settings = SelectConfig(max_items=1, min_sentence_words=3)
    [section] = select_sections({"T": _pairs(short + full)}, [TOPIC], Equal(), settings)
    assert section.items[0].text.startswith("An earthquake of magnitude 6.1")  # who, what, where


def test_a_storys_status_against_past_briefings_does_not_depend_on_how_many_are_shown():
    from datetime import date

    from briefing.models import PastItem

    freed = (
        "The junta freed 300 prisoners on Friday after talks with rebels in Mandalay and "
        "Sagaing near border."
    )
    others = [
        "Junta troops shelled villages in Chin state overnight.",
        "Rebels downed a helicopter over Kayah state yesterday.",
        "Talks between the two Koreas stalled in Seoul today.",
        "The junta freed a journalist in Kachin state overnight.",
    ]
    articles = [Article("Freed", "AP", "", "s1", None, (freed,), also=("AFP", "Reuters", "BBC"))]
    articles += [
        Article(f"Other {n}", "Local", "", f"o{n}", None, (t,)) for n, t in enumerate(others)
    ]
    sentences = [s for a in articles for s in article_sentences(a)]
    day = read_day(group_stories(articles), sentences, date(2026, 1, 2))
    briefed = "The junta freed prisoners from Insein jail in Yangon on Tuesday."
    past = [PastItem(date(2026, 1, 1), "T", briefed, "old")]
    shown = []
    for limit in (1, 4):
        settings = SelectConfig(max_items=limit, min_sentence_words=3)
        [section] = select_sections(
            {"T": _pairs(sentences)}, [TOPIC], ByLength(), settings, day, past
        )
        shown.append((section.items[0].text, section.items[0].status))
    assert shown == [(freed, "update")] * 2  # judged against the whole pool either way


def test_a_story_with_no_line_of_a_length_to_tell_is_left_out_and_says_why():
    # a three-word on-topic article was considered and then dropped without a reason
    short = _story("short", "AP", "Myanmar junta falls.")
    [section] = select_sections(
        {"T": _pairs(short)}, [TOPIC], ByLength(), SelectConfig(min_sentence_words=6)
    )
    assert section.items == () and section.sentences_considered == 1
    [left] = section.left_out
    assert left.reason == "no sentence of 6 to 60 words"
    dateline = _story("wire", "AP", "YANGON, Myanmar (AP) --")
    settings = SelectConfig(min_sentence_words=3)
    [section] = select_sections({"T": _pairs(dateline)}, [TOPIC], ByLength(), settings)
    assert [left.reason for left in section.left_out] == [
        "no line but repeats of others and datelines"
    ]


def test_a_story_is_told_in_one_section_the_one_it_is_most_about():
    # two-day region seed 26: the Jerusalem market bomb ("A red Fiat belching smoke ...") was
    # told under Middle East and again under Europe, whose desk words include "smoke" and "fire"
    bomb = _story(
        "bomb",
        "AP",
        "A car belching smoke exploded outside a Jerusalem market on Friday, killing two bombers.",
        "The Israeli Cabinet suspended its debate on the peace accord after the Jerusalem blast.",
        "Israeli police sealed the Jerusalem market and searched nearby streets for accomplices.",
        "Firefighters battled the fire for an hour while thick black smoke rose above the stalls.",
    )
    dance = _story(
        "dance",
        "AP",
        "A fire swept through a crowded dance hall in Goteborg on Friday, killing 60 people.",
        "Smoke filled the hall within minutes and the exits were blocked, the police said.",
    )
    sentences = [*bomb, *dance]
    mideast = Topic(name="Middle East", terms={"jerusalem": 1.0, "israeli": 1.0})
    europe = Topic(name="Europe", terms={"smoke": 1.0, "fire": 1.0})

    def about(*words: str) -> list[tuple[Sentence, float]]:
        return [(s, 1.0) for s in sentences if any(w in s.text.lower() for w in words)]

    day = read_day(group_stories([s.article for s in (bomb[0], dance[0])]), sentences, None)
    first, second = select_sections(
        {"Middle East": about("jerusalem", "israeli"), "Europe": about("smoke", "fire")},
        [mideast, europe],
        Equal(),
        SelectConfig(min_sentence_words=3),
        day,
    )
    [bombing] = first.stories
    assert bombing.id not in {story.id for story in second.stories}
    assert [story.articles[0].path for story in second.stories] == ["dance"]
    [why] = [left.reason for left in second.left_out if left.story == bombing.id]
    assert "Middle East" in why


def test_a_story_another_desk_owns_is_left_out_as_that_desks():
    # review36, region 414: East Timor left out of Europe "no sentence of 6 to 60 words" while
    # Asia, which owns it, printed its lead: its only line here is that lead, in Asia's pool
    quake = _story(
        "quake",
        "AP",
        "A fire broke out in Jerusalem after an Israeli quake on Monday, officials said.",
        "Israeli rescuers searched the rubble in Jerusalem through the night.",
    )
    mideast = Topic(name="Middle East", terms={"jerusalem": 1.0, "israeli": 1.0})
    europe = Topic(name="Europe", terms={"fire": 1.0})

    def about(*words: str) -> list[tuple[Sentence, float]]:
        return [(s, 1.0) for s in quake if any(w in s.text.lower() for w in words)]

    day = read_day(group_stories([quake[0].article]), quake, None)
    first, second = select_sections(
        {"Middle East": about("jerusalem", "israeli"), "Europe": about("fire")},
        [mideast, europe],
        Equal(),
        SelectConfig(min_sentence_words=3),
        day,
    )
    assert [story.articles[0].path for story in first.stories] == ["quake"]
    assert [left.reason for left in second.left_out] == [f"{ELSEWHERE}Middle East"]


FILLER = [
    f"Officials in Tripoli reviewed the {n}th file of the case on Tuesday." for n in range(16)
]


def _asia_and_europe() -> tuple[list[Sentence], list[Sentence]]:
    """A story each for an Asia desk (dissidents) and a Europe desk (an embassy)."""
    asia = _story(
        "asia",
        "AP",
        "Chinese dissidents were sentenced in Beijing on Monday for founding a party.",
        "The dissidents had tried to register the China Democracy Party.",
    )
    europe = _story(
        "europe",
        "AP",
        "German police raided an embassy annex in Bonn on Monday after a threat.",
        "The embassy was closed for the day while the police searched it.",
    )
    return asia, europe


def test_a_story_its_own_desk_leaves_out_as_a_mention_is_judged_by_the_other_desk_too():
    # region seeds 8 and 69: Libya's Lockerbie trials, left out of Asia as a passing mention
    # ("dissidents" twice), read "more about another topic: Asia" under Europe: told nowhere,
    # and Europe's JSON and quiet note named a desk that did not tell it
    libya = _story(
        "libya",
        "AP",
        "Libya said on Tuesday it would hand over two suspects in the Lockerbie bombing.",
        "The two men are to be tried in the Netherlands under Scottish law.",
        "The United Nations will lift its sanctions once the men arrive there.",
        *FILLER[:8],
        "Libyan dissidents said the trial would not change the regime.",
        *FILLER[8:],
        "Exiled dissidents in London welcomed the handover of the suspects.",
        "Diplomats at the embassy in Tripoli said the talks had taken months.",
    )
    asia, europe = _asia_and_europe()
    day, sections = _desks([*libya, *asia, *europe], {"Asia": "dissidents", "Europe": "embassy"})
    story = day.story_of[libya[0].article.id].id
    for section in sections:
        assert story not in {told.id for told in section.stories}, section.name
        [why] = [left.reason for left in section.left_out if left.story == story]
        assert why.startswith(PASSING), (section.name, why)


def test_a_mention_its_desk_leaves_out_goes_to_one_other_desk_not_to_each():
    # hostile8: a story its own desk leaves out as a passing mention was judged again by every
    # desk that had given it away, with no owner among them: two desks could each tell it
    libya = _story(
        "libya",
        "AP",
        "Libya will hand over two Lockerbie suspects, its embassy and its envoy to Cairo said.",
        "The embassy in Bonn and the envoy in Cairo said the men would fly to the Netherlands.",
        "The envoy said the United Nations would lift its sanctions once the men arrive.",
        *FILLER[:8],
        "Libyan dissidents said the trial would not change the regime.",
        *FILLER[8:],
        "Exiled dissidents in London welcomed the handover of the suspects.",
        "Dissidents abroad said the talks had taken months.",
    )
    asia, europe = _asia_and_europe()
    mideast = _story(
        "mideast",
        "AP",
        "The envoy of Egypt met Syria's leaders in Damascus on Monday.",
        "The envoy carried a letter from Cairo to the Syrian president.",
    )
    day, sections = _desks(
        [*libya, *asia, *europe, *mideast],
        {"Asia": "dissidents", "Europe": "embassy", "Middle East": "envoy"},
    )
    story = day.story_of[libya[0].article.id].id
    telling = [section.name for section in sections if story in {s.id for s in section.stories}]
    assert telling == ["Middle East"]  # its envoy's three lines to the embassy's two
    reasons = {
        section.name: [left.reason for left in section.left_out if left.story == story]
        for section in sections
    }
    assert reasons["Asia"][0].startswith(PASSING)
    # the desk that had given it away too reads who tells it, not that no line fits
    assert reasons["Europe"] == [f"{ELSEWHERE}Middle East"]


def test_a_desk_names_a_story_another_tells_by_the_headline_that_desk_prints():
    # review30 (region seeds 293-296): Europe's "more about another topic" row named Goteborg's
    # fire "Two youths trapped in a dance-hall fire died early Monday", the grouping's first
    # report, while the desk telling it printed "A fire turned a dance hall ... into a deathtrap"
    first, second = (
        _story(
            f"talks-{n}",
            "AP",
            lead,
            "The envoy carried a letter from Cairo to the Syrian president in Damascus.",
            "The envoy said the embassy in Damascus would help arrange the next round of talks.",
            "The envoy and the Syrian foreign minister spoke for three hours on Monday night.",
            title=title,
        )
        for n, (title, lead) in enumerate(
            [
                ("Envoy in Damascus", "The envoy of Egypt met Syria's leaders on Monday."),
                (
                    "Egypt's envoy sees Assad",
                    "The envoy of Egypt met Syria's leaders in Damascus on Monday to head off a "
                    "military conflict between Syria and Turkey over Kurdish rebel bases.",
                ),
            ]
        )
    )
    _, europe = _asia_and_europe()
    day, (mideast, other) = _desks(
        [*first, *second, *europe], {"Middle East": "envoy", "Europe": "embassy"}, ByLength()
    )
    [told] = mideast.stories
    assert told.headline != day.story_of[first[0].article.id].headline  # cited: the second report
    [named] = [left for left in other.left_out if left.story == told.id]
    assert (named.reason, named.headline) == (f"{ELSEWHERE}Middle East", told.headline)


def _as_built(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences as a build holds them: their article's paragraphs dropped once split."""
    article = replace(
        sentences[0].article, paragraphs=(), sentences=tuple(s.text for s in sentences)
    )
    return [replace(sentence, article=article) for sentence in sentences]


@pytest.mark.parametrize("title", ["", "Strikes spread"])
def test_stories_tied_in_rank_keep_their_order_whatever_folder_they_are_read_from(title):
    """Two one-article stories of equal rank were ordered by id, a hash of their files' paths:
    the same day read from another folder listed them the other way round (by headline since,
    and then, two stories under one headline, by their text)."""
    orders = []
    for folder in ("a", "b", "c", "d", "e", "f"):
        sentences = [
            s
            for name, text in (
                ("port", "Workers at the port of Yangon went on strike on Monday, unions said."),
                (
                    "mine",
                    "Miners in Kachin state stopped work at a jade mine on Monday, police said.",
                ),
            )
            for s in _as_built(
                _story(f"{folder}/{name}.txt", "AP", text, title=title or f"The {name} strike")
            )
        ]
        [section] = select_sections(
            {"T": _pairs(sentences)}, [TOPIC], ByLength(), SelectConfig(max_items=2)
        )
        orders.append([item.sentence.text for item in section.items])
    assert len(orders[0]) == 2 and all(order == orders[0] for order in orders)


def _desks(
    sentences: list[Sentence], words: dict[str, str], ranker: Ranker | None = None
) -> tuple[Day, tuple[Section, ...]]:
    """The day read from `sentences` and the sections of desks `words` (name -> the word its
    sentences hold) over them, each a paragraph of its own, ranked by `ranker` (`Equal`)."""
    articles = list({s.article.id: s.article for s in sentences}.values())
    day = read_day(group_stories(articles), sentences, None)
    by_topic = {
        name: [(s, 1.0) for s in sentences if word in s.text.lower()]
        for name, word in words.items()
    }
    topics = [Topic(name=name, terms={word: 1.0}) for name, word in words.items()]
    settings = SelectConfig(min_sentence_words=3)
    return day, select_sections(by_topic, topics, ranker or Equal(), settings, day)


def test_a_storys_lead_naming_no_desk_term_tells_it_under_its_desk():
    # tell10, region seed 22: the Jerusalem bomb's lead ("A red Fiat belching smoke ...") names
    # none of the desk's terms, so it sat in no pool and a weaker line told the story
    bomb = _story(
        "bomb",
        "AP",
        "A red car belching smoke sent shoppers fleeing before it exploded at a market on Friday.",
        "Police in Jerusalem said two bombers died in the car and 24 shoppers were hurt.",
        "Jerusalem's mayor closed the market for the weekend.",
    )
    _, (section,) = _desks(bomb, {"Middle East": "jerusalem"})
    assert [item.text for item in section.items][:1] == [bomb[0].text]


def test_a_storys_lead_on_another_desk_is_told_under_its_own_desk_only():
    # tell10, region seed 23: "Thailand expects 39 countries ..." matched Middle East weakly
    # while its article's other lines were Asia's: the lead sat in Middle East's pool
    games = _story(
        "games",
        "AP",
        "Thailand expects 39 countries at next month's Asian Games, Israel among them.",
        "Bangkok has built four stadiums for the games, its organisers said on Monday.",
        "Organisers in Bangkok said tickets for the opening sold out.",
    )
    _, (asia, mideast) = _desks(games, {"Asia": "bangkok", "Middle East": "israel"})
    # the lead names only Middle East's word; the story is Asia's, and so is its lead
    lead = games[0]
    assert [item.text for item in asia.items][:1] == [lead.text]
    assert lead.text not in {item.text for item in mideast.items}
    assert not mideast.stories


def test_a_story_left_out_on_several_desks_is_named_by_one_headline_on_each():
    # review38 (d), two days 323, day two: Turkey's fall "unchanged" in Middle East by the
    # headline the reader knew ("Demirel planned to meet ..."), "more about another topic" in
    # Asia by the grouping's ("The government ... lost a vote of confidence ...")
    from briefing.models import UNCHANGED, LeftOut
    from briefing.select.sections import named_once

    fallen = "The government lost a vote of confidence"
    known = "Demirel planned to meet Ecevit"
    mideast = Section(
        "Middle East", "", (), left_out=(LeftOut("s-fall", known, f"{UNCHANGED}2026-11-28"),)
    )
    asia = Section("Asia", "", (), left_out=(LeftOut("s-fall", fallen, f"{ELSEWHERE}Middle East"),))
    named = named_once([mideast, asia])
    assert [left.headline for section in named for left in section.left_out] == [known, known]
    assert named_once([asia]) == (asia,)  # named nowhere else: the grouping's headline


def test_two_stories_left_out_on_several_desks_keep_each_its_own_headline():
    # hostile41, against status40's one headline per story: two unchanged stories Asia names as
    # another desk's are each named by the headline the reader knew that one by
    from briefing.models import UNCHANGED, LeftOut
    from briefing.select.sections import named_once

    known = {"s-fall": "Demirel planned to meet Ecevit", "s-quake": "A quake killed 40 people"}
    grouped = {"s-fall": "The government lost a vote", "s-quake": "Rescuers dug through rubble"}
    mideast = Section(
        "Middle East",
        "",
        (),
        left_out=tuple(LeftOut(s, h, f"{UNCHANGED}2026-11-28") for s, h in known.items()),
    )
    asia = Section(
        "Asia",
        "",
        (),
        left_out=tuple(LeftOut(s, h, f"{ELSEWHERE}Middle East") for s, h in grouped.items()),
    )
    named = named_once([mideast, asia])
    assert [[(left.story, left.headline) for left in s.left_out] for s in named] == [
        list(known.items()),
        list(known.items()),
    ]
