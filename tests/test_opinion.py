from datetime import UTC, datetime

from briefing.day.opinion import opinion_reason
from briefing.day.stories import make_story
from briefing.models import Article


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
