"""Query results in a box-drawn table, unittest runs, a file manager's panes and location bar, row links read
into a message, the k-th most recent entry, IBANs and bracketed figures. Invented data only."""

from __future__ import annotations

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_positions as RP
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import typed_span
from seeingeye.sir import Box
from seeingeye.tools.chrome import location_bar, status_facts
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import key_values
from seeingeye.tools.table import split_header
from seeingeye.tools.testrun import read_results


def _line(text: str, x0: float, y0: float, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 9 * len(text), y1=y0 + h), confidence=0.95)


PARTS = [["QX-210", "Hinge pin", "31", "4.10"], ["QX-217", "Felt pad 40mm", "7", "2.35"],
         ["QX-224", "Corner brace", "3", "6.80"], ["QX-231", "Wall plug 6mm", "58", "1.05"]]


def test_a_row_named_by_a_code_among_other_words() -> None:
    rows = [Row([r[1], r[0], r[2], r[3]], []) for r in PARTS]  # the rows are named by their item
    rec = make_records("table", ["item", "code", "qty", "price"], rows)
    assert rec is not None and rec.key == 0
    a = R.lookup([rec], "code QX-224", "qty", Matcher(use_embeddings=False))
    assert a.value == "3"


def test_a_bare_threshold_is_held_against_the_one_column_of_quantities() -> None:
    rec = make_records("table", ["code", "item", "on hand", "price"], [Row(r, []) for r in PARTS])
    assert rec is not None
    # "under 10 pieces" names no column; the whole numbers that are no running index are what it counts
    assert RC.count_beyond([rec], "parts are under 10 pieces", "10 pieces", False,
                           Matcher(use_embeddings=False)) == (2, [])


def test_unittest_results_sections_and_tallies() -> None:
    texts = ["test_totals (test_cart.TestCart.test_totals) ... ok",
             "test_discount (test_cart.TestCart.test_discount) ... FAIL",
             "test_parse (test_cart.TestCart.test_parse) .", "ERROR",
             "ERRoR: test_parse (test_cart.TestCart.test_parse)",
             "Traceback (most recent call last):",
             "TypeError: unsupported operand type(s)",
             "FAIL: test_discount (test_cart.TestCart.test_discount)",
             "AssertionError: 9.5 != 9.0",
             "Ran 3 tests in 0.002s",
             "FAILED (failures=l, errors=1)"]
    lines, y = [], 0
    for t in texts:
        if t == "ERROR":  # OCR cut the status off its line at the wide gap
            lines.append(_line(t, 600, y - 20))
            continue
        lines.append(_line(t, 10, y))
        y += 20
    results, errors, counts = read_results(lines)
    assert {k: v[0] for k, v in results.items()} == {"test_totals": "passed", "test_discount": "failed",
                                                      "test_parse": "error"}
    assert errors["test_discount"] == "AssertionError: 9.5 != 9.0"
    assert errors["test_parse"].startswith("TypeError")
    assert counts == {"run": 3, "failed": 1, "error": 1, "passed": 1}  # what went right, from what ran


def test_a_location_bar_names_the_folder_shown() -> None:
    bar = _line("/home/ines/Documents/grants-2026", 300, 40)
    assert location_bar([bar, _line("notes.txt", 40, 200)], 700) is bar
    assert location_bar([_line("Open the /etc/hosts file", 300, 40)], 700) is None  # a sentence, not a path


def test_a_status_bar_field_ends_where_its_tally_begins() -> None:
    facts = status_facts("Dir: grants-2026 12 Files, total size 3.1MB 4 Subdirectories", Box(x0=0, y0=0, x1=9, y1=9))
    fields = {f.label: f.value for f in facts if f.kind == "key_value"}
    assert fields["Dir (part of the status bar)"] == "grants-2026"
    assert {f.value for f in facts if f.kind == "number"} == {"12", "4"}


def test_a_names_column_that_ran_over_a_pane_gives_way() -> None:
    rows = [Row(["plans budget.ods plans", "budget.ods", "12K"], []), Row(["draft.md", "draft.md", "3K"], []),
            Row(["old cover.pdf old", "cover.pdf", "88K"], []), Row(["map.png", "map.png", "1.2M"], [])]
    rec = make_records("table", ["", "", ""], rows)
    assert rec is not None and rec.key == 1


def test_row_links_every_row_ends_with_are_a_column() -> None:
    msgs = ["Add export button", "Fix date parsing", "Drop unused flag", "Bump lxml to 5.2"]
    rows = [Row([m + " view | edit | delete"], []) for m in msgs]
    rec = make_records("table", ["message"], rows)
    assert rec is not None and [r.cells[0] for r in rec.rows] == msgs
    # a year and a zone every date repeats stay in the date
    dates = [Row([f"Tue Jun {d} 09:15:00 2024 +0200"], []) for d in (4, 5, 6)]
    rec = make_records("table", ["date"], dates)
    assert rec is not None and len(rec.columns) == 1


def test_the_second_most_recent_entry_by_date() -> None:
    rows = [Row(["2025-01-09", "Lena Ruiz", "Tidy imports"], []), Row(["2025-03-02", "Omar Haddad", "Add CLI"], []),
            Row(["2025-02-11", "Lena Ruiz", "Fix typo"], [])]
    rec = make_records("log", ["date", "author", "message"], rows)
    assert rec is not None
    assert RP.nth([rec], "latest", "message", Matcher(use_embeddings=False), rank=2).value == "Fix typo"
    qa = analyse("what's the second newest commit?")
    assert (qa.intent, qa.nth) == ("latest", 2)


def test_a_selected_first_row_with_a_date_is_data() -> None:
    grid = [["2025-04-02 10:11", "Mira Olsen", "Quarterly numbers"], ["2025-04-01 09:00", "Jon Vik", "Re: offsite"],
            ["2025-03-30 18:20", "Mira Olsen", "Agenda"]]
    header, body, printed, _ = split_header(grid)
    assert not printed and len(body) == 3


def test_ibans_and_identifiers_are_one_code() -> None:
    assert typed_span("IBAN: DE44 5001 0517 5407 3249 31", "code") == "DE44 5001 0517 5407 3249 31"
    assert typed_span("DE44 50010517540732 4931", "code") is not None
    assert typed_span("archive-2019", "code") == "archive-2019"
    assert typed_span("Order 55120 shipped", "code") == "55120"


def test_a_name_with_its_figure_in_brackets_is_a_pair() -> None:
    found = {d.label: d.value for d in key_values([_line("Drafts (3)", 10, 10), _line("Wind (12.5%)", 10, 40)])}
    assert found == {"Drafts": "3", "Wind": "12.5%"}


def test_a_colon_label_beside_one_value_pairs_inside_a_table() -> None:
    lines = [_line("Target:", 10, 100), _line("NAS share archive", 200, 100)]
    found = {d.label: d.value for d in key_values(lines, table_lines={0, 1})}
    assert found == {"Target": "NAS share archive"}


def test_two_versions_side_by_side_are_read_as_old_and_new() -> None:
    from seeingeye.tools.diff_panes import _counterpart, _same, _settings, split_panes

    left = ["[api]", "listen = 7001", "threads = 2", "1og_format = plain", "retries = 3", "cache_ttl = 60"]
    right = ["[api]", "listen = 7001", "threads = 6", "log_format = json", "retries = 3", "cache_ttl = 60",
             "trace = on"]
    lines = [_line(t, 4, 20 * i) for i, t in enumerate(left)] + [_line(t, 520, 20 * i) for i, t in enumerate(right)]
    panes = split_panes(lines, 1000)
    assert panes is not None
    old, new = (_settings(p) for p in panes)
    assert old["threads"][0] == "2" and new["threads"][0] == "6"
    assert _counterpart("log_format", old) == "1og_format"  # one key, read two ways
    assert not _same("plain", "json") and _same("weekly", "ueekly") and not _same("8080", "8088")


def test_the_exit_status_echo_printed() -> None:
    from PIL import Image

    from seeingeye.tools.base import Engines, ToolContext
    from seeingeye.tools.shell import exit_status

    ctx = ToolContext(image=Image.new("RGB", (600, 200)), engines=Engines())
    lines = [_line("ada@box:~/app$ ./deploy.sh", 4, 10), _line("deploy: target unreachable", 4, 30),
             _line('ada@box:~/app$ echo "status: $?"', 4, 50), _line("status: 7", 4, 70),
             _line("ada@box:~/app$", 4, 90)]
    found = exit_status(ctx, lines)
    assert found is not None and found[0] == "7"
    assert exit_status(ctx, lines[:2]) is None  # no echo, no status
