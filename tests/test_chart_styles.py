"""The chart tool on the looks real charts have beyond matplotlib's defaults (synth_charts.VARIANTS):
bars below a zero line, slanted category labels, grey series, exploded pies, style sheets with grids and
dark backgrounds. Each value must come with its category label and legend series."""

from __future__ import annotations

import functools
import random

import pytest
from chart_util import read_chart, share_right

from seeingeye.eval.synth_charts import ChartSample, chart


@functools.cache
def _sample(style: str, variant: str, printed: bool, seed: int) -> ChartSample:
    return chart(random.Random(seed), style, printed, variant)


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def _points(sample: ChartSample) -> list:
    return read_chart(sample)[1]


def _share_read(sample: ChartSample) -> float:
    return share_right(sample, _points(sample))


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
