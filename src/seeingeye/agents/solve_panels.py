"""Panels of coloured shapes and drawn scales: the shape in a lettered panel (its colour or kind), the letter
of the panel holding a named shape, and an area measured against a scale bar. Apart from the records solvers
because these read shapes and marks, not rows."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from .extract import Candidate
from .page_rows import reading_order
from .question import QuestionAnalysis

_LETTER = re.compile(r"(?<![\w'])([A-H])(?![\w'])")


def panel_letter(target: str) -> str | None:
    """A panel named by a capital letter in the target ('shape in panel B'); an initial article is no letter."""
    for m in _LETTER.finditer(target):
        if m.start() == 0 and re.match(r"A\s+[a-z]", target):
            continue
        return m.group(1)
    return None


def panel_shape(letter: str, sir: SIR) -> Evidence | None:
    """The shape of the panel lettered `letter`: nearest the printed letter when it was read, else the
    shape at that letter's place in reading order (panels are lettered A, B, C... row by row)."""
    shapes = [e for e in sir.by_kind("shape") if e.box is not None]
    if not shapes:
        return None
    marks = [e for e in sir.by_kind("text", "number")
             if e.box is not None and e.value.strip(" ().:").upper() == letter]  # fmt: skip
    if marks:
        b = marks[0].box

        def dist(e: Evidence) -> float:  # a panel's letter sits above or left of its content
            return abs(e.box.cx - b.cx) + abs(e.box.cy - b.cy)  # type: ignore[union-attr]

        return min(shapes, key=dist)
    order = reading_order(shapes)
    k = ord(letter) - ord("A")
    return order[k] if k < len(order) and len(order) <= 8 else None


def panel_candidates(qa: QuestionAnalysis, sir: SIR, attribute: str) -> list[Candidate]:
    """Colour or kind of the shape in a lettered panel."""
    letter = panel_letter(qa.target)
    e = panel_shape(letter, sir) if letter else None
    value = e.attrs.get(attribute) if e is not None else None
    return [Candidate(str(value), 0.9, True, [e.id], f"panel_{attribute}", e.box)] if e is not None and value else []


def letter_of_shape(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """The letter of the panel holding the shape the analysis names (a colour and/or a kind): the printed
    letter nearest it when one was read, else its place in reading order. Used when nothing else answers."""
    from .keys import shape_match

    shape = next((s for s in qa.shapes if s), None)
    colour = qa.colours[0] if qa.colours else None
    shapes = [e for e in sir.by_kind("shape") if e.box is not None]
    hits = [e for e in shapes if shape_match(e, shape, colour)] if shape or colour else []
    if len(hits) != 1 or len(shapes) > 8:
        return []
    marks = [e for e in sir.by_kind("text", "number") if e.box is not None and re.fullmatch(r"\(?[A-H]\)?", e.value)]
    if marks:
        b = hits[0].box
        near = min(marks, key=lambda e: abs(e.box.cx - b.cx) + abs(e.box.cy - b.cy))  # type: ignore[union-attr]
        return [Candidate(near.value.strip("()"), 0.6, True, [near.id, hits[0].id], "panel_letter", near.box)]
    k = reading_order(shapes).index(hits[0])
    return [Candidate("ABCDEFGH"[k], 0.5, True, [hits[0].id], "panel_letter", hits[0].box)]


def scale_candidates(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """The area of a drawn shape in the units of a scale bar, when the target names an area unit."""
    from .measure import measure

    if not qa.area_unit:
        return []
    got = measure(sir, "area")
    return [Candidate(got[0], 0.8, True, got[1], "scale_area", conf=0.8)] if got else []
