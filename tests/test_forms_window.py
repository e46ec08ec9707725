"""`forms` on a small application window over a dark desktop (a Tk look): the ground is the window's face,
not the desktop, and an empty box filled white on a grey face is unchecked while a filled one is checked."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def _window(states: dict[str, bool]) -> Image.Image:
    img = Image.new("RGB", (1100, 800), "black")
    d = ImageDraw.Draw(img)
    d.rectangle((300, 200, 800, 600), fill=(217, 217, 217), outline=(120, 120, 120))
    face = font(15)
    for i, (label, on) in enumerate(states.items()):
        y = 260 + 30 * i
        d.rectangle((330, y, 342, y + 12), fill=(70, 90, 110) if on else "white", outline=(90, 90, 90))
        d.text((352, y - 3), label, fill="black", font=face)
    x = 330
    for name in ("Dark", "System", "Light"):  # Tk radio buttons: diamonds in one row, read as one OCR line
        c = (x + 6, 420)
        d.polygon([(c[0], c[1] - 6), (c[0] + 6, c[1]), (c[0], c[1] + 6), (c[0] - 6, c[1])],
                  fill=(70, 90, 110) if name == "Light" else "white", outline=(90, 90, 90))
        d.text((x + 17, 411), name, fill="black", font=face)
        x += 30 + int(d.textlength(name, font=face))
    return img


def test_checkbox_states_in_a_window_on_a_dark_desktop() -> None:
    states = {"Send usage data": True, "Remember window size": False, "Start at login": True,
              "Check for updates": True}  # fmt: skip
    res = TOOLS.get("forms")(ToolContext(image=_window(states), engines=ENGINES))
    found = {f.label: f.value for f in res.evidence if f.kind == "field" and f.attrs.get("control") == "checkbox"}
    assert found == {k: "checked" if v else "unchecked" for k, v in states.items()}, found
    counts = {e.attrs["count_of"]: e.number for e in res.evidence if e.kind == "number"}
    assert counts["checked checkbox"] == 3 and counts["unchecked checkbox"] == 1


def test_tk_radio_diamonds_in_one_row_each_get_their_word_and_state() -> None:
    res = TOOLS.get("forms")(ToolContext(image=_window({"Autosave": True, "Backup": False}), engines=ENGINES))
    radios = {f.label: f.value for f in res.evidence if f.kind == "field" and f.attrs.get("control") == "radio"}
    assert radios == {"Dark": "unselected", "System": "unselected", "Light": "selected"}, radios
