import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from briefing.models import (
    UNCHANGED,
    Article,
    Briefing,
    Event,
    Flagged,
    Item,
    LeftOut,
    Section,
    Sentence,
    Skipped,
    Story,
)
from briefing.render.renderer import Renderer
from briefing.render.serialize import from_dict, to_dict

ARTICLE = Article(
    "Fire at the mill",
    "Wire",
    "https://example.org/mill",
    "news/mill.txt",
    datetime(2026, 11, 27, 22, 0, tzinfo=UTC),
    ("x",),
    place="Evora",
)
ITEM = Item(Sentence("A fire at the mill killed two workers.", ARTICLE, 0, 0), 1.0, story="s1")
STORY = Story("s1", "Fire at the mill", (ARTICLE,), ("Wire",), ARTICLE.published, 1.0)


def _stored() -> dict:
    """A small briefing as its JSON holds it."""
    section = Section(
        "Mills",
        "",
        (ITEM,),
        1,
        3,
        ((date(2026, 11, 28), 1),),
        (STORY,),
        (LeftOut("s2", "Old fire", UNCHANGED + "2026-11-20"),),
    )
    event = Event(date(2026, 12, 1), "day", "on Tuesday", ITEM.sentence, "Mills")
    briefing = Briefing(
        date(2026, 11, 28),
        datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
        (section,),
        (Skipped("bad.txt", "empty file"),),
        1,
        coming=(event,),
        flagged=(Flagged("news/mill.txt", ("front matter keys not used: Tags",)),),
    )
    return json.loads(json.dumps(to_dict(briefing, ZoneInfo("UTC"))))


def test_a_stored_briefing_reads_back():
    again = from_dict(_stored())
    assert again.sections[0].items[0].sentence.article.place == "Evora"
    assert again.sections[0].left_out[0].reason == UNCHANGED + "2026-11-20"
    assert again.coming[0].when == date(2026, 12, 1)
    assert again.flagged == (Flagged("news/mill.txt", ("front matter keys not used: Tags",)),)


@pytest.mark.parametrize(
    ("path", "value", "named"),
    [
        (("topics", 0, "items", 0, "text"), 5, "topics[0].items[0].text: 5 is not text"),
        (("topics", 0, "items", 0, "source", "title"), ["a"], "items[0].source.title"),
        (("topics", 0, "items", 0, "source", "place"), 2.5, "source.place: 2.5"),
        (("topics", 0, "items", 0, "score"), "high", 'score: "high" is not a number'),
        (("topics", 0, "items", 0, "outlets"), [1], "topics[0].items[0].outlets[0]"),
        (("topics", 0, "name"), True, "topics[0].name: true is not text"),
        (("topics", 0, "name"), None, "topics[0].name: missing"),
        (("topics", 0, "stories", 0, "score"), [1], "topics[0].stories[0].score"),
        (("topics", 0, "stories", 0, "headline"), 5, "topics[0].stories[0].headline"),
        (("topics", 0, "trend", 0, "articles"), "x", "trend[0].articles"),
        (("topics", 0, "left_out", 0, "reason"), UNCHANGED + "last week", "left_out[0].reason"),
        (("topics", 0), "Mills", 'topics[0]: "Mills" is not an object'),
        (("coming_up", 0, "text"), {"a": 1}, "coming_up[0].text"),
        (("coming_up", 0, "precision"), "year", "coming_up[0].precision"),
        (("coming_up", 0, "source", "published"), "yesterday", "is not an ISO time"),
        (("since",), "2026-11-27T06:00", "since: "),
        (("date",), "2026-13-45", 'date: "2026-13-45" is not a date'),
        (("articles_read",), "3", "articles_read"),
        (("skipped", 0, "reason"), 7, "skipped[0].reason"),
    ],
)
def test_a_hand_edited_value_of_the_wrong_type_is_named(path, value, named):
    data = _stored()
    held = data
    for key in path[:-1]:
        held = held[key]
    held[path[-1]] = value
    with pytest.raises(ValueError, match="^.*" + named.replace("[", r"\[").replace("]", r"\]")):
        from_dict(data)


def test_a_null_where_text_may_be_left_out_reads_as_absent(config):
    data = _stored()
    data["topics"][0]["items"][0]["source"]["title"] = None
    data["topics"][0]["description"] = None
    briefing = from_dict(data)
    assert briefing.sections[0].items[0].sentence.article.title == ""
    assert "A fire at the mill killed two workers." in Renderer(config).text(briefing)
