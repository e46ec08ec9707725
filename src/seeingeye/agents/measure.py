"""Measuring with a scale bar: a printed length ('1 cm', '5 m') beside a thin bar gives pixels per unit;
a shape's sides are then read like a ruler, to the nearest half unit (strokes and anti-aliasing make raw
pixel ratios a few per cent off), and its width, height or area follow."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from ..textutil import format_number

_LENGTH = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mm|cm|m|km|in|ft|yd|mi|µm|nm)\s*$", re.I)
_AREA_UNIT = re.compile(r"(mm|cm|m|km|in|ft|yd|mi)\s*(?:²|\^2)|\bsquare\s+(mm|cm|m|km|in|ft|yd|mi|\w+)", re.I)


def area_unit(text: str) -> str | None:
    """The unit of area a text names (cm², m^2, square metres), as written: a unit fact, not a phrasing."""
    m = _AREA_UNIT.search(text)
    return m.group(0) if m else None


def scale(sir: SIR) -> tuple[float, str, Evidence] | None:
    """(pixels per unit, unit, the bar) from a printed length and the thinnest long shape nearest it."""
    labels = [(e, m) for e in sir.by_kind("text", "number") if e.box is not None and (m := _LENGTH.search(e.value))]
    # End ticks make a bar's box taller: twice as wide as tall is enough beside a printed length.
    bars = [e for e in sir.by_kind("shape") if e.box is not None and e.box.w >= 2 * max(e.box.h, 1)]
    if not labels or not bars:
        return None
    e, m = labels[0]
    bar = min(bars, key=lambda b: abs(b.box.cy - e.box.cy) + abs(b.box.x1 - e.box.x0))  # type: ignore[union-attr]
    length = float(m.group(1).replace(",", "."))
    return bar.box.w / length, m.group(2), bar  # type: ignore[union-attr]


def measure(sir: SIR, quantity: str = "area") -> tuple[str, list[str]] | None:
    """Width, height or area of the largest non-bar shape in scale units, with the evidence ids used."""
    s = scale(sir)
    if s is None:
        return None
    per_unit, _, bar = s
    shapes = [e for e in sir.by_kind("shape") if e.box is not None and e.id != bar.id]
    if not shapes:
        return None
    big = max(shapes, key=lambda e: e.box.w * e.box.h)  # type: ignore[union-attr]
    w, h = (round(2 * v / per_unit) / 2 for v in (big.box.w, big.box.h))  # type: ignore[union-attr]
    value = {"width": w, "height": h, "length": max(w, h)}.get(quantity, w * h)
    return format_number(value), [big.id, bar.id]
