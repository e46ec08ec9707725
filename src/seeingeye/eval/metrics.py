"""Summary statistics per system: accuracy with a Wilson interval, latency percentiles, tokens, process
metrics (tool calls, rounds, schema-valid rate, evidence recall) and cost per correct answer."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np


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
    }
