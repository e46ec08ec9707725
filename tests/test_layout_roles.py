"""Layout roles beyond text: figures and their captions, bands that are not buttons, trend markers that
are not radio buttons, and a reading where a chart's labels are said once, with their figure."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from seeingeye.agents.translator import Budget, run_tool
from seeingeye.eval import synth
from seeingeye.sir import SIR, Box, ImageFacts
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.forms import find_controls
from seeingeye.tools.layout import analyse
from seeingeye.tools.ocr import OcrLine
from seeingeye.trace import Trace

SANS = str(synth.FONT_DIR / "DejaVuSans.ttf")


def _text(d: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, fill: str = "black") -> Box:
    """Draw a line and return its box as an OCR detector would (a little padding around the ink)."""
    f = ImageFont.truetype(SANS, size)
    x0, y0, x1, y1 = d.textbbox(xy, text, font=f)
    d.text(xy, text, font=f, fill=fill)
    return Box(x0=x0 - 2, y0=y0 - 2, x1=x1 + 2, y1=y1 + 2)


def _figure_page() -> tuple[np.ndarray, list[Box], list[str]]:
    """A report page: heading, paragraph, a bar chart drawn with its tick labels, a small caption below."""
    img = Image.new("RGB", (800, 760), "white")
    d = ImageDraw.Draw(img)
    boxes, texts = [], []

    def put(xy: tuple[int, int], text: str, size: int) -> None:
        boxes.append(_text(d, xy, text, size))
        texts.append(text)

    put((60, 30), "Quarterly report", 30)
    put((60, 90), "Sales grew in every region this quarter, led by strong demand in the north.", 16)
    put((60, 114), "The chart below compares the four regions we sell in across the year.", 16)
    ox, oy, top = 140, 560, 200  # axes origin and top of the plot
    d.line([(ox, top), (ox, oy)], fill="black", width=2)
    d.line([(ox, oy), (700, oy)], fill="black", width=2)
    for k, v in enumerate((0, 50, 100, 150)):
        y = oy - k * (oy - top) // 3
        d.line([(ox - 6, y), (ox, y)], fill="black", width=2)
        w = d.textlength(str(v), font=ImageFont.truetype(SANS, 15))
        put((ox - 10 - int(w), y - 9), str(v), 15)  # right-aligned beside its tick, as plots do
    for k, (name, h) in enumerate((("North", 300), ("South", 180), ("East", 240), ("West", 120))):
        x = ox + 40 + k * 135
        d.rectangle([x, oy - h, x + 80, oy], fill=(31, 119, 180))
        put((x + 15, oy + 10), name, 15)
    put((200, 610), "Figure 2: Sales by region, thousands of units", 13)
    put((60, 680), "Next quarter we expect the east to overtake the south as new stores open.", 16)
    return np.asarray(img), boxes, texts


def test_a_drawn_chart_is_one_figure_block_with_its_labels_and_a_caption() -> None:
    arr, boxes, texts = _figure_page()
    lay = analyse(arr, boxes, texts)
    figs = [b for b in lay.blocks if b.role == "figure"]
    assert len(figs) == 1, [(b.role, [texts[i] for i in b.lines]) for b in lay.blocks]
    labels = {texts[i] for i in figs[0].lines}
    assert {"North", "South", "East", "West", "0", "150"} <= labels
    assert not any(b.role == "table" for b in lay.blocks), "tick and category labels are no table"
    role = {texts[b.lines[0]]: b.role for b in lay.blocks if b.lines}
    assert role["Figure 2: Sales by region, thousands of units"] == "caption"
    assert role["Quarterly report"] == "title"
    assert role[texts[1]] == "paragraph" and role[texts[-1]] == "paragraph", "prose is not the figure's"
    order = [b.role for b in lay.blocks]
    assert order.index("figure") < order.index("caption"), "the figure is read where it stands"


def test_text_pages_have_no_figures() -> None:
    img = Image.new("RGB", (700, 400), "white")
    d = ImageDraw.Draw(img)
    boxes = [_text(d, (40, 40 + 26 * k), f"Line {k} of a plain page of running text goes on here.", 16)
             for k in range(10)]
    d.rectangle([20, 20, 680, 380], outline="black", width=2)  # a frame is not a picture
    lay = analyse(np.asarray(img), boxes, [f"Line {k} of a plain page of running text goes on here." for k in
                                           range(10)])
    assert not any(b.role == "figure" for b in lay.blocks)


def test_text_on_a_band_is_not_a_button_but_a_small_filled_label_is() -> None:
    img = Image.new("RGB", (760, 400), (232, 232, 232))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 740, 270], fill="white")
    d.rectangle([20, 20, 740, 68], fill=(0, 160, 224))  # a header band across the card
    band = _text(d, (40, 32), "BOARDING PASS", 18, fill="white")
    label = _text(d, (40, 84), "PASSENGER", 11, fill="gray")
    name = _text(d, (40, 100), "AMIRA HADDAD", 18)
    d.rounded_rectangle([40, 200, 160, 240], radius=6, fill=(30, 120, 60))
    button = _text(d, (62, 210), "Check in", 16, fill="white")
    texts = ["BOARDING PASS", "PASSENGER", "AMIRA HADDAD", "Check in"]
    lay = analyse(np.asarray(img), [band, label, name, button], texts)
    role = {texts[b.lines[0]]: b.role for b in lay.blocks}
    assert role["BOARDING PASS"] != "button" and role["PASSENGER"] != "button"
    assert role["AMIRA HADDAD"] != "button"
    assert role["Check in"] == "button"


def test_a_trend_triangle_is_not_a_radio_button_but_a_circle_is() -> None:
    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    d.polygon([(40, 62), (52, 62), (46, 50)], fill=(22, 160, 70))  # ▲ before "+12.2% vs last month"
    trend = _text(d, (60, 48), "+12.2% vs last month", 16, fill=(22, 160, 70))
    d.ellipse([40, 120, 56, 136], outline="black", width=2)
    d.ellipse([44, 124, 52, 132], fill="black")
    option = _text(d, (64, 118), "Express delivery", 16)
    lines = [OcrLine(text="+12.2% vs last month", box=Box(x0=38, y0=trend.y0, x1=trend.x1, y1=trend.y1),
                     confidence=0.99),
             OcrLine(text="Express delivery", box=option, confidence=0.99)]
    bold = ImageFont.truetype(str(synth.FONT_DIR / "DejaVuSans-Bold.ttf"), 22)
    d.text((300, 120), "36F 07:00", font=bold, fill="black")  # bold print whose glyphs run together
    x0, y0, x1, y1 = d.textbbox((300, 120), "36F 07:00", font=bold)
    lines.append(OcrLine(text="36F 07:00", box=Box(x0=x0 - 2, y0=y0 - 2, x1=x1 + 2, y1=y1 + 2), confidence=0.99))
    controls = find_controls(np.asarray(img), lines)
    radios = [c for c in controls if c.kind == "radio"]
    assert len(radios) == 1 and radios[0].box.cy > 100 and radios[0].state == "selected"
    assert not [c for c in controls if c.kind in ("toggle", "checkbox")], controls


def _perceive(img: Image.Image, tools: tuple[str, ...]) -> SIR:
    ctx = ToolContext(image=img, engines=Engines())
    sir = SIR(
        image=ImageFacts(width=img.width, height=img.height, original_width=img.width, original_height=img.height,
                         sha256="0", format="PNG", mode="RGB"),
        question="Describe the image.",
    )
    for name in tools:
        run_tool(name, {}, ctx, sir, Trace(), 1, Budget(20, 1e18))
    return sir


def test_a_chart_reading_says_each_value_once_with_its_figure() -> None:
    rng = random.Random(77)
    item = synth.bar_chart(rng)
    sir = _perceive(item.image, ("ocr", "layout", "chart"))
    text = sir.render_text()
    series = [e for e in sir.by_kind("series")]
    assert series, text
    assert "[figure: " in text and "chart" in text.split("[figure: ", 1)[1].split("]")[0], text
    assert "TABLE" not in text, text
    # Every point is said once: "x=value" appears a single time in the whole reading.
    for p in series[0].attrs["points"]:  # type: ignore[union-attr]
        pair = f"{p['x']}={p.get('text', p.get('y'))}"  # type: ignore[index]
        assert text.count(pair) == 1, (pair, text)
