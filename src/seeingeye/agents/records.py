"""One structure for everything tabular: tables (incl. spreadsheet grids), whitespace-aligned command
output (ls -l, df -h, du, ps, git log --oneline), key: value blocks, lists, tables of contents and chart
facts become `Records` — rows of cells under inferred headers with a type per column (name, size, date,
money, status, number, version, text).

Programs over them take explicit arguments, never the question text: `lookup(records, row, column)`,
`arg_extreme(records, column, "max")`, `count(records, column, equals)`, `nth(records, n)`. Rows and
columns are matched to the given query strings semantically (`match.Matcher`), sizes compare by bytes
(1.2G > 900M) and dates chronologically."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from ..sir import SIR, Box, Evidence
from ..textutil import parse_number
from .match import Matcher
from .types import PATTERNS

ColumnType = Literal["name", "size", "date", "money", "status", "number", "version", "text"]
_SIZE = re.compile(r"^(\d+(?:[.,]\d+)?)\s?([KMGTP]?)(i?B?)$|^(\d+(?:[.,]\d+)?)\s?(bytes?|[kKMGT]i?B)$")
_PER_UNIT = re.compile(r"\s?(?:/|per\s)\s?[A-Za-z][A-Za-z0-9]{0,7}$")
_UNITS = {"": 0, "K": 1, "M": 2, "G": 3, "T": 4, "P": 5}
_TOC = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)*\.?)?\s*(?P<title>[^\d.…][^…]*?)\s*(?:[.·…\s]{2,}|\s)"
                  r"(?P<page>\d{1,4})\s*$")


@dataclass
class Column:
    name: str
    type: ColumnType = "text"


@dataclass
class Row:
    cells: list[str]
    ids: list[str]


@dataclass
class Records:
    kind: str  # table | columns | key_value | list | toc | chart
    columns: list[Column]
    rows: list[Row]
    key: int = 0  # the column naming the rows

    def label(self, row: Row) -> str:
        return row.cells[self.key] if self.key < len(row.cells) else ""


@dataclass
class Answer:
    value: str
    row: Row
    column: str
    score: float
    ids: list[str] = field(default_factory=list)


class RecordsError(ValueError):
    """The records cannot answer this call (no matching column, too few rows)."""


# ---------------------------------------------------------------- typing of cells and columns


def size_bytes(text: str) -> float | None:
    """'1.2G' / '900M' / '4.0KiB' / '4096' -> bytes (binary units, as ls -h, df -h and du print them)."""
    m = _SIZE.match(text.strip())
    if not m:
        return None
    if m.group(1) is not None:
        return float(m.group(1).replace(",", ".")) * 1024 ** _UNITS[m.group(2)]
    unit = m.group(5)[0].upper()
    return float(m.group(4).replace(",", ".")) * 1024 ** _UNITS.get(unit if unit != "B" else "", 0)


def _date_key(text: str) -> float | None:
    from dateutil import parser

    if not (PATTERNS["date"].search(text) or PATTERNS["time"].search(text) or re.search(r"\d{4}-\d\d-\d\d", text)):
        return None
    try:
        return parser.parse(text, fuzzy=True, default=datetime(2000, 1, 1)).timestamp()
    except (ValueError, OverflowError):
        return None


def cell_type(text: str) -> ColumnType:
    t = text.strip()
    if not t:
        return "text"
    if PATTERNS["money"].fullmatch(_PER_UNIT.sub("", t)):
        return "money"  # a price per period or per seat ("$29/mo") is still a price
    if re.search(r"[KMGTP]i?B?$|B$|bytes?$", t) and size_bytes(t) is not None:
        return "size"
    if _date_key(t) is not None and not re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return "date"
    if PATTERNS["version"].fullmatch(t) and t.count(".") >= 2:
        return "version"
    if parse_number(t) is not None and re.fullmatch(r"[-+−(]?[$€£¥]?[\d.,\s]+%?\)?", t):
        return "number"
    return "name" if re.search(r"[A-Za-z]", t) else "text"


def column_type(values: list[str]) -> ColumnType:
    types = [cell_type(v) for v in values if v.strip()]
    if not types:
        return "text"
    best = max(set(types), key=types.count)
    if best == "name":
        words = [v.strip().lower() for v in values if v.strip()]
        if len(words) >= 3 and len(set(words)) <= max(2, len(words) // 2):
            return "status"  # few distinct words repeated down a column: a state, not a name
    if best == "number" and "size" in types and types.count("size") + types.count("number") == len(types):
        return "size"
    return best


def sort_key(text: str, ctype: ColumnType) -> float | None:
    if ctype == "size":
        return size_bytes(text) if size_bytes(text) is not None else parse_number(text)
    if ctype == "date":
        return _date_key(text)
    if ctype == "version":
        parts = [int(p) for p in re.findall(r"\d+", text)[:4]]
        return sum(p * 1000.0 ** (3 - i) for i, p in enumerate(parts)) if parts else None
    return parse_number(text)


def _finish(kind: str, header: list[str], rows: list[Row]) -> Records | None:
    if not rows:
        return None
    width = max(len(r.cells) for r in rows)
    header = (header + [f"column {j + 1}" for j in range(len(header), width)])[:width]
    cols = [Column(h, column_type([r.cells[j] for r in rows if j < len(r.cells)])) for j, h in enumerate(header)]
    key = next((j for j, c in enumerate(cols) if c.type == "name"), 0)
    return Records(kind, cols, rows, key)


# ---------------------------------------------------------------- building from a SIR


def _from_table(e: Evidence) -> Records | None:
    header = [str(h) for h in e.attrs.get("header", []) or []]  # type: ignore[union-attr]
    body = [[str(c) for c in r] for r in e.attrs.get("rows", []) or [] if isinstance(r, list)]  # type: ignore[union-attr]
    rec = _finish("table", header, [Row(r, [e.id]) for r in body])
    labels = e.attrs.get("row_labels")
    if rec is not None and isinstance(labels, list) and len(labels) == len(rec.rows):
        rec.columns.insert(0, Column("row", "number"))
        for r, lab in zip(rec.rows, labels, strict=True):
            r.cells.insert(0, str(lab))
        rec.key += 1
    return rec


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


def _aligned(lines: list[Evidence]) -> Records | None:
    """Whitespace-aligned output: split each printed line into tokens; the column count is what nearly
    every line has (a file name or commit message with spaces joins the tail into the last column)."""
    rows = [r for r in _visual_rows([e for e in lines if e.box is not None])]
    toks = [(" ".join(e.value for e in r).split(), [e.id for e in r]) for r in rows]
    toks = [(t, ids) for t, ids in toks if len(t) >= 2]
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
    rec = _finish("columns", header, body) if len(body) >= 2 else None
    if rec is not None:
        _listing_sizes(rec)
    return rec


_MODE = re.compile(r"[dlcbps-][rwxsStT-]{9}[.+@]?")
_MONTH = re.compile(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_ENTRY_TYPES = {"d": "directory (folder)", "l": "symbolic link", "-": "file"}


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


def _toc(lines: list[Evidence]) -> Records | None:
    rows = []
    for r in _visual_rows([e for e in lines if e.box is not None]):
        text = "  ".join(e.value for e in r)
        m = _TOC.match(text)
        if m and re.search(r"[A-Za-z]{2}", m.group("title")):
            rows.append(Row([(m.group("num") or "").rstrip("."), m.group("title").strip(" .·"), m.group("page")],
                            [e.id for e in r]))
    if len(rows) < 3:
        return None
    rec = _finish("toc", ["number", "entry", "page"], rows)
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
    return _finish("chart", ["label", *names], rows)


def build(sir: SIR) -> list[Records]:
    """Every tabular structure in the SIR, tables first (they are the most explicit)."""
    out: list[Records | None] = [_from_table(e) for e in sir.by_kind("table")]
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
        out.append(_finish("key_value", ["key", "value"], [Row([e.label or "", e.value], [e.id]) for e in kvs]))
    items = [e for e in sir.by_kind("block") if e.attrs.get("role") == "list_item"]
    if items:
        out.append(_finish("list", ["item"], [Row([e.value], [e.id]) for e in items]))
    lines = sir.by_kind("text", "number")
    out += [_toc(lines), _aligned(lines)]
    return [r for r in out if r is not None and r.rows]


# ---------------------------------------------------------------- programs with explicit arguments


def _matcher(m: Matcher | None) -> Matcher:
    return m or Matcher()


def _column(rec: Records, query: str, m: Matcher, want: set[str] | None = None) -> tuple[int, float]:
    """The column the query names (its header, else its type: 'size' finds the sizes of ls -l)."""
    texts = [f"{c.name}" if not c.name.startswith("column ") else c.type for c in rec.columns]
    sc = m.scores(query, texts)
    ranked = sorted(range(len(texts)), key=lambda j: -sc[j])
    for j in ranked:
        if want is None or rec.columns[j].type in want:
            return j, float(sc[j])
    raise RecordsError(f"no column for {query!r}")


def _row(rec: Records, query: str, m: Matcher) -> tuple[Row, float]:
    exact = [r for r in rec.rows if _norm(rec.label(r)) == _norm(query)]
    if exact:
        return exact[0], 1.0
    sc = m.scores(query, [rec.label(r) or " ".join(r.cells) for r in rec.rows])
    i = int(sc.argmax())
    return rec.rows[i], float(sc[i])


def column_index(rec: Records, query: str, matcher: Matcher | None = None) -> tuple[int, float]:
    """The index of the column the query names in one table, and how well it names it."""
    return _column(rec, query, _matcher(matcher))


def row_named(rec: Records, query: str, matcher: Matcher | None = None) -> tuple[Row, float]:
    """The row of one table the query names (its key cell), and how well it names it."""
    return _row(rec, query, _matcher(matcher))


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()  # "Far row" and "Farrow" name the same row


def lookup(records: list[Records], row_query: str, column_query: str | None = None,
           matcher: Matcher | None = None) -> Answer:
    """The cell at the row the first query names and the column the second names (the value column of a
    key: value block when there is no second query)."""
    m = _matcher(matcher)
    best: Answer | None = None
    for rec in records:
        row, rs = _row(rec, row_query, m)
        if column_query:
            j, cs = _column(rec, column_query, m)
        if not column_query or j == rec.key:  # the row's own name is what the question gave, not its value
            j, cs = next(((k, 0.5) for k in range(len(rec.columns) - 1, -1, -1) if k != rec.key), (rec.key, 0.3))
        if j >= len(row.cells):
            continue
        a = Answer(row.cells[j], row, rec.columns[j].name, rs * (0.5 + 0.5 * cs), row.ids)
        if best is None or a.score > best.score:
            best = a
    if best is None:
        raise RecordsError(f"no row for {row_query!r}")
    return best


_ORDERED = {"size", "date", "money", "number", "version"}


def arg_extreme(records: list[Records], column_query: str, how: Literal["max", "min"],
                matcher: Matcher | None = None) -> Answer:
    """The row whose value in the named (orderable) column is largest or smallest; the answer is its label."""
    m = _matcher(matcher)
    best: tuple[float, Records, int] | None = None
    for rec in records:
        if len(rec.rows) < 2:
            continue
        try:
            j, s = _column(rec, column_query, m, _ORDERED)
        except RecordsError:
            continue
        if best is None or s > best[0]:
            best = (s, rec, j)
    if best is None:
        raise RecordsError(f"no orderable column for {column_query!r}")
    s, rec, j = best
    ctype = rec.columns[j].type
    keyed = [(k, r) for r in rec.rows if j < len(r.cells) and (k := sort_key(r.cells[j], ctype)) is not None]
    if len(keyed) < 2:
        raise RecordsError("too few values to compare")
    k, row = (max if how == "max" else min)(keyed, key=lambda t: t[0])
    return Answer(rec.label(row), row, rec.columns[j].name, s, row.ids)


def count(records: list[Records], column_query: str | None = None, equals: str | None = None,
          matcher: Matcher | None = None) -> int:
    """Rows of the largest structure; with `equals`, only rows whose named column holds that value."""
    m = _matcher(matcher)
    rec = max(records, key=lambda r: len(r.rows), default=None)
    if rec is None:
        raise RecordsError("no records")
    if equals is None:
        return len(rec.rows)
    j = _column(rec, column_query, m)[0] if column_query else None
    want = _norm(equals)
    return sum(1 for r in rec.rows if any(_norm(c) == want for k, c in enumerate(r.cells) if j is None or k == j))


def _state_named(records: list[Records], query: str, m: Matcher, floor: float,
                 margin: float) -> tuple[Records, int, str] | None:
    """The status value the query names, clearly better than its column's other values: (records, column,
    value), the best over every status column."""
    best: tuple[tuple[float, int], Records, int, str] | None = None
    for rec in records:
        for j, col in enumerate(rec.columns):
            if col.type != "status":
                continue
            values = sorted({r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j]})
            if len(values) < 2:
                continue
            sc = sorted(zip(m.scores(query, values), values, strict=True), reverse=True)
            (s0, value), s1 = sc[0], sc[1][0]
            # on a tie, the structure with more columns split the same lines more finely
            if s0 >= floor and s0 - s1 >= margin and (best is None or (s0, len(rec.columns)) > best[0]):
                best = ((float(s0), len(rec.columns)), rec, j, value)
    return None if best is None else best[1:]


def count_matching(records: list[Records], query: str, matcher: Matcher | None = None,
                   floor: float = 0.4, margin: float = 0.15) -> tuple[int, str, str] | None:
    """Rows whose state the query names ("directories", "printers that are offline"): (count, value,
    column), else None. Files of one extension ("csv files", ".csv files") are counted by their names."""
    for rec in sorted(records, key=lambda r: -len(r.rows)):
        names = [rec.label(r).lower() for r in rec.rows]
        words = re.findall(r"\b([A-Za-z0-9]{1,5})\b", query.lower())
        exts = [e for e in words if any(n.endswith("." + e) for n in names)]
        if exts:  # an extension the names carry, written with or without its dot
            return sum(1 for n in names if n.endswith("." + exts[0])), "." + exts[0], "name"
    found = _state_named(records, query, _matcher(matcher), floor, margin)
    if found is None:
        return None
    rec, j, value = found
    return sum(1 for r in rec.rows if j < len(r.cells) and r.cells[j] == value), value, rec.columns[j].name


def rows_where(records: list[Records], query: str, negated: bool = False, matcher: Matcher | None = None,
               floor: float = 0.45, margin: float = 0.15) -> list[Answer]:
    """The rows in the state the query names ("the printer with status Offline"), or, negated, in any other
    state ("the printer that is not ready"); each answered by its key."""
    found = _state_named(records, query, _matcher(matcher), floor, margin)
    if found is None:
        return []
    rec, j, value = found
    rows = [r for r in rec.rows if j < len(r.cells) and r.cells[j] and (r.cells[j] == value) != negated]
    return [Answer(rec.label(r), r, rec.columns[j].name, 0.8, r.ids) for r in rows]


def nth(records: list[Records], n: int | Literal["first", "last", "latest"], column_query: str | None = None,
        matcher: Matcher | None = None) -> Answer:
    """The n-th row (1-based; 'first', 'last'; 'latest' = the most recent by a date column, else the first
    row, as logs and git log print newest first)."""
    rec = max(records, key=lambda r: (r.kind in ("list", "toc", "columns", "table"), len(r.rows)), default=None)
    if rec is None or not rec.rows:
        raise RecordsError("no records")
    if n == "latest":  # among the structures with dates (a listing, not the page's stray grid)
        rec = max(records, key=lambda r: (any(c.type == "date" for c in r.columns), len(r.rows)))
        # A date and a time printed in two columns ("2024-09-08 14:00") order together.
        dates = [j for j, c in enumerate(rec.columns) if c.type == "date"]
        keyed = [(k, r) for r in rec.rows
                 if None not in (k := tuple(sort_key(r.cells[j], "date") if j < len(r.cells) else None for j in dates))]
        row = max(keyed, key=lambda t: t[0])[1] if dates and keyed else rec.rows[0]  # type: ignore[arg-type]
    else:
        idx = {"first": 0, "last": len(rec.rows) - 1}.get(n, n - 1 if isinstance(n, int) else 0)  # type: ignore
        if not 0 <= idx < len(rec.rows):
            raise RecordsError(f"no row {n}")
        row = rec.rows[idx]
    j = _column(rec, column_query, _matcher(matcher))[0] if column_query else rec.key
    return Answer(row.cells[j] if j < len(row.cells) else rec.label(row), row, rec.columns[j].name, 0.8, row.ids)


def following(records: list[Records], row_query: str, matcher: Matcher | None = None, step: int = 1) -> Answer:
    """The row after (step=-1: before) the one the query names, e.g. the next entry of a contents list."""
    m = _matcher(matcher)
    best: tuple[float, Records, int] | None = None
    for rec in records:
        row, s = _row(rec, row_query, m)
        i = rec.rows.index(row)
        if 0 <= i + step < len(rec.rows) and (best is None or s > best[0]):
            best = (s, rec, i + step)
    if best is None:
        raise RecordsError(f"nothing follows {row_query!r}")
    s, rec, i = best
    row = rec.rows[i]
    return Answer(rec.label(row), row, rec.columns[rec.key].name, s, row.ids)
