"""Controls and cards read from what OCR leaves of them: radio buttons read as glyphs, KPI changes whose
arrow survives only as ink colour, option labels with a note after a dash."""

from __future__ import annotations

from seeingeye.agents.solve_select import _option_name
from seeingeye.sir import Box
from seeingeye.tools.cards import _direction
from seeingeye.tools.control_groups import Control, glyph_radios
from seeingeye.tools.ocr import OcrLine, _fix_glyphs


def _ln(text: str, x0: float, y0: float = 225, colour: str | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 8 * len(text), y1=y0 + 18), confidence=0.9, colour=colour)


def test_a_filled_dot_before_a_label_is_the_selected_radio_and_its_row_the_others() -> None:
    swallowed = Control("text", Box(x0=360, y0=215, x1=900, y1=250), "● Light Dark Follow system")
    got = glyph_radios([swallowed], [_ln("● Light", 374), _ln("Dark", 447), _ln("Follow system", 514),
                                     _ln("Start at login", 383, y0=300)])
    radios = {c.label.text: c.state for c in got if c.kind == "radio" and c.label is not None}
    assert radios == {"Light": "selected", "Dark": "unselected", "Follow system": "unselected"}
    assert swallowed not in got


def test_lines_without_a_dot_are_no_radios() -> None:
    lines = [_ln("Light", 374), _ln("Dark", 447)]
    assert glyph_radios([], lines) == []


def test_a_change_keeps_its_direction_from_the_arrow_or_the_ink() -> None:
    assert _direction("▲ 5.5% vs last month", [_ln("x", 0, colour="green")]) == "+5.5% vs last month"
    assert _direction("12.9% vs last month", [_ln("x", 0, colour="red")]) == "−12.9% vs last month"
    assert _direction("£6.0% vs last month", [_ln("x", 0, colour="green")]) == "+6.0% vs last month"
    assert _direction("12.9% vs last month", [_ln("x", 0, colour="gray")]) == "12.9% vs last month"
    assert _direction("-3.1% vs last week", [_ln("x", 0, colour="green")]) == "-3.1% vs last week"


def test_an_option_is_named_without_its_note() -> None:
    assert _option_name("Team — $39/mo") == "Team"
    assert _option_name("Standard (5-7 days) – free") == "Standard (5-7 days)"
    assert _option_name("Follow system") == "Follow system"


def test_ocr_reads_ones_in_codes_and_capital_i_in_names_back() -> None:
    assert _fix_glyphs("kv-eu-l.internal") == "kv-eu-1.internal"
    assert _fix_glyphs("Drop legacy vl auth routes") == "Drop legacy v1 auth routes"
    assert _fix_glyphs("Ana lbrahim") == "Ana Ibrahim"
    assert _fix_glyphs("4 Deepika lyer") == "4 Deepika Iyer"  # a surname opening "Iy"
    assert _fix_glyphs("Hello lovely llamas") == "Hello lovely llamas"
