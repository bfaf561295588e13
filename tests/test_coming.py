"""Coming up: scheduled events found in the day's sentences, dated against publication."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from briefing.config import load_config
from briefing.deliver.editions import Editions
from briefing.models import Article, Briefing, Event, Item, Sentence, Story
from briefing.pipeline import Run, build
from briefing.render.renderer import Renderer
from briefing.render.serialize import from_dict
from briefing.select.coming import coming_up, find_dates, telling

from .conftest import SEEDS

TUESDAY = date(2023, 7, 11)
UTC = ZoneInfo("UTC")

# Sentences written for this test (or from the seed), with the dates a reader would give the
# events they announce when published on Tuesday 11 July 2023.
CASES = [
    (
        "The top US and Chinese diplomats will hold their second meeting on Thursday in Jakarta.",
        ["2023-07-13"],
    ),
    (
        "Washington and Beijing will both take part in an 18-nation East Asia Summit foreign "
        "ministers’ meeting on Friday.",
        ["2023-07-14"],
    ),
    ("Talks set for Friday.", ["2023-07-14"]),
    ("The envoy is to arrive next week in Hanoi.", ["2023-07-17"]),
    ("On Friday, the leaders will meet in Paris.", ["2023-07-14"]),
    ("The vote is scheduled for July 20.", ["2023-07-20"]),
    ("Elections will be held on 5 March 2024.", ["2024-03-05"]),
    ("The minister will speak on Tuesday evening.", ["2023-07-11"]),  # wire style: today
    ("The summit will open next Tuesday.", ["2023-07-18"]),
    ("He is due in court tomorrow.", ["2023-07-12"]),
    ("The new rules will apply from January 5.", ["2024-01-05"]),
    ("He said on Monday that the ministers will meet.", []),
    ("Officials who met on Thursday will decide the plan.", []),
    ("Thailand’s foreign minister on Wednesday said he met Aung San Suu Kyi last week.", []),
    ("The ministers met last Friday and will meet again.", []),
    ("The results were expected since Friday's election was rigged.", []),
    ("Talks were held on July 5 in Geneva and will resume.", []),  # six days back: not next year
    ("The trial began on Monday.", []),
    ("The festival runs for three days beginning Thursday.", ["2023-07-13"]),
    ("The company defended its chairman in its opening statement on Tuesday.", []),
    ("The sides had been expected to sign the deal on Sunday, but nothing happened.", []),
    ("Ministers will meet soon.", []),
    # region seed 12: a date opening its clause dates the past verb that follows it
    (
        "On Thursday morning, Rodney Slater, the secretary of transportation, announced a plan "
        "to evaluate wiring.",
        [],
    ),
    ("On Thursday, the embattled minister will resign.", ["2023-07-13"]),
    ("On Friday, the leaders said they will meet in Paris.", []),
    # two-day region seed 60/61: a cue in a relative clause after the date does not govern it
    # ("Friday's election", the day after the vote, was listed a week on)
    (
        "Friday's election is for the 86-seat Assembly of Experts, whose job is to oversee the "
        "work of the supreme leader.",
        [],
    ),
    ("The talks, which will resume on Friday in Geneva, stalled in May.", ["2023-07-14"]),
    # region seed 290: a time clause writes the future in the present; the clause it hangs on
    # carries the cue, before it or after its comma (the printed "By the time the earth
    # collides ... Tuesday night" announced nothing, so Coming up restated its Tuesday)
    (
        "By the time the earth collides with a swarm of meteoroids Thursday night, satellites "
        "will have turned away.",
        ["2023-07-13"],
    ),
    ("The ministers will sign the accord when they meet in Cairo on Friday.", ["2023-07-14"]),
    ("Before the summit opens on Friday, the envoys are expected to agree.", ["2023-07-14"]),
    ("When the ministers met in Cairo on Friday, they signed the accord.", []),
    ("When the parliament meets on Thursday, it votes on the budget.", []),
    ("Officials said satellites will turn away before the swarm arrived on Thursday.", []),
    # hostile26: a time clause of two words before its date hangs on its clause as a longer one
    ("The ministers will meet when parliament opens Thursday.", ["2023-07-13"]),
    # a time clause opening reported speech ("said that when ..."): its main clause is after it
    (
        "Officials said that when the envoy arrives on Friday, the talks will resume.",
        ["2023-07-14"],
    ),
    # a passive in the present is no past verb ("are held", "has been reached")
    ("The troops will leave when the elections are held on Sunday.", ["2023-07-16"]),
    ("The talks will go on until a deal has been reached on Friday.", ["2023-07-14"]),
    # the clause after it acts in the past first, as after a date opening a clause
    ("Before the cabinet votes on Thursday, the minister announced a plan to resign.", []),
    # the clause it hangs on is past ("spoke"), whatever a relative clause before it will do
    ("Netanyahu, who will fly to Washington, spoke before the cabinet meets on Sunday.", []),
    # review35, DUC 2007 region 52: a modal's perfect is past ("may have missed him ... Monday"),
    # "may have to" still ahead; a report's verb ends the clause a cue before it governs
    ("Investigators believe they may have missed the suspect by just hours Monday.", []),
    ("The rescue might have begun hours earlier on Sunday.", []),
    ("The minister may have to resign on Thursday.", ["2023-07-13"]),
    ("The talks may resume on Thursday.", ["2023-07-13"]),
    (
        "France has struck a billion coins, which will be launched by January 1999, reported "
        "the agency on Thursday.",
        [],
    ),
    ("The ministers told reporters on Friday that the talks will resume.", []),
    ("The results could be announced as late as Friday.", ["2023-07-14"]),
    ("The summit will open on Friday, officials told reporters.", ["2023-07-14"]),
    # hostile32: a modal's "have" before no participle holds, not a perfect ("may have talks")
    ("The two sides may have talks in Geneva on Thursday.", ["2023-07-13"]),
    ("The council could have its first vote on Friday.", ["2023-07-14"]),
    ("The team may have until Friday to respond.", ["2023-07-14"]),
    # a perfect with an adverb or "not" in it is one still
    ("The suspect may have already left the country on Thursday.", []),
    ("Officials might not have known of the plot on Friday.", []),
    ("The council may not meet on Friday.", ["2023-07-14"]),
    # a schedule in the past perfect or a modal's is seen from before it was dropped
    ("The vote could have been set for Friday, but the judge refused.", []),
    ("The trial had been expected to open on Thursday.", []),
    (
        "The launch, which had been delayed until Friday, will now take place on Thursday.",
        ["2023-07-13"],
    ),
    ("The vote has been postponed until Friday.", ["2023-07-14"]),
    ("The talks have been set for Thursday.", ["2023-07-13"]),
    # a report's own clause after it holds its cue ("reported on Monday that ... next week")
    ("The agency reported on Monday that the talks will resume on Friday.", ["2023-07-14"]),
    ("Talks stalled, and the envoy added that the vote will be held on Friday.", ["2023-07-14"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_dates_resolves_future_events_only(sentence, expected):
    assert [f.when.isoformat() for f in find_dates(sentence, TUESDAY)] == expected


def test_a_reported_cue_reaches_a_few_days_ahead_only():
    sunday = date(2023, 7, 16)
    assert find_dates("The plane was due to land on Friday.", sunday) == []  # two days before
    (monday,) = find_dates("The ship was to arrive on Monday, officials said.", sunday)
    assert monday.when == date(2023, 7, 17)


def test_a_cue_reported_in_the_past_perfect_reaches_a_few_days_ahead_only():
    # two-day seed 15: Iran's vote, held the day before, was listed as coming up a week on
    # ("Fri 4 Dec: A hard-line newspapers had said only about 39 percent ... are expected to
    # show up for Friday's vote"): what someone had said is seen from before, as "was due" is
    saturday = date(2023, 7, 15)
    vote = "A paper had said only 39 percent of voters are expected to show up for Friday's vote."
    assert find_dates(vote, saturday) == []
    (monday,) = find_dates("Officials had said the talks will resume on Monday.", saturday)
    assert monday.when == date(2023, 7, 17)


def test_the_last_buildable_day_reads_dates_without_overflow():
    """--date takes up to 9998-12-31: a year ahead of it is past date.max, no crash."""
    last = date(9998, 12, 31)
    found = find_dates("The junta will meet China on Friday, officials said.", last)
    assert [f.when for f in found] == [date(9999, 1, 1)]  # the last day is a Thursday
    assert find_dates("The vote will be held on Jan. 5.", last)[0].when == date(9999, 1, 5)


def test_precision_says_how_exact_the_date_is():
    (week,) = find_dates("The envoy is to arrive next week.", TUESDAY)
    (month,) = find_dates("Parliament will vote next month.", TUESDAY)
    assert (week.precision, week.when) == ("week", date(2023, 7, 17))
    assert (month.precision, month.when) == ("month", date(2023, 8, 1))


def _sentence(text: str, published: datetime | None, index: int = 0) -> Sentence:
    article = Article("T", "AFP", "https://example.org/a", "a.txt", published, (text,))
    return Sentence(text, article, 0, index)


def test_coming_up_keeps_events_from_the_briefing_day_soonest_first_within_the_limit():
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    sentences = [
        (_sentence("The ministers will meet on Friday.", published), "A"),
        (_sentence("The envoy will arrive on Thursday.", published, 1), "B"),
        (_sentence("The minister will speak on Tuesday evening.", published, 2), "A"),
        (_sentence("Parliament will vote on July 30.", published, 3), "B"),
    ]
    events = coming_up(sentences, date(2023, 7, 12), UTC, limit=2)
    assert [(e.when.isoformat(), e.topic) for e in events] == [
        ("2023-07-13", "B"),
        ("2023-07-14", "A"),
    ]  # Tuesday's talk is before the briefing's day; July 30 is past the limit


def test_an_event_dated_only_by_its_week_or_month_follows_the_days_that_fall_within_it():
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    sentences = [
        (_sentence("A new road to Gaza will open next month.", published), "A"),
        (_sentence("Gulf Air will begin direct flights to Jordan next week.", published, 1), "A"),
        (_sentence("Parliament will vote on Aug. 3.", published, 2), "B"),
        (_sentence("The envoy will arrive on July 18.", published, 3), "B"),
        (_sentence("The ministers will meet on Thursday.", published, 4), "B"),
    ]
    events = coming_up(sentences, TUESDAY, UTC, None)
    assert [(e.precision, e.when.isoformat()) for e in events] == [
        ("day", "2023-07-13"),
        ("day", "2023-07-18"),
        ("week", "2023-07-17"),
        ("day", "2023-08-03"),
        ("month", "2023-08-01"),
    ]  # "August 2023" above "Thu 3 Aug" would list the month before a day of it
    assert [e.when.isoformat() for e in coming_up(sentences, TUESDAY, UTC, 2)] == [
        "2023-07-13",
        "2023-07-18",
    ]  # a known day is kept before a week it may fall in


def test_one_event_per_date_and_story_across_outlets():
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    afp = _sentence("The ministers will meet on Friday in Jakarta.", published)
    ap = _sentence("Foreign ministers will meet in Jakarta on Friday.", published)
    other = _sentence("The envoy will arrive in Hanoi on Friday.", published)
    story = Story("s00000001", "Ministers to meet", (afp.article, ap.article), ("AFP", "AP"), None)
    pairs = [(afp, "A"), (ap, "A"), (other, "B")]
    events = coming_up(pairs, TUESDAY, UTC, 4, {afp.article.id: story, ap.article.id: story})
    assert [e.sentence for e in events] == [afp, other]
    assert [e.story for e in events] == ["s00000001", ""]  # the page fit reads whose it is
    assert len(coming_up(pairs, TUESDAY, UTC, 4)) == 3  # without stories: one per article


def test_a_sentence_naming_two_days_is_listed_once_on_the_first():
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    results = _sentence(
        "Official results are not expected until Friday, and the capital's could be announced "
        "as late as Saturday, officials said.",
        published,
    )
    events = coming_up([(results, "A")], TUESDAY, UTC, 4)
    assert [e.when.isoformat() for e in events] == ["2023-07-14"]


def test_a_line_that_leans_on_the_one_before_is_not_listed():
    # region seed 10: "Turkey's Foreign Ministry said Mubarak also was expected in Ankara,
    # possibly on Monday" reads on from a line Coming up does not show
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    lines = (
        "Egyptian President Hosni Mubarak flew to Damascus on Tuesday for talks.",
        "Turkey's Foreign Ministry said Mubarak also was expected in Ankara, possibly on Friday.",
        "The Turkish parliament will debate the crisis on Thursday.",
    )
    article = Article("", "AP", "", "a.txt", published, lines, sentences=lines)
    pairs = [(Sentence(text, article, 0, n), "A") for n, text in enumerate(lines)]
    events = coming_up(pairs, TUESDAY, UTC, 4)
    assert [e.sentence.text for e in events] == [lines[2]]


def test_publication_day_is_taken_in_the_configured_zone():
    # 23:30 UTC on Monday is already Tuesday in Singapore: "Wednesday" is the next day
    late = datetime(2023, 7, 10, 23, 30, tzinfo=UTC)
    singapore = ZoneInfo("Asia/Singapore")
    (event,) = coming_up(
        [(_sentence("Trade talks will open on Wednesday.", late), "A")], TUESDAY, singapore, 4
    )
    assert event.when == date(2023, 7, 12)


def announced(briefing: Briefing) -> tuple[Event, ...]:
    """The events its printed lines announce, as Coming up would list them were they not
    printed (the seed's sections print every line it has)."""
    pairs = [(item.sentence, s.name) for s in briefing.sections for item in s.items]
    return coming_up(sorted(pairs, key=lambda p: p[0].index), briefing.day, UTC, 4)


@pytest.fixture(scope="module")
def dated_seed(tmp_path_factory):
    """The seed as AFP published it on Tuesday 11 July 2023, built for the next morning."""
    root = tmp_path_factory.mktemp("coming")
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    (root / "seed.txt").write_text(
        "Published: 2023-07-11T20:00:00+07:00\nSource: AFP\nURL: https://example.org/asean\n\n"
        + text,
        encoding="utf-8",
    )
    config = load_config()
    config = config.model_copy(update={"compute": config.compute.model_copy(update={"jobs": 1})})
    result = build(Run.of(config, [root / "seed.txt"], date(2023, 7, 12), root / "out"))
    return config, result, root / "out" / "2023-07-12"


def test_the_seed_announces_the_blinken_wang_meeting_and_the_east_asia_summit(dated_seed):
    _, result, _ = dated_seed
    events = [(e.when, e.topic, e.sentence.text[:40]) for e in announced(result.briefing)]
    assert events == [
        (date(2023, 7, 13), "US–China relations", "The top US and Chinese diplomats will ho"),
        (date(2023, 7, 14), "South China Sea", "The South China Sea is set to be a major"),
    ]
    assert result.briefing.coming == ()  # its sections print both lines: Coming up repeats none


def test_coming_up_is_under_top_stories_in_every_output(dated_seed):
    config, result, _ = dated_seed
    briefing = replace(result.briefing, coming=announced(result.briefing))
    files = {
        n: b.decode()
        for n, b in Renderer(config).outputs(briefing)[1].items()
        if n != "briefing.pdf"
    }
    html = files["briefing.html"]
    assert html.index('id="top-stories"') < html.index('id="coming-up"') < html.index("topic-1")
    assert '<time datetime="2023-07-13">Thu 13 Jul</time>' in html
    text = files["briefing.txt"]
    assert "COMING UP\n- Thu 13 Jul: The top US and Chinese diplomats" in text
    assert "- Fri 14 Jul: The South China Sea is set to be" in text
    data = json.loads(files["briefing.json"])
    assert [(e["date"], e["source"]["outlet"]) for e in data["coming_up"]] == [
        ("2023-07-13", "AFP"),
        ("2023-07-14", "AFP"),
    ]
    assert [e.when for e in from_dict(data).coming] == [date(2023, 7, 13), date(2023, 7, 14)]


def test_an_edition_lists_only_its_topics_events(dated_seed):
    config, result, folder = dated_seed
    briefing = replace(result.briefing, coming=announced(result.briefing))
    editions = Editions(config, briefing, (folder / "briefing.pdf").read_bytes())
    sea = editions.edition(["South China Sea"])
    assert [e.topic for e in sea.coming] == ["South China Sea"]
    assert "Coming up" in editions.rendered(["South China Sea"]).html[True]


def test_the_undated_seed_still_lists_both_meetings(tmp_path):
    """An undated article is dated by the briefing's day: both meetings are still ahead."""
    config = load_config()
    config = config.model_copy(update={"compute": config.compute.model_copy(update={"jobs": 1})})
    result = build(Run.of(config, [SEEDS], date(2026, 11, 28), tmp_path / "out"))
    assert [(e.when.strftime("%A"), e.topic) for e in announced(result.briefing)] == [
        ("Thursday", "US–China relations"),
        ("Friday", "South China Sea"),
    ]


def test_a_line_inside_a_block_a_colon_lead_in_opens_is_not_listed():
    # hostile6: 'Beijing responded: We will watch. We will talk on Monday.' listed X's words alone
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    lines = (
        "Beijing responded: We will watch Myanmar closely.",
        "We will talk to the junta on Friday.",
        "The Thai foreign minister will visit Yangon on Thursday.",
    )
    article = Article("", "AP", "", "a.txt", published, lines, sentences=lines)
    read = [Sentence(text, article, n // 2, n) for n, text in enumerate(lines)]
    pairs = [(sentence, "A") for sentence in read[1:]]
    events = coming_up(pairs, TUESDAY, UTC, 4, read=read)
    assert [e.sentence.text for e in events] == [lines[2]]


def test_a_line_a_section_prints_is_not_listed_again():
    # region seed 73: "One leader ... will be tried on Dec. 17" stood in Asia and in Coming up
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    tried = "One leader of a new party will be tried on Friday on a charge of subversion."
    nyt, ap = _sentence(tried, published), _sentence(tried, published)
    other = _sentence("The envoy will arrive in Hanoi on Thursday.", published)
    printed = (Item(nyt, 1.0),)  # the AP copy says the same line: it is printed too
    events = coming_up([(ap, "A"), (other, "A")], TUESDAY, UTC, 4, printed=printed)
    assert [e.sentence for e in events] == [other]


def test_an_anticipation_a_printed_line_of_its_story_reports_done_is_not_listed():
    # region seed 71: "Official results are not expected until Saturday" under the section's
    # "... official results showed Sunday"
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    awaited = _sentence("Official results are not expected until Friday.", published)
    talks = _sentence("Iran and Iraq will resume border talks on Thursday in Geneva.", published)
    won = _sentence("Conservatives won the vote, official results showed on Sunday.", published)
    broke = _sentence("Border talks between Iran and Iraq broke down in Geneva.", published)
    story = Story("s00000001", "Vote", (awaited.article, won.article), ("AP",), None)
    printed = (Item(won, 1.0, story=story.id), Item(broke, 1.0, story=story.id))
    pairs = [(awaited, "A"), (talks, "A")]
    events = coming_up(pairs, TUESDAY, UTC, 4, {awaited.article.id: story}, printed=printed)
    assert [e.sentence for e in events] == [talks]  # talks to resume: no outcome reported
    # a line another story prints reports nothing of this one's
    assert len(coming_up(pairs, TUESDAY, UTC, 4, printed=printed)) == 2


@pytest.mark.parametrize(
    ("awaited", "line"),
    [
        # hostile9: a subject of names only is an actor, and what comes is an act of it
        ("Mubarak is expected in Ankara on Thursday.", "Mubarak met Assad in Damascus."),
        ("The Cabinet is due in Ankara on Thursday.", "The Cabinet met in Damascus."),
        # "expected to vote", "set to meet": the subject's act awaited, not the subject
        ("The council is expected to vote on the deal on Thursday.", "The council met."),
        ("The envoy is set to meet the rebels on Thursday.", "The envoy spoke to the rebels."),
    ],
)
def test_an_act_its_story_has_not_reported_is_listed(awaited: str, line: str):
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    coming, told = _sentence(awaited, published), _sentence(line, published)
    story = Story("s00000001", "Visit", (coming.article, told.article), ("AP",), None)
    printed = (Item(told, 1.0, story=story.id),)
    events = coming_up(
        [(coming, "A")], TUESDAY, UTC, 4, {coming.article.id: story}, printed=printed
    )
    assert [e.sentence for e in events] == [coming]


def test_a_subject_opening_the_sentence_is_awaited_when_its_article_writes_it_in_lower_case():
    # hostile9: "Elections" opens its sentence (a capital either way); its article's
    # "the elections" says it is no name
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    lines = ("Elections are scheduled for Thursday.", "Turnout in the elections may be low.")
    article = Article(
        "T", "AFP", "https://example.org/a", "a.txt", published, lines, sentences=lines
    )
    awaited = Sentence(lines[0], article, 0, 0)
    held = _sentence("Elections were held in Hanoi, officials said.", published)
    story = Story("s00000001", "Vote", (article, held.article), ("AP",), None)
    printed = (Item(held, 1.0, story=story.id),)
    assert not coming_up([(awaited, "A")], TUESDAY, UTC, 4, {article.id: story}, printed=printed)


def test_another_outlets_wording_of_a_printed_announcement_is_not_listed_again():
    # hostile9: the printed line's fact in other words, announcing the same day, stood in
    # Coming up too (only the same text was recognised)
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    tried = "One leader of a new party will be tried on Friday on a charge of subversion."
    nyt = _sentence(tried, published)
    ap = _sentence(
        "One leader of a new party will be tried Friday on a charge of subversion, police said.",
        published,
    )
    resumed = _sentence("Border talks between Iran and Iraq resumed in Geneva.", published)
    resume = _sentence(
        "Border talks between Iran and Iraq will resume in Geneva on Thursday.", published
    )
    printed = (Item(nyt, 1.0), Item(resumed, 1.0))
    events = coming_up([(ap, "A"), (resume, "A")], TUESDAY, UTC, 4, printed=printed)
    assert [e.sentence for e in events] == [resume]  # a talk held is no talk to come


def test_a_date_a_printed_line_of_the_same_story_announces_is_not_listed_again():
    # region seed 173: Asia's first entry "One leader of a suppressed new political party will
    # be tried on Dec. 17 ..." and Coming up's "Thu 17 Dec: Last week the Chinese government
    # arrested 10 members ..., one of whom, Wang Youcai, is to go on trial Dec. 17." (the same
    # story, the same date, in other words than another outlet's copy)
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    tried = _sentence(
        "One leader of a banned party will be tried on Friday for subversion.", published
    )
    arrested = _sentence(
        "Last week the police arrested 10 members of the party, one of whom, Wang Youcai, is to "
        "go on trial Friday.",
        published,
    )
    other = _sentence("The ministers of the region will meet on Friday in Bangkok.", published)
    trial = Story("s00000001", "Trial", (tried.article, arrested.article), ("AP",), None)
    summit = Story("s00000002", "Summit", (other.article,), ("AP",), None)
    story_of = {arrested.article.id: trial, other.article.id: summit}
    printed = (Item(tried, 1.0, story=trial.id),)
    pairs = [(arrested, "A"), (other, "A")]
    events = coming_up(pairs, TUESDAY, UTC, 4, story_of, printed=printed)
    assert [e.sentence for e in events] == [other]  # another story's Friday stays


def test_an_event_of_a_story_the_page_lists_as_unchanged_is_not_listed_again():
    # region two-day 151, day two: "Turkish President Suleyman Demirel planned to meet with
    # Deputy Premier Bulent Ecevit on Wednesday ..." in Coming up and as Middle East's
    # "Unchanged since earlier briefings: ..." line, briefed the day before
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    meet = _sentence("President Demirel planned to meet Ecevit on Thursday, aides said.", published)
    talks = _sentence("Iran and Iraq will resume border talks on Friday in Geneva.", published)
    briefed = Story("s00000001", "Demirel to meet Ecevit", (meet.article,), ("AP",), None)
    fresh = Story("s00000002", "Border talks", (talks.article,), ("AP",), None)
    story_of = {meet.article.id: briefed, talks.article.id: fresh}
    pairs = [(meet, "A"), (talks, "A")]
    events = coming_up(pairs, TUESDAY, UTC, 4, story_of, unchanged={briefed.id})
    assert [e.sentence for e in events] == [talks]
    assert len(coming_up(pairs, TUESDAY, UTC, 4, story_of)) == 2


def test_an_event_of_a_told_story_is_filed_under_a_section_that_tells_it():
    # region seed 383: "Palestine Airlines ... next week" of the Gaza airport, told by Middle
    # East, was filed under Europe, the first topic its sentence was on, so a Middle East
    # edition left it out
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    flights = _sentence("Palestine Airlines will fly to Riyadh on Friday.", published)
    airport = Story("s00000001", "Airport opens", (flights.article,), ("AP",), None)
    pairs = [(flights, "Europe"), (flights, "Middle East")]
    story_of = {flights.article.id: airport}

    def filed(desks: dict[str, tuple[str, ...]] | None) -> list[str]:
        return [e.topic for e in coming_up(pairs, TUESDAY, UTC, 4, story_of, desks=desks)]

    assert filed(None) == ["Europe"]
    assert filed({airport.id: ("Middle East",)}) == ["Middle East"]
    assert filed({airport.id: ("Asia", "Europe")}) == ["Europe"]  # its own topic tells it too


def test_an_edition_lists_the_events_of_the_stories_its_sections_tell(dated_seed):
    # the seed's one story is told by all three sections: each desk's edition keeps its events,
    # whichever topic an event is filed under
    config, result, _ = dated_seed
    briefing = result.briefing
    story = briefing.sections[0].stories[0].id
    assert telling(briefing.sections) == {story: tuple(s.name for s in briefing.sections)}
    moved = tuple(replace(e, topic="Myanmar", story=story) for e in announced(briefing))
    editions = Editions(config, replace(briefing, coming=moved), b"%PDF")
    assert len(editions.edition(["South China Sea"]).coming) == 2


def test_a_weekday_a_past_verb_dates_is_that_past_day_when_named_again():
    # DUC 2007 region 56 (review37): "stated Tuesday ... later Tuesday" made "Tue 1 Dec"
    sentence = (
        "The crisis center stated Tuesday that the regional coordination center in Izmit will "
        "start operations later Tuesday."
    )
    assert find_dates(sentence, date(1999, 8, 27)) == []
    other = "The minister said Tuesday that the talks will resume on Friday."
    assert [f.phrase for f in find_dates(other, date(1999, 8, 25))] == ["Friday"]


def test_a_weekday_made_another_days_is_kept_beside_a_past_one():
    # "next Tuesday", "again Monday", a past "last Friday": another day than the past one
    reference = date(1999, 8, 25)  # a Wednesday
    cases = {
        "The ministry stated Tuesday that the two sides will meet next Tuesday in Geneva.": [
            "next Tuesday"
        ],
        "Negotiators met Monday and will meet again Monday, a spokesman said.": ["Monday"],
        "The board, which met last Friday, will vote Friday on the merger.": ["Friday"],
        "The two were arrested on Aug. 6 and are to go on trial on Sept. 21.": ["Sept. 21"],
    }
    for sentence, phrases in cases.items():
        assert [f.phrase for f in find_dates(sentence, reference)] == phrases, sentence


def _trial_lines() -> tuple[Sentence, Sentence, Story]:
    """One trial under two dates, each outlet's: AP's weekday, counted from a copy's day, and
    the NYT's written date; one story."""
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    weekday = _sentence(
        "Two dissidents will defend themselves against charges of subversion Thursday in the "
        "country's biggest trials in years.",
        published,
    )
    written = _sentence(
        "The police arrested ten members of the party, one of whom is to go on trial July 20.",
        published,
        1,
    )
    story = Story("s00000001", "Trial", (weekday.article, written.article), ("AP",), None)
    return weekday, written, story


def test_one_event_of_a_story_under_two_dates_is_listed_once_on_its_written_date():
    # two days 323, day one: "Thu 3 Dec: ... two prominent dissidents will defend themselves
    # against charges of subversion Thursday ..." (AP) and "Thu 17 Dec: ... Wang Youcai, is to
    # go on trial Dec. 17." (NYT), both of one story: the re-dated copy moved the weekday
    weekday, written, story = _trial_lines()
    story_of = {weekday.article.id: story, written.article.id: story}
    events = coming_up([(weekday, "A"), (written, "A")], TUESDAY, UTC, 4, story_of)
    assert [(e.sentence, e.when.isoformat()) for e in events] == [(written, "2023-07-20")]
    assert len(coming_up([(weekday, "A"), (written, "A")], TUESDAY, UTC, 4)) == 2  # no story


def test_an_event_a_printed_line_of_its_story_dates_by_its_written_date_is_not_listed():
    # region 418: Asia's "One leader ... will be tried on Dec. 17 on a charge of ... subversion"
    # beside Coming up's "Thu 3 Dec: ... will defend themselves against charges of subversion
    # Thursday ..." of the same story
    weekday, _, story = _trial_lines()
    tried = _sentence("One leader will be tried on July 20 on charges of subversion.", None)
    printed = (Item(tried, 1.0, story=story.id),)
    events = coming_up(
        [(weekday, "A")], TUESDAY, UTC, 4, {weekday.article.id: story}, printed=printed
    )
    assert events == ()


def test_two_events_of_one_story_are_both_listed():
    # region seed 2: the Gaza airport's flights "next week" and its land route "next month"
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    flights = _sentence(
        "Palestine Airlines will begin direct flights to Jordan next week.", published
    )
    route = _sentence(
        "Travel is expected to become easier once a land route to Gaza opens on July 30.",
        published,
        1,
    )
    airport = Story("s00000001", "Airport", (flights.article, route.article), ("AP",), None)
    story_of = {flights.article.id: airport, route.article.id: airport}
    events = coming_up([(flights, "A"), (route, "A")], TUESDAY, UTC, 4, story_of)
    assert [e.sentence for e in events] == [flights, route]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # status40's own loose case: lines sharing their subject's word, two acts on two days
        (
            "Lee, the president, will visit the flooded provinces on Thursday.",
            "Lee, the president, will address parliament on Friday.",
        ),
        # d30040t (DUC 2003): the airport's opening next week, the land route's next month;
        # "open" in both
        (
            "The Gaza International Airport will open for regular business next week.",
            "Travel is expected to become easier once a land route to Gaza opens next month.",
        ),
    ],
)
def test_two_events_of_one_story_sharing_a_word_and_dated_as_surely_are_both_listed(first, second):
    # hostile41: two days dated as surely (two weekdays, a week and a month) are two events;
    # only a surer date (a written one over a weekday a re-dated copy moved) names one again
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    one, other = _sentence(first, published), _sentence(second, published, 1)
    story = Story("s00000001", "Story", (one.article,), ("AP",), None)
    story_of = {one.article.id: story, other.article.id: story}
    events = coming_up([(one, "A"), (other, "A")], TUESDAY, UTC, 4, story_of)
    assert [e.sentence for e in events] == [one, other]


def test_a_printed_line_dating_its_story_as_surely_on_another_day_leaves_the_event_listed():
    # hostile41: the page's "will be tried on July 20" dates no sentencing on July 27
    published = datetime(2023, 7, 11, 9, tzinfo=UTC)
    sentencing = _sentence("The court will announce its sentence on July 27.", published)
    tried = _sentence("The court will hear the case on July 20.", published, 1)
    story = Story("s00000001", "Trial", (sentencing.article,), ("AP",), None)
    printed = (Item(tried, 1.0, story=story.id),)
    story_of = {sentencing.article.id: story}
    events = coming_up([(sentencing, "A")], TUESDAY, UTC, 4, story_of, printed=printed)
    assert [e.sentence for e in events] == [sentencing]
