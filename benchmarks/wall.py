"""The regression wall: generate ≥10 items per scene kind (seeds fixed, src/seeingeye/eval/wall.py), answer
them with the embedded default and write per-category results.

    python benchmarks/wall.py [--n 10] [--out benchmarks/results/wall.json] [--category bar_difference ...]

tests/test_wall.py runs the first `wall.QUICK` items of every category and fails when a category answers
fewer of them than the committed results file did (its floor).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from seeingeye import SeeingEye
from seeingeye.eval import wall

RESULTS = Path(__file__).parent / "results" / "wall.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=wall.SEED)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--category", action="append", help="only these categories (repeatable)")
    args = ap.parse_args()
    eye = SeeingEye()
    items = wall.build(args.n, args.seed, args.category)
    result = wall.run(items, lambda it: eye.ask(it.image, it.question, it.options or None).answer,
                      progress=lambda line: print(line, file=sys.stderr, flush=True))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    result.update(seed=args.seed, n_per_category=args.n, quick=wall.QUICK, commit=commit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    for cat, c in result["categories"].items():
        print(f"{cat:22s} {c['correct']:3d}/{c['n']:<3d} floor(quick {wall.QUICK}) {wall.quick_floor(c)}")
    print(f"total {result['correct']}/{result['n']} in {result['elapsed_s']} s -> {args.out}")


if __name__ == "__main__":
    main()
