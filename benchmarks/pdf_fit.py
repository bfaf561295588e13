"""Render-and-fit time of the one-page PDF for 5, 30 and 100 candidate items, and layouts used.

Items are real sentences (the DUC documents in ../shared/eval when present, else the seed),
spread over the three default topics. Weasyprint's import and first-use set-up are excluded.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.config import load_config
from briefing.models import Article, Briefing, Item, Section
from briefing.render import Renderer
from briefing.summarise import text_sentences

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


def main() -> None:
    """Print seconds (median of 3) and layouts per candidate count."""
    config = load_config()
    renderer = Renderer(config)
    names = [t.name for t in config.topics]
    renderer.fit(briefing(3, names))  # import and font set-up
    print(f"{'candidates':>10} {'seconds':>8} {'layouts':>8} {'kept':>5}")
    for count in (5, 30, 100):
        item = briefing(count, names)
        times, fit = [], None
        for _ in range(3):
            start = time.perf_counter()
            fit = renderer.fit(item)
            times.append(time.perf_counter() - start)
        kept = sum(len(s.items) for s in fit.briefing.sections)
        print(f"{count:>10} {statistics.median(times):>8.2f} {fit.layouts:>8} {kept:>5}")


if __name__ == "__main__":
    main()
