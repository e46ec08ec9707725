"""The question's tagged spans read into what the programs need: the printed stretch a tag covers, an operand
with its parentheses closed, a figure the asker brings, two operands a run joined, a shape and its colour."""

from __future__ import annotations

import re

from ..textutil import parse_number, tokens
from ..tools.colour_names import COLOUR_WORDS, canonical_colour
from .cues import SHAPE_WORDS
from .types import YEAR


def shape_pair(text: str) -> tuple[str | None, str] | None:
    words = tokens(text)
    shape = next((SHAPE_WORDS[w] for w in words if SHAPE_WORDS.get(w)), None)
    colour = next((canonical_colour(w) for w in words if w in COLOUR_WORDS), None)
    return (colour, shape) if shape else None


def covering(question: str, spans: dict[str, list[tuple[int, int]]], tags: str) -> str | None:
    """The printed stretch of the question from the first to the last span of the given tags."""
    marks = [ab for t in tags for ab in spans.get(t, [])]
    if not marks:
        return None
    return question[min(a for a, _ in marks) : max(b for _, b in marks)].strip(" ,:;?")


def operand(question: str, runs: list[tuple[int, int]]) -> str | None:
    """One operand from the runs of its tag: first to last, an opened parenthesis closed ("Hosting (12
    months)"), edge punctuation dropped."""
    if not runs:
        return None
    a, b = runs[0][0], runs[-1][1]
    if question.count("(", a, b) > question.count(")", a, b):
        close = question.find(")", b)
        b = close + 1 if close >= 0 else b
    text = question[a:b].strip(" ,:;?—-")
    # a conjunction the run began with joins the operands, it names neither ("... and Oak dowel")
    text = re.sub(r"(?i)^(?:and|or|plus|\+|with|vs\.?|versus)\s+(?=\S)", "", text)
    if ": " in text:  # the tag ran over a colon ("tickets closed: 2022"): what follows it is the operand
        text = text.rsplit(": ", 1)[1].strip()
    return text or None


FIGURE = re.compile(r"(?<![\w.,:/-])[$€£]?\d+(?:[.,]\d{1,2})?(?![\w.,:/%-]|\s?[%x×*+/-]\s?\d)")


def given_figure(question: str, named: list[str]) -> float | None:
    """The one bare figure in an arithmetic question that names no operand, row or column: an amount the asker
    brings ("paying with a twenty", "add 100 to it"); a year or an entry's name is tagged as an operand."""
    inside = " ".join(named)
    found = [m.group(0) for m in FIGURE.finditer(question) if m.group(0) not in inside
             and not YEAR.fullmatch(m.group(0))]  # ("Q1 and 2024": a year names a column)
    return parse_number(found[0]) if len(found) == 1 else None


def named_first(question: str, operands: list[str]) -> bool:
    """The entry the page gives is named before the asker's figure ("the deposit minus 40"); "subtract 40 from the
    deposit" names it last, after "from"."""
    low = question.lower()
    at = low.find(operands[0].lower()) if operands else -1
    figure = re.search(r"\d", low)
    if at < 0 or figure is None:
        return False
    return at < figure.start() and not re.search(r"\b(?:from|off)\b", low[figure.start():])


def apart(operands: list[str]) -> list[str]:
    """Two operands where the tagger ran one over the other ("Subtract the Grapes bar from the Pears" and
    "Grapes"): the longer keeps what follows the shorter, its own name at the end of the run; one run over
    both sides of a plus sign: the two sides."""
    if len(operands) == 1 and len(parts := re.split(r"\s+\+\s+", operands[0])) == 2:
        return parts  # one run over both sides of a "+" ("corkage + cloakroom"): the sum's two operands
    if len(operands) != 2:
        return operands
    a, b = operands
    for long, short in ((a, b), (b, a)):
        m = re.search(rf"\b{re.escape(short)}\b", long)
        # the run opening with the other and going on with the choice ("archive" and "archive or raw")
        if m and m.start() == 0 and (alt := re.match(r"\s*(?:or|vs\.?|versus)\s+(\S.*?)[\s?.!]*$", long[m.end():])):
            return [short, alt.group(1)] if short == a else [alt.group(1), short]
        # inside the run, not its start ("Cherry Hill" and "Cherry Hill East" are two names)
        if m and m.start() > 0 and (rest := long[m.end():].strip(" ,:;?—-")):
            named = re.search(r"(?:\b[A-Z0-9][\w.'-]*\s*)+$", rest)  # the capitalised run it ends with
            kept = named.group(0).strip() if named else rest
            return [kept, short] if long == a else [short, kept]
    return operands


def span_offsets(toks: list[tuple[str, int, int]], tags: list[str]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for (_, a, b), tag in zip(toks, tags, strict=True):
        if tag == "O":
            continue
        runs = out.setdefault(tag, [])
        if runs and toks_gap(runs[-1], a):
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return out


def toks_gap(run: tuple[int, int], start: int) -> bool:
    """True when a token starting at `start` continues the run (only spaces or an apostrophe between)."""
    return 0 <= start - run[1] <= 1


def names_something(phrase: str | None) -> bool:
    return any(len(w) > 1 or w.isdigit() for w in tokens(phrase or "", drop_stopwords=True))  # ("fewer than 5")
