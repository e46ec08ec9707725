"""Lexicons of facts the question analysis reads (shape words, positions, number words, negations, control
states, nouns naming units of structure) and typo repair towards the words of the intents' phrasings.
Nothing here decides the operator or the answer type: the trained models in `understand.py` do."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..textutil import STOPWORDS, similarity, tokens
from .intents import examples

SHAPE_WORDS = {
    "circle": "circle", "circles": "circle", "dot": "circle", "dots": "circle", "disc": "circle", "discs": "circle",
    "ellipse": "ellipse", "ellipses": "ellipse", "oval": "ellipse", "ovals": "ellipse", "square": "square",
    "squares": "square", "rectangle": "rectangle", "rectangles": "rectangle", "triangle": "triangle",
    "triangles": "triangle", "star": "star", "stars": "star", "pentagon": "pentagon", "pentagons": "pentagon",
    "hexagon": "hexagon", "hexagons": "hexagon", "diamond": "diamond", "diamonds": "diamond", "polygon": "polygon",
    "shape": "", "shapes": "",
}  # fmt: skip
POSITIONS = ("top left", "top right", "bottom left", "bottom right", "upper left", "upper right", "lower left",
             "lower right", "top", "bottom", "left", "right", "header", "footer", "corner", "middle", "centre",
             "center")  # fmt: skip
# Number words and their place in a sequence (-1 = the end); temporal ones name the ends of a log.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "last": -1, "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
            "latest": -1, "newest": -1, "earliest": 1, "oldest": 1}  # fmt: skip
NEGATIONS = {"not", "no", "never", "none", "nothing", "without"}
# The side of a named entry asked for: the one before it ("the release before 2.4"), else the one after; and
# whether "after" is in print order ("listed after", "the line below") rather than in time.
PRECEDING = {"before", "precedes", "preceded", "preceding", "previous", "prior", "earlier", "above"}
IN_PRINT = {"listed", "below", "above", "under", "row", "line", "printed", "shown"}
# Control states that mean "off" (a yes/no about them asks for the off state).
OFF_STATES = {"unchecked", "unticked", "disabled", "off", "deselected", "inactive", "unselected"}
ON_STATES = {"checked", "ticked", "enabled", "on", "selected", "active"}
# Nouns naming units of structure, for "how many X" and "the n-th X": facts about words, not question frames.
UNITS: tuple[tuple[str, str], ...] = (
    (r"\b(rows?|entries|records|lines in the table)\b", "rows"),
    (r"\bcolumns?\b", "columns"),
    (r"\b(bullets?|bullet points?|points on the slide)\b", "bullets"),
    (r"\b(people|persons?|faces?|men|women|children|players)\b", "people"),
    (r"\b(data series|series|legend entries)\b", "series"),
    # (a window's own bars are chrome, not a chart's: "per the status bar", "in the menu bar")
    (r"\b(?<!status )(?<!menu )(?<!title )(?<!progress )(?<!scroll )(?<!search )(?<!address )(?<!tab )(?<!nav )"
     r"(?<!navigation )bars?\b", "bars"),
    (r"\b(slices?|segments?|wedges?|categories in the (pie|chart))\b", "slices"),
    (r"\b(items?|products?|articles?|things (bought|purchased)|line items?|purchases)\b", "items"),
    (r"\b(text|words?|title|heading|letters|font)\b", "text"),
    (r"\blines?\b", "lines"),
)
# Nouns naming the entries of a list (the n-th of these is a list item before it is a table row).
LIST_NOUNS = re.compile(r"\b(bullets?|points?|steps?|list items?|entries|entry|tasks?|lines?)\b", re.I)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], tuple[str, ...]]:
    """Known words (stop words and every word of the intents' phrasings) and the repair targets among them."""
    counts: dict[str, int] = {}
    for e in examples():
        for w in tokens(e.text):
            counts[w] = counts.get(w, 0) + 1
    targets = tuple(sorted(w for w, n in counts.items() if n >= 4 and len(w) >= 5 and w.isalpha()))
    return STOPWORDS | frozenset(counts), targets


ENGLISH_FLOOR = 20  # a word seen this often in pyspellchecker's English corpus is a word, not a slip


@lru_cache(maxsize=1)
def _english() -> dict[str, int]:
    """English word frequencies (pyspellchecker's dictionary, loaded once on the first repair)."""
    try:
        from spellchecker import SpellChecker  # noqa: PLC0415 - 0.2 s; only questions with unknown words
    except ImportError:
        return {}
    return SpellChecker(language="en").word_frequency.dictionary  # the checker's own table, not a copy


def english_word(word: str) -> bool:
    return _english().get(word.lower(), 0) >= ENGLISH_FLOOR


COMMON_FLOOR = 10_000  # seen this often, a word of everyday English ("team", "plan"); first names fall below it


def common_word(word: str) -> bool:
    return _english().get(word.lower(), 0) >= COMMON_FLOOR


def correct_typos(question: str) -> str:
    """Replace lower-case words unknown to the cue vocabulary and to English by a close cue word
    (edit-similar, >= 0.8): "nubmer" is a slip, "sailing" and "slowest" are words."""
    vocab, cues = _vocab()

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 4 or w[1:].lower() != w[1:] or (m.start() > 0 and w[0].isupper()) or w.lower() in vocab:
            return w  # short words, proper nouns mid-sentence and known words stay
        if english_word(w):
            return w
        w = w.lower()
        best = min(cues, key=lambda c: (_edits(w, c), -similarity(w, c)))
        prefix = len(os.path.commonprefix([w, best]))
        if prefix >= 5 and prefix >= min(len(w), len(best)) - 2:
            return w  # a real inflection ("different" is not "difference")
        # One slip in a word of five letters or more ("lsted", "nubmer"); short words are too ambiguous.
        return best if len(w) >= 5 and _edits(w, best) <= (1 if len(w) < 9 else 2) else w

    # a word inside a name ("notes_meeting.txt", "fix/vat-rounding") is data, never a slip
    return re.sub(r"(?<![\w./-])[A-Za-z]+(?![\w/-]|\.\w)", fix, question)


def _edits(a: str, b: str) -> int:
    """Optimal-string-alignment distance (edits incl. swapped neighbours: "nubmer" -> "number" is 1)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def unit_of(phrase: str) -> str | None:
    """The unit of structure a phrase names ("line items" -> items), from the noun lexicon above."""
    low = phrase.lower()
    # The counted noun comes before a place it is counted in: "links in the navigation bar" counts links.
    place = re.search(r"\b(?:in|on|at|inside|within|across|from)\b", low)
    cut = place.start() if place else len(low)
    return next((unit for pattern, unit in UNITS if (m := re.search(pattern, low)) and m.start() < cut), None)


# The answer's form, as a unit or a rounding is: a day of the week ("what weekday is the flight")
WEEKDAY_ASKED = re.compile(r"(?i)\b(?:week\s?day|day of (?:the )?week)\b")
