"""A weather forecast strip as records: days named across the top (Thu Fri Sat ...), each over its
temperatures ("27° 22°": the high, then the low) and its chance of rain ("75%"). One row per day, so "the
high on Saturday" is a look-up and "which day is wettest" an extreme. Geometric reading of records the
header reader made; None when the columns are no days."""

from __future__ import annotations

import re

from .calendar_grid import WEEKDAY
from .tabular import Records, Row, make_records

_DEGREES = re.compile(r"(-?\d+(?:[.,]\d)?)\s*°")
_PERCENT = re.compile(r"^\s*(\d{1,3})\s*%\s*$")


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
    rows: list[Row] = []
    for day, cells, ids in days:
        # (joined: OCR may set a degree sign apart from its figure, "8 °")
        temps = [float(t.replace(",", ".")) for t in _DEGREES.findall(" ".join(cells))]
        rain = next((m.group(1) + "%" for c in cells if (m := _PERCENT.match(c))), "")
        words = "; ".join(c for c in cells if c and not re.search(r"\d|°", c) and not _PERCENT.match(c))
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
