"""The generic summariser against `lead` and `default-mmr` on every view the shared data allows.

A view is a dev set (DUC 2003, DUC 2007), the first 1, 3 or 10 documents of each cluster in date
order, generic or topic-focused (DUC 2007's `topic.txt`; DUC 2003 has no topic) and a budget of
100 or 250 words: 18 views. One document a cluster leaves many clusters level (a document shorter
than the budget is told whole by any summariser), so `--alone N` measures each one-document view
again on each of the first N documents summarised alone, a cluster's score the mean
of its documents'. Each row gives mean ROUGE-2 F1 (%, stemmed) of `--algorithm` (default:
`default`), `lead` and `default-mmr`, and a paired bootstrap over the clusters (10,000
resamples, fixed seed) of the difference to each: the mean gain and the share of resamples where
it is not above zero (a one-sided p), then how many clusters it wins, loses and draws against
`lead` (a draw: the same ROUGE-2). Skips cleanly without ../shared/eval.

    python benchmarks/views.py                      # the 18 views
    python benchmarks/views.py --set duc2003 --documents 1
    python benchmarks/views.py --documents 1 --words 150 --words 300   # other budgets
    python benchmarks/views.py --documents 1 --alone 10   # each of 10 documents alone too
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

from briefing.summariser.evaluate import Cluster, evaluate, load_dataset

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


def alone(clusters: list[Cluster]) -> list[Cluster]:
    """Each document of each cluster as a cluster of its own, named `<cluster>/<number>`."""
    return [
        Cluster(f"{c.name}/{number}", (text,), c.references, c.topic)
        for c in clusters
        for number, text in enumerate(c.documents)
    ]


def by_cluster(scores: dict[str, float]) -> dict[str, float]:
    """Scores of `alone`'s documents averaged back to their clusters."""
    found: dict[str, list[float]] = {}
    for name, score in scores.items():
        found.setdefault(name.rpartition("/")[0] or name, []).append(score)
    return {name: statistics.mean(values) for name, values in found.items()}


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
    parser.add_argument(
        "--alone", type=int, default=0, help="one-document views also on each of N documents"
    )
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
    base = views(args.sets or list(SETS), args.documents or DOCUMENTS, args.words or WORDS)
    chosen = [(*view, False) for view in base]
    if args.alone > 0:
        chosen += [
            (name, args.alone, topic, words, True) for name, n, topic, words in base if n == 1
        ]
    for name, count, topic, words, each in chosen:
        clusters = loaded.setdefault((name, count), load_dataset(EVAL / name, count))
        scored = evaluate(
            alone(clusters) if each else clusters, algorithms, words, topic, metrics=("rouge2",)
        )
        scores = {s.algorithm: by_cluster(s.per_cluster) for s in scored}
        means = {a: statistics.mean(scores[a].values()) for a in algorithms}
        ours = scores[args.algorithm]
        cells = [
            f"{means[args.algorithm] - means[peer]:+.2f} ({bootstrap(ours, scores[peer]):.3f})"
            for peer in PEERS
        ]
        below += means[args.algorithm] < means["lead"]
        kind = f"each of {count} docs alone" if each else f"{count} doc{'s' * (count > 1)}"
        view = f"{name}, {kind}, {'topic' if topic else 'generic'}, {words} w"
        row = " | ".join(f"{means[a]:.2f}" for a in algorithms)
        record = "/".join(map(str, tally(ours, scores["lead"])))
        print(f"| {view} | {row} | {' | '.join(cells)} | {record} |", flush=True)
    sys.exit(1 if below else 0)


if __name__ == "__main__":
    main()
