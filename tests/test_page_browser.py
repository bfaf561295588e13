"""The HTML page in a real browser: headless Chromium at 1200, 800 and 375 px, light and dark.

Skips with a reason where Debian's chromium or Playwright is missing (`make browser`).
Screenshots go to output/screenshots/page-*.png for people to look at.
"""

from datetime import UTC, date, datetime, timedelta

import pytest

from briefing.models import Article, Briefing, Item, Section, Sentence, Story
from briefing.render.renderer import Renderer

from . import test_email_browser
from .test_email_browser import CHROMIUM, SHOTS

browser = test_email_browser.browser  # the same headless Chromium fixture
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium installed (make browser); .ci/run installs it"
)
WHEN = datetime(2026, 11, 27, 14, 30, tzinfo=UTC)
TRACKED = (
    "https://news.example.org/asia/%E1%80%99%E1%80%BC%E1%80%94%E1%80%BA%E1%80%99%E1%80%AC/"
    + "a-very-long-path-segment-for-a-story-" * 4
    + "?utm_source=newsletter&utm_medium=email&utm_campaign=daily&fbclid=IwAR0abcdef"
)


def _page_briefing() -> Briefing:
    """Three topics of stories: several outlets, a tracked long URL, Burmese, Chinese and
    Vietnamese text, a trend and a status label."""
    wire = Article(
        "Envoy meets Suu Kyi in first talks since coup", "AP", TRACKED, "/srv/a.txt", WHEN, ("x",)
    )
    local = Article("မြန်မာ စစ်ကောင်စီ", "Irrawaddy", "", "/srv/b.txt", WHEN, ("x",))
    reef = Article(
        "仁爱礁 standoff continues", "Xinhua", "https://xinhua.example/1", "", WHEN, ("x",)
    )
    texts = {
        "Myanmar": [
            (
                wire,
                "Thailand's foreign minister on Wednesday said he met with ousted Myanmar "
                "democracy leader Aung San Suu Kyi last week.",
            ),
            (local, "မြန်မာနိုင်ငံ စစ်ကောင်စီသည် အရေးပေါ်အခြေအနေကို ထပ်မံတိုးချဲ့ကြောင်း ကြေညာခဲ့သည်။"),
        ],
        "South China Sea": [
            (
                reef,
                "Chinese coast guard ships blocked a Philippine resupply mission near 仁爱礁 "
                "(Second Thomas Shoal) on Tuesday.",
            ),
            (
                reef,
                "Bộ Ngoại giao Việt Nam phản đối các hoạt động của Trung Quốc "
                "tại quần đảo Hoàng Sa.",
            ),
        ],
        "US–China relations": [
            (
                wire,
                "The top US and Chinese diplomats will hold their second meeting in as many "
                "months on Thursday in Jakarta.",
            ),
        ],
    }
    days = [date(2026, 11, 28) - timedelta(days=n) for n in range(6, -1, -1)]
    sections = []
    for t, (name, lines) in enumerate(texts.items()):
        stories = tuple(
            Story(
                f"s{t}{n:07d}",
                article.title,
                (article,),
                (article.outlet, "Reuters", "AFP", "Kyodo")[: 4 - n * 2],
                WHEN,
                0.9 - t / 10 - n / 5,
            )
            for n, (article, _) in enumerate(lines)
        )
        items = tuple(
            Item(
                Sentence(text, article, 0, n),
                0.9 - n / 5,
                "new" if n == 0 else "",
                story=stories[n].id,
            )
            for n, (article, text) in enumerate(lines)
        )
        trend = tuple(zip(days, [2, 3, 1, 0, 4, 2, 9 - t * 3], strict=True))
        sections.append(Section(name, "", items, 12, 140, trend, stories))
    return Briefing(date(2026, 11, 28), datetime(2026, 11, 28, tzinfo=UTC), tuple(sections), (), 40)


@pytest.mark.parametrize("width", [1200, 800, 375])
def test_the_page_reads_as_a_web_page(browser, config, width):
    html = Renderer(config).html(_page_briefing())
    for scheme in ("light", "dark"):
        page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page.route("**/*", lambda route: route.abort())  # the page loads nothing from outside
        page.set_content(html, wait_until="load")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{width}px overflows by {overflow}px"
        size = page.eval_on_selector("p.text", "e => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 16, f"body text {size}px"
        for selector in ("h1", "h2", "p.text", "p.source"):
            for element in page.query_selector_all(selector):
                box = element.bounding_box()
                assert box and box["x"] >= 12 and box["x"] + box["width"] <= width - 12, selector
        links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        assert all(link.startswith(("https://", "#")) for link in links), links
        assert "https://news.example.org/asia/" in " ".join(links) and "utm_" not in html
        more = page.eval_on_selector("span.more", "e => e.getAttribute('title')")
        assert more == "Reuters, AFP, Kyodo"
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert (background == "rgb(255, 255, 255)") == (scheme == "light")
        if scheme == "dark":
            text = page.eval_on_selector("p.text", "e => getComputedStyle(e).color")
            assert text != "rgb(26, 26, 26)", "dark text on a dark page"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"page-{width}-{scheme}.png"), full_page=True)
        page.close()
