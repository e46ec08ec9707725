"""Fit the last step of the reported confidence on answers to questions nobody had tuned on: the first
measurement of each fresh test split (their committed `predictions.jsonl`).

    python benchmarks/recalibrate_honest.py \
        benchmarks/results/clean-test2-2026-12-04/predictions.jsonl \
        benchmarks/results/clean-test3-2026-12-04/predictions.jsonl \
        benchmarks/results/screens-test3-2026-12-04/predictions.jsonl \
        --mapped benchmarks/results/clean-test4-2026-12-04/predictions.jsonl \
                 benchmarks/results/screens-test4-2026-12-04/predictions.jsonl \
        --out src/seeingeye/agents/data/ranking.json --report benchmarks/results/honest_calibration.json

(`--mapped`: splits measured after a map existed report mapped confidences; that map is taken off them
first: the one in --out now, or `FILE@GITREF` for the one committed at GITREF.)

Why: the calibration in `train_ranking.py` is fitted on the tuning sets, where the answerer is right nine times
in ten because it was tuned there; on a split measured once it reported 0.79-0.89 on average while being right
0.43-0.64 of the time (ECE 0.25-0.41). This fit maps the calibrated confidence and whether the answer needed
more than one round onto how often such answers were right on splits seen for the first time. Its figures are
leave-one-split-out: fitted on the other splits, scored on the one left out. The shipped map is fitted on all.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
from calibrate import ece  # noqa: E402

from seeingeye.agents.ranking import honest_features  # noqa: E402


def load(path: Path, mapped_by: list[float] | None = None) -> list[dict]:
    """A split's answers; `mapped_by`: the honest map the split was measured with, taken off again so every
    split is fitted on the same calibrated belief (the map is a logistic in the belief's logit: invertible)."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("system", "seeingeye") == "seeingeye" and r.get("error") is None]
    if mapped_by:
        for r in rows:
            if r["confidence"] > 0.0:
                b0, b1, b2 = mapped_by
                c = min(max(r["confidence"], 1e-4), 1 - 1e-4)
                logit = (math.log(c / (1 - c)) - b0 - b2 * float(r["rounds"] > 1)) / b1
                r["confidence"] = round(1 / (1 + math.exp(-logit)), 4)
    return rows


def map_at(ranking: Path, ref: str | None) -> list[float] | None:
    """The honest map in `ranking` now, or as committed at git `ref`."""
    text = ranking.read_text() if ref is None else subprocess.run(
        ["git", "show", f"{ref}:{ranking}"], capture_output=True, text=True, check=True).stdout
    return json.loads(text).get("honest", {}).get("coef")


def fit(rows: list[dict]) -> LogisticRegression:
    x = np.array([honest_features(r["confidence"], r["rounds"]) for r in rows])
    y = np.array([bool(r["correct"]) for r in rows])
    return LogisticRegression(C=1.0, fit_intercept=False).fit(x, y)


def selective(p: np.ndarray, y: np.ndarray) -> list[dict]:
    """Accuracy of the answers kept at each threshold, and the share kept."""
    out = []
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        keep = p >= t
        out.append({"threshold": t, "kept": round(float(keep.mean()), 3),
                    "accuracy": round(float(y[keep].mean()), 3) if keep.any() else None})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("predictions", nargs="+", type=Path, help="first-measurement predictions.jsonl of test splits")
    ap.add_argument("--out", type=Path, required=True, help="ranking.json to write the map into")
    ap.add_argument("--report", type=Path, required=True)
    ap.add_argument("--mapped", nargs="*", default=[],
                    help="first-measurement predictions taken with a map already applied: FILE (the map now in "
                         "--out) or FILE@GITREF (the map in --out as committed at GITREF, the one it was measured "
                         "with)")
    args = ap.parse_args()
    splits = {p.parent.name: load(p) for p in args.predictions}
    for spec in args.mapped:
        path, _, ref = spec.partition("@")
        splits[Path(path).parent.name] = load(Path(path), map_at(args.out, ref or None))
    held: dict[str, dict] = {}
    for name, rows in splits.items():
        model = fit([r for other, rs in splits.items() if other != name for r in rs])
        x = np.array([honest_features(r["confidence"], r["rounds"]) for r in rows])
        p, y = model.predict_proba(x)[:, 1], np.array([bool(r["correct"]) for r in rows])
        raw = np.array([r["confidence"] for r in rows])
        held[name] = {"n": len(rows), "accuracy": round(float(y.mean()), 3),
                      "ece_before": round(ece(raw, y)[0], 3), "ece_after": round(ece(p, y)[0], 3),
                      "mean_confidence_before": round(float(raw.mean()), 3),
                      "mean_confidence_after": round(float(p.mean()), 3), "selective_after": selective(p, y)}
    model = fit([r for rs in splits.values() for r in rs])
    shipped = json.loads(args.out.read_text())
    shipped["honest"] = {"coef": [round(float(c), 6) for c in model.coef_[0]], "fitted_on": sorted(splits),
                         "n": sum(len(rs) for rs in splits.values())}
    args.out.write_text(json.dumps(shipped, indent=1) + "\n")
    report = {"fitted_on": sorted(splits), "coef": shipped["honest"]["coef"], "leave_one_split_out": held}
    args.report.write_text(json.dumps(report, indent=1) + "\n")
    for name, h in held.items():
        print(f"{name}: n={h['n']} accuracy {h['accuracy']} ECE {h['ece_before']} -> {h['ece_after']} "
              f"(mean confidence {h['mean_confidence_before']} -> {h['mean_confidence_after']})")


if __name__ == "__main__":
    main()
