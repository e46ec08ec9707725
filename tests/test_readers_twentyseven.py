"""A currency sign OCR read as a capital letter, a bar crossed by a grid line, boxes between words OCR ran
together, a docker-style listing named by its NAMES column, a unittest line that lost its status, and a
labelled total that is not the largest amount. Invented data only."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.types import spans, typed_span
from seeingeye.sir import Box
from seeingeye.tools.ocr import OcrLine


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype("DejaVuSans.ttf", size)


def test_an_amount_glued_to_a_misread_currency_sign_keeps_its_thousands() -> None:
    # (the sign stays with its amount, as printed; the figure is the amount's: `parse_number`)
    assert spans("GRAND TOTAL K2,418.60", "money") == ["K2,418.60"]
    assert typed_span("Paid Z14,900", "money") == "Z14,900"
    assert typed_span("v1,200.00", "money") != "1,200.00"  # a lower-case letter is no sign
    assert spans("ref AB1,234.50", "money") == []  # (two letters are a word, not a sign)


def test_a_bar_a_grid_line_crosses_is_one_bar_not_a_stack() -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from seeingeye import SeeingEye

    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
    ax.bar(["Ash", "Elm", "Oak", "Yew"], [430, 610, 280, 520], color="#3b7dd8")
    ax.set_axisbelow(False)  # grid lines drawn over the bars
    ax.grid(axis="y", alpha=0.5)
    ax.set_title("Saplings planted")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    image = Image.open(buf).convert("RGB")
    image = image.resize((int(image.width * 0.98), int(image.height * 0.98)), Image.BILINEAR)  # shown scaled
    (series,) = SeeingEye().read(image).by_kind("series")
    assert series.value.startswith("bar chart") and "Elm=610" in series.value


def test_boxes_between_words_ocr_ran_together_are_boxes() -> None:
    from seeingeye.tools.forms import find_controls

    img = Image.new("RGB", (760, 60), "white")
    d = ImageDraw.Draw(img)
    words = [("Ferry", False), ("Coach", False), ("Night train", True), ("Bicycle", False)]
    x, lines = 10, []
    for word, ticked in words:
        d.rectangle((x, 20, x + 15, 35), outline="black", width=1)
        if ticked:
            d.line((x + 3, 23, x + 12, 32), fill="black", width=2)
            d.line((x + 12, 23, x + 3, 32), fill="black", width=2)
        w = int(d.textlength(word, font=_font(16)))
        d.text((x + 22, 18), word, fill="black", font=_font(16))
        x += 22 + w + 24
    # OCR ran the first three words into one line, boxes dropped
    lines.append(OcrLine(text="Ferry Coach Night train", box=Box(x0=10, y0=16, x1=x - 120, y1=38), confidence=0.9))
    lines.append(OcrLine(text="Bicycle", box=Box(x0=x - 96, y0=16, x1=x - 24, y1=38), confidence=0.9))
    got = {c.label.text: c.state for c in find_controls(np.asarray(img), lines)
           if c.kind == "checkbox" and c.label is not None}
    assert got.get("Night train") == "checked"
    assert got.get("Coach") == "unchecked" and got.get("Ferry") == "unchecked"


def test_a_names_column_names_the_rows_before_a_command_column() -> None:
    header = ["CONTAINER ID", "IMAGE", "COMMAND", "STATUS", "NAMES"]
    rows = [Row(["a1b2c3d4e5f6", "nginx:1.25", "nginx -g", "Up 3 hours", "gateway"], []),
            Row(["0f9e8d7c6b5a", "redis:7", "redis-server", "Exited (1) 2 hours ago", "queue"], [])]
    rec = make_records("table", header, rows)
    assert rec is not None and [rec.label(r) for r in rec.rows] == ["gateway", "queue"]


def test_a_unittest_line_without_its_status_passed_when_the_failures_are_all_reported() -> None:
    from seeingeye.tools.testrun import read_testrun

    shown = ["test_alpha (t_mod.Suite.test_alpha) ... ok", "test_beta (t_mod.Suite.test_beta) ..",
             "test_gamma (t_mod.Suite.test_gamma) ... FAIL", "FAIL: test_gamma (t_mod.Suite.test_gamma)",
             "AssertionError: 4 != 5", "Ran 3 tests in 0.001s", "FAILED (failures=1)"]
    lines = [OcrLine(text=t, box=Box(x0=10, y0=20 * k, x1=400, y1=20 * k + 14), confidence=0.9)
             for k, t in enumerate(shown)]
    got = {d.label: d.value for d in read_testrun(lines)}
    assert got["test_beta"] == "passed" and got["test_gamma"] == "failed"
    # a failure the report does not account for leaves the unread status unread
    lines[-1] = lines[-1].model_copy(update={"text": "FAILED (failures=2)"})
    assert "test_beta" not in {d.label: d.value for d in read_testrun(lines)}


def _receipt() -> Image.Image:
    img = Image.new("RGB", (420, 330), "white")
    d = ImageDraw.Draw(img)
    rows = [("Lentil soup", "655.00"), ("Flatbread", "260.00"), ("Mint tea", "190.00"), ("Subtotal", "1,105.00"),
            ("Service 10%", "110.50"), ("TOTAL", "\u0e3f1,215.50"), ("Card", "1,215.50")]
    for k, (name, amount) in enumerate(rows):
        d.text((20, 20 + 40 * k), name, fill="black", font=_font(20))
        d.text((260, 20 + 40 * k), amount, fill="black", font=_font(20))
    return img


def test_total_asked_alone_is_the_total_the_receipt_prints() -> None:
    from seeingeye import SeeingEye

    assert SeeingEye().ask(_receipt(), "total?").answer.endswith("1,215.50")


def test_a_histograms_bars_are_the_bins_between_the_numbers_at_their_edges() -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from seeingeye import SeeingEye

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    counts = [12, 47, 80, 33, 9]
    ax.bar([17, 27, 37, 47, 57], counts, width=10, edgecolor="white", linewidth=2)
    ax.set_xticks([12, 22, 32, 42, 52, 62])
    ax.set_title("Wait at the counter (minutes)")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    (series,) = SeeingEye().read(Image.open(buf).convert("RGB")).by_kind("series")
    assert "12-22=" in series.value and "32-42=" in series.value and "52-62=" in series.value


def test_label_value_lines_a_layout_drew_into_a_table_are_still_pairs() -> None:
    from seeingeye.tools.pairs import key_values

    def ln(text: str, x: float, y: float) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 9 * len(text), y1=y + 16), confidence=0.9)

    lines = [ln("Owner: Petra Lindqvist", 20, 20), ln("Ward: 4B", 400, 20),
             ln("Referred by: Dr. Anselm Rook", 20, 44), ln("Printed: 03/03/2026", 400, 44),
             ln("Item", 20, 90), ln("Qty", 400, 90), ln("Bandage", 20, 114), ln("2", 400, 114)]
    pairs = {d.label: d.value for d in key_values(lines, set(range(len(lines))))}
    assert pairs.get("Referred by") == "Dr. Anselm Rook" and pairs.get("Ward") == "4B"
    assert "Bandage" not in pairs and "Item" not in pairs  # a table's own rows stay its cells


def test_a_line_repeating_the_total_under_it_is_the_payment_not_an_item() -> None:
    from seeingeye.agents import record_extremes as RX

    rows = [Row([name, amount], []) for name, amount in [
        ("Rye loaf", "420.00"), ("Olive jar", "980.00"), ("Goat cheese", "750.00"), ("VAT 8%", "172.00"),
        ("TOTAL", "B2,322.00"), ("QR WALLET", "2,322.00")]]
    rec = make_records("table", ["item", "amount"], rows)
    assert rec is not None
    assert RX.arg_extreme([rec], "amount", "max").value == "Olive jar"


def test_a_slice_label_ending_in_its_percentage_is_named_without_it() -> None:
    from seeingeye.tools.chart_pie import _named_figures

    got = _named_figures({0: "Rent — 41.2%", 1: "Food — 30.1%", 2: "Other — 28.7%"}, 3)
    assert [name for name, _, _ in got.values()] == ["Rent", "Food", "Other"]


def test_a_figure_followed_by_a_rate_is_a_speed_said_with_its_unit() -> None:
    from seeingeye.agents.units import dimension_after, with_rate

    assert dimension_after("2.4 MB/s, 3 minutes to go", "2.4 MB") == "speed rate fast per second"
    assert with_rate("2.4 MB/s, 3 minutes to go", "2.4 MB") == "2.4 MB/s"
    assert dimension_after("cruising at 90 km/h", "90") == "speed rate fast per second"
    assert dimension_after("took 340 ms", "340") == "duration time long"
    assert dimension_after("12 oranges", "12") is None


def test_a_worksheets_input_and_the_bare_result_under_it_are_a_calculation() -> None:
    from seeingeye.tools.keypad import history

    def ln(text: str, x: float, y: float) -> OcrLine:
        return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 9 * len(text), y1=y + 16), confidence=0.9)

    lines = [ln("1", 4, 20), ln("6431*58", 20, 20), ln("372998", 400, 48), ln("2", 4, 80),
             ln("lcm(84, 90)", 20, 80), ln("1260", 410, 108)]
    assert [(e, r) for e, r, _ in history(lines)] == [("6431*58", "372998"), ("lcm(84,90)", "1260")]


def test_a_choice_between_two_states_asks_the_state_of_the_setting_named() -> None:
    from seeingeye.agents.question import analyse

    for q, name in (("auto-sync - on or off?", "auto-sync"), ("is the firewall on or off", "firewall")):
        qa = analyse(q)
        assert qa.operator == "state" and qa.yesno and qa.state_choice is not None
        assert name in qa.target and " or " not in qa.target


def test_two_options_that_are_radios_are_answered_by_the_one_picked() -> None:
    from records_util import add_lines, bare_sir

    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_select import choice_candidates
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    add_lines(sir, ["Sync interval", "Every minute", "Every week"])
    for label, state in (("Every minute", "unselected"), ("Every week", "selected")):
        sir.add(EvidenceDraft(kind="field", label=label, value=state, attrs={"control": "radio"}),
                source="forms", round=1)
    qa = analyse("does it sync every minute or every week?")
    assert [c.answer for c in choice_candidates(qa, sir)][:1] == ["Every week"]
