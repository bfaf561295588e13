"""Reading, extraction and splitting on a process pool and on a real Dask cluster (127.0.0.1):
the same briefing, byte for byte, as one process; failures are one source's, not the build's."""

import json
import os
import socket
from pathlib import Path

import pytest

from briefing.compute import (
    DaskExecutor,
    Failed,
    ProcessExecutor,
    SerialExecutor,
    chunked,
    open_executor,
)
from briefing.config import ComputeConfig
from briefing.errors import BriefingError

from .conftest import run_cli
from .pages import SEED_PARAGRAPHS, news_page

DAY = "2026-11-28"


def _square_unless_three(n: int) -> int:
    if n == 3:
        raise RuntimeError("bad item\nsecond line")
    return n * n


def _echo(text: str) -> str:
    return text


def _die_on_five(n: int) -> int:
    if n == 5:
        os._exit(7)  # a worker that dies, as a crash in a C library would
    return n + 1


def _expected(items):
    return [Failed("failed while processing (RuntimeError: bad item second line)")] + [
        n * n for n in items[1:]
    ]


@pytest.fixture(scope="module")
def cluster():
    """A real Dask scheduler and two worker processes on 127.0.0.1."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=":0",  # any free port: several test runs share a machine
    ) as local:
        yield local.scheduler_address


def _write_news(folder: Path) -> None:
    """Text articles, two saved pages that copy two of them, and an empty file."""
    news = folder / "news"
    news.mkdir()
    for n in range(0, len(SEED_PARAGRAPHS) - 2, 3):
        body = "\n\n".join(SEED_PARAGRAPHS[n : n + 3])
        (news / f"{n:02d}.txt").write_text(
            f"Title: Story {n}\nSource: Outlet {n % 4}\nPublished: 2026-11-27T12:00:00Z\n\n{body}",
            encoding="utf-8",
        )
    for n, name in ((0, "a"), (3, "b")):
        copy = news_page(f"Copy {n}", SEED_PARAGRAPHS[n : n + 3], name, f"https://{name}.example/")
        (news / f"page-{name}.html").write_text(copy, encoding="utf-8")
    (news / "empty.txt").write_text("", encoding="utf-8")


@pytest.mark.parametrize("make", [SerialExecutor, lambda: ProcessExecutor(2)])
def test_local_backends_keep_order_and_isolate_a_failing_item(make):
    items = [3, *range(10, 40)]
    with make() as executor:
        assert executor.map(_square_unless_three, items) == _expected(items)
        words = [f"w{n}" for n in range(20)]
        assert executor.map(_echo, words, ship=str.upper) == words  # workers see our files


def test_a_dead_worker_process_costs_only_its_item():
    items = list(range(12))
    with ProcessExecutor(2) as executor:
        results = executor.map(_die_on_five, items)
        assert results[:5] == [1, 2, 3, 4, 5] and results[6:] == [n + 1 for n in items[6:]]
        assert isinstance(results[5], Failed) and "worker process died" in results[5].reason
        assert executor.map(_die_on_five, [1, 2, 3]) == [2, 3, 4]  # a fresh pool


def test_chunks_are_consecutive_and_bounded():
    items = list(range(1000))
    chunks = chunked(items, 8)
    assert [x for chunk in chunks for x in chunk] == items
    assert len(chunks) == 8 and chunked(items[:3], 8) == [[0], [1], [2]]
    assert max(len(c) for c in chunked(list(range(10_000)), 2)) == 256


def test_jobs_pick_the_backend():
    assert isinstance(open_executor(ComputeConfig(jobs=1)), SerialExecutor)
    with open_executor(ComputeConfig(jobs=3)) as executor:
        assert isinstance(executor, ProcessExecutor) and executor.workers == 3
    with open_executor(ComputeConfig()) as executor:
        assert executor.workers == len(os.sched_getaffinity(0))


def test_dask_workers_isolate_a_failing_item(cluster):
    items = [3, *range(10, 70)]
    with open_executor(ComputeConfig(scheduler=cluster)) as executor:
        assert isinstance(executor, DaskExecutor) and executor.workers == 2
        assert executor.map(_square_unless_three, items) == _expected(items)
        words = [f"w{n}" for n in range(20)]  # shipped, a few chunks per worker at a time
        assert executor.map(_echo, words, ship=str.upper) == [w.upper() for w in words]


def test_jobs_and_dask_give_the_same_briefing_bytes(tmp_path, cluster):
    _write_news(tmp_path)
    outputs, summaries = {}, set()
    for name, args in {
        "one": ["--jobs", "1"],
        "two": ["--jobs", "2"],
        "dask": ["--scheduler", cluster],
    }.items():
        result = run_cli(tmp_path, "build", "news", "--date", DAY, "--out", name, *args)
        assert result.returncode == 0, result.stderr
        assert "skipped news/empty.txt: empty file" in result.stderr
        summaries.add(result.stdout.splitlines()[0])
        outputs[name] = {
            file: (tmp_path / name / DAY / file).read_bytes()
            for file in ("briefing.json", "briefing.txt", "briefing.html")
        }
    assert outputs["one"] == outputs["two"] == outputs["dask"]
    data = json.loads(outputs["one"]["briefing.json"])
    # Cut into three-paragraph articles, the seed's South China Sea line opens an article
    # ("China claims ... the strategic waterway"): it cannot stand alone, so that topic is empty.
    assert [bool(topic["items"]) for topic in data["topics"]] == [True, False, True]
    assert data["skipped"] == [{"source": "news/empty.txt", "reason": "empty file"}]
    assert len(summaries) == 1 and "2 duplicates collapsed" in summaries.pop()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_scheduler_is_one_line_and_exit_1(tmp_path):
    pytest.importorskip("distributed")
    _write_news(tmp_path)
    (tmp_path / "briefing.toml").write_text("[compute]\ntimeout = 1.0\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    result = run_cli(tmp_path, "build", "news", "--date", DAY, "--scheduler", address)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: cannot reach the Dask scheduler at {address} (")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "output").exists()


def test_unreachable_scheduler_from_the_library():
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    with pytest.raises(BriefingError, match="cannot reach the Dask scheduler"):
        open_executor(ComputeConfig(scheduler=address, timeout=0.5))
