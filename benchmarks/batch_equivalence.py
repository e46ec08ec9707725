"""Issue 19's acceptance run at full size: `seeingeye batch` over N mixed images (default 200, plus a
corrupt and a missing file) locally and on a local Ray cluster must give identical rows apart from
timings; the Ray run has its worker killed mid-run and is interrupted, then resumed, and must lose and
duplicate nothing. (CI runs the same checks on 13 rows: tests/test_batch_ray.py.)

    PYTHONPATH=src python benchmarks/batch_equivalence.py --images 200 --out benchmarks/results/batch_equivalence.json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from seeingeye.batch.engines import LocalEngine
from seeingeye.batch.inputs import iter_inputs
from seeingeye.batch.run import BatchOptions, BatchStats, reader_factory, run_batch
from seeingeye.batch.writer import read_rows
from seeingeye.config import Settings
from seeingeye.eval import synth

sys.path.insert(0, str(Path(__file__).parent))
from batch_throughput import local_ray_head  # noqa: E402


class Interrupt(Exception):
    pass


def write_corpus(root: Path, n: int) -> Path:
    (root / "images").mkdir(parents=True, exist_ok=True)
    lines = []
    for i, item in enumerate(synth.generate(n, seed=200)):  # every generator in turn
        item.image.save(root / "images" / f"m{i:04d}.png")
        lines.append(json.dumps({"id": f"m{i:04d}", "path": f"images/m{i:04d}.png"}))
    (root / "images" / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    lines += [json.dumps({"id": "corrupt", "path": "images/corrupt.png"}),
              json.dumps({"id": "missing", "path": "images/missing.png"})]
    (root / "manifest.jsonl").write_text("\n".join(lines) + "\n")
    return root / "manifest.jsonl"


def rows(out: Path) -> tuple[dict[str, dict[str, Any]], int]:
    got = read_rows(out).drop_columns(["timings"]).to_pylist()
    return {r["id"]: r for r in got}, len(got)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--images", type=int, default=200)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/batch_equivalence.json"))
    args = ap.parse_args()
    settings = Settings(reasoner="programs")
    factory = reader_factory(settings, False)
    root = Path(tempfile.mkdtemp(prefix="se-equiv-"))
    manifest = write_corpus(root / "set", args.images)
    report: dict[str, Any] = {"images": args.images, "rows_expected": args.images + 2,
                              "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]}
    t0 = time.perf_counter()
    local = LocalEngine(factory, 1)
    try:
        run_batch(iter_inputs(str(manifest)), settings, local, BatchOptions(root / "local"))
    finally:
        local.close()
    report["local_wall_s"] = round(time.perf_counter() - t0, 1)
    from seeingeye.batch.ray_engine import RayEngine

    with local_ray_head(os.cpu_count() or 2) as address:
        engine = RayEngine(factory, address, 1)
        killed: list[int] = []
        stop_at = (args.images + 2) // 2

        def kill_then_interrupt(stats: BatchStats) -> None:
            if not killed and stats.processed >= stop_at // 3:
                (pid,) = engine.pids()
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            if stats.processed >= stop_at:
                raise Interrupt

        t0 = time.perf_counter()
        try:
            with contextlib.suppress(Interrupt):
                run_batch(iter_inputs(str(manifest)), settings, engine, BatchOptions(root / "ray"), kill_then_interrupt)
            first = rows(root / "ray")[1]
            resumed = run_batch(iter_inputs(str(manifest)), settings, engine, BatchOptions(root / "ray"))
            report["actor_restarted"] = engine.pids() != killed
        finally:
            engine.close()
        report["ray_wall_s"] = round(time.perf_counter() - t0, 1)
    local_rows, n_local = rows(root / "local")
    ray_rows, n_ray = rows(root / "ray")
    report.update(
        worker_killed_pid=killed[0] if killed else None,
        ray_rows_before_interrupt=first,
        resumed_skipped=resumed.skipped,
        resumed_processed=resumed.processed,
        local_rows=n_local,
        ray_rows=n_ray,
        ray_duplicates=n_ray - len(ray_rows),
        missing_on_ray=sorted(set(local_rows) - set(ray_rows)),
        differing_rows=sorted(k for k in local_rows if k in ray_rows and local_rows[k] != ray_rows[k]),
        error_rows=sum(1 for r in local_rows.values() if r["error"]),
        kinds={k: sum(1 for r in local_rows.values() if r["kind"] == k) for k in
               sorted({r["kind"] for r in local_rows.values() if r["kind"]})},
        load_avg_at_end=[round(x, 2) for x in os.getloadavg()],
    )
    report["identical"] = (n_local == n_ray == args.images + 2 and not report["ray_duplicates"]
                           and not report["missing_on_ray"] and not report["differing_rows"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
