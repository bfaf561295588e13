from dataclasses import replace
from datetime import UTC, datetime

from briefing.day.opinion import opinion_label, opinion_reason
from briefing.day.stories import make_story
from briefing.models import Article, Briefing

from .test_select_rules import DAM, NOON, QUAKE, _select


def _article(text: str, title: str = "", url: str = "") -> Article:
    sentences = tuple(s.strip() + "." for s in text.split(".") if s.strip())
    return Article(
        title, "Daily", url, "", datetime(2026, 11, 28, tzinfo=UTC), (), sentences=sentences
    )


NEWS = (
    "Myanmar's military government extended the state of emergency on Tuesday. "
    "The decree was read on state television. Officials said elections would follow. "
    "Opposition groups rejected the move."
)


def test_news_is_not_opinion():
    assert opinion_reason(_article(NEWS, "Junta extends emergency")) == ""


def test_a_news_story_quoting_what_we_must_do_is_news():
    quoted = NEWS + ' "We must restore order," the general said. "I will not resign," he added.'
    assert opinion_reason(_article(quoted)) == ""


def test_the_outlets_own_markers_make_opinion():
    assert opinion_reason(_article(NEWS, url="https://news.example/opinion/2026/11/28/junta"))
    assert opinion_reason(_article(NEWS, "Opinion: The junta's emergency is no plan"))
    assert opinion_reason(_article(NEWS, "The junta's emergency is no plan | Editorial"))
    editorial = "The People's Daily said in an editorial on Tuesday that Washington erred. " + NEWS
    assert "editorial" in opinion_reason(_article(editorial))
    slug = "EDITORIAL: Sanctions are just one tool. " + NEWS
    assert opinion_reason(_article(slug))


def test_every_marker_is_read_in_any_case_and_script():
    # the markers' words are looked for before the pattern: each kind still found, a sentence
    # past ASCII read by the pattern alone
    for marker in (
        "The views expressed here are the author's own.",
        "Jane Smith is a contributing editor of the Daily.",
        "Jane Smith is a columnist for the Daily.",
        "(Commentary) Sanctions are just one tool.",
        "The Zeitung warned in an Op-Ed that Ankara’s plan would fail.",
    ):
        assert "it says so" in opinion_reason(_article(marker + " " + NEWS))
    assert (
        opinion_reason(_article("The Zeitung’s reporters said Ankara’s plan would fail. " + NEWS))
        == ""
    )


def test_first_person_argument_is_opinion():
    argued = (
        "I have watched Myanmar's generals for twenty years. They never keep a promise. "
        "We must stop pretending that elections are coming. Washington should act now. "
        "My advice is simple."
    )
    assert "argue" in opinion_reason(_article(argued))


def test_a_story_is_opinion_only_when_every_article_is():
    editorial = _article(NEWS, "Opinion: Enough")
    report = _article(NEWS, "Junta extends emergency")
    assert make_story([editorial]).opinion
    assert make_story([editorial, report]).opinion == ""


ANALYSED = (
    "The Attapeu collapse shows how fragile the hydropower boom in Laos has become.",
    "For generations, the villages of Attapeu have lived off the Sekong river.",
    "The disaster raises fresh questions about the safety of the dams built across Laos.",
)


def test_news_analysis_and_features_are_marked_and_labelled_as_what_they_are():
    analysis = _article("The walkout underscores the limits of Thai influence, analysts say.")
    feature = _article("Fishing is a way of life on the Mekong, and nowhere more than here.")
    editorial = _article(NEWS, "Opinion: Enough")
    labels = [opinion_label(opinion_reason(a)) for a in (analysis, feature, editorial)]
    assert labels == ["Analysis", "Feature", "Opinion"]
    assert opinion_label(opinion_reason(_article(NEWS))) == ""


def test_a_story_told_only_by_analysis_is_told_labelled_after_the_news_never_on_top():
    """The dam's three outlets lead as news; told by analysis and features alone, the dam
    comes after the quake, labelled, and is no top story."""
    leads = [
        replace(a, paragraphs=(lead, *a.paragraphs)) for a, lead in zip(DAM, ANALYSED, strict=True)
    ]
    section = _select([*leads, *QUAKE], max_items=4, max_words=1000)
    first, *rest = section.stories
    assert not first.opinion and any(a.path == "quake-antara" for a in first.articles)
    [dam] = rest
    assert {a.path for a in dam.articles} == {"dam-ap", "dam-reuters", "dam-afp"}
    assert opinion_label(dam.opinion) in ("Analysis", "Feature")
    assert dam.id in {item.story for item in section.items}  # still told
    assert section.items[0].story == first.id
    briefing = Briefing(day=NOON.date(), generated=NOON, sections=(section,))
    assert [story.id for story, _ in briefing.top_stories()] == [first.id]


def test_one_news_report_makes_a_story_of_analysis_news():
    analysis = _article(ANALYSED[0])
    assert make_story([analysis]).opinion
    assert make_story([analysis, _article(NEWS)]).opinion == ""


def test_a_news_story_is_told_by_its_reports_never_by_an_analysis_lead_nor_an_editorial():
    """One of the dam's three articles opens as a news analysis, another is an editorial: the
    analysis's lead and the editorial's lines, however central, tell nothing of a story the
    others report; the analysis's later lines may."""
    analysis = replace(DAM[0], paragraphs=(ANALYSED[0], *DAM[0].paragraphs))
    editorial = replace(DAM[1], title="Editorial: Laos must stop building dams")
    section = _select([analysis, editorial, DAM[2]], max_items=8, max_words=1000, max_story_items=6)
    [story] = section.stories
    assert not story.opinion and len(section.items) >= 3
    told = [item.sentence for item in section.items]
    assert ANALYSED[0] not in [s.text for s in told]
    assert all(s.article.path != "dam-reuters" for s in told)
    assert any(s.article.path == "dam-ap" for s in told)
