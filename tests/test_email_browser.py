"""The email in a real browser: headless Chromium at 800 and 400 px, light and dark.

Skips with a reason where Debian's chromium or Playwright is missing; `.ci/run` installs both.
Screenshots go to output/screenshots/ for people to look at.
"""

import shutil
from datetime import UTC, date, datetime

import pytest

from briefing.models import Article, Briefing, Item, Section, Sentence
from briefing.pipeline import make_briefing
from briefing.render import Renderer

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
    briefing, *_ = make_briefing(config, [SEEDS], date(2026, 11, 28))
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


@pytest.mark.parametrize("width", [800, 400])
@pytest.mark.parametrize("which", ["seed", "long"])
def test_nothing_overflows_and_everything_is_visible(browser, config, width, which):
    html = (_seed_email if which == "seed" else _long_email)(config)
    for scheme in ("light", "dark"):
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page.route("**/*", lambda route: route.abort())  # an email loads nothing from outside
        page.set_content(html, wait_until="load")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{which} at {width}px overflows by {overflow}px"
        for selector in ("h1", "h2", "p.item", "p.source a", "td.footer"):
            for element in page.query_selector_all(selector):
                box = element.bounding_box()
                assert element.is_visible(), selector
                assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, selector
        headings = page.eval_on_selector_all("h2", "els => els.map(e => e.textContent)")
        assert len(headings) == 3
        background = page.eval_on_selector(
            "table.container", "e => getComputedStyle(e).backgroundColor"
        )
        assert (background == "rgb(255, 255, 255)") == (scheme == "light")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"email-{which}-{width}-{scheme}.png"), full_page=True)
        page.close()
