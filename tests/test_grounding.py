"""Answers grounded in what the image prints, quantities asked with "how many", entries read across a strip,
file lists with their sizes last, and the small repairs of OCR and of the question's spelling."""

from __future__ import annotations

import numpy as np
import pytest
from records_util import add_lines, bare_sir

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_extremes as RX
from seeingeye.agents import record_positions as RP
from seeingeye.agents import records as R
from seeingeye.agents.cues import correct_typos
from seeingeye.agents.extract import Candidate, candidates
from seeingeye.agents.grounding import ground
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.solve_counts import quantity_of
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.ocr import _fix_glyphs
from seeingeye.tools.ocr_engine import estimate_glyph_height


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


def test_a_tools_own_label_is_never_an_answer() -> None:
    sir = bare_sir()
    add_lines(sir, ["Undo", "Basic", "3095-5~2", "3070"])
    qa = analyse("what's the result of the last calculation?")
    invented = Candidate("links in the navigation bar (top menu items)", 0.9, True, [], "records")
    read = Candidate("3070", 0.5, True, [], "line")
    counted = Candidate("2 checked boxes", 0.5, True, [], "count_objects")
    kept = ground(qa, sir, [invented, read, counted])
    assert [c.answer for c in kept] == ["3070", "2 checked boxes"]  # a count is computed, not read
    assert read.extra["grounded"] == 1.0


def test_how_much_of_a_candidate_repeats_the_question() -> None:
    sir = bare_sir()
    add_lines(sir, ["Electricity use, last 6 months", "Jan 412", "Feb 390"])
    qa = analyse("Which month had the highest electricity usage?")
    echo, month = Candidate("Electricity use, last 6 months", 0.5, True, [], "line"), Candidate("Jan", 0.4, True, [],
                                                                                                   "cell")
    ground(qa, sir, [echo, month])
    assert echo.extra["echo"] >= 0.5 > month.extra["echo"]


def test_real_words_are_not_taken_for_slips() -> None:
    assert correct_typos("Which test was the slowest?") == "Which test was the slowest?"
    assert "sailing" in correct_typos("when does the last sailing get in")
    assert correct_typos("how many lsted items") == "how many listed items"


def test_how_many_asks_a_named_rows_quantity(m: Matcher) -> None:
    sir = bare_sir()
    rows = [["1", "Weather station", "33", "A$284.00"], ["2", "Solar pump", "22", "A$69.00"],
            ["3", "Shade cloth 50%", "35", "A$253.00"]]
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": ["#", "Item", "Qty", "Unit"], "rows": rows}),
            source="table", round=1)
    cand = quantity_of(analyse("how many units of Shade cloth 50% are we ordering?"), sir, m)
    assert cand is not None and cand.answer == "35"
    assert quantity_of(analyse("how many products are there?"), sir, m) is None  # a tally, not a quantity


def test_a_strip_of_days_over_figures_reads_as_entries(m: Matcher) -> None:
    sir = bare_sir()
    rows = [["Mon", "Tue", "Wed", "Thu"], ["12°", "21°", "11°", "14°"], ["50%", "45%", "90%", "0%"]]
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": rows[0], "rows": rows[1:]}), source="table",
            round=1)
    assert RX.arg_extreme(R.build(sir), "chance of rain", "max", m).value == "Wed"
    assert RX.arg_extreme(R.build(sir), "temperature", "min", m).value == "Wed"


def test_a_file_list_with_sizes_last_and_a_mode_ocr_cut(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["boat_log.csv  17.1 K", "crew_roster.txt  32.8 K", "sample_index.log  42.1 K", "notes.md  9.3 K"])
    assert RX.arg_extreme(R.build(sir), "the biggest file", "max", m).value == "sample_index.log"
    sir = bare_sir()
    add_lines(sir, ["rW-r--r-- 1 root root 41.9K 2026-03-20 14:36 a.txt",
                    "-rw-r--r-- 1 root root 2.1K 2026-03-21 09:00 b.txt"])
    assert RX.arg_extreme(R.build(sir), "largest", "max", m).value == "a.txt"


def test_a_superlative_measures_the_size_not_the_column_its_words_name(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["REPOSITORY   TAG         IMAGE ID       SIZE", "redis        7.2         c7ac416bb154   734MB",
                    "myapp/api    3.12-slim   c58f1f744ebf   1.37GB", "nginx        1.27        057838262c02   582MB"])
    assert RX.arg_extreme(R.build(sir), "docker image is the biggest one", "max", m).value == "myapp/api"


def test_a_badge_pairs_its_words_without_a_colon(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["quillmark", "version 0.11.3", "license MIT", "Fast tide-table parsing for harbour apps."])
    found = candidates(sir, m, "license is it under", "text")
    assert "MIT" in [c.answer for c in found]


def test_ocr_repairs_a_file_extension_but_not_a_version() -> None:
    assert _fix_glyphs("sample_index.1og") == "sample_index.log"
    assert _fix_glyphs("release 0.1dev") == "release 0.1dev"
    assert _fix_glyphs("song.mp3") == "song.mp3"


def test_small_print_sets_the_scale_beside_big_print_and_barcode_bars() -> None:
    img = np.full((400, 600, 3), 255, np.uint8)
    for k in range(60):  # tall barcode bars
        img[250:330, 20 + 9 * k : 23 + 9 * k] = 0
    for k in range(40):  # small glyphs, 9 px tall
        img[40:49, 20 + 12 * k : 26 + 12 * k] = 0
    for k in range(8):  # big glyphs, 40 px tall
        img[100:140, 20 + 40 * k : 45 + 40 * k] = 0
    h = estimate_glyph_height(img)
    assert h is not None and h <= 9 * 18 / 8 + 1  # small print stays above the detector's floor


def test_a_label_with_its_value_is_not_read_as_the_answer(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["SHIP TO", "NAIROBI"])
    sir.add(EvidenceDraft(kind="text", value="WEIGHT", box=Box(x0=90, y0=260, x1=150, y1=272)), source="ocr", round=1)
    sir.add(EvidenceDraft(kind="text", value="3.7 kg", box=Box(x0=90, y0=276, x1=140, y1=294)), source="ocr", round=1)
    sir.add(EvidenceDraft(kind="key_value", label="WEIGHT", value="3.7 kg", box=Box(x0=90, y0=276, x1=140, y1=294)),
            source="stacked", round=1)
    found = sorted(candidates(sir, m, "weight of the parcel", "text"), key=lambda c: -c.match)
    assert found[0].answer == "3.7 kg"


def _at(sir, text: str, x: float, y: float, h: float = 14) -> None:  # type: ignore[no-untyped-def]
    sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 7 * len(text), y1=y + h)), source="ocr",
            round=1)


def test_a_chat_reads_as_messages_with_sender_and_time(m: Matcher) -> None:
    sir = bare_sir()
    _at(sir, "Joaquín Adeyemi", 30, 15, 22)
    for k, (text, mine, time) in enumerate([("any damage?", True, "10:00"), ("one vial cracked", False, "10:02"),
                                            ("ok log it pls", True, "10:10"), ("sure thing", False, "10:27")]):
        y = 120 + 90 * k
        x = 700 if mine else 20
        _at(sir, text, x, y)
        _at(sir, time, x + 7 * len(text) - 30 if mine else x, y + 22, 10)
    chat = next(r for r in R.build(sir) if r.kind == "chat")
    assert [row.cells for row in chat.rows][1] == ["one vial cracked", "Joaquín Adeyemi", "10:02"]
    assert chat.rows[0].cells[1].startswith("me")
    assert RP.nth(R.build(sir), "last", None, m, "text", where="Joaquín").value == "sure thing"


def test_a_month_calendar_reads_days_weekdays_and_events(m: Matcher) -> None:
    sir = bare_sir()
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for k, d in enumerate(days):
        _at(sir, d, 60 + 120 * k, 80)
    for day in range(1, 31):
        slot = day + 1  # the 1st is a Wednesday
        col, row = slot % 7, slot // 7
        _at(sir, str(day), 25 + 120 * col, 120 + 80 * row)
        if day in (1, 21):
            _at(sir, "Yoga" if day == 1 else "Grant deadline", 25 + 120 * col, 142 + 80 * row)
    recs = R.build(sir)
    assert R.lookup(recs, "1", "weekday (day of the week)", m).value == "Wednesday"
    assert R.lookup(recs, "21", "events", m).value == "Grant deadline"


def test_steps_dated_after_their_names_and_dates_without_a_year(m: Matcher) -> None:
    from seeingeye.agents.types import spans

    assert spans("Packed Nov 5", "date") == ["Nov 5"] and spans("may 12 items", "date") == []
    sir = bare_sir()
    add_lines(sir, ["Order #807653", "Order placed Nov 3", "Packed Nov 5", "Shipped Nov 6", "In transit"])
    assert R.lookup(R.build(sir), "Packed", "date", m).value == "Nov 5"


def test_an_http_status_line_gives_its_code_and_a_ps_listing_its_commands(m: Matcher) -> None:
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.pairs import status_lines

    line = OcrLine(text="HTTP/1.1 404 Not Found", box=Box(x0=0, y0=0, x1=200, y1=14), confidence=0.99)
    facts = status_lines([line], set())
    assert [(f.label, f.value) for f in facts][0] == ("HTTP status code (response status)", "404")
    sir = bare_sir()
    rows = [["ana", "3959", "42.4", "redis-server *:6379"], ["www-data", "3324", "79.9", "nginx: worker process"],
            ["ana", "18347", "58.8", "java -jar kafka.jar"]]
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": ["USER", "PID", "%CPU", "COMMAND"],
                                                               "rows": rows}), source="table", round=1)
    assert RX.arg_extreme(R.build(sir), "process is eating the most cpu", "max", m).value == "nginx: worker process"


def test_bold_rows_are_told_from_regular_ones_and_counted_as_unread() -> None:
    from draw_util import font
    from PIL import Image, ImageDraw

    from seeingeye.tools import Engines, ToolContext
    from seeingeye.tools.ocr import lines_to_evidence, read_lines

    img = Image.new("RGB", (760, 420), "white")
    d = ImageDraw.Draw(img)
    rows = [("Sofia Castillo", "Flight change", True), ("Priya Haddad", "Re: lab rota", False),
            ("Olumide Castillo", "Quick question", False), ("Lucia Vasquez", "Minutes from Tuesday", True),
            ("Yara Ferreira", "Photos from the trip", True), ("Kenji Costa", "Welcome aboard", False),
            ("Emeka Mbeki", "Security alert", False)]
    for k, (who, subject, unread) in enumerate(rows):
        f = font(18, bold=unread)
        d.text((20, 20 + 52 * k), who, font=f, fill="black")
        d.text((300, 20 + 52 * k), subject, font=f, fill="black")
        d.text((640, 20 + 52 * k), f"{9 + k}:{10 + 3 * k}", font=f, fill="black")
    ctx = ToolContext(img, Engines())
    sir = bare_sir()
    for draft in lines_to_evidence(read_lines(ctx)):
        sir.add(draft, source="ocr", round=1)
    heavy = {e.value for e in sir.by_kind("text") if e.attrs.get("bold")}
    assert "Lucia Vasquez" in heavy and "Priya Haddad" not in heavy
    counted = RC.count_matching(R.build(sir), "unread emails", Matcher())
    assert counted is not None and counted[0] == 3


def test_a_sure_question_of_a_printed_form_is_answered_in_that_form() -> None:
    from seeingeye.agents.ranking import typed_first

    cands = [Candidate("7%", 0.6, False, [], "key_value"), Candidate("Total", 0.5, True, [], "line"),
             Candidate("11:06", 0.4, True, [], "line")]
    probs = [0.5, 0.3, 0.2]
    typed_first(cands, probs, "time", 0.8)
    assert [c.answer for c in cands] == ["11:06", "7%", "Total"] and probs == [0.2, 0.5, 0.3]
    unsure = [Candidate("7%", 0.6, False, [], "key_value"), Candidate("11:06", 0.4, True, [], "line")]
    typed_first(unsure, [], "time", 0.5)  # the type model is not sure: nothing moves
    assert unsure[0].answer == "7%"
    branch = [Candidate("main", 0.6, True, [], "records"), Candidate("98b50f0", 0.4, True, [], "line")]
    typed_first(branch, [], "code", 0.9)  # a code has no one printed form
    assert branch[0].answer == "main"


def test_a_code_printed_in_groups_is_one_code_and_ids_a_digit_apart_do_not_match() -> None:
    from seeingeye.agents.match import token_match
    from seeingeye.agents.types import spans

    assert spans("TP 541", "code") == ["TP 541"]
    assert spans("3613 5188 6595", "code") == ["3613 5188 6595"]
    assert spans("1Z 507 916 86 3766 3333", "code") == ["1Z 507 916 86 3766 3333"]
    assert spans("08/27", "code") == []  # a month and year (an expiry), not a code
    assert spans("11 FEB 2025", "code") == ["2025"]  # a date's words are no groups of a code
    assert token_match("1699621", "1699628") == 0.0  # two ids a digit apart are two entries
    assert token_match("quantiy", "quantity") == 0.8  # a word OCR slipped on is still the word
