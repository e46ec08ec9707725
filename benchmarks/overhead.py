"""Framework overhead: per question, time in our own code vs. time in tools and model calls.

    python benchmarks/overhead.py [--n 40] [--seed 0] [--reasoner embedded]

Prints a table and writes benchmarks/results/overhead.json. Goal: our own code <= 2% of wall time.
All figures are from one run on the same machine, so the ratio is what matters, not absolute seconds.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.eval.scoring import score


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reasoner", default="embedded")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "overhead.json")
    args = ap.parse_args()

    eye = SeeingEye(reasoner=args.reasoner)
    warm = synth.receipt(synth.random.Random(0))
    eye.ask(warm.image, warm.question)  # load OCR and model sessions outside the measurement
    rows = []
    for item in synth.generate(args.n, seed=args.seed):
        t0 = time.perf_counter()
        res = eye.ask(item.image, item.question, item.options or None)
        wall = time.perf_counter() - t0
        tools = sum(c.duration_s for c in res.trace.tool_calls)
        models = sum(c.latency_s for c in res.trace.model_calls)
        rows.append(
            {
                "category": item.category,
                "wall_s": wall,
                "tools_s": tools,
                "models_s": models,
                "own_s": max(0.0, wall - tools - models),
                "rounds": res.rounds,
                "correct": score(res.answer, item.answer, item.answer_type, item.options),
            }
        )
    wall = sum(r["wall_s"] for r in rows)
    own = sum(r["own_s"] for r in rows)
    summary = {
        "machine": f"{platform.machine()} {platform.python_version()}",
        "n": len(rows),
        "reasoner": args.reasoner,
        "seconds_per_question_p50": statistics.median(r["wall_s"] for r in rows),
        "seconds_per_question_mean": wall / len(rows),
        "share_tools": sum(r["tools_s"] for r in rows) / wall,
        "share_models": sum(r["models_s"] for r in rows) / wall,
        "share_own_code": own / wall,
        "own_ms_per_question_p50": 1000 * statistics.median(r["own_s"] for r in rows),
        "accuracy": sum(r["correct"] for r in rows) / len(rows),
        "mean_rounds": statistics.mean(r["rounds"] for r in rows),
    }
    print(json.dumps(summary, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
