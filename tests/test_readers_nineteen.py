"""A document's number printed under its title, a list's bullet that parts nothing, a pie whose labels end in
their slice's count, the column a row tag half-swallowed, and a lookup no bare list answers. Invented data."""

from __future__ import annotations

from seeingeye.agents.records import lookup
from seeingeye.agents.tabular import Row, make_records
from seeingeye.sir import Box
from seeingeye.tools.chart_pie import _named_figures
from seeingeye.tools.pairs import key_values


class _Line:
    def __init__(self, text: str, x0: float, y0: float, w: float, h: float) -> None:
        self.text, self.confidence = text, 0.99
        self.box = Box(x0=x0, y0=y0, x1=x0 + w, y1=y0 + h)


def test_a_number_mark_under_a_title_is_that_documents_number() -> None:
    lines = [_Line("RECHNUNG", 100, 70, 160, 30), _Line("Nr. RG-4410-77", 100, 108, 150, 17),
             _Line("Datum: 04.05.2026", 100, 128, 170, 17)]
    got = {d.label: d.value for d in key_values(lines)}
    assert got["RECHNUNG number (Nr.)"] == "RG-4410-77"
    # without a heading over it, a lone mark is no field of a document
    assert not any("number" in (d.label or "") for d in key_values([_Line("Nr. RG-4410-77", 100, 108, 150, 17)]))


def test_a_bullet_before_a_quantity_parts_nothing() -> None:
    got = {d.label: d.value for d in key_values([_Line("· 350 g Zucker", 80, 180, 110, 20)])}
    assert "g Zucker" not in got


def test_pie_labels_ending_in_counts_are_counts_when_the_angles_agree() -> None:
    texts = {0: "Opera 1,200", 1: "Vivaldi 600", 2: "Lynx 200"}
    assert _named_figures(texts, 3, {0: 60.0, 1: 30.0, 2: 10.0})[0] == ("Opera", "1,200", 1200.0)
    # names that end in a number are names when the numbers do not share out as the slices do
    zones = {0: "Zone 1", 1: "Zone 2", 2: "Zone 3"}
    assert _named_figures(zones, 3, {0: 50.0, 1: 30.0, 2: 20.0}) == {}


def test_a_lookup_is_never_answered_by_a_bare_list_of_the_names() -> None:
    names = make_records("list", ["item"], [Row([n], [f"e{i}"]) for i, n in enumerate(("Kestrel", "Osprey", "Merlin"))])
    table = make_records("chart", ["label", "wingspan (cm)", "mass (g)"],
                         [Row(["Kestrel", "74", "190"], ["c0"]), Row(["Osprey", "160", "1500"], ["c1"]),
                          Row(["Merlin", "60", "180"], ["c2"])])
    assert names is not None and table is not None
    got = lookup([names, table], "Osprey", "roughly how heavy is the Osprey")
    assert got.row.cells[0] == "Osprey" and got.value in ("160", "1500")  # a figure of its row, not its name


def test_a_yes_no_column_named_by_the_question_gives_the_rows_marked_yes() -> None:
    from seeingeye.agents.flags import flagged_rows
    from seeingeye.agents.match import Matcher

    rec = make_records("table", ["Field", "Type", "Mandatory"],
                       [Row(["alias", "string", "No"], ["a"]), Row(["tenant", "uuid", "Yes"], ["b"]),
                        Row(["region", "string", "Yes"], ["c"]), Row(["page", "int", "No"], ["d"])])
    assert rec is not None
    m = Matcher()
    got = flagged_rows([rec], "which field is mandatory", m)
    assert got is not None and got.value == "tenant, region"
    assert flagged_rows([rec], "which field is a string", m) is None  # no yes/no column named


def test_what_comes_after_walks_a_row_left_to_right_whatever_its_boxes_heights() -> None:
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.sequence import next_after
    from seeingeye.sir import SIR, EvidenceDraft, ImageFacts

    sir = SIR(image=ImageFacts(width=900, height=400, original_width=900, original_height=400, sha256="0",
                               format="PNG", mode="RGB"), question="q")
    # one row of stages whose boxes are a pixel or two apart in height, as OCR draws them
    for text, x, y0, y1 in (("Fetch", 90, 323, 354), ("Clean", 270, 323, 351), ("Join", 470, 324, 350),
                            ("Rank", 645, 324, 352), ("Export", 820, 324, 350)):
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y0, x1=x + 60, y1=y1), confidence=0.99),
                source="ocr", round=1)
    got = next_after("comes right after Join", sir, Matcher())
    assert got and got[0].answer == "Rank"


def _rows_of(*texts: str) -> list:
    from seeingeye.sir import SIR, EvidenceDraft, ImageFacts

    sir = SIR(image=ImageFacts(width=600, height=400, original_width=600, original_height=400, sha256="0",
                               format="PNG", mode="RGB"), question="q")
    return [[sir.add(EvidenceDraft(kind="text", value=t, box=Box(x0=4, y0=20 * i, x1=300, y1=20 * i + 16),
                                   confidence=0.99), source="ocr", round=1)] for i, t in enumerate(texts)]


def test_a_calculator_session_is_read_as_expressions_and_results() -> None:
    from seeingeye.agents.calculations import calculations
    from seeingeye.agents.record_positions import nth

    inline = calculations(_rows_of("me@box:~$ qalc 420 * 3", "420 × 3 = 1260", "me@box:~$ qalc (90 - 12) / 4",
                                   "(90 - 12) / 4 = 19.5"))
    assert inline is not None and [r.cells for r in inline.rows] == [["420 × 3", "1260"], ["(90 - 12) / 4", "19.5"]]
    prompted = calculations(_rows_of("Calc is open software.", "; 17 * 3", "51", "; 2^10", "1024", "; 81 % 4", "1"))
    assert prompted is not None and len(prompted.rows) == 3
    assert nth([prompted], 2, None, None, "number").value == "1024"  # "the result of the second line I typed"
    # figures with no operator between them are no calculation
    assert calculations(_rows_of("Total = 42", "Paid = 40")) is None


def test_a_running_number_orders_nothing() -> None:
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.record_extremes import arg_extreme

    songs = (("Iva Moss", "Tin Roof", "3:12"), ("Iva Moss", "Slow Tide", "5:41"), ("Dune Choir", "Glass Bells", "2:58"),
             ("Iva Moss", "North Road", "4:05"))
    rec = make_records("table", ["#", "Artist", "Title", ""],
                       [Row([str(i + 1), a, t, d], [f"t{i}"]) for i, (a, t, d) in enumerate(songs)])
    assert rec is not None
    assert arg_extreme([rec], "song in my playlist is the longest", "max", Matcher()).value == "Slow Tide"


def test_a_chat_in_three_columns_is_read_as_messages_by_sender() -> None:
    from seeingeye.agents.chats import said_lines
    from seeingeye.agents.record_positions import nth
    from seeingeye.sir import SIR, EvidenceDraft, ImageFacts

    sir = SIR(image=ImageFacts(width=900, height=400, original_width=900, original_height=400, sha256="0",
                               format="PNG", mode="RGB"), question="q")

    def piece(text: str, x: float, y: float) -> object:
        return sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 16),
                                     confidence=0.99), source="ocr", round=1)

    lines = [("10:02", "-->", "rafa (rafa@host) has joined #ops"), ("10:03", "rafa", "disk on db2 is at 91%"),
             ("10:03", "mei", "I'll rotate the logs"), ("10:05", "rafa", "thanks, back to 70%"),
             ("10:06", "omar", "closing the ticket")]
    rows = [[piece(t, 100, 20 * i), piece(n, 160 + (40 - 8 * len(n)), 20 * i), piece(msg, 220, 20 * i)]
            for i, (t, n, msg) in enumerate(lines)]
    rec = said_lines(rows)
    assert rec is not None and [r.cells[1] for r in rec.rows] == ["rafa", "mei", "rafa", "omar"]
    assert nth([rec], "latest", None, None, "person").value == "omar"


def test_the_state_printed_with_a_named_item_answers_for_it() -> None:
    from seeingeye.agents.item_states import item_state
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.question import analyse
    from seeingeye.sir import SIR, EvidenceDraft, ImageFacts

    sir = SIR(image=ImageFacts(width=900, height=500, original_width=900, original_height=500, sha256="0",
                               format="PNG", mode="RGB"), question="q")
    cart = [("Trail kettle 1L", 40), ("In stock", 78), ("Folding saw", 140), ("Out of stock", 178),
            ("Rain poncho", 240), ("In stock", 278)]
    for text, y in cart:
        sir.add(EvidenceDraft(kind="text", value=text, box=Box(x0=30, y0=y, x1=30 + 9 * len(text), y1=y + 18),
                              confidence=0.99), source="ocr", round=1)
    m = Matcher()
    saw = item_state(analyse("is the folding saw in stock?"), sir, m)
    poncho = item_state(analyse("is the rain poncho in stock?"), sir, m)
    assert saw is not None and saw.answer == "no"
    assert poncho is not None and poncho.answer == "yes"
    # the item's own words end in the state asked of a control: no list of item states to read
    assert item_state(analyse("is the folding saw available?"), sir, m) is None
