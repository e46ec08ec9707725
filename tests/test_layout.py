"""Layout, tables, OCR fidelity and the structured rendering of the SIR."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from seeingeye.agents.translator import Budget, run_tool
from seeingeye.eval import synth
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.layout import analyse
from seeingeye.tools.ocr import _fix_glyphs
from seeingeye.trace import Trace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from perception_speed import vlm_image_tokens  # noqa: E402

ENGINES = Engines()
SANS = str(synth.FONT_DIR / "DejaVuSans.ttf")


def _page(w: int, h: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (w, h), "white")
    return img, ImageDraw.Draw(img)


def _perceive(img: Image.Image, tools: tuple[str, ...] = ("ocr", "layout", "table")) -> SIR:
    ctx = ToolContext(image=img, engines=ENGINES)
    sir = SIR(
        image=ImageFacts(
            width=img.width,
            height=img.height,
            original_width=img.width,
            original_height=img.height,
            sha256="0",
            format="PNG",
            mode="RGB",
        ),
        question="Describe the image.",
    )
    budget = Budget(20, 1e18)
    for name in tools:
        run_tool(name, {}, ctx, sir, Trace(), 1, budget)
    return sir


def test_xy_cut_keeps_columns_apart_and_counts_list_items() -> None:
    """Boxes of a two-column page whose rows line up across the gutter: each column is read whole."""
    arr = np.full((600, 800, 3), 255, np.uint8)
    boxes, texts = [Box(x0=250, y0=20, x1=550, y1=50)], ["A Study of Terns"]
    for k in range(6):  # left and right columns, lines at the same heights
        y = 80 + 22 * k
        boxes += [Box(x0=40, y0=y, x1=370, y1=y + 18), Box(x0=430, y0=y, x1=760, y1=y + 18)]
        texts += [f"left column sentence number {k} goes on and on here", f"right column words {k} continue on"]
    for k in range(3):
        y = 260 + 22 * k
        boxes.append(Box(x0=430, y0=y, x1=640, y1=y + 18))
        texts.append(f"{k + 1}. item {k + 1}")
    lay = analyse(arr, boxes, texts)
    roles = [b.role for b in lay.blocks]
    assert roles[0] == "title" and roles.count("list_item") == 3
    order = [texts[i] for i in lay.order]
    left = [k for k, t in enumerate(order) if t.startswith("left")]
    right = [k for k, t in enumerate(order) if t.startswith("right")]
    assert max(left) < min(right), "the left column is read before the right one"
    assert {b.column for b in lay.blocks if "left" in texts[b.lines[0]]} == {0}
    assert {b.column for b in lay.blocks if "right" in texts[b.lines[0]]} == {1}


def test_table_cells_have_rows_columns_and_header_labels() -> None:
    img, d = _page(700, 260)
    f = ImageFont.truetype(SANS, 18)
    rows = [
        ["City", "Code", "Phone"],
        ["Oslo", "0047-A", "0800 123 4567"],
        ["Lima", "7705-HZ", "0161 555 0199"],
        ["Kyiv", "0x3f9a", "020 7946 0958"],
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            d.text((30 + 220 * c, 30 + 45 * r), cell, font=f, fill="black")
    sir = _perceive(img)
    table = sir.by_kind("table")[0]
    assert table.attrs["header"] == ["City", "Code", "Phone"] and table.attrs["n_rows"] == 3
    cells = {(c.attrs["row"], c.attrs["col"]): c for c in sir.by_kind("cell")}
    assert cells[(1, 1)].value == "7705-HZ" and cells[(1, 1)].attrs["col_label"] == "Code"
    assert cells[(1, 1)].attrs["row_label"] == "Lima"
    assert cells[(0, 2)].value == "0800 123 4567"  # leading zero and spaces kept
    text = sir.render_text()
    assert "Lima | 7705-HZ | 0161 555 0199" in text and text.count("7705-HZ") == 1


def test_upside_down_line_is_read_right_way_up() -> None:
    img, d = _page(640, 200)
    f = ImageFont.truetype(SANS, 22)
    d.text((30, 20), "Build finished in 99 seconds", font=f, fill="black")
    strip = Image.new("RGB", (560, 40), "white")
    ImageDraw.Draw(strip).text((5, 5), "exit status 2 after 99 tries", font=f, fill="black")
    img.paste(strip.rotate(180), (30, 120))
    sir = _perceive(img, ("ocr",))
    values = [e.value for e in sir.by_kind("text", "number")]
    assert any("exit status 2" in v and "99" in v for v in values), values
    assert not any("66" in v for v in values)


def test_render_text_is_structured_once_and_within_budget() -> None:
    img, d = _page(760, 420)
    big, body = ImageFont.truetype(SANS, 34), ImageFont.truetype(SANS, 17)
    d.text((30, 20), "Release Notes", font=big, fill="black")
    d.text((30, 90), "Invoice No: 00012345", font=body, fill="black")
    d.text(
        (30, 130), "This version fixes the importer and speeds up the exporter a great deal.", font=body, fill="black"
    )
    for k, item in enumerate(["Faster start-up", "New dark theme", "Fewer crashes"]):
        d.text((40, 180 + 34 * k), f"{k + 1}. {item}", font=body, fill="black")
    sir = _perceive(img, ("ocr", "layout"))
    sir.add(
        EvidenceDraft(kind="shape", value="blue rectangle", box=Box(x0=28, y0=85, x1=250, y1=112)),
        source="shapes",
        round=1,
    )
    text = sir.render_text()
    lines = text.splitlines()
    assert any(ln.startswith("# Release") for ln in lines)
    assert sum(ln.startswith("- ") for ln in lines) == 3
    assert text.count("00012345") == 1, "a key: value line is said once"
    assert "rectangle" not in text, "a shape drawn over text is noise"
    assert len(sir.render_text(max_tokens=30)) <= 120
    dump = sir.render_text(kinds=("key_value",))
    assert "key_value" in dump and "'00012345'" in dump and "Release" not in dump


def test_glyph_fix_does_not_touch_codes() -> None:
    assert _fix_glyphs("Welcome to 0slo") == "Welcome to Oslo"
    assert _fix_glyphs("commit 0fab3 and 0xff id 0abc") == "commit 0fab3 and 0xff id 0abc"


def test_vlm_image_tokens_follow_qwen_resize() -> None:
    assert vlm_image_tokens(1280, 1000) == 46 * 36
    assert vlm_image_tokens(20, 20) == 4  # grown to the 3136-pixel minimum
    assert vlm_image_tokens(8000, 8000) <= 12845056 // (28 * 28)


def test_currency_signs_missing_from_the_recogniser_are_put_back() -> None:
    img, d = _page(420, 120)
    f = ImageFont.truetype(SANS, 20)
    d.text((20, 20), "Tax €708.70", font=f, fill="black")
    d.text((20, 65), "Total $96.65", font=f, fill="black")
    values = [e.value for e in _perceive(img, ("ocr",)).by_kind("text", "number")]
    assert any("€708.70" in v for v in values), values
    assert any("$96.65" in v for v in values) and not any("€96" in v for v in values)
