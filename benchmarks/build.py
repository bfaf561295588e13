"""A whole build from 1,000 articles: seconds and peak memory.

The articles are the DUC documents in ../shared/eval read several times over (else synthetic
text), written as text files to a temporary folder, with the default topics plus two broad ones
so that thousands of sentences reach selection. The build runs in a fresh child process.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
BROAD_TOPICS = """
[[topics]]
name = "Politics and government"
description = "Governments, elections, parliaments and courts."
[topics.terms]
government = 0.6
president = 0.6
minister = 0.6
election = 0.8
parliament = 0.8
court = 0.6
senate = 0.8
congress = 0.8
law = 0.4
police = 0.5

[[topics]]
name = "Economy"
description = "Markets, trade, companies and jobs."
[topics.terms]
economy = 1.0
market = 0.6
trade = 0.6
company = 0.5
prices = 0.6
bank = 0.6
jobs = 0.6
billion = 0.5
million = 0.3
"""


def write_articles(folder: Path, count: int) -> None:
    """`count` article files, cycling through the evaluation documents."""
    documents = sorted(EVAL.glob("duc*/*/docs/*.txt"))
    for n in range(count):
        if documents:
            path = documents[n % len(documents)]
            body, outlet = path.read_text(encoding="utf-8"), path.stem[:3]
        else:
            body = " ".join(
                f"The government said trade talks on item {n}-{k} went well." for k in range(30)
            )
            outlet = "SYN"
        text = f"Title: {outlet} story {n}\nSource: {outlet}\n\n{body}\n"
        (folder / f"article-{n:04d}.txt").write_text(text, encoding="utf-8")


def child(folder: Path) -> None:
    """Run the build in this process and print seconds and peak RSS."""
    from datetime import date

    from briefing.config import load_config
    from briefing.pipeline import Run, build

    start = time.perf_counter()
    result = build(
        Run.of(
            load_config(folder / "briefing.toml"),
            [folder / "articles"],
            date(2026, 11, 28),
            folder / "out",
        )
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    items = sum(len(s.items) for s in result.briefing.sections)
    considered = sum(s.sentences_considered for s in result.briefing.sections)
    print(
        f"{result.briefing.articles_read} articles, {considered} topic sentences, {items} items: "
        f"{seconds:.1f} s, peak RSS {peak:.0f} MiB"
    )


def main() -> None:
    """Prepare the articles, then time the build in a child process."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "articles").mkdir()
        write_articles(folder / "articles", args.articles)
        from importlib import resources

        defaults = resources.files("briefing").joinpath("default.toml").read_text(encoding="utf-8")
        (folder / "briefing.toml").write_text(defaults + BROAD_TOPICS, encoding="utf-8")
        subprocess.run([sys.executable, __file__, "--child", str(folder)], check=True)


if __name__ == "__main__":
    main()
