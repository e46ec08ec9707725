"""Eval throughput with 1 vs 2 worker processes on the same items (items per second, same answers).

    python benchmarks/concurrency.py [--n 24]

Writes benchmarks/results/concurrency.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from seeingeye.config import load_settings
from seeingeye.eval.datasets import load_dataset
from seeingeye.eval.runner import run_eval


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--dataset", default="easy-vqa:test")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "concurrency.json")
    args = ap.parse_args()
    items = load_dataset(args.dataset, args.n)
    settings = load_settings()
    res = {}
    answers = {}
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            t0 = time.perf_counter()
            rows = run_eval(items, ["seeingeye"], Path(tmp) / f"w{workers}", settings, concurrency=workers)
            wall = time.perf_counter() - t0
            answers[workers] = {r["id"]: r["prediction"] for r in rows}
            res[f"workers_{workers}"] = {"items": len(rows), "wall_s": wall, "items_per_s": len(rows) / wall}
    res["same_answers"] = answers[1] == answers[2]
    res["speedup"] = res["workers_2"]["items_per_s"] / res["workers_1"]["items_per_s"]
    res["note"] = "wall time includes worker start-up (spawn, model load once per worker)"
    print(json.dumps(res, indent=2))
    args.out.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
