"""A property grid's pairs beside a button column, a heatmap's grid of figures read across its rows, list rows
of two printed lines, list-view headers set a few pixels apart, and ties that order nothing. Invented data
only."""

from __future__ import annotations

import io

import pytest
from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.agents import record_extremes as RX
from seeingeye.agents import records as R
from seeingeye.agents.row_names import truncated
from seeingeye.sir import Box
from seeingeye.tools.figure_grid import figure_grid
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import aligned_pairs


def _line(text: str, x: float, y: float, w: float | None = None, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + (w if w is not None else 9 * len(text)), y1=y + h),
                   confidence=0.95)


def test_a_property_grid_read_as_a_table_pairs_each_name_with_its_value_not_its_button() -> None:
    rows = [("Composer", "Ilse Marten", "Undo"), ("Label", "Northwind Records", "Copy"),
            ("Year", "2017", "Paste"), ("Notes", "", "Clear"), ("Genre", "Ambient drone", "Remove")]
    lines = []
    for k, (name, value, button) in enumerate(rows):
        y = 40 + 31 * k
        lines.append(_line(name, 30, y))
        if value:
            lines.append(_line(value, 200, y))
        lines.append(_line(button, 720, y))
    got = {d.label: d.value for d in aligned_pairs(lines, set(range(len(lines))), set())}
    assert got["Composer"] == "Ilse Marten"
    assert got["Genre"] == "Ambient drone"
    assert "Notes" not in got  # its blank value leaves no pair with the button far off


def test_a_table_row_of_evenly_spaced_cells_is_no_property_grid() -> None:
    lines = []
    for k, cells in enumerate([("Basil", "12", "pots"), ("Thyme", "7", "pots"), ("Sage", "4", "trays")]):
        lines += [_line(c, 30 + 150 * j, 40 + 30 * k) for j, c in enumerate(cells)]
    assert aligned_pairs(lines, set(range(len(lines))), set()) == []


def test_a_grid_of_figures_named_along_two_edges_is_a_table() -> None:
    figures = [[5, 18, 9, 31], [22, 4, 17, 8], [13, 27, 6, 19]]
    lines = [_line("Opened by hour", 120, 5)]
    for r, (name, row) in enumerate(zip(["Mon", "Tue", "Wed"], figures, strict=True)):
        y = 40 + 60 * r
        lines.append(_line(name, 20, y))
        lines.append(_line("   ".join(f"{v:>2}" for v in row), 95, y, w=9 * len("   ".join(f"{v:>2}" for v in row))))
    for c, head in enumerate(["0-5", "5-10", "10-15", "15-20"]):
        lines.append(_line(head, 95 + 45 * c, 215, w=9 * len(head)))
    grid = figure_grid(lines)
    assert grid is not None
    assert grid.rows[0] == ["", "0-5", "5-10", "10-15", "15-20"]
    assert grid.rows[2] == ["Tue", "22", "4", "17", "8"]


def test_figures_without_names_along_both_edges_are_no_grid() -> None:
    weeks = [(1, 2, 3), (8, 9, 10), (15, 16, 17)]
    lines = [_line(f"{a}  {b}  {c}", 40, 30 + 30 * k) for k, (a, b, c) in enumerate(weeks)]
    assert figure_grid(lines) is None  # a calendar's days: figures only


def _heatmap() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows, cols = ["Mon", "Tue", "Wed", "Thu", "Fri"], ["7-9", "9-11", "11-13", "13-15"]
    values = [[14, 41, 22, 9], [35, 12, 48, 20], [8, 26, 17, 53], [29, 61, 11, 24], [19, 7, 38, 16]]
    fig, ax = plt.subplots(figsize=(6.4, 5.2), dpi=100)
    ax.imshow(values, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols)
    ax.set_yticks(range(len(rows)), rows)
    for r, row in enumerate(values):
        for c, v in enumerate(row):
            ax.text(c, r, str(v), ha="center", va="center", color="black" if v < 40 else "white", fontsize=12)
    ax.set_title("Parcels scanned by weekday and hours")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def test_a_heatmap_answers_a_cell_and_reads_along_a_row() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    image = _heatmap()
    assert eye.ask(image, "parcels scanned on Wednesday 13-15?").answer == "53"
    assert eye.ask(image, "which slot on Thursday had the most parcels").answer == "9-11"
    assert eye.ask(image, "sum of Tuesday").answer == "115"


def _two_line_list() -> Image.Image:
    img = Image.new("RGB", (900, 420), (24, 26, 34))
    d = ImageDraw.Draw(img)
    d.text((40, 30), "#", fill=(160, 160, 170), font=font(14))
    d.text((90, 30), "Episode", fill=(160, 160, 170), font=font(14))
    d.text((560, 30), "Listens", fill=(160, 160, 170), font=font(14))
    d.text((760, 30), "Length", fill=(160, 160, 170), font=font(14))
    items = [("Ferns at Dusk", "Hollis Crane", "12,480", "41:05"),
             ("The Salt Ledger", "Mira Okonjo", "30,112", "38:40"),
             ("Quiet Engines", "Hollis Crane", "8,905", "52:19"), ("Paper Moons", "Ade Lindqvist", "19,377", "29:58"),
             ("Copper Weather", "Hollis Crane", "24,630", "44:12")]
    for k, (title, host, listens, length) in enumerate(items):
        y = 75 + 64 * k
        d.text((40, y + 10), str(k + 1), fill=(200, 200, 210), font=font(15))
        d.text((90, y), title, fill=(250, 250, 250), font=font(16, bold=True))
        d.text((90, y + 22), host, fill=(170, 170, 180), font=font(14))
        d.text((560, y + 10), listens, fill=(200, 200, 210), font=font(15))
        d.text((760, y + 10), length, fill=(200, 200, 210), font=font(15))
    return img


def test_list_rows_of_two_printed_lines_keep_the_first_as_the_name() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    image = _two_line_list()
    assert eye.ask(image, "which episode has the most listens").answer == "The Salt Ledger"
    assert eye.ask(image, "how many of the episodes are hosted by Hollis Crane").answer == "3"


def test_a_tie_at_the_top_of_a_column_orders_nothing() -> None:
    rec = R.Records("table", [R.Column("Name", "name"), R.Column("Block size", "size"), R.Column("Total size", "size")],
                    [R.Row(["maps", "4.0 kB", "31.0 MB"], ["a"]), R.Row(["logs", "4.0 kB", "2.5 MB"], ["b"]),
                     R.Row(["cache", "4.0 kB", "12.0 MB"], ["c"])])
    tie = RX.arg_extreme([rec], "block size", "max")
    clear = RX.arg_extreme([rec], "total size", "max")
    assert clear.value == "maps"
    assert tie.score < clear.score


@pytest.mark.parametrize(("words", "labels", "said"), [
    (["Wednesday", "7-9"], ["Mon", "Tue", "Wed"], ["Wed", "7-9"]),
    (["Septembre"], ["Juil", "Aout", "Sept", "Oct"], ["Sept"]),
    (["Monday"], ["Mon", "Tue", "Monthly total"], ["Monday"]),  # one short name among longer ones cuts nothing
    (["Wed"], ["Mon", "Wed", "Thu"], ["Wed"]),
    (["Artist"], ["Title", "Album", "Year"], ["Artist"]),
])
def test_a_word_said_in_full_finds_the_row_name_it_cuts_short(words: list[str], labels: list[str],
                                                              said: list[str]) -> None:
    assert truncated(words, labels) == said


def _right(text: str, x1: float, y: float) -> OcrLine:
    return _line(text, x1 - 9 * len(text), y)


def test_a_worded_value_ending_at_a_bills_value_column_pairs_with_its_label() -> None:
    from seeingeye.tools.pairs import key_values

    lines = [_line("Oat flat white", 20, 20), _right("4,20", 400, 20),
             _line("Rye bun", 20, 45), _right("3,10", 400, 45),
             _line("Total", 20, 70), _right("7,30", 400, 70),
             _line("Cashier", 20, 110), _right("Tomasz", 400, 110),
             _line("Thank you", 20, 150), _line("see you soon", 200, 150)]
    got = {d.label: d.value for d in key_values(lines)}
    assert got["Cashier"] == "Tomasz"
    assert "Thank you" not in got  # its second piece ends nowhere near the amounts


def _tiles() -> Image.Image:
    img = Image.new("RGB", (900, 380), (16, 18, 22))
    d = ImageDraw.Draw(img)
    tiles = [("Desk lamp", "Study", False), ("Heated rail", "Bathroom", True), ("Fish tank", "Lounge", True),
             ("Patio heater", "Garden", False), ("Hall sensor", "Hallway", False), ("Air purifier", "Office", True),
             ("Towel warmer", "Sauna", False)]
    for k, (name, room, on) in enumerate(tiles):
        x, y = 30 + 215 * (k % 4), 30 + 160 * (k // 4)
        d.rounded_rectangle((x, y, x + 200, y + 140), 12, fill=(44, 60, 92) if on else (32, 34, 40))
        d.text((x + 16, y + 18), name, fill=(240, 240, 240), font=font(17, bold=True))
        d.text((x + 16, y + 44), room, fill=(150, 150, 160), font=font(13))
        d.rounded_rectangle((x + 140, y + 100, x + 184, y + 122), 11, fill=(140, 180, 250) if on else (62, 64, 70))
        knob = x + 173 if on else x + 151
        d.ellipse((knob - 9, y + 102, knob + 9, y + 120), fill=(255, 255, 255))
    return img


def test_switches_on_tiles_of_their_own_colour_are_read_and_counted_by_state() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    image = _tiles()
    assert eye.ask(image, "is the fish tank switched on?").answer == "yes"
    assert eye.ask(image, "is the patio heater on?").answer == "no"
    assert eye.ask(image, "how many gadgets are powered on now").answer == "3"
    assert eye.ask(image, "are there fewer gadgets switched on than switched off?").answer == "yes"
    assert eye.ask(image, "are there more gadgets switched on than switched off?").answer == "no"


def test_a_bills_total_is_found_by_its_sum_when_its_label_shares_no_word_with_the_question() -> None:
    from seeingeye import SeeingEye

    img = Image.new("RGB", (420, 380), "white")
    d = ImageDraw.Draw(img)
    rows = [("Kahvi", "3,20"), ("Pulla", "2,80"), ("Mehu", "2,40"), ("Voileipä", "6,95"),
            ("YHTEENSÄ EUR", "15,35"), ("Käteinen", "20,00"), ("Takaisin", "4,65")]
    for k, (name, amount) in enumerate(rows):
        y = 30 + 40 * k + (20 if k >= 4 else 0)
        d.text((24, y), name, fill="black", font=font(18))
        d.text((390 - d.textlength(amount, font=font(18)), y), amount, fill="black", font=font(18))
    assert SeeingEye().ask(img, "what's the total?").answer == "15,35"


def test_a_highlighted_entry_is_named_by_the_label_its_list_box_stands_beside() -> None:
    from records_util import bare_sir

    from seeingeye.agents.match import Matcher
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_select import state_candidates
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    draft = [EvidenceDraft(kind="key_value", label="Scanner", value="Plustek OpticBook (desk 4)",
                           box=Box(x0=15, y0=36, x1=290, y1=54)),
             EvidenceDraft(kind="key_value", label="Resolution", value="600 dpi",
                           box=Box(x0=15, y0=190, x1=200, y1=208)),
             EvidenceDraft(kind="field", label="highlighted row", value="Epson DS-530 (mail room)",
                           box=Box(x0=74, y0=70, x1=330, y1=92), attrs={"control": "list_item", "selected": True}),
             EvidenceDraft(kind="field", label="Duplex", value="checked", box=Box(x0=20, y0=240, x1=34, y1=254),
                           attrs={"control": "checkbox", "group": "Options"}),
             EvidenceDraft(kind="field", label="Greyscale", value="selected", box=Box(x0=20, y0=280, x1=34, y1=294),
                           attrs={"control": "radio", "group": "Colour mode"})]
    for d in draft:
        sir.add(d, source="test", round=1)
    got = state_candidates(analyse("which scanner is selected"), sir, Matcher())
    assert got and got[0].answer == "Epson DS-530 (mail room)"


def test_a_linters_lines_are_diagnostics_with_their_codes() -> None:
    from records_util import add_lines, bare_sir

    sir = bare_sir()
    add_lines(sir, ["$ lint src", "src/io.py:14:9: W605 invalid escape sequence '\\d'",
                    "src/io.py:88:5: E722 do not use bare 'except'",
                    "src/cli.py:3:1: F401 'sys' imported but unused"])
    rec = next(r for r in R.build(sir) if r.kind == "diagnostics")
    assert [r.cells[5] for r in rec.rows] == ["W605", "E722", "F401"]
    assert [r.cells[3] for r in rec.rows] == ["warning", "error", "error"]
    assert rec.rows[2].cells[0] == "src/cli.py"


def test_a_linters_code_split_by_a_space_is_one_code() -> None:
    from seeingeye.tools.ocr import _fix_glyphs

    assert _fix_glyphs("src/io.py:88:5: E 722 do not use") == "src/io.py:88:5: E722 do not use"
    assert _fix_glyphs("src/io.py:14:9: W60 5 invalid escape") == "src/io.py:14:9: W605 invalid escape"


def test_a_sheet_with_a_total_row_and_column_reads_the_total_row_across() -> None:
    from seeingeye.agents.matrix import row_extreme

    months = [R.Column(m, "number") for m in ("Apr", "May", "Jun")]
    cols = [R.Column("Item", "name"), *months, R.Column("Total", "number")]
    rows = [R.Row(["Fuel", "80", "95", "70", "245"], ["a"]), R.Row(["Parking", "30", "20", "45", "95"], ["b"]),
            R.Row(["Tolls", "12", "18", "9", "39"], ["c"]), R.Row(["TOTAL", "122", "133", "124", "379"], ["d"])]
    rec = R.Records("table", cols, rows)
    assert row_extreme([rec], "month with the highest total", "max").value == "May"  # not the Total column
    assert row_extreme([rec], "which line item was dearest overall", "max", head="item") is None  # a row is asked
