"""`seeingeye batch --ray` and `eval --ray` on a real local Ray head (loopback, no dashboard, 2 CPUs)
started by the fixture: the same rows as the local engine, a killed worker retried with nothing lost or
duplicated, and a resumed run that does only the rest."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_util import make_corpus, rows_by_id

from seeingeye.batch.engines import LocalEngine
from seeingeye.batch.inputs import iter_inputs
from seeingeye.batch.run import BatchOptions, BatchStats, reader_factory, run_batch
from seeingeye.config import Settings

# The dev extra installs ray; in CI (CI=true) a missing ray fails instead of skipping.
ray = __import__("ray") if os.environ.get("CI") == "true" else pytest.importorskip("ray")

SETTINGS = Settings(reasoner="programs")
SRC = Path(__file__).parents[1] / "src"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    """A Ray head of our own: its own process group and temp dir, so teardown stops only it."""
    port = _free_port()
    temp = tempfile.mkdtemp(prefix="se-ray-", dir="/tmp")  # short: Ray's socket paths must fit 107 bytes
    ray_cli = Path(sys.executable).with_name("ray")
    path = f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"  # the workers import this checkout
    env = {**os.environ, "PYTHONPATH": path, "RAY_USAGE_STATS_ENABLED": "0"}
    cmd = [str(ray_cli), "start", "--head", "--block", "--node-ip-address", "127.0.0.1", "--port", str(port),
           "--include-dashboard=false", "--num-cpus", "2", "--disable-usage-stats", "--temp-dir", temp]
    head = subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert head.poll() is None, head.stderr.read().decode()[-2000:] if head.stderr else "ray start failed"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline, "Ray head did not come up"
                time.sleep(0.5)
        os.environ["RAY_ADDRESS"] = address
        ray.init(address=address, logging_level="ERROR", log_to_driver=False)
        yield address
    finally:
        os.environ.pop("RAY_ADDRESS", None)
        ray.shutdown()
        os.killpg(head.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            head.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):  # whatever of the group (raylet, gcs, workers) is left
            os.killpg(head.pid, signal.SIGKILL)
        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return make_corpus(tmp_path_factory.mktemp("corpus"), n=8, questions=2)


@pytest.fixture(scope="module")
def local_rows(corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("local")
    engine = LocalEngine(reader_factory(SETTINGS, False))
    try:
        run_batch(iter_inputs(str(corpus[0])), SETTINGS, engine, BatchOptions(out, rows_per_part=4))
    finally:
        engine.close()
    rows = rows_by_id(out)
    assert len(rows) == corpus[1]
    return rows


@pytest.fixture(scope="module")
def engine(ray_address: str) -> Iterator[Any]:
    """One actor for the module's batch runs (its models load once; the kill test, last, restarts it)."""
    from seeingeye.batch.ray_engine import RayEngine

    pool = RayEngine(reader_factory(SETTINGS, False), ray_address, cpus_per_worker=1)  # leaves a CPU to eval
    yield pool
    pool.close()


def test_ray_rows_equal_local_rows(engine: Any, corpus: tuple[Path, int], local_rows: dict, tmp_path: Path) -> None:
    assert engine.workers == 1  # 2 CPUs: one actor, one CPU left to the driver
    stats = run_batch(iter_inputs(str(corpus[0])), SETTINGS, engine, BatchOptions(tmp_path, rows_per_part=4))
    assert stats.processed == corpus[1] and stats.errors == 3
    assert rows_by_id(tmp_path) == local_rows


def test_resumed_ray_run_does_only_the_rest(engine: Any, corpus: tuple[Path, int], local_rows: dict,
                                            tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop_at_six(stats: BatchStats) -> None:
        if stats.processed >= 6:
            raise Stop

    with pytest.raises(Stop):
        run_batch(iter_inputs(str(corpus[0])), SETTINGS, engine, BatchOptions(tmp_path, rows_per_part=4), stop_at_six)
    first = len(rows_by_id(tmp_path))
    assert first == 6
    stats = run_batch(iter_inputs(str(corpus[0])), SETTINGS, engine, BatchOptions(tmp_path))
    assert (stats.skipped, stats.processed) == (first, corpus[1] - first)
    assert rows_by_id(tmp_path) == local_rows


def test_killed_worker_is_retried_nothing_lost_or_duplicated(
    engine: Any, corpus: tuple[Path, int], local_rows: dict, tmp_path: Path
) -> None:
    (pid,) = engine.pids()  # also waits until the actor is up
    killed: list[int] = []

    def kill_mid_run(stats: BatchStats) -> None:
        if stats.processed - stats.errors >= 3 and not killed:
            os.kill(pid, signal.SIGKILL)  # the actor's process, with tasks in flight
            killed.append(pid)

    stats = run_batch(iter_inputs(str(corpus[0])), SETTINGS, engine, BatchOptions(tmp_path, rows_per_part=4),
                      kill_mid_run)
    assert killed and engine.pids() != killed  # Ray restarted the actor
    assert stats.processed == corpus[1]
    assert rows_by_id(tmp_path) == local_rows  # every row once, the same as the local run


def test_eval_on_ray_writes_the_same_rows(ray_address: str, tmp_path: Path) -> None:
    from seeingeye.batch.evalwork import ray_rows
    from seeingeye.eval.datasets import load_dataset
    from seeingeye.eval.runner import run_eval
    from seeingeye.eval.synth import generate, write_manifest

    manifest = write_manifest(generate(2, seed=11, kinds=["receipt", "table"]), tmp_path / "data")
    items = load_dataset(str(manifest), None)
    local = run_eval(items, ["seeingeye"], tmp_path / "local", SETTINGS)
    on_ray = run_eval(items, ["seeingeye"], tmp_path / "ray", SETTINGS,
                      engine=ray_rows(SETTINGS, ["seeingeye"], ray_address, 1, cpus_per_worker=1))

    def key(rows: list[dict]) -> list[tuple]:
        return sorted((r["id"], r["prediction"], r["correct"], r["error"]) for r in rows)

    assert len(on_ray) == 2 and key(on_ray) == key(local)
