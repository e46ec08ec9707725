"""A histogram's bins said with the unit of their axis, totals over the bins a question bounds, and a
duration scored as printed. Invented data only."""

from __future__ import annotations

import io
import math

import pytest

from seeingeye.agents.bounds import bin_range, figure_bounds
from seeingeye.eval.scoring import score


@pytest.mark.parametrize(("phrase", "bounds"), [
    ("parcels weighing between 2 and 6 kg", (2.0, 6.0)),
    ("hikes of 12 km or more", (12.0, math.inf)),
    ("calls lasting at least 15 minutes", (15.0, math.inf)),
    ("loaves that took under 3 hours", (-math.inf, 3.0)),
    ("tickets for 8-12", (8.0, 12.0)),
    ("visitors in 2023", None),  # a year is no bound
    ("the 4 slowest", None),
])
def test_bounds_a_question_sets(phrase: str, bounds: tuple[float, float] | None) -> None:
    assert figure_bounds(phrase) == bounds


def test_bin_edges_are_read_from_a_label() -> None:
    assert bin_range("15-20 km") == (15.0, 20.0)
    assert bin_range("2.5–5") == (2.5, 5.0)
    assert bin_range("Week 12") is None


def test_a_duration_scores_as_printed() -> None:
    assert score("2h 05m", "2h 05m", "time")
    assert not score("2h 50m", "2h 05m", "time")
    assert score("07:40", "07:40", "time")


def _histogram() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8.5, 4.8), dpi=100)
    edges = [0, 5, 10, 15, 20, 25]
    counts = [12, 31, 26, 9, 4]
    bars = ax.bar(edges[:-1], counts, width=5, align="edge", color="#c06030", edgecolor="black")
    ax.bar_label(bars)
    ax.set_xticks(edges)
    ax.set_xlabel("Ride length (km)")
    ax.set_ylabel("Rides")
    ax.set_title("Bike share rides last Sunday")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def test_a_histogram_answers_ranges_with_their_unit_and_totals_over_bounds() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    image = _histogram()
    assert eye.ask(image, "what ride distance band is the most frequent one").answer == "5-10 km"
    assert eye.ask(image, "how many rides were 15 km or longer").answer == "13"
    assert eye.ask(image, "rides between 5 and 15 km - how many?").answer == "57"
