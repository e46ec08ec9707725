"""A weather forecast strip as records: days named across the top (Thu Fri Sat ...), each over its
temperatures ("27° 22°": the high, then the low) and its chance of rain ("75%"). One row per day, so "the
high on Saturday" is a look-up and "which day is wettest" an extreme. Geometric reading of records the
header reader made; None when the columns are no days."""

from __future__ import annotations

import re

from ..sir import Evidence
from .calendar_grid import WEEKDAY, labels_in_a_row
from .tabular import Records, Row, make_records

_DEGREES = re.compile(r"(-?\d+(?:[.,]\d)?)\s*°")
# a chance of rain alone or after its word ("75%", "Rain 60%")
_PERCENT = re.compile(r"(?:^|^[^\W\d]+\s)\s*(\d{1,3})\s*%\s*$")


# Days a forecast names besides the weekdays (facts of the calendar, like the weekday names)
_NEAR_DAY = re.compile(r"^(?:today|tonight|tomorrow)\b", re.I)


def forecast(rec: Records) -> Records | None:
    """Days as rows, when at least four columns are headed by weekday names (a strip across) or four rows are
    named by them (a list down a widget), and their cells print temperatures in degrees."""
    days = [(c.name.strip(), [r.cells[j] for r in rec.rows if j < len(r.cells)], [i for r in rec.rows for i in r.ids])
            for j, c in enumerate(rec.columns) if WEEKDAY.match(c.name.strip())]
    if len(days) < 4:
        days = [(r.cells[rec.key].strip(), [c for j, c in enumerate(r.cells) if j != rec.key], r.ids)
                for r in rec.rows if rec.key < len(r.cells) and _day(r.cells[rec.key])]
    if len(days) < 4:
        return None
    return _records(days)


def day_strip(lines: list[Evidence]) -> Records | None:
    """Day cards side by side: four or more weekday names on one row, each over the lines of its own column
    (the space between two names' centres parts them), down to the next row of day names. Geometric: a card's
    figures stay its own however the layout grouped the rows (OCR may read one card's "12°" as "12")."""
    strip = labels_in_a_row(lines, lambda t: len(t.split()) == 1 and _day(t), 4)
    if not strip:
        return None
    top = strip[0].box.y1  # type: ignore[union-attr]
    # (down to the next row of day names, a second week's)
    bottom = min((e.box.y0 for e in lines if e.box is not None and e.box.y0 > top + strip[0].box.h  # type: ignore
                  and len(e.value.split()) == 1 and _day(e.value)), default=float("inf"))
    xs = [e.box.cx for e in strip]  # type: ignore[union-attr]
    days = []
    for k, day in enumerate(strip):
        x0 = (xs[k - 1] + xs[k]) / 2 if k else xs[0] - (xs[1] - xs[0]) / 2
        x1 = (xs[k] + xs[k + 1]) / 2 if k + 1 < len(xs) else xs[k] + (xs[k] - xs[k - 1]) / 2
        inside = sorted((e for e in lines if e.box is not None and top <= e.box.cy < bottom and x0 <= e.box.cx < x1
                         and e.box.x0 >= x0 - 4 and e.box.x1 <= x1 + 4), key=lambda e: e.box.cy)  # type: ignore
        days.append((day.value.strip(), [e.value.strip() for e in inside], [day.id, *(e.id for e in inside)]))
    return _records(days)


def _records(days: list[tuple[str, list[str], list[str]]]) -> Records | None:
    rows: list[Row] = []
    for day, cells, ids in days:
        # (joined: OCR may set a degree sign apart from its figure, "8 °"; a card that prints degrees may lose
        # one sign: its other bare figure of two digits is a temperature too)
        temps = [float(t.replace(",", ".")) for t in _DEGREES.findall(" ".join(cells))]
        if temps:
            temps += [float(c) for c in cells if re.fullmatch(r"-?\d{1,2}", c)]
        rain = next((m.group(1) + "%" for c in cells if (m := _PERCENT.search(c))), "")
        words = "; ".join(c for c in cells if c and not re.search(r"\d|°", c) and not _PERCENT.search(c))
        if not temps:
            continue
        rows.append(Row([day, _degrees(max(temps)), _degrees(min(temps)), rain, words], ids))
    if len(rows) < 4:
        return None
    out = make_records("forecast", ["day (weekday)", "high (max temperature, warmest)",
                                    "low (min temperature, coldest)", "chance of rain (precipitation)",
                                    "conditions (weather)"], rows)
    if out is not None:
        out.key = 0
    return out


def _day(text: str) -> bool:
    return bool(WEEKDAY.match(text.strip()) or _NEAR_DAY.match(text.strip()))


def _degrees(t: float) -> str:
    return f"{t:g}°"
