"""Typed cues of a question: its answer type from its own nouns and wh-word, comparatives and their
direction, what a "how many" counts, and typo repair towards the cue vocabulary. Read by `question.py`."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from ..textutil import STOPWORDS, similarity, tokens

if TYPE_CHECKING:
    from .question import AnswerType, CountOf

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
    "include",
    "contain",
    "discount",
    "script",
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
    if re.search(r"\b(script|file|filename|file name|module|program)\b", q) and not re.search(r"\bline\b", q):
        return "file"
    if re.search(r"\b(url|website|web site|link|homepage|domain)\b", q):
        return "url"
    if re.search(r"\b(phone|telephone|tel|fax|mobile|contact number|call)\b", q):
        return "phone"
    if re.search(r"\b(version|release)\b", q):
        return "version"
    if re.search(r"^(what|which) (number|digits?|figure|amount)\b|\b(line|slide|page|row|step|figure|table|chapter|"
                 r"section) (number|no)\b|\bexit (code|status)\b|"
                 r"\bstatus code\b|\bwhich (line|page|slide)\b", q):  # fmt: skip
        return "number"
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
        r"discount|change|cash|salary|revenue|spent|owe|come to|comes to)\b|\bhow much (is|was|are|were|does|did|do)\b"
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
    if re.search(r"\b(how (many|much|long|old|tall|far|high))\b|\b(temperature|score|population|"
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
        (r"\b(data series|series|legend entries)\b", "series"),
        (r"\b(bars?)\b", "bars"),
        (r"\b(slices?|segments?|wedges?|categories in the (pie|chart))\b", "slices"),
        (r"\b(data series|series|legend entries)\b", "series"),
        (r"\b(items?|products?|articles?|things (bought|purchased)|line items?|purchases)\b", "items"),
        (r"\b(lines?)\b", "lines"),
    ):
        if re.search(pattern, q):
            return what  # type: ignore[return-value]
    return "objects"
