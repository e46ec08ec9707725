"""Programs over structure, chosen by the question's operator: arg-max/min over chart points, table
columns or bill items (through the legend for grouped/stacked bars), n-th entries and control states
(`solve_select.py`), counts (`solve_counts.py`), fill colour of a labelled box, comparisons and arithmetic.
Each returns ranked `Candidate`s; look-ups come from typed extraction (`extract.py`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..sir import SIR
from ..textutil import parse_number, similarity, tokens
from . import record_counts as RC
from . import record_positions as RP
from . import records as R
from .aggregates import printed_aggregate
from .binned import binned_total
from .extract import Candidate, candidates, rank
from .grounding import ground
from .match import Matcher
from .path_answer import path_only
from .per_unit import per_unit_candidates
from .person_answer import person_only
from .portion import cut
from .program import (
    Attribute,
    CountCompare,
    SizeCompare,
    TextColour,
    TextExists,
)
from .question import QuestionAnalysis
from .row_pairs import column_pair_values, pair_values
from .sequence import crossover, locate, next_after
from .solve_counts import count_candidates, switch_compare
from .solve_counts import run_program as _program
from .solve_exists import exists_candidates
from .solve_extremes import extreme_candidates, named_series, series_at
from .solve_nth import nth_candidates
from .solve_panels import letter_of_shape, panel_candidates, scale_candidates
from .solve_records import finish_numbers, fits, record_candidates, row_operands, signed
from .solve_select import (
    as_yes_or_no,
    choice_candidates,
    chosen_in_group,
    in_named_state,
    state_candidates,
)
from .solve_trend import trend_candidates
from .structure import (
    TENDERED,
    bill_items,
    chart_points,
    number_of,
)
from .tabular import size_bytes
from .totals import (
    column_total,
    format_like,
    printed_total,
    quoted_plainly,
    row_total,
    state_total,
    summed_total,
    time_between,
)
from .types import name_like, spans
from .ui_solve import ui_candidates
from .units import measured_piece
from .weekdays import weekday_candidates


def _colour(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    if panel := panel_candidates(qa, sir, "colour"):
        return panel
    shape = next((s for s in qa.shapes if s), None)
    out: list[Candidate] = []
    labelled = [e for e in sir.by_kind("shape") if e.attrs.get("text")]
    if labelled and not shape:  # "what colour is the Start box?" -> fill of the shape holding that text
        i, s = m.best(qa.target, [str(e.attrs.get("text")) for e in labelled])
        if s > 0.4:
            e = labelled[i]
            fill = e.attrs.get("fill") or e.attrs.get("colour")
            if fill:
                out.append(Candidate(str(fill), 0.5 + 0.4 * s, True, [e.id], "fill", e.box))
    if not out and not shape:
        # The shape that holds the named text (a flow-chart node, a button): its fill colour.
        lines = [e for e in sir.by_kind("text") if e.box is not None]
        boxes = [
            e for e in sir.by_kind("shape") if e.box is not None and (e.attrs.get("fill") or e.attrs.get("colour"))
        ]
        if lines and boxes:
            i, s = m.best(qa.target, [e.value for e in lines])
            lb = lines[i].box
            holders = [b for b in boxes if b.box and b.box.x0 <= lb.cx <= b.box.x1 and b.box.y0 <= lb.cy <= b.box.y1]  # type: ignore[union-attr]
            if s > 0.4 and holders:
                e = min(holders, key=lambda b: b.box.w * b.box.h if b.box else 0)
                fill = e.attrs.get("fill") or e.attrs.get("colour")
                out.append(Candidate(str(fill), 0.5 + 0.4 * s, True, [lines[i].id, e.id], "fill", e.box))
    if qa.quoted or qa.unit == "text":
        t = qa.quoted or ("title" if re.search(r"\b(title|heading)\b", qa.target.lower()) else qa.target)
        out += _program(TextColour(text=t), sir, "text_colour", 0.75)
    coloured = [e for e in sir.by_kind("series") if e.label and e.attrs.get("colour")]
    if coloured and not shape:  # "what colour is the wind line": the colour a chart draws that series in
        i, s = m.best(qa.target, [e.label or "" for e in coloured])
        if s >= 0.6:
            e = coloured[i]
            out.insert(0, Candidate(str(e.attrs["colour"]), 0.55 + 0.4 * s, True, [e.id], "fill", e.box))
    out += _program(Attribute(attribute="colour", shape=shape, select="smallest" if qa.relation == "less" else
                              "largest"), sir, "shape_colour", 0.7)  # fmt: skip
    return out


def _compare(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """'Is A greater than B?' / 'Is the total more than 100?' / 'Which is higher, A or B?' (operands tagged)."""
    if (switched := switch_compare(qa, sir)) is not None:
        return [switched]  # "do fewer lamps stand switched on": the switches in each state, counted
    if len(qa.operands) < 2:
        return series_at(qa, sir, m)
    if pair := pair_values(qa, R.build(sir), m):  # two rows of one table
        (a_num, a_ids, a_name, a_cell), (b_num, b_ids, b_name, b_cell) = pair
        if (a_size := size_bytes(a_cell)) is not None and (b_size := size_bytes(b_cell)) is not None:
            a_num, b_num = a_size, b_size  # "2.1 MB" against "880.4 KB": by the bytes they stand for
        first = (a_num or 0.0) > (b_num or 0.0) if qa.relation != "less" else (a_num or 0.0) < (b_num or 0.0)
        ans = ("yes" if first else "no") if qa.yesno else (a_name if first else b_name)
        return [Candidate(ans, 0.8, True, (a_ids + b_ids)[:10], "compare")]
    a_txt, b_txt = qa.operands[:2]
    a = _value(a_txt, qa, sir, m)
    # a figure is a literal to compare with ("more than 100"), unless it names an entry (a year on a chart)
    named = {R.norm_name(rec.label(r)) for rec in R.build(sir) for r in rec.rows}
    lit = parse_number(b_txt) if re.fullmatch(r"[\s$€£\d.,%]+", b_txt.strip() or "x") \
        and R.norm_name(b_txt) not in named else None
    b = (lit, [], b_txt.strip(), b_txt) if lit is not None else _value(b_txt, qa, sir, m)
    if a is None or b is None or a[0] is None or b[0] is None:
        return []
    first = a[0] > b[0] if qa.relation != "less" else a[0] < b[0]
    ans = ("yes" if first else "no") if qa.yesno else (a[2] if first else b[2]).strip()
    return [Candidate(ans, 0.8, True, (a[1] + b[1])[:10], "compare")]


def _value(text: str, qa: QuestionAnalysis, sir: SIR, m: Matcher) -> tuple[float | None, list[str], str, str] | None:
    """(number, evidence ids, the phrase, the value as printed) for one operand, looked up by its own words
    (within the row or column the question names, when it names one)."""
    key = " ".join(x for x in (text, qa.row, qa.column) if x)
    # An amount first (a bill's operands are prices, not the "12" of "Hosting (12 months)"), else a number.
    for kind in ("money", "number") if qa.answer_type in ("money", "number") else ("number",):
        for c in rank(candidates(sir, m, key, kind), sir, kind)[:3]:
            v = parse_number(c.answer)
            if v is not None and c.match > 0.3 and c.type_ok:
                return v, c.ids, text, c.answer
    return None


def _arithmetic(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    if found := time_between(qa, sir, m):
        return found
    recs = R.build(sir)
    vals = (row_operands(qa, sir, m) or column_pair_values(qa, recs, m) or pair_values(qa, recs, m)
            or [v for p in qa.operands[:4] if (v := _value(p, qa, sir, m)) is not None])
    if found := binned_total(qa, sir):
        # "how many weighed 5-15 kg": the histogram's bins inside the range, added (figures bounding the
        # quantity a histogram bins are no two operands, whatever arithmetic the question was read as)
        return found
    if qa.arith in ("sum", "mean") and len(vals) < 2:
        if found := printed_total(qa, sir, m):
            return found
        if (summary := printed_aggregate(qa, recs)) is not None:
            return [summary]
        if qa.arith == "sum" and (found := row_total(qa, recs, m)):
            return found
        if found := state_total(qa, recs, m):
            return found
        if found := column_total(qa, sir, m):
            return found
        pts = chart_points(sir)
        if qa.arith == "sum" and not pts and not (qa.operands or qa.row or qa.column or qa.condition) \
                and len(tokens(qa.target, drop_stopwords=True)) <= 1:
            return []  # "total?" of a bill names nothing to add up: the total it prints, found as a look-up
        if (named := named_series(qa, sir, m, 0.6)) is not None:  # "total 2023 revenue": that series only
            pts = [p for p in pts if p.series == named]
        nums = [p.number for p in pts] or [number_of(e) or 0.0 for e in bill_items(sir)]
        if len(nums) >= 2:
            v = sum(nums) if qa.arith == "sum" else sum(nums) / len(nums)
            sample = bill_items(sir)[0].value if not pts and bill_items(sir) else ""
            return [Candidate(format_like(v, sample, quoted_plainly(qa)), 0.6, True, [p.id for p in pts][:10],
                              "aggregate")]
        return []
    if len(vals) < 2 and qa.given is not None and qa.arith in ("sum", "difference", "subtract"):
        vals = _with_given(qa, vals, sir, m)
    if len(vals) < 2 or (vals[0][1], vals[0][3]) == (vals[1][1], vals[1][3]):  # one reading twice is not two operands
        return []
    x, y = vals[0][0] or 0.0, vals[1][0] or 0.0
    v = {"sum": x + y, "mean": (x + y) / 2, "ratio": x / y if y else 0.0}.get(qa.arith or "", abs(x - y))
    if sign := signed(qa):
        v = sign * (x - y)
    # (a ratio is a bare figure, unless it is an amount of money per unit: a price per item, in cents)
    sample = vals[0][3] if qa.arith != "ratio" or qa.answer_type == "money" else ""
    return [Candidate(format_like(v, sample, quoted_plainly(qa)), 0.75, True, (vals[0][1] + vals[1][1])[:10], "arith")]


def _with_given(qa: QuestionAnalysis, vals: list, sir: SIR, m: Matcher) -> list:
    """The asker's own figure beside the one the page gives: the operand read, else (a bill's change from
    what was paid) the amount owed."""
    other = vals[0] if vals else _value("total amount due", qa, sir, m) if qa.answer_type == "money" else None
    if other is None or other[0] is None:
        return vals
    given = qa.given or 0.0
    mine = (given, [], str(given) if qa.arith != "sum" else "", other[3])
    return [other, mine] if qa.arith == "sum" or qa.arith == "subtract" and qa.given_last else [mine, other]



def _entries_named(noun: str, sir: SIR, m: Matcher) -> int | None:
    """How many rows of a listing are of the kind the noun names ("subfolders": entries of type directory),
    or how many entries a history holds ("commits"); None when the noun names no such kind."""
    recs = R.build(sir)
    if (n := RC.count_entries(recs, noun, m)) is not None:
        return n
    hit = RC.count_matching(recs, noun, m)
    return hit[0] if hit else None


def _labelled(target: str, sir: SIR, m: Matcher, floor: float = 0.75) -> bool:
    """A printed label names the whole phrase ("order total incl shipping": Order total)."""
    labels = [e.label for e in sir.by_kind("key_value") if e.label]
    return bool(labels) and float(m.scores(target, labels).max()) >= floor


def _rows_of(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """"How many commits did Tomasz Kowal make": a figure asked of a name that is no row of its own and no
    chart category, but a value repeated down a column (a log's author): the rows that carry it."""
    # (the things counted are named: "how many tickets does Ana have"; "which line of x.c" counts nothing)
    if qa.answer_type not in ("number", "count") or not qa.row or not qa.column or chart_points(sir):
        return None
    recs = R.build(sir)
    names = {R.norm_name(qa.row), *(R.norm_name(t) for t in qa.row.split())}
    if any((label := R.norm_name(rec.label(r))) in names or len(label) >= 6 and any(
            similarity(label, n) >= 0.85 or len(n) >= 6 and label.endswith(n) for n in names)
           for rec in recs for r in rec.rows):
        # the question names a row ("budget.ods KB", read "budget.0ds"; "units.py" of "lib/units.py"): its value
        # is asked, not a tally
        return None
    hit = RC.count_matching(recs, qa.row, m, floor=0.75)
    return Candidate(str(hit[0]), 0.85, True, [], "count_rows", conf=0.8) if hit else None


def _placed(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The place of an entry a listing names well (an event's room, a part's bin), read from its place column."""
    try:
        a = R.lookup(R.build(sir), qa.target, "place where location room", m)
    except R.RecordsError:
        return []
    if a.score < 0.75 or not a.value.strip() or "place" not in a.column and "location" not in a.column.lower():
        return []
    return [Candidate(a.value, 0.5 + 0.4 * a.score, True, a.ids[:10], "records", conf=0.8)]


def _following(named: str, qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The row after (or before) the named one in a listing (an agenda's next entry, a contents list's next
    chapter, the commit made after another): the structure's rows, where a printed line may be only half of an
    entry (its time)."""
    try:
        a = RP.following(R.build(sir), named.strip(" ?!.'\""), m, -1 if qa.backward else 1, qa.in_time, qa.head)
    except R.RecordsError:
        return []
    return [Candidate(a.value, 0.55 + 0.4 * a.score, True, a.ids[:10], "records", conf=0.8)] if a.score >= 0.6 else []


def solve(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """Ranked candidates for the question; structural programs first when the operator calls for one."""
    op = qa.operator
    cands: list[Candidate] = []
    if op in ("max", "min"):
        cands = extreme_candidates(qa, sir, m)
    elif op == "lookup" and not qa.row and qa.column and (state := in_named_state(qa, sir, m)) is not None:
        cands = [state]
    elif op == "lookup" and qa.row:
        qa = replace(qa, row=R.whole_label(R.build(sir), qa.row, qa.phrase or qa.target))
        # "the area of Lindholm": the row is tagged; what the question says besides it names the column.
        # A "row" that is a state ("what printer has status Offline") names the one row in that state.
        # (word by word: a tag may join words the question keeps apart, "total 9" of "in total by day 9")
        rest = re.sub(r"\s+", " ", re.sub(r"|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in qa.row.split()), " ",
                                          qa.target, flags=re.I)).strip(" ?:'\"")
        # (or the state the count tagger found: "which service is down" with a stray row tag)
        in_state = [] if qa.answer_type not in ("text", "option") else (
            RC.rows_where(R.build(sir), qa.row, qa.negated, m, asked=qa.target)
            or (RC.rows_where(R.build(sir), qa.condition, qa.negated, m, asked=qa.target) if qa.condition else []))
        tally = _rows_of(qa, sir, m)
        if tally is not None:
            cands = [tally]
        elif len(in_state) == 1:
            cands = [Candidate(in_state[0].value, 0.85, True, in_state[0].ids[:10], "rows_where", conf=0.8)]
        elif qa.intent == "chart_value" and qa.column and not chart_points(sir) and (
                counted := _entries_named(qa.column, sir, m)) is not None:
            # "how many subfolders does q3-report have" with no chart to read: the rows of the kind named
            cands = [Candidate(str(counted), 0.8, True, [], "count_rows", conf=0.8)]
        elif qa.column or rest:
            # the tagged column, or what the question says besides the row when that names a column better
            # ("in-store revenue in Q2": the series "In store", not the word "revenue")
            # (or the whole question, when the row's tag swallowed the word naming the column: "Tarn cost")
            # (a cell of the kind asked for first: "when did Ines say ..." wants the time, not the sender's column
            # that the rest of the words name)
            # ("the restore run, how long was it": the column whose cells measure a duration, when none is named)
            tries = [record_candidates(replace(qa, column=c), sir, m)
                     for c in dict.fromkeys((qa.column or qa.measure, rest, qa.target)) if c]
            cands = max(tries, key=lambda cs: (fits(cs[0].answer, qa), cs[0].extra.get("column_score", 0.0))
                        if cs else (False, -1.0))
    if op == "lookup" and not cands and qa.target:
        # a row and a column both named, neither tagged ("Central's April number"), or the tagged pair named
        # no cell ("on the 14th": a day, and no column but what is on it); when a label names the phrase, only a
        # column the rest names outright ("on which day is the vet": a calendar's day, not its label's time)
        cands = record_candidates(replace(qa, row=None, column=None) if qa.row else qa, sir, m)
        if _labelled(qa.target, sir, m):
            cands = [c for c in cands if c.extra.get("column_score", 0.0) >= 0.85]
        if qa.answer_type == "person":  # a guessed cell that names no one answers no "who" ("TEE TIME", "4 kg")
            cands = [c for c in cands if name_like(c.answer)]
        for c in cands:  # a guess at both: a label that names the whole phrase ("Order total") may still win
            c.extra["guessed"], c.source = 1.0, "named_cell"
    if op == "nth":
        cands = nth_candidates(qa, sir, m)
    elif op == "count":
        cands = count_candidates(qa, sir, m)
    elif op == "state":
        cands = state_candidates(qa, sir, m)
    elif op == "colour":
        cands = _colour(qa, sir, m)
    elif op == "shape":
        colour = qa.colours[0] if qa.colours else None
        cands = panel_candidates(qa, sir, "shape") or _program(Attribute(attribute="shape", colour=colour), sir,
                                                                "shape_kind")
    elif op == "compare":
        cands = _compare(qa, sir, m)
    elif op == "arithmetic":
        cands = _arithmetic(qa, sir, m)
    elif op == "exists":
        cands = exists_candidates(qa, sir, m)
    elif op == "next":
        named = qa.quoted or qa.row or qa.target  # the named entry, not the frame
        follow = _following(named, qa, sir, m)
        cands = next_after(named, sir, m, -1 if qa.backward else 1)
        if follow and follow[0].match >= 0.9:  # the entry is a row of a structure, named outright: the line
            cands = [c for c in cands if c.answer == follow[0].answer]  # after it may be its own row's rest
        cands += follow
    elif op == "crossover":
        cands = crossover(qa.operands, sir, m)
    elif op == "trend":
        cands = trend_candidates(qa, sir, m)
    elif op == "locate":
        # "where's the planning meeting": an entry's place column, when a listing names the entry; else a control
        # (a click asked for by what it should do is matched by that: "to leave my settings as they are")
        cands = _placed(qa, sir, m) or locate(qa.purpose or qa.target, sir, m, qa.phrase)
    elif op == "choose":
        cands = choice_candidates(qa, sir)
    elif op in ("size_compare", "count_compare"):
        pairs = qa.shape_pairs
        rel = qa.relation or "greater"
        if op == "size_compare" and len(pairs) >= 2:
            (ac, ash), (bc, bsh) = pairs[:2]
            ask = "yesno" if qa.yesno else "which"
            prog: object = SizeCompare(a_shape=ash, a_colour=ac, b_shape=bsh, b_colour=bc, relation=rel, ask=ask)
            cands = _program(prog, sir, "size_compare")
        elif len(pairs) >= 2:
            (ac, ash), (bc, bsh) = pairs[:2]
            cands = _program(CountCompare(a_shape=ash, b_shape=bsh, a_colour=ac, b_colour=bc, relation=rel), sir,
                             "count_compare")  # fmt: skip
    if op in ("lookup", "arithmetic") and (rate := per_unit_candidates(qa, sir, m)):
        cands = rate  # "how much per night": the rate printed beside the nights, or the total over them
    if op == "lookup" and not cands and qa.answer_type in ("text", "option", "code", "person"):
        # "which printer is offline": the one row in the state the question names
        # (the state in the question's own words when the tagged phrase names none: "who has reached the offer
        # stage", tagged as a party's role)
        found = next((f for q in dict.fromkeys((qa.condition or qa.target, qa.phrase))
                      if (f := RC.rows_where(R.build(sir), q, qa.negated, m, asked=qa.target))), [])
        if len(found) == 1:
            cands = [Candidate(found[0].value, 0.85, True, found[0].ids[:10], "rows_where", conf=0.8)]
    cands = scale_candidates(qa, sir) + cands
    coords = ui_candidates(qa, sir)  # a cell, a numbered line: the coordinates decide
    if coords:
        return rank(coords, sir, qa.answer_type, qa.position)
    if op in ("lookup", "state") and not qa.yesno and (chosen := chosen_in_group(qa, sir, m)) is not None:
        return rank([chosen], sir, "text", qa.position)  # a radio group named by its heading: its pick
    if qa.quoted and op == "exists" and not cands:
        cands = _program(TextExists(text=qa.quoted, negate=qa.negated), sir, "text_exists")
    if op == "lookup" and not cands and (summed := summed_total(qa, sir, m)):
        cands = summed  # a bill's total found by its sum, its label in words the question does not share
    if op in ("lookup", "read", "nth", "max", "min", "arithmetic", "compare", "next", "crossover") or not cands:
        extracted = rank(candidates(sir, m, qa.target, qa.answer_type, qa.row), sir, qa.answer_type, qa.position)
        for c in extracted:
            c.score = min(c.score, 0.95)
            if qa.intent == "title" and c.source == "title":
                c.score += 0.2  # the heading asked for is the page's title, not a value labelled like it
        structural = rank(cands, sir, qa.answer_type, qa.position) if cands else []
        for c in structural:
            c.score += 0.1 if c.extra.get("guessed") else 0.3  # a program over structure beats a look-up
        cands = structural + extracted
    else:
        cands = rank(cands, sir, qa.answer_type, qa.position)
    cands.sort(key=lambda c: -c.score)
    # a text ending in a colon labels a value ("Reason:"), it is none (unless nothing else was found)
    cands = [c for c in cands if not c.answer.rstrip().endswith(":")] or cands
    _grand_total(qa, cands, sir)
    if qa.answer_type in ("number", "money", "percentage"):  # a chart's category names are not its values
        labels = {p.label for p in chart_points(sir)}
        cands = [c for c in cands if not (c.source == "line" and c.answer in labels)] or cands
    finish_numbers(qa, cands)
    if not cands and qa.answer_type in ("text", "option"):
        cands = letter_of_shape(qa, sir)
    if qa.answer_type in ("text", "organisation", "person", "place", "option"):
        for c in cands:  # OCR glues a name to its size ("Shampoo250ml", "250GB"): print it as people write it
            # an author's or affiliation's footnote mark ("2University of ...", "Ravi Dlamini1"): no part of a name
            c.answer = (_FOOTNOTE if qa.answer_type == "person" else _FOOTNOTE_LEAD).sub("", c.answer)
            if not re.search(r"[._/@:\\]\w", c.answer):  # not in a host, path or identifier ("store01.corp")
                c.answer = _GLUED_SIZE.sub(" ", c.answer)
            if "@" in c.answer and len(c.answer) < 80 and _SPACED_EMAIL.fullmatch(c.answer):  # no spaces in one
                c.answer = c.answer.replace(" ", "")
            # a rate printed after the name it belongs to ("Solvik (11,4%)"): the name is what "which" asks
            c.answer = _RATE_AFTER.sub("", c.answer) or c.answer
            if qa.answer_type == "person":  # a name, not the listing line or sentence it leads
                c.answer = person_only(c.answer)
            if qa.where:  # "where was the report written": the path, not the sentence
                c.answer = path_only(c.answer)
            if qa.measure:  # "how long is the talk": its "42 min", not the "9 Jun · 42 min" it is in
                c.answer = measured_piece(c.answer, qa.measure)
    for c in cands if qa.portion else []:  # "the first six characters of the checksum": the checksum, cut
        c.answer = cut(c.answer, qa.portion)
    as_yes_or_no(qa, sir, cands)
    cands = weekday_candidates(qa, sir, m, cands)
    return ground(qa, sir, cands)


# A figure (with its unit) glued to the word before it, or a unit's capitals glued to a figure; a name with a
# digit inside it ("fail2ban", "k8s") is one word.
_GLUED_SIZE = re.compile(r"(?<=[a-z]{3})(?=\d[\d.,]*(?i:ml|cl|l|g|kg|mg|oz|lbs?|[kmgt]b|cm|mm|m|pcs|pk|x)?\b)"
                         r"|(?<=\d)(?=[A-Z]{2,}\b)")
_RATE_AFTER = re.compile(r"(?<=[^\W\d_])\s*\(\s*[-+]?\d[\d.,]*\s?%\s*\)$")
# Footnote marks glued to a name: a superscript digit or dagger before a capitalised word or after a name.
_FOOTNOTE_LEAD = re.compile(r"^[\d*†‡§]{1,2}(?=[A-Z][a-z]{2,})")
_FOOTNOTE = re.compile(rf"{_FOOTNOTE_LEAD.pattern}|(?<=[a-z]{{3}})[\d*†‡§]{{1,2}}(?=,|$)")
# Each repeat needs its space: optional separators inside a repeat backtrack exponentially on long text.
_SPACED_EMAIL = re.compile(r"[\w.+-]+(?: [\w.+-]+){0,4} ?@ ?[\w-]+(?: ?[\w.-]+){0,4}\.[a-z]{2,}")


def _grand_total(qa: QuestionAnalysis, cands: list[Candidate], sir: SIR) -> None:
    """'The total' of a bill is its final amount: among close money candidates, the largest one (a subtotal
    is smaller; cash tendered and change are not totals), unless the question names the subtotal."""
    words = set(tokens(qa.target))
    owed = {"total", "owe", "due", "come", "comes", "altogether", "charged", "bill", "pay"}
    if qa.answer_type != "money" or not words & owed or words & {"sub", "subtotal"} or not cands:
        return

    def label(c: Candidate) -> str:
        return " ".join(f"{e.label or ''} {e.value}" for i in c.ids if (e := sir.get(i)) is not None)

    close = [
        c for c in cands[:6]
        if c.score >= cands[0].score - 0.2 and c.type_ok and c.match >= 0.25
        and c.source in ("key_value", "cell", "line") and not TENDERED.search(label(c))
    ]  # fmt: skip
    # (an amount printed as one, with its cents or its sign, before a bare figure: a document's number "No. 3108")
    printed = [c for c in close if spans(c.answer, "money")]
    narrowed = 0 < len(printed) < len(close)  # (then its one amount is the total, even alone)
    close = printed or close
    # (only among labels the question names about as well: "total upload size" is not "total stored size")
    close = [c for c in close if c.match >= max(o.match for o in close) - 0.15] if close else close
    amounts = [(parse_number(c.answer), c) for c in close]
    amounts = [(v, c) for v, c in amounts if v is not None]
    if len(amounts) >= 2 or (amounts and narrowed):
        best = max(amounts, key=lambda t: t[0])[1]
        best.score = cands[0].score + 0.01
        cands.sort(key=lambda c: -c.score)
