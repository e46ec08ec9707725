"""Whole-page orientation (a turned page is turned upright before the tools look; an upright image is
never turned) and vertical text lines (read, and no reason to turn the page)."""

from __future__ import annotations

import io
import random

import matplotlib
import numpy as np
import pytest
from PIL import Image, ImageDraw

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.imageio import load_image
from seeingeye.sir import Box
from seeingeye.tools import orientation
from seeingeye.tools.ocr import OcrLine, read_lines
from seeingeye.tools.orientation import assess, upright

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return synth.receipt(random.Random(11)).image


@pytest.mark.parametrize("turned_by", [90, 180, 270])
def test_turned_document_is_turned_upright(programs_eye: SeeingEye, page: Image.Image, turned_by: int) -> None:
    loaded = load_image(page.rotate(turned_by, expand=True))  # PIL turns counter-clockwise
    ctx = upright(loaded, programs_eye.engines)
    # Quarter turns are lossless: the tools see exactly the page as printed.
    assert np.array_equal(np.asarray(ctx.image), np.asarray(page))
    assert loaded.image is ctx.image and any("turned" in n for n in loaded.notes)


def test_turned_page_is_read_upright_through_ask(programs_eye: SeeingEye, page: Image.Image) -> None:
    res = programs_eye.ask(page.rotate(90, expand=True), "What is the total?")
    assert (res.sir.image.width, res.sir.image.height) == page.size
    assert any("turned" in n for n in res.sir.image.notes)
    assert res.trace.tool_calls[0].tool == "orient" and "turned 270" in res.trace.tool_calls[0].summary
    texts = [e for e in res.sir.by_kind("text") if e.box is not None]
    assert len(texts) >= 4 and all(e.attrs.get("angle", 0) == 0 for e in texts)
    # Boxes refer to the upright page: the store's name heads it, the total closes it.
    top, bottom = min(texts, key=lambda e: e.box.y0), max(texts, key=lambda e: e.box.y1)  # type: ignore[union-attr]
    assert top.box.y0 < 0.3 * page.height < 0.7 * page.height < bottom.box.y1  # type: ignore[union-attr]


def _chart_with_vertical_labels() -> Image.Image:
    import matplotlib.pyplot as plt

    names = ["Warehouse North", "Distribution East", "Retail Central", "Online Orders", "Wholesale West"]
    fig, ax = plt.subplots(figsize=(4.6, 4.4), dpi=100)
    ax.bar(names, [12, 30, 22, 17, 25], color="#4477aa")
    ax.set_ylabel("Units shipped (thousands)")
    ax.set_title("Shipments by channel")
    plt.xticks(rotation=90)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _screenshot() -> Image.Image:
    rng = random.Random(5)
    img = Image.new("RGB", (640, 300), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 640, 40), fill=(32, 33, 36))
    d.text((14, 8), "Settings - Account", font=synth.font(rng, 20), fill="white")
    for i, row in enumerate(["Display name: Dana Whitfield", "Email: dana@example.org", "Plan: Team (12 seats)"]):
        d.text((24, 70 + 50 * i), row, font=synth.font(rng, 18), fill=(30, 30, 30))
    d.rounded_rectangle((24, 240, 150, 276), radius=6, fill=(26, 115, 232))
    d.text((44, 248), "Save", font=synth.font(rng, 18), fill="white")
    return img


@pytest.mark.parametrize(
    "make",
    [_screenshot, _chart_with_vertical_labels, lambda: synth.GENERATORS["photo"](random.Random(8)).image],
    ids=["screenshot", "chart-vertical-labels", "photo"],
)
def test_upright_images_are_never_turned(programs_eye: SeeingEye, make) -> None:  # type: ignore[no-untyped-def]
    img = make()
    loaded = load_image(img)
    ctx = upright(loaded, programs_eye.engines)
    assert ctx.image is img or np.array_equal(np.asarray(ctx.image), np.asarray(img))
    assert ctx.size == img.size and not any("turned" in n for n in loaded.notes)


def test_vertical_text_lines_are_read(programs_eye: SeeingEye) -> None:
    loaded = load_image(_chart_with_vertical_labels())
    ctx = upright(loaded, programs_eye.engines)
    lines = {ln.text.replace(" ", "").lower(): ln for ln in read_lines(ctx)}
    # Tick labels and the axis title run bottom to top: read, and told apart from the page's own angle.
    for want in ("distributioneast", "wholesalewest", "unitsshipped(thousands)"):
        assert want in lines, sorted(lines)
        assert lines[want].angle in (90.0, 270.0)
        assert lines[want].box.h > 2 * lines[want].box.w


def _lines(votes: dict[int, int]) -> list[OcrLine]:
    box = Box(x0=0, y0=0, x1=10, y1=10)
    return [OcrLine(text="word", box=box, confidence=0.95, angle=a) for a, n in votes.items() for _ in range(n)]


def test_classifier_runs_only_when_the_text_says_turned(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_rgb: np.ndarray) -> dict[int, float]:
        raise AssertionError("the classifier ran on an upright page")

    monkeypatch.setattr(orientation, "classify", boom)
    rgb = np.zeros((8, 8, 3), np.uint8)
    assert assess(_lines({0: 20, 180: 3, 90: 2}), rgb).turn == 0
    assert assess(_lines({90: 1}), rgb).turn == 0  # a lone label is too little to turn a page for


@pytest.mark.parametrize(
    "votes,probs,turn",
    [
        ({180: 10, 0: 1}, {0: 0.9, 90: 0.03, 180: 0.04, 270: 0.03}, 0),  # the classifier vetoes a flip
        ({180: 10, 0: 1}, {0: 0.05, 90: 0.05, 180: 0.85, 270: 0.05}, 180),
        ({270: 10}, {0: 0.92, 90: 0.03, 180: 0.02, 270: 0.03}, 0),  # vertical tick labels on an upright chart
        ({90: 10}, {0: 0.05, 90: 0.05, 180: 0.05, 270: 0.85}, 270),  # sure of the direction: it decides
        ({90: 10}, {0: 0.3, 90: 0.3, 180: 0.1, 270: 0.3}, 90),  # unsure which way: the recogniser decides
        ({270: 10}, {0: 0.45, 90: 0.2, 180: 0.15, 270: 0.2}, 0),  # not sure it is sideways at all: leave it
    ],
)
def test_turn_rule(monkeypatch: pytest.MonkeyPatch, votes: dict[int, int], probs: dict[int, float], turn: int) -> None:
    monkeypatch.setattr(orientation, "classify", lambda _rgb: probs)
    assert assess(_lines(votes), np.zeros((8, 8, 3), np.uint8)).turn == turn
