"""Train the last step of the reported confidence (`agents/reported.py`) on answers to questions nobody had
tuned on: the first measurement of each test split (their committed `predictions.jsonl`).

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/train_reported.py \
        benchmarks/results/clean-test*-2026-* benchmarks/results/screens-test*-2026-* \
        --out src/seeingeye/agents/data/reported.npz --report benchmarks/results/reported_confidence.json

Each row gives the question, the answer, the confidence it reported and whether it was right. The features
are those `reported.py` computes at run time: the reported confidence (the honest map's output for the
splits measured since that map existed; the first three splits reported the belief itself, a monotone
difference the trees absorb), the answer's form, and principal components of the question's and the
answer's embeddings. Figures are leave-one-split-out: trained on the other splits, scored on the one left
out; the shipped model is trained on all of them. Needs scikit-learn (the `dev` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).parent))
from calibrate import ece  # noqa: E402

from seeingeye.agents.reported import ANSWER_CHARS, HAND, hand_features  # noqa: E402
from seeingeye.models.embed import get_embedder  # noqa: E402

Q_AXES, A_AXES = 32, 16
BOOST = {"max_iter": 200, "learning_rate": 0.05, "max_leaf_nodes": 15, "random_state": 0}
SHARES = (0.2, 0.4, 0.6)


def load(run: Path) -> list[dict]:
    """A split's answers that reported a confidence (nothing found reports 0 and stays 0)."""
    rows = [json.loads(line) for line in (run / "predictions.jsonl").read_text().splitlines() if line.strip()]
    return [r | {"split": run.name} for r in rows
            if r.get("system", "seeingeye") == "seeingeye" and r.get("error") is None
            and (r.get("confidence") or 0.0) > 0.0 and str(r.get("prediction") or "").strip()]  # fmt: skip


def arrays(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    emb = get_embedder()
    hand = np.array([hand_features(r["confidence"], r.get("rounds", 1), str(r["prediction"])) for r in rows])
    q = emb.encode([r["question"] for r in rows], "query")
    a = emb.encode([str(r["prediction"]).strip()[:ANSWER_CHARS] for r in rows], "query")
    return hand, q, a, np.array([bool(r["correct"]) for r in rows])


class Model:
    """PCA of both embeddings, then boosted trees over the hand features and the components."""

    def __init__(self, hand: np.ndarray, q: np.ndarray, a: np.ndarray, y: np.ndarray) -> None:
        self.qp = PCA(Q_AXES, random_state=0).fit(q)
        self.ap = PCA(A_AXES, random_state=0).fit(a)
        self.trees = HistGradientBoostingClassifier(**BOOST).fit(self.x(hand, q, a), y)

    def x(self, hand: np.ndarray, q: np.ndarray, a: np.ndarray) -> np.ndarray:
        return np.hstack([hand, self.qp.transform(q), self.ap.transform(a)])

    def predict(self, hand: np.ndarray, q: np.ndarray, a: np.ndarray) -> np.ndarray:
        return self.trees.predict_proba(self.x(hand, q, a))[:, 1]

    def export(self) -> dict[str, np.ndarray]:
        """Plain arrays for `reported.Ensemble`: every tree's nodes end to end, with each tree's root."""
        nodes, roots, offset = [], [], 0
        for (tree,) in self.trees._predictors:  # one tree per iteration for a binary classifier
            n = tree.nodes
            roots.append(offset)
            nodes.append((n["feature_idx"], n["num_threshold"], n["left"] + offset, n["right"] + offset,
                          n["value"], n["is_leaf"]))  # fmt: skip
            offset += len(n)
        cols = [np.concatenate(c) for c in zip(*nodes, strict=True)]
        return {"q_mean": self.qp.mean_, "q_axes": self.qp.components_, "a_mean": self.ap.mean_,
                "a_axes": self.ap.components_, "baseline": np.float64(self.trees._baseline_prediction.ravel()[0]),
                "feature": cols[0].astype(np.int32), "threshold": cols[1].astype(np.float64),
                "left": cols[2].astype(np.int32), "right": cols[3].astype(np.int32),
                "value": cols[4].astype(np.float64), "leaf": cols[5].astype(bool),
                "roots": np.array(roots, np.int32)}  # fmt: skip


def kept(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    order = np.argsort(-p, kind="stable")
    return {f"{s:.0%}": round(float(y[order[: max(1, int(len(p) * s))]].mean()), 3) for s in SHARES}


def threshold_for(p: np.ndarray, y: np.ndarray, precision: float = 0.9) -> dict[str, float] | None:
    """The lowest confidence whose kept answers (at least 20 of them) are right `precision` of the time."""
    for t in np.unique(np.round(p, 3)):
        keep = p >= t
        if keep.sum() >= 20 and y[keep].mean() >= precision:
            return {"threshold": float(t), "kept": round(float(keep.mean()), 3)}
    return None


def at_thresholds(p: np.ndarray, y: np.ndarray) -> list[dict]:
    """Accuracy of the answers kept at each threshold, and the share kept (where `route_threshold` sits)."""
    out = []
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        keep = p >= t
        out.append({"threshold": t, "kept": round(float(keep.mean()), 3),
                    "accuracy": round(float(y[keep].mean()), 3) if keep.any() else None})  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runs", nargs="+", type=Path, help="first-measurement run folders holding predictions.jsonl")
    ap.add_argument("--out", type=Path, required=True, help="reported.npz to write")
    ap.add_argument("--report", type=Path, required=True)
    args = ap.parse_args()
    runs = [r for r in args.runs if (r / "predictions.jsonl").is_file()]
    rows = [row for run in runs for row in load(run)]
    hand, q, a, y = arrays(rows)
    split = np.array([r["split"] for r in rows])
    held, pooled = {}, np.zeros(len(rows))
    for name in sorted(set(split)):
        te = split == name
        p = Model(hand[~te], q[~te], a[~te], y[~te]).predict(hand[te], q[te], a[te])
        pooled[te] = p
        before = hand[te, 0]
        held[name] = {"n": int(te.sum()), "accuracy": round(float(y[te].mean()), 3),
                      "auc_before": round(float(roc_auc_score(y[te], before)), 3),
                      "auc_after": round(float(roc_auc_score(y[te], p)), 3),
                      "ece_after": round(ece(p, y[te])[0], 3),
                      "kept_before": kept(before, y[te]), "kept_after": kept(p, y[te])}  # fmt: skip
        print(
            f"{name}: n={held[name]['n']} AUC {held[name]['auc_before']} -> {held[name]['auc_after']} "
            f"kept 40% right {held[name]['kept_before']['40%']} -> {held[name]['kept_after']['40%']}"
        )
    np.savez_compressed(args.out, **Model(hand, q, a, y).export())
    clean = np.array([s.startswith("clean") for s in split])
    report = {"features": [*HAND, *(f"q{i}" for i in range(Q_AXES)), *(f"a{i}" for i in range(A_AXES))],
              "boosting": BOOST, "n": len(rows), "splits": sorted(set(split)),
              "pooled_leave_one_split_out": {"auc": round(float(roc_auc_score(y, pooled)), 3),
                                             "ece": round(ece(pooled, y)[0], 3), "kept": kept(pooled, y),
                                             "threshold_90_clean": threshold_for(pooled[clean], y[clean]),
                                             "threshold_90_all": threshold_for(pooled, y),
                                             "at_thresholds": at_thresholds(pooled, y)},
              "leave_one_split_out": held}  # fmt: skip
    args.report.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report["pooled_leave_one_split_out"]))


if __name__ == "__main__":
    main()
