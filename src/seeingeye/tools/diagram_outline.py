"""Parts of `diagram` for flowcharts drawn with lines rather than fills: boxes that are outlines (a frame
around text, square or rounded corners), arrow glyphs (→ ➜ ▶ >) printed in the gap between two boxes,
and the chain of steps a run of one-way arrows spells out."""

from __future__ import annotations

import re

import cv2
import numpy as np

from ..sir import Box
from .ocr import OcrLine


def outlined_frames(ink: np.ndarray, lines: list[OcrLine]) -> list[tuple[Box, Box, bool]]:
    """(outer box, inner hole, rounded) of each thin closed frame around text.

    A frame is an ink component with exactly one big rectangular hole: a table's ruled grid is one
    component with many holes, so its cells do not count as boxes; an empty input frame holds no text."""
    H, W = ink.shape
    cnts, hier = cv2.findContours(ink.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hier is None:
        return []
    hier = hier[0]
    holes: dict[int, list[int]] = {}
    for i, h in enumerate(hier):
        if h[3] >= 0 and cv2.contourArea(cnts[i]) >= 200:
            holes.setdefault(int(h[3]), []).append(i)
    out = []
    for parent, kids in holes.items():
        if len(kids) != 1:
            continue
        x, y, w, h = cv2.boundingRect(cnts[kids[0]])
        px, py, pw, ph = cv2.boundingRect(cnts[parent])
        if w < 20 or h < 14 or pw * ph > 0.5 * H * W or cv2.contourArea(cnts[kids[0]]) < 0.85 * w * h:
            continue
        # A frame is a thin line: the component's outside is only a few strokes beyond its hole.
        side = max(6, 0.15 * min(w, h))
        if x - px > side or y - py > side or px + pw - x - w > side or py + ph - y - h > side:
            continue
        hole = Box(x0=x, y0=y, x1=x + w, y1=y + h)
        if not any(hole.x0 <= ln.box.cx <= hole.x1 and hole.y0 <= ln.box.cy <= hole.y1 for ln in lines):
            continue
        # Rounded corners leave the corners of the bounding rectangle blank.
        rounded = not ink[py, px] and not ink[py + ph - 1, px + pw - 1]
        out.append((Box(x0=px, y0=py, x1=px + pw, y1=py + ph), hole, bool(rounded)))
    return out


def _profile(comp: np.ndarray) -> np.ndarray:
    """Extent of a glyph across each step along its axis (rows of `comp` are the axis)."""
    rows = np.flatnonzero(comp.any(axis=1))
    ext = np.zeros(comp.shape[0], np.float32)
    for r in rows:
        cols = np.flatnonzero(comp[r])
        ext[r] = cols[-1] - cols[0] + 1
    return ext[rows[0] : rows[-1] + 1] if len(rows) else ext[:0]


def glyph_tip(comp: np.ndarray) -> int:
    """Which end of an arrow glyph is its tip: -1 the start of the axis (rows of `comp`), +1 the end, 0 when
    the glyph is no arrow. A tip narrows to a point. Triangles and chevrons (▶ >) are widest at the other
    end; shaft arrows (→ ➜) have a thin shaft there and their widest part, the head, on the tip's side."""
    e = _profile(comp)
    n = len(e)
    if n < 6 or e.max() < 5:
        return 0
    k = max(1, n // 6)
    top, a, b = float(e.max()), float(e[:k].mean()), float(e[-k:].mean())
    if a >= 0.75 * top and b <= 0.45 * top:
        return 1
    if b >= 0.75 * top and a <= 0.45 * top:
        return -1
    if max(a, b) > 0.6 * top:
        return 0  # a bar, a box, a dash: as wide at both ends
    wide = np.flatnonzero(e >= 0.8 * top)
    centre = float(wide.mean()) / (n - 1)
    # The shaft is a run of thin steps on the tail side, well under the head's width.
    if centre >= 0.6 and float(np.median(e[: n // 3])) <= 0.5 * top:
        return 1
    if centre <= 0.4 and float(np.median(e[-(n // 3) :])) <= 0.5 * top:
        return -1
    return 0


def _between(c: Box, boxes: list[Box], horizontal: bool) -> tuple[int, int] | None:
    """The nearest boxes on either side of `c` along one axis that both face it across the gap."""
    def faces(b: Box) -> bool:
        return b.y0 <= c.cy <= b.y1 if horizontal else b.x0 <= c.cx <= b.x1

    lo = [(c.x0 - b.x1 if horizontal else c.y0 - b.y1, i) for i, b in enumerate(boxes) if faces(b)]
    hi = [(b.x0 - c.x1 if horizontal else b.y0 - c.y1, i) for i, b in enumerate(boxes) if faces(b)]
    lo = [t for t in lo if t[0] >= 0]
    hi = [t for t in hi if t[0] >= 0]
    if not lo or not hi:
        return None
    return min(lo)[1], min(hi)[1]


def glyph_arrow(comp: np.ndarray, box: Box, boxes: list[Box]) -> tuple[int, int] | None:
    """(from, to) box indices of an arrow glyph floating in the gap between two facing boxes; None when
    it is not in such a gap or has no tip (a dash, a bullet, a checkbox between two fields)."""
    for horizontal in (True, False):
        pair = _between(box, boxes, horizontal)
        if pair is None:
            continue
        a, b = boxes[pair[0]], boxes[pair[1]]
        span = min(a.h, b.h) if horizontal else min(a.w, b.w)
        if (box.h if horizontal else box.w) > 0.8 * span:
            continue  # taller than the boxes it sits between: a divider or a drawing, not a glyph
        tip = glyph_tip(comp.T if horizontal else comp)
        if tip:
            return (pair[0], pair[1]) if tip > 0 else (pair[1], pair[0])
    return None


_WORDY = re.compile(r"[^\W_]")


def is_word(text: str) -> bool:
    """OCR text that is a word rather than a glyph it misread ("→" read as "-" or "->", ">" as ">")."""
    return len(_WORDY.findall(text)) >= 2


def chain(n: int, edges: list[tuple[int, int]]) -> list[int]:
    """The boxes in order when the one-way arrows form one unbranched path through at least three of them
    (a process flow); [] for branches, loops or scattered arrows, where "first" and "last" mean nothing."""
    nxt: dict[int, int] = {}
    prv: dict[int, int] = {}
    for a, b in set(edges):
        if a in nxt or b in prv or a == b:
            return []
        nxt[a], prv[b] = b, a
    starts = [a for a in nxt if a not in prv]
    if len(starts) != 1:
        return []
    path = [starts[0]]
    while path[-1] in nxt and len(path) <= n:
        path.append(nxt[path[-1]])
    return path if len(path) >= 3 and len(path) == len(nxt) + 1 and len(set(path)) == len(path) else []
