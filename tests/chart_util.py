"""Reading a generated chart and scoring it against the data it was drawn from (shared by the chart tests)."""

from __future__ import annotations

from seeingeye.eval.synth_charts import ChartSample
from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def read_chart(sample: ChartSample) -> tuple[list, list]:
    """The chart tool's series and point evidence on the sample."""
    res = TOOLS.get("chart")(ToolContext(image=sample.image, engines=ENGINES))
    return [e for e in res.evidence if e.kind == "series"], [e for e in res.evidence if e.kind == "point"]


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def share_right(sample: ChartSample, points: list) -> float:
    """Share of the drawn values read within tolerance, each under its own label and (several series) legend
    series: printed values to rounding, estimated ones to 2.1% of the value span, pie shares to 1 point."""
    pies = sample.style in ("pie", "donut")
    vals = [v for s in sample.truth.values() for v in s.values()]
    span = 100.0 if pies else max(vals) - min(0.0, min(vals))
    tol = 1.01 if pies else (0.051 if sample.values_printed else 0.021 * span)
    single = len(sample.truth) == 1
    right = total = 0
    for name, values in sample.truth.items():
        for label, value in values.items():
            total += 1
            got = [p.number for p in points if _norm(p.label) == _norm(label)
                   and (single or _norm(p.attrs["series"]) == _norm(name))]
            right += bool(got) and abs(got[0] - value) <= tol
    return right / total
