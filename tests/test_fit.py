"""Page fitting planned from plain numbers: plan_cut, and measure on a stand-in page."""

from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from briefing.errors import BriefingError
from briefing.models import OFF_PAGE, Article, Briefing, Event, Item, Section, Sentence, Story
from briefing.render.fit import NO_ROOM, Heights, Plan, cut_order, measure, plan_cut, without

ARTICLE = Article("Talks resume", "Wire", "https://example.org/a", "", None, ("x",))
HEADER, HEADING, TAIL = 40.0, 20.0, 30.0  # the page's header, each section's title, the footer


def _heights(*sections: tuple[float, ...]) -> Heights:
    """Heights of a page of these item heights, stacked: header, then each section's title
    and items, then the footer; no margins."""
    ends, end = [], HEADER
    for items in sections:
        end += HEADING + sum(items)
        ends.append(end)
    return Heights(tuple(sections), tuple(ends), end + TAIL, TAIL, 0.0)


def _briefing(*sections: tuple[tuple[float, str], ...]) -> Briefing:
    """A briefing of sections of (score, story) items."""
    return Briefing(
        date(2026, 11, 28),
        datetime(2026, 11, 28, tzinfo=UTC),
        tuple(
            Section(
                f"Topic {s}",
                "",
                tuple(
                    Item(Sentence(f"Item {s}.{n}.", ARTICLE, 0, n), score, story=story)
                    for n, (score, story) in enumerate(items)
                ),
            )
            for s, items in enumerate(sections)
        ),
        (),
        1,
    )


def test_a_page_that_fits_cuts_nothing():
    heights = _heights((50, 50), (50, 50))  # needs 310
    plan = plan_cut(heights, 400, [(0, 1), (1, 1)])
    assert plan == Plan(((0, 1), (1, 1)), 0, (1,))  # `leave` only if the real page overflows


def test_items_go_in_cut_order_a_story_second_item_then_the_lowest_scored():
    briefing = _briefing(
        ((0.9, "a"), (0.5, "a"), (0.7, "b")),
        ((0.8, "c"), (0.6, "d"), (0.4, "e")),
    )
    order = cut_order(briefing)
    assert order == [(0, 1), (1, 2), (1, 1), (0, 2)]
    heights = _heights((40, 40, 40), (40, 40, 40))  # needs 350
    assert plan_cut(heights, 300, order) == Plan(tuple(order), 2, (1,))  # 350 - 40 > 299
    assert plan_cut(heights, 311, order).cut == 1  # 350 - 40 <= 311 - 1: one pixel to spare
    assert plan_cut(heights, 310, order).cut == 2


def test_opinion_goes_before_any_news_story_first_item_whatever_its_score():
    briefing = _briefing(((0.9, "a"), (0.8, "b")), ((0.7, "c"), (0.6, "d")))
    analysis = Story("b", "Chileans argue", (ARTICLE,), ("AP",), None, 0.8, opinion="analysis")
    first = briefing.sections[0]
    sections = (replace(first, stories=(analysis,)), briefing.sections[1])
    assert cut_order(briefing) == [(1, 1), (0, 1)]  # lowest score first, by score alone
    assert cut_order(replace(briefing, sections=sections)) == [(0, 1), (1, 1)]
    lone = replace(first, items=first.items[1:], stories=(analysis,))
    alone = replace(briefing, sections=(lone,))
    assert cut_order(alone) == []  # never a section's last item, opinion or not


def test_a_section_keeps_its_news_not_its_higher_scored_column_and_columns_go_first():
    """A section of a 0.3 report and a 0.9 editorial keeps the report as its last item; a
    section of two columns gives one up before another section's news leaves."""
    briefing = _briefing(
        ((0.3, "a"), (0.9, "b")), ((0.9, "c"), (0.8, "d")), ((0.2, "e"), (0.1, "f"))
    )
    sections = [
        replace(section, stories=tuple(_column(sid) for sid in columns))
        for section, columns in zip(briefing.sections, (("b",), ("c", "d"), ()), strict=True)
    ]
    order = cut_order(replace(briefing, sections=tuple(sections)))
    assert order[:2] == [(1, 1), (0, 1)]  # the columns, lowest first, before any report
    assert order == [(1, 1), (0, 1), (2, 1)]  # each section keeps one item: news where it has


def _column(sid: str) -> Story:
    """An opinion story (an editorial) of id `sid`."""
    return Story(sid, "We argue", (ARTICLE,), ("Herald",), None, 0.9, opinion="opinion")


def test_an_oversized_item_is_cut_before_any_other():
    heights = _heights((40, 40, 250), (40, 40))  # needs 520; a third of 500 is 166.7
    plan = plan_cut(heights, 500, [(0, 1), (1, 1), (0, 2)])
    assert plan.order == ((0, 2), (0, 1), (1, 1))
    assert plan.cut == 1
    smaller = _heights((40, 40, 120), (40, 40))  # needs 390; a third of 380 is 126.7
    plan = plan_cut(smaller, 380, [(0, 1), (1, 1), (0, 2)])
    assert plan == Plan(((0, 1), (1, 1), (0, 2)), 1, (1,))


def test_a_topic_of_oversized_items_only_leaves_at_once():
    heights = _heights((40, 40), (200, 210))
    assert plan_cut(heights, 500, [(0, 1), (1, 0)]) == Plan(((1, 0), (0, 1)), None, (1,))


def test_a_section_last_item_is_never_cut():
    order = cut_order(_briefing(((0.9, ""), (0.1, "")), ((0.2, ""),)))
    assert order == [(0, 1)]  # Topic 1's one item is not in the order
    heights = _heights((60, 60), (60,))  # needs 290: 230 tall, it fits only without two items
    plan = plan_cut(heights, 230, order)
    assert plan.order == ((0, 1),) and plan.cut is None  # cutting all it may is short
    assert plan.leave == (1,)


def test_trailing_topics_leave_when_one_item_each_does_not_fit():
    heights = _heights((60, 60), (60, 60), (60, 60), (60, 60))  # needs 630, 390 at one item each
    order = [(0, 1), (1, 1), (2, 1), (3, 1)]
    assert plan_cut(heights, 400, order) == Plan(tuple(order), 4, (3,))
    # At 350 the fourth topic leaves; at 330 the third too, for room for the note naming them,
    # unless the note is on the page already.
    assert plan_cut(heights, 350, order) == Plan(tuple(order), None, (3,))
    assert plan_cut(heights, 330, order) == Plan(tuple(order), None, (2, 3))
    assert plan_cut(heights, 330, order, note=0.0) == Plan(tuple(order), None, (3,))
    assert plan_cut(heights, 150, order) == Plan(tuple(order), None, (0, 1, 2, 3))


def test_a_page_with_no_room_for_its_header_and_footer_is_an_error():
    assert plan_cut(_heights(), 71, []) == Plan((), 0, ())
    with pytest.raises(BriefingError, match=NO_ROOM):
        plan_cut(_heights(), 70, [])


def test_measure_reads_the_template_ids():
    briefing = _briefing(((0.9, ""), (0.8, "")), ((0.7, ""),))
    asia, world = briefing.sections
    named = (replace(asia, name="Asia & Pacific"), replace(world, name="World"))
    briefing = replace(briefing, sections=named)
    anchors = {  # (left, top, right, bottom) from the page's top edge
        "topic-1": (0, 30, 500, 150),
        "item-1-asia-pacific": (0, 40, 500, 80),
        "item-2-asia-pacific": (0, 90, 500, 120),
        "topic-2": (0, 150, 500, 250),
        "item-1-world": (0, 180, 500, 210),
        "page-footer": (0, 260, 500, 290),
    }
    page = SimpleNamespace(
        anchors=anchors, _page_box=SimpleNamespace(margin_top=10, margin_bottom=20)
    )
    # An item runs to the next one's top, a section's last to the section's bottom.
    assert measure(page, briefing) == Heights(((50, 60), (70,)), (140, 240), 280, 40, 30)
    page.anchors = {"page-footer": anchors["page-footer"]}  # a template without the ids
    assert measure(page, briefing) == Heights(((0.0, 0.0), (0.0,)), (-10, -10), 280, 290, 30)


def _event(story: str) -> Event:
    """An event on Monday of the story with this id ("" for none)."""
    return Event(date(2026, 11, 30), "day", "Monday", Sentence("x", ARTICLE, 0, 0), "T", story)


def _storied(briefing: Briefing, *stories: str) -> Briefing:
    """The briefing with each section's stories those of its items, and events of `stories`."""
    sections = tuple(
        replace(
            section,
            stories=tuple(Story(i.story, i.story, (ARTICLE,), (), None) for i in section.items),
        )
        for section in briefing.sections
    )
    return replace(briefing, sections=sections, coming=tuple(map(_event, stories)))


def test_coming_up_drops_the_event_of_a_story_the_cut_leaves_in_the_no_room_line():
    # region seeds 3, 9, 12: Coming up, chosen before the fit, announced a story the fit cut
    briefing = _briefing(((0.9, "a"), (0.5, "b")), ((0.8, "b"), (0.6, "c")))
    briefing = _storied(briefing, "a", "b", "c", "")
    cut = without(briefing, [(0, 1), (1, 1)])  # b keeps its item in the second section
    assert [e.story for e in cut.coming] == ["a", "b", ""]
    assert cut.sections[1].left_out[0].reason == OFF_PAGE


def test_coming_up_lists_the_next_events_in_place_of_those_the_cut_drops():
    """Coming up's first `limit` events were all of stories the cut left off the page, and the
    page listed none while the stories it told had events of their own after them."""
    briefing = _briefing(((0.9, "a"), (0.5, "b")), ((0.8, "b"), (0.6, "c")))
    briefing = _storied(briefing, "c", "c", "a", "b")
    assert [e.story for e in without(briefing, [], limit=2).coming] == ["c", "c"]
    assert [e.story for e in without(briefing, [(1, 1)], limit=2).coming] == ["a", "b"]
