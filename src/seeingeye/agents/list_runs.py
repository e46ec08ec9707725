"""A run of like lines stacked at one pitch: a sidebar's folders, a menu, a list of names. Each line is an entry
beside the others, so the one under a line is the next entry, never that line's value (a form prints a label
over its value, and the pair differs in print or in spacing from the pair below it)."""

from __future__ import annotations

from ..sir import Evidence

RUN = 4  # lines at one pitch, printed alike, that make a list


def _alike(a: Evidence, b: Evidence) -> bool:
    """Printed alike and aligned: the same ink and weight, heights within a fifth, left edges within half a line."""
    if a.box is None or b.box is None:
        return False
    h = max(a.box.h, b.box.h)
    return (abs(a.box.h - b.box.h) <= 0.2 * h and abs(a.box.x0 - b.box.x0) <= 0.5 * h
            and a.attrs.get("ink") == b.attrs.get("ink") and bool(a.attrs.get("bold")) == bool(b.attrs.get("bold")))


def _next(line: Evidence, lines: list[Evidence], step: int) -> Evidence | None:
    """The like line nearest below (step 1) or above (step -1)."""
    b = line.box
    assert b is not None
    found = [o for o in lines if o is not line and o.box is not None and _alike(o, line)
             and (o.box.cy - b.cy) * step > 0.5 * b.h and abs(o.box.cy - b.cy) < 3.0 * b.h]
    return min(found, key=lambda o: abs(o.box.cy - b.cy), default=None)  # type: ignore[union-attr]


def in_run(upper: Evidence, lower: Evidence, lines: list[Evidence]) -> bool:
    """`upper` and `lower` are neighbours in a run of at least RUN like lines at one pitch."""
    if upper.box is None or lower.box is None or not _alike(upper, lower):
        return False
    pitch = lower.box.cy - upper.box.cy
    run, tol = [upper, lower], 0.25 * max(upper.box.h, lower.box.h)
    for end, step in ((lower, 1), (upper, -1)):
        while (o := _next(end, lines, step)) is not None and o.box is not None and end.box is not None \
                and abs(abs(o.box.cy - end.box.cy) - pitch) <= tol and o not in run:
            run.append(o)
            end = o
    return len(run) >= RUN
