"""Render-and-fit time of the one-page PDF for 5, 30 and 100 candidate items, layouts used and
how much of the page it fills; then the page fill of real builds (the seed, and the DUC story
day of benchmarks/stories.py) with the old per-topic cap (4 items, 130 words) against today's
candidates (8, 260), where the page decides.

Items are real sentences (the DUC documents in ../shared/eval when present, else the seed),
spread over the three default topics. Weasyprint's import and first-use set-up are excluded.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.config import Config, load_config
from briefing.models import Article, Briefing, Item, Section
from briefing.pipeline import Run, make_briefing
from briefing.render.renderer import PAGE_HEIGHTS_PX, Fit, Renderer
from briefing.summariser.api import text_sentences

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def sentences(count: int) -> list:
    """`count` sentences of 15 to 45 words."""
    files = sorted(EVAL.glob("duc2007/*/docs/*.txt"))[:60] or sorted((ROOT / "seeds").glob("*"))
    found = [
        s
        for f in files
        for s in text_sentences([f.read_text(encoding="utf-8")])
        if 15 <= len(s.text.split()) <= 45
    ]
    return (found * (count // max(len(found), 1) + 1))[:count]


def briefing(count: int, names: list[str]) -> Briefing:
    """A briefing with `count` items spread over the topics, scores falling."""
    pool = sentences(count)
    article = Article(
        "A title of typical length for a news story",
        "Wire",
        "https://x.example/a",
        "",
        datetime(2026, 11, 27, tzinfo=UTC),
        ("x",),
    )
    per = [pool[i :: len(names)] for i in range(len(names))]
    sections = tuple(
        Section(
            name,
            "",
            tuple(
                Item(s.__class__(s.text, article, 0, n), 1 - n / count) for n, s in enumerate(items)
            ),
            3,
            len(items),
        )
        for name, items in zip(names, per, strict=True)
    )
    return Briefing(date(2026, 11, 28), datetime(2026, 11, 28, 6, tzinfo=UTC), sections, (), 3)


def fill(fit: Fit, config: Config) -> float:
    """Share of the page's text area (inside its margins) the fitted page uses."""
    page = fit.document.pages[0]
    box = page._page_box
    bottom = max(b[3] for b in page.anchors.values())
    available = PAGE_HEIGHTS_PX[config.page.size] - box.margin_top - box.margin_bottom
    return (bottom - box.margin_top) / available


def builds() -> None:
    """Page fill and items shown for real days, old cap against the page deciding."""
    import stories  # benchmarks/stories.py: the DUC story day

    days = [("seed", load_config(), [ROOT / "seeds"], stories.DAY)]
    with tempfile.TemporaryDirectory() as temporary:
        if (stories.EVAL / "manifest.jsonl").is_file() or any(stories.EVAL.glob("*/docs")):
            clusters = stories.read_clusters(stories.EVAL)
            chosen = stories.choose_stories(clusters)
            folder = Path(temporary)
            stories.write_day(chosen, stories.topic_terms(chosen, clusters), folder)
            config = load_config(folder / "briefing.toml")
            days.append(("DUC story day", config, [folder / "articles"], stories.DAY))
        print(f"\n{'day':<14} {'cap':>8} {'fill':>6} {'items':>6} {'stories':>8}")
        for name, config, sources, day in days:
            for items, words in ((4, 130), (8, 260)):
                select = config.select.model_copy(update={"max_items": items, "max_words": words})
                capped = config.model_copy(update={"select": select})
                made, *_ = make_briefing(Run.of(capped, sources, day))
                fit = Renderer(capped).fit(made)
                shown = sum(len(s.items) for s in fit.page.sections)
                told = len({i.story or id(i) for s in fit.page.sections for i in s.items})
                cap = f"{items}/{words}"
                print(f"{name:<14} {cap:>8} {fill(fit, capped):>6.0%} {shown:>6} {told:>8}")


def main() -> None:
    """Print seconds (median of 3), layouts and page fill per candidate count; then real days."""
    config = load_config()
    renderer = Renderer(config)
    names = [t.name for t in config.topics]
    renderer.fit(briefing(3, names))  # import and font set-up
    print(f"{'candidates':>10} {'seconds':>8} {'layouts':>8} {'kept':>5} {'fill':>6}")
    for count in (5, 30, 100):
        item = briefing(count, names)
        times, fit = [], None
        for _ in range(3):
            start = time.perf_counter()
            fit = renderer.fit(item)
            times.append(time.perf_counter() - start)
        kept = sum(len(s.items) for s in fit.briefing.sections)
        seconds = statistics.median(times)
        page = fill(fit, config)
        print(f"{count:>10} {seconds:>8.2f} {fit.layouts:>8} {kept:>5} {page:>6.0%}")
    builds()


if __name__ == "__main__":
    main()
