"""The chart tool on generated matplotlib charts of every style: values within tolerance, each tied to its
category/slice label and its legend series; evidence follows the SIR contract (series + point)."""

from __future__ import annotations

import functools
import random

import pytest
from chart_util import read_chart, share_right

from seeingeye.eval.synth_charts import ChartSample, chart
from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


@functools.cache
def _sample(style: str, printed: bool, seed: int) -> ChartSample:
    return chart(random.Random(seed), style, printed)


def _read(sample: ChartSample) -> tuple[list, list]:
    return read_chart(sample)


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def _check(sample: ChartSample, min_share: float) -> None:
    series, points = _read(sample)
    assert series, f"no chart read ({sample.style})"
    read = [(p.label, p.attrs["series"], p.number) for p in points]
    assert share_right(sample, points) >= min_share, (sample.style, sample.truth, read)


@pytest.mark.parametrize(
    ("style", "printed", "seed"),
    [
        ("bar", False, 1100), ("hbar", True, 1101), ("grouped_bar", False, 100), ("stacked_bar", True, 1101),
        ("stacked_bar", False, 1100), ("line", True, 2101), ("line", False, 100), ("pie", True, 101),
        ("pie", False, 1100), ("donut", False, 100),
    ],
)
def test_chart_styles_read_with_labels_and_series(style: str, printed: bool, seed: int) -> None:
    _check(_sample(style, printed, seed), min_share=0.85)


def test_chart_evidence_follows_the_contract() -> None:
    sample = _sample("grouped_bar", False, 100)
    series, points = _read(sample)
    names = {s.label for s in series}
    assert {_norm(n) for n in names} == {_norm(n) for n in sample.truth}
    for s in series:
        assert s.attrs["chart"] == "grouped_bar" and s.attrs["points"]
        assert set(s.attrs["points"][0]) == {"x", "y", "text", "box"}
    for p in points:
        assert p.box is not None and p.number is not None and p.attrs["series"] in names
        assert p.attrs["estimated"] is True  # no printed values: read off the axis
    if sample.title:
        assert _norm(series[0].attrs.get("title")) == _norm(sample.title)


def test_printed_pie_percentages_are_kept_as_printed() -> None:
    sample = _sample("pie", True, 101)
    _, points = _read(sample)
    assert points and all(p.value.endswith("%") and p.attrs["estimated"] is False for p in points)
    assert abs(sum(p.number for p in points) - 100) <= 2


def test_no_chart_on_a_blank_or_text_image() -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(img).text((20, 80), "Just some words, no chart", fill="black")
    res = TOOLS.get("chart")(ToolContext(image=img, engines=ENGINES))
    assert not [e for e in res.evidence if e.kind in ("series", "point")]
