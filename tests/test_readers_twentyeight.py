"""A histogram's bins said with the unit of their axis, totals over the bins a question bounds, and a
duration scored as printed. Invented data only."""

from __future__ import annotations

import io
import math

import pytest
from PIL import ImageFont

from seeingeye.agents.bounds import bin_range, figure_bounds
from seeingeye.eval.scoring import score


@pytest.mark.parametrize(("phrase", "bounds"), [
    ("parcels weighing between 2 and 6 kg", (2.0, 6.0)),
    ("hikes of 12 km or more", (12.0, math.inf)),
    ("calls lasting at least 15 minutes", (15.0, math.inf)),
    ("loaves that took under 3 hours", (-math.inf, 3.0)),
    ("tickets for 8-12", (8.0, 12.0)),
    ("visitors in 2023", None),  # a year is no bound
    ("the 4 slowest", None),
])
def test_bounds_a_question_sets(phrase: str, bounds: tuple[float, float] | None) -> None:
    assert figure_bounds(phrase) == bounds


def test_bin_edges_are_read_from_a_label() -> None:
    assert bin_range("15-20 km") == (15.0, 20.0)
    assert bin_range("2.5–5") == (2.5, 5.0)
    assert bin_range("Week 12") is None


def test_a_duration_scores_as_printed() -> None:
    assert score("2h 05m", "2h 05m", "time")
    assert not score("2h 50m", "2h 05m", "time")
    assert score("07:40", "07:40", "time")


def _histogram() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8.5, 4.8), dpi=100)
    edges = [0, 5, 10, 15, 20, 25]
    counts = [12, 31, 26, 9, 4]
    bars = ax.bar(edges[:-1], counts, width=5, align="edge", color="#c06030", edgecolor="black")
    ax.bar_label(bars)
    ax.set_xticks(edges)
    ax.set_xlabel("Ride length (km)")
    ax.set_ylabel("Rides")
    ax.set_title("Bike share rides last Sunday")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def test_a_histogram_answers_ranges_with_their_unit_and_totals_over_bounds() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    image = _histogram()
    assert eye.ask(image, "what ride distance band is the most frequent one").answer == "5-10 km"
    assert eye.ask(image, "how many rides were 15 km or longer").answer == "13"
    assert eye.ask(image, "rides between 5 and 15 km - how many?").answer == "57"


def _lines(rows: list[tuple[str, float, float, float]]) -> list:
    from seeingeye.sir import Box
    from seeingeye.tools.ocr import OcrLine

    return [OcrLine(text=t, box=Box(x0=x, y0=y, x1=x1, y1=y + 16), confidence=0.95) for t, x, y, x1 in rows]


@pytest.mark.parametrize(("summary", "passed", "failed"), [
    ("73 tests, 4 failures", 69, 4),  # ExUnit
    ("120 examples, 3 failures, 2 pending", 115, 3),  # RSpec
    ("Tests: 51, Assertions: 140, Failures: 5.", 46, 5),  # PHPUnit, after its prose "There were 5 failures:"
])
def test_a_runner_summary_that_counts_tests_and_failures_gives_the_passed(summary: str, passed: int,
                                                                          failed: int) -> None:
    from seeingeye.tools.testrun import read_testrun

    rows = [("There were 5 failures:", 10, 10, 200)] if "Tests:" in summary else []
    drafts = read_testrun(_lines([*rows, (summary, 10, 40, 400)]))
    got = {d.label: d.value for d in drafts if d.kind == "number"}
    assert got["number of passed tests"] == str(passed)
    assert got["number of failed tests"] == str(failed)


def test_a_status_bar_reads_no_tally_across_a_comma() -> None:
    from seeingeye.sir import Box
    from seeingeye.tools.chrome import status_facts

    facts = status_facts("Rows: 18, Columns: 6", Box(x0=0, y0=0, x1=300, y1=20))
    assert not [f for f in facts if f.kind == "number" and f.value == "18"]  # no "18 Columns"


def test_a_counter_printed_under_a_progress_bar_tells_what_is_left() -> None:
    from PIL import Image, ImageDraw

    from seeingeye import SeeingEye

    img = Image.new("RGB", (560, 220), (236, 236, 236))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 15)
    d.text((20, 20), "Now copying lake_0412.raw", fill="black", font=font)
    d.rectangle((20, 50, 540, 68), fill=(200, 200, 200))
    d.rectangle((20, 50, 20 + int(520 * 61 / 150), 68), fill=(40, 110, 200))
    d.text((20, 78), "61 of 150 frames copied", fill="black", font=font)
    answer = SeeingEye().ask(img, "how many frames are left to copy?").answer
    assert answer == "89"


def _page(rows: list[tuple[int, int, str]], size: tuple[int, int] = (640, 300)) -> object:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 17)
    for x, y, text in rows:
        d.text((x, y), text, fill="black", font=font)
    return img


def test_a_rate_per_unit_is_the_printed_rate_or_the_total_over_the_units() -> None:
    from seeingeye import SeeingEye

    eye = SeeingEye()
    shared = _page([(20, 20, "Harbour Lodge"), (20, 60, "Deluxe twin, garden side"), (20, 95, "4 nights"),
                    (20, 140, "Stay total"), (420, 140, "NOK 7,360"), (20, 175, "City tax"), (420, 175, "NOK 120")])
    assert eye.ask(shared, "what does the room come to per night?").answer.replace(",", "") in ("1840", "NOK 1840")
    printed = _page([(20, 20, "Price details"), (20, 60, "€64.00 x 5 nights"), (420, 60, "€320.00"),
                     (20, 95, "Cleaning fee"), (420, 95, "€35.00"), (20, 130, "Total"), (420, 130, "€355.00")])
    assert eye.ask(printed, "how much per night?").answer == "€64.00"


@pytest.mark.parametrize(("line", "name"), [
    ("R Tove Brand <tove.brand@skerry.no> Minutes from Tuesday", "Tove Brand"),
    ("okko-lind wants to merge 2 commits into main from okko-lind/retry-queue", "okko-lind"),
    ("pjarvi wants to merge 7 commits into release from pjarvi/cache-warmup", "pjarvi"),
    ("Marta Quist approved these changes on 4 May", "Marta Quist"),
    ("The Saltwater Choir", "The Saltwater Choir"),  # short: a band's name as it is
])
def test_a_person_is_said_by_name_not_by_the_line_it_leads(line: str, name: str) -> None:
    from seeingeye.agents.person_answer import person_only

    assert person_only(line) == name


@pytest.mark.parametrize("stems", [True, False])
def test_a_lollipop_or_dot_chart_reads_as_one_value_per_marker(stems: bool) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from PIL import Image

    from seeingeye import SeeingEye
    from seeingeye.tools.base import ToolContext
    from seeingeye.tools.chart import read_chart
    from seeingeye.tools.ocr import read_lines

    names = ["Hoorn", "Delft", "Zwolle", "Breda", "Assen", "Venlo"]
    values = [38, 71, 55, 24, 62, 47]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
    if stems:
        ax.hlines(names, 0, values, color="#8899aa", linewidth=2)
    ax.plot(values, names, "o", markersize=13, color="#2a9d8f")
    for v, n in zip(values, names, strict=True):
        ax.annotate(str(v), (v, n), xytext=(10, -5), textcoords="offset points", fontsize=12)
    ax.set_xlim(0, 90)
    ax.set_title("Ferry crossings cancelled per town")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    image = Image.open(buf).convert("RGB")
    lines = read_lines(ToolContext(image, SeeingEye().engines))
    reading = read_chart(np.asarray(image), lines)
    assert reading is not None and reading.chart == "dot"
    (points,) = reading.series.values()
    assert {p.x: p.value for p in points} == dict(zip(names, map(float, values), strict=True))


def test_a_mail_listing_is_read_by_sender_and_subject() -> None:
    from seeingeye.agents.mail_lines import mail_lines
    from seeingeye.sir import Box, Evidence

    printed = ["Thu Jun 11 08:02:00 2026 N  Ilse Marr <ilse.marr@tarnwood.eu> Boiler service slot",
               "Tue Jun  9 17:45:00 2026 S  Joaquin Ros <j.ros@velarde.es> Re: gutter quote",
               "Mon Jun  8 09:10:00 2026 FS Ilse Marr <ilse.marr@tarnwood.eu> Keys for the flat",
               "Fri Jun  5 21:30:00 2026 S  Pavel Dusek <pavel@dusek.cz> Bike for sale"]
    rows = [[Evidence(id=f"e{k}", kind="text", value=t, source="ocr", round=1, confidence=0.9,
                      box=Box(x0=0, y0=20 * k, x1=600, y1=20 * k + 16))] for k, t in enumerate(printed)]
    rec = mail_lines(rows)
    assert rec is not None
    names = [c.name for c in rec.columns]
    assert names == ["date", "flags", "from (sender)", "address", "subject"]
    assert [r.cells[2] for r in rec.rows] == ["Ilse Marr", "Joaquin Ros", "Ilse Marr", "Pavel Dusek"]
    assert rec.rows[2].cells[1] == "FS" and rec.rows[1].cells[4] == "Re: gutter quote"


def test_a_storage_bar_tells_what_is_left_in_any_language() -> None:
    from PIL import Image, ImageDraw

    from seeingeye import SeeingEye

    img = Image.new("RGB", (520, 160), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 16)
    d.text((20, 20), "Speicher: 41.2 GB von 64 GB", fill="black", font=font)
    d.rectangle((20, 55, 500, 70), fill=(215, 215, 215))
    d.rectangle((20, 55, 20 + int(480 * 41.2 / 64), 70), fill=(220, 60, 60))
    facts = {e.label: e.value for e in SeeingEye().read(img).by_kind("key_value")}
    assert facts.get("amount left, remaining, still free (Speicher: 41.2 GB von 64 GB)") == "22.8 GB"


def test_the_entry_before_or_after_one_in_a_history_listed_latest_first() -> None:
    from seeingeye.agents.question import analyse
    from seeingeye.agents.record_positions import following, newest_first
    from seeingeye.agents.tabular import Row, make_records

    rec = make_records("log", ["commit hash", "date", "message"], [
        Row(["9f1c2aa", "2026-05-20", "Tidy the wharf loader"], ["e1"]),
        Row(["44be019", "2026-05-18", "Add tide offsets"], ["e2"]),
        Row(["d07c3f1", "2026-05-11", "Start the wharf loader"], ["e3"])])
    assert rec is not None and newest_first(rec)
    later = analyse('what got committed after "Add tide offsets"')
    earlier = analyse('what came before "Add tide offsets"?')
    assert not later.backward and later.in_time and earlier.backward
    assert following([rec], "Add tide offsets", step=1, in_time=True).row.cells[2] == "Tidy the wharf loader"
    assert following([rec], "Add tide offsets", step=-1, in_time=True).row.cells[2] == "Start the wharf loader"
    assert following([rec], "Add tide offsets", step=1).row.cells[2] == "Start the wharf loader"  # as listed


def test_a_fold_mark_before_a_definition_hides_no_function() -> None:
    from seeingeye.tools.gutter import function_name

    assert function_name("▸ def load_berths(path):") == "load_berths"
    assert function_name("● fn parse_tide(s: &str) -> Tide {") == "parse_tide"


def test_a_field_grid_with_a_button_column_reads_its_first_row_as_a_field() -> None:
    from PIL import Image, ImageDraw

    from seeingeye import SeeingEye

    img = Image.new("RGB", (760, 330), (246, 246, 246))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("DejaVuSans.ttf", 15)
    fields = [("Title", "Copper Kettle"), ("Composer", "Ada Wren"), ("Album", "Tin Lanterns"),
              ("Year", "2019"), ("Mood", "Calm")]
    d.rectangle((20, 20, 560, 20 + 34 * len(fields)), fill="white", outline=(160, 160, 160))
    for k, (label, value) in enumerate(fields):
        y = 20 + 34 * k
        d.line((20, y, 560, y), fill=(200, 200, 200))
        d.line((190, y, 190, y + 34), fill=(200, 200, 200))
        d.text((30, y + 8), label, fill="black", font=font)
        d.text((200, y + 8), value, fill="black", font=font)
    for k, name in enumerate(["Revert", "Copy", "Paste", "Clear", "Remove"]):
        y = 22 + 34 * k
        d.rectangle((590, y, 720, y + 28), fill=(230, 230, 230), outline=(120, 120, 120))
        d.text((620, y + 5), name, fill="black", font=font)
    from seeingeye.agents.record_sources import build

    eye = SeeingEye()
    assert eye.ask(img, "mood").answer == "Calm"
    grids = [r for r in build(eye.read(img)) if r.kind == "table"]
    assert grids and all(len(r.columns) == 2 for r in grids)  # the buttons' column dropped
    assert ["Title", "Copper Kettle"] in [row.cells for row in grids[0].rows]  # the first row is a field


def test_a_receipt_amount_with_its_tax_group_is_money_not_bytes() -> None:
    from seeingeye.agents.tabular import cell_type
    from seeingeye.agents.types import spans

    assert cell_type("41,80 B") == "money" and cell_type("7.25 A") == "money"
    assert cell_type("512 B") == "size"  # bytes come whole
    assert spans("9 Load_Cycle_Count 0x0032 088 088 000 Old_age - 24117", "number")[-1] == "24117"
    assert "0" not in spans("lsof 311 pg 7u IPv4 0x0032 0t0 TCP *:6432", "number")


def test_a_receipt_with_tax_groups_finds_its_dearest_line() -> None:
    from seeingeye import SeeingEye

    items = [("2 BUC X 6,40", "Iaurt grecesc 400g", "12,80 B"), ("1 BUC X 44,90", "Ulei masline 1L", "44,90 A"),
             ("3 BUC X 4,10", "Apa plata 2L", "12,30 A"), ("1 BUC X 27,15", "Branza telemea", "27,15 B")]
    rows = [(120, 20, "LA DOI PASI SRL")]
    y = 70
    for qty, name, amount in items:
        rows += [(20, y, qty), (20, y + 22, name), (330, y + 22, amount)]
        y += 50
    rows += [(20, y + 10, "TOTAL"), (330, y + 10, "97,15")]
    image = _page(rows, size=(460, y + 60))
    assert SeeingEye().ask(image, "which purchase cost me the most?").answer == "Ulei masline 1L"


def test_a_figure_after_an_abbreviations_stop_is_a_figure() -> None:
    from seeingeye.textutil import parse_number

    assert parse_number("Rs.12,480") == 12480 and parse_number("Nr.17") == 17
    assert parse_number(".5") is None and parse_number("(.75)") is None  # a stop after no word is a decimal point
    assert parse_number("4.25") == 4.25


def test_ctest_results_are_read_by_test_name_without_their_counter() -> None:
    from seeingeye.agents.record_cleanup import counted, without_count
    from seeingeye.tools.testrun import read_testrun

    printed = ["1/4 Test #1: lex_basic ........   Passed    0.21 sec",
               "2/4 Test #2: vm_gc ............***Failed    3.02 sec",
               "3/4 Test #3: vm_jit ...........   Passed    1.10 sec",
               "4/4 Test #4: repl_smoke .......***Timeout  60.00 sec"]
    facts = {d.label: d.value for d in read_testrun(_lines([(t, 10, 20 * k, 560) for k, t in enumerate(printed)]))}
    assert facts["vm_gc"] == "failed" and facts["lex_basic"] == "passed" and facts["repl_smoke"] == "failed"
    assert counted(printed) and without_count(printed[1]).startswith("vm_gc")


def test_figures_a_line_names_in_words_are_pairs_and_a_unit_counted_of_a_named_row() -> None:
    from seeingeye import SeeingEye
    from seeingeye.tools.pairs import said_is

    found = {d.label: d.value for d in said_is(_lines([("sent 1,204 bytes  throughput is 88.2 MB/s", 0, 0, 500),
                                                        ("It is 3 times faster; the exit status was 2.", 0, 30, 500)]),
                                               set())}
    assert found == {"throughput": "88.2 MB/s", "the exit status": "2"}
    image = _page([(20, 20, "Backup summary:"), (20, 50, "   copied: 1,240 files in 3 folders"),
                   (20, 80, "   skipped: 17 files in 1 folders"),
                   (20, 110, "   failed: 2 files in 1 folders")], size=(640, 160))
    assert SeeingEye().ask(image, "how many files were skipped?").answer == "17"


def test_a_name_ocr_misread_by_a_lookalike_glyph_is_the_same_name() -> None:
    from seeingeye.agents.records import same_name

    assert same_name("report_ql.pdf", "report_q1.pdf") and same_name("LOG0", "logo")
    assert not same_name("report_q2.pdf", "report_q1.pdf")


def test_wc_figures_are_named_lines_by_the_command_over_them() -> None:
    from seeingeye import SeeingEye

    rows = [(10, 10, "me@box:~/data$ wc -l *.tsv"), (10, 34, "  512 ferries.tsv"), (10, 58, " 2048 tides.tsv"),
            (10, 82, "  731 ports.tsv"), (10, 106, " 3291 total"), (10, 130, "me@box:~/data$")]
    image = _page(rows, size=(520, 170))
    assert SeeingEye().ask(image, "the tsv with the highest line count?").answer == "tides.tsv"



def test_a_column_of_clock_figures_under_an_icon_is_a_length() -> None:
    from seeingeye.agents.tabular import Row, make_records

    rec = make_records("table", ["#", "Title", "⏱"], [Row(["1", "Dune Road", "6:40"], ["e1"]),
                                                       Row(["2", "Salt Marsh", "7:05"], ["e2"]),
                                                       Row(["3", "Pier Lamps", "2:53"], ["e3"])])
    assert rec is not None and rec.columns[2].type == "number" and "duration" in (rec.columns[2].measure or "")
    timed = make_records("table", ["Stop", "Departs"], [Row(["Quay", "6:40"], ["e1"]), Row(["Mill", "7:05"], ["e2"]),
                                                        Row(["Fort", "8:53"], ["e3"])])
    assert timed is not None and timed.columns[1].type == "date"  # a named column of times stays times


def test_a_question_led_by_when_asks_for_a_point_in_time() -> None:
    from seeingeye.agents.question import analyse

    assert analyse("when was the earliest photo in this folder taken").answer_type in ("date", "time")
    # (the classifier's first guess for this one is a name: the question's "when" says otherwise)
    assert analyse("when was the biggest file modified?").answer_type in ("date", "time")


def test_where_a_tool_put_something_is_said_by_its_path() -> None:
    from seeingeye.agents.path_answer import path_only
    from seeingeye.agents.question import analyse

    said = "Your identification has been saved in /home/ines/.ssh/id_rsa"
    assert analyse("where did the key end up?").where and not analyse("what did it print").where
    assert path_only(said) == "/home/ines/.ssh/id_rsa"
    assert path_only("Meetup · Harbour Hall · 4 May") == "Meetup · Harbour Hall · 4 May"


def test_a_why_question_looks_for_the_reason_given() -> None:
    from seeingeye import SeeingEye

    image = _page([(20, 20, "CREDIT NOTE  CN-0931"), (20, 60, "Reason: wrong size delivered"),
                   (20, 100, "Total credited: -84,00")], size=(520, 150))
    assert SeeingEye().ask(image, "why did they credit me?").answer == "wrong size delivered"


def test_a_cells_lines_are_read_line_by_line_then_top_to_bottom() -> None:
    from seeingeye.sir import Box
    from seeingeye.tools.layout import _reading_order

    boxes = [Box(x0=90, y0=264, x1=210, y1=287), Box(x0=94, y0=251, x1=175, y1=268),  # artist under the title
             Box(x0=10, y0=195, x1=40, y1=213), Box(x0=45, y0=191, x1=148, y1=211)]  # "422" beside the name
    assert _reading_order([0, 1], boxes) == [1, 0]
    assert _reading_order([3, 2], boxes) == [2, 3]
