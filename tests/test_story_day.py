"""A day of several outlets and stories, built through the CLI and checked by properties an
analyst relies on: each section leads with its widest story, every story is told once before
any is told twice, every line is verbatim and cites the article it comes from, nothing comes
from the off-topic article, and the PDF is one page naming the day's widest story."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.day.stories import group_stories
from briefing.models import Article

from .conftest import run_cli

DAY = "2026-11-28"  # covers 2026-11-27 06:00 to 2026-11-28 06:00 UTC


# The package's API is being refactored (`pipeline.build` may take a Run, Article an id): every
# use of it goes through these helpers, the build through the CLI.


def _build(folder: Path, day: str, out: Path, config: Path | None = None) -> Path:
    """Build the briefing of `day` from the articles in `folder` into `out` (with the shipped
    defaults, or `config` over them); the day's output folder."""
    options = ["--config", str(config)] if config else []
    result = run_cli(
        out.parent, "build", str(folder), "--date", day, "--out", str(out), "--quiet", *options
    )
    assert result.returncode == 0, result.stderr
    return out / day


def _stories(articles: dict[str, tuple]) -> list[set[str]]:
    """The articles (as in ARTICLES) grouped into stories as a build groups them: each story's
    file names."""
    day = [
        Article(title, outlet, url, name, datetime.fromisoformat(published), paragraphs)
        for name, (_, outlet, title, url, published, paragraphs) in articles.items()
    ]
    return [{a.path for a in story.articles} for story in group_stories(day)]


# Six events under the three default topics, carried by 4 and 1 (US–China relations), 2 and 1
# (South China Sea) and 3 and 1 (Myanmar) outlets, and a typhoon that crosses the South China
# Sea: off topic, its one line with enough of a topic's terms is about the storm (excluded).
# file -> (event, outlet, title, url, published, paragraphs).
ARTICLES: dict[str, tuple[str, str, str, str, str, tuple[str, ...]]] = {
    "jakarta-ap.txt": (
        "jakarta",
        "AP",
        "Blinken and Wang Yi meet in Jakarta as hacking row simmers",
        "https://apnews.com/article/blinken-wang-yi-jakarta",
        "2026-11-27T09:00:00+00:00",
        (
            "US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi met for "
            "three hours in Jakarta on Thursday, seeking to keep tensions between Washington and "
            "Beijing from spiralling.",
            "Antony Blinken raised a recent Chinese hacking campaign against US government email "
            "accounts, a State Department official said.",
            "China's foreign ministry said Wang Yi warned Washington against arming Taiwan.",
        ),
    ),
    "jakarta-reuters.txt": (
        "jakarta",
        "Reuters",
        "US, China top diplomats hold talks in Jakarta",
        "https://www.reuters.com/world/us-china-diplomats-jakarta",
        "2026-11-27T10:00:00+00:00",
        (
            "The top diplomats of the United States and China, Antony Blinken and Wang Yi, held "
            "talks on the sidelines of a regional meeting in Jakarta on Thursday.",
            "Washington wants to restore military dialogue with Beijing, which China suspended "
            "last year, US officials said.",
        ),
    ),
    "jakarta-afp.txt": (
        "jakarta",
        "AFP",
        "Blinken, Wang agree to keep channels open",
        "https://www.afp.com/en/news/blinken-wang-channels",
        "2026-11-27T11:00:00+00:00",
        (
            "Antony Blinken and Wang Yi agreed in Jakarta on Thursday to keep communication "
            "channels open between the United States and China, both sides said.",
            "Chinese state media said Wang Yi urged Washington to lift sanctions on Chinese "
            "technology firms.",
        ),
    ),
    "jakarta-kyodo.txt": (
        "jakarta",
        "Kyodo",
        "US, Chinese diplomats meet in Indonesian capital",
        "https://english.kyodonews.net/news/us-china-jakarta",
        "2026-11-27T12:00:00+00:00",
        (
            "Japanese officials welcomed the meeting in Jakarta between Antony Blinken and Wang "
            "Yi, saying stable relations between the United States and China served the region.",
        ),
    ),
    "blacklist-nikkei.txt": (
        "blacklist",
        "Nikkei Asia",
        "US blacklists twelve Chinese chipmakers",
        "https://asia.nikkei.com/business/us-blacklists-chinese-chipmakers",
        "2026-11-27T14:00:00+00:00",
        (
            "The US Commerce Department on Friday added twelve Chinese chipmakers to its export "
            "blacklist, cutting them off from American semiconductors and tools.",
            "Beijing's commerce ministry said it firmly opposed the listing and would protect the "
            "rights of Chinese companies.",
            "Shares of SMIC fell four percent in Hong Kong after the announcement.",
        ),
    ),
    "shoal-inquirer.txt": (
        "shoal",
        "Inquirer",
        "China coast guard rams PH supply boat at Ayungin",
        "https://globalnation.inquirer.net/ayungin-ramming",
        "2026-11-27T08:00:00+00:00",
        (
            "A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal "
            "in the South China Sea on Friday, injuring four sailors, the Philippine military "
            "said.",
            "Manila summoned the Chinese ambassador and said the ramming violated its sovereignty "
            "in the West Philippine Sea.",
            "Second Thomas Shoal hosts a small Filipino marine garrison aboard a grounded warship, "
            "the BRP Sierra Madre.",
        ),
    ),
    "shoal-rappler.txt": (
        "shoal",
        "Rappler",
        "Four sailors hurt as China rams resupply boat",
        "https://www.rappler.com/philippines/sailors-hurt-second-thomas-shoal",
        "2026-11-27T13:00:00+00:00",
        (
            "Four Filipino sailors were hurt when a Chinese coast guard vessel struck a resupply "
            "boat at Second Thomas Shoal on Friday, the Armed Forces of the Philippines said.",
            "China's coast guard accused the Philippine boat of intruding into Chinese waters "
            "near the Spratly Islands.",
        ),
    ),
    "reef-vnexpress.txt": (
        "reef",
        "VnExpress",
        "Vietnam expands Barque Canada Reef",
        "https://e.vnexpress.net/news/barque-canada-reef",
        "2026-11-27T15:00:00+00:00",
        (
            "Vietnam has added 200 hectares of land at Barque Canada Reef in the Spratly Islands "
            "this year, the Asia Maritime Transparency Initiative said on Friday.",
            "Vietnam's reclamation work now makes its outposts in the Spratlys the second largest "
            "after China's.",
        ),
    ),
    "emergency-irrawaddy.txt": (
        "emergency",
        "The Irrawaddy",
        "Junta extends state of emergency again",
        "https://www.irrawaddy.com/news/junta-extends-emergency",
        "2026-11-27T09:30:00+00:00",
        (
            "Myanmar's junta extended the state of emergency by another six months on Friday, "
            "postponing elections it had promised for next year.",
            "Senior General Min Aung Hlaing told the National Defence and Security Council that "
            "fighting in Sagaing and Rakhine made a vote impossible.",
        ),
    ),
    "emergency-mizzima.txt": (
        "emergency",
        "Mizzima",
        "Myanmar regime prolongs emergency rule",
        "https://mizzima.com/article/regime-prolongs-emergency-rule",
        "2026-11-27T10:30:00+00:00",
        (
            "Myanmar's military regime prolonged emergency rule for six more months on Friday, "
            "state broadcaster MRTV announced.",
            "The National Unity Government called the extension illegal and urged ASEAN to "
            "reject the junta's election plans.",
        ),
    ),
    "emergency-myanmarnow.txt": (
        "emergency",
        "Myanmar Now",
        "Emergency decree extended for seventh time",
        "https://myanmar-now.org/en/news/emergency-decree-seventh-time",
        "2026-11-27T11:30:00+00:00",
        (
            "Myanmar's military rulers in Naypyidaw extended their emergency decree on Friday for "
            "the seventh time since the 2021 coup.",
            "Resistance commanders in Sagaing said fighting would continue regardless of any "
            "decree from Naypyidaw.",
        ),
    ),
    "boat-rfa.txt": (
        "boat",
        "RFA",
        "Rohingya boat capsizes off Rakhine",
        "https://www.rfa.org/english/news/myanmar/rohingya-boat-capsizes",
        "2026-11-27T16:00:00+00:00",
        (
            "A boat carrying about 150 Rohingya refugees capsized off the coast of Rakhine state "
            "on Friday, leaving dozens missing, the UN refugee agency said.",
            "Most of the Rohingya passengers had fled camps in Bangladesh hoping to reach "
            "Malaysia.",
        ),
    ),
    "typhoon-cna.txt": (
        "typhoon",
        "CNA",
        "Typhoon Koinu heads for Hong Kong",
        "https://www.channelnewsasia.com/asia/typhoon-koinu-hong-kong",
        "2026-11-27T17:00:00+00:00",
        (
            "Typhoon Koinu made landfall in northern Luzon on Friday, the Philippine weather "
            "agency said.",
            "The storm crossed the South China Sea towards Hong Kong on Saturday, and port "
            "authorities kept ships out of the busy waterway.",
            "Ferries were suspended and schools closed in six provinces as a precaution.",
            "Forecasters expect heavy rain across southern China until Sunday.",
        ),
    ),
}
TOPIC_EVENTS = {  # each topic's events, widest first
    "US–China relations": ["jakarta", "blacklist"],
    "South China Sea": ["shoal", "reef"],
    "Myanmar": ["emergency", "boat"],
}
DISTRACTOR = "typhoon"


def _front_matter(title: str, outlet: str, url: str, published: str) -> str:
    return f"Title: {title}\nSource: {outlet}\nURL: {url}\nPublished: {published}\n"


def _normal(text: str) -> str:
    return " ".join(text.split())


def _event_of(path: str) -> str:
    return ARTICLES[Path(path).name][0]


def _write_articles(folder: Path) -> None:
    folder.mkdir()
    for name, (_, outlet, title, url, published, paragraphs) in ARTICLES.items():
        body = "\n\n".join(paragraphs)
        (folder / name).write_text(
            _front_matter(title, outlet, url, published) + "\n" + body + "\n", encoding="utf-8"
        )


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path, Path]:
    """The day's articles written as text files and built with the shipped defaults:
    (briefing.json, its folder, the articles' folder)."""
    root = tmp_path_factory.mktemp("story-day")
    _write_articles(root / "articles")
    built = _build(root / "articles", DAY, root / "out")
    return (
        json.loads((built / "briefing.json").read_text(encoding="utf-8")),
        built,
        root / "articles",
    )


def _sections(data: dict) -> dict[str, dict]:
    return {topic["name"]: topic for topic in data["topics"]}


def _files_holding(text: str, folder: Path) -> list[str]:
    """The input files whose body holds `text` verbatim (spacing aside)."""
    wanted = _normal(text)
    return [
        path.name
        for path in sorted(folder.iterdir())
        if wanted in _normal(path.read_text(encoding="utf-8").split("\n\n", 1)[1])
    ]


def test_every_topic_has_items_and_only_from_its_events(day):
    data, _, _ = day
    sections = _sections(data)
    assert list(sections) == list(TOPIC_EVENTS)
    for name, events in TOPIC_EVENTS.items():
        items = sections[name]["items"]
        assert items, name
        told = {_event_of(item["source"]["path"]) for item in items}
        assert told <= set(events), (name, told)


def test_each_section_opens_with_its_widest_story(day):
    data, _, _ = day
    for name, events in TOPIC_EVENTS.items():
        section = _sections(data)[name]
        stories = section["stories"]
        first = section["items"][0]
        assert first["story"] == stories[0]["id"], name
        widest = max(len(story["outlets"]) for story in stories)
        most = max(len(story["articles"]) for story in stories)
        assert len(stories[0]["outlets"]) == widest and len(stories[0]["articles"]) == most
        # ... and it is the event the most outlets carried, all of its articles in one story.
        carried = {_event_of(a["path"]) for a in stories[0]["articles"]}
        assert carried == {events[0]}, name
        expected = sum(1 for event, *_ in ARTICLES.values() if event == events[0])
        assert len(stories[0]["articles"]) == expected, name
        assert _event_of(first["source"]["path"]) == events[0], name


def _told_once_before_twice(data: dict) -> int:
    """Check each section tells every story it holds once before any twice, and that it holds
    every event of its topic when one of them is told twice; the sections where one was."""
    twice = 0
    for name, events in TOPIC_EVENTS.items():
        section = _sections(data)[name]
        told = Counter(item["story"] for item in section["items"])
        assert set(told) == {story["id"] for story in section["stories"]}, name
        if max(told.values()) > 1:
            twice += 1
            shown = {_event_of(item["source"]["path"]) for item in section["items"]}
            assert shown == set(events), name
        # Items of one story are together, the stories in rank order, widest first.
        order = [item["story"] for item in section["items"]]
        assert order == sorted(order, key=[story["id"] for story in section["stories"]].index)
    return twice


def test_every_story_is_told_once_before_any_is_told_twice(day):
    data, _, _ = day
    assert _told_once_before_twice(data), "no story got a second item: nothing was checked"


def test_with_three_items_a_topic_tells_both_its_stories(tmp_path):
    # Three places for two stories: the widest gets two, the other one, never three and none.
    _write_articles(tmp_path / "articles")
    config = tmp_path / "briefing.toml"
    config.write_text("[select]\nmax_items = 3\n", encoding="utf-8")
    built = _build(tmp_path / "articles", DAY, tmp_path / "out", config)
    data = json.loads((built / "briefing.json").read_text(encoding="utf-8"))
    assert _told_once_before_twice(data) == 3
    for name, events in TOPIC_EVENTS.items():
        items = _sections(data)[name]["items"]
        told = Counter(_event_of(item["source"]["path"]) for item in items)
        assert told == {events[0]: 2, events[1]: 1}, name


def test_every_item_is_verbatim_and_cites_the_article_it_comes_from(day):
    data, _, folder = day
    for section in data["topics"]:
        for item in section["items"]:
            source = item["source"]
            holders = _files_holding(item["text"], folder)
            assert holders, item["text"]  # verbatim from some input file
            assert len(holders) == 1, (item["text"], holders)  # every line is in one file
            _, outlet, title, url, _, _ = ARTICLES[holders[0]]
            assert Path(source["path"]).name == holders[0], item["text"]
            assert (source["outlet"], source["title"], source["url"]) == (outlet, title, url)
            assert item["outlets"][0] == outlet  # the cited outlet is named first


def test_nothing_comes_from_the_off_topic_article(day):
    data, _, folder = day
    typhoon = _normal((folder / "typhoon-cna.txt").read_text(encoding="utf-8"))
    for section in data["topics"]:
        for item in section["items"]:
            assert _event_of(item["source"]["path"]) != DISTRACTOR
            assert _normal(item["text"]) not in typhoon
        for story in section["stories"]:
            assert all(_event_of(a["path"]) != DISTRACTOR for a in story["articles"])


def test_pdf_is_one_page_and_names_the_widest_story_and_its_outlet(day):
    data, built, _ = day
    reader = PdfReader(io.BytesIO((built / "briefing.pdf").read_bytes()))
    assert len(reader.pages) == 1
    text = _normal(reader.pages[0].extract_text())
    widest = max(
        (story for section in data["topics"] for story in section["stories"]),
        key=lambda story: (len(story["outlets"]), len(story["articles"])),
    )
    assert {_event_of(a["path"]) for a in widest["articles"]} == {"jakarta"}
    cited = next(
        item["source"]["outlet"]
        for section in data["topics"]
        for item in section["items"]
        if item["story"] == widest["id"]
    )
    assert re.search(rf"\b{re.escape(cited)}\b", text), cited
    assert _normal(widest["headline"]) in text


def test_a_typhoon_crossing_the_sea_is_no_outlet_of_a_ramming_story_there():
    articles = dict(ARTICLES)
    event, outlet, title, url, published, paragraphs = articles["typhoon-cna.txt"]
    near = (
        "The storm crossed the South China Sea towards Hong Kong on Saturday, and coast guard "
        "stations kept ships in port."
    )
    articles["typhoon-cna.txt"] = (
        event,
        outlet,
        title,
        url,
        published,
        (paragraphs[0], near, *paragraphs[2:]),
    )
    stories = _stories(ARTICLES)  # the day as built above: the typhoon stands alone
    assert {"shoal-inquirer.txt", "shoal-rappler.txt"} in stories
    assert {"shoal-inquirer.txt", "shoal-rappler.txt"} in _stories(articles)
