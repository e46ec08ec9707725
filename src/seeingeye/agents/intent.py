"""Question analysis: what the question asks for, in terms the tool plan and the programs understand.

Deterministic on purpose: the embedded model is too small to parse questions reliably, and this keeps
the tool plan and the answer programs grounded in the question's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..textutil import tokens
from ..tools.colour_names import COLOUR_WORDS, canonical_colour

IntentKind = Literal[
    "count",
    "colour",
    "shape",
    "extreme",
    "arith",
    "compare",
    "size_compare",
    "count_compare",
    "exists",
    "text_exists",
    "yesno",
    "read",
    "lookup",
]

SHAPE_WORDS = {
    "circle": "circle",
    "circles": "circle",
    "dot": "circle",
    "dots": "circle",
    "disc": "circle",
    "ball": "circle",
    "balls": "circle",
    "ellipse": "ellipse",
    "ellipses": "ellipse",
    "oval": "ellipse",
    "ovals": "ellipse",
    "square": "square",
    "squares": "square",
    "rectangle": "rectangle",
    "rectangles": "rectangle",
    "box": "rectangle",
    "boxes": "rectangle",
    "triangle": "triangle",
    "triangles": "triangle",
    "star": "star",
    "stars": "star",
    "pentagon": "pentagon",
    "pentagons": "pentagon",
    "hexagon": "hexagon",
    "hexagons": "hexagon",
    "diamond": "diamond",
    "diamonds": "diamond",
    "bar": "bar",
    "bars": "bar",
    "shape": "",
    "shapes": "",
    "object": "",
    "objects": "",
    "polygon": "polygon",
}
MAX_WORDS = {
    "highest",
    "largest",
    "biggest",
    "most",
    "maximum",
    "max",
    "tallest",
    "longest",
    "greatest",
    "top",
    "best",
    "higher",
    "larger",
    "bigger",
    "more",
    "greater",
    "taller",
    "longer",
    "heaviest",
    "oldest",
}
MIN_WORDS = {
    "lowest",
    "smallest",
    "least",
    "minimum",
    "min",
    "shortest",
    "fewest",
    "worst",
    "lower",
    "smaller",
    "less",
    "fewer",
    "shorter",
    "lightest",
    "youngest",
    "cheapest",
}
YESNO_START = ("is ", "are ", "does ", "do ", "did ", "was ", "were ", "can ", "has ", "have ", "will ")
CHART_WORDS = {"chart", "graph", "bar", "bars", "plot", "axis", "series", "line"}
TABLE_WORDS = {"table", "row", "column", "columns", "rows", "cell"}
READ_WORDS = {
    "say",
    "says",
    "written",
    "write",
    "text",
    "read",
    "title",
    "heading",
    "headline",
    "name",
    "label",
    "caption",
    "word",
    "words",
    "sign",
    "printed",
}
ARITH = {
    "difference": "difference",
    "sum": "sum",
    "combined": "sum",
    "together": "sum",
    "total of": "sum",
    "average": "mean",
    "mean": "mean",
    "more than": "difference",
    "less than": "difference",
}


@dataclass
class Intent:
    question: str
    kind: IntentKind
    shapes: list[str] = field(default_factory=list)  # canonical shape kinds mentioned ("" = any shape)
    colours: list[str] = field(default_factory=list)
    extreme: Literal["max", "min"] | None = None
    arith: str | None = None
    negated: bool = False
    key_terms: list[str] = field(default_factory=list)
    quoted: str | None = None
    wants_chart: bool = False
    wants_table: bool = False
    wants_small_text: bool = False
    position: str | None = None

    @property
    def mentions_shapes(self) -> bool:
        return bool(self.shapes)


def shape_mentions(q: str) -> list[tuple[str | None, str]]:
    """(colour, shape) pairs in the order the question names them: "the red circle ... the blue square"."""
    words = tokens(q)
    out = []
    for i, w in enumerate(words):
        if w in SHAPE_WORDS and SHAPE_WORDS[w]:
            prev = words[i - 1] if i else ""
            colour = canonical_colour(prev) if prev in COLOUR_WORDS else None
            out.append((colour, SHAPE_WORDS[w]))
    return out


def analyse(question: str) -> Intent:
    q = question.strip().lower()
    q = re.sub(r"\s+", " ", q)
    words = tokens(q)
    wset = set(words)
    shapes = [SHAPE_WORDS[w] for w in words if w in SHAPE_WORDS]
    colours = [canonical_colour(w) for w in words if w in COLOUR_WORDS]
    quoted_m = re.search(r"[\"“'‘]([^\"”'’]{2,})[\"”'’]", question)
    negated = bool(re.search(r"\b(not|no|n't|never)\b", q)) or "n't" in q
    extreme = "max" if wset & MAX_WORDS else "min" if wset & MIN_WORDS else None
    position = next(
        (
            p
            for p in (
                "top left",
                "top right",
                "bottom left",
                "bottom right",
                "upper left",
                "upper right",
                "lower left",
                "lower right",
                "top",
                "bottom",
                "left",
                "right",
                "corner",
                "footer",
                "header",
            )
            if re.search(rf"\b{p}\b", q)
        ),
        None,
    )
    arith = next((op for kw, op in ARITH.items() if kw in q), None)
    if "how much more" in q or "how many more" in q or "how much higher" in q or "how much less" in q:
        arith = "difference"
    wants_chart = bool(wset & CHART_WORDS)
    wants_table = bool(wset & TABLE_WORDS)
    small = bool(wset & {"small", "tiny", "fine", "footnote", "footer", "corner", "print"})
    key_terms = [w for w in tokens(q, drop_stopwords=True) if w not in COLOUR_WORDS]

    kind: IntentKind
    if (
        re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", q)
        and (shapes or colours or not arith)
        and not re.search(r"\bhow many (more|fewer|less)\b", q)
    ):
        kind = "count"
    elif re.search(r"\b(what|which) colou?r\b|\bcolou?r of\b|\bwhat is the colou?r\b", q):
        kind = "colour"
    elif re.search(r"\b(what|which) (kind of |type of )?shape\b", q) or (
        re.match(r"what is the \w+ (shape|object)\b", q) and colours
    ):
        kind = "shape"
    elif (
        len([x for x in shapes if x]) >= 2
        and re.search(r"\b(more|fewer|less)\b", q)
        and not re.search(r"\b(larger|bigger|smaller|taller|wider)\b", q)
    ):
        kind = "count_compare"
    elif len(shape_mentions(q)) >= 2 and re.search(r"\b(larger|bigger|smaller|taller|wider|greater|lesser)\b", q):
        kind = "size_compare"
    elif q.startswith(YESNO_START) and re.search(
        r"\b(more|greater|higher|larger|bigger|less|fewer|lower|"
        r"smaller)\b.*\bthan\b",
        q,
    ):
        kind = "compare"
    elif q.startswith(YESNO_START) and (shapes or colours) and not quoted_m:
        kind = "exists"
    elif q.startswith(YESNO_START) and (
        quoted_m or wset & {"say", "says", "contain", "mention", "word", "written", "text"}
    ):
        kind = "text_exists"
    elif q.startswith(YESNO_START):
        kind = "yesno"
    elif arith:
        kind = "arith"
    elif extreme and not (shapes and not wants_chart):
        kind = "extreme"
    elif extreme and shapes:
        kind = "shape" if "what shape" in q else "colour" if "colou" in q else "extreme"
    elif wset & READ_WORDS and not re.search(r"\b(total|price|cost|date|amount|value)\b", q):
        kind = "read"
    else:
        kind = "lookup"
    return Intent(
        question=question,
        kind=kind,
        shapes=shapes,
        colours=colours,
        extreme=extreme,
        arith=arith,
        negated=negated,
        key_terms=key_terms,
        quoted=quoted_m.group(1) if quoted_m else None,
        wants_chart=wants_chart,
        wants_table=wants_table,
        wants_small_text=small,
        position=position,
    )
