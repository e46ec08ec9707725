"""Summary statistics per system: accuracy with a Wilson interval, latency percentiles, tokens, process
metrics (tool calls, rounds, schema-valid rate, evidence recall), cost per correct answer, calibration
(reliability bins, expected calibration error) and what rounds 2+ changed (wrong->right, right->wrong)."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np

from .scoring import score


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def cost_of(usage: dict[str, dict[str, int]], prices: dict[str, dict[str, float]]) -> float:
    """Prices per role (or 'default'): {"input_per_mtok": $, "output_per_mtok": $}."""
    total = 0.0
    for role, u in usage.items():
        p = prices.get(role) or prices.get("default") or {}
        total += u.get("tokens_in", 0) * p.get("input_per_mtok", 0.0) / 1e6
        total += u.get("tokens_out", 0) * p.get("output_per_mtok", 0.0) / 1e6
    return total


def reliability_bins(confidences: list[float], correct: list[bool], n_bins: int = 10) -> list[dict[str, Any]]:
    """Equal-width confidence bins: how sure the system said it was vs. how often it was right."""
    conf = np.clip(np.asarray(confidences, dtype=float), 0.0, 1.0)
    hit = np.asarray(correct, dtype=float)
    # Bin i holds (i/n, (i+1)/n]; confidence 0 goes to the first bin.
    idx = np.clip(np.ceil(conf * n_bins).astype(int) - 1, 0, n_bins - 1)
    bins = []
    for i in range(n_bins):
        mask = idx == i
        n = int(mask.sum())
        bins.append(
            {
                "lo": i / n_bins,
                "hi": (i + 1) / n_bins,
                "n": n,
                "confidence": float(conf[mask].mean()) if n else None,
                "accuracy": float(hit[mask].mean()) if n else None,
            }
        )
    return bins


def ece(confidences: list[float], correct: list[bool], n_bins: int = 10) -> float:
    """Expected calibration error: the n-weighted mean |accuracy - confidence| over the reliability bins."""
    total = len(confidences)
    if total == 0:
        return 0.0
    return sum(
        b["n"] / total * abs(b["accuracy"] - b["confidence"])
        for b in reliability_bins(confidences, correct, n_bins)
        if b["n"]
    )


def calibration(rows: list[dict[str, Any]], n_bins: int = 10) -> dict[str, Any] | None:
    """ECE and reliability bins over rows that report a confidence (error rows excluded); None without any."""
    pairs = [
        (float(r["confidence"]), bool(r["correct"]))
        for r in rows
        if isinstance(r.get("confidence"), int | float) and not r.get("error")
    ]
    if not pairs:
        return None
    conf, hit = [p[0] for p in pairs], [p[1] for p in pairs]
    return {
        "n": len(pairs),
        "ece": ece(conf, hit, n_bins),
        "mean_confidence": sum(conf) / len(conf),
        "accuracy": sum(hit) / len(hit),
        "bins": reliability_bins(conf, hit, n_bins),
    }


def round_answers(trace: dict[str, Any]) -> list[str | None]:
    """The reasoner's answer after each round, from a trace (or view bundle) dict."""
    return [r.get("answer") for r in trace.get("rounds") or [] if isinstance(r, dict)]


def round_flips(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """What rounds 2+ did: share of items that ran them, and answers they turned wrong->right / right->wrong.

    Needs `round_answers` on the rows; the first round's answer is scored exactly as the final one is."""
    known = [r for r in rows if isinstance(r.get("round_answers"), list) and r["round_answers"]]
    if not known:
        return None
    multi = [r for r in known if len(r["round_answers"]) >= 2]
    w2r = r2w = changed = 0
    for r in multi:
        if r.get("answer_type") == "mia":
            continue  # judged answers cannot be re-scored offline
        first = r["round_answers"][0]
        first_ok = bool(first) and score(str(first), str(r["gold"]), r.get("answer_type"), r.get("options"))
        final_ok = bool(r["correct"])
        changed += first != r["round_answers"][-1]
        w2r += (not first_ok) and final_ok
        r2w += first_ok and not final_ok
    return {
        "n": len(known),
        "ran_round_2": len(multi),
        "share_round_2": len(multi) / len(known),
        "answer_changed": changed,
        "wrong_to_right": w2r,
        "right_to_wrong": r2w,
        "net_gain": w2r - r2w,
    }


def summarise(rows: list[dict[str, Any]], prices: dict[str, dict[str, float]] | None = None) -> dict[str, Any]:
    prices = prices or {}
    n = len(rows)
    k = sum(1 for r in rows if r["correct"])
    lat = np.array([r["latency_s"] for r in rows if not r.get("error")] or [0.0])
    cats: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        cats[r.get("category", "all")].append(bool(r["correct"]))
    roles: dict[str, dict[str, float]] = defaultdict(lambda: {"tokens_in": 0.0, "tokens_out": 0.0})
    for r in rows:
        for role, u in (r.get("usage") or {}).items():
            roles[role]["tokens_in"] += u.get("tokens_in", 0) / max(n, 1)
            roles[role]["tokens_out"] += u.get("tokens_out", 0) / max(n, 1)
    calls = sum(r.get("model_calls", 0) for r in rows)
    valid = sum(r.get("valid_model_calls", 0) for r in rows)
    recall_rows = [r for r in rows if r.get("evidence_hit") is not None]
    cost = sum(cost_of(r.get("usage") or {}, prices) for r in rows)
    lo, hi = wilson(k, n)
    return {
        "n": n,
        "correct": k,
        "accuracy": k / n if n else 0.0,
        "accuracy_ci95": [lo, hi],
        "errors": sum(1 for r in rows if r.get("error")),
        "per_category": {
            c: {"n": len(v), "accuracy": sum(v) / len(v), "ci95": list(wilson(sum(v), len(v)))}
            for c, v in sorted(cats.items())
        },
        "latency_p50_s": float(np.percentile(lat, 50)),
        "latency_p95_s": float(np.percentile(lat, 95)),
        "tokens_per_item": {role: {k2: round(v, 1) for k2, v in u.items()} for role, u in roles.items()},
        "tool_calls_per_item": sum(r.get("tool_calls", 0) for r in rows) / max(n, 1),
        "rounds_per_item": sum(r.get("rounds", 0) for r in rows) / max(n, 1),
        "schema_valid_rate": valid / calls if calls else None,
        "evidence_recall": (sum(1 for r in recall_rows if r["evidence_hit"]) / len(recall_rows))
        if recall_rows
        else None,
        "cost_total": cost,
        "cost_per_correct": cost / k if k else None,
        "calibration": calibration(rows),
        "round_flips": round_flips(rows),
    }
