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


def _grey_grid_hbar() -> tuple[object, dict[str, float]]:
    """A horizontal bar chart on a grey panel with grid lines and thousands written "10k" (the tick "0k"
    is what OCR likes to read as the word "ok")."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter
    from PIL import Image

    truth = {"North": 85000.0, "South": 62000.0, "East": 41000.0, "West": 23000.0}
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(8, 4.5))
        ax.barh(list(truth), list(truth.values()), color="#2a9d8f")
        ax.invert_yaxis()
        ax.set_xlim(0, 100000)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v / 1000:.0f}k"))
        ax.grid(True)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, facecolor=fig.get_facecolor())
        plt.close(fig)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), truth


def test_grey_grid_hbar_with_k_ticks_is_read_off_the_axis() -> None:
    from chart_util import ENGINES

    from seeingeye.tools import TOOLS, ToolContext

    image, truth = _grey_grid_hbar()
    res = TOOLS.get("chart")(ToolContext(image=image, engines=ENGINES))
    got = {_norm(p.label): p for p in res.evidence if p.kind == "point"}
    assert set(got) == {_norm(k) for k in truth}, res.summary
    for label, value in truth.items():
        p = got[_norm(label)]
        assert abs(p.number - value) <= 2500, (label, p.number, p.value)
        assert p.value.endswith("k")  # written the way the axis writes its numbers
