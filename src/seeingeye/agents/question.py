"""Parse a question once into a typed `QuestionAnalysis` that the tool plan, the programs, the reasoner
and the loop all read.

The operator comes from two signals: the nearest example questions (embedding neighbours over
`data/operators.json`, many phrasings per operator) and structural cues of the sentence (a yes/no
auxiliary first, "than", "how many", a superlative). Words are matched whole; opposites (most/least,
cheapest/priciest) are decided here, in code, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from ..models.embed import cosine, get_embedder
from ..textutil import tokens
from ..tools.colour_names import COLOUR_WORDS, canonical_colour
from .cues import (
    AUX,
    LESS,
    MORE,
    ORDINALS,
    POSITIONS,
    SHAPE_WORDS,
    SUPERLATIVE,
    _count_of,
    _examples,
    _relation,
    answer_type,
    correct_typos,
)

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
]
CountOf = Literal[
    "shapes", "rows", "columns", "items", "bullets", "people", "bars", "slices", "series", "objects", "lines"
]

_FRAME = re.compile(
    r"^(?:(?:please|hey|ok|so)[, ]+)?(?:can|could|would) you (?:please )?(?:tell me|say|read|find)\s+|"
    r"^(?:please\s+)?(?:tell me|give me|find|read|show me|i need|i want to know)\s+|"
    r"^(?:can|do|could) you (?:see|spot|find)\s+(?:any\s+|an?\s+|the\s+)?|"
    r"^what(?:'s| is| does)? (?:it|the (?:image|page|card|screen)) (?:say|show|list)s? (?:for|about|next to|under)\s+|"
    r"^what(?:'s| is) (?:the )?value (?:for|of)\s+",
    re.I,
)
_WH = re.compile(
    r"^(?:what|which|who|whom|whose|where|when|how(?: much| many| long| old)?)(?:'s|\s+is|\s+are|\s+was|\s+were"
    r"|\s+does|\s+do|\s+did|\s+has|\s+will)?\s+",
    re.I,
)
_TAIL = re.compile(
    r"\s*(?:\b(?:in|on|from|of|at)\s+(?:this|the)\s+(?:image|picture|photo|screenshot|page|document|receipt|"
    r"invoice|chart|graph|plot|table|slide|form|card|screen|output|terminal)\b.*|\b(?:shown|displayed|listed|"
    r"printed|written|mentioned|stated|given)\b.*|\s(?:value\s+)?(?:pls|plz|please|thanks|thx)\b.*)?[?.!\s]*$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.I)


@dataclass
class QuestionAnalysis:
    question: str
    options: list[str]
    operator: Operator
    answer_type: AnswerType
    target: str  # the phrase naming what is asked about ("store name", "total", "population of Oslo")
    count_of: CountOf | None = None
    arith: Literal["sum", "difference", "mean", "ratio"] | None = None
    nth: int | None = None
    relation: Literal["greater", "less"] | None = None  # for compare / extremes
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

    @property
    def key_terms(self) -> list[str]:
        return [w for w in tokens(self.target, drop_stopwords=True) if w not in COLOUR_WORDS]

    @property
    def visual(self) -> bool:
        return self.operator in ("count", "colour", "shape", "exists", "size_compare", "count_compare") and (
            bool(self.shapes) or self.count_of == "shapes" or self.operator in ("colour", "shape")
        )


def operator_votes(question: str, k: int = 7) -> dict[str, float]:
    """Similarity-weighted votes of the k nearest example questions."""
    texts, labels = _examples()
    emb = get_embedder()
    sims = cosine(emb.encode([question], "query"), emb.encode(texts, "query"))[0]
    top = np.argsort(-sims)[:k]
    votes: dict[str, float] = {}
    for i in top:
        votes[labels[i]] = votes.get(labels[i], 0.0) + float(sims[i])
    total = sum(votes.values()) or 1.0
    return {op: round(v / total, 3) for op, v in sorted(votes.items(), key=lambda t: -t[1])}


def target_phrase(question: str) -> str:
    """Strip the question frame: 'What's the name of the store on this receipt?' -> 'name of the store'."""
    q = re.sub(r"\s+", " ", question.strip())
    q = _FRAME.sub("", q)
    q = _WH.sub("", q)
    q = re.sub(r"^(?:(?:fill|text|background)\s+)?colou?rs?\s+(?:is|are|of|does)\s+", "", q, flags=re.I)
    q = re.sub(r"^(?:is|are|was|were|does|do|did|has|have|can|will)\s+(?:there\s+)?", "", q, flags=re.I)
    q = _TAIL.sub("", q)
    q = _ARTICLE.sub("", q.strip())
    return q.strip(" ,:;?") or question.strip()


def analyse(question: str, options: list[str] | None = None) -> QuestionAnalysis:
    options = list(options or [])
    question = correct_typos(question)
    q = re.sub(r"\s+", " ", question.strip().lower())
    words = tokens(q)
    wset = set(words)
    shapes = [SHAPE_WORDS[w] for w in words if w in SHAPE_WORDS]
    colours = [canonical_colour(w) for w in words if w in COLOUR_WORDS]
    quoted_m = re.search(r"[\"“'‘]([^\"”'’]{2,})[\"”'’]", question)
    negated = bool(re.search(r"\b(not|no|never|none)\b|n't\b", q))
    position = next((p for p in POSITIONS if re.search(rf"\b{p}\b", q)), None)
    # Position phrases ("at the top right") are constraints, never superlatives.
    unplaced = re.sub(
        r"\b(?:at|in|on|near|from|to) (?:the )?(?:very )?(?:top|bottom|upper|lower)(?: (?:left|right))?(?: corner)?\b|"
        r"\b(?:top|bottom|upper|lower)[- ](?:left|right)\b|\bon top\b",
        " ",
        q,
    )
    rel_words = tokens(unplaced)
    rel = _relation(rel_words)
    yesno = bool(words) and (words[0] in AUX or words[0] == "any")
    # "is Feb or Mar bigger?", "A or B - which has more?": a choice between two, not a yes/no.
    choice = bool(rel) and " or " in f" {q} " and " than " not in f" {q} "
    yesno = yesno and not choice
    votes = operator_votes(question)
    op: str = next(iter(votes), "lookup")

    # Structural cues override the neighbours where the sentence form is unambiguous.
    named_shapes = [s for s in shapes if s]
    if re.search(r"\bhow many (more|fewer|less)\b|\bhow much (more|less|higher|lower|bigger|smaller)\b|"
                 r"\bby how much\b|\bexceeds?\b", q):  # fmt: skip
        op = "arithmetic"
    elif re.search(r"\bhow many\b|\bcount\b|^(?:what is |what's )?(?:the )?(?:total )?number of\b", q):
        op = "count_compare" if len(named_shapes) >= 2 and rel else "count"
    elif re.search(r"\b(what|which) colou?r\b|\bcolou?r (of|is)\b|\bwhat is the (fill )?colou?r\b|\bfill\b|"
                   r"\bbackground\b", q):  # fmt: skip
        op = "colour"
    elif re.search(r"\b(what|which) (kind of |type of )?shape\b", q):
        op = "shape"
    elif (
        (yesno or words[:1] == ["which"])
        and len(named_shapes) >= 2
        and rel
        and re.search(r"\b(larger|bigger|smaller|taller|wider)\b", q)
    ):
        op = "size_compare"
    elif yesno and len(named_shapes) >= 2 and rel:
        op = "count_compare"
    elif (yesno and rel and " than " in f" {q} ") or choice:
        op = "compare"
    elif re.search(r"\b(checked|unchecked|ticked|selected|enabled|disabled|toggled|switched|turned on|turned off|"
                   r"chosen)\b", q):  # fmt: skip
        op = "state"
    elif yesno:
        op = "state" if op == "state" else "exists"
    elif re.search(
        r"\b(difference|gap|sum|combined|together|average|mean|ratio|add|plus|added|minus|subtract)\b|"
        r"\btotal of\b",
        q,
    ):
        op = "arithmetic"
    elif any(w in SUPERLATIVE or (w.endswith("est") and w in MORE | LESS) for w in rel_words):
        op = "max" if rel == "greater" else "min"
    elif op in ("max", "min") and rel is None:
        op = "lookup"
    elif op in ("max", "min"):
        op = "max" if rel == "greater" else "min"
    elif op in ("count", "count_compare", "size_compare", "compare", "exists", "state", "colour", "shape",
                "arithmetic"):  # fmt: skip
        op = "lookup"  # a neighbour's vote without the sentence form it needs
    nth = next((n for w, n in ORDINALS.items() if w in wset), None)
    if (
        op in ("lookup", "read")
        and nth is not None
        and re.search(
            r"\b(items?|rows?|bullets?|lines?|entry|entries|points?|options?|listed|list|step|task|product)\b", q
        )
    ):
        op = "nth"
    arith = None
    if op == "arithmetic":
        arith = (
            "mean" if re.search(r"\b(average|mean)\b", q)
            else "sum" if re.search(r"\b(sum|combined|together|total of|altogether|add|plus|added)\b", q)
            else "ratio" if "ratio" in wset
            else "difference"
        )  # fmt: skip
    atype = answer_type(q, words, op, options)
    if op == "compare" and not yesno:
        atype = "text"  # "which is higher, A or B?" names one of the two
    if op == "arithmetic" and atype not in ("money", "percentage", "number", "time"):
        atype = "number"
    if op in ("max", "min") and (
        re.search(r"\b(which|who|whom|where|when)\b", q)
        or not re.search(
            r"\bhow (much|many)\b|\b(value|number|amount|figure|score|count|level|temperature|price|"
            r"cost|total)\b",
            q,
        )  # fmt: skip
    ):
        atype = "text"  # the arg-max's label is wanted, not its value
    return QuestionAnalysis(
        question=question,
        options=options,
        operator=op,  # type: ignore[arg-type]
        answer_type=atype,
        target=target_phrase(question),
        count_of=_count_of(q, shapes) if op in ("count", "count_compare") else None,
        arith=arith,  # type: ignore[arg-type]
        nth=nth,
        relation=rel,
        negated=negated,
        quoted=quoted_m.group(1) if quoted_m else None,
        shapes=shapes,
        colours=colours,
        position=position,
        wants_chart=bool(wset & {"chart", "graph", "plot", "bar", "bars", "series", "legend", "slice", "pie", "axis"}),
        wants_table=bool(wset & {"table", "row", "rows", "column", "columns", "cell"}),
        wants_small_text=bool(wset & {"small", "tiny", "fine", "footnote", "footer", "corner", "print"}),
        yesno=yesno,
        operator_scores=votes,
    )


def shape_mentions(q: str) -> list[tuple[str | None, str]]:
    """(colour, shape) pairs in the order the question names them: "the red circle ... the blue square"."""
    words = tokens(q)
    out = []
    for i, w in enumerate(words):
        if w in SHAPE_WORDS and SHAPE_WORDS[w]:
            prev = words[i - 1] if i else ""
            out.append((canonical_colour(prev) if prev in COLOUR_WORDS else None, SHAPE_WORDS[w]))
    return out
