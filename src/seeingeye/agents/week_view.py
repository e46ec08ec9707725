"""A calendar's week (or work-week) view as records: day headers across the top ("Mon 3", "Tue 4"), each
over its column of events, an event a block whose title stands over its time range ("Pottery" over
"18:00 – 19:30"). One row per event (title, day, start, end, duration), so "when is pottery" and "what
day is the review" are look-ups and "how long is the vet visit" reads the computed duration. Geometric, no
model; None when the lines are no week view."""

from __future__ import annotations

import re

from ..sir import Evidence
from .calendar_grid import FULL_DAY, WEEKDAY, labels_in_a_row
from .tabular import Records, Row, make_records

# "Tue 14", "Tuesday 14.10", "Wed": a day's header
_DAY_HEAD = re.compile(r"^(?P<day>[A-Za-z]{3,9}\.?)(?:\s+\d{1,2}(?:[./]\d{1,2})?\.?)?$")
# (OCR may drop the dash between the times, or glue it to the second: "13:00  14:15", "09:45 -11:00")
_TIMES = r"(?P<a>\d{1,2})[:.](?P<am>\d{2})\s*(?:[–—-]\s*|\s+)(?P<b>\d{1,2})[:.](?P<bm>\d{2})$"
_RANGE = re.compile(rf"^{_TIMES}")
# ...or the title and the range on one line ("Kiln firing 10:00–12:30", "Yoga · 07:30 – 08:15"), the place under
_START = re.compile(r"^(?P<a>\d{1,2})[:.](?P<am>\d{2})$")  # a start printed alone, its title under it
_TITLED = re.compile(rf"^(?P<title>\S.*?)(?:\s[·•–—-]\s*|\s+){_TIMES}")


def _heads(lines: list[Evidence]) -> list[Evidence]:
    """Three or more day headers on one row, left to right."""
    return labels_in_a_row(lines, lambda t: bool((m := _DAY_HEAD.match(t)) and WEEKDAY.match(m.group("day"))), 3)


def _duration(m: re.Match[str]) -> str:
    minutes = (int(m["b"]) * 60 + int(m["bm"])) - (int(m["a"]) * 60 + int(m["am"]))
    if minutes <= 0:
        return ""
    hours = minutes / 60
    return f"{minutes} minutes" if minutes < 60 else f"{hours:g} hours" if hours != 1 else "1 hour"


def _next_to(e: Evidence, boxed: list[Evidence], below: bool) -> Evidence | None:
    """The line just above (or below) an event's line, starting where it starts (OCR's boxes of two tight
    lines may overlap a little)."""
    b = e.box
    assert b is not None
    near = [t for t in boxed if t is not e and t.box is not None and abs(t.box.x0 - b.x0) < b.h
            and not _RANGE.match(t.value.strip()) and not _TITLED.match(t.value.strip())
            and (-0.5 * b.h <= (t.box.y0 - b.y1 if below else b.y0 - t.box.y1) <= 1.5 * b.h)
            and (t.box.cy > b.cy if below else t.box.cy < b.cy)]
    return (min if below else max)(near, key=lambda t: t.box.y1 if t.box else 0.0, default=None)


def _event(e: Evidence, boxed: list[Evidence]) -> tuple[str, re.Match[str], str] | None:
    """(title, time range, place) of an event whose time range this line prints (or its start alone, over its
    title: "09:00" over "Standup")."""
    if (m := _START.match(e.value.strip())) and (title := _next_to(e, boxed, below=True)) is not None:
        return title.value.strip(), m, ""
    if m := _RANGE.match(e.value.strip()):
        title = _next_to(e, boxed, below=False)
        if title is None:
            return None
        place = _next_to(e, boxed, below=True)
        return title.value.strip(), m, place.value.strip() if place is not None else ""
    if m := _TITLED.match(e.value.strip()):
        place = _next_to(e, boxed, below=True)
        return m["title"].strip(" ·•–—-"), m, place.value.strip() if place is not None else ""
    return None


def week_events(lines: list[Evidence]) -> Records | None:
    heads = _heads(lines)
    if not heads:
        return None
    xs = [h.box.cx for h in heads]  # type: ignore[union-attr]
    top = max(h.box.y1 for h in heads)  # type: ignore[union-attr]

    def day_of(x: float) -> Evidence:  # the column whose centre is nearest
        return heads[min(range(len(xs)), key=lambda k: abs(xs[k] - x))]

    boxed = sorted((e for e in lines if e.box is not None and e.box.y0 > top), key=lambda e: e.box.y0)  # type: ignore
    rows: list[Row] = []
    for e in boxed:
        found = _event(e, boxed)
        if found is None:
            continue
        title, m, place = found
        b = e.box
        assert b is not None
        head = day_of(b.cx)
        day = _DAY_HEAD.match(head.value.strip())
        name = FULL_DAY.get(day.group("day")[:3].lower(), head.value.strip()) if day else head.value.strip()
        ranged = "b" in m.re.groupindex
        start, end = f"{m['a']}:{m['am']}", f"{m['b']}:{m['bm']}" if ranged else ""
        rows.append(Row([title, name, start, end, _duration(m) if ranged else "", place, head.value.strip()],
                        [e.id, head.id]))
    if len(rows) < 2:
        return None
    rec = make_records("agenda", ["title (event, appointment, meeting)", "day (weekday)", "start (time, begins, when)",
                                  "end (finishes, ends)", "duration (how long, length)",
                                  "place (where, room, location)", "date (as printed)"], rows)
    if rec is not None:
        rec.key = 0
        rec.columns[2].type = rec.columns[3].type = "time"
    return rec
