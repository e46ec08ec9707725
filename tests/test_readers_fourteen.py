"""The proxy's compact reading (no ids, click points, one row once), a second question asking an extreme's
figure, a query's columns OCR read as one cell under a prompt line. Invented data only."""

from __future__ import annotations

import re

from seeingeye.agents import record_extremes as RX
from seeingeye.agents import record_positions as RP
from seeingeye.agents.diagnostics import diagnostics
from seeingeye.agents.extract import candidates
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.sequence import locate
from seeingeye.agents.solve_records import record_candidates
from seeingeye.agents.solve_select import chosen_in_group
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import typed_span
from seeingeye.sir import SIR, Box, Evidence, EvidenceDraft, ImageFacts
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import key_values
from seeingeye.tools.table import split_header
from seeingeye.tools.testrun import read_results


def _line(text: str, x0: float, y0: float, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x0, y0=y0, x1=x0 + 9 * len(text), y1=y0 + h), confidence=0.95)


def _sir() -> SIR:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    rows = [["Otter", "Lina Moss", "12"], ["Heron", "Ravi Dutt", "7"]]
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": ["Boat", "Skipper", "Laps"], "rows": rows,
                                                                "has_header": True, "table_index": 0}),
            source="table", round=1)
    sir.add(EvidenceDraft(kind="text", value="Boat Skipper Laps", box=Box(x0=10, y0=30, x1=480, y1=50),
                          attrs={"block_index": 0, "order": 0, "role": "table"}), source="ocr", round=1)
    for k, (text, x) in enumerate((("Otter", 10), ("Lina Moss", 200), ("12", 400))):  # one selected row
        sir.add(EvidenceDraft(kind="field", value=text, box=Box(x0=x, y0=60, x1=x + 80, y1=80),
                              attrs={"control": "list_item", "selected": True, "n": k}), source="ui", round=1)
    sir.add(EvidenceDraft(kind="field", label="Night mode", value="checked", box=Box(x0=20, y0=200, x1=36, y1=216),
                          attrs={"control": "checkbox"}), source="ui", round=1)
    # a row said again as a line ("Heron Ravi Dutt 7") is the table's row: said once
    sir.add(EvidenceDraft(kind="key_value", label="Boat Skipper Laps", value="Heron Ravi Dutt 7"), source="pairs",
            round=1)
    sir.add(EvidenceDraft(kind="number", label="number of checkboxes checked, ticked, enabled", value="1",
                          attrs={"count_of": "checkboxes"}), source="ui", round=1)
    return sir


def test_the_compact_reading_has_no_ids_and_gives_click_points() -> None:
    sir = _sir()
    full, compact = sir.render_text(4000), sir.render_text(4000, compact=True)
    assert re.search(r"\[e\d+", full) and not re.search(r"\[e\d+", compact)
    assert "[x] Night mode @(28,208)" in compact and "[x] Night mode @[20, 200, 36, 216]" in full
    assert len(compact) < len(full)


def test_a_row_is_said_once_and_counts_by_their_first_name() -> None:
    text = _sir().render_text(4000, compact=True)
    assert "Heron Ravi Dutt 7" not in text  # the table says it: "Heron | Ravi Dutt | 7"
    assert text.count("selected row") == 1 and "selected row: Otter | Lina Moss | 12 @(245,70)" in text
    assert "counts: checkboxes checked: 1" in text


def test_a_second_question_asks_the_extremes_figure() -> None:
    qa = analyse("which ferry carried the most cars, and how many?")
    assert qa.operator == "max" and qa.also_figure and qa.answer_type == "text"
    assert not analyse("which ferry carried the most cars?").also_figure
    assert not analyse("how much more did the Otter carry than the Heron?").also_figure
    rec = make_records("table", ["ferry", "cars"], [Row(["Otter", "214"], []), Row(["Heron", "388"], []),
                                                    Row(["Puffin", "97"], [])])
    assert rec is not None
    a = RX.arg_extreme([rec], "cars", "max", Matcher(use_embeddings=False))
    assert (a.value, a.figure) == ("Heron", "388")


def test_a_query_output_under_its_prompt_line_with_columns_read_as_one_cell() -> None:
    grid = [["inv.db> select * from boats;", ""], ["no skipper fee state", "day"],
            ["31 Lina Moss 40.50 paid", "2026-04-02"], ["32 Ravi Dutt 12.00 open", "2026-04-03"],
            ["33 Ada Kern 7.25 paid", "2026-04-05"]]
    header, body, printed, _ = split_header(grid)
    assert printed and header == ["no skipper fee state", "day"]  # the prompt line is no header
    rec = make_records("table", header, [Row(r, []) for r in body])
    assert rec is not None and [c.name for c in rec.columns] == ["no", "skipper", "fee", "state", "day"]
    assert rec.rows[1].cells[:4] == ["32", "Ravi Dutt", "12.00", "open"]
    # a header of two names over a date and a time stays one column ("Last seen" over "Mar 3 10:20")
    two = make_records("table", ["host", "last seen"], [Row(["a", "Mar 3 10:20"], []), Row(["b", "Mar 4 09:00"], []),
                                                        Row(["c", "Mar 5 11:45"], [])])
    assert two is not None and len(two.columns) == 2


def _ev(text: str, k: int) -> Evidence:
    return Evidence(id=f"e{k}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=0, y0=20 * k, x1=9 * len(text), y1=20 * k + 16))


def test_compiler_diagnostics_are_records_of_file_line_severity_and_message() -> None:
    texts = ["$ make", "cc -c lib/queue.c", "lib/queue.c:41:9: warn ing: unused variable 'tmp' [-Wunused-variable]",
             "lib/queue.c:7l:3: error: 'cap' undeclared (first use in this function)",
             "app/cli.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.",
             "make: *** [Makefile:9: queue.o] Error 1"]
    rec = diagnostics([[_ev(t, k)] for k, t in enumerate(texts)])
    assert rec is not None and [r.cells[:4] for r in rec.rows] == [
        ["lib/queue.c", "41", "9", "warning"], ["lib/queue.c", "71", "3", "error"], ["app/cli.ts", "12", "5", "error"]]
    m = Matcher(use_embeddings=False)
    assert RP.nth([rec], 1, "line", m, "number", where="error").value == "71"


def test_figures_paired_across_slashes_and_a_percent_with_its_noun() -> None:
    lines = [_line("rtt min/avg/max/mdev = 11.204/14.530/19.877/3.112 ms", 0, 0),
             _line("4 packets transmitted, 3 received, 25% packet loss", 0, 30)]
    got = {d.label: d.value for d in key_values(lines)}
    assert got["rtt avg"] == "14.530 ms" and got["rtt mdev"] == "3.112 ms"
    assert got["packet loss"] == "25%" and got["packets transmitted"] == "4"


def test_pytest_node_ids_spaced_by_ocr_still_name_their_tests() -> None:
    lines = [_line(t, 0, 20 * k) for k, t in enumerate([
        "..F.F [100%]", "FAILED tests/test_fees.py: : test_late_fee - assert 0 == 5",
        "FAILED tests/test_fees.py :: test_rounding - assert 1.01 == 1.0", "2 failed, 3 passed in 0.04s"])]
    results, errors, counts = read_results(lines)
    assert list(results) == ["test_late_fee", "test_rounding"] and errors["test_late_fee"] == "assert 0 == 5"
    assert counts == {"failed": 2, "passed": 3}


def test_the_noun_before_of_names_the_answer_column_of_an_extreme() -> None:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    rows = [["9311", "kai", "2.5", "bash"], ["5120", "kai", "71.0", "ffmpeg -i a.mkv"], ["88", "root", "9.1", "sshd"]]
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": ["PID", "USER", "%CPU", "COMMAND"],
                                                                "rows": rows, "has_header": True}),
            source="table", round=1)
    qa = analyse("whats the PID of the program with the highest %CPU")
    assert qa.target.startswith("PID")
    assert [c.answer for c in record_candidates(qa, sir, Matcher(use_embeddings=False))][:1] == ["5120"]


def test_a_radio_group_named_by_its_heading_answers_with_its_pick() -> None:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    options = (("Nightly", "unselected", "How often"), ("Hourly", "selected", "How often"),
               ("Local disk", "selected", "Where to keep it"), ("Cloud", "unselected", "Where to keep it"))
    for k, (name, state, group) in enumerate(options):
        sir.add(EvidenceDraft(kind="field", label=name, value=state, box=Box(x0=20, y0=30 * k, x1=36, y1=30 * k + 16),
                              attrs={"control": "radio", "group": group}), source="ui", round=1)
    m = Matcher(use_embeddings=False)
    c = chosen_in_group(analyse("how often does the sync run"), sir, m)
    assert c is not None and c.answer == "Hourly"
    c = chosen_in_group(analyse("where to keep it, what did I choose?"), sir, m)
    assert c is not None and c.answer == "Local disk"


def test_a_standard_button_is_found_by_what_it_does() -> None:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    for k, name in enumerate(("Help", "Apply", "Cancel", "OK")):
        sir.add(EvidenceDraft(kind="field", value=name, box=Box(x0=100 * k, y0=250, x1=100 * k + 80, y1=280),
                              attrs={"control": "button"}), source="ui", round=1)
    m = Matcher(use_embeddings=False)
    assert locate("keep my edits and close", sir, m)[0].answer == "OK"
    assert locate("close without saving", sir, m)[0].answer == "Cancel"


def test_tallies_run_together_after_a_label_are_each_a_count() -> None:
    got = [(d.label, d.value) for d in key_values([_line("Inbox: 14 messages 3 unread", 0, 0)])]
    assert ("messages", "14") in got and ("unread", "3") in got and ("Inbox", "14 messages 3 unread") in got


def test_a_total_row_in_another_language_is_no_candidate_of_an_extreme() -> None:
    rec = make_records("table", ["Filiale", "Umsatz"], [Row(["Nord", "410"], []), Row(["Süd", "388"], []),
                                                       Row(["Summe", "798"], [])])
    assert rec is not None
    assert RX.arg_extreme([rec], "Umsatz", "max", Matcher(use_embeddings=False)).value == "Nord"


def test_a_value_whose_tool_says_its_type_fits_that_type() -> None:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    sir.add(EvidenceDraft(kind="key_value", label="current branch", value="trunk", attrs={"type": "code"}),
            source="git", round=1)
    sir.add(EvidenceDraft(kind="key_value", label="latest tag", value="nightly"), source="pairs", round=1)
    got = {c.answer: c.type_ok for c in candidates(sir, Matcher(use_embeddings=False), "branch", "code")}
    assert got.get("trunk") is True and not got.get("nightly")


def test_a_numbered_error_gives_its_code_and_its_message() -> None:
    got = {d.label: d for d in key_values([_line("Error 13: Permission denied. 4 of 9 files were copied.", 0, 0)])}
    assert got["error code (error number)"].value == "13"
    msg = got["error message (what went wrong, the problem)"]
    assert msg.value == "Permission denied" and msg.attrs["type"] == "error"


def test_a_run_of_figures_that_names_no_month_and_day_is_no_date() -> None:
    assert typed_span("Sort code 30-58-91", "date") is None and typed_span("on 2026-14-02", "date") is None
    assert typed_span("due 03-11-26", "date") == "03-11-26" and typed_span("paid 2026-02-14", "date") == "2026-02-14"


def test_who_said_something_in_a_conversation_is_its_speaker() -> None:
    sir = SIR(image=ImageFacts(width=600, height=300, original_width=600, original_height=300, sha256="0",
                               format="PNG", mode="RGB"), question="")
    for name, said in (("Maren", "anyone up for the ferry at nine"), ("Tobi", "I booked the cabin for friday"),
                       ("Maren", "great, I will bring the maps"), ("Tobi", "see you at the pier then")):
        sir.add(EvidenceDraft(kind="key_value", label=name, value=said), source="pairs", round=1)
    best = max(candidates(sir, Matcher(use_embeddings=False), "booked the cabin", "person"), key=lambda c: c.match)
    assert best.answer == "Tobi" and best.source == "said_by"
