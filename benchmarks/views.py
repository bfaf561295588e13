"""The generic summariser against `lead` and `default-mmr` on every view the shared data allows.

A view is a dev set (DUC 2003, DUC 2007), the first 1, 3 or 10 documents of each cluster in date
order, generic or topic-focused (DUC 2007's `topic.txt`; DUC 2003 has no topic) and a budget of
100 or 250 words: 18 views. Each row gives mean ROUGE-2 F1 (%, stemmed) of `--algorithm`
(default: `default`), `lead` and `default-mmr`, and a paired bootstrap over the clusters
(10,000 resamples, fixed seed) of the difference to each: the mean gain and the share of
resamples where it is not above zero (a one-sided p), then how many clusters it wins, loses and
draws against `lead` (a draw: the same ROUGE-2, as when a document shorter than the budget is
told whole by both). Skips cleanly without ../shared/eval.

    python benchmarks/views.py                      # all 18 views
    python benchmarks/views.py --set duc2003 --documents 1
    python benchmarks/views.py --documents 1 --words 150 --words 300   # other budgets
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

from briefing.summariser.evaluate import evaluate, load_dataset

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = ("duc2003", "duc2007")
DOCUMENTS = (1, 3, 10)
WORDS = (100, 250)
PEERS = ("lead", "default-mmr")


def bootstrap(ours: dict[str, float], peer: dict[str, float], resamples: int = 10_000) -> float:
    """Share of cluster resamples (with replacement) in which ours is not above the peer."""
    gains = [ours[name] - peer[name] for name in ours]
    rng = random.Random(0)
    at_most = sum(sum(rng.choices(gains, k=len(gains))) <= 0 for _ in range(resamples))
    return at_most / resamples


def tally(ours: dict[str, float], peer: dict[str, float]) -> tuple[int, int, int]:
    """Clusters where ours is above, below and level with the peer (to 1e-9)."""
    gains = [ours[name] - peer[name] for name in ours]
    return (
        sum(g > 1e-9 for g in gains),
        sum(g < -1e-9 for g in gains),
        sum(abs(g) <= 1e-9 for g in gains),
    )


def views(
    sets: list[str], documents: list[int], budgets: list[int]
) -> list[tuple[str, int, bool, int]]:
    """(set, documents, topic, words) for every view of the given sets, counts and budgets."""
    return [
        (name, count, topic, words)
        for name in sets
        for count in documents
        for topic in ((False, True) if name == "duc2007" else (False,))
        for words in budgets
    ]


def main() -> None:
    """Print one table row per view; exit 1 when `--algorithm` falls below `lead` on any."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", dest="sets", action="append", choices=SETS)
    parser.add_argument("--documents", type=int, action="append", choices=DOCUMENTS)
    parser.add_argument("--words", type=int, action="append", help="budgets (default 100, 250)")
    parser.add_argument("--algorithm", default="default")
    args = parser.parse_args()
    if not all((EVAL / name).is_dir() for name in args.sets or SETS):
        print(f"views: {EVAL} has no DUC data, skipped")
        sys.exit(0)
    algorithms = (args.algorithm, *PEERS)
    print(
        f"| view | {args.algorithm} | lead | default-mmr | gain on lead (p) "
        "| gain on default-mmr (p) | won/lost/level on lead |"
    )
    print("|---" * 7 + "|")
    below = 0
    loaded: dict[tuple[str, int], list] = {}
    chosen = views(args.sets or list(SETS), args.documents or DOCUMENTS, args.words or WORDS)
    for name, count, topic, words in chosen:
        clusters = loaded.setdefault((name, count), load_dataset(EVAL / name, count))
        scores = {s.algorithm: s for s in evaluate(clusters, algorithms, words, topic)}
        ours = scores[args.algorithm].per_cluster
        cells = []
        for peer in PEERS:
            theirs = scores[peer].per_cluster
            gain = statistics.mean(ours.values()) - statistics.mean(theirs.values())
            cells.append(f"{gain:+.2f} ({bootstrap(ours, theirs):.3f})")
        below += scores[args.algorithm].rouge["rouge2"] < scores["lead"].rouge["rouge2"]
        view = (
            f"{name}, {count} doc{'s' * (count > 1)}, {'topic' if topic else 'generic'}, {words} w"
        )
        means = " | ".join(f"{scores[a].rouge['rouge2']:.2f}" for a in algorithms)
        record = "/".join(map(str, tally(ours, scores["lead"].per_cluster)))
        print(f"| {view} | {means} | {' | '.join(cells)} | {record} |", flush=True)
    sys.exit(1 if below else 0)


if __name__ == "__main__":
    main()
