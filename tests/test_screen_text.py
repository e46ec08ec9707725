"""Text on screens read as structure: configuration files (`tools/config.py`), test-runner output
(`tools/testrun.py`), headerless monospaced columns (`agents/columns.py`) and editors' functions (`tools/ui.py`).
Lines are placed as OCR reads them: a gutter's numbers apart from the code, indents from the boxes."""

from __future__ import annotations

from seeingeye.agents.columns import monospace_columns
from seeingeye.agents.page_rows import visual_rows as _visual_rows
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.tools.config import read_config
from seeingeye.tools.gutter import function_name, gutter_split
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.testrun import read_results

CHAR = 9.0  # a monospaced glyph's width


def _at(text: str, col: int, row: int) -> OcrLine:
    """A line starting at character column `col` of printed row `row`."""
    x = 40 + CHAR * col
    return OcrLine(text=text, box=Box(x0=x, y0=20 * row, x1=x + CHAR * len(text), y1=20 * row + 16), confidence=0.95)


def _facts(lines: list[OcrLine]) -> dict[str, str]:
    return {d.label or "": d.value for d in read_config(lines).facts}


def test_two_files_side_by_side_are_read_apart_and_compared() -> None:
    """A diff tool: each pane has its gutter (OCR reads a number alone, or glued to its line), its file name
    above; the left is the original. Keys OCR read with 0 for O are one key."""
    old = ["APP_ENV=staging", "HTTP_P0RT=8080", "DB_POOL_SIZE=10", "LOG_LEVEL=info"]
    new = ["APP_ENV=production", "HTTP_PORT=8080", "DB_P00L_SIZE=40", "LOG_LEVEL=info"]
    lines = [_at("/home/me/staging.env", 2, 0), _at("/home/me/production.env", 62, 0)]
    for i, (a, b) in enumerate(zip(old, new, strict=True), start=1):
        lines += [_at(str(i), 0, i), _at(a, 2, i), _at(f"{i} {b}", 60, i)]
    reading = read_config(lines)
    facts = {d.label: d.value for d in reading.facts}
    assert facts["APP_ENV (old, original, left; staging.env)"] == "staging"
    assert facts["APP_ENV (new, changed, right; production.env)"] == "production"
    assert facts["HTTP_PORT changed"] == "off" and facts["DB_POOL_SIZE changed"] == "on"
    changed = [d for d in reading.facts if d.kind == "number" and d.attrs.get("count_of") == "changed setting"]
    assert changed and changed[0].number == 2


def test_ini_sections_name_their_keys_and_ocr_spaces_leave_hosts() -> None:
    lines = [_at("[server]", 0, 0), _at("port = 5601", 0, 1), _at("log_level = warning", 0, 2),
             _at("[database]", 0, 4), _at("host = store 01.corp", 0, 5), _at("# comment", 0, 6)]
    reading = read_config(lines)
    facts = _facts(lines)
    assert facts["server port"] == "5601" and facts["server log_level"] == "warning"
    assert facts["database host"] == "store01.corp"  # OCR's space inside a host name is closed up
    assert reading.sections == ["server", "database"]


def test_yaml_nesting_comes_from_indents_and_name_value_entries_are_settings() -> None:
    lines = [_at("spec:", 0, 0), _at("replicas: 7", 2, 1), _at("containers:", 2, 2), _at("- name: web", 4, 3),
             _at("image: shop:2.7", 6, 4), _at("env:", 6, 5), _at("name: DB_POOL", 8, 6), _at('value: "59"', 10, 7),
             _at("name: REGION", 8, 8), _at('value: "61"', 10, 9)]  # the dashes OCR dropped
    reading = read_config(lines)
    facts = _facts(lines)
    assert facts["spec replicas"] == "7"
    assert facts["spec containers image"] == "shop:2.7"
    assert facts["DB_POOL"] == "59" and facts["REGION"] == "61"
    assert reading.lists["containers env"] == 2


def test_prose_is_no_configuration() -> None:
    lines = [_at("Dear team, the release is done.", 0, 0), _at("Note: deploy on Monday", 0, 1),
             _at("Thanks for all the work this week", 0, 2), _at("See you soon", 0, 3)]
    assert read_config(lines).facts == []


def test_pytest_results_failures_in_order_and_their_errors() -> None:
    lines = [_at("test_inv.py::test_restock PASSED", 0, 0), _at("test_inv.py::test_hinges FAILED", 0, 1),
             _at("test_inv.py::test_nuts PAsSED", 0, 2), _at("test_inv.py::test_bolts FAILED", 0, 3),
             _at("____ test_hinges ____", 0, 5), _at("E   AssertionError: assert 121 == 999", 0, 6),
             _at("2 failed, 2 passed in 0.01s", 0, 8)]
    results, errors, counts = read_results(lines)
    assert {k: v[0] for k, v in results.items()} == {"test_restock": "passed", "test_hinges": "failed",
                                                     "test_nuts": "passed", "test_bolts": "failed"}
    assert errors["test_hinges"] == "AssertionError: assert 121 == 999"
    assert counts == {"failed": 2, "passed": 2}


def test_a_bare_gutter_pairs_numbers_with_code_and_finds_definitions() -> None:
    lines = [_at(str(n), 0, n) for n in range(1, 8)]
    lines += [_at("import os", 3, 1), _at("def", 3, 3), _at("load(path):", 7, 3), _at("return path", 7, 4),
              _at("static int close_archive(FILE *fp)", 3, 6)]
    numbered = {n: code.strip() for n, code, _ in gutter_split(lines)}
    assert numbered[3] == "def load(path):" and numbered[4] == "return path"
    assert function_name(numbered[3]) == "load"
    assert function_name(numbered[6]) == "close_archive"
    assert function_name("    " + numbered[4]) is None and function_name("if (x) {") is None


def _sir_of(lines: list[OcrLine]) -> SIR:
    facts = ImageFacts(width=900, height=900, original_width=900, original_height=900, sha256="0", format="PNG",
                       mode="RGB")
    sir = SIR(question="q", image=facts)
    for ln in lines:
        sir.add(EvidenceDraft(kind="text", value=ln.text, box=ln.box), source="ocr", round=1)
    return sir


def test_headerless_monospaced_columns_split_where_every_row_starts_a_word() -> None:
    rows = [("5548d7e", "2026-11-07", "Priya Raman", "Add CSV export"),
            ("b6d3ef4", "2026-11-02", "Tomasz Kowal", "Handle missing gauge readings"),
            ("ae5f28f", "2026-10-28", "Daniel Okafor", "Fix off-by-one in station index"),
            ("13ed56d", "2026-10-18", "Priya Raman", "Document the CLI flags")]
    lines = []
    for i, (h, d, who, msg) in enumerate(rows):
        lines += [_at(h, 0, i), _at(f"{d}  {who}", 9, i), _at(msg, 37, i)]  # OCR's pieces, split at wide gaps
    sir = _sir_of(lines)
    rec = monospace_columns(_visual_rows(sir.by_kind("text")))
    assert rec is not None
    assert [c.name for c in rec.columns][2] == "author (person, who, sender)"
    assert rec.rows[2].cells == ["ae5f28f", "2026-10-28", "Daniel Okafor", "Fix off-by-one in station index"]
    assert rec.label(rec.rows[0]) == "Add CSV export"  # the message names its row


def test_headed_output_is_left_to_the_aligned_reader() -> None:
    headed = [_at("NAME      STATUS   AGE", 0, 0), _at("web-1     Running  3d", 0, 1),
              _at("web-2     Pending  1d", 0, 2), _at("db-0      Running  9d", 0, 3)]
    sir = _sir_of(headed)
    assert monospace_columns(_visual_rows(sir.by_kind("text"))) is None


def test_answer_clean_up_patterns_stay_linear_on_page_text() -> None:
    """A paragraph answer once hung the e-mail clean-up (optional spaces inside a repeat backtrack
    exponentially). Run in a child process so a regression fails instead of hanging the suite."""
    import subprocess
    import sys

    code = ("from seeingeye.agents.solve import _SPACED_EMAIL as P\n"
            "text = 'We study a practical setting in which data are distributed across independent archives ' * 3\n"
            "assert P.fullmatch(text) is None and P.fullmatch('ann.lee @ mail box.org') is not None\n")
    done = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-400:]


def test_git_status_gives_the_branch_and_each_file_with_its_state() -> None:
    from seeingeye.tools.git import read_git

    printed = [("On branch fix/totals", 0), ("Changes to be committed:", 0),
               ('(use "git restore --staged <file>..." to unstage)', 2), ("new file:", 8),
               ("Changes not staged for commit:", 0),
               ("modified:", 8), ("modified:", 8), ("deleted:", 8), ("Untracked files:", 0), ("notes.txt", 8),
               ("scratch/", 8), ("$ ls", 0)]  # fmt: skip
    paths = {3: "docs/api.md", 5: "src/app.py", 6: "src/db.py", 7: "old.cfg"}
    lines = []
    for row, (text, col) in enumerate(printed):
        lines.append(_at(text, col, row))
        if row in paths:  # OCR reads a state and its path as two pieces
            lines.append(_at(paths[row], 20, row))
    facts = read_git(lines)
    values = {d.label: d.value for d in facts if d.kind in ("field", "key_value")}
    counts = {d.label: d.value for d in facts if d.kind == "number"}
    assert values["current branch"] == "fix/totals"
    assert values["docs/api.md"] == "new file" and values["old.cfg"] == "deleted"
    assert values["notes.txt"] == "untracked" and values["scratch/"] == "untracked" and "$ ls" not in values
    assert counts["number of modified files"] == "2" and counts["number of untracked files"] == "2"
    assert counts["number of changed files"] == "6"


def test_prose_and_a_bullet_list_are_no_git_output() -> None:
    from seeingeye.tools.git import read_git

    lines = [_at("A plan for the week", 0, 0), _at("M Tuesday: review", 0, 1), _at("Untracked ideas", 0, 2)]
    assert read_git(lines) == []
    assert read_git([_at("* Introduction", 0, 0), _at("* Getting started quickly", 0, 1)]) == []


def test_git_branch_v_names_the_starred_branch_current() -> None:
    from seeingeye.tools.git import read_git

    lines = [_at("  develop         5b0c948 WIP: theme tokens", 0, 0),
             _at("* chore/deps-bump 95145a3 [behind 22] WIP: theme tokens", 0, 1)]
    assert {f.label: f.value for f in read_git(lines)}["current branch"] == "chore/deps-bump"


def test_top_is_read_under_its_header_even_where_ocr_drops_a_lone_zero() -> None:
    from seeingeye.agents.columns import header_columns

    lines = [_at("top - 10:42:17 up 12 days, load average: 2.63, 6.16, 3.44", 0, 0),
             _at("PID USER      PR  NI    VIRT    RES  %CPU COMMAND", 0, 2),
             _at("87973 postgres  20   0   5616m   133m  95.0 postgres", 0, 3),
             _at("28287 root      20", 0, 4), _at("8835m   362m  81.9 python3", 22, 4),  # the "0" under NI unread
             _at("42464 root      20   0   4024m   452m  73.2 dockerd", 0, 5),
             _at("$ free -h", 0, 7)]  # fmt: skip
    rec = header_columns(_visual_rows(_sir_of(lines).by_kind("text")))
    assert rec is not None and [c.name for c in rec.columns][-2:] == ["%CPU", "COMMAND"]
    assert rec.rows[1].cells[-2:] == ["81.9", "python3"] and rec.rows[1].cells[3] == ""
    assert rec.label(rec.rows[0]) == "postgres" and len(rec.rows) == 3  # the prompt ends the table


def test_a_history_printed_date_first_splits_author_from_message() -> None:
    from seeingeye.agents.histories import dated_log

    rows = [("2026-08-29 13:57 +0000 Marco Bellini", "o [main] Remove debug overlay"),
            ("2026-08-27 10:03 +0000 Tomasz Kowal", "0 Release 0.4.0"),
            ("2026-08-26 08:02 +0000 Marco Bellini", "o Write collision tests")]
    lines = [ln for k, (a, b) in enumerate(rows) for ln in (_at(a, 0, k), _at(b, 40, k))]
    rec = dated_log(_visual_rows(_sir_of(lines).by_kind("text")))
    assert rec is not None
    assert rec.rows[0].cells == ["2026-08-29 13:57 +0000", "Marco Bellini", "Remove debug overlay"]
    assert rec.rows[1].cells[2] == "Release 0.4.0"  # the graph's commit mark read as "0" is no part of it


def test_a_calculator_history_pairs_each_expression_with_its_result() -> None:
    from seeingeye.tools.keypad import history

    lines = [_at("443*34+9270", 0, 0), _at("= 24332", 0, 1), _at("5525*5-443", 0, 3), _at("= 27182", 0, 4)]
    assert [(e, r) for e, r, _ in history(lines)] == [("443*34+9270", "24332"), ("5525*5-443", "27182")]
    assert history([_at("Total: 12", 0, 0), _at("= 12", 0, 1)]) == []  # no expression above it


def test_a_changelog_is_one_row_per_release_with_its_changes() -> None:
    from seeingeye.agents import records as R
    from seeingeye.agents.listings import releases as _releases

    sir = _sir_of([])
    blocks = [("Changelog", "title"), ("4.9.2 2026-11-02", "paragraph"), (". Security: update OpenSSL", "list_item"),
              ("4.9.1 2026-10-14", "paragraph"), ("• Dark mode", "list_item"), ("• Faster PDF rendering", "list_item")]
    for k, (text, role) in enumerate(blocks):
        sir.add(EvidenceDraft(kind="block", value=text, label=role, box=Box(x0=40, y0=30 * k, x1=300, y1=30 * k + 20),
                              attrs={"role": role, "order": k}), source="layout", round=1)
    rec = _releases(sir)
    assert rec is not None and [r.cells[0] for r in rec.rows] == ["4.9.2", "4.9.1"]
    assert rec.rows[0].cells[2] == "Security: update OpenSSL" and rec.rows[1].cells[1] == "2026-10-14"
    assert R.holding([rec], "Faster PDF rendering").value == "4.9.1"


def test_an_agenda_reads_entries_by_their_times_with_titles_on_the_next_line() -> None:
    from seeingeye.agents.histories import agenda

    lines = [_at("Appointments", 10, 0), _at("- 09:00 -> 09:30", 2, 1), _at("Stand-up with platform team", 4, 2),
             _at("- 13:00 -> 14:00", 2, 4), _at("Lunch with Pablo", 4, 5), _at("17:30 Dentist", 2, 7)]
    rec = agenda(_visual_rows(_sir_of(lines).by_kind("text")))
    assert rec is not None
    assert [r.cells for r in rec.rows] == [["09:00", "09:30", "Stand-up with platform team"],
                                          ["13:00", "14:00", "Lunch with Pablo"], ["17:30", "", "Dentist"]]
    assert rec.label(rec.rows[2]) == "Dentist" and rec.columns[0].type == "time"
    assert agenda(_visual_rows(_sir_of([_at("Total 12:00", 0, 0)]).by_kind("text"))) is None  # one time: no agenda


def test_a_menu_bar_in_words_is_no_header_of_the_columns_below() -> None:
    from seeingeye.agents.columns import header_columns

    body = [("e3e34ca", "2025-10-28", "Kwame Mensah", "Drop legacy routes"),
            ("738c5c2", "2025-10-26", "Kwame Mensah", "Add rate limiter"),
            ("463a30b", "2025-10-13", "Sofia Rossi", "Bump pydantic")]
    menu = [_at("File", 1, 0), _at("Actions", 6, 0), _at("Edit", 14, 0), _at("View", 19, 0), _at("Help", 24, 0)]
    rows = [_at(f"{h}  {d}  {who:<15} {msg}", 0, i + 1) for i, (h, d, who, msg) in enumerate(body)]
    mono = [ln.model_copy() for ln in menu + rows]
    sir = _sir_of(mono)
    for e in sir.evidence:
        e.attrs["mono"] = True  # read on a terminal's page
    assert header_columns(_visual_rows(sir.by_kind("text"))) is None
    headed = [_at("Filesystem  Size  Used  Mounted on", 0, 0), _at("/dev/sda1   916G  183G  /home", 0, 1),
              _at("/dev/sdb1   234G  110G  /var/lib", 0, 2), _at("tmpfs       3.2G  1.7G  /run", 0, 3)]
    sir = _sir_of(headed)
    for e in sir.evidence:
        e.attrs["mono"] = True
    rec = header_columns(_visual_rows(sir.by_kind("text")))
    assert rec is not None and [c.name for c in rec.columns][:3] == ["Filesystem", "Size", "Used"]
    assert rec.rows[0].cells[:3] == ["/dev/sda1", "916G", "183G"]
