"""A story's status across two days' builds: new, developing (with the day it was first briefed)
or unchanged (left out, named in one line); a quiet topic says since when nothing is new."""

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from briefing.config import load_config
from briefing.models import PastItem, Section, Story
from briefing.pipeline import Run, build

DAY_ONE = date(2026, 11, 27)
TOML = """
title = "Status"
timezone = "UTC"
output = "out"

[[topics]]
name = "Myanmar"
description = "Myanmar."
threshold = 1.0
[topics.terms]
"myanmar" = 1.0
"junta" = 1.0

[[topics]]
name = "Korea"
description = "Korea."
threshold = 1.0
[topics.terms]
"north korea" = 1.0
"pyongyang" = 1.0
"""
PRISONERS = (
    "Myanmar's junta freed 300 political prisoners from Insein prison on {day}.",
    "Relatives waited outside the gates of the Yangon jail for hours.",
    "The junta said the releases marked a national holiday.",
)
MORE_PRISONERS = (
    "Myanmar's junta freed 500 more prisoners in Mandalay on {day}, officials said.",
    "The second release came a day after 300 were freed from Insein prison in Yangon.",
    "Rights groups said most political detainees remained behind bars.",
)
LAUNCH = (
    "North Korea fired a ballistic missile into the sea off its east coast on {day}.",
    "Pyongyang's launch was its third this month, Seoul's military said.",
    "Japan's coast guard warned ships to stay clear of falling debris.",
)


def _write(folder: Path, name: str, outlet: str, day: date, lines: tuple[str, ...]) -> None:
    weekday = f"{day:%A}"
    body = "\n\n".join(line.format(day=weekday) for line in lines)
    front = (
        f"Title: {name.replace('-', ' ').capitalize()}\nSource: {outlet}\n"
        f"URL: https://{outlet.lower()}.example/{name}\n"
        f"Published: {day - timedelta(days=1)}T20:00:00+00:00"
    )
    (folder / f"{name}.txt").write_text(f"{front}\n\n{body}\n", encoding="utf-8")


def _build(root: Path, day: date):
    config = load_config(root / "briefing.toml")
    return build(Run.of(config, [root / "articles"], day, root / "out")).briefing


def test_two_days_new_developing_unchanged_and_quiet(tmp_path):
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-freed", "Irrawaddy", DAY_ONE, PRISONERS)
    _write(articles, "missile-launch", "Yonhap", DAY_ONE, LAUNCH)
    first = _build(tmp_path, DAY_ONE)
    assert [s.status for section in first.sections for s in section.stories] == ["", ""]

    # Day two: the prisoners story goes on in a new article; the launch article is re-published.
    day_two = DAY_ONE + timedelta(days=1)
    (articles / "prisoners-freed.txt").unlink()
    _write(articles, "more-prisoners", "Mizzima", day_two, MORE_PRISONERS)
    _write(articles, "missile-launch", "Yonhap", day_two, LAUNCH)
    second = _build(tmp_path, day_two)
    myanmar, korea = second.sections
    [story] = myanmar.stories
    assert story.status == "developing" and story.since == DAY_ONE
    assert myanmar.items[0].text.startswith("Myanmar's junta freed 500 more prisoners")
    assert korea.items == () and korea.stories == ()
    assert [left.reason for left in korea.left_out] == [f"unchanged since {DAY_ONE}"]

    text = (tmp_path / "out" / day_two.isoformat() / "briefing.txt").read_text(encoding="utf-8")
    assert "[Developing since 27 Nov] Myanmar's junta freed 500 more prisoners" in text
    assert "No new developments since 27 November 2026: Missile launch." in text
    assert "[New]" not in text  # one badge a story, and this day has no new story


def test_a_story_continues_when_its_new_article_reads_like_one_told_before():
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem
    from briefing.select.status import carried

    told = "https://irrawaddy.example/prisoners"
    past = [
        PastItem(DAY_ONE, "", line.format(day="Friday"), told, told=False) for line in PRISONERS
    ]
    follow_up = Article(
        "",
        "Mizzima",
        "https://mizzima.example/more",
        "",
        None,
        (),
        sentences=tuple(line.format(day="Saturday") for line in MORE_PRISONERS),
    )
    launch = Article(
        "",
        "Yonhap",
        "https://yonhap.example/launch",
        "",
        None,
        (),
        sentences=tuple(line.format(day="Saturday") for line in LAUNCH),
    )
    found = carried([make_story([follow_up]), make_story([launch])], past)
    assert {story: told.first for story, told in found.items()} == {
        make_story([follow_up]).id: DAY_ONE
    }


INDICTED = (
    "A federal grand jury in Manhattan indicted Osama bin Laden on {day} over the bombings of "
    "the U.S. embassies in Nairobi and Dar es Salaam.",
    "Prosecutors said Wadih el Hage and Mohamed Sadeek Odeh helped plan the attacks.",
    "The indictment runs to 238 counts, including murder and conspiracy.",
)
REVIEWED = (
    "A judge in New York agreed on {day} to review complaints about jail conditions from "
    "lawyers for Wadih el Hage and Mohamed Sadeek Odeh.",
    "The lawyers told the court their clients spend 23 hours a day alone in cells.",
    "Both men were arrested after the Nairobi and Dar es Salaam blasts, which Washington "
    "blames on Osama bin Laden.",
)
BUDGET = (
    "Kenya's parliament in Nairobi passed a budget on {day} that doubles school spending.",
    "Finance Minister Simeon Nyachae said the plan would be paid for by a fuel tax.",
    "Opposition members walked out before the vote.",
)


def test_a_follow_up_naming_the_story_told_continues_it_though_it_reports_another_happening():
    """A day-two report of the next chapter (a judge's review after an indictment) shares the
    told story's people and places, not what happened (whole text under `weights.carried`);
    another event in one of its cities does not continue it."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem
    from briefing.select.status import carried

    told = "https://ap.example/indicted"
    past = [
        PastItem(DAY_ONE, "", line.format(day="Wednesday"), told, told=False) for line in INDICTED
    ]

    def article(url: str, lines: tuple[str, ...]) -> Article:
        text = tuple(line.format(day="Tuesday") for line in lines)
        return Article("", "AP", url, "", None, (), sentences=text)

    review = make_story([article("https://ap.example/review", REVIEWED)])
    budget = make_story([article("https://ap.example/budget", BUDGET)])
    found = carried([review, budget], past)
    assert {story: told.first for story, told in found.items()} == {review.id: DAY_ONE}


CYCLONE = (
    "Cyclone Mocha struck Myanmar's Rakhine coast on {day}, flattening bamboo shelters in Sittwe.",
    "The junta said 145 people had died in Sittwe and the camps around it.",
    "Aid groups said the roads to the coast remained cut by floods.",
)
MORE_CYCLONE = (
    "Myanmar's junta blocked aid convoys to cyclone-hit Rakhine on {day}, the UN said.",
    "Cyclone Mocha killed 145 people when it struck Sittwe and flattened bamboo shelters.",
    "Aid groups said the roads to the coast were still cut by floods.",
)


@pytest.mark.parametrize(("room", "status"), [(2, "developing"), (1, "new")])
def test_a_story_the_first_briefing_did_not_tell_is_new_to_the_reader(tmp_path, room, status):
    # The same two days; only whether day one had room to tell the cyclone differs.
    (tmp_path / "briefing.toml").write_text(
        TOML + f"\n[select]\nmax_items = {room}\n", encoding="utf-8"
    )
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-freed", "Irrawaddy", DAY_ONE, PRISONERS)
    _write(articles, "prisoners-release", "Mizzima", DAY_ONE, PRISONERS[::-1])
    _write(articles, "cyclone-strikes", "Frontier", DAY_ONE, CYCLONE)
    first = _build(tmp_path, DAY_ONE).sections[0]
    told = {story.headline for story in first.stories}
    assert ("Cyclone strikes" in told) == (room == 2)

    day_two = DAY_ONE + timedelta(days=1)
    for path in articles.iterdir():
        path.unlink()
    _write(articles, "cyclone-aid-blocked", "Frontier", day_two, MORE_CYCLONE)
    [story] = _build(tmp_path, day_two).sections[0].stories
    assert story.headline == "Cyclone aid blocked"
    assert story.status == status
    assert story.since == (DAY_ONE if status == "developing" else None)


AMNESTY = (
    "Relatives waited outside the gates of Insein prison in Yangon on {day} as more prisoners "
    "walked free.",
    "The 500 political prisoners freed on the holiday included students and monks.",
    "Families travelled from Mandalay and the delta to meet them at the gates.",
    "Some had been held for more than a decade without trial.",
    "Rights groups said most political detainees remained behind bars.",
    "The junta has freed prisoners on national holidays before.",
    "Many of those released said they would leave the country.",
    "Lawyers said the releases came with conditions attached.",
)


def test_a_follow_up_naming_the_topic_thinly_continues_the_story_the_topic_told(tmp_path):
    """Day two's article on the prisoners names the junta once, in its sixth line: alone, that
    is a passing mention; as the next chapter of a story Myanmar told, it is Myanmar's."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-freed", "Irrawaddy", DAY_ONE, PRISONERS)
    assert [s.headline for s in _build(tmp_path, DAY_ONE).sections[0].stories] == [
        "Prisoners freed"
    ]
    day_two = DAY_ONE + timedelta(days=1)
    (articles / "prisoners-freed.txt").unlink()
    _write(articles, "more-walk-free", "Mizzima", day_two, AMNESTY)
    myanmar = _build(tmp_path, day_two).sections[0]
    [story] = myanmar.stories
    assert story.headline == "More walk free" and story.status == "developing"
    assert story.since == DAY_ONE and myanmar.left_out == ()
    # The same article alone, with no briefing before it, only mentions the topic
    fresh = tmp_path / "fresh"
    (fresh / "articles").mkdir(parents=True)
    (fresh / "briefing.toml").write_text(TOML, encoding="utf-8")
    _write(fresh / "articles", "more-walk-free", "Mizzima", day_two, AMNESTY)
    alone = _build(fresh, day_two).sections[0]
    assert alone.stories == () and alone.left_out[0].reason.startswith("mentions the topic")


TALKS = (
    "North Korea's foreign minister held trade talks with China's in Beijing on {day}.",
    "Pyongyang asked for more rice and fertiliser before the winter, diplomats said.",
    "The two ministers agreed to reopen a border market at Dandong next spring.",
)


def test_an_unchanged_story_is_named_in_one_line_and_a_quiet_topic_names_each(tmp_path):
    """Day two re-publishes the cyclone, the launch and the talks as they were: the cyclone is
    one line under Myanmar's developing story, never told again; Korea, with nothing new,
    names both its stories, the latest briefing's date first."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    again = (
        ("cyclone-strikes", "Frontier", CYCLONE),
        ("missile-launch", "Yonhap", LAUNCH),
        ("beijing-talks", "Kyodo", TALKS),
    )
    _write(articles, "prisoners-freed", "Irrawaddy", DAY_ONE, PRISONERS)
    for name, outlet, lines in again:
        _write(articles, name, outlet, DAY_ONE, lines)
    first = _build(tmp_path, DAY_ONE)
    assert [len(section.stories) for section in first.sections] == [2, 2]

    day_two = DAY_ONE + timedelta(days=1)
    (articles / "prisoners-freed.txt").unlink()
    for name, outlet, lines in again:
        _write(articles, name, outlet, day_two, lines)
    _write(articles, "more-prisoners", "Mizzima", day_two, MORE_PRISONERS)
    myanmar, korea = _build(tmp_path, day_two).sections
    assert [(s.headline, s.status) for s in myanmar.stories] == [("More prisoners", "developing")]
    assert not any("Mocha" in item.text for item in myanmar.items)
    assert korea.items == ()
    folder = tmp_path / "out" / day_two.isoformat()
    text = (folder / "briefing.txt").read_text(encoding="utf-8")
    html = (folder / "briefing.html").read_text(encoding="utf-8")
    pdf = " ".join(page.extract_text() for page in PdfReader(folder / "briefing.pdf").pages)
    quiet = "No new developments since 27 November 2026: "
    for page in (text, html, pdf):
        assert "Cyclone Mocha" not in page
        assert page.count("Unchanged since earlier briefings: Cyclone strikes.") == 1
        assert f"{quiet}Missile launch; Beijing talks." in page or (
            f"{quiet}Beijing talks; Missile launch." in page
        )


RELEASE = (
    "Myanmar's junta freed 300 political prisoners from Insein prison in Yangon on {day}.",
    "Relatives of Myanmar's detainees waited for hours outside the gates with food.",
    "Among those the junta freed were students jailed after the coup and two monks.",
    "The junta said the releases marked Myanmar's national day and were an act of mercy.",
    "Rights groups said about 20,000 political detainees remained in Myanmar's jails.",
    "Lawyers said the junta made many of those released sign pledges not to protest.",
)
RETOLD = (
    "On {day} Myanmar's junta released 300 political prisoners from Yangon's Insein prison.",
    "Outside the gates relatives of Myanmar's detainees had waited for hours with food.",
    "Students jailed after the coup and two monks were among those the junta freed.",
    "An act of mercy marking Myanmar's national day, the junta said of the releases.",
    "About 20,000 political detainees remain in Myanmar's jails, rights groups said.",
    "Many of those released were made by the junta to sign pledges not to protest, lawyers said.",
)


def test_a_new_article_retelling_what_was_read_before_leaves_the_story_unchanged(tmp_path):
    """Day two re-publishes the release and adds another outlet's retelling of it, nothing in it
    new: the story is unchanged, not developing on the lines the first briefing had no room to
    tell (those are yesterday's news too)."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-released", "Irrawaddy", DAY_ONE, RELEASE)
    [[told]] = [section.stories for section in _build(tmp_path, DAY_ONE).sections[:1]]
    assert told.headline == "Prisoners released"
    day_two = DAY_ONE + timedelta(days=1)
    _write(articles, "prisoners-released", "Irrawaddy", day_two, RELEASE)
    _write(articles, "release-retold", "Mizzima", day_two, RETOLD)
    myanmar = _build(tmp_path, day_two).sections[0]
    assert myanmar.stories == ()
    assert [left.reason for left in myanmar.left_out] == [f"unchanged since {DAY_ONE}"]


FOLLOW_UP = (
    "Myanmar's junta freed 300 political prisoners from Insein prison in Yangon, state media said.",
    "On {day} the junta said it would free 500 more prisoners from Mandalay's jail next week.",
    "Rights groups said about 20,000 political detainees remained in Myanmar's jails.",
)


def test_a_developing_story_is_told_by_what_is_new(tmp_path):
    """Day two re-publishes the release beside a follow-up whose only new line is its second:
    that line alone tells the developing story, neither a line told yesterday again nor one of
    the release the first briefing had no room for (yesterday's news, though never told)."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-released", "Irrawaddy", DAY_ONE, RELEASE)
    first = _build(tmp_path, DAY_ONE).sections[0]
    told = {item.text for item in first.items}
    day_two = DAY_ONE + timedelta(days=1)
    _write(articles, "prisoners-released", "Irrawaddy", day_two, RELEASE)
    _write(articles, "more-to-be-freed", "Mizzima", day_two, FOLLOW_UP)
    myanmar = _build(tmp_path, day_two).sections[0]
    [story] = myanmar.stories
    assert story.status == "developing" and len(story.articles) == 2
    untold = {line.format(day="Friday") for line in RELEASE} - told
    assert told and untold
    # neither a line told yesterday nor one it had no room for: only the news
    assert [item.text for item in myanmar.items] == [FOLLOW_UP[1].format(day="Saturday")]


def test_an_article_updated_at_its_address_develops_its_story(tmp_path):
    """A live article keeps its address and gains a new first paragraph overnight: the story is
    developing, told by that paragraph, not unchanged because the address was read before."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "prisoners-freed", "Irrawaddy", DAY_ONE, PRISONERS)
    assert [len(section.stories) for section in _build(tmp_path, DAY_ONE).sections] == [1, 0]
    day_two = DAY_ONE + timedelta(days=1)
    update = "Myanmar's junta said on {day} it would free 700 more prisoners in Mandalay next week."
    _write(articles, "prisoners-freed", "Irrawaddy", day_two, (update, *PRISONERS))
    myanmar = _build(tmp_path, day_two).sections[0]
    [story] = myanmar.stories
    assert story.status == "developing" and story.since == DAY_ONE
    assert [item.text for item in myanmar.items] == [update.format(day="Saturday")]


LAUNCH_SEEN = (
    "Japan's coast guard warned ships off after North Korea fired a ballistic missile into the "
    "sea off its east coast on {day}.",
    "It was Pyongyang's third launch this month, Seoul's military said.",
    "The missile fell into the sea outside Japan's waters, Tokyo said.",
)


def test_an_unchanged_story_is_named_by_the_headline_it_was_briefed_under(tmp_path):
    """Day two re-publishes only one of the launch's two reports, not the one whose headline
    the launch was briefed under: the line saying nothing is new names the story as the reader
    saw it, not by a headline never printed."""
    (tmp_path / "briefing.toml").write_text(TOML, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    _write(articles, "missile-launch", "Yonhap", DAY_ONE, LAUNCH)
    _write(articles, "ships-warned", "Kyodo", DAY_ONE, LAUNCH_SEEN)
    [korea] = [s for s in _build(tmp_path, DAY_ONE).sections if s.name == "Korea"]
    [told] = korea.stories
    assert len(told.articles) == 2 and told.headline == "Ships warned"
    day_two = DAY_ONE + timedelta(days=1)
    (articles / "ships-warned.txt").unlink()
    _write(articles, "missile-launch", "Yonhap", day_two, LAUNCH)
    [korea] = [s for s in _build(tmp_path, day_two).sections if s.name == "Korea"]
    assert [(left.headline, left.reason) for left in korea.left_out] == [
        (told.headline, f"unchanged since {DAY_ONE}")
    ]
    text = (tmp_path / "out" / day_two.isoformat() / "briefing.txt").read_text(encoding="utf-8")
    assert f"No new developments since 27 November 2026: {told.headline}." in text


def _day_two(stories: list[Story], terms: dict[str, float], past: list[PastItem]) -> Section:
    """Day two's Myanmar section of `stories` under `terms`, `past` told: the first story's
    first article read by an earlier build (re-published as it was)."""
    from briefing.config import SelectConfig, Topic
    from briefing.select.day import read_day
    from briefing.select.sections import select_sections
    from briefing.text.segment import article_sentences
    from tests.test_select import ByLength

    sentences = [s for story in stories for a in story.articles for s in article_sentences(a)]
    day = read_day(
        stories, sentences, DAY_ONE + timedelta(days=1), frozenset({sentences[0].article.id})
    )
    topic = Topic(name="Myanmar", terms=terms)
    pool = {"Myanmar": [(s, 1.0) for s in sentences]}
    [section] = select_sections(pool, [topic], ByLength(), SelectConfig(), day, past)
    return section


def test_a_story_told_today_as_developing_has_no_part_named_unchanged():
    """Day two holds the release re-published (nothing new) apart from the next release (500
    more freed), both continuing the one story briefed: that story is developing, told by its
    news; its re-published part is not listed as unchanged under the same story's name."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem

    told = "https://irrawaddy.example/prisoners-freed"
    lines = tuple(line.format(day="Friday") for line in PRISONERS)
    past = [PastItem(DAY_ONE, "Myanmar", lines[0], told)] + [
        PastItem(DAY_ONE, "Myanmar", line, told, False, "s-told", "Prisoners freed")
        for line in lines
    ]
    again = Article("", "Irrawaddy", told, "", None, lines)
    more = Article(
        "",
        "Mizzima",
        "https://mizzima.example/more",
        "",
        None,
        tuple(line.format(day="Saturday") for line in MORE_PRISONERS),
    )
    stories = [make_story([again]), make_story([more])]
    section = _day_two(stories, {"junta": 1.0, "prisoners": 1.0}, past)
    assert [(s.status, s.since) for s in section.stories] == [("developing", DAY_ONE)]
    assert section.items[0].text.startswith("Myanmar's junta freed 500 more prisoners")
    assert not any(left.reason.startswith("unchanged") for left in section.left_out)


CONGRESS = (
    "Aung San Suu Kyi's National League for Democracy called a party congress for {day}.",
    "The opposition leader said delegates would name a people's parliament.",
    "Generals warned that the congress broke the law on assemblies.",
)
MORE_CONGRESS = (
    "Aung San Suu Kyi opened the opposition congress on {day} despite the generals' warning.",
    "Delegates of the National League for Democracy named a committee to act as parliament.",
    "Police detained two delegates as the congress opened, party officials said.",
)


RELEASED = "https://irrawaddy.example/prisoners-freed"
CALLED = "https://mizzima.example/congress-called"


def _two_told(*alone: tuple[str, tuple[str, ...]], same_id: bool = False):
    """Day two's Myanmar section after day one told the release and the congress's call: the
    release re-published as it was, grouped with the congress's next report (the release's told
    story's id when `same_id`), and `alone` (an address and its lines) each a story of its own."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem

    lines = tuple(line.format(day="Friday") for line in PRISONERS)
    congress = tuple(line.format(day="Friday") for line in CONGRESS)
    again = Article("", "Irrawaddy", RELEASED, "", None, lines)
    opened = tuple(line.format(day="Saturday") for line in MORE_CONGRESS)
    more = Article("", "Mizzima", "https://mizzima.example/congress-opened", "", None, opened)
    others = [Article("", "DVB", url, "", None, text) for url, text in alone]
    stories = [make_story([again, more]), *(make_story([a]) for a in others)]
    freed = stories[0].id if same_id else "s-freed"
    past = [
        PastItem(DAY_ONE, "Myanmar", lines[0], RELEASED),
        PastItem(DAY_ONE, "Myanmar", congress[0], CALLED),
        *(
            PastItem(DAY_ONE, "Myanmar", line, RELEASED, False, freed, "Prisoners freed")
            for line in lines
        ),
        *(
            PastItem(DAY_ONE, "Myanmar", line, CALLED, False, "s-congress", "Congress called")
            for line in congress
        ),
    ]
    section = _day_two(stories, {"myanmar": 1.0, "junta": 1.0, "congress": 1.0}, past)
    assert [s.status for s in section.stories] == ["developing"]
    assert all(item.sentence.article.url.endswith("congress-opened") for item in section.items)
    return section


def test_a_story_continuing_two_told_stories_names_the_one_only_re_published_unchanged():
    """Day two's grouping puts the release re-published as it was (nothing new) in one story
    with the congress's next report: the story is developing, told by the congress's news, and
    the release, which the reader was told yesterday and nothing continues with news, is named
    unchanged by the headline it was briefed under."""
    from briefing.render.page import unchanged_line

    section = _two_told()
    assert [(left.headline, left.reason) for left in section.left_out] == [
        ("Prisoners freed", f"unchanged since {DAY_ONE}")
    ]
    assert unchanged_line(section) == "Unchanged since earlier briefings: Prisoners freed."


def test_an_unchanged_story_keeps_its_name_when_a_story_told_today_has_its_id():
    """review30: a story's id hashes its files' paths, so a folder reusing its file names each day
    (the region benchmark's two days) can give a story told today a told story's id; the told
    story is still named unchanged by the headline it was briefed under, not today's."""
    section = _two_told(same_id=True)
    assert [(left.headline, left.reason) for left in section.left_out] == [
        ("Prisoners freed", f"unchanged since {DAY_ONE}")
    ]


def test_a_story_continuing_only_the_told_story_a_developing_one_has_no_news_of_is_unchanged():
    """As above, and another outlet's copy of the release is a story of its own today, closest
    to the told release as the developing story is: the release is continued by old articles
    only, so that copy is named unchanged, not "told today" (the developing story tells the
    congress, not the release), and the release is named once."""
    from briefing.render.page import unchanged_line

    lines = tuple(line.format(day="Friday") for line in PRISONERS)
    retold = (*lines[:2], "The junta said the prisoners were freed to mark a national holiday.")
    section = _two_told(("https://dvb.example/prisoners", retold))
    assert [(left.headline, left.reason) for left in section.left_out] == [
        ("Prisoners freed", f"unchanged since {DAY_ONE}")
    ]
    assert unchanged_line(section) == "Unchanged since earlier briefings: Prisoners freed."


def test_a_copy_of_the_told_story_a_developing_one_continues_with_news_is_told_today():
    """As above, and another outlet's copy of yesterday's call to congress is a story of its
    own: the developing story tells the congress's news, so that copy is "told today", not
    named unchanged beside the congress's development; the release alone is unchanged."""
    from briefing.models import TOLD_TODAY
    from briefing.render.page import unchanged_line

    called = tuple(line.format(day="Friday") for line in CONGRESS)
    retold = (*called[:2], "Generals said the congress would break the law on assemblies.")
    section = _two_told(("https://dvb.example/congress", retold))
    assert sorted((left.headline, left.reason) for left in section.left_out) == [
        ("Congress called", TOLD_TODAY),
        ("Prisoners freed", f"unchanged since {DAY_ONE}"),
    ]
    assert unchanged_line(section) == "Unchanged since earlier briefings: Prisoners freed."


def test_an_unchanged_story_of_two_told_stories_old_reports_names_both():
    """Day two's grouping puts the release and the call to congress, each re-published as it
    was, in one story: nothing is new, and the reader was told both yesterday, so each is named
    unchanged by the headline it was briefed under, not the closest one only."""
    from briefing.render.page import unchanged_line

    section = _regrouped(
        {
            RELEASED: ("Myanmar", "s-freed", "Prisoners freed"),
            CALLED: ("Myanmar", "s-congress", "Congress called"),
        }
    )
    assert not section.stories
    assert sorted((left.headline, left.reason) for left in section.left_out) == [
        ("Congress called", f"unchanged since {DAY_ONE}"),
        ("Prisoners freed", f"unchanged since {DAY_ONE}"),
    ]
    line = unchanged_line(section)
    assert "Prisoners freed" in line and "Congress called" in line


def _regrouped(told: dict[str, tuple[str, str, str]]) -> Section:
    """Day two's Myanmar section of one story grouping the release and the call to congress,
    each re-published as it was; `told`: by address, the desk, id and headline that told it."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem

    texts = {
        RELEASED: tuple(line.format(day="Friday") for line in PRISONERS),
        CALLED: tuple(line.format(day="Friday") for line in CONGRESS),
    }
    past = [
        PastItem(DAY_ONE, told[url][0], line, url, False, *told[url][1:])
        for url, lines in texts.items()
        for line in lines
    ]
    past += [PastItem(DAY_ONE, told[url][0], lines[0], url) for url, lines in texts.items()]
    again = [Article("", "Irrawaddy", url, "", None, lines) for url, lines in texts.items()]
    return _day_two([make_story(again)], {"myanmar": 1.0, "junta": 1.0, "congress": 1.0}, past)


def test_an_unchanged_story_names_no_other_desks_told_story():
    """The release was briefed under Thailand, the call to congress under Myanmar: Myanmar's
    unchanged line names its own told story only; Thailand's is Thailand's to name."""
    from briefing.render.page import unchanged_line

    section = _regrouped(
        {
            RELEASED: ("Thailand", "s-freed", "Prisoners freed"),
            CALLED: ("Myanmar", "s-congress", "Congress called"),
        }
    )
    assert not section.stories
    assert unchanged_line(section) == "Unchanged since earlier briefings: Congress called."


def test_a_told_story_known_by_no_headline_is_not_named_untitled():
    """History without headlines (an older archive): the unchanged story is named by its own
    headline, never beside "an untitled story" for the other told story it continues."""
    from briefing.render.page import UNTITLED, unchanged_line

    section = _regrouped(
        {RELEASED: ("Myanmar", "s-freed", ""), CALLED: ("Myanmar", "s-congress", "")}
    )
    line = unchanged_line(section)
    assert line.startswith("Unchanged since earlier briefings: Myanmar's junta freed")
    assert UNTITLED not in line


COLLAPSE = (
    "Turkey's parliament toppled Prime Minister Mesut Yilmaz's government in Ankara on {day}.",
    "President Suleyman Demirel opened talks with Recai Kutan of the Virtue Party.",
    "Kutan said the party could lead Turkey without the military's blessing.",
)
ASYLUM = (
    "Russia's parliament asked President Boris Yeltsin on {day} to offer political asylum to "
    "Kurdish rebel leader Abdullah Ocalan.",
    "Ocalan, wanted in Turkey, fled Moscow for Rome, where Italian police held him.",
    "Kurdish groups marched in Rome and Moscow in support of Ocalan.",
)
REFUGE = (
    "Kurdish rebel leader Abdullah Ocalan asked Italy on {day} for political asylum in Rome.",
    "Italian police guard Ocalan in a Rome clinic as Turkey demands his extradition.",
    "Kurdish groups marched in Rome for a third day.",
)


def _story(url: str, lines: tuple[str, ...], day: str) -> Story:
    """A story of one AP article at `url`, of `lines` with `day` for their "{day}"."""
    from briefing.day.stories import make_story
    from briefing.models import Article

    text = tuple(line.format(day=day) for line in lines)
    return make_story([Article("", "AP", url, "", None, (), sentences=text)])


def test_a_story_is_named_like_the_told_stories_whose_names_its_articles_share():
    """`named_like`: each story's told stories (their articles' addresses) whose names (people,
    places) it shares at `weights.continues`: Ocalan's asylum request in Rome is named like the
    told asylum story; the Turkish government's fall, one Turkey in common, is not."""
    from briefing.models import PastItem
    from briefing.select.status import named_like

    told = "https://ap.example/asylum"
    past = [
        PastItem(DAY_ONE, "", line.format(day="Wednesday"), told, told=False, story="s-asylum")
        for line in ASYLUM
    ]

    refuge, collapse = (
        _story("https://ap.example/refuge", REFUGE, "Thursday"),
        _story("https://ap.example/fall", COLLAPSE, "Thursday"),
    )
    assert named_like([refuge, collapse], past) == {refuge.id: frozenset({told})}


def test_a_line_only_continuing_an_item_of_a_story_named_unlike_it_carries_no_identity():
    """A story whose only tie to the past is a line at `continues` with a briefed item is
    developing since that item's day when it is named like the item's story (`named`), and
    new when it is not: a few shared words are no story."""
    from briefing.day.stories import make_story
    from briefing.models import Article, Sentence
    from briefing.select.day import Day
    from briefing.select.facts import Novelty
    from briefing.select.status import story_status

    text = tuple(line.format(day="Thursday") for line in COLLAPSE)
    article = Article("", "AP", "https://ap.example/fall", "", None, (), sentences=text)
    found = [Sentence(line, article, n, n) for n, line in enumerate(text)]
    rows = {s.id: n for n, s in enumerate(found)}
    item = "https://ap.example/asylum"
    novelty = Novelty(
        ["update", "new", "new"], np.ones(3), [DAY_ONE, None, None], [False] * 3, [item, "", ""]
    )
    story = make_story([article])
    day = Day(found, {article.id: story}, None, None, {story.id: 3})
    assert story_status(found, rows, novelty, day).name == "new"
    named = story_status(found, rows, novelty, day, named=frozenset({item}))
    assert named.name == "developing" and named.first == DAY_ONE


@pytest.mark.parametrize("later", [0, 1])
def test_a_re_published_article_is_named_by_its_own_told_story_not_one_named_alike(later):
    """Two stories told on one desk (the same day, or the second a day `later`) name the same
    places: today's copy of each (a line longer) continues its own by its whole text and is
    named by its own headline, not by the other's, whose names are as alike as its own (a tie
    the headlines' spelling broke, or the later telling)."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem
    from briefing.select.status import carried

    told = {
        "Missile fired": ("North Korea fired a missile from Pyongyang on Friday, Seoul said.",),
        "Record harvest": ("North Korea reported a rice harvest near Pyongyang, Seoul said.",),
    }
    past, today = [], {}
    for n, (headline, lines) in enumerate(told.items()):
        url = f"https://yonhap.example/{n}"
        told_on = DAY_ONE + timedelta(days=n * later)
        past += [PastItem(told_on, "Korea", line, url, False, f"s{n}", headline) for line in lines]
        again = (*lines, "Officials gave no further details.")
        today[headline] = make_story([Article("", "Yonhap", url, "", None, (), sentences=again)])
    found = carried(list(today.values()), past)
    assert {headline: found[story.id].headline for headline, story in today.items()} == {
        headline: headline for headline in told
    }


COURT = (
    "A court in {city} sentenced the mayor to nine years for bribery, {country}'s prosecutors "
    "said.",
    "The mayor denied taking kickbacks from builders.",
    "His lawyers said they would appeal.",
)


def test_a_story_alike_in_words_but_naming_none_of_a_told_story_does_not_continue_it():
    """The same wire template for another country ('A court in Pyongyang sentenced the mayor
    ...' beside the told 'A court in Yangon ...') is at `carried` cosine in its words, but it
    names none of the told story's people or places: another story, new, not the told one."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem
    from briefing.select.status import carried

    told = "https://wire.example/yangon"
    past = [
        PastItem(DAY_ONE, "Myanmar", line.format(city="Yangon", country="Myanmar"), told, False)
        for line in COURT
    ]

    def story(url: str, city: str, country: str):
        text = tuple(line.format(city=city, country=country) for line in COURT)
        return make_story([Article("", "Wire", url, "", None, (), sentences=text)])

    again = story(told, "Yangon", "Myanmar")
    other = story("https://wire.example/pyongyang", "Pyongyang", "North Korea")
    assert set(carried([again, other], past)) == {again.id}


def test_a_texts_names_are_read_once_for_carried_and_named_like():
    """`names_of`: a text's names, sorted, once each, without when it was written; read once
    however many of a desk's status questions ask for them."""
    from briefing.select.status import names_of

    text = INDICTED[0].format(day="Friday") + " " + INDICTED[1]
    names = names_of(text)
    assert list(names) == sorted(set(names))
    assert {"manhattan", "mohamed sadeek odeh", "nairobi"} <= set(names)
    assert "friday" not in names
    assert names_of(text[:9] + text[9:]) is names  # the same text again, another string


GAMES = (
    (
        "BANGKOK, Thailand (AP) _ China hopes to win its first Asian Games gold medal in "
        "taekwondo next month, the newspaper China Sports Daily said {day}.",
        "The team of six women and three men began training in Guangzhou in 1995.",
        "Coach Zhao Lei said the women were the likelier medallists.",
    ),
    (
        "SEOUL, South Korea (AP) _ North Korea plans to send 317 athletes and officials to next "
        "month's Asian Games in Thailand, South Korean officials said {day}.",
        "Sports Minister Chang Ung said 209 athletes would compete in 21 events.",
        "It will be the largest delegation the communist country has sent abroad in years.",
    ),
)
HOCKEY = (
    "BANGKOK, Thailand (AP) _ Once at the top of world field hockey, India would like to have a "
    "hockey god to help regain that glory.",
    "India's squad beat Japan 3-2 in a warmup match for the Asian Games on {day}.",
    "Manager Rajinder Singh said the players were feeling much better in Bangkok.",
)
FISHING = (
    "TOKYO (AP) _ North Korea's foreign minister met his Japanese counterpart on {day} to "
    "discuss fishing rights in the Sea of Japan.",
    "The two ministers agreed to meet again in the spring, a spokesman said.",
    "Trawlers from both countries have clashed near the disputed islets.",
)


def test_a_report_opening_on_the_name_most_of_a_told_storys_reports_open_on_continues_it():
    """A day-two preview of one more team (India's hockey) names other people and places than
    the told previews (names and words under `weights.carried`), but its opening (a feature's
    lede and the next sentence) writes the event's own name, the name most of the told story's
    reports open on ("Asian Games"): it continues it. A report opening on a name only one told
    report opens on ("North Korea") does not."""
    from briefing.models import PastItem
    from briefing.select.status import carried

    past = [
        PastItem(
            DAY_ONE, "Asia", line.format(day="Tuesday"), f"https://ap.example/{n}", False, "s1"
        )
        for n, lines in enumerate(GAMES)
        for line in lines
    ]

    hockey = _story("https://ap.example/hockey", HOCKEY, "Friday")
    fishing = _story("https://ap.example/fishing", FISHING, "Friday")
    assert set(carried([hockey, fishing], past)) == {hockey.id}


MATCH = (
    "BANGKOK, Thailand (AP) _ Star striker Chen Yang scored a hat trick {day} for China in a "
    "4-1 victory over Cambodia, securing a spot in the second round of the Asian Games.",
    "Turkmenistan also earned a second-round berth by beating South Korea 3-2.",
    "Host Thailand shut out Hong Kong 5-0 at the National Stadium.",
    "China last won the Asian Games soccer title in 1994.",
)


FLOODS = (
    "BANGKOK, Thailand (AP) _ North Korea appealed for rice on {day} after floods swept its "
    "western farms, a United Nations agency said in Bangkok.",
    "The World Food Program said half a million people had lost their homes.",
)


def test_a_report_opening_on_the_name_a_told_storys_one_report_opens_on_continues_it():
    """Seed 3's Asian Games: a told story of one report (the soccer result) is known by the names
    its lead writes, as one of several by those most of theirs write; the next day's preview of
    one more team (India's hockey), alike in too few words and names, opens on "Asian Games", the
    name that report writes again: it continues it. The fishing talks open on "North Korea",
    which a told report of floods opens on once only: they continue nothing."""
    from briefing.models import PastItem
    from briefing.select.status import carried

    told = {"s1": MATCH, "s2": FLOODS}
    past = [
        PastItem(DAY_ONE, "Asia", line.format(day="Tuesday"), f"https://ap.example/{s}", False, s)
        for s, lines in told.items()
        for line in lines
    ]
    hockey = _story("https://ap.example/hockey", HOCKEY, "Friday")
    fishing = _story("https://ap.example/fishing", FISHING, "Friday")
    assert {story: tie.story for story, tie in carried([hockey, fishing], past).items()} == {
        hockey.id: "s1"
    }


IMPEACHMENT = (
    "WASHINGTON (AP) _ House Republicans on {day} drafted articles of impeachment against "
    "President Clinton over his grand jury testimony.",
    "The Judiciary Committee will vote on them next week.",
)
STRIKES = (
    "WASHINGTON (AP) _ President Clinton on {day} ordered more warships to the Persian Gulf as "
    "Iraq again barred the arms inspectors.",
    "Defense Secretary William Cohen said the buildup would take a week.",
)


def test_a_name_the_leads_of_two_stories_told_that_day_write_is_neither_storys_own():
    """hostile17: a person opening many stories ("President Clinton": the impeachment's leads and
    the Gulf buildup's) was each story's own name, so a day-two report of his Tokyo trip
    continued both. A name the leads of two stories told the same day write is neither's."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem
    from briefing.select.status import carried

    told = {"s1": (IMPEACHMENT, IMPEACHMENT), "s2": (STRIKES, STRIKES)}
    past = [
        PastItem(
            DAY_ONE, "US", line.format(day=day), f"https://ap.example/{story}{n}", False, story
        )
        for story, articles in told.items()
        for n, (lines, day) in enumerate(zip(articles, ("Tuesday", "Monday"), strict=True))
        for line in lines
    ]
    trip = (
        "TOKYO (AP) _ President Clinton arrived in Tokyo on Friday for talks with Prime Minister "
        "Keizo Obuchi on trade.",
        "Japan's economy has shrunk for a year.",
        "Obuchi promised a stimulus package worth billions.",
    )
    story = make_story([Article("", "AP", "https://ap.example/trip", "", None, (), sentences=trip)])
    assert carried([story], past) == {}


ACCORD = (
    "The Israeli cabinet delayed its vote on the peace accord, which requires troops to withdraw "
    "from more land, prisoners to be released and militants to be arrested while illegal weapons "
    "are collected and a security committee meets every week.",
    "Negotiators in both governments have argued for months over maps, timetables and guarantees.",
)
BOMB = (
    "A car bomb exploded in a crowded Jerusalem market on {day}, wounding 21 shoppers and "
    "killing the two bombers, police said.",
    "Ambulances rushed the bleeding victims from the smoking stalls as vendors swept broken "
    "glass and fruit from the alley.",
    *ACCORD,
)
AIRPORT = (
    "The first plane landed at the new Gaza airport on {day}, carrying travellers home on a "
    "short flight from Egypt.",
    "Pilots taxied the jet past cheering families, officials cut a ribbon, and the terminal's "
    "shops sold flags and sweets.",
    *ACCORD,
)


def test_a_story_alike_in_a_desks_background_but_in_no_lead_or_happening_does_not_continue_it():
    """status28: an airport's opening shares a market bomb's told report's background (the
    peace accord, Israel: whole text at `weights.carried`), but the bomb's next report, today's
    story most like the told one, continues it, and no lead of the airport's shares a word or
    name with its lead, nor is what it says happened like it: new, not the bomb's."""
    from briefing.models import PastItem
    from briefing.select.status import carried

    past = [
        PastItem(
            DAY_ONE,
            "Middle East",
            line.format(day="Friday"),
            "https://ap.example/bomb",
            False,
            "s1",
        )
        for line in BOMB
    ]

    airport = _story("https://ap.example/airport", AIRPORT, "Saturday")
    again = ("Police arrested two suspects in the Jerusalem market bombing on {day}.", *BOMB[1:])
    bombing = _story("https://ap.example/arrests", again, "Saturday")
    assert set(carried([airport, bombing], past)) == {bombing.id}


def test_a_story_alike_in_a_desks_background_whose_lead_shares_a_word_does_not_continue_it():
    """The airport's opening, its lead sharing a plain word with the bomb's next report
    ("Police"), says another thing happened: the word is no likeness (`_unlike_told` reads
    what happened alone), so the airport is new, not the bomb's."""
    from briefing.select.status import carried

    bomb = "https://ap.example/bomb"
    past = [
        PastItem(DAY_ONE, "Middle East", line.format(day="Friday"), bomb, False, "s1")
        for line in BOMB
    ]
    escorted = (
        "Police escorted the first plane to land at the new Gaza airport on {day}, carrying "
        "travellers home on a short flight from Egypt.",
        *AIRPORT[1:],
    )
    airport = _story("https://ap.example/airport", escorted, "Saturday")
    again = ("Police arrested two suspects in the Jerusalem market bombing on {day}.", *BOMB[1:])
    bombing = _story("https://ap.example/arrests", again, "Saturday")
    assert set(carried([airport, bombing], past)) == {bombing.id}


NAILS = (
    BOMB[0],
    "The car bomb exploded as the market filled; police said the bomb was packed with nails.",
    *ACCORD,
)
JIHAD = (
    "Two bombers blew themselves up in a car at a Jerusalem market on {day}, wounding shoppers, "
    "police said.",
    "The militant group Islamic Jihad claimed the attack in a leaflet.",
)
ARRESTS = (
    "Police arrested two suspects on {day} after the car bomb exploded.",
    "Islamic Jihad hailed the bombers.",
    "Vendors reopened their stalls.",
)


def _market_bomb() -> list[PastItem]:
    """Told on Friday: the market bomb ("s1"), its first report and Islamic Jihad's claim."""
    return [
        PastItem(DAY_ONE, "Middle East", line.format(day="Friday"), url, False, "s1")
        for url, lines in (("https://ap.example/bomb", NAILS), ("https://ap.example/jihad", JIHAD))
        for line in lines
    ]


def test_a_story_saying_less_of_what_a_told_report_says_happened_than_its_next_does_is_new():
    """Seed 200's airport: more like the bomb's first told report in words (the accord, its
    desk's background) than the bomb's next report is, which is under `weights.carried` with
    each told report but at it with the two together, and says what the first says happened
    (a car bomb exploded) where the airport says little of it: the airport is new."""
    from briefing.select.status import carried

    airport = _story("https://ap.example/airport", AIRPORT, "Saturday")
    arrests = _story("https://ap.example/arrests", ARRESTS, "Saturday")
    assert set(carried([airport, arrests], _market_bomb())) == {arrests.id}


def test_a_story_saying_more_of_what_happened_but_unlike_the_told_story_takes_no_tie():
    """Without the claim's report told, the arrests are under `weights.carried` with the bomb's
    told story as a whole too: they say more of what it says happened but continue nothing the
    reader can tell, so the airport, most like the told report, still continues it."""
    from briefing.select.status import carried

    past = [item for item in _market_bomb() if item.url.endswith("bomb")]
    airport = _story("https://ap.example/airport", AIRPORT, "Saturday")
    arrests = _story("https://ap.example/arrests", ARRESTS, "Saturday")
    assert set(carried([airport, arrests], past)) == {airport.id}


def test_a_story_alike_with_its_own_told_article_claims_no_other_told_article_of_that_story():
    """Seed 257's Ocalan: a story told as one held the bomb and the Kurds' hunger strike. The
    bomb's next report, alike in whole text with the bomb's told report, says more of what the
    strike's report says happened (a hunger strike of its own) than the Kurds' next report,
    alike with it by its names: that is no claim on the strike's report (read per told
    article), so the Kurds' report still continues the story."""
    from briefing.select.status import carried

    hunger = (
        "Kurdish prisoners began a hunger strike in a Rome jail on {day}, demanding that Prime "
        "Minister Massimo D'Alema's Italy free Abdullah Ocalan.",
        "The hunger strike spread to a second jail, where strikers refused food and water.",
    )
    past = [
        PastItem(DAY_ONE, "Middle East", line.format(day="Friday"), url, False, "s1")
        for url, lines in (("https://ap.example/bomb", NAILS), ("https://ap.example/kurds", hunger))
        for line in lines
    ]
    jailed = (
        "Jailed militants began a hunger strike, refusing food and water, and the strike spread."
    )
    arrests = (
        "Police arrested two suspects in the Jerusalem market bombing on {day}.",
        BOMB[1],
        jailed,
        ACCORD[0],
    )
    talks = (
        "Prime Minister Massimo D'Alema of Italy met Kurdish leaders in Rome on {day} to discuss "
        "Abdullah Ocalan.",
        "Germany, Turkey and Italy weighed the case of Abdullah Ocalan.",
    )
    bombing = _story("https://ap.example/arrests", arrests, "Saturday")
    kurds = _story("https://ap.example/talks", talks, "Saturday")
    assert set(carried([kurds, bombing], past)) == {kurds.id, bombing.id}


def test_a_next_report_beside_the_told_reports_copy_continues_its_story():
    """A told report re-published today beside the bomb's next report (a funeral, unlike it in
    what happened and in its lead): the copy is no story most like the told report, so the
    funeral, alike with it in whole text, continues the story too."""
    from briefing.select.status import carried

    quiet = tuple(line.replace("The Israeli cabinet", "The cabinet") for line in ACCORD)
    told = tuple(line.format(day="Friday") for line in (*BOMB[:2], *quiet))
    past = [
        PastItem(DAY_ONE, "Middle East", line, "https://ap.example/bomb", False, "s1")
        for line in told
    ]
    copy = _story("https://ap.example/bomb-again", told, "Friday")
    buried = (
        "Mourners buried a grocer on {day} who died in hospital overnight after the blast.",
        "Rabbis read psalms as his widow and children wept at the cemetery.",
        *quiet,
    )
    funeral = _story("https://ap.example/funeral", buried, "Saturday")
    assert set(carried([copy, funeral], past)) == {copy.id, funeral.id}


STRIKE = (
    "Seven Kurdish women began a hunger strike in a Rome square on {day}, demanding that Prime "
    "Minister Massimo D'Alema's Italy free Abdullah Ocalan, held in its prison.",
    "They lay on blankets beside banners while supporters handed out leaflets to passing tourists.",
    *ACCORD,
)


def test_a_told_story_of_two_events_is_continued_by_each_events_next_report():
    """A story told as one that held two events' reports (the day's grouping joined them) is
    continued by each event's next report: the refusal of a whole-text tie (`_unlike_told`)
    reads today's story most like each told article, not like the told story as a whole."""
    from briefing.models import PastItem
    from briefing.select.status import carried

    past = [
        PastItem(DAY_ONE, "Middle East", line.format(day="Friday"), url, False, "s1")
        for url, lines in (("https://ap.example/bomb", BOMB), ("https://ap.example/kurds", STRIKE))
        for line in lines
    ]

    again = ("Police arrested two suspects in the Jerusalem market bombing on {day}.", *BOMB[1:])
    bombing = _story("https://ap.example/arrests", again, "Saturday")
    fasting = (
        "About 100 Kurds from Germany and Switzerland joined the hunger strike in Rome on {day}, "
        "waving the rebel leader's portraits.",
        *STRIKE[1:],
    )
    strike = _story("https://ap.example/more-kurds", fasting, "Saturday")
    assert set(carried([strike, bombing], past)) == {bombing.id, strike.id}


TROOPS = (
    "Turkey massed troops and tanks on its border with Syria on {day}.",
    "Villagers in Hatay watched the columns roll past from their rooftops.",
)
MEDIATION = (
    "Egyptian President Hosni Mubarak flew to Damascus and Ankara on {day} with letters for "
    "both presidents.",
    "He met their foreign ministers for hours.",
)
HANDS_OFF = (
    "Israel said on {day} it wanted no part in the standoff, as troops and tanks massed on the "
    "border with Syria and a mediator flew letters to both presidents.",
    "Benjamin Netanyahu met his ministers in Jerusalem.",
)


def _standoff() -> list[PastItem]:
    """A told story ("s1") of two reports of a standoff: Turkey's troops, Egypt's mediation."""
    return [
        PastItem(DAY_ONE, "Middle East", line.format(day="Friday"), url, False, "s1")
        for url, lines in (
            ("https://ap.example/troops", TROOPS),
            ("https://ap.example/mubarak", MEDIATION),
        )
        for line in lines
    ]


def test_a_report_like_a_told_storys_reports_together_but_no_one_of_them_continues_it():
    """Israel's word on the standoff recaps both told reports, each under `weights.carried` in
    whole text, and names only Syria of theirs: read against the told story's articles taken
    together, it is at that cosine, so it continues the story and is not new to the reader."""
    from briefing.select.status import carried

    israel = _story("https://ap.example/israel", HANDS_OFF, "Saturday")
    found = carried([israel], _standoff())
    assert [tie.story for tie in found[israel.id].ties] == ["s1"]


def test_a_story_one_told_report_continues_is_not_tied_to_others_by_reports_taken_together():
    """The told stories' articles taken together are read only for a story nothing else ties:
    a story holding a told article's copy continues that one story alone, though another of
    its reports is like a second told story's reports together (a desk's background)."""
    from briefing.day.stories import make_story
    from briefing.models import Article
    from briefing.select.status import carried

    copy = "https://ap.example/budget"
    past = [
        *_standoff(),
        *(
            PastItem(DAY_ONE, "Kenya", line.format(day="Friday"), copy, False, "s2")
            for line in BUDGET
        ),
    ]
    israel = _story("https://ap.example/israel", HANDS_OFF, "Saturday").articles[0]
    again = Article(
        "", "AP", copy, "", None, (), sentences=tuple(line.format(day="Friday") for line in BUDGET)
    )
    story = make_story([israel, again])
    assert [tie.story for tie in carried([story], past)[story.id].ties] == ["s2"]


def _beside_budget(*reports: tuple[str, tuple[str, ...]]) -> list[PastItem]:
    """Day one's told articles: `reports` (address, lines) of story "s1", Kenya's budget "s2"."""
    told = [(url, lines, "s1") for url, lines in reports]
    return [
        PastItem(DAY_ONE, "Asia", line.format(day="Monday"), url, False, story)
        for url, lines, story in (*told, ("https://ap.example/budget", BUDGET, "s2"))
        for line in lines
    ]


RISK = (
    "Satellite operators turned their craft away on {day} from the meteor storm a comet leaves.",
    "Engineers feared the dust could damage solar panels and instruments in orbit.",
)
FORECAST = (
    "Astronomers said on {day} the meteor storm from the comet's dust would peak before dawn.",
    "Observatories readied cameras for the heaviest storm in decades.",
)
STARGAZERS = (
    "Crowds on a mountain in Thailand watched bright meteors streak across clear skies on {day}.",
    "Families brought blankets and waited past midnight for the storm of the comet's dust.",
    "Hotels near the summit were full and roads were jammed with cars.",
)


def _meteor_storm() -> list[PastItem]:
    """Told on Monday: the meteor storm ("s1", the satellites at risk and the forecast) and
    Kenya's budget ("s2")."""
    return _beside_budget(
        ("https://ap.example/risk", RISK), ("https://ap.example/forecast", FORECAST)
    )


def test_a_report_writing_a_told_storys_own_terms_continues_it_though_unlike_in_whole_text():
    """The stargazers tell another side of the told meteor storm: under `weights.carried` with
    its reports, in whole text and taken together, but writing the words only that story's
    reports write ("meteor", "comet"), so it continues it."""
    from dataclasses import replace

    from briefing.select.status import carried
    from briefing.weights import DEFAULT

    past = _meteor_storm()
    watch = _story("https://ap.example/watch", STARGAZERS, "Tuesday")
    assert [tie.story for tie in carried([watch], past)[watch.id].ties] == ["s1"]
    assert carried([watch], past, replace(DEFAULT, distinct=1.0)) == {}


OPENING = (
    "Palestinians cheered as the first planes landed at the airport in Gaza on {day}.",
    "Crowds waved flags along the runway.",
)
ROUTES = (
    "Israeli security officials held two planes on {day} at the airport near Rafah.",
    "Flights were to resume within hours.",
)
INQUIRY = (
    "Investigators said on {day} that heat had damaged wires in the planes.",
    "The planes were grounded.",
)


def test_a_report_writing_one_of_a_told_storys_own_terms_does_not_continue_it():
    """An air crash's inquiry writes "planes", one of the told airport opening's own terms and
    none of its others: one word in common is the field's, so it continues no told story."""
    from briefing.select.status import carried

    past = _beside_budget(
        ("https://ap.example/opening", OPENING), ("https://ap.example/routes", ROUTES)
    )
    inquiry = _story("https://ap.example/inquiry", INQUIRY, "Tuesday")
    assert carried([inquiry], past) == {}


FESTIVAL = (
    "Thousands danced in the streets of Chiang Mai on {day} as a lantern festival opened.",
    "Monks blessed the floats before a parade through the old city.",
    "Hotels were full and roads were jammed with cars.",
)
VIEWERS = (
    "Schoolchildren in Japan counted meteors on {day} as the comet's dust lit the sky.",
    "Teachers said the meteor storm was the brightest the pupils had seen.",
)
ASTRONOMERS = (
    "Amateur astronomers in Seoul photographed meteors from the comet's dust on {day}.",
    "Clubs stayed up past midnight for the storm.",
)


def test_a_story_writing_a_told_storys_own_terms_in_one_report_of_two_does_not_continue_it():
    """A story nothing else ties continues a told one by its own terms or its reports taken
    together only through most of its articles: the stargazers beside a festival's report (a
    fresh story, one report of two) are new; two viewers' reports continue the meteor storm."""
    from briefing.day.stories import make_story
    from briefing.select.status import carried

    past = _meteor_storm()
    watch, festival, viewers, astronomers = (
        _story(f"https://ap.example/{name}", lines, "Tuesday").articles[0]
        for name, lines in (
            ("watch", STARGAZERS),
            ("festival", FESTIVAL),
            ("viewers", VIEWERS),
            ("astronomers", ASTRONOMERS),
        )
    )
    fresh, shower = make_story([watch, festival]), make_story([viewers, astronomers])
    assert carried([fresh], past) == {}
    assert [tie.story for tie in carried([shower], past)[shower.id].ties] == ["s1"]


SHELTER = (
    "MOSCOW (AP) _ Russian lawmakers on {day} urged the Kremlin to shelter Kurdish guerrilla "
    "chief Abdullah Ocalan, whom Ankara calls a terrorist.",
    "Ocalan wrote to the Duma last week asking for protection from extradition.",
    "President Boris Yeltsin has not said whether he will grant it.",
)
PACT = (
    "DAMASCUS, Syria (AP) _ Syria agreed on {day} to stop arming Kurdish rebels and to expel "
    "their leader, Abdullah Ocalan, ending a month of tension with Turkey.",
    "Troops massed on the border will be pulled back, President Hafez Assad told envoys in Adana.",
)
INVITATION = (
    "ANKARA (AP) _ The foreign ministry on {day} condemned Greek deputies for inviting a rebel "
    "chief to Athens.",
    "The invitation to Abdullah Ocalan was signed by 109 members of parliament.",
    "Officials said Ocalan would be arrested if he landed in Greece.",
)
CONFIDENCE = (
    "ANKARA (AP) _ Prime Minister Mesut Yilmaz lost a vote of confidence in parliament on {day}.",
    "Critics had faulted the hunt for Abdullah Ocalan and a tender for a state bank.",
    "President Suleyman Demirel will ask a party leader to form a cabinet.",
)


def _told_asylum(pact: tuple[str, ...] = PACT) -> list[PastItem]:
    """Day one's told stories: Ocalan's asylum request ("s1") and Syria's pact ("s2")."""
    told = (("https://ap.example/asylum", SHELTER, "s1"), ("https://ap.example/pact", pact, "s2"))
    return [
        PastItem(DAY_ONE, "Europe", line.format(day="Monday"), url, False, story)
        for url, lines, story in told
        for line in lines
    ]


def test_a_report_about_the_person_a_told_story_is_about_continues_it():
    """Seed 159's Ocalan: a Greek invitation to him, unlike his told asylum request in words,
    names and own terms (the pact told beside it names him too), writes him twice, as the
    request does: a next chapter of the person that story is about, it continues it. The fall
    of a cabinet naming him once in passing continues nothing."""
    from briefing.select.status import carried

    invitation = _story("https://ap.example/invite", INVITATION, "Friday")
    confidence = _story("https://ap.example/vote", CONFIDENCE, "Friday")
    found = carried([invitation, confidence], _told_asylum())
    assert {story: tie.story for story, tie in found.items()} == {invitation.id: "s1"}


def test_a_report_about_a_person_two_told_stories_are_about_continues_neither_by_him():
    """When the pact told beside the asylum request is about Ocalan too (writes him twice), the
    person is no one story's: the invitation is tied by nothing else, so it is new."""
    from briefing.select.status import carried

    pact = (*PACT, "Ocalan has not been seen in Damascus since the summer.")
    invitation = _story("https://ap.example/invite", INVITATION, "Friday")
    assert carried([invitation], _told_asylum(pact)) == {}


NUCLEAR_TALKS = (
    "NEW DELHI (AP) _ India's foreign minister Jaswant Singh met U.S. envoy Strobe Talbott on "
    "{day} for a seventh round of talks on nuclear arms.",
    "Singh said India would not sign the test ban treaty before its parliament debated it.",
    "Talbott flew on to Islamabad after the meeting.",
)
HOCKEY = (
    "BANGKOK, Thailand (AP) _ Malaysia will field a young hockey squad at the Asian Games, team "
    "manager Rajinder Singh said on {day}.",
    "The players trained for three months in Ipoh, Singh said.",
    "Pakistan, the holders, play Malaysia in the group's first match.",
)


def test_a_report_about_another_person_of_a_told_storys_persons_last_name_continues_nothing():
    """People are read by their last names: a hockey manager, Rajinder Singh, written twice,
    is not India's foreign minister Jaswant Singh, whom the told talks are about; the preview
    is new. The same person under his one first name continues his story (the Ocalan tests)."""
    from briefing.select.status import carried

    url = "https://ap.example/talks"
    told = [
        PastItem(DAY_ONE, "Asia", line.format(day="Monday"), url, False, "s1")
        for line in NUCLEAR_TALKS
    ]
    preview = _story("https://ap.example/hockey", HOCKEY, "Friday")
    assert carried([preview], told) == {}


CUT_COPY = (
    "A fire turned a dance hall jammed with teenagers into a deathtrap on {day}, killing 40.",
    "Police backed off an earlier figure of 45 dead.",
)
REWRITE = (
    "Hundreds of teenagers jammed into a hall to dance, but by dawn on {day} a fire had killed"
    " 43 of them.",
    "Survivors wept outside hospitals as parents searched the wards for their children.",
    "Officials said the cause of the blaze was not yet known.",
    "The king, abroad on a state visit, sent a message of sympathy to the families.",
    "Thousands of mourners gathered in the cathedral for a memorial service that evening.",
    "Doctors said identifying the victims was slow because few carried any documents.",
)
WAREHOUSE = (
    "A fire killed two guards in a hall of a warehouse near the docks on {day}.",
    "Investigators were still looking at faulty wiring in the sound system.",
    "The owners said the building was insured and would be rebuilt within a year.",
    "Dock workers were sent home as firefighters cooled the ruins through the night.",
    "Shipping agents feared delays for cargo stored in the neighbouring sheds.",
)


def test_a_rewrite_whose_lead_restates_the_told_leads_event_continues_its_story(monkeypatch):
    """A wire's full rewrite of a fire its cut copy told (beside a warehouse fire, told too)
    shares six terms of its lead ("fire", "dance", "hall", "jammed", "teenagers", "killed") and
    little else: it continues the fire; asked for more shared terms than that, nothing ties it."""
    import briefing.select.status as status

    warehouse = [
        PastItem(
            DAY_ONE, "Asia", line.format(day="Monday"), "https://ap.example/docks", False, "s3"
        )
        for line in WAREHOUSE
    ]
    past = _beside_budget(("https://ap.example/fire", CUT_COPY)) + warehouse
    rewrite = _story("https://ap.example/rewrite", REWRITE, "Saturday")
    assert [tie.story for tie in status.carried([rewrite], past)[rewrite.id].ties] == ["s1"]
    monkeypatch.setattr(status, "LEAD_TERMS", 7)
    assert status.carried([rewrite], past) == {}


def test_a_lead_sharing_a_few_of_a_told_leads_terms_does_not_continue_its_story():
    """Another fire, in a warehouse, shares "fire", "hall" and "killed" with the told dance
    hall's lead: a field's words, not the event's, so it continues no told story."""
    from briefing.select.status import carried

    past = _beside_budget(("https://ap.example/fire", CUT_COPY))
    other = _story("https://ap.example/warehouse", WAREHOUSE, "Saturday")
    assert carried([other], past) == {}


def test_a_rewrite_whose_lead_follows_a_dateline_unit_restates_the_told_lead():
    """hostile30: a Reuters rewrite of the told fire whose dateline is set off by a plain dash
    ("MANILA (Reuters) -", a unit of its own when split) states its event in the sentence after
    it: read as its lead, as split (sentences) or as filed (paragraphs), it restates the fire's."""
    from briefing.day.stories import make_story
    from briefing.models import Article
    from briefing.select.status import _against

    past = _beside_budget(("https://ap.example/fire", CUT_COPY))
    lines = [line.format(day="Saturday") for line in REWRITE]
    split = ("MANILA, Philippines (Reuters) -", *lines)
    filed = (f"MANILA, Philippines (Reuters) - {lines[0]}", *lines[1:])
    url = "https://reuters.example/rewrite"
    for rewrite in (
        make_story([Article("", "Reuters", url, "", None, (), sentences=split)]),
        make_story([Article("", "Reuters", url, "", None, filed)]),
    ):
        seen = _against([rewrite], past)
        assert seen is not None
        assert [seen.told[column][1] for column in seen.led.nonzero()[1]] == ["s1"]


BUDGET_VOTE = (
    "Poland's parliament voted 250-180 on {day} to approve the government's budget for next year,"
    " the speaker said.",
    "The budget cuts farm subsidies and raises spending on roads and the army.",
    "Farmers blocked roads near Warsaw in protest against the cuts.",
)
PENSION_VOTE = (
    "Poland's parliament voted 240-190 on {day} to approve the government's overhaul of state"
    " pensions, the speaker said.",
    "The reform lets workers put part of their contributions into private funds.",
    "Unions had warned that older workers would lose out under the new rules.",
    "The pension funds will be run by banks and insurers licensed by a new regulator.",
    "The upper house is expected to pass the law next month.",
)


@pytest.mark.xfail(
    strict=True,
    reason="a parliament's next vote on another bill shares its told vote's lead frame (Poland, "
    "parliament, vote, approve, government, speaker: six terms) and `_led` ties it; leaving out "
    "the terms two told leads share would leave out the fire rewrite's too (fire, hall, killed "
    "of the told warehouse fire), so nothing general tells them apart yet (hostile30)",
)
def test_a_parliaments_vote_on_another_bill_does_not_continue_its_told_vote():
    """A pension vote the day after a budget vote in the same parliament is a new event: its
    lead restates the told lead's frame, not its event."""
    from briefing.select.status import carried

    past = _beside_budget(("https://ap.example/budget-vote", BUDGET_VOTE))
    pension = _story("https://ap.example/pension-vote", PENSION_VOTE, "Tuesday")
    assert carried([pension], past) == {}


QUAKE_TOLD = (
    "A strong earthquake struck northern Afghanistan on {day}, killing at least 20 people and"
    " injuring hundreds, officials said.",
    "Rescuers dug through mud-brick homes in remote villages near the border with Tajikistan.",
)
QUAKE_NEXT = (
    "A strong earthquake struck southern Iran on {day}, killing at least 30 people and injuring"
    " hundreds, officials said.",
    "The quake flattened villages around the city of Bam, state radio said.",
    "Red Crescent teams flew tents and blankets from Tehran to the region.",
    "Aftershocks kept frightened families sleeping in the streets through the night.",
)


def test_an_earthquake_elsewhere_whose_lead_shares_the_told_ones_terms_is_new():
    """hostile30: the next day's earthquake in another land shares eight of the told quake's lead
    terms ("strong", "earthquake", "struck", "killing", ...): `_led` reads a restatement, but
    the two name no place in common (`_Apart`), so it continues nothing."""
    from briefing.select.status import _against, carried

    past = _beside_budget(("https://ap.example/quake", QUAKE_TOLD))
    quake = _story("https://ap.example/iran-quake", QUAKE_NEXT, "Tuesday")
    seen = _against([quake], past)
    assert seen is not None and seen.led.nnz == 1
    assert carried([quake], past) == {}


TRIAL = (
    "A former prison guard asked the war crimes tribunal on {day} for a milder sentence, citing"
    " his state of mind.",
    "His lawyer told the three judges the guard had obeyed orders at the camp.",
    "Prosecutors said inmates at the camp were beaten and starved.",
)
RULING = (
    "Judges will rule next month on four men accused of abuses at a prison camp, the tribunal"
    " said on {day}.",
    "The guard's lawyer asked for a term of five years.",
)
INVESTIGATORS = (
    "Investigators of the war crimes tribunal will go back to the province to look into reports"
    " of massacres, a spokesman said on {day}.",
    "Visas refused for a month had now been issued, he said.",
    "He did not say how many investigators would travel or when.",
    "Envoys said the government had agreed to let them work freely there.",
)


def _trial() -> list[PastItem]:
    """Told on Monday: a war crimes tribunal's trial ("s1", a guard's plea and the ruling's
    date) and Kenya's budget ("s2")."""
    return _beside_budget(
        ("https://ap.example/trial", TRIAL), ("https://ap.example/ruling", RULING)
    )


def test_a_report_writing_a_told_reports_own_phrases_continues_its_story(monkeypatch):
    """Two-day 264's tribunal: its investigators' return, unlike the told trial in words (0.08),
    names, own terms and lead, writes two phrases only the guard's plea writes too ("war
    crimes", "crimes tribunal"), and of the told reports is most like it, as no other report
    today is: it continues the trial's story, read for the trial's desk or for none; read for
    another desk, nothing ties it, nor asked for three phrases."""
    import briefing.select.status as status

    back = _story("https://ap.example/back", INVESTIGATORS, "Tuesday")
    assert [tie.story for tie in status.carried([back], _trial())[back.id].ties] == ["s1"]
    assert [tie.story for tie in status.carried([back], _trial(), desk="Asia")[back.id].ties] == [
        "s1"
    ]
    # read for another desk, the trial's reports today would be elsewhere: nothing to part them
    assert status.carried([back], _trial(), desk="Europe") == {}
    monkeypatch.setattr(status, "PHRASES", 3)
    assert status.carried([back], _trial()) == {}


def test_a_phrase_a_third_report_writes_is_no_events_own():
    """Where today's report of another tribunal writes "war crimes tribunal" too, the phrases
    are three reports', a field's, not the trial's: the investigators' return is new."""
    from briefing.select.status import carried

    back = _story("https://ap.example/back", INVESTIGATORS, "Tuesday")
    rwanda = _story(
        "https://ap.example/rwanda",
        ("A war crimes tribunal in Tanzania jailed a former mayor for life on {day}.",),
        "Tuesday",
    )
    assert back.id not in carried([back, rwanda], _trial())


def test_a_report_sharing_phrases_with_a_told_report_another_is_more_like_continues_nothing():
    """The told plea's own phrases in the investigators' return tie it only while no report
    today is more like the plea: beside the lawyer's next plea (its closest report today),
    the return is new."""
    from briefing.select.status import carried

    back = _story("https://ap.example/back", INVESTIGATORS, "Tuesday")
    plea = _story(
        "https://ap.example/plea",
        (
            "The guard's lawyer told the judges on {day} that his client had obeyed orders at the"
            " camp and deserved a milder sentence.",
        ),
        "Tuesday",
    )
    assert back.id not in carried([back, plea], _trial())


MARCH = (
    "Security forces fired tear gas at students outside parliament in Jakarta on {day}, and the"
    " prime minister told reporters the march was illegal.",
    "Human rights groups said dozens were hurt in the Indonesian capital.",
    "The students demand lower prices for rice and cooking oil and an end to corruption.",
    "Campus leaders at the University of Indonesia vowed to march again after the weekend.",
)
CAMP = (
    "Students camped on the steps of parliament in Jakarta for a second night on {day}, singing"
    " and waving flags.",
    "Their leaders said the march would go on until rice prices fall.",
)
FERRY = (
    "A ferry carrying 300 passengers sank in stormy seas off Sulawesi on {day}, and rescuers"
    " pulled 40 survivors from the water near Makassar.",
    "The prime minister told reporters that the navy would send ships from Surabaya.",
    "Human rights groups blamed lax safety rules and overloaded boats in Indonesian waters.",
    "Relatives waited at the port for news as fishing crews and the Red Cross joined the search.",
    "Security forces kept crowds back from the dock.",
)
ROBBERY = (
    "Police arrested three men in Jakarta on {day} over the robbery of a money van, an officer"
    " said.",
    "The officer spoke on condition of anonymity because he was not authorized to talk to the"
    " press.",
    "Guards were tied up and the van driven to a rice field outside the city.",
    "Associated Press writer Tom Black contributed to this report.",
)
VAN = ("The stolen van was found burned near Bogor on {day}, police said.", "No money was inside.")
RATE_CUT = (
    "Indonesia's central bank cut its main interest rate on {day} to help exporters hit by the"
    " slump.",
    "A bank official spoke on condition of anonymity because the decision had not been announced.",
    "Traders said the rupiah weakened after the move, and shares of exporters rose.",
    "Economists expect another cut before the year ends.",
    "Associated Press writer Ann Lee contributed to this report.",
)


@pytest.mark.parametrize(
    ("told", "lines"),
    [((MARCH, CAMP), FERRY), ((ROBBERY, VAN), RATE_CUT)],
    ids=["a desk's stock", "the wire's boilerplate"],
)
def test_stock_phrases_no_lead_writes_tie_no_other_event(told, lines):
    """hostile35: the desk's only report today, a ferry sinking, writes "security forces",
    "human rights", "prime minister" and "told reporters" as only the told student march does
    (a rate cut and a told robbery: "condition of anonymity", "contributed to this report"),
    and is the other's most alike, as any lone report is: stock, stated in no lead, so new."""
    from briefing.select.status import carried

    past = _beside_budget(("https://ap.example/one", told[0]), ("https://ap.example/two", told[1]))
    assert carried([_story("https://ap.example/today", lines, "Tuesday")], past, desk="Asia") == {}


def test_a_phrase_both_told_reports_write_is_still_the_storys_own():
    """hostile35: where the told ruling writes "war crimes tribunal" as the plea does, the
    phrase is the trial's own still (one story today, one told, write it), not a field's: the
    investigators continue it."""
    from briefing.select.status import carried

    ruling = (
        "The war crimes tribunal will rule next month on four men accused of abuses at a prison"
        " camp, a spokesman said on {day}.",
        *RULING[1:],
    )
    past = _beside_budget(
        ("https://ap.example/trial", TRIAL), ("https://ap.example/ruling", ruling)
    )
    back = _story("https://ap.example/back", INVESTIGATORS, "Tuesday")
    assert [tie.story for tie in carried([back], past, desk="Asia")[back.id].ties] == ["s1"]


def test_two_copies_of_one_next_report_are_no_rivals_for_the_told_one():
    """hostile35: the investigators' return in AP's words and AFP's, one story today: the told
    plea is most like the AFP copy, and no other story's report is more like it, so both
    continue the trial (read per article, the copies parted and neither was most of the story)."""
    from briefing.day.stories import make_story
    from briefing.models import Article
    from briefing.select.status import carried

    lines = [line.format(day="Tuesday") for line in INVESTIGATORS]
    copy = [line.replace("a spokesman said", "the tribunal's spokesman told AFP") for line in lines]
    story = make_story(
        [
            Article("", "AP", "https://ap.example/back", "", None, (), sentences=tuple(lines)),
            Article("", "AFP", "https://afp.example/back", "", None, (), sentences=tuple(copy)),
        ]
    )
    tie = carried([story], _trial(), desk="Asia")[story.id].ties[0]
    assert (tie.story, len(tie.articles)) == ("s1", 2)


def test_a_continuation_on_a_quiet_desk_continues_its_told_story():
    """The trial the desk's one told story and the investigators' return its one report today:
    each the other's most alike by default, the phrases in the return's lead tie them; told on
    another desk, the trial is not this desk's to continue."""
    from briefing.select.status import carried

    trial = [item for item in _trial() if item.story == "s1"]
    back = _story("https://ap.example/back", INVESTIGATORS, "Tuesday")
    assert [tie.story for tie in carried([back], trial, desk="Asia")[back.id].ties] == ["s1"]
    assert carried([back], trial, desk="Europe") == {}


def test_the_phrase_reading_does_not_depend_on_the_processs_hash_seed():
    """A phrase is kept as Python's `hash` of its terms, salted per process: two processes of
    other seeds tie the same stories (only equal codes are read, never their order)."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; sys.path.insert(0, 'tests'); import test_status as t;"
        "from briefing.select.status import _against, _phrased;"
        "back = t._story('https://ap.example/back', t.INVESTIGATORS, 'Tuesday');"
        "print(_phrased(_against([back], t._trial())).toarray().tolist())"
    )
    found = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent.parent,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert found == {"[[1.0, 0.0, 0.0]]\n"}


AIRLINE = (
    "President Joseph Estrada urged striking pilots at Philippine Airlines on {day} to accept the"
    " offer of the board.",
    "The airline flies to Tokyo, Singapore and Hong Kong and has lost money for three years.",
    "Union leaders in Manila said they would meet on the weekend.",
)
BOARD = (
    "The airline's board met in Makati on {day} to weigh a shutdown if the pilots refuse.",
    "Lucio Tan, its chairman, said creditors had lost patience.",
)
TYPHOON = (
    "Typhoon Babs lashed Hong Kong with strong winds on {day} after killing 156 people across the"
    " islands to the south.",
    "Schools and offices closed and ferries stayed in port as rain flooded low streets in Kowloon.",
    "The Observatory said the storm would weaken over the mainland by evening.",
    "Relief flights left for the flooded provinces, where President Joseph Estrada toured"
    " evacuation centres.",
)


def test_names_a_report_shares_with_a_told_one_are_no_phrases_of_its_event():
    """hostile35, two-day 272: a typhoon lashing Hong Kong, whose president toured the flooded
    provinces, writes "Hong Kong" (in its lead) and "Joseph Estrada" as only the told airline
    strike does: names, the names' readings' to weigh (here under `weights.carried`), not the
    strike's own phrases, so the typhoon is new."""
    from briefing.select.status import carried

    past = _beside_budget(
        ("https://ap.example/strike", AIRLINE), ("https://ap.example/board", BOARD)
    )
    assert carried([_story("https://ap.example/storm", TYPHOON, "Tuesday")], past) == {}


def test_two_copies_of_one_told_story_grouped_apart_today_are_named_unchanged_once():
    """review38 (d), two days 323, day two: the Leonids' two reports, one story when told,
    re-published as they were and grouped apart, were two unchanged rows of one headline: the
    reader was told one story, named once."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem

    lines = tuple(line.format(day="Friday") for line in PRISONERS)
    again = Article("", "Irrawaddy", RELEASED, "", None, lines)
    retold = (*lines[:2], "The junta said the prisoners were freed to mark a national holiday.")
    copy = Article("", "Mizzima", "https://mizzima.example/prisoners", "", None, retold)
    past = [
        PastItem(DAY_ONE, "Myanmar", lines[0], RELEASED),
        *(
            PastItem(DAY_ONE, "Myanmar", line, RELEASED, False, "s-freed", "Prisoners freed")
            for line in lines
        ),
    ]
    stories = [make_story([again]), make_story([copy])]
    section = _day_two(stories, {"myanmar": 1.0, "junta": 1.0}, past)
    assert not section.stories
    assert [(left.headline, left.reason) for left in section.left_out] == [
        ("Prisoners freed", f"unchanged since {DAY_ONE}")
    ]


def test_two_told_stories_two_of_todays_continue_are_two_unchanged_rows():
    """hostile41, against status40's one row per told story: two stories told on day one (the
    Yangon release, the Mandalay one), each re-published as it was, are two rows, each under
    the headline the reader knew it by."""
    from briefing.day.stories import make_story
    from briefing.models import Article, PastItem

    freed = tuple(line.format(day="Friday") for line in PRISONERS)
    more = tuple(line.format(day="Friday") for line in MORE_PRISONERS)
    mandalay = "https://mizzima.example/more-prisoners"
    past = [
        PastItem(DAY_ONE, "Myanmar", freed[0], RELEASED),
        PastItem(DAY_ONE, "Myanmar", more[0], mandalay),
        *(
            PastItem(DAY_ONE, "Myanmar", line, url, False, story, headline)
            for lines, url, story, headline in (
                (freed, RELEASED, "s-freed", "Prisoners freed"),
                (more, mandalay, "s-more", "More prisoners freed"),
            )
            for line in lines
        ),
    ]
    stories = [
        make_story([Article("", "Irrawaddy", RELEASED, "", None, freed)]),
        make_story([Article("", "Mizzima", mandalay, "", None, more)]),
    ]
    section = _day_two(stories, {"myanmar": 1.0, "junta": 1.0}, past)
    assert not section.stories
    assert sorted((left.headline, left.reason) for left in section.left_out) == [
        ("More prisoners freed", f"unchanged since {DAY_ONE}"),
        ("Prisoners freed", f"unchanged since {DAY_ONE}"),
    ]
