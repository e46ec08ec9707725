"""A window's menu bar kept out of its content, files counted by an extension the question names, the
selection in a file manager's main list over its parent pane's, a version cut from a download's name, and a
figure printed with the unit the question asks for. Invented data only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.extract import candidates
from seeingeye.agents.match import Matcher
from seeingeye.agents.record_counts import count_by_extension
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import spans
from seeingeye.agents.ui_solve import selected_entries
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.chrome import menu_bar
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.ui import band
from tests.records_util import add_lines, bare_sir


def _line(text: str, x0: float, y0: float, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 9 * len(text), y1=y0 + h), confidence=0.95)


def test_a_row_of_capitalised_words_under_the_title_bar_is_a_menu_bar() -> None:
    title = _line("ledger.ods - Tallyho", 300, 4)
    menu = _line("File Edit View Insert Tools Help", 10, 28)
    body = _line("Quarterly figures for 2025", 40, 90)
    found = menu_bar([title, menu, body], title, 600)
    assert found is not None and found.y0 == menu.box.y0
    # a heading of words with a figure among them is content
    assert menu_bar([title, _line("Orders Shipped Returned 2025", 10, 28), body], title, 600) is None
    # two capitalised words are no menu
    assert menu_bar([title, _line("Welcome Back", 10, 28), body], title, 600) is None


def test_a_title_is_never_read_off_the_menu_bar() -> None:
    sir = bare_sir()
    sir.add(EvidenceDraft(kind="text", value="Go File Edit View Help", box=Box(x0=10, y0=30, x1=220, y1=52)),
            source="ocr", round=1)
    sir.add(EvidenceDraft(kind="text", value="LINDQVIST BAKERY", box=Box(x0=300, y0=100, x1=480, y1=122)),
            source="ocr", round=1)
    add_lines(sir, ["2 x Rye loaf 7,80", "1 x Cardamom bun 3,20", "TOTAL 11,00"], x=300, y0=140)
    sir.add(EvidenceDraft(kind="region", value="menu bar", box=Box(x0=10, y0=30, x1=220, y1=52),
                          attrs={"role": "menu_bar"}), source="ui", round=1)
    best = max(candidates(sir, Matcher(use_embeddings=False), "shop is this receipt from", "organisation"),
               key=lambda c: c.match)
    assert best.answer == "LINDQVIST BAKERY"


def test_files_of_the_extension_the_question_names_are_counted() -> None:
    names = ["scans", "deed_2024.pdf", "notes.txt", "lease.PDF", "photo.jpg", "invoice 17.pdf"]
    recs = [make_records("columns", ["Name", "Size"], [Row([n, "1K"], []) for n in names])]
    assert count_by_extension(recs, "PDFs are in my folder") == (3, ".pdf", "name")
    assert count_by_extension(recs, "jpg files") == (1, ".jpg", "name")
    assert count_by_extension(recs, "folders in here") is None


def test_the_widest_highlight_band_is_the_selection() -> None:
    arr = np.full((200, 800, 3), 20, np.uint8)
    arr[40:60, 10:200] = (40, 90, 200)  # the parent pane's folder, highlighted in a narrow pane
    arr[80:100, 250:790] = (180, 180, 180)  # the current list's selection, across the list
    parent, current = _line("Projects", 20, 41), _line("budget-2026.xlsx", 260, 81)
    assert band(arr, parent) == (10.0, 199.0)
    assert band(arr, current) == (250.0, 789.0)
    sir = bare_sir()
    for ln in (parent, current):
        sir.add(EvidenceDraft(kind="field", label="highlighted row", value=ln.text, box=ln.box,
                              attrs={"control": "list_item", "selected": True, "band": list(band(arr, ln))}),
                source="ui", round=1)
    assert selected_entries(sir)[0].answer == "budget-2026.xlsx"


def test_a_version_ends_where_a_download_names_its_platform_and_archive() -> None:
    assert spans("deno-v1.46.3-linux-x64.tar.gz", "version") == ["v1.46.3"]
    assert spans("blender-4.2.1-windows-x64.zip", "version") == ["4.2.1"]
    assert spans("release 2.0.0-rc2", "version") == ["2.0.0-rc2"]  # a pre-release keeps its tag


def test_a_figure_in_the_unit_asked_for_answers_over_a_date_or_an_amount() -> None:
    sir = bare_sir()
    add_lines(sir, ["Readings 1 Mar to 31 Mar 2026", "Gas used (412 kWh at 9.1p)  £37.49", "Standing charge £8.10"])
    best = max(candidates(sir, Matcher(use_embeddings=False), "kWh did we use in March", "number"),
               key=lambda c: c.match)
    assert best.answer == "412 kWh"


def test_a_running_index_and_flags_are_parted_from_the_names_beside_them() -> None:
    rows = [Row([c, d], []) for c, d in (("R 1 Ingrid Solberg", "Quarterly close"), ("R 2 Tomás Ferreira", "Audit"),
                                         ("U 3 Ingrid Solberg", "Payroll"), ("U 4 Anke Vos", "Offsite"))]
    rec = make_records("table", ["", "Subject"], rows)
    assert rec is not None
    assert [c.name for c in rec.columns][:2] == ["flag", "#"]
    assert [r.cells[2] for r in rec.rows] == ["Ingrid Solberg", "Tomás Ferreira", "Ingrid Solberg", "Anke Vos"]
    # figures that do not run 1, 2, 3 down the rows are no index ("3 Apples", "12 Pears")
    plain = make_records("table", ["", "x"], [Row([c, "1"], []) for c in ("3 Apples", "12 Pears", "7 Plums")])
    assert plain is not None and plain.rows[0].cells[0] == "3 Apples"


def test_the_value_a_column_holds_most_often_answers_who_has_the_most() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.record_modes import mode_candidates

    sir = bare_sir()
    rows = [("Author", "Subject"), ("Ingrid Solberg", "fix cache key"), ("Tomás Ferreira", "bump deps"),
            ("Ingrid Solberg", "add retry"), ("Anke Vos", "write docs"), ("Ingrid Solberg", "release 2.1")]
    for k, (a, b) in enumerate(rows):
        add_lines(sir, [a], x=10, y0=10 + 24 * k)
        add_lines(sir, [b], x=300, y0=10 + 24 * k)
    found = mode_candidates(analyse("who made the most commits here?"), sir, Matcher(use_embeddings=False))
    assert found and found[0].answer == "Ingrid Solberg"


def test_a_status_bar_reports_its_cursor_and_tallies() -> None:
    from seeingeye.tools.chrome import cursor_position, status_bar, status_facts

    lines = [_line("def main():", 10, 40), _line("    run()", 10, 62), _line("return 0", 10, 84),
             _line("Ln 14, Col 3   412 chars, 27 lines", 10, 575)]
    found = status_bar(lines, 600)
    assert found is not None
    facts = {d.label: d.value for d in status_facts(*found) + cursor_position(lines, 600)}
    assert facts["line the cursor is on (cursor position, Ln)"] == "14"
    assert facts["number of lines (status bar)"] == "27"
    assert status_bar(lines[:3], 600) is None  # the content's last line is no status bar
    # "88:2" opening a bar, and a mode line's "-L31-", are where the cursor stands
    assert cursor_position(lines[:3] + [_line("88:2 INSERT UTF-8", 10, 575)], 600)[0].value == "88"
    assert cursor_position(lines[:3] + [_line("--:-- notes.txt  (Text)--L31--", 10, 560)], 600)[0].value == "31"


def test_a_windows_bars_are_not_a_charts() -> None:
    from seeingeye.agents.cues import unit_of

    assert unit_of("lines long is this file, per the status bar") == "lines"
    assert unit_of("bars are in the chart") == "bars"


def test_a_process_run_by_an_interpreter_is_named_by_its_script() -> None:
    from seeingeye.agents.command_names import program_name

    rows = [Row(["101", "12.0M", "python3 /srv/relay/bin/relay-worker --queue 4"], []),
            Row(["102", "8.5M", "node/srv/web/server.js"], []),
            Row(["103", "3.1M", "redis-server *:6379"], [])]
    rec = make_records("columns", ["PID", "RSS", "COMMAND"], rows)
    assert rec is not None and rec.key == 2
    assert [program_name(rec, r) for r in rec.rows] == ["relay-worker", "server.js", "redis-server"]


def test_the_keys_one_level_under_a_block_are_its_entries() -> None:
    from seeingeye.agents.outline import children

    sir = bare_sir()
    text = ["queues:", "  billing:", "    workers: 3", "    retry: 5", "  mailer:", "   workers: 1",
            "  exports:", "    workers: 2", "limits:", "  cpu: 2"]
    for k, line in enumerate(text):  # a numbered listing: each line's own leading spaces are its indent
        sir.add(EvidenceDraft(kind="text", value=line, box=Box(x0=30, y0=20 * k, x1=300, y1=20 * k + 16),
                              attrs={"code": True, "line_number": k + 1}), source="ui", round=1)
    found = children(sir, "queues", Matcher(use_embeddings=False))
    assert found is not None and found[0] == ["billing", "mailer", "exports"]


def test_who_did_a_named_entry_is_read_off_its_row_of_people() -> None:
    from seeingeye.agents import records as R
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_records import _person_in_row

    rows = [Row(list(c), []) for c in (("4be91a2", "Ingrid Solberg", "Trim cache keys"),
                                         ("77c0d3e", "Tomás Ferreira", "Pin the parser"),
                                         ("a01f5b9", "Anke Vos", "Add retry to uploads"))]
    rec = make_records("log", ["commit hash", "author (person, who)", "message"], rows)
    assert rec is not None
    found = R.Answer("77c0d3e", rows[1], "commit hash", 0.9)
    qa = analyse('who made the commit "Pin the parser"?')
    assert _person_in_row([rec], found, qa, Matcher(use_embeddings=False)).value == "Tomás Ferreira"


def test_a_versions_one_read_as_a_letter_is_still_one() -> None:
    assert spans("Compiling hyper vl.36.0", "version") == ["1.36.0"]
    assert spans("Checking serde vI.0.197", "version") == ["1.0.197"]


def test_a_status_bars_fields_and_a_version_after_an_underscore() -> None:
    from seeingeye.tools.chrome import status_facts

    facts = {d.label: d.value for d in status_facts("42 rows | Saved 10:15 | User: m.lindqvist", Box(x0=0, y0=0,
                                                                                                    x1=9, y1=9))}
    assert facts["User (part of the status bar)"] == "m.lindqvist"
    assert facts["number of rows (status bar)"] == "42"
    assert spans("installer_teams_3.14.2.deb", "version") == ["3.14.2"]


def test_rows_below_their_own_threshold_are_counted() -> None:
    from seeingeye.agents.record_counts import count_against_column

    rows = [Row(list(c), [f"e{k}"]) for k, c in enumerate((("Hinge", "40", "25"), ("Bracket", "8", "20"),
                                                          ("Clamp", "12", "15"), ("Dowel", "90", "30")))]
    rec = make_records("table", ["Part", "In stock", "Min level"], rows)
    assert rec is not None
    found = count_against_column([rec], "min level", False, Matcher(use_embeddings=False))
    assert found is not None and found[0] == 2  # Bracket 8 < 20, Clamp 12 < 15
    above = count_against_column([rec], "min level", True, Matcher(use_embeddings=False))
    assert above is not None and above[0] == 2


def test_a_viewers_printed_pixel_size_is_the_images_dimensions() -> None:
    from seeingeye.tools.chrome import pixel_sizes

    found = pixel_sizes([_line("harbour.png (1600x900) - Viewer", 200, 4), _line("2 x Espresso 5,00", 20, 80)])
    assert [d.value for d in found] == ["1600x900"]
