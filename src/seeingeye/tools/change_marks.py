"""`change_marks`: the small triangle or arrow a dashboard prints before a change ("▲ 6.1% vs last month",
"↓ 12"), which OCR drops: without it "6.1%" says nothing of which way the figure went. The mark's shape is
read from its pixels, row by row: a triangle widens toward its base (▲ widest at the bottom points up), an
arrow's head is its widest part (↑ widest at the top points up). Its colour (green, red) is kept as said,
not taken for a direction: red may mean a cost that rose.

Each mark becomes a fact naming the figure it heads and the metric over it (the nearest label above, in the
same column: a dashboard tile's "Sessions"), so "are sessions up or down" finds its answer. Geometric, no model.
"""

from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines
from .status_marks import hue
from .vision import background_rgb

# a change printed as a figure: "6.1%", "+3.4 pts", "12 vs last month" (a bare figure is a value, not its change)
_CHANGE = re.compile(r"^\s*(?:[+\-−]\d[\d.,]*|\d[\d.,]*\s?%|\d[\d.,]*(?=\s+[^\W\d_]))(?:\s|$)")
_STRAIGHT = 0.75  # correlation of a mark's row widths with its rows that makes it a triangle


def _ink(patch: np.ndarray) -> np.ndarray:
    """Pixels far from the patch's background (the median colour of its border)."""
    return np.abs(patch.astype(np.int32) - background_rgb(patch)).max(axis=2) > 60


def _first_blob(ink: np.ndarray) -> tuple[int, int] | None:
    """The columns of the leftmost run of inked columns, ended by a gap of two clear columns."""
    cols = ink.any(axis=0)
    start = next((x for x, c in enumerate(cols) if c), None)
    if start is None:
        return None
    end = start
    while end + 2 < len(cols) and (cols[end + 1] or cols[end + 2]):
        end += 1
    return start, end + 1


def direction(mark: np.ndarray) -> str | None:
    """"up" or "down" for a mark's ink (rows x columns), None when it is no triangle or arrow."""
    rows = np.nonzero(mark.any(axis=1))[0]
    if len(rows) < 5:
        return None
    w = mark[rows[0]:rows[-1] + 1].sum(axis=1).astype(float)
    n, wide = len(w), float(w.max())
    if wide < 4:
        return None
    third = max(1, n // 3)
    top, mid, bottom = w[:third].mean(), w[third:n - third].mean(), w[n - third:].mean()
    if mid <= 0.4 * wide and max(top, bottom) >= 0.6 * wide and abs(top - bottom) >= 0.3 * wide:
        return "up" if top > bottom else "down"  # an arrow: its head is the wide end, over a narrow stem
    corr = float(np.corrcoef(np.arange(n), w)[0, 1]) if w.std() > 0 else 0.0
    if abs(corr) >= _STRAIGHT and min(w[0], w[-1]) <= 0.45 * wide:
        return "up" if corr > 0 else "down"  # a triangle: widest at its base
    return None


def line_mark(arr: np.ndarray, line: OcrLine) -> tuple[str, str | None] | None:
    """(direction, colour) of a mark heading the line (inside its box or just left of it), else None."""
    b, h = line.box, line.box.h
    x0, x1 = int(max(0, b.x0 - 1.6 * h)), int(min(arr.shape[1], b.x0 + 1.4 * h))
    y0, y1 = int(max(0, b.y0 - 1)), int(min(arr.shape[0], b.y1 + 2))
    patch = arr[y0:y1, x0:x1]
    if patch.shape[0] < 6 or patch.shape[1] < 6:
        return None
    ink = _ink(patch)
    blob = _first_blob(ink)
    if blob is None or not 0.35 * h <= blob[1] - blob[0] <= 1.3 * h or blob[1] >= ink.shape[1] - 1:
        return None
    if ink[:, blob[1]:blob[1] + max(2, int(0.3 * h))].any():
        return None  # a letter's width apart from the figure, not a glyph of it (the "7" of "72%")
    mark = ink[:, blob[0]:blob[1]]
    way = direction(mark)
    if way is None:
        return None
    return way, hue(patch[:, blob[0]:blob[1]][mark].mean(axis=0))


def _metric(line: OcrLine, lines: list[OcrLine]) -> str:
    """The label over a figure in its column: the nearest line above it with words and no figures."""
    h = line.box.h
    above = [o for o in lines if o.box.y1 <= line.box.y0 + 0.2 * h and line.box.y0 - o.box.y1 < 6 * h
             and min(o.box.x1, line.box.x1) - max(o.box.x0, line.box.x0) > 0 and re.search(r"[^\W\d_]{2}", o.text)
             and not re.search(r"\d", o.text)]
    return max(above, key=lambda o: o.box.y1).text.strip() if above else ""


def change_facts(arr: np.ndarray, lines: list[OcrLine]) -> list[EvidenceDraft]:
    out = []
    for ln in lines:
        if not _CHANGE.match(ln.text) or (found := line_mark(arr, ln)) is None:
            continue
        way, colour = found
        metric = _metric(ln, lines)
        label = f"{metric + ': ' if metric else ''}which way {ln.text.strip()} went (change, trend: up or down)"
        out.append(EvidenceDraft(kind="field", label=label, value=way, box=ln.box, confidence=0.7,
                                 attrs={"control": "change_mark", "metric": metric, "change": ln.text.strip(),
                                        **({"colour": colour} if colour else {})}))
    return out


class ChangeMarksArgs(BaseModel):
    pass


@tool(name="change_marks")
def change_marks(ctx: ToolContext, args: ChangeMarksArgs) -> ToolResult:
    """Triangles and arrows before changes on dashboards: which way each figure went."""
    facts = change_facts(ctx.array, read_lines(ctx))
    if not facts:
        return ToolResult(summary="no change marks")
    return ToolResult(evidence=facts, summary="; ".join(f"{f.attrs['change']}: {f.value}" for f in facts))
