"""`chart`: read a bar or line chart into a series of (label, value).

Values come from numbers printed on the bars when present; otherwise from the value axis: the tick
labels are OCR'd, a linear pixel->value map is fitted, and each bar end (or line point) is mapped.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import format_number, is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines
from .vision import Blob, foreground_blobs


def _rect_like(b: Blob) -> bool:
    x0, y0, x1, y1 = b.bbox
    w, h = x1 - x0, y1 - y0
    return w >= 4 and h >= 4 and b.area / max(w * h, 1) > 0.85


def _bar_group(blobs: list[Blob], vertical: bool) -> list[Blob]:
    """Largest set of rectangles sharing a baseline (bottom for vertical bars, left for horizontal)."""
    best: list[Blob] = []
    for ref in blobs:
        base = ref.bbox[3] if vertical else ref.bbox[0]
        thick = (ref.bbox[2] - ref.bbox[0]) if vertical else (ref.bbox[3] - ref.bbox[1])
        tol = max(4.0, 0.04 * max(b.bbox[3] if vertical else b.bbox[2] for b in blobs))
        group = [
            b
            for b in blobs
            if abs((b.bbox[3] if vertical else b.bbox[0]) - base) <= tol
            and 0.5 * thick <= ((b.bbox[2] - b.bbox[0]) if vertical else (b.bbox[3] - b.bbox[1])) <= 2 * thick
        ]
        if len(group) > len(best):
            best = group
    return sorted(best, key=lambda b: b.bbox[0] if vertical else b.bbox[1])


def _fit_axis(ticks: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Least-squares pixel->value line through (pixel, value) ticks; None when they disagree."""
    if len(ticks) < 2:
        return None
    px = np.array([t[0] for t in ticks])
    val = np.array([t[1] for t in ticks])
    if np.ptp(px) < 5 or np.ptp(val) == 0:
        return None
    a, b = np.polyfit(px, val, 1)
    resid = np.abs(a * px + b - val).max()
    if resid > 0.05 * np.ptp(val) + 1e-9:
        return None
    return float(a), float(b)


def _nearest(lines: list[OcrLine], pred, key) -> OcrLine | None:  # type: ignore[no-untyped-def]
    cands = [ln for ln in lines if pred(ln)]
    return min(cands, key=key) if cands else None


def split_merged_labels(lines: list[OcrLine], centres: list[float], baseline: float) -> list[OcrLine]:
    """OCR merges neighbouring axis labels ("Mango Apples CherriesGrapes"); split such a line into words,
    place each word by its character offset, and give it to the nearest bar centre."""
    out: list[OcrLine] = []
    for ln in lines:
        inside = [c for c in centres if ln.box.x0 <= c <= ln.box.x1]
        if ln.box.cy <= baseline or len(inside) < 2:
            out.append(ln)
            continue
        text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", ln.text)
        words = [(m.group(0), (m.start() + m.end()) / 2 / max(len(text), 1)) for m in re.finditer(r"\S+", text)]
        groups: dict[float, list[str]] = {}
        for word, frac in words:
            x = ln.box.x0 + frac * ln.box.w
            groups.setdefault(min(inside, key=lambda c, x=x: abs(c - x)), []).append(word)
        for c, ws in groups.items():
            half = 0.4 * ln.box.w / max(len(inside), 1)
            out.append(
                ln.model_copy(
                    update={"text": " ".join(ws), "box": Box(x0=c - half, y0=ln.box.y0, x1=c + half, y1=ln.box.y1)}
                )
            )
    return out


def _snap_to_tick_marks(
    gray: np.ndarray | None,
    ticks: list[tuple[float, float | None]],
    lines: list[OcrLine],
    vertical: bool,
    axis_px: float,
) -> list[tuple[float, float | None]]:
    """Move each tick label's centre onto its tick mark (a short dark stroke between label and axis);
    label boxes are off by a pixel or two, which is several percent on a small chart."""
    if gray is None:
        return ticks
    out = []
    h, w = gray.shape
    for (px, val), ln in zip(ticks, lines, strict=True):
        if vertical:
            c0, c1 = int(ln.box.x1) + 1, int(axis_px) - 1
            r0, r1 = int(px) - 5, int(px) + 6
        else:
            r0, r1 = int(axis_px) + 1, int(ln.box.y0) - 1
            c0, c1 = int(px) - 5, int(px) + 6
        r0, c0, r1, c1 = max(r0, 0), max(c0, 0), min(r1, h), min(c1, w)
        patch = gray[r0:r1, c0:c1] if r1 > r0 and c1 > c0 else np.zeros((0, 0))
        # Darkness across the stroke direction; the axis spine adds the same amount everywhere.
        counts = (patch < 110).sum(axis=1 if vertical else 0) if patch.size else np.zeros(0)
        if len(counts) and counts.max() > counts.min():
            peak = np.flatnonzero(counts == counts.max())
            out.append((float(peak.mean()) + (r0 if vertical else c0) + 0.5, val))
        else:
            out.append((px, val))
    return out


def read_bars(
    lines: list[OcrLine], blobs: list[Blob], gray: np.ndarray | None = None
) -> tuple[list[dict], str, str] | None:
    rects = [b for b in blobs if _rect_like(b)]
    if len(rects) < 2:
        return None
    vert, horiz = _bar_group(rects, True), _bar_group(rects, False)
    vertical = len(vert) >= len(horiz)
    bars = vert if vertical else horiz
    if len(bars) < 2:
        return None
    if vertical:
        lines = split_merged_labels(lines, [(b.bbox[0] + b.bbox[2]) / 2 for b in bars], max(b.bbox[3] for b in bars))
    numeric = [ln for ln in lines if is_numeric_text(ln.text)]
    points = []
    labelled = 0
    for b in bars:
        x0, y0, x1, y1 = b.bbox
        if vertical:
            # Category labels may be numbers (years), so numeric text below the baseline counts too.
            lab = _nearest(
                lines,
                lambda ln, x0=x0, x1=x1, y1=y1: ln.box.cy > y1 and x0 - 8 <= ln.box.cx <= x1 + 8,
                key=lambda ln: ln.box.cy,
            )
            val = _nearest(
                numeric,
                lambda ln, x0=x0, x1=x1, y0=y0, y1=y1: (
                    x0 - 6 <= ln.box.cx <= x1 + 6
                    and y0 - 4 * ln.box.h <= ln.box.cy <= y1 - 0.0
                    and ln.box.cy < y0 + 0.5 * (y1 - y0)
                ),
                key=lambda ln, y0=y0: abs(ln.box.cy - y0),
            )
        else:
            lab = _nearest(
                lines,
                lambda ln, x0=x0, y0=y0, y1=y1: ln.box.cx < x0 and y0 - 6 <= ln.box.cy <= y1 + 6,
                key=lambda ln, x0=x0: x0 - ln.box.x1,
            )
            val = _nearest(
                numeric,
                lambda ln, x0=x0, x1=x1, y0=y0, y1=y1: (
                    y0 - 6 <= ln.box.cy <= y1 + 6 and x1 - 0.5 * (x1 - x0) <= ln.box.cx <= x1 + 4 * ln.box.w
                ),
                key=lambda ln, x1=x1: abs(ln.box.cx - x1),
            )
        points.append(
            {
                "label": lab.text if lab else f"bar {len(points) + 1}",
                "value": parse_number(val.text) if val else None,
                "colour": b.colour,
                "end": y0 if vertical else x1,
            }
        )
        labelled += val is not None
    source = "labels"
    if labelled < len(bars):
        if vertical:
            left = min(b.bbox[0] for b in bars)
            tick_lines = [ln for ln in numeric if ln.box.x1 <= left + 2]
            ticks = [(ln.box.cy, parse_number(ln.text)) for ln in tick_lines]
            ticks = _snap_to_tick_marks(gray, ticks, tick_lines, True, left)
        else:
            base = max(b.bbox[3] for b in bars)
            tick_lines = [ln for ln in numeric if ln.box.y0 >= base - 2]
            ticks = [(ln.box.cx, parse_number(ln.text)) for ln in tick_lines]
            ticks = _snap_to_tick_marks(gray, ticks, tick_lines, False, base)
        fit = _fit_axis([(p, v) for p, v in ticks if v is not None])
        if fit is not None:
            source = "axis" if labelled == 0 else "labels+axis"
            # Tick-label boxes sit a pixel or two off their ticks; the bars' own baseline is exact for 0.
            base_px = max(b.bbox[3] for b in bars) if vertical else min(b.bbox[0] for b in bars)
            if any(v == 0 and abs(p - base_px) < 12 for p, v in ticks):
                fit = (fit[0], -fit[0] * base_px)
            # An axis reading is good to about a tenth of a tick step; do not report false precision.
            vals = sorted({v for _, v in ticks if v is not None})
            step = float(np.median(np.diff(vals))) if len(vals) > 1 else 1.0
            quantum = 10 ** np.floor(np.log10(step / 10)) if step > 0 else 0.01
            for p in points:
                if p["value"] is None:
                    p["value"] = round(round((fit[0] * p["end"] + fit[1]) / quantum) * quantum, 6)
    points = [p for p in points if p["value"] is not None]
    if len(points) < 2:
        return None
    return points, "vertical bars" if vertical else "horizontal bars", source


def read_line_chart(lines: list[OcrLine], blobs: list[Blob], shape: tuple[int, int]) -> tuple[list[dict], str] | None:
    """A thin coloured curve sampled at each x-axis label, mapped through the value axis."""
    curves = [
        b
        for b in blobs
        if b.area / max((b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]), 1) < 0.25
        and (b.bbox[2] - b.bbox[0]) > 0.3 * shape[1]
    ]
    if not curves:
        return None
    curve = curves[0]
    mask = np.zeros(shape, np.uint8)
    cv2.drawContours(mask, [curve.contour], -1, 255, thickness=-1)
    x0, y0, x1, y1 = curve.bbox
    numeric = [ln for ln in lines if is_numeric_text(ln.text)]
    xlabels = [ln for ln in lines if ln.box.cy > y1 and x0 - 20 <= ln.box.cx <= x1 + 20]
    ticks = [(ln.box.cy, parse_number(ln.text)) for ln in numeric if ln.box.x1 <= x0 + 2]
    fit = _fit_axis([(p, v) for p, v in ticks if v is not None])
    if fit is None or len(xlabels) < 2:
        return None
    points = []
    for ln in sorted(xlabels, key=lambda ln: ln.box.cx):
        col = int(np.clip(ln.box.cx, 0, shape[1] - 1))
        ys = np.nonzero(mask[:, max(0, col - 1) : col + 2].any(axis=1))[0]
        if len(ys):
            points.append({"label": ln.text, "value": round(fit[0] * float(ys.mean()) + fit[1], 2)})
    return (points, "line") if len(points) >= 2 else None


class ChartArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the chart; whole image if omitted")


@tool()
def chart(ctx: ToolContext, args: ChartArgs) -> ToolResult:
    """Read a bar chart (vertical or horizontal) or a line chart into a series of (label, value). Uses the
    numbers printed on bars, or the value-axis ticks when bars carry no numbers."""
    lines = read_lines(ctx)
    text_boxes = [ln.box for ln in lines]
    blobs = [
        b
        for b in foreground_blobs(ctx)
        if not any(
            b.bbox[0] >= t.x0 - 2 and b.bbox[2] <= t.x1 + 2 and b.bbox[1] >= t.y0 - 2 and b.bbox[3] <= t.y1 + 2
            for t in text_boxes
        )
    ]
    if args.region is not None:
        r = ctx.clip(args.region)
        blobs = [
            b for b in blobs if b.bbox[0] >= r.x0 and b.bbox[2] <= r.x1 and b.bbox[1] >= r.y0 and b.bbox[3] <= r.y1
        ]
    found = read_bars(lines, blobs, np.asarray(ctx.image.convert("L")))
    if found is not None:
        points, kind, source = found
    else:
        line = read_line_chart(lines, blobs, (ctx.size[1], ctx.size[0]))
        if line is None:
            return ToolResult(summary="no bar or line chart found")
        points, kind = line
        source = "axis"
    clean = [{"label": p["label"], "value": p["value"]} for p in points]
    conf = 0.9 if source == "labels" else 0.75
    drafts = [
        EvidenceDraft(
            kind="series",
            value=f"{kind}: " + ", ".join(f"{p['label']}={format_number(p['value'])}" for p in clean),
            confidence=conf,
            attrs={"points": clean, "chart": kind, "value_source": source},
        )
    ]  # type: ignore[dict-item]
    for p in clean:
        drafts.append(
            EvidenceDraft(
                kind="key_value",
                label=p["label"],
                value=format_number(p["value"]),
                number=p["value"],
                confidence=conf,
                attrs={"series": kind},
            )
        )
    return ToolResult(evidence=drafts, summary=f"{kind}, {len(clean)} points, values from {source}")
