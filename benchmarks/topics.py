"""The default topics as boolean queries against the weighted terms they replaced.

Every sentence of the seed, of the test story day (tests/test_story_day.py) and, when present,
of every DUC 2003 and 2007 document in ../shared/eval is given a topic twice: by the shipped
queries (briefing/default.toml) and by the weighted terms they replaced
(benchmarks/topics_weighted.toml). Prints how many sentences each form puts on a topic, how
many both put on the same one, and with `--show` every sentence they disagree on, to be read
by hand. `python benchmarks/topics.py [--show]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.config import load_config  # noqa: E402
from briefing.day.topics import assign_topics  # noqa: E402
from briefing.models import Article, Sentence  # noqa: E402
from briefing.text.segment import article_sentences  # noqa: E402
from tests.test_story_day import ARTICLES  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def _articles() -> list[Article]:
    """The seed, the test story day, and the DUC documents when present."""
    found = [
        Article(title, outlet, url, name, None, paragraphs)
        for name, (_, outlet, title, url, _, paragraphs) in ARTICLES.items()
    ]
    for path in [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted(EVAL.glob("duc200*/*/docs/*.txt")),
    ]:
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs = tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
        found.append(
            Article(paragraphs[0][:80] if paragraphs else "", "", "", str(path), None, paragraphs)
        )
    return found


def _labels(sentences: list[Sentence], config_path: Path | None) -> dict[int, str]:
    topics = load_config(config_path).topics
    found = assign_topics(sentences, topics)
    return {s.id: name for name, pairs in found.items() for s, _ in pairs}


def main() -> None:
    """Print the counts, and the disagreements with --show."""
    sentences = [s for a in _articles() for s in article_sentences(a)]
    query = _labels(sentences, None)
    weighted = _labels(sentences, ROOT / "benchmarks" / "topics_weighted.toml")
    same = sum(1 for k, name in weighted.items() if query.get(k) == name)
    print(f"sentences {len(sentences):,}: on a topic by the queries {len(query)}, by the weighted")
    print(f"terms {len(weighted)}, by both on the same topic {same} ({same / len(query):.1%} of")
    print(f"the queries', {same / len(weighted):.1%} of the weighted terms')")
    if "--show" in sys.argv:
        text = {s.id: s for s in sentences}
        for k in sorted(set(query) | set(weighted)):
            if query.get(k) != weighted.get(k):
                where = Path(text[k].article.path).name
                print(f"query {query.get(k)!s:.20} | weighted {weighted.get(k)!s:.20} | {where}:")
                print(f"    {text[k].text}")


if __name__ == "__main__":
    main()
