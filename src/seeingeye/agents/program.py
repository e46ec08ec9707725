"""Answer programs, the public face: the typed operations (`ops.py`), how their words are matched to the
SIR (`keys.py`) and how our code runs them (`execute.py`). Import from here."""

from __future__ import annotations

from .execute import execute, plain_number
from .keys import RELATED, key_score, mentioned, shape_match
from .ops import (
    Arith,
    Attribute,
    Cite,
    Compare,
    Count,
    CountCompare,
    Exists,
    Extreme,
    Lookup,
    Outcome,
    Program,
    ProgramError,
    Read,
    SizeCompare,
    TextColour,
    TextExists,
)

__all__ = [
    "RELATED",
    "Arith",
    "Attribute",
    "Cite",
    "Compare",
    "Count",
    "CountCompare",
    "Exists",
    "Extreme",
    "Lookup",
    "Outcome",
    "Program",
    "ProgramError",
    "Read",
    "SizeCompare",
    "TextColour",
    "TextExists",
    "execute",
    "key_score",
    "mentioned",
    "plain_number",
    "shape_match",
]
