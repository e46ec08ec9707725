"""Buttons drawn as cells of one frame: a dialog's row of buttons that share their borders with each other and
with the window's edge. Their outlines join the window's into one large shape, so they are no separate
shapes of ink; each button is a hole in that shape, of button size, holding one short caption at its centre.

A row of such holes (two to five, one height, side by side) is a button row, unless another row of holes
stands right above or below over the same columns: that is a table's grid, not buttons.
"""

from __future__ import annotations

import cv2
import numpy as np

from ..sir import Box
from .ocr import OcrLine


def _caption(b: Box, lines: list[OcrLine]) -> OcrLine | None:
    inside = [ln for ln in lines if b.x0 - 2 <= ln.box.x0 and ln.box.x1 <= b.x1 + 2 and b.y0 - 2 <= ln.box.y0
              and ln.box.y1 <= b.y1 + 2]
    if len(inside) != 1 or len(inside[0].text.split()) > 3:
        return None
    ln = inside[0]
    return ln if abs(ln.box.cx - b.cx) < 0.15 * b.w and abs(ln.box.cy - b.cy) < 0.25 * b.h else None


def _holes(ink: np.ndarray) -> list[Box]:
    """Button-shaped holes of the ink's shapes."""
    cnts, hier = cv2.findContours(ink.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hier is None:
        return []
    out = []
    for c, h in zip(cnts, hier[0], strict=True):
        if h[3] < 0:
            continue  # an outer outline, not a hole
        x, y, w, hh = cv2.boundingRect(c)
        if 16 <= hh <= 48 and w >= 2.2 * hh and w >= 50:
            out.append(Box(x0=x, y0=y, x1=x + w, y1=y + hh))
    return out


def button_rows(ink: np.ndarray, lines: list[OcrLine]) -> list[tuple[Box, OcrLine]]:
    """(box, caption) of each button in rows of buttons drawn as cells of one frame."""
    holes_all = _holes(ink)
    holes = [(b, cap) for b in holes_all if (cap := _caption(b, lines)) is not None]
    rows: list[list[tuple[Box, OcrLine]]] = []
    for b, cap in sorted(holes, key=lambda t: (t[0].y0, t[0].x0)):
        row = next((r for r in rows if abs(r[0][0].y0 - b.y0) <= 4 and abs(r[0][0].h - b.h) <= 4), None)
        if row is None:
            rows.append([(b, cap)])
        else:
            row.append((b, cap))
    out = []
    for row in rows:
        if not 2 <= len(row) <= 5:
            continue
        top, bottom = min(b.y0 for b, _ in row), max(b.y1 for b, _ in row)
        h = float(np.median([b.h for b, _ in row]))
        # a grid: holes over the same columns right above or below this row
        stacked = [e for e in holes_all if (abs(e.y1 - top) <= 0.6 * h or abs(e.y0 - bottom) <= 0.6 * h)
                   and any(abs(e.x0 - b.x0) <= 4 and abs(e.x1 - b.x1) <= 4 for b, _ in row)]
        if not stacked:
            out += row
    return out
