"""`chart`: read a bar (vertical, horizontal, grouped, stacked), line or pie/donut chart into series.

Emits one `series` evidence per series (attrs.chart, points [{x, y, text, box}], titles) and one `point`
evidence per value (label = category / x label / slice, value as printed or estimated, attrs.series =
legend name). Values printed on the chart win; otherwise they are read off the value axis (or, for pies,
the slice angles) and marked `estimated`, rounded to what the axis can honestly tell.
The readers live in chart_bars / chart_line / chart_pie; the legend in chart_legend; shared geometry in
chart_axis. Everything works on the cached OCR lines of the image: no second OCR pass.
"""

from __future__ import annotations

import re
from typing import Any

import cv2
import numpy as np
from PIL import Image
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import BIN_LABEL, MONTH_NAME, format_number, parse_number
from .base import ToolContext, ToolResult, tool
from .chart_area import read_area
from .chart_axis import ChartReading, Reread, background_key, chart_titles, flat_regions, key_rgb, lab_lut, quantise
from .chart_bars import read_bars
from .chart_dots import dots_as_bars
from .chart_legend import find_legend
from .chart_line import read_line
from .chart_panels import plot_panels
from .chart_pie import read_pie
from .chart_scatter import ReadTurned, read_scatter
from .colour_names import colour_name
from .ocr import OcrLine, read_lines


def _shift(box: Box, dx: float, dy: float) -> Box:
    return Box(x0=box.x0 + dx, y0=box.y0 + dy, x1=box.x1 + dx, y1=box.y1 + dy)


def read_chart(arr: np.ndarray, lines: list[OcrLine], reread: Reread | None = None,
               read_turned: ReadTurned | None = None) -> ChartReading | None:
    """The chart in an RGB array with its OCR lines (same coordinates), or None. `reread(box)` OCRs one
    small strip upscaled (used only when the value axis' tick labels were not read); `read_turned(box)` reads
    a strip turned upright (a scatter plot's y title)."""
    H, W = arr.shape[:2]
    if H < 40 or W < 40:
        return None
    gray = (0.299 * arr[..., 0] + 0.587 * arr[..., 1] + 0.114 * arr[..., 2]).astype(np.uint8)
    packed = quantise(arr)
    bg = background_key(packed)
    bg_rgb = key_rgb(bg)
    lut = lab_lut()
    fg = (np.linalg.norm(lut - lut[bg], axis=-1) > 15)[packed]
    legend = find_legend(arr, packed, bg_rgb, lines)
    reading = read_pie(arr, packed, fg, lines, legend)
    if reading is None:
        regions = flat_regions(arr, packed, min_area=max(12, int(0.00003 * H * W)))
        reading = read_bars(regions, lines, legend, gray, (W, H), reread)
        if reading is None and (dots := dots_as_bars(regions, lines)):
            reading = read_bars(dots, lines, legend, gray, (W, H), reread)  # a lollipop's or dot chart's markers
            if reading is not None:
                reading.chart = "dot"
    if reading is None:
        reading = read_area(packed, lines, legend, gray, reread)
    if reading is None or _few_bars(reading):
        # a line chart's or a scatter plot's markers look like a bar or two to the bar reader; the reading
        # that finds the most values wins
        # (dots are looked for only where no curve was found: the scatter reader masks every colour)
        line = read_line(packed, bg, lines, legend, gray, reread)
        scatter = read_scatter(packed, bg, lines, gray, reread, read_turned) if line is None or _few_bars(line) \
            else None
        reading = max([r for r in (reading, line, scatter) if r is not None], key=_n_values, default=None)
    if reading is None:
        return None
    reading.attrs.update(chart_titles(lines, reading.plot, reading.used))
    _days_of_month(reading)
    _bins_in_unit(reading)
    if legend:
        reading.attrs["legend"] = [e.text for e in legend]
    return reading


def _few_bars(reading: ChartReading) -> bool:
    """No more than two bars a series: perhaps markers or swatches rather than a bar chart."""
    return reading.chart != "pie" and all(len(pts) <= 2 for pts in reading.series.values())


def _n_values(reading: ChartReading) -> int:
    return sum(len(pts) for pts in reading.series.values())


# A month's name in an axis title ("March 2025", "Sales in Sep"): a fact of calendars, like units.
_MONTH = re.compile(rf"\b{MONTH_NAME}\b")


def _days_of_month(reading: ChartReading) -> None:
    """Categories 1..31 under an axis titled with a month ("March 2025") are that month's days: named as a
    reader says them ("March 3"), so "visitors on March 3" finds its point and "which day" is answered so."""
    m = _MONTH.search(str(reading.attrs.get("x_title") or ""))
    pts = [p for ps in reading.series.values() for p in ps]
    if m is None or reading.chart == "pie" or not pts:
        return
    if all(re.fullmatch(r"\d{1,2}", p.x) and 1 <= int(p.x) <= 31 for p in pts):
        for p in pts:
            p.x = f"{m.group(0)} {int(p.x)}"


# A unit named in an axis title, in brackets or after a comma ("Ride length (km)", "Weight, kg"), and
# the short form people write after a range ("5-10 km"): facts of units, like month names.
_TITLE_UNIT = re.compile(r"(?:\(([^()]{1,12})\)|\[([^\[\]]{1,12})\]|,\s*(\w{1,8}))\s*$")
_SHORT_UNIT = {"minutes": "min", "minute": "min", "mins": "min", "seconds": "s", "secs": "s", "hours": "h",
               "hrs": "h", "milliseconds": "ms", "kilograms": "kg", "kilometres": "km", "kilometers": "km"}


def _bins_in_unit(reading: ChartReading) -> None:
    """A histogram's bins ("5-10") are ranges of the quantity its axis title names: said with its unit
    ("5-10 km"), as a reader answers "which band is the most frequent"."""
    m = _TITLE_UNIT.search(str(reading.attrs.get("x_title") or "").strip())
    pts = [p for ps in reading.series.values() for p in ps]
    if m is None or reading.chart == "pie" or not pts or not all(_BIN.fullmatch(p.x) for p in pts):
        return
    unit = next(g for g in m.groups() if g).strip()
    if unit.startswith("%") or not re.fullmatch(r"[^\W\d]+[^\W\d/ ]*(?:/\w+)?", unit):
        return  # a share or a count of things ("(n)") is no unit to say after a range
    for p in pts:
        p.x = f"{p.x} {_SHORT_UNIT.get(unit.lower(), unit)}"


_BIN = re.compile(BIN_LABEL)


def _name(rgb: Any) -> str | None:
    return colour_name(tuple(float(v) for v in rgb)) if rgb is not None else None


def to_evidence(reading: ChartReading, dx: float = 0.0, dy: float = 0.0) -> list[EvidenceDraft]:
    kind = reading.chart
    extra = {k: v for k, v in reading.attrs.items() if k in ("title", "x_title", "y_title", "legend", "orientation",
                                                             "donut")}
    slice_colours = reading.attrs.get("slice_colours") or {}
    series_colours = reading.attrs.get("series_colours") or {}
    drafts: list[EvidenceDraft] = []
    for name, pts in reading.series.items():
        estimated = any(p.estimated for p in pts)
        conf = 0.7 if estimated else 0.9
        points = [{"x": p.x, "y": p.value, "text": p.text, "box": _shift(p.box, dx, dy).as_list()} for p in pts]
        shown = ", ".join(f"{p.x}={p.text}" for p in pts)
        head = f"{kind} chart" + (f" {reading.attrs['title']!r}" if reading.attrs.get("title") else "")
        drafts.append(
            EvidenceDraft(
                kind="series",
                label=name,
                value=f"{head}: {shown}" + (" (estimated from the axis)" if estimated and kind != "pie" else ""),
                confidence=conf,
                box=_shift(reading.plot, dx, dy),
                attrs={"chart": kind, "points": points, "value_source": reading.source, "estimated": estimated,
                       "colour": _name(series_colours.get(name)), **extra},  # type: ignore[dict-item]
            )
        )
        for p in pts:
            attrs: dict[str, Any] = {"chart": kind, "series": name, "estimated": p.estimated}
            if p.percent is not None:
                attrs["percent"] = p.percent
                attrs["colour"] = _name(slice_colours.get(p.x)) if isinstance(slice_colours, dict) else None
            drafts.append(
                EvidenceDraft(
                    kind="point",
                    label=p.x,
                    value=p.text,
                    number=p.value,
                    box=_shift(p.box, dx, dy),
                    confidence=0.7 if p.estimated else 0.9,
                    attrs=attrs,
                )
            )
    figures = reading.attrs.get("figures")
    return drafts + (_slice_figures(figures, kind) if isinstance(figures, dict) else [])


def _slice_figures(figures: dict[str, str], kind: str) -> list[EvidenceDraft]:
    """A pie's slices that print their own figures beside their names ("Bus — 312"): what each counts, apart
    from its share, and the whole the chart divides (what they add up to)."""
    drafts = [EvidenceDraft(kind="key_value", label=str(name), value=str(printed), number=parse_number(printed),
                            confidence=0.85, attrs={"chart": kind, "slice_figure": True})
              for name, printed in figures.items()]
    values = [v for p in figures.values() if (v := parse_number(str(p))) is not None]
    if values and len(values) == len(figures):
        grouped = any("," in str(p) for p in figures.values()) and all(v == int(v) for v in values)
        total = f"{sum(values):,.0f}" if grouped else format_number(sum(values))
        drafts.append(EvidenceDraft(kind="key_value", label="total of all slices (sum, overall, altogether)",
                                    value=total, number=sum(values), confidence=0.8, attrs={"chart": kind}))
    return drafts


class ChartArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the chart; whole image if omitted")


@tool()
def chart(ctx: ToolContext, args: ChartArgs) -> ToolResult:
    """Read a chart: vertical/horizontal/grouped/stacked bars, line charts or pies/donuts. Gives one series per
    legend entry and one point per value (category, value, series), with chart title and axis titles; values
    printed on the chart are used as printed, others are read off the axis (or slice angles) and marked
    estimated."""
    if args.region is None and (panels := _panels_read(ctx)):
        drafts = [d for r, dx, dy in panels for d in to_evidence(r, dx, dy)]
        n = sum(len(p) for r, _, _ in panels for p in r.series.values())
        kinds = ", ".join(r.chart for r, _, _ in panels)
        return ToolResult(evidence=drafts, summary=f"{len(panels)} plots ({kinds}), {n} values")
    found = _read_in(ctx, args.region)
    # (a value or two a series over the whole window may be its palette or toolbar: the picture is tried too)
    if args.region is None and (found is None or _few_bars(found[0])):
        # a chart shown inside a window (an image viewer, a paint program, a report page): the window's
        # palettes and toolbars hide its axes, the picture's own panel does not
        lines = read_lines(ctx)
        found = next((r for box in figure_panels(ctx.array) if _ticked(box, lines)
                      and (r := _read_in(ctx, box)) is not None), None) or found
    if found is None:
        return ToolResult(summary="no bar, line or pie chart found")
    reading, dx, dy = found
    drafts = to_evidence(reading, dx, dy)
    n = sum(len(p) for p in reading.series.values())
    return ToolResult(
        evidence=drafts,
        summary=f"{reading.chart} chart, {len(reading.series)} series, {n} values from {reading.source}",
    )


def _panels_read(ctx: ToolContext) -> list[tuple[ChartReading, float, float]]:
    """A figure of two to four plots, each read on its own; a plot's lone unnamed series takes the plot's
    title as its name ("Daily check-ins"), so each value is told by what it measures."""
    read = [r for box in plot_panels(ctx.array) if (r := _read_in(ctx, box, whole=True)) is not None]
    if len(read) < 2:
        return []
    for reading, _, _ in read:
        title = reading.attrs.get("title")
        if title and list(reading.series) == [None]:
            reading.series = {str(title): reading.series[None]}
            colours = reading.attrs.get("series_colours")
            if isinstance(colours, dict) and None in colours:
                colours[str(title)] = colours.pop(None)
    return read


def figure_panels(arr: np.ndarray) -> list[Box]:
    """Rectangles of one of the image's commonest colours (a picture's own ground, a canvas) large enough to
    hold a chart — a fifth of the image or more, not all of it (a title bar's strip at least left out) —
    tightest first, at most two: each a chance
    for a chart that the whole window hid. Measured at half size, in the charts' quantised colours."""
    h, w = arr.shape[:2]
    packed = quantise(np.ascontiguousarray(arr[::2, ::2, :3]))
    keys, counts = np.unique(packed[::4, ::4], return_counts=True)
    boxes: list[Box] = []
    for key in keys[np.argsort(-counts)[:3]]:
        contours, _ = cv2.findContours((packed == key).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for cnt in contours:
            x, y, bw, bh = (2 * v for v in cv2.boundingRect(cnt))
            # (nearly all of it, too, when a strip is left out: a plot window's canvas under its title bar)
            inset = max(y, x, h - y - bh, w - x - bw) >= 16
            filled = 4 * cv2.contourArea(cnt) >= 0.9 * bw * bh
            if 0.2 * w * h <= bw * bh <= (0.98 if inset else 0.85) * w * h and bw >= 200 and bh >= 150 and \
                    (filled or _framed(packed == key, x // 2, y // 2, bw // 2, bh // 2)):
                boxes.append(Box(x0=x, y0=y, x1=min(w, x + bw), y1=min(h, y + bh)))
    return sorted(boxes, key=lambda b: b.w * b.h)[:2]


def _framed(mask: np.ndarray, x: int, y: int, w: int, h: int, band: int = 3) -> bool:
    """The rectangle's rim is of the colour all round: a page whose plot frame runs to one edge (a margin of a
    pixel or two) parts the colour's region into a ring open on that side, yet the page is one panel."""
    sub = mask[y : y + h, x : x + w]
    rim = np.concatenate([sub[:band].ravel(), sub[-band:].ravel(), sub[:, :band].ravel(), sub[:, -band:].ravel()])
    return bool(rim.mean() >= 0.85)


_TICK = re.compile(r"[-−]?[$€£]?\d[\d.,]*\s?[%kKMB]?")


def _ticked(box: Box, lines: list[OcrLine]) -> bool:
    """The panel's text looks like a chart's: a few lines, three or more of them bare figures (an axis's ticks,
    a pie's shares), and those a fair part of all."""
    inside = [ln for ln in lines if box.x0 <= ln.box.cx <= box.x1 and box.y0 <= ln.box.cy <= box.y1]
    ticks = sum(bool(_TICK.fullmatch(ln.text.strip())) for ln in inside)
    return len(inside) <= 80 and ticks >= 3 and ticks >= 0.25 * len(inside)


def _read_in(ctx: ToolContext, region: Box | None, whole: bool = False) -> tuple[ChartReading, float, float] | None:
    """The chart read from the region (the whole image when None) and the region's offset; `whole` keeps
    only texts wholly inside it (a figure's title over several plots belongs to none of them)."""
    lines = read_lines(ctx)
    arr = ctx.array
    dx = dy = 0.0
    if region is not None:
        r = ctx.clip(region)
        dx, dy = float(int(r.x0)), float(int(r.y0))
        arr = arr[int(r.y0) : int(r.y1), int(r.x0) : int(r.x1)]
        lines = [
            ln.model_copy(update={"box": _shift(ln.box, -dx, -dy)})
            for ln in lines
            if r.x0 <= ln.box.cx <= r.x1 and r.y0 <= ln.box.cy <= r.y1
            and (not whole or (ln.box.x0 >= r.x0 - 4 and ln.box.x1 <= r.x1 + 4))
        ]

    def reread(box: Box) -> list[OcrLine]:
        got = read_lines(ctx, _shift(box, dx, dy), scale=2.0)
        return [ln.model_copy(update={"box": _shift(ln.box, -dx, -dy)}) for ln in got]

    def read_turned(box: Box) -> str:
        r = ctx.clip(_shift(box, dx, dy))
        strip = ctx.image.crop((int(r.x0), int(r.y0), int(r.x1), int(r.y1))).transpose(Image.Transpose.ROTATE_270)
        return " ".join(ln.text for ln in read_lines(ToolContext(strip, ctx.engines)))

    reading = read_chart(np.ascontiguousarray(arr[..., :3]), lines, reread, read_turned)
    return (reading, dx, dy) if reading is not None else None
