"""Lean start: cold start (import, --help, first ask), peak memory, per-question median/p90 and the share
answered on the speculative fast path, for two source trees ("before" and "after"), with ocr-dump run on
the same items in the same processes so every latency is also a ratio to ocr-dump's under the same load.

    git worktree add /tmp/lean_before 5da82ff          # the "before" tree
    python benchmarks/lean_start.py --before /tmp/lean_before/src --after src --limit 40

    # choose fast_confidence / fast_margin: the speculative answer is recorded but never taken, so each
    # item gives both the glance's answer and the full path's, and every threshold pair is scored offline
    python benchmarks/lean_start.py --tune --after src --limit 60

Items are taken evenly across the realistic dev split (every k-th row), never from test or holdout.
Writes benchmarks/results/lean_start.json (or lean_start_tune.json with --tune).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "benchmarks" / "realistic" / "dev" / "manifest.jsonl"
RECEIPT = ROOT / "examples" / "receipt.png"
RECEIPT_Q = "What is the total amount on this receipt?"


def measure(cmd: list[str], src: Path) -> dict[str, float]:
    """Wall time, CPU time (user+sys) and peak resident memory of one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
    return {"wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}  # fmt: skip


def cold_start(src: Path, repeats: int) -> dict[str, Any]:
    py = sys.executable
    runs = {
        "import": [py, "-c", "import seeingeye"],
        "help": [py, "-m", "seeingeye", "--help"],
        "first_ask": [py, "-m", "seeingeye", "ask", str(RECEIPT), RECEIPT_Q],
    }
    out: dict[str, Any] = {}
    for name, cmd in runs.items():
        samples = [measure(cmd, src) for _ in range(repeats if name != "first_ask" else 1)]
        out[name] = {k: min(s[k] for s in samples) for k in samples[0]}  # least disturbed by the shared load
    return out


def pick_items(limit: int) -> list[dict[str, Any]]:
    """Round-robin over the dev split's categories, so a small limit still covers every kind of image."""
    rows = [json.loads(ln) for ln in MANIFEST.read_text(encoding="utf-8").splitlines() if ln.strip()]
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_cat.setdefault(row["category"], []).append(row)
    picked: list[dict[str, Any]] = []
    while len(picked) < min(limit, len(rows)):
        for cat in sorted(by_cat):
            if by_cat[cat] and len(picked) < limit:
                picked.append(by_cat[cat].pop(0))
    return picked


def worker(ids: list[str], with_ocr_dump: bool, never_fast: bool, sink: Path) -> None:
    """Runs inside the measured source tree: one JSON line per item and system, appended to `sink` as it
    goes (a run cut short keeps what it measured)."""
    from seeingeye import SeeingEye, load_settings
    from seeingeye.eval.datasets import load_dataset
    from seeingeye.eval.scoring import score
    from seeingeye.eval.systems import build_system

    fields = type(load_settings()).model_fields
    overrides = {"fast_confidence": 1.0, "fast_margin": 1.0} if never_fast and "fast_margin" in fields else {}
    settings = load_settings(**overrides)
    eye = SeeingEye(settings)
    dump = build_system("ocr-dump", settings) if with_ocr_dump else None
    items = {i.id: i for i in load_dataset(str(MANIFEST))}
    warm = items[ids[0]]
    eye.ask(warm.image, warm.question, warm.options or None)  # load OCR sessions outside the measurement
    if dump is not None:
        dump.run(warm)
    for item_id in ids:
        item = items[item_id]
        t0 = time.perf_counter()
        res = eye.ask(item.image, item.question, item.options or None)
        row = {"id": item_id, "system": "seeingeye", "latency_s": time.perf_counter() - t0,
               "correct": score(res.answer, item.answer, item.answer_type, item.options),
               "path": getattr(res, "path", "full")}  # fmt: skip
        spec = getattr(res.trace, "speculative", None)
        if spec:
            row["speculative"] = {**spec, "correct": score(str(spec["answer"]), item.answer, item.answer_type,
                                                           item.options)}  # fmt: skip
        with sink.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")
        if dump is not None:
            t0 = time.perf_counter()
            out = dump.run(item)
            with sink.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"id": item_id, "system": "ocr-dump", "latency_s": time.perf_counter() - t0,
                                    "correct": score(out.prediction, item.answer, item.answer_type, item.options)})
                        + "\n")  # fmt: skip


def run_worker(src: Path, ids: list[str], with_ocr_dump: bool, never_fast: bool, sink: Path) -> list[dict[str, Any]]:
    sink.unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--worker", ",".join(ids), "--rows", str(sink)]
    cmd += (["--ocr-dump"] if with_ocr_dump else []) + (["--never-fast"] if never_fast else [])
    out = subprocess.run(cmd, env={**os.environ, "PYTHONPATH": str(src)}, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"worker failed: {out.stderr[-1500:]}")
    return [json.loads(ln) for ln in sink.read_text(encoding="utf-8").splitlines() if ln.strip()]


def quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def summarise(rows: list[dict[str, Any]], system: str) -> dict[str, Any]:
    mine = [r for r in rows if r["system"] == system]
    lat = [r["latency_s"] for r in mine]
    out = {"n": len(mine), "accuracy": round(sum(r["correct"] for r in mine) / len(mine), 3),
           "median_s": round(statistics.median(lat), 3), "p90_s": round(quantile(lat, 0.9), 3)}  # fmt: skip
    if system == "seeingeye":
        out["fast_share"] = round(sum(r.get("path") == "fast" for r in mine) / len(mine), 3)
    return out


def tune(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Accuracy and fast share per (confidence, margin) pair, from runs whose speculation was never taken."""
    mine = [r for r in rows if r["system"] == "seeingeye" and "speculative" in r]
    table = []
    for conf in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        for margin in (0.0, 0.1, 0.2, 0.3, 0.5):
            take = [r["speculative"]["confidence"] >= conf and r["speculative"]["margin"] >= margin for r in mine]
            acc = sum((r["speculative"]["correct"] if t else r["correct"]) for r, t in zip(mine, take, strict=True))
            wrong_fast = sum(
                t and not r["speculative"]["correct"] and r["correct"] for r, t in zip(mine, take, strict=True)
            )
            table.append({"fast_confidence": conf, "fast_margin": margin, "fast_share": round(sum(take) / len(mine), 3),
                          "accuracy": round(acc / len(mine), 3), "lost_by_fast": wrong_fast})  # fmt: skip
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, help="src/ of the old tree (e.g. a git worktree of 5da82ff)")
    ap.add_argument("--after", type=Path, default=ROOT / "src")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--repeats", type=int, default=3, help="cold import/--help samples (the least loaded kept)")
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--ocr-dump", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--never-fast", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--rows", type=Path, default=Path("/tmp/lean_start_rows"), help="per-item rows (prefix)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker.split(","), args.ocr_dump, args.never_fast, args.rows)
        return
    ids = [r["id"] for r in pick_items(args.limit)]
    result: dict[str, Any] = {"command": " ".join(sys.argv), "items": len(ids), "load_avg": os.getloadavg(),
                              "cpus": os.cpu_count()}  # fmt: skip
    if args.tune:
        rows = run_worker(args.after.resolve(), ids, False, True, Path(f"{args.rows}-tune.jsonl"))
        result |= {"seeingeye_full": summarise(rows, "seeingeye"), "grid": tune(rows), "rows": rows}
        out = args.out or ROOT / "benchmarks" / "results" / "lean_start_tune.json"
    else:
        variants = {"after": args.after.resolve()} | ({"before": args.before.resolve()} if args.before else {})
        for name, src in variants.items():
            rows = run_worker(src, ids, True, False, Path(f"{args.rows}-{name}.jsonl"))
            seeingeye, dump = summarise(rows, "seeingeye"), summarise(rows, "ocr-dump")
            ratios = {k: round(seeingeye[k] / dump[k], 3) for k in ("median_s", "p90_s")}
            result[name] = {"cold": cold_start(src, args.repeats), "seeingeye": seeingeye, "ocr_dump": dump,
                            "ratio_to_ocr_dump": ratios, "rows": rows}  # fmt: skip
        if "before" in result:
            a, b = result["after"], result["before"]
            result["after_over_before"] = {
                "import_cpu": round(a["cold"]["import"]["cpu_s"] / b["cold"]["import"]["cpu_s"], 3),
                "help_cpu": round(a["cold"]["help"]["cpu_s"] / b["cold"]["help"]["cpu_s"], 3),
                "first_ask_wall": round(a["cold"]["first_ask"]["wall_s"] / b["cold"]["first_ask"]["wall_s"], 3),
                "first_ask_peak_rss": round(
                    a["cold"]["first_ask"]["peak_rss_mb"] / b["cold"]["first_ask"]["peak_rss_mb"], 3
                ),
                "median_vs_ocr_dump": round(a["ratio_to_ocr_dump"]["median_s"] / b["ratio_to_ocr_dump"]["median_s"], 3),
            }  # fmt: skip
        out = args.out or ROOT / "benchmarks" / "results" / "lean_start.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k not in ("rows", "grid")} | {
        k: {kk: vv for kk, vv in v.items() if kk != "rows"} for k, v in result.items() if k in ("after", "before")
    }, indent=1))  # fmt: skip
    if args.tune:
        for row in result["grid"]:
            print(row)


if __name__ == "__main__":
    main()
