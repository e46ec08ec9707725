"""Readers and programs added for two-line list entries, forecasts, bars known only by their printed values,
signed figures, a one-line log with the author first, a bare branch list, and exact look-ups."""

from __future__ import annotations

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_extremes as RX
from seeingeye.agents import records as R
from seeingeye.agents.calendar_grid import month_grid
from seeingeye.agents.forecast import forecast
from seeingeye.agents.histories import oneline, plain_branches
from seeingeye.agents.page_rows import row_blocks, visual_rows
from seeingeye.agents.record_sources import build
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import spans
from seeingeye.agents.value_labels import value_points
from seeingeye.sir import SIR, Box, EvidenceDraft
from seeingeye.tools.ocr import _fix_glyphs
from tests.records_util import bare_sir


def _put(sir: SIR, text: str, x: float, y: float, h: float = 16) -> None:
    sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + h)),
            source="ocr", round=1)


def _watchlist() -> SIR:
    """A ticker over its company's name, its figures set between the two lines, under a worded header."""
    sir = bare_sir()
    for text, x in (("Symbol", 30), ("Last", 300), ("Chg %", 420), ("Volume", 530)):
        _put(sir, text, x, 60)
    stocks = [("KRX", "Korvex Mining", "41.20", "-2.10%"), ("LUMA", "Luma Foods", "18.05", "+0.40%"),
              ("ORB", "Orbital AG", "97.30", "+1.15%"), ("TEQ", "Tequin Labs", "12.88", "+0.05%")]
    for k, (sym, name, last, chg) in enumerate(stocks):
        y = 100 + 54 * k
        _put(sir, sym, 30, y)
        _put(sir, last, 280, y + 10)
        _put(sir, chg, 410, y + 10)
        _put(sir, "1.2M", 540, y + 10)
        _put(sir, name, 30, y + 21)
    return sir


def test_two_line_entries_are_one_row_each_with_the_subtitle_apart() -> None:
    sir = _watchlist()
    rows = visual_rows(sir.by_kind("text"))
    found = row_blocks(rows)
    assert found is not None
    blocks, subtitles = found
    assert sorted(subtitles.values()) == ["Korvex Mining", "Luma Foods", "Orbital AG", "Tequin Labs"]
    rec = next(r for r in build(sir) if r.by_header and "Chg %" in [c.name for c in r.columns])
    assert [r.cells[0] for r in rec.rows] == ["KRX", "LUMA", "ORB", "TEQ"]
    assert rec.rows[2].cells[1] == "97.30" and rec.rows[0].cells[-1] == "Korvex Mining"


def test_one_line_entries_make_no_blocks() -> None:
    sir = bare_sir()
    for k in range(5):
        for text, x in ((f"host-{k}", 30), ("10.0.0.1", 200), ("online", 400)):
            _put(sir, text, x, 40 + 30 * k)
    assert row_blocks(visual_rows(sir.by_kind("text"))) is None


def test_a_sign_keeps_the_figures_pointing_that_way() -> None:
    rec = make_records("table", ["Description", "Amount"], [
        Row(["Wages", "+3.100,00"], ["a"]), Row(["Mortgage", "-1.020,00"], ["b"]),
        Row(["Bakery", "-4,20"], ["c"]), Row(["Cashback", "+12,50"], ["d"])])
    assert rec is not None
    assert RX.arg_extreme([rec], "amount", "max").value == "Wages"
    # going out, the biggest is the most negative, however the question ranks it
    assert RX.arg_extreme([rec], "amount", "max", sign="down").value == "Mortgage"
    assert RX.arg_extreme([rec], "amount", "min", sign="down").value == "Mortgage"
    assert RX.arg_extreme([rec], "amount", "min", sign="up").value == "Cashback"
    assert RC.count_signed([rec], "payments", "up") == (2, ["a", "d"])
    assert RC.count_signed([rec], "payments", "down") == (2, ["b", "c"])


def test_a_column_of_one_sign_is_not_filtered() -> None:
    rec = make_records("table", ["Item", "Price"], [Row(["A", "3.00"], ["a"]), Row(["B", "5.00"], ["b"])])
    assert rec is not None
    assert RX.arg_extreme([rec], "price", "max", sign="down").value == "B"
    assert RC.count_signed([rec], "items", "up") is None


def test_the_sign_model_reads_direction_words_and_leaves_plain_questions() -> None:
    from seeingeye.agents.question import analyse

    assert analyse("which share lost the most value this week?").sign == "down"
    assert analyse("how many deposits came into the account").sign == "up"
    assert analyse("which process uses the most memory").sign is None
    assert analyse("what's the total on this invoice").sign is None


def test_a_forecast_strip_reads_days_as_rows() -> None:
    rec = make_records("columns", ["Mon", "Tue", "Wed", "Thu", "Fri"], [
        Row(["18° 9°", "21° 11°", "24° 15°", "17° 8°", "15° 6°"], ["a"]),
        Row(["10%", "30%", "85%", "40%", "5%"], ["b"])])
    assert rec is not None
    days = forecast(rec)
    assert days is not None
    assert [r.cells[:4] for r in days.rows][2] == ["Wed", "24°", "15°", "85%"]
    assert R.lookup([days], "Wed", "high").value == "24°"
    assert RX.arg_extreme([days], "chance of rain", "max").value == "Wed"
    not_days = make_records("columns", ["Name", "Size", "Date"], [Row(["a", "1°", "2"], ["x"])])
    assert not_days is not None and forecast(not_days) is None


def test_bars_are_read_from_their_printed_values_over_their_labels() -> None:
    sir = bare_sir()
    for k, (day, value, top) in enumerate((("Jan", "4,105", 210), ("Feb", "4,730", 190), ("Mar", "3,960", 230),
                                           ("Apr", "1,880", 310))):
        x = 60 + 100 * k
        _put(sir, value, x, top)
        _put(sir, day, x + 4, 400)
    pts = value_points(visual_rows(sir.by_kind("text")))
    assert [(lab, v) for lab, _, v, _ in pts] == [("Jan", "4,105"), ("Feb", "4,730"), ("Mar", "3,960"),
                                                  ("Apr", "1,880")]
    # figures in one row over their names are a table's
    flat = bare_sir()
    for k, day in enumerate(("Mon", "Tue", "Wed")):
        _put(flat, "12", 60 + 100 * k, 200)
        _put(flat, day, 60 + 100 * k, 240)
    assert value_points(visual_rows(flat.by_kind("text"))) == []


def test_a_log_with_the_author_before_the_date() -> None:
    sir = bare_sir()
    lines = ["a1b2c3d Ines Duarte 2026-04-14 fix(api): retry on timeout",
             "e4f5a6b Kofi Mensah 2026-04-12 feat(ui): dark mode",
             "c7d8e9f Ines Duarte 2026-04-11 chore: bump httpx"]
    for k, text in enumerate(lines):
        _put(sir, text, 10, 20 + 20 * k)
    rec = oneline(visual_rows(sir.by_kind("text")))
    assert rec is not None
    assert [c.name for c in rec.columns] == ["commit hash", "author (person, who)", "date", "message"]
    assert rec.rows[1].cells[1:3] == ["Kofi Mensah", "2026-04-12"]


def test_a_bare_branch_list_names_the_checked_out_branch() -> None:
    sir = bare_sir()
    for k, text in enumerate(("* feature/search-box", "main", "release/2026.03")):
        _put(sir, text, 10, 20 + 20 * k)
    rec = plain_branches(visual_rows(sir.by_kind("text")))
    assert rec is not None and rec.rows[0].cells == ["feature/search-box", "current branch (checked out)"]
    sir2 = bare_sir()
    for k, text in enumerate(("main", "dev")):  # no star: no branch is known to be checked out
        _put(sir2, text, 10, 20 + 20 * k)
    assert plain_branches(visual_rows(sir2.by_kind("text"))) is None


def test_a_calendar_event_is_dated_with_the_month_it_shows() -> None:
    sir = bare_sir()
    _put(sir, "June 2026", 20, 10, 24)
    for k, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
        _put(sir, name, 30 + 100 * k, 60)
    day = 1
    for week in range(4):
        for k in range(7):
            _put(sir, str(day), 30 + 100 * k, 100 + 80 * week)
            if day == 14:
                _put(sir, "Dentist", 30 + 100 * k, 120 + 80 * week)
            day += 1
    events = next(r for r in month_grid(sir.by_kind("text")) if r.kind == "events")
    assert events.rows[0].cells[:2] == ["Dentist", "June 14"]


def test_ocr_misreadings_of_figures_are_mended() -> None:
    assert spans("Compiling lanternfish vo.4.2 (/home/kim/src)", "version") == ["0.4.2"]
    assert spans("KL 1234 · 3 JUN", "code") == ["KL 1234"]  # a carrier's letters and number are one code
    assert "QQ 12" not in spans("NI QQ 12 34 56 C", "code")  # a group of a longer code is none
    assert _fix_glyphs("ROLLED OATS 2 .45") == "ROLLED OATS 2.45"
    assert _fix_glyphs("Total 12 .5 kg") == "Total 12 .5 kg"  # one decimal digit: not a split price


def test_assignments_are_records_block_by_block() -> None:
    from seeingeye.agents.assignments import assignments

    sir = bare_sir()
    code = ['LOCALE = "de"', "PAGE_SIZE = 25", 'NIGHTLY_AT = "03:30"', "PRICES = {",
            '    "Lyon": Decimal("41.50"),', '    "Graz": Decimal("37.20"),', '    "Turku": Decimal("29.90"),',
            "}", "def price(city: str) -> Decimal:", "    base = PRICES[city]"]
    for k, text in enumerate(code):
        _put(sir, str(k + 1), 10, 20 + 20 * k)  # the editor's line numbers
        _put(sir, text, 60, 20 + 20 * k)
    top, zones = assignments(visual_rows(sir.by_kind("text")))
    assert [r.cells for r in top.rows][2] == ["NIGHTLY_AT", "03:30"]
    assert zones.columns[0].name == "name (PRICES)"
    assert [r.cells for r in zones.rows] == [["Lyon", "41.50"], ["Graz", "37.20"], ["Turku", "29.90"]]
    assert RX.arg_extreme([zones], "value", "min").value == "Turku"


def test_a_figure_keeps_its_currency_and_thousands() -> None:
    assert spans("ARR $12.4k so far", "number") == ["$12.4k"]
    assert spans("Mem: 15Gi 10.2Gi", "number") == ["15Gi", "10.2Gi"]


def test_a_size_in_two_figures_is_read_whole() -> None:
    assert spans("Size 800 × 600 pixels", "number") == ["800 × 600"]
    assert spans("3 x 4 = 12", "number") == ["3", "4", "12"]  # small figures: a sum, not a size


def test_a_time_of_day_is_no_number() -> None:
    assert spans("backup at 03:30, keep 7", "number") == ["7"]
    assert spans("ports 5433:5432", "number") == ["5433", "5432"]


def test_one_figure_of_the_asked_sign_is_the_extreme() -> None:
    rows = [Row(["Sales", "+4%"], ["a"]), Row(["Returns", "-2%"], ["b"]), Row(["Visits", "+1%"], ["c"])]
    rec = make_records("table", ["Metric", "Change"], rows)
    assert rec is not None
    assert RX.arg_extreme([rec], "change", "max", sign="down").value == "Returns"


def test_the_row_whose_entry_the_question_quotes_without_quotes() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_records import _held_phrase

    rec = make_records("releases", ["version (release)", "changes"], [
        Row(["2.3.0", "Added CSV import; Faster search"], ["a"]),
        Row(["2.2.0", "Breaking: removed the XML export; New themes"], ["b"])])
    assert rec is not None
    rec.key = 0  # (as the releases reader names its rows)
    assert _held_phrase([rec], analyse("which version removed the XML export")).value == "2.2.0"


def test_a_terminal_editors_mode_line_names_the_file_open() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.ui import _mode_line_file

    def line(text: str, y: float) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=5, y0=y, x1=5 + 8 * len(text), y1=y + 16), confidence=0.9)

    lines = [line("[db]", 20), line("file = /var/log/db.log", 40), line("----Mg: shop-settings.ini", 700)]
    assert _mode_line_file(lines, 745) == ("shop-settings.ini", lines[2].box)
    assert _mode_line_file(lines[:2], 745) is None
    jed = [line("(Jed 0.99)", 296), OcrLine(text="Emacs: jobs.cron", box=Box(x0=275, y0=297, x1=442, y1=315),
                                             confidence=0.9), OcrLine(text="(Text)", box=Box(x0=481, y0=296, x1=532,
                                                                                            y1=315), confidence=0.9)]
    assert _mode_line_file(jed, 377)[0] == "jobs.cron"  # the name before the mode in brackets


def test_a_quantity_on_the_row_the_counted_thing_names() -> None:
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_counts import quantity_of

    sir = bare_sir()
    for text, x in (("Code", 20), ("Item", 150), ("Qty", 420), ("Amount", 520)):
        _put(sir, text, x, 40)
    for k, (sku, desc, qty, total) in enumerate((("WS-4", "Wood screw 4x30", "300", "6.00"),
                                                ("HG-40", "Hinge, brass 40mm", "24", "52.80"),
                                                ("SP-2", "Shelf pin 5mm", "80", "4.00"))):
        for text, x in ((sku, 20), (desc, 150), (qty, 420), (total, 520)):
            _put(sir, text, x, 80 + 30 * k)
    c = quantity_of(analyse("How many hinges did we order?"), sir, Matcher())
    assert c is not None and c.answer == "24"


def test_names_ending_in_a_slash_are_folders() -> None:
    sir = bare_sir()
    for k, (size, name) in enumerate((("4K", "holidays/"), ("4K", "scans/"), ("2K", "notes.txt"))):
        _put(sir, "2026-11-30", 10, 20 + 20 * k)
        _put(sir, size, 120, 20 + 20 * k)
        _put(sir, name, 200, 20 + 20 * k)
    assert RC.count_matching(build(sir), "folders")[0] == 2


def test_two_files_side_by_side_make_no_assignments() -> None:
    from seeingeye.agents.assignments import assignments

    sir = bare_sir()
    for k, (old, new) in enumerate((("cache = redis", "cache = memcached"), ("threads = 2", "threads = 6"),
                                    ("port = 80", "port = 8080"))):
        _put(sir, old, 10, 20 + 20 * k)
        _put(sir, new, 450, 20 + 20 * k)
    assert assignments(visual_rows(sir.by_kind("text"))) == []
