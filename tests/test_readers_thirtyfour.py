"""The thirty-fourth session's readers: money in any country's signs, fields printed inline, a superlative's
implied column, the marks before a dashboard's changes, and the lines that report a problem."""

from __future__ import annotations

import numpy as np
import pytest
from draw_util import font
from PIL import Image, ImageDraw
from records_util import bare_sir

from seeingeye import SeeingEye
from seeingeye.agents.error_lines import error_probabilities, message_core
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.record_extremes import arg_extreme
from seeingeye.agents.solve import solve
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import spans
from seeingeye.currency_signs import signs
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.textutil import is_numeric_text, parse_number
from seeingeye.tools.change_marks import change_facts, direction
from seeingeye.tools.inline_fields import assigned_fields, listed_pairs, percentile_name
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.pairs import key_values


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


@pytest.mark.parametrize("text", ["Rp 45.000", "NT$ 320", "TSh 3,400", "RM 18.90", "₼ 7.25", "S/ 120.00", "ZQ$ 45.10"])
def test_an_amount_in_a_sign_from_the_world_list_is_money(text: str) -> None:
    assert spans(text, "money") == [text]


def test_words_that_are_also_currency_codes_stay_words() -> None:
    assert {"ALL", "TOP", "CUP"}.isdisjoint(signs())
    assert not spans("top 5 results", "money") and not spans("all 3 rows", "money")


def test_an_amount_glued_to_a_one_letter_sign_is_money_and_its_figure() -> None:
    assert spans("Rice 5kg  K31.75", "money") == ["K31.75"]
    assert parse_number("K31.75") == 31.75 and is_numeric_text("P12.40")
    assert parse_number("Q3 2024") == 2024.0  # (a quarter's letter and a year: no amount)


def test_inline_fields_are_named_by_their_line_and_key() -> None:
    assert assigned_fields("write: ops=3.2k, rate=88MB/s (92MB/s)") == [("write ops", "3.2k"), ("write rate", "88MB/s")]
    got = dict(assigned_fields("| 50.00th=[ 610], 95.00th=[ 2311]", "response percentiles (ms)"))
    assert got["response percentiles (ms) 95.00th (p95, 95th percentile)"] == "2311"
    assert "median" in next(k for k in got if k.endswith("median)"))
    assert assigned_fields("only=one field here") == []


def test_a_bracketed_list_of_names_pairs_with_the_figures_beside_it() -> None:
    pairs = dict(listed_pairs("Response", "[min, mean, 50, 95, max]", "2.1ms, 9.8ms, 7.7ms, 31ms, 402ms"))
    assert pairs["Response mean"] == "9.8ms" and pairs["Response 95 (p95, 95th percentile)"] == "31ms"
    assert listed_pairs("Bytes", "[total, mean]", "1, 2, 3") == []  # (lists of different lengths pair nothing)
    assert percentile_name("95") is None  # a bare figure is a percentile only among statistics' names


def test_a_superlative_orders_by_the_column_its_adjective_implies(m: Matcher) -> None:
    qa = analyse("which dish on this bill was the priciest?")
    assert qa.ordered_by == "money"
    rec = make_records("table", ["dish", "price"], [Row(["Soup", "€6.50"], ["a"]), Row(["Risotto", "€14.20"], ["b"]),
                                                    Row(["Salad", "€9.10"], ["c"])])
    assert rec is not None
    assert arg_extreme([rec], qa.target, "max", m, implied=qa.ordered_by).value == "Risotto"


def test_a_printed_mean_answers_the_mean(m: Matcher) -> None:
    lines = [OcrLine(text="Response", box=Box(x0=10, y0=10, x1=90, y1=24), confidence=0.9),
             OcrLine(text="[min, mean, max]", box=Box(x0=140, y0=10, x1=270, y1=24), confidence=0.9),
             OcrLine(text="2.1ms, 9.8ms, 402ms", box=Box(x0=400, y0=10, x1=560, y1=24), confidence=0.9),
             OcrLine(text="Checks", box=Box(x0=10, y0=30, x1=60, y1=44), confidence=0.9),
             OcrLine(text="[passed, failed]", box=Box(x0=140, y0=30, x1=270, y1=44), confidence=0.9),
             OcrLine(text="118, 4", box=Box(x0=400, y0=30, x1=450, y1=44), confidence=0.9)]
    sir = bare_sir()
    for ln in lines:
        sir.add(EvidenceDraft(kind="text", value=ln.text, box=ln.box), source="ocr", round=1)
    for d in key_values(lines):
        sir.add(d, source="ocr", round=1)
    assert solve(analyse("what was the mean response time"), sir, m)[0].answer == "9.8ms"


def _mask(rows: list[int]) -> np.ndarray:
    w = max(rows)
    return np.array([[abs(x - w // 2) <= r // 2 for x in range(w + 1)] for r in rows])


def test_a_triangle_points_to_its_narrow_end_and_an_arrow_to_its_head() -> None:
    assert direction(_mask([1, 3, 5, 7, 9, 11, 13])) == "up"
    assert direction(_mask([13, 11, 9, 7, 5, 3, 1])) == "down"
    assert direction(_mask([11, 11, 9, 3, 3, 3, 3, 3, 3])) == "up"  # ↑: the head on top of a stem
    assert direction(_mask([3, 3, 3, 3, 3, 3, 9, 11, 11])) == "down"
    assert direction(_mask([9, 9, 9, 9, 9, 9, 9])) is None  # a square is no mark


def _tile(up: bool) -> tuple[np.ndarray, list[OcrLine]]:
    img = Image.new("RGB", (320, 120), "white")
    d = ImageDraw.Draw(img)
    d.text((20, 14), "Sessions", fill=(90, 90, 90), font=font(16))
    d.text((20, 40), "48,210", fill="black", font=font(26))
    pts = [(20, 98), (34, 98), (27, 84)] if up else [(20, 84), (34, 84), (27, 98)]
    d.polygon(pts, fill=(30, 150, 60) if up else (200, 40, 40))
    d.text((42, 82), "6.1% vs last month", fill=(30, 150, 60) if up else (200, 40, 40), font=font(15))
    lines = [OcrLine(text="Sessions", box=Box(x0=20, y0=14, x1=95, y1=33), confidence=0.9),
             OcrLine(text="48,210", box=Box(x0=20, y0=40, x1=110, y1=70), confidence=0.9),
             OcrLine(text="6.1% vs last month", box=Box(x0=40, y0=81, x1=190, y1=100), confidence=0.9)]
    return np.asarray(img), lines


@pytest.mark.parametrize("up", [True, False])
def test_a_change_mark_says_which_way_the_metric_over_it_went(up: bool) -> None:
    arr, lines = _tile(up)
    facts = change_facts(arr, lines)
    assert [(f.attrs["metric"], f.value) for f in facts] == [("Sessions", "up" if up else "down")]


def test_a_change_mark_answers_which_way_a_named_metric_went(tmp_path) -> None:
    arr, _ = _tile(False)
    path = tmp_path / "tile.png"
    Image.fromarray(arr).resize((640, 240)).save(path)
    assert SeeingEye().ask(str(path), "are sessions rising or falling?").answer == "falling"


def test_a_message_is_quoted_without_where_it_was_raised() -> None:
    assert message_core("ledger.txt:40: #12: Overflow in column") == "Overflow in column"
    assert message_core("tool: invalid unit in size: '9Z'") == "invalid unit in size"
    assert message_core("Totals differ: (-2.00 USD)") == "Totals differ"
    assert message_core("KeyError: 'colour'") == "KeyError: 'colour'"


def test_a_failure_reads_as_a_problem_and_a_listing_does_not() -> None:
    p = error_probabilities(["backup: cannot stat 'photos': No such file or directory",
                             "drwxr-xr-x  2 kim kim 4096 Mar  3 10:12 photos"])
    if not p.any():
        pytest.skip("no embedder or no error-line weights")
    assert p[0] > 0.5 > p[1]


def test_part_of_a_value_asked_by_length_is_cut_from_it() -> None:
    from seeingeye.agents.portion import cut, portion_asked

    qa = analyse("show me the final 3 digits of the account number")
    assert qa.portion == ("last", 3, "digit")
    assert cut("5301 2208 7765 0412", qa.portion) == "412"
    assert cut("e3b0c44298fc1c14", portion_asked("first 6 chars of the digest")) == "e3b0c4"
    assert portion_asked("name the opening entry") is None


def test_a_bare_figure_in_the_4xx_range_is_no_error() -> None:
    assert spans("sizes = [702, 484, 898]", "error") == []
    assert spans("upstream said 503 Service Unavailable", "error") == ["503 Service Unavailable"]


def test_what_a_repl_gave_back_is_named_by_the_expression_typed() -> None:
    from seeingeye.tools.shell import command_answers

    texts = ["calc> total * 4", "$5 ==> 312", "calc> /vars", "|  int total = 78", "|  int rate = 3", "|  int n = 9",
             ">>> round(2.675, 2)", "2.67", ">>> "]
    lines = [OcrLine(text=t, box=Box(x0=5, y0=10 + 20 * k, x1=5 + 9 * len(t), y1=24 + 20 * k), confidence=0.9)
             for k, t in enumerate(texts)]
    got = {cmd: ln.text for cmd, ln in command_answers(lines)}
    assert got == {"total * 4": "312", "round(2.675, 2)": "2.67"}  # (a listing of three lines is no one answer)


def test_a_prompt_showing_only_its_folder_opens_a_command() -> None:
    from seeingeye.tools.shell import COMMAND_LINE

    assert COMMAND_LINE.match("~/proj % make check")["cmd"] == "make check"  # type: ignore[index]
    assert COMMAND_LINE.match("$ 4.20") is None


def test_diagnostics_named_by_their_tool_or_quoted_before_the_message(m: Matcher) -> None:
    from seeingeye.agents.diagnostics import diagnostics, first_error
    from seeingeye.sir import Evidence

    texts = ["$ asm build.s", "asm: build.s:12:4: error: unknown register 'r99'", 'File "src/calc.ml", line 31, '
             "characters 2-9:", "31 |   let sum = totl + 1 in", "          ^^^^", "Error: Unbound value totl"]
    rows = [[Evidence(id=f"e{k}", kind="text", value=t, source="ocr", round=1,
                      box=Box(x0=5, y0=20 * k, x1=400, y1=20 * k + 14))] for k, t in enumerate(texts)]
    rec = diagnostics(rows)
    assert rec is not None
    assert [r.cells[:5] for r in rec.rows] == [["build.s", "12", "4", "error", "unknown register 'r99'"],
                                               ["src/calc.ml", "31", "2", "error", "Unbound value totl"]]
    found = first_error([rec], "the failure's line number", m)
    assert found is not None and found.value == "12"


def test_a_place_and_a_problem_without_a_severity_is_a_diagnostic_a_search_hit_is_not() -> None:
    from seeingeye.agents.diagnostics import diagnostics
    from seeingeye.sir import Evidence

    if not error_probabilities(["tool: cannot open 'x': No such file or directory"]).any():
        pytest.skip("no embedder or no error-line weights")

    def rows(texts: list[str]) -> list[list[Evidence]]:
        return [[Evidence(id=f"e{k}", kind="text", value=t, source="ocr", round=1,
                          box=Box(x0=5, y0=20 * k, x1=400, y1=20 * k + 14))] for k, t in enumerate(texts)]

    rec = diagnostics(rows(["$ ledger-lint books.ledger", "books.ledger:40: could not read the date: '31/02'"]))
    assert rec is not None and rec.rows[0].cells[:2] == ["books.ledger", "40"]
    assert diagnostics(rows(["$ grep -n milk notes.txt", "notes.txt:3: milk and bread from the corner shop"])) is None


def test_one_quoted_line_is_no_interpreter_session() -> None:
    from seeingeye.tools.shell import command_answers

    texts = ["> shall we move the call to four?", "fine by me", "see you then"]
    lines = [OcrLine(text=t, box=Box(x0=5, y0=10 + 20 * k, x1=5 + 9 * len(t), y1=24 + 20 * k), confidence=0.9)
             for k, t in enumerate(texts)]
    assert command_answers(lines) == []
