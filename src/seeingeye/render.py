"""The SIR as compact structured text for a strong text-only reasoner: the page in reading order —
headings (#), paragraphs, list items (-), tables as pipe rows, code and terminal output fenced — then
key: value pairs, chart series, form states, photo labels and arrows that the text does not already
say, each with a short evidence id, every fact once, under a character budget (tokens ≈ chars / 4)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sir import SIR, Box, Evidence

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Lower case without any whitespace: OCR re-reads differ from the first reading mostly in spacing."""
    return _WS.sub("", text).lower()


def _overlap(a: Box, b: Box) -> float:
    """Share of a's area covered by b."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return 0.0 if w <= 0 or h <= 0 else (w * h) / max(a.w * a.h, 1e-6)


class _Out:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.seen = ""  # everything written so far, normalised, to keep one fact once

    def add(self, line: str) -> None:
        self.lines.append(line)
        self.seen += " " + _norm(line)

    def knows(self, *parts: str) -> bool:
        return all(_norm(p) in self.seen for p in parts if p and p.strip())


def _rows(lines: list[Evidence]) -> list[list[Evidence]]:
    rows: list[list[Evidence]] = []
    for ev in lines:
        b = ev.box
        if rows and b is not None and rows[-1][-1].box is not None:
            p = rows[-1][-1].box
            if min(p.y1, b.y1) - max(p.y0, b.y0) > 0.5 * min(p.h, b.h):
                rows[-1].append(ev)
                continue
        rows.append([ev])
    return [sorted(r, key=lambda e: e.box.x0 if e.box else 0.0) for r in rows]


def _prose(lines: list[Evidence]) -> str:
    """Wrapped lines joined by spaces; lines that end short of the block's right edge end a line."""
    rows = _rows(lines)
    right = max((r[-1].box.x1 for r in rows if r[-1].box), default=0.0)
    left = min((r[0].box.x0 for r in rows if r[0].box), default=0.0)
    out = ""
    for k, row in enumerate(rows):
        text = " ".join(e.value for e in row)
        out += text
        if k < len(rows) - 1:
            last = row[-1].box
            # Short lines (labels, key: value pairs) are never wrapped prose.
            wrapped = last is not None and last.x1 >= left + 0.8 * (right - left) and len(text) >= 40
            out += " " if wrapped else "\n"
    return out


def _grid_from_lines(lines: list[Evidence]) -> list[list[str]]:
    cells = [(int(e.attrs.get("row", 0)), int(e.attrs.get("col", 0)), e.value) for e in lines]  # type: ignore[arg-type]
    n_r = max(r for r, _, _ in cells) + 1
    n_c = max(c for _, c, _ in cells) + 1
    grid = [[""] * n_c for _ in range(n_r)]
    for r, c, v in cells:
        grid[r][c] = (grid[r][c] + " " + v).strip()
    return grid


def _table_text(grid: list[list[str]], header: bool) -> list[str]:
    rows = [" | ".join(r) for r in grid]
    if header and len(rows) > 1:
        rows.insert(1, "---")
    return rows


def _page(sir: SIR, out: _Out, used: set[str]) -> None:
    """OCR lines of the whole page grouped into their layout blocks, in reading order."""
    lines = [
        e for e in sir.evidence if e.kind in ("text", "number") and "block_index" in e.attrs and "via" not in e.attrs
    ]
    if not lines:
        return
    blocks_ev = {b.attrs.get("block_index"): b for b in sir.by_kind("block")}
    tables_ev = {t.attrs.get("table_index"): t for t in sir.by_kind("table") if "table_index" in t.attrs}
    groups: dict[int, list[Evidence]] = {}
    for e in sorted(lines, key=lambda e: int(e.attrs.get("order", 0))):  # type: ignore[arg-type]
        groups.setdefault(int(e.attrs["block_index"]), []).append(e)  # type: ignore[arg-type]
    column = 0
    code: list[str] = []
    code_id = ""

    def flush_code() -> None:
        nonlocal code, code_id
        if code:
            out.add(f"```{code_id}")
            for c in code:
                out.add(c)
            out.add("```")
        code, code_id = [], ""

    for bi in sorted(groups):
        members = groups[bi]
        used.update(e.id for e in members)
        role = str(members[0].attrs.get("role", "paragraph"))
        col = int(members[0].attrs.get("column", 0))  # type: ignore[arg-type]
        blk = blocks_ev.get(bi)
        ref = (blk or members[0]).id
        if blk is not None:
            used.add(blk.id)
        if col != column:
            flush_code()
            out.add(f"(column {col + 1})")
            column = col
        if role == "code":
            code_id = code_id or f" [{ref}]"
            code.extend("  ".join(e.value for e in row) for row in _rows(members))
            continue
        flush_code()
        if role == "table":
            tab = tables_ev.get(bi)
            if tab is not None:
                used.add(tab.id)
                used.update(c.id for c in sir.by_kind("cell") if c.attrs.get("table_index") == bi)
                grid = [list(map(str, tab.attrs.get("header") or []))] if tab.attrs.get("has_header") else []
                grid += [list(map(str, r)) for r in tab.attrs.get("rows") or []]  # type: ignore[union-attr]
                out.add(f"TABLE [{tab.id}] {len(grid) - (1 if tab.attrs.get('has_header') else 0)} rows")
                for row in _table_text(grid, bool(tab.attrs.get("has_header"))):
                    out.add(row)
            else:
                out.add(f"TABLE [{ref}]")
                for row in _table_text(_grid_from_lines(members), False):
                    out.add(row)
            continue
        text = _prose(members) if role not in ("title", "heading") else " ".join(e.value for e in members)
        if role == "title":
            out.add(f"# {text} [{ref}]")
        elif role == "heading":
            out.add(f"## {text} [{ref}]")
        elif role == "list_item":
            out.add(f"- {text} [{ref}]")
        elif role == "button":
            out.add(f"[button: {text}] [{ref}]")
        else:
            out.add(f"{text} [{ref}]")
    flush_code()


def _points(ev: Evidence) -> str:
    pts = ev.attrs.get("points") or []
    parts = []
    for p in pts if isinstance(pts, list) else []:
        if isinstance(p, dict):
            x, y = p.get("x", p.get("label", "")), p.get("text", p.get("y", p.get("value", "")))
            parts.append(f"{x}={y}")
    return ", ".join(parts)


def _facts(sir: SIR, out: _Out, used: set[str], text_boxes: list[Box]) -> None:
    """Everything that is not page text, once each, skipping what the page text already says."""
    series_pairs: set[tuple[str, str]] = set()
    for ev in sir.evidence:
        if ev.id in used:
            continue
        k = ev.kind
        line = ""
        if k == "series":
            pts = _points(ev)
            line = f"series {ev.label or ev.value}: {pts}" if pts else ""
            for p in ev.attrs.get("points") or []:  # type: ignore[union-attr]
                if isinstance(p, dict):
                    series_pairs.add((_norm(str(p.get("x", ""))), _norm(str(p.get("text", p.get("y", ""))))))
        elif k == "point":
            if (_norm(ev.label or ""), _norm(ev.value)) in series_pairs:
                continue
            s = ev.attrs.get("series")
            pct = ev.attrs.get("percent")
            line = f"{ev.label}{f' ({s})' if s else ''}: {ev.value}{f' ({pct}%)' if pct is not None else ''}"
        elif k == "field":
            control = str(ev.attrs.get("control", ""))
            mark = {"checked": "[x]", "unchecked": "[ ]", "selected": "(o)", "on": "[on]", "off": "[off]"}.get(ev.value)
            line = f"{mark} {ev.label}" if mark else f"{ev.label}: {ev.value}"
            line = f"{control} {line}".strip() if control in ("radio", "toggle", "select") else line
        elif k == "object":
            hier = ev.attrs.get("hierarchy")
            chain = " > ".join(map(str, hier)) if isinstance(hier, list) and hier else ev.value
            line = f"photo shows: {chain} ({ev.confidence:.2f})"
        elif k == "arrow":
            line = f"arrow: {ev.value}"
        elif k == "key_value":
            if ev.box is not None and any(_overlap(ev.box, b) > 0.5 for b in text_boxes):
                continue
            line = f"{ev.label}: {ev.value}"
        elif k in ("text", "number"):
            line = ev.value
        elif k == "shape":
            if ev.box is not None and sum(_overlap(ev.box, b) for b in text_boxes) > 0.2:
                continue  # outlines of text, window buttons, table rules: noise
            fill, inner = ev.attrs.get("fill"), ev.attrs.get("text")
            line = f"shape: {ev.value}" + (f", fill {fill}" if fill and str(fill) not in ev.value else "")
            line += f", text {inner!r}" if inner else ""
        elif k in ("note", "colour"):
            line = f"{k}: {ev.label + ' = ' if ev.label else ''}{ev.value}"
        elif k in ("block", "table", "cell"):
            line = ev.value if k != "cell" else f"{ev.label}: {ev.value}"
        if not line or out.knows(line) or (k in ("text", "number", "cell") and out.knows(ev.value)):
            continue
        if k == "key_value" and out.knows(ev.label or "", ev.value):
            continue
        out.add(f"{line} [{ev.id}]")


def render(sir: SIR, max_chars: int) -> str:
    head = f"IMAGE {sir.image.width}x{sir.image.height} {sir.overview.kind}"
    if sir.overview.main_colours:
        head += f"; colours: {', '.join(sir.overview.main_colours[:4])}"
    out = _Out()
    used: set[str] = set()
    _page(sir, out, used)
    text_boxes = [e.box for e in sir.evidence if e.id in used and e.kind in ("text", "number") and e.box is not None]
    _facts(sir, out, used, text_boxes)
    if sir.unknowns:
        out.add("UNKNOWN: " + "; ".join(sir.unknowns))
    lines = [head, *out.lines]
    text = "\n".join(lines)
    if len(text) <= max_chars:
        return text
    # Over budget: keep the page text first, then as many further facts as fit, then cut.
    kept, size = [], 0
    for k, ln in enumerate(lines):
        if size + len(ln) + 1 > max_chars - 40:
            kept.append(f"[... {len(lines) - k} more lines cut at the {max_chars}-character budget]")
            break
        kept.append(ln)
        size += len(ln) + 1
    return "\n".join(kept)
