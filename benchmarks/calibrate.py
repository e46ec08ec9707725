"""Fit the reasoner's confidence (a logistic model over candidate features) on dev rows and report the
reliability table and expected calibration error before and after.

    python benchmarks/dev_understanding.py DEV_MANIFEST --features /tmp/feats.jsonl
    python benchmarks/calibrate.py /tmp/feats.jsonl            # prints COEF for agents/confidence.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from seeingeye.agents.confidence import FEATURES


def ece(conf: np.ndarray, correct: np.ndarray, bins: int = 10) -> tuple[float, list[tuple[str, int, float, float]]]:
    table, total = [], 0.0
    idx = np.minimum((conf * bins).astype(int), bins - 1)
    for b in range(bins):
        m = idx == b
        if m.any():
            acc, avg = float(correct[m].mean()), float(conf[m].mean())
            total += m.sum() / len(conf) * abs(acc - avg)
            table.append((f"{b / bins:.1f}-{(b + 1) / bins:.1f}", int(m.sum()), avg, acc))
    return total, table


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps on standardised features; raw-scale weights back."""
    mu, sd = x[:, 1:].mean(0), x[:, 1:].std(0) + 1e-9
    z = np.c_[np.ones(len(x)), (x[:, 1:] - mu) / sd]
    w = np.zeros(z.shape[1])
    reg = l2 * np.eye(z.shape[1])
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + reg @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + reg
        w -= np.linalg.solve(hess, grad)
    raw = np.r_[w[0] - (w[1:] * mu / sd).sum(), w[1:] / sd]
    return raw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("features", type=Path)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.features.read_text().splitlines() if line.strip()]
    x = np.array([[r["features"].get(f, 0.0) for f in FEATURES] for r in rows], dtype=float)
    y = np.array([float(r["correct"]) for r in rows])
    before = np.array([r["confidence"] for r in rows])
    w = fit(x, y)
    after = 1 / (1 + np.exp(-(x @ w)))
    for name, conf in (("before", before), ("after", after)):
        e, table = ece(conf, y)
        print(f"{name}: ECE {e:.3f} (n={len(y)}, accuracy {y.mean():.3f})")
        for rng, n, avg, acc in table:
            print(f"  {rng}  n={n:3d}  conf={avg:.2f}  acc={acc:.2f}")
    print("COEF = {" + ", ".join(f'"{f}": {v:.3f}' for f, v in zip(FEATURES, w, strict=True)) + "}")


if __name__ == "__main__":
    main()
