"""`tabs`: a row of tabs near the top of a window and the one that is open: the tab printed on a ground of
its own (the page's, where the others share a darker or lighter one) or over an accent line (a coloured
bar under its name). Each tab is a field ("selected" for the open one, "unselected" for the rest), so "which
tab is open" and "is the Sound tab open" read like any other control.

Works on the OCR lines already read and the pixels around them; no model.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .chrome import background
from .inkwords import line_rows
from .ocr import OcrLine, read_lines


def _names(lines: list[OcrLine], height: float) -> list[list[OcrLine]]:
    """Rows of two to eight short names (one to three words) in the window's top part, each a piece of its
    own, side by side with gaps of one to four times their print's height: the rows tabs could be."""
    short = [ln for ln in lines if 1 <= len(ln.text.split()) <= 3 and len(ln.text.strip()) <= 24
             and ln.box.cy < 0.45 * height and sum(c.isalpha() for c in ln.text) >= 3
             and not ln.text.rstrip().endswith(("...", "…", ":"))]  # (a name cut short, a label)
    out = []
    for r in line_rows(short, 0.35):
        r.sort(key=lambda o: o.box.x0)
        h = r[0].box.h
        gaps = [b.box.x0 - a.box.x1 for a, b in zip(r, r[1:], strict=False)]
        # (side by side, in one print size)
        if 2 <= len(r) <= 8 and all(h <= g <= 4 * h for g in gaps) and all(0.75 < o.box.h / h < 1.33 for o in r):
            out.append(r)
    return out


def _accent(arr: np.ndarray, ln: OcrLine, ground: np.ndarray) -> bool:
    """A coloured bar under the name, across most of its width: an open tab's underline."""
    h, w = arr.shape[:2]
    y0, y1 = int(ln.box.y1), min(h, int(ln.box.y1 + 0.9 * ln.box.h))
    x0, x1 = max(0, int(ln.box.x0)), min(w, int(ln.box.x1))
    if y1 - y0 < 2 or x1 - x0 < 4:
        return False
    band = arr[y0:y1, x0:x1, :3].astype(np.float32)
    spread = band.max(axis=2) - band.min(axis=2)  # saturation: a bar in the theme's accent colour
    far = np.abs(band - ground).sum(axis=2) > 90
    return bool(((spread > 60) & far).mean(axis=1).max() > 0.8)


def open_tab(arr: np.ndarray, lines: list[OcrLine]) -> tuple[OcrLine, list[OcrLine]] | None:
    """(the open tab, all the row's tabs) of the first row of names one of which stands out: by its ground
    (the others alike) or by an accent bar under it alone."""
    for row in _names(lines, float(arr.shape[0])):
        grounds = [background(arr, ln.box) for ln in row]
        h = max(ln.box.h for ln in row)
        below = max(ln.box.y1 for ln in row)
        panel = background(arr, Box(x0=row[0].box.x0, y0=below + 1.2 * h, x1=row[-1].box.x1, y1=below + 2.2 * h))
        apart = []
        for k, g in enumerate(grounds):
            others = [o for j, o in enumerate(grounds) if j != k]
            alike = max(np.abs(a - b).sum() for a in others for b in others) if len(others) > 1 else 0.0
            # (the open tab is one with the page under the row: a key of another colour on a keypad is not)
            if min(np.abs(g - o).sum() for o in others) > 30 and alike < 15 and np.abs(g - panel).sum() < 25:
                apart.append(k)
        marked = [k for k, ln in enumerate(row) if _accent(arr, ln, grounds[k])]
        picked = apart if len(apart) == 1 else marked if len(marked) == 1 else []
        if picked:
            return row[picked[0]], row
    return None


class TabsArgs(BaseModel):
    pass


@tool(name="tabs")
def tabs(ctx: ToolContext, args: TabsArgs) -> ToolResult:
    """The window's tabs and the one that is open."""
    found = open_tab(ctx.array, read_lines(ctx))
    if found is None:
        return ToolResult(summary="no row of tabs with one open")
    chosen, row = found
    facts = [EvidenceDraft(kind="field", label=ln.text.strip(), value="selected" if ln is chosen else "unselected",
                           box=ln.box, confidence=0.7 * ln.confidence,
                           attrs={"control": "tab", "group": "tab (page, section of the window)"}) for ln in row]
    return ToolResult(evidence=facts, summary=f"{len(row)} tabs; open: {chosen.text.strip()!r}")
