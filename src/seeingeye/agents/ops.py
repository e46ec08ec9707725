"""Answer programs: small, typed operations over the SIR that *our* code executes.

A reasoner (the embedded model, a remote LLM, or the deterministic compiler in `solve.py`) emits one
of these instead of free text, so arithmetic, arg-max and counting are exact and every answer cites
the evidence it rests on. Nothing model-written is ever executed as code. Running them: `execute.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from ..sir import Evidence
from .keys import shape_match


class Lookup(BaseModel):
    """The value printed next to a key (a label, a table cell 'row | column', a chart category)."""

    op: Literal["lookup"] = "lookup"
    key: str


class Extreme(BaseModel):
    """The label (or value) with the largest/smallest number in a chart series or table column."""

    op: Literal["argmax", "argmin"]
    column: str | None = None
    return_value: bool = False


class Count(BaseModel):
    """How many shapes match an optional kind and colour."""

    op: Literal["count"] = "count"
    shape: str | None = None
    colour: str | None = None


class Attribute(BaseModel):
    """The colour or kind of the selected shape (largest, smallest, or the only match)."""

    op: Literal["attribute"] = "attribute"
    attribute: Literal["colour", "shape"]
    shape: str | None = None
    colour: str | None = None
    select: Literal["largest", "smallest"] = "largest"


class Exists(BaseModel):
    """Whether a shape of a kind/colour is present (negate for 'is there not ...')."""

    op: Literal["exists"] = "exists"
    shape: str | None = None
    colour: str | None = None
    negate: bool = False


class TextExists(BaseModel):
    """Whether some text appears in the image."""

    op: Literal["text_exists"] = "text_exists"
    text: str
    negate: bool = False


class Arith(BaseModel):
    """Sum, difference (unsigned gap), subtract (first minus second, signed) or mean of the values of several
    keys (all series values if keys is empty)."""

    op: Literal["sum", "difference", "subtract", "mean"]
    keys: list[str] = Field(default_factory=list)


class Compare(BaseModel):
    """Is the value of key a greater (or less) than the value of key b? -> yes/no."""

    op: Literal["compare"] = "compare"
    a: str
    b: str
    relation: Literal["greater", "less"] = "greater"


class _TwoShapes(BaseModel):
    """Two shape descriptions (kind and colour, either may be open) and the relation asked about."""

    a_shape: str | None = None
    a_colour: str | None = None
    b_shape: str | None = None
    b_colour: str | None = None
    relation: Literal["greater", "less"] = "greater"

    def split(self, shapes: list[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
        """Shapes matching description a and b, each largest first."""

        def pick(kind: str | None, colour: str | None) -> list[Evidence]:
            return sorted((e for e in shapes if shape_match(e, kind, colour)), key=lambda e: -(e.number or 0))

        return pick(self.a_shape, self.a_colour), pick(self.b_shape, self.b_colour)


class SizeCompare(_TwoShapes):
    """Compare the sizes of two shapes (largest match of each description): yes/no, or which one."""

    op: Literal["size_compare"] = "size_compare"
    ask: Literal["yesno", "which"] = "yesno"


class CountCompare(_TwoShapes):
    """Are there more shapes of description a than of b? -> yes/no."""

    op: Literal["count_compare"] = "count_compare"


class TextColour(BaseModel):
    """The ink colour of a piece of text (or of the title when text is 'title')."""

    op: Literal["text_colour"] = "text_colour"
    text: str


class Cite(BaseModel):
    """The value of one evidence item, by id."""

    op: Literal["evidence"] = "evidence"
    id: str


class Read(BaseModel):
    """Text read off the image: the title (largest, topmost line) or all lines in reading order."""

    op: Literal["read"] = "read"
    select: Literal["title", "all", "number"] = "all"


class RecordLookup(BaseModel):
    """The cell at a row and column of any tabular structure (table, command output, key: value block,
    contents list, chart), both matched by meaning; without a column, the row's value."""

    op: Literal["record_lookup"] = "record_lookup"
    row: str
    column: str | None = None


class RecordExtreme(BaseModel):
    """The row with the largest/smallest value in a named column (sizes by bytes, dates by time)."""

    op: Literal["record_max", "record_min"]
    column: str


class RecordCount(BaseModel):
    """How many rows (with `equals`: rows whose named column holds that value)."""

    op: Literal["record_count"] = "record_count"
    column: str | None = None
    equals: str | None = None


class RecordNth(BaseModel):
    """The n-th row (1-based), the first, the last, the latest or the earliest (by a date column); a column's
    cell of it."""

    op: Literal["record_nth"] = "record_nth"
    n: int | Literal["first", "last", "latest", "earliest"]
    column: str | None = None


class RecordNext(BaseModel):
    """The row after (step -1: before) the named one, e.g. the next entry of a table of contents."""

    op: Literal["record_next"] = "record_next"
    row: str
    step: int = 1


Operation = (
    Lookup | Extreme | Count | Attribute | Exists | TextExists | Arith | Compare | SizeCompare | CountCompare | Cite
    | TextColour | Read | RecordLookup | RecordExtreme | RecordCount | RecordNth | RecordNext
)
Program = Annotated[Operation, Field(discriminator="op")]


class ProgramError(ValueError):
    """The program cannot be answered from this SIR (missing key, no shapes, ...)."""


class Outcome(BaseModel):
    answer: str
    confidence: float
    evidence_ids: list[str]
    alternatives: list[tuple[str, float, list[str]]] = Field(default_factory=list)
