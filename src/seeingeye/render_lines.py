"""Single facts of the SIR as the short lines `render` writes: a chart series' points, a control with its
state, a key and its value under the name a reader is given, a count by what it counts, the selected row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .sir import Box

if TYPE_CHECKING:
    from .sir import SIR, Evidence

_PAREN = re.compile(r"\s*\([^()]*\)")
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    """Lower case without whitespace or cell bars: OCR re-reads differ from the first reading mostly in
    spacing, and a row said again as a line is the same row said with " | " between its cells."""
    return _WS.sub("", text).replace("|", "").lower()


def points(ev: Evidence) -> str:
    pts = ev.attrs.get("points") or []
    parts = []
    for p in pts if isinstance(pts, list) else []:
        if isinstance(p, dict):
            x, y = p.get("x", p.get("label", "")), p.get("text", p.get("y", p.get("value", "")))
            parts.append(f"{x}={y}")
    return ", ".join(parts)


def fact_line(ev: Evidence, series_pairs: set[tuple[str, str]]) -> str:
    """One fact as a short line ("" to skip it); `series_pairs` collects the (x, value) pairs already
    said by series lines so that their points are not repeated."""
    k = ev.kind
    if k == "series":
        pts = points(ev)
        for p in ev.attrs.get("points") or []:  # type: ignore[union-attr]
            if isinstance(p, dict):
                series_pairs.add((norm(str(p.get("x", ""))), norm(str(p.get("text", p.get("y", ""))))))
        if not pts:
            return ""
        # The chart tool's value already lists the points: say them once.
        if ev.label:
            return f"{'' if ev.label.lower().startswith('series') else 'series '}{ev.label}: {pts}"
        return "series " + ev.value if pts in ev.value else f"series: {pts}"
    if k == "point":
        if (norm(ev.label or ""), norm(ev.value)) in series_pairs:
            return ""
        s = ev.attrs.get("series")
        pct = ev.attrs.get("percent")
        return f"{ev.label}{f' ({s})' if s else ''}: {ev.value}{f' ({pct}%)' if pct is not None else ''}"
    if k == "field":
        control = str(ev.attrs.get("control", ""))
        mark = {"checked": "[x]", "unchecked": "[ ]", "selected": "(o)", "unselected": "( )", "on": "[on]",
                "off": "[off]"}.get(ev.value)
        if control == "list_item":
            return f"{'selected row' if ev.attrs.get('selected') else 'row'}: {ev.value}"
        if control == "button" or not ev.label:
            return f"[{control or 'field'}: {ev.value}]"
        name = said_label(ev).rstrip(":")
        line = f"{mark} {name}" if mark else f"{name}: {ev.value}"
        return f"{control} {line}".strip() if control in ("radio", "toggle", "select") else line
    if k == "object":
        hier = ev.attrs.get("hierarchy")
        chain = " > ".join(map(str, hier)) if isinstance(hier, list) and hier else ev.value
        return f"photo shows: {chain} ({ev.confidence:.2f})"
    if k == "arrow":
        return f"arrow: {ev.value}"
    if k == "key_value":
        return f"{said_label(ev)}: {ev.value}"
    if k in ("text", "number"):
        return f"{ev.label}: {ev.value}" if ev.label else ev.value  # a count says what it counts
    if k == "shape":
        fill, inner = ev.attrs.get("fill"), ev.attrs.get("text")
        line = f"shape: {ev.value}" + (f", fill {fill}" if fill and str(fill) not in ev.value else "")
        return line + (f", text {inner!r}" if inner and str(inner) not in ev.value else "")
    if k in ("note", "colour"):
        return f"{k}: {ev.label + ' = ' if ev.label else ''}{ev.value}"
    if k in ("block", "table", "cell"):
        return ev.value if k != "cell" else f"{ev.label}: {ev.value}"
    return ""


def said_label(ev: Evidence) -> str:
    """The name a reader is given: a tool's short one (`say`) when its label also carries the synonyms the
    embedded matcher needs ("status bar (what it says, its whole text)" -> "status bar")."""
    return str(ev.attrs.get("say") or ev.label or "")


def count_name(label: str) -> str:
    """A tool's count label as a reader needs it: the counted thing without the synonyms that label carries
    for the embedded matcher ("number of checkboxes checked, ticked" -> "checkboxes checked")."""
    return _PAREN.sub("", label.removeprefix("number of ")).split(", ")[0].strip()


def row_lines(sir: SIR, used: set[str]) -> dict[str, tuple[str, str, Box] | None]:
    """The selected row's cells, which the list tool reports one field each, as one line (text, ids, box) said
    where its first cell would be (None for the others): one row, one fact."""
    cells = [e for e in sir.by_kind("field") if e.id not in used and e.box is not None
             and e.attrs.get("control") == "list_item" and e.attrs.get("selected")]
    rows: list[list[Evidence]] = []
    for e in sorted(cells, key=lambda e: (e.box.cy, e.box.x0)):  # type: ignore[union-attr]
        last = rows[-1][-1].box if rows else None
        if last is not None and abs(last.cy - e.box.cy) < 0.5 * max(last.h, e.box.h):  # type: ignore[union-attr]
            rows[-1].append(e)
        else:
            rows.append([e])
    said: dict[str, tuple[str, str, Box] | None] = {}
    for row in (r for r in rows if len(r) > 1):
        row.sort(key=lambda e: e.box.x0)  # type: ignore[union-attr]
        boxes = [e.box for e in row if e.box is not None]
        box = Box(x0=min(b.x0 for b in boxes), y0=min(b.y0 for b in boxes), x1=max(b.x1 for b in boxes),
                  y1=max(b.y1 for b in boxes))
        said[row[0].id] = (f"selected row: {' | '.join(e.value for e in row)}", ",".join(e.id for e in row), box)
        said.update({e.id: None for e in row[1:]})
    return said
