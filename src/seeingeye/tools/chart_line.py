"""Line charts: one curve per colour, sampled at each x tick label, mapped through the value axis.

A series is a coloured thin curve spanning a good part of the width. Its value at an x label is the
curve's height in that column (markers included); a number printed just above the point wins over the
axis reading. Legend entries name the series by their swatch colour.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from ..sir import Box
from ..textutil import parse_number
from .chart_axis import (
    ChartReading,
    ReadPoint,
    Reread,
    chroma,
    colour_distance,
    fmt_value,
    glyph_height,
    key_rgb,
    lab_lut,
    read_value_axis,
    tick_anchor,
)
from .chart_legend import LegendEntry
from .chart_ticks import is_chart_number
from .ocr import OcrLine


def _series_masks(packed: np.ndarray, bg: int, blocked: np.ndarray) -> list[tuple[tuple[int, int, int], np.ndarray]]:
    H, W = packed.shape
    counts = np.bincount(packed.ravel(), minlength=1 << 15)
    lut = lab_lut()
    bg_lab = lut[bg]
    cands = [int(k) for k in np.argsort(-counts)[:40] if counts[k] >= max(30, 0.0002 * H * W) and k != bg
             and (chroma(key_rgb(int(k))) > 20 or float(np.linalg.norm(lut[int(k)] - bg_lab)) > 25)]
    # Grey and black series share their colour with axes, grid lines and text: for those, straight
    # horizontal/vertical runs (spines, grid, ticks' row) are removed before the curve tests.
    tried_grey: list[tuple[int, int, int]] = []
    found: list[tuple[tuple[int, int, int], np.ndarray, np.ndarray]] = []  # (rgb, tolerant mask, exact core)
    near_cores = np.zeros((H, W), bool)
    kernel = np.ones((5, 5), np.uint8)
    for k in cands:
        rgb = key_rgb(k)
        if any(colour_distance(rgb, c) < 18 for c, _, _ in found):
            continue  # a shade of a series already found
        core = (packed == k) & ~blocked
        if (core & near_cores).sum() > 0.5 * max(int(core.sum()), 1):
            continue  # the anti-aliased halo along a curve already found (a lighter shade at its edges)
        # Distances per colour key, then one table look-up per pixel.
        if chroma(rgb) <= 20:
            # Greys differ in lightness only: one try per shade band keeps this bounded.
            if any(colour_distance(rgb, g) < 18 for g in tried_grey):
                continue
            tried_grey.append(rgb)
        mask = (np.linalg.norm(lut - lut[k], axis=-1) < 16)[packed] & ~blocked
        if _filled(mask):
            continue  # a pale area under a curve (a fill), before grids are taken out of it
        if chroma(rgb) <= 20:
            # Grid lines and spines are rows/columns inked across most of the plot: drop them (±1 px).
            rows = np.flatnonzero(mask.sum(axis=1) >= 0.5 * W)
            cols_ = np.flatnonzero(mask.sum(axis=0) >= 0.5 * H)
            for d in (-1, 0, 1):
                mask[np.clip(rows + d, 0, H - 1), :] = False
                mask[:, np.clip(cols_ + d, 0, W - 1)] = False
            ys, xs = np.nonzero(mask)
            if len(xs) < 30 or xs.max() - xs.min() < 0.25 * W:
                continue
            # What is left of ticks and glyph edges is specks; the curve is one large connected piece.
            y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
            sub = mask[y0:y1, x0:x1]
            n, lab, stats, _ = cv2.connectedComponentsWithStats(
                cv2.dilate(sub.astype(np.uint8), np.ones((5, 5), np.uint8)), connectivity=8)
            big = stats[1:, cv2.CC_STAT_WIDTH]
            keep = np.flatnonzero(big >= 0.2 * big.max()) + 1
            sub &= np.isin(lab, keep)
        cols = np.flatnonzero(mask.any(axis=0))
        if len(cols) < 2 or cols[-1] - cols[0] < 0.25 * W:
            continue
        rows = np.flatnonzero(mask.any(axis=1))
        area = int(mask.sum())
        if area > 0.35 * (cols[-1] - cols[0] + 1) * (rows[-1] - rows[0] + 1):
            continue  # a filled area (bars, a panel), not a curve
        # A curve is present in most columns of its span.
        if mask[:, cols[0] : cols[-1] + 1].any(axis=0).mean() < 0.6:
            continue
        found.append((rgb, mask, core))
        near_cores |= cv2.dilate(core.astype(np.uint8), kernel) > 0
    # Each curve's tolerant mask also catches the blended edges of the others; drop those.
    out = []
    for i, (rgb, mask, _) in enumerate(found):
        others = np.zeros((H, W), bool)
        for j, (_, _, core) in enumerate(found):
            if j != i:
                others |= core
        out.append((rgb, mask & ~(cv2.dilate(others.astype(np.uint8), kernel) > 0) if len(found) > 1 else mask))
    return out


def _filled(mask: np.ndarray) -> bool:
    """Ink covering more than a third of its bounding box, over a tenth of the image: an area, not a curve."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 0.1 * mask.size:
        return False
    return len(xs) > 0.35 * (xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)


def _centre(mask: np.ndarray, x: int, reach: int) -> float | None:
    W = mask.shape[1]
    c0, c1 = max(0, x - reach), min(W, x + reach + 1)
    ys = np.flatnonzero(mask[:, c0:c1].any(axis=1))
    if not len(ys):
        return None
    # The curve near one column is one run of rows; its middle is the point.
    runs = np.split(ys, np.flatnonzero(np.diff(ys) > 2) + 1)
    return float(max(runs, key=len).mean())


def _y_at(mask: np.ndarray, x: float) -> float | None:
    """Height of the curve at column x. At a peak or a valley the column's middle sits inside the bend,
    so each neighbouring segment is extended to x and the two meet at the vertex."""
    xi = int(round(x))
    sides = []
    for sgn in (-1, 1):
        near, far = _centre(mask, xi + sgn * 7, 0), _centre(mask, xi + sgn * 13, 0)
        if near is not None and far is not None and abs(near - far) < 40:
            sides.append(near + (near - far) * 7 / 6)
    if len(sides) == 2 and abs(sides[0] - sides[1]) < 5:
        return float(np.mean(sides))
    for reach in (1, 3, 6, 12, 20):  # printed labels over the curve hide a few columns
        y = _centre(mask, xi, reach)
        if y is not None:
            return y
    return None


def _ink_runs(gray: np.ndarray, box: Box, min_gap: float) -> list[tuple[float, float]]:
    """Column spans of ink inside a text box, parted by background gaps of at least `min_gap` pixels."""
    y0, y1 = max(0, int(box.y0)), int(np.ceil(box.y1))
    x0, x1 = max(0, int(box.x0)), int(np.ceil(box.x1))
    patch = gray[y0:y1, x0:x1].astype(np.float32)
    if patch.size == 0:
        return []
    ink = np.flatnonzero((np.abs(patch - float(np.median(patch))) > 60).any(axis=0))
    if not len(ink):
        return []
    parts = np.split(ink, np.flatnonzero(np.diff(ink) > min_gap) + 1)
    return [(float(x0 + q[0]), float(x0 + q[-1] + 1)) for q in parts]


def _split_run(ln: OcrLine, gray: np.ndarray, row: list[OcrLine]) -> list[OcrLine]:
    """OCR joins a run of short numeric tick labels into one line ("18 19 20 21"). Each number gets its
    own ink blob when the blobs match the numbers one to one (the joined box is often too wide), else the
    stretch of the box its characters take."""
    words = list(re.finditer(r"\S+", ln.text))
    if len(words) < 2 or not all(is_chart_number(m.group(0)) for m in words):
        return [ln]
    # Boxes of neighbouring labels overlap; ink under another label's box is that label's.
    runs = [(a, b) for a, b in _ink_runs(gray, ln.box, 0.3 * ln.box.h)
            if not any(o is not ln and o.box.x0 <= (a + b) / 2 <= o.box.x1 for o in row)]
    per = ln.box.w / max(len(ln.text), 1)
    spans = runs if len(runs) == len(words) else [
        (ln.box.x0 + m.start() * per, ln.box.x0 + m.end() * per) for m in words]
    return [ln.model_copy(update={"text": m.group(0), "box": Box(x0=a, y0=ln.box.y0, x1=b, y1=ln.box.y1)})
            for m, (a, b) in zip(words, spans, strict=True)]


def _x_labels(lines: list[OcrLine], extent: tuple[int, int, int], glyph: float, gray: np.ndarray
              ) -> list[OcrLine]:
    """The x tick labels: the fullest row of texts hanging below the curves (top-aligned, level or
    slanted). The value axis' lower tick labels also stand below the curves' lowest point, left of the
    plot, one to a row: the fullest row is the x axis."""
    x_lo, x_hi, y_hi = extent
    below = [ln for ln in lines if ln.box.y0 >= y_hi - 2 and ln.box.x1 >= x_lo - 25 and ln.box.x0 <= x_hi + 25]
    rows: list[list[OcrLine]] = []
    for ln in sorted(below, key=lambda ln: ln.box.y0):
        row = [o for o in below if 0 <= o.box.y0 - ln.box.y0 <= 0.8 * glyph]
        if len(row) > max((len(r) for r in rows), default=1):
            rows.append(row)
    if not rows:
        return []
    # A slanted label is taller than a glyph: keep it whole; a level run of numbers is split.
    return [p for ln in rows[-1] for p in (_split_run(ln, gray, rows[-1]) if ln.box.h < 1.6 * glyph else [ln])]


def _anchored(labels: list[OcrLine], extent: tuple[int, int, int], gray: np.ndarray, glyph: float
              ) -> tuple[list[OcrLine], dict[int, float]]:
    at = {id(ln): tick_anchor(ln, gray, glyph) for ln in labels}
    x_lo, x_hi, _ = extent
    return sorted([ln for ln in labels if x_lo - 25 <= at[id(ln)] <= x_hi + 25], key=lambda ln: at[id(ln)]), at


def _without_corner_tick(labels: list[OcrLine]) -> list[OcrLine]:
    """Category labels in words without a bare figure at either end: the value axis' lowest tick ("0"),
    printed at the corner where the axes meet, on the labels' row."""
    worded = [not re.fullmatch(r"[-−]?\d[\d.,]*", ln.text.strip()) for ln in labels]
    if len(labels) < 3 or sum(worded) < 0.8 * len(labels):
        return labels
    return [ln for k, ln in enumerate(labels) if worded[k] or 0 < k < len(labels) - 1]


def x_axis(lines: list[OcrLine], extent: tuple[int, int, int], gray: np.ndarray, reread: Reread | None
            ) -> tuple[list[OcrLine], dict[int, float]]:
    """The x tick labels in order with their tick positions. OCR drops lone short labels ("1".."9") on a
    long axis; when the curves run on for more than a label step past the first or last label read, the
    label strip is read again, upscaled."""
    glyph = glyph_height(lines)
    labels, at = _anchored(_x_labels(lines, extent, glyph, gray), extent, gray, glyph)
    labels = _without_corner_tick(labels)
    if reread is None or len(labels) < 2:
        return labels, at
    x_lo, x_hi, _ = extent
    step = float(np.median(np.diff([at[id(ln)] for ln in labels])))
    if at[id(labels[0])] - x_lo <= 1.5 * step and x_hi - at[id(labels[-1])] <= 1.5 * step:
        return labels, at
    y0, y1 = min(ln.box.y0 for ln in labels), max(ln.box.y1 for ln in labels)
    again = reread(Box(x0=max(0, x_lo - 25), y0=max(0.0, y0 - 3), x1=x_hi + 25, y1=y1 + 3))
    more, at2 = _anchored(_x_labels(again, extent, glyph_height(again) if again else glyph, gray), extent, gray,
                          glyph)
    return (more, at2) if len(more) > len(labels) else (labels, at)


def in_between(labels: list[OcrLine], at: dict[int, float], x_lo: int, x_hi: int
                ) -> tuple[list[OcrLine], dict[int, float]]:
    """Whole-number x labels stepping evenly by 2 to 10 (hours every 2, days every 5) label a curve drawn at
    every whole number: it is read at each one between and beyond them while the curves run on, as a reader
    finds a peak between two ticks."""
    vals = [int(ln.text.strip()) if re.fullmatch(r"\d{1,4}", ln.text.strip()) else None for ln in labels]
    if len(labels) < 2 or None in vals:
        return labels, at
    ints = [v for v in vals if v is not None]
    steps = set(np.diff(ints).tolist())
    if len(steps) != 1 or not 2 <= steps.pop() <= 10 or ints[-1] - ints[0] > 60:
        return labels, at
    pitch = (at[id(labels[-1])] - at[id(labels[0])]) / (ints[-1] - ints[0])
    lo = ints[0] - int((at[id(labels[0])] - x_lo + 2) // pitch)
    hi = ints[-1] + int((x_hi + 2 - at[id(labels[-1])]) // pitch)
    ref = labels[0].box
    out, where = [], dict(at)
    for v in range(max(lo, 0), hi + 1):
        x = at[id(labels[0])] + (v - ints[0]) * pitch
        ln = labels[ints.index(v)] if v in ints else OcrLine(
            text=str(v), box=Box(x0=x - 2, y0=ref.y0, x1=x + 2, y1=ref.y1), confidence=0.0)
        where[id(ln)] = x
        out.append(ln)
    return out, where


def read_line(packed: np.ndarray, bg: int, lines: list[OcrLine], legend: list[LegendEntry], gray: np.ndarray,
              reread: Reread | None = None) -> ChartReading | None:
    H, W = packed.shape
    blocked = np.zeros((H, W), bool)
    for ln in lines:
        blocked[int(ln.box.y0) : int(np.ceil(ln.box.y1)), int(ln.box.x0) : int(np.ceil(ln.box.x1))] = True
    for e in legend:
        # The whole entry: a line swatch reaches further left than its marker or flat core.
        s, h = e.swatch, e.line.box.h
        blocked[max(0, int(e.line.box.cy - 0.7 * h)) : int(e.line.box.cy + 0.7 * h) + 1,
                max(0, int(s.x0 - 1.5 * h)) : int(s.x1) + 4] = True
    series_masks = _series_masks(packed, bg, blocked)
    if not series_masks:
        return None
    ys_all = np.concatenate([np.flatnonzero(m.any(axis=1)) for _, m in series_masks])
    xs_all = np.concatenate([np.flatnonzero(m.any(axis=0)) for _, m in series_masks])
    x_lo, x_hi, y_lo, y_hi = int(xs_all.min()), int(xs_all.max()), int(ys_all.min()), int(ys_all.max())
    in_legend = {i for e in legend for i in e.line_ids}
    xlabels, at = x_axis([ln for ln in lines if id(ln) not in in_legend], (x_lo, x_hi, y_hi), gray, reread)
    if len(xlabels) < 2:
        return None
    first = min(ln.box.y0 for ln in xlabels)
    # Labels re-read from the strip replace the first reading of that strip.
    used = {id(ln) for ln in xlabels} | in_legend | {
        id(ln) for ln in lines if first - 2 <= ln.box.cy <= max(o.box.y1 for o in xlabels) + 2
        and x_lo - 25 <= ln.box.cx <= x_hi + 25}
    strip = Box(x0=0, y0=y_lo - 40, x1=x_lo - 2, y1=first + 10)
    axis = read_value_axis(lines, gray, True, x_lo - 2, [ln for ln in lines if id(ln) in used], strip, reread)
    if axis is not None:
        used |= {id(t) for t in axis.ticks}
    numeric = [ln for ln in lines if id(ln) not in used and is_chart_number(ln.text) and x_lo - 20 <= ln.box.cx]
    # Legend entries go to the nearest series colour (line swatches are thin, so their sampled colour is
    # a blend: match leniently, one entry per series).
    names: dict[int, str] = {}
    pairs = sorted(((colour_distance(rgb, e.rgb), i, e) for i, (rgb, _) in enumerate(series_masks) for e in legend),
                   key=lambda p: p[0])
    taken: set[int] = set()
    for d, i, e in pairs:
        if d < 40 and i not in names and id(e) not in taken:
            names[i] = e.text
            taken.add(id(e))
    series: dict[str | None, list[ReadPoint]] = {}
    colours: dict[str | None, tuple[int, int, int]] = {}
    n_printed = n_axis = 0
    taken_nums: set[int] = set()
    samples, at = in_between(xlabels, at, x_lo, x_hi)
    for i, (rgb, mask) in enumerate(series_masks):
        name = names.get(i) or (None if len(series_masks) == 1 else f"series {i + 1}")
        pts: list[ReadPoint] = []
        for lab in samples:
            label = lab.text.strip(" -–—_|") or lab.text  # a tick mark read as a dash
            y = _y_at(mask, at[id(lab)])
            if y is None:
                continue
            near = [ln for ln in numeric if id(ln) not in taken_nums and abs(ln.box.cx - at[id(lab)]) < 0.6 * ln.box.w
                    + 4 and y - 3.0 * ln.box.h <= ln.box.cy <= y + 0.3 * ln.box.h]
            box = Box(x0=at[id(lab)] - 4, y0=y - 4, x1=at[id(lab)] + 4, y1=y + 4)
            est = axis.value(y) if axis is not None else None
            if near and est is not None and axis is not None:
                # Crowded labels: take the one that agrees with the axis, and none that contradicts it.
                span = abs(axis.a) * mask.shape[0]
                near = [ln for ln in near if (v := parse_number(ln.text)) is not None and abs(v - est) <= 0.06 * span]
                near.sort(key=lambda ln: abs((parse_number(ln.text) or 0.0) - est))
            elif near:
                near.sort(key=lambda ln, y=y: abs(ln.box.y1 - y))
            if near and (value := parse_number(near[0].text)) is not None:
                ln = near[0]
                taken_nums.add(id(ln))
                used.add(id(ln))
                pts.append(ReadPoint(x=label, value=value, text=ln.text, box=box, estimated=False))
                n_printed += 1
            elif axis is not None:
                v = axis.rounded(axis.value(y))
                pts.append(ReadPoint(x=label, value=v, text=fmt_value(v, axis), box=box, estimated=True))
                n_axis += 1
        if len(pts) >= 2:
            series[name] = pts
            colours[name] = rgb
    if not series:
        return None
    source = "labels" if n_axis == 0 else "axis" if n_printed == 0 else "labels+axis"
    plot = Box(x0=x_lo, y0=y_lo, x1=x_hi, y1=max(ln.box.y1 for ln in xlabels))
    return ChartReading(chart="line", series=series, source=source, plot=plot, used=used,
                        attrs={"series_colours": colours})
