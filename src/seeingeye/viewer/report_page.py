"""The eval report as one self-contained HTML page: sortable tables, plots, calibration, what rounds 2+
changed, and every wrong answer as a row (thumbnail, filterable) that opens its trace page."""

from __future__ import annotations

from html import escape
from typing import Any

from .assets import BASE_CSS, REPORT_CSS, REPORT_JS


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _f(value: Any, fmt: str = ".3f") -> str:
    return "-" if not isinstance(value, int | float) or isinstance(value, bool) else format(value, fmt)


def _td(value: Any, fmt: str = ".3f") -> str:
    """A numeric cell that sorts by its value."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "<td class='num' data-v=''>-</td>"
    return f"<td class='num' data-v='{value}'>{format(value, fmt)}</td>"


def _delta(value: Any, ref: Any, fmt: str = "+.3f", higher_is_better: bool = True) -> str:
    if not isinstance(value, int | float) or not isinstance(ref, int | float):
        return "<td class='num' data-v=''>-</td>"
    d = value - ref
    good = d > 0 if higher_is_better else d < 0
    cls = "" if abs(d) < 1e-12 else ("pos" if good else "neg")
    return f"<td class='num {cls}' data-v='{d}'>{format(d, fmt)}</td>"


def _table(head: list[str], rows: list[str], cls: str = "sortable") -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _tokens(m: dict[str, Any]) -> float:
    return float(sum(v.get("tokens_in", 0) + v.get("tokens_out", 0) for v in (m.get("tokens_per_item") or {}).values()))


def summary_table(summaries: dict[str, dict[str, Any]], other: dict[str, dict[str, Any]]) -> str:
    head = ["system", "n", "accuracy", "95% CI"]
    if other:
        head += ["Δ accuracy", "Δ p50 s"]
    head += [
        "p50 s",
        "p95 s",
        "tokens/item",
        "tool calls",
        "rounds",
        "schema-valid",
        "evidence recall",
        "$/correct",
        "ECE",
        "ran round 2+",
        "wrong→right",
        "right→wrong",
        "errors",
    ]
    rows = []
    for s, m in summaries.items():
        cal, fl, ref = m.get("calibration") or {}, m.get("round_flips") or {}, other.get(s) or {}
        ci = m.get("accuracy_ci95") or [None, None]
        cells = [f"<td>{_e(s)}</td>", _td(m["n"], "d"), _td(m["accuracy"]), f"<td>[{_f(ci[0])}, {_f(ci[1])}]</td>"]
        if other:
            cells += [
                _delta(m["accuracy"], ref.get("accuracy")),
                _delta(m["latency_p50_s"], ref.get("latency_p50_s"), "+.2f", higher_is_better=False),
            ]
        cells += [
            _td(m["latency_p50_s"], ".2f"),
            _td(m["latency_p95_s"], ".2f"),
            _td(_tokens(m), ".0f"),
            _td(m["tool_calls_per_item"], ".2f"),
            _td(m["rounds_per_item"], ".2f"),
            _td(m["schema_valid_rate"], ".2f"),
            _td(m["evidence_recall"], ".2f"),
            _td(m["cost_per_correct"] if m.get("cost_total") else None, ".5f"),
            _td(cal.get("ece")),
            _td(fl.get("share_round_2"), ".2f"),
            _td(fl.get("wrong_to_right"), "d"),
            _td(fl.get("right_to_wrong"), "d"),
            _td(m["errors"], "d"),
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return _table(head, rows)


def category_table(summaries: dict[str, dict[str, Any]], other: dict[str, dict[str, Any]]) -> str:
    systems = list(summaries)
    cats = sorted({c for m in summaries.values() for c in m["per_category"]})
    head = ["category"]
    for s in systems:
        head += [f"{s} accuracy", f"{s} n"] + ([f"{s} Δ"] if s in other else [])
    rows = []
    for c in cats:
        cells = [f"<td>{_e(c)}</td>"]
        for s in systems:
            v = summaries[s]["per_category"].get(c) or {}
            cells += [_td(v.get("accuracy")), _td(v.get("n"), "d")]
            if s in other:
                ref = ((other[s].get("per_category") or {}).get(c) or {}).get("accuracy")
                cells.append(_delta(v.get("accuracy"), ref))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return _table(head, rows)


def calibration_tables(summaries: dict[str, dict[str, Any]]) -> str:
    out = []
    for s, m in summaries.items():
        cal = m.get("calibration")
        if not cal:
            continue
        rows = [
            f"<tr><td>{b['lo']:.1f}–{b['hi']:.1f}</td>{_td(b['n'], 'd')}{_td(b['confidence'])}{_td(b['accuracy'])}"
            f"{_td(None if b['n'] == 0 else b['accuracy'] - b['confidence'], '+.3f')}</tr>"
            for b in cal["bins"]
            if b["n"]
        ]
        out.append(
            f"<h3>{_e(s)}: ECE {cal['ece']:.3f} over {cal['n']} answers (mean confidence "
            f"{cal['mean_confidence']:.3f}, accuracy {cal['accuracy']:.3f})</h3>"
            + _table(["confidence bin", "n", "mean confidence", "accuracy", "accuracy − confidence"], rows)
        )
    return "".join(out) or "<p class='muted'>no system reported confidences</p>"


def failures_table(failures: list[dict[str, Any]]) -> str:
    systems = sorted({f["system"] for f in failures})
    cats = sorted({str(f.get("category")) for f in failures})

    def opts(vals: list[str]) -> str:
        return "<option value=''>all</option>" + "".join(f"<option value='{_e(v)}'>{_e(v)}</option>" for v in vals)

    filters = (
        f"<div class='filters'>system <select id='f-system'>{opts(systems)}</select> category "
        f"<select id='f-category'>{opts(cats)}</select></div>"
    )
    rows = []
    for f in failures:
        href = f.get("href")
        thumb = f"<img class='thumb' alt='' src='{f['thumb']}'>" if f.get("thumb") else ""
        ident = f"<a href='{_e(href)}'>{_e(f['id'])}</a>" if href else _e(f["id"])
        rows.append(
            f"<tr class='fail' data-system='{_e(f['system'])}' data-category='{_e(f.get('category'))}'"
            + (f" data-href='{_e(href)}'" if href else "")
            + f"><td>{thumb}</td><td>{_e(f['system'])}</td><td>{ident}</td><td>{_e(f.get('category'))}</td>"
            f"<td>{_e(f.get('question'))}</td><td>{_e(f.get('gold'))}</td><td>{_e(f.get('prediction'))}</td>"
            f"{_td(f.get('confidence'), '.2f')}{_td(f.get('rounds'), 'd')}"
            f"<td class='bad'>{_e(f.get('error') or '')}</td>"
            "</tr>"
        )
    head = ["image", "system", "id", "category", "question", "gold", "got", "confidence", "rounds", "error"]
    return filters + _table(head, rows, "sortable failures")


def render_report(
    *,
    summaries: dict[str, dict[str, Any]],
    other: dict[str, dict[str, Any]],
    notes: dict[str, str],
    plots: dict[str, str],
    failures: list[dict[str, Any]],
    extra_lines: list[str],
) -> str:
    notes_html = "".join(f"<li><b>{_e(k)}</b>: {_e(v)}</li>" for k, v in notes.items())
    plots_html = "".join(
        f"<figure><figcaption>{_e(t)}</figcaption><img class='plot' alt='{_e(t)}' src='data:image/png;base64,{b}'>"
        "</figure>"
        for t, b in plots.items()
    )
    compare = "<p class='muted'>Δ columns: this run minus the --compare run.</p>" if other else ""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>seeingeye evaluation</title>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<style>{BASE_CSS}{REPORT_CSS}</style></head><body><div class='wrap'>"
        f"<h1>seeingeye evaluation</h1><ul>{notes_html}</ul>"
        + "".join(f"<p class='muted'>{_e(line)}</p>" for line in extra_lines)
        + f"<h2>Summary</h2>{compare}{summary_table(summaries, other)}"
        f"<h2>Accuracy per category</h2>{category_table(summaries, other)}"
        f"<h2>Plots</h2><div class='grid2'>{plots_html}</div>"
        f"<h2>Calibration (reliability)</h2>{calibration_tables(summaries)}"
        f"<h2>Wrong answers ({len(failures)}; worst failures first: most confident)</h2>"
        "<p class='muted'>Click a row to open what the system saw and why it answered that.</p>"
        f"{failures_table(failures)}</div><script>{REPORT_JS}</script></body></html>"
    )
