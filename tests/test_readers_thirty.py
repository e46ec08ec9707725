"""An open message's sender, names listed under one label, a first name with the surname's initial, what a
"how long" question measures, a bill's items found by the sum under them, a list's coloured status marks, a
sidebar's entries that label nothing, and a decimal comma read apart. Invented data only."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from seeingeye.agents.bill_rows import items_summed
from seeingeye.agents.list_runs import in_run
from seeingeye.agents.person_answer import people_listed, person_only
from seeingeye.agents.question import analyse
from seeingeye.agents.types import spans
from seeingeye.agents.units import dimension_asked, measured_piece
from seeingeye.sir import Box, Evidence
from seeingeye.tools.mail_header import sender_line
from seeingeye.tools.ocr import OcrLine, _fix_glyphs
from seeingeye.tools.status_marks import marked_entries


def _line(text: str, x: float, y: float, h: float = 18) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 9 * len(text), y1=y + h), confidence=0.95)


def test_the_one_unlabelled_name_and_address_heading_a_message_is_its_sender() -> None:
    lines = [_line("Quarterly stock count", 200, 20), _line("Wilma Achterberg <wilma@ferndale-tools.nl>", 260, 60),
             _line("To: Jonas Riel", 260, 82), _line("Hi Jonas, the counts are attached.", 200, 140)]
    found = sender_line(lines, 600)
    assert found is not None and found[0] == "Wilma Achterberg"


def test_a_listing_of_senders_or_a_labelled_one_names_no_single_sender() -> None:
    listing = [_line("Wilma Achterberg <wilma@ferndale-tools.nl>  Stock count", 20, 40),
               _line("Pieter Vos <p.vos@ferndale-tools.nl>  Re: pallets", 20, 64)]
    assert sender_line(listing, 600) is None
    assert sender_line([_line("From: Pieter Vos <p.vos@ferndale-tools.nl>", 20, 40)], 600) is None
    assert sender_line([_line("Pieter Vos <p.vos@ferndale-tools.nl>", 20, 500)], 600) is None  # a footer


def test_names_listed_under_one_label_answer_together() -> None:
    assert people_listed("Ingrid Solberg; Tomas Beck") == "Ingrid Solberg; Tomas Beck"
    assert person_only("Ingrid Solberg; Tomas Beck; Ada Moss") == "Ingrid Solberg; Tomas Beck; Ada Moss"
    assert people_listed("Solberg, Ingrid") is None  # one name, surname first
    assert people_listed("Ingrid Solberg") is None
    assert person_only("Rust for data pipelines Greta Lind") == "Greta Lind"  # a title, then its speaker


def test_an_amount_is_no_piece_of_a_date() -> None:
    assert spans("Due: 14.05.2025", "money") == []
    assert spans("Paid 12.50 on 03.04.2025", "money") == ["12.50"]


def test_a_stranded_preposition_stays_with_the_role_it_ends() -> None:
    assert analyse("who has the estimate been drawn up for").target.endswith(" for")
    assert not analyse("who made the quote").target.endswith(" for")


def test_a_first_name_alone_may_be_a_name_but_a_label_in_capitals_is_not() -> None:
    from seeingeye.agents.types import name_like

    assert name_like("Omid") and name_like("Lotta V.")
    assert not name_like("TEE TIME") and not name_like("4 kg")


def test_a_first_name_with_the_surnames_initial_is_a_person() -> None:
    assert spans("Cashier: Lotta V.", "person") == ["Lotta V."]
    assert spans("Table 4", "person") == []


def test_a_how_long_question_asks_for_a_duration_and_takes_that_piece_of_a_cell() -> None:
    assert dimension_asked("how long was that restore") == "duration time long"
    assert dimension_asked("how heavy was that parcel") == "weight heavy"
    assert dimension_asked("how many parcels came") is None
    assert analyse("how long is the third lecture").measure == "duration time long"
    assert measured_piece("12 Mar 2025 · 38 min", "duration time long") == "38 min"
    assert measured_piece("4 days, 2:10", "duration time long") == "4 days, 2:10"  # one figure, not two pieces


def test_a_bills_items_end_where_a_later_row_prints_their_sum() -> None:
    # four items, a tax breakdown, the total (their sum), the cash tendered and the change
    values = [3.40, 12.00, 7.25, 1.35, 20.16, 3.84, 24.00, 50.00, 26.00]
    assert items_summed(values) == 4
    assert items_summed([3.0, 4.0, 9.5, 1.0]) is None  # no row adds up the ones above it
    assert items_summed([27.3, 28.1, 15.3, 70.4]) is None  # near the sum of the first three is not their sum


def _status_image(marks: list[str | None]) -> tuple[np.ndarray, list[OcrLine]]:
    img = Image.new("RGB", (420, 40 + 34 * len(marks)), "white")
    d = ImageDraw.Draw(img)
    colours = {"green": (30, 150, 60), "red": (205, 40, 40)}
    lines = [_line("Steps", 40, 8)]
    for k, mark in enumerate(marks):
        y = 40 + 34 * k
        if mark == "green":  # a tick
            d.line([(22, y + 9), (26, y + 14), (33, y + 4)], fill=colours[mark], width=2)
        elif mark == "red":  # a cross
            d.line([(23, y + 4), (32, y + 13)], fill=colours[mark], width=2)
            d.line([(32, y + 4), (23, y + 13)], fill=colours[mark], width=2)
        d.text((40, y + 2), f"stage {k + 1}", fill="black")
        lines.append(_line(f"stage {k + 1}", 18, y))
    return np.asarray(img), lines


def test_entries_led_by_coloured_ticks_and_crosses_take_their_states() -> None:
    arr, lines = _status_image(["green", "green", "red", "green"])
    got = [(ln.text, state) for ln, state in marked_entries(arr, lines)]
    assert got == [("stage 1", "passed"), ("stage 2", "passed"), ("stage 3", "failed"), ("stage 4", "passed")]


def test_a_list_of_one_colour_with_no_unmarked_entries_says_nothing_of_states() -> None:
    arr, lines = _status_image(["green", "green", "green"])
    assert marked_entries(arr, lines) == []


def _ev(k: int, text: str, y: float, ink: str = "black", h: float = 20) -> Evidence:
    return Evidence(id=f"e{k}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=20, y0=y, x1=20 + 9 * len(text), y1=y + h), attrs={"ink": ink})


def test_a_sidebars_entries_at_one_pitch_label_nothing_but_a_form_label_does() -> None:
    side = [_ev(k, t, 20 + 34 * k) for k, t in enumerate(["Starred", "Outbox", "Spam", "Trash", "Notes"])]
    assert in_run(side[1], side[2], side)
    form = [_ev(0, "Invoice date", 20, ink="gray"), _ev(1, "3 March", 44), _ev(2, "Due date", 90, ink="gray"),
            _ev(3, "17 March", 114)]
    assert not in_run(form[0], form[1], form)


def test_a_decimal_comma_read_apart_at_the_end_of_an_amount_column_is_one_amount() -> None:
    assert _fix_glyphs("Chleb razowy 7, 49B") == "Chleb razowy 7,49B"
    assert _fix_glyphs("rooms 2, 4, 16") == "rooms 2, 4, 16"  # a list of figures keeps its commas
    assert _fix_glyphs("F-STOP : 2.8   EXP0 : +1") == "F-STOP : 2.8   EXPO : +1"  # a zero ending capitals is an O
    assert _fix_glyphs("A0 sheet") == "A0 sheet"
    assert _fix_glyphs("Ref KX7TQ0") == "Ref KX7TQ0"  # a code's zero stays


def test_two_columns_ocr_ran_together_under_two_header_words_are_set_apart() -> None:
    from seeingeye.agents.record_cleanup import runs_apart
    from seeingeye.agents.tabular import Column, Records, Row

    rec = Records("columns", [Column("PID", "number"), Column("VSZ_NAME", "name")],
                  [Row(cells, []) for cells in (["4410", "80412 indexer"], ["4412", "1204 watcher"],
                                                ["4415", "55120 packer"])], key=1)
    runs_apart(rec)
    assert [c.name for c in rec.columns] == ["PID", "VSZ", "NAME"]
    assert rec.rows[1].cells == ["4412", "1204", "watcher"]
    assert rec.label(rec.rows[2]) == "packer"
    bill = Records("columns", [Column("Item", "name"), Column("Price Sum", "text")],
                   [Row(cells, []) for cells in (["Tea", "3.10 6.20"], ["Jam", "4.00 4.00"], ["Oats", "2.50 7.50"],
                                                 ["Total", "17.70"])])
    runs_apart(bill)
    assert [c.name for c in bill.columns] == ["Item", "Price", "Sum"]
    assert bill.rows[3].cells == ["Total", "", "17.70"]  # the total under the line amounts


def test_a_subtraction_takes_the_entry_and_the_askers_figure_in_the_order_said() -> None:
    assert analyse("parking minus 40 = ?").given_last
    assert not analyse("take 40 off parking").given_last


def test_a_capital_on_a_filled_disc_beside_a_name_it_begins_shows_a_person() -> None:
    from seeingeye.tools.avatars import _name, avatar_names

    img = Image.new("RGB", (420, 120), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([20, 30, 64, 74], fill=(40, 120, 200))
    d.text((37, 45), "T", fill="white")
    arr = np.asarray(img)
    initial = OcrLine(text="T", box=Box(x0=33, y0=42, x1=51, y1=62), confidence=0.9)
    name = _line("Tamsin is on her way", 80, 36)
    other = _line("Order 4471", 80, 90)
    assert [(a.text, b.text) for a, b in avatar_names(arr, [initial, name, other])] == [("T", "Tamsin is on her way")]
    assert _name(name.text) == "Tamsin"
    assert _name("Tamsin from Leeds") == "Tamsin"  # the capitalised words the line opens with, no later one
    # the letter unread, the disc alone still shows whose name stands beside it
    assert [b.text for _, b in avatar_names(arr, [name, other])] == ["Tamsin is on her way"]
    bare = np.full((120, 420, 3), 255, np.uint8)  # the same letter on a plain page is no avatar
    assert avatar_names(bare, [initial, name, other]) == []


def test_words_printed_in_colour_are_no_status_marks() -> None:
    from draw_util import font

    img = Image.new("RGB", (420, 200), "white")
    d = ImageDraw.Draw(img)
    lines = []
    for k, ink in enumerate([(200, 140, 0), (30, 150, 60), (205, 40, 40), (200, 140, 0)]):
        y = 20 + 34 * k
        d.text((20, y), f"K{k + 4}", fill=ink, font=font(18))  # a board's gate codes, printed in colour
        lines.append(OcrLine(text=f"K{k + 4}", box=Box(x0=20, y0=y, x1=44, y1=y + 20), confidence=0.95))
    assert marked_entries(np.asarray(img), lines) == []


def test_a_count_asked_of_a_state_is_the_figure_that_state_follows() -> None:
    from records_util import add_lines, bare_sir

    from seeingeye.agents.match import Matcher
    from seeingeye.agents.solve_counts import printed_count

    sir = bare_sir()
    add_lines(sir, ["pool: tank", "disks: 8 disks: 6 online, 2 degraded"])
    found = printed_count(analyse("how many disks are online"), sir, Matcher())
    assert found is not None and found[0] == 6


def test_entries_printed_as_a_name_over_a_detail_row_of_one_shape_are_one_row_each() -> None:
    from seeingeye.agents.record_cleanup import details_joined
    from seeingeye.agents.tabular import Column, Records, Row

    rows = []
    for name, state, share in (("Checkout", "Operational", "99.91"), ("Search", "Degraded", "97.40"),
                               ("Login", "Operational", "99.05"), ("Media", "Operational", "98.62")):
        rows += [Row([name, state, ""], []), Row(["60 days ago", "", f"{share} % availability"], [])]
    rec = Records("table", [Column("column 1", "name"), Column("column 2", "status"), Column("column 3", "text")],
                  rows)
    details_joined(rec)
    assert len(rec.rows) == 4
    assert rec.columns[-1].name == "availability"
    assert rec.rows[1].cells[-1] == "97.40 %"  # the word the cells share names their column


def test_a_sessions_marked_inputs_and_outputs_are_its_calculations() -> None:
    from seeingeye.agents.calculations import calculations

    texts = ["Welcome to the algebra shell", "In> 6!;", "Out> 720", "In> Lcm(12,18);", "Out> 36", "(%i3) 2^10;",
             "(%o3) 1024", "In>"]
    rows = [[Evidence(id=f"e{k}", source="ocr", round=1, kind="text", value=t)] for k, t in enumerate(texts)]
    rec = calculations(rows)
    assert rec is not None
    assert [r.cells[:2] for r in rec.rows] == [["6!", "720"], ["Lcm(12,18)", "36"], ["2^10", "1024"]]


def test_a_lone_digit_ocr_put_between_an_ls_size_and_its_date_is_no_size() -> None:
    from seeingeye.agents.listings import _LS_LONG

    m = _LS_LONG.match("-rw-r--r-- 1 kai staff 55120340 2 2025-02-11 08:15 take3.mov")
    assert m is not None and m.group("size") == "55120340"


def test_c_preprocessor_constants_are_assignments() -> None:
    from seeingeye.agents.assignments import assignments

    texts = ["#include <Servo.h>", "#define PUMP_PIN 7", "#define MAX_LITRES 40 // per day", "#define TICK_MS 250",
             "void setup() {"]
    rows = [[Evidence(id=f"e{k}", source="ocr", round=1, kind="text", value=t,
                      box=Box(x0=10, y0=20 * k, x1=10 + 8 * len(t), y1=20 * k + 14))] for k, t in enumerate(texts)]
    recs = assignments(rows)
    assert recs and [r.cells for r in recs[0].rows] == [["PUMP_PIN", "7"], ["MAX_LITRES", "40"], ["TICK_MS", "250"]]


def test_a_part_of_a_whole_tells_what_is_left() -> None:
    from records_util import add_lines, bare_sir

    from seeingeye.agents.match import Matcher
    from seeingeye.agents.solve_counts import printed_count

    sir = bare_sir()
    add_lines(sir, ["Syncing album", "Uploading 31 of 75 photos", "Pause  Cancel"])
    left = printed_count(analyse("photos not yet sent, how many remain"), sir, Matcher())
    assert left is not None and left[0] == 44
