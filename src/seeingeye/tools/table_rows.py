"""A table's rows that the layout left out: the layout model often draws a list's box around only part of
it (a mail list whose unread rows are bold, a list under a coloured band), and reads the rest as paragraphs.
Rows just above or below the box whose pieces line up with its columns, left or right edges alike, are
rows of the same table."""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from .inkwords import line_rows
from .layout import LayoutBlock, union
from .ocr import OcrLine

_MAX_GROWN = 40  # rows added on each side at most: a page is read in bounded time


def _edges(block: LayoutBlock, lines: list[OcrLine]) -> list[tuple[float, float]]:
    """Each column's left and right edge, over its cells."""
    cols: dict[int, list[OcrLine]] = {}
    for _, c, i in block.cells:
        cols.setdefault(c, []).append(lines[i])
    return [(min(ln.box.x0 for ln in cols[c]), max(ln.box.x1 for ln in cols[c])) if c in cols else (-1e9, -1e9)
            for c in range(block.n_cols)]


def _placed(row: list[OcrLine], edges: list[tuple[float, float]]) -> list[int] | None:
    """The column of each piece of a printed row, by a left or right edge it shares with the column; None when
    a piece lines up with none, or the row fills fewer than two columns."""
    out = []
    for ln in row:
        tol = 1.5 * ln.box.h
        hits = [c for c, (x0, x1) in enumerate(edges) if abs(ln.box.x0 - x0) < tol or abs(ln.box.x1 - x1) < tol]
        if not hits:
            return None
        out.append(hits[0])
    return out if len(set(out)) >= 2 and len(set(out)) == len(out) else None


def grown(block: LayoutBlock, lines: list[OcrLine]) -> LayoutBlock:
    """The block with the aligned rows next to it added (the same block when there are none)."""
    if block.n_rows < 2 or block.n_cols < 2:
        return block
    if median(len(lines[i].text.strip()) for _, _, i in block.cells) < 3:
        return block  # a keypad's or a grid's single glyphs: no list of entries to continue
    used = {i for _, _, i in block.cells}
    index = {id(ln): i for i, ln in enumerate(lines)}
    centres = sorted({r: lines[i].box.cy for r, _, i in block.cells}.values())
    pitch = median(b - a for a, b in zip(centres, centres[1:], strict=False)) if len(centres) > 1 else 0.0
    if pitch <= 0:
        return block
    edges = _edges(block, lines)
    # (within the table's span: a sidebar's entries beside it are no cells)
    span = [ln for i, ln in enumerate(lines) if i not in used and ln.box.x0 >= block.box.x0 - 2 * ln.box.h
            and ln.box.x1 <= block.box.x1 + 2 * ln.box.h]
    rows = [sorted(r, key=lambda ln: ln.box.x0) for r in line_rows(span)]
    above: list[tuple[list[OcrLine], list[int]]] = []
    below: list[tuple[list[OcrLine], list[int]]] = []
    for out, step in ((above, -1), (below, 1)):
        edge = centres[0] if step < 0 else centres[-1]
        for row in sorted(rows, key=lambda r: step * r[0].box.cy)[: 4 * _MAX_GROWN]:
            gap = step * (row[0].box.cy - edge)
            if gap <= 0.4 * pitch:
                continue
            if gap > 1.6 * pitch or len(out) >= _MAX_GROWN or (cols := _placed(row, edges)) is None:
                break
            out.append((row, cols))
            edge = row[0].box.cy
    if not above and not below:
        return block
    shift = len(above)
    cells = [(r + shift, c, i) for r, c, i in block.cells]
    for k, (row, cols) in enumerate([*reversed(above)]):
        cells += [(k, c, index[id(ln)]) for ln, c in zip(row, cols, strict=True)]
    for k, (row, cols) in enumerate(below):
        cells += [(shift + block.n_rows + k, c, index[id(ln)]) for ln, c in zip(row, cols, strict=True)]
    box = union([block.box, *(ln.box for row, _ in above + below for ln in row)])
    return replace(block, cells=cells, n_rows=block.n_rows + len(above) + len(below), box=box)
