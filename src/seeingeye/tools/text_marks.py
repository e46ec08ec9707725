"""Checkboxes drawn with characters: the `[*] nginx` / `[ ] redis` of a text-mode checklist (whiptail,
dialog, ncurses installers, task lists in a terminal).

OCR reads such marks badly: it drops them on a coloured ground, reads `[*]` as `[]` or misses a star the
cursor highlights. So the marks are found in the pixels beside each text line: two bracket strokes about a
character apart, as tall as the line's letters, just left of (or at the start of) the line. The box is
ticked when ink (a star, an x, a cursor block) sits between the strokes. One mark alone is no checklist:
a list draws its marks in one column, at least two of them.
"""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box
from .control_groups import Control
from .ocr import OcrLine

# A line that starts with a mark OCR did read ("[*] redis", "[]nginx", "[ x ] done"): the label is the rest.
_READ_MARK = re.compile(r"^\s*\[\s*[*xX✓✔+]?\s*\]?\s*(?=\S)")
_STROKE = 0.6  # share of the letters' height a bracket's column of ink covers
_INNER = 0.03  # share of the space between the brackets inked for a ticked box (a star is small)


def _difference(band: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, float]:
    """How far each pixel of `band` is from the ground the line's own words sit on, and the contrast of
    those words' letters (a list's marks are printed like its words)."""
    flat = words.reshape(-1, 3).astype(np.int32)
    keys = (flat[:, 0] // 16) * 256 + (flat[:, 1] // 16) * 16 + flat[:, 2] // 16
    ground = flat[keys == np.bincount(keys).argmax()].mean(axis=0)
    contrast = float(np.percentile(np.abs(flat - ground).max(axis=1), 97))
    return np.abs(band.astype(np.int32) - ground).max(axis=2), contrast


def _runs(cols: np.ndarray) -> list[tuple[int, int]]:
    out, start = [], None
    for i, v in enumerate([*cols.tolist(), False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            out.append((start, i))
            start = None
    return out


def _serifs(ink: np.ndarray, stroke: tuple[int, int], lo: int, hi: int) -> tuple[int, int] | None:
    """The rows a bracket spans when its stroke turns in at both ends (ink in columns lo..hi beside the
    stroke at its top and its bottom, not all down its middle); None for a letter's stem."""
    rows = np.flatnonzero(ink[:, stroke[0] : stroke[1]].any(axis=1))
    arm = ink[:, max(lo, 0) : max(hi, 0)]
    if rows.size < 4 or arm.size == 0:
        return None
    top, bot = int(rows[0]), int(rows[-1])
    ends = arm[top : top + 2].any() and arm[max(bot - 1, 0) : bot + 1].any()
    return (top, bot + 1) if ends and not arm[top + 2 : bot - 1].all() else None


def _mark(arr: np.ndarray, ln: OcrLine, read: bool) -> tuple[Box, bool] | None:
    """The bracketed box beside (or at the start of) line `ln`, and whether it is ticked."""
    text = ln.text.strip()
    cw = ln.box.w / max(len(text), 1)
    y0, y1 = int(max(ln.box.y0, 0)), int(min(ln.box.y1, arr.shape[0]))
    x0 = int(max(ln.box.x0 - (0.5 if read else 5.0) * cw, 0))
    x1 = int(min(ln.box.x0 + (4.5 if read else 0.2) * cw, arr.shape[1]))
    if y1 - y0 < 6 or x1 - x0 < 3 * cw:
        return None
    words = arr[y0:y1, int(max(ln.box.x0, 0)) : int(min(ln.box.x1, arr.shape[1]))]
    if words.size == 0:
        return None
    diff, contrast = _difference(arr[y0:y1, x0 : int(min(ln.box.x1, arr.shape[1]))], words)
    ink = diff > max(0.45 * contrast, 25)
    rows = np.flatnonzero(ink.any(axis=1))
    if rows.size < 4:
        return None
    ink, diff = ink[rows[0] : rows[-1] + 1, : x1 - x0], diff[rows[0] : rows[-1] + 1, : x1 - x0]
    # a bracket's stroke is thin; a wider run is a letter block or a cursor standing on the mark
    strokes = [r for r in _runs(ink.mean(axis=0) >= _STROKE) if r[1] - r[0] <= max(0.5 * cw, 2)]
    start = ln.box.x0 - x0  # where the line's own text begins, in the strip
    for (a0, a1), (b0, b1) in zip(strokes, strokes[1:], strict=False):
        gap = b0 - a1
        if not 0.9 * cw <= gap <= 3.5 * cw:
            continue
        if not read and b1 < start - 2.5 * cw:
            continue  # too far left of the words to be their box
        left, right = _serifs(ink, (a0, a1), a1, a1 + 2), _serifs(ink, (b0, b1), b0 - 2, b0)
        if left is None or right is None:
            continue  # two stems of letters ("ld"), not brackets: a bracket turns in at its ends
        top, bot = min(left[0], right[0]), max(left[1], right[1])
        # anything standing out inside ticks it: a star, an x, or the cursor's block drawn over the star
        inside = diff[top:bot, a1 + 2 : b0 - 2] > 30
        box = Box(x0=x0 + a0, y0=y0 + rows[0] + top, x1=x0 + b1, y1=y0 + rows[0] + bot)
        return box, bool(inside.size and inside.sum() >= 4 and inside.mean() > _INNER)
    return None


def bracket_boxes(arr: np.ndarray, lines: list[OcrLine]) -> list[Control]:
    """Checkbox controls for the lines a column of bracketed marks leads; labels are the lines' words."""
    found: list[Control] = []
    for ln in lines:
        m = _READ_MARK.match(ln.text)
        if not ln.text.strip() or (m is None and not re.match(r"[\w.-]", ln.text.strip())):
            continue
        hit = _mark(arr, ln, read=m is not None)
        if hit is None:
            continue
        label = ln.text[m.end():] if m else ln.text
        if not re.search(r"[^\W\d]", label) or re.match(r"\d+\]", label):
            continue  # a mark read alone, or "[1] see below": a reference, not a box
        box, ticked = hit
        if any(o.box.iou(box) > 0.5 for o in found):
            continue  # the same mark beside a second line of its row (its words read apart)
        label_line = ln.model_copy(update={"text": label.strip()})
        found.append(Control("checkbox", box, "checked" if ticked else "unchecked", label=label_line))
    # A checklist's marks stand in one column: keep the marks that share their left edge with another.
    return [c for c in found if sum(abs(o.box.x0 - c.box.x0) <= 0.5 * c.box.w for o in found) >= 2]
