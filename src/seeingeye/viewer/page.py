"""One self-contained HTML page for one answer: the image with every evidence box over it, the answer and its
citations, round by round what the reasoner asked for and what came back, the SIR text, every model call.

Works on plain dicts (a bundle, see bundle.py) so traces written by older or newer versions still render;
every string from a trace goes through `html.escape` (text read from images is untrusted data).
"""

from __future__ import annotations

import json
import math
import re
from html import escape
from typing import Any

from PIL import Image

from .assets import BASE_CSS, PALETTE, VIEW_CSS, VIEW_JS, json_script
from .bundle import encode_image, resolve_image

_ID = re.compile(r"\b(e\d+)\b")


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _json(value: Any) -> str:
    return escape(json.dumps(value, ensure_ascii=False, indent=1) if not isinstance(value, str) else value)


def _num(value: Any, fmt: str = ".2f") -> str:
    return format(value, fmt) if isinstance(value, int | float) and not isinstance(value, bool) else _e(value)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


_B64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def _side(value: Any, default: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return float(default)
    return v if math.isfinite(v) and v > 0 else float(default)


def _box(ev: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """x, y, width, height of an evidence box, or None when it is missing or not four finite numbers."""
    b = _dict(ev.get("box"))
    try:
        x0, y0, x1, y1 = (float(b[k]) for k in ("x0", "y0", "x1", "y1"))
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        return None
    return min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)


def source_colours(evidence: list[dict[str, Any]]) -> dict[str, str]:
    sources = sorted({str(e.get("source", "?")) for e in evidence})
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}


def _chips(ids: list[Any], known: set[str]) -> str:
    return " ".join(
        f'<span class="chip" data-cite="{_e(i)}">{_e(i)}</span>'
        if str(i) in known
        else f'<span class="chip">{_e(i)}</span>'
        for i in ids
    )


def _cite_text(text: str, known: set[str]) -> str:
    """Escaped text with evidence ids (e12) made clickable."""
    return _ID.sub(
        lambda m: (
            f'<span class="cite" data-cite="{m.group(1)}">{m.group(1)}</span>' if m.group(1) in known else m.group(1)
        ),
        escape(text),
    )


def _overlay(
    image: dict[str, Any] | None,
    size: tuple[float, float],
    evidence: list[dict[str, Any]],
    cited: set[str],
    colours: dict[str, str],
) -> str:
    w, h = size
    parts = [f'<svg id="overlay" viewBox="0 0 {w:g} {h:g}" xmlns="http://www.w3.org/2000/svg" role="img">']
    if image:
        parts.append(
            f'<image href="data:{_e(image["mime"])};base64,{image["data"]}" x="0" y="0" width="{w:g}" height="{h:g}" '
            'preserveAspectRatio="none"/>'
        )
    else:
        parts.append(
            f'<rect x="0" y="0" width="{w:g}" height="{h:g}" fill="#eee"/>'
            f'<text x="{w / 2:g}" y="{h / 2:g}" text-anchor="middle" fill="#888">no image in this trace'
            " (view --image FILE)</text>"
        )
    # Large boxes first so small ones stay on top and clickable.
    boxed = [(e, b) for e in evidence if (b := _box(e)) is not None]
    boxed.sort(key=lambda pair: -pair[1][2] * pair[1][3])
    for ev, (x, y, w_, h_) in boxed:
        colour = colours.get(str(ev.get("source", "?")), "#888")
        cls = "cited" if ev.get("id") in cited else ""
        tip = f"{ev.get('id')} {ev.get('kind')} {ev.get('label') or ''} {ev.get('value')} via {ev.get('source')}"
        geo = f'x="{x:g}" y="{y:g}" width="{w_:g}" height="{h_:g}"'
        halo = f'<rect class="halo" {geo}/>' if cls else ""
        parts.append(
            f'<g class="ev {cls}" data-ev="{_e(ev.get("id"))}" data-source="{_e(ev.get("source"))}" '
            f'data-round="{_e(ev.get("round"))}"><title>{_e(tip)}</title>{halo}'
            f'<rect class="box" {geo} stroke="{colour}" fill="{colour}"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _filters(evidence: list[dict[str, Any]], colours: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for ev in evidence:
        counts[str(ev.get("source", "?"))] = counts.get(str(ev.get("source", "?")), 0) + 1
    rounds = sorted({str(ev.get("round")) for ev in evidence}, key=lambda r: (len(r), r))
    src = "".join(
        f'<label><input type="checkbox" checked data-filter="source" value="{_e(s)}">'
        f'<span class="swatch" style="background:{c}"></span>{_e(s)} ({counts.get(s, 0)})</label>'
        for s, c in colours.items()
    )
    rnd = "".join(
        f'<label><input type="checkbox" checked data-filter="round" value="{_e(r)}">round {_e(r)}</label>'
        for r in rounds
    )
    return (
        f'<div class="filters"><div>tools: {src}</div><div>rounds: {rnd} '
        '<label><input type="checkbox" id="cited-only"><span class="halo-key"></span>cited by the answer only'
        "</label></div></div>"
    )


def _answer_card(result: dict[str, Any], trace: dict[str, Any], known: set[str], extra: dict[str, Any]) -> str:
    opts = _list(result.get("options"))
    answer = result.get("answer")
    rows = [f'<div class="muted">question</div><div>{_e(result.get("question"))}</div>']
    if opts:
        letters = [chr(65 + i) for i in range(len(opts))]
        items = "".join(
            f"<li{' class=answer' if letter == answer else ''}>{letter}. {_e(o)}</li>"
            for letter, o in zip(letters, opts, strict=False)
        )
        rows.append(f"<ol style='list-style:none;padding-left:6px'>{items}</ol>")
    conf = result.get("confidence")
    conf_html = "" if conf is None else f' <span class="muted">confidence {_num(conf)}</span>'
    rows.append(f'<div class="answer">{_e(answer)}{conf_html}</div>')
    for key, value in extra.items():
        rows.append(f'<div><span class="muted">{_e(key)}:</span> {_e(value)}</div>')
    if result.get("rationale"):
        rows.append(f"<div><span class='muted'>rationale:</span> {_cite_text(str(result['rationale']), known)}</div>")
    if _list(result.get("evidence_ids")):
        rows.append(f"<div><span class='muted'>cites:</span> {_chips(result['evidence_ids'], known)}</div>")
    meta = [f"rounds {len(_list(trace.get('rounds')))}", f"stop: {trace.get('stop_reason') or '-'}"]
    if isinstance(result.get("timings"), dict) and "total" in result["timings"]:
        meta.append(f"total {_num(result['timings']['total'])} s")
    rows.append(f'<div class="muted">{_e(" · ".join(meta))}</div>')
    return '<div class="card">' + "".join(rows) + "</div>"


def _evidence_table(evidence: list[dict[str, Any]], cited: set[str], colours: dict[str, str]) -> str:
    body = "".join(
        f'<tr data-ev="{_e(ev.get("id"))}"><td><span class="chip" data-cite="{_e(ev.get("id"))}">{_e(ev.get("id"))}'
        f"</span>{' ★' if ev.get('id') in cited else ''}</td><td>{_e(ev.get('kind'))}</td>"
        f"<td>{_e(ev.get('label'))}</td>"
        f"<td>{_e(ev.get('value'))}</td><td>{_num(ev.get('confidence'))}</td>"
        f'<td><span class="swatch" style="background:{colours.get(str(ev.get("source")), "#888")}"></span>'
        f"{_e(ev.get('source'))}</td><td>{_e(ev.get('round'))}</td></tr>"
        for ev in evidence
    )
    return (
        "<table><thead><tr><th>id</th><th>kind</th><th>label</th><th>value</th><th>conf</th><th>source</th>"
        f"<th>round</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _model_call(call: dict[str, Any]) -> str:
    msgs = "".join(
        f"<h3>{_e(m.get('role') if isinstance(m, dict) else '?')}</h3><pre>"
        f"{_json(m.get('content') if isinstance(m, dict) else m)}</pre>"
        for m in _list(call.get("messages"))
    )
    head = (
        f"round {_e(call.get('round'))} · {_e(call.get('role'))} · {_e(call.get('backend'))}/{_e(call.get('model'))}"
        f" · tokens {_e(call.get('tokens_in'))} in / {_e(call.get('tokens_out'))} out · {_num(call.get('latency_s'))}"
        f" s{'' if call.get('valid', True) else ' · INVALID'}"
    )
    err = f"<div class='bad'>{_e(call.get('error'))}</div>" if call.get("error") else ""
    return (
        f"<details class='model-call'><summary>{head}</summary>{msgs}<h3>raw output</h3>"
        f"<pre>{_e(call.get('raw_output'))}</pre>{err}</details>"
    )


def _rounds(trace: dict[str, Any], known: set[str]) -> str:
    records = {
        r["round"]: r for r in _list(trace.get("rounds")) if isinstance(r, dict) and isinstance(r.get("round"), int)
    }
    calls = [c for c in _list(trace.get("tool_calls")) if isinstance(c, dict)]
    models = [c for c in _list(trace.get("model_calls")) if isinstance(c, dict)]
    numbers = sorted({n for n in [*records, *(c.get("round") for c in calls + models)] if isinstance(n, int)})
    out = []
    for n in numbers:
        tools = "".join(
            f"<tr><td>{_e(c.get('tool'))}</td><td><code>{_json(c.get('arguments'))}</code></td>"
            f"<td class='{'ok' if c.get('ok', True) else 'bad'}'>{_e(c.get('summary'))}"
            f"{' — ' + _e(c.get('error')) if c.get('error') else ''}</td>"
            f"<td>{_chips(_list(c.get('evidence_ids')), known)}</td><td>{_num(c.get('duration_s'), '.3f')}</td></tr>"
            for c in calls
            if c.get("round") == n
        )
        table = (
            (
                "<table><thead><tr><th>tool</th><th>arguments</th><th>result</th><th>evidence</th><th>s</th></tr>"
                f"</thead><tbody>{tools}</tbody></table>"
            )
            if tools
            else "<div class='muted'>no tool calls</div>"
        )
        rec = records.get(n)
        # Render every field of the round record: its shape is still evolving (typed look-ups).
        fields = "".join(
            f"<tr><th>{_e(k)}</th><td>{_cite_text(v, known) if isinstance(v, str) else _json(v)}</td></tr>"
            for k, v in (rec or {}).items()
            if k != "round"
        )
        rec_html = f"<h3>reasoner</h3><table>{fields}</table>" if rec else ""
        mc = "".join(_model_call(c) for c in models if c.get("round") == n)
        out.append(f'<div class="round"><h3>round {n}: what was looked at</h3>{table}{rec_html}{mc}</div>')
    return "".join(out) or "<div class='muted'>no rounds recorded</div>"


def _sir_text(view: dict[str, Any], sir: dict[str, Any] | None) -> str | None:
    if view.get("sir_text"):
        return str(view["sir_text"])
    if sir:
        from ..sir import SIR

        try:
            return SIR.model_validate(sir).render_text()
        except Exception:  # an older/newer SIR shape: the page shows everything else
            return None
    return None


def render_page(
    bundle: dict[str, Any],
    *,
    image: Image.Image | None = None,
    extra: dict[str, Any] | None = None,
    title: str | None = None,
    max_side: int = 1600,
) -> str:
    """The HTML page for one bundle. `image` overrides the bundle's; `extra` adds header facts (gold, system)."""
    view = _dict(bundle.get("view"))
    result = _dict(view.get("result"))
    trace = {k: v for k, v in bundle.items() if k != "view"}
    sir = _dict(result.get("sir")) or None
    # Ids are compared, hashed and used as keys below: whatever a trace holds there (a list, an object)
    # becomes its text.
    evidence = [{**e, "id": str(e.get("id"))} for e in _list((sir or {}).get("evidence")) if isinstance(e, dict)]
    known = {str(e.get("id")) for e in evidence}
    cited = {str(i) for i in _list(result.get("evidence_ids"))}
    colours = source_colours(evidence)
    img = image if image is not None else resolve_image(bundle)
    encoded: dict[str, Any] | None = None
    if img is not None:
        small = _dict(view.get("image"))
        # Reuse the stored encoding only when it is exactly what we would write (it goes into an attribute).
        reuse = (
            image is None
            and small.get("mime") in ("image/png", "image/jpeg")
            and isinstance(small.get("data"), str)
            and _B64.fullmatch(small["data"]) is not None
            and max(img.size) <= max_side
        )
        encoded = small if reuse else encode_image(img, max_side=max_side)
    facts = _dict((sir or {}).get("image"))
    size = (
        _side(facts.get("width"), img.width if img else 640),
        _side(facts.get("height"), img.height if img else 480),
    )
    ev_data = {
        str(e.get("id")): {
            k: e.get(k)
            for k in ("id", "kind", "label", "value", "number", "confidence", "source", "round", "box", "attrs")
        }
        for e in evidence
    }
    sir_text = _sir_text(view, sir)
    page_title = title or f"seeingeye: {result.get('question') or 'trace'}"
    unknowns = _list((sir or {}).get("unknowns"))
    left = (
        f'<div class="figure">{_filters(evidence, colours)}{_overlay(encoded, size, evidence, cited, colours)}'
        '<div class="card" id="details"><span class="muted">hover or click a box</span></div></div>'
    )
    right = (
        _answer_card(result, trace, known, extra or {})
        + (
            f"<div class='card'><span class='muted'>unknowns:</span> {_e('; '.join(map(str, unknowns)))}</div>"
            if unknowns
            else ""
        )
        + f"<h2>Rounds</h2>{_rounds(trace, known)}"
        + f"<h2>Evidence ({len(evidence)})</h2>{_evidence_table(evidence, cited, colours)}"
        + "<h2>SIR text as the reasoner received it</h2>"
        + (f"<pre id='sir-text'>{_e(sir_text)}</pre>" if sir_text else "<div class='muted'>no SIR in this trace</div>")
        + f"<h2>Model calls ({len(_list(trace.get('model_calls')))})</h2>"
        + (
            "".join(_model_call(c) for c in _list(trace.get("model_calls")) if isinstance(c, dict))
            or "<div class='muted'>none (model-free reasoner)</div>"
        )
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_e(page_title)}</title><style>{BASE_CSS}{VIEW_CSS}</style></head><body>"
        f"<h1>{_e(page_title)}</h1><div class='layout'>{left}<div>{right}</div></div>"
        f"{json_script('evidence-data', ev_data)}<script>{VIEW_JS}</script></body></html>"
    )
