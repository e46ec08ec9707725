"""A month calendar as records: the weekday header (Mon ... Sun) over a grid of day numbers, each day's
events printed in its cell under its number. Two records: the days (day, weekday, events) and the events
(event, day, weekday), so "what's on the 21st", "which weekday is the 1st" and "how many events this
month" are a look-up, a look-up and a count. Geometric, no model; None when the lines are no calendar."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from ..sir import Evidence
from .tabular import Records, Row, make_records

# Weekday names as calendars print them (a lexicon of facts, like units).
WEEKDAY = re.compile(r"(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?$")
_DAY = re.compile(r"^\d{1,2}$")
_MONTH = re.compile(r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\b")
FULL_DAY = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}


def labels_in_a_row(lines: list[Evidence], named: Callable[[str], bool], least: int, reach: float = 0.5
                    ) -> list[Evidence]:
    """The most lines `named` accepts on one printed row (centres within `reach` of a line's height), left to
    right, when there are `least` or more: a calendar's weekday header, a forecast's days, a week view's."""
    found = [e for e in lines if e.box is not None and named(e.value.strip())]
    best: list[Evidence] = []
    for e in found:
        row = [o for o in found if abs(o.box.cy - e.box.cy) < reach * e.box.h]  # type: ignore[union-attr]
        best = row if len(row) > len(best) else best
    return sorted(best, key=lambda o: o.box.cx) if len(best) >= least else []  # type: ignore[union-attr]


def _header(lines: list[Evidence]) -> list[Evidence]:
    """Five or more weekday names on one row."""
    return labels_in_a_row(lines, lambda t: bool(WEEKDAY.match(t)), 5, reach=1.0)


def _month(lines: list[Evidence], top: float) -> str | None:
    """The month the grid shows, named above its weekday header ("June 2026"): an event's date is "June 14"."""
    above = sorted((e for e in lines if e.box is not None and e.box.y1 <= top and _MONTH.search(e.value)),
                   key=lambda e: -(e.box.h if e.box is not None else 0.0))
    return (m.group(1).capitalize() if above and (m := _MONTH.search(above[0].value)) else None)


def month_grid(lines: list[Evidence]) -> list[Records]:
    head = _header(lines)
    if not head:
        return []
    top = max(e.box.y1 for e in head if e.box is not None)
    centres = [e.box.cx for e in head if e.box is not None]
    pitch = statistics.median(b - a for a, b in zip(centres, centres[1:], strict=False))
    days = [e for e in lines if e.box is not None and e.box.y0 > top and _DAY.match(e.value.strip())
            and 1 <= int(e.value) <= 31]
    if len(days) < 20:
        return []
    days.sort(key=lambda d: int(d.value))  # in the month's order: "the last thing this month" is the 30th's

    def column(x: float) -> int:  # the cell a point lies in: cells are a pitch wide around their names
        return int((x - (centres[0] - pitch / 2)) // pitch)

    def weekday(e: Evidence) -> str:  # a day's number sits anywhere in its cell (left, right, centred)
        k = min(max(column(e.box.cx if e.box is not None else 0.0), 0), len(head) - 1)
        name = head[k].value.strip()
        return FULL_DAY.get(name[:3].lower(), name)  # "Wed" is Wednesday, as people name it

    # the grid ends a week's height under its last row of day numbers (a button bar below is no cell of it)
    weeks = sorted({round(d.box.y0) for d in days if d.box is not None})
    steps = [b - a for a, b in zip(weeks, weeks[1:], strict=False) if b - a > 0.5 * pitch / 3]
    bottom = weeks[-1] + (statistics.median(steps) if steps else float("inf"))
    events: dict[str, list[Evidence]] = {d.id: [] for d in days}
    for e in lines:
        if e.box is None or e.box.y0 <= top or e.box.cy > bottom or e in days or _DAY.match(e.value.strip()):
            continue
        # an event's chip starts at its cell's left: the day above it in that cell owns it
        owners = [d for d in days if d.box is not None and d.box.y0 <= e.box.y0 + 2
                  and column(d.box.cx) == column(e.box.x0 + 2)]
        if owners:
            events[max(owners, key=lambda d: (d.box.y0, d.box.x0) if d.box else (0.0, 0.0)).id].append(e)
    by_day = [Row([d.value.strip(), weekday(d), "; ".join(x.value.strip() for x in events[d.id])],
                  [d.id, *(x.id for x in events[d.id])]) for d in days]
    month = _month(lines, top)
    listed = [Row([x.value.strip(), f"{month} {d.value.strip()}" if month else d.value.strip(), weekday(d)],
                  [x.id, d.id]) for d in days for x in events[d.id]]
    out = []
    if (rec := make_records("calendar", ["day (date of the month)", "weekday (day of the week)",
                                         "events (appointments, plans, what is on that day)"], by_day)) is not None:
        rec.key, rec.content = 0, 2
        out.append(rec)
    names = ["event", "day (date)", "weekday (day of the week)"]
    if listed and (ev := make_records("events", names, listed)) is not None:
        ev.key = 0
        out.append(ev)
    return out
