"""`summary.json` per system, `report.md` and a self-contained `report.html` (plots inlined as PNG)."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .metrics import cost_of, summarise  # noqa: E402
from .runner import PREDICTIONS, by_system, load_rows  # noqa: E402


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _plots(
    groups: dict[str, list[dict[str, Any]]], summaries: dict[str, dict[str, Any]], prices: dict[str, Any]
) -> dict[str, str]:
    systems = list(groups)
    cats = sorted({c for s in summaries.values() for c in s["per_category"]})
    fig, ax = plt.subplots(figsize=(max(6, len(cats) * 0.9), 3.5))
    width = 0.8 / max(len(systems), 1)
    for i, name in enumerate(systems):
        vals = [summaries[name]["per_category"].get(c, {}).get("accuracy", 0) for c in cats]
        ax.bar(np.arange(len(cats)) + i * width, vals, width, label=name)
    ax.set_xticks(np.arange(len(cats)) + width * (len(systems) - 1) / 2, cats, rotation=30, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("accuracy")
    ax.legend()
    out = {"accuracy by category": _png(fig)}
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.boxplot([[r["latency_s"] for r in groups[s]] for s in systems], tick_labels=systems)
    ax.set_ylabel("seconds per item")
    out["latency"] = _png(fig)
    fig, ax = plt.subplots(figsize=(6, 3))
    bottom = np.zeros(len(systems))
    for role in ("translator", "reasoner", "judge"):
        per = [summaries[s]["tokens_per_item"].get(role, {}) for s in systems]
        vals = np.array([u.get("tokens_in", 0) + u.get("tokens_out", 0) for u in per], dtype=float)
        if vals.any():
            ax.bar(systems, vals, bottom=bottom, label=role)
            bottom += vals
    ax.set_ylabel("tokens per item")
    ax.legend()
    out["tokens per role"] = _png(fig)
    fig, ax = plt.subplots(figsize=(5, 3.5))
    for s in systems:
        cost = sum(cost_of(r.get("usage") or {}, prices) for r in groups[s]) / max(len(groups[s]), 1)
        tokens = sum(
            sum(u.get("tokens_in", 0) + u.get("tokens_out", 0) for u in (r.get("usage") or {}).values())
            for r in groups[s]
        ) / max(len(groups[s]), 1)
        ax.scatter(cost if prices else tokens, summaries[s]["accuracy"], s=60)
        ax.annotate(s, (cost if prices else tokens, summaries[s]["accuracy"]))
    ax.set_xlabel("cost per item ($)" if prices else "tokens per item (no --prices given)")
    ax.set_ylabel("accuracy")
    out["accuracy vs cost"] = _png(fig)
    return out


def _worst(rows: list[dict[str, Any]], out: Path, k: int = 8) -> list[dict[str, Any]]:
    wrong = [r for r in rows if not r["correct"]]
    wrong.sort(key=lambda r: -(r.get("confidence") or 0.0))
    picked = []
    for r in wrong[:k]:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in str(r["id"]))
        tpath = out / "traces" / r["system"] / f"{safe}.json"
        trace = json.loads(tpath.read_text()) if tpath.exists() else {}
        steps = [
            f"r{c['round']} {c['tool']}({json.dumps(c['arguments'])[:60]}) -> {c['summary'][:80]}"
            for c in trace.get("tool_calls", [])
        ]
        steps += [f"r{c['round']} {c['role']} model: {c['raw_output'][:120]}" for c in trace.get("model_calls", [])]
        picked.append({**r, "steps": steps})
    return picked


def write_report(
    out: Path, prices: dict[str, Any] | None = None, compare: Path | None = None, notes: dict[str, str] | None = None
) -> dict[str, dict[str, Any]]:
    prices = prices or {}
    rows = load_rows(out / PREDICTIONS)
    groups = by_system(rows)
    summaries = {s: summarise(r, prices) for s, r in groups.items()}
    for s, summ in summaries.items():
        (out / f"summary.{s}.json").write_text(json.dumps(summ, indent=2))
    (out / "summary.json").write_text(json.dumps({"systems": summaries, "notes": notes or {}}, indent=2))
    other = json.loads((compare / "summary.json").read_text())["systems"] if compare else {}
    head = [
        "system",
        "n",
        "accuracy (95% CI)",
        "p50 s",
        "p95 s",
        "tokens/item",
        "tool calls",
        "rounds",
        "schema-valid",
        "evidence recall",
        "$/correct",
        "errors",
    ]
    lines = ["# seeingeye evaluation", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s, m in summaries.items():
        tok = sum(v["tokens_in"] + v["tokens_out"] for v in m["tokens_per_item"].values())
        sv = "-" if m["schema_valid_rate"] is None else f"{m['schema_valid_rate']:.2f}"
        er = "-" if m["evidence_recall"] is None else f"{m['evidence_recall']:.2f}"
        cpc = "-" if m["cost_per_correct"] is None or not prices else f"{m['cost_per_correct']:.5f}"
        delta = ""
        if s in other:
            delta = f" ({m['accuracy'] - other[s]['accuracy']:+.3f} vs compare)"
        lines.append(
            f"| {s} | {m['n']} | {m['accuracy']:.3f} [{m['accuracy_ci95'][0]:.3f}, "
            f"{m['accuracy_ci95'][1]:.3f}]{delta} | {m['latency_p50_s']:.2f} | {m['latency_p95_s']:.2f} | "
            f"{tok:.0f} | {m['tool_calls_per_item']:.2f} | {m['rounds_per_item']:.2f} | {sv} | {er} | "
            f"{cpc} | {m['errors']} |"
        )
    if notes:
        lines += ["", "## Systems", ""] + [f"- **{k}**: {v}" for k, v in notes.items()]
    bench = Path(__file__).resolve().parents[3] / "benchmarks" / "results" / "overhead.json"
    if bench.exists():
        ov = json.loads(bench.read_text())["summary"]
        lines += [
            "",
            f"Framework overhead (benchmarks/overhead.py): own code {ov['share_own_code']:.1%} of wall "
            f"time, tools {ov['share_tools']:.1%}, models {ov['share_models']:.1%}.",
        ]
    lines += ["", "## Accuracy per category", ""]
    for s, m in summaries.items():
        lines.append(
            f"- {s}: " + ", ".join(f"{c} {v['accuracy']:.2f} (n={v['n']})" for c, v in m["per_category"].items())
        )
    worst = _worst(rows, out)
    lines += ["", "## Worst failures (wrong, most confident first)", ""]
    for r in worst:
        lines.append(
            f"- `{r['system']}` {r['id']}: {r['question']!r} gold {r['gold']!r} got {r['prediction']!r}"
            + (f" error {r['error']}" if r.get("error") else "")
        )
    (out / "report.md").write_text("\n".join(lines) + "\n")
    plots = _plots(groups, summaries, prices)
    body = "".join(f"<h2>{html.escape(t)}</h2><img src='data:image/png;base64,{b}'>" for t, b in plots.items())
    fails = "".join(
        f"<details><summary>{html.escape(r['system'])} {html.escape(str(r['id']))}: {html.escape(r['question'])} "
        f"&mdash; gold {html.escape(str(r['gold']))}, got {html.escape(str(r['prediction']))}</summary><pre>"
        + html.escape("\n".join(r["steps"]) or str(r.get("error")))
        + "</pre></details>"
        for r in worst
    )
    table = "<pre>" + html.escape("\n".join(lines[: 4 + len(summaries)])) + "</pre>"
    (out / "report.html").write_text(
        "<!doctype html><meta charset='utf-8'><title>seeingeye evaluation</title>"
        "<style>body{font-family:sans-serif;max-width:1000px;margin:auto}img{max-width:100%}</style>"
        f"<h1>seeingeye evaluation</h1>{table}{body}<h2>Worst failures with traces</h2>{fails}"
    )
    return summaries
