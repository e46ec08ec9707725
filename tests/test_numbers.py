"""The one number parser (textutil.parse_number) follows the scorer's rules."""

from __future__ import annotations

import pytest

from seeingeye.eval.scoring import numbers
from seeingeye.textutil import number_spans, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,50", 1234.5), ("1,234.50", 1234.5), ("$1,234.50", 1234.5), ("1 234", 1234.0), ("12,50", 12.5),
    ("Q3 2024", 2024.0), ("(12)", -12.0), ("-3.5", -3.5), ("−7", -7.0), ("45%", 45.0), ("€ 12,50", 12.5),
    ("2.5k", 2500.0), ("5 m", 5.0), ("120km", 120.0), ("Total 12.", 12.0), ("O5", 5.0), ("abc", None),
    ("Q3", None), ("x86", None), ("", None), ("$12m /month", 12.0), ("$4m", 4_000_000.0),
])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_spans_are_exact_and_scorer_agrees() -> None:
    text = "Q3 2024 revenue €1.234,50 (down 3%)"
    spans = number_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["2024", "€1.234,50", "3%"]
    assert spans[1].currency == "€" and spans[2].percent
    assert [v for v, _ in numbers(text)] == [s.value for s in spans]


def test_a_hash_misread_by_ocr_is_read_back_as_hex() -> None:
    from seeingeye.agents.types import spans

    assert spans("e20ldf3 Test docs refactor", "code") == ["e201df3"]  # l for 1
    assert spans("9f8eO7d Add records", "code") == ["9f8e07d"]  # O for 0
    assert spans("follow the docs", "code") == [] and spans("6ac4e77 Login", "code") == ["6ac4e77"]


def test_names_with_hyphens_and_affiliation_marks_but_not_titles() -> None:
    from seeingeye.agents.types import spans

    assert spans("Helena Vasquez-Moore1, Amara Diallo2, Jun-ho Park*", "person") == [
        "Helena Vasquez-Moore", "Amara Diallo", "Jun-ho Park"]
    assert "Sparse Attention Routing" not in spans("Sparse Attention Routing for Low-Power Speech", "person")
    assert spans("Bill to: Marguerite Okafor", "person") == ["Marguerite Okafor"]
