"""Counting over records: rows of the main structure, rows in a state the question names (or in any other),
entries of a history, rows whose cell reads a name, and whether no row is in a state at all. Each call
reads the records `records.build` made; none re-reads the page."""

from __future__ import annotations

import re
from dataclasses import replace

from ..textutil import MONTH_NAME, parse_number
from .calendar_grid import WEEKDAY
from .match import Matcher
from .record_extremes import both_signs, item_rows, orderable
from .records import (
    Answer,
    Records,
    RecordsError,
    _column,
    _matcher,
    _state_named,
    norm_name,
    numbers_rows,
)
from .sign import Sign, signed_as
from .tabular import PRINT_WEIGHT, Row, in_state, sort_key, table_parts
from .types import typed_span


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
    want = norm_name(equals)
    return sum(1 for r in rec.rows if any(norm_name(c) == want for k, c in enumerate(r.cells) if j is None or k == j))


# What the entries of a history are called (a lexicon of facts, as `_TYPE_WORDS` is for columns).
_ENTRIES = {"log": "commits log entries revisions changes", "stanzas": "commits log entries revisions",
            "releases": "releases versions", "events": "events appointments meetings plans",
            "chat": "messages texts replies", "steps": "steps stages updates",
            "agenda": "appointments events meetings entries items",
            "calculations": "calculations sums results expressions entered lines typed"}


def count_entries(records: list[Records], query: str, matcher: Matcher | None = None) -> int | None:
    """How many entries a history shows ("how many commits"), when the query names what its entries are."""
    logs = [rec for rec in records if rec.kind in _ENTRIES and len(rec.rows) >= 2]
    if not logs or not query.strip():
        return None
    sc = _matcher(matcher).scores(query, [_ENTRIES[rec.kind] for rec in logs])
    k = max(range(len(logs)), key=lambda i: (sc[i], len(logs[i].rows)))
    return len(logs[k].rows) if sc[k] >= 0.6 else None


def count_headed(records: list[Records], noun: str, matcher: Matcher | None = None) -> int | None:
    """The rows of a table whose column of names is headed by the noun counted ("how many looms": the
    rows under "loom"), else None."""
    tables = [rec for rec in records if rec.kind in ("table", "columns") and len(rec.rows) >= 2
              and not rec.columns[rec.key].name.startswith("column ")]
    if not tables or not noun.strip():
        return None
    sc = _matcher(matcher).scores(noun, [rec.columns[rec.key].name for rec in tables])
    k = max(range(len(tables)), key=lambda i: (sc[i], len(tables[i].rows)))
    filled = [r for r in tables[k].rows if tables[k].key < len(r.cells) and r.cells[tables[k].key].strip()]
    return len(filled) if sc[k] >= 0.8 else None


def count_by_extension(records: list[Records], query: str) -> tuple[int, str, str] | None:
    """Files of one extension the query names ("csv files", ".csv files", "PDFs"): (count, ".ext", "name") in
    the structure whose names carry it most, else None."""
    words = re.findall(r"\b([A-Za-z0-9]{1,5})\b", query.lower())
    words += [w[:-1] for w in words if len(w) >= 3 and w.endswith("s")]  # "pdfs": files ending in .pdf
    by_ext = [(sum(n.endswith("." + e) for n in names), e) for rec in records
              for names in [[re.sub(r"\s+", "", rec.label(r).lower()) for r in rec.rows]] for e in words]
    best = max(by_ext, default=(0, ""))
    return (best[0], "." + best[1], "name") if best[0] else None


def count_matching(records: list[Records], query: str, matcher: Matcher | None = None,
                   floor: float = 0.4, margin: float = 0.15, negated: bool = False) -> tuple[int, str, str] | None:
    """Rows whose state the query names ("directories", "printers that are offline"), or with `negated` the
    rows in any other state ("pods that aren't Running"): (count, value, column), else None. Files of one
    extension ("csv files", ".csv files") are counted by their names."""
    if by_ext := count_by_extension(records, query):
        return by_ext
    found = _state_named(records, query, _matcher(matcher), floor, margin)
    if found is None:
        return None
    rec, j, value = found
    parts = table_parts(records, rec)
    # ".." (and ".") is a file manager's way up, not an entry of the folder
    held = [(o, r) for o in parts for r in o.rows
            if j < len(r.cells) and r.cells[j] and in_state(r.cells[j], value) != negated]
    n = sum(1 for o, r in held if o.label(r).strip(" ./") != "")
    if n == 0 and not negated:
        return None  # the state was read off rows that name no entry (a header's, a total's): it counts nothing
    return n, value, rec.columns[j].name


def count_holding(records: list[Records], text: str) -> int | None:
    """Rows with a cell other than their name that reads the text ("emails Marta Kowalska sent": the rows
    whose sender is her; "Hiroshi" names Hiroshi Yamamoto), in the structure holding most; else None."""
    want = norm_name(text)
    words = {norm_name(w) for w in text.split()} - {""}

    def reads(c: str) -> bool:  # the name whole, or its words among a short cell's ("Hiroshi" of Hiroshi Yamamoto)
        return norm_name(c) == want or len(c.split()) <= 4 and words <= {norm_name(w) for w in c.split()}

    def held(rec: Records) -> int:
        # a row's name reads it only when several rows share that name: a category ("the processes run as
        # postgres": ps's USER column leads), not the one row the text names
        keyed = sum(reads(rec.label(r)) for r in rec.rows)
        return sum(any(reads(c) for j, c in enumerate(r.cells) if j != rec.key or keyed >= 2) for r in rec.rows)

    counts = [held(rec) for rec in records if want and rec.kind != "key_value"]
    return max(counts) if counts and max(counts) else None


def count_name_part(records: list[Records], word: str) -> int | None:
    """Rows whose name holds the word as one of its parts ("loader" of etl-loader and app-loader-2): two or
    more, and not every row (the list's own noun names them all); the structure holding most, else None."""
    w = word.strip().lower()
    if len(w) < 3:
        return None

    def parts(rec: Records, r: Row) -> set[str]:
        return set(re.split(r"[-_.:@/\s]+", rec.label(r).lower()))

    counts = [n for rec in records if rec.kind != "key_value"
              and 2 <= (n := sum(w in parts(rec, r) for r in rec.rows)) < len(rec.rows)]
    return max(counts) if counts else None


def _names_entry(cell: str, name: str) -> bool:
    """The cell reads the name, whole or before a separator ("kiln" names kiln-api and kiln-agent; a path's
    first folder, "tests/test_x.py", names no entry)."""
    c, n = cell.strip().lower(), name.strip().lower()
    return bool(n) and (c == n or c.startswith(n) and re.match(r"[-_.:@]\w", c[len(n):]) is not None)


def _listings(records: list[Records]) -> list[Records]:
    return [rec for rec in records if rec.kind not in ("key_value", "definitions") and len(rec.rows) >= 2]


def count_named(records: list[Records], name: str) -> int | None:
    """Rows of a listing that name an entry in one of their cells ("kiln-agent processes": the rows whose
    command reads it; "root processes": whose user does), in the structure holding most; else None."""
    counts = [sum(any(_names_entry(c, name) for c in r.cells) for r in rec.rows) for rec in _listings(records)]
    return max(counts) if counts and max(counts) else None


def entry_listed(records: list[Records], name: str, texts: list[str]) -> bool | None:
    """Whether a listing names the entry ("is X running", "is X installed": a row of ps or pip list reads it):
    True when a row does; False when a listing of one-word names holds no such row and nothing printed reads
    it; None when the name is no entry's (several words) or there is no listing."""
    if not name.strip() or len(name.split()) > 1:
        return None
    recs = _listings(records)
    if any(_names_entry(c, name) for rec in recs for r in rec.rows for c in r.cells):
        return True
    keyed = [rec for rec in recs if len(rec.rows) >= 3
             and sum(len(rec.label(r).split()) == 1 for r in rec.rows) >= 0.8 * len(rec.rows)]
    printed = any(name.lower() in t.lower() for t in texts)
    return False if keyed and not printed else None


def state_absent(records: list[Records], condition: str, matcher: Matcher | None = None,
                 ceiling: float = 0.35, floor: float = 0.25) -> bool:
    """No row is in the state the condition names: the main structure has a status column and none of its
    values comes near the condition ("servers that are down" over Up / Degraded)."""
    rec = max(records, key=lambda r: len(r.rows), default=None)
    if rec is None or len(rec.rows) < 2 or not condition.strip():
        return False
    cols = [j for j, c in enumerate(rec.columns) if c.type == "status" and c.name != PRINT_WEIGHT]
    values = sorted({r.cells[j] for j in cols for r in rec.rows if j < len(r.cells) and r.cells[j]})
    if not values or any(norm_name(condition) in norm_name(v) for v in values):
        return False
    named = {norm_name(w) for r in records for c in r.columns for w in c.name.split()}
    if norm_name(condition) in named:
        return False  # a word a header prints ("this archive" by "Archive tree") names a thing, not a state
    if any(norm_name(condition) == norm_name(r.label(w)) for r in records for w in r.rows):
        return False  # an entry's name ("files under Music") is where to look, not a state none is in
    # near enough to be a state of that column ("down" beside Up), not a word of the question's frame ("listed")
    return floor <= float(_matcher(matcher).scores(condition, values).max()) < ceiling


def rows_where(records: list[Records], query: str, negated: bool = False, matcher: Matcher | None = None,
               floor: float = 0.45, margin: float = 0.15, asked: str = "") -> list[Answer]:
    """The rows in the state the query names ("the printer with status Offline"), or, negated, in any other
    state ("the printer that is not ready"); each answered by its key, or by the column of names the `asked`
    words name clearly better ("which app is offline": APP, whichever column names the rows)."""
    want = norm_name(query)
    if any(norm_name(rec.label(r)) == want for rec in records if rec.kind != "key_value" for r in rec.rows):
        return []  # the query names an entry of a listing ("status of stack-mq-1"): a row, not a state
    found = _state_named(records, query, _matcher(matcher), floor, margin)
    if found is None:
        return []
    rec, j, value = found
    rows = [r for r in rec.rows if j < len(r.cells) and r.cells[j] and in_state(r.cells[j], value) != negated]
    if rec.kind == "key_value" and j == rec.key:  # the query named a label ("current branch"): its value answers
        return [Answer(r.cells[1], r, rec.columns[1].name, 0.8, r.ids) for r in rows if len(r.cells) > 1]
    k = rec.key
    if asked and (sc := _matcher(matcher).scores(asked, [c.name for c in rec.columns])).max() >= 0.5 \
            and rec.columns[int(sc.argmax())].type == "name" and sc.max() >= sc[k] + 0.2:
        k = int(sc.argmax())
    return [Answer(r.cells[k] if k < len(r.cells) else rec.label(r), r, rec.columns[j].name, 0.8, r.ids)
            for r in rows]


def count_beyond(records: list[Records], column_query: str, threshold: str, greater: bool,
                 matcher: Matcher | None = None) -> tuple[int, list[str]] | None:
    """Rows whose figure in the column the query names lies beyond a threshold ("file systems over 80%
    used": df's Use% above 80), summary rows left out: (count, evidence ids), else None. A threshold with a
    sign ("80%", "€500") is compared with a column printing that sign (Use%, not Used)."""
    m = _matcher(matcher)
    limit = parse_number(threshold)
    sign = re.sub(r"[\d\s.,]+", "", threshold)[:1]
    sign = "" if sign.isalpha() else sign  # a unit word ("10 units") is no printed sign
    if limit is None:
        return None
    try:
        s, rec, j = orderable(records, column_query, m)
    except RecordsError:
        return None
    signed = [(o, k) for o in records for k in range(len(o.columns)) if sign
              and sum(sign in r.cells[k] for r in o.rows if k < len(r.cells)) >= 2]
    if signed and (rec, j) not in signed:
        sc = m.scores(column_query, [r.columns[k].name for r, k in signed])
        (rec, j), s = signed[int(sc.argmax())], max(float(sc.max()), 0.4)
    if s < 0.4 and not sign and (tally := _one_quantity_column(records)) is not None:
        (rec, j), s = tally, 0.4  # "items below 10 units": the one column of whole quantities (a Qty)
    charted = [o for o in records if o.kind == "chart" and len(o.columns) == 2 and o.columns[1].type == "number"]
    if s < 0.4 and charted:
        (rec, j), s = (charted[0], 1), 0.4  # a chart of one series: its values are what any threshold is held against
    if s < 0.4:
        return None
    vals = [(v, r) for r in item_rows(rec, j) if (v := sort_key(r.cells[j], "number")) is not None]
    if len(vals) < 2:
        return None
    held = [r for v, r in vals if (v > limit if greater else v < limit)]
    return len(held), [i for r in held for i in r.ids][:10]


def _one_quantity_column(records: list[Records]) -> tuple[Records, int] | None:
    """The one column, over every structure, of plain whole numbers that are no running index (1, 2, 3...):
    what a bare figure in a count ("fewer than 10") is held against when no column is named."""
    found = []
    for rec in records:
        for k, col in enumerate(rec.columns):
            cells = [r.cells[k] for r in rec.rows if k < len(r.cells)]
            vals = [parse_number(c) for c in cells if re.fullmatch(r"\d{1,6}", c.strip())]
            if col.type == "number" and len(cells) >= 3 and len(vals) == len(cells) \
                    and vals != [float(i + 1) for i in range(len(vals))]:
                found.append((rec, k))
    return found[0] if len(found) == 1 else None


def count_signed(records: list[Records], column_query: str, sign: Sign,
                 matcher: Matcher | None = None) -> tuple[int, list[str]] | None:
    """Rows whose figure points the asked way in a column of both signs ("how many rose": the
    changes above zero; "how many payments went out": the amounts below), summary rows left out: (count,
    evidence ids), else None when no column holds both signs."""
    try:
        _, rec, j = orderable(records, column_query, _matcher(matcher), sign)
    except RecordsError:
        return None
    if not both_signs(rec, j):
        return None
    held = [r for r in item_rows(rec, j) if signed_as(r.cells[j], sign)]
    return len(held), [i for r in held for i in r.ids][:10]


# What a stock or a count on hand is called, for the figure a row's threshold column is held against.
_ON_HAND = "quantity on hand (in stock, stock, qty, count, units, available)"


def count_against_column(records: list[Records], condition: str, greater: bool,
                         matcher: Matcher | None = None) -> tuple[int, list[str]] | None:
    """Rows whose figure lies below (above) their own figure in the column the condition names ("parts
    under their minimum level": In stock < Min level, row by row): (count, evidence ids), else None.
    The figure held against it is the quantity column, or the only other column of figures."""
    m = _matcher(matcher)
    best: tuple[float, Records, int] | None = None
    for rec in records:
        figures = [j for j, c in enumerate(rec.columns) if c.type in ("number", "money", "size") and j != rec.key]
        if len(rec.rows) < 2 or len(figures) < 2:
            continue
        sc = m.scores(condition, [rec.columns[j].name for j in figures])
        k = int(sc.argmax())
        if sc[k] >= 0.6 and (best is None or sc[k] > best[0]):
            best = (float(sc[k]), rec, figures[k])
    if best is None:
        return None
    _, rec, j = best
    others = [k for k, c in enumerate(rec.columns) if c.type in ("number", "money", "size") and k not in (j, rec.key)]
    qty = m.scores(_ON_HAND, [rec.columns[k].name for k in others])
    if len(others) > 1 and qty.max() < 0.5:
        return None  # several figures beside it, none a quantity: nothing says which is held against it
    q = others[int(qty.argmax())]
    held = [r for r in item_rows(rec, j) if (a := sort_key(r.cells[q], "number") if q < len(r.cells) else None)
            is not None and (b := sort_key(r.cells[j], "number")) is not None and (a > b if greater else a < b)]
    return len(held), [i for r in held for i in r.ids][:10]


def figures_in_state(records: list[Records], query: str, matcher: Matcher | None = None
                     ) -> tuple[list[float], list[str], str] | None:
    """The figures of a structure's one amount column over its rows in the state the query names ("spent on
    groceries": the amounts of the rows whose category is Groceries): (values, evidence ids, a value as
    printed), else None. The amount column is the structure's one money column, else its one column of
    figures that is no running index."""
    found = _state_named(records, query, _matcher(matcher), 0.6, 0.15)
    if found is None:
        return None
    rec, j, value = found
    money = [k for k, c in enumerate(rec.columns) if c.type == "money"]
    figures = money or [k for k, c in enumerate(rec.columns) if c.type == "number" and not numbers_rows(rec, k)]
    if len(figures) != 1:
        return None
    k = figures[0]
    vals = [(v, r) for r in item_rows(rec, k) if j < len(r.cells) and in_state(r.cells[j], value)
            and (v := parse_number(r.cells[k])) is not None]
    if not vals:
        return None
    return [v for v, _ in vals], [i for _, r in vals for i in r.ids][:10], vals[0][1].cells[k]


_KIND_HEADER = re.compile(r"(?i)\b(?:type|kind)\b")


def of_kind(records: list[Records], noun: str, matcher: Matcher | None = None) -> list[Records]:
    """The records cut to their rows of the kind the noun names, when a column of kinds holds it ("which file
    is the biggest": the rows whose entry type is file, not a folder's total beside them); records without
    such a column drop out. All of them unchanged when the noun names no kind."""
    # (a column of kinds is headed so: a file manager's "Type", a listing's entry type; a mail list's print
    # weight is a state, and "the newest" names none of its rows)
    typed = [rec for rec in records
             if any(c.type == "status" and _KIND_HEADER.search(c.name) for c in rec.columns)]
    found = _state_named(typed, noun, _matcher(matcher), 0.6, 0.15) if noun.strip() and typed else None
    if found is None:
        return records
    _, _, value = found
    out = []
    for rec in records:
        kinds = [k for k, c in enumerate(rec.columns) if c.type == "status" and _KIND_HEADER.search(c.name)
                 and any(k < len(r.cells) and in_state(r.cells[k], value) for r in rec.rows)]
        rows = [r for r in rec.rows if kinds and in_state(r.cells[kinds[0]], value)]
        if rows:
            out.append(replace(rec, rows=rows))
    return out or records


def named_kind(records: list[Records], noun: str) -> list[Records]:
    """The records cut to the rows whose name starts with the noun ("which fan spins fastest": Fan 0 ...
    Fan 3, not the board total beside them), where two rows or more do and others do not; the others as they
    are."""
    word = noun.strip().lower()
    stems = {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word}
    if len(word) < 3:
        return records
    out = []
    for rec in records:
        rows = [r for r in rec.rows if (rec.label(r).lower().split() or [""])[0].rstrip(":") in stems]
        out.append(replace(rec, rows=rows) if 2 <= len(rows) < len(rec.rows) else rec)
    return out


def count_dated(records: list[Records], query: str, greater: bool,
                matcher: Matcher | None = None) -> tuple[int, list[str]] | None:
    """Rows whose date in the column the query names falls after (or before) the date the query prints ("items
    returned after 10 April 2025": the Returned column, not Lent): (count, evidence ids), else None."""
    when = typed_span(query, "date")
    if when is None:
        return None
    rest = query.replace(when, " ")
    m = _matcher(matcher)
    dated = [(rec, j) for rec in records if rec.kind != "key_value" and len(rec.rows) >= 2
             for j, c in enumerate(rec.columns) if c.type == "date"]
    if not dated:
        return None
    rec, j = dated[int(m.scores(rest, [r.columns[k].name for r, k in dated]).argmax())]
    limit = sort_key(when, "date", rec.columns[j].yearfirst, rec.columns[j].dayfirst)
    vals = [(v, r) for r in item_rows(rec, j)
            if (v := sort_key(r.cells[j], "date", rec.columns[j].yearfirst, rec.columns[j].dayfirst)) is not None]
    if limit is None or len(vals) < 2:
        return None
    held = [r for v, r in vals if (v > limit if greater else v < limit)]
    return len(held), [i for r in held for i in r.ids][:10]


# What entries named by weekdays, months or years are called (a lexicon of facts, as `_ENTRIES` is for histories).
_LABEL_KINDS = {"day": WEEKDAY, "weekday": WEEKDAY, "month": re.compile(rf"^{MONTH_NAME}\.?$"),
                "year": re.compile(r"^(?:19|20)\d\d$")}


def labelled_as(records: list[Records], noun: str) -> list[Records]:
    """The records whose entries are named as the noun says ("which day": rows named Mon ... Fri, the
    transposed timesheet, not its tasks); empty when none is, or the noun names no such kind."""
    word = noun.strip().lower()
    kind = _LABEL_KINDS.get(word[:-1] if word.endswith("s") else word)
    if kind is None:
        return []
    return [rec for rec in records if rec.kind != "key_value" and len(rec.rows) >= 2 and sum(
        bool(kind.match(rec.label(r).strip())) for r in rec.rows) >= 0.8 * len(rec.rows)]
