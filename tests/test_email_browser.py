"""The email in a real browser: headless Chromium at 800 and 375 px, light and dark, with and
without its <style> block (clients that strip it keep only the inlined styles).

Skips with a reason where Debian's chromium or Playwright is missing; `.ci/run` installs both.
Screenshots go to output/screenshots/ for people to look at.
"""

import re
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest

from briefing.models import Article, Briefing, Item, Section, Sentence, Story
from briefing.pipeline import Run, make_briefing
from briefing.render.renderer import Renderer

from .conftest import ROOT, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium installed (apt install chromium); .ci/run installs it"
)
SHOTS = ROOT / "output" / "screenshots"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LONG_URL = "https://news.example.org/" + "very-long-path-segment-" * 8 + "story.html"


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


def _seed_email(config):
    briefing, *_ = make_briefing(Run.of(config, [SEEDS], date(2026, 11, 28)))
    return Renderer(config).email(briefing)[1]


def _long_email(config):
    article = Article(
        "A headline", "Wire", LONG_URL, "", datetime(2026, 11, 27, tzinfo=UTC), ("x",)
    )
    text = "Supercalifragilisticexpialidocious " * 3 + "diplomats met in Jakarta on Thursday."
    sections = tuple(
        Section(name, "", tuple(Item(Sentence(text, article, 0, n), 1.0) for n in range(3)), 1, 3)
        for name in "ABC"
    )
    briefing = Briefing(date(2026, 11, 28), datetime(2026, 11, 28, tzinfo=UTC), sections, (), 1)
    return Renderer(config).email(briefing)[1]


DAY = date(2026, 11, 28)
TOPICS = ("US–China relations", "South China Sea", "Myanmar")


def _story_email(config):
    """Three topics of two stories each, cited once per story, with trends and top stories."""
    sections = []
    for t, topic in enumerate(TOPICS):
        stories, items = [], []
        for n in range(2):
            outlets = ("Reuters", "AP", "AFP", "Kyodo")[: 4 - 2 * n]
            articles = tuple(
                Article(
                    f"{topic}: headline {n + 1} from {outlet}",
                    outlet,
                    f"https://{outlet.lower()}.example/{t}/{n}/%E1%80%99yanmar-story",
                    "",
                    datetime(2026, 11, 27, 9 + n, 30, tzinfo=UTC),
                    ("x",),
                )
                for outlet in outlets
            )
            story = Story(f"s{t}{n}", f"{topic}: story {n + 1}", articles, outlets, None, 1 - n)
            stories.append(story)
            text = f"Officials said on Thursday that story {n + 1} on {topic} had moved on."
            items += [
                Item(Sentence(text, articles[0], 0, k), 1.0 - n, story=story.id) for k in (0, 1)
            ]
        trend = tuple((DAY - timedelta(days=6 - d), [0, 2, 0, 5, 1, 0, 6][d]) for d in range(7))
        sections.append(Section(topic, "", tuple(items), 8, 40, trend, tuple(stories)))
    briefing = Briefing(DAY, datetime(2026, 11, 28, tzinfo=UTC), tuple(sections), (), 24)
    return Renderer(config).email(briefing)[1]


EMAILS = {"seed": _seed_email, "long": _long_email, "stories": _story_email}


def _open(browser, html, width, scheme, styles=True):
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page.route("**/*", lambda route: route.abort())  # an email loads nothing from outside
    if not styles:  # as Gmail's app with other accounts and some corporate clients show it
        html = re.sub(r"<style>.*?</style>", "", html, flags=re.DOTALL)
    page.set_content(html, wait_until="load")
    return page


def _shoot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _fits(page, width, label):
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{label} overflows by {overflow}px"
    for selector in ("h1", "h2", "p.item", "p.source a", "p.top-story", "td.footer"):
        for element in page.query_selector_all(selector):
            box = element.bounding_box()
            assert element.is_visible(), selector
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, selector


@pytest.mark.parametrize("width", [800, 375])
@pytest.mark.parametrize("which", list(EMAILS))
def test_nothing_overflows_and_everything_is_visible(browser, config, width, which):
    html = EMAILS[which](config)
    for scheme in ("light", "dark"):
        page = _open(browser, html, width, scheme)
        _fits(page, width, f"{which} at {width}px, {scheme}")
        headings = page.eval_on_selector_all("td.section h2", "els => els.map(e => e.textContent)")
        assert len(headings) == 3
        background = page.eval_on_selector(
            "table.container", "e => getComputedStyle(e).backgroundColor"
        )
        assert (background == "rgb(255, 255, 255)") == (scheme == "light")
        _shoot(page, f"email-{which}-{width}-{scheme}")
        page.close()


@pytest.mark.parametrize("which", list(EMAILS))
def test_without_the_style_block_the_layout_is_fluid_at_375(browser, config, which):
    page = _open(browser, EMAILS[which](config), 375, "light", styles=False)
    assert page.query_selector("style") is None
    _fits(page, 375, f"{which} at 375px without <style>")
    width = page.eval_on_selector("table.container", "e => e.getBoundingClientRect().width")
    assert width <= 375
    assert not page.is_visible("div.preheader")
    _shoot(page, f"email-{which}-375-nostyle")
    page.close()


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_trend_bars_stand_out_in_light_and_dark(browser, config, scheme):
    page = _open(browser, _story_email(config), 800, scheme)
    background = page.eval_on_selector(
        "table.container", "e => getComputedStyle(e).backgroundColor"
    )
    active = page.eval_on_selector_all(
        "div.bar-on", "els => els.map(e => getComputedStyle(e).backgroundColor)"
    )
    assert len(active) == 3 * 4  # four active days in each topic's week
    assert min(_contrast(colour, background) for colour in active) >= 3.0, (scheme, active)
    page.close()


def test_contents_links_reach_each_topic_and_the_preheader_carries_the_top_story(browser, config):
    html = _story_email(config)
    page = _open(browser, html, 375, "light")
    links = page.eval_on_selector_all(
        "p.contents a", "els => els.map(e => [e.textContent, e.getAttribute('href')])"
    )
    assert [name for name, _ in links] == list(TOPICS)
    for name, href in links:
        assert page.eval_on_selector(f"{href} h2", "e => e.textContent") == name
    page.click(f"p.contents a[href='{links[-1][1]}']")
    assert page.evaluate("window.scrollY") > 0  # the last topic is below the fold at 375 px
    preheader = page.eval_on_selector("div.preheader", "e => e.textContent")
    assert preheader.startswith("US–China relations: story 1")
    assert not page.is_visible("div.preheader")
    page.close()
