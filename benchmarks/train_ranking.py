"""Train the candidate ranker and the per-answer-type calibration (`agents/ranking.py`) on a manifest,
and report ECE and selective accuracy on items neither model saw.

    OMP_NUM_THREADS=1 python benchmarks/train_ranking.py benchmarks/realistic/dev/manifest.jsonl \
        benchmarks/screens/dev/manifest.jsonl --wall 10 --cache /tmp/sircache \
        --out src/seeingeye/agents/data/ranking.json --report benchmarks/results/calibration.json

Items are split into three folds by image (questions on one image never straddle folds). Reported
figures come from rotations: ranker fitted on fold i, calibration on fold i+1 (items the ranker never
saw), both scored on fold i+2; the pooled held-out predictions give ECE, the reliability table and
selective accuracy (accuracy of the answers kept above each threshold, and the share kept). The
calibration is one logistic model with a weight per answer-type family (`ranking.CAL_FEATURES`). The
shipped ranker is fitted on folds 0 and 1 and its calibration on fold 2; the routing threshold is the lowest
confidence at which the pooled held-out answers reach 90% precision. The old hand-set confidence is
scored on the same items for comparison.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).parent))
from calibrate import ece  # noqa: E402
from dev_understanding import load_sir  # noqa: E402

from seeingeye import SeeingEye  # noqa: E402
from seeingeye.agents.confidence import confidence, features  # noqa: E402
from seeingeye.agents.extract import Candidate  # noqa: E402
from seeingeye.agents.match import Matcher  # noqa: E402
from seeingeye.agents.question import analyse  # noqa: E402
from seeingeye.agents.ranking import (  # noqa: E402
    CAL_FEATURES,
    FEATURES,
    Asked,
    asked,
    calibrated,
    calibration_features,
    candidate_features,
    family,
)
from seeingeye.agents.solve import solve  # noqa: E402
from seeingeye.agents.structure import settled  # noqa: E402
from seeingeye.eval import wall  # noqa: E402
from seeingeye.eval.scoring import score  # noqa: E402

DEPTH = 8


def wall_manifest(n: int, root: Path) -> Path:
    """`n` generated items per wall category, from a seed the wall itself does not use (the wall stays a
    test of what the calibration never saw), written as a manifest under `root`."""
    (root / "images").mkdir(parents=True, exist_ok=True)
    rows = []
    for w in wall.build(n, wall.SEED + 1):
        name = f"images/{w.category}_{w.index}.png"
        w.item.image.save(root / name)
        rows.append({"id": f"wall-{w.category}-{w.index}", "image": name, "question": w.item.question,
                     "answer": w.item.answer, "category": w.category, "options": w.item.options or []})  # fmt: skip
    path = root / "manifest.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def collect(args: argparse.Namespace) -> list[dict]:
    eye, matcher, items = SeeingEye(reasoner="programs"), Matcher(), []
    manifests = list(args.manifest) + ([wall_manifest(args.wall, args.cache / "wall")] if args.wall else [])
    for manifest in manifests:
        rows = [json.loads(x) for x in manifest.read_text().splitlines() if x.strip()]
        rows = [r for r in rows if not r.get("options")]  # option letters are mapped after ranking
        where = argparse.Namespace(manifest=manifest, cache=args.cache)
        for r in tqdm(rows[: args.limit or None], desc=manifest.parent.name, unit="q"):
            items.append(_item(r, load_sir(r, where, eye), matcher, str(manifest)))
    return items


def _item(r: dict, sir_: object, matcher: Matcher, source: str) -> dict:
    sir = settled(sir_)
    qa = analyse(r["question"])
    cands = solve(qa, sir, matcher)[:DEPTH]
    return {
            "id": r["id"], "image": f"{source}:{r['image']}", "family": family(qa.answer_type), "set": source,
            "x": [candidate_features(cands, k) for k in range(len(cands))],
            "y": [int(score(c.answer, r["answer"], r.get("answer_type"), None)) for c in cands],
            "hand_conf": confidence(features(cands)), "asked": asdict(asked(qa, sir)),
            "cand": [{"match": c.match, "type_ok": c.type_ok, "source": c.source} for c in cands],
    }  # fmt: skip


def fold_of(item: dict) -> int:
    return int(hashlib.sha256(item["image"].encode()).hexdigest(), 16) % 3


def fit_ranker(items: list[dict]) -> np.ndarray:
    x = np.array([v for it in items for v in it["x"]])
    y = np.array([v for it in items for v in it["y"]])
    lr = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False).fit(x, y)
    return lr.coef_[0]


def cal_x(item: dict, coef: np.ndarray) -> tuple[list[float], int]:
    """Calibration features of an item after re-ranking with `coef`, and whether its top is right."""
    if not item["x"]:
        return calibration_features([], None, Asked(**item["asked"])), 0
    p = 1 / (1 + np.exp(-(np.array(item["x"]) @ coef)))
    order = np.argsort(-p, kind="stable")
    c = item["cand"][order[0]]
    top = Candidate("", c["match"], c["type_ok"], [], c["source"])
    feats = calibration_features([float(p[i]) for i in order], top, Asked(**item["asked"]))
    return feats, item["y"][order[0]]


def fit_calibration(items: list[dict], coef: np.ndarray) -> list[float]:
    rows = [cal_x(it, coef) for it in items]
    x, y = np.array([f for f, _ in rows]), np.array([r for _, r in rows])
    lr = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False).fit(x, y)
    return [float(w) for w in lr.coef_[0]]


def apply(item: dict, coef: np.ndarray, cal: list[float]) -> tuple[float, int]:
    feats, right = cal_x(item, coef)
    return calibrated(feats, {"calibration": {"coef": cal}}), right


def selective(conf: np.ndarray, right: np.ndarray) -> list[dict[str, float]]:
    out = []
    for th in np.round(np.arange(0.0, 1.0, 0.05), 2):
        kept = conf >= th
        out.append({"threshold": float(th), "kept": round(float(kept.mean()), 4),
                    "accuracy": round(float(right[kept].mean()), 4) if kept.any() else None})  # fmt: skip
    return out


def threshold_for(conf: np.ndarray, right: np.ndarray, precision: float) -> float | None:
    """Lowest threshold whose kept answers are right at least `precision` of the time (>= 10 kept)."""
    for th in sorted(set(np.round(conf, 3))):
        kept = conf >= th
        if kept.sum() >= 10 and right[kept].mean() >= precision:
            return float(th)
    return None


def summary(conf: np.ndarray, right: np.ndarray) -> dict:
    e, table = ece(conf, right.astype(float))
    return {"n": len(conf), "accuracy": round(float(right.mean()), 4), "ece": round(float(e), 4),
            "reliability": [{"bin": b, "n": n, "conf": round(c, 3), "acc": round(a, 3)} for b, n, c, a in table],
            "selective": selective(conf, right), "threshold_at_90": (th := threshold_for(conf, right, 0.9)),
            "kept_at_90": round(float((conf >= th).mean()), 4) if th is not None else 0.0}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("manifest", type=Path, nargs="+", help="one or more manifests, pooled (folds by image)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sircache"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--wall", type=int, default=0, help="also N generated items per wall category (seed + 1)")
    ap.add_argument("--items", type=Path, help="keep the collected items here; a later run refits from them")
    ap.add_argument("--recollect", action="store_true", help="collect again even when --items exists")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.items and args.items.exists() and not args.recollect:
        items = json.loads(args.items.read_text())  # refit in seconds on what an earlier run collected
    else:
        items = collect(args)
        if args.items:
            args.items.write_text(json.dumps(items))
    folds = [[it for it in items if fold_of(it) == f] for f in range(3)]
    learned, hand = [], []
    for f in range(3):
        coef = fit_ranker(folds[f])
        cal = fit_calibration(folds[(f + 1) % 3], coef)
        for it in folds[(f + 2) % 3]:
            learned.append(apply(it, coef, cal))
            hand.append((it["hand_conf"], it["y"][0] if it["y"] else 0))
    lc, lr_ = np.array([c for c, _ in learned]), np.array([r for _, r in learned])
    hc, hr = np.array([c for c, _ in hand]), np.array([r for _, r in hand])
    coef = fit_ranker(folds[0] + folds[1])
    cal = fit_calibration(folds[2], coef)
    th = threshold_for(lc, lr_, 0.9)
    report = {
        "manifest": [str(m) for m in args.manifest], "items": len(items), "folds": [len(f) for f in folds],
        "held_out_learned": summary(lc, lr_), "held_out_hand_set": summary(hc, hr),
        "per_family_ece": {fam: round(float(ece(lc[m], lr_[m].astype(float))[0]), 4)
                           for fam in sorted({it["family"] for it in items})
                           if (m := np.array([it["family"] == fam for f in range(3)
                                              for it in folds[(f + 2) % 3]])).sum() >= 5},
        "per_set": {name: summary(lc[m], lr_[m]) | {"reliability": None}
                    for name in sorted({it["set"] for it in items})
                    if (m := np.array([it["set"] == name for f in range(3)
                                       for it in folds[(f + 2) % 3]])).sum() >= 5},
        "routing_threshold_90": th,
    }  # fmt: skip
    print(json.dumps({k: v for k, v in report.items() if k != "reliability"}, indent=1)[:4000])
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n")
    if args.out:
        model = {"features": list(FEATURES), "ranker": {"coef": [round(float(w), 5) for w in coef]},
                 "calibration": {"features": list(CAL_FEATURES), "coef": [round(w, 5) for w in cal]},
                 "thresholds": {"0.90": th}, "trained_on": [str(m) for m in args.manifest]}  # fmt: skip
        args.out.write_text(json.dumps(model, indent=1) + "\n")


if __name__ == "__main__":
    main()
