"""Train the error-line model (`error_lines.py`) and write `data/error_lines.npz`.

    OMP_NUM_THREADS=1 python -m seeingeye.agents.train_errors [--harvest] [--report benchmarks/results/error_lines.json]

Recipe: `--harvest` runs the failing and working commands of `error_harvest.py` on this machine (names
invented per run) and writes `data/error_lines.jsonl`; without it the committed file is read. Logistic
regression over the e5 embedding of each line (figures one mark), classes balanced. Held out: five folds by
command, so a command's lines never train the fold that tests them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from ..models.embed import get_embedder
from .error_harvest import Example, harvest
from .error_lines import shown

DATA = Path(__file__).parent / "data"
FOLDS = 5


def _fold(group: str) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % FOLDS


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced").fit(x, y)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--harvest", action="store_true", help="run the commands again and rewrite the data")
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    data = DATA / "error_lines.jsonl"
    if args.harvest:
        data.write_text("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in harvest()), encoding="utf-8")
    exs = [Example(**json.loads(ln)) for ln in data.read_text(encoding="utf-8").splitlines() if ln.strip()]
    x = get_embedder().encode([shown(e.text) for e in exs], "query")
    y = np.array([e.label for e in exs])
    folds = np.array([_fold(e.group) for e in exs])
    p = np.zeros(len(exs))
    for f in range(FOLDS):
        model = _fit(x[folds != f], y[folds != f])
        p[folds == f] = model.predict_proba(x[folds == f])[:, 1]
    model = _fit(x, y)
    np.savez_compressed(DATA / "error_lines.npz", w=model.coef_[0].astype(np.float16),
                        b=np.float32(model.intercept_[0]))
    report = {"lines": len(exs), "problems": int(y.sum()), "folds": FOLDS,
              "held_out_auc": round(roc_auc_score(y, p), 4),
              "held_out_accuracy": round(float(((p >= 0.5) == y).mean()), 4),
              "problems_found": round(float((p[y == 1] >= 0.5).mean()), 4),
              "others_passed": round(float((p[y == 0] < 0.5).mean()), 4)}
    print(json.dumps(report, indent=1))
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
