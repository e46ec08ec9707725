"""A command's short answer under its prompt (POSIX and Windows shells), a drive letter that is no label,
a row a lone star marks, "Title - Artist" cells split by the side whose names recur, bars read as ones,
the open tab, and long texts embedded by their words. Invented data only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.match import worded
from seeingeye.agents.pipe_tables import ruled_table
from seeingeye.agents.tabular import Row, make_records
from seeingeye.sir import Box, Evidence
from seeingeye.tools.git import _status
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import _colon_pair
from seeingeye.tools.shell import command_answers, marked_row
from seeingeye.tools.tabs import open_tab


def _line(text: str, x: float, y: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 16), confidence=0.99)


def test_a_command_with_a_one_line_answer_names_it() -> None:
    shown = ["D:\\work\\shop>rustc --version", "rustc 1.79.0 (129f3b996 2024-06-10)", "",
             "D:\\work\\shop>whoami", "desk-07\\mira", "", "D:\\work\\shop>dir /b", "a.txt", "b.txt", "c.txt",
             "D:\\work\\shop>"]
    lines = [_line(t, 10, 20 + 22 * k) for k, t in enumerate(shown) if t]
    got = {cmd: ln.text for cmd, ln in command_answers(lines)}
    assert got == {"rustc --version": "rustc 1.79.0 (129f3b996 2024-06-10)", "whoami": "desk-07\\mira"}


def test_a_posix_prompt_and_a_last_command_at_the_bottom() -> None:
    shown = ["kai@lab:~/src$ go version", "go version go1.22.4 linux/amd64", "kai@lab:~/src$ uname -r",
             "6.1.0-21-amd64"]
    got = {cmd: ln.text for cmd, ln in command_answers([_line(t, 4, 10 + 20 * k) for k, t in enumerate(shown)])}
    assert got == {"go version": "go version go1.22.4 linux/amd64", "uname -r": "6.1.0-21-amd64"}


def test_no_prompt_no_answers() -> None:
    assert command_answers([_line("just a note", 0, 0), _line("and another", 0, 20)]) == []


def test_a_drive_letter_is_no_label() -> None:
    assert _colon_pair("C:\\Users\\mira>cargo build") is None
    assert _colon_pair("Colour:teal") == ("Colour", "teal")


def test_title_and_artist_cells_split_by_the_side_that_recurs() -> None:
    cells = [("Lantern Road - Ivy Marsh", "3:41"), ("Salt Flats - Oren Bell", "4:02"),
             ("Paper Moon - Ivy Marsh", "2:58"), ("Salt Road - Oren Bell", "5:10"), ("Kites - Ivy Marsh", "3:05")]
    rec = make_records("table", ["Track", "Length"], [Row([a, b], []) for a, b in cells])
    assert rec is not None
    assert rec.rows[0].cells[:2] == ["Lantern Road", "Ivy Marsh"] and rec.columns[1].type == "name"
    assert rec.label(rec.rows[3]) == "Salt Road"
    flipped = make_records("table", ["", "Time"], [Row([" - ".join(a.split(" - ")[::-1]), b], []) for a, b in cells])
    assert flipped is not None and flipped.rows[1].cells[:2] == ["Salt Flats", "Oren Bell"]


def test_two_distinct_sides_stay_one_cell() -> None:
    cells = ["Oslo - Bergen", "Lyon - Nice", "Porto - Faro", "Graz - Linz"]
    rec = make_records("table", ["Route", "Fare"], [Row([c, "12.00"], []) for c in cells])
    assert rec is not None and rec.rows[0].cells[0] == "Oslo - Bergen"


def test_an_embedding_reads_words_not_figures() -> None:
    assert worded("probe (A3) 21.5 C 20.9 C") == worded("probe (B7) 19.0 C 22.4 C") == "probe C C 0"
    assert worded("12 - 14") == "0" and worded("no figures here") == "no figures here"


def test_the_one_row_a_star_marks_is_the_current_one() -> None:
    branches = [_line("  feature/tiles", 10, 20), _line("* hotfix-42", 10, 42), _line("  main", 10, 64),
                _line("  release/3.1", 10, 86)]
    picked = marked_row(branches)
    assert picked is not None and picked.text == "hotfix-42"
    envs = [_line("base", 10, 20), _line("/opt/env", 300, 20), _line("lab", 10, 42), _line("*", 260, 42),
            _line("/opt/env/envs/lab", 300, 42), _line("old", 10, 64), _line("/opt/env/envs/old", 300, 64)]
    picked = marked_row(envs)
    assert picked is not None and picked.text == "lab"


def test_stars_on_every_row_or_a_lone_line_mark_nothing() -> None:
    bullets = [_line("* eggs", 10, 20), _line("* flour", 10, 42), _line("* milk", 10, 64)]
    assert marked_row(bullets) is None
    assert marked_row([_line("* note to self", 10, 20), _line("far below", 400, 300)]) is None


def test_a_short_status_path_with_a_misread_dot_is_still_a_file() -> None:
    shown = ["## topic/maps", "M render·py", "M tiles.py", "?? scratch.txt"]
    _, files = _status([_line(t, 10, 20 + 22 * k) for k, t in enumerate(shown)])
    assert [(p, s) for p, s, _ in files] == [("render.py", "modified"), ("tiles.py", "modified"),
                                             ("scratch.txt", "untracked")]


def _piece(i: int, text: str, col: int, y: float) -> Evidence:
    """A monospaced piece starting at character `col` (10 px a character)."""
    return Evidence(id=f"e{i}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=10.0 * col, y0=y, x1=10.0 * (col + len(text)), y1=y + 16))


def test_bars_read_as_ones_still_part_a_barred_table() -> None:
    # " trove    | kind  | size" with the last bar always read as "1" and a "1" that is a figure
    lines = [" trove    | kind  | size", " quern    | tool  1 12 kB", " flanges  I light | 1 kB",
             " spindle  | rock  1 900 MB", " gimbal   | rock  | 3 kB", "(4 rows)"]
    rows = []
    for k, text in enumerate(lines):
        pieces, col = [], 0
        for part in text.split("  "):  # OCR cuts at wide gaps
            if part.strip():
                at = text.index(part, col)
                pieces.append(_piece(10 * k + len(pieces), part, at, 30.0 * k))
                col = at + len(part)
        rows.append(pieces)
    rec = ruled_table(rows)
    assert rec is not None and [c.name for c in rec.columns] == ["trove", "kind", "size"]
    assert [r.cells for r in rec.rows] == [["quern", "tool", "12 kB"], ["flanges", "light", "1 kB"],
                                           ["spindle", "rock", "900 MB"], ["gimbal", "rock", "3 kB"]]


def test_rows_without_bars_make_no_barred_table() -> None:
    rows = [[_piece(k, f"item {k}  1  ok", 0, 30.0 * k)] for k in range(5)]
    assert ruled_table(rows) is None


def test_the_tab_on_the_page_s_ground_is_the_open_one() -> None:
    arr = np.full((300, 420, 3), 205, np.uint8)  # the tab strip's grey
    arr[40:300, :] = 250  # the page under it
    arr[8:40, 120:230] = 250  # the open tab, one with the page
    names = [_line("Display", 20, 14), _line("Printers", 130, 14), _line("Sound", 250, 14)]
    found = open_tab(arr, names)
    assert found is not None and found[0].text == "Printers" and len(found[1]) == 3


def test_an_accent_bar_marks_the_open_tab_on_one_ground() -> None:
    arr = np.full((300, 420, 3), 250, np.uint8)
    arr[31:34, 130:202] = (30, 110, 220)  # a blue bar under the second name
    names = [_line("Display", 20, 14), _line("Printers", 130, 14), _line("Sound", 250, 14)]
    found = open_tab(arr, names)
    assert found is not None and found[0].text == "Printers"
    assert open_tab(np.full((300, 420, 3), 250, np.uint8), names) is None  # nothing stands out
