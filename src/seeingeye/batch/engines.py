"""Engines run the same work on a local process pool (default) or a Ray cluster (`ray_engine`). Both map
tasks to results with bounded in-flight work (memory stays flat on a corpus of millions), unordered,
retrying a task whose worker died; the caller alone writes what comes back, so rows land exactly once.

A worker is built by a picklable `factory` (e.g. `partial(Reader, settings_json)`) into an object with
`process(task)`: models load once per worker, not per task."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
_END: Any = object()
Outcome = tuple[T, Any]  # (task, result) or (task, the exception that ended it after its retries)


class WorkerLost(RuntimeError):
    """A task's worker died on every attempt (the image may crash it)."""


class Engine(Protocol):
    workers: int

    def map(self, tasks: Iterable[T]) -> Iterator[Outcome[T]]: ...

    def close(self) -> None: ...


def threads_per_worker(workers: int, cores: int | None = None) -> int:
    """Cores / workers, so N workers on N cores do not oversubscribe (each ONNX session would take all)."""
    return max(1, (cores or os.cpu_count() or 1) // max(1, workers))


def limit_threads(threads: int) -> None:
    """Cap this worker process's native thread pools; called before any model loads."""
    os.environ["OMP_NUM_THREADS"] = str(threads)  # read by ONNX sessions (tools.base.onnx_threads), BLAS
    import cv2

    cv2.setNumThreads(threads)


_WORKER: dict[str, Any] = {}  # the one worker object of a pool process (ProcessPoolExecutor has no other slot)


def _init_local(factory: Callable[[], Any], threads: int, parent_pid: int) -> None:
    from ..eval.runner import _die_with_parent

    _die_with_parent(parent_pid)
    limit_threads(threads)
    _WORKER["worker"] = factory()


def _call_local(task: Any) -> Any:
    return _WORKER["worker"].process(task)


class LocalEngine:
    """A spawn process pool on this machine; a crashed worker process is replaced and its tasks rerun."""

    def __init__(self, factory: Callable[[], Any], workers: int = 1, *, in_flight: int | None = None,
                 attempts: int = 3) -> None:
        self.factory = factory
        self.workers = max(1, workers)
        self.threads = threads_per_worker(self.workers)
        self.in_flight = in_flight or 2 * self.workers  # one running, one queued per worker
        self.attempts = attempts
        self._executor: ProcessPoolExecutor | None = None  # kept across runs: models stay loaded

    def _pool(self, fresh: bool = False) -> ProcessPoolExecutor:
        if fresh and self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_local,
                initargs=(self.factory, self.threads, os.getpid()),
            )
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def map(self, tasks: Iterable[T]) -> Iterator[Outcome[T]]:
        source = iter(tasks)
        pending: dict[Future[Any], tuple[T, int]] = {}  # future -> (task, times submitted)
        backlog: list[tuple[T, int]] = []  # tasks to submit again after a worker died
        pool = self._pool()
        try:
            while True:
                # A worker can die while the caller holds a result, so the pool may already be broken at submit.
                broken = False
                while not broken and len(pending) < self.in_flight:
                    item = backlog.pop() if backlog else _first_time(next(source, _END))
                    if item is None:
                        break
                    task, attempt = item
                    if attempt >= self.attempts:
                        yield task, WorkerLost(f"worker process died on {attempt} attempts")
                        continue
                    try:
                        pending[pool.submit(_call_local, task)] = (task, attempt + 1)
                    except BrokenProcessPool:
                        backlog.append(item)
                        broken = True
                if not pending and not backlog:
                    return
                if not broken:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        task, attempt = pending.pop(fut)
                        try:
                            yield task, fut.result()
                        except BrokenProcessPool:
                            backlog.append((task, attempt))
                            broken = True
                        except Exception as exc:  # the worker raised outside process(): the task's own failure
                            yield task, exc
                if broken:  # every task queued in the broken pool must go again, in a fresh pool
                    backlog += pending.values()
                    pending.clear()
                    pool = self._pool(fresh=True)
        finally:
            for fut in pending:  # an interrupted run: queued work is dropped, running work finishes
                fut.cancel()


def _first_time(task: Any) -> tuple[Any, int] | None:
    return None if task is _END else (task, 0)
