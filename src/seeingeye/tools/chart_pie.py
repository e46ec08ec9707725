"""Pie and donut charts: slices by angle, each tied to its label and percentage.

The pie is the largest round patch of non-background colour; slice colours are sampled on rings inside
it (several radii vote, so printed labels inside slices do not cut a slice in two). A label outside the
pie belongs to the slice at its angle; a printed percentage inside (or next to) the pie likewise; a legend
ties colours to names. Without printed percentages a slice's share comes from its angle (estimated).
"""

from __future__ import annotations

import math
import re

import cv2
import numpy as np

from ..sir import Box
from ..textutil import parse_number
from .chart_axis import ChartReading, ReadPoint, key_rgb
from .chart_legend import LegendEntry, match_legend
from .ocr import OcrLine

N_ANGLES = 720
_PCT = re.compile(r"[-+]?\d+(?:[.,]\d+)?\s*%")


def _disc(fg: np.ndarray) -> tuple[float, float, float, float] | None:
    """(cx, cy, R, fill) of the largest round foreground patch, or None."""
    # Opening first drops thin strokes touching the pie (leader lines to far labels), which would make it
    # look less round.
    opened = cv2.morphologyEx(fg.astype(np.uint8) * 255, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    closed = cv2.morphologyEx(opened, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    (cx, cy), r = cv2.minEnclosingCircle(c)
    fill = cv2.contourArea(c) / max(math.pi * r * r, 1.0)
    H, W = fg.shape
    if r < 0.1 * min(H, W) or fill < 0.82:
        return None
    return float(cx), float(cy), float(r), float(fill)


def _exploded(packed: np.ndarray, fg: np.ndarray) -> tuple[float, float, float, list[tuple[int, float, float]]] | None:
    """An exploded pie: slices pulled out of the disc are separate convex wedges of distinct flat colours.
    Translation keeps areas, so each slice's share is its area over all slices' area; its direction from
    the slices' common centroid orders them around the pie. Returns (cx, cy, R, slices as angle runs)."""
    H, W = fg.shape
    n, lab, stats, _ = cv2.connectedComponentsWithStats(fg.astype(np.uint8), connectivity=4)
    if n < 2:
        return None
    big = int(np.argmax(stats[1:, cv2.CC_STAT_AREA])) + 1
    pieces: list[tuple[int, np.ndarray]] = []  # (colour key, pixel coordinates)
    for i in range(1, n):
        area = int(stats[i, cv2.CC_STAT_AREA])
        if area < 0.05 * stats[big, cv2.CC_STAT_AREA] or area < 0.002 * H * W:
            continue
        ys, xs = np.nonzero(lab == i)
        keys, counts = np.unique(packed[ys, xs], return_counts=True)
        for k, c in zip(keys, counts, strict=True):
            if c >= 0.03 * area and c >= 0.001 * H * W:
                sel = packed[ys, xs] == k
                pieces.append((int(k), np.stack([xs[sel], ys[sel]], axis=1)))
    if not 2 <= len(pieces) <= 24 or len({k for k, _ in pieces}) < len(pieces):
        return None
    for _, pts in pieces:
        hull = cv2.convexHull(pts.astype(np.int32))
        x, y, w, h = cv2.boundingRect(pts.astype(np.int32))
        # Wedges are convex (flat fills, not curves) and no rectangles (bars fill their box).
        if len(pts) < 0.85 * max(cv2.contourArea(hull), 1.0) or len(pts) > 0.88 * w * h:
            return None
    areas = np.array([len(p) for _, p in pieces], float)
    cents = np.array([p.mean(axis=0) for _, p in pieces])
    cx, cy = (cents * areas[:, None]).sum(axis=0) / areas.sum()
    R = math.sqrt(areas.sum() / math.pi)
    order = sorted(range(len(pieces)), key=lambda i: _angle(cents[i][0], cents[i][1], cx, cy))
    slices = []
    a = _angle(cents[order[0]][0], cents[order[0]][1], cx, cy) - 180.0 * areas[order[0]] / areas.sum()
    for i in order:
        width = 360.0 * areas[i] / areas.sum()
        slices.append((pieces[i][0], a % 360.0, a % 360.0 + width))
        a += width
    return float(cx), float(cy), R, slices


def _leader_lines(fg: np.ndarray, slices: list[tuple[int, float, float]], cx: float, cy: float, R: float,
                  lines: list[OcrLine]) -> dict[int, OcrLine]:
    """Labels hung on leader lines: a thin stroke leaves the rim at a slice's middle and ends at its label.
    Strokes outside the pie are traced as connected ink; a slice and a text touching one stroke belong
    together."""
    H, W = fg.shape
    yy, xx = np.ogrid[:H, :W]
    ink = fg & ((xx - cx) ** 2 + (yy - cy) ** 2 > (R + 2) ** 2)
    for ln in lines:
        ink[int(ln.box.y0) : int(np.ceil(ln.box.y1)), int(ln.box.x0) : int(np.ceil(ln.box.x1))] = False
    n, comp = cv2.connectedComponents(ink.astype(np.uint8), connectivity=8)
    if n < 2:
        return {}
    out: dict[int, OcrLine] = {}
    taken: set[int] = set()
    for i, s in enumerate(slices):
        mid = math.radians((s[1] + s[2]) / 2)
        ids: list[int] = []
        for r in np.arange(R + 3, R + 14):
            x, y = int(round(cx + r * math.cos(mid))), int(round(cy - r * math.sin(mid)))
            # A one-pixel stroke drifts off the sampled ray by a pixel or two.
            win = comp[max(0, y - 2) : y + 3, max(0, x - 2) : x + 3]
            ids += [int(v) for v in np.unique(win[win > 0])]
        if not ids or len(set(ids)) > 1:
            continue
        cid = ids[0]
        best = None
        for ln in lines:
            b = ln.box
            y0, y1 = max(0, int(b.y0) - 4), min(H, int(np.ceil(b.y1)) + 4)
            x0, x1 = max(0, int(b.x0) - 6), min(W, int(np.ceil(b.x1)) + 6)
            if id(ln) not in taken and (comp[y0:y1, x0:x1] == cid).any():
                # The label hangs at the stroke's far end (a title may graze the stroke on its way).
                best = ln if best is None or math.hypot(ln.box.cx - cx, ln.box.cy - cy) > math.hypot(
                    best.box.cx - cx, best.box.cy - cy) else best
        if best is not None:
            out[i] = best
            taken.add(id(best))
    return out


def _angle(x: float, y: float, cx: float, cy: float) -> float:
    return math.degrees(math.atan2(-(y - cy), x - cx)) % 360.0


def _slices(packed: np.ndarray, fg: np.ndarray, cx: float, cy: float, radii: list[float]) -> list[
    tuple[int, float, float]
]:
    """(colour key, start angle, end angle) runs around the pie, counter-clockwise."""
    H, W = packed.shape
    th = np.linspace(0, 2 * np.pi, N_ANGLES, endpoint=False)
    votes = []
    for rad in radii:
        xs = np.clip(np.round(cx + rad * np.cos(th)).astype(int), 0, W - 1)
        ys = np.clip(np.round(cy - rad * np.sin(th)).astype(int), 0, H - 1)
        k = packed[ys, xs].copy()
        k[~fg[ys, xs]] = -1
        votes.append(k)
    v = np.stack(votes)
    # Slice colours are the keys that hold a real share of the ring; text and edges do not.
    keys, counts = np.unique(v[v >= 0], return_counts=True)
    real = set(keys[counts >= 0.01 * v.size].tolist())
    lab = np.full(N_ANGLES, -1)
    for i in range(N_ANGLES):
        col = [k for k in v[:, i] if k in real]
        if col:
            vals, cnt = np.unique(col, return_counts=True)
            lab[i] = vals[cnt.argmax()]
    if (lab < 0).all():
        return []
    # Separators and unread samples go to the previous slice; start at a colour change.
    start = int(np.flatnonzero(lab >= 0)[0])
    for j in range(1, N_ANGLES + 1):
        i = (start + j) % N_ANGLES
        if lab[i] < 0:
            lab[i] = lab[(i - 1) % N_ANGLES]
    change = np.flatnonzero(lab != np.roll(lab, 1))
    if len(change) == 0:
        return [(int(lab[0]), 0.0, 360.0)]
    runs = []
    for a, b in zip(change, np.roll(change, -1), strict=True):
        n = (b - a) % N_ANGLES
        runs.append((int(lab[a]), a * 360.0 / N_ANGLES, (a + n) * 360.0 / N_ANGLES))
    # A speck of a run (under 1 degree) is an artefact of a label edge; merge into its neighbour.
    return [r for r in runs if r[2] - r[1] >= 1.0] or runs


def _contains(s: tuple[int, float, float], ang: float) -> bool:
    a0, a1 = s[1], s[2]
    return a0 <= ang < a1 or a0 <= ang + 360 < a1


def _dist_to_slice(s: tuple[int, float, float], ang: float) -> float:
    mid = (s[1] + s[2]) / 2
    return abs((ang - mid + 180) % 360 - 180)


def _rim(b: Box, cx: float, cy: float) -> float:
    """Distance from the centre to the nearest point of a text box."""
    return math.hypot(min(max(cx, b.x0), b.x1) - cx, min(max(cy, b.y0), b.y1) - cy)


# A legend entry or label that prints its slice's figure after its name ("Bus — 312", "Rent: 1,200", "Gas (85)",
# "Tram — 12.5%").
_NAMED_FIGURE = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s*(?:[—–:-]\s*|\(\s*)"
                           r"(?P<figure>(?:\d[\d,.' ]*\d|\d)\s?%?)\s*\)?$")


# The figure after a plain space ("Lynx 380"): the slice's count only when the counts agree with the angles.
_SPACED_FIGURE = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+(?P<figure>\d{1,3}(?:[,.' ]\d{3})+|\d+)$")


def _named_figures(texts: dict[int, str], n: int, shares: dict[int, float] | None = None
                   ) -> dict[int, tuple[str, str, float]]:
    """Each slice's (name, figure as printed, figure) when every slice's label carries its figure, else none.
    A figure set off by a space alone ("Zone 3" is a name) counts when the figures share out as the angles do."""
    for pattern in (_NAMED_FIGURE, _SPACED_FIGURE):
        out: dict[int, tuple[str, str, float]] = {}
        for i, text in texts.items():
            m = pattern.match(text.strip())
            if m is None or (value := parse_number(m.group("figure"))) is None:
                break
            out[i] = (m.group("name").strip(), m.group("figure").strip(), value)
        else:
            if len(out) == n and (pattern is _NAMED_FIGURE or _agree(out, shares or {})):
                return out
    return {}


def _agree(figures: dict[int, tuple[str, str, float]], shares: dict[int, float]) -> bool:
    total = sum(v for _, _, v in figures.values())
    return total > 0 and set(shares) == set(figures) and all(
        abs(100.0 * figures[i][2] / total - shares[i]) <= 3.0 for i in figures)


def read_pie(arr: np.ndarray, packed: np.ndarray, fg: np.ndarray, lines: list[OcrLine], legend: list[LegendEntry]
             ) -> ChartReading | None:
    disc = _disc(fg)
    inner = 0.0
    if disc is None:
        ex = _exploded(packed, fg)
        if ex is None:
            return None
        cx, cy, R, slices = ex
    else:
        cx, cy, R, _ = disc
    H, W = packed.shape
    # Donut: the centre is background; its hole's radius from rays.
    if disc is not None and not fg[int(cy), int(cx)]:
        hits = []
        for t in np.linspace(0, 2 * np.pi, 16, endpoint=False):
            for r in np.arange(2, R, 1.0):
                x, y = int(cx + r * math.cos(t)), int(cy - r * math.sin(t))
                if 0 <= x < W and 0 <= y < H and fg[y, x]:
                    hits.append(r)
                    break
        inner = float(np.median(hits)) if hits else 0.0
        inner = inner if inner > 0.2 * R else 0.0  # slice edges meeting at the centre are no hole
    radii = [inner + (R - inner) * f for f in ((0.3, 0.55, 0.85) if inner else (0.72, 0.84, 0.93))]
    if disc is not None:
        slices = _slices(packed, fg, cx, cy, radii)
    if len(slices) < 2:
        return None
    used: set[int] = set()
    names: dict[int, OcrLine] = {}
    pcts: dict[int, tuple[str, float, OcrLine]] = {}
    # Printed percentages: a "%" number inside the pie or close around it, by angle.
    for ln in lines:
        m = _PCT.search(ln.text)
        d = math.hypot(ln.box.cx - cx, ln.box.cy - cy)
        if m is None or d > 1.5 * R:
            continue
        ang = _angle(ln.box.cx, ln.box.cy, cx, cy)
        k = next((i for i, s in enumerate(slices) if _contains(s, ang)), None)
        if k is not None and k not in pcts:
            pcts[k] = (m.group(0).replace(" ", ""), float(parse_number(m.group(0)) or 0.0), ln)
            used.add(id(ln))
            rest = _PCT.sub("", ln.text).strip(" :()-")
            if rest and d > R:  # "Rent 35%" outside the pie: a name and its share on one line
                names[k] = ln.model_copy(update={"text": rest})
    # Names: the legend by colour, else the texts around the pie by angle, nearest slice middle first.
    entries = {i: match_legend(key_rgb(s[0]), legend) for i, s in enumerate(slices)}
    if legend and all(entries.values()):
        for i, e in entries.items():
            names[i] = e.line.model_copy(update={"text": e.text})  # type: ignore[union-attr]
            used |= e.line_ids  # type: ignore[union-attr]
    else:
        for i, ln in _leader_lines(fg, slices, cx, cy, R, [ln for ln in lines if id(ln) not in used]).items():
            if i not in names:
                names[i] = ln
                used.add(id(ln))
        around = [ln for ln in lines if id(ln) not in used and R * 0.95 < math.hypot(ln.box.cx - cx, ln.box.cy - cy)
                  < 1.8 * R and _PCT.search(ln.text) is None]
        # Labels sit just outside the rim at their slice's middle angle (a title sits further out).
        pairs = sorted(
            ((_dist_to_slice(s, _angle(ln.box.cx, ln.box.cy, cx, cy)) + 80 * abs(_rim(ln.box, cx, cy) / R - 1.1),
              i, ln) for i, s in enumerate(slices) for ln in around),
            key=lambda p: p[0],
        )
        for d, i, ln in pairs:
            if i not in names and id(ln) not in used and d < 70:
                names[i] = ln
                used.add(id(ln))
    figures = _named_figures({i: ln.text for i, ln in names.items()}, len(slices),
                             {i: (s[2] - s[1]) / 3.6 for i, s in enumerate(slices)})
    total = sum(v for _, _, v in figures.values())
    points: list[ReadPoint] = []
    printed_all = len(pcts) == len(slices) or bool(figures)
    for i, s in enumerate(slices):
        share = (s[2] - s[1]) / 3.6
        bx = [cx + R * math.cos(math.radians(a)) for a in np.linspace(s[1], s[2], 12)] + [cx]
        by = [cy - R * math.sin(math.radians(a)) for a in np.linspace(s[1], s[2], 12)] + [cy]
        box = Box(x0=min(bx), y0=min(by), x1=max(bx), y1=max(by))
        label = names[i].text if i in names else f"slice {i + 1}"
        if figures and total > 0:  # each slice's own figure printed by its name: its share, exactly
            label, _, figure = figures[i]
            value = round(100.0 * figure / total, 1)
            text, est = f"{value:g}%", False
        elif i in pcts:
            text, value, _ = pcts[i]
            est = False
        else:
            value = float(round(share))
            text, est = f"{value:.0f}%", True
        points.append(ReadPoint(x=label, value=value, text=text, box=box, estimated=est, percent=value))
    colours = {p.x: key_rgb(s[0]) for p, s in zip(points, slices, strict=True)}
    attrs: dict[str, object] = {"donut": bool(inner), "slice_colours": colours,
                                "figures": {name: printed for name, printed, _ in figures.values()}}
    plot = Box(x0=cx - R, y0=cy - R, x1=cx + R, y1=cy + R)
    return ChartReading(chart="pie", series={None: points}, source="labels" if printed_all else
                        "angles" if not pcts else "labels+angles", plot=plot, used=used, attrs=attrs)

