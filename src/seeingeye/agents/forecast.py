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


def forecast(rec: Records) -> Records | None:
    """Days as rows, when at least four of the columns are headed by weekday names and the cells under
    them print temperatures in degrees."""
    days = [j for j, c in enumerate(rec.columns) if WEEKDAY.match(c.name.strip())]
    if len(days) < 4:
        return None
    rows: list[Row] = []
    for j in days:
        cells = [r.cells[j] for r in rec.rows if j < len(r.cells)]
        temps = [float(t.replace(",", ".")) for c in cells for t in _DEGREES.findall(c)]
        rain = next((m.group(1) + "%" for c in cells if (m := _PERCENT.match(c))), "")
        words = "; ".join(c for c in cells if c and not _DEGREES.search(c) and not _PERCENT.match(c))
        if not temps:
            continue
        hi, lo = _degrees(max(temps)), _degrees(min(temps))
        rows.append(Row([rec.columns[j].name.strip(), hi, lo, rain, words], [i for r in rec.rows for i in r.ids]))
    if len(rows) < 4:
        return None
    out = make_records("forecast", ["day (weekday)", "high (max temperature, warmest)",
                                    "low (min temperature, coldest)", "chance of rain (precipitation)",
                                    "conditions (weather)"], rows)
    if out is not None:
        out.key = 0
    return out


def _degrees(t: float) -> str:
    return f"{t:g}°"
