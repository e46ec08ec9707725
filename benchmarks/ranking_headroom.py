"""How much a learned ranker could gain over the hand order, on the candidates `train_ranking.py` collected.

    OMP_NUM_THREADS=1 PYTHONPATH=src python benchmarks/train_ranking.py MANIFEST... --wall 10 \
        --items /tmp/rank_items.json --out /tmp/ranking.json --report /tmp/calibration.json
    PYTHONPATH=src python benchmarks/ranking_headroom.py /tmp/rank_items.json /tmp/ranking.json \
        --out benchmarks/results/ranking_headroom.json

Top-1 accuracy over the same items of: the hand order (the candidates as `solve` ranks them), the shipped
ranker (`agents/data/ranking.json`, its own feature list), a freshly fitted ranker (the second argument),
and the oracle (a right answer anywhere among the candidates). Fold by image as in `train_ranking.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from seeingeye.agents.ranking import FEATURES, load


def top1(item: dict, coef: list[float], columns: list[int]) -> int:
    if not item["x"]:
        return 0
    x = np.array(item["x"])[:, columns]
    return int(item["y"][int(np.argmax(x @ np.array(coef)))])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("items", type=Path, help="--items file of train_ranking.py (features in FEATURES order)")
    ap.add_argument("fitted", type=Path, help="--out file of the same train_ranking.py run")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    items = json.loads(args.items.read_text())
    shipped, fitted = load(), json.loads(args.fitted.read_text())
    report: dict[str, dict[str, float | int]] = {}
    cols = {name: [FEATURES.index(n) for n in model["features"]] for name, model in (("shipped", shipped),
                                                                                  ("fitted", fitted))}
    for fold in (0, 1, 2, "all"):
        part = [it for it in items
                if fold == "all" or int(hashlib.sha256(it["image"].encode()).hexdigest(), 16) % 3 == fold]

        def mean(values: list[int]) -> float:
            return round(float(np.mean(values)), 4)

        report[str(fold)] = {
            "n": len(part),
            "hand": mean([it["y"][0] if it["y"] else 0 for it in part]),
            "shipped": mean([top1(it, shipped["ranker"]["coef"], cols["shipped"]) for it in part]),
            "fitted": mean([top1(it, fitted["ranker"]["coef"], cols["fitted"]) for it in part]),
            "oracle": mean([max(it["y"]) if it["y"] else 0 for it in part]),
        }
    print(json.dumps(report, indent=1))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
