"""Chart geometry shared by the bar, line and pie readers: flat-colour regions, the value axis
(tick labels -> pixel mapping), honest rounding, and the chart's title texts.

Charts are drawn with flat fills, so a region is a connected set of pixels of one exact colour
(quantised to 5 bits a channel); anti-aliased edges fall into other bins and do not form regions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from ..sir import Box
from .chart_ticks import TickNumber, axis_suffix, chart_number, is_chart_number, trusted
from .colour_names import rgb_to_lab
from .ocr import OcrLine


@dataclass
class Region:
    x0: int
    y0: int
    x1: int  # exclusive
    y1: int  # exclusive
    area: int
    rgb: tuple[int, int, int]
    key: int  # quantised colour id

    @property
    def w(self) -> int:
        return self.x1 - self.x0

    @property
    def h(self) -> int:
        return self.y1 - self.y0

    @property
    def fill(self) -> float:
        return self.area / max(self.w * self.h, 1)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def box(self) -> Box:
        return Box(x0=self.x0, y0=self.y0, x1=self.x1, y1=self.y1)


def quantise(arr: np.ndarray) -> np.ndarray:
    q = (arr >> 3).astype(np.int32)
    return (q[..., 0] << 10) | (q[..., 1] << 5) | q[..., 2]


def key_rgb(key: int) -> tuple[int, int, int]:
    return (((key >> 10) & 31) * 8 + 4, ((key >> 5) & 31) * 8 + 4, (key & 31) * 8 + 4)


_LUT: np.ndarray | None = None


def lab_lut() -> np.ndarray:
    """Lab of every 15-bit quantised colour, computed once: per-pixel distances become a table look-up."""
    global _LUT
    if _LUT is None:
        keys = np.arange(1 << 15)
        rgb = np.stack([((keys >> 10) & 31) * 8 + 4, ((keys >> 5) & 31) * 8 + 4, (keys & 31) * 8 + 4], axis=1)
        _LUT = rgb_to_lab(rgb).astype(np.float32)
    return _LUT


def background_key(packed: np.ndarray) -> int:
    border = np.concatenate([packed[0], packed[-1], packed[:, 0], packed[:, -1]])
    return int(np.bincount(border).argmax())


def lab_of(rgb: tuple[float, float, float] | np.ndarray) -> np.ndarray:
    return rgb_to_lab(np.asarray(rgb, dtype=np.float64)[None, :])[0]


def colour_distance(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return float(np.linalg.norm(lab_of(a) - lab_of(b)))


def chroma(rgb: tuple[float, float, float]) -> float:
    lab = lab_of(rgb)
    return float(math.hypot(lab[1], lab[2]))


def flat_regions(arr: np.ndarray, packed: np.ndarray, min_area: int) -> list[Region]:
    """Connected regions of one exact colour, every colour that covers at least `min_area` pixels,
    except the background."""
    # Only pixels that agree with their right and lower neighbours can be inside a flat fill; anti-aliased
    # edges and glyph strokes mostly do not, which leaves few colours to label.
    core = np.zeros(packed.shape, bool)
    core[:-1, :-1] = (packed[:-1, :-1] == packed[1:, :-1]) & (packed[:-1, :-1] == packed[:-1, 1:])
    counts = np.bincount(packed[core].ravel(), minlength=1 << 15)
    bg = background_key(packed)
    bg_rgb = key_rgb(bg)
    out: list[Region] = []
    for key in np.flatnonzero(counts >= min_area):
        rgb = key_rgb(int(key))
        if key == bg or colour_distance(rgb, bg_rgb) < 6:
            continue
        mask = (packed == key).astype(np.uint8)
        x, y, w, h = cv2.boundingRect(mask)
        # Grid lines drawn over the bars cut them into tiles; close such thin cuts (bars keep wider gaps).
        sub = cv2.morphologyEx(mask[y : y + h, x : x + w], cv2.MORPH_CLOSE, np.ones((4, 4), np.uint8))
        n, labels, stats, _ = cv2.connectedComponentsWithStats(sub, connectivity=4)
        for i in range(1, n):
            sx, sy, sw, sh, area = (int(v) for v in stats[i])
            if area < min_area:
                continue
            sparse = area < 0.8 * sw * sh and min(sw, sh) >= 12
            parts = _bars_apart(labels[sy : sy + sh, sx : sx + sw] == i,
                                mask[y + sy : y + sy + sh, x + sx : x + sx + sw], min_area) if sparse else []
            out += [Region(x + sx + px, y + sy + py, x + sx + px + pw, y + sy + py + ph, pa, rgb, int(key))
                    for px, py, pw, ph, pa in parts] or [Region(x + sx, y + sy, x + sx + sw, y + sy + sh, area, rgb,
                                                                int(key))]
    return out


def _bars_apart(comp: np.ndarray, drawn: np.ndarray, min_area: int) -> list[tuple[int, int, int, int, int]]:
    """A sparse region's solid parts (x, y, w, h, area), from the pixels as drawn with lines up to four pixels
    thick opened away: bars in the axes' own colour (black on white) touch the axis line, and closing joins a
    histogram's bars over their white edges. None when it does not come apart (a frame, a line chart's line),
    nor for a plot panel's colour, which reaches round its whole frame where bars leave two sides bare."""
    if sum(float(side.mean()) < 0.5 for side in (comp[0], comp[-1], comp[:, 0], comp[:, -1])) < 2:
        return []
    mask = (comp & (drawn > 0)).astype(np.uint8)
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=4)
    # (a line's markers left over are no bars: a bar is at least 16 pixels long)
    parts = [(int(a), int(b), int(c), int(d), int(e)) for a, b, c, d, e in stats[1:n]
             if e >= min_area and max(c, d) >= 16]
    return parts if len(parts) >= 2 else []


def text_inside(lines: list[OcrLine], r: Region | Box, pad: float = 0.0) -> list[OcrLine]:
    b = r.box() if isinstance(r, Region) else r
    return [
        ln for ln in lines
        if b.x0 - pad <= ln.box.cx <= b.x1 + pad and b.y0 - pad <= ln.box.cy <= b.y1 + pad
    ]


@dataclass
class Axis:
    """value = a * pixel + b along one image axis (y for vertical value axes, x for horizontal)."""

    a: float
    b: float
    step: float  # tick step, for honest rounding
    ticks: list[OcrLine]
    suffix: str = ""  # multiplier suffix the ticks are printed with ("k"), kept when writing values
    scale: float = 1.0  # what that suffix multiplies by

    def value(self, px: float) -> float:
        return self.a * px + self.b

    def quantum(self) -> float:
        return 10 ** math.floor(math.log10(self.step / 10)) if self.step > 0 else 0.01

    def rounded(self, v: float) -> float:
        q = self.quantum()
        return round(round(v / q) * q, 6)


def _fit(points: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    if len(points) < 2:
        return None
    px = np.array([p for p, _ in points])
    val = np.array([v for _, v in points])
    if np.ptp(px) < 5 or np.ptp(val) == 0:
        return None
    a, b = np.polyfit(px, val, 1)
    resid = float(np.abs(a * px + b - val).max())
    return float(a), float(b), resid


def _consensus(pts: list[tuple[float, float]]) -> list[int] | None:
    """Indices of the tick labels that agree on one linear pixel -> value map (OCR misreads a digit now
    and then: "8" as "18"); every pair proposes a map and the one most labels fit wins."""
    best: list[int] = []
    px = np.array([p for p, _ in pts])
    val = np.array([v for _, v in pts])
    gaps = np.diff(np.sort(px))
    gap = float(np.median(gaps[gaps > 2])) if (gaps > 2).any() else 0.0
    for i in range(len(pts)):
        for j in range(i + 1, len(pts)):
            if abs(px[j] - px[i]) < 5 or val[j] == val[i]:
                continue
            a = (val[j] - val[i]) / (px[j] - px[i])
            b = val[i] - a * px[i]
            inl = np.flatnonzero(np.abs(a * px + b - val) <= 0.12 * abs(a) * gap + 1e-9)
            if len(inl) > len(best):
                best = inl.tolist()
    if len(best) < 2:
        return None
    fit = _fit([pts[i] for i in best])
    return best if fit is not None else None


def _snap(gray: np.ndarray, ln: OcrLine, vertical: bool, spine: float) -> float:
    """Centre of the tick mark between a tick label and the axis spine (label boxes are off by a pixel
    or two, which is several percent on a small chart)."""
    h, w = gray.shape
    if vertical:
        c0, c1 = int(ln.box.x1) + 1, int(spine) - 1
        r0, r1 = int(ln.box.cy) - 4, int(ln.box.cy) + 5
    else:
        r0, r1 = int(spine) + 1, int(ln.box.y0)
        c0, c1 = int(ln.box.cx) - 4, int(ln.box.cx) + 5
    r0, c0, r1, c1 = max(r0, 0), max(c0, 0), min(r1, h), min(c1, w)
    if r1 - r0 < 2 or c1 - c0 < 2:
        return ln.box.cy if vertical else ln.box.cx
    patch = gray[r0:r1, c0:c1] < 140
    counts = patch.sum(axis=1 if vertical else 0)
    if counts.max() <= counts.min():
        return ln.box.cy if vertical else ln.box.cx
    peak = np.flatnonzero(counts == counts.max())
    return float(peak.mean()) + (r0 if vertical else c0) + 0.5


def _tick_rows(lines: list[OcrLine], vertical: bool, plot_edge: float, skip: set[int]
               ) -> list[tuple[OcrLine, TickNumber]]:
    """Numeric labels where the value axis' ticks stand: for a vertical axis left of `plot_edge`, for a
    horizontal one below it."""
    out = []
    for ln in lines:
        r = chart_number(ln.text, allow_guess=True) if id(ln) not in skip else None
        if r is not None and (ln.box.x1 <= plot_edge + 3 if vertical else ln.box.y0 >= plot_edge - 3):
            out.append((ln, r))
    return out


def value_axis(
    lines: list[OcrLine], gray: np.ndarray, vertical: bool, plot_edge: float, exclude: list[OcrLine] | None = None
) -> Axis | None:
    """Fit the value axis from numeric tick labels: for a vertical axis, a column of numbers right-aligned
    left of `plot_edge` (the leftmost mark of the plot); for a horizontal one, a row below `plot_edge`."""
    nums = _tick_rows(lines, vertical, plot_edge, {id(ln) for ln in exclude or []})
    key = (lambda ln: ln.box.x1) if vertical else (lambda ln: ln.box.cy)
    best: Axis | None = None
    best_n = 1
    for ref, _ in nums:
        tol = max(4.0, 0.6 * ref.box.h)
        group = [(ln, r) for ln, r in nums if abs(key(ln) - key(ref)) <= tol]
        group = [g for g, ok in zip(group, trusted([r for _, r in group]), strict=True) if ok]
        if len(group) <= best_n:
            continue
        pts = [(_snap(gray, ln, vertical, plot_edge), r.value) for ln, r in group]
        keep = _consensus(pts)
        if keep is None or len(keep) <= best_n:
            continue
        a, b, _ = _fit([pts[i] for i in keep]) or (0.0, 0.0, 0.0)
        step = float(np.median(np.diff(sorted({pts[i][1] for i in keep}))))
        if (vertical and a >= 0) or (not vertical and a <= 0):
            continue  # values grow upwards / rightwards on every chart we read
        suffix, scale = axis_suffix([group[i][1] for i in keep])
        best = Axis(a=a, b=b, step=step, ticks=[group[i][0] for i in keep], suffix=suffix, scale=scale)
        best_n = len(keep)
    return best


Reread = Callable[[Box], list[OcrLine]]


def read_value_axis(lines: list[OcrLine], gray: np.ndarray, vertical: bool, plot_edge: float,
                    exclude: list[OcrLine], strip: Box, reread: Reread | None) -> Axis | None:
    """`value_axis`, and when fewer than three tick labels were read (OCR drops lone small digits), one
    upscaled re-read of the tick-label strip only."""
    axis = value_axis(lines, gray, vertical, plot_edge, exclude)
    if reread is None or (axis is not None and len(axis.ticks) >= 3):
        return axis
    H, W = gray.shape
    strip = Box(x0=max(0.0, strip.x0), y0=max(0.0, strip.y0), x1=min(float(W), strip.x1), y1=min(float(H), strip.y1))
    if strip.w < 4 or strip.h < 4:
        return axis
    extra = [ln for ln in reread(strip) if chart_number(ln.text, allow_guess=True) is not None]
    if not extra:
        return axis
    again = value_axis(extra, gray, vertical, plot_edge, [])
    return again if again is not None and (axis is None or len(again.ticks) > len(axis.ticks)) else axis


def glyph_height(lines: list[OcrLine]) -> float:
    """Typical height of a level text line (tick numbers, legend, title): the size of one glyph row."""
    hs = [ln.box.h for ln in lines if ln.box.w >= ln.box.h]
    return float(np.median(hs)) if hs else 10.0


def tick_anchor(ln: OcrLine, gray: np.ndarray | None, glyph: float) -> float:
    """Where a tick label meets its tick along x. A level label is centred on it; a slanted one (45° dates,
    long names) hangs from its top end, so the ink in its top rows marks the tick."""
    if gray is None or ln.box.h < 1.6 * glyph:
        return ln.box.cx
    y0, x0, x1 = int(ln.box.y0), int(max(0, ln.box.x0)), int(np.ceil(ln.box.x1))
    top = gray[y0 : y0 + max(2, int(0.6 * glyph)), x0:x1].astype(np.float32)
    if top.size == 0:
        return ln.box.cx
    bgv = float(np.median(gray[max(0, y0 - 3) : y0, x0:x1])) if y0 >= 3 else float(np.median(top))
    ink = np.abs(top - bgv) > 60
    cols = np.flatnonzero(ink.any(axis=0))
    return float(x0 + cols.mean()) if len(cols) else ln.box.cx


def fmt_value(v: float, axis: Axis | None = None) -> str:
    """`v` to the axis' honest precision, in the axis' own notation (85000 on a "k" axis is "85k")."""
    if axis is not None:
        q = axis.quantum() / axis.scale
        decimals = max(0, -int(math.floor(math.log10(q) + 1e-9))) if q < 1 else 0
        return f"{v / axis.scale:.{decimals}f}{axis.suffix}"
    return f"{v:g}"


def chart_titles(lines: list[OcrLine], plot: Box, used: set[int]) -> dict[str, str]:
    """Title: the largest unused text above the plot; x title: unused text below the tick labels;
    y title: unused vertical text left of the plot."""
    out: dict[str, str] = {}
    free = [ln for ln in lines if id(ln) not in used and not is_chart_number(ln.text)]
    above = [ln for ln in free if ln.box.y1 <= plot.y0 + 2 and plot.x0 - 40 <= ln.box.cx <= plot.x1 + 40]
    if above:
        top = max(above, key=lambda ln: (ln.box.h, -ln.box.y0))
        out["title"] = top.text
    below = [ln for ln in free if ln.box.y0 >= plot.y1 and plot.x0 <= ln.box.cx <= plot.x1]
    if below:
        out["x_title"] = max(below, key=lambda ln: ln.box.y0).text
    left = [ln for ln in free if ln.box.x1 <= plot.x0 and ln.box.h > 1.5 * ln.box.w]
    if left:
        first = min(left, key=lambda ln: ln.box.x0)
        # a long title printed bottom to top comes in pieces, one above the other: read from the bottom up
        pieces = [ln for ln in left if ln.box.x0 < first.box.x1 and ln.box.x1 > first.box.x0]
        out["y_title"] = " ".join(ln.text for ln in sorted(pieces, key=lambda ln: -ln.box.cy))
    return out


@dataclass
class ReadPoint:
    """One value read off a chart, before it becomes `point` evidence."""

    x: str  # category / x label / slice label
    value: float
    text: str  # as printed, or the estimate formatted to its honest precision
    box: Box
    estimated: bool
    percent: float | None = None


@dataclass
class ChartReading:
    chart: str  # ChartType
    series: dict[str | None, list[ReadPoint]]
    source: str  # labels | axis | labels+axis | angles
    plot: Box
    used: set[int]  # ids of the OCR lines consumed (categories, values, ticks, legend)
    attrs: dict[str, object]
