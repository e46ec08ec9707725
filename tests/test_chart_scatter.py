"""Scatter plots (tools/chart_scatter.py), line charts whose markers look like bars, dashed legend swatches, and
the image-kind test for a plot's two numeric axes."""

from __future__ import annotations

import functools
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from chart_util import ENGINES, read_chart  # noqa: E402

from seeingeye import SeeingEye  # noqa: E402
from seeingeye.eval.synth_charts import ChartSample, scatter  # noqa: E402
from seeingeye.sir import Box  # noqa: E402
from seeingeye.tools import TOOLS, ToolContext  # noqa: E402
from seeingeye.tools.chart_axis import chart_titles  # noqa: E402
from seeingeye.tools.image_kind import _tick_axes  # noqa: E402
from seeingeye.tools.ocr import OcrLine  # noqa: E402


@functools.cache
def _scatter(seed: int) -> ChartSample:
    return scatter(random.Random(seed))


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def _read_share(sample: ChartSample) -> float:
    """Share of the dots whose name and both values (to 3% of each axis' span) were read."""
    _, points = read_chart(sample)
    right = total = 0
    for axis, values in sample.truth.items():
        for name, value in values.items():
            total += 1
            got = [p.number for p in points if _norm(p.label) == _norm(name)
                   and _norm(p.attrs["series"])[:4] == _norm(axis)[:4]]
            right += bool(got) and abs(got[0] - value) <= 0.03 * sample.meta["span"][axis]
    return right / total


@pytest.mark.parametrize("seed", [0, 1, 3, 7, 8, 10])
def test_scatter_dots_are_read_by_name_on_both_axes(seed: int) -> None:
    sample = _scatter(seed)
    series, _ = read_chart(sample)
    assert {e.attrs["chart"] for e in series} == {"scatter"}
    assert _read_share(sample) >= 0.85


def test_scatter_questions_take_the_axis_they_name() -> None:
    sample = _scatter(8)  # Battery (h) against Weight (kg)
    battery, weight = sample.truth["Battery (h)"], sample.truth["Weight (kg)"]
    se = SeeingEye()
    heaviest = se.ask(sample.image, "which one is the heaviest?")
    assert _norm(heaviest.answer) == _norm(max(weight, key=lambda k: weight[k]))
    shortest = se.ask(sample.image, "which has the shortest battery life?")
    assert _norm(shortest.answer) == _norm(min(battery, key=lambda k: battery[k]))


def test_scatter_measures_are_never_added_up() -> None:
    from seeingeye.agents import records as R

    sample = _scatter(1)
    sir = SeeingEye().ask(sample.image, "which one has the highest score?").sir
    charts = [r for r in R.build(sir) if r.kind == "chart"]
    assert charts and not any("total" in c.name for r in charts for c in r.columns)


def _line(text: str, x0: float, y0: float, w: float = 24, h: float = 14) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + w, y1=y0 + h), confidence=0.99)


def test_two_tick_axes_meet_in_a_corner_but_a_calendar_does_not() -> None:
    ticks = [_line(str(v), 10, 300 - 60 * i) for i, v in enumerate((0, 20, 40, 60, 80))]
    ticks += [_line(str(v), 60 + 100 * i, 330) for i, v in enumerate((10, 20, 30, 40, 50))]
    assert _tick_axes(ticks) == 2
    # a month's days: columns step by 7 and rows by 1, evenly, but they cross
    days = [_line(str(1 + c + 7 * r), 40 + 50 * c, 40 + 40 * r) for r in range(4) for c in range(7)]
    assert _tick_axes(days) < 2
    # a value axis over a row of evenly spaced names (months) is a plot's too
    months = [_line(m, 60 + 90 * i, 330) for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May"))]
    assert _tick_axes(ticks[:5] + months) == 2
    # a column of figures that does not step evenly is no axis
    prices = [_line(v, 300, 40 + 30 * i) for i, v in enumerate(("12.50", "3.99", "120.00", "7.25"))]
    assert _tick_axes(prices) == 0


def test_a_vertical_axis_title_in_pieces_is_read_from_the_bottom_up() -> None:
    pieces = [_line("coverage", 10, 100, w=14, h=80), _line("test", 10, 190, w=14, h=40)]
    got = chart_titles(pieces, Box(x0=60, y0=20, x1=500, y1=400), set())
    assert got["y_title"] == "test coverage"


def test_a_dashed_series_with_square_markers_is_a_line_named_by_its_legend() -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    years = list(range(2016, 2024))
    ax.plot(years, [12, 14, 15, 19, 20, 23, 24, 26], marker="o", label="Wind")
    ax.plot(years, [25, 24.5, 25.2, 24, 23.8, 23.1, 22.7, 22.2], marker="s", linestyle="--", label="Coal")
    ax.plot(years, [14, 17, 19.5, 21.5, 22.5, 22, 20, 18], marker="^", label="Hydro")
    ax.legend(loc="upper left")
    ax.set_title("Mix")
    import io

    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    image = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    res = TOOLS.get("chart")(ToolContext(image=image, engines=ENGINES))
    series = [e for e in res.evidence if e.kind == "series"]
    assert {e.attrs["chart"] for e in series} == {"line"}
    assert {e.label for e in series} == {"Wind", "Coal", "Hydro"}
