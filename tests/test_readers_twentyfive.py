"""A CSV printed in a terminal, a boxed table whose body lost its bars, a date whose year OCR put in the next
column, `git describe` and short status of words, the rand's "R" and amounts grouped by spaces, and the icon
glyph each row of a list draws. Invented data only."""

from __future__ import annotations

from seeingeye.agents.columns import _dates_joined, content_name
from seeingeye.agents.delimited import delimited_table
from seeingeye.agents.pipe_tables import boxed_by_header
from seeingeye.agents.record_cleanup import without_icons
from seeingeye.agents.record_counts import count_headed
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import typed_span
from seeingeye.sir import Box, Evidence
from seeingeye.tools.git import read_git
from seeingeye.tools.ocr import OcrLine


def _piece(i: int, text: str, col: int, y: float) -> Evidence:
    """A monospaced piece starting at character `col` (10 px a character)."""
    return Evidence(id=f"e{i}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=10.0 * col, y0=y, x1=10.0 * (col + len(text)), y1=y + 16))


def _rows(lines: list[str]) -> list[list[Evidence]]:
    return [[_piece(k, t, 0, 20.0 * k)] for k, t in enumerate(lines)]


def test_a_csv_under_cat_is_a_table_with_its_header() -> None:
    rows = _rows(["pat@box:~/farm$ cat looms.csv", "loom,threads,active", "Vellberg,31.5,yes",
                  '"Birke, north",28.25,no', "Moorgrund,34.0,yes", "pat@box:~/farm$"])
    rec = delimited_table(rows)
    assert rec is not None and [c.name for c in rec.columns] == ["loom", "threads", "active"]
    assert [r.cells for r in rec.rows] == [["Vellberg", "31.5", "yes"], ["Birke, north", "28.25", "no"],
                                           ["Moorgrund", "34.0", "yes"]]
    assert count_headed([rec], "looms") == 3


def test_prose_and_figures_with_commas_are_no_csv() -> None:
    assert delimited_table(_rows(["Total 1,250.00", "Paid 1,000.00", "Due 250.00"])) is None
    assert delimited_table(_rows(["Dear Ada,", "thanks, it works now.", "Best, Bo"])) is None
    semi = delimited_table(_rows(["produkt;preis", "Tee;3,20", "Brot;2,95"]))
    assert semi is not None and semi.rows[0].cells == ["Tee", "3,20"]


def test_a_boxed_table_whose_body_lost_its_bars_parts_at_the_header_bars() -> None:
    # "+------+--------+-------+" borders; the header kept its bars, the body rows did not (one read as "1")
    rows = [[_piece(0, "ann@lab:~$ mysql -e 'select * from kiln'", 0, 0)],
            [_piece(1, "+-", 0, 20)],
            [_piece(2, "| id | kiln", 0, 40), _piece(3, "| heat_c |", 18, 40)],
            [_piece(4, "+", 0, 60)],
            [_piece(5, "7", 2, 80), _piece(6, "Anagama", 7, 80), _piece(7, "1 1280", 18, 80)],
            [_piece(8, "12", 2, 100), _piece(9, "Raku pit", 7, 100), _piece(10, "940", 20, 100)],
            [_piece(11, "| 15", 0, 120), _piece(12, "Noborigama", 7, 120), _piece(13, "1310", 20, 120)],
            [_piece(14, "ann@lab:~$", 0, 140)]]
    rec = boxed_by_header(rows)
    assert rec is not None and [c.name for c in rec.columns] == ["id", "kiln", "heat_c"]
    assert [r.cells for r in rec.rows] == [["7", "Anagama", "1280"], ["12", "Raku pit", "940"],
                                           ["15", "Noborigama", "1310"]]


def test_a_year_read_at_the_head_of_the_next_column_goes_back_to_its_date() -> None:
    body = [Row(["a1b2c3d", "07 Jun", "2024 Ines Roa", "Fix pump"], []),
            Row(["0f9e8d7", "19 May", "2024 Tom Ek", "Add valve"], []),
            Row(["5c4b3a2", "02 May", "2024 Ines Roa", "Start"], [])]
    joined, n = _dates_joined(body, 4)
    assert n == 4 and joined[0].cells == ["a1b2c3d", "07 Jun 2024", "Ines Roa", "Fix pump"]
    assert content_name([r.cells[0] for r in joined] + ["9d8c7b6 7"]) == "commit hash (id)"
    assert content_name(["1204", "1311", "1402"]) != "commit hash (id)"


def _line(text: str, y: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=4, y0=y, x1=4 + 8 * len(text), y1=y + 16), confidence=0.99)


def test_git_describe_and_short_status_of_plain_words() -> None:
    shown = ["## topic/valves...origin/topic/valves", " M Dockerfile", " M docs/pump.md", "?? scratch",
             "ann@lab:~/pump$ git describe --tags", "release-2.7-5-g0c1d2e3"]
    facts = read_git([_line(t, 20.0 * k) for k, t in enumerate(shown)])
    got = {d.label: d.value for d in facts}
    assert got["current branch"] == "topic/valves"
    assert got["number of modified files"] == "2" and got["number of untracked files"] == "1"
    assert got["latest tag (most recent release tag, version)"] == "release-2.7"
    assert got["commits since tag release-2.7"] == "5"
    assert got["upstream branch"] == "origin/topic/valves"
    ahead = read_git([_line("## main...origin/main [ahead 3, behind 1]", 0), _line(" M setup.cfg", 20)])
    assert {d.label: d.value for d in ahead}["commits behind of origin/main"] == "1"
    assert next(d for d in ahead if d.label == "commits ahead of origin/main").attrs["count_of"] == \
        "commit ahead of origin/main"


def test_rand_and_space_grouped_amounts_are_whole() -> None:
    assert typed_span("Available balance R 24 310.05", "money") == "R 24 310.05"
    assert typed_span("Summe 2 480,00", "money") == "2 480,00"
    assert typed_span("order 3 items", "money") != "r 3"  # (a word's last letter is no rand)


def test_the_icon_every_row_draws_is_no_part_of_the_names() -> None:
    names = ["D Quillmere", "D Oakum", "D Velvet Lanes", "D Ostrava Rain"]
    rec = make_records("table", ["Title", "Time"], [Row([n, "3:10"], []) for n in names])
    assert rec is not None
    without_icons(rec)
    assert [r.cells[0] for r in rec.rows] == ["Quillmere", "Oakum", "Velvet Lanes", "Ostrava Rain"]
    mixed = make_records("table", ["Title", "Time"], [Row([n, "3:10"], []) for n in
                                                       ["A Long Walk", "Bright Side", "A Quiet Year", "Dune"]])
    assert mixed is not None
    without_icons(mixed)
    assert mixed.rows[0].cells[0] == "A Long Walk"


def test_a_dated_listing_with_sizes_in_units_orders_by_its_dates() -> None:
    from seeingeye.agents.listings import dated_sizes
    from seeingeye.agents.record_positions import nth

    shown = ["2025-04-02 07:10:11    2.1 GiB snap-2025-04-02.tar", "2025-01-15 18:00:00  640.0 KiB todo.txt",
             "2025-04-09 07:10:40    2.2 GiB snap-2025-04-09.tar", "2024-11-30 09:30:05   12.5 MiB scans.zip"]
    rec = dated_sizes(_rows(shown))
    assert rec is not None and rec.rows[0].cells[1:3] == ["2.1 GiB", "snap-2025-04-02.tar"]
    assert nth([rec], "earliest").value == "scans.zip"
    assert nth([rec], "latest").value == "snap-2025-04-09.tar"


def test_a_bracketed_tag_is_a_state_of_its_own() -> None:
    from seeingeye.agents.record_counts import rows_where
    from seeingeye.agents.tabular import in_state

    assert in_state("Up 5 minutes (throttled)", "(throttled)") and not in_state("Up 5 minutes (ok)", "(throttled)")
    cells = [("cache-1", "Up 2 days (ok)"), ("queue-1", "Up 1 hour (throttled)"), ("mail-1", "Up 2 days"),
             ("cron-1", "Exited (1) 3 minutes ago")]
    rec = make_records("table", ["NAME", "STATUS"], [Row([a, b], []) for a, b in cells])
    assert rec is not None
    assert [a.value for a in rows_where([rec], "throttled")] == ["queue-1"]


def test_rows_named_by_the_noun_asked_are_the_ones_ranked() -> None:
    from seeingeye.agents.record_counts import named_kind

    cells = [("Board total:", "41.0"), ("Fan 0:", "38.5"), ("Fan 1:", "36.0"), ("Fan 2:", "39.5")]
    rec = make_records("table", ["sensor", "reading"], [Row([a, b], []) for a, b in cells])
    assert rec is not None
    cut = named_kind([rec], "fans")
    assert [rec2.label(r) for rec2 in cut for r in rec2.rows] == ["Fan 0:", "Fan 1:", "Fan 2:"]
    assert named_kind([rec], "pump") == [rec]


def test_skipped_tests_are_listed_by_the_runner_reader() -> None:
    from seeingeye.tools.testrun import read_testrun

    shown = ["tests/test_cart.py::test_empty PASSED", "tests/test_cart.py::test_rounding_rule SKIPPED (no locale)",
             "tests/test_cart.py::test_total FAILED", "==== 1 failed, 1 passed, 1 skipped in 0.10s ===="]
    got = {d.label: d.value for d in read_testrun([_line(t, 20.0 * k) for k, t in enumerate(shown)])}
    assert got["tests that were skipped (skipped tests, not run)"] == "test_rounding_rule"
    assert "first test that were skipped (skipped tests, not run)" not in got


def test_a_size_and_a_type_run_together_under_two_names_part() -> None:
    cells = [("plan.md", "12.4 KB md-file"), ("scan.tiff", "3.2 MB tiff-file"), ("old.zip", "880.1 KB zip-file")]
    rec = make_records("table", ["Name", "Size Type"], [Row([a, b], []) for a, b in cells])
    assert rec is not None and [c.name for c in rec.columns] == ["Name", "Size", "Type"]
    assert rec.rows[1].cells == ["scan.tiff", "3.2 MB", "tiff-file"]


def test_a_label_with_a_figure_under_sizes_is_no_size() -> None:
    from seeingeye.agents.tabular import sort_key

    assert sort_key("Threads: 12", "size") is None
    assert sort_key("2.5 GiB", "size") == 2.5 * 1024**3 and sort_key("512", "size") == 512.0


def test_an_extreme_asked_without_a_clear_figure_type_names_the_entry() -> None:
    from seeingeye.agents.question import analyse, extreme_type

    assert analyse("which warehouse shipped the most in 2023").answer_type != "number"
    assert extreme_type("max", "number", {"number": 0.46, "text": 0.41}) == "text"
    assert extreme_type("max", "number", {"number": 0.75, "text": 0.19}) == "number"
    assert extreme_type("lookup", "number", {"number": 0.46, "text": 0.41}) == "number"


def test_rows_counted_after_a_printed_date_in_the_column_named() -> None:
    from seeingeye.agents.record_counts import count_dated

    cells = [("Drill", "2025-04-02", "2025-04-20"), ("Saw", "2025-04-05", "2025-04-09"),
             ("Planer", "2025-04-11", "2025-04-30"), ("Lathe", "2025-04-01", "2025-04-12")]
    rec = make_records("table", ["Item", "Lent", "Returned"], [Row(list(c), []) for c in cells])
    assert rec is not None
    got = count_dated([rec], "items returned after 10 April 2025", True)
    assert got is not None and got[0] == 3
    before = count_dated([rec], "items lent before 3 April 2025", False)
    assert before is not None and before[0] == 2
    assert count_dated([rec], "items returned late", True) is None


def test_the_structure_whose_rows_are_the_kind_asked_is_ranked() -> None:
    from seeingeye.agents.record_counts import labelled_as

    by_task = make_records("table", ["Task", "Mon", "Tue"],
                           [Row(["Review", "2", "1"], []), Row(["Build", "3", "4"], [])])
    by_day = make_records("table", ["Day", "Review", "Build"], [Row(["Mon", "2", "3"], []), Row(["Tue", "1", "4"], [])])
    assert by_task is not None and by_day is not None
    assert labelled_as([by_task, by_day], "day") == [by_day]
    assert labelled_as([by_task, by_day], "task") == []  # (no kind of label that "task" names: no pick)


def test_an_empty_white_box_on_a_grey_face_is_unchecked() -> None:
    import numpy as np

    from seeingeye.tools.forms import find_controls
    from seeingeye.tools.ocr import OcrLine

    def face(ticked: bool) -> np.ndarray:
        img = np.full((60, 260, 3), 217, np.uint8)
        img[20:34, 10:24] = 65  # the dark frame
        img[22:34, 12:24] = 255  # the white well
        if ticked:
            img[25:31, 14:22] = 0  # a tick's ink
        return img

    line = OcrLine(text="Power off when done", box=Box(x0=32, y0=20, x1=200, y1=34), confidence=0.99)
    states = [[c.state for c in find_controls(face(t), [line]) if c.kind == "checkbox"] for t in (False, True)]
    assert states == [["unchecked"], ["checked"]]


def test_two_names_over_two_figures_part_and_a_thousands_group_does_not() -> None:
    cells = [("Atrium", "2 12"), ("Loft", "5 40"), ("Cellar", "1 8"), ("Studio", "3 16")]
    rec = make_records("table", ["Room", "Level Seats"], [Row([a, b], []) for a, b in cells])
    assert rec is not None and [c.name for c in rec.columns] == ["Room", "Level", "Seats"]
    grouped = make_records("table", ["Item", "Amount EUR"], [Row([a, b], []) for a, b in
                                                             [("Rent", "1 250"), ("Car", "2 400"), ("Tax", "3 100")]])
    assert grouped is not None and len(grouped.columns) == 2


def test_a_split_header_yields_only_to_a_table_holding_all_its_names() -> None:
    from seeingeye.agents.superseded import superseded

    dates = [("Drill", "Lent", "2024-03-02", "2024-03-09"), ("Saw", "Kept", "2024-03-04", "2024-03-06"),
             ("Lathe", "Lent", "2024-03-01", "2024-03-08")]
    table = make_records("table", ["Item", "State", "Paid on"], [Row([a, b, c], []) for a, b, c, _ in dates])
    split = make_records("columns", ["Item", "State", "Paid", "on"], [Row([a, b, c, d], []) for a, b, c, d in dates])
    assert table is not None and split is not None
    assert superseded([table, split]) == [table]
    nameless = make_records("table", ["State", "Paid on"], [Row([b, c], []) for _, b, c, _ in dates])
    assert nameless is not None and superseded([nameless, split]) == [nameless, split]
