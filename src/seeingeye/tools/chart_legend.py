"""Chart legends: a short swatch of one colour (a square, a bar, a line segment or a marker) just left of
a text, with background on both sides. Each entry ties a colour to a series or slice name."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..sir import Box
from .chart_axis import colour_distance, key_rgb, lab_of
from .colour_names import rgb_to_lab
from .ocr import OcrLine


@dataclass
class LegendEntry:
    text: str
    rgb: tuple[int, int, int]
    swatch: Box
    line: OcrLine
    line_ids: frozenset[int] = frozenset()  # every OCR line that makes up the text


def _run_left(cols: np.ndarray, end: int, bridge: int = 0) -> tuple[int, bool]:
    """Start of the run of True ending at `end`, and whether background bounds it within the window. Gaps
    of up to `bridge` columns with ink beyond them belong to the run (a dashed line's swatch)."""
    i, start = end, end + 1
    while i >= 0:
        if cols[i]:
            start, i = i, i - 1
            continue
        gap_end = i
        while i >= 0 and not cols[i] and gap_end - i < bridge:
            i -= 1
        if i < 0 or not cols[i]:
            return start, True
    return start, False


def _swatch_left_of(
    arr: np.ndarray, packed: np.ndarray, bg_lab: np.ndarray, ln: OcrLine, others: list[OcrLine], min_gap: int = 1
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
    non_bg = np.linalg.norm(rgb_to_lab(patch) - bg_lab, axis=-1) > 20
    cols = non_bg.any(axis=0)
    # Scan leftwards from the text: a gap, then one run of ink, then background again.
    i = len(cols) - 1
    gap = 0
    while i >= 0 and not cols[i]:
        i, gap = i - 1, gap + 1
    if i < 0 or gap < min_gap or gap > 2.0 * h:
        return None  # a legend text stands apart from its swatch, on the background
    ring = np.concatenate([packed[max(0, int(ln.box.y0) - 2), int(ln.box.x0) : int(ln.box.x1)],
                           packed[min(H - 1, int(np.ceil(ln.box.y1)) + 1), int(ln.box.x0) : int(ln.box.x1)]])
    if len(ring) == 0:
        return None
    vals, counts = np.unique(ring, return_counts=True)
    if np.linalg.norm(rgb_to_lab(np.array(key_rgb(int(vals[counts.argmax()])), float)) - bg_lab) > 20:
        return None  # text printed on a bar or slice, not beside a swatch
    end = i
    # The swatch is one flat colour: follow that colour first (a swatch drawn over a bar of another colour
    # ends where its colour does); thin line swatches have no flat core, so fall back to any ink.
    sub = packed[y0:y1, xl:xr]
    near_keys = sub[:, max(0, end - 3) : end + 1][non_bg[:, max(0, end - 3) : end + 1]]
    ok = False
    if len(near_keys):
        kv, kc = np.unique(near_keys, return_counts=True)
        own = (sub == kv[kc.argmax()]).any(axis=0)
        own[end] = True
        start, bounded = _run_left(own, end)
        ok = bounded and 0.45 * h <= end - start + 1 <= 4.2 * h
    if not ok:
        start, bounded = _run_left(cols, end)
        if bounded and end - start + 1 < 0.45 * h:  # a dash of a dashed line's swatch: the dashes are one swatch
            start, bounded = _run_left(cols, end, bridge=max(1, int(0.35 * h)))
        if not (bounded and 0.45 * h <= end - start + 1 <= 4.2 * h):
            return None  # unbounded (a bar or a pie reaching the text) or a speck
    x0, x1 = xl + start, xl + end + 1
    # OCR sometimes "reads" a column of swatches as one tall text ("11"); only text of this line's size counts.
    # (on the row: centred on it; the next entry of a tight legend overlaps its band by a few pixels)
    if any(o is not ln and 0.6 * h <= o.box.h <= 1.6 * h and o.box.x0 - 1 <= x1 and o.box.x1 + 1 >= x0
           and y0 <= o.box.cy <= y1 for o in others):
        return None  # the "swatch" is another word on the same row
    if any(o is not ln and o.box.h > 1.6 * h and o.box.x0 - 1 <= x0 and x1 <= o.box.x1 + 1 and o.box.y0 - 1 <= y0
           and y1 <= o.box.y1 + 1 for o in others):
        return None  # the "swatch" is part of a vertical text (an axis title beside the tick labels)
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
    # A grid line drawn over a bar cuts a row or two out of it; that does not make the bar a swatch.
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 3) + 1) if len(rows) else []
    near = min(runs, key=lambda r: float(np.abs(r - ln.box.cy).min()), default=np.array([], int))
    if len(near) == 0 or abs(near - ln.box.cy).min() > 0.6 * h or near.max() - near.min() > 1.6 * h:
        return None
    sy0, sy1 = int(near.min()), int(near.max()) + 1
    return LegendEntry(text=ln.text, rgb=rgb, swatch=Box(x0=x0, y0=sy0, x1=x1, y1=sy1), line=ln,
                       line_ids=frozenset({id(ln)}))


def _swatches_right(arr: np.ndarray, packed: np.ndarray, bg_lab: np.ndarray, lines: list[OcrLine]) -> list[
    LegendEntry
]:
    """Entries whose swatch stands right of the name: read as the mirror image's swatches left of it."""
    w = arr.shape[1]

    def flip(b: Box) -> Box:
        return Box(x0=w - b.x1, y0=b.y0, x1=w - b.x0, y1=b.y1)

    mirrored = [ln.model_copy(update={"box": flip(ln.box)}) for ln in lines]
    arr_m, packed_m = np.ascontiguousarray(arr[:, ::-1]), np.ascontiguousarray(packed[:, ::-1])
    out = []
    for ln, m in zip(lines, mirrored, strict=True):
        # (OCR pads a word's box at its end, over the start of a sample set close after it)
        if (e := _swatch_left_of(arr_m, packed_m, bg_lab, m, mirrored, min_gap=0)) is not None:
            out.append(LegendEntry(text=ln.text, rgb=e.rgb, swatch=flip(e.swatch), line=ln,
                                   line_ids=frozenset({id(ln)})))
    return out


def find_legend(arr: np.ndarray, packed: np.ndarray, bg_rgb: tuple[int, int, int], lines: list[OcrLine]) -> list[
    LegendEntry
]:
    """Legend entries with distinct colours; a lone entry only when nothing contradicts it."""
    bg_lab = lab_of(bg_rgb)
    found = [e for ln in lines if (e := _swatch_left_of(arr, packed, bg_lab, ln, lines)) is not None]
    if not found:  # (gnuplot's key and others set the sample after the name: "tide ——■——")
        found = _swatches_right(arr, packed, bg_lab, lines)
    found = [e for e in found if colour_distance(e.rgb, bg_rgb) > 15]
    starts = {id(e.line) for e in found}
    for e in found:
        # OCR splits "Team A" into words; the words after the first, up to the next swatch, are the name too.
        ids, last, words = {id(e.line)}, e.line, [e.line.text]
        while True:
            nxt = [o for o in lines if id(o) not in ids and id(o) not in starts and 0 <= o.box.x0 - last.box.x1
                   < 1.2 * last.box.h and abs(o.box.cy - last.box.cy) < 0.4 * last.box.h]
            if not nxt:
                break
            last = min(nxt, key=lambda o: o.box.x0)
            ids.add(id(last))
            words.append(last.text)
        e.text, e.line_ids = " ".join(words), frozenset(ids)
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
