"""The Ray engine: a small pool of actors, each holding one worker (one `SeeingEye`: models load once per
actor), fed with bounded in-flight tasks. Ray restarts a dead actor (`max_restarts`) and reruns its
tasks (`max_task_retries`); a task that still fails on an actor fault is resubmitted here, to another
actor, up to `attempts` times. Results come back to the driver, which alone writes them.

Imported only when `--ray` is given: nothing on the default path imports ray."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .engines import _END, Outcome, T, WorkerLost, limit_threads, threads_per_worker


class RayWorker:
    """The actor body: `ray.remote` is applied at run time so this module imports without a cluster."""

    def __init__(self, factory: Callable[[], Any], threads: int) -> None:
        limit_threads(threads)
        self.worker = factory()

    def pid(self) -> int:
        return os.getpid()

    def process(self, task: Any) -> Any:
        return self.worker.process(task)


def _check_reachable(address: str, timeout_s: float = 5.0) -> None:
    """Fail fast on a wrong HOST:PORT: ray.init itself retries for minutes before giving up."""
    import socket

    from ..errors import ConfigError

    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address:
        return  # "auto", "ray://...": left to Ray
    try:
        socket.create_connection((host, int(port)), timeout=timeout_s).close()
    except OSError as exc:
        raise ConfigError(f"cannot reach the Ray head at {address}: {exc.strerror or exc}") from None


def connect(address: str) -> Any:
    """`ray` connected to `address` ("auto": the cluster this machine belongs to; or host:port)."""
    from ..errors import ConfigError

    try:
        import ray
    except ImportError:
        raise ConfigError("--ray needs the ray extra: pip install 'seeingeye[ray]'") from None
    if not ray.is_initialized():
        _check_reachable(address)
        try:
            ray.init(address=address, logging_level="ERROR", log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"cannot connect to Ray at {address!r}: {first[:200]}") from None
    return ray


class RayEngine:
    def __init__(
        self,
        factory: Callable[[], Any],
        address: str = "auto",
        workers: int | None = None,
        *,
        in_flight: int | None = None,
        attempts: int = 3,
        max_restarts: int = 3,
        max_task_retries: int = 3,
        cpus_per_worker: float | None = None,
        startup_timeout_s: float = 120.0,
    ) -> None:
        self.ray = ray = connect(address)
        cpus = int(ray.cluster_resources().get("CPU", 1))
        node_cpus = max((int(n["Resources"].get("CPU", 0)) for n in ray.nodes() if n.get("Alive")), default=cpus)
        # One CPU is left to the driver's reading and hashing: on 2 cores that is one worker.
        self.workers = max(1, workers or cpus - 1)
        self.threads = min(threads_per_worker(self.workers, cpus), max(1, node_cpus))
        # Each actor reserves the CPUs its threads use, so Ray spreads actors over nodes without oversubscribing.
        need = cpus_per_worker or max(1, min(self.threads, node_cpus))
        actor_cls = ray.remote(num_cpus=need, max_restarts=max_restarts, max_task_retries=max_task_retries)(RayWorker)
        self.actors = [actor_cls.remote(factory, self.threads) for _ in range(self.workers)]
        self._wait_placed(startup_timeout_s, need)
        self.in_flight = in_flight or 2 * self.workers
        self.attempts = attempts

    def _wait_placed(self, timeout_s: float, need: float) -> None:
        """Fail in bounded time, not hang, when the cluster cannot place the actors."""
        from ray.exceptions import GetTimeoutError

        try:
            self.ray.get([a.pid.remote() for a in self.actors], timeout=timeout_s)
        except GetTimeoutError:
            free = self.ray.available_resources().get("CPU", 0)
            self.close()
            from ..errors import ConfigError

            raise ConfigError(
                f"Ray could not start {self.workers} workers of {need} CPUs each in {timeout_s:.0f} s "
                f"({free:g} CPUs free); use fewer --workers"
            ) from None

    def pids(self) -> list[int]:
        """Process ids of the actors (for tests and operators that need to find them)."""
        return list(self.ray.get([a.pid.remote() for a in self.actors]))

    def map(self, tasks: Iterable[T]) -> Iterator[Outcome[T]]:
        from ray.exceptions import RayError, RayTaskError

        source = iter(tasks)
        pending: dict[Any, tuple[T, int, int]] = {}
        load = [0] * len(self.actors)

        def submit(task: T, attempt: int, avoid: int | None = None) -> None:
            order = sorted(range(len(self.actors)), key=lambda i: (i == avoid, load[i]))
            i = order[0]
            pending[self.actors[i].process.remote(task)] = (task, attempt, i)
            load[i] += 1

        while True:
            while len(pending) < self.in_flight and (task := next(source, _END)) is not _END:
                submit(task, 1)
            if not pending:
                return
            ready, _ = self.ray.wait(list(pending), num_returns=1)
            for ref in ready:
                task, attempt, i = pending.pop(ref)
                load[i] -= 1
                try:
                    result = self.ray.get(ref)
                except RayTaskError as exc:  # the task itself raised: its own failure, not the actor's
                    yield task, exc.as_instanceof_cause()
                    continue
                except RayError as exc:  # actor died or unreachable after Ray's own retries
                    if attempt < self.attempts:
                        submit(task, attempt + 1, avoid=i)
                    else:
                        yield task, WorkerLost(f"Ray worker lost on {attempt} attempts: {type(exc).__name__}")
                    continue
                yield task, result

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []
