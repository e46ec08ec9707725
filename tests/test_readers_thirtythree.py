"""Which way a series runs (rising, falling, flat) asked in the question's own words for the directions; a
sidebar met by a step of shade; file icons that are no checkboxes; dates read day first by their column; star
ratings and a list view's own row numbers. Invented data only."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from records_util import bare_sir

from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.record_cleanup import without_row_numbers
from seeingeye.agents.solve_trend import slope_direction, trend_candidates
from seeingeye.agents.tabular import Row, cell_type, day_first, make_records, sort_key
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.forms import ruled_inside
from seeingeye.tools.panes import background_steps


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


def test_a_series_direction_is_its_fitted_slope_not_its_last_step() -> None:
    assert slope_direction([3, 5, 6, 9, 12, 11]) == 0  # one dip at the end: still rising
    assert slope_direction([40, 35, 31, 33, 22]) == 1
    assert slope_direction([50, 51, 49, 50, 50.5]) == 2


def _chart(series: dict[str, list[float]]) -> object:
    sir = bare_sir()
    for name, values in series.items():
        for month, v in zip(("Jan", "Feb", "Mar", "Apr", "May", "Jun"), values, strict=False):
            sir.add(EvidenceDraft(kind="point", label=month, value=f"{v:g}", number=v, attrs={"series": name}),
                    source="chart", round=1)
    return sir


def test_the_named_series_direction_is_answered_in_the_question_s_words(m: Matcher) -> None:
    sir = _chart({"Kiosk": [12, 15, 14, 19, 23, 26], "Mail order": [30, 28, 25, 26, 20, 17]})
    qa = analyse("Mail order across the half year: climbing or sliding?")
    qa = replace(qa, operator="trend", column="Mail order", operands=["climbing", "sliding"], yesno=False)
    assert [c.answer for c in trend_candidates(qa, sir, m)] == ["sliding"]
    qa = replace(qa, column="Kiosk")
    assert [c.answer for c in trend_candidates(qa, sir, m)] == ["climbing"]
    yes_no = replace(qa, column="Kiosk", operands=["shrinking"], yesno=True)
    assert [c.answer for c in trend_candidates(yes_no, sir, m)] == ["no"]
    unnamed = replace(qa, column="weather", row=None, target="weather", operands=["climbing", "sliding"])
    assert trend_candidates(unnamed, sir, m) == []  # two series, neither named: no guess


def test_options_that_name_no_direction_give_no_answer(m: Matcher) -> None:
    sir = _chart({"Depth": [4, 5, 7, 8, 9]})
    qa = replace(analyse("is the depth deeper or shallower?"), operator="trend", column="Depth",
                 operands=["sharper", "blurrier"], yesno=False)
    assert trend_candidates(qa, sir, m) == []


def _sidebar_window(zebra: bool = True) -> np.ndarray:
    """A dark file manager: a sidebar one shade lighter than the list beside it, whose rows alternate two
    shades, with text-like marks on both sides; no line is drawn between them."""
    g = np.full((400, 900), 45, dtype=np.uint8)
    g[60:380, :170] = 37
    g[60:380, 170:] = 29
    if zebra:
        for y in range(60, 380, 56):
            g[y + 28 : y + 56, 170:] = 40
    for y in range(80, 360, 28):
        g[y : y + 8, 20:90] = 200  # a sidebar entry
        g[y : y + 8, 190:400] = 210  # a list row's name
    return g


def test_a_sidebar_met_by_a_shade_step_is_a_pane_edge() -> None:
    steps = background_steps(_sidebar_window())
    assert [x for x, _, _ in steps] == [170]
    assert background_steps(_sidebar_window(zebra=False))[0][0] == 170


def test_bars_stepping_from_the_page_shade_are_no_panes() -> None:
    g = np.full((400, 600), 255, dtype=np.uint8)
    for k, top in enumerate((90, 150, 60, 200)):  # four filled bars over one baseline
        g[top:360, 60 + 120 * k : 140 + 120 * k] = 90
    assert background_steps(g) == []


def test_a_box_ruled_inside_is_an_icon_not_a_checkbox() -> None:
    icon = np.zeros((12, 11), bool)
    icon[[0, -1], :] = icon[:, [0, -1]] = True
    icon[[2, 4, 6, 8], :] = True  # a page of text drawn as rules
    assert ruled_inside(icon)
    box = np.zeros((12, 11), bool)
    box[[0, -1], :] = box[:, [0, -1]] = True
    ticked = box.copy()
    for i in range(3, 9):
        ticked[i, 12 - i] = ticked[i + 1, 12 - i] = True
    filled = box.copy()
    filled[3:9, 3:8] = True
    assert not ruled_inside(box) and not ruled_inside(ticked) and not ruled_inside(filled)


def test_a_date_column_whose_day_passes_twelve_reads_every_date_day_first() -> None:
    assert day_first(["28/08/2025 14:14", "11/07/2025 13:57", "09/10/2025 07:01"])
    assert not day_first(["08/28/2025", "11/07/2025"])
    assert sort_key("11/07/2025 13:57", "date", dayfirst=True) < sort_key("27/10/2025 16:07", "date", dayfirst=True)


def test_stars_rate_as_their_count_and_row_numbers_leave_the_names() -> None:
    assert cell_type("★★★★") == "number" and sort_key("★ ★ ★", "number") == 3.0
    rec = make_records("columns", ["Title", "Rating"], [Row(["Alder Court", "★★"], ["a"]),
                                                        Row(["2 Birch Mews", "★★★"], ["b"]),
                                                        Row(["3 Cedar Row", "★"], ["c"]),
                                                        Row(["12 Drays", "★★★★"], ["d"])])
    assert rec is not None
    without_row_numbers(rec)
    assert [r.cells[0] for r in rec.rows] == ["Alder Court", "Birch Mews", "Cedar Row", "12 Drays"]


def test_buttons_of_one_row_are_read_left_to_right_whatever_their_height() -> None:
    from seeingeye.agents.page_rows import reading_order
    from seeingeye.sir import Box, Evidence

    def button(i: str, x: float, y: float) -> Evidence:
        return Evidence(id=i, source="tool:forms", round=1, kind="field", value=i, confidence=0.8,
                        box=Box(x0=x, y0=y, x1=x + 70, y1=y + 26), attrs={"control": "button"})

    # middles at 429 and 431: a grid of 20 pixels would cut the row between them
    row = [button("Close", 400, 416), button("Revert", 120, 418), button("Apply", 260, 418)]
    assert [e.id for e in reading_order([*row, button("Help", 10, 380)])] == ["Help", "Revert", "Apply", "Close"]


def test_a_short_name_with_its_address_is_the_name() -> None:
    from seeingeye.agents.person_answer import person_only

    assert person_only("Odile Varnaq <odile@ fernmoor.test>") == "Odile Varnaq"
    assert person_only("Odile Varnaq") == "Odile Varnaq"


def test_a_box_asked_ticked_or_not_is_answered_yes_or_no(m: Matcher) -> None:
    from seeingeye.agents.solve_select import state_candidates

    sir = bare_sir()
    for label, state, y in (("Weekly digest", "unchecked", 40.0), ("Accept the terms", "checked", 80.0)):
        sir.add(EvidenceDraft(kind="field", label=label, value=state, box=Box(x0=10, y0=y, x1=26, y1=y + 16),
                              attrs={"control": "checkbox"}), source="tool:forms", round=1)
    qa = analyse("weekly digest box: ticked or not?")
    assert qa.state_choice == ("ticked", "not ticked")
    assert [c.answer for c in state_candidates(qa, sir, m)] == ["no"]


def test_a_clock_time_opening_every_row_and_the_header_is_a_column_of_its_own() -> None:
    from seeingeye.tools.table import split_header

    grid = [["09:12:05 UID", "PID", "%CPU", "Command"], ["09:12:05 0", "411", "12.00", "sshd"],
            ["09:12:05 104", "902", "48.00", "ferment"], ["09:12:05 104", "907", "3.00", "brine"]]
    header, body, printed, _ = split_header(grid)
    assert printed and header == ["time", "UID", "PID", "%CPU", "Command"]
    assert body[1] == ["09:12:05", "104", "902", "48.00", "ferment"]


def test_a_click_asked_for_by_what_it_should_do_is_parsed_once() -> None:
    from seeingeye.agents.question_choices import purpose

    assert purpose("a dialog about the printer - which button do I press to keep the old driver?") == \
        "keep the old driver"
    assert purpose("where should I click so the upload stops") == "the upload stops"
    assert purpose("which button pauses the export") is None
