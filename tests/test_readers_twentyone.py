"""A file manager's own list (header under the window's lines, narrow gaps, sizes after the date, modes OCR cut
short), hashes without letters, a mail index's previews, places in files that are no pairs, upright axis titles,
a month grid over a button bar, counts of named entries, quotes OCR spaced, and entries a question leaves out.
Invented data."""

from __future__ import annotations

from dataclasses import dataclass

from seeingeye.agents.calendar_grid import month_grid
from seeingeye.agents.histories import oneline
from seeingeye.agents.listings import ENTRY_TYPE, listing_sizes
from seeingeye.agents.question import analyse
from seeingeye.agents.record_cleanup import without_previews
from seeingeye.agents.record_counts import count_name_part
from seeingeye.agents.solve_counts import _COUNTED
from seeingeye.agents.solve_records import left_out
from seeingeye.agents.tabular import Row, make_records
from seeingeye.sir import Box, Evidence
from seeingeye.tools.layout import LayoutBlock
from seeingeye.tools.ocr import OcrLine, _fix_glyphs
from seeingeye.tools.pairs import key_values
from seeingeye.tools.table import split_header
from seeingeye.tools.table_columns import split_headed


def _ln(text: str, x0: float, y0: float, x1: float, h: float = 20) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x1, y1=y0 + h), confidence=0.99)


def _ev(k: int, text: str, x0: float, y0: float, x1: float, h: float = 16) -> Evidence:
    return Evidence(id=f"e{k}", kind="text", value=text, source="ocr", round=1, confidence=0.9,
                    box=Box(x0=x0, y0=y0, x1=x1, y1=y0 + h))


def test_header_names_two_spaces_apart_under_a_window_line_part_the_rows() -> None:
    lines = [_ln("Where: /srv/pics", 0, 0, 200),  # the window's own line over the list
             _ln("WHO", 0, 30, 28), _ln("CHANGED", 40, 30, 110), _ln("BYTES", 300, 30, 350),
             _ln("NAME", 362, 30, 400), _ln("3 of 9", 600, 30, 660)]
    cells = [(0, 0, 0), (1, 0, 1), (1, 0, 2), (1, 1, 3), (1, 1, 4), (1, 1, 5)]
    for r, (who, when, size, name) in enumerate([("kim", "Feb 02 2030", "12'400", "a.png"),
                                                 ("kim", "Mar 11 2030", "980", "b.txt"),
                                                 ("lee", "Apr 30 2030", "1'002'311", "c.tif")], start=2):
        y = 30 * r
        lines += [_ln(f"{who} {when}", 0, y, 150), _ln(size, 290, y, 350), _ln(name, 362, y, 420)]
        k = len(lines)
        cells += [(r, 0, k - 3), (r, 1, k - 2), (r, 1, k - 1)]
    block = LayoutBlock(0, "table", 0, list(range(len(lines))), Box(x0=0, y0=0, x1=660, y1=140), cells, 5, 2)
    parted, out = split_headed(block, lines)
    assert parted.n_cols == 4  # who | changed, and bytes | name, each parted
    grid: dict[tuple[int, int], str] = {}
    for r, c, i in parted.cells:
        grid[(r, c)] = (grid.get((r, c), "") + " " + out[i].text).strip()
    last = max(r for r, _ in grid)  # (the window's line over the header leaves the table)
    assert [grid.get((last, c), "") for c in range(4)] == ["lee", "Apr 30 2030", "1'002'311", "c.tif"]
    assert "Where" not in " ".join(grid.values())
    # the header row is found under the window's line, its "3 of 9" set aside
    header, _, printed, _ = split_header([["Where: /srv/pics", "", ""], ["MODE", "SIZE", "NAME 3 of 9"],
                                          ["drwxr-xr-x", "4096", "raw"], ["-rw-r--r--", "1'534", "a.txt"]])
    assert printed and header[0] == "MODE"


def test_a_file_list_with_modes_a_dash_short_and_sizes_after_the_date() -> None:
    rows = [Row(["drwxr-xr-x", "root", "Jan 05 2030", "[DIR]", "raw"], ["e1"]),
            Row(["rw-r--r--", "root", "Apr 12 2030", "2'841'233", "big.tif"], ["e2"]),
            Row(["-rw-r--r-", "root", "May 10 2030", "1'534", "notes.txt"], ["e3"]),
            Row(["-rw-r--r--", "root", "Mar 30 2030", "412'880", "cover.jpg"], ["e4"])]
    rec = make_records("table", ["MODE", "OWNER", "CHANGED", "SIZE", "NAME"], rows)
    assert rec is not None
    listing_sizes(rec)
    assert rec.columns[-1].name == ENTRY_TYPE and rec.columns[3].type == "size"
    assert [r.cells[-1] for r in rec.rows] == ["directory (folder)", "file", "file", "file"]
    listing_sizes(rec)  # a second pass adds nothing
    assert sum(c.name == ENTRY_TYPE for c in rec.columns) == 1


def test_a_hash_without_letters_stays_among_hashes_of_its_length() -> None:
    def row(k: int, text: str) -> list[Evidence]:
        return [_ev(k, text, 10, 20 * k, 400)]

    rec = oneline([row(1, "a1b2c3d Add the parser"), row(2, "4417730 Fix the build"),
                   row(3, "9f8e7d6 Bump the version"), row(4, "0c0ffee Start")])
    assert rec is not None and [r.cells[0] for r in rec.rows] == ["a1b2c3d", "4417730", "9f8e7d6", "0c0ffee"]


def test_a_mail_index_loses_the_body_preview_after_its_subjects() -> None:
    rec = make_records("table", ["from", "subject"], [Row(["Ana", "Dinner friday<<Hi, are we still on"], ["e1"]),
                                                      Row(["Bo", "Invoice 12<<Please find attached"], ["e2"])])
    assert rec is not None
    without_previews(rec)
    assert [r.cells[1] for r in rec.rows] == ["Dinner friday", "Invoice 12"]


@dataclass
class _Line:
    text: str
    box: Box
    confidence: float = 0.95


def test_places_in_files_and_upright_axis_titles_make_no_pairs() -> None:
    lines = [_Line("FAILED tests/test_geo.py::test_bearing - assert 3 == 4", Box(x0=0, y0=0, x1=500, y1=18)),
             _Line("tests/test_geo.py:41: AssertionError", Box(x0=0, y0=30, x1=300, y1=48)),
             _Line("Rainfall", Box(x0=10, y0=200, x1=28, y1=280)),  # printed upright beside a tick
             _Line("250", Box(x0=40, y0=230, x1=70, y1=246)),
             _Line("Total: 7", Box(x0=0, y0=400, x1=80, y1=418))]
    pairs = {d.label: d.value for d in key_values(lines)}
    assert pairs == {"Total": "7"}


def test_a_month_grid_ends_above_its_button_bar_and_lists_days_in_order() -> None:
    names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    lines = [_ev(k, n, 40 + 100 * k, 40, 80 + 100 * k) for k, n in enumerate(names)]
    k = len(lines)
    for week in range(5):
        for d in range(7):
            day = week * 7 + d + 1
            if day <= 31:
                lines.append(_ev(k, str(day), 55 + 100 * d, 80 + 100 * week, 70 + 100 * d))
                k += 1
    lines += [_ev(k, "Yoga", 5 + 100 * 2, 100 + 100 * 1, 60 + 100 * 2),  # on the 10th
              _ev(k + 1, "Rent due", 5 + 100 * 5, 100 + 100 * 3, 90 + 100 * 5),  # on the 27th
              _ev(k + 2, "Print...", 5 + 100 * 1, 80 + 100 * 5 + 20, 80 + 100 * 1)]  # the button bar below
    events = next(r for r in month_grid(lines) if r.kind == "events")
    assert [r.cells[0] for r in events.rows] == ["Yoga", "Rent due"]


def test_counts_of_entries_named_by_a_part_and_printed_counts_of_words() -> None:
    rec = make_records("columns", ["PID", "COMMAND"], [Row(["901", "app-render"], ["e1"]),
                                                       Row(["902", "app-loader"], ["e2"]),
                                                       Row(["903", "app-loader"], ["e3"])])
    assert rec is not None
    rec.key = 1
    assert count_name_part([rec], "loader") == 2
    assert count_name_part([rec], "app") is None  # every row's: the list's own noun
    assert _COUNTED.search("48213 w01-loader") is None  # a process id and its name
    assert _COUNTED.search("3 files could not be copied") is not None


def test_quotes_ocr_spaced_close_on_their_word() -> None:
    assert _fix_glyphs("KeyError: ' user_id '") == "KeyError: 'user_id'"
    assert _fix_glyphs("it's ' ok") == "it's ' ok"


def test_an_entry_the_question_leaves_out() -> None:
    qa = analyse("which city is the largest apart from Lisbon")
    assert qa.operator == "max" and qa.excluded == ["Lisbon"] and "Lisbon" not in qa.target
    assert left_out("Lisbon (capital)", qa.excluded) and not left_out("Porto", qa.excluded)


def test_counts_before_item_names_stand_apart_and_betas_in_words_read_as_eszett() -> None:
    from seeingeye.agents.record_cleanup import quantities_apart

    rec = make_records("table", ["item", "sum"], [Row(["2 x Tea", "3,20"], ["e1"]), Row(["Roll", "0,90"], ["e2"]),
                                                  Row(["3 × Scone", "6,30"], ["e3"])])
    assert rec is not None
    quantities_apart(rec)
    assert [r.cells[:2] for r in rec.rows] == [["2", "Tea"], ["", "Roll"], ["3", "Scone"]]
    assert rec.columns[rec.key].name == "item"
    assert _fix_glyphs("Straβe 4") == "Straße 4" and _fix_glyphs("β 0.5") == "β 0.5"


def test_the_figure_of_an_extreme_asked_after_it() -> None:
    from seeingeye.agents.solve_records import _column_word

    qa = analyse("which product has the highest price and what is it?")
    assert qa.operator == "max" and qa.also_figure
    rec = make_records("table", ["Product", "Qty", "Price"], [Row(["Pen", "40", "1.20"], ["e1"]),
                                                              Row(["Lamp", "2", "30.00"], ["e2"])])
    assert rec is not None and _column_word([rec], "item with the highest price") == "Price"


def test_a_tagged_row_grows_to_the_entry_the_question_names_whole() -> None:
    from seeingeye.agents.records import whole_label

    rec = make_records("log", ["commit hash", "message"], [Row(["1a2b3c4", "Cache remove merge test"], ["e1"]),
                                                           Row(["5d6e7f8", "Cache update"], ["e2"])])
    assert rec is not None
    rec.key = 1
    assert whole_label([rec], "cache", "commit id says cache remove merge test") == "cache remove merge test"
    assert whole_label([rec], "cache", "which commit says cache only") == "cache"
