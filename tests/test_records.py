"""Records: tables, command output, key: value blocks, contents lists and chart facts as one structure,
with programs that take explicit arguments (lookup, arg-max/min, count, n-th, following)."""

from __future__ import annotations

import pytest
from records_util import add_lines, bare_sir

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_extremes as RX
from seeingeye.agents import record_positions as RP
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.sir import SIR, Box, EvidenceDraft


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


LS = ["total 48",
      "-rw-r--r-- 1 ana staff 900M Mar 3 10:01 data.csv",
      "-rw-r--r-- 1 ana staff 1.2G Jan 9 09:12 model final.bin",
      "-rw-r--r-- 1 ana staff 4.0K Jun 2 18:40 notes.txt",
      "drwxr-xr-x 5 ana staff 160B Feb 1 11:00 src"]


def test_command_output_sizes_compare_by_bytes(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, LS)
    recs = R.build(sir)
    cols = next(r for r in recs if r.kind in ("columns", "listing"))
    assert [c.type for c in cols.columns][4] == "size"
    assert cols.label(cols.rows[1]) == "model final.bin"  # a name with a space stays whole in its column
    assert RX.arg_extreme(recs, "size", "max", m).value == "model final.bin"  # 1.2G > 900M
    assert RX.arg_extreme(recs, "size", "min", m).value == "src"


def test_listing_entry_types_latest_and_conditional_counts(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["-rw-r--r-- 1 root root 33162 2024-09-08 14:00 backup.txt",
                 "-rw-r--r-- 1 root root 11983 2024-09-08 15:30 data.csv",
                 "drwxr-xr-x 2 root root 4096 2024-03-01 09:00 old",
                 "-rw-r--r-- 1 root root 53950 2024-05-06 10:00 invoice.csv",
                 "-rw-r--r-- 1 root root 20316 2024-07-20 16:00 report.pdf"])
    recs = R.build(sir)
    assert RP.nth(recs, "latest").value == "data.csv"  # same day as backup.txt, later time
    assert RP.nth(recs, "last").value == "report.pdf"  # the last printed is not the latest
    assert RC.count_matching(recs, "how many folders", m)[0] == 1  # type: ignore[index]
    assert RC.count_matching(recs, "number of csv files", m)[0] == 2  # type: ignore[index]
    assert RC.count_matching(recs, ".pdf files", m)[0] == 1  # type: ignore[index]
    assert RC.count_matching(recs, "total of the sizes", m) is None  # names no state of any row


def test_df_header_and_lookup(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["Filesystem Size Used Avail Use% Mounted on", "/dev/sda1 100G 40G 60G 40% /",
                 "/dev/sdb1 2.0T 1.5T 500G 75% /data", "tmpfs 16G 0 16G 0% /dev/shm"])
    recs = R.build(sir)
    cols = next(r for r in recs if r.kind in ("columns", "listing"))
    assert [c.name for c in cols.columns] == ["Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"]
    assert R.lookup(recs, "/dev/sdb1", "Avail", m).value == "500G"
    assert RX.arg_extreme(recs, "available space", "max", m).value == "/dev/sdb1"


def test_table_row_column_argmax_count_nth(m: Matcher) -> None:
    sir = bare_sir()
    sir.add(EvidenceDraft(kind="table", value="t", attrs={
        "header": ["City", "Population", "Status"],
        "rows": [["Far row", "84,200", "open"], ["Lima", "9,100", "closed"], ["Oslo", "12,000", "open"]],
        "row_labels": ["1", "2", "3"]}), source="table", round=1)
    recs = R.build(sir)
    t = recs[0]
    assert [c.type for c in t.columns] == ["number", "name", "number", "status"]
    assert R.lookup(recs, "Farrow", "population", m).value == "84,200"  # space restoration does not break it
    assert RX.arg_extreme(recs, "population", "max", m).value == "Far row"
    assert RX.arg_extreme(recs, "population", "min", m).value == "Lima"
    assert RC.count(recs, "status", "open", m) == 2
    assert RC.count(recs) == 3
    assert RP.nth(recs, "last").value == "Oslo"
    assert RP.nth(recs, 2, "status", m).value == "closed"


def test_git_log_latest_and_toc_following(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["a1b2c3d Fix parser bug", "9f8e7d6 Add records module", "1234abc Initial commit"])
    assert RP.nth(R.build(sir), "latest").value == "Fix parser bug"  # a commit is named by its message
    assert RP.nth(R.build(sir), "latest", "hash", m).value == "a1b2c3d"
    toc = bare_sir()
    add_lines(toc, ["Contents", "1 Introduction 1", "2 Getting started 4", "3 Configuration 9", "4 Release notes 15"])
    recs = R.build(toc)
    assert RP.following(recs, "Getting started", m).value == "Configuration"
    assert RP.following(recs, "Configuration", m, step=-1).value == "Getting started"


def test_dates_order_chronologically() -> None:
    assert R.sort_key("Mar 3 10:01", "date") > R.sort_key("Jan 9 09:12", "date")  # type: ignore[operator]
    assert R.size_bytes("1.2G") > R.size_bytes("900M") > R.size_bytes("4.0K")  # type: ignore[operator]


def test_chart_points_become_records(m: Matcher) -> None:
    sir = bare_sir()
    for lab, v in [("Apples", 12.0), ("Pears", 30.0), ("Plums", 7.0)]:
        sir.add(EvidenceDraft(kind="point", label=lab, value=str(int(v)), number=v, attrs={"series": "Sales"}),
                source="chart", round=1)
    recs = R.build(sir)
    assert RX.arg_extreme(recs, "value", "max", m).value == "Pears"
    assert R.lookup(recs, "Plums", "value", m).value == "7"
    with pytest.raises(R.RecordsError):
        RX.arg_extreme([], "value", "max", m)


def _shape(sir: SIR, kind: str, colour: str, box: tuple[float, float, float, float]) -> None:
    x0, y0, x1, y1 = box
    sir.add(EvidenceDraft(kind="shape", label=kind, value=f"{colour} {kind}", number=(x1 - x0) * (y1 - y0),
                          box=Box(x0=x0, y0=y0, x1=x1, y1=y1), attrs={"shape": kind, "colour": colour}),
            source="shapes", round=1)


def test_lettered_panels_by_reading_order_and_scale_bar_area() -> None:
    from seeingeye.agents.measure import area_unit, measure
    from seeingeye.agents.solve_panels import panel_letter, panel_shape

    sir = bare_sir()
    for (kind, colour), (x, y) in zip([("star", "blue"), ("circle", "red"), ("square", "green"), ("star", "pink")],
                                      [(10, 10), (210, 12), (10, 210), (212, 208)], strict=True):
        _shape(sir, kind, colour, (x + 40, y + 40, x + 140, y + 140))
    assert panel_letter("shape in panel C") == "C" and panel_letter("A red circle") is None
    assert panel_shape("B", sir).attrs["colour"] == "red"  # type: ignore[union-attr]
    assert panel_shape("C", sir).attrs["colour"] == "green"  # type: ignore[union-attr]
    bar = bare_sir()
    _shape(bar, "rectangle", "black", (60, 40, 262, 309))  # 3 x 4 units, strokes included
    _shape(bar, "rectangle", "black", (60, 357, 129, 361))  # the bar: 1 cm
    add_lines(bar, ["T 1 cm"], x=132, y0=346)
    assert area_unit("area of the rectangle in cm²") == "cm²" and area_unit("width of the rectangle") is None
    assert measure(bar, "area")[0] == "12"  # type: ignore[index]


def test_units_round_and_convert() -> None:
    from seeingeye.agents.units import convert, finish

    assert finish("118.66", round_to=1) == "118.7" and finish("12.5", round_to=0) == "13"
    assert convert(25000, "cm²", "m²") == pytest.approx(2.5)
    assert finish("1500", unit="kg", from_unit="g") == "1.5" and finish("red", round_to=1) == "red"
    with pytest.raises(ValueError):
        convert(1, "cm", "kg")


def test_lower_case_hex_ids_are_codes_and_words_are_not() -> None:
    from seeingeye.agents.types import spans

    assert spans("b0397bd Update merge", "code") == ["b0397bd"]
    assert spans("container 3f2a9c1e0d77 up", "code") == ["3f2a9c1e0d77"]
    assert spans("deadbeef faced cabbage", "code") == []  # hex letters alone are words, not ids


def test_a_digit_inside_a_word_is_no_number() -> None:
    from seeingeye.agents.types import spans

    assert spans("WAREH0USE 28", "number") == ["28"]
    assert spans("Shampoo 250ml", "number") == ["250ml"]  # a measure keeps its unit


def test_a_measure_keeps_its_unit_and_names_its_dimension() -> None:
    from seeingeye.agents.types import spans
    from seeingeye.agents.units import dimension_words

    assert spans("Check every 15 minutes", "number") == ["15 minutes"]
    assert spans("proxy_read_timeout 120s;", "number") == ["120s"]
    assert spans("WT: 5.4 KG", "number") == ["5.4 KG"]
    assert spans("5 items in 3 hours", "number") == ["5", "3 hours"]
    assert spans("in 5 m", "number") == ["5"]  # a lone letter after a space may be a word
    assert dimension_words("5.4 KG") == "weight heavy"
    assert dimension_words("25m") is None  # minutes, metres or megabytes
    assert dimension_words("3 items") is None


def test_ls_sizes_without_units_order_the_files_and_re_read_pieces_add_no_text(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["total 332",
                 "-rw-r--r-- 1 root root 33162 2024-09-08 14:00 backup.txt",
                 "-rw-r--r-- 1 root root 83873 2024-05-31 12:00 readme.txt",
                 "-rw-r--r-- 1 root root 20316 2024-07-20 16:00 report.md",
                 "-rw-r--r-- 1 root root 11983 2024-07-29 15:00 data.csv",
                 "drwxr-xr-x 2 root root 4096 2024-03-01 09:00 old"])  # fmt: skip
    # a second look re-read the start of the readme line as two pieces
    for text, x0, x1 in (("-rw-r--r--", 10, 90), ("1", 95, 103)):
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x0, y0=49, x1=x1, y1=63)), source="zoom", round=2)
    a = RX.arg_extreme(R.build(sir), "file is the largest", "max", m)
    assert a.value == "readme.txt"


def test_two_rows_compare_in_the_named_or_last_numeric_column(m: Matcher) -> None:
    from seeingeye.agents.question import QuestionAnalysis
    from seeingeye.agents.row_pairs import measure_column, pair_values

    sir = bare_sir()
    sir.add(EvidenceDraft(kind="table", value="t", attrs={
        "header": ["#", "Team", "Won", "Pts"],
        "rows": [["1", "Stonebridge", "13", "42"], ["2", "Lakeside", "9", "38"], ["3", "Ashford", "10", "24"]],
    }), source="table", round=1)
    recs = R.build(sir)
    assert recs[0].columns[measure_column(recs[0])].name == "Pts"  # not the position, not a middle column
    def ask(a: str, b: str, column: str | None = None) -> QuestionAnalysis:
        return QuestionAnalysis(question="q", options=[], operator="compare", answer_type="text", target="t",
                                operands=[a, b], column=column)

    qa = ask("Lakeside", "Ashford")
    assert [v[0] for v in pair_values(qa, recs, m)] == [38.0, 24.0]
    named = ask("Lakeside", "Ashford", "won")
    assert [v[0] for v in pair_values(named, recs, m)] == [9.0, 10.0]
    unknown = ask("Lakeside", "Oslo FC")
    assert pair_values(unknown, recs, m) == []


def test_a_count_the_page_prints_answers_how_many(m: Matcher) -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve import solve

    sir = bare_sir()
    add_lines(sir, ["Confirm", "Permanently overwrite 3 selected files?", "Skip   Overwrite"])
    assert solve(analyse("how many files will be overwritten?"), sir, m)[0].answer == "3"
    add_lines(sir, ["You have 12 unread messages"], y0=300)
    assert solve(analyse("How many unread messages are there?"), sir, m)[0].answer == "12"


def test_prompt_line_does_not_narrow_the_columns(m: Matcher) -> None:
    """A `$ ls -l` prompt and a `total` line above a listing: rows still split into all their columns
    (after rec18's test of the same name)."""
    sir = bare_sir()
    add_lines(sir, ["$ ls -l", "total 96",
                 "-rw-r--r-- 1 kim users 8412 Jan 12 08:44 agenda.md",
                 "drwxr-xr-x 3 kim users 4096 Feb 2 19:03 archive",
                 "-rw-r--r-- 1 kim users 29877 Mar 18 13:20 budget.ods",
                 "-rw-r--r-- 1 kim users 1533 Mar 19 22:10 todo.txt"])
    recs = R.build(sir)
    cols = next(r for r in recs if r.kind in ("columns", "listing"))
    assert [c.name for c in cols.columns][4:7] == ["size", "modified", "name"]
    assert len(cols.rows) == 4 and cols.label(cols.rows[1]) == "archive"
    assert RX.arg_extreme(recs, "size", "max", m).value == "budget.ods"
    assert RC.count_matching(recs, "how many folders", m)[0] == 1  # type: ignore[index]


GIT_LOG = ["$ git log -3",
           "commit 9f2c4e1a7b3d5f60718293a4b5c6d7e8f9012345",
           "Author: Ines Duarte <ines@example.org>",
           "Date:   Tue Jun 4 09:15:00 2024 +0200",
           "    Cache parsed headers",
           "commit 1a2b3c4d5e6f708192a3b4c5d6e7f80912345678",
           "Author: Tomas Berg <tomas@example.org>",
           "Date:   Mon Jun 3 17:40:00 2024 +0200",
           "    Fix race in uploader",
           "commit abcdef0123456789abcdef0123456789abcdef01",
           "Author: Ines Duarte <ines@example.org>",
           "Date:   Fri May 31 08:05:00 2024 +0200",
           "    Initial import"]


def test_a_stray_glyph_does_not_shift_a_long_listing(m: Matcher) -> None:
    """OCR may insert a stray glyph between the group and the size: the listing is read from both ends."""
    sir = bare_sir()
    add_lines(sir, ["-rw-r--r-- 1 maya staff 6659169 May 23 04:51 backup-2026.tar.gz",
                 "-rwxr-xr-x 1 maya staff 2091317 Jul 2 23:00 deploy.sh",
                 "-rw-r--r-- 1 maya staff F 3393370 May 15 11:11 server.log",
                 "drwxr-xr-x 2 maya staff 4.0K Dec 30  2025 old"])
    recs = R.build(sir)
    assert RX.arg_extreme(recs, "size", "max", m).value == "backup-2026.tar.gz"
    assert RX.arg_extreme(recs, "size", "min", m).value == "old"  # 4.0K
    assert RP.nth(recs, "latest").value == "deploy.sh"


def test_git_log_entries_are_rows(m: Matcher) -> None:
    """`git log` prints stanzas (commit / Author / Date / message): a row each, named by its message."""
    sir = bare_sir()
    add_lines(sir, GIT_LOG)
    recs = R.build(sir)
    log = next(r for r in recs if r.kind == "stanzas")
    assert [c.name for c in log.columns] == ["commit", "Author", "Date", "message"]
    assert RP.nth(recs, "latest").value == "Cache parsed headers"
    assert RP.nth(recs, "earliest").value == "Initial import"
    assert RP.nth(recs, 2).value == "Fix race in uploader"
    assert RP.nth(recs, "latest", answer_type="person").value == "Ines Duarte"  # the e-mail is not the name
    assert RP.nth(recs, "earliest", "date", m).value.startswith("Fri May 31")


def test_a_label_printed_twice_is_no_log() -> None:
    sir = bare_sir()
    add_lines(sir, ["Total: 12.00", "Paid by card", "Total: 12.00"])
    assert not [r for r in R.build(sir) if r.kind == "stanzas"]


def test_rows_named_by_any_cell_or_by_place(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["Filesystem      Size  Used Avail Use% Mounted on",
                 "/dev/nvme0n1p2  234G   33G  201G  14% /",
                 "/dev/sda1       916G  568G  348G  62% /home",
                 "tmpfs           788M  654M  134M  83% /run"])
    recs = R.build(sir)
    assert R.lookup(recs, "/home", "free space", m).value == "348G"  # "Avail" spelt out is "available free"
    assert R.lookup(recs, "row 3", "size", m).value == "788M"
    assert R.lookup(recs, "sda", "used", m).value == "568G"  # the start of a cell names its row


def _kv(sir: SIR, pairs: list[tuple[str, str]]) -> None:
    for i, (k, v) in enumerate(pairs):
        sir.add(EvidenceDraft(kind="key_value", label=k, value=v, box=Box(x0=300, y0=20 * i, x1=340, y1=20 * i + 14)),
                source="layout", round=1)


def _table(sir: SIR, header: list[str], rows: list[list[str]]) -> None:
    sir.add(EvidenceDraft(kind="table", value=f"table {len(rows)} rows", attrs={"header": header, "rows": rows}),
            source="table", round=1)


def test_column_figures_and_bill_extremes_leave_summary_lines_out(m: Matcher) -> None:
    sir = bare_sir()
    _kv(sir, [("Masking tape", "9.15"), ("Wood screws 4x40", "6.50"), ("Sandpaper P120", "9.40"),
              ("Loyalty discount", "-2.00"), ("TOTAL", "23.05"), ("CASH", "40.00")])
    recs = R.build(sir)
    assert RX.arg_extreme(recs, "price", "min", m).value == "Wood screws 4x40"  # not the discount line
    assert RX.arg_extreme(recs, "price", "max", m).value == "Sandpaper P120"  # not the total or the cash given
    nums, _, _, _ = RX.column_numbers(recs, "price", m)
    assert sorted(nums) == [6.5, 9.15, 9.4]


def test_a_state_no_row_is_in_counts_nothing(m: Matcher) -> None:
    sir = bare_sir()
    _table(sir, ["Host", "Region", "State"], [["api-01", "eu-west-1", "Up"], ["api-02", "eu-west-1", "Up"],
                                             ["cache-01", "us-east-2", "Degraded"], ["db-01", "us-east-2", "Up"]])
    recs = R.build(sir)
    assert RC.state_absent(recs, "down", m)
    assert not RC.state_absent(recs, "degraded", m)
    assert RC.count_matching(recs, "degraded", m)[0] == 1  # type: ignore[index]


def test_git_log_oneline_keeps_whole_messages(m: Matcher) -> None:
    """`git log --oneline`: a hash and the whole message (one of two words is not cut to fit four columns),
    with OCR's l for 1 in the hash put back."""
    sir = bare_sir()
    add_lines(sir, ["$ git log --oneline", "c79606e Bump remove parser update", "727ba89 Bump login merge",
                 "52acfal Parser update", "ele3467 Add remove update cache"])
    recs = R.build(sir)
    log = next(r for r in recs if r.kind == "log")
    assert [r.cells for r in log.rows][2] == ["52acfa1", "Parser update"]
    assert R.lookup(recs, "Parser update", "commit", m).value == "52acfa1"
    assert RP.nth(recs, "first").value == "Bump remove parser update"


def test_free_h_rows_open_with_their_label(m: Matcher) -> None:
    """`free -h`: a header of words over rows that open with "Mem:" and "Swap:" (the shorter one padded)."""
    sir = bare_sir()
    add_lines(sir, ["$ free -h", "               total        used        free      shared  buff/cache   available",
                 "Mem:            15Gi       7.2Gi       1.1Gi       512Mi       7.0Gi       7.8Gi",
                 "Swap:           2.0Gi       0.3Gi       1.7Gi"])
    recs = R.build(sir)
    assert R.lookup(recs, "Mem", "available", m).value == "7.8Gi"
    assert R.lookup(recs, "Swap", "free", m).value == "1.7Gi"
    assert R.lookup(recs, "Mem", "total", m).value == "15Gi"


def test_a_chart_series_whose_name_the_legend_lost_is_the_name_no_other_series_shares(m: Matcher) -> None:
    sir = bare_sir()
    for lab, women, men in [("Sales", 89.0, 19.0), ("Support", 24.0, 36.0), ("HR", 61.0, 50.0)]:
        for series, v in (("series 1", women), ("Men", men)):
            sir.add(EvidenceDraft(kind="point", label=lab, value=f"{v:g}", number=v, attrs={"series": series}),
                    source="chart", round=1)
    recs = R.build(sir)
    assert R.lookup(recs, "Sales", "Men", m).value == "19"
    assert R.lookup(recs, "Sales", "Women", m).value == "89"  # not Men's, however close the two words mean


def test_a_list_view_header_in_proportional_print_names_its_columns(m: Matcher) -> None:
    """A GTK list: words of one piece placed by their share of it; a capitalised header word over figures set
    far right is a column of its own; a status bar under the list's empty space is no row."""
    sir = bare_sir()
    rows = [("SKU", 0), ("Item", 8), ("Bin", 24), ("Qty", 30), ("Unit €", 35)], \
        [("WH-7382 Cordless drill", 0), ("B-04", 24), ("49", 30), ("98.09", 60)], \
        [("WH-1788 Impact driver", 0), ("D-15", 24), ("72", 30), ("95.50", 60)], \
        [("WH-1861 Safety goggles", 0), ("C-01", 24), ("36", 30), ("2.46", 61)]
    for i, row in enumerate(rows):
        for text, col in row:
            sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=10 + 8 * col, y0=10 + 20 * i,
                                                                   x1=10 + 8 * (col + len(text)), y1=24 + 20 * i)),
                    source="ocr", round=1)
    add_lines(sir, ["14 items · 3 selected"], y0=400)
    recs = R.build(sir)
    assert R.lookup(recs, "Impact driver", "Qty", m).value == "72"
    assert RX.arg_extreme(recs, "Qty", "max", m).value == "Impact driver"
    listing = next(r for r in recs if r.kind == "columns")
    assert [c.name for c in listing.columns[:5]] == ["SKU", "Item", "Bin", "Qty", "Unit €"]
    assert len(listing.rows) == 3


def test_threshold_counts_states_by_first_word_and_short_row_names(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["Filesystem Size Used Avail Use% Mounted on", "/dev/sda1 100G 40G 60G 40% /",
                    "/dev/sdb1 2.0T 1.5T 500G 85% /data", "/dev/sdc1 900G 880G 20G 97% /var/lib/postgresql",
                    "tmpfs 16G 0 16G 0% /dev/shm"])
    recs = R.build(sir)
    # "over 80%" is compared with the column printing a per cent sign (Use%), not with Used
    assert RC.count_beyond(recs, "file systems over 80% used", "80%", True, m)[0] == 2  # type: ignore[index]
    assert RC.count_beyond(recs, "file systems under 50% used", "50%", False, m)[0] == 2  # type: ignore[index]
    # a row named by a part of its mount point, its free space by the abbreviation's meaning
    assert R.lookup(recs, "postgres", "space left", m).value == "20G"
    sir = bare_sir()
    add_lines(sir, ["IMAGE            STATUS                          NAMES",
                    "acme/api:2.1     Up 3 days                       api-1",
                    "acme/worker:2.1  Restarting (1) 12 seconds ago   worker-1",
                    "postgres:16.2    Up 3 days (healthy)             db-1",
                    "grafana:10.4     Exited (137) 2 hours ago        grafana-1"])
    recs = R.build(sir)
    assert [a.value for a in RC.rows_where(recs, "keeps restarting", matcher=m)] == ["worker-1"]
    sir = bare_sir()
    add_lines(sir, ["Month Signups", "Jan 887", "Feb 966", "Mar 1495", "Apr 2127"])
    recs = R.build(sir)
    assert R.lookup(recs, "March", "Signups", m).value == "1495"  # "Mar" is how the axis prints March
    assert RX.arg_extreme(recs, "Signups", "max", m, nth=2).value == "Mar"  # the second-biggest


def test_inflected_words_match_and_a_restart_count_is_found(m: Matcher) -> None:
    from seeingeye.agents.match import token_match

    assert token_match("restarts", "restarted") == 0.8
    assert token_match("shipping", "shipped") == 0.8
    assert token_match("restaurant", "restarted") == 0.0
    sir = bare_sir()
    add_lines(sir, ["NAME               READY   STATUS      RESTARTS   AGE",
                    "checkout-7f9       1/1     Running     0          2d5h",
                    "inventory-7f9      1/1     Running     1          36m",
                    "auth-gateway-7f9   0/1     OOMKilled   15         9d"])
    assert RX.arg_extreme(R.build(sir), "pod has restarted the most times", "max", m).value == "auth-gateway-7f9"


def test_terms_and_what_they_mean(m: Matcher) -> None:
    from seeingeye.agents.definitions import definitions
    from seeingeye.agents.page_rows import visual_rows as _visual_rows

    sir = bare_sir()
    # a man page: each option alone on its row, its description indented on the next
    for i, text in enumerate(["-n, --dry-run", "show what would be transferred", "-z, --compress",
                              "compress file data in transfer", "--delete-after", "remove extraneous files after"]):
        add_lines(sir, [text], x=10 if i % 2 == 0 else 58, y0=10 + 20 * i)
    rec = definitions(_visual_rows(sir.by_kind("text")))
    assert rec is not None and [r.cells for r in rec.rows][0] == ["-n, --dry-run", "show what would be transferred"]
    assert R.lookup([rec], "--compress", "what it does", m).value == "compress file data in transfer"
    sir = bare_sir()
    for i, (code, meaning) in enumerate([("0", "success"), ("23", "partial transfer due to error"),
                                         ("30", "timeout in data send"), ("35", "daemon connection timed out")]):
        add_lines(sir, [code], x=10, y0=10 + 20 * i)
        add_lines(sir, [meaning], x=80, y0=10 + 20 * i)
    rec = definitions(_visual_rows(sir.by_kind("text", "number")))
    assert rec is not None and R.lookup([rec], "23", "mean", m).value == "partial transfer due to error"
