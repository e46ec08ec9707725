"""A thin progress bar on a dark dialog, the work line above its counter, and click targets only by printed
names. Invented data only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.match import Matcher
from seeingeye.agents.sequence import locate
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.progress import Bar, _items, find_bars
from tests.records_util import bare_sir


def _line(text: str, x: float, y: float, w: float | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + (w or 8 * len(text)), y1=y + 18), confidence=0.99)


def _dialog(fill_to: int, trough: tuple[int, int, int] = (40, 40, 40)) -> np.ndarray:
    """A dark dialog with a 2 px blue fill in a 4 px trough (its rim darker still)."""
    arr = np.full((120, 420, 3), 53, np.uint8)
    arr[60:64, 10:410] = (3, 12, 23)
    arr[61:63, 10:410] = trough
    arr[61:63, 10:fill_to] = (21, 83, 158)
    return arr


def test_a_two_pixel_bar_in_its_trough_is_a_progress_bar() -> None:
    bars = find_bars(_dialog(230), [])
    assert len(bars) == 1 and abs(bars[0].share - 0.55) < 0.02


def test_a_thin_coloured_underline_on_the_ground_is_no_bar() -> None:
    arr = np.full((120, 420, 3), 250, np.uint8)
    arr[61:63, 10:230] = (21, 83, 158)  # a link's underline: the page's ground follows it
    assert find_bars(arr, []) == []


def test_the_work_line_above_the_counter_names_the_item_and_where_it_goes() -> None:
    bar = Bar(box=Box(x0=10, y0=60, x1=410, y1=64), share=0.4)
    near = [_line("Moving report_07.ods into /srv/archive/2024", 10, 12), _line("Item 8 of 20", 10, 32)]
    facts = {d.label: d.value for d in _items(bar, near, "progress")}
    assert facts["item being worked on right now (current file, folder)"] == "report_07.ods"
    where = next(v for k, v in facts.items() if k.startswith("destination"))
    assert where == "/srv/archive/2024"


def test_a_click_target_is_named_as_printed_never_by_a_derived_label() -> None:
    sir = bare_sir()
    for d in [
        EvidenceDraft(kind="text", value="Copying a.txt to /tmp/b", box=Box(x0=0, y0=0, x1=200, y1=14)),
        EvidenceDraft(kind="key_value", label="destination folder: where the items are being copied to",
                      value="/tmp/b", box=Box(x0=0, y0=0, x1=200, y1=14), attrs={"source_structure": "progress"}),
        EvidenceDraft(kind="key_value", label="Retries", value="3", box=Box(x0=0, y0=20, x1=90, y1=34)),
        EvidenceDraft(kind="text", value="Retries 3", box=Box(x0=0, y0=20, x1=90, y1=34)),
    ]:
        sir.add(d, source="test", round=1)
    m = Matcher()
    assert all(c.answer != "destination folder: where the items are being copied to"
               for c in locate("destination folder", sir, m))
    assert locate("retries", sir, m)[0].answer == "Retries"


def _priced(sir, label: str, value: str, y: float, x: float = 10) -> None:
    number = float(value.split()[0].replace(",", "."))
    sir.add(EvidenceDraft(kind="key_value", label=label, value=value, number=number,
                          box=Box(x0=x, y0=y, x1=x + 300, y1=y + 14)), source="test", round=1)


def test_a_two_line_item_takes_its_name_from_the_line_above_and_totals_are_no_items() -> None:
    from seeingeye.agents.structure import bill_items  # noqa: PLC0415

    sir = bare_sir()
    names = ["Roggenbrot 750g", "Butter mild", "Kaffee gemahlen", "Apfelsaft 1l"]
    prices = ["3,49 A", "2,19 A", "8,99 B", "1,79 A"]
    for k, (name, price) in enumerate(zip(names, prices, strict=True)):
        sir.add(EvidenceDraft(kind="text", value=name, box=Box(x0=10, y0=20 + 40 * k, x1=160, y1=34 + 40 * k)),
                source="test", round=1)
        _priced(sir, f"1 x{price.split()[0]}", price, 40 + 40 * k, x=30)
    _priced(sir, "MwSt A 7%", "0,49", 200)
    _priced(sir, "KWOTA EUR", "16,46", 220)  # the items' sum, named in no word the code knows
    _priced(sir, "Girocard", "16,46", 240)  # paid with it
    items = {str(e.attrs.get("row_label") or e.label): e.value for e in bill_items(sir)}
    assert {n: items.get(n) for n in names} == dict(zip(names, prices, strict=True))
    assert "KWOTA EUR" not in items and "Girocard" not in items


def test_a_quotient_is_quoted_to_the_figures_people_use() -> None:
    from seeingeye.textutil import format_quotient  # noqa: PLC0415

    assert [format_quotient(v) for v in (646.4646, 31 / 3, 68106 / 7, 10.5, 0.25, 2 / 3)] == \
        ["646", "10.3", "9729", "10.5", "0.25", "0.667"]


def _lines(texts: list[str]) -> list[OcrLine]:
    return [_line(t, 10, 10 + 22 * k) for k, t in enumerate(texts)]


def test_jest_file_verdicts_and_its_two_tallies_are_read_apart() -> None:
    from seeingeye.tools.testrun import read_results  # noqa: PLC0415

    results, _, counts = read_results(_lines([
        "PASS src/lib/parse.test.ts (0.4 s)", "FAIL src/ui/Basket.test.tsx (2.7 s)", "PASS src/api/users.test.ts",
        "Test Suites: 1 failed, 2 passed, 3 total", "Tests: 3 failed, 27 passed, 30 total"]))
    assert results["src/ui/Basket.test.tsx"][0] == "failed"
    assert (counts["failed"], counts["passed"], counts["suites failed"]) == (3, 27, 1)


def test_a_go_subtest_and_a_surefire_failure_are_named_whole() -> None:
    from seeingeye.tools.testrun import read_results  # noqa: PLC0415

    results, _, _ = read_results(_lines(["FAIL: TestParseDate/leap_year (0.00s)"]))
    assert list(results) == ["TestParseDate/leap_year"]
    results, errors, counts = read_results(_lines([
        "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s <<< FAILURE! -- in a.b.CartTest",
        "[ERROR] a.b.CartTest.addsShipping -- Time elapsed: 0.01 s <<< FAILURE!",
        "org.opentest4j.AssertionFailedError: expected: <5> but was: <4>",
        "[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 2"]))
    assert results["addsShipping"][0] == "failed"
    assert (counts["run"], counts["failed"], counts["skipped"]) == (14, 1, 2)


def test_dated_list_items_part_into_when_what_and_who() -> None:
    from seeingeye.agents.dated_items import split_dated  # noqa: PLC0415
    from seeingeye.agents.tabular import Row  # noqa: PLC0415

    items = ["Archive index", "2024-11-02 08:15 Boiler service booked Ruth Ames",
             "2024-11-03 19:40 Bins moved to Friday Ola Berg", "2024-11-04 10:05 Lost cat found Ruth Ames",
             "2024-11-06 21:30 Parking permits renewed Ruth Ames",
             "2024-11-07 07:45 Hall keys Ola Berg"]
    header, rows = split_dated(["item"], [Row([t], [str(k)]) for k, t in enumerate(items)])
    assert len(header) == 3
    assert rows[2].cells == ["2024-11-03 19:40", "Bins moved to Friday", "Ola Berg"]
    # items without dates stay one column
    assert split_dated(["item"], [Row([t], []) for t in ("Milk", "Eggs", "Bread")])[0] == ["item"]


def test_ocr_case_slips_in_names_are_repaired() -> None:
    from seeingeye.tools.ocr import _fix_glyphs  # noqa: PLC0415

    assert _fix_glyphs("ledger.xlS") == "ledger.xls"
    assert _fix_glyphs("lnstall_notes") == "Install_notes"
    # what is printed so stays: a logarithm, a word ending in "ln", a capitalised domain part, upper-case files
    for kept in ("ln(x) + 1", "kiln", "shop.eBay.com", "SCAN_01.PDF", "report.Md"):
        assert _fix_glyphs(kept) == kept


def test_a_row_of_framed_captions_at_the_foot_is_no_status_bar() -> None:
    from seeingeye.tools.chrome import status_bar  # noqa: PLC0415

    grey = np.full((300, 400), 240, np.uint8)
    lines = [_line("Name", 10, 20), _line("Size", 10, 60), _line("Owner", 10, 100)]
    foot = [_line("Undo", 200, 270, 40), _line("Close", 300, 270, 48)]
    for ln in foot:  # each caption in a frame of its own, a few pixels off on every side
        b = ln.box
        grey[int(b.y0) - 6:int(b.y1) + 6, int(b.x0) - 10:int(b.x1) + 10] = 90
        grey[int(b.y0) - 5:int(b.y1) + 5, int(b.x0) - 9:int(b.x1) + 9] = 240
    assert status_bar(lines + foot, 300) is not None  # without the pixels: the lowest row
    assert status_bar(lines + foot, 300, grey) is None
    assert status_bar(lines + foot, 300, np.full((300, 400), 240, np.uint8)) is not None


def test_the_command_over_a_table_is_no_part_of_it() -> None:
    from seeingeye.tools.table import split_header  # noqa: PLC0415

    # (a symbol heads one column, read as a figure: the header is no row of names alone)
    grid = [["ops@db-3:~$", "svc ls", "", "", ""], ["id", "name", "5", "state", "mem"],
            ["0", "ingest", "2", "up", "92mb"], ["1", "reports", "7", "down", "0b"]]
    header, body, printed, _ = split_header(grid)
    assert header == ["id", "name", "5", "state", "mem"] and printed and body[0][1] == "ingest"


def test_an_operand_pair_reads_the_column_both_print_by_name() -> None:
    from seeingeye.agents.row_pairs import _column_said, _without_word  # noqa: PLC0415
    from seeingeye.agents.tabular import Row, make_records  # noqa: PLC0415

    rec = make_records("table", ["Team", "H1", "H2"], [Row(["Oslo", "10", "12"], []), Row(["Bergen", "7", "9"], []),
                                                      Row(["Tromso", "4", "5"], [])])
    assert rec is not None
    assert _column_said(rec, ["Oslo", "H1 differ from Bergen H1"]) == 1
    assert _column_said(rec, ["Oslo H1", "Bergen H2"]) is None  # two columns: not one for both
    assert _without_word("H1 differ from Bergen H1", "H1") == "differ from Bergen"


def test_proxy_recall_finds_each_answer_of_a_listed_gold() -> None:
    import sys  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from sir_recall import literal_in  # noqa: PLC0415

    reading = "labels: Retry | Skip | Abort"
    assert literal_in("Skip; Abort", reading, "text")
    assert not literal_in("Skip; Ignore", reading, "text")
    assert literal_in("Retry", reading, "text")


def test_a_latex_source_gives_each_command_its_argument_and_counts_repeats() -> None:
    from seeingeye.tools.config import tex_commands  # noqa: PLC0415

    lines = _lines(["\\documentclass[a4paper]{book}", "\\title{Tidal Flats of the North}", "\\author{Ola Nygaard}",
                    "\\begin{document}", "\\chapter{Birds}", "Most waders arrive in May.", "\\chapter{Mud}"])
    facts = {(d.label, d.value) for d in tex_commands(lines) if d.kind == "key_value"}
    assert {("author", "Ola Nygaard"), ("title", "Tidal Flats of the North"), ("documentclass", "book")} <= facts
    counts = {d.attrs["count_of"]: d.value for d in tex_commands(lines) if d.kind == "number"}
    assert counts == {"chapter": "2"}
    assert tex_commands(_lines(["\\textbf{one}", "plain prose"])) == []  # one command is no source file


def test_a_state_asked_as_x_or_not_is_answered_in_those_words() -> None:
    from seeingeye.agents.question_choices import two_states  # noqa: PLC0415

    assert two_states("show hidden files: ticked or not?") == ("ticked", "not ticked")
    assert two_states("is bluetooth on or off") == ("on", "off")
    assert two_states("tea or coffee?") is None


def test_an_operand_run_that_goes_on_with_the_choice_parts_in_two() -> None:
    from seeingeye.agents.question_spans import apart  # noqa: PLC0415

    assert apart(["cache", "cache or logs"]) == ["cache", "logs"]
    assert apart(["Cherry Hill", "Cherry Hill East"]) == ["Cherry Hill", "Cherry Hill East"]  # two names
