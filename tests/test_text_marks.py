"""Checkboxes drawn with characters (a whiptail / dialog checklist): found from the pixels beside each line,
ticked when something stands inside the brackets, whatever OCR made of the marks."""

from __future__ import annotations

import pytest
from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()
ITEMS = [("nginx", "Web server", True), ("postgresql", "Database server", True), ("redis", "Cache", False),
         ("fail2ban", "Brute-force protection", True), ("certbot", "ACME client", False)]  # fmt: skip


def _checklist(ground: str, ink: str, cursor: bool) -> Image.Image:
    img = Image.new("RGB", (620, 300), ground)
    d = ImageDraw.Draw(img)
    f = font(17, mono=True)
    d.text((30, 20), "Choose the components to install:", font=f, fill=ink)
    for i, (name, note, on) in enumerate(ITEMS):
        y = 70 + 30 * i
        if cursor and i == 0:  # the cursor's block stands on the first mark's star
            d.rectangle((41, y - 1, 51, y + 20), fill="#3a6fd8")
        d.text((30, y), f"[{'*' if on else ' '}] {name:<12}{note}", font=f, fill=ink)
    return img


@pytest.mark.parametrize(("ground", "ink", "cursor"), [("#c0c0c0", "#000000", True), ("#7f9fbf", "#e8e8e8", False)])
def test_text_checklist_reads_each_mark_and_its_state(ground: str, ink: str, cursor: bool) -> None:
    res = TOOLS.get("forms")(ToolContext(image=_checklist(ground, ink, cursor), engines=ENGINES))
    boxes = {f.label: f.value for f in res.evidence if f.kind == "field" and f.attrs.get("control") == "checkbox"}
    assert boxes == {name: "checked" if on else "unchecked" for name, _, on in ITEMS}
    ticked = [e for e in res.evidence if e.kind == "number" and e.attrs.get("count_of") == "checked checkbox"]
    assert ticked and ticked[0].number == 3


def test_bracketed_words_in_prose_are_no_checklist() -> None:
    img = Image.new("RGB", (620, 160), "white")
    d = ImageDraw.Draw(img)
    f = font(17, mono=True)
    d.text((30, 30), "[INFO] server started on port 8080", font=f, fill="black")
    d.text((30, 70), "see the manual [1] for details", font=f, fill="black")
    res = TOOLS.get("forms")(ToolContext(image=img, engines=ENGINES))
    assert not [f for f in res.evidence if f.kind == "field" and f.attrs.get("control") == "checkbox"]
