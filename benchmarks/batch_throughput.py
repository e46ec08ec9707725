"""Batch throughput: images per second (and per core) by kind of image, local process pool vs Ray with 1
and 2 workers, memory (RSS) per worker, and the 1 -> 2 worker scaling ratio, all in one run on this
machine; the load average at measurement time is recorded next to every figure.

    PYTHONPATH=src python benchmarks/batch_throughput.py --per-kind 3 --out benchmarks/results/batch_throughput.json

Each configuration first warms its workers up (models load once per worker, not counted), then reads
the same mixed set into a fresh output folder; the rate is wall-clock images / seconds of that run."""

from __future__ import annotations

import argparse
import contextlib
import json
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

from seeingeye.batch.engines import LocalEngine
from seeingeye.batch.inputs import iter_inputs
from seeingeye.batch.run import BatchOptions, reader_factory, run_batch
from seeingeye.batch.writer import read_rows
from seeingeye.config import Settings
from seeingeye.eval import synth

KINDS = ["receipt", "table", "chart", "shapes", "photo", "small_print", "rotated", "text_colour"]
SRC = Path(__file__).resolve().parents[1] / "src"


@contextlib.contextmanager
def local_ray_head(cpus: int = 2) -> Iterator[str]:
    """A Ray head on loopback (no dashboard, no usage stats) in its own process group; stopped after."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    temp = tempfile.mkdtemp(prefix="se-ray-", dir="/tmp")
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [str(Path(sys.executable).with_name("ray")), "start", "--head", "--block", "--node-ip-address",
           "127.0.0.1", "--port", str(port), "--include-dashboard=false", "--num-cpus", str(cpus),
           "--disable-usage-stats", "--temp-dir", temp]
    head = subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if head.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Ray head did not start") from None
                time.sleep(0.5)
        yield f"127.0.0.1:{port}"
    finally:
        import ray

        ray.shutdown()
        os.killpg(head.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            head.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(head.pid, signal.SIGKILL)
        shutil.rmtree(temp, ignore_errors=True)


def write_set(root: Path, per_kind: int, seed: int) -> Path:
    """A manifest of `per_kind` images of each kind; ids carry the kind."""
    lines = []
    (root / "images").mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        for i, item in enumerate(synth.generate(per_kind, seed=seed, kinds=[kind])):
            name = f"{kind}-{i:03d}"
            item.image.save(root / "images" / f"{name}.png")
            lines.append(json.dumps({"id": name, "path": f"images/{name}.png"}))
    (root / "manifest.jsonl").write_text("\n".join(lines) + "\n")
    return root / "manifest.jsonl"


def rss_mb(pids: list[int]) -> list[float]:
    out = []
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out.append(round(int(line.split()[1]) / 1024, 1))
    return out


def measure(engine: Any, pids: Any, warm: Path, manifest: Path, work: Path, settings: Settings) -> dict[str, Any]:
    run_batch(iter_inputs(str(warm)), settings, engine, BatchOptions(work / "warm"))  # load models
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    stats = run_batch(iter_inputs(str(manifest)), settings, engine, BatchOptions(work / "out"))
    wall = time.perf_counter() - t0
    rows = read_rows(work / "out").to_pylist()
    per_kind: dict[str, list[float]] = {}
    cpu_kind: dict[str, list[float]] = {}
    for r in rows:
        per_kind.setdefault(r["id"].split("-")[0], []).append(r["timings"]["total"])
        cpu_kind.setdefault(r["id"].split("-")[0], []).append(r["timings"]["cpu"])
    return {
        "workers": engine.workers,
        "threads_per_worker": engine.threads,
        "images": stats.processed,
        "errors": stats.errors,
        "wall_s": round(wall, 2),
        "images_per_s": round(stats.processed / wall, 3),
        "mean_s_per_image_in_worker": {k: round(sum(v) / len(v), 3) for k, v in per_kind.items()},
        "mean_cpu_s_per_image": {k: round(sum(v) / len(v), 3) for k, v in cpu_kind.items()},
        "rss_mb_per_worker": rss_mb(pids()),
        "load_avg_1m_before": round(load_before, 2),
        "load_avg_1m_after": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=3)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/batch_throughput.json"))
    args = ap.parse_args()
    settings = Settings(reasoner="programs")  # question-free readings: no model on the reasoning side
    factory = reader_factory(settings, False)
    root = Path(tempfile.mkdtemp(prefix="se-bench-"))
    manifest = write_set(root / "set", args.per_kind, args.seed)
    warm = write_set(root / "warm", 1, args.seed + 1)
    results: dict[str, Any] = {"cores": os.cpu_count(), "images": args.per_kind * len(KINDS), "kinds": KINDS,
                               "load_avg_at_start": [round(x, 2) for x in os.getloadavg()], "runs": {}}
    for workers in (1, 2):
        engine = LocalEngine(factory, workers)
        try:
            results["runs"][f"local_{workers}"] = measure(
                engine, lambda e=engine: list(e._pool()._processes), warm, manifest, root / f"local{workers}",
                settings)
        finally:
            engine.close()
        print(f"local {workers}: {results['runs'][f'local_{workers}']['images_per_s']} img/s", flush=True)
    from seeingeye.batch.ray_engine import RayEngine

    with local_ray_head(os.cpu_count() or 2) as address:
        for workers in (1, 2):
            engine = RayEngine(factory, address, workers)
            try:
                results["runs"][f"ray_{workers}"] = measure(engine, engine.pids, warm, manifest,
                                                            root / f"ray{workers}", settings)
            finally:
                engine.close()
            print(f"ray {workers}: {results['runs'][f'ray_{workers}']['images_per_s']} img/s", flush=True)
    runs = results["runs"]
    for name in ("local", "ray"):
        one, two = runs[f"{name}_1"]["images_per_s"], runs[f"{name}_2"]["images_per_s"]
        results[f"{name}_scaling_1_to_2"] = round(two / (2 * one), 3)  # 1.0 = linear
    # Per core: CPU seconds per image (all of a worker's threads), independent of other load on the box;
    # from the 1-thread workers, where no thread waits on another.
    single = runs["local_2"]["mean_cpu_s_per_image"]
    results["images_per_s_per_core_by_kind"] = {k: round(1 / v, 3) for k, v in single.items() if v > 0}
    all_cpu = sum(single.values()) / len(single)
    results["images_per_s_per_core_mixed"] = round(1 / all_cpu, 3)
    results["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({k: v for k, v in results.items() if k != "runs"}, indent=2))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
