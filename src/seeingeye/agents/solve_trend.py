"""Which way a series runs over the page's order (a line chart's months, a table's years): rising, falling or
flat, read from a least-squares slope over all its values rather than from the first and last alone (one
dip at the end does not turn a year's climb). The question's own words for the directions ("climbing or
sliding?") are matched to the direction by meaning, and the answer is given in them."""

from __future__ import annotations

import numpy as np

from ..sir import SIR
from ..textutil import parse_number
from . import records as R
from .extract import Candidate
from .match import Matcher
from .question import QuestionAnalysis

# The three directions a series can take, in words (facts about the words, not cues for what is asked): an
# option of the question is read as the direction whose words it matches best.
DIRECTIONS = ("rising (going up, increasing, growing, climbing, higher, more, gaining)",
              "falling (going down, decreasing, shrinking, dropping, lower, less, declining)",
              "flat (steady, stable, unchanged, level, the same, constant)")
ANSWERS = ("increasing", "decreasing", "flat")
_FLAT = 0.05  # a fitted change over the whole series below this share of its scale is no direction
_MIN_POINTS = 3


def slope_direction(values: list[float]) -> int:
    """0 rising, 1 falling, 2 flat: the sign of the least-squares slope, flat when the fitted change over the
    series is small against the series' own size."""
    y = np.asarray(values, float)
    x = np.arange(len(y), dtype=float)
    slope = float(np.polyfit(x, y, 1)[0])
    scale = max(float(np.abs(y).mean()), float(y.max() - y.min()), 1e-9)
    change = slope * (len(y) - 1) / scale
    return 2 if abs(change) < _FLAT else (0 if change > 0 else 1)


def _numeric(rec: R.Records, j: int) -> list[float] | None:
    vals = [parse_number(r.cells[j]) if j < len(r.cells) else None for r in rec.rows]
    got = [v for v in vals if v is not None]
    return got if len(got) >= _MIN_POINTS and len(got) >= 0.8 * len(vals) else None


def _across(rec: R.Records, row: R.Row) -> list[float] | None:
    """A row's figures left to right, when three or more of its columns besides its name hold figures."""
    vals = [v for j, c in enumerate(row.cells) if j != rec.key and (v := parse_number(c)) is not None]
    return vals if len(vals) >= _MIN_POINTS and len(vals) >= 0.6 * (len(row.cells) - 1) else None


def named_series(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> tuple[list[float], list[str], float] | None:
    """The values of the series the question names (a column of a table or chart read down its rows), with
    their evidence and how well the name matched; the only series when the question names none."""
    found: list[tuple[float, list[float], list[str]]] = []
    name = qa.column or qa.row or qa.target
    for rec in R.build(sir):
        if rec.kind in ("key_value", "list", "toc"):
            continue
        for j, col in enumerate(rec.columns):
            if j == rec.key or (vals := _numeric(rec, j)) is None:
                continue
            score = float(m.scores(name, [col.name])[0]) if name else 0.0
            found.append((score, vals, [i for r in rec.rows for i in r.ids][:10]))
        for row in rec.rows:  # a row across periods (a report card's subject over its terms)
            if (vals := _across(rec, row)) is not None:
                score = float(m.scores(name, [rec.label(row)])[0]) if name else 0.0
                found.append((score, vals, row.ids[:10]))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    best = found[0]
    distinct = {tuple(f[1]) for f in found}
    if best[0] < 0.5 and len(distinct) > 1:
        return None  # several series and none named: no guess at which runs which way
    return best[1], best[2], best[0]


def _option_direction(option: str, m: Matcher) -> tuple[int, float]:
    """The direction an option's words mean, and by how much it beats the next best."""
    s = m.scores(option, list(DIRECTIONS))
    order = np.argsort(-s)
    return int(order[0]), float(s[order[0]] - s[order[1]])


def marked_change(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> tuple[int, list[str], float] | None:
    """The direction of the change a dashboard marks for the metric the question names (`tools/change_marks`:
    "▲ 6.1%" under "Sessions"), as (direction, evidence, how well the metric matched)."""
    marks = [e for e in sir.by_kind("field") if e.attrs.get("control") == "change_mark" and e.value in ("up", "down")]
    name = qa.column or qa.row or qa.target
    if not marks or not name:
        return None
    s = m.scores(name, [str(e.attrs.get("metric") or e.label or "") for e in marks])
    k = int(np.argmax(s))
    return (0 if marks[k].value == "up" else 1), [marks[k].id], float(s[k])


def trend_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The direction of the named series (or of the change a dashboard marks for the named metric), as one
    of the options the question offers when it offers some, "yes"/"no" when it asks about one direction,
    else in plain words."""
    got = named_series(qa, sir, m)
    found = None if got is None else (slope_direction(got[0]), got[1], got[2])
    if (marked := marked_change(qa, sir, m)) is not None and marked[2] >= 0.5 and (
            found is None or marked[2] > found[2]):
        found = marked
    if found is None:
        return []
    d, ids, named = found
    conf = 0.55 + 0.3 * min(named, 1.0)
    options = [o for o in dict.fromkeys(qa.operands) if o.strip()]
    if len(options) >= 2:
        meant = {o: _option_direction(o, m) for o in options}
        fitting = [o for o in options if meant[o][0] == d and meant[o][1] >= 0.03]
        if len(fitting) != 1:
            return []  # the options name no direction the series took ("wider or narrower")
        return [Candidate(fitting[0], conf, True, ids, "trend", conf=conf)]
    if qa.yesno and options:
        said, margin = _option_direction(options[0], m)
        if margin < 0.03:
            return []
        return [Candidate("yes" if said == d else "no", conf, True, ids, "trend", conf=conf)]
    return [Candidate(ANSWERS[d], conf - 0.1, True, ids, "trend", conf=conf - 0.1)]
