"""Parse a question once into a typed `QuestionAnalysis` that the tool plan, the programs, the reasoner
and the loop all read.

The operator comes from two signals: the nearest example questions (embedding neighbours over
`data/operators.json`, many phrasings per operator) and structural cues of the sentence (a yes/no
auxiliary first, "than", "how many", a superlative). Words are matched whole; opposites (most/least,
cheapest/priciest) are decided here, in code, once.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal

import numpy as np

from ..models.embed import cosine, get_embedder
from ..textutil import STOPWORDS, similarity, tokens
from ..tools.colour_names import COLOUR_WORDS, canonical_colour

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
CountOf = Literal["shapes", "rows", "columns", "items", "bullets", "people", "bars", "slices", "objects", "lines"]

SHAPE_WORDS = {
    "circle": "circle", "circles": "circle", "dot": "circle", "dots": "circle", "disc": "circle", "discs": "circle",
    "ellipse": "ellipse", "ellipses": "ellipse", "oval": "ellipse", "ovals": "ellipse", "square": "square",
    "squares": "square", "rectangle": "rectangle", "rectangles": "rectangle", "triangle": "triangle",
    "triangles": "triangle", "star": "star", "stars": "star", "pentagon": "pentagon", "pentagons": "pentagon",
    "hexagon": "hexagon", "hexagons": "hexagon", "diamond": "diamond", "diamonds": "diamond", "polygon": "polygon",
    "shape": "", "shapes": "",
}  # fmt: skip
# Comparative/superlative adjectives and their direction; "cheap" means the minimum of a price.
MORE = {"highest", "largest", "biggest", "most", "maximum", "max", "tallest", "longest", "greatest", "top", "best",
        "higher", "larger", "bigger", "more", "greater", "taller", "longer", "heaviest", "oldest", "priciest",
        "dearest", "peak", "peaked", "expensive", "costliest", "widest", "wider", "busiest", "fastest",
        "maximal"}  # fmt: skip
LESS = {"lowest", "smallest", "least", "minimum", "min", "shortest", "fewest", "worst", "lower", "smaller", "less",
        "fewer", "shorter", "lightest", "youngest", "cheapest", "cheaper", "narrowest", "slowest",
        "minimal"}  # fmt: skip
SUPERLATIVE = {
    "most",
    "least",
    "maximum",
    "minimum",
    "max",
    "min",
    "top",
    "best",
    "worst",
    "peak",
    "peaked",
    "priciest",
    "costliest",
    "cheapest",
}
AUX = {"is", "are", "does", "do", "did", "was", "were", "can", "has", "have", "will", "should", "could"}
POSITIONS = ("top left", "top right", "bottom left", "bottom right", "upper left", "upper right", "lower left",
             "lower right", "top", "bottom", "left", "right", "header", "footer", "corner", "middle", "centre",
             "center")  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2, "3rd": 3}
# Question frames that carry no target meaning ("what is the", "can you tell me").
_FRAME = re.compile(
    r"^(?:(?:please|hey|ok|so)[, ]+)?(?:can|could|would) you (?:please )?(?:tell me|say|read|find)\s+|"
    r"^(?:please\s+)?(?:tell me|give me|find|read|show me|i need|i want to know)\s+",
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
    r"printed|written|mentioned|stated|given)\b.*)?[?.!\s]*$",
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


@lru_cache(maxsize=1)
def _examples() -> tuple[list[str], list[str]]:
    raw = json.loads(resources.files(__package__).joinpath("data/operators.json").read_text(encoding="utf-8"))
    texts, labels = [], []
    for op, qs in raw.items():
        if op.startswith("_"):
            continue
        texts += qs
        labels += [op] * len(qs)
    return texts, labels


# Cue words the analysis looks for; a typed question's slips ("nubmer", "toal", "lsted") are corrected
# towards them before parsing, never towards arbitrary words.
_CUES = [
    "number",
    "total",
    "many",
    "much",
    "first",
    "second",
    "third",
    "last",
    "listed",
    "list",
    "item",
    "items",
    "price",
    "priced",
    "cost",
    "costs",
    "colour",
    "color",
    "highest",
    "lowest",
    "largest",
    "smallest",
    "cheapest",
    "expensive",
    "difference",
    "between",
    "combined",
    "average",
    "date",
    "time",
    "phone",
    "email",
    "address",
    "version",
    "error",
    "count",
    "checked",
    "selected",
    "enabled",
    "title",
    "heading",
    "name",
    "store",
    "company",
    "percentage",
    "subtotal",
    "amount",
    "value",
    "where",
    "when",
    "which",
    "what",
    "who",
    "whose",
    "how",
    "does",
    "there",
    "more",
    "less",
    "than",
    "greater",
    "fewer",
]


@lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    texts, _ = _examples()
    return frozenset(_CUES) | STOPWORDS | frozenset(w for t in texts for w in tokens(t))


def correct_typos(question: str) -> str:
    """Replace lower-case words unknown to the cue vocabulary by a close cue word (edit-similar, >= 0.8)."""
    vocab = _vocab()

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 4 or w[1:].lower() != w[1:] or (m.start() > 0 and w[0].isupper()) or w.lower() in vocab:
            return w  # short words, proper nouns mid-sentence and known words stay
        w = w.lower()
        best = min(_CUES, key=lambda c: (_edits(w, c), -similarity(w, c)))
        prefix = len(os.path.commonprefix([w, best]))
        if prefix >= 5 and prefix >= min(len(w), len(best)) - 2:
            return w  # a real inflection ("different" is not "difference")
        # One slip in a word of five letters or more ("lsted", "nubmer"); short words are too ambiguous.
        return best if len(w) >= 5 and _edits(w, best) <= (1 if len(w) < 9 else 2) else w

    return re.sub(r"[A-Za-z]+", fix, question)


def _edits(a: str, b: str) -> int:
    """Optimal-string-alignment distance (edits incl. swapped neighbours: "nubmer" -> "number" is 1)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


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


def answer_type(q: str, words: list[str], operator: str, options: list[str]) -> AnswerType:
    """What kind of value answers it, from the question's own nouns and wh-word."""
    w = set(words)
    if options:
        return "option"
    if operator in ("compare", "exists", "size_compare", "count_compare") or (
        operator == "state" and words and words[0] in AUX
    ):
        return "yesno"
    if operator == "count":
        return "count"
    if operator == "colour":
        return "colour"
    if operator == "shape":
        return "shape"
    if re.search(r"\b(e-?mail)\b", q):
        return "email"
    if re.search(r"\b(url|website|web site|link|homepage|domain)\b", q):
        return "url"
    if re.search(r"\b(phone|telephone|tel|fax|mobile|contact number|call)\b", q):
        return "phone"
    if re.search(r"\b(version|release)\b", q):
        return "version"
    if re.search(r"\b(error|exception|traceback)\b", q) and not re.search(r"\b(how many|count|number of)\b", q):
        return "error"
    if re.search(r"\b(percent|percentage|share|proportion|%)", q) or "rate" in w:
        return "percentage"
    if re.search(r"^when\b|\b(date|day|dated|expir\w*|born|birth|deadline|due on|issued on|valid until)\b", q):
        return "date" if not re.search(r"\bwhat time\b|\b(hour|o'clock)\b", q) else "time"
    if re.search(r"\bwhat time\b|\b(time|hour|opens?|closes?|o'clock)\b", q):
        return "time"
    if re.search(
        r"\b(code|id|identifier|number|no|nr|serial|ref|reference|sku|iban|postcode|zip|account|"
        r"order|invoice|ticket|tracking|licen[cs]e|passport|plate|pin|booking|confirmation)\b",
        q,
    ) and not re.search(r"\bnumber of\b|\bhow many\b", q):
        return "code"
    money = (
        r"\b(price|cost|costs|total|subtotal|tax|vat|fee|amount|paid|pay|due|balance|charge|tip|"
        r"discount|change|cash|salary|revenue|spent|owe)\b|\bhow much (is|was|are|were|does|did|do)\b"
    )
    if re.search(money, q):
        return "money"
    if re.search(r"^who\b|\b(whose|person|author|cashier|signed|customer|holder|manager|speaker|presenter|"
                 r"employee|owner|recipient|sender|name of the (person|customer|holder))\b", q):  # fmt: skip
        return "person"
    if re.search(r"^where\b|\b(city|country|address|located|location|venue|place|town|street)\b", q):
        return "place"
    if re.search(r"\b(store|shop|company|organi[sz]ation|vendor|merchant|business|brand|bank|restaurant|"
                 r"publisher|issuer|employer|airline|firm|supplier|seller)\b", q):  # fmt: skip
        return "organisation"
    if re.search(r"\b(how (many|much|long|old|tall|far|high))\b|\b(value|temperature|score|population|"
                 r"quantity|qty|age|weight|height|size|speed|count)\b", q):  # fmt: skip
        return "number"
    return "text"


def _relation(words: list[str]) -> Literal["greater", "less"] | None:
    for w in words:  # the first comparative/superlative decides: "least expensive" is a minimum
        if w in LESS:
            return "less"
        if w in MORE:
            return "greater"
    return None


def _count_of(q: str, shapes: list[str]) -> CountOf:
    if shapes:
        return "shapes"
    for pattern, what in (
        (r"\b(rows?|entries|records|lines in the table)\b", "rows"),
        (r"\bcolumns?\b", "columns"),
        (r"\b(bullets?|bullet points?|points on the slide)\b", "bullets"),
        (r"\b(people|persons?|faces?|men|women|children|players)\b", "people"),
        (r"\b(bars?)\b", "bars"),
        (r"\b(slices?|segments?|wedges?)\b", "slices"),
        (r"\b(items?|products?|articles?|things (bought|purchased)|line items?|purchases)\b", "items"),
        (r"\b(lines?)\b", "lines"),
    ):
        if re.search(pattern, q):
            return what  # type: ignore[return-value]
    return "objects"


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
    rel = _relation(words)
    yesno = bool(words) and (words[0] in AUX or words[0] == "any")
    votes = operator_votes(question)
    op: str = next(iter(votes), "lookup")

    # Structural cues override the neighbours where the sentence form is unambiguous.
    named_shapes = [s for s in shapes if s]
    if re.search(r"\bhow many (more|fewer|less)\b|\bhow much (more|less|higher|lower|bigger|smaller)\b", q):
        op = "arithmetic"
    elif re.search(r"\bhow many\b|\bcount\b|^(?:what is |what's )?(?:the )?(?:total )?number of\b", q):
        op = "count_compare" if len(named_shapes) >= 2 and rel else "count"
    elif re.search(r"\b(what|which) colou?r\b|\bcolou?r (of|is)\b|\bwhat is the (fill )?colou?r\b", q):
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
    elif (yesno and rel and " than " in f" {q} ") or re.search(r"\bwhich is (higher|lower|larger|smaller|more)\b", q):
        op = "compare"
    elif re.search(r"\b(checked|unchecked|ticked|selected|enabled|disabled|toggled|switched|turned on|turned off|"
                   r"chosen)\b", q):  # fmt: skip
        op = "state"
    elif yesno:
        op = "state" if op == "state" else "exists"
    elif re.search(
        r"\b(difference|sum|combined|together|average|mean|ratio|add|plus|added|minus|subtract)\b|"
        r"\btotal of\b",
        q,
    ):
        op = "arithmetic"
    elif any(w in SUPERLATIVE or (w.endswith("est") and w in MORE | LESS) for w in words):
        op = "max" if rel == "greater" else "min"
    elif op in ("max", "min") and rel is None:
        op = "lookup"
    elif op in ("max", "min"):
        op = "max" if rel == "greater" else "min"
    elif op in ("count", "count_compare", "size_compare", "compare", "exists", "state", "colour", "shape"):
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
    if op == "arithmetic" and atype not in ("money", "percentage", "number", "time"):
        atype = "number"
    if op in ("max", "min") and re.search(r"^(which|who|where|in which|what (month|year|day|city|country|item|"
                                          r"product|category|team|name))\b", q):  # fmt: skip
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
