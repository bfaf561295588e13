"""Reading 1,000 saved HTML pages, and the whole build on them: articles per second, peak memory.

Pages wrap the DUC documents in ../shared/eval (else synthetic text) in a news-site template with
navigation, share bar, related links and comments. Each measurement runs in a fresh process.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
TEMPLATE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><link rel="canonical" href="https://{host}/{n}">
<meta property="article:published_time" content="2026-11-27T{hour:02d}:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/asia">Asia</a></nav>
<div class="share">Share on Facebook | Share on X</div><article><h1>{title}</h1>{body}</article>
<aside><h3>Related articles</h3><ul><li><a href="/x">Another headline</a></li></ul></aside>
<section id="comments"><p>Please enter your comment!</p></section>
<footer>© 2026 {site}. All rights reserved.</footer></body></html>"""


def write_pages(folder: Path, count: int) -> None:
    """`count` saved pages."""
    documents = sorted(EVAL.glob("duc*/*/docs/*.txt"))
    for n in range(count):
        if documents:
            path = documents[n % len(documents)]
            paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            site = path.stem[:3]
        else:
            paragraphs = [
                f"The government said talks on item {n}-{k} went well." for k in range(20)
            ]
            site = "SYN"
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        page = TEMPLATE.format(
            title=f"{site} story {n}",
            site=site,
            host=f"{site.lower()}.example",
            n=n,
            hour=n % 24,
            body=body,
        )
        (folder / f"page-{n:04d}.html").write_text(page, encoding="utf-8")


def child(folder: Path, what: str) -> None:
    """Run one measurement in this process and print it."""
    from datetime import date

    from briefing.config import load_config
    from briefing.ingest.read import read_sources
    from briefing.pipeline import Run, build

    start = time.perf_counter()
    if what == "read":
        count = len(read_sources([folder / "pages"]).articles)
    else:
        result = build(
            Run.of(
                load_config(folder / "briefing.toml"),
                [folder / "pages"],
                date(2026, 11, 27),
                folder / "out",
            )
        )
        count = result.stats.articles_kept + result.stats.duplicates
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{what:>5}: {count} articles in {seconds:.1f} s = {count / seconds:.0f} articles/s, "
        f"peak RSS {peak:.0f} MiB",
        flush=True,
    )


def main() -> None:
    """Write the pages, then time reading them and building from them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), args.child[1])
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "pages").mkdir()
        write_pages(folder / "pages", args.pages)
        (folder / "briefing.toml").write_text("briefing_time = 23:59:00\n", encoding="utf-8")
        for what in ("read", "build"):
            subprocess.run([sys.executable, __file__, "--child", str(folder), what], check=True)


if __name__ == "__main__":
    main()
