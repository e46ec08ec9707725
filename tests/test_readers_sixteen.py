"""A sheet's own coordinates over its header, a list view's header rules, chat logs, figure-and-name listings,
syslog-prefixed logs, compiler diagnostics, ping's tallies, a calculator's one-line history, day cards, a
week view, grouped codes, joined questions and two columns of one row. Invented data only."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from seeingeye.agents import records as R
from seeingeye.agents.chats import said_lines
from seeingeye.agents.diagnostics import diagnostics, first_error
from seeingeye.agents.forecast import day_strip
from seeingeye.agents.histories import leveled_log
from seeingeye.agents.listings import figured
from seeingeye.agents.match import Matcher
from seeingeye.agents.page_rows import visual_rows
from seeingeye.agents.question import WHEN, analyse
from seeingeye.agents.row_pairs import column_pair_values
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import typed_span
from seeingeye.agents.week_view import week_events
from seeingeye.eval.scoring import score
from seeingeye.sir import Box, Evidence, EvidenceDraft
from seeingeye.tools.inkwords import Entry
from seeingeye.tools.keypad import history
from seeingeye.tools.listview import _cells, separators
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import _colon_pair, _segments
from seeingeye.tools.table import split_header, table_drafts
from tests.records_util import add_lines, bare_sir


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


def _placed(texts: list[tuple[str, float, float]]) -> list[Evidence]:
    """(text, x, y) as OCR lines 8 px a character wide, 14 px high."""
    sir = bare_sir()
    for text, x, y in texts:
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 14)),
                source="ocr", round=1)
    return sir.by_kind("text")


def test_a_sheets_numbered_coordinates_name_no_column_and_its_quoted_cells_read_bare() -> None:
    grid = [["", "", "", "", "Notes", "x"], ["", "0", "1", "2", "3", ""], ["0", "'Store'", "'Jan'", "'Feb'", "1", ""],
            ["1", "'Harbour'", "410", "380", "", ""], ["2", "'Summit'", "505", "612", "", ""]]
    drafts = table_drafts(grid, Box(x0=0, y0=0, x1=100, y1=100), 0, lambda r, c: None)
    table = drafts[0].attrs
    assert table["header"][:4] == ["row", "Store", "Jan", "Feb"]
    assert [r[1] for r in table["rows"]] == ["Harbour", "Summit"]
    assert table["letters"][1:4] == ["0", "1", "2"]


def test_a_ranking_or_a_figure_with_its_unit_opens_a_row_of_data() -> None:
    header, body, printed, _ = split_header([["#1", "ripple_9", "3,020 pts"], ["#2", "Quill", "2,870 pts"]])
    assert not printed and body[0][1] == "ripple_9"
    _, _, printed, _ = split_header([["Ann", "Re: budget for the spring fair and the stall rota"], ["Bo", "Hi"]])
    assert not printed


def test_a_list_views_header_rules_part_its_columns_under_centred_labels() -> None:
    grey = np.full((60, 400), 200, np.uint8)
    grey[10:30, 120] = grey[10:30, 260] = 120  # the rules between the header's cells
    head = [Entry("Code", Box(x0=45, y0=12, x1=80, y1=28)), Entry("Item", Box(x0=175, y0=12, x1=205, y1=28)),
            Entry("Qty", Box(x0=320, y0=12, x1=345, y1=28))]
    cuts = separators(grey, head)
    assert cuts is not None and [round(c) for c in cuts] == [120, 260]
    row = [Entry("Z-10", Box(x0=5, y0=40, x1=40, y1=55)), Entry("Copper wire", Box(x0=125, y0=40, x1=215, y1=55)),
           Entry("7", Box(x0=380, y0=40, x1=390, y1=55))]
    assert _cells(head, row, cuts) == ["Z-10", "Copper wire", "7"]
    assert _cells(head, row) == ["Z-10 Copper wire", "", "7"]  # by the labels' starts alone, the name is lost


def test_a_chat_log_reads_one_message_a_line_with_its_sender() -> None:
    rows = visual_rows(_placed([("09:05 <rhea> kettle is on", 10, 10), ("09:06 bram> thanks, two sugars", 10, 30),
                                ("09:06 -!- tove has joined", 10, 50), ("09:07 <rhea> on my way", 10, 70)]))
    rec = said_lines(rows)
    assert rec is not None and [r.cells[1] for r in rec.rows] == ["rhea", "bram", "rhea"]
    assert rec.rows[1].cells[0] == "thanks, two sugars" and rec.rows[2].cells[2] == "09:07"


def test_a_figure_and_a_name_a_line_make_a_listing_the_total_alone_none_of_it() -> None:
    rows = visual_rows(_placed([("$120.40  assets:cash", 10, 10), ("$75.10  expenses:books", 10, 30),
                                ("$18.00  expenses : tea", 10, 50), ("$213.50", 10, 70)]))
    rec = figured(rows)
    assert rec is not None and [r.cells[1] for r in rec.rows] == ["assets:cash", "expenses:books", "expenses:tea"]
    assert rec.columns[rec.key].name == "name"


def test_a_syslog_prefixed_log_keeps_its_levels_ocr_misread() -> None:
    rows = visual_rows(_placed([("Mar 03 10:00:01 box-2 sync.sh[311]: [INF0] start", 10, 10),
                                ("Mar 03 10:02:11 box-2 sync.sh[311]: [ERRoR] lost link", 10, 30),
                                ("Mar 03 10:02:15 box-2 sync.sh[311]: [WARN] retry", 10, 50)]))
    rec = leveled_log(rows)
    assert rec is not None and [r.cells[3] for r in rec.rows] == ["INFO", "ERROR", "WARN"]


def test_the_first_compile_error_is_its_message_without_the_warning_flag(m: Matcher) -> None:
    rows = visual_rows(_placed([("lib/io.c:7:3: warning: unused parameter 'fd' [-Wunused-parameter]", 10, 10),
                                ("lib/io.c:41:9: err or: expected ';' before 'return'", 10, 30)]))
    rec = diagnostics(rows)
    assert rec is not None and rec.rows[1].cells[3] == "error"
    assert rec.rows[0].cells[4] == "unused parameter 'fd'"
    found = first_error([rec], "what's the build error", m)
    assert found is not None and found.value == "expected ';' before 'return'"
    found = first_error([rec], "line number of the breakage", m)  # the line's column is asked: the first error's
    assert found is not None and found.value == "41"


def test_pings_tallies_pair_even_without_a_space_after_a_comma() -> None:
    pairs = dict(_segments("4 packets transmitted,3 received, 25% packet loss, time 3004ms"))
    assert pairs["packet loss"] == "25%" and pairs["received"] == "3"


def test_a_prompt_or_a_namespaced_name_is_no_label() -> None:
    assert _colon_pair("ana@host:~/src$ make") is None
    assert _colon_pair("assets:cash") is None
    assert _colon_pair("Total:12.00") == ("Total", "12.00")


def test_a_calculators_one_line_history_reads_each_result() -> None:
    lines = [OcrLine(text="12×4+2 = 50", box=Box(x0=10, y0=10, x1=110, y1=24), confidence=0.99),
             OcrLine(text="81÷9 = 9", box=Box(x0=30, y0=40, x1=110, y1=54), confidence=0.99)]
    assert [(e, r) for e, r, _ in history(lines)] == [("12×4+2", "50"), ("81÷9", "9")]


def test_day_cards_read_by_their_columns() -> None:
    texts = [(d, 20 + 100 * k, 10) for k, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri"])]
    highs, lows, rain = ["14°", "17°", "12°", "9°", "11°"], ["6°", "8", "5°", "2°", "4°"], [5, 30, 70, 55, 10]
    texts += [(t, 20 + 100 * k, 40) for k, t in enumerate(highs)] + [(t, 20 + 100 * k, 60) for k, t in enumerate(lows)]
    texts += [(f"Rain {r}%", 5 + 100 * k, 80) for k, r in enumerate(rain)]
    rec = day_strip(_placed(texts))
    assert rec is not None
    assert [r.cells[:4] for r in rec.rows][1] == ["Tue", "17°", "8°", "30%"]


def test_a_week_view_reads_each_event_under_its_day() -> None:
    texts = [("Mon 3", 60, 10), ("Tue 4", 260, 10), ("Wed 5", 460, 10),
             ("Pottery", 20, 60), ("18:00 – 19:30", 20, 76), ("Vet", 220, 120), ("09:15 – 09:45", 220, 136)]
    rec = week_events(_placed(texts))
    assert rec is not None
    assert [r.cells for r in rec.rows] == [["Pottery", "Monday", "18:00", "19:30", "1.5 hours", "", "Mon 3"],
                                          ["Vet", "Tuesday", "09:15", "09:45", "30 minutes", "", "Tue 4"]]


def test_a_code_printed_in_groups_is_read_whole() -> None:
    assert typed_span("RR 3301 8842 17 SE", "code") == "RR 3301 8842 17 SE"
    assert typed_span("Ticket 4471", "code") == "4471"


def test_an_error_message_without_a_class_is_scored_by_its_words() -> None:
    assert score("expected ';' before 'return'", "expected ‘;’ before ‘return’", "error")
    assert not score("unused parameter", "expected ';' before 'return'", "error")
    assert score("ValueError", "ValueError: bad size", "error")


def test_and_what_was_the_field_joins_the_question() -> None:
    qa = analyse("which stall sold the most, and what was the amount")
    assert qa.also == "amount"
    assert analyse("who posted first and when").also == WHEN


def test_two_columns_of_the_row_the_question_names(m: Matcher) -> None:
    rows = [Row(["Harbour", "410", "380", "455"], ["e1"]), Row(["Summit", "505", "612", "590"], ["e2"])]
    rec = make_records("table", ["Store", "Jan", "Feb", "Mar"], rows)
    assert rec is not None
    qa = replace(analyse("x"), target="Summit's Jan plus Feb", operands=["Summit's Jan", "Feb"], row=None)
    vals = column_pair_values(qa, [rec], m)
    assert [v[0] for v in vals] == [505.0, 612.0]


def test_rows_sharing_a_name_in_the_key_column_are_counted() -> None:
    sir = bare_sir()
    add_lines(sir, ["USER   PID  CMD", "mira   101  python3 a.py", "root     1  init", "mira   240  vim b.txt",
                    "mira   313  bash"])
    from seeingeye.agents.record_counts import count_holding
    assert count_holding(R.build(sir), "mira") == 3
