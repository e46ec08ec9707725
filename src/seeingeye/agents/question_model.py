"""What a question is parsed into: `QuestionAnalysis`, the one record the tool plan, the programs, the reasoner
and the loop read (`question.analyse` makes it), with the operators and answer types it names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..textutil import tokens
from ..tools.colour_names import COLOUR_WORDS
from .coordinates import Coordinates
from .sign import Sign

AnswerType = Literal[
    "number",
    "money",
    "date",
    "time",
    "person",
    "organisation",
    "place",
    "code",
    "phone",
    "email",
    "url",
    "version",
    "percentage",
    "error",
    "file",
    "yesno",
    "option",
    "colour",
    "shape",
    "count",
    "text",
]
Operator = Literal[
    "lookup",
    "read",
    "max",
    "min",
    "nth",
    "compare",
    "arithmetic",
    "count",
    "exists",
    "state",
    "colour",
    "shape",
    "size_compare",
    "count_compare",
    "next",
    "crossover",
    "locate",
    "choose",
    "trend",
]
CountOf = Literal[
    "shapes", "rows", "columns", "items", "bullets", "people", "bars", "slices", "series", "objects", "lines", "text"
]


@dataclass
class QuestionAnalysis:
    question: str
    options: list[str]
    operator: Operator
    answer_type: AnswerType
    target: str  # the phrase naming what is asked about ("store name", "total", "population of Oslo")
    phrase: str = ""  # the whole question without its frame ("total story points already done"), for programs
    # that look for a state or a name anywhere in it when the tagged spans miss it
    count_of: CountOf | None = None
    arith: Literal["sum", "difference", "subtract", "mean", "ratio"] | None = None
    nth: int | None = None
    relation: Literal["greater", "less"] | None = None  # for compare / extremes, and a count past a threshold
    sign: Sign | None = None  # the figures asked of point up (in, gained) or down (out, fell): `sign.py`
    negated: bool = False
    quoted: str | None = None
    shapes: list[str] = field(default_factory=list)
    colours: list[str] = field(default_factory=list)
    position: str | None = None
    wants_chart: bool = False
    wants_table: bool = False
    wants_small_text: bool = False
    yesno: bool = False
    operator_scores: dict[str, float] = field(default_factory=dict)
    # Learned reading; maps onto the records calls: lookup(row, column), arg_extreme(column, max|min),
    # count(column, equals=condition), nth(n | "latest").
    intent: str = "lookup"
    intent_scores: dict[str, float] = field(default_factory=dict)
    type_scores: dict[str, float] = field(default_factory=dict)
    row: str | None = None  # the named row / category / item
    column: str | None = None  # the named column / measure / series
    condition: str | None = None  # the condition of a count ("Failed", "done")
    operands: list[str] = field(default_factory=list)  # A and B of a comparison, difference, crossover
    # a figure the question itself brings to a sum or difference ("paid with a 50", "if I add 100 to it")
    given: float | None = None
    # the page's entry is said before the asker's figure ("the deposit minus 40"): a subtraction's order
    given_last: bool = False
    unit: CountOf | None = None  # unit of structure the target names (rows, bullets, text, ...)
    round_to: int | None = None  # decimal places the question asks its number in
    area_unit: str | None = None  # the unit of area the answer is asked in ("cm²", "square m")
    coords: Coordinates = field(default_factory=Coordinates)  # cell, numbered line, plural control kind
    latest: bool = False  # newest / oldest entry of a log rather than a position in a list
    backward: bool = False  # the entry before the named one, not after it ("the release before 2.4")
    in_time: bool = True  # "after" in time (a history listed latest first reads upwards), not in print order
    measure: str | None = None  # the dimension a "how long / how heavy" question asks, in its units' words
    where: bool = False  # led by "where": a place, a folder or a path is asked for
    wants_off: bool = False  # a yes/no about a control asks for the off state ("is X unchecked?")
    shape_pairs: list[tuple[str | None, str]] = field(default_factory=list)  # (colour, shape) per operand
    also_figure: bool = False  # a second question joined on asks how much of it ("which X most, and how much?")
    also: str | None = None  # what the joined question asks of the same entry ("and its airline", "and at what time")
    # the two states a question offers to choose from ("Bluetooth: on or off?"): answered with one of them, as asked
    state_choice: tuple[str, str] | None = None
    as_weekday: bool = False  # the answer is asked as a day of the week
    excluded: list[str] = field(default_factory=list)  # entries left out of an extreme ("apart from rent")
    bounds: tuple[float, float] | None = None  # the range of a quantity it bounds ("12 kg or more")
    purpose: str | None = None  # what a click should do ("... to leave my settings as they are"), for a click target
    time_unit: Literal["minutes", "hours"] | None = None  # the unit a span of time is asked in ("how many minutes")
    ordered_by: str | None = None  # the type of column a superlative orders by ("the priciest": money)
    portion: tuple[str, int, str] | None = None  # part of the value asked by length ("the final 3 digits")

    @property
    def head(self) -> str:
        """The target's first word: what is asked for or counted leads it ("mount" in "mount with most free")."""
        words = self.target.split()
        return words[0] if words else ""

    @property
    def key_terms(self) -> list[str]:
        return [w for w in tokens(self.target, drop_stopwords=True) if w not in COLOUR_WORDS]

    @property
    def visual(self) -> bool:
        return self.operator in ("count", "colour", "shape", "exists", "size_compare", "count_compare") and (
            bool(self.shapes) or self.count_of == "shapes" or self.operator in ("colour", "shape")
        )
