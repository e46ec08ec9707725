"""Scorers per answer type: numeric (tolerance), multiple choice (letter or option text), yes/no, short text."""

from __future__ import annotations

import math
import re

from ..textutil import normalise, parse_number

YES = {"yes", "y", "true", "correct"}
NO = {"no", "n", "false", "incorrect"}


def infer_type(gold: str, options: list[str] | None = None) -> str:
    if options:
        return "mcq"
    g = gold.strip().lower()
    if g in YES | NO:
        return "yesno"
    return "numeric" if parse_number(g) is not None and re.fullmatch(r"[-$€£\d.,%\s]+", g) else "text"


def score(
    prediction: str, gold: str, answer_type: str | None = None, options: list[str] | None = None, rel_tol: float = 0.005
) -> bool:
    kind = answer_type or infer_type(gold, options)
    pred = (prediction or "").strip()
    if kind == "mcq":
        letters = [chr(65 + i) for i in range(len(options or []))]
        if pred.upper()[:1] == gold.strip().upper()[:1] and (len(pred) == 1 or pred[1:2] in ".): "):
            return True
        if options and gold.strip().upper() in letters:
            text = options[letters.index(gold.strip().upper())]
            return normalise(pred) == normalise(text)
        return False
    if kind == "yesno":
        p = normalise(pred).split()
        return bool(p) and ((p[0] in YES) == (gold.strip().lower() in YES)) and p[0] in YES | NO
    if kind == "numeric":
        a, b = parse_number(pred), parse_number(gold)
        if a is None or b is None:
            return False
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=1e-6)
    p, g = normalise(pred), normalise(gold)
    return bool(g) and (p == g or re.search(rf"\b{re.escape(g)}\b", p) is not None and len(p) <= 3 * len(g) + 10)


def evidence_hit(gold: str, texts: list[str], numbers: list[float], rel_tol: float = 0.005) -> bool:
    """Does the gold answer appear anywhere in the SIR's evidence (numbers within tolerance)?"""
    g_num = parse_number(gold) if re.fullmatch(r"[-$€£\d.,%\s]+", gold.strip()) else None
    if g_num is not None:
        return any(math.isclose(g_num, n, rel_tol=rel_tol, abs_tol=1e-6) for n in numbers)
    g = normalise(gold)
    return bool(g) and any(re.search(rf"\b{re.escape(g)}\b", normalise(t)) for t in texts)
