"""What the archive costs a build, and what a search costs: the DUC documents in ../shared/eval
(873 articles, about 450,000 words) stored and indexed as one day's articles in a fresh history,
then two searches (a narrow one, and a broad one whose candidates are nearly every document).
Skips cleanly when the data is absent. `python benchmarks/archive.py`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.models import Article, Briefing  # noqa: E402
from briefing.store import archive  # noqa: E402
from briefing.store.history import History  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SEARCHES = ('"Southern Poverty Law Center" OR Napster AND NOT Metallica', "government OR said")


def main() -> None:
    """Print the storing time, the database size and each search's time."""
    paths = sorted(EVAL.glob("duc200*/*/docs/*.txt"))
    if not paths:
        print(f"no evaluation data at {EVAL}: archive benchmark skipped")
        return
    articles = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs = tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
        url = f"https://example.org/{path.name}"
        articles.append(Article(paragraphs[0][:80], "DUC", url, str(path), None, paragraphs))
    words = sum(len(" ".join(a.paragraphs).split()) for a in articles)
    day = Briefing(day=date(2026, 11, 28), generated=None, sections=(), skipped=())
    with tempfile.TemporaryDirectory() as folder, History(Path(folder) / "h.sqlite") as history:
        start = time.perf_counter()
        with history.transaction() as db:
            archive.store(db, archive.build_documents(day, articles, {}))
        stored = time.perf_counter() - start
        history.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = (Path(folder) / "h.sqlite").stat().st_size
        print(f"{len(articles)} articles, {words:,} words: stored and indexed in {stored:.2f} s,")
        print(f"history {size / 2**20:.1f} MiB ({size / words:.1f} bytes a word)")
        for query in SEARCHES:
            start = time.perf_counter()
            hits = archive.search(history.db, query, limit=20)
            print(f"search {query!r}: {len(hits)} hits in {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
