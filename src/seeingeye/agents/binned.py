"""Totals over a histogram's bins: "how many weighed 12 kg or more" adds the bars of the bins past 12."""

from __future__ import annotations

from collections import defaultdict

from ..sir import SIR
from ..textutil import format_number
from .bounds import bin_range
from .extract import Candidate
from .question import QuestionAnalysis
from .structure import Point, chart_points


def _histograms(sir: SIR) -> list[list[tuple[Point, tuple[float, float]]]]:
    """Each series whose every category is a bin ("5-10 km"), its points with their edges."""
    by_series: dict[str | None, list[Point]] = defaultdict(list)
    for p in chart_points(sir):
        by_series[p.series].append(p)
    out = []
    for pts in by_series.values():
        edges = [bin_range(p.label) for p in pts]
        if len(pts) >= 3 and all(e is not None for e in edges):
            out.append([(p, e) for p, e in zip(pts, edges, strict=True) if e is not None])
    return out


def binned_total(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """The sum of the bins the question's bounds take in whole; none when no single histogram fits."""
    if qa.bounds is None:
        return []
    lo, hi = qa.bounds
    found = _histograms(sir)
    if len(found) != 1:  # several series of bins: which one is counted is not said
        return []
    bins = found[0]
    inside = [p for p, (a, b) in bins if a >= lo - 1e-9 and b <= hi + 1e-9]
    # a bound inside a bin ("over 45" of 40-50 bins) is no sum of whole bars: no answer rather than a wrong one
    straddled = any(a < lo < b or a < hi < b for _, (a, b) in bins)
    if not inside or straddled:
        return []
    total = sum(p.number for p in inside)
    return [Candidate(format_number(total), 0.9, True, [p.id for p in inside][:10], "binned", conf=0.8)]
