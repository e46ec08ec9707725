"""`forms` and `diagram` on HTML pages rendered by headless Chromium: control states with their labels,
box fill colours (not text colours) with their text, arrows from -> to."""

from __future__ import annotations

import functools
import random

import pytest

from seeingeye.eval import synth_charts
from seeingeye.tools import TOOLS, Engines, ToolContext

pytestmark = pytest.mark.skipif(synth_charts.chromium_path() is None, reason="needs chromium")
ENGINES = Engines()


def _norm(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


@functools.cache
def _form(seed: int) -> synth_charts.FormSample:
    return synth_charts.form(random.Random(seed))


@pytest.mark.parametrize("seed", [1, 2])
def test_form_controls_states_and_labels(seed: int) -> None:
    sample = _form(seed)
    res = TOOLS.get("forms")(ToolContext(image=sample.image, engines=ENGINES))
    fields = [e for e in res.evidence if e.kind == "field"]
    right = 0
    for control, label, value in sample.truth:
        if control == "button":
            ok = any(f.attrs["control"] == "button" and _norm(f.value) == _norm(value) for f in fields)
        else:
            ok = any(f.attrs["control"] == control and _norm(f.label) == _norm(label) and _norm(f.value) == _norm(value)
                     for f in fields)
        right += ok
    assert right >= len(sample.truth) - 1, (sample.truth, [(f.attrs, f.label, f.value) for f in fields])
    radios = [f for f in fields if f.attrs["control"] == "radio"]
    assert radios and len({f.attrs.get("group") for f in radios}) == 1 and radios[0].attrs.get("group")


def test_form_with_no_controls_reports_none() -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (500, 200), "white")
    ImageDraw.Draw(img).text((20, 80), "Plain paragraph of text only", fill="black")
    res = TOOLS.get("forms")(ToolContext(image=img, engines=ENGINES))
    assert not [e for e in res.evidence if e.kind == "field"]


@pytest.mark.parametrize("seed", [4])
def test_diagram_fill_colours_text_and_arrows(seed: int) -> None:
    sample = synth_charts.diagram(random.Random(seed))
    res = TOOLS.get("diagram")(ToolContext(image=sample.image, engines=ENGINES))
    shapes = {_norm(e.attrs["text"]): e.attrs["fill"] for e in res.evidence if e.kind == "shape"}
    for text, fill in sample.boxes:
        assert shapes.get(_norm(text)) == fill, (sample.boxes, shapes)
    arrows = {(_norm(e.attrs["from"]), _norm(e.attrs["to"])) for e in res.evidence if e.kind == "arrow"}
    assert arrows == {(_norm(a), _norm(b)) for a, b in sample.arrows}
