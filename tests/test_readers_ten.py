"""Readers and programs added for two-line list entries, forecasts, bars known only by their printed values,
signed figures, a one-line log with the author first, a bare branch list, and exact look-ups."""

from __future__ import annotations

from seeingeye.agents import record_counts as RC
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
    stocks = [("NVDA", "NVIDIA", "235.78", "-4.81%"), ("ASML", "ASML Holding", "101.43", "+1.08%"),
              ("SAP", "SAP SE", "352.50", "+0.52%"), ("TSM", "Taiwan Semi", "353.10", "+3.66%")]
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
    assert sorted(subtitles.values()) == ["ASML Holding", "NVIDIA", "SAP SE", "Taiwan Semi"]
    rec = next(r for r in build(sir) if r.by_header and "Chg %" in [c.name for c in r.columns])
    assert [r.cells[0] for r in rec.rows] == ["NVDA", "ASML", "SAP", "TSM"]
    assert rec.rows[2].cells[1] == "352.50" and rec.rows[0].cells[-1] == "NVIDIA"


def test_one_line_entries_make_no_blocks() -> None:
    sir = bare_sir()
    for k in range(5):
        for text, x in ((f"host-{k}", 30), ("10.0.0.1", 200), ("online", 400)):
            _put(sir, text, x, 40 + 30 * k)
    assert row_blocks(visual_rows(sir.by_kind("text"))) is None


def test_a_sign_keeps_the_figures_pointing_that_way() -> None:
    rec = make_records("table", ["Description", "Amount"], [
        Row(["Salary", "+4.212,36"], ["a"]), Row(["Rent", "-1.385,00"], ["b"]),
        Row(["Coffee", "-3,90"], ["c"]), Row(["Refund", "+48,30"], ["d"])])
    assert rec is not None
    assert R.arg_extreme([rec], "amount", "max").value == "Salary"
    # going out, the biggest is the most negative, however the question ranks it
    assert R.arg_extreme([rec], "amount", "max", sign="down").value == "Rent"
    assert R.arg_extreme([rec], "amount", "min", sign="down").value == "Rent"
    assert R.arg_extreme([rec], "amount", "min", sign="up").value == "Refund"
    assert RC.count_signed([rec], "payments", "up") == (2, ["a", "d"])
    assert RC.count_signed([rec], "payments", "down") == (2, ["b", "c"])


def test_a_column_of_one_sign_is_not_filtered() -> None:
    rec = make_records("table", ["Item", "Price"], [Row(["A", "3.00"], ["a"]), Row(["B", "5.00"], ["b"])])
    assert rec is not None
    assert R.arg_extreme([rec], "price", "max", sign="down").value == "B"
    assert RC.count_signed([rec], "items", "up") is None


def test_the_sign_model_reads_direction_words_and_leaves_plain_questions() -> None:
    from seeingeye.agents.question import analyse

    assert analyse("which share lost the most value this week?").sign == "down"
    assert analyse("how many deposits came into the account").sign == "up"
    assert analyse("which process uses the most memory").sign is None
    assert analyse("what's the total on this invoice").sign is None


def test_a_forecast_strip_reads_days_as_rows() -> None:
    rec = make_records("columns", ["Thu", "Fri", "Sat", "Sun", "Mon"], [
        Row(["22° 12°", "25° 20°", "27° 22°", "16° 6°", "14° 7°"], ["a"]),
        Row(["45%", "55%", "75%", "25%", "20%"], ["b"])])
    assert rec is not None
    days = forecast(rec)
    assert days is not None
    assert [r.cells[:4] for r in days.rows][2] == ["Sat", "27°", "22°", "75%"]
    assert R.lookup([days], "Sat", "high").value == "27°"
    assert R.arg_extreme([days], "chance of rain", "max").value == "Sat"
    not_days = make_records("columns", ["Name", "Size", "Date"], [Row(["a", "1°", "2"], ["x"])])
    assert not_days is not None and forecast(not_days) is None


def test_bars_are_read_from_their_printed_values_over_their_labels() -> None:
    sir = bare_sir()
    for k, (day, value, top) in enumerate((("Mon", "5,862", 210), ("Tue", "6,528", 190), ("Wed", "5,270", 230),
                                           ("Thu", "2,458", 310))):
        x = 60 + 100 * k
        _put(sir, value, x, top)
        _put(sir, day, x + 4, 400)
    pts = value_points(visual_rows(sir.by_kind("text")))
    assert [(lab, v) for lab, _, v, _ in pts] == [("Mon", "5,862"), ("Tue", "6,528"), ("Wed", "5,270"),
                                                  ("Thu", "2,458")]
    # figures in one row over their names are a table's
    flat = bare_sir()
    for k, day in enumerate(("Mon", "Tue", "Wed")):
        _put(flat, "12", 60 + 100 * k, 200)
        _put(flat, day, 60 + 100 * k, 240)
    assert value_points(visual_rows(flat.by_kind("text"))) == []


def test_a_log_with_the_author_before_the_date() -> None:
    sir = bare_sir()
    lines = ["296cacf Ana Lima 2025-03-14 fix(auth): refresh token race",
             "7235a93 Siobhan Murphy 2025-03-12 feat(billing): prorate seats",
             "b784290 Ana Lima 2025-03-12 chore: bump pydantic"]
    for k, text in enumerate(lines):
        _put(sir, text, 10, 20 + 20 * k)
    rec = oneline(visual_rows(sir.by_kind("text")))
    assert rec is not None
    assert [c.name for c in rec.columns] == ["commit hash", "author (person, who)", "date", "message"]
    assert rec.rows[1].cells[1:3] == ["Siobhan Murphy", "2025-03-12"]


def test_a_bare_branch_list_names_the_checked_out_branch() -> None:
    sir = bare_sir()
    for k, text in enumerate(("* hotfix/overtime-calc", "main", "release/2024.11")):
        _put(sir, text, 10, 20 + 20 * k)
    rec = plain_branches(visual_rows(sir.by_kind("text")))
    assert rec is not None and rec.rows[0].cells == ["hotfix/overtime-calc", "current branch (checked out)"]
    sir2 = bare_sir()
    for k, text in enumerate(("main", "dev")):  # no star: no branch is known to be checked out
        _put(sir2, text, 10, 20 + 20 * k)
    assert plain_branches(visual_rows(sir2.by_kind("text"))) is None


def test_a_calendar_event_is_dated_with_the_month_it_shows() -> None:
    sir = bare_sir()
    _put(sir, "March 2025", 20, 10, 24)
    for k, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
        _put(sir, name, 30 + 100 * k, 60)
    day = 1
    for week in range(4):
        for k in range(7):
            _put(sir, str(day), 30 + 100 * k, 100 + 80 * week)
            if day == 26:
                _put(sir, "Tax filing due", 30 + 100 * k, 120 + 80 * week)
            day += 1
    events = next(r for r in month_grid(sir.by_kind("text")) if r.kind == "events")
    assert events.rows[0].cells[:2] == ["Tax filing due", "March 26"]


def test_ocr_misreadings_of_figures_are_mended() -> None:
    assert spans("Compiling tidewater vo.7.3 (/home/ana/code)", "version") == ["0.7.3"]
    assert spans("AU 0871 · 22 MAY", "code") == ["AU 0871"]  # a carrier's letters and number are one code
    assert "QQ 12" not in spans("NI QQ 12 34 56 C", "code")  # a group of a longer code is none
    assert _fix_glyphs("ORGANIC BANANAS 1 .89") == "ORGANIC BANANAS 1.89"
    assert _fix_glyphs("Total 12 .5 kg") == "Total 12 .5 kg"  # one decimal digit: not a split price


def test_assignments_are_records_block_by_block() -> None:
    from seeingeye.agents.assignments import assignments

    sir = bare_sir()
    code = ['DEFAULT_CURRENCY = "EUR"', "VAT_PERCENT = 15", 'SAME_DAY_CUTOFF = "22:00"', "ZONE_RATES = {",
            '    "Casablanca": Decimal("69.69"),', '    "Fes": Decimal("18.89"),', '    "Agadir": Decimal("14.99"),',
            "}", "def quote(zone: str) -> Decimal:", "    price = base_rate(zone)"]
    for k, text in enumerate(code):
        _put(sir, str(k + 1), 10, 20 + 20 * k)  # the editor's line numbers
        _put(sir, text, 60, 20 + 20 * k)
    top, zones = assignments(visual_rows(sir.by_kind("text")))
    assert [r.cells for r in top.rows][2] == ["SAME_DAY_CUTOFF", "22:00"]
    assert zones.columns[0].name == "name (ZONE_RATES)"
    assert [r.cells for r in zones.rows] == [["Casablanca", "69.69"], ["Fes", "18.89"], ["Agadir", "14.99"]]
    assert R.arg_extreme([zones], "value", "min").value == "Agadir"


def test_a_figure_keeps_its_currency_and_thousands() -> None:
    assert spans("MRR $251.5k this month", "number") == ["$251.5k"]
    assert spans("Mem: 15Gi 10.2Gi", "number") == ["15Gi", "10.2Gi"]


def test_a_size_in_two_figures_is_read_whole() -> None:
    assert spans("Size 1200 × 1600 pixels", "number") == ["1200 × 1600"]
    assert spans("3 x 4 = 12", "number") == ["3", "4", "12"]  # small figures: a sum, not a size


def test_a_time_of_day_is_no_number() -> None:
    assert spans("cutoff 22:00, retries 5", "number") == ["5"]
    assert spans("ports 8081:8000", "number") == ["8081", "8000"]


def test_one_figure_of_the_asked_sign_is_the_extreme() -> None:
    rows = [Row(["Revenue", "+4%"], ["a"]), Row(["Refund rate", "-2%"], ["b"]), Row(["Users", "+1%"], ["c"])]
    rec = make_records("table", ["Metric", "Change"], rows)
    assert rec is not None
    assert R.arg_extreme([rec], "change", "max", sign="down").value == "Refund rate"


def test_the_row_whose_entry_the_question_quotes_without_quotes() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_records import _held_phrase

    rec = make_records("releases", ["version (release)", "changes"], [
        Row(["4.1.0", "Added Parquet output; Deprecated --legacy-csv"], ["a"]),
        Row(["4.0.0", "Breaking: dropped Python 3.8; New plugin API"], ["b"])])
    assert rec is not None
    rec.key = 0  # (as the releases reader names its rows)
    assert _held_phrase([rec], analyse("which version dropped Python 3.8")).value == "4.0.0"


def test_a_terminal_editors_mode_line_names_the_file_open() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.ui import _mode_line_file

    def line(text: str, y: float) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=5, y0=y, x1=5 + 8 * len(text), y1=y + 16), confidence=0.9)

    lines = [line("[server]", 20), line("file = /var/log/app.log", 40), line("----Mg: wms-production.ini", 700)]
    assert _mode_line_file(lines, 745) == ("wms-production.ini", lines[2].box)
    assert _mode_line_file(lines[:2], 745) is None
    jed = [line("(Jed 0.99)", 296), OcrLine(text="Emacs: backup.cron", box=Box(x0=275, y0=297, x1=442, y1=315),
                                             confidence=0.9), OcrLine(text="(Text)", box=Box(x0=481, y0=296, x1=532,
                                                                                            y1=315), confidence=0.9)]
    assert _mode_line_file(jed, 377)[0] == "backup.cron"  # the name before the mode in brackets


def test_a_quantity_on_the_row_the_counted_thing_names() -> None:
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_counts import quantity_of

    sir = bare_sir()
    for text, x in (("SKU", 20), ("Description", 150), ("Qty", 420), ("Line total", 520)):
        _put(sir, text, x, 40)
    for k, (sku, desc, qty, total) in enumerate((("HB-M8", "M8 hex bolt, zinc", "40", "7.20"),
                                                ("DR-35", "DIN rail 35mm, 1m", "1,000", "4,200.00"),
                                                ("CG-11", "Cable gland PG11", "12", "11.40"))):
        for text, x in ((sku, 20), (desc, 150), (qty, 420), (total, 520)):
            _put(sir, text, x, 80 + 30 * k)
    c = quantity_of(analyse("How many DIN rails are we ordering?"), sir, Matcher())
    assert c is not None and c.answer == "1,000"


def test_names_ending_in_a_slash_are_folders() -> None:
    sir = bare_sir()
    for k, (size, name) in enumerate((("4K", "04-easter/"), ("4K", "07-croatia/"), ("100B", "index.txt"))):
        _put(sir, "2026-11-30", 10, 20 + 20 * k)
        _put(sir, size, 120, 20 + 20 * k)
        _put(sir, name, 200, 20 + 20 * k)
    assert RC.count_matching(build(sir), "folders")[0] == 2


def test_two_files_side_by_side_make_no_assignments() -> None:
    from seeingeye.agents.assignments import assignments

    sir = bare_sir()
    for k, (old, new) in enumerate((("log_level = info", "log_level = debug"), ("memory = 512m", "memory = 768m"),
                                    ("workers = 4", "workers = 8"))):
        _put(sir, old, 10, 20 + 20 * k)
        _put(sir, new, 450, 20 + 20 * k)
    assert assignments(visual_rows(sir.by_kind("text"))) == []
