"""Programs over the UI reading (tools/ui.py): a spreadsheet cell by its coordinates, the function that
starts on a numbered line, the highlighted entry of a list. Coordinates come from the question analysis
(`coordinates.py`: a cell reference "C4", "row 5", "column B", "line 12"), not from words of a phrasing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..sir import SIR, Evidence
from ..textutil import parse_number
from .extract import Candidate
from .match import Matcher
from .page_rows import reading_order
from .question import QuestionAnalysis
from .record_sources import build
from .tabular import Records, Row, header_printed


def _grid(sir: SIR) -> Evidence | None:
    return next((e for e in sir.by_kind("table") if e.attrs.get("grid")), None)


def grid_cell(sir: SIR, col: str, row: str) -> Candidate | None:
    """The cell at a column letter and row number of a spreadsheet grid."""
    g = _grid(sir)
    if g is None:
        return None
    cols = [str(c) for c in g.attrs.get("col_labels", [])]  # type: ignore[union-attr]
    rows = [str(r) for r in g.attrs.get("row_labels", [])]  # type: ignore[union-attr]
    cells = g.attrs.get("grid_rows", [])
    if col.upper() not in cols or row not in rows:
        return None
    value = cells[rows.index(row)][cols.index(col.upper())]  # type: ignore[index]
    return Candidate(str(value), 1.0, True, [g.id], "grid_cell", g.box, g.confidence) if value else None


def _named(label: str, question: str) -> bool:
    return bool(label) and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", question, re.I) is not None


def grid_lookup(sir: SIR, question: str) -> Candidate | None:
    """The cell where a row the question names (by its first cell) meets a header it names."""
    g = _grid(sir)
    if g is None:
        return None
    header = [str(h) for h in g.attrs.get("header", [])]  # type: ignore[union-attr]
    rows = [[str(c) for c in r] for r in g.attrs.get("rows", [])]  # type: ignore[union-attr]
    cols = [j for j, h in enumerate(header) if j > 0 and _named(h, question)]
    hits = [r for r in rows if r and _named(r[0], question)]
    if len(cols) != 1 or len(hits) != 1 or cols[0] >= len(hits[0]) or not hits[0][cols[0]]:
        return None
    return Candidate(hits[0][cols[0]], 1.0, True, [g.id], "grid_lookup", g.box, g.confidence)


def _printed_name(phrase: str, ref: str, sir: SIR) -> bool:
    """A cell reference that is part of a name the page prints ("H1 total" heading a column, "Q3 revenue"):
    the question names that column, not the cell H1."""
    m = re.search(rf"(\w+\s+)?\b{re.escape(ref)}\b(\s+\w+)?", phrase, re.I)
    if m is None:
        return False
    phrases = [p.lower() for p in (f"{m.group(1) or ''}{ref}", f"{ref}{m.group(2) or ''}") if p.lower() != ref.lower()]
    return any(p in e.value.lower() for p in phrases for e in sir.by_kind("text"))


def ui_candidates(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    out: list[Candidate] = []
    named = " ".join(t for t in (qa.row, qa.column, qa.target, *qa.operands) if t)
    # (an extreme or a count orders or tallies cells: "the month with the highest total" names no one cell)
    found = grid_lookup(sir, named) if qa.operator not in ("max", "min", "count") else None
    if found is not None:
        return [found]
    at = qa.coords.cell
    # (a cell is looked up, not ranked or counted: "the best total for Q3" names a quarter, not a cell)
    if at and qa.operator not in ("max", "min", "count") and not _printed_name(qa.phrase, "".join(at), sir) \
            and (c := grid_cell(sir, *at)):
        out.append(c)
    if control := qa.coords.controls:
        found = [e for e in sir.by_kind("field") if e.attrs.get("control") == control and e.box is not None]
        found = reading_order(found)
        if found and qa.position in ("top", "bottom"):  # "the buttons at the bottom": the row lowest down
            edge = (max if qa.position == "bottom" else min)(e.box.cy for e in found)  # type: ignore[union-attr]
            found = [e for e in found if abs(e.box.cy - edge) < 0.6 * e.box.h]  # type: ignore[union-attr]
        if found and qa.operator == "count":  # "how many buttons": their number, not their names
            out.append(Candidate(str(len(found)), 0.9, True, [e.id for e in found], f"{control}s", None, 0.8))
        elif found:
            names = ", ".join(e.label or e.value for e in found)
            out.append(Candidate(names, 0.9, True, [e.id for e in found], f"{control}s", None, 0.8))
    if qa.answer_type in ("number", "count", "text") and qa.operator == "lookup":
        # the line a function the question names is defined on (an editor's gutter beside its code)
        words = set(re.findall(r"[A-Za-z_][\w.]*", qa.target))
        out += [Candidate(e.value, 1.0, True, [e.id], "line_of_function", e.box, e.confidence)
                for e in sir.by_kind("key_value") if e.attrs.get("line_number") and not e.attrs.get("function")
                and (e.label or "").removeprefix("line where ").removesuffix(" is defined") in words]
    if qa.operator == "lookup" and qa.unit == "lines" and qa.answer_type in ("number", "count") and not out:
        out += _line_holding(qa.target, sir)
    if qa.coords.line is not None:
        for e in sir.by_kind("key_value"):
            if e.attrs.get("function") and e.attrs.get("line_number") == qa.coords.line:
                out.append(Candidate(e.value, 1.0, True, [e.id], "function_at_line", e.box, e.confidence))
        if not out:  # no definition starts there: the line itself, as the editor shows it
            out += [Candidate(e.value.strip(), 0.9, True, [e.id], "line_at_number", e.box, e.confidence)
                    for e in sir.by_kind("text") if e.attrs.get("code") and e.attrs.get("line_number") == qa.coords.line
                    and e.value.strip()][:1]
    return out


def _line_holding(target: str, sir: SIR) -> list[Candidate]:
    """The number of the numbered line that holds the question's rarest word among the lines ("what line is
    the Overview heading on": the one line naming Overview, not the several that say heading)."""
    # (the lines themselves, not the facts read off them: a function's name would count its line twice)
    numbered = sorted((e for e in sir.by_kind("text")
                       if isinstance(e.attrs.get("line_number"), int) and e.value.strip()),
                      key=lambda e: int(e.attrs["line_number"]))  # type: ignore[arg-type]
    words = {w.lower() for w in re.findall(r"[A-Za-z_]\w{2,}", target)}
    held = {w: [e for e in numbered if w in {t.lower() for t in re.findall(r"[A-Za-z_]\w*", e.value)}] for w in words}
    found = sorted(((len(es), -len(w), es[0]) for w, es in held.items() if es), key=lambda t: t[:2])
    if not found or found[0][0] > 1:
        return []  # (a word on several lines names none of them)
    e = found[0][2]
    return [Candidate(str(e.attrs["line_number"]), 0.8, True, [e.id], "line_holding", e.box, e.confidence)]


def selected_entries(sir: SIR) -> list[Candidate]:
    """Highlighted rows of lists (attrs.selected), each by its first cell (the leftmost piece of the row: the
    entry's name, as a list's first column names its rows)."""
    # (a list's header is shaded apart from its rows as a selection is: a column's name is no selected entry)
    names = {str(h).strip() for t in sir.by_kind("table") if t.attrs.get("has_header")
             for h in t.attrs.get("header", []) or []}  # type: ignore[union-attr]
    rows = [e for e in sir.by_kind("field") if e.attrs.get("selected") and e.attrs.get("control") == "list_item"
            and e.value.strip() not in names]
    rows.sort(key=lambda e: (e.box.cy, e.box.x0) if e.box else (0.0, 0.0))
    # pieces of one highlighted row (name, size, state) side by side: the leftmost names it
    firsts: list[Evidence] = []
    for e in rows:
        same = next((f for f in firsts if e.box and f.box and min(e.box.y1, f.box.y1) - max(e.box.y0, f.box.y0)
                     > 0.5 * min(e.box.h, f.box.h)), None)
        if same is None:
            firsts.append(e)
        elif e.box and same.box and e.box.x0 < same.box.x0:
            firsts[firsts.index(same)] = e
    # a file manager's parent pane keeps its folder highlighted too: its band is as narrow as that pane, the
    # current list's selection spans the list (widest first; rows without a band keep their order)
    firsts.sort(key=lambda e: -_band_width(e))
    return [Candidate(_row_name(e, sir), 0.8, True, [e.id], "selected_row", e.box, e.confidence) for e in firsts]


def _band_width(e: Evidence) -> float:
    b = e.attrs.get("band")
    return float(b[1]) - float(b[0]) if isinstance(b, list) and len(b) == 2 else 0.0


def _row_name(e: Evidence, sir: SIR) -> str:
    """A highlighted row of a table is named by that table row's name, whichever of its cells was read as
    the highlighted piece."""
    if (named := _record_name(e, sir)) is not None:
        return named
    if e.box is None or parse_number(e.value) is None:
        return e.value  # the piece read is a name already; only a figure ("1.89") needs its row's name
    cells = [c for c in sir.by_kind("cell") if c.box is not None and e.box.y0 - 2 <= c.box.cy <= e.box.y1 + 2
             and c.attrs.get("row_label")]
    return str(cells[0].attrs["row_label"]) if cells else e.value


def _record_name(e: Evidence, sir: SIR) -> str | None:
    """The name cell of the listing row the highlighted piece belongs to (a code and a name read as one piece,
    "B-1004 Bubble wrap roll", is named "Bubble wrap roll" when the listing's header puts them in two
    columns); only listings with named columns know which cell names a row."""
    headed = [rec for rec in build(sir) if rec.kind in ("columns", "table") and header_printed(rec)]
    # (a piece that names a row of one listing is that name, though a table read with a sidebar's entries for
    # its first column holds it as another cell of the row)
    if any(rec.label(row) == e.value for rec in headed for row in rec.rows):
        return e.value
    for rec in headed:
        for row in rec.rows:
            name = rec.label(row)
            if rec.kind == "columns" and len(name) >= 2 and name in e.value and any(
                    c and c != name and c in e.value for c in row.cells):
                return name
            if len(name) >= 2 and len(e.value.strip()) >= 4 and e.value.strip() in row.cells:
                return name  # the piece is another cell of the row (its code, "QX-1002", left of its name)
    return None


def _tables_holding(e: Evidence, sir: SIR) -> Iterator[tuple[Records, Row]]:
    """Each headed table of three columns or more with the highlighted row among its rows, and that row."""
    for rec in build(sir):
        if header_printed(rec) and len(rec.columns) >= 3:
            row = next((r for r in rec.rows if e.value.strip() and e.value.strip() in r.cells), None)
            if row is not None:
                yield rec, row


def names_selected_table(e: Evidence, sir: SIR, query: str, m: Matcher) -> float:
    """How well the query names a column of the table the highlighted row belongs to ("which valve is
    selected": the Valve column of a parts list whose row is highlighted)."""
    return max((float(m.scores(query, [c.name for c in rec.columns if c.name != "row"]).max())
                for rec, _ in _tables_holding(e, sir)), default=0.0)


def selected_cell(e: Evidence, sir: SIR, query: str, m: Matcher) -> str | None:
    """The highlighted row's cell under the column the question names ("the selected line, just its
    model": its Model, not the code that names the row); None when no column is named clearly."""
    for rec, row in _tables_holding(e, sir):
        # (the sheet's own row numbers, a column the grid reader names "row", name no column a question asks for)
        named = [(j, c.name) for j, c in enumerate(rec.columns) if c.name != "row" and j < len(row.cells)]
        sc = m.scores(query, [n for _, n in named])
        k = int(sc.argmax())
        j = named[k][0]
        rest = max((s for i, s in enumerate(sc) if i != k), default=0.0)
        if j != rec.key and sc[k] >= 0.5 and sc[k] - rest >= 0.2 and row.cells[j]:
            return row.cells[j]
    return None
