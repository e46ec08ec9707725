"""Whether the page shows something: a shape of a colour, a setting in a state, or a thing named in its text
(present, unless it is printed with an amount of nothing: "Fee  0.00")."""

from __future__ import annotations

import re

import numpy as np

from ..sir import SIR
from ..textutil import normalise, parse_number
from .extract import CONTROL_STATES, Candidate
from .match import Matcher
from .program import Exists
from .question import QuestionAnalysis
from .solve_counts import run_program as _program
from .types import typed_span


def exists_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    shape = next((s for s in qa.shapes if s), None)
    if shape or (qa.colours and sir.by_kind("shape")):
        return _program(Exists(shape=shape, colour=qa.colours[0] if qa.colours else None, negate=qa.negated),
                        sir, "exists_shape")  # fmt: skip
    states = [f for f in sir.by_kind("field") if f.label and f.value.lower() in CONTROL_STATES]
    labels = [f.label or "" for f in states]
    # (what is asked of the subject, "in night mode", names the setting as well as the whole phrase does)
    if states and not qa.quoted and (sc := np.maximum(m.scores(qa.target, labels), m.scores(
            " ".join(qa.target.split()[1:]) or qa.target, labels))).max() >= 0.75:
        f = states[int(sc.argmax())]  # "is the terminal in night mode": a setting the page shows, not a word on it
        on = f.value.lower() in ("checked", "selected", "on", "enabled")
        return [Candidate("yes" if on != qa.negated else "no", float(sc.max()), True, [f.id], "exists_state")]
    objs = sir.by_kind("object")
    target = qa.quoted or re.sub(
        r"^(?:(?:any|an?|the|there|this|it|image|page|picture)\s+|(?:contains?|includes?|has|have|show|shows|"
        r"mentions?|lists?|say|says)\s+)+",
        "",
        qa.target,
    )
    texts = [e.value for e in sir.by_kind("text", "key_value", "object")]
    if not texts:  # nothing was seen that could be it
        return [Candidate("yes" if qa.negated else "no", 0.3, True, [], "exists_none")]
    sc = m.scores(target, texts)
    best = float(sc.max())
    exact = any(normalise(target) and normalise(target) in normalise(t) for t in texts)
    present = exact or best >= 0.7
    conf = 0.8 if exact or best > 0.85 or best < 0.3 else 0.5
    if present and _nothing_charged(target, sir, m):
        present, conf = False, 0.6  # "any fee on it?" over "Fee  0.00": the line is printed, the charge is none
    ans = "yes" if present != qa.negated else "no"
    return [Candidate(ans, conf, True, [], "exists_text" if not objs else "exists_object")]


def _nothing_charged(target: str, sir: SIR, m: Matcher) -> bool:
    """The label the question names is printed with an amount of nothing ("Service fee  0.00", "Discount  -0,00")."""
    kvs = [e for e in sir.by_kind("key_value") if e.label]
    if not kvs:
        return False
    sc = m.scores(target, [e.label or "" for e in kvs])
    e = kvs[int(sc.argmax())]
    amount = typed_span(e.value, "money") or typed_span(e.value, "number")
    return float(sc.max()) >= 0.75 and amount is not None and parse_number(amount) == 0 \
        and len(e.value.strip()) <= len(amount) + 4
