"""A terminal file list's size and timestamp read as one cell, two-digit years printed first, a selected first
row that is data, digits the orientation classifier would turn upside down, and dots inside file names.
Invented data only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.record_extremes import arg_extreme
from seeingeye.agents.tabular import Row, make_records, year_first
from seeingeye.sir import Box
from seeingeye.tools.cards import find_cards
from seeingeye.tools.feed import feed_table
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.ocr_engine import RawLine, _settle_flips
from seeingeye.tools.spacing import Strip, respace, space_before
from seeingeye.tools.table import split_header


def _rows(cells: list[list[str]]) -> list[Row]:
    return [Row(c, [f"e{i}"]) for i, c in enumerate(cells)]


LISTING = [["notes.txt", "4410 25-03-14 10:05"], ["pics/", "<DIR> 25-01-02 9:00"], ["site.zip", "90211 25-11-30 18:22"],
           ["todo.md", "815 25-07-08 7:41"], ["lib/", "<DIR> 25-01-02 9:00"]]


def test_a_figure_and_a_timestamp_in_one_cell_are_two_columns() -> None:
    rec = make_records("table", ["column 1", "column 2"], _rows(LISTING))
    assert rec is not None
    assert [(c.name, c.type) for c in rec.columns] == [("column 1", "name"), ("size", "size"), ("date", "date")]
    assert rec.rows[1].cells == ["pics/", "<DIR>", "25-01-02 9:00"]
    assert arg_extreme([rec], "biggest file", "max").value == "site.zip"


def test_printed_header_words_name_the_split_columns() -> None:
    rec = make_records("table", ["Name", "SizeModified"], _rows(LISTING))
    assert rec is not None and [c.name for c in rec.columns] == ["Name", "Size", "Modified"]


def test_a_name_with_a_date_is_not_split() -> None:
    rows = _rows([["a", "Paid 2025-01-03"], ["b", "Due 2025-02-03"], ["c", "Paid 2025-03-03"]])
    rec = make_records("table", ["id", "status"], rows)
    assert rec is not None and len(rec.columns) == 2


def test_two_digit_years_printed_first_order_by_year_then_month_then_day() -> None:
    assert year_first(["25-03-14", "25-01-02", "25-11-30", "25-07-08"])
    assert not year_first(["14-03-25", "02-01-25", "30-11-25", "08-07-25"])  # day first: the last field is fixed
    rec = make_records("table", ["column 1", "column 2"], _rows(LISTING))
    assert rec is not None and rec.columns[2].yearfirst
    assert arg_extreme([rec], "most recent date", "max").value == "site.zip"  # 30 Nov, not 25 Nov 2030


def test_a_selected_first_row_with_a_timestamp_is_data_not_a_header() -> None:
    grid = [["notes.txt", "4410 25-03-14 10 : 05"], ["todo.md", "815 25-07-08 7:41"], ["lib/", "<DIR> 25-01-02 9:00"]]
    header, body, printed, _ = split_header(grid)
    assert not printed and len(body) == 3


def _raw(text: str, conf: float) -> RawLine:
    return RawLine(quad=np.zeros((4, 2)), text=text, confidence=conf, angle=0.0)


def test_a_digit_string_is_not_turned_on_a_page_read_upright() -> None:
    lines = [_raw("Quarterly report", 0.98), _raw("Name", 0.99), _raw("9:00", 0.93), _raw("Total due", 0.97)]
    _settle_flips(lines, [2], [("00:6", 0.98)], [0, 0, 0, 0])
    assert lines[2].text == "9:00" and lines[2].angle == 0.0


def test_a_page_read_upside_down_turns_its_digits_too() -> None:
    lines = [_raw("ʇɹodǝɹ", 0.4), _raw("ǝɯɐN", 0.4), _raw("00:6", 0.93)]
    _settle_flips(lines, [0, 1, 2], [("report", 0.97), ("Name", 0.98), ("9:00", 0.98)], [0, 0, 0])
    assert [ln.text for ln in lines] == ["report", "Name", "9:00"] and lines[2].angle == 180.0


def test_a_dot_before_a_files_extension_is_no_word_gap() -> None:
    # "notes.md" with roomy blanks either side of the dot (0.5 ink heights): no space; "done. Next" keeps one
    assert space_before("notes.md", [0, 0.2, 0.2, 0.2, 0.2, 5.0, 5.0, 0.2], 10.0, False) == [False] * 7
    assert space_before("done.Next", [0, 0.2, 0.2, 0.2, 5.0, 5.0, 0.2, 0.2, 0.2], 10.0, False)[4] is True


def test_a_monospaced_dot_written_with_spaces_either_side_is_joined() -> None:
    strip = Strip(cols=np.ones(120, bool), height=10.0, mono=True)
    text = "CHANGES . md"
    xs = [float(5 + 10 * k) for k in range(len(text))]
    assert respace(text, strip, xs)[0] == "CHANGES.md"


def _ocr(text: str, x: float, y: float, stroke: float | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 7 * len(text), y1=y + 14), confidence=0.99, stroke=stroke)


def test_dated_cards_read_as_a_feed_of_sender_date_subject_and_weight() -> None:
    cards = []
    for k, (who, when, subject, stroke) in enumerate([
            ("Wren Adeyemi", "2025-02-11, 09:12", "Picnic moved to Sunday", 0.18),
            ("Otto Lindqvist <ot...", "2025-02-10, 17:40", "Invoice 77 paid", 0.09),
            ("Garden Club ...", "2025-02-09, 08:03", "Seed swap list", 0.17),
            ("Ines Carvalho", "2025-02-08, 21:55", "Re: the blue tiles", 0.10)]):
        y = 100 + 80 * k
        cards.append((Box(x0=0, y0=y - 5, x1=300, y1=y + 60),
                      [_ocr(f"{who} {when}", 10, y), _ocr(subject, 10, y + 25, stroke), _ocr("☆", 270, y + 45)]))
    table = feed_table(cards)
    assert table is not None
    rows = table.attrs["rows"]
    assert [r[:3] for r in rows[:2]] == [["Wren Adeyemi", "2025-02-11, 09:12", "Picnic moved to Sunday"],
                                         ["Otto Lindqvist", "2025-02-10, 17:40", "Invoice 77 paid"]]
    assert [r[3].split()[0] for r in rows] == ["bold", "regular", "bold", "regular"]


def test_undated_cards_are_no_feed() -> None:
    cards = [(Box(x0=0, y0=80 * k, x1=300, y1=80 * k + 60),
              [_ocr(f"Plan {k}", 10, 80 * k), _ocr("$9/mo", 10, 80 * k + 25)]) for k in range(4)]
    assert feed_table(cards) is None


def test_cards_framed_inside_a_pane_are_found() -> None:
    img = np.full((400, 500, 3), 255, np.uint8)
    img[20:380, 20:480] = 250  # the pane's own ground
    img[20, 20:480] = img[379, 20:480] = 120
    img[20:380, 20] = img[20:380, 479] = 120
    lines = []
    for k in range(4):
        y0 = 40 + 80 * k
        img[y0, 40:440] = img[y0 + 64, 40:440] = 200  # each card's one-pixel frame
        img[y0:y0 + 65, 40] = img[y0:y0 + 65, 439] = 200
        lines += [_ocr(f"Sender {k} 2025-01-0{k + 1}", 50, y0 + 8), _ocr(f"Subject {k}", 50, y0 + 32)]
    found = find_cards(img, lines)
    assert len(found) == 4 and all(len(c.lines) == 2 for c in found)


def test_a_column_headed_by_two_joined_names_splits_its_joined_cells() -> None:
    rows = _rows([["1. Nadia Roe - Glass Harbour", "3:12"], ["2. The Pines - Old Roads", "4:40"],
                  ["3. Nadia Roe - Paper Moon", "2:58"], ["4. Kit Vale - Low Tide", "3:33"]])
    rec = make_records("table", ["Composer - Work", ""], rows)
    assert rec is not None
    assert [c.name for c in rec.columns][:3] == ["#", "Composer", "Work"]
    assert rec.rows[1].cells[:3] == ["2", "The Pines", "Old Roads"]


def test_a_joined_header_line_above_a_headerless_list_heads_it() -> None:
    from seeingeye.tools.layout import LayoutBlock
    from seeingeye.tools.table import _joined_header

    grid = [["1. Nadia Roe - Glass Harbour", "3:12"], ["2. The Pines - Old Roads", "4:40"],
            ["3. Kit Vale - Low Tide", "3:33"]]
    block = LayoutBlock(index=0, role="table", column=0, lines=[], box=Box(x0=10, y0=100, x1=500, y1=160))
    lines = [_ocr("Composer - Work", 10, 80), _ocr("Library", 10, 40)]
    assert _joined_header(block, lines, grid) == ["Composer - Work", ""]
    assert _joined_header(block, [_ocr("Composer - Work", 10, 20)], grid) is None  # too far above


def test_a_status_bars_segments_part_at_a_bar_spaced_on_one_side() -> None:
    from seeingeye.tools.pairs import _segments

    assert ("total time", "41:09") in _segments("Stopped | tracks: 9 |total time: 41:09")


def test_a_switchs_label_is_the_settings_name_not_its_state_caption_or_description() -> None:
    from seeingeye.tools.forms import _label_for

    switch = Box(x0=900, y0=144, x1=946, y1=168)
    lines = [_ocr("Night shipping", 300, 139), _ocr("Send parcels after 22:00 only", 300, 156), _ocr("Off", 960, 149)]
    label = _label_for(switch, lines, set(), 60.0, switch=True)
    assert label is not None and label.text == "Night shipping"


def test_a_question_offering_two_states_is_answered_with_one_of_them() -> None:
    from seeingeye.agents.question import analyse

    assert analyse("Night shipping — on or off").state_choice == ("on", "off")
    assert analyse("is backup enabled or disabled?").state_choice == ("enabled", "disabled")
    assert analyse("tea or coffee?").state_choice is None


def test_lower_case_field_names_head_a_database_view() -> None:
    from seeingeye.agents.columns import _worded_header

    assert _worded_header([("id", 0, 10), ("customer", 20, 80), ("total", 100, 140), ("state", 160, 200)])
    assert not _worded_header([("the", 0, 10), ("cat", 20, 40), ("sat", 50, 70)])  # three words of a sentence


def test_a_figure_and_a_name_under_two_names_are_two_columns() -> None:
    rows = _rows([["2001 Lark Studio", "12.50"], ["2002 Moss & Fern", "8.00"], ["2003 Quill Press", "40.00"],
                  ["More filters", ""]])
    rec = make_records("columns", ["id customer", "total"], rows)
    assert rec is not None and [c.name for c in rec.columns] == ["id", "customer", "total"]
    assert rec.rows[1].cells[:2] == ["2002", "Moss & Fern"]


def test_a_pictures_own_panel_inside_a_window_is_a_place_to_look_for_a_chart() -> None:
    from seeingeye.tools.chart import figure_panels

    img = np.full((600, 800, 3), 170, np.uint8)  # a paint program's canvas
    img[:, :60] = 20  # its palette strip
    img[100:460, 200:720] = 255  # the picture
    img[300:440, 260:300] = (60, 120, 220)  # a bar in it
    panels = figure_panels(img)
    assert panels and (panels[0].x0, panels[0].y0, panels[0].x1, panels[0].y1) == (200, 100, 720, 460)


def test_even_character_steps_mark_a_page_monospaced() -> None:
    from seeingeye.tools.spacing import even_pitch

    mono = [(t, [4.0 + 8.0 * k for k in range(len(t))]) for t in
            ["git status --short", "On branch main", "modified: app.py", "Untracked files:", "notes_todo.txt"]]
    assert even_pitch(mono)
    widths = {"i": 3, "l": 3, " ": 4, "m": 12, "w": 12, "W": 14, ".": 3}
    prop = []
    for t in ["Will milk illuminate", "Wow, a little mimic", "Mild winter illness", "Wim will mull it", "lime mow"]:
        xs, x = [], 0.0
        for ch in t:
            w = widths.get(ch, 7)
            xs.append(x + w / 2)
            x += w
        prop.append((t, xs))
    assert not even_pitch(prop)


def test_a_test_runs_total_and_the_reason_its_one_skip_gives() -> None:
    from seeingeye.tools.testrun import read_results

    lines = [_ocr("collecting ... collected 4 items", 0, 0),
             _ocr("tests/test_a.py::test_one PASSED", 0, 20), _ocr("tests/test_a.py::test_two FAILED", 0, 40),
             _ocr("tests/test_a.py::test_three SKIPPED (no printer...)", 0, 60),
             _ocr("tests/test_a.py::test_four PASSED", 0, 80),
             _ocr("SKIPPED [1] tests/test_a.py:12: no printer attached", 0, 100),
             _ocr("1 failed, 2 passed, 1 skipped in 0.05s", 0, 120)]
    results, errors, counts = read_results(lines)
    assert counts["collected"] == 4 and results["test_three"][0] == "skipped"
    assert errors["test_three"] == "no printer attached"


def test_wc_s_figure_on_a_named_files_row_answers_how_many_lines_it_has() -> None:
    from seeingeye.agents.solve_counts import _only_count_column

    wc = make_records("listing", ["amount (figure)", "name"],
                      _rows([["120", "a.csv"], ["45", "b.csv"], ["165", "total"]]))
    ls = make_records("listing", ["links", "size", "name"], _rows([["1", "900", "a.csv"], ["1", "300", "b.csv"]]))
    assert wc is not None and ls is not None
    found = _only_count_column([ls, wc], "how many lines does b.csv have")
    assert found is not None and found.answer == "45"


def test_items_with_bracketed_fields_read_as_a_table_with_their_boxes_state() -> None:
    from seeingeye.agents.attributed import DONE, OPEN, attributed_items
    from seeingeye.sir import Evidence

    def row(k: int, text: str) -> list[Evidence]:
        return [Evidence(id=f"e{k}", kind="text", value=text, source="ocr", round=1, confidence=0.9,
                         box=Box(x0=10, y0=20 * k, x1=400, y1=20 * k + 14))]

    rows = [row(1, "3 - [ ] Paint the fence (owner: Ada, due 2025-06-01)"),
            row(2, "4 - [x] Buy seeds (owner: Ben, due 2025-04-02)"),
            row(3, "5 - [ ] Fix the gate (owner: Ada, due 2025-05-15)"),
            row(4, "6 Notes from the last call")]
    rec = attributed_items(rows)
    assert rec is not None and [c.name for c in rec.columns][:3] == ["item", "owner", "due"]
    assert [r.cells[0] for r in rec.rows] == ["Paint the fence", "Buy seeds", "Fix the gate"]
    assert [r.cells[-1] for r in rec.rows] == [OPEN, DONE, OPEN]


def test_week_events_tolerate_a_dash_glued_or_lost_between_their_times() -> None:
    from seeingeye.agents.week_view import _RANGE, _TITLED

    assert _RANGE.match("16:00  17:30") and _RANGE.match("10:30 -12:00")
    m = _TITLED.match("Standup -08:30 -09:00")
    assert m is not None and m["title"] == "Standup" and (m["a"], m["b"]) == ("08", "09")


def test_when_does_it_start_joined_on_asks_the_entrys_time() -> None:
    from seeingeye.agents.question import WHEN, analyse

    a = analyse("what's the first thing on monday and when does it start")
    assert a.also == WHEN


def test_a_number_after_its_abbreviation_is_the_number_of_what_the_segment_before_names() -> None:
    from seeingeye.tools.pairs import _segments

    pairs = _segments("Member: Ada Roe · No.4471-02 · valid to 05/2028")
    assert ("Member number (No.)", "4471-02") in pairs


def test_a_radio_labelled_no_keeps_its_label() -> None:
    from seeingeye.tools.forms import _label_for

    radio = Box(x0=100, y0=50, x1=114, y1=64)
    label = _label_for(radio, [_ocr("No", 120, 50)], set())
    assert label is not None and label.text == "No"
