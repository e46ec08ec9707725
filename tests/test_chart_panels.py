"""Figures of several plots (tools/chart_panels.py), curves read between whole-number ticks, and the change
between two named series as an extreme."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from chart_util import ENGINES  # noqa: E402
from PIL import Image  # noqa: E402

from seeingeye import SeeingEye  # noqa: E402
from seeingeye.agents.match import lexical  # noqa: E402
from seeingeye.tools import TOOLS, ToolContext  # noqa: E402


def _image(fig: plt.Figure) -> Image.Image:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _series(image: Image.Image) -> dict[str, dict[str, float]]:
    res = TOOLS.get("chart")(ToolContext(image=image, engines=ENGINES))
    out: dict[str, dict[str, float]] = {}
    for e in res.evidence:
        if e.kind == "point" and e.number is not None:
            out.setdefault(str(e.attrs.get("series")), {})[e.label or ""] = e.number
    return out


def _two_plots() -> Image.Image:
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    weeks = list(range(1, 11))
    left.plot(weeks, [100, 120, 150, 140, 200, 260, 250, 300, 310, 380], marker="o")
    left.set_title("Orders per week")
    left.set_xticks(weeks)
    right.bar(weeks, [5.0, 4.6, 4.8, 4.1, 3.9, 3.5, 3.6, 3.0, 2.8, 2.6])
    right.set_title("Returns (%)")
    right.set_xticks(weeks)
    fig.suptitle("Figure 2: after the relaunch")
    fig.tight_layout()
    return _image(fig)


def test_each_plot_of_a_figure_is_read_under_its_own_title() -> None:
    got = _series(_two_plots())
    assert set(got) == {"Orders per week", "Returns (%)"}
    assert abs(got["Orders per week"]["10"] - 380) <= 12
    assert got["Returns (%)"]["4"] == 4.1


def test_a_curve_is_read_at_every_hour_between_two_hourly_ticks() -> None:
    hours = list(range(24))
    load = [30, 30, 31, 31, 32, 34, 38, 45, 52, 56, 52, 45, 40, 36, 34, 35, 38, 47, 58, 66, 59, 47, 38, 33]
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.fill_between(hours, load, alpha=0.4)
    ax.plot(hours, load)
    ax.set_xticks(range(0, 24, 2))
    ax.set_ylim(0, 80)
    ax.set_title("Load")
    got = _series(_image(fig))
    values = next(iter(got.values()))
    assert {str(h) for h in hours} <= set(values)
    assert max(values, key=lambda k: values[k]) == "19"
    assert abs(values["3"] - 31) <= 2


def test_the_category_that_changed_most_between_two_named_series() -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    cats = ["Aalst", "Ghent", "Turku", "Sligo"]
    a, b = [40, 22, 31, 50], [44, 45, 12, 52]
    xs = range(len(cats))
    ax.bar([x - 0.2 for x in xs], a, width=0.4, label="2023")
    ax.bar([x + 0.2 for x in xs], b, width=0.4, label="2024")
    ax.set_xticks(list(xs), cats)
    ax.legend()
    ax.set_title("Members per club")
    image = _image(fig)
    se = SeeingEye()
    assert se.ask(image, "which club grew the most from 2023 to 2024?").answer == "Ghent"
    assert se.ask(image, "which club lost the most members between 2023 and 2024").answer == "Turku"


def test_a_time_glued_to_its_unit_matches_the_bare_figure() -> None:
    assert lexical("the queue at 5pm", "5") > 0
    assert lexical("the queue at 5pm", "15") == 0


def test_stacked_segments_apart_by_a_white_edge_are_one_stack_and_a_year_totals_them() -> None:
    fig, ax = plt.subplots(figsize=(8, 5.5))
    years = ["2030", "2031", "2032", "2033"]
    layers = {"Peat": [31, 27, 35, 29], "Tide": [12, 18, 9, 22], "Geo": [17, 14, 16, 13]}
    bottom = [0, 0, 0, 0]
    for name, vals in layers.items():
        bars = ax.bar(years, vals, bottom=bottom, label=name, edgecolor="white", linewidth=3)
        ax.bar_label(bars, label_type="center")
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax.legend(ncol=3, loc="upper left")
    ax.set_ylim(0, 90)
    image = _image(fig)
    got = _series(image)
    assert {k: len(v) for k, v in got.items()} == {"Peat": 4, "Tide": 4, "Geo": 4}
    assert SeeingEye().ask(image, "total output in 2032?").answer == "60"
