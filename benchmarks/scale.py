"""How a build grows with the day's articles: seconds per stage, peak memory, growth exponents.

Two shapes of day, each at every size:
- copies: stories carried ten times (other outlets, trimmed, a desk line added): dedupe folds
  them, so the later stages see a tenth of the articles;
- distinct: articles that survive dedupe, each its own mix of real sentences.
Sentences come from the DUC documents in ../shared/eval when present (else synthetic). Beside
each build, in a fresh process too, the floor: reading the same files and splitting them with
`split_sentences`. The growth exponent of a stage is log(t2 / t1) / log(n2 / n1) between sizes
(1.0 is linear). Also the start-up time of `briefing --help` and `briefing summarise`.

    python benchmarks/scale.py                 # 1,000 and 10,000 articles (CI)
    python benchmarks/scale.py --large         # and 100,000
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SIZES = (1_000, 10_000)
LARGE = 100_000
COPIES = 10  # articles per story in the "copies" shape
DAY = "2026-11-28"
STAGES = ("read", "clean", "dedupe", "boilerplate", "split", "stories", "select", "render", "write")


def sentence_pool() -> list[str]:
    """Real news sentences (DUC), or synthetic ones naming the default topics."""
    from briefing import split_sentences

    documents = sorted(EVAL.glob("duc*/*/docs/*.txt"))
    pool = [
        s
        for path in documents
        for s in split_sentences(path.read_text(encoding="utf-8"))
        if 6 <= len(s.split()) <= 50
    ]
    if pool:
        return pool
    rng = random.Random(1)
    words = [f"w{n}" for n in range(3000)] + ["China", "Beijing", "Washington", "Myanmar"] * 20
    return [" ".join(rng.choices(words, k=18)).capitalize() + "." for _ in range(20_000)]


def _story(rng: random.Random, pool: list[str]) -> list[str]:
    """Six to ten paragraphs of two to four sentences drawn from the pool."""
    return [" ".join(rng.sample(pool, rng.randint(2, 4))) for _ in range(rng.randint(6, 10))]


def write_day(folder: Path, shape: str, count: int, pool: list[str]) -> None:
    """`count` article files of one shape, deterministic for a given pool."""
    rng = random.Random(count)
    story: list[str] = []
    for n in range(count):
        copy = n % COPIES if shape == "copies" else 0
        if copy == 0:
            story = _story(rng, pool)
        paragraphs = story[: len(story) - copy % 2]  # every other copy is trimmed
        if copy:
            paragraphs = [*paragraphs, f"Edited for the web by desk {copy}."]
        text = f"Title: Story {n}\nSource: Outlet {n % 97}\n\n" + "\n\n".join(paragraphs)
        (folder / f"a{n:06d}.txt").write_text(text + "\n", encoding="utf-8")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_floor(folder: Path) -> dict:
    """Read every file and split its paragraphs into sentences, in this process."""
    from briefing import split_sentences

    start = time.perf_counter()
    sentences = sum(
        len(split_sentences(block))  # paragraph by paragraph, as a build splits
        for p in sorted((folder / "articles").iterdir())
        for block in p.read_text(encoding="utf-8").split("\n\n")
    )
    return {"seconds": time.perf_counter() - start, "peak": _peak_mib(), "sentences": sentences}


def child_build(folder: Path) -> dict:
    """A whole build of the folder's articles, with each stage's seconds."""
    from datetime import date

    from briefing.config import load_config
    from briefing.pipeline import STAGE_HOOKS, Run, build

    stages: dict[str, float] = {}
    peaks: dict[str, float] = {}  # peak RSS by the end of each stage: where the peak was reached

    def hook(name: str, seconds: float) -> None:
        stages[name] = seconds
        peaks[name] = _peak_mib()

    STAGE_HOOKS.append(hook)
    start = time.perf_counter()
    result = build(
        Run.of(
            load_config(folder / "briefing.toml"),
            [folder / "articles"],
            date.fromisoformat(DAY),
            folder / "out",
        )
    )
    return {
        "seconds": time.perf_counter() - start,
        "peak": _peak_mib(),
        "stages": stages,
        "peaks": peaks,
        "kept": result.stats.articles_kept,
    }


def _in_child(kind: str, folder: Path, timeout: float) -> dict | None:
    command = [sys.executable, __file__, "--child", kind, str(folder)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _exponent(a: float, b: float, n_a: int, n_b: int) -> str:
    if a <= 0 or b <= 0:
        return "-"
    return f"{math.log(b / a) / math.log(n_b / n_a):.2f}"


def report(shape: str, sizes: list[int], runs: dict[int, tuple[dict, dict | None]]) -> None:
    """One table per shape: rows are stages, columns sizes, then the exponent per size step."""
    done = [n for n in sizes if None not in runs[n]]
    steps = list(pairwise(done))
    head = "".join(f"{n:>10,}" for n in done) + "".join(
        f"{f'exp {a // 1000}k-{b // 1000}k':>14}" for a, b in steps
    )
    print(f"\n{shape}: seconds per stage (articles kept after dedupe in the last row)")
    print(f"{'stage':<18}{head}")

    def row(name: str, values: dict[int, float], fmt: str = "{:>10.2f}") -> None:
        cells = "".join(fmt.format(values[n]) for n in done)
        exps = "".join(f"{_exponent(values[a], values[b], a, b):>14}" for a, b in steps)
        print(f"{name:<18}{cells}{exps}")

    for stage in STAGES:
        row(stage, {n: runs[n][1]["stages"].get(stage, 0.0) for n in done})
    row("build, total", {n: runs[n][1]["seconds"] for n in done})
    row("floor: read+split", {n: runs[n][0]["seconds"] for n in done})
    row("build / floor", {n: runs[n][1]["seconds"] / runs[n][0]["seconds"] for n in done})
    row("peak MiB, build", {n: runs[n][1]["peak"] for n in done}, "{:>10.0f}")
    row("peak MiB, floor", {n: runs[n][0]["peak"] for n in done}, "{:>10.0f}")
    for stage in STAGES:
        peaks = {n: runs[n][1].get("peaks", {}).get(stage, 0.0) for n in done}
        row(f"  peak by {stage}", peaks, "{:>10.0f}")
    row("articles kept", {n: runs[n][1]["kept"] for n in done}, "{:>10.0f}")
    for n in sizes:
        if None in runs[n]:
            print(f"{n:,} articles: a run did not finish within the time limit")


# What `briefing summarise` cannot start without (numpy and scipy.sparse: TF-IDF), loaded as the CLI
# loads them (one BLAS thread)
FLOOR_IMPORTS = (
    "import os; os.environ.setdefault('OPENBLAS_NUM_THREADS', '1'); import numpy, scipy.sparse"
)


def startup(repeat: int = 3) -> None:
    """Median wall and CPU time (user + system: less sensitive to a busy machine) of the two
    quick commands, of a bare Python start and of importing the libraries summarise needs."""
    with tempfile.TemporaryDirectory() as temporary:
        short = Path(temporary) / "short.txt"
        short.write_text(
            "Talks between the two governments resumed in Jakarta on Monday.\n\n"
            "Officials said the first day went well and a statement would follow.\n",
            encoding="utf-8",
        )
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "floor: numpy, scipy.sparse": [sys.executable, "-c", FLOOR_IMPORTS],
            "briefing --help": [sys.executable, "-m", "briefing", "--help"],
            "briefing summarise": [sys.executable, "-m", "briefing", "summarise", str(short)],
        }
        print(f"\nstart-up, median of {repeat} runs    wall s     CPU s")
        for name, command in commands.items():
            walls, cpus = [], []
            for _ in range(repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True, cwd=temporary)
                walls.append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            print(f"{name:<30}{statistics.median(walls):>8.2f}{statistics.median(cpus):>10.2f}")


def main() -> None:
    """Write each day, build it and read+split it in fresh processes, print the tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--large", action="store_true", help=f"add {LARGE:,} articles")
    parser.add_argument("--shapes", nargs="*", default=["copies", "distinct"])
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per build")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up times")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, folder = args.child
        print(json.dumps((child_floor if kind == "floor" else child_build)(Path(folder))))
        return
    sizes = sorted(set(args.sizes + ([LARGE] if args.large else [])))
    startup()
    if args.startup_only:
        return
    pool = sentence_pool()
    from importlib import resources

    from build import BROAD_TOPICS  # benchmarks/build.py: two broad topics, so thousands of
    # sentences reach ranking and selection

    defaults = resources.files("briefing").joinpath("default.toml").read_text(encoding="utf-8")
    config = defaults + BROAD_TOPICS
    for shape in args.shapes:
        runs: dict[int, tuple[dict, dict | None]] = {}
        for size in sizes:
            with tempfile.TemporaryDirectory() as temporary:
                folder = Path(temporary)
                (folder / "articles").mkdir()
                write_day(folder / "articles", shape, size, pool)
                (folder / "briefing.toml").write_text(config, encoding="utf-8")
                floor = _in_child("floor", folder, args.timeout)
                runs[size] = (floor, _in_child("build", folder, args.timeout))
            print(f"{shape} {size:,}: {json.dumps(runs[size])}", flush=True)  # kept if cut short
        report(shape, sizes, runs)


if __name__ == "__main__":
    main()
