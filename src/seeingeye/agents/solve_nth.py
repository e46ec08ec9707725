"""Which entry is the n-th: of a list, a table column, a log (by date) or of the rows in a state ("the first
test that failed", "the first thing in the contents", "bullet 4"). Split from `solve_select.py`; each returns
ranked `Candidate`s."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from ..textutil import item_text
from . import records as R
from .extract import Candidate
from .match import Matcher
from .question import QuestionAnalysis
from .sequence import listed_under
from .solve_records import named_fact, record_candidates
from .structure import SUMMARY, bill_items, fields, list_items, table_cells


def _rows_with_ids(sir: SIR) -> list[tuple[str, object]]:
    firsts: dict[str, object] = {}
    for c in table_cells(sir):
        if c.row and c.c == 0 and c.row not in firsts and not SUMMARY.search(c.row):
            firsts[c.row] = c
    return list(firsts.items())


def _nth_in_column(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"The first destination", "the last code": the n-th row's cell under the column the question names."""
    cells = [c for c in table_cells(sir) if not SUMMARY.search(c.row)]
    cols = sorted({(c.c, c.col) for c in cells if c.c >= 0 and c.col})
    if not cols or qa.nth is None:
        return []
    sc = m.scores(qa.column or qa.target, [col for _, col in cols])
    k = int(sc.argmax())
    if sc[k] < 0.6:
        return []
    column = sorted((c for c in cells if c.c == cols[k][0]), key=lambda c: c.r)
    idx = qa.nth - 1 if qa.nth > 0 else len(column) - 1
    if not 0 <= idx < len(column):
        return []
    cell = column[idx]
    return [Candidate(cell.value, 0.8 + 0.1 * float(sc[k]), True, [cell.id], "nth", None, 0.9)]


def _nth_in_state(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"The first test that failed": the n-th control or result, in printed order, in the state the question
    names (matched to the states the image shows, not to a word list)."""
    fs = [f for f in fields(sir) if f.box is not None]
    states = sorted({f.value.lower() for f in fs})
    # (an off state asked without a tagged condition, "the first unchecked item": our own word for boxes off)
    condition = qa.condition or ("unchecked" if qa.wants_off else None)
    if not condition or qa.nth is None or not states:
        return []
    sc = m.scores(condition, states)
    k = int(sc.argmax())
    hits = sorted((f for f in fs if f.value.lower() == states[k]), key=lambda f: (f.box.cy, f.box.x0))  # type: ignore[union-attr]
    idx = qa.nth - 1 if qa.nth > 0 else len(hits) - 1
    if sc[k] < 0.6 or not 0 <= idx < len(hits):
        return []
    f = hits[idx]
    return [Candidate(f.label or f.value, 0.85, True, [f.id], "nth", f.box, f.confidence)]


def _entry_text(e: Evidence, sir: SIR) -> str:
    """A list entry's text; an entry that is only a time or a figure ("3. 09:45") is named by the words
    printed after it on its row ("Q&A"), as an agenda or a schedule sets them."""
    text = item_text(e.value)
    if e.box is None or not re.fullmatch(r"[\d:.,/\s-]+", text):
        return text
    after = sorted((t for t in sir.by_kind("text") if t.box is not None and t.box.x0 >= e.box.x1 - 2
                    and abs(t.box.cy - e.box.cy) < 0.5 * e.box.h), key=lambda t: t.box.x0)  # type: ignore[union-attr]
    return after[0].value.strip() if after else text


def _record_name(text: str, sir: SIR) -> str | None:
    """The name a structure gave the entry read from this line ("Buy seeds" of "- [x] Buy seeds (owner: Ben)"),
    when one read it as a row of items with fields."""
    for rec in R.build(sir):
        if rec.kind != "list" or len(rec.columns) < 2:
            continue
        for row in rec.rows:  # (the line's own words: the name and a field of it)
            name = rec.label(row)
            if name and name in text and any(c and c != name and c in text for c in row.cells):
                return name
    return None


def nth_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The n-th entry; an entry read whole with its fields answers by its name ("the last action item")."""
    found = _nth_candidates(qa, sir, m)
    for c in found:
        c.answer = _record_name(c.answer, sir) or c.answer
    return found


def _nth_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    if found := _nth_in_state(qa, sir, m):
        return found
    # the page or a tool already named that entry ("Latest release v2.3.3", "result of the last calculation")
    if (e := named_fact(qa.target, sir, m, 0.8, answer_type=qa.answer_type)) is not None:
        return [Candidate(e.value, 0.85, True, [e.id], "nth", e.box, e.confidence)]
    # Entries of a log (git log's stanzas) and the most recent by date are records' n-th rows.
    logged = qa.intent in ("latest", "earliest") or any(r.kind == "stanzas" for r in R.build(sir))
    if logged and (found := record_candidates(qa, sir, Matcher(use_embeddings=False))):
        return found  # the most recent entry by its date column, not the last printed
    if qa.nth is not None and qa.nth > 0 and len(under := listed_under(qa.column or qa.target, sir, m)) >= qa.nth:
        e = under[qa.nth - 1]  # "the first thing in the contents": the list under that heading
        # a two-column entry ("--config   set the value") answers with its term, as the layout split it
        term = next((str(b.attrs["term"]) for b in sir.by_kind("block") if b.attrs.get("term") and b.box
                     and e.box and b.box.y0 - 2 <= e.box.cy <= b.box.y1 + 2), None)
        return [Candidate(term or _entry_text(e, sir), 0.85, True, [e.id], "nth", e.box, e.confidence)]
    if qa.condition and qa.column and (found := record_candidates(qa, sir, Matcher(use_embeddings=False))) \
            and found[0].extra.get("column_score", 0.0) >= 0.7:
        return found  # "the file of the first warning": a column of the first row in that state
    if qa.column and qa.nth is not None and any(R.names_column(r, qa.column, m) for r in R.build(sir)
                                                if r.kind != "key_value") and (
            found := record_candidates(qa, sir, m)):
        return found  # "the earliest function in the file": the entries of the structure the noun heads
    if qa.unit not in ("bullets", "lines") and (found := _nth_in_column(qa, sir, m)):
        return found
    bulleted = qa.unit in ("bullets", "lines", "rows")
    rows = [Evidence(id=c.id, source="table", round=1, kind="text", value=r) for r, c in _rows_with_ids(sir)]
    groups = (list_items(sir), rows, bill_items(sir)) if bulleted else (bill_items(sir), rows, list_items(sir))
    items = next((g for g in groups if len(g) >= 2), [])
    if not items or qa.nth is None:
        return record_candidates(qa, sir, Matcher(use_embeddings=False))
    idx = qa.nth - 1 if qa.nth > 0 else len(items) - 1
    if not 0 <= idx < len(items):
        return []
    e = items[idx]
    # A block's label is its role ("list_item"); its value is the item. OCR reads hollow bullets as "o".
    # A two-column item ("--config   set the value") answers with its term.
    text = str(e.attrs.get("term") or "") or (e.value if e.kind == "block" else (e.label or e.value))
    return [Candidate(item_text(text), 0.8, True, [e.id], "nth", e.box, e.confidence)]
