"""A list view's columns the layout joined and its toolbar row, a sum over the rows of one category, money
out ranked by its size, durations printed as clocks, a table read across, key=value lines, a calculator run
from a shell, a status line that counts, and times out of order that make no chat. Invented data."""

from __future__ import annotations

from seeingeye.agents.calculations import calculations
from seeingeye.agents.chats import _records
from seeingeye.agents.keyed_lines import keyed_lines
from seeingeye.agents.match import Matcher
from seeingeye.agents.record_counts import figures_in_state
from seeingeye.agents.record_extremes import arg_extreme
from seeingeye.agents.record_sources import _crossed
from seeingeye.agents.records import numbers_rows
from seeingeye.agents.tabular import Row, make_records, sort_key
from seeingeye.sir import Box, Evidence, EvidenceDraft
from seeingeye.tools.layout import LayoutBlock
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.progress import _counting_lines
from seeingeye.tools.table_columns import split_headed
from seeingeye.tools.table_runs import table_spans, without_bridges


def _ln(text: str, x0: float, y0: float, x1: float, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x1, y1=y0 + h), confidence=0.99)


def test_header_names_set_apart_part_a_column_the_layout_joined() -> None:
    lines = [_ln("When", 40, 10, 80), _ln("Shop", 130, 10, 170), _ln("Sum", 400, 10, 430),
             _ln("2031-05-02 Birch Mill", 20, 40, 190), _ln("-12.40", 380, 40, 430),
             _ln("2031-05-04 Otter Cafe", 20, 70, 188), _ln("-3.10", 385, 70, 430),
             _ln("2031-05-09 Lark Books", 20, 100, 190), _ln("-21.00", 380, 100, 430)]
    cells = [(r, c, i) for i, (r, c) in enumerate([(0, 0), (0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1),
                                                    (3, 0), (3, 1)])]
    block = LayoutBlock(0, "table", 0, list(range(9)), Box(x0=20, y0=10, x1=430, y1=118), cells, 4, 2)
    parted, out = split_headed(block, lines)
    assert parted.n_cols == 3
    grid: dict[tuple[int, int], str] = {}
    for r, c, i in parted.cells:
        grid[(r, c)] = (grid.get((r, c), "") + " " + out[i].text).strip()
    assert [grid[(2, c)] for c in range(3)] == ["2031-05-04", "Otter Cafe", "-3.10"]
    assert [grid[(0, c)] for c in range(3)] == ["When", "Shop", "Sum"]


def test_a_toolbar_over_a_list_and_one_row_read_whole_fuse_no_columns() -> None:
    boxes = [Box(x0=x0, y0=y, x1=x1, y1=y + 18) for (x0, x1, y) in [
        (16, 60, 0), (75, 140, 0), (165, 245, 0),  # a toolbar's words, running across the columns
        (10, 30, 30), (50, 150, 30), (200, 260, 30),
        (10, 30, 60), (50, 140, 60), (200, 250, 60),
        (10, 255, 90),  # a row OCR read as one piece
        (10, 30, 120), (50, 145, 120), (200, 258, 120)]]
    rows = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9], [10, 11, 12]]
    assert len(table_spans(boxes, rows[1:])) == 3
    assert len(table_spans(boxes, rows)) < 3  # the toolbar still joins them: the run drops it first
    assert without_bridges(boxes, rows) == rows[1:]
    # a header whose names start over their columns stays, though its last name runs over two of them
    header = [Box(x0=10, y0=-30, x1=28, y1=-12), Box(x0=50, y0=-30, x1=258, y1=-12)]
    assert without_bridges([*boxes, *header], [[13, 14], *rows[1:]])[0] == [13, 14]


def test_the_amounts_of_one_category_are_summed() -> None:
    rec = make_records("table", ["", "Payee", "Category", "Amount"],
                       [Row(["1", "Kiln Works", "Studio", "-40.00"], ["a"]),
                        Row(["2", "Tern Air", "Travel", "-210.50"], ["b"]),
                        Row(["3", "Clay Depot", "Studio", "-12.25"], ["c"]),
                        Row(["4", "Rail Co", "Travel", "-33.00"], ["d"])])
    assert rec is not None and numbers_rows(rec, 0)
    found = figures_in_state([rec], "Studio", Matcher())
    assert found is not None and sorted(found[0]) == [-40.0, -12.25]


def test_money_out_printed_negative_ranks_the_most_negative_as_the_biggest() -> None:
    rec = make_records("table", ["Payee", "Amount"],
                       [Row(["Kiln Works", "-40.00"], ["a"]), Row(["Tern Air", "-210.50"], ["b"]),
                        Row(["Clay Depot", "-12.25"], ["c"])])
    assert rec is not None
    assert arg_extreme([rec], "biggest expense", "max", Matcher(), sign="down").value == "Tern Air"


def test_a_length_column_of_clock_like_figures_is_a_duration() -> None:
    rec = make_records("table", ["Title", "Length"],
                       [Row(["Moss Road", "4:05"], ["a"]), Row(["Pale Kite", "11:20"], ["b"]),
                        Row(["Low Gate", "3:58"], ["c"])])
    assert rec is not None and rec.columns[1].type == "number"
    assert sort_key("11:20", "number") == 680.0
    assert arg_extreme([rec], "which song is the longest", "max", Matcher()).value == "Pale Kite"


def test_a_table_of_items_by_month_is_read_across_too() -> None:
    rec = make_records("table", ["Item", "Jun", "Jul", "Aug"],
                       [Row(["Water", "31", "28", "40"], ["a"]), Row(["Heating", "90", "75", "62"], ["b"])])
    crossed = _crossed(rec)
    assert crossed is not None and [c.name for c in crossed.columns] == ["Item", "Water", "Heating"]
    assert arg_extreme([crossed], "which month had the lowest heating", "min", Matcher()).value == "Aug"


def _ev(i: int, text: str) -> list[Evidence]:
    return [Evidence(id=f"e{i}", source="ocr", round=1, kind="text", value=text)]


def test_key_value_fields_on_each_line_are_columns() -> None:
    lines = ["probe to 192.0.2.9: seq=1 hops=7 rtt=21.5 ms", "probe to 192.0.2.9: seq=2 hops=7 rtt=88.0 ms",
             "probe to 192.0.2.9: seq=3 hops=7 rtt=19.2 ms"]
    rec = keyed_lines([_ev(i, t) for i, t in enumerate(lines)])
    assert rec is not None and [c.name for c in rec.columns] == ["seq", "hops", "rtt"]
    assert rec.rows[1].cells == ["2", "7", "88.0 ms"]
    assert keyed_lines([_ev(0, "a=1 b=2"), _ev(1, "plain words"), _ev(2, "c=3 d=4")]) is None


def test_a_calculator_run_from_a_shell_prompt_is_a_session() -> None:
    rows = [_ev(0, 'kim@box:~$ mathx -p3 "12*4.5"'), _ev(1, "= 54"), _ev(2, 'kim@box:~$ mathx "(7+3)/4"'),
            _ev(3, "= 2.5")]
    rec = calculations(rows)
    assert rec is not None and [r.cells for r in rec.rows] == [["12*4.5", "54"], ["(7+3)/4", "2.5"]]


def test_a_status_line_whose_count_and_share_agree_reports_progress() -> None:
    got = _counting_lines([_ln("37 of 148 files copied (25%)", 10, 10, 200), _ln("3 of 4 done (10%)", 10, 40, 120)])
    assert [(ln.text, round(share, 2)) for ln, share in got] == [("37 of 148 files copied (25%)", 0.25)]


def test_times_out_of_order_are_no_conversation() -> None:
    msgs = [Row([f"line {k}", "Ida", t], [f"e{k}"]) for k, t in enumerate(["4:12", "3:05", "5:40", "2:58"])]
    assert _records(msgs) is None
    talk = [Row([f"line {k}", "Ida", t], [f"e{k}"]) for k, t in enumerate(["09:12", "09:15", "09:40", "10:02"])]
    assert _records(talk) is not None


def test_ocr_letters_inside_figures_are_digits() -> None:
    from seeingeye.tools.ocr import _fix_glyphs

    assert _fix_glyphs("Linsen rot 5oog 3,49") == "Linsen rot 500g 3,49"
    assert _fix_glyphs("2031-1l-0l 1l:05 notes") == "2031-11-01 11:05 notes"
    assert _fix_glyphs("Room 1O and all:50 goo") == "Room 1O and all:50 goo"  # no unit, no figure: left alone


def test_the_kind_a_question_names_keeps_its_rows_only() -> None:
    from seeingeye.agents.record_counts import of_kind

    rec = make_records("listing", ["size", "name", "entry type (directory, file, link)"],
                       [Row(["9000", "cache", "directory (folder)"], ["a"]), Row(["120", "a.txt", "file"], ["b"]),
                        Row(["4500", "b.bin", "file"], ["c"])])
    assert rec is not None
    files = of_kind([rec], "file", Matcher())
    assert [r.cells[1] for r in files[0].rows] == ["a.txt", "b.bin"]
    assert arg_extreme(files, "biggest file", "max", Matcher()).value == "b.bin"
    assert of_kind([rec], "newest", Matcher()) == [rec]  # a word that names no kind changes nothing


def test_choices_listed_at_the_end_of_a_question_are_its_options() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.question_choices import listed_choices

    assert listed_choices("was the parcel left at the door, with a neighbour, or at the depot?") == [
        "at the door", "with a neighbour", "at the depot"]
    got = analyse("how was it paid: voucher, card, or cash?")
    assert got.operator == "choose" and got.operands == ["voucher", "card", "cash"]
    assert listed_choices("which is longer, the red or the blue one?") == []


def test_a_week_views_events_may_print_their_start_alone_over_their_title() -> None:
    from records_util import bare_sir

    from seeingeye.agents.week_view import week_events
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    for text, x, y in [("Mon 7", 40, 10), ("Tue 8", 240, 10), ("Wed 9", 440, 10),
                       ("08:30", 30, 50), ("Harbour walk", 30, 66), ("13:15", 230, 50), ("Piano lesson", 230, 66)]:
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 14)),
                source="ocr", round=1)
    rec = week_events(sir.by_kind("text"))
    assert rec is not None
    assert sorted(r.cells for r in rec.rows) == [["Harbour walk", "Monday", "08:30", "", "", "", "Mon 7"],
                                                 ["Piano lesson", "Tuesday", "13:15", "", "", "", "Tue 8"]]


def test_the_weekday_of_a_full_date_and_none_without_its_year() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.weekdays import weekday_of

    assert weekday_of("DATE 3 MAR 2027") == "Wednesday"
    assert weekday_of("2027-03-05") == "Friday"
    assert weekday_of("05/03/2027") == "Friday"  # day first, as printed outside the US
    assert weekday_of("3 MAR") is None
    assert analyse("which day of the week is my vet visit").as_weekday
    assert not analyse("what date is my vet visit").as_weekday


def test_minutes_between_two_clock_times() -> None:
    from records_util import bare_sir

    from seeingeye.agents.question import analyse
    from seeingeye.agents.totals import time_between

    sir = bare_sir()
    for text, x, y in [("CHECK-IN", 20, 10), ("06:50", 20, 30), ("TAKE-OFF", 220, 10), ("07:40", 220, 30),
                       ("FLIGHT", 420, 10), ("QX 2201", 420, 30)]:
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 10 * len(text), y1=y + 16)),
                source="ocr", round=1)
    qa = analyse("how many minutes between check-in and take-off")
    assert qa.arith == "difference" and qa.operands[:2] == ["check-in", "take-off"]
    got = time_between(qa, sir, Matcher())
    assert got and got[0].answer == "50 minutes"


def test_a_table_drawn_with_bars_in_text_is_a_table() -> None:
    from seeingeye.agents.pipe_tables import pipe_table

    lines = ["| Dish | Price |", "|------|------:|", "| Soup | 6.50 |", "Stew 12.00", "| **Pie** | 4.25 |"]
    rec = pipe_table([_ev(i, t) for i, t in enumerate(lines)])
    assert rec is not None and [c.name for c in rec.columns] == ["Dish", "Price"]
    assert [r.cells for r in rec.rows] == [["Soup", "6.50"], ["Stew", "12.00"], ["Pie", "4.25"]]
    psql = [" name  | qty ", "-------+-----", " bolts | 40", " nuts  | 25", "(2 rows)"]
    got = pipe_table([_ev(i, t) for i, t in enumerate(psql)])
    assert got is not None and [c.name for c in got.columns] == ["name", "qty"]
    assert [r.cells for r in got.rows] == [["bolts", "40"], ["nuts", "25"]]  # psql's row count is no row
    assert pipe_table([_ev(0, "a | b"), _ev(1, "plain text")]) is None


def test_a_sidebar_whose_rows_do_not_line_up_is_parted_from_the_list() -> None:
    from seeingeye.tools.table_runs import beside_sidebar

    side = [Box(x0=20, y0=y, x1=90, y1=y + 18) for y in (40, 85, 130)]  # folders, between the list's rows
    rows = [Box(x0=x0, y0=y, x1=x1, y1=y + 18) for y in (10, 55, 100, 145, 190)
            for x0, x1 in ((240, 340), (460, 650), (1090, 1134))]
    boxes = side + rows
    parts = beside_sidebar(boxes, list(range(len(boxes))), 18.0, 1150.0)
    assert parts == [[0, 1, 2], list(range(3, len(boxes)))]
    # a table's first column lines up with its other columns: one part
    first = [Box(x0=20, y0=y, x1=90, y1=y + 18) for y in (10, 55, 100, 145, 190)]
    table = first + rows
    assert len(beside_sidebar(table, list(range(len(table))), 18.0, 1150.0)) == 1


def test_figures_out_of_order_ending_rows_are_no_table_of_contents() -> None:
    from seeingeye.agents.listings import toc

    contents = ["1 Getting started 3", "2 Installing 7", "3 Configuration 12", "4 Troubleshooting 20"]
    assert toc([_ev(i, t) for i, t in enumerate(contents)]) is not None
    phones = ["Ida Berg +47 915 62 388", "Olav Lie +47 404 11 907", "Siri Dahl +47 928 30 125",
              "Tor Aas +47 977 05 64"]
    assert toc([_ev(i, t) for i, t in enumerate(phones)]) is None


def test_the_one_row_holding_a_text_though_several_readings_hold_it() -> None:
    from seeingeye.agents.records import holding

    rows = [Row(["Ida Berg", "ida@fjord.example"], ["a"]), Row(["Olav Lie", "olav@skog.example"], ["b"])]
    one, two = make_records("table", ["Name", "Email"], rows), make_records("columns", ["Name", "Email"], rows)
    assert one is not None and two is not None
    assert holding([one, two], "skog.example").value == "Olav Lie"


def test_a_dark_list_views_faint_grid_rules_its_columns() -> None:
    import numpy as np

    from seeingeye.tools.ruled import _faint_vertical, grid_of

    grey = np.full((300, 400), 31, np.uint8)
    grey[np.arange(300) // 30 % 2 == 1] = 40  # rows in two shades, as a list view alternates them
    for x in (60, 150, 260):
        grey[20:280, x] = 36  # rules five levels off the rows, lighter on one, darker on the next
    grey[:, 100:104][::7] = 200  # a column of glyphs is no rule
    found = grid_of(_faint_vertical(grey))
    assert found is not None and found[0] == [60, 150, 260]


def test_a_parent_rows_figure_summing_its_childrens_is_no_item() -> None:
    from seeingeye.agents.record_extremes import sum_row

    rec = make_records("table", ["Name", "Files"],
                       [Row(["/srv/photos", "30"], ["p"]), Row(["2031-trip", "14"], ["a"]), Row(["scans", "9"], ["b"]),
                        Row(["garden", "7"], ["c"])])
    assert rec is not None
    assert arg_extreme([rec], "which folder has the most files", "max", Matcher()).value == "2031-trip"
    assert sum_row([30.0, 14.0, 9.0, 7.0]) == 0 and sum_row([5.0, 14.0, 9.0, 7.0]) is None
