"""`keypad`: a calculator's display is the number above a grid of outlined keys; the keys' digits are no value
(after the ui18 branch's `test_display_above_a_key_grid`)."""

from __future__ import annotations

import numpy as np
from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.sir import Box
from seeingeye.tools import TOOLS, Engines, ToolContext
from seeingeye.tools.keypad import display, keys
from seeingeye.tools.ocr import OcrLine


def _line(text: str, x0: float, y0: float, x1: float, y1: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x1, y1=y1), confidence=0.95)


def _keypad(shown: str) -> tuple[Image.Image, list[OcrLine]]:
    img = Image.new("RGB", (260, 320), "white")
    d = ImageDraw.Draw(img)
    lines = [_line(shown, 150, 20, 230, 48)]
    for r in range(4):
        for c in range(4):
            x, y = 20 + 55 * c, 90 + 50 * r
            d.rectangle([x, y, x + 45, y + 40], outline=(0, 0, 0), fill=(255, 255, 255))
            d.text((x + 16, y + 10), str(r * 4 + c), fill="black", font=font(16))
            lines.append(_line(str(r * 4 + c), x + 15, y + 12, x + 30, y + 28))
    d.text((150, 20), shown, fill="black", font=font(22))
    return img, lines


def test_the_number_above_the_keys_is_the_display() -> None:
    img, lines = _keypad("58.25")
    shown = display(keys(np.asarray(img), lines), lines)
    assert shown is not None and shown.text == "58.25"


def test_no_keys_no_display() -> None:
    img, lines = _keypad("58.25")
    assert display(keys(np.asarray(Image.new("RGB", img.size, "white")), lines), lines) is None
    res = TOOLS.get("keypad")(ToolContext(image=Image.new("RGB", (300, 200), "white"), engines=Engines()))
    assert res.evidence == []
