"""A console's prompted history, a progress line's items, rows a layout box left out, catalogue codes beside
names, docker's exit codes, OCR slips in terminals, a figure the asker brings, and amounts formatted like
their operands. Invented data only."""

from __future__ import annotations

import pytest

from seeingeye.agents.question import analyse
from seeingeye.agents.solve import format_like
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import has_type
from seeingeye.agents.week_view import week_events
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.keypad import history
from seeingeye.tools.layout import LayoutBlock
from seeingeye.tools.ocr import OcrLine, _fix_glyphs
from seeingeye.tools.progress import Bar, _items
from seeingeye.tools.table_rows import grown
from tests.records_util import bare_sir


def _line(text: str, x: float, y: float, w: float | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + (w or 8 * len(text)), y1=y + 14), confidence=0.99)


def test_a_consoles_prompt_opens_each_input_and_its_bare_result_follows() -> None:
    lines = [_line("repl> 17 * 3", 0, 10), _line("= 51", 0, 30), _line("repl>", 0, 50), _line("lcm(4, 6)", 48, 50),
             _line(":12", 0, 70), _line("repl> 2^10", 0, 90), _line("1024", 0, 110), _line("repl>", 0, 130)]
    assert [(e, r) for e, r, _ in history(lines)] == [("17 * 3", "51"), ("lcm(4, 6)", "12"), ("2^10", "1024")]


def test_a_word_ending_in_a_bracket_once_is_no_prompt() -> None:
    lines = [_line("total> 40", 0, 10), _line("55", 0, 30)]
    assert history(lines) == []


def test_a_progress_line_gives_the_items_left_and_the_item_worked_on() -> None:
    bar = Bar(box=Box(x0=0, y0=40, x1=300, y1=46), share=0.3)
    status = _line("Uploading holiday_pics (12 of 40 files)", 0, 10)
    facts = {d.label.split(" (")[0]: d.value for d in _items(bar, [status], "progress")}
    assert facts["items done so far"] == "12"
    assert facts["items left to go, still remaining"] == "28"
    assert facts["item being worked on right now"] == "holiday_pics"


def test_rows_the_layout_left_out_join_the_table_by_their_column_edges() -> None:
    lines = [_line("Anna Berg", 100, 10), _line("Lunch on Friday?", 300, 10), _line("09:12", 700, 10, 40),
             _line("Sidebar", 0, 40), _line("Tom Vik", 100, 40), _line("Slides for the review", 300, 40),
             _line("Yesterday", 668, 40, 72),
             _line("Ola Dahl", 100, 70), _line("Minutes", 300, 70), _line("Mon", 716, 70, 24),
             _line("Kari Lie", 100, 100), _line("Invoice 88", 300, 100), _line("Sun", 716, 100, 24),
             _line("A footer line that spans the page", 100, 160)]
    cells = [(0, 0, 7), (0, 1, 8), (0, 2, 9), (1, 0, 10), (1, 1, 11), (1, 2, 12)]
    block = LayoutBlock(index=0, role="table", column=0, lines=[7, 8, 9, 10, 11, 12],
                        box=Box(x0=100, y0=70, x1=740, y1=114), cells=cells, n_rows=2, n_cols=3)
    out = grown(block, lines)
    assert out.n_rows == 4
    first = sorted((c, lines[i].text) for r, c, i in out.cells if r == 0)
    assert first == [(0, "Anna Berg"), (1, "Lunch on Friday?"), (2, "09:12")]
    assert not any(lines[i].text == "Sidebar" for _, _, i in out.cells)


def test_a_column_of_catalogue_codes_gives_the_rows_names_to_the_words_beside_it() -> None:
    rows = [Row(["QX-1001", "Garden hose 20m", "4"], []), Row(["QX-1002", "Rake", "9"], []),
            Row(["QX-1007", "Watering can", "2"], [])]
    rec = make_records("table", ["Ref", "Article", "Count"], rows)
    assert rec is not None and rec.label(rec.rows[1]) == "Rake"
    ids = make_records("table", ["Host", "OS", "Load"], [Row(["web-01", "Debian", "0.4"], []),
                                                        Row(["web-02", "Ubuntu", "1.2"], []),
                                                        Row(["db-01", "Alpine", "0.9"], [])])
    assert ids is not None and ids.label(ids.rows[0]) == "web-01"  # lower-case hosts are names, not codes


def test_a_status_that_says_how_a_container_ended_gives_its_exit_code() -> None:
    rows = [Row(["api", "Up 2 days"], []), Row(["worker", "Exited (2) 5 minutes ago"], []),
            Row(["cron", "Up 3 hours"], [])]
    rec = make_records("table", ["NAMES", "STATUS"], rows)
    assert rec is not None and rec.columns[-1].name.startswith("exit code")
    assert [r.cells[-1] for r in rec.rows] == ["", "2", ""]


def test_a_codes_figures_are_no_number() -> None:
    assert not has_type("ZK-4410", "number")
    assert has_type("4410 units", "number") and has_type("-12", "number")


@pytest.mark.parametrize("raw, fixed", [("Mei _Tanaka", "Mei Tanaka"), ("Q R S-2031-44", "QRS-2031-44"),
                                        ("fix empty 1ist", "fix empty list"), ("sales_1ines.csv", "sales_lines.csv"),
                                        ("sma11_print.txt", "small_print.txt"), ("09 :41", "09:41"),
                                        ("v1beta", "v1beta"), ("Score 12 : 10", "Score 12 : 10"),
                                        ("def _private", "def _private")])
def test_ocr_slips_in_monospaced_print_are_repaired(raw: str, fixed: str) -> None:
    assert _fix_glyphs(raw) == fixed


def test_a_figure_the_asker_brings_is_an_operand_not_an_entry() -> None:
    qa = analyse("if I pay with a 20 how much change do I get back")
    assert qa.operator == "arithmetic" and qa.given == 20.0 and not qa.operands
    assert analyse("what's the difference between 2019 and 2022 sales").given is None


def test_a_computed_amount_keeps_its_operands_currency_spacing() -> None:
    assert format_like(7.5, "12,40 €") == "7,50 €"
    assert format_like(7.5, "£12.40") == "£7.50"


def test_a_week_views_event_with_its_range_on_the_title_line_and_its_place_under_it() -> None:
    sir = bare_sir()
    for text, x, y in [("Mon 3", 40, 10), ("Tue 4", 240, 10), ("Wed 5", 440, 10),
                       ("Kiln firing 10:00–12:30", 20, 60), ("Studio B", 20, 76),
                       ("Standup 09:00–09:15", 220, 40), ("Attic", 220, 56)]:
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 14)),
                source="ocr", round=1)
    rec = week_events(sir.by_kind("text"))
    assert rec is not None
    assert sorted(r.cells for r in rec.rows) == [
        ["Kiln firing", "Monday", "10:00", "12:30", "2.5 hours", "Studio B", "Mon 3"],
        ["Standup", "Tuesday", "09:00", "09:15", "15 minutes", "Attic", "Tue 4"]]


def test_an_address_gives_its_city_and_postcode_under_its_heading() -> None:
    from seeingeye.tools.address import addresses

    lines = [_line("SHIP TO:", 30, 0), _line("ANNA ROSS", 30, 16), _line("12 ELM ST", 30, 32),
             _line("DAYTON OH 45402", 30, 48), _line("Keizersgracht 7, 1015 CJ Amsterdam", 30, 100),
             _line("2024 Annual Report", 30, 140), _line("Rue Neuve 4", 300, 200), _line("69002 Lyon", 300, 216)]
    facts = {(d.label, d.value) for d in addresses(lines)}
    assert ("city (town) of the address (SHIP TO)", "DAYTON") in facts
    assert ("postcode (zip code) of the address (SHIP TO)", "45402") in facts
    assert ("city (town) of the address", "Amsterdam") in facts and ("city (town) of the address", "Lyon") in facts
    assert not any(v == "Annual Report" for _, v in facts)


def test_two_panes_with_one_header_each_are_two_lists() -> None:
    from seeingeye.tools.inkwords import Entry
    from seeingeye.tools.listview import _repeated

    labels = ["Name", "Ext", "Size", "Name", "Ex", "Size"]
    header = [Entry(t, Box(x0=100 * k, y0=0, x1=100 * k + 40, y1=14)) for k, t in enumerate(labels)]
    assert [[e.text for e in g] for g in _repeated(header)] == [labels[:3], labels[3:]]
    assert len(_repeated(header[:4])) == 1


def test_the_latest_entry_of_a_listing_without_a_date_column_is_read_by_place_not_a_crash() -> None:
    from seeingeye.agents import record_positions as RP

    rec = make_records("listing", ["permissions", "size", "name"], [Row(["-rw-r--r--", "120", "a.txt"], []),
                                                                    Row(["-rw-r--r--", "300", "b.txt"], [])])
    assert rec is not None and not any(c.type == "date" for c in rec.columns)
    assert RP.nth([rec], "latest", None, None, "text").value == "a.txt"  # by place: newest printed first
