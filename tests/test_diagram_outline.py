"""`diagram` on flowcharts drawn with lines: outlined (not filled) boxes joined by arrow glyphs printed in the
gaps or by drawn strokes, in either direction; the chain's order; and frames that are no diagram."""

from __future__ import annotations

import numpy as np
import pytest
from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext
from seeingeye.tools.diagram_outline import chain, glyph_tip

ENGINES = Engines()
STEPS = ["Plan", "Design", "Code", "Test", "Ship"]


def _flow(glyph: str | None, vertical: bool = False, reverse: bool = False) -> Image.Image:
    """Outlined rounded boxes in a row (or column); `glyph` printed between them, or a drawn arrow if None."""
    img = Image.new("RGB", (1100, 900) if vertical else (1200, 360), (244, 244, 244))
    d = ImageDraw.Draw(img)
    f, g = font(26, bold=True), font(34, bold=True)
    boxes = []
    for i, word in enumerate(STEPS):
        x, y = (400, 40 + i * 170) if vertical else (40 + i * 230, 130)
        boxes.append((x, y, x + 160, y + 80))
        d.rounded_rectangle(boxes[-1], radius=12, outline=(40, 45, 50), width=3)
        tw = d.textlength(word, font=f)
        d.text((x + 80 - tw / 2, y + 24), word, fill=(40, 45, 50), font=f)
    for a, b in zip(boxes, boxes[1:], strict=False):
        if vertical:
            cx, y0, y1 = (a[0] + a[2]) / 2, a[3], b[1]
            tip, tail = (cx, y0 + 8) if reverse else (cx, y1 - 8), (cx, y1 - 8) if reverse else (cx, y0 + 8)
        else:
            cy, x0, x1 = (a[1] + a[3]) / 2, a[2], b[0]
            tip, tail = (x0 + 8, cy) if reverse else (x1 - 8, cy), (x1 - 8, cy) if reverse else (x0 + 8, cy)
        if glyph is None:
            d.line([tail, tip], fill=(40, 45, 50), width=3)
            ux, uy = np.sign(tip[0] - tail[0]), np.sign(tip[1] - tail[1])
            px, py = -uy, ux
            d.polygon([tip, (tip[0] - 12 * ux + 7 * px, tip[1] - 12 * uy + 7 * py),
                       (tip[0] - 12 * ux - 7 * px, tip[1] - 12 * uy - 7 * py)], fill=(40, 45, 50))
        else:
            cx, cy = (tip[0] + tail[0]) / 2, (tip[1] + tail[1]) / 2
            d.text((cx, cy), glyph, fill=(40, 45, 50), font=g, anchor="mm")
    return img


def _run(img: Image.Image) -> tuple[dict[str, dict], set[tuple[str, str]], dict[str, str]]:
    res = TOOLS.get("diagram")(ToolContext(image=img, engines=ENGINES))
    shapes = {str(e.attrs["text"]): e.attrs for e in res.evidence if e.kind == "shape"}
    arrows = {(str(e.attrs["from"]), str(e.attrs["to"])) for e in res.evidence if e.kind == "arrow"}
    facts = {str(e.label): e.value for e in res.evidence if e.kind == "key_value"}
    return shapes, arrows, facts


@pytest.mark.parametrize("glyph", ["➜", "→", "▶", ">", None])
def test_outlined_boxes_with_arrow_glyphs_give_the_chain(glyph: str | None) -> None:
    shapes, arrows, facts = _run(_flow(glyph))
    assert set(shapes) == set(STEPS), shapes
    assert all(s["shape"] == "rounded rectangle" and s.get("outline") for s in shapes.values())
    assert arrows == set(zip(STEPS, STEPS[1:], strict=False)), arrows
    assert [shapes[w]["order"] for w in STEPS] == [1, 2, 3, 4, 5]
    assert facts["first step"] == "Plan" and facts["last step (final)"] == "Ship"


@pytest.mark.parametrize("glyph", ["←", None])
def test_arrows_pointing_back_reverse_the_chain(glyph: str | None) -> None:
    shapes, arrows, facts = _run(_flow(glyph, reverse=glyph is None))
    assert arrows == set(zip(STEPS[1:], STEPS, strict=False)), arrows
    assert facts["first step"] == "Ship" and facts["last step (final)"] == "Plan"


@pytest.mark.parametrize("glyph", ["↓", None])
def test_vertical_flow(glyph: str | None) -> None:
    _, arrows, facts = _run(_flow(glyph, vertical=True))
    assert arrows == set(zip(STEPS, STEPS[1:], strict=False)), arrows
    assert facts["last step (final)"] == "Ship"


def test_framed_fields_and_checkboxes_are_no_diagram() -> None:
    """Input frames holding text, stacked with a checkbox and a dash between them: no arrows, no boxes."""
    img = Image.new("RGB", (700, 520), "white")
    d = ImageDraw.Draw(img)
    f = font(20)
    for i, text in enumerate(["Jane Doe", "jane@example.com", "Berlin"]):
        y = 40 + i * 160
        d.rectangle((60, y, 560, y + 48), outline=(150, 150, 150), width=1)
        d.text((72, y + 12), text, fill=(30, 30, 30), font=f)
        if i < 2:
            d.rectangle((300, y + 85, 318, y + 103), outline=(90, 90, 90), width=2)
            d.line((340, y + 94, 380, y + 94), fill=(90, 90, 90), width=2)
    shapes, arrows, facts = _run(img)
    assert not arrows and not facts and not shapes


def _glyph(ch: str) -> np.ndarray:
    img = Image.new("L", (80, 80), 0)
    ImageDraw.Draw(img).text((40, 40), ch, fill=255, font=font(40, bold=True), anchor="mm")
    a = np.asarray(img) > 100
    ys, xs = np.nonzero(a)
    return a[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


@pytest.mark.parametrize(("ch", "tip"), [("➜", 1), ("→", 1), ("▶", 1), (">", 1), ("←", -1), ("◀", -1), ("<", -1),
                                         ("-", 0), ("■", 0), ("o", 0), ("=", 0)])
def test_glyph_tip(ch: str, tip: int) -> None:
    assert glyph_tip(_glyph(ch).T) == tip


def test_chain_needs_one_unbranched_path() -> None:
    assert chain(4, [(2, 3), (0, 1), (1, 2)]) == [0, 1, 2, 3]
    assert chain(4, [(0, 1), (0, 2), (2, 3)]) == []  # a branch
    assert chain(3, [(0, 1), (1, 2), (2, 0)]) == []  # a loop
    assert chain(4, [(0, 1)]) == []  # one arrow is no process
