"""Answer programs run by our code over a hand-built SIR: exact, grounded, validated."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from seeingeye.agents.program import (
    Arith,
    Attribute,
    Cite,
    Compare,
    Count,
    Exists,
    Extreme,
    Lookup,
    Program,
    ProgramError,
    execute,
)
from seeingeye.agents.question import analyse
from seeingeye.agents.reasoner import match_option
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts


def make_sir() -> SIR:
    sir = SIR(
        question="q",
        image=ImageFacts(
            width=400, height=400, original_width=400, original_height=400, sha256="0", format="PNG", mode="RGB"
        ),
    )

    def kv(label: str, value: str, y: float, **attrs) -> None:  # type: ignore[no-untyped-def]
        from seeingeye.textutil import parse_number

        sir.add(
            EvidenceDraft(
                kind="key_value",
                label=label,
                value=value,
                number=parse_number(value),
                box=Box(x0=10, y0=y, x1=300, y1=y + 15),
                attrs=attrs,
            ),
            source="ocr",
            round=1,
        )

    kv("Subtotal", "21.00", 100)
    kv("Tax", "1.68", 120)
    kv("TOTAL", "22.68", 140)
    # Chart facts as tools/chart.py emits them: one `series` fact holding its points, one `point` per bar.
    bars = [("Apples", "12"), ("Pears", "30"), ("Plums", "7")]
    sir.add(EvidenceDraft(kind="series", label="Sales", value="Sales: Apples 12, Pears 30, Plums 7",
                          attrs={"chart": "bar", "points": [{"x": k, "y": float(v)} for k, v in bars]}),
            source="chart", round=1)
    for label, v in bars:
        sir.add(EvidenceDraft(kind="point", label=label, value=v, number=float(v),
                              box=Box(x0=10, y0=300, x1=40, y1=330),
                              confidence=0.9, attrs={"chart": "bar", "series": "Sales", "estimated": False}),
                source="chart", round=1)
    for colour, kind, area in [("red", "circle", 900), ("red", "circle", 400), ("blue", "square", 2500)]:
        sir.add(
            EvidenceDraft(kind="shape", value=f"{colour} {kind}", number=area, attrs={"shape": kind, "colour": colour}),
            source="shapes",
            round=1,
        )
    return sir


def test_lookup_prefers_total_over_subtotal() -> None:
    out = execute(Lookup(key="total amount"), make_sir(), want_number=True)
    assert out.answer == "22.68" and out.evidence_ids


def test_lookup_missing_key_is_an_error_not_a_guess() -> None:
    with pytest.raises(ProgramError):
        execute(Lookup(key="delivery date"), make_sir())


def test_extreme_and_arith_are_exact() -> None:
    sir = make_sir()
    assert execute(Extreme(op="argmax"), sir).answer == "Pears"
    assert execute(Extreme(op="argmin"), sir).answer == "Plums"
    assert execute(Extreme(op="argmax", return_value=True), sir).answer == "30"
    assert execute(Arith(op="difference", keys=["Pears", "Apples"]), sir).answer == "18"
    assert execute(Arith(op="sum", keys=[]), sir).answer == "49"
    assert execute(Arith(op="subtract", keys=["Plums", "Pears"]), sir).answer == "-23"  # signed: first minus second
    assert execute(Arith(op="mean", keys=[]), sir, round_to=1).answer == "16.3"


def test_series_fact_alone_is_read() -> None:
    """A reading with only the `series` fact (no per-point facts) still answers chart programs."""
    sir = make_sir()
    sir.evidence = [e for e in sir.evidence if e.kind != "point"]
    assert execute(Extreme(op="argmax"), sir).answer == "Pears"
    assert execute(Arith(op="sum", keys=[]), sir).answer == "49"


def test_record_programs_over_chart_and_key_values() -> None:
    from seeingeye.agents.ops import RecordCount, RecordExtreme, RecordLookup

    sir = make_sir()
    assert execute(RecordExtreme(op="record_min", column="value"), sir).answer == "Plums"
    assert execute(RecordLookup(row="Apples", column="value"), sir).answer == "12"
    assert execute(RecordLookup(row="Tax"), sir).answer == "1.68"
    assert int(execute(RecordCount(), sir).answer) >= 3
    adapter = TypeAdapter(Program)
    assert isinstance(adapter.validate_python({"op": "record_max", "column": "value"}), RecordExtreme)


def test_count_exists_attribute_compare() -> None:
    sir = make_sir()
    assert execute(Count(shape="circle", colour="red"), sir).answer == "2"
    assert execute(Count(shape="triangle"), sir).answer == "0"
    assert execute(Exists(shape="square", colour="blue"), sir).answer == "yes"
    assert execute(Exists(shape="square", colour="blue", negate=True), sir).answer == "no"
    assert execute(Attribute(attribute="colour"), sir).answer == "blue"
    assert execute(Attribute(attribute="shape", select="smallest"), sir).answer == "circle"
    assert execute(Compare(a="Pears", b="Apples"), sir).answer == "yes"
    assert execute(Cite(id="e3"), sir).answer == "22.68"


def test_size_and_count_comparisons() -> None:
    from seeingeye.agents.program import CountCompare, SizeCompare

    sir = make_sir()
    assert (
        execute(SizeCompare(a_shape="square", b_shape="circle", a_colour="blue", b_colour="red"), sir).answer == "yes"
    )
    assert (
        execute(SizeCompare(a_shape="circle", b_shape="square", ask="which", relation="less"), sir).answer
        == "red circle"
    )
    assert execute(CountCompare(a_shape="circle", b_shape="square"), sir).answer == "yes"
    with pytest.raises(ProgramError):
        execute(SizeCompare(a_shape="star", b_shape="square"), sir)


def test_program_json_is_validated_before_execution() -> None:
    adapter = TypeAdapter(Program)
    assert isinstance(adapter.validate_json('{"op": "count", "shape": "circle"}'), Count)
    with pytest.raises(ValidationError):
        adapter.validate_json('{"op": "exec", "code": "import os"}')
    with pytest.raises(ValidationError):
        adapter.validate_json('{"op": "lookup"}')


@pytest.mark.parametrize(
    "question,op",
    [
        ("How many red circles are there?", "count"),
        ("Count the stars.", "count"),
        ("What colour is the largest shape?", "colour"),
        ("What is the color of the triangle?", "colour"),
        ("Which category has the highest value?", "max"),
        ("Which item is the least expensive?", "min"),
        ("which one is the priciest", "max"),
        ("Is there not a blue shape in the image?", "exists"),
        ("What is the total amount?", "lookup"),
        ("What is the difference between Apples and Pears?", "arithmetic"),
        ("Are there more apples than pears?", "compare"),
        ("Is the red circle larger than the blue square?", "size_compare"),
        ("Which is smaller, the green star or the red triangle?", "size_compare"),
        ("Are there more circles than squares?", "count_compare"),
        ("Is the newsletter box checked?", "state"),
        ("What is the phone number of the store?", "lookup"),
    ],
)
def test_operator_of_varied_phrasings(question: str, op: str) -> None:
    assert analyse(question).operator == op


def test_negation_detected() -> None:
    assert analyse("does the image not contain a circle?").negated
    assert not analyse("does the image contain a circle?").negated


def test_option_matching() -> None:
    assert match_option("30", ["12", "30", "300"]) == (1, 1.0)
    assert match_option("2019", ["2022", "2019"]) == (1, 1.0)  # close numbers are not equal
    assert match_option("blue", ["Red", "Blue", "Green"])[0] == 1  # type: ignore[index]
    assert match_option("b", ["x", "y"]) == (1, 1.0)
