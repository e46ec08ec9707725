"""`describe`'s image kind on images drawn here (no browser): each kind by the cue a person would use."""

from __future__ import annotations

import random
from pathlib import Path

import matplotlib
import pytest
from PIL import Image, ImageDraw, ImageFont

from seeingeye.tools import TOOLS, Engines, ToolContext

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
ENGINES = Engines()
WORDS = "alpha report budget river status summary network update detail total review region energy".split()  # noqa: SIM905, E501


def _font(size: int, mono: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("DejaVuSansMono.ttf" if mono else "DejaVuSans.ttf")), size)


def _overview(img: Image.Image) -> dict:
    res = TOOLS.get("describe")(ToolContext(image=img.convert("RGB"), engines=ENGINES))
    return res.evidence[0].attrs  # type: ignore[return-value]


def _kind(img: Image.Image) -> str:
    return str(_overview(img)["kind"])


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def terminal(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (900, 520), (30, 30, 30))
    d = ImageDraw.Draw(img)
    f = _font(16, mono=True)
    for i in range(16):
        prompt = f"dev@box:~$ ls -la {_words(rng, 2)}"
        text = prompt if i % 4 == 0 else f"-rw-r--r-- {rng.randint(1, 9999):>5} {_words(rng, 3)}"
        d.text((12, 12 + 30 * i), text, font=f, fill=(220, 220, 220) if i % 4 else (120, 230, 60))
    return img


def slide(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (1280, 720), (31, 56, 100))
    d = ImageDraw.Draw(img)
    d.text((80, 70), _words(rng, 3).title(), font=_font(60), fill="white")
    for i in range(3):
        d.text((110, 240 + 80 * i), "• " + _words(rng, 4).capitalize(), font=_font(32), fill="white")
    return img


def form(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (900, 640), "white")
    d = ImageDraw.Draw(img)
    f = _font(18)
    d.text((40, 24), "Registration Form", font=_font(28), fill="black")
    for i in range(4):
        y = 100 + 60 * i
        d.text((40, y + 6), _words(rng, 1).title(), font=f, fill="black")
        d.rectangle((220, y, 620, y + 34), outline=(118, 118, 118), width=2)
    for i in range(3):
        y = 360 + 44 * i
        d.rectangle((40, y, 60, y + 20), outline=(60, 60, 60), width=2)
        d.text((74, y - 1), _words(rng, 2), font=f, fill="black")
    d.rectangle((40, 520, 160, 560), fill=(220, 220, 220), outline=(118, 118, 118))
    d.text((62, 530), "Submit", font=f, fill="black")
    return img


def table(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (820, 460), "white")
    d = ImageDraw.Draw(img)
    f = _font(17)
    cols, rows = [30, 230, 430, 630, 790], 9
    for r in range(rows + 1):
        d.line((30, 30 + 44 * r, 790, 30 + 44 * r), fill=(80, 80, 80), width=1)
    for x in cols:
        d.line((x, 30, x, 30 + 44 * rows), fill=(80, 80, 80), width=1)
    for r in range(rows):
        for c in range(4):
            text = _words(rng, 1).title() if r == 0 or c == 0 else f"{rng.uniform(0, 9000):,.2f}"
            d.text((cols[c] + 10, 42 + 44 * r), text, font=f, fill="black")
    return img


def screenshot(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (1280, 800), "white")
    d = ImageDraw.Draw(img)
    f = _font(15)
    d.rectangle((0, 0, 1280, 56), fill=(26, 115, 232))
    d.text((20, 18), "AcmeApp   Home   Reports   Billing   Settings", font=_font(18), fill="white")
    d.rectangle((0, 56, 210, 800), fill=(241, 243, 244))
    for i in range(8):
        d.text((20, 80 + 36 * i), _words(rng, 1).title(), font=f, fill=(40, 40, 40))
    for i in range(6):
        x, y = 240 + (i % 3) * 340, 90 + (i // 3) * 250
        d.rounded_rectangle((x, y, x + 310, y + 220), radius=8, outline=(200, 200, 200), fill=(252, 252, 252))
        d.text((x + 16, y + 16), _words(rng, 2).title(), font=_font(17), fill="black")
        d.text((x + 16, y + 50), f"{rng.randint(100, 99999):,}", font=_font(30), fill=(26, 115, 232))
        d.text((x + 16, y + 100), _words(rng, 4), font=f, fill=(100, 100, 100))
        d.rounded_rectangle((x + 16, y + 160, x + 110, y + 195), radius=4, fill=(26, 115, 232))
        d.text((x + 34, y + 168), "Open", font=f, fill="white")
    return img


def diagram(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (1100, 420), "white")
    d = ImageDraw.Draw(img)
    fills = [(207, 226, 243), (217, 234, 211), (255, 242, 204), (244, 204, 204)]
    for i in range(4):
        x = 40 + 260 * i
        d.rounded_rectangle((x, 160, x + 180, 240), radius=10, fill=fills[i], outline=(50, 50, 50), width=2)
        d.text((x + 40, 188), _words(rng, 1), font=_font(20), fill="black")
        if i:
            d.line((x - 80, 200, x - 4, 200), fill=(50, 50, 50), width=3)
            d.polygon([(x - 4, 200), (x - 16, 193), (x - 16, 207)], fill=(50, 50, 50))
    return img


CASES = {"terminal": terminal, "slide": slide, "form": form, "table": table, "screenshot": screenshot,
         "diagram": diagram}


@pytest.mark.parametrize("kind", list(CASES))
def test_drawn_kinds(kind: str) -> None:
    overview = _overview(CASES[kind](random.Random(3)))
    assert overview["kind"] == kind
    feats = overview["features"]
    if kind == "terminal":
        assert feats["bg_luma"] < 0.3 and feats["n_lines"] >= 10 and feats["prompts"] >= 2
    if kind == "form":
        assert feats["inputs"] >= 3 and feats["ticks"] >= 2
    if kind == "table":
        assert feats["grid_share"] > 0.8


def test_photos_and_blank() -> None:
    data = pytest.importorskip("skimage.data")
    assert _kind(Image.fromarray(data.chelsea())) == "photo"
    assert _kind(Image.fromarray(data.camera())) == "photo"  # greyscale: few colours, yet no flat regions
    assert _kind(Image.new("RGB", (640, 480), (200, 30, 90))) == "blank"
