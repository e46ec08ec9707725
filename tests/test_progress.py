"""`progress`: a bar's share done measured from its fill (or read where it is printed), its status line and
the items it reports done; a coloured band with text on it is no progress bar."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def _dialog(share: float, printed: str | None = None) -> Image.Image:
    img = Image.new("RGB", (700, 260), (242, 241, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 700, 30), fill=(60, 110, 180))
    d.text((300, 6), "Export", fill="white", font=font(15))
    d.text((40, 70), "Exporting page 42 of 120", fill="black", font=font(16))
    d.rectangle((40, 110, 560, 120), fill=(225, 225, 225), outline=(180, 180, 180))
    d.rectangle((41, 111, 41 + int(518 * share), 119), fill=(40, 160, 90))
    if printed:
        d.text((580, 105), printed, fill="black", font=font(16))
    return img


def _facts(img: Image.Image) -> list[tuple[str | None, str, str]]:
    res = TOOLS.get("progress")(ToolContext(image=img, engines=ENGINES))
    return [(e.kind, e.label, e.value) for e in res.evidence]


def test_share_measured_from_the_fill_with_its_status_line() -> None:
    facts = _facts(_dialog(0.35))
    assert ("field", "progress bar", "35%") in facts
    assert ("number", "items done so far (Exporting page 42 of 120)", "42") in facts


def test_a_printed_percentage_wins() -> None:
    assert ("key_value", "progress bar percent done (complete)", "36%") in _facts(_dialog(0.35, "36%"))


def test_a_band_holding_text_is_no_bar() -> None:
    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((20, 60, 580, 84), fill=(40, 100, 200))
    d.text((30, 64), "Selected row", fill="white", font=font(15))
    assert _facts(img) == []
