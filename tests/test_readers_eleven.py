"""Swiss grouped figures, a sheet's first row as its header, a terminal multiplexer's side-by-side panes,
relative dates in a one-line log, generated names by their words, amounts that lost their currency sign,
and percentages named as such."""

from __future__ import annotations

import numpy as np

from seeingeye.agents import record_extremes as RX
from seeingeye.agents import records as R
from seeingeye.agents.columns import _worded_header
from seeingeye.agents.forecast import forecast
from seeingeye.agents.histories import oneline
from seeingeye.agents.listings import dated_sizes, releases
from seeingeye.agents.match import Matcher
from seeingeye.agents.page_rows import panes, visual_rows
from seeingeye.agents.question import analyse
from seeingeye.agents.solve_counts import quantity_of
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import spans
from seeingeye.agents.ui_solve import selected_cell
from seeingeye.agents.units import dimension_words
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.textutil import format_number, parse_number
from seeingeye.tools.control_groups import Control, group_radios
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.panes import pane_edges
from seeingeye.tools.table import table_drafts
from tests.records_util import add_lines, bare_sir


def test_swiss_apostrophes_group_thousands() -> None:
    assert parse_number("18'340") == 18340
    assert parse_number("CHF 52’116.25") == 52116.25
    assert parse_number("5'11") == 5  # feet and inches: no group of three
    assert spans("Subtotal 18'340", "money") == ["18'340"]
    assert spans("Dinner 4'275 guests", "number") == ["4'275"]


def test_a_large_figure_is_printed_without_an_exponent() -> None:
    assert format_number(1284280.5) == "1284280.5"
    assert "e" not in format_number(123456789.25)


def test_a_sheets_first_row_of_words_becomes_its_header() -> None:
    grid = [["", "A", "B", "C"], ["1", "Code", "Model", "Qty"], ["2", "K-1", "Kettle", "148"],
            ["3", "K-2", "Toaster", "37"], ["4", "K-3", "Mixer", "214"]]
    drafts = table_drafts(grid, Box(x0=0, y0=0, x1=400, y1=200), 0, lambda r, c: None, ruled=True)
    table = drafts[0]
    assert table.attrs["header"] == ["row", "Code", "Model", "Qty"]
    assert table.attrs["letters"] == ["row", "A", "B", "C"]
    assert [r[2] for r in table.attrs["rows"]] == ["Kettle", "Toaster", "Mixer"]  # type: ignore[index]
    cells = [d for d in drafts if d.kind == "cell" and d.value == "214"]
    assert cells[0].label == "Qty"


def test_a_sheet_whose_first_row_holds_figures_keeps_its_letters() -> None:
    grid = [["", "A", "B"], ["1", "12", "40"], ["2", "13", "41"], ["3", "14", "42"]]
    drafts = table_drafts(grid, Box(x0=0, y0=0, x1=400, y1=200), 0, lambda r, c: None, ruled=True)
    assert drafts[0].attrs["header"] == ["row", "A", "B"] and "letters" not in drafts[0].attrs


def _split_window() -> np.ndarray:
    """A dark window parted like tmux: a rule across it, and one line hanging from it between two panes."""
    g = np.full((400, 900), 20, dtype=np.uint8)
    g[150, :] = 140
    g[151:380, 450] = 140
    return g


def test_an_edge_hanging_under_a_menu_bar_alone_parts_no_panes() -> None:
    sir = bare_sir()
    sir.add(EvidenceDraft(kind="region", value="pane edge", box=Box(x0=450, y0=40, x1=451, y1=380),
                          attrs={"role": "pane_edge", "under_rule": True}), source="ui", round=1)
    texts = [("File Edit View", 10, 10)] + [(f"left {k}", 10, 60 + 20 * k) for k in range(4)]
    texts += [(f"right {k}", 500, 60 + 20 * k) for k in range(4)]
    for t, x, y in texts:
        sir.add(EvidenceDraft(kind="text", value=t, box=Box(x0=x, y0=y, x1=x + 8 * len(t), y1=y + 16)),
                source="ocr", round=1)
    assert len(panes(sir.by_kind("text"), sir)) == 1


def test_one_line_hanging_from_a_rule_across_the_window_parts_panes() -> None:
    edges = pane_edges(_split_window())
    assert len(edges) == 1
    box, hanging = edges[0]
    assert hanging and abs(box.x0 - 450) <= 2


def test_a_single_line_inside_a_box_parts_no_panes() -> None:
    g = np.full((400, 900), 20, dtype=np.uint8)
    g[150, 100:500] = 140  # a rule over half the window: a box's own border
    g[151:380, 300] = 140
    assert pane_edges(g) == []


def test_lines_above_a_hanging_edges_rule_belong_to_no_pane() -> None:
    sir = bare_sir()
    sir.add(EvidenceDraft(kind="region", value="pane edge", box=Box(x0=450, y0=150, x1=451, y1=380),
                          attrs={"role": "pane_edge", "under_rule": True}), source="ui", round=1)
    texts = [("top row one", 10, 60), ("top row two", 500, 90), ("top row three", 10, 120)]
    texts += [(f"left {k}", 10, 160 + 20 * k) for k in range(4)] + [(f"right {k}", 500, 160 + 20 * k) for k in range(4)]
    for t, x, y in texts:
        sir.add(EvidenceDraft(kind="text", value=t, box=Box(x0=x, y0=y, x1=x + 8 * len(t), y1=y + 16)),
                source="ocr", round=1)
    parts = panes(sir.by_kind("text"), sir)
    groups = sorted(sorted(e.value for e in p) for p in parts[1:])  # each pane, and the rows above them
    assert [f"left {k}" for k in range(4)] in groups and [f"right {k}" for k in range(4)] in groups
    assert not any(v.startswith("top") for g in groups if len(g) == 4 for v in g)


def test_a_one_line_log_with_relative_dates_names_its_authors() -> None:
    lines = ["3f9a1c2 Zora Lind 2 hours ago fix(web): debounce input", "b71e0d4 Ed Moss 5 hours ago chore: bump",
             "0c4d2aa Zora Lind yesterday feat(api): add endpoint", "e92b7f1 Ana Ruiz 2 days ago docs: runbook"]
    sir = bare_sir()
    add_lines(sir, lines)
    rec = oneline(visual_rows(sir.by_kind("text")))
    assert rec is not None
    names = [c.name for c in rec.columns]
    author, date = names.index("author (person, who)"), names.index("date")
    assert [r.cells[author] for r in rec.rows] == ["Zora Lind", "Ed Moss", "Zora Lind", "Ana Ruiz"]
    assert rec.rows[2].cells[date] == "yesterday"


def test_a_generated_name_is_looked_up_by_its_words() -> None:
    rec = make_records("columns", ["NAME", "STATUS", "RESTARTS"], [
        Row(["api-gateway-7d9f8c6b5-2xkqp", "Running", "0"], ["a"]),
        Row(["thumb-worker-5c9d7b8f6-q2xkp", "Running", "5"], ["b"]),
        Row(["billing-worker-5c8d7f9d4-kt7rz", "Pending", "17"], ["c"])])
    assert rec is not None
    assert R.lookup_named([rec], "restarts has the thumb worker had").value == "5"


def test_amounts_that_lost_their_currency_sign_still_rank() -> None:
    rec = make_records("key_value", ["key", "value"], [
        Row(["Grocer", "-€23.40"], ["a"]), Row(["Fuel", "-64.0"], ["b"]), Row(["Shop", "-€49.90"], ["c"]),
        Row(["Friend", "+€60.00"], ["d"]), Row(["Cinema", "-€12.40"], ["e"])])
    assert rec is not None
    assert RX.arg_extreme([rec], "expense", "max", sign="down").value == "Fuel"


def test_a_column_of_percentages_is_named_a_percentage() -> None:
    assert dimension_words("84%") is not None and "percentage" in (dimension_words("84%") or "")
    assert dimension_words("84") is None


def test_a_radio_rows_label_on_its_left_names_the_group_before_a_line_above() -> None:
    above = OcrLine(text="/mnt/backups/laptop", box=Box(x0=180, y0=120, x1=430, y1=140), confidence=0.9)
    left = OcrLine(text="Encoding:", box=Box(x0=60, y0=162, x1=160, y1=182), confidence=0.9)
    radios = [Control("radio", Box(x0=x, y0=164, x1=x + 16, y1=180), "selected" if x == 250 else "unselected")
              for x in (180, 250, 320)]
    group_radios(radios, [above, left], set())
    assert {c.group for c in radios} == {"Encoding"}


def test_dated_sizes_read_a_listing_without_modes() -> None:
    sir = bare_sir()
    add_lines(sir, ["11/10/26 /DIR Archive", "11/09/26 /DIR Drafts", "11/14/26 6,747,003 report.pdf",
                    "10/28/26 9,498,155 invoice.pdf", "11/24/26 15,723 readme.md"])
    rec = dated_sizes(visual_rows(sir.by_kind("text")))
    assert rec is not None and rec.columns[rec.key].name == "name"
    assert RX.arg_extreme([rec], "size", "max").value == "invoice.pdf"
    assert [r.cells[3] for r in rec.rows].count("directory (folder)") == 2


def test_a_forecast_listed_down_a_widget_has_a_row_per_day() -> None:
    days = [["Today", "0%", "14°", "24°"], ["Fri", "10%", "13°", "22°"], ["Sat", "80%", "11 °", "17°"],
            ["Sun", "40%", "12°", "19°"]]
    rec = make_records("columns", [], [Row(d, [d[0]]) for d in days])
    assert rec is not None
    out = forecast(rec)
    assert out is not None
    assert [r.cells for r in out.rows][2] == ["Sat", "17°", "11°", "80%", ""]


def test_a_release_heading_joined_to_the_paragraph_above_still_opens_a_release() -> None:
    sir = bare_sir()
    blocks = [("All changes are listed here. [7.3.0] — 2025-08-14", "paragraph"), ("Added: watch mode", "list_item"),
              ("[7.2.1] — 2025-06-30", "heading"), ("Fixed: paths", "list_item"), ("Security: CVE-2025-1", "list_item")]
    for k, (text, role) in enumerate(blocks):
        sir.add(EvidenceDraft(kind="block", value=text, box=Box(x0=10, y0=20 * k, x1=300, y1=20 * k + 16),
                              attrs={"role": role, "order": k}), source="layout", round=1)
    rec = releases(sir)
    assert rec is not None and [r.cells[:2] for r in rec.rows] == [["7.3.0", "2025-08-14"], ["7.2.1", "2025-06-30"]]


def test_a_row_of_repeated_words_is_no_header() -> None:
    assert not _worded_header([("n/a", 0, 20), ("n/a", 40, 60), ("n/a", 80, 100), ("Low", 120, 170)])
    assert _worded_header([("Name", 0, 30), ("User", 40, 70), ("Memory", 80, 130)])


def test_a_markdown_changelog_in_an_editor_is_read_as_releases_and_its_entries_counted() -> None:
    sir = bare_sir()
    add_lines(sir, ["# Changelog", "## [7.3.0] - 2025-08-14", "- Added watch mode", "Changed the default timeout",
                    "## [7.2.1] - 2025-06-30", "- Fixed paths", "- Bumped yaml", "- Dropped the old CLI"])
    rec = releases(sir)
    assert rec is not None
    assert [(r.cells[0], len(r.cells[2].split("; "))) for r in rec.rows] == [("7.3.0", 2), ("7.2.1", 3)]
    got = quantity_of(analyse("how many changes does 7.2.1 have"), sir, Matcher())
    assert got is not None and got.answer == "3"


def test_a_hash_ocr_split_with_a_space_is_one_hash() -> None:
    sir = bare_sir()
    add_lines(sir, ["5d2e8a1 Fix crash on emoji", "4be 07c2 Speed up extraction", "9f31a 6d Refactor rates",
                    "2c7b0e4 Bump requests"])
    rec = oneline(visual_rows(sir.by_kind("text")))
    assert rec is not None and [r.cells[0] for r in rec.rows] == ["5d2e8a1", "4be07c2", "9f31a6d", "2c7b0e4"]


def test_a_highlighted_row_answers_by_the_column_the_question_names() -> None:
    sir = bare_sir()
    sir.add(EvidenceDraft(kind="table", value="table 3 rows x 3 columns", box=Box(x0=0, y0=0, x1=500, y1=200),
                          attrs={"header": ["Code", "Model", "Qty"],
                                 "rows": [["HM-1", "Oak board", "12"], ["HM-2", "Linen cover", "40"],
                                          ["HM-3", "Copper kettle", "7"]]}), source="table", round=1)
    piece = sir.add(EvidenceDraft(kind="field", value="HM-2", label="highlighted row",
                                  box=Box(x0=0, y0=60, x1=60, y1=80), attrs={"control": "list_item", "selected": True}),
                    source="ui", round=1)
    assert piece is not None
    m = Matcher()
    assert selected_cell(piece, sir, "the selected line, just its model", m) == "Linen cover"
    assert selected_cell(piece, sir, "which row is selected", m) is None


def test_a_surname_with_a_capital_of_its_own_is_read_whole() -> None:
    assert spans("Signed off by: Cathal O'Neill", "person") == ["Cathal O'Neill"]
    assert spans("Fiona McBride", "person") == ["Fiona McBride"]
    assert spans("Maria Garcia", "person") == ["Maria Garcia"]


def test_a_plain_changelog_without_markdown_marks_is_read_as_releases_too() -> None:
    sir = bare_sir()
    add_lines(sir, ["Release notes", "2.1.0 - 2026-02-01", "Faster start", "1.5 GB limit raised", "2.0.0 - 2025-12-01",
                    "New parser", "## Contributors", "Ana, Ed"])
    rec = releases(sir)
    assert rec is not None
    assert [(r.cells[0], r.cells[2]) for r in rec.rows] == [("2.1.0", "Faster start; 1.5 GB limit raised"),
                                                            ("2.0.0", "New parser")]


def test_a_sheet_without_row_numbers_takes_its_first_row_of_words_as_header() -> None:
    grid = [["A", "B", "C"], ["City", "Region", "Population"], ["Oslo", "East", "709000"],
            ["Bergen", "West", "291000"], ["Tromsø", "North", "78000"]]
    drafts = table_drafts(grid, Box(x0=0, y0=0, x1=400, y1=200), 0, lambda r, c: None, ruled=True)
    assert drafts[0].attrs["header"] == ["City", "Region", "Population"]
