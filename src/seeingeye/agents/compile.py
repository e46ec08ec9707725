"""Compile a question (its `Intent`) into candidate answer programs, most plausible first."""

from __future__ import annotations

import re

from ..sir import SIR
from ..textutil import tokens
from .intent import Intent
from .program import (
    Arith,
    Attribute,
    Compare,
    Count,
    Exists,
    Extreme,
    Lookup,
    Read,
    TextExists,
    mentioned,
)

NUMBER_CUES = re.compile(
    r"\b(total|price|cost|amount|how much|how many|value|sum|paid|due|balance|tax|"
    r"percent|percentage|number|rate|score|count|age|year|quantity|qty)\b"
)


def wants_number(intent: Intent) -> bool:
    return bool(NUMBER_CUES.search(intent.question.lower()))


def _key_phrase(intent: Intent) -> str:
    return " ".join(intent.key_terms) or intent.question


def _labels_mentioned(intent: Intent, sir: SIR) -> list[str]:
    """Evidence labels the question names, in the order it names them."""
    found: dict[str, int] = {}
    q = intent.question.lower()
    for ev in sir.by_kind("key_value"):
        label = ev.label or ""
        if label and label not in found and mentioned(label, q):
            found[label] = q.find(tokens(label)[0]) if tokens(label) else 0
    return sorted(found, key=lambda k: found[k])


def candidates(intent: Intent, sir: SIR) -> list:  # type: ignore[type-arg]
    shape = next((s for s in intent.shapes if s), None)
    colour = intent.colours[0] if intent.colours else None
    select = "smallest" if intent.extreme == "min" else "largest"
    q = intent.question.lower()
    out: list = []  # type: ignore[type-arg]
    k = intent.kind
    if k == "count":
        out.append(Count(shape=shape, colour=colour))
    elif k == "colour" and (intent.quoted or re.search(r"\b(text|word|words|title|heading|letters|written|font)\b", q)):
        from .program import TextColour

        target = intent.quoted or (
            "title"
            if re.search(r"\b(title|heading)\b", q)
            else " ".join(
                t
                for t in intent.key_terms
                if t not in {"colour", "color", "text", "word", "written", "letters", "font"}
            )
        )
        out.append(TextColour(text=target))
    elif k == "colour":
        # "what colour is the shape?" names no colour; "the colour of the red ..." is rare; filter by shape.
        out.append(Attribute(attribute="colour", shape=shape, select=select))
    elif k == "shape":
        out.append(Attribute(attribute="shape", shape=None, colour=colour, select=select))
    elif k == "exists":
        out.append(Exists(shape=shape, colour=colour, negate=intent.negated))
    elif k == "text_exists":
        text = intent.quoted or " ".join(
            t for t in intent.key_terms if t not in {"say", "says", "contain", "word", "mention", "written", "text"}
        )
        out.append(TextExists(text=text, negate=intent.negated))
    elif k in ("size_compare", "count_compare"):
        from .intent import shape_mentions
        from .program import CountCompare, SizeCompare

        (ac, ash), (bc, bsh) = (
            shape_mentions(q)[:2] if k == "size_compare" else [(None, x) for x in intent.shapes if x][:2]
        )
        less = bool(re.search(r"\b(smaller|less|fewer|lesser|shorter)\b", q))
        rel = "less" if less else "greater"
        if k == "size_compare":
            ask = "which" if q.startswith(("which", "what")) else "yesno"
            out.append(SizeCompare(a_shape=ash, a_colour=ac, b_shape=bsh, b_colour=bc, relation=rel, ask=ask))
        else:
            colours = intent.colours
            out.append(
                CountCompare(
                    a_shape=ash,
                    b_shape=bsh,
                    relation=rel,
                    a_colour=colours[0] if len(colours) >= 2 else None,
                    b_colour=colours[1] if len(colours) >= 2 else None,
                )
            )
    elif k == "compare":
        labels = _labels_mentioned(intent, sir)
        if len(labels) >= 2:
            rel = "less" if re.search(r"\b(less|fewer|lower|smaller|cheaper)\b", q) else "greater"
            out.append(Compare(a=labels[0], b=labels[1], relation=rel))
    elif k == "arith":
        labels = _labels_mentioned(intent, sir)
        op = intent.arith if intent.arith in ("sum", "difference", "mean") else "difference"
        if len(labels) >= 2:
            out.append(Arith(op=op, keys=labels[:2]))  # type: ignore[arg-type]
        elif op in ("sum", "mean"):
            out.append(Arith(op=op, keys=[]))  # type: ignore[arg-type]
    elif k == "extreme":
        return_value = bool(
            re.search(r"\b(value|how many|how much|what is the (highest|lowest|maximum|minimum))\b", q)
        ) and not q.startswith(("which", "who"))
        out.append(
            Extreme(
                op="argmax" if intent.extreme == "max" else "argmin",
                column=_key_phrase(intent),
                return_value=return_value,
            )
        )
    elif k == "read":
        if re.search(r"\bwhat (number|digits?|figure)\b", q):
            out.append(Read(select="number"))
        if re.search(r"\b(title|heading|headline|name of the (store|shop|company|restaurant))\b", q):
            out.append(Read(select="title"))
        out.append(Lookup(key=_key_phrase(intent)))
        out.append(Read(select="all"))
    elif k == "yesno":
        out.append(TextExists(text=_key_phrase(intent), negate=intent.negated))
    if k in ("lookup", "extreme", "arith", "compare", "read"):
        out.append(Lookup(key=_key_phrase(intent)))
    if k == "lookup" and re.search(r"\b(name|store|shop|company|title)\b", q):
        out.append(Read(select="title"))
    return out
