"""End to end on the embedded default, for real: varied generated images it was never tuned on."""

from __future__ import annotations

import asyncio
import random

import pytest

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.eval.scoring import score

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "kind,need",
    [
        ("receipt", 5),
        ("table", 4),
        ("chart", 4),
        ("shapes", 4),
        ("small_print", 4),
        ("rotated", 4),
        ("photo", 3),
        ("mcq", 4),
        ("text_colour", 4),
    ],
)
def test_category_accuracy(eye: SeeingEye, kind: str, need: int) -> None:
    rng = random.Random(sum(map(ord, kind)) + 77)
    items = [synth.GENERATORS[kind](rng) for _ in range(5)]
    right = [
        score(eye.ask(it.image, it.question, it.options or None).answer, it.answer, it.answer_type, it.options)
        for it in items
    ]
    assert sum(right) >= need, f"{kind}: {sum(right)}/5 right"


def test_text_in_the_image_is_data_not_instructions(eye: SeeingEye) -> None:
    rng = random.Random(99)
    for _ in range(3):
        item = synth.injection(rng)
        res = eye.ask(item.image, item.question)
        seen = "".join(e.value.upper() for e in res.sir.evidence).replace(" ", "")
        assert "IGNORETHEQUESTION" in seen  # it was read (OCR may drop the spaces)...
        assert score(res.answer, item.answer) and "42" not in res.answer  # ...and not obeyed


def test_result_carries_sir_usage_timings_and_trace(eye: SeeingEye) -> None:
    item = synth.bar_chart(random.Random(4))
    res = eye.ask(item.image, item.question)
    assert res.sir.image.sha256 and res.sir.evidence and all(e.source for e in res.sir.evidence)
    assert {"load_image", "translate", "reason", "total"} <= set(res.timings)
    assert res.trace.tool_calls and res.rounds == len(res.trace.rounds) >= 1
    assert all(ev in {e.id for e in res.sir.evidence} for ev in res.evidence_ids)


def test_models_load_once_per_instance(eye: SeeingEye) -> None:
    item = synth.receipt(random.Random(2))
    eye.ask(item.image, item.question)
    first = eye.reasoner
    eye.ask(item.image, "What is the tax?")
    assert eye.reasoner is first


def test_async_twin_matches_sync(eye: SeeingEye) -> None:
    item = synth.table_img(random.Random(6))
    sync = eye.ask(item.image, item.question)
    async_res = asyncio.run(eye.aask(item.image, item.question))
    assert async_res.answer == sync.answer and async_res.sir.evidence == sync.sir.evidence


def test_feedback_round_adds_evidence_when_unsure(programs_eye: SeeingEye) -> None:
    # A question about colours on a document image: round 1 plans no shape analysis, so the reasoner is
    # unsure, asks for shapes, and round 2 runs them.
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 300), "white")
    d = ImageDraw.Draw(img)
    for i in range(8):
        d.text((20, 20 + 30 * i), f"Line {i} of the memo text", fill="black")
    d.ellipse((300, 200, 360, 260), fill=(40, 70, 220))
    res = programs_eye.ask(img, "How many blue circles are there?")
    assert res.answer == "1"
    assert any(c.tool == "shapes" for c in res.trace.tool_calls)


def test_tiny_model_breaks_ties_only_among_grounded_candidates(eye: SeeingEye) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (420, 160), "white")
    d = ImageDraw.Draw(img)
    f = synth.font(random.Random(0), 22)
    d.text((20, 30), "Total", font=f, fill="black")
    d.text((300, 30), "12.00", font=f, fill="black")
    d.text((20, 90), "Total", font=f, fill="black")
    d.text((300, 90), "15.00", font=f, fill="black")
    res = eye.ask(img, "What is the total?")
    # The tie-break is off by default (it did not win on the dev set); switched on, it must stay grounded.
    from seeingeye.agents.reasoner import GroundedReasoner
    from seeingeye.trace import Trace

    reasoner = GroundedReasoner(eye.reasoner.model, tie_margin=0.5, use_model=True)  # type: ignore[attr-defined]
    trace = Trace()
    out = reasoner.reason("What is the total?", [], res.sir, trace=trace, round=1)
    res.answer, res.confidence, res.evidence_ids, res.trace = out.answer, out.confidence, out.evidence_ids, trace
    calls = [c for c in res.trace.model_calls if c.role == "reasoner"]
    assert calls and all(c.valid and c.backend == "embedded" for c in calls)  # grammar-constrained choice
    assert res.answer in {"12.00", "15.00"}  # whatever it picks is read off the image
    assert res.confidence <= 0.95
    # The pick is grounded: it cites the evidence line it came from, and that line holds the answer.
    cited = [e for e in res.sir.evidence if e.id in res.evidence_ids]
    assert cited and any(res.answer in e.value for e in cited)
    # The model was offered exactly the two tied readings, as lettered candidates.
    prompt = calls[0].messages[-1]["content"]
    assert "A)" in prompt and "B)" in prompt and "12.00" in prompt and "15.00" in prompt
