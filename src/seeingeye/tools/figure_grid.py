"""A grid of figures printed one per cell, named along two edges: an annotated heatmap (parcels scanned by weekday and
hour), a correlation matrix, a pivot of counts drawn as coloured tiles.

Nothing rules its cells and their fills differ, so the layout sees a picture; and OCR reads a row of close
cells as one line ("46 22 59 23 37 89"). The grid is found from the figures alone: rows of as many figures
each, at one pitch, their figures standing at the same x on every row. Its row names are the words printed
left of each row, its column names the words printed under (or over) each column. Both must be there: a grid
of bare figures (a calendar's days, a keypad) is not a table of values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sir import Box
from .ocr import OcrLine
from .ruled import word_spans

# a figure as a cell prints it: "17", "-0.42", "8.5%", "2,310"
_FIGURE = re.compile(r"[-+−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?")
# a tick mark the axis draws after a row's name, read as a dash ("North -")
_TICK = re.compile(r"\s+[-–—_]$")


@dataclass(frozen=True)
class _Word:
    text: str
    box: Box


@dataclass
class FigureGrid:
    """The grid as a table: the first row names the columns (its first cell blank), each next row opens with
    its name; `boxes[r][c]` places each cell of `rows`."""

    rows: list[list[str]]
    boxes: list[list[Box | None]]
    box: Box


def _words(lines: list[OcrLine]) -> list[_Word]:
    return [_Word(t, Box(x0=a, y0=ln.box.y0, x1=b, y1=ln.box.y1)) for ln in lines
            for t, a, b in word_spans(ln.text, ln.box)]


def _rows_of(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped into printed rows (centres within half a line of each other), top to bottom."""
    rows: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: w.box.cy):
        if rows and abs(rows[-1][0].box.cy - w.box.cy) <= 0.5 * (w.box.h):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w.box.x0) for r in rows]


def _columns(rows: list[list[_Word]]) -> tuple[list[float], list[list[_Word]]] | None:
    """The x of each column and the rows of figures that stand in them: the most common count of figures per
    row (three or more, on three rows or more) sets the columns; a row holding a figure in each is a row."""
    counts = [len(r) for r in rows if len(r) >= 3]
    if not counts:
        return None
    n = max(set(counts), key=lambda k: (counts.count(k), k))
    full = [r for r in rows if len(r) == n]
    if len(full) < 3:
        return None
    xs = [sorted(w.box.cx for w in col) for col in zip(*full, strict=True)]
    centres = [x[len(x) // 2] for x in xs]
    pitch = min(b - a for a, b in zip(centres, centres[1:], strict=False))
    if pitch <= 0:
        return None
    kept = []
    for r in rows:  # (a row may hold a figure beyond the grid: the colour bar's tick beside it)
        at = [min(r, key=lambda w, c=c: abs(w.box.cx - c)) for c in centres]
        if all(abs(w.box.cx - c) <= 0.3 * pitch for w, c in zip(at, centres, strict=True)):
            kept.append(at)
    return (centres, kept) if len(kept) >= 3 else None


def _one_pitch(rows: list[list[_Word]]) -> bool:
    ys = [r[0].box.cy for r in rows]
    steps = [b - a for a, b in zip(ys, ys[1:], strict=False)]
    return min(steps) > 0 and max(steps) <= 1.25 * min(steps)


def _row_name(row: list[_Word], words: list[_Word], left: float) -> str:
    """The words printed on the row's band left of the grid, nearest last."""
    h = row[0].box.h
    near = sorted((w for w in words if w.box.x1 <= left and abs(w.box.cy - row[0].box.cy) <= 0.5 * h),
                  key=lambda w: w.box.x0)
    return _TICK.sub("", " ".join(w.text for w in near)).strip(" -–—")


def _column_names(centres: list[float], rows: list[list[_Word]], words: list[_Word], pitch: float) -> list[str]:
    """The words standing over each column just under the grid's last row, or else just over its first."""
    h = rows[0][0].box.h
    row_pitch = rows[1][0].box.cy - rows[0][0].box.cy
    for band in ((rows[-1][0].box.cy + 0.5 * h, rows[-1][0].box.cy + 1.2 * row_pitch),
                 (rows[0][0].box.cy - 1.2 * row_pitch, rows[0][0].box.cy - 0.5 * h)):
        names = []
        for c in centres:
            near = [w for w in words if band[0] <= w.box.cy <= band[1] and abs(w.box.cx - c) <= 0.45 * pitch]
            names.append(" ".join(w.text for w in sorted(near, key=lambda w: w.box.x0)))
        if sum(bool(x) for x in names) >= 0.8 * len(centres):
            return names
    return []


def figure_grid(lines: list[OcrLine]) -> FigureGrid | None:
    """The grid of figures among the page's lines with its row and column names, or None."""
    words = _words(lines)
    figures = [w for w in words if _FIGURE.fullmatch(w.text)]
    found = _columns(_rows_of(figures))
    if found is None:
        return None
    centres, rows = found
    if not _one_pitch(rows):
        return None
    pitch = min(b - a for a, b in zip(centres, centres[1:], strict=False))
    left = min(w.box.x0 for r in rows for w in r) - 0.1 * pitch
    others = [w for w in words if not any(w in r for r in rows)]
    names = [_row_name(r, others, left) for r in rows]
    heads = _column_names(centres, rows, others, pitch)
    # row names are words, not figures (a price list's first column of amounts is a table's, not a grid's)
    if not heads or sum(bool(re.search(r"[^\W\d_]|\d+\s*[-–]\s*\d+", x)) for x in names) < 0.8 * len(rows):
        return None
    grid = [["", *heads]] + [[name, *(w.text for w in r)] for name, r in zip(names, rows, strict=True)]
    boxes: list[list[Box | None]] = [[None] * len(grid[0])] + [
        [None, *(w.box for w in r)] for r in rows]
    box = Box(x0=left, y0=min(w.box.y0 for w in rows[0]), x1=max(w.box.x1 for r in rows for w in r),
              y1=max(w.box.y1 for w in rows[-1]))
    return FigureGrid(grid, boxes, box)
