"""Histories and listings read as records: application logs, mail indexes, `git branch -v`, a file
manager's icon view; and the programs that count and look up over them."""

from __future__ import annotations

import pytest
from records_util import add_lines, bare_sir

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_positions as RP
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.textutil import parse_number
from seeingeye.tools.control_groups import _two_groups
from seeingeye.tools.pairs import key_values


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


LOG = [
    " 1 2025-11-14 08:02:53 INF0  [worker-4] heartbeat ok, queue depth 176",
    " 2 2025-11-14 08:09:46 WARN  [worker-1] queue depth 2131 above soft limit",
    " 3 2025-11-14 08:10:05 ERROR [worker-4] order 43356 failed: PermissionError",
    " 4 2025-11-14 08:11:12 INFO  [worker-4] batch committed (384 rows)",
    " 5 2025-11-14 08:15:14 ERROR [worker-4] order 46158 failed: TimeoutError",
]


def test_a_log_is_read_by_level_and_its_exceptions_are_a_column(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, LOG)
    recs = R.build(sir)
    log = next(r for r in recs if "level (severity)" in [c.name for c in r.columns])
    assert [r.cells[3] for r in log.rows] == ["INFO", "WARN", "ERROR", "INFO", "ERROR"]  # "INF0" read back
    assert RC.count_matching(recs, "ERROR", m)[0] == 2  # type: ignore[index]
    assert RC.count_matching(recs, "ERROR", m, negated=True)[0] == 3  # type: ignore[index]
    assert R.lookup(recs, "order 46158", "error (exception)", m).value == "TimeoutError"


MUTT = [
    "1 N  2025-10-01 Kwame Mensah Invitation: design review",
    "2 N  2025-10-02 Kwame Mensah Re: travel reimbursement",
    "3    2025-10-03 Elena Popescu Holiday rota",
    "4 N  2025-10-08 Zainab Okafor Server migration window",
    "5 N  2025-10-30 Elena Popescu Budget approval needed",
    "6    2025-11-08 Hamid Rezaei Re: printer on floor 3",
]


def test_a_mail_index_splits_senders_by_the_names_that_recur_and_reads_its_flags(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, MUTT)
    recs = R.build(sir)
    log = next(r for r in recs if r.kind == "log")
    assert [r.cells[1] for r in log.rows][:3] == ["Kwame Mensah", "Kwame Mensah", "Elena Popescu"]
    assert log.rows[2].cells[2] == "Holiday rota"
    assert RC.count_matching(recs, "unread", m)[0] == 4  # type: ignore[index]
    assert RC.count_holding(recs, "Elena Popescu") == 2
    assert RP.nth(recs, "latest", "subject", m).value == "Re: printer on floor 3"


def test_git_branch_v_names_each_branch_and_marks_the_checked_out_one(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["  develop            5b0c948 WIP: theme tokens",
                 "* chore/deps-bump    95145a3 [behind 22] WIP: theme tokens",
                 "  hotfix/null-avatar 681c327 Add retry to webhook sender"])
    recs = R.build(sir)
    branches = next(r for r in recs if r.kind == "branches")
    assert [r.cells[4].startswith("current") for r in branches.rows] == [False, True, False]
    assert R.lookup(recs, "hotfix/null-avatar", "commit hash", m).value == "681c327"
    assert [a.value for a in RC.rows_where(recs, "branch am i currently on", False, m)] == ["chore/deps-bump"]


def test_the_checked_out_branch_by_its_colour_when_ocr_lost_the_star(m: Matcher) -> None:
    sir = bare_sir()
    for k, (name, line, ink) in enumerate([("exp/onnx", "f2e68e8 Fix flaky test", "gray"),
                                           ("main", "98b50f0 Rewrite quickstart", "yellow"),
                                           ("fix/ssl", "d9f5c62 Retry TLS handshake", "gray")]):
        sir.add(EvidenceDraft(kind="text", value=name, box=Box(x0=20, y0=20 + 20 * k, x1=90, y1=34 + 20 * k),
                              attrs={"ink": ink}), source="ocr", round=1)
        sir.add(EvidenceDraft(kind="text", value=line, box=Box(x0=180, y0=20 + 20 * k, x1=400, y1=34 + 20 * k),
                              attrs={"ink": "gray"}), source="ocr", round=1)
    branches = next(r for r in R.build(sir) if r.kind == "branches")
    assert [r.cells[0] for r in branches.rows if r.cells[4].startswith("current")] == ["main"]


def test_an_icon_view_counts_folders_and_files_by_extension(m: Matcher) -> None:
    sir = bare_sir()
    for row, names in enumerate([["assets", "brief.pdf", "budget.ods", "legal"],
                                 ["logo.svg", "meetings", "notes.pdf", "scripts"], ["todo.txt"]]):
        for col, name in enumerate(names):
            cx, y = 80 + 140 * col, 100 + 70 * row
            sir.add(EvidenceDraft(kind="text", value=name, box=Box(x0=cx - 4 * len(name), y0=y, x1=cx + 4 * len(name),
                                                                    y1=y + 16)), source="ocr", round=1)
    recs = R.build(sir)
    assert RC.count_matching(recs, "folders", m)[0] == 4  # type: ignore[index]
    assert RC.count_matching(recs, "pdfs", m)[0] == 2  # type: ignore[index]


def test_prose_lines_are_no_icon_view() -> None:
    sir = bare_sir()
    add_lines(sir, ["The quick brown fox jumps", "over the lazy dog again", "and runs home."])
    assert not any(r.kind == "listing" for r in R.build(sir))


class _Line:
    def __init__(self, text: str, box: Box) -> None:
        self.text, self.box, self.confidence = text, box, 0.9


def test_a_numbered_field_pairs_its_label_with_the_whole_number() -> None:
    pairs = key_values([_Line("Member no. 845 8773 95", Box(x0=10, y0=10, x1=300, y1=30)),
                        _Line("Last refreshed at 12:28:25", Box(x0=10, y0=60, x1=300, y1=80))])
    assert [(d.label, d.value) for d in pairs] == [("Member no.", "845 8773 95")]  # a time is no "label: value"


def test_a_status_bar_set_apart_by_bars_gives_each_segment_its_pair() -> None:
    pairs = key_values([_Line("8 items | warehouse B | reorder threshold: 20", Box(x0=10, y0=400, x1=330, y1=420))])
    assert {(d.label, d.value) for d in pairs} == {("items", "8"), ("reorder threshold", "20")}


def test_box_states_split_where_the_groups_are_tightest() -> None:
    marks = [0.0] * 9 + [0.36, 0.37, 0.37, 0.37, 0.755]  # ticks, plain boxes, and one odd capital read as a box
    cut = _two_groups(marks)
    assert 0.0 < cut < 0.36


def test_a_fact_box_pairs_labels_and_values_by_their_columns() -> None:
    rows = [("Country", "Estmark"), ("Founded", "1567"), ("Mayor", "Joon Yilmaz"), ("Population (2024)", "165,448")]
    lines = []
    for i, (label, value) in enumerate(rows):
        y = 250 + 34 * i
        lines += [_Line(label, Box(x0=774, y0=y, x1=774 + 8 * len(label), y1=y + 18)),
                  _Line(value, Box(x0=909, y0=y, x1=909 + 8 * len(value), y1=y + 18))]
    pairs = {d.label: d.value for d in key_values(lines)}
    assert pairs["Mayor"] == "Joon Yilmaz" and pairs["Population (2024)"] == "165,448"


def test_a_page_subject_is_no_row_its_fact_box_answers(m: Matcher) -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_records import record_candidates

    sir = bare_sir()
    for i, (label, value) in enumerate([("Country", "Estmark"), ("Mayor", "Joon Yilmaz"),
                                        ("Population (2024)", "165,448")]):
        sir.add(EvidenceDraft(kind="key_value", label=label, value=value, number=parse_number(value),
                              box=Box(x0=700, y0=100 + 30 * i, x1=900, y1=118 + 30 * i)), source="ocr", round=1)
    qa = analyse("what's the population of Sankt Eilif?")
    assert qa.row and qa.column
    assert [c.answer for c in record_candidates(qa, sir, m)] == ["165,448"]


def test_who_did_what_is_read_from_a_participle_and_by() -> None:
    pairs = key_values([_Line("Triggered by Zainab okafor on branch main", Box(x0=60, y0=170, x1=420, y1=190))])
    assert [(d.label, d.value) for d in pairs] == [("Triggered by", "Zainab Okafor")]
