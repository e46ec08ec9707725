"""Scatter plots: markers of one size placed by two numeric axes, usually each named by a short text beside
it ("Model A" up and right of its dot).

A plot of n named markers becomes two series over the same names, one per axis, each named by its axis
title: "which is the cheapest" takes the minimum of the series named like price, "about what does B cost"
looks up B in it. Markers without a name are named by their x value, like a line chart's points.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import cv2
import numpy as np

from ..sir import Box
from .chart_axis import (
    Axis,
    ChartReading,
    ReadPoint,
    Reread,
    chart_titles,
    chroma,
    colour_distance,
    fmt_value,
    key_rgb,
    lab_lut,
    read_value_axis,
)
from .chart_ticks import is_chart_number
from .ocr import OcrLine

# Reads the text of a strip turned a quarter (an axis title printed bottom to top).
ReadTurned = Callable[[Box], str]


def _size(m: Box) -> float:
    """A dot's size: the larger side of its box."""
    return max(m.w, m.h)


def _blobs(packed: np.ndarray, key: int, lines: list[OcrLine]) -> list[tuple[Box, float]]:
    """Compact blobs of one colour (and its shades) outside every text, with their fill ratios."""
    lut = lab_lut()
    mask = (np.linalg.norm(lut - lut[key], axis=-1) < 18)[packed].astype(np.uint8)
    # grid lines drawn over the dots cut them in two; close such thin cuts
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((4, 4), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if 4 <= w <= 40 and 4 <= h <= 40 and 0.6 <= w / h <= 1.6 and area >= 0.45 * w * h:
            m = Box(x0=x, y0=y, x1=x + w, y1=y + h)
            if not any(ln.box.x0 <= m.cx <= ln.box.x1 and ln.box.y0 <= m.cy <= ln.box.y1 for ln in lines):
                out.append((m, area / (w * h)))
    return out


def _markers(packed: np.ndarray, bg: int, lines: list[OcrLine]) -> list[Box]:
    """Dots: compact blobs of one colour, of about one size, three or more, none centred inside a text (a
    name's box may overlap its dot; a coloured title's glyphs are no dots). Coloured dots first; a grey one
    counts only when it is as large and as full as they are (grey is the colour of text and grids too)."""
    counts = np.bincount(packed.ravel(), minlength=1 << 15)
    keys = [int(k) for k in np.argsort(-counts)[:40] if counts[k] >= 20 and k != bg
            and colour_distance(key_rgb(int(k)), key_rgb(bg)) > 25]
    found: list[Box] = []
    greys: list[tuple[Box, float]] = []
    tried: list[tuple[int, int, int]] = []
    for k in keys:
        rgb = key_rgb(k)
        if any(colour_distance(rgb, c) < 18 for c in tried):
            continue  # a shade of a colour already looked at
        tried.append(rgb)
        for m, fill in _blobs(packed, k, lines):
            if any(abs(m.cx - o.cx) < 0.5 * _size(o) and abs(m.cy - o.cy) < 0.5 * _size(o) for o in found):
                continue
            if chroma(rgb) > 25:
                found.append(m)
            else:
                greys.append((m, fill))
    if len(found) < 2:
        return []
    size = float(np.median([_size(m) for m in found]))
    found += [m for m, fill in greys if fill >= 0.6 and 0.8 * size <= _size(m) <= 1.25 * size
              and 0.8 <= m.w / m.h <= 1.25  # round or square: no glyph ("0")
              and not any(abs(m.cx - o.cx) < 0.5 * _size(o) and abs(m.cy - o.cy) < 0.5 * _size(o) for o in found)]
    kept = [m for m in found if 0.6 * size <= _size(m) <= 1.6 * size]
    return kept if len(kept) >= 3 else []


def _split_at(text: str, at: int) -> int:
    """The cut nearest char index `at`: a space, else a lower-to-upper change ("TarnQuill"), else `at`."""
    cuts = [i for i in range(1, len(text)) if text[i - 1] == " " or (text[i - 1].islower() and text[i].isupper())]
    best = min(cuts, key=lambda i: abs(i - at), default=at)
    return best if abs(best - at) <= 2 else at


def _names(markers: list[Box], texts: list[OcrLine]) -> dict[int, tuple[str, OcrLine]]:
    """Each marker's name: the nearest free text beside it. One text over two markers close together is
    two names, cut where the second name starts as far right of its marker as the first does."""
    size = float(np.median([_size(m) for m in markers]))
    pieces: list[tuple[str, Box, OcrLine]] = []
    for ln in texts:
        under = sorted((m for m in markers if ln.box.x0 - size <= m.cx <= ln.box.x1 - size
                        and ln.box.y0 - 2 * size <= m.cy <= ln.box.y1 + 2 * size), key=lambda m: m.cx)
        text, per = ln.text.strip(), ln.box.w / max(len(ln.text.strip()), 1)
        if len(under) >= 2 and len(text) >= 4:
            offset = ln.box.x0 - under[0].cx
            cuts = sorted({_split_at(text, round((m.cx + offset - ln.box.x0) / per)) for m in under[1:]})
            bounds = [0, *[c for c in cuts if 0 < c < len(text)], len(text)]
            for a, b in zip(bounds, bounds[1:], strict=False):
                part = text[a:b].strip()
                if part:
                    box = Box(x0=ln.box.x0 + a * per, y0=ln.box.y0, x1=ln.box.x0 + b * per, y1=ln.box.y1)
                    pieces.append((part, box, ln))
        else:
            pieces.append((text, ln.box, ln))
    near = []
    for i, m in enumerate(markers):
        for j, (_, b, _) in enumerate(pieces):
            dx = max(b.x0 - m.cx, 0.0, m.cx - b.x1)
            dy = max(b.y0 - m.cy, 0.0, m.cy - b.y1)
            if float(np.hypot(dx, dy)) <= max(3.0 * size, 1.5 * b.h):
                near.append((i, j))
    if not near:
        return {}
    # Names sit at one offset from their dots (a plotting library's annotation offset), anchored at their left
    # end or their middle: the anchor whose offsets agree best decides which dot each name belongs to.
    best: list[tuple[float, int, int]] = []
    spread_best = float("inf")
    for anchor in (lambda b: b.x0, lambda b: b.cx):
        offs = np.array([(anchor(pieces[j][1]) - markers[i].cx, pieces[j][1].cy - markers[i].cy) for i, j in near])
        centre = np.median(offs, axis=0)
        cost = np.hypot(*(offs - centre).T)
        spread = float(np.median(cost))
        if spread < spread_best:
            spread_best, best = spread, sorted(zip(cost.tolist(), *zip(*near, strict=True), strict=True))
    out: dict[int, tuple[str, OcrLine]] = {}
    taken: set[int] = set()
    for _, i, j in best:
        if i not in out and j not in taken:
            out[i] = (pieces[j][0], pieces[j][2])
            taken.add(j)
    return out


def _axes(lines: list[OcrLine], gray: np.ndarray, markers: list[Box], reread: Reread | None
          ) -> tuple[Axis, Axis] | None:
    left = min(m.x0 for m in markers)
    bottom = max(m.y1 for m in markers)
    top = min(m.y0 for m in markers)
    right = max(m.x1 for m in markers)
    y_axis = read_value_axis(lines, gray, True, left, [], Box(x0=0, y0=top - 40, x1=left, y1=bottom + 40), reread)
    x_axis = read_value_axis(lines, gray, False, bottom, list(y_axis.ticks) if y_axis else [],
                             Box(x0=left - 40, y0=bottom, x1=right + 40, y1=bottom + 60), reread)
    if y_axis is None or x_axis is None or len(y_axis.ticks) < 2 or len(x_axis.ticks) < 2:
        return None
    return x_axis, y_axis


def read_scatter(packed: np.ndarray, bg: int, lines: list[OcrLine], gray: np.ndarray, reread: Reread | None = None,
                 read_turned: ReadTurned | None = None) -> ChartReading | None:
    markers = _markers(packed, bg, lines)
    if len(markers) < 3:
        return None
    axes = _axes(lines, gray, markers, reread)
    if axes is None:
        return None
    x_axis, y_axis = axes
    used = {id(t) for t in x_axis.ticks} | {id(t) for t in y_axis.ticks}
    # the plot spans its axes' ticks (and its dots, which may stand beyond the last tick)
    plot = Box(x0=min(min(m.x0 for m in markers), min(t.box.cx for t in x_axis.ticks)),
               y0=min(min(m.y0 for m in markers), min(t.box.cy for t in y_axis.ticks)),
               x1=max(max(m.x1 for m in markers), max(t.box.cx for t in x_axis.ticks)),
               y1=max(t.box.cy for t in x_axis.ticks))
    free = [ln for ln in lines if id(ln) not in used and not is_chart_number(ln.text)
            and plot.x0 - 60 <= ln.box.cx <= plot.x1 + 80 and plot.y0 - 40 <= ln.box.cy <= plot.y1]
    names = _names(markers, free)
    if len(names) < 0.5 * len(markers):
        names = {}  # a cloud of unnamed dots: each is named by where it stands
    used |= {id(ln) for _, ln in names.values()}
    titles = chart_titles(lines, plot, used)
    y_title = titles.get("y_title") or _turned_title(read_turned, y_axis, plot)
    x_name, y_name = titles.get("x_title") or "x", y_title or "y"
    xs: list[ReadPoint] = []
    ys: list[ReadPoint] = []
    for i, m in sorted(enumerate(markers), key=lambda t: t[1].cx):
        xv, yv = x_axis.rounded(x_axis.value(m.cx)), y_axis.rounded(y_axis.value(m.cy))
        label = names[i][0] if i in names else fmt_value(xv, x_axis)
        box = m
        xs.append(ReadPoint(x=label, value=xv, text=fmt_value(xv, x_axis), box=box, estimated=True))
        ys.append(ReadPoint(x=label, value=yv, text=fmt_value(yv, y_axis), box=box, estimated=True))
    series: dict[str | None, list[ReadPoint]] = {y_name: ys} if not names else {y_name: ys, x_name: xs}
    attrs: dict[str, object] = {"y_title": y_title} if y_title else {}
    return ChartReading(chart="scatter", series=series, source="axis", plot=plot, used=used, attrs=attrs)


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _turned_title(read_turned: ReadTurned | None, y_axis: Axis, plot: Box) -> str | None:
    """The y axis' title when OCR missed it: the strip left of the tick labels, read turned upright."""
    if read_turned is None:
        return None
    x1 = min(t.box.x0 for t in y_axis.ticks) - 1
    if x1 < 8:
        return None
    text = read_turned(Box(x0=0, y0=plot.y0 - 20, x1=x1, y1=plot.y1)).strip()
    return text if _WORDS.search(text) else None
