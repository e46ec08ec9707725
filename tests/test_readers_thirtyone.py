"""A header printed in two languages, a mail list's entries of today by their time alone, entries dated the same
day in a list's own order, a column named by one of the words it goes by, a fact box whose one value wraps onto
a second line, and a line printed with an amount of nothing. Invented data only."""

from __future__ import annotations

from seeingeye.agents import record_positions as RP
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.solve_exists import exists_candidates
from seeingeye.agents.tabular import Row, make_records
from seeingeye.sir import SIR, Box, Evidence, ImageFacts
from seeingeye.tools.pairs import _one_pitch
from seeingeye.tools.table import split_header


def test_a_header_printed_twice_in_two_languages_names_each_column_with_both() -> None:
    grid = [["Abfahrt", "Zug", "Gleis"], ["Departs", "Train", "Platform"],
            ["07:10", "RE 4521", "3"], ["07:40", "S 12", "1"], ["08:05", "IC 881", "5"]]
    header, body, printed, _ = split_header(grid)
    assert printed and header == ["Abfahrt Departs", "Zug Train", "Gleis Platform"]
    assert body[0] == ["07:10", "RE 4521", "3"] and len(body) == 3


def test_a_first_row_of_data_or_a_table_of_words_keeps_one_header() -> None:
    figures = [["Name", "Town", "Age"], ["Wilma", "Ystad", "31"], ["Odile", "Tjorn", "40"], ["Ada", "Brekke", "28"]]
    assert split_header(figures)[0] == ["Name", "Town", "Age"]
    words = [["Name", "Team"], ["Wilma", "Red"], ["Pieter", "Blue"], ["Ada", "Green"]]
    header, body, _, _ = split_header(words)
    assert header == ["Name", "Team"] and body[0] == ["Wilma", "Red"]


def _mail(received: list[str]) -> R.Records:
    rows = [Row([f"Sender {k}", f"Subject {k}", when], []) for k, when in enumerate(received)]
    rec = make_records("table", ["from", "subject", "received"], rows)
    assert rec is not None
    return rec


def test_a_time_alone_in_a_list_of_dates_is_today_and_newest() -> None:
    rec = _mail(["09:42", "3 Mar", "2 Mar", "28 Feb"])
    m = Matcher(use_embeddings=False)
    assert RP.nth([rec], "latest", None, m, "text").row.cells[0] == "Sender 0"
    assert RP.nth([rec], "earliest", None, m, "text").row.cells[0] == "Sender 3"


def test_of_entries_dated_the_same_day_the_lower_of_a_newest_first_list_is_older() -> None:
    rec = _mail(["5 Mar", "4 Mar", "2 Mar", "2 Mar"])
    m = Matcher(use_embeddings=False)
    assert RP.nth([rec], "earliest", None, m, "text").row.cells[0] == "Sender 3"
    assert RP.nth([rec], "latest", None, m, "text").row.cells[0] == "Sender 0"


def test_a_column_is_named_by_any_one_of_the_words_it_goes_by() -> None:
    rows = [Row(["Wilma", "Shelf audit"], []), Row(["Odile", "Crate returns"], [])]
    rec = make_records("table", ["name", "message (subject, description, title)"], rows)
    assert rec is not None
    assert R.names_column(rec, "subject", Matcher(use_embeddings=False))


def test_a_fact_box_keeps_its_pitch_when_one_value_wraps_onto_a_second_line() -> None:
    assert _one_pitch([100.0, 160.0, 201.0, 242.0, 283.0, 324.0], 16.0)  # the first value runs on one line more
    assert not _one_pitch([100.0, 160.0, 201.0, 261.0, 302.0, 343.0], 16.0)  # two such steps: not one box
    assert not _one_pitch([100.0, 141.0, 300.0, 341.0, 382.0], 16.0)  # a gap of many lines: two boxes


def _sir(pairs: list[tuple[str, str]]) -> SIR:
    facts = ImageFacts(width=400, height=400, original_width=400, original_height=400, sha256="0" * 64,
                       format="PNG", mode="RGB", frames=1)
    ev = [Evidence(id=f"e{k}", source="ocr", round=1, kind="key_value", label=a, value=b, confidence=0.9,
                   box=Box(x0=10, y0=20 * k, x1=300, y1=20 * k + 16)) for k, (a, b) in enumerate(pairs)]
    ev += [Evidence(id=f"t{k}", source="ocr", round=1, kind="text", value=f"{a}  {b}", confidence=0.9,
                    box=Box(x0=10, y0=20 * k, x1=300, y1=20 * k + 16)) for k, (a, b) in enumerate(pairs)]
    return SIR(question="q", image=facts, evidence=ev)


def test_a_line_printed_with_an_amount_of_nothing_is_no_charge() -> None:
    m = Matcher(use_embeddings=False)
    qa = analyse("any service fee on this payment?")
    assert exists_candidates(qa, _sir([("Service fee", "0.00"), ("Total", "41.20")]), m)[0].answer == "no"
    assert exists_candidates(qa, _sir([("Service fee", "1.50"), ("Total", "42.70")]), m)[0].answer == "yes"


def _piece(i: str, text: str, x0: float, y: float) -> Evidence:
    return Evidence(id=i, source="ocr", round=1, kind="text", value=text, confidence=0.9,
                    box=Box(x0=x0, y0=y, x1=x0 + 8 * len(text), y1=y + 14))


def test_a_list_views_names_of_two_words_each_head_the_cells_under_them() -> None:
    from seeingeye.agents.printed_tables import pieced as _pieced

    head = [_piece("h0", "Task Title", 10, 10), _piece("h1", "Owner", 200, 10), _piece("h2", "Peak Load", 320, 10)]
    rows = [head] + [[_piece(f"a{k}", job, 30, 40 + 24 * k), _piece(f"b{k}", who, 200, 40 + 24 * k),
                      _piece(f"c{k}", load, 330, 40 + 24 * k), _piece(f"d{k}", "MB", 380, 40 + 24 * k)]
                     for k, (job, who, load) in enumerate([("nightly-trim", "ops", "512"), ("glyphcache", "www", "96"),
                                                           ("spoolwatch", "ops", "2048")])]
    rec = _pieced(rows)
    assert rec is not None and [c.name for c in rec.columns][:3] == ["Task Title", "Owner", "Peak Load"]
    assert rec.rows[1].cells[:3] == ["glyphcache", "www", "96 MB"]


def test_of_two_readings_naming_the_column_as_well_the_fuller_one_ranks() -> None:
    from seeingeye.agents.record_extremes import arg_extreme

    part = make_records("table", ["name", "size"], [Row(["a.log", "2 MB"], []), Row(["b.log", "5 MB"], [])])
    whole = make_records("table", ["name", "size"], [Row(["a.log", "2 MB"], []), Row(["b.log", "5 MB"], []),
                                                     Row(["c.iso", "700 MB"], [])])
    assert part is not None and whole is not None
    assert arg_extreme([part, whole], "size", "max", Matcher(use_embeddings=False)).value == "c.iso"


def test_the_oldest_entry_comes_from_the_reading_that_dates_every_row() -> None:
    garbled = make_records("table", ["name", "when"], [Row(["x", "3 May 2025"], []), Row(["y", "1 Feb 2023"], []),
                                                       Row(["z", "kB"], [])])
    listing = make_records("table", ["name", "when"], [Row(["notes-v2.odt", "3 May 2025"], []),
                                                       Row(["old.txt", "2 Jan 2024"], []),
                                                       Row(["new.md", "9 Sep 2025"], [])])
    assert garbled is not None and listing is not None
    m = Matcher(use_embeddings=False)
    assert RP.nth([garbled, listing], "earliest", None, m, "text").value == "old.txt"


def test_a_rate_printed_after_a_name_is_no_part_of_it() -> None:
    from seeingeye.agents.solve import _RATE_AFTER

    assert _RATE_AFTER.sub("", "Solvik Fund (11,4%)") == "Solvik Fund"
    assert _RATE_AFTER.sub("", "Tier 2 (10%)") == "Tier 2 (10%)"  # a name ending in a figure keeps its rate


def test_a_login_under_a_column_of_accounts_is_a_person() -> None:
    from seeingeye.agents.chats import names_person

    rec = make_records("table", ["PID", "USER", "COMMAND"], [Row(["811", "jkowal", "rsync"], []),
                                                             Row(["812", "www-data", "nginx"], [])])
    assert rec is not None
    assert names_person(rec, 1, "jkowal") and not names_person(rec, 2, "rsync") and not names_person(rec, 0, "811")
    ledger = make_records("table", ["Date", "Account", "Amount"], [Row(["3 Mar", "Savings", "40.00"], []),
                                                                   Row(["4 Mar", "Checking", "12.50"], [])])
    assert ledger is not None and not names_person(ledger, 1, "Savings")  # a bank's account is no person


def test_a_threshold_over_a_chart_of_one_series_is_held_against_its_values() -> None:
    from seeingeye.agents.record_counts import count_beyond

    bars = make_records("chart", ["label", "value"], [Row([town, v], [f"p{k}"]) for k, (town, v) in enumerate(
        [("Rowan", "31.5"), ("Fennick", "12.0"), ("Tansy", "18.5"), ("Quarrybank", "7.0")])])
    assert bars is not None
    found = count_beyond([bars], "towns wait longer than 15 days", "15", True, Matcher(use_embeddings=False))
    assert found is not None and found[0] == 2


def test_a_name_running_on_under_a_centred_header_keeps_its_first_words() -> None:
    from seeingeye.agents.columns import _beside_list

    row = [("Larch", 20.0, 60.0), ("batten", 66.0, 106.0), ("4", 300.0, 308.0)]
    assert [t for t, _, _ in _beside_list(row, 120.0, 8.0)] == ["Larch", "batten", "4"]
    sidebar = [("Downloads", 5.0, 80.0), ("notes.txt", 200.0, 272.0), ("4 kB", 300.0, 332.0)]
    assert [t for t, _, _ in _beside_list(sidebar, 200.0, 8.0)] == ["notes.txt", "4 kB"]


def test_a_log_of_entries_led_by_pipe_parted_lines_is_one_row_per_entry() -> None:
    from seeingeye.agents.delimited import pipe_entries

    lines = ["-" * 40, "r31 | odile | 2025-02-03 10:00:00 +0000 (Mon, 03 Feb 2025) | 1 line", "",
             "Tighten retry backoff", "-" * 40, "r30 | bdaly | 2025-02-01 09:12:00 +0000 (Sat, 01 Feb 2025) | 1 line",
             "", "Add a snowmelt importer", "-" * 40, "me@box:~/repo$"]
    rows = [[_piece(f"l{k}", t, 4, 20 * k)] for k, t in enumerate(lines) if t]
    rec = pipe_entries(rows)
    assert rec is not None and rec.kind == "log" and len(rec.rows) == 2
    assert rec.rows[1].cells[0] == "r30" and rec.rows[1].cells[-1] == "Add a snowmelt importer"
    m = Matcher(use_embeddings=False)
    assert RP.nth([rec], "latest", None, m, "person").value == "odile"


def test_ticked_off_is_done_not_the_off_state() -> None:
    assert not analyse("how many chores are ticked off?").wants_off
    assert analyse("which heaters are switched off").wants_off


def test_every_run_of_delimited_rows_is_a_table_of_its_own() -> None:
    from seeingeye.agents.delimited import delimited_tables

    lines = ["me@box:~$ head -3 trips.csv", "town,driver,km", "Rowan,Ida,41", "Fennick,Ola,17",
             "me@box:~$ summarise trips.csv", "town,count(town),sum(km)", "Rowan,9,388", "Fennick,4,90", "me@box:~$"]
    found = delimited_tables([[_piece(f"l{k}", t, 4, 20 * k)] for k, t in enumerate(lines)])
    assert [[c.name for c in rec.columns] for rec in found] == [["town", "driver", "km"],
                                                                ["town", "count(town)", "sum(km)"]]


def test_times_between_dates_are_those_days_not_today() -> None:
    rec = _mail(["5 Mar", "21:10", "4 Mar", "08:02", "2 Mar"])
    assert RP.nth([rec], "latest", None, Matcher(use_embeddings=False), "text").row.cells[0] == "Sender 0"


def test_a_figure_cut_at_its_comma_names_its_row_whole() -> None:
    from seeingeye.agents.question import _row_column

    assert _row_column({"r": ["12"]}, None, "volume resting at 12,450.5 on the bid side?")[0] == "12,450.5"
    assert _row_column({"r": ["12"]}, None, "what is in row 12?")[0] == "12"
