"""Chart legends: a short swatch of one colour (a square, a bar, a line segment or a marker) just left of
a text, with background on both sides. Each entry ties a colour to a series or slice name."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..sir import Box
from .chart_axis import colour_distance, key_rgb, lab_of
from .ocr import OcrLine


@dataclass
class LegendEntry:
    text: str
    rgb: tuple[int, int, int]
    swatch: Box
    line: OcrLine


def _swatch_left_of(
    arr: np.ndarray, packed: np.ndarray, bg_lab: np.ndarray, ln: OcrLine, others: list[OcrLine]
) -> LegendEntry | None:
    h = ln.box.h
    if h < 5:
        return None
    H, W = packed.shape
    y0, y1 = int(max(0, ln.box.cy - 0.45 * h)), int(min(H, ln.box.cy + 0.45 * h + 1))
    xr = int(ln.box.x0) - 1
    xl = int(max(0, ln.box.x0 - 4.8 * h))
    if xr - xl < 4 or y1 - y0 < 2:
        return None
    patch = arr[y0:y1, xl:xr].astype(np.float64)
    from .colour_names import rgb_to_lab

    non_bg = np.linalg.norm(rgb_to_lab(patch) - bg_lab, axis=-1) > 20
    cols = non_bg.any(axis=0)
    # Scan leftwards from the text: a gap, then one run of ink, then background again.
    i = len(cols) - 1
    gap = 0
    while i >= 0 and not cols[i]:
        i, gap = i - 1, gap + 1
    if i < 0 or gap > 2.0 * h:
        return None
    end = i
    while i >= 0 and cols[i]:
        i -= 1
    start = i + 1
    run = end - start + 1
    if i < 0 or not 0.45 * h <= run <= 4.2 * h:
        return None  # unbounded (a bar or a pie reaching the text) or a speck
    x0, x1 = xl + start, xl + end + 1
    if any(o is not ln and o.box.x0 - 1 <= x1 and o.box.x1 + 1 >= x0 and o.box.y0 < y1 and o.box.y1 > y0
           for o in others):
        return None  # the "swatch" is another word on the same row
    keys = packed[y0:y1, x0:x1][non_bg[:, start : end + 1]]
    if len(keys) < 4:
        return None
    vals, counts = np.unique(keys, return_counts=True)
    key = int(vals[counts.argmax()])
    if counts.max() < 0.3 * len(keys):
        return None  # no flat colour: text glyphs or a photo
    rgb = key_rgb(key)
    # The swatch must end near the text's height: a bar or slice continues far above or below.
    colmask = packed[:, x0:x1] == key
    rows = np.flatnonzero(colmask.any(axis=1))
    near = rows[(rows > ln.box.cy - 3 * h) & (rows < ln.box.cy + 3 * h)]
    if len(near) == 0 or near.max() - near.min() > 1.6 * h:
        return None
    sy0, sy1 = int(near.min()), int(near.max()) + 1
    return LegendEntry(text=ln.text, rgb=rgb, swatch=Box(x0=x0, y0=sy0, x1=x1, y1=sy1), line=ln)


def find_legend(arr: np.ndarray, packed: np.ndarray, bg_rgb: tuple[int, int, int], lines: list[OcrLine]) -> list[
    LegendEntry
]:
    """Legend entries with distinct colours; a lone entry only when nothing contradicts it."""
    bg_lab = lab_of(bg_rgb)
    found = [e for ln in lines if (e := _swatch_left_of(arr, packed, bg_lab, ln, lines)) is not None]
    found = [e for e in found if colour_distance(e.rgb, bg_rgb) > 15]
    # One entry per colour: when two texts claim one colour, neither is a legend entry (a repeated
    # bar colour next to value labels looks like that).
    out = []
    for e in found:
        same = [o for o in found if colour_distance(o.rgb, e.rgb) < 8]
        if len(same) == 1:
            out.append(e)
    return out


def match_legend(rgb: tuple[float, float, float], legend: list[LegendEntry], tol: float = 12.0) -> LegendEntry | None:
    if not legend:
        return None
    best = min(legend, key=lambda e: colour_distance(e.rgb, rgb))
    return best if colour_distance(best.rgb, rgb) <= tol else None
