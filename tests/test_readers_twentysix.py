"""The headed diagnostics rustc and its kin print, a tool's error mark and a browser's error constant, chat
and comment headers with the day before the time, a sum asked with a plus sign, and the entry after a named
one in the reading that keeps names whole. Invented data only."""

from __future__ import annotations

import pytest

from seeingeye.agents import record_positions as RP
from seeingeye.agents.chats import thread
from seeingeye.agents.diagnostics import diagnostics, first_error
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import has_type, spans
from seeingeye.sir import Box, Evidence


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


def _line(k: int, text: str, x: float = 10.0, y: float | None = None) -> Evidence:
    top = 22.0 * k if y is None else y
    return Evidence(id=f"e{k}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=x, y0=top, x1=x + 8 * len(text), y1=top + 16))


def test_a_headed_diagnostic_is_located_by_the_arrow_under_it(m: Matcher) -> None:
    texts = ["$ cargo check", "warning: unused variable: `depth`", "--> src/walk.rs:12:9",
             "error[E0382]: borrow of moved value: `lenght`", "> src/walk.rs:40:17",
             "error: could not compile `walker` (bin) due to 1 previous error"]
    rec = diagnostics([[_line(k, t)] for k, t in enumerate(texts)])
    assert rec is not None and [r.cells for r in rec.rows] == [
        ["src/walk.rs", "12", "9", "warning", "unused variable: `depth`", ""],
        ["src/walk.rs", "40", "17", "error", "borrow of moved value: `lenght`", "E0382"]]
    found = first_error([rec], "why does the build fail", m)
    assert found is not None and found.value == "borrow of moved value: `lenght`"
    code = first_error([rec], "error code", m, "code")
    assert code is not None and code.value == "E0382"


def test_an_error_mark_opens_the_message_and_a_browser_constant_is_an_error() -> None:
    assert spans("(error) NOPERM this user has no permissions", "error") == ["NOPERM this user has no permissions"]
    assert spans("fatal: refusing to merge unrelated histories", "error") == ["refusing to merge unrelated histories"]
    assert spans("NET::ERR_NAME_NOT_RESOLVED", "error") == ["NET::ERR_NAME_NOT_RESOLVED"]
    assert has_type("SSL_ERROR_NO_CYPHER_OVERLAP", "error")
    assert not has_type("MAX_WORKERS", "error") and not has_type("Mean error: 0.4", "error")


def test_a_header_with_the_day_before_the_time_opens_a_message() -> None:
    lines = [_line(0, "Odile Today at 09:02"), _line(1, "the printer jams on A3", y=18),
             _line(2, "Ysolde Today at 09:15", y=50), _line(3, "ordering a new one", y=68),
             _line(4, "Odile Fran 3 Feb 2026,11:40", y=100), _line(5, "thanks!", y=118)]
    rec = thread(lines)
    assert rec is not None
    assert [r.cells[:2] for r in rec.rows] == [["the printer jams on A3", "Odile"], ["ordering a new one", "Ysolde"],
                                               ["thanks!", "Odile Fran"]]
    assert rec.rows[2].cells[2] == "3 Feb 2026,11:40"  # the day stays with the time: it orders the messages


def test_an_avatars_initials_are_not_the_message() -> None:
    lines = [_line(0, "KB", x=2, y=8), _line(1, "Kai Berg 2 Mar 2026, 10:05", x=40, y=0),
             _line(2, "Looks good to me.", x=40, y=22), _line(3, "LW", x=2, y=58),
             _line(4, "Lea Wong 2 Mar 2026, 12:30", x=40, y=50), _line(5, "Merged.", x=40, y=72),
             _line(6, "KB", x=2, y=108), _line(7, "Kai Berg 3 Mar 2026, 08:00", x=40, y=100),
             _line(8, "Deployed to staging.", x=40, y=122)]
    rec = thread(lines)
    assert rec is not None
    assert [r.cells[0] for r in rec.rows] == ["Looks good to me.", "Merged.", "Deployed to staging."]


def test_a_plus_sign_parts_the_two_operands_of_a_sum() -> None:
    qa = analyse("corkage fee + cloakroom fee together?")
    assert qa.operator == "arithmetic" and len(qa.operands) == 2
    assert qa.operands[0].startswith("corkage") and qa.operands[1].startswith("cloakroom")


def test_the_entry_after_a_named_one_comes_from_the_reading_with_whole_names(m: Matcher) -> None:
    whole = make_records("table", ["Pos", "Rider", "Team"], [
        Row(["1", "Wenzel Achebe", "Ostrava"], ["a1"]), Row(["2", "Pavo Nyberg", "Gdynia"], ["a2"]),
        Row(["3", "Lumi Castell", "Ostrava"], ["a3"])])
    split = make_records("columns", ["c1", "c2", "c3", "c4"], [
        Row(["1", "Wenzel", "Achebe", "Ostrava"], ["b1"]), Row(["2", "Pavo", "Nyberg", "Gdynia"], ["b2"]),
        Row(["3", "Lumi", "Castell", "Ostrava"], ["b3"])])
    assert whole is not None and split is not None
    whole.key = split.key = 1
    assert RP.following([split, whole], "Pavo Nyberg", m).value == "Lumi Castell"


def test_figures_with_their_units_and_one_commands_run_are_a_listing() -> None:
    from seeingeye.agents.listings import figured

    texts = ["$ whoami", "quinby", "$ systemd-analyze blame", "4.210s fwd.service",
             "870ms lumen.service", "2.05s quill.service", "$ dig +short -t MX", "5 relay-a.example.",
             "15 relay-b.example.", "25 relay-c.example.", "$"]
    rows = [[_line(k, t)] for k, t in enumerate(texts)]
    timed = figured(rows[3:6])
    assert timed is not None and [r.cells for r in timed.rows] == [
        ["4.210s", "fwd.service"], ["870ms", "lumen.service"], ["2.05s", "quill.service"]]
    run = figured(rows[6:])  # a prompt above and below: the unbroken run between
    assert run is not None and [r.cells[1] for r in run.rows] == ["relay-a.example.", "relay-b.example.",
                                                                   "relay-c.example."]


def test_numbers_stepping_by_ten_are_no_line_numbers() -> None:
    from seeingeye.tools.gutter import gutter_split
    from seeingeye.tools.ocr import OcrLine

    def ln(k: int, text: str) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=10, y0=20 * k, x1=10 + 8 * len(text), y1=20 * k + 16), confidence=0.99)

    assert gutter_split([ln(k, f"{10 * (k + 1)} relay-{k}.example.") for k in range(4)]) == []
    numbered = gutter_split([ln(k, f"{k + 7} x = {k}") for k in range(4)])
    assert [n for n, _, _ in numbered] == [7, 8, 9, 10]


def test_a_header_of_metric_names_heads_its_columns() -> None:
    from seeingeye.agents.columns import _worded_header

    def words(text: str) -> list[tuple[str, float, float]]:
        out, x = [], 0.0
        for w in text.split():
            out.append((w, x, x + 8 * len(w)))
            x += 8 * len(w) + 24
        return out

    assert _worded_header(words("Volume rd/s wr/s rkB/s aqu_sz %busy"))
    assert not _worded_header(words("Paid via card/cash today Sunday"))  # one marked word in five


def test_entries_ending_in_colon_fields_are_rows_dated_by_the_lines_over_them() -> None:
    from seeingeye.agents.keyed_lines import ENTRY, WHEN, keyed_lines

    texts = ["3 changes", "2026-03-09", "17:05", "Tune the fan curve change: 4be0 by: odo lane: main",
             "2026-03-02", "09:40", "Split the parser change: 91ac by: wren lane: main",
             "2026-02-27", "12:15", "Seed the repo change: 07d3 by: odo lane: main"]
    rec = keyed_lines([[_line(k, t)] for k, t in enumerate(texts)])
    assert rec is not None and rec.columns[rec.key].name == ENTRY
    names = [c.name for c in rec.columns]
    assert [r.cells[names.index("by")] for r in rec.rows] == ["odo", "wren", "odo"]
    assert [r.cells[names.index(WHEN)] for r in rec.rows] == ["2026-03-09 17:05", "2026-03-02 09:40",
                                                              "2026-02-27 12:15"]


def test_a_list_indented_under_its_heading_is_counted_by_it(m: Matcher) -> None:
    from seeingeye.agents.sequence import listed_under
    from tests.records_util import add_lines, bare_sir

    sir = bare_sir()
    add_lines(sir, ["shared volumes:"], x=10, y0=10)
    add_lines(sir, ["tank/data", "tank/logs", "scratch"], x=26, y0=30)
    add_lines(sir, ["last sync: Tue"], x=10, y0=110)
    assert [e.value for e in listed_under("how many shared volumes", sir, m, 0.75)] == [
        "tank/data", "tank/logs", "scratch"]


def test_the_prompt_under_a_terminals_table_is_no_row() -> None:
    from seeingeye.agents.record_cleanup import without_prompt

    rec = make_records("table", ["Module", "Now", "Next"], [
        Row(["quern", "1.2.0", "1.4.1"], ["a"]), Row(["tessel (dev)", "0.3.0", "0.5.2"], ["b"]),
        Row(["PS C:\\work\\mill>", "", ""], ["c"])])
    assert rec is not None
    without_prompt(rec)
    assert [r.cells[0] for r in rec.rows] == ["quern", "tessel (dev)"]
    from seeingeye.tools.shell import bare_prompt

    assert bare_prompt("kim@lab:~/src$") and not bare_prompt("kim@lab:~/src$ ls -l")


def test_a_condition_and_its_noun_count_the_rows_holding_the_state() -> None:
    from seeingeye.agents.solve_counts import _without_noun

    assert _without_noun("unpaid invoices") == "unpaid"
    assert _without_noun("overdue") is None and _without_noun("in stock") is None


def test_line_numbers_and_an_echoed_status_read_through_letters_for_digits() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.shell import _STATUS
    from seeingeye.tools.traceback import frames

    ln = OcrLine(text='File "/srv/tally/run.py", line 1l, in total_of', box=Box(x0=0, y0=0, x1=300, y1=14),
                 confidence=0.9)
    (frame,) = frames([ln])
    assert frame.line == 11 and frame.function == "total_of"
    assert (m := _STATUS.match("status=l")) is not None and m.group(1) == "l"
    assert _STATUS.match("l") is None  # a lone letter is no status


def test_rows_ticked_by_one_cross_are_no_test_run() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.testrun import read_testrun

    def ln(k: int, text: str) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=10, y0=20 * k, x1=200, y1=20 * k + 14), confidence=0.9)

    assert read_testrun([ln(0, "× Mirror the archive"), ln(1, "× Skip hidden folders")]) == []
    mixed = read_testrun([ln(0, "✓ adds two rows"), ln(1, "✕ rounds the tax"), ln(2, "✓ prints a receipt")])
    assert any(d.label == "rounds the tax" and d.value == "failed" for d in mixed)


def test_the_buttons_at_the_bottom_are_the_lowest_row_of_buttons() -> None:
    from seeingeye.agents.ui_solve import ui_candidates
    from seeingeye.sir import EvidenceDraft
    from tests.records_util import bare_sir

    sir = bare_sir()
    for text, x, y in (("mirror.lan:9000", 180, 300), ("Defaults", 20, 600), ("Discard", 140, 600),
                       ("Save", 260, 600)):
        sir.add(EvidenceDraft(kind="field", value=text, box=Box(x0=x, y0=y, x1=x + 100, y1=y + 30),
                              attrs={"control": "button"}), source="forms", round=1)
    (found,) = ui_candidates(analyse("which buttons are at the bottom of the window"), sir)
    assert found.answer == "Defaults, Discard, Save"


def test_a_name_over_a_role_low_on_the_page_is_who_signed() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.signature import signature_blocks

    def ln(text: str, x0: float, y0: float, h: float = 18) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 8 * len(text), y1=y0 + h), confidence=0.9)

    lines = [ln("Certificate of Completion", 200, 60, 30), ln("Course fee", 80, 300), ln("420.00", 500, 300),
             ln("Prof. L. Marchetti", 520, 700), ln("Programme Director", 520, 721, 15)]
    assert [(a.text, b.text) for a, b in signature_blocks(lines, 800)] == [("Prof. L. Marchetti", "Programme Director")]
    assert signature_blocks([ln("Course fee", 80, 700), ln("Paid in full", 80, 721)], 800) == []


def test_a_title_stays_with_an_initial_and_a_surname() -> None:
    assert spans("Ms. R. Quaye", "person") == ["Ms. R. Quaye"]


def test_a_legend_sample_set_after_its_name_is_found() -> None:
    import numpy as np

    from seeingeye.tools.chart_axis import quantise
    from seeingeye.tools.chart_legend import find_legend
    from seeingeye.tools.ocr import OcrLine

    arr = np.full((120, 240, 3), 255, np.uint8)
    arr[42:54, 22:58:6] = 0  # the name's glyphs
    arr[47:50, 60:96] = (200, 30, 30)  # the sample: a line with a marker on it, just after the name
    arr[44:53, 74:82] = (200, 30, 30)
    name = OcrLine(text="tide", box=Box(x0=20, y0=40, x1=62, y1=56), confidence=0.9)  # (padded over the line)
    (entry,) = find_legend(arr, quantise(arr), (255, 255, 255), [name])
    assert entry.text == "tide" and entry.swatch.x0 >= 58 and entry.rgb[0] > 150 > entry.rgb[1]


def test_the_value_axis_corner_tick_is_no_category() -> None:
    from seeingeye.tools.chart_line import _without_corner_tick
    from seeingeye.tools.ocr import OcrLine

    def ln(text: str, x: float) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=x, y0=300, x1=x + 20, y1=314), confidence=0.9)

    labels = [ln("0", 10), ln("Mon", 40), ln("Tue", 90), ln("Wed", 140), ln("Thu", 190)]
    assert [x.text for x in _without_corner_tick(labels)] == ["Mon", "Tue", "Wed", "Thu"]
    years = [ln("2021", 40), ln("2022", 90), ln("2023", 140)]
    assert _without_corner_tick(years) == years


def test_a_canvas_under_a_title_bar_is_a_figure_panel() -> None:
    import numpy as np

    from seeingeye.tools.chart import figure_panels

    arr = np.full((400, 600, 3), 255, np.uint8)
    arr[:22] = (90, 90, 110)  # the window's title bar
    arr[22:, :2] = arr[22:, -2:] = (90, 90, 110)  # its frame
    (panel,) = figure_panels(arr)
    assert panel.y0 >= 20 and panel.y1 >= 390 and panel.w >= 590


def test_an_ls_row_that_lost_its_mode_is_still_an_entry() -> None:
    from seeingeye.agents.listings import ls_long

    texts = ["-rw-r--r-- 1 mo staff 1200 2026-03-01 09:00 a.txt", "drwxr-xr-x 2 mo staff 4096 2026-03-02 10:00 logs",
             "1 mo staff 98765 2026-03-03 11:00 z.bin"]
    rec = ls_long([[_line(k, t)] for k, t in enumerate(texts)])
    assert rec is not None and [r.cells[6] for r in rec.rows] == ["a.txt", "logs", "z.bin"]
    assert ls_long([[_line(0, "1 mo staff 98765 2026-03-03 11:00 z.bin")]]) is None  # no row kept its mode


def test_a_unit_counted_of_a_named_entry_is_its_size(m: Matcher) -> None:
    from seeingeye.agents.solve_counts import _row_measure

    rec = make_records("listing", ["size", "name"], [Row(["2.5 MB", "clip.mov"], ["a"]),
                                                     Row(["300 KB", "notes.md"], ["b"])])
    assert rec is not None
    rec.columns[0].type, rec.key = "size", 1
    found = _row_measure([rec], "notes.md", "bytes")
    assert found is not None and found.answer == "300 KB"
    assert _row_measure([rec], "notes.md", "files") is None


def test_a_status_read_a_little_off_its_line_joins_it() -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.testrun import read_results

    def ln(text: str, x0: float, y0: float, h: float = 14) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 7 * len(text), y1=y0 + h), confidence=0.9)

    lines = [ln("test_one (t.T.test_one) ...", 0, 0), ln("ok", 200, 5, 10), ln("test_two (t.T.test_two) ...", 0, 14),
             ln("FAIL", 200, 14)]
    results, _, _ = read_results(lines)
    assert {k: v[0] for k, v in results.items()} == {"test_one": "passed", "test_two": "failed"}


def test_running_names_the_up_state_of_a_container_listing(m: Matcher) -> None:
    from seeingeye.agents.record_counts import count_matching

    rec = make_records("table", ["NAMES", "STATUS"], [
        Row(["db", "Up 3 days"], ["a"]), Row(["queue", "Exited (137) 2 hours ago"], ["b"]),
        Row(["web", "Up 5 hours"], ["c"]), Row(["old-web", "Exited (0) 6 days ago"], ["d"])])
    assert rec is not None
    rec.columns[1].type = "status"
    running = count_matching([rec], "running", m)
    assert running is not None and running[0] == 2


def test_a_person_asked_is_the_name_without_its_listings_tag() -> None:
    from seeingeye.agents.solve_records import name_without_tag

    assert name_without_tag("[revoked] Ottilie Brandt") == "Ottilie Brandt"
    assert name_without_tag("Ottilie Brandt (owner)") == "Ottilie Brandt"
    assert name_without_tag("Ottilie Brandt, Kiel office") == "Ottilie Brandt, Kiel office"  # more than a tag


def test_an_ipv4_address_is_no_version_but_a_four_part_build_is() -> None:
    assert spans("0.0.0.0:8443->8443/tcp", "version") == [] and spans("172.16.4.20", "version") == []
    assert spans("build 6.1.7601.24544", "version") == ["6.1.7601.24544"]
    assert spans("quay.io/tern/relay:3.4.1", "version") == ["3.4.1"]


def test_errno_names_are_errors_and_capitalised_words_are_not() -> None:
    assert spans("Error: EROFS: read-only file system", "error")[0].startswith("Error")
    assert spans("connect EHOSTUNREACH 10.9.0.4:22", "error") == ["EHOSTUNREACH"]
    assert spans("EVENTS", "error") == [] and spans("EXPORTS", "error") == []


def test_a_first_row_telling_a_time_ago_is_data_not_a_header() -> None:
    from seeingeye.tools.table import split_header

    grid = [["#88", "Tidy the loader", "chore/loader", "about 2 hours ago"],
            ["#85", "Speed up the index", "perf/index", "3 days ago"],
            ["#80", "Fix the footer", "fix/footer", "about 1 week ago"]]
    header, body, printed, _ = split_header(grid)
    assert not printed and len(body) == 3
    named = [["Branch", "Title", "Updated"], ["chore/loader", "Tidy the loader", "about 2 hours ago"],
             ["perf/index", "Speed up the index", "3 days ago"]]
    assert split_header(named)[2]  # names over the same kind of rows stay a header


def test_a_weekday_before_a_month_is_no_persons_name() -> None:
    assert spans("Thu Jun 11 08:40", "person") == [] and spans("Saturday, March 7", "person") == []
    assert spans("Sunny Marsh", "person") == ["Sunny Marsh"]


def test_a_column_of_email_addresses_names_the_senders_and_answers_who() -> None:
    from seeingeye.agents.chats import names_person
    from seeingeye.agents.columns import content_name

    assert content_name(["mo@reef.example", "li@port.example", "mo@reef.example"]).startswith("email address")
    rec = make_records("table", ["c1", "c2"], [Row(["mo@reef.example", "Minutes"], ["a"]),
                                                Row(["li@port.example", "Q"], ["b"])])
    assert rec is not None and names_person(rec, 0, "mo@reef.example") and not names_person(rec, 1, "Minutes")
