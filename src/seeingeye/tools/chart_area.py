"""Stacked area charts: bands of flat legend colours piled on a baseline, one band per series.

A series' value at an x label is its band's thickness in that column, read through the value axis; the
bands added up are the stack's height (the records' total column gives it). A chart of one area is a line
chart's business (its curve is the fill's top edge).
"""

from __future__ import annotations

import cv2
import numpy as np

from ..sir import Box
from .chart_axis import ChartReading, ReadPoint, Reread, fmt_value, lab_lut, lab_of, read_value_axis
from .chart_legend import LegendEntry
from .chart_line import in_between, x_axis
from .ocr import OcrLine


def _bands(packed: np.ndarray, legend: list[LegendEntry]) -> list[tuple[LegendEntry, np.ndarray]]:
    """Each legend colour's fill: pixels of about its swatch colour, a large region spanning a good part of
    the width, reaching down to a shared baseline."""
    H, W = packed.shape
    lut = lab_lut()
    out = []
    for e in legend:
        mask = (np.linalg.norm(lut - lab_of(e.rgb), axis=-1) < 10)[packed]
        # the swatch itself is no band
        mask[int(e.swatch.y0) - 2 : int(e.swatch.y1) + 2, int(e.swatch.x0) - 2 : int(e.swatch.x1) + 2] = False
        # the band is one large piece (or a few, where a line crosses it); specks of that colour elsewhere
        # (glyph edges of grey text) are not
        n, lab, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
        if n < 2:
            return []
        areas = stats[1:, cv2.CC_STAT_AREA]
        mask = np.isin(lab, np.flatnonzero(areas >= 0.2 * areas.max()) + 1)
        cols = np.flatnonzero(mask.sum(axis=0) >= 3)
        if mask.sum() < 0.01 * H * W or len(cols) < 0.3 * W:
            return []
        out.append((e, mask))
    return out


def _span(mask: np.ndarray, x: int) -> tuple[int, int] | None:
    """Top and bottom row of the band in the columns around x (a dashed grid line may cross it)."""
    rows = np.flatnonzero(mask[:, max(0, x - 1) : x + 2].any(axis=1))
    return (int(rows.min()), int(rows.max())) if len(rows) >= 2 else None


def read_area(packed: np.ndarray, lines: list[OcrLine], legend: list[LegendEntry], gray: np.ndarray,
              reread: Reread | None = None) -> ChartReading | None:
    if len(legend) < 2:
        return None
    bands = _bands(packed, legend)
    if len(bands) < 2:
        return None
    union = np.zeros(packed.shape, bool)
    for _, m in bands:
        union |= m
    ys, xs = np.nonzero(union)
    x_lo, x_hi, y_lo, y_hi = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    # stacked bands touch one another: the union is filled down to the baseline in most columns
    cols = union[:, x_lo : x_hi + 1]
    tops = np.argmax(cols, axis=0)
    filled = cols.sum(axis=0) / np.maximum(1, y_hi + 1 - tops)
    if float(np.median(filled)) < 0.9:
        return None
    in_legend = {i for e in legend for i in e.line_ids}
    xlabels, at = x_axis([ln for ln in lines if id(ln) not in in_legend], (x_lo, x_hi, y_hi), gray, reread)
    if len(xlabels) < 2:
        return None
    used = {id(ln) for ln in xlabels} | in_legend
    strip = Box(x0=0, y0=y_lo - 40, x1=x_lo - 2, y1=min(ln.box.y0 for ln in xlabels) + 10)
    axis = read_value_axis(lines, gray, True, x_lo - 2, [ln for ln in lines if id(ln) in used], strip, reread)
    if axis is None:
        return None
    used |= {id(t) for t in axis.ticks}
    samples, at = in_between(xlabels, at, x_lo, x_hi)
    series: dict[str | None, list[ReadPoint]] = {}
    for e, mask in bands:
        pts = []
        for lab in samples:
            x = int(round(at[id(lab)]))
            span = _span(mask, min(max(x, x_lo), x_hi))
            if span is None:
                continue
            v = axis.rounded(abs(axis.value(span[0]) - axis.value(span[1] + 1)))
            box = Box(x0=x - 4, y0=span[0], x1=x + 4, y1=span[1] + 1)
            label = lab.text.strip(" -–—_|") or lab.text
            pts.append(ReadPoint(x=label, value=v, text=fmt_value(v, axis), box=box, estimated=True))
        if len(pts) >= 2:
            series[e.text] = pts
    if len(series) < 2:
        return None
    plot = Box(x0=x_lo, y0=y_lo, x1=x_hi, y1=max(ln.box.y1 for ln in xlabels))
    return ChartReading(chart="stacked_area", series=series, source="axis", plot=plot, used=used,
                        attrs={"series_colours": {e.text: e.rgb for e, _ in bands}})
