"""`briefing site` over a year of editions: the seed built once, its day folder copied to 365
dates (each page with a word of its own), then the site written. Prints the seconds it took,
Pagefind's share of them, the pages Pagefind reports indexed and the site's size."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from briefing.config import load_config
from briefing.deliver import site as site_module
from briefing.pipeline import Run, build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "briefing.toml").write_text(f'sources = ["{SEEDS}"]\n[compute]\njobs = 1\n')
        config = load_config(root / "briefing.toml")
        first = date(2025, 1, 1)
        build(Run.of(config, day=first))
        out = root / "output"
        built = out / first.isoformat()
        html = (built / "briefing.html").read_text(encoding="utf-8")
        data = json.loads((built / "briefing.json").read_text(encoding="utf-8"))
        for n in range(1, args.days):
            day = first + timedelta(days=n)
            folder = out / day.isoformat()
            folder.mkdir()
            (folder / "briefing.json").write_text(json.dumps(data | {"date": day.isoformat()}))
            own = html.replace("</footer>", f"<p>marker{n:04d}</p></footer>")
            (folder / "briefing.html").write_text(own, encoding="utf-8")
        indexing: list[float] = []
        pagefind = site_module.pagefind

        def timed(folder: Path) -> int:
            start = time.perf_counter()
            try:
                return pagefind(folder)
            finally:
                indexing.append(time.perf_counter() - start)

        site_module.pagefind = timed
        start = time.perf_counter()
        site = site_module.build_site(config)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in site.folder.rglob("*") if p.is_file())
        index = sum(p.stat().st_size for p in (site.folder / "pagefind").rglob("*") if p.is_file())
        print(
            f"{len(site.days)} editions: {seconds:.1f} s (Pagefind {indexing[0]:.1f} s), "
            f"{site.indexed} pages indexed, site {size / 1e6:.1f} MB "
            f"(search index {index / 1e6:.1f} MB)"
        )


if __name__ == "__main__":
    main()
