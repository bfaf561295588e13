"""Build the seed briefing and check what an analyst would check."""

import io
import json
import re
import shutil
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from briefing.config import load_config
from briefing.pipeline import Run, build
from briefing.render.page import groups

from .conftest import SEEDS, run_cli

SEED_TEXT = " ".join(next(SEEDS.glob("*.txt")).read_text(encoding="utf-8").split())
JUNK = ("Previous article", "Next article", "enter your comment", "enter your name")
ABOUT = {  # what an analyst would accept as "about the topic"
    "US–China relations": (
        r"\b(US|United States|Washington|Blinken|Yellen|Kerry|State Department)\b",
        r"\b(China|Chinese|Beijing|Xi|Wang)\b",
    ),
    "South China Sea": (r"South China Sea|waterway|territorial claims",),
    "Myanmar": (r"Myanmar|junta|Suu Kyi",),
}


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = build(Run.of(load_config(), [SEEDS], date(2026, 11, 28), out))
    return result, out / "2026-11-28"


OPENS_WITH = {  # the sentence that states each section's news (issue "Stories, not sentences")
    "US–China relations": ("The top US and Chinese diplomats will hold their second meeting",),
    "South China Sea": ("The South China Sea is set to be a major topic at the ASEAN talks",),
    "Myanmar": (
        "The crisis in coup-racked Myanmar will also be on the list of topics",
        "Thailand’s foreign minister on Wednesday said he met with ousted Myanmar",
    ),
}


def test_each_section_opens_with_its_news_sentence(seed_build):
    result, _ = seed_build
    for section in result.briefing.sections:
        assert section.items[0].text.startswith(OPENS_WITH[section.name]), section.name


def test_a_sparse_day_shows_at_least_two_facts_a_section(seed_build):
    # one article, three topics: a story's further distinct facts fill the page, a line that
    # reads on from the item above it ("also", "the strategic waterway") printed right after it
    result, _ = seed_build
    for section in result.briefing.sections:
        assert len(section.items) >= 2, section.name
        for item in section.items[1:]:
            assert item.before is None or item.before.text not in {i.text for i in section.items}


def test_every_item_is_about_its_topic_and_names_its_story(seed_build):
    result, _ = seed_build
    assert [s.name for s in result.briefing.sections] == list(ABOUT)
    for section in result.briefing.sections:
        assert section.items, section.name
        assert {item.story for item in section.items} == {s.id for s in section.stories}
        assert section.stories[0].headline == "Top US, Chinese diplomats to meet at ASEAN talks"
        firsts = {item.story: item for item in reversed(section.items)}.values()
        for item in firsts:  # the item that tells each story
            for pattern in ABOUT[section.name]:
                assert re.search(pattern, item.sentence.text), (section.name, item.sentence.text)


def test_every_item_is_verbatim_from_the_seed(seed_build):
    result, _ = seed_build
    for section in result.briefing.sections:
        for item in section.items:
            assert " ".join(item.sentence.text.split()) in SEED_TEXT


def test_no_junk_reaches_any_output(seed_build):
    _, folder = seed_build
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(folder / "briefing.pdf").pages)
    texts = [(folder / n).read_text() for n in ("briefing.html", "briefing.txt", "briefing.json")]
    for text in [*texts, pdf_text]:
        for junk in JUNK:
            assert junk.lower() not in text.lower(), junk


def test_pdf_is_one_page_with_titles_and_sources(seed_build):
    result, folder = seed_build
    reader = PdfReader(io.BytesIO((folder / "briefing.pdf").read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for section in result.briefing.sections:
        assert section.name in text
    stories = sum(len(groups(s, ZoneInfo("UTC"), "")) for s in result.briefing.sections)
    top = len(result.briefing.top_stories())  # the top-stories block names them again
    coming = len(result.briefing.coming)  # and Coming up cites it (the seed names no outlet)
    assert text.count("Top US, Chinese diplomats to meet at ASEAN talks") == stories + top + coming
    assert "asean-talks-us-china.txt" not in text  # a path is never shown to a reader
    assert reader.metadata.title.startswith("Daily briefing")


def test_json_items_cite_their_source(seed_build):
    _, folder = seed_build
    data = json.loads((folder / "briefing.json").read_text())
    assert data["date"] == "2026-11-28"
    for topic in data["topics"]:
        for item in topic["items"]:
            assert item["source"]["title"] == "Top US, Chinese diplomats to meet at ASEAN talks"
            assert item["source"]["path"].endswith("seeds/asean-talks-us-china.txt")
            assert 0.0 <= item["score"] <= 1.0


def test_plain_build_reads_seeds_and_writes_output(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = run_cli(tmp_path, "build", "--date", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert "output/2026-11-28/briefing.pdf" in result.stdout
    assert sorted(p.name for p in (tmp_path / "output/2026-11-28").iterdir()) == [
        "briefing.html",
        "briefing.json",
        "briefing.pdf",
        "briefing.txt",
    ]


def test_same_input_and_date_give_the_same_bytes(tmp_path):
    first = build(Run.of(load_config(), [SEEDS], date(2026, 11, 28), tmp_path / "one"))
    second = build(Run.of(load_config(), [SEEDS], date(2026, 11, 28), tmp_path / "two"))
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
