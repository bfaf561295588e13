"""Where per-source and per-article work runs: in this process, in a pool of local processes,
or on a Dask cluster. Every backend returns the same results in the same order."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import os
import sys
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.errors import BriefingError

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # reading and splitting never need pydantic: `summarise` starts faster
    from briefing.config import ComputeConfig

T = TypeVar("T")
R = TypeVar("R")
TASKS_PER_WORKER = 4  # chunks per worker: enough to balance uneven sources
MAX_CHUNK = 256  # items per task, so one slow task never holds most of the work
IN_FLIGHT = 2  # chunks per Dask worker thread sent ahead of the results


@dataclass(frozen=True)
class Failed:
    """An item whose work raised (or whose worker died): the one-line reason."""

    reason: str


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R | Failed]:
    """Apply `fn` to each item; an item that raises becomes Failed, the others go on."""
    results: list[R | Failed] = []
    for item in chunk:
        try:
            results.append(fn(item))
        except Exception as exc:  # one bad source never sinks the map, on any backend
            log.debug("item failed", exc_info=exc)
            results.append(Failed(f"failed while processing ({_reason(exc)})"))
    return results


def chunked(items: Sequence[T], tasks: int) -> list[Sequence[T]]:
    """About `tasks` consecutive chunks of the items, at most MAX_CHUNK items each."""
    size = min(MAX_CHUNK, max(1, math.ceil(len(items) / max(1, tasks))))
    return [items[i : i + size] for i in range(0, len(items), size)]


class Executor(ABC):
    """Runs a function over items on some workers, in order; a failed item becomes Failed."""

    workers: int = 1

    def map(
        self,
        fn: Callable[[T], R],
        items: Sequence[T],
        progress: Callable[[int], None] | None = None,
        ship: Callable[[T], T] | None = None,
    ) -> list[R | Failed]:
        """`fn` of each item, in the items' order; `progress(n)` after every n items done.
        Workers that cannot see this machine's files get `ship(item)` instead, made just before
        the item is sent (a file's bytes, read then)."""
        chunks = chunked(items, self._tasks(len(items)))
        results: list[R | Failed] = []
        # One chunk is not worth a round trip to the workers: it runs here, with the same result.
        runs = (
            self._run(fn, chunks, ship) if len(chunks) > 1 else map(partial(_run_chunk, fn), chunks)
        )
        for chunk, outcome in zip(chunks, runs, strict=True):
            if isinstance(outcome, Failed):  # the task itself failed: retry item by item
                outcome = [self._one(fn, item, ship) for item in chunk]
            results.extend(outcome)
            if progress:
                progress(len(chunk))
        return results

    def _tasks(self, count: int) -> int:
        """How many tasks to cut `count` items into."""
        return self.workers * TASKS_PER_WORKER

    @abstractmethod
    def _run(
        self, fn: Callable[[T], R], chunks: list[Sequence[T]], ship: Callable[[T], T] | None
    ) -> Iterator[list | Failed]:
        """Each chunk's results (or Failed for a chunk whose task failed), in order."""

    def _one(self, fn: Callable[[T], R], item: T, ship: Callable[[T], T] | None) -> R | Failed:
        """One item alone, after its chunk failed as a whole."""
        outcome = next(self._run(fn, [[item]], ship))
        return outcome if isinstance(outcome, Failed) else outcome[0]

    @abstractmethod
    def close(self) -> None:
        """Release the workers."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class SerialExecutor(Executor):
    """Everything in this process, one item at a time."""

    def _tasks(self, count: int) -> int:
        return count  # one item a task: progress after each

    def close(self) -> None:
        """Nothing to release."""

    def _run(
        self, fn: Callable[[T], R], chunks: list[Sequence[T]], ship: Callable[[T], T] | None
    ) -> Iterator[list | Failed]:
        for chunk in chunks:
            yield _run_chunk(fn, chunk)


class ProcessExecutor(Executor):
    """A pool of `jobs` local processes, started at the first map that needs more than one."""

    def __init__(self, jobs: int) -> None:
        self.workers = jobs
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            # fork: workers start at once with what this process imported; a fresh interpreter
            # (spawn, forkserver) first imports trafilatura and NLTK again, seconds per worker.
            method = "fork" if sys.platform == "linux" else "spawn"
            context = multiprocessing.get_context(method)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self._pool

    def _run(
        self, fn: Callable[[T], R], chunks: list[Sequence[T]], ship: Callable[[T], T] | None
    ) -> Iterator[list | Failed]:
        futures = [self._executor().submit(_run_chunk, fn, chunk) for chunk in chunks]
        for future in futures:
            try:
                yield future.result()
            except BrokenProcessPool as exc:  # a worker died (a crash in a C library)
                self.close()
                yield Failed(f"worker process died ({_reason(exc)})")
            except Exception as exc:
                yield Failed(f"failed in a worker process ({_reason(exc)})")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _worker_version() -> str:
    from briefing._version import __version__

    return __version__


class DaskExecutor(Executor):
    """The workers of a Dask cluster (dask.distributed), reached through its scheduler. Workers
    may run on other machines: items are shipped, a few chunks per worker at a time, so the
    client never holds every file's bytes at once."""

    def __init__(self, address: str, timeout: float) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise BriefingError(
                "a Dask scheduler is configured but the 'distributed' package is not installed "
                "(pip install 'distributed')"
            ) from None
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BriefingError(
                f"cannot reach the Dask scheduler at {address} ({_reason(exc)})"
            ) from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
            versions = set(self.client.run(_worker_version).values())
        except Exception as exc:
            self.client.close()
            raise BriefingError(
                f"Dask scheduler at {address}: no worker able to run briefing ({_reason(exc)})"
            ) from None
        ours = _worker_version()
        if versions - {ours}:
            self.client.close()
            raise BriefingError(
                f"Dask scheduler at {address}: workers run briefing {', '.join(sorted(versions))}"
                f", this client {ours}"
            )
        self.workers = max(1, sum(self.client.nthreads().values()))

    def _run(
        self, fn: Callable[[T], R], chunks: list[Sequence[T]], ship: Callable[[T], T] | None
    ) -> Iterator[list | Failed]:
        task = partial(_run_chunk, fn)
        waiting = iter(chunks)
        flying: deque[tuple[Any, Any]] = deque()

        def send(chunk: Sequence[T]) -> None:
            payload = [ship(item) for item in chunk] if ship else list(chunk)
            # Straight to a worker, not through the scheduler's task graph.
            [data] = self.client.scatter([payload], hash=False)
            flying.append((data, self.client.submit(task, data, pure=False)))

        try:
            for chunk in islice(waiting, IN_FLIGHT * self.workers):
                send(chunk)
            while flying:
                data, future = flying.popleft()
                try:
                    outcome = future.result()
                except Exception as exc:
                    if self.client.status != "running":
                        raise BriefingError(f"lost the Dask scheduler ({_reason(exc)})") from None
                    outcome = Failed(f"failed on a Dask worker ({_reason(exc)})")
                self.client.cancel([future, data])
                for chunk in islice(waiting, 1):  # keep the workers busy while this is used
                    send(chunk)
                yield outcome
        finally:
            self.client.cancel([f for pair in flying for f in pair])

    def close(self) -> None:
        self.client.close()


def release_freed_memory() -> None:
    """Hand the pages Python has freed back to the system: glibc keeps them (a day's text as
    read, hundreds of MB), and new arrays are then mapped beside them. A no-op where the C
    library has no malloc_trim."""
    with contextlib.suppress(OSError, AttributeError, TypeError):  # TypeError: Windows
        ctypes.CDLL(None).malloc_trim(0)  # the process's own symbols: the C library's


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def open_executor(compute: ComputeConfig) -> Executor:
    """The backend the configuration asks for: Dask when a scheduler is set, else local
    processes (`jobs`, 0 for every core), else this process alone."""
    if compute.scheduler:
        return DaskExecutor(compute.scheduler, compute.timeout)
    jobs = compute.jobs or cores()
    log.debug("computing on %s", f"{jobs} processes" if jobs > 1 else "this process")
    return ProcessExecutor(jobs) if jobs > 1 else SerialExecutor()
