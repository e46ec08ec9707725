"""Lollipop and dot charts: one round marker per category, the categories named in a column beside the plot.

Each marker stands where a bar would end; it is read as a bar from a common edge to the marker's centre, so
the bar reader assigns its category, its printed value or its value on the axis. (A lollipop's stem is a
thin anti-aliased line no flat-colour region holds; the marker alone says the value.)
"""

from __future__ import annotations

from collections import defaultdict

from .chart_axis import Region
from .ocr import OcrLine


def _markers(regions: list[Region]) -> list[Region]:
    """The largest set (three or more) of round markers of one colour and one size."""
    by_key: dict[int, list[Region]] = defaultdict(list)
    for r in regions:
        if 6 <= r.w <= 40 and abs(r.w - r.h) <= max(2, 0.15 * r.w) and 0.6 <= r.fill <= 0.86:
            by_key[r.key].append(r)
    best = max(by_key.values(), key=len, default=[])
    return best if len(best) >= 3 and max(r.w for r in best) - min(r.w for r in best) <= 3 else []


def _apart(values: list[float], size: float) -> bool:
    v = sorted(values)
    return all(b - a >= 1.2 * size for a, b in zip(v, v[1:], strict=False))


def dots_as_bars(regions: list[Region], lines: list[OcrLine]) -> list[Region]:
    """Markers each on a row of its own with a category name left of the whole plot (or each in a column
    with its name under the plot), as bars from the plot's edge to the marker's centre; none otherwise."""
    dots = _markers(regions)
    if not dots:
        return []
    size = max(r.h for r in dots)
    words = [ln for ln in lines if any(c.isalpha() for c in ln.text)]
    if _apart([r.cy for r in dots], size):  # one row each: horizontal
        names = [next((ln for ln in words if abs(ln.box.cy - r.cy) <= 0.5 * size and ln.box.x1 < r.x0), None)
                 for r in dots]
        left = min(r.x0 for r in dots)
        if sum(n is not None for n in names) < 0.8 * len(dots) or any(n and n.box.x1 >= left for n in names):
            return []
        edge = max(n.box.x1 for n in names if n is not None) + 2
        return [Region(x0=int(edge), y0=r.y0, x1=int(r.cx) + 1, y1=r.y1, area=(int(r.cx) + 1 - int(edge)) * r.h,
                       rgb=r.rgb, key=r.key) for r in dots]
    if _apart([r.cx for r in dots], size):  # one column each: vertical
        names = [next((ln for ln in words if abs(ln.box.cx - r.cx) <= max(size, 0.5 * ln.box.w)
                       and ln.box.y0 > r.y1), None) for r in dots]
        low = max(r.y1 for r in dots)
        if sum(n is not None for n in names) < 0.8 * len(dots) or any(n and n.box.y0 <= low for n in names):
            return []
        edge = min(n.box.y0 for n in names if n is not None) - 2
        return [Region(x0=r.x0, y0=int(r.cy), x1=r.x1, y1=int(edge), area=(int(edge) - int(r.cy)) * r.w,
                       rgb=r.rgb, key=r.key) for r in dots]
    return []
