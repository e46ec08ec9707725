"""Running an answer program over the SIR: look-ups, extremes, counts, arithmetic and comparisons,
each answer with a confidence and the ids of the evidence it rests on."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from ..textutil import format_number, normalise, similarity
from . import record_counts as RC
from . import record_extremes as RX
from . import record_positions as RP
from . import records as rec
from .keys import key_score, shape_match
from .ops import (
    Arith,
    Attribute,
    Cite,
    Compare,
    Count,
    CountCompare,
    Exists,
    Extreme,
    Lookup,
    Operation,
    Outcome,
    ProgramError,
    Read,
    RecordCount,
    RecordExtreme,
    RecordLookup,
    RecordNext,
    RecordNth,
    SizeCompare,
    TextColour,
    TextExists,
)
from .structure import chart_points
from .units import finish


def _series_points(sir: SIR) -> list[Evidence]:
    """Chart values as the chart tool emits them today (`point`, `series`), else the older key_value form."""
    pts = chart_points(sir)
    out = []
    for p in pts:
        ev = sir.get(p.id)
        if ev is not None and ev.kind == "series":  # one fact holds all points: a stand-in per point
            ev = ev.model_copy(update={"label": p.label, "value": format_number(p.number), "number": p.number})
        if ev is not None:
            out.append(ev)
    return out


def _numeric_kv(sir: SIR) -> list[Evidence]:
    return [e for e in sir.evidence if e.kind == "key_value" and e.number is not None]


def _grid_cells(sir: SIR, key: str) -> list[tuple[float, Evidence]]:
    """Table cells by geometry: the text in the row of one matched label and the column of another
    (header above, to the right). Works when the table tool missed a row label."""
    lines = [e for e in sir.by_kind("text", "number") if e.box is not None]
    rows = [e for e in lines if key_score(key, e.value) > 0]
    out = []
    for r in rows:
        for c in rows:
            if c is r or c.box.cy >= r.box.cy - 0.5 * r.box.h or c.box.x0 < r.box.x1:  # type: ignore[union-attr]
                continue
            cells = [
                e
                for e in lines
                if e is not r
                and e is not c
                and min(e.box.y1, r.box.y1) - max(e.box.y0, r.box.y0) > 0.5 * min(e.box.h, r.box.h)  # type: ignore
                and min(e.box.x1, c.box.x1) - max(e.box.x0, c.box.x0) > 0
            ]  # type: ignore[union-attr]
            for cell in cells[:1]:
                out.append((0.9 * key_score(key, f"{r.value} {c.value}"), cell))
    return out


def _lookup(sir: SIR, p: Lookup, want_number: bool) -> Outcome:
    scored = _grid_cells(sir, p.key)
    for ev in [*sir.by_kind("key_value"), *(e for e in _series_points(sir) if e.kind == "point")]:
        s = key_score(p.key, ev.label or "")
        if s <= 0:
            continue
        if want_number and ev.number is None:
            s *= 0.5
        s *= 0.7 + 0.3 * ev.confidence
        scored.append((s, ev))
    if not scored:
        raise ProgramError(f"no key matching {p.key!r}")
    # Ties go to the lower one on the page: totals sit below subtotals and headers.
    scored.sort(key=lambda t: (-t[0], -(t[1].box.cy if t[1].box else 0)))
    alts = [
        (plain_number(ev.value, ev.number) if want_number and ev.number is not None else ev.value, s, [ev.id])
        for s, ev in scored[:5]
    ]
    s, ev = scored[0]
    answer = plain_number(ev.value, ev.number) if want_number and ev.number is not None else ev.value
    return Outcome(answer=answer, confidence=min(0.95, s), evidence_ids=[ev.id], alternatives=alts)


def plain_number(text: str, number: float) -> str:
    """'$1,234.50' -> '1234.50': the number as printed, without currency or separators."""
    m = re.search(r"[.,](\d{1,3})\D*$", text)
    decimals = len(m.group(1)) if m and not (m.group(0)[0] == "," and len(m.group(1)) == 3) else 0
    return f"{number:.{decimals}f}"


def _table_column(sir: SIR, column: str | None) -> list[tuple[str, float, str]]:
    out = []
    for ev in sir.by_kind("table"):
        header = [str(h) for h in ev.attrs.get("header", [])]  # type: ignore[union-attr]
        rows = ev.attrs.get("rows", [])
        cols = [j for j in range(1, len(header)) if column and key_score(column, header[j]) > 0] or [
            j for j in range(1, len(header))
        ]
        from ..textutil import parse_number

        for j in cols[:1]:
            for row in rows:  # type: ignore[union-attr]
                if j < len(row) and (v := parse_number(str(row[j]))) is not None:
                    out.append((str(row[0]), v, ev.id))
    return out


def _extreme(sir: SIR, p: Extreme) -> Outcome:
    pts = [(e.label or "", e.number, e.id) for e in _series_points(sir)]
    if not pts:
        pts = _table_column(sir, p.column)  # type: ignore[assignment]
    if not pts:
        pts = [(e.label or "", e.number, e.id) for e in _numeric_kv(sir)]
    if len(pts) < 2:
        raise ProgramError("no series or numeric column to compare")
    pick = max if p.op == "argmax" else min
    label, value, eid = pick(pts, key=lambda t: t[1])
    ranked = sorted(pts, key=lambda t: t[1], reverse=p.op == "argmax")
    margin = abs(ranked[0][1] - ranked[1][1]) / (abs(ranked[0][1]) + 1e-9)
    conf = 0.9 if margin > 0.02 else 0.55
    answer = format_number(value) if p.return_value else label
    return Outcome(
        answer=answer,
        confidence=conf,
        evidence_ids=[eid],
        alternatives=[(r[0], conf * 0.5, [r[2]]) for r in ranked[1:3]],
    )


def _find_value(sir: SIR, key: str) -> Evidence:
    out = _lookup(sir, Lookup(key=key), want_number=True)
    ev = sir.get(out.evidence_ids[0])
    if ev is None or ev.number is None:
        raise ProgramError(f"no number for {key!r}")
    return ev


def execute(
    program: Operation,
    sir: SIR,
    *,
    want_number: bool = False,
    round_to: int | None = None,
    unit: str | None = None,
    from_unit: str | None = None,
) -> Outcome:
    """Run one program; raises ProgramError when the SIR cannot answer it. A numeric answer is rounded to
    `round_to` places and converted from `from_unit` to `unit` when those are given."""
    out = _run(program, sir, want_number)
    if round_to is not None or (unit and from_unit):
        out.answer = finish(out.answer, round_to, unit, from_unit)
    return out


def _records(sir: SIR, program: Operation) -> Outcome:
    recs = rec.build(sir)
    try:
        if isinstance(program, RecordLookup):
            a = rec.lookup(recs, program.row, program.column)
        elif isinstance(program, RecordExtreme):
            a = RX.arg_extreme(recs, program.column, "max" if program.op == "record_max" else "min")
        elif isinstance(program, RecordNth):
            a = RP.nth(recs, program.n, program.column)
        elif isinstance(program, RecordNext):
            a = RP.following(recs, program.row, step=program.step)
        else:
            assert isinstance(program, RecordCount)
            n = RC.count(recs, program.column, program.equals)
            return Outcome(answer=str(n), confidence=0.75, evidence_ids=[])
    except rec.RecordsError as exc:
        raise ProgramError(str(exc)) from exc
    return Outcome(answer=a.value, confidence=min(0.95, 0.5 + 0.45 * a.score), evidence_ids=a.ids[:10])


def _distinct(shapes: list[Evidence]) -> list[Evidence]:
    """One shape per object: two tools (`shapes`, `diagram`) that both saw a box report it twice."""
    kept: list[Evidence] = []
    for e in shapes:
        if e.box is None or not any(k.box is not None and e.box.iou(k.box) >= 0.7 for k in kept):
            kept.append(e)
    return kept


def _run(program: Operation, sir: SIR, want_number: bool) -> Outcome:
    shapes = sir.by_kind("shape")
    if isinstance(program, RecordLookup | RecordExtreme | RecordCount | RecordNth | RecordNext):
        return _records(sir, program)
    if isinstance(program, Lookup):
        return _lookup(sir, program, want_number)
    if isinstance(program, Extreme):
        return _extreme(sir, program)
    if isinstance(program, Count):
        if program.shape == "bar" and (points := _series_points(sir)):
            return Outcome(answer=str(len(points)), confidence=0.8, evidence_ids=[e.id for e in points])
        hits = _distinct([e for e in shapes if shape_match(e, program.shape, program.colour)])
        return Outcome(answer=str(len(hits)), confidence=0.8 if shapes else 0.4, evidence_ids=[e.id for e in hits])
    if isinstance(program, Attribute):
        hits = [e for e in shapes if shape_match(e, program.shape, program.colour)] or [
            e for e in shapes if shape_match(e, program.shape, None)
        ]
        if not hits and len(shapes) == 1:  # "the triangle" when the one shape was classified otherwise
            hits = shapes
        if not hits:
            raise ProgramError("no matching shape")
        hits.sort(key=lambda e: e.number or 0, reverse=program.select == "largest")
        ev = hits[0]
        value = ev.attrs.get("colour" if program.attribute == "colour" else "shape")
        conf = 0.85 if len(hits) == 1 else 0.75
        return Outcome(answer=str(value), confidence=conf, evidence_ids=[ev.id])
    if isinstance(program, Exists):
        hits = [e for e in shapes if shape_match(e, program.shape, program.colour)]
        present = bool(hits)
        answer = "yes" if present != program.negate else "no"
        return Outcome(answer=answer, confidence=0.8 if shapes else 0.4, evidence_ids=[e.id for e in hits])
    if isinstance(program, TextExists):
        target = normalise(program.text)
        best, best_id = 0.0, []
        for ev in sir.by_kind("text", "number", "key_value"):
            val = normalise(ev.value + " " + (ev.label or ""))
            s = 1.0 if target and target in val else similarity(target, val) if len(val) < 3 * len(target) + 5 else 0
            if s > best:
                best, best_id = s, [ev.id]
        present = best >= 0.8
        return Outcome(answer="yes" if present != program.negate else "no", confidence=0.75, evidence_ids=best_id)
    if isinstance(program, Arith):
        evs = [_find_value(sir, k) for k in program.keys] if program.keys else _series_points(sir)
        if len(evs) < (2 if program.op in ("difference", "subtract") else 1):
            raise ProgramError("not enough values")
        if len({e.id for e in evs}) < len(evs) and program.keys:
            raise ProgramError("two keys matched the same value")
        nums = [e.number or 0.0 for e in evs]
        value = {
            "difference": lambda: abs(nums[0] - nums[1]),
            "subtract": lambda: nums[0] - nums[1],
            "sum": lambda: sum(nums),
        }.get(program.op, lambda: sum(nums) / len(nums))()
        return Outcome(answer=format_number(value), confidence=0.8, evidence_ids=[e.id for e in evs])
    if isinstance(program, Compare):
        a, b = _find_value(sir, program.a), _find_value(sir, program.b)
        if a.id == b.id:
            raise ProgramError("both keys matched the same value")
        greater = (a.number or 0) > (b.number or 0)
        yes = greater if program.relation == "greater" else (a.number or 0) < (b.number or 0)
        return Outcome(answer="yes" if yes else "no", confidence=0.8, evidence_ids=[a.id, b.id])
    if isinstance(program, SizeCompare):
        a, b = program.split(shapes)
        if not a or not b or a[0].id == b[0].id:
            raise ProgramError("could not find both shapes")
        bigger = (a[0].number or 0) > (b[0].number or 0)
        first = bigger if program.relation == "greater" else not bigger
        answer = (a[0] if first else b[0]).value if program.ask == "which" else ("yes" if first else "no")
        return Outcome(answer=answer, confidence=0.8, evidence_ids=[a[0].id, b[0].id])
    if isinstance(program, CountCompare):
        a, b = program.split(shapes)
        yes = len(a) > len(b) if program.relation == "greater" else len(a) < len(b)
        return Outcome(
            answer="yes" if yes else "no", confidence=0.8 if shapes else 0.4, evidence_ids=[e.id for e in a + b][:10]
        )
    if isinstance(program, TextColour):
        lines = [e for e in sir.by_kind("text", "number") if e.box is not None and e.attrs.get("colour")]
        if not lines:
            raise ProgramError("no text colours were read")
        if program.text.strip().lower() in ("title", "heading", "headline"):
            tallest = max(e.box.h for e in lines if e.box)
            ev = min((e for e in lines if e.box and e.box.h >= 0.8 * tallest), key=lambda e: e.box.y0 if e.box else 0)
        else:
            target = normalise(program.text)
            ev = max(
                lines, key=lambda e: 1.0 if target and target in normalise(e.value) else similarity(target, e.value)
            )
        return Outcome(answer=str(ev.attrs["colour"]), confidence=0.75, evidence_ids=[ev.id])
    if isinstance(program, Cite):
        ev = sir.get(program.id)
        if ev is None:
            raise ProgramError(f"no evidence {program.id!r}")
        return Outcome(answer=ev.value, confidence=0.6, evidence_ids=[ev.id])
    if isinstance(program, Read):
        lines = [e for e in sir.by_kind("text", "number") if e.box is not None]
        if not lines:
            raise ProgramError("no text was read")
        if program.select == "number":
            nums = [e for e in lines if e.number is not None]
            if not nums:
                raise ProgramError("no number was read")
            ev = max(nums, key=lambda e: (e.box.h if e.box else 0) * e.confidence)
            return Outcome(answer=format_number(ev.number or 0), confidence=0.7, evidence_ids=[ev.id])
        if program.select == "title":
            tallest = max(e.box.h for e in lines if e.box)  # type: ignore[union-attr]
            big = [e for e in lines if e.box and e.box.h >= 0.8 * tallest]
            ev = min(big, key=lambda e: e.box.y0 if e.box else 0)
            return Outcome(answer=ev.value, confidence=0.6, evidence_ids=[ev.id])
        return Outcome(
            answer=" ".join(e.value for e in lines[:12]), confidence=0.5, evidence_ids=[e.id for e in lines[:12]]
        )
    raise ProgramError(f"unsupported program {program!r}")
