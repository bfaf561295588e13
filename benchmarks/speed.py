"""Scaling of the default summariser against sumy's LexRank and TextRank, in the same run.

Inputs of 1k, 4k and 20k sentences come from the DUC documents in ../shared/eval when present
(else from deterministic synthetic news-like text). Each measurement runs in a fresh child
process, killed after --timeout seconds; sumy is not tried where its quadratic time, projected
from the previous size, would exceed the timeout. Prints seconds and peak RSS (MiB).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import time
from pathlib import Path

from briefing.models import Sentence
from briefing.summariser.api import summarise_sentences, text_sentences
from briefing.summariser.choose import Budget

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SIZES = (1_000, 4_000, 20_000)


def _synthetic(count: int) -> list[str]:
    """Deterministic documents of 20 sentences drawn from a Zipf-like vocabulary."""
    rng = random.Random(0)
    words = [f"w{n}" for n in range(5000)]
    weights = [1 / (n + 1) for n in range(5000)]
    return [
        " ".join(" ".join(rng.choices(words, weights, k=18)).capitalize() + "." for _ in range(20))
        for _ in range(count)
    ]


def corpus(size: int) -> list[Sentence]:
    """`size` distinct sentences: whole DUC documents where present, topped up synthetically."""
    documents = [p.read_text(encoding="utf-8") for p in sorted(EVAL.glob("duc*/*/docs/*.txt"))]
    documents += _synthetic(size // 20 + 1)
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for document in documents:
        for sentence in text_sentences([document]):
            if sentence.text not in seen and 6 <= len(sentence.text.split()) <= 60:
                seen.add(sentence.text)
                sentences.append(sentence)
        if len(sentences) >= size:
            return sentences[:size]
    return sentences


def _run(algorithm: str, size: int, queue: mp.Queue) -> None:
    sentences = corpus(size)
    start = time.perf_counter()
    if algorithm == "ours":
        summarise_sentences(sentences, Budget(words=100))
    else:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer

        from briefing.summariser.rank.sumy_rankers import build_document

        cls = LexRankSummarizer if algorithm == "sumy-lexrank" else TextRankSummarizer
        cls(Stemmer("english"))(build_document(sentences), 5)
    seconds = time.perf_counter() - start
    queue.put((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure(algorithm: str, size: int, timeout: float) -> tuple[float, float] | None:
    """(seconds, peak RSS MiB) of one summary, or None when it did not finish in time."""
    queue: mp.Queue = mp.get_context("spawn").Queue()
    child = mp.get_context("spawn").Process(target=_run, args=(algorithm, size, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def _row(
    size: int,
    name: str,
    result: tuple[float, float] | None,
    ours: tuple[float, float] | None,
    timeout: float,
) -> str:
    if result is None:
        return f"{size:>9}  {name:<13} {'> ' + str(int(timeout)) + ' s':>9}"
    ratio = f"{result[0] / ours[0]:.0f}x" if ours and name != "ours" else ""
    return f"{size:>9}  {name:<13} {result[0]:>9.2f} {result[1]:>9.0f} {ratio:>8}"


def main() -> None:
    """Print the scaling table, then the 4k-sentence comparison without the time limit."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=120.0, help="limit per peer run")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument(
        "--target-timeout",
        type=float,
        default=900.0,
        help="limit for sumy LexRank on 4k sentences (0 skips that run)",
    )
    args = parser.parse_args()
    print(f"{'sentences':>9}  {'algorithm':<13} {'seconds':>9} {'peak MiB':>9} {'sumy/ours':>8}")
    last: dict[str, tuple[int, float]] = {}
    ours_at: dict[int, tuple[float, float] | None] = {}
    for size in args.sizes:
        ours = ours_at[size] = measure("ours", size, args.timeout)
        print(_row(size, "ours", ours, ours, args.timeout), flush=True)
        for peer in ("sumy-lexrank", "sumy-textrank"):
            before = last.get(peer)
            projected = before[1] * (size / before[0]) ** 2 if before else 0.0
            result = measure(peer, size, args.timeout) if projected <= args.timeout else None
            last[peer] = (size, result[0] if result else float("inf"))
            print(_row(size, peer, result, ours, args.timeout), flush=True)
    if args.target_timeout:
        size = 4_000
        ours = ours_at.get(size) or measure("ours", size, args.timeout)
        lexrank = measure("sumy-lexrank", size, args.target_timeout)
        print(f"\ntarget, {size} sentences, no 2-minute limit:")
        print(_row(size, "ours", ours, ours, args.target_timeout))
        print(_row(size, "sumy-lexrank", lexrank, ours, args.target_timeout), flush=True)


if __name__ == "__main__":
    main()
