"""Matching a program's words to the SIR: a question's key to a printed label (tolerant of OCR slips and
of a label printed differently), a shape description to a detected shape."""

from __future__ import annotations

import re

from ..sir import Evidence
from ..textutil import normalise, similarity, tokens

# Words a question uses for a label printed differently ("total" for "Amount Due").
RELATED = {
    "total": {"due", "amount", "balance", "grand", "sum"},
    "paid": {"total", "due", "amount"},
    "due": {"total", "amount", "balance"},
    "cost": {"price", "total", "amount"},
    "price": {"cost", "amount"},
    "date": {"day", "dated"},
    "code": {"no", "number", "ref", "id"},
    "serial": {"sn", "no"},
    "number": {"no", "nr", "num", "id"},
}


def _token_match(t: str, w: str) -> float:
    if t == w:
        return 1.0
    if len(t) > 3 and similarity(t, w) >= 0.85:
        return 0.8
    if len(w) >= 4 and len(t) > len(w) and t.startswith(w):  # "totalamount" read as one word
        return 0.7
    if t in RELATED.get(w, ()):
        return 0.5
    return 0.0


def key_score(key: str, label: str) -> float:
    """How well an evidence label matches the key words of a question (0..1); tolerant of OCR slips."""
    q = [t for t in tokens(key) if len(t) > 1 or t.isdigit()]
    lab = tokens(label)
    if not q or not lab:
        return 0.0
    hit = 0.0
    for t in set(lab):
        hit += max(_token_match(t, w) for w in q)
    if hit == 0:
        return 0.0
    precision = hit / len(set(lab))
    recall = hit / len(set(q))
    return round(0.6 * precision + 0.4 * min(1.0, recall), 4)


def mentioned(label: str, text: str) -> bool:
    lab, t = normalise(label), normalise(text)
    return bool(lab) and (re.search(rf"\b{re.escape(lab)}\b", t) is not None)


def shape_match(ev: Evidence, shape: str | None, colour: str | None) -> bool:
    kind = str(ev.attrs.get("shape", ""))
    if shape:
        ok = {
            "rectangle": {"rectangle", "square"},
            "circle": {"circle", "ellipse"},
            "ellipse": {"ellipse", "circle"},
            "bar": {"rectangle", "square"},
            "polygon": {"polygon", "pentagon", "hexagon"},
        }.get(shape, {shape})
        if kind not in ok:
            return False
    return not (colour and ev.attrs.get("colour") != colour)
