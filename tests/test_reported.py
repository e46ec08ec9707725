"""The confidence an embedded answer reports, re-read with its question and answer (agents/reported.py): the
shipped trees evaluated in numpy agree with the library that trained them, and the step is wired in."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from seeingeye.agents import reported
from seeingeye.agents.reasoner import GroundedReasoner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def test_exported_trees_match_the_trained_model() -> None:
    pytest.importorskip("sklearn")
    from train_reported import Model  # noqa: PLC0415 - the benchmark script, importable from its folder

    rng = np.random.default_rng(7)
    n, dim = 400, 40
    hand = rng.normal(size=(n, len(reported.HAND)))
    q, a = rng.normal(size=(n, dim)), rng.normal(size=(n, dim))
    y = (hand[:, 0] + q[:, 0] - a[:, 1] + rng.normal(scale=0.5, size=n)) > 0
    model = Model(hand, q, a, y)
    shipped = reported.Ensemble(**model.export())
    # new points: a training point can sit exactly on a bin edge, where rounding decides the branch
    hand, q, a = rng.normal(size=(25, len(reported.HAND))), rng.normal(size=(25, dim)), rng.normal(size=(25, dim))
    want = model.predict(hand, q, a)
    got = [shipped.probability(shipped.inputs(list(hand[i]), q[i], a[i])) for i in range(25)]
    assert got == [shipped.probability(shipped.inputs(list(hand[i]), q[i], a[i])) for i in range(25)]
    assert np.allclose(got, want, atol=1e-6)


def test_the_shipped_model_reads_the_question_and_the_answer() -> None:
    model = reported.load()
    assert model is not None, "src/seeingeye/agents/data/reported.npz is missing"
    q = "what is the total on this receipt?"
    out = {a: reported.reported(0.6, 1, q, a, model) for a in ("$42.17", "Thank you for shopping with us today")}
    assert all(0.0 < v < 1.0 for v in out.values())
    assert out["$42.17"] != out["Thank you for shopping with us today"]


def test_nothing_found_stays_unsure() -> None:
    assert reported.reported(0.0, 1, "what is the total?", "12") == 0.0
    assert reported.reported(0.7, 1, "what is the total?", "") == 0.7


def test_the_grounded_reasoner_reports_through_it() -> None:
    r = GroundedReasoner()
    q, a = "which version does the page document?", "2.4.1"
    assert r.reported(0.8, 1, q, a) == reported.reported(r.reported(0.8, 1), 1, q, a)
