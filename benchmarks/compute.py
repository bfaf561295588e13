"""The per-article work (reading, extraction, sentence splitting) on each backend: articles per
second in one process (--jobs 1), in a pool of local processes (--jobs 2) and on a local Dask
cluster of two worker processes. A report, not a gate.

Inputs are the saved HTML pages of benchmarks/ingest.py (trafilatura extraction) and the text
articles of benchmarks/build.py, both made from the DUC documents in ../shared/eval when present.
Each backend reads the same files; its sentences must equal the single process's. Beside the
wall-clock rate (which other work on the machine's cores slows), the CPU time of every process
involved: articles per CPU-second is what one idle core sustains, and the ratio between the rows
is each backend's overhead (pickling, scheduling).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path

from build import write_articles  # benchmarks/build.py, beside this script
from ingest import write_pages  # benchmarks/ingest.py

from briefing.compute import DaskExecutor, Executor, ProcessExecutor, SerialExecutor
from briefing.day.split import split_day
from briefing.ingest.read import read_sources


def per_article_work(folder: Path, executor: Executor) -> tuple[float, int, list[str]]:
    """Seconds to read and split every file in `folder`, the articles, and their sentences."""
    start = time.perf_counter()
    read = read_sources([folder], executor=executor)
    split = split_day(read.articles, (), executor)
    return time.perf_counter() - start, len(read.articles), [s.text for s in split.sentences]


def cpu_seconds() -> dict[int, float]:
    """CPU seconds (user + system) so far of this process and every live descendant: the work
    done, whatever else the machine's cores are busy with."""
    import psutil

    me = psutil.Process()
    times = {}
    for process in [me, *me.children(recursive=True)]:
        try:
            cpu = process.cpu_times()
        except psutil.Error:
            continue
        times[process.pid] = cpu.user + cpu.system
    return times


def measure(name: str, folder: Path, executor: Executor, runs: int, floor: list[str] | None):
    """Median wall seconds over `runs` (the first includes starting the workers), CPU seconds per
    run over all processes, the articles and their sentences."""
    times = []
    before = cpu_seconds()
    for _ in range(runs):
        seconds, articles, sentences = per_article_work(folder, executor)
        times.append(seconds)
        if floor is not None and sentences != floor:
            raise SystemExit(f"{name}: sentences differ from the single process's")
    after = cpu_seconds()  # before closing: pool workers' time goes with them
    cpu = sum(value - before.get(pid, 0.0) for pid, value in after.items()) / runs
    return statistics.median(times), cpu, articles, sentences


def main() -> None:
    """Write the inputs, then time each backend on each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400, help="files per shape")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-dask", action="store_true", help="skip the local Dask cluster")
    args = parser.parse_args()
    cluster = None
    if not args.no_dask:
        try:
            from distributed import LocalCluster
        except ImportError:
            print("distributed is not installed: no Dask row")
        else:
            cluster = LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # any free port: several test runs share a machine
                silence_logs=logging.CRITICAL,  # workers lose the scheduler at shutdown, noisily
            )
    backends = {
        "--jobs 1 (this process)": SerialExecutor,
        "--jobs 2 (process pool)": lambda: ProcessExecutor(2),
    }
    if cluster:
        backends["Dask, 2 local workers"] = lambda: DaskExecutor(cluster.scheduler_address, 30)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.articles} files per shape, median of {args.runs} runs, load average {load}")
    print(
        f"{'shape':<12} {'backend':<24} {'wall s':>7} {'articles/s':>11} {'vs jobs 1':>10} "
        f"{'CPU ms/article':>15} {'articles/CPU-s':>15}"
    )
    with tempfile.TemporaryDirectory() as temporary:
        shapes = {"HTML pages": Path(temporary, "pages"), "text files": Path(temporary, "text")}
        shapes["HTML pages"].mkdir()
        shapes["text files"].mkdir()
        write_pages(shapes["HTML pages"], args.articles)
        write_articles(shapes["text files"], args.articles)
        for shape, folder in shapes.items():
            floor, base = None, 0.0
            for backend, make in backends.items():
                with make() as executor:
                    seconds, cpu, articles, sentences = measure(
                        backend, folder, executor, args.runs, floor
                    )
                floor, base = floor or sentences, base or seconds
                print(
                    f"{shape:<12} {backend:<24} {seconds:>7.2f} {articles / seconds:>11.0f} "
                    f"{base / seconds:>9.2f}x {1000 * cpu / articles:>15.1f} "
                    f"{articles / cpu:>15.0f}",
                    flush=True,
                )
    if cluster:
        cluster.close()


if __name__ == "__main__":
    main()
