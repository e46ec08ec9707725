"""Records from a SIR: tables (incl. spreadsheet grids), whitespace-aligned command output (ls -l, df -h,
du, ps, git log --oneline), repeated stanzas (git log, key: value groups), key: value blocks, lists, tables
of contents and chart facts."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from ..textutil import format_number, parse_number
from .assignments import assignments
from .attributed import attributed_items
from .calculations import calculations
from .calendar_grid import month_grid
from .card_blocks import card_blocks
from .chats import bubbles, said_lines, thread
from .columns import content_name
from .dated_items import dated_subtitles, split_dated
from .definitions import definitions
from .delimited import delimited_tables, pipe_entries
from .diagnostics import diagnostics
from .forecast import day_strip, forecast
from .histories import agenda, dated_steps, plain_branches
from .icon_view import icon_grid
from .keyed_lines import keyed_lines
from .listings import (
    listing_sizes,
    releases,
    sized,
    slashed_folders,
    stanzas,
    toc,
)
from .mail_lines import mail_lines
from .page_rows import panes, visual_rows
from .pipe_tables import pipe_table
from .printed_tables import listings
from .printed_tables import outputs as printed_outputs
from .record_cleanup import (
    counted,
    details_joined,
    quantities_apart,
    runs_apart,
    without_count,
    without_icons,
    without_previews,
    without_prompt,
    without_row_numbers,
)
from .structure import button_labels, is_scatter
from .superseded import superseded
from .tabular import PRINT_WEIGHT, WEIGHTS, Column, Records, Row, cell_type, make_records
from .value_labels import value_points
from .week_view import week_events


def _from_table(e: Evidence, sir: SIR) -> Records | None:
    header = [str(h) for h in e.attrs.get("header", []) or []]  # type: ignore[union-attr]
    body = [[str(c) for c in r] for r in e.attrs.get("rows", []) or [] if isinstance(r, list)]  # type: ignore[union-attr]
    # (each row by its cells' facts too: where it is printed, and in what weight)
    cells: dict[object, list[str]] = {}
    for c in sir.by_kind("cell"):
        if c.attrs.get("table_index") == e.attrs.get("table_index"):
            cells.setdefault(c.attrs.get("row"), []).append(c.id)
    header, body = _without_button_column(header, body, sir)
    for j in range(max((len(r) for r in body), default=0)):  # (before the columns are named by what they hold)
        if counted([r[j] for r in body if j < len(r)]):
            body = [[without_count(c) if k == j else c for k, c in enumerate(r)] for r in body]
    if body and header and all(re.fullmatch(r"column \d+", h) for h in header):  # columns no header names,
        # named by what they hold, when that
        # tells them apart ("message" beside "message" says nothing: those keep their places' names)
        named = [content_name([r[j] for r in body if j < len(r)]) for j in range(max(len(r) for r in body))]
        header = [n if named.count(n) == 1 else f"column {j + 1}" for j, n in enumerate(named)]
    rec = make_records("table", header, [Row(r, [e.id, *cells.get(k, [])]) for k, r in enumerate(body)])
    if rec is not None:
        rec.named_by_content = not e.attrs.get("has_header")
    labels = e.attrs.get("row_labels")
    if rec is not None and isinstance(labels, list) and len(labels) == len(rec.rows):
        rec.columns.insert(0, Column("row", "number"))
        for r, lab in zip(rec.rows, labels, strict=True):
            r.cells.insert(0, str(lab))
        rec.key += 1
    return rec


def _without_fragments(tables: list[Evidence]) -> list[Evidence]:
    """A list view read under its printed header leaves out the layout's tables that overlap it with no header
    of their own (its rows cut in pieces with a sidebar's or a toolbar's words: columns it could only number)."""
    views = [e.box for e in tables if e.attrs.get("source_structure") == "listview" and e.box is not None
             and int(e.attrs.get("n_rows") or 0) >= 3]  # type: ignore[call-overload]

    def fragment(e: Evidence) -> bool:
        header = e.attrs.get("header")
        unnamed = isinstance(header, list) and all(re.fullmatch(r"column \d+", str(h)) for h in header)
        return e.attrs.get("source_structure") != "listview" and unnamed and e.box is not None and any(
            e.box.share_in(v) >= 0.3 for v in views)

    return [e for e in tables if not fragment(e)]


def _without_button_column(header: list[str], body: list[list[str]], sir: SIR) -> tuple[list[str], list[list[str]]]:
    """A column of the buttons beside a grid ("Copy", "Paste", "Clear" by a tag editor's fields) holds no
    values: dropped. When the grid's first row has its button too, that row is no header but the first field."""
    # (a greyed button, "Revert", may be read as a framed text box: any framed control counts for the header)
    buttons = button_labels(sir)
    framed = buttons | {f.value.strip() for f in sir.by_kind("field") if f.attrs.get("control") == "text"}
    width = max([len(header)] + [len(r) for r in body]) if body else 0
    drop = [j for j in range(1, width)
            if len(filled := [r[j].strip() for r in body if j < len(r) and r[j].strip()]) >= 2
            and all(c in framed for c in filled) and any(c in buttons for c in filled)]
    if not drop:
        return header, body
    if all(j < len(header) and header[j].strip() in framed for j in drop):
        body = [header, *body]
        header = ["field (label)", "value"] + [f"column {j + 1}" for j in range(2, width)]
    keep = [j for j in range(width) if j not in drop]
    return [header[j] for j in keep if j < len(header)], [[r[j] for j in keep if j < len(r)] for r in body]


# What a figure's sign says it measures (facts about units): the name a transposed row of them goes by.
_UNIT_NAMES = (("%", "percent, chance, share"), ("°", "temperature, degrees"))


def _transposed(rec: Records | None) -> Records | None:
    """A header of names over rows of bare figures (a weather strip: days over highs, lows and chances of
    rain): each header name is an entry, each figure row one of its columns, named by its unit."""
    if rec is None or len(rec.columns) < 3 or any(cell_type(c.name) != "name" for c in rec.columns):
        return None
    if any(cell_type(c) not in ("number", "money", "size") for r in rec.rows for c in r.cells if c.strip()):
        return None  # the rows are named, or hold words: the table reads the usual way
    units = [next((n for sign, n in _UNIT_NAMES if any(sign in c for c in r.cells)), "value") for r in rec.rows]
    names = list(units)
    for a in range(len(units)):
        for b in range(a + 1, len(units)):
            if units[a] == units[b] and (order := _above_everywhere(rec.rows[a], rec.rows[b])) is not None:
                hi, lo = (a, b) if order else (b, a)  # two rows of one unit: a day's high and its low
                names[hi], names[lo] = f"{units[hi]}, high (max)", f"{units[lo]}, low (min)"
    ids = [i for r in rec.rows for i in r.ids][:10]
    rows = [Row([c.name, *(r.cells[j] if j < len(r.cells) else "" for r in rec.rows)], ids)
            for j, c in enumerate(rec.columns)]
    return make_records("table", ["name", *names], rows)


def _crossed(rec: Records | None) -> Records | None:
    """A table of named rows over three or more columns of figures headed by names (items by month): read
    across as well, each column an entry and each row one of its columns ("which month had the lowest power
    bill": the month whose Power figure is least)."""
    if rec is None or rec.kind != "table" or len(rec.rows) < 2 or rec.columns[rec.key].type != "name":
        return None
    figures = [j for j, c in enumerate(rec.columns) if j != rec.key and c.type in ("number", "money")
               and c.name.strip() and not c.name.startswith("column ") and c.name != "row"]
    labels = [rec.label(r) for r in rec.rows]
    if len(figures) < 3 or len(figures) < len(rec.columns) - 2 or len(set(labels)) < len(labels):
        return None
    rows = [Row([rec.columns[j].name, *(r.cells[j] if j < len(r.cells) else "" for r in rec.rows)],
                [i for r in rec.rows for i in r.ids][:10]) for j in figures]
    crossed = make_records("table", [rec.columns[rec.key].name or "name", *labels], rows)
    if crossed is not None:
        crossed.key = 0
    return crossed


def _above_everywhere(a: Row, b: Row) -> bool | None:
    """True when row a's figures are at least row b's in every column, False when at most, else None."""
    pairs = [(x, y) for c, d in zip(a.cells, b.cells, strict=False)
             if (x := parse_number(c)) is not None and (y := parse_number(d)) is not None]
    if len(pairs) < 3:
        return None
    return True if all(x >= y for x, y in pairs) else False if all(x <= y for x, y in pairs) else None


def _labelled_grid(rows: list[list[Evidence]]) -> Records | None:
    """A header of words over rows that open with a "Label:" (`free -h`: "total used free ... available" over
    "Mem: 15Gi 7.2Gi ..." and a shorter "Swap:" row): the header names the values, not the labels."""
    rows = [(" ".join(e.value for e in r).split(), [e.id for e in r])
            for r in rows]
    for k, (head, _) in enumerate(rows[:-1]):
        body = []
        for toks, ids in rows[k + 1 :]:
            if len(toks) < 2 or not toks[0].endswith(":") or len(toks) - 1 > len(head):
                break
            if not all(cell_type(t) in ("number", "size", "money") for t in toks[1:]):
                break
            body.append(Row([toks[0].rstrip(":"), *toks[1:], *[""] * (len(head) + 1 - len(toks))], ids))
        words = all(cell_type(t) in ("name", "text") and not t.endswith(":") for t in head)
        if words and len(head) >= 2 and body and len(body[0].cells) == len(head) + 1:
            return make_records("table", ["", *head], body)
    return None


# the column a chart of several series gets for each category's series added up (a stacked bar's height)
TOTAL = "total (overall, all combined)"


def _chart(points: list[tuple[str, str, str, str]], summed: bool = True) -> Records | None:
    """Chart points (category, series, value, evidence id) as a wide table: a row per category and a column
    per series, so "In store for Germany" is the cell a row and a column meet, as in any table. `summed`
    adds each row's total (no sense for a scatter plot, whose two series are two measures)."""
    series = list(dict.fromkeys(sr for _, sr, _, _ in points))
    cats = list(dict.fromkeys(c for c, _, _, _ in points))
    cell = {(c, sr): (v, i) for c, sr, v, i in points}
    rows = [Row([c] + [cell.get((c, sr), ("", ""))[0] for sr in series],
                [i for sr in series if (i := cell.get((c, sr), ("", ""))[1])]) for c in cats]
    names = ["value"] if len(series) == 1 else [sr or "value" for sr in series]  # one series: its values
    sums = [[parse_number(v) for v in r.cells[1:]] for r in rows]
    if summed and len(series) >= 2 and all(v is not None for vs in sums for v in vs):
        # a category's series added up (a stacked bar's height): "total generation for Spain"
        rows = [Row([*r.cells, format_number(sum(v for v in vs if v is not None))], r.ids)
                for r, vs in zip(rows, sums, strict=True)]
        names.append(TOTAL)
    return make_records("chart", ["label", *names], rows)


def build(sir: SIR) -> list[Records]:
    """Every tabular structure in the SIR, tables first (they are the most explicit); read once per state of
    the evidence, however many programs ask (callers only read them)."""
    return sir.derived("records", lambda: _build(sir))


def _build(sir: SIR) -> list[Records]:
    tables = [_from_table(e, sir) for e in _without_fragments(sir.by_kind("table"))]
    out: list[Records | None] = tables + [_transposed(t) for t in tables] + [_crossed(t) for t in tables]
    pts = [(e.label or "", str(e.attrs.get("series") or ""), e.value, e.id)
           for e in sir.by_kind("point") if e.number is not None]
    if pts:
        out.append(_chart(pts, summed=not is_scatter(sir)))
    # (a series the points of a chart of several series hold already is no chart of its own)
    in_points = {(c, parse_number(v)) for c, _, v, _ in pts} if len({sr for _, sr, _, _ in pts}) >= 2 else set()
    for s in sir.by_kind("series"):
        ps = [p for p in s.attrs.get("points", []) or [] if isinstance(p, dict)]  # type: ignore[union-attr]
        got = [(str(p.get("x", p.get("label", ""))), s.label or "", str(p.get("y", p.get("value"))), s.id) for p in ps]
        if not in_points or not {(c, parse_number(v)) for c, _, v, _ in got} <= in_points:
            out.append(_chart(got))
    # (a status bar's whole line is read by its label; as a record it would make the labels' values text)
    kvs = [e for e in sir.by_kind("key_value") if e.attrs.get("role") != "status_bar"]
    if kvs:
        out.append(make_records("key_value", ["key", "value"], [Row([e.label or "", e.value], [e.id]) for e in kvs]))
    defined = [e for e in sir.by_kind("key_value")
               if e.attrs.get("function") and isinstance(e.attrs.get("line_number"), int)]
    if len(defined) >= 2:  # an editor's functions, in the order the file defines them
        defined.sort(key=lambda e: int(e.attrs["line_number"]))  # type: ignore[arg-type]
        out.append(make_records("list", ["function (method)", "line number"],
                                [Row([e.value, str(e.attrs["line_number"])], [e.id]) for e in defined]))
    out += _repeated_commands(sir)
    items = [e for e in sir.by_kind("block") if e.attrs.get("role") == "list_item"]
    if items:
        out.append(make_records("list", *split_dated(["item"], [Row([e.value], [e.id]) for e in items])))
    lines = sir.by_kind("text", "number")
    # a chat: a log of "time <sender> text" lines first (its clock times, printed alone, make no bubbles)
    out.append(said_lines(visual_rows([e for e in lines if e.box is not None]))
               or bubbles(lines, sir.image.width, sir.image.height) or thread(lines))
    out += month_grid(lines)
    week = week_events(lines)
    out.append(releases(sir))
    # (a line re-joined after its number was split off as a gutter is the OCR's pieces over again, without
    # the gaps between them that part a listing's columns)
    # (nor is a figure a tool named, "number of X (status bar)": its line holds it as printed already)
    printed = [e for e in lines if e.box is not None and not e.attrs.get("code")
               and not (e.kind == "number" and e.label)]
    for pane in panes(printed, sir):
        # printed lines grouped into the pane's rows once, for every reader of lines
        rows = visual_rows(pane)
        if not pts and (values := value_points(rows)):
            out.append(_chart(values))  # bars the chart tool did not find, read from their printed values
        outputs = printed_outputs(rows)
        # a terminal that ran several commands: a bare `git branch` list is read under its own prompt (the whole
        # screen's reader takes the rest)
        out += [plain_branches(o) for o in outputs]
        out += assignments(rows)  # source code and config files: names and their values, block by block
        out += [mail_lines(o) for o in outputs or [rows]]  # messages by sender and address, under each command
        out += [calculations(rows), keyed_lines(rows), pipe_table(rows), *delimited_tables(rows), pipe_entries(rows),
                dated_steps(rows), agenda(rows), sized(rows), stanzas(rows), toc(rows), _labelled_grid(rows),
                definitions(rows), diagnostics(rows), *listings(rows, outputs), icon_grid(rows), dated_subtitles(rows),
                attributed_items(rows), card_blocks(rows, sir.by_kind("field"))]
    if week is not None:  # a week's events by their day columns: no schedule read down the page's lines
        out = [r for r in out if r is None or r.kind != "agenda"] + [week]
    found = superseded([r for r in out if r is not None and r.rows])
    # a forecast's days: its cards read by their columns, else the days a structure read across as rows
    strip = day_strip(lines)
    found += [strip] if strip is not None else [f for r in found if (f := forecast(r)) is not None]
    for rec in found:
        without_prompt(rec)
        without_previews(rec)
        without_icons(rec)
        without_row_numbers(rec)
        quantities_apart(rec)
        runs_apart(rec)
        details_joined(rec)
        listing_sizes(rec)  # a table of a file manager, as `ls -l` read line by line
        slashed_folders(rec)
    for rec in found:
        _mark_weight(rec, sir)
    return found


def _repeated_commands(sir: SIR) -> list[Records | None]:
    """A source's command given three times or more (LaTeX's sections), its arguments in the order printed: a
    list, so "the section after Methods" is the next of them."""
    given: dict[str, list[Evidence]] = {}
    for e in sir.by_kind("key_value"):
        if e.attrs.get("source_structure") and isinstance(key := e.attrs.get("key"), str) and e.box is not None:
            given.setdefault(key, []).append(e)
    return [make_records("list", [key], [Row([e.value], [e.id]) for e in sorted(es, key=lambda e: e.box.cy)])  # type: ignore[union-attr]
            for key, es in given.items() if len(es) >= 3]


def _mark_weight(rec: Records, sir: SIR) -> None:
    # (a table's cells are facts of their own: a cell is bold when the printed line it was read from is)
    bold = [e.box for e in sir.by_kind("text") if e.attrs.get("bold") and e.box is not None]
    heavy = [any((e := sir.get(i)) is not None and (e.attrs.get("bold") or e.kind == "cell" and e.box is not None
                                                    and any(e.box.iou(b) > 0.5 for b in bold)) for i in r.ids)
             for r in rec.rows]
    if rec.kind in ("list", "assignments") or len(rec.rows) < 3 or all(heavy) or not any(heavy):
        return  # (bold in source code is its highlighting, not a state)
    rec.columns.append(Column(PRINT_WEIGHT, "status"))
    for r, bold in zip(rec.rows, heavy, strict=True):
        r.cells += [""] * (len(rec.columns) - 1 - len(r.cells)) + [WEIGHTS[0] if bold else WEIGHTS[1]]
