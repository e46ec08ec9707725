"""Tables drawn with rules: the lines a table widget (Qt, GTK, a spreadsheet, an HTML table with borders)
draws between its cells decide the cells, not the gaps between words. OCR often reads a whole row as one
line ("M3 hex bolt A15 419 3.12"); its words are placed by their share of the line's width and each goes to
the column whose rules it sits between.

The rules are long thin runs of pixels that differ from what is beside them (either polarity), found with
OpenCV's morphological opening. A table needs at least three vertical rules spanning the same rows and at
least three horizontal ones across them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

from ..sir import Box
from .ocr import OcrLine


@dataclass
class RuledTable:
    box: Box
    rows: list[list[str]]  # the first row is the header when it names the columns
    cell_boxes: list[list[Box]]

    @property
    def size(self) -> int:
        """Its cells, rows times columns."""
        return len(self.rows) * max((len(r) for r in self.rows), default=0)


def _thin(g: np.ndarray, axis: int) -> np.ndarray:
    """Pixels of a thin line across `axis`: darker (or lighter) than the pixels two steps away on both sides,
    with no halo, so the stacked glyphs of a text column never join into a line."""
    a, b = np.roll(g, 2, axis=axis), np.roll(g, -2, axis=axis)
    dark = (a - g > 12) & (b - g > 12)
    light = (g - a > 12) & (g - b > 12)
    return (dark | light).astype(np.uint8)


def _rules(grey: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical rules: thin lines that stand out from their surroundings."""
    g = grey.astype(np.int16)
    h, w = grey.shape
    horiz = cv2.morphologyEx(_thin(g, 0), cv2.MORPH_OPEN,
                             cv2.getStructuringElement(cv2.MORPH_RECT, (max(30, w // 30), 1)))
    vert = cv2.morphologyEx(_thin(g, 1), cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, h // 40))))
    return horiz, vert


def _segments(mask: np.ndarray, axis: int) -> list[tuple[int, int, int]]:
    """(position, start, end) of each rule: x, y0, y1 for vertical rules (axis 0), y, x0, x1 for horizontal."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for x, y, w, h, _ in stats[1:]:
        if axis == 0 and w <= 8:
            out.append((int(x + w // 2), int(y), int(y + h)))
        elif axis == 1 and h <= 8:
            out.append((int(y + h // 2), int(x), int(x + w)))
    return out


def _joined(segments: list[tuple[int, int, int]], gap: int = 40) -> list[tuple[int, int, int]]:
    """Collinear pieces of one rule joined: a highlighted row paints over the rules that cross it."""
    out: list[tuple[int, int, int]] = []
    for pos, a, b in sorted(segments):
        near = next((k for k, (p, a2, b2) in enumerate(out) if abs(p - pos) <= 2 and a - b2 <= gap), None)
        if near is None:
            out.append((pos, a, b))
        else:
            p, a2, b2 = out[near]
            out[near] = (p, min(a, a2), max(b, b2))
    return out


def _merge(positions: list[int], gap: int = 4) -> list[int]:
    out: list[int] = []
    for p in sorted(positions):
        if out and p - out[-1] <= gap:
            continue
        out.append(p)
    return out


def _columns(grey: np.ndarray) -> tuple[list[int], int, int] | None:
    """The x of the column rules of the widest ruled grid, and the rows it spans (y0, y1); on a dark theme,
    its faint rules too (a list view's grid a few grey levels off its rows)."""
    return grid_of(vertical_segments(grey)) or grid_of(_faint_vertical(grey))


def _faint_vertical(grey: np.ndarray) -> list[tuple[int, int, int]]:
    """Vertical rules a few grey levels off a dark ground (3 to 12), long and unbroken: what `_thin` leaves out
    lest anti-aliased glyphs join, and what a dark list view's grid is drawn in."""
    g = grey.astype(np.int16)
    a, b = np.roll(g, 2, axis=1), np.roll(g, -2, axis=1)
    off = np.minimum(np.abs(g - a), np.abs(g - b))
    same_side = np.sign(g - a) == np.sign(g - b)
    mask = ((off >= 3) & (off <= 12) & same_side & (np.maximum(a, b) < 100)).astype(np.uint8)
    h = grey.shape[0]
    # (the rows' colours alternate, so the rule stands out lighter on one row and darker on the next, and the
    # row rules that cross it blank it for a pixel or two)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 7)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, h // 12))))
    return _segments(mask, 0)


def vertical_segments(grey: np.ndarray) -> list[tuple[int, int, int]]:
    """(x, y0, y1) of each piece of thin vertical rule, as found (not yet joined)."""
    return _segments(_rules(grey)[1], 0)


def rule_segments(grey: np.ndarray) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """Pieces of thin horizontal rules (y, x0, x1) and vertical ones (x, y0, y1), from one pass."""
    horiz, vert = _rules(grey)
    return _segments(horiz, 1), _segments(vert, 0)


def grid_of(raw: list[tuple[int, int, int]]) -> tuple[list[int], int, int] | None:
    """The column rules (x) of the widest ruled grid among vertical rule pieces, and the rows it spans."""
    # a rule is drawn nearly all the way down its span (crossing rules and a highlighted row cut it)
    vs = [v for v in _joined(raw, gap=120) if v[2] - v[1] >= 60 and sum(
        b - a for x, a, b in raw if abs(x - v[0]) <= 2 and v[1] <= a and b <= v[2]) >= 0.7 * (v[2] - v[1])]
    best: tuple[int, list[int], int, int] | None = None
    for _, y0, y1 in vs:
        # a grid's column rules span nearly the same rows; one running far beyond is a pane's edge beside it
        # (a column of items only, under a merged summary row, spans less: the table's own span is the ref)
        members = [(x, a, b) for x, a, b in vs if min(b, y1) - max(a, y0) >= 0.6 * (y1 - y0)
                   and b - a <= 1.25 * (y1 - y0) + 40]
        xs = _merge([x for x, _, _ in members])
        # the rows are those most rules span: a window's frame edges among them run on over its title and
        # status bars, which are no rows of the table
        y0, y1 = int(np.median([a for _, a, _ in members])), int(np.median([b for _, _, b in members]))
        if len(xs) >= 2 and min(np.diff(xs)) < 15:
            continue  # two boxes' borders side by side (a TUI's panes): no cell is that narrow
        # many columns over fewer rows beat a few frame edges over a tall window
        if len(xs) >= 3 and (best is None or len(xs) ** 2 * (y1 - y0) > best[0]):
            best = (len(xs) ** 2 * (y1 - y0), xs, y0, y1)
    return None if best is None else (best[1], best[2], best[3])


def word_spans(text: str, box: Box, at: list | None = None) -> list[tuple[str, float, float]]:
    """(word, x0, x1) of each word of a piece OCR read, placed by the piece's character width, or where its ink
    put them (`at`: an (x0, x1) per word, from the OCR reading)."""
    if at is not None and len(at) == len(text.split()):
        return [(w, float(a), float(b)) for w, (a, b) in zip(text.split(), at, strict=True)]
    cw = box.w / max(len(text), 1)
    return [(m.group(), box.x0 + m.start() * cw, box.x0 + m.end() * cw) for m in re.finditer(r"\S+", text)]


def _words(ln: OcrLine) -> list[tuple[str, float, float]]:
    # (a bar glued between two words is a rule OCR read, as it crosses a highlighted row: a gap, not a letter)
    return word_spans(re.sub(r"(?<=\w)\|(?=\w)", " ", ln.text), ln.box)


def _headed_inside(lines: list[OcrLine], xs: list[int], y0: int) -> bool:
    """The rules' first row is a row of column names (words, no figures, in three or more columns): the
    header is inside the span, and a line just above it is the window's toolbar, not the table's."""
    top = [ln for ln in lines if y0 <= ln.box.y0 and ln.box.x1 > xs[0] and ln.box.x0 < xs[-1]]
    if not top:
        return False
    first = min(top, key=lambda ln: ln.box.cy)
    band = [ln for ln in top if abs(ln.box.cy - first.box.cy) < 0.5 * first.box.h]
    words = [w for ln in band for w in _words(ln)]
    cols = {k for _, x0, x1 in words for k in range(len(xs) - 1) if xs[k] <= (x0 + x1) / 2 < xs[k + 1]}
    return len(cols) >= 3 and not any(re.search(r"\d", w) for w, _, _ in words)


def ruled_table(grey: np.ndarray, lines: list[OcrLine]) -> RuledTable | None:
    """The widest table whose columns are drawn with rules, its text placed cell by cell (rows are the printed
    lines, as a highlighted row paints over its rules); None when there is none or it holds too little text
    to be a table (a window's frame, a toolbar's separators)."""
    found = _columns(grey)
    if found is None:
        return None
    xs, y0, y1 = found
    reach = 0.0 if _headed_inside(lines, xs, y0) else 1.5
    # the last column often ends at the widget's own edge, with no rule of its own
    beyond = [x1 for ln in lines if y0 - reach * ln.box.h <= ln.box.cy <= y1 + 4 for _, x0, x1 in _words(ln)
              if xs[-1] - 2 <= x0 and (x0 <= xs[-1] + max(np.diff(xs)) or ln.box.cy < y0)]
    # (the header's words too, in its frame above, wherever a wide last column centres them; in the rows, a
    # word starting further right than a column is wide belongs to a pane beside the table)
    if len(beyond) >= 3:
        xs = [*xs, int(max(beyond)) + 4]
    # ...and the first may start at the widget's edge, its left rule unseen (a dark list view's first column)
    before = [x0 for ln in lines if y0 <= ln.box.cy <= y1 for _, x0, x1 in _words(ln) if x1 <= xs[0] + 2
              and x0 >= xs[0] - float(np.median(np.diff(xs)))]  # (not a sidebar's entries further left)
    if len(before) >= 3:
        xs = [int(min(before)) - 4, *xs]
    # the header may sit in a frame of its own just above the rules' span
    inside = sorted((ln for ln in lines if y0 - reach * ln.box.h <= ln.box.cy <= y1 + 4 and ln.box.x1 > xs[0]
                     and ln.box.x0 < xs[-1]), key=lambda ln: ln.box.cy)
    bands: list[list[OcrLine]] = []
    for ln in inside:
        if bands and abs(ln.box.cy - np.mean([o.box.cy for o in bands[-1]])) < 0.5 * ln.box.h:
            bands[-1].append(ln)
        else:
            bands.append([ln])
    rows, boxes = [], []
    for band in bands:
        cells = ["" for _ in xs[:-1]]
        for ln in sorted(band, key=lambda ln: ln.box.x0):
            for word, x0, x1 in _words(ln):
                c = next((k for k in range(len(xs) - 1) if xs[k] <= (x0 + x1) / 2 < xs[k + 1]), None)
                if c is not None:
                    cells[c] = f"{cells[c]} {word}".strip()
        if sum(bool(c) for c in cells) >= 2:
            top, bottom = min(ln.box.y0 for ln in band), max(ln.box.y1 for ln in band)
            rows.append(cells)
            boxes.append([Box(x0=xs[c], y0=top, x1=xs[c + 1], y1=bottom) for c in range(len(xs) - 1)])
    keep = [c for c in range(len(xs) - 1) if any(row[c] for row in rows)]
    if len(rows) < 3 or len(keep) < 2:
        return None
    rows = [[row[c] for c in keep] for row in rows]
    boxes = [[row[c] for c in keep] for row in boxes]
    return RuledTable(Box(x0=xs[0], y0=boxes[0][0].y0, x1=xs[-1], y1=boxes[-1][0].y1), rows, boxes)


def joined_rules(raw: list[tuple[int, int, int]], gap: int = 40) -> list[tuple[int, int, int]]:
    """Collinear rule pieces joined across gaps up to `gap` pixels."""
    return _joined(raw, gap=gap)
