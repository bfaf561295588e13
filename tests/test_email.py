"""The email's content: subject, preheader, contents, top stories, one citation per story."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime

from briefing.deliver.editions import Editions
from briefing.models import Article, Briefing, Item, Section, Sentence, Skipped, Story
from briefing.pipeline import Run, make_briefing
from briefing.render.renderer import EMAIL_LIMIT, Renderer

from .conftest import SEEDS

DAY = date(2026, 11, 28)


def _article(outlet: str, title: str, url: str = "") -> Article:
    return Article(
        title,
        outlet,
        url,
        f"/home/me/news/{outlet}.txt",
        datetime(2026, 11, 27, 8, 5, tzinfo=UTC),
        ("x",),
    )


def _briefing() -> Briefing:
    """Two topics; the first has a story carried by three outlets and told by two items."""
    wire = _article(
        "Reuters",
        "Blinken and Wang meet in Jakarta",
        "https://www.reuters.com/a?utm_source=rss&id=1",
    )
    copies = (wire, _article("AP", "Top diplomats meet"), _article("AFP", "Diplomats meet"))
    big = Story(
        "s1", "Blinken and Wang meet in Jakarta", copies, ("Reuters", "AP", "AFP"), None, 3.0
    )
    small = Story(
        "s2",
        "Coast guard vessels collide",
        (_article("Inquirer", "Vessels collide"),),
        ("Inquirer",),
        None,
        1.0,
    )
    first = Section(
        "US–China relations",
        "",
        (
            Item(
                Sentence("Blinken and Wang met in Jakarta on Thursday.", wire, 0, 0),
                1.0,
                story="s1",
            ),
            Item(Sentence("They agreed to keep talking about trade.", wire, 0, 1), 0.9, story="s1"),
        ),
        3,
        9,
        stories=(big,),
    )
    second = Section(
        "South China Sea",
        "",
        (
            Item(
                Sentence("Two vessels collided near the shoal.", small.articles[0], 0, 0),
                1.0,
                story="s2",
            ),
        ),
        1,
        4,
        stories=(small,),
    )
    return Briefing(DAY, datetime(2026, 11, 28, tzinfo=UTC), (first, second), (), 4)


def test_subject_names_the_top_story_and_the_date(config):
    assert Renderer(config).subject(_briefing()) == (
        "Daily briefing, 28 Nov 2026: Blinken and Wang meet in Jakarta"
    )


def test_subject_runs_on_past_a_cut_that_stops_before_what_the_headline_says(config):
    """Region seed 226 (review19, headlines20): a cut at 90 characters that stops on what still
    awaits its object ("... Wednesday charging…") names the charge, as the page's lines do."""
    headline = (
        "A federal grand jury in Manhattan returned a 238-count indictment Wednesday charging "
        "the Saudi exile Osama bin Laden with conspiring to kill Americans abroad"
    )
    briefing = _briefing()
    first, second = briefing.sections
    story = replace(first.stories[0], headline=headline)
    briefing = replace(briefing, sections=(replace(first, stories=(story,)), second))
    subject = Renderer(config).subject(briefing)
    assert "charging the Saudi exile Osama bin Laden" in subject
    assert headline.startswith(subject.split(": ", 1)[1].rstrip("…"))


def test_subject_without_stories_names_the_best_items_headline(config):
    briefing, *_ = make_briefing(Run.of(config, [SEEDS], DAY))
    assert Renderer(config).subject(briefing) == (
        "Daily briefing, 28 Nov 2026: Top US, Chinese diplomats to meet at ASEAN talks"
    )


def test_subject_never_names_opinion_when_no_news_story_leads(config):
    briefing = _briefing()
    (first, second) = briefing.sections
    column = replace(first.stories[0], opinion="said in an editorial")
    editorial = replace(first, stories=(column,))
    said = ("Two vessels collided near the shoal.",)
    untitled = replace(second.items[0].sentence.article, title="", paragraphs=said, sentences=said)
    report = replace(second.items[0], sentence=replace(second.items[0].sentence, article=untitled))
    news = replace(second, items=(report,), stories=())  # an item of no known story
    subject = Renderer(config).subject(replace(briefing, sections=(editorial, news)))
    assert subject == "Daily briefing, 28 Nov 2026: Two vessels collided near the shoal"
    alone = replace(briefing, sections=(editorial,))
    assert Renderer(config).subject(alone) == "Daily briefing, 28 Nov 2026: US–China relations"


def test_story_is_cited_once_with_its_other_outlets(config):
    _, html = Renderer(config).email(_briefing())
    sources = re.findall(r'<p class="source"[^>]*>(.*?)</p>', html, flags=re.DOTALL)
    assert len(sources) == 2  # one per story, not one per item
    big = re.sub(r"<[^>]+>", "", sources[0])
    assert big == "Reuters · 27 Nov 08:05 · Blinken and Wang meet in Jakarta · and 2 more outlets"
    assert 'title="AP, AFP"' in sources[0]
    assert 'href="https://www.reuters.com/a?id=1"' in sources[0]  # tracking parameters dropped
    assert "utm_source" not in html


def test_preheader_contents_and_top_stories(config):
    _, html = Renderer(config).email(_briefing())
    preheader = re.search(r'<div class="preheader"[^>]*>(.*?)<', html, flags=re.DOTALL).group(1)
    assert preheader.startswith("Blinken and Wang meet in Jakarta · Coast guard vessels collide")
    assert "display: none" in html[html.index('<div class="preheader"') :][:300]  # inlined
    contents = re.search(r'<p class="contents"[^>]*>(.*?)</p>', html, flags=re.DOTALL).group(1)
    assert re.findall(r'href="(#topic-\d)"', contents) == ["#topic-1", "#topic-2"]
    assert 'id="topic-1"' in html and 'id="topic-2"' in html
    top = re.findall(r'<p class="top-story"[^>]*>(.*?)</p>', html, flags=re.DOTALL)
    assert len(top) == 2
    assert "3 outlets" in top[0]
    anchor = re.search(r'href="#([^"]+)"', top[0]).group(1)
    assert f'id="{anchor}"' in html  # the top story links to where it is told


def test_container_is_fluid_in_inline_styles(config):
    _, html = Renderer(config).email(_briefing())
    container = re.search(r'<table[^>]*class="container"[^>]*>', html).group(0)
    assert 'width="600"' not in container
    assert "width: 100%" in container and "max-width: 600px" in container


def test_no_local_path_reaches_the_reader(config):
    briefing = replace(_briefing(), skipped=(Skipped("/home/me/news/bad.txt", "empty file"),))
    renderer = Renderer(config)
    assert "/home/me" not in renderer.text(briefing)  # briefing.txt too: stderr and JSON have it
    edition = Editions(config, briefing, b"%PDF").rendered([s.name for s in briefing.sections])
    assert "/home/me" not in edition.text and "/home/me" not in edition.html[True]
    for text in (renderer.email(briefing)[1], renderer.subject(briefing)):
        assert "/home/me" not in text and "file:" not in text
    seed, *_ = make_briefing(Run.of(config, [SEEDS], DAY))
    for text in (renderer.email(seed)[1], renderer.text(seed)):
        assert str(SEEDS) not in text and "asean-talks-us-china" not in text


def test_seed_email_is_small(config):
    briefing, *_ = make_briefing(Run.of(config, [SEEDS], DAY))
    _, html = Renderer(config).email(briefing)
    assert len(html.encode()) < EMAIL_LIMIT


def test_a_story_without_named_outlets_counts_its_articles(config):
    briefing, *_ = make_briefing(Run.of(config, [SEEDS], DAY))  # the seed names no outlet
    _, html = Renderer(config).email(briefing)
    top = re.findall(r'<p class="top-story"[^>]*>(.*?)</p>', html, flags=re.DOTALL)
    assert top and "1 article" in top[0] and "0 outlets" not in html
