"""List items in `layout`: bullets drawn as ticks or arrows (or read by OCR as "√", "/", "→"), a bullet the OCR
box took in but the text left out, and the term of a two-column item ("--verbose   print more")."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.textutil import BULLET, LIST_MARK
from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def _items(img: Image.Image) -> list[dict]:
    res = TOOLS.get("layout")(ToolContext(image=img, engines=ENGINES))
    return [{"text": e.value, "term": e.attrs.get("term")} for e in res.evidence
            if e.kind == "block" and e.attrs.get("role") == "list_item"]


def test_list_marks_and_their_ocr_readings() -> None:
    for text in ("→ Ship weekly", "√ Done", "/ 100% renewable power", "• Milk", "- eggs", "2) Rinse"):
        assert LIST_MARK.match(text), text
    for text in ("-5 °C overnight", "1.5 kg of flour", "/usr/bin/env", "Total 12"):
        assert not LIST_MARK.match(text), text
    assert BULLET.sub("", "→ Ship weekly", count=1) == "Ship weekly"
    assert BULLET.sub("", "2) Rinse", count=1) == "2) Rinse"  # a number may be asked for: it stays


def _options_page() -> Image.Image:
    img = Image.new("RGB", (900, 420), "white")
    d = ImageDraw.Draw(img)
    d.text((40, 40), "Options", fill="black", font=font(28))
    mono = font(18)
    for k, (opt, desc) in enumerate([("--verbose", "print more detail"), ("--colour", "show what would change"),
                                     ("--jobs", "run this many at once")]):
        y = 110 + 40 * k
        d.ellipse((44, y + 8, 51, y + 15), fill="black")
        d.text((62, y), opt, fill="black", font=mono)
        d.text((62 + d.textlength(opt, font=mono) + 22, y), desc, fill="black", font=font(18))
    return img


def test_two_column_options_give_their_terms() -> None:
    img = _options_page()
    items = _items(img)
    assert len(items) == 3, items
    assert [i["term"].lstrip("-") for i in items] == ["verbose", "colour", "jobs"]


def test_tick_bullets_make_items() -> None:
    img = Image.new("RGB", (900, 360), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.text((60, 30), "Goals for 2027", fill=(30, 120, 60), font=font(34))
    for k, goal in enumerate(["Halve the build time", "Zero flaky tests", "Docs for every command"]):
        y = 120 + 50 * k
        d.line((62, y + 14, 68, y + 21), fill="black", width=2)  # a tick drawn as two strokes
        d.line((68, y + 21, 80, y + 5), fill="black", width=2)
        d.text((100, y), goal, fill="black", font=font(24))
    assert [i["text"] for i in _items(img)] == ["Halve the build time", "Zero flaky tests", "Docs for every command"]
