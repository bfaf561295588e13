"""How well a story is told by its one sentence: each DUC cluster (2003 and 2007) as one story.

For every cluster of ../shared/eval/duc2003 and duc2007, its documents (in date order, cleaned
and split as a build does) are one story; the briefing's selection picks the sentence that tells
it (`select_sections`, one item, a topic that every sentence is on). Reported: the ROUGE-1 recall
(stemmed, mean over the human summaries) of that item as a share of the oracle, the cluster's
best single sentence of 6-60 words, beside the same share for the lead (the first such sentence
of the earliest document), and how many items needed their lead-in to stand alone. This is the
news-sentence choice alone, on 53 stories of two years and sources, where `stories.py` measures
a whole day. Skips cleanly when the evaluation data is absent.

    python benchmarks/news_sentence.py
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = ("duc2003", "duc2007")
WORDS = (6, 60)  # the oracle's and the lead's sentence lengths, as selection allows


class Recall:
    """ROUGE-1 recall against fixed human summaries, tokenised and stemmed once (rouge-score's
    own tokenizer, so the figures are rouge-score's)."""

    def __init__(self, references: list[str]) -> None:
        from rouge_score.tokenizers import DefaultTokenizer

        self.tokenizer = DefaultTokenizer(use_stemmer=True)
        self.references = [Counter(self.tokenizer.tokenize(r)) for r in references]

    def __call__(self, text: str) -> float:
        tokens = Counter(self.tokenizer.tokenize(text))
        return statistics.mean(
            sum((tokens & ref).values()) / max(sum(ref.values()), 1) for ref in self.references
        )


def story_of(folder: Path) -> tuple[list, list[str]]:
    """The cluster's documents as cleaned articles in date order, and its human summaries."""
    from stories import read_cluster  # benchmarks/stories.py: documents by date, summaries

    from briefing.day.clean import clean_article
    from briefing.models import Article

    documents, references = read_cluster(folder)
    start = datetime(2026, 11, 27, tzinfo=UTC)
    articles = []
    for n, document in enumerate(documents):
        published = start + timedelta(minutes=n)
        article = Article("", document.id[:3], "", document.id, published, document.paragraphs)
        if (article := clean_article(article)).paragraphs:
            articles.append(article)
    return articles, references


def measure(folder: Path) -> tuple[float, float, bool]:
    """Item and lead as shares of the oracle for one cluster; whether the item has a lead-in."""
    from briefing.config import SelectConfig, Topic
    from briefing.day.stories import make_story
    from briefing.select.day import read_day
    from briefing.select.sections import select_sections
    from briefing.summariser.rank.registry import get_ranker
    from briefing.text.segment import article_sentences

    articles, references = story_of(folder)
    recall = Recall(references)
    sentences = [s for a in articles for s in article_sentences(a)]
    sized = [s for s in sentences if WORDS[0] <= len(s.text.split()) <= WORDS[1]]
    oracle = max(recall(s.text) for s in sized)
    lead = next((s for s in sized if s.article is articles[0]), sized[0])
    topic = Topic(name="story", terms={"story": 1.0})
    day = read_day([make_story(articles)], sentences, None)
    [section] = select_sections(
        {"story": [(s, 1.0) for s in sentences]},
        [topic],
        get_ranker("default"),
        SelectConfig(max_items=1),
        day,
    )
    item = section.items[0]
    return recall(item.text) / oracle, recall(lead.text) / oracle, item.before is not None


def main() -> int:
    """Print one row per evaluation set; exit 0 without the data."""
    found = [EVAL / name for name in SETS if any((EVAL / name).glob("*/docs"))]
    if not found:
        print(f"no evaluation data at {EVAL}: news-sentence benchmark skipped")
        return 0
    print("set        stories  item/oracle  lead/oracle  items with a lead-in")
    for root in found:
        rows = [measure(f) for f in sorted(root.iterdir()) if (f / "docs").is_dir()]
        items, leads, lead_ins = zip(*rows, strict=True)
        print(
            f"{root.name:<10} {len(rows):>7} {statistics.mean(items):>12.1%} "
            f"{statistics.mean(leads):>12.1%} {sum(lead_ins):>21}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
