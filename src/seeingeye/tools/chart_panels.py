"""Figures of several plots side by side or stacked (subplots): each plot's frame — its axes' spines, long
straight lines of one ink meeting at a corner — found once, and the figure cut between the frames so that
each plot is read with its own ticks, labels and title."""

from __future__ import annotations

import cv2
import numpy as np

from ..sir import Box
from .chart_axis import background_key, lab_lut, quantise


def _frames(arr: np.ndarray) -> list[Box]:
    """Bounding boxes of the long horizontal-and-vertical line work (spines, with any grid inside): a plot
    frame spans a fifth of the figure or more each way."""
    h, w = arr.shape[:2]
    packed = quantise(arr)
    lut = lab_lut()
    ink = (np.linalg.norm(lut - lut[background_key(packed)], axis=-1) > 40)[packed].astype(np.uint8)
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, max(8, w // 8)), np.uint8))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((max(8, h // 6), 1), np.uint8))
    lines = cv2.dilate(horiz | vert, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, bw, bh, _ = (int(v) for v in stats[i])
        if bw < 0.2 * w or bh < 0.2 * h or bw > 0.95 * w:
            continue
        part = labels[y : y + bh, x : x + bw] == i
        if (horiz[y : y + bh, x : x + bw] & part).any() and (vert[y : y + bh, x : x + bw] & part).any():
            out.append(Box(x0=x, y0=y, x1=x + bw, y1=y + bh))
    return out


def _apart(boxes: list[Box]) -> bool:
    return all(a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0
               for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def plot_panels(arr: np.ndarray) -> list[Box]:
    """The regions of a figure's two to four plots, each from the middle of the gap to its neighbour on every
    side (its tick labels and title included), or [] for a figure of one plot."""
    if arr.shape[0] < 120 or arr.shape[1] < 200:
        return []
    frames = _frames(np.ascontiguousarray(arr[..., :3]))
    if not 2 <= len(frames) <= 4 or not _apart(frames):
        return []
    h, w = arr.shape[:2]
    out = []
    for f in frames:
        x0 = max([(o.x1 + f.x0) / 2 for o in frames if o.x1 <= f.x0 and o.y0 < f.y1 and f.y0 < o.y1], default=0.0)
        x1 = min([(f.x1 + o.x0) / 2 for o in frames if f.x1 <= o.x0 and o.y0 < f.y1 and f.y0 < o.y1], default=w)
        y0 = max([(o.y1 + f.y0) / 2 for o in frames if o.y1 <= f.y0 and o.x0 < f.x1 and f.x0 < o.x1], default=0.0)
        y1 = min([(f.y1 + o.y0) / 2 for o in frames if f.y1 <= o.y0 and o.x0 < f.x1 and f.x0 < o.x1], default=h)
        out.append(Box(x0=x0, y0=y0, x1=x1, y1=y1))
    return sorted(out, key=lambda b: (round(b.y0 / 20), b.x0))

