"""Records from a SIR: tables (incl. spreadsheet grids), whitespace-aligned command output (ls -l, df -h,
du, ps, git log --oneline), repeated stanzas (git log, key: value groups), key: value blocks, lists, tables
of contents and chart facts."""

from __future__ import annotations

import re

from ..sir import SIR, Box, Evidence
from ..textutil import format_number, item_text, parse_number
from .calendar_grid import month_grid
from .chats import bubbles, thread
from .columns import COMMIT_HASH, header_columns, monospace_columns
from .definitions import definitions
from .histories import agenda, branches, dated_log, dated_steps, leveled_log, oneline
from .icon_view import icon_grid
from .tabular import TOC, Column, Records, Row, cell_type, header_printed, make_records
from .types import spans


def _from_table(e: Evidence) -> Records | None:
    header = [str(h) for h in e.attrs.get("header", []) or []]  # type: ignore[union-attr]
    body = [[str(c) for c in r] for r in e.attrs.get("rows", []) or [] if isinstance(r, list)]  # type: ignore[union-attr]
    rec = make_records("table", header, [Row(r, [e.id]) for r in body])
    labels = e.attrs.get("row_labels")
    if rec is not None and isinstance(labels, list) and len(labels) == len(rec.rows):
        rec.columns.insert(0, Column("row", "number"))
        for r, lab in zip(rec.rows, labels, strict=True):
            r.cells.insert(0, str(lab))
        rec.key += 1
    return rec


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


def _above_everywhere(a: Row, b: Row) -> bool | None:
    """True when row a's figures are at least row b's in every column, False when at most, else None."""
    pairs = [(x, y) for c, d in zip(a.cells, b.cells, strict=False)
             if (x := parse_number(c)) is not None and (y := parse_number(d)) is not None]
    if len(pairs) < 3:
        return None
    return True if all(x >= y for x, y in pairs) else False if all(x <= y for x, y in pairs) else None


def _x_overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def _visual_rows(lines: list[Evidence]) -> list[list[Evidence]]:
    """OCR lines grouped into rows of the page (segments of one printed line share its height band)."""
    rows: list[list[Evidence]] = []
    for e in sorted(lines, key=lambda e: (e.box.cy, e.box.x0)):  # type: ignore[union-attr]
        if rows and abs(rows[-1][0].box.cy - e.box.cy) < 0.5 * min(rows[-1][0].box.h, e.box.h):  # type: ignore
            rows[-1].append(e)
        else:
            rows.append([e])
    # A second look re-reads part of a line: a piece lying over a wider one of the same row is not new text.
    rows = [[e for e in r if not any(o is not e and o.box.w > e.box.w  # type: ignore[union-attr]
                                     and _x_overlap(e.box, o.box) > 0.5 * e.box.w for o in r)]  # type: ignore[arg-type]
            for r in rows]  # fmt: skip
    return [sorted(r, key=lambda e: e.box.x0) for r in rows]  # type: ignore[union-attr]


def _panes(lines: list[Evidence], sir: SIR) -> list[list[Evidence]]:
    """The lines of each pane of a window, parted by the pane edges the `ui` reading found (a TUI's boxed
    windows, two file lists side by side): a row of one pane is no row of its neighbour's listing. The
    whole page comes first, and alone when it has no two panes of text."""
    boxes = [e.box for e in lines if e.box is not None]
    edges = [e.box for e in sir.by_kind("region") if e.attrs.get("role") == "pane_edge" and e.box is not None]
    # a window's own border has no text beyond it: only a line with text on both sides parts panes
    edges = [x for x in edges if min(sum(x.y0 <= b.cy <= x.y1 and (b.cx < x.x0) == side for b in boxes)
                                     for side in (True, False)) >= 3]
    groups: dict[tuple[object, ...], list[Evidence]] = {}
    for e in lines:
        b = e.box
        assert b is not None
        # (a line above or below every pane, a title or a menu bar, is in none of them; a list's header just
        # above the edges' start, over its column, is its pane's)
        beside = [x for x in edges if x.y0 - 2.5 * b.h <= b.cy <= x.y1]
        groups.setdefault((bool(beside), *(i for i, x in enumerate(edges) if x in beside and x.x0 < b.cx)),
                          []).append(e)
    panes = [g for g in groups.values() if len(g) >= 3]
    # the whole page as well: panes that show one listing side by side (two file panels) read as one
    return [lines, *panes] if len(panes) >= 2 else [lines]


def _below_header(toks: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """The rows from a header in capitals ("PID USER ... COMMAND") down to where the rows stop being as wide
    (a prompt): `top` prints its summary lines above its table, `ps` follows the command that ran it."""
    for k, (head, _) in enumerate(toks[1:-2], start=1):
        caps = sum(t.isupper() or not t.isalnum() and t.upper() == t for t in head)
        if len(head) >= 3 and caps >= 0.6 * len(head) and all(cell_type(t) in ("name", "text") for t in head):
            out = [toks[k]]
            for t, ids in toks[k + 1:]:
                if len(t) < len(head) - 2:
                    break
                out.append((t, ids))
            if len(out) >= 3:
                return out
    return toks


def _aligned(rows: list[list[Evidence]]) -> Records | None:
    """Whitespace-aligned output: split each printed line into tokens; the column count is what nearly
    every line has (a file name or commit message with spaces joins the tail into the last column)."""
    toks = [(" ".join(e.value for e in r).split(), [e.id for e in r]) for r in rows]
    toks = _below_header([(t, ids) for t, ids in toks if len(t) >= 2])
    if len(toks) < 3:
        return None
    counts = [len(t) for t, _ in toks]
    # The widest split most lines fill (a prompt line or "total 96" above a listing does not narrow it);
    # lines with fewer tokens are dropped, so at least 60% of them must have the columns. (From rec18.)
    cover = {c: sum(n >= c for n in counts) for c in set(counts)}
    ncols = max((c for c in cover if cover[c] >= 0.6 * len(counts)), key=lambda c: c * cover[c])
    if ncols < 2:
        return None
    body = [Row([*t[: ncols - 1], " ".join(t[ncols - 1:])], ids) for t, ids in toks if len(t) >= ncols]
    header: list[str] = []
    first = body[0].cells
    if all(cell_type(c) in ("name", "text") for c in first[:-1]) and any(
        cell_type(c) in ("number", "size", "money", "date") for r in body[1:] for c in r.cells[:-1]
    ):
        header, body = first, body[1:]
    if not _regular(body, [t for t, _ in toks], ncols):
        return None
    rec = make_records("columns", header, body) if len(body) >= 2 else None
    if rec is not None:
        _listing_sizes(rec)
    return rec


def _regular(body: list[Row], toks: list[list[str]], ncols: int) -> bool:
    """Rows split at whitespace are a table when they line up: nearly every line has just the columns, or
    some column other than the last holds one kind of figure (a terminal's prose split into words has
    neither, and a menu bar above it is no header)."""
    if sum(len(t) == ncols for t in toks) >= 0.8 * len(toks):
        return True
    for j in range(ncols - 1):
        kinds = [cell_type(r.cells[j]) for r in body if j < len(r.cells)]
        if kinds and max(kinds.count(k) for k in ("number", "size", "date", "money", "version")) >= 0.8 * len(kinds):
            return True
    return False


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


_MODE = re.compile(r"[dlcbps-][rwxsStT-]{9}[.+@]?")
_MONTH = re.compile(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_ENTRY_TYPES = {"d": "directory (folder)", "l": "symbolic link", "-": "file"}


# One `ls -l` entry, read from both ends so a stray glyph OCR inserted between the owner and the size does
# not shift the columns: mode (OCR may drop a dash, even the first, or read a letter as a capital), links,
# owner and group, size, date (month day
# time|year, or ISO), name.
_LS_LONG = re.compile(
    r"^\s*(?P<mode>[dlcbps-]?[rwxsStTRWX-]{8,9}[.+@]?)\s+(?P<links>\d+)\s+(?P<who>.+?)\s+(?P<size>\d[\d.,]*(?:[KMGTP]i?B?|B)?)\s+"
    r"(?P<date>[A-Z][a-z]{2}\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?)\s+(?P<name>\S.*)$"
)
# OCR reads a light monospace mode string with gaps ("- rw- r- - r- -"): closed up before matching.
_SPACED_MODE = re.compile(r"^\s*[dlcbps-](?:\s?[rwxsStT-]){8,9}(?=\s)")


def _ls_long(rows: list[list[Evidence]]) -> Records | None:
    found: list[Row] = []
    for r in rows:
        text = " ".join(e.value for e in r)
        text = _SPACED_MODE.sub(lambda g: g.group(0).replace(" ", ""), text, count=1)
        m = _LS_LONG.match(text)
        if m:
            who = m.group("who").split()
            found.append(Row([m.group("mode"), m.group("links"), who[0], who[1] if len(who) > 1 else "",
                             m.group("size"), m.group("date"), m.group("name").strip(),
                             _ENTRY_TYPES.get(m.group("mode")[:1], "file")], [e.id for e in r]))
    if len(found) < 2:
        return None
    rec = make_records("listing", ["permissions", "links", "owner", "group", "size", "modified", "name",
                                   "entry type (directory, file, link)"], found)
    if rec is not None:
        rec.columns[4].type, rec.columns[5].type, rec.key = "size", "date", 6
    return rec


def _listing_sizes(rec: Records) -> None:
    """A long file listing (`ls -l`: a column of permission strings) prints each size as a bare number just
    before the date: that column is a size, so "the largest file" orders by it."""
    types = [c.type for c in rec.columns]
    modes = [j for j in range(len(types)) if all(_MODE.fullmatch(r.cells[j]) for r in rec.rows if j < len(r.cells))]
    if not modes:
        return
    rec.key = len(rec.columns) - 1  # the entry's name is printed last (a month name is no key)
    # The mode's first letter says what each entry is: "how many directories" counts by it.
    rec.columns.append(Column("entry type (directory, file, link)", "status"))
    for r in rec.rows:
        r.cells.append(_ENTRY_TYPES.get(r.cells[modes[0]][:1], "file") if modes[0] < len(r.cells) else "")
    # The size is the last figure before the date, which starts at a month name ("Mar 19 22:10") or a date.
    months = [j for j in range(len(types)) if all(_MONTH.fullmatch(r.cells[j]) for r in rec.rows if j < len(r.cells))]
    starts = [j for j in range(len(types)) if types[j] == "date"] + months
    if not starts or "size" in types:
        return  # no date, or the sizes carry units and were typed already
    before = [j for j in range(min(starts)) if types[j] == "number"]
    if before:
        rec.columns[before[-1]].type = "size"


def _toc(rows: list[list[Evidence]]) -> Records | None:
    found: list[Row] = []
    for r in rows:
        text = "  ".join(e.value for e in r)
        m = TOC.match(text)
        if m and re.search(r"[A-Za-z]{2}", m.group("title")) and not spans(text.strip(), "date"):  # "Packed Nov 5"
            found.append(Row([(m.group("num") or "").rstrip("."), m.group("title").strip(" .·"), m.group("page")],
                            [e.id for e in r]))
    if len(found) < 3:
        return None
    rec = make_records("toc", ["number", "entry", "page"], found)
    if rec is not None:
        rec.key = 1
    return rec


def _chart(points: list[tuple[str, str, str, str]]) -> Records | None:
    """Chart points (category, series, value, evidence id) as a wide table: a row per category and a column
    per series, so "In store for Germany" is the cell a row and a column meet, as in any table."""
    series = list(dict.fromkeys(sr for _, sr, _, _ in points))
    cats = list(dict.fromkeys(c for c, _, _, _ in points))
    cell = {(c, sr): (v, i) for c, sr, v, i in points}
    rows = [Row([c] + [cell.get((c, sr), ("", ""))[0] for sr in series],
                [i for sr in series if (i := cell.get((c, sr), ("", ""))[1])]) for c in cats]
    names = ["value"] if len(series) == 1 else [sr or "value" for sr in series]  # one series: its values
    sums = [[parse_number(v) for v in r.cells[1:]] for r in rows]
    if len(series) >= 2 and all(v is not None for vs in sums for v in vs):
        # a category's series added up (a stacked bar's height): "total generation for Spain"
        rows = [Row([*r.cells, format_number(sum(v for v in vs if v is not None))], r.ids)
                for r, vs in zip(rows, sums, strict=True)]
        names.append("total (overall, all combined)")
    return make_records("chart", ["label", *names], rows)


# A size first, a name last: `du -sh *`, ncdu (its bar of "#" between, read with stray brackets)
_SIZED = re.compile(r"^\s*(\d[\d.,]*\s?(?:[KMGTP]i?B|[KMGTP]|B|bytes?))(?:\s.*?)?\s+(?:[\]|1l]\s*)?/?"
                    r"([\w.@+-][\w./@+-]*?)/?\s*$")

# A name, then its size at the end of the row (a file manager's or ranger's list, `du` sorted by name).
_SIZE_LAST = re.compile(r"^\s*([\w.@+-][\w .@+-]*?)\s+(\d[\d.,]*\s?(?:[KMGTP]i?B|[KMGTP]|B|bytes?))\s*$")


def _sized(rows: list[list[Evidence]]) -> Records | None:
    """Rows that print a size and then a name (du, ncdu), or a name and then its size (file lists): one row per
    entry, sizes typed for extremes."""
    found = []
    for r in rows:
        text = " ".join(e.value for e in r)
        m = _SIZED.match(text)
        if m and not m.group(2).replace(".", "").isdigit():
            found.append(Row([m.group(1), m.group(2)], [e.id for e in r]))
        elif (last := _SIZE_LAST.match(text)) and not last.group(1).replace(".", "").isdigit():
            found.append(Row([last.group(2), last.group(1).strip()], [e.id for e in r]))
    if len(found) < 3:
        return None
    rec = make_records("listing", ["size", "name"], found)
    if rec is not None:
        rec.columns[0].type, rec.key = "size", 1
    return rec


# "4.9.2  2026-11-02", "v2.3 (2026-06-01)", keep-a-changelog's "[2.6.0] - 2026-11-14"
_VERSION_HEAD = re.compile(
    r"^\s*\[?(?:v(?:ersion)?\s*|release\s+)?(\d+\.\d+(?:\.\d+)*(?:[-+][\w.]+)?)\b\]?[\s:–—-]*(.*)$", re.I)


def _releases(sir: SIR) -> Records | None:
    """A changelog or release notes: headings that open with a version ("4.9.2  2026-11-02"), each over the
    list of its changes. One row per release (version, date, changes), in printed order (newest first)."""
    blocks = sorted((b for b in sir.by_kind("block") if b.box is not None), key=lambda b: int(b.attrs.get("order", 0)))
    rows: list[Row] = []
    entries: list[str] = []
    for b in blocks:
        head = _VERSION_HEAD.match(b.value) if b.attrs.get("role") != "list_item" else None
        if head and len(b.value.split()) <= 6:
            if rows:
                rows[-1].cells.append("; ".join(entries))
            rows.append(Row([head.group(1), head.group(2).strip(" ()")], [b.id]))
            entries = []
        elif rows and b.attrs.get("role") == "list_item":
            entries.append(re.sub(r"^[.·•]\s+", "", item_text(b.value)))
            rows[-1].ids.append(b.id)
    if rows:
        rows[-1].cells.append("; ".join(entries))
    if len(rows) < 2 or sum(bool(r.cells[2]) for r in rows) < 2:
        return None
    rec = make_records("releases", ["version (release)", "date (released)", "changes (entries, notes)"], rows)
    if rec is not None:
        rec.key, rec.columns[0].type = 0, "version"  # a release is named by its version
        rec.columns[1].type = "date" if any(r.cells[1] for r in rows) else rec.columns[1].type
    return rec


def build(sir: SIR) -> list[Records]:
    """Every tabular structure in the SIR, tables first (they are the most explicit); read once per state of
    the evidence, however many programs ask (callers only read them)."""
    return sir.derived("records", lambda: _build(sir))


def _build(sir: SIR) -> list[Records]:
    tables = [_from_table(e) for e in sir.by_kind("table")]
    out: list[Records | None] = tables + [_transposed(t) for t in tables]
    pts = [(e.label or "", str(e.attrs.get("series") or ""), e.value, e.id)
           for e in sir.by_kind("point") if e.number is not None]
    if pts:
        out.append(_chart(pts))
    for s in sir.by_kind("series"):
        ps = [p for p in s.attrs.get("points", []) or [] if isinstance(p, dict)]  # type: ignore[union-attr]
        out.append(_chart([(str(p.get("x", p.get("label", ""))), s.label or "", str(p.get("y", p.get("value"))), s.id)
                           for p in ps]))
    kvs = sir.by_kind("key_value")
    if kvs:
        out.append(make_records("key_value", ["key", "value"], [Row([e.label or "", e.value], [e.id]) for e in kvs]))
    items = [e for e in sir.by_kind("block") if e.attrs.get("role") == "list_item"]
    if items:
        out.append(make_records("list", ["item"], [Row([e.value], [e.id]) for e in items]))
    lines = sir.by_kind("text", "number")
    out.append(bubbles(lines, sir.image.width, sir.image.height) or thread(lines))
    out += month_grid(lines)
    out.append(_releases(sir))
    # (a line re-joined after its number was split off as a gutter is the OCR's pieces over again, without
    # the gaps between them that part a listing's columns)
    printed = [e for e in lines if e.box is not None and not e.attrs.get("code")]
    for pane in _panes(printed, sir):
        # printed lines grouped into the pane's rows once, for every reader of lines
        rows = _visual_rows(pane)
        read = (_ls_long(rows) or leveled_log(rows) or dated_log(rows) or branches(rows)
                or monospace_columns(rows) or header_columns(rows) or oneline(rows))
        # in proportional print both: the whitespace reader may take a toolbar above a list view for its header,
        # and the header reader finds the list's own (the question's column names tell them apart)
        out += [dated_steps(rows), agenda(rows), _sized(rows), _stanzas(rows), _toc(rows), _labelled_grid(rows),
                definitions(rows),
                *([read] if read is not None else [_aligned(rows), header_columns(rows, proportional=True)]),
                icon_grid(rows)]
    found = _superseded([r for r in out if r is not None and r.rows])
    for rec in found:
        _mark_weight(rec, sir)
    return found


def _superseded(found: list[Records]) -> list[Records]:
    """A listing read column by column under its printed header replaces a table reading of the same lines
    with fewer columns that lost its header (a list view's cells run together, its header read as blanks or
    among the toolbar's words) or ran its columns together under one name ("Size Used Avail Use%": OCR read
    the header as one piece, or the table took a heading for its header and read the real one as a row); a
    table that names its columns one by one stays, unless the whitespace reader's listing of the same lines
    holds its header as a row (`_row_as_header`)."""
    headed = [r for r in found if r.by_header and len(r.columns) >= 3 and header_printed(r)]

    def words(rec: Records) -> set[str]:  # (a table's rows hold its cells' ids, a listing's its lines': words)
        return {w for row in rec.rows for c in row.cells for w in c.split()}

    def joined(rec: Records, finer: Records) -> bool:  # (in the table's header, or in a row read under it)
        names = [f" {c.name.lower()} " for c in finer.columns]
        cells = [c.name for c in rec.columns] + [c for r in rec.rows[:2] for c in r.cells]
        return any(sum(n in f" {c.lower()} " for n in names) >= 2 for c in cells)

    def replaced(rec: Records) -> bool:
        mine = words(rec)
        return rec.kind == "table" and bool(mine) and (any(
            len(mine & words(h)) >= 0.6 * len(mine) and len(h.columns) > len(rec.columns)
            and (not header_printed(rec) or joined(rec, h)) for h in headed) or any(
            o.kind == "columns" and len(o.columns) >= len(rec.columns) and len(mine & words(o)) >= 0.8 * len(mine)
            and _row_as_header(rec, o) for o in found))

    return [rec for rec in found if not replaced(rec)]


def _row_as_header(table: Records, listing: Records) -> bool:
    """The table took a row for its header: the header reads like data (a date, a figure, a hash), and a row
    of the listing reading the same lines holds every word of it (a headerless `git log` whose first commit
    became column names; a sheet's header row under its column letters is a header all the same)."""
    head = {w for c in table.columns for w in c.name.split()}
    data = any(cell_type(c.name) in ("date", "number", "size", "money", "version")
               or COMMIT_HASH.fullmatch(c.name) for c in table.columns)
    return data and bool(head) and any(head <= {w for c in r.cells for w in c.split()} for r in listing.rows)


# Bold and regular rows of one listing: a state like any other, so "how many unread emails" counts the bold ones
# by the same meaning-matched state count as "how many pods are Running" (a mail or chat list's convention).
WEIGHTS = ("bold print (unread, new, unseen)", "regular print (opened, seen)")


def _mark_weight(rec: Records, sir: SIR) -> None:
    heavy = [any((e := sir.get(i)) is not None and e.attrs.get("bold") for i in r.ids) for r in rec.rows]
    if rec.kind == "list" or len(rec.rows) < 3 or all(heavy) or not any(heavy):
        return
    rec.columns.append(Column("print weight", "status"))
    for r, bold in zip(rec.rows, heavy, strict=True):
        r.cells += [""] * (len(rec.columns) - 1 - len(r.cells)) + [WEIGHTS[0] if bold else WEIGHTS[1]]


_PROMPT = re.compile(r"^\s*(?:[$#%>❯]|\S+@\S+[:~][^\s]*[$#])(?:\s|$)")
_HEADED = re.compile(r"^([a-z][a-z-]{1,15})\s+([0-9a-f]{7,64})\b")  # "commit 3f2a9c1…" opens a stanza
_KEYED = re.compile(r"^([A-Z][\w-]*(?:\s[\w-]+){0,2})\s?:\s+(\S.*)$")
_EMAIL = re.compile(r"\s*<[^<>\s@]+@[^<>\s]+>")


def _parsed_lines(rows: list[list[Evidence]]) -> list[tuple[str | None, str, list[str]]]:
    """Each printed line as (key, value, ids): `Key: value`, `word <hash>`, or (None, text) for free text; a
    shell prompt is the key "$" (it ends a stanza)."""
    out: list[tuple[str | None, str, list[str]]] = []
    for r in rows:
        text = " ".join(e.value for e in r).strip()
        ids = [e.id for e in r]
        m = _HEADED.match(text) or _KEYED.match(text)
        if _PROMPT.match(text):
            out.append(("$", text, ids))
        elif m:  # "Name <mail@host>": the name is the value people ask for
            out.append((m.group(1).strip(), _EMAIL.sub("", m.group(2)).strip(), ids))
        else:
            out.append((None, text, ids))
    return out


def _stanzas(rows: list[list[Evidence]]) -> Records | None:
    """Repeated groups of labelled lines, each opened by the same key and followed by free text: `git log`
    entries (commit / Author / Date / message), `apt show` or `pip show` blocks. A row per group, a column
    per key, the free text as `message` (the row's name)."""
    parsed = _parsed_lines(rows)
    keys = [k for k, _, _ in parsed if k and k != "$"]
    if not keys or keys.count(keys[0]) < 2:
        return None
    groups: list[dict[str, str]] = []
    ids: list[list[str]] = []
    for k, v, line_ids in parsed:
        if k == keys[0]:
            groups.append({k: v})
            ids.append([])
        elif k == "$" or not groups:
            continue
        elif k:
            groups[-1].setdefault(k, v)
        else:
            groups[-1]["message"] = f"{groups[-1].get('message', '')} {v}".strip()
        ids[-1] += line_ids
    names = list(dict.fromkeys(k for g in groups for k in g))
    if len(groups) < 2 or len(names) < 2 or sum(len(g) >= 2 for g in groups) < 2:
        return None  # a label printed twice ("Total:") is not a list of entries
    rows = [Row([g.get(n, "") for n in names], i) for g, i in zip(groups, ids, strict=True)]
    rec = make_records("stanzas", names, rows)
    if rec is not None and "message" in names:
        rec.key = names.index("message")
    return rec
