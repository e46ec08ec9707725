"""What something costs per unit ("per night", "per kWh"): the rate printed beside a count of units
("€64.00 x 5 nights"), or an amount shared out over the units a page counts ("Stay total NOK 7,360", "4 nights").

"per" followed by a noun is grammar, like an ordinal; the units themselves come from the page.
"""

from __future__ import annotations

import re

from ..sir import SIR
from ..textutil import parse_number
from . import records as R
from .extract import Candidate, candidates
from .match import Matcher
from .question import QuestionAnalysis
from .totals import format_like
from .types import spans

_PER = re.compile(r"\b(?:per|a|each|every)\s+([^\W\d_]{2,})\b", re.I)


def unit_asked(target: str) -> str | None:
    """The unit a rate is asked per ("room per night" -> "night"), singular."""
    m = _PER.search(target)
    if m is None or m.group(1).lower() in ("lot", "few", "couple", "bit", "total"):
        return None
    noun = m.group(1).lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _units(noun: str) -> str:
    return rf"{re.escape(noun)}(?:e?s)?"


def printed_rate(sir: SIR, noun: str) -> list[Candidate]:
    """An amount the page prints per unit: "€64.00 x 5 nights", "2 nights × €75", "£0.31/kWh"."""
    u = _units(noun)
    out = []
    for e in sir.by_kind("text", "number"):
        text = e.value
        for amount in spans(text, "money"):
            at = text.find(amount)
            after, before = text[at + len(amount):], text[:at]
            if (re.match(rf"\s*[x×@*]\s*\d+\s*{u}\b", after, re.I)
                    or re.match(rf"\s*(?:/|per\s)\s*{u}\b", after, re.I)
                    or re.search(rf"\b\d+\s*{u}\s*[x×@*]\s*$", before, re.I)):
                out.append(Candidate(amount.strip(), 0.9, True, [e.id], "per_unit", e.box, e.confidence))
    return out


def shared_out(qa: QuestionAnalysis, sir: SIR, m: Matcher, noun: str) -> list[Candidate]:
    """An amount the question names over the one count of units the page prints ("4 nights")."""
    u = _units(noun)
    counts = {n for e in sir.by_kind("text", "number")
              for n in re.findall(rf"(?<![\d.,])(\d{{1,4}})\s*{u}\b", e.value, re.I)}
    if len(counts) != 1 or (n := int(counts.pop())) < 2:
        return []
    what = _PER.sub(" ", qa.target).strip() or qa.target
    # the amount the question names ("the room": Room total), else the one the page totals those units by
    # ("Stay total" over "City tax"): what is shared out over them is a total
    named: dict[tuple[str, ...], float] = {}
    for c in candidates(sir, m, what, "money"):
        if c.type_ok:
            named[tuple(c.ids)] = max(named.get(tuple(c.ids), 0.0), c.match)
    totals = [c for c in candidates(sir, m, "total amount", "money") if c.type_ok and c.source == "key_value"]
    found = sorted(totals, key=lambda c: -(named.get(tuple(c.ids), 0.0) + 0.5 * c.match))
    best = found[0] if found else None
    value = parse_number(best.answer) if best is not None else None
    if best is None or value is None or best.match < 0.4:
        return []
    return [Candidate(format_like(value / n, best.answer), 0.7 * best.match + 0.2, True, best.ids, "per_unit",
                      best.box, best.conf)]


def _units_in(rec: R.Records, j: int, noun: str) -> bool:
    """A column of units: headed by the unit ("Nights") or holding it ("14.2 kWh")."""
    u = re.compile(rf"\b{_units(noun)}\b", re.I)
    cells = [r.cells[j] for r in rec.rows if j < len(r.cells)]
    return bool(u.search(rec.columns[j].name)) or bool(cells) and all(u.search(c) for c in cells if c.strip())


def row_rate(qa: QuestionAnalysis, sir: SIR, m: Matcher, noun: str) -> list[Candidate]:
    """A named row's amount over its count of units: "what does Ada pay per day" with Days and Amount."""
    if not qa.row:
        return []
    out = []
    for rec in R.build(sir):
        if rec.kind not in ("table", "columns") or len(rec.columns) < 3:
            continue
        row, score = R.row_named(rec, qa.row, m)
        units = [j for j in range(len(rec.columns)) if _units_in(rec, j, noun)]
        money = [j for j, c in enumerate(rec.columns) if c.type == "money" and j not in units]
        if score < 0.75 or len(units) != 1 or not money:
            continue
        j = max(money, key=lambda k: float(m.scores(qa.target, [rec.columns[k].name])[0]))
        n = parse_number(re.sub(r"[^\d.,]", "", row.cells[units[0]]) if units[0] < len(row.cells) else "")
        amount = row.cells[j] if j < len(row.cells) else ""
        value = parse_number(amount)
        if n and value is not None:
            out.append(Candidate(format_like(value / n, amount), 0.85, True, row.ids[:10], "per_unit", None, 0.85))
    return out[:1]


def per_unit_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The rate per the unit the question names: printed, or a named row's amount over its units, or the
    page's amount over the one count of units it prints."""
    if (noun := unit_asked(qa.target)) is None or qa.answer_type not in ("money", "number") and not (
            qa.answer_type == "text" and re.search(rf"\bper\s+{re.escape(noun)}", qa.target, re.I)):
        return []  # ("per night" asks a rate however the answer was typed; "a night" only of an amount)
    return printed_rate(sir, noun) or row_rate(qa, sir, m, noun) or shared_out(qa, sir, m, noun)
