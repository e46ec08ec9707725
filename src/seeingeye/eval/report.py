"""`summary.json` per system, `report.md` and a self-contained `report.html`: sortable tables, plots (inline
PNG), calibration, what rounds 2+ changed, and every wrong answer linked to its trace page (traces/<system>/<id>.html,
written here, next to the trace JSON)."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from ..errors import InputError  # noqa: E402
from ..jsonfile import read_json  # noqa: E402
from ..viewer import normalise, render_page, resolve_image, thumbnail_uri  # noqa: E402
from ..viewer.report_page import render_report  # noqa: E402
from .metrics import cost_of, round_answers, summarise  # noqa: E402
from .rows import PREDICTIONS, scan_rows  # noqa: E402
from .rundir import summary_path, trace_path, write_atomic  # noqa: E402
from .runner import by_system  # noqa: E402
from .summaryfiles import SUMMARY, compare_systems  # noqa: E402

TRACE_PAGE_SIDE = 1024  # trace pages of a report: enough to read, light enough for hundreds of them


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _read_trace(out: Path, row: dict[str, Any]) -> dict[str, Any] | None:
    try:
        data = read_json(trace_path(out, row["system"], row["id"]), "trace")
    except InputError:  # missing, unreadable or hostile: the row stays, without its trace
        return None
    return data if isinstance(data, dict) else None


def _plain(label: Any) -> str:
    """A label matplotlib draws as it is: `$...$` would be parsed as mathtext (and can fail to parse)."""
    return str(label).replace("$", r"\$")


def attach_round_answers(rows: list[dict[str, Any]], out: Path) -> None:
    """`round_answers` (the answer after each round) on every row, from its trace file when not yet there."""
    for r in rows:
        if r.get("round_answers") is None and not r.get("error"):
            trace = _read_trace(out, r)
            if trace is not None:
                r["round_answers"] = round_answers(trace)


def _plots(
    groups: dict[str, list[dict[str, Any]]], summaries: dict[str, dict[str, Any]], prices: dict[str, Any]
) -> dict[str, str]:
    systems = list(groups)
    cats = sorted({c for s in summaries.values() for c in s["per_category"]})
    fig, ax = plt.subplots(figsize=(max(6, len(cats) * 0.9), 3.5))
    width = 0.8 / max(len(systems), 1)
    for i, name in enumerate(systems):
        vals = [summaries[name]["per_category"].get(c, {}).get("accuracy", 0) for c in cats]
        ax.bar(np.arange(len(cats)) + i * width, vals, width, label=_plain(name))
    ticks = np.arange(len(cats)) + width * (len(systems) - 1) / 2
    ax.set_xticks(ticks, [_plain(c) for c in cats], rotation=30, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("accuracy")
    ax.legend()
    out = {"accuracy by category": _png(fig)}
    fig, ax = plt.subplots(figsize=(6, 3))
    lats = {s: [r["latency_s"] for r in groups[s] if not r.get("error")] for s in systems}
    every = [v for vals in lats.values() for v in vals] or [0.0]
    bins = np.linspace(0, max(every) * 1.02 + 1e-6, 30)
    for s in systems:
        ax.hist(lats[s] or [0.0], bins=bins, histtype="step", linewidth=1.5, label=_plain(s))
    ax.set_xlabel("seconds per item")
    ax.set_ylabel("items")
    ax.legend()
    out["latency distribution"] = _png(fig)
    fig, ax = plt.subplots(figsize=(6, 3))
    bottom = np.zeros(len(systems))
    for role in ("translator", "reasoner", "judge"):
        per = [summaries[s]["tokens_per_item"].get(role, {}) for s in systems]
        vals = np.array([u.get("tokens_in", 0) + u.get("tokens_out", 0) for u in per], dtype=float)
        if vals.any():
            ax.bar([_plain(s) for s in systems], vals, bottom=bottom, label=role)
            bottom += vals
    ax.set_ylabel("tokens per item")
    if bottom.any():
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
        ax.annotate(_plain(s), (cost if prices else tokens, summaries[s]["accuracy"]))
    ax.set_xlabel("cost per item ($)" if prices else "tokens per item (no --prices given)")
    ax.set_ylabel("accuracy")
    out["accuracy vs cost"] = _png(fig)
    calibrated = {s: m["calibration"] for s, m in summaries.items() if m.get("calibration")}
    if calibrated:
        fig, ax = plt.subplots(figsize=(4.5, 4))
        ax.plot([0, 1], [0, 1], color="#999", linestyle="--", linewidth=1, label="perfectly calibrated")
        for s, cal in calibrated.items():
            pts = [(b["confidence"], b["accuracy"], b["n"]) for b in cal["bins"] if b["n"]]
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=f"{_plain(s)} (ECE {cal['ece']:.3f})")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("stated confidence")
        ax.set_ylabel("accuracy")
        ax.legend(fontsize=8)
        out["reliability diagram"] = _png(fig)
    return out


def _failures(rows: list[dict[str, Any]], out: Path) -> list[dict[str, Any]]:
    """Every wrong row, most confident first, with a thumbnail and its trace page written next to its trace."""
    wrong = [r for r in rows if not r["correct"]]
    wrong.sort(key=lambda r: (-(r.get("confidence") or 0.0), r["system"], str(r["id"])))
    picked = []
    for r in wrong:
        info = {
            k: r.get(k)
            for k in ("system", "id", "category", "question", "gold", "prediction", "confidence", "rounds", "error")
        }
        trace = _read_trace(out, r)
        try:
            bundle = normalise(trace) if trace is not None else None
        except InputError:  # not a trace after all: the row stays, without a page
            bundle = None
        if bundle is not None:
            image = resolve_image(bundle)
            if image is not None:
                info["thumb"] = thumbnail_uri(image)
            page = trace_path(out, r["system"], r["id"]).with_suffix(".html")
            extra = {k: r.get(k) for k in ("system", "id", "category", "gold") if r.get(k) is not None}
            extra["scored"] = "wrong"
            html = render_page(bundle, image=image, extra=extra, max_side=TRACE_PAGE_SIDE)
            write_atomic(out, page, html)
            info["href"] = page.relative_to(out).as_posix()
        picked.append(info)
    return picked


def _markdown(
    summaries: dict[str, dict[str, Any]],
    other: dict[str, dict[str, Any]],
    prices: dict[str, Any],
    notes: dict[str, str] | None,
    failures: list[dict[str, Any]],
    extra_lines: list[str],
) -> str:
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
        "ECE",
        "errors",
    ]
    lines = ["# seeingeye evaluation", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s, m in summaries.items():
        tok = sum(v["tokens_in"] + v["tokens_out"] for v in m["tokens_per_item"].values())
        sv = "-" if m["schema_valid_rate"] is None else f"{m['schema_valid_rate']:.2f}"
        er = "-" if m["evidence_recall"] is None else f"{m['evidence_recall']:.2f}"
        cpc = "-" if m["cost_per_correct"] is None or not prices else f"{m['cost_per_correct']:.5f}"
        ece = "-" if not m.get("calibration") else f"{m['calibration']['ece']:.3f}"
        delta = f" ({m['accuracy'] - other[s]['accuracy']:+.3f} vs compare)" if s in other else ""
        lines.append(
            f"| {s} | {m['n']} | {m['accuracy']:.3f} [{m['accuracy_ci95'][0]:.3f}, "
            f"{m['accuracy_ci95'][1]:.3f}]{delta} | {m['latency_p50_s']:.2f} | {m['latency_p95_s']:.2f} | "
            f"{tok:.0f} | {m['tool_calls_per_item']:.2f} | {m['rounds_per_item']:.2f} | {sv} | {er} | "
            f"{cpc} | {ece} | {m['errors']} |"
        )
    if notes:
        lines += ["", "## Systems", ""] + [f"- **{k}**: {v}" for k, v in notes.items()]
    lines += [""] + extra_lines if extra_lines else []
    lines += ["", "## Accuracy per category", ""]
    for s, m in summaries.items():
        lines.append(
            f"- {s}: " + ", ".join(f"{c} {v['accuracy']:.2f} (n={v['n']})" for c, v in m["per_category"].items())
        )
    lines += ["", "## Rounds 2+ (answer after round 1 vs. final answer)", ""]
    for s, m in summaries.items():
        fl = m.get("round_flips")
        if fl:
            lines.append(
                f"- {s}: {fl['ran_round_2']}/{fl['n']} items ran round 2+ ({fl['share_round_2']:.1%}); answer changed "
                f"on {fl['answer_changed']}; wrong→right {fl['wrong_to_right']}, right→wrong {fl['right_to_wrong']} "
                f"(net {fl['net_gain']:+d})"
            )
    lines += ["", "## Calibration (confidence vs. accuracy, 10 equal-width bins)", ""]
    for s, m in summaries.items():
        cal = m.get("calibration")
        if cal:
            bins = "; ".join(
                f"{b['lo']:.1f}-{b['hi']:.1f}: n={b['n']} conf {b['confidence']:.2f} acc {b['accuracy']:.2f}"
                for b in cal["bins"]
                if b["n"]
            )
            lines.append(f"- {s}: ECE {cal['ece']:.3f} (n={cal['n']}). {bins}")
    lines += ["", "## Worst failures (wrong, most confident first)", ""]
    for r in failures[:8]:
        link = f" [trace]({r['href']})" if r.get("href") else ""
        lines.append(
            f"- `{r['system']}` {r['id']}: {r['question']!r} gold {r['gold']!r} got {r['prediction']!r}"
            + (f" error {r['error']}" if r.get("error") else "")
            + link
        )
    return "\n".join(lines) + "\n"


def write_report(
    out: Path, prices: dict[str, Any] | None = None, compare: Path | None = None, notes: dict[str, str] | None = None
) -> dict[str, dict[str, Any]]:
    prices = prices or {}
    scan = scan_rows(out / PREDICTIONS)
    rows = scan.rows
    attach_round_answers(rows, out)
    groups = by_system(rows)
    summaries = {s: summarise(r, prices) for s, r in groups.items()}
    other = compare_systems(compare) if compare else {}  # a malformed --compare fails before anything is written
    for s, summ in summaries.items():
        write_atomic(out, summary_path(out, s), json.dumps(summ, indent=2))
    write_atomic(out, out / SUMMARY, json.dumps({"systems": summaries, "notes": notes or {}}, indent=2))
    extra_lines = [f"{scan.bad} unreadable line(s) of {PREDICTIONS} skipped."] if scan.bad else []
    bench = Path(__file__).resolve().parents[3] / "benchmarks" / "results" / "overhead.json"
    if bench.exists():
        ov = json.loads(bench.read_text())["summary"]
        extra_lines.append(
            f"Framework overhead (benchmarks/overhead.py): own code {ov['share_own_code']:.1%} of wall "
            f"time, tools {ov['share_tools']:.1%}, models {ov['share_models']:.1%}."
        )
    failures = _failures(rows, out)
    write_atomic(out, out / "report.md", _markdown(summaries, other, prices, notes, failures, extra_lines))
    page = render_report(
        summaries=summaries,
        other=other,
        notes=notes or {},
        plots=_plots(groups, summaries, prices),
        failures=failures,
        extra_lines=extra_lines,
    )
    write_atomic(out, out / "report.html", page)
    return summaries
