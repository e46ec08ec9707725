"""The UI reading (tools/ui.py) and the programs over it (agents/ui_solve.py), on OCR lines laid out as the
applications of benchmarks/screens lay them out, and on a committed screenshot's pixels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from seeingeye.agents.question import analyse
from seeingeye.agents.ui_solve import grid_cell, selected_entries, ui_candidates
from seeingeye.render import render
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.tools.chrome import window_title
from seeingeye.tools.gutter import gutter_split
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.ui import grid_table, highlighted

SHOTS = Path(__file__).resolve().parents[1] / "benchmarks" / "screens" / "dev" / "images"


def _ln(text: str, x: float, y: float, w: float = 60, h: float = 14) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + w, y1=y + h), confidence=0.95)


def _sir(*drafts: EvidenceDraft) -> SIR:
    sir = SIR(image=ImageFacts(width=800, height=600, original_width=800, original_height=600, sha256="0",
                               format="PNG", mode="RGB"), question="q")
    for d in drafts:
        sir.add(d, source="ui", round=1)
    return sir


def test_gutter_split_separates_line_numbers_from_code() -> None:
    lines = [_ln(f"{i} key{i} = {i * 10}", 10, 20 * i, 120) for i in range(1, 6)]
    hits = gutter_split(lines)
    assert [(n, code) for n, code, _ in hits][:2] == [(1, "key1 = 10"), (2, "key2 = 20")]
    # Numbers that do not run in sequence are prices or counts, not a gutter.
    shuffled = [_ln(f"{n} apples", 10, 20 * i, 120) for i, n in enumerate([40, 3, 17, 2, 9])]
    assert gutter_split(shuffled) == []


def test_gutter_numbers_glued_to_their_code_by_ocr() -> None:
    texts = ["1 [server]", "2port = 8980", "3 workers = 6", "4 timeout = 53", "5log_level = warning", "6 x = 1"]
    hits = gutter_split([_ln(t, 90, 20 + 18 * i) for i, t in enumerate(texts)])
    assert [(n, code) for n, code, _ in hits] == [(1, "[server]"), (2, "port = 8980"), (3, "workers = 6"),
                                                 (4, "timeout = 53"), (5, "log_level = warning"), (6, "x = 1")]


def test_grid_table_reads_letters_and_row_numbers() -> None:
    lines = [_ln(c, 100 + 100 * k, 50, 10) for k, c in enumerate("ABC")]
    data = [["Region", "Q1", "Q2"], ["Lyon", "120", "340"], ["Porto", "560", "780"]]
    for r, row in enumerate(data):
        lines.append(_ln(str(r + 1), 20, 80 + 25 * r, 10))
        lines += [_ln(v, 80 + 100 * k, 80 + 25 * r, 40) for k, v in enumerate(row)]
    t = grid_table(lines)
    assert t is not None and t.attrs["col_labels"] == ["A", "B", "C"] and t.attrs["header"] == data[0]
    assert t.attrs["rows"] == data[1:] and t.attrs["row_labels"] == ["1", "2", "3"]
    sir = _sir(t)
    assert grid_cell(sir, "C", "2").answer == "340"  # type: ignore[union-attr]
    assert [c.answer for c in ui_candidates(analyse("what is in row 3, column B?"), sir)] == ["560"]
    assert [c.answer for c in ui_candidates(analyse("value of A2?"), sir)] == ["Lyon"]
    assert ui_candidates(analyse("value of Z9?"), sir) == []
    assert [c.answer for c in ui_candidates(analyse("What is the Q2 figure for Porto?"), sir)] == ["780"]


def test_highlighted_row_is_the_one_on_a_different_background() -> None:
    arr = np.full((300, 400, 3), 255, np.uint8)
    arr[98:122, :] = (53, 132, 228)  # the selection colour behind the third row
    lines = [_ln(f"printer-{i}", 20, 30 + 35 * i, 120, 16) for i in range(5)]
    assert [ln.text for ln in highlighted(arr, lines)] == ["printer-2"]
    arr[:] = 255
    assert highlighted(arr, lines) == []
    # OCR pads its boxes: the band ends a pixel or two inside the box of the selected row and its neighbours
    arr[102:118, :] = (53, 132, 228)
    padded = [_ln(f"printer-{i}", 20, 28 + 35 * i + (2 if i == 2 else 0), 120, 18) for i in range(5)]
    assert [ln.text for ln in highlighted(arr, padded)] == ["printer-2"]


def test_window_title_sits_on_a_title_bar() -> None:
    arr = np.full((300, 400, 3), 240, np.uint8)
    arr[0:24, :] = (60, 60, 90)
    lines = [_ln("Select Printer", 120, 5, 140, 14), _ln("Choose a printer", 20, 60, 140, 14)]
    t = window_title(arr, lines)
    assert t is not None and t.text == "Select Printer"


def test_committed_screenshot_title_and_selected_row_from_pixels() -> None:
    """The zenity printer list as committed: its title bar and the row the build script clicked, found from
    the screenshot's pixels (lines placed where the OCR reads them)."""
    arr = np.asarray(Image.open(SHOTS / "zenity_printers.png").convert("RGB"))
    title = _ln("Select Printer", 567, 203, 88, 13)
    body = _ln("Choose a printer for the report", 313, 234, 197, 14)
    rows = [_ln(name, 318, 285 + 23 * k, 100, 14) for k, name in enumerate(["Brother", "Xerox", "HP", "Canon"])]
    found = window_title(arr, [title, body, *rows])
    assert found is not None and found.text == "Select Printer"
    assert [ln.text for ln in highlighted(arr, rows)] == ["Xerox"]


def test_render_shows_selected_row_with_its_box() -> None:
    sir = _sir(EvidenceDraft(kind="field", label="highlighted row", value="HP-LaserJet-4",
                             box=Box(x0=10, y0=20, x1=200, y1=40), attrs={"control": "list_item", "selected": True}))
    sir.overview.app_kind, sir.overview.window_title = "dialog", "Select Printer"
    text = render(sir, 2000)
    assert "selected row: HP-LaserJet-4 @[10, 20, 200, 40]" in text and "window title: Select Printer" in text
    assert [c.answer for c in selected_entries(sir)] == ["HP-LaserJet-4"]


def test_plural_control_lists_them_in_screen_order() -> None:
    sir = _sir(EvidenceDraft(kind="field", value="Delete", box=Box(x0=300, y0=200, x1=360, y1=230),
                             attrs={"control": "button"}),
               EvidenceDraft(kind="field", value="Keep", box=Box(x0=200, y0=201, x1=260, y1=231),
                             attrs={"control": "button"}))
    assert [c.answer for c in ui_candidates(analyse("Which buttons does the dialog offer?"), sir)] == ["Keep, Delete"]
    assert ui_candidates(analyse("Is the Delete button blue?"), sir) == []
