"""The state printed with one named item among several ("is the kettle in stock?" over a cart whose items
each say "In stock" or "Out of stock"): the state line nearest below or beside the item's line, read against
the state words of the question."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from ..textutil import STOPWORDS, normalise
from .extract import Candidate
from .match import Matcher, stem
from .question import QuestionAnalysis


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", normalise(text))


def _near(item: Evidence, line: Evidence) -> float | None:
    """How far below (or beside) the item's line a line stands within the item's card, else None."""
    a, b = item.box, line.box
    if a is None or b is None:
        return None
    if abs(b.cy - a.cy) < 0.5 * a.h and b.x0 >= a.x1 - 2:
        return b.x0 - a.x1  # on its row, to the right
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0) > -a.h
    below = 0 <= b.y0 - a.y1 <= 4 * a.h
    return (b.y0 - a.y1) if overlap and below else None


def item_state(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """Yes when the state line nearest the named item holds the question's state words in order, no when
    it holds the state's word otherwise ("Out of stock" for "in stock"); None when no item or state is found."""
    words = _words(qa.phrase or "")
    # the state ends the phrase ("kettle in stock"); the item comes before it
    key = {stem(w) for w in words[-1:]}
    at = len(words) - 1
    if not qa.yesno or at < 1:
        return None
    item = " ".join(w for w in words[:at] if w not in STOPWORDS)
    state = words[at - 1 : at + 1] if words[at - 1] in STOPWORDS else words[at : at + 1]
    lines = [e for e in sir.by_kind("text") if e.box is not None]
    if not item or not lines:
        return None
    sc = m.scores(item, [e.value for e in lines])
    k = int(sc.argmax())
    if sc[k] < 0.6:
        return None
    # the page prints short states in that word for several items, not all alike ("In stock", "Out of stock")
    states = [e for e in lines if len(_words(e.value)) <= 4 and key & {stem(w) for w in _words(e.value)}]
    if len(states) < 2 or len({" ".join(_words(e.value)) for e in states}) < 2:
        return None
    stated = [(d, e) for e in states if e is not lines[k] and (d := _near(lines[k], e)) is not None]
    if not stated:
        return None
    _, line = min(stated, key=lambda t: t[0])
    held = " ".join(state) in " ".join(_words(line.value))
    yes = held != qa.negated
    return Candidate("yes" if yes else "no", 0.7, True, [lines[k].id, line.id], "state_item", conf=0.7)
