"""Scaling of the default summariser against sumy's LexRank and TextRank, in the same run.

Inputs of 1k, 4k and 20k sentences come from the DUC documents in ../shared/eval when present
(else from deterministic synthetic news-like text). `ours` summarises sentences already split
(as sumy is given them); `ours, raw` is `summarise()` on the raw documents that hold about as
many sentences, splitting and cleaning included. Both split the same documents before the clock
starts (to pick the input), so neither pays the splitters' imports; both pay scipy's. Each
measurement runs in a fresh child process, killed after --timeout seconds; sumy is not tried
where its quadratic time, projected from the previous size, would exceed the timeout. Prints
wall and CPU seconds (the child's user + system time, all its threads: on a shared machine the
steadier of the two), peak RSS (MiB) and sumy's time as a multiple of each of ours, wall/CPU."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import time
from pathlib import Path

from briefing import summarise
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


def raw_documents(size: int) -> list[str]:
    """Whole documents, in corpus() order, until they hold `size` sentences or more."""
    documents = [p.read_text(encoding="utf-8") for p in sorted(EVAL.glob("duc*/*/docs/*.txt"))]
    chosen: list[str] = []
    count = 0
    for document in [*documents, *_synthetic(size // 20 + 1)]:
        chosen.append(document)
        count += len(text_sentences([document]))
        if count >= size:
            break
    return chosen


def _run(algorithm: str, size: int, queue: mp.Queue) -> None:
    if algorithm == "ours-raw":
        documents = raw_documents(size)
    else:
        sentences = corpus(size)
    start, cpu = time.perf_counter(), _cpu()
    if algorithm == "ours-raw":
        summarise(documents, words=100)
    elif algorithm == "ours":
        summarise_sentences(sentences, Budget(words=100))
    else:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer

        from briefing.summariser.rank.sumy_rankers import build_document

        cls = LexRankSummarizer if algorithm == "sumy-lexrank" else TextRankSummarizer
        cls(Stemmer("english"))(build_document(sentences), 5)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    queue.put((seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


Result = tuple[float, float, float]  # wall seconds, CPU seconds, peak RSS MiB


def measure(algorithm: str, size: int, timeout: float) -> Result | None:
    """(wall s, CPU s, peak RSS MiB) of one summary, or None when it did not finish in time."""
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
    result: Result | None,
    ours: dict[str, Result | None],
    timeout: float,
) -> str:
    if result is None:
        return f"{size:>9}  {name:<13} {'> ' + str(int(timeout)) + ' s':>9}"
    ratios = [
        f"{result[0] / mine[0]:.0f}x/{result[1] / mine[1]:.0f}x"
        if mine and not name.startswith("ours")
        else ""
        for mine in (ours.get("ours"), ours.get("ours-raw"))
    ]
    return (
        f"{size:>9}  {name:<13} {result[0]:>9.2f} {result[1]:>9.2f} {result[2]:>9.0f}"
        f" {ratios[0]:>11} {ratios[1]:>11}"
    )


def main() -> None:
    """Print the scaling table, then the 2k-sentence comparison without the time limit."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=120.0, help="limit per peer run")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument(
        "--target-timeout",
        type=float,
        default=900.0,
        help="limit for sumy LexRank on 2k sentences, the target size (0 skips that run)",
    )
    args = parser.parse_args()
    print(
        f"{'sentences':>9}  {'algorithm':<13} {'seconds':>9} {'CPU s':>9} {'peak MiB':>9}"
        f" {'vs ours':>11} {'vs raw':>11}"
    )
    last: dict[str, tuple[int, float]] = {}
    ours_at: dict[int, dict[str, Result | None]] = {}
    for size in args.sizes:
        ours = ours_at[size] = {}
        for name in ("ours", "ours-raw"):
            ours[name] = measure(name, size, args.timeout)
            print(_row(size, name, ours[name], ours, args.timeout), flush=True)
        for peer in ("sumy-lexrank", "sumy-textrank"):
            before = last.get(peer)
            projected = before[1] * (size / before[0]) ** 2 if before else 0.0
            result = measure(peer, size, args.timeout) if projected <= args.timeout else None
            last[peer] = (size, result[0] if result else float("inf"))
            print(_row(size, peer, result, ours, args.timeout), flush=True)
    if args.target_timeout:
        size = 2_000
        ours = ours_at.get(size) or {
            name: measure(name, size, args.timeout) for name in ("ours", "ours-raw")
        }
        lexrank = measure("sumy-lexrank", size, args.target_timeout)
        print(f"\ntarget, {size} sentences, no 2-minute limit:")
        for name, result in (*ours.items(), ("sumy-lexrank", lexrank)):
            print(_row(size, name, result, ours, args.target_timeout), flush=True)


if __name__ == "__main__":
    main()
