"""The SIR as compact structured text for a strong text-only reasoner: the page in reading order —
headings (#), paragraphs, list items (-), tables as pipe rows, code and terminal output fenced, figures
with what the tools read off them (chart series, photo labels, diagram boxes and arrows) and the labels
on them that those do not carry, captions, form fields in place of their labels — then key: value pairs
and other facts the text does not already say, each with a short evidence id, every fact once, under a
character budget (tokens ≈ chars / 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .render_lines import count_name, fact_line, norm, points, row_lines, said_label
from .sir import Box

if TYPE_CHECKING:
    from .sir import SIR, Evidence



def _overlap(a: Box, b: Box) -> float:
    """Share of a's area covered by b."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return 0.0 if w <= 0 or h <= 0 else (w * h) / max(a.w * a.h, 1e-6)


class _Out:
    def __init__(self, compact: bool = False) -> None:
        self.lines: list[str] = []
        self.seen = ""  # everything written so far, normalised, to keep one fact once
        # A reader that cannot cite evidence back (the proxy's upstream) is spared the ids, and is given a
        # control's centre (where to click) rather than its box.
        self.compact = compact

    def at(self, box: Box | None) -> str:
        """Where a control is, for an agent that acts on it."""
        if box is None:
            return ""
        return f" @({round(box.cx)},{round(box.cy)})" if self.compact else f" @{box.as_list()}"

    def add(self, line: str, ref: str = "", box: Box | None = None) -> None:
        line += self.at(box)
        self.lines.append(f"{line} [{ref}]" if ref and not self.compact else line)
        self.seen += " " + norm(line)

    def knows(self, *parts: str) -> bool:
        return all(norm(p) in self.seen for p in parts if p and p.strip())


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
    title = norm(sir.overview.window_title or "")
    bar = [e for e in lines if title and norm(e.value) == title and e.box is not None
           and e.box.cy < 0.15 * sir.image.height]
    used.update(e.id for e in bar)  # the title bar's line is in the header already ("window title: ...")
    lines = [e for e in lines if e not in bar]
    if not lines:
        return
    blocks_ev = {b.attrs.get("block_index"): b for b in sir.by_kind("block")}
    tables_ev = {t.attrs.get("table_index"): t for t in sir.by_kind("table") if "table_index" in t.attrs}
    groups: dict[int, list[Evidence]] = {}
    for e in sorted(lines, key=lambda e: int(e.attrs.get("order", 0))):  # type: ignore[arg-type]
        groups.setdefault(int(e.attrs["block_index"]), []).append(e)  # type: ignore[arg-type]
    for bi, blk in blocks_ev.items():  # a figure without any text on it is still a block of the page
        if blk.attrs.get("role") == "figure" and isinstance(bi, int) and bi not in groups:
            groups[bi] = []
    fields, typed = _fields_by_line(sir, lines)
    charted = _chart_labels(sir, blocks_ev)
    column = 0
    code: list[str] = []
    code_id = ""

    def flush_code() -> None:
        nonlocal code, code_id
        if code:
            out.add("```", code_id)
            for c in code:
                out.add(c)
            out.add("```")
        code, code_id = [], ""

    for bi in sorted(groups):
        used.update(e.id for e in groups[bi])
        members = [e for e in groups[bi] if e.id not in typed]  # an input's typed value is said by its field
        if groups[bi] and not members:
            continue
        blk = blocks_ev.get(bi)
        head = members[0] if members else blk
        if head is None:
            continue
        role = str(head.attrs.get("role", "paragraph"))
        col = int(head.attrs.get("column", 0))  # type: ignore[arg-type]
        ref = (blk or head).id
        if blk is not None:
            used.add(blk.id)
        if role not in ("title", "caption", "table", "code", "figure") and members and all(
            len(e.value.split()) <= 3 and norm(e.value) in charted for e in members
        ):
            continue  # a legend or slice labels beside a chart, said by its series
        if col != column:
            flush_code()
            out.add(f"(column {col + 1})")
            column = col
        if role == "code" and not any(fields.get(e.id) for e in members):  # a dialog read as code keeps its fields
            code_id = code_id or ref
            code.extend("  ".join(e.value for e in row) for row in _rows(members))
            continue
        flush_code()
        if role == "figure" and blk is not None:
            _figure(sir, blk, members, out, used)
            continue
        if role == "table":
            tab = tables_ev.get(bi)
            if tab is not None:
                used.add(tab.id)
                used.update(c.id for c in sir.by_kind("cell") if c.attrs.get("table_index") == bi)
                grid = [list(map(str, tab.attrs.get("header") or []))] if tab.attrs.get("has_header") else []
                grid += [list(map(str, r)) for r in tab.attrs.get("rows") or []]  # type: ignore[union-attr]
                if _all_controls(grid, sir):
                    continue  # a grid of checkboxes: each is said with its state among the controls
                out.add(f"TABLE {len(grid) - (1 if tab.attrs.get('has_header') else 0)} rows", tab.id)
                for row in _table_text(grid, bool(tab.attrs.get("has_header"))):
                    out.add(row)
            else:
                out.add("TABLE", ref)
                for row in _table_text(_grid_from_lines(members), False):
                    out.add(row)
            continue
        if any(fields.get(e.id) for e in members):
            _form(members, fields, typed, ref, out, used)
            continue
        text = _prose(members) if role not in ("title", "heading") else " ".join(e.value for e in members)
        if role == "title":
            out.add(f"# {text}", ref)
        elif role == "heading":
            out.add(f"## {text}", ref)
        elif role == "list_item":
            out.add(f"- {text}", ref)
        elif role == "button":
            out.add(f"[button: {text}]", ref)
        elif role == "caption":
            out.add(f"caption: {text}", ref)
        else:
            out.add(text, ref)
    flush_code()


def _all_controls(grid: list[list[str]], sir: SIR) -> bool:
    """Every cell of the grid is the label of a control the facts list (a group of checkboxes in columns)."""
    labels = {norm(e.label or "") for e in sir.by_kind("field") if e.attrs.get("control") and e.label}
    cells = [norm(c) for row in grid for c in row if c.strip()]
    return bool(cells) and all(c in labels for c in cells)


def _form(members: list[Evidence], fields: dict[str, list[Evidence]], typed: set[str], ref: str, out: _Out,
          used: set[str]) -> None:
    """A block holding form fields: each field (label, state or typed value) in place of its label line."""
    tagged = False
    for e in members:
        if e.id in typed:
            continue
        ties = [f for f in fields.get(e.id, []) if f.id not in used]
        if not ties:
            out.add(e.value, "" if tagged else ref)
            tagged = True
        for f in ties:
            used.add(f.id)
            out.add(fact_line(f, set()), f.id, f.box)


def _fields_by_line(sir: SIR, lines: list[Evidence]) -> tuple[dict[str, list[Evidence]], set[str]]:
    """Form fields tied to the text line that is their label (a button: its own text), so each is read
    where it stands; and the lines that are a tied input's typed value (said by the field)."""
    tied: dict[str, list[Evidence]] = {}
    typed: set[str] = set()
    boxed = [e for e in lines if e.box is not None]
    for f in sir.by_kind("field"):
        if f.box is None:
            continue
        name = f.label or (f.value if f.attrs.get("control") == "button" else "")
        near = [e for e in boxed if name and norm(e.value).endswith(norm(name))]
        if not near:
            continue
        best = min(near, key=lambda e: abs(e.box.cy - f.box.cy) + abs(e.box.cx - f.box.cx))  # type: ignore[union-attr]
        tied.setdefault(best.id, []).append(f)
        if f.attrs.get("control") == "text" and f.value:
            typed.update(e.id for e in boxed if e.id != best.id and _inside(e.box, f.box, 0.0)  # type: ignore[arg-type]
                         and norm(e.value) in norm(f.value))
    return tied, typed


def _chart_labels(sir: SIR, blocks_ev: dict) -> set[str]:
    """Names and x labels of the chart series that are read with a figure on this page."""
    figs = [b.box for b in blocks_ev.values() if b.attrs.get("role") == "figure" and b.box is not None]
    out: set[str] = set()
    for e in sir.by_kind("series"):
        if e.box is None or not any(_inside(e.box, f) for f in figs):
            continue
        out.add(norm(e.label or ""))
        for p in e.attrs.get("points") or []:  # type: ignore[union-attr]
            if isinstance(p, dict):
                out.add(norm(str(p.get("x", p.get("label", "")))))
    out.discard("")
    return out


def _inside(b: Box, f: Box, grow: float = 0.05) -> bool:
    gx, gy = grow * f.w, grow * f.h
    return f.x0 - gx <= b.cx <= f.x1 + gx and f.y0 - gy <= b.cy <= f.y1 + gy


def _figure(sir: SIR, blk: Evidence, members: list[Evidence], out: _Out, used: set[str]) -> None:
    """A figure with what the tools read off it (chart series, what a photo shows) and the labels on it
    that those do not already carry (tick values, legend names, notes)."""
    fb = blk.box
    used.add(blk.id)
    tied = [e for e in sir.evidence if e.kind in ("series", "point", "object", "shape", "arrow") and e.id not in used
            and e.box is not None and fb is not None and _inside(e.box, fb)]
    # Shapes without text are the figure's own marks (bars, wedges, boxes) unless a diagram names them.
    tied = [e for e in tied if e.kind != "shape" or e.attrs.get("text")]
    series = [e for e in tied if e.kind == "series"]
    kind = str(blk.attrs.get("figure", "graphic"))
    title = ""
    if series:
        kind = f"{series[0].attrs.get('chart', '')} chart".strip()
        title = str(series[0].attrs.get("title") or "")
    elif any(e.kind == "object" for e in tied):
        kind = "photo"
    head = f"[figure: {kind}" + (f" {title!r}" if title and not out.knows(title) else "") + "]"
    out.add(head, blk.id)
    carried: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for e in tied:
        used.add(e.id)
        line = fact_line(e, pairs)
        if e.kind == "series" and not e.label and line:
            line = "values: " + points(e)  # the header already says which chart
        if e.kind == "series":
            carried.add(norm(e.label or ""))
            for p in e.attrs.get("points") or []:  # type: ignore[union-attr]
                if isinstance(p, dict):
                    carried.update(norm(str(p.get(k, ""))) for k in ("x", "label", "text", "y", "value"))
        elif e.kind == "arrow":
            carried.update(norm(str(e.attrs.get(k) or "")) for k in ("from", "to"))
        else:
            carried.update((norm(e.label or ""), norm(e.value), norm(str(e.attrs.get("text") or ""))))
        if line and not out.knows(line):
            out.add(line, e.id)
    rest = [e.value for e in members if norm(e.value) not in carried and not out.knows(e.value)]
    if rest:
        out.add("labels: " + " | ".join(rest))


def _facts(sir: SIR, out: _Out, used: set[str], text_boxes: list[Box]) -> None:
    """Everything that is not page text, once each, skipping what the page text already says."""
    page = [e for e in sir.evidence if e.id in used and e.kind in ("text", "number") and e.box is not None]
    shapes = sir.by_kind("shape")
    series_pairs: set[tuple[str, str]] = set()
    counts: list[Evidence] = []
    rows = row_lines(sir, used)
    for ev in sir.evidence:
        if ev.id in used:
            continue
        if ev.id in rows:
            if (said := rows[ev.id]) is not None:
                out.add(*said)
            continue
        k = ev.kind
        if k == "number" and ev.attrs.get("count_of") and ev.label:
            if all((c.attrs["count_of"], c.value) != (ev.attrs["count_of"], ev.value) for c in counts):  # not aliases
                counts.append(ev)  # said together below: one line, not one per count
            continue
        if k == "key_value" and ev.box is not None and any(_overlap(ev.box, b) > 0.5 for b in text_boxes):
            continue
        if k == "shape" and ev.box is not None and sum(_overlap(ev.box, b) for b in text_boxes) > 0.2:
            continue  # outlines of text, window buttons, table rules: noise
        if k in ("text", "number") and ev.box is not None and any(
            _overlap(ev.box, p.box) > 0.5 and p.confidence >= ev.confidence for p in page  # type: ignore[arg-type]
        ):
            continue  # a less sure re-read of a line already read (a zoom that cut through its glyphs)
        if k == "block" and ev.attrs.get("role") == "figure":
            continue  # a figure's labels are page text, said where the figure stands
        line = fact_line(ev, series_pairs)
        inner = str(ev.attrs.get("text") or "") if k == "shape" else ""
        if inner and len(inner) > 30 and out.knows(inner):
            line = line.replace(inner, " ".join(inner.split()[:3]) + " …")  # its text is on the page already
        if k == "shape" and not ev.attrs.get("text") and ev.box is not None and any(
            o.box is not None and o.attrs.get("text") and _overlap(ev.box, o.box) > 0.7 for o in shapes
        ):
            continue  # the same box read again, with its text, by the diagram tool
        if k == "colour" and ev.label == "image" and ev.value in sir.overview.main_colours:
            continue  # already in the header
        bare = k == "cell" or (k in ("text", "number") and not ev.label)
        if not line or (k != "field" and out.knows(line)) or (bare and out.knows(ev.value)):
            continue  # a field is a click target, said even when its words are on the page
        if k == "key_value" and out.knows(said_label(ev), ev.value):
            continue
        out.add(line, ev.id, ev.box if k == "field" else None)
    if counts:
        said = ", ".join(f"{c.attrs.get('say') or count_name(c.label or '')}: {c.value}" for c in counts)
        out.add(f"counts: {said}", ",".join(c.id for c in counts))


def render(sir: SIR, max_chars: int, *, compact: bool = False) -> str:
    head = f"IMAGE {sir.image.width}x{sir.image.height} {sir.overview.kind}"
    if sir.overview.main_colours:
        head += f"; colours: {', '.join(sir.overview.main_colours[:4])}"
    if sir.overview.app_kind or sir.overview.window_title:
        head += f"; app: {sir.overview.app_kind or 'unknown'}; window title: {sir.overview.window_title or '-'}"
    out = _Out(compact)
    out.seen = " " + norm(sir.overview.window_title or "")  # the header says it: no fact repeats it
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
