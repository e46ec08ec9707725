"""Boxes missed in a column of boxes: a to-do list draws its ticks as coloured icons that overflow the box (a
green tick over the frame, a red cross), so the blot is no box-sized square and the shape test passes it by,
while the empty boxes above and below it are found. Where the found boxes of a column and their labels fix
where a box stands and how big it is, a line that starts where their labels start and has no box of its own,
but ink where its box would be, is a box too — marked, since an empty box would have been found."""

from __future__ import annotations

from statistics import median

import numpy as np

from ..sir import Box
from .control_groups import Control
from .ocr import OcrLine


def boxes_by_column(controls: list[Control], lines: list[OcrLine], ink: np.ndarray) -> list[Control]:
    """The marked boxes a column of three or more labelled boxes implies (see the module's note)."""
    boxes = [c for c in controls if c.kind == "checkbox" and c.label is not None]
    if len(boxes) < 3:
        return []
    x0, x1 = median(c.box.x0 for c in boxes), median(c.box.x1 for c in boxes)
    size = median(c.box.h for c in boxes)
    column = [c for c in boxes if abs(c.box.x0 - x0) <= 0.3 * size]
    if len(column) < 3:
        return []
    label_x = median(c.label.box.x0 for c in column if c.label is not None)
    ys = sorted(c.box.cy for c in column)
    pitch = median(b - a for a, b in zip(ys, ys[1:], strict=False)) if len(ys) >= 2 else 0.0
    taken = {id(c.label) for c in controls if c.label is not None}
    found: list[Control] = []
    for ln in lines:
        # (a line within the column's reach: between its boxes, or about a pitch beyond its ends)
        if id(ln) in taken or abs(ln.box.x0 - label_x) > 0.5 * size or not (
                ys[0] - 1.2 * pitch <= ln.box.cy <= ys[-1] + 1.2 * pitch):
            continue
        if any(abs(c.box.cy - ln.box.cy) < 0.6 * size for c in controls if c.kind in ("checkbox", "radio", "toggle")):
            continue
        if (b := _placed(ink, x0, x1, ln.box.cy, size)) is not None:
            patch = ink[int(b.y0) : int(b.y1) + 1, int(b.x0) : int(b.x1) + 1]
            found.append(Control("checkbox", b, "checked", label=ln, mark=float(patch.mean())))
    return found


def _placed(ink: np.ndarray, x0: float, x1: float, cy: float, size: float) -> Box | None:
    """The box's place beside its label's line: a line's box takes in its descenders, so the box may sit a few
    pixels higher or lower than the line's middle; the placement whose sides are all ink, fullest first."""
    best: tuple[float, Box] | None = None
    for dy in range(-int(size / 3), int(size / 3) + 1):
        b = Box(x0=x0, y0=max(0.0, cy + dy - size / 2), x1=x1, y1=cy + dy + size / 2)
        patch = ink[int(b.y0) : int(b.y1) + 1, max(0, int(b.x0)) : int(b.x1) + 1]
        if patch.size and float(patch.mean()) >= 0.25 and _four_sided(patch) and (
                best is None or patch.mean() > best[0]):
            best = (float(patch.mean()), b)
    return best[1] if best else None


def _four_sided(patch: np.ndarray) -> bool:
    """Ink along each side of the patch: a box's frame under its mark, not a letter that stands where a box would."""
    # (the box is placed by its label's line, a pixel or two off: a side is any of the three outer rows)
    rows, cols = patch.mean(axis=1), patch.mean(axis=0)
    sides = (rows[:3], rows[-3:], cols[:3], cols[-3:])
    return all(float(side.max()) >= 0.6 for side in sides)
