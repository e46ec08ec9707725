"""The speculative fast path: answer from the glance (one OCR pass + layout) only when separable."""

from __future__ import annotations

import random

import pytest

from seeingeye import SeeingEye
from seeingeye.agents.reasoner import ReasonerOutput
from seeingeye.agents.translator import GLANCE
from seeingeye.eval import synth
from seeingeye.loop import separable


@pytest.fixture(scope="module")
def receipt() -> synth.Item:
    return synth.receipt(random.Random(7))


def eye_with(base: SeeingEye, **settings: float | bool) -> SeeingEye:
    eye = SeeingEye(base.settings.model_copy(update=settings))
    eye.engines = base.engines  # the OCR sessions once
    return eye


def test_separable_needs_both_confidence_and_margin() -> None:
    out = ReasonerOutput(answer="x", confidence=0.9, features={"margin": 0.3})
    assert separable(out, 0.8, 0.2)
    assert not separable(out, 0.95, 0.2)  # not sure enough
    assert not separable(out, 0.8, 0.5)  # the runner-up is too close
    assert not separable(ReasonerOutput(answer="x", confidence=0.99), 0.8, 0.0 + 1e-9)  # no margin known


def test_a_separable_answer_stands_on_the_glance_alone(programs_eye, receipt) -> None:  # type: ignore[no-untyped-def]
    res = eye_with(programs_eye, fast_confidence=0.0, fast_margin=0.0).ask(receipt.image, receipt.question)
    assert res.path == "fast" and res.trace.path == "fast" and res.rounds == 1
    # Nothing beyond the cheapest reading (after the page-orientation check every path starts with).
    assert [c.tool for c in res.trace.tool_calls if c.tool != "orient"] == list(GLANCE)
    assert GLANCE[:2] == ("ocr", "layout")
    assert res.trace.speculative["answer"] == res.answer


def test_an_unsure_glance_runs_the_full_plan_without_repeating_it(programs_eye, receipt) -> None:  # type: ignore[no-untyped-def]
    res = eye_with(programs_eye, fast_confidence=1.0, fast_margin=1.0).ask(receipt.image, receipt.question)
    tools = [c.tool for c in res.trace.tool_calls]
    assert res.path == "full" and tools.count("ocr") == 1 and tools.count("layout") == 1 and "describe" in tools
    assert res.trace.speculative and res.trace.rounds[0].round == 1  # the glance's round was not kept
    off = eye_with(programs_eye, fast_path=False).ask(receipt.image, receipt.question)
    assert off.path == "full" and not off.trace.speculative and off.answer == res.answer
