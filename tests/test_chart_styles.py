"""The chart tool on the looks real charts have beyond matplotlib's defaults (synth_charts.VARIANTS):
bars below a zero line, slanted category labels, grey series, exploded pies, style sheets with grids and
dark backgrounds. Each value must come with its category label and legend series."""

from __future__ import annotations

import functools
import random

import pytest

from seeingeye.eval.synth_charts import ChartSample, chart
from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


@functools.cache
def _sample(style: str, variant: str, printed: bool, seed: int) -> ChartSample:
    return chart(random.Random(seed), style, printed, variant)


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def _points(sample: ChartSample) -> list:
    res = TOOLS.get("chart")(ToolContext(image=sample.image, engines=ENGINES))
    return [e for e in res.evidence if e.kind == "point"]


def _share_read(sample: ChartSample) -> float:
    points = _points(sample)
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


@pytest.mark.parametrize(
    ("style", "variant", "printed", "seed"),
    [
        ("bar", "negative", True, 101),  # a bar hanging below the zero line keeps its sign and label
        ("line", "rotated", False, 1100),  # 45° labels tied to the points under their top ends
        ("pie", "exploded", True, 101),  # slices pulled out of the disc
        ("line", "grey", False, 1100),  # a grey series next to coloured ones
        ("grouped_bar", "theme", False, 100),
    ],
)
def test_chart_variants_read_with_labels_and_series(style: str, variant: str, printed: bool, seed: int) -> None:
    sample = _sample(style, variant, printed, seed)
    assert _share_read(sample) >= 0.85, (sample.truth, [(p.label, p.attrs["series"], p.number)
                                                        for p in _points(sample)])


def test_negative_bar_is_read_below_zero() -> None:
    sample = _sample("bar", "negative", True, 101)
    negative = {lab for lab, v in sample.truth[None].items() if v < 0}
    assert negative
    got = {_norm(p.label): p.number for p in _points(sample)}
    assert all(got.get(_norm(lab), 0) < 0 for lab in negative)


def test_unknown_variant_is_refused() -> None:
    with pytest.raises(ValueError, match="no variant"):
        chart(random.Random(1), "pie", True, "negative")
