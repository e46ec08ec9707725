"""Records made from rows of cells under inferred headers: a type per column (name, size, date, money, status,
number, version, text) read from the cells themselves, and the column that names the rows. `record_sources` builds
the rows from a SIR; `records` runs programs over what this makes."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from ..textutil import TAX_CODED, duration_seconds, parse_number
from .byte_sizes import size_bytes
from .column_splits import CREDIT, split_columns, state_header

# (the model is read through this module too: the readers import records and their rows from here)
from .record_model import Answer as Answer
from .record_model import Column, ColumnType, Records, Row
from .record_model import RecordsError as RecordsError
from .types import PATTERNS, typed_span
from .units import dimension_words

STARS = re.compile(r"★(?:\s?[★☆])*(?:\s?☆)*")  # a rating drawn as filled (and empty) stars
_PER_UNIT = re.compile(r"\s?(?:/|per\s)\s?[A-Za-z][A-Za-z0-9]{0,7}$")
TOC = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)*\.?)?\s*(?P<title>[^\d.…][^…]*?)\s*(?:[.·…\s]{2,}|\s)"
                  r"(?P<page>\d{1,4})\s*$")


# ---------------------------------------------------------------- typing of cells and columns


def date_key(text: str, yearfirst: bool = False, dayfirst: bool = False) -> float | None:
    from dateutil import parser

    if not (PATTERNS["date"].search(text) or PATTERNS["time"].search(text) or re.search(r"\d{4}-\d\d-\d\d", text)):
        return None
    # a weekday glued in brackets ("12/04/26(Fri) 12:02", a mail list's) is no part of the figures; a time cut
    # off by its column ("11:C") leaves the date
    tries = [re.sub(r"[()]", " ", text)] + [m.group(0) for m in [PATTERNS["date"].match(text.strip())] if m]
    for t in tries:
        try:
            with warnings.catch_warnings():  # a time zone it cannot place ("PST") is no date error to print
                warnings.simplefilter("ignore")
                return parser.parse(t, fuzzy=True, yearfirst=yearfirst, dayfirst=dayfirst,
                                    default=datetime(2000, 1, 1)).timestamp()
        except (ValueError, OverflowError):
            continue
    return None


def norm_name(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()  # "Far row" and "Farrow" name the same row


def cell_type(text: str) -> ColumnType:
    t = text.strip()
    if not t:
        return "text"
    if PATTERNS["money"].fullmatch(_PER_UNIT.sub("", t)):
        return "money"  # a price per period or per seat ("$29/mo") is still a price
    if TAX_CODED.fullmatch(t):
        return "money"  # a receipt's line amount and its tax group ("41,80 B"): no bytes come in hundredths
    if re.search(r"[KMGTP]i?B?$|B$|bytes?$", t) and size_bytes(t) is not None:
        return "size"
    if date_key(t) is not None and not re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return "date"
    if PATTERNS["version"].fullmatch(t) and t.count(".") >= 2:
        return "version"
    if duration_seconds(t) is not None:
        return "number"  # a duration orders as its seconds
    if STARS.fullmatch(t):
        return "number"  # a rating drawn as stars is the number of filled ones
    several = re.search(r"\d\s+\d", t) and not re.fullmatch(r"[-+−(]?[$€£¥]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?\)?", t)
    if not several and parse_number(t) is not None and re.fullmatch(r"[-+−(]?[$€£¥]?[\d.,\s]+(?:%|°[CF]?)?\)?", t):
        return "number"  # one figure ("1 234 567" grouped by thousands), not several side by side
    return "name" if re.search(r"[A-Za-z]", t) else "text"


def column_type(values: list[str]) -> ColumnType:
    types = [cell_type(v) for v in values if v.strip()]
    if not types:
        return "text"
    best = max(dict.fromkeys(types), key=types.count)  # (ties: the first met, the same on every run)
    if best == "name":
        words = [v.strip().lower() for v in values if v.strip()]
        if len(words) >= 3 and len(set(words)) <= max(2, len(words) // 2):
            return "status"  # few distinct words repeated down a column: a state, not a name
        leads = [w.split()[0] for w in words]
        if len(words) >= 3 and len(set(leads)) <= max(2, len(leads) // 3) and len(set(words)) > len(set(leads)):
            return "status"  # a state and how long it has held ("Up 3 days", "Exited (0) 2 hours ago")
    if best == "number" and "size" in types and types.count("size") + types.count("number") == len(types):
        return "size"
    return best


def sort_key(text: str, ctype: ColumnType, yearfirst: bool = False, dayfirst: bool = False) -> float | None:
    if ctype == "size":  # (a label's figure under a column of sizes, "Threads: 12", is no size)
        return size_bytes(text) if size_bytes(text) is not None else \
            parse_number(text) if re.fullmatch(r"\s*[\d.,]+\s*", text) else None
    if ctype == "date":
        return date_key(text, yearfirst, dayfirst)
    if ctype == "version":
        parts = [int(p) for p in re.findall(r"\d+", text)[:4]]
        return sum(p * 1000.0 ** (3 - i) for i, p in enumerate(parts)) if parts else None
    if STARS.fullmatch(text.strip()):
        return float(text.count("★"))
    if _CLOCKED.fullmatch(text.strip()):  # a duration printed as a clock ("4:05", "1:02:30"), in seconds
        return float(sum(int(p) * 60**k for k, p in enumerate(reversed(text.strip().split(":")))))
    if ctype == "money" and (span := typed_span(text, "money")):
        text = span  # (an amount whose currency sign OCR read as a letter, "K2,418.60", by its figure)
    seconds = duration_seconds(text)
    return seconds if seconds is not None else parse_number(text)


_SHORT_DATE = re.compile(r"^\s*(\d{2})[-/.](\d{2})[-/.](\d{2})\b")


def year_first(values: list[str]) -> bool:
    """Dates of three two-digit fields whose first field varies less than the last: the first is the year
    (a listing's files span a few years and many days; "25-04-17", "25-08-02" are 2025's)."""
    parts = [m.groups() for v in values if (m := _SHORT_DATE.match(v))]
    if len(parts) < 3 or len(parts) < 0.8 * len([v for v in values if v.strip()]):
        return False
    firsts, lasts = {p[0] for p in parts}, {p[2] for p in parts}
    return len(firsts) < len(lasts) and max(int(p[2]) for p in parts) <= 31


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}\b")


def day_first(values: list[str]) -> bool:
    """Dates of figures only whose first field passes 12 in some row while the second never does: the column
    prints the day first ("28/08/2025"), so its "11/07/2025" is 11 July, not 7 November."""
    parts = [(int(m.group(1)), int(m.group(2))) for v in values if (m := _NUMERIC_DATE.match(v))]
    return any(a > 12 for a, _ in parts) and all(b <= 12 for _, b in parts)


def header_printed(rec: Records) -> bool:
    """Every column has a name the page printed: none made up ("column 2") or blank (a header lost)."""
    return all(c.name.strip() and not re.fullmatch(r"column \d+", c.name) for c in rec.columns)


# A running index read into the cell beside it, after a one- or two-letter flag (a mail list's "N 12 Ines Duarte",
# "O 3 Bram Visser"; OCR may double the index's digit): flag, index, and the name that follows.


def make_records(kind: str, header: list[str], rows: list[Row]) -> Records | None:
    if not rows:
        return None
    header, rows = split_columns(kind, header, rows)
    width = max(len(r.cells) for r in rows)
    header = (header + [f"column {j + 1}" for j in range(len(header), width)])[:width]
    cols = [Column(h, column_type(v), _measure(v))
            for j, h in enumerate(header) for v in [[r.cells[j] for r in rows if j < len(r.cells)]]]
    for j, c in enumerate(cols):  # a column headed "Status" holds states, however varied ("Up 3 days")
        c.type = "status" if c.type == "name" and state_header(c.name) else c.type
        c.type = "name" if c.name == CREDIT else c.type  # (few names, recurring: people, not states)
        c.yearfirst = c.type == "date" and year_first([r.cells[j] for r in rows if j < len(r.cells)])
        c.dayfirst = c.type == "date" and day_first([r.cells[j] for r in rows if j < len(r.cells)])
        c.type = "size" if c.type == "number" and re.fullmatch(r"(?i)(?:file\s?)?size", c.name.strip()) else c.type
        # (a column headed by a name that says so, or by no word at all, a clock icon: "4:05" is how long)
        timed = _DURATION_HEADER.fullmatch(c.name.strip()) or not re.search(r"[^\W\d_]", c.name)
        if c.type == "date" and timed and all(
                _CLOCKED.fullmatch(r.cells[j].strip()) for r in rows if j < len(r.cells) and r.cells[j].strip()):
            c.type, c.measure = "number", "duration time long"  # a track's "4:05" is how long it lasts
    # The rows' names: the first column of names that names (nearly) every row; a column beside it that is
    # mostly empty (a file manager's parent folder, a group label printed once) names few of them.
    filled = [sum(bool(r.cells[j].strip()) for r in rows if j < len(r.cells)) if c.type == "name" else -1
              for j, c in enumerate(cols)]
    most = max(filled)
    key = next((j for j, f in enumerate(filled) if f >= 0 and f >= 0.8 * most), 0)
    key = _inner_name(rows, filled, key, most)
    key = _worded_beside_codes(rows, header, filled, key, most)
    # A column headed "Name" ("File name", "Title", "Subject", ps's "COMMAND", docker's "REPOSITORY") names the
    # rows, whatever pane or owner column sits left of it.
    named = [j for j, c in enumerate(cols) if name_header(c.name) and filled[j] >= 0.5 * most > 0]
    # (a column headed "Name" itself first: docker prints its COMMAND left of its NAMES)
    named.sort(key=lambda j: not _NAMES.fullmatch(cols[j].name.split("(")[0].strip()))
    return Records(kind, cols, rows, named[0] if named else key)


_CODE = re.compile(r"[A-Z]{1,4}[-_/#]?\d{2,}(?:[-_/.]\w+)*")  # "QX-1002", "SKU4410", "PO-2291/3"
_WORDED = re.compile(r".*[A-Za-z][a-z]{2,}.*")


_ITEM_HEADER = re.compile(r"(?i)(?:item|product|article|part|model|description|goods|material)(?:\s?name)?")


def _worded_beside_codes(rows: list[Row], header: list[str], filled: list[int], key: int, most: int) -> int:
    """A column of catalogue codes ("QX-1001") names rows less than the words beside it ("Garden hose"): a
    part, a product, an item is called by its name unless the question asks for the code's column."""
    def share(j: int, pattern: re.Pattern[str]) -> float:
        cells = [r.cells[j].strip() for r in rows if j < len(r.cells) and r.cells[j].strip()]
        return sum(bool(pattern.fullmatch(c)) for c in cells) / max(len(cells), 1)

    if share(key, _CODE) < 0.8:
        return key
    # (only to a column headed as the thing's name: an order's id names the order, not its customer)
    return next((j for j, f in enumerate(filled) if j != key and f >= 0.8 * most and share(j, _CODE) < 0.2
                 and share(j, _WORDED) >= 0.8 and _ITEM_HEADER.fullmatch(header[j].strip())), key)


def _inner_name(rows: list[Row], filled: list[int], key: int, most: int) -> int:
    """A names column that ran over a neighbouring pane ("old cover.pdf old": a folder tree's rows read
    into a file list's) holds another names column's cell in nearly every row: that column names the rows."""
    for k, f in enumerate(filled):
        if k == key or f < 0.8 * most or f < 3:
            continue
        pairs = [(r.cells[key], r.cells[k]) for r in rows if max(key, k) < len(r.cells) and r.cells[k].strip()]
        inside = sum(b.strip() != a.strip() and f" {b.strip()} " in f" {a} " for a, b in pairs)
        held = all(f" {b.strip()} " in f" {a} " for a, b in pairs if a.strip())
        if pairs and held and inside >= max(2, 0.2 * len(pairs)):
            return k
    return key


def _measure(values: list[str]) -> str | None:
    """The dimension most of a column's cells measure, in words ("size big"), else None."""
    dims = [dimension_words(v) for v in values if v]
    common = max(dict.fromkeys(dims), key=dims.count) if dims else None
    return common if common is not None and dims.count(common) >= 0.6 * len(dims) else None


# The column a listing's bold and regular rows are told apart by (a mail list's unread ones): a state of print,
# not of the entries, so no question about another state finds it absent.
PRINT_WEIGHT = "print weight"
# Bold and regular rows of one listing: a state like any other, so "how many unread emails" counts the bold ones
# by the same meaning-matched state count as "how many pods are Running" (a mail or chat list's convention).
WEIGHTS = ("bold print (unread, new, unseen)", "regular print (opened, seen)")


def in_state(cell: str, state: str) -> bool:
    """The cell holds the state, whole, as its first word ("Restarting" of "Restarting (1) 12 seconds ago",
    "Up" of "Up 3 days") or as a bracketed tag ("(throttled)" of "Up 1 hour (throttled)")."""
    return bool(cell) and (state in (cell, cell.split()[0]) or state.startswith("(") and state in cell.split())


def bracketed_states(values: list[str]) -> list[str]:
    """The worded tags in brackets that some cells of a status column add to their state: "(healthy)"."""
    return sorted({t for v in values for t in re.findall(r"\([^\W\d][\w -]{2,20}\)", v)})


def name_header(name: str) -> bool:
    """A header that says its column names the rows ("Name", "Title", "COMMAND", docker's "NAMES")."""
    return bool(_NAME_HEADER.fullmatch(name.split("(")[0].strip()))  # (a gloss in brackets aside)


# (the names a list gives a column of how long each entry lasts: facts about words, as units are)
_DURATION_HEADER = re.compile(r"(?i)(?:length|duration|runtime|running time|play\s?time|elapsed|len|dur)\.?")
_CLOCKED = re.compile(r"\d{1,3}:\d{2}(?::\d{2})?")
_NAMES = re.compile(r"(?i)(?:file\s?)?names?")
_NAME_HEADER = re.compile(rf"{_NAMES.pattern}|(?i:title|subject|command|cmd|process(?:\s?name)?|repository)")


def table_parts(records: list[Records], rec: Records) -> list[Records]:
    """One table the layout cut at its group headings (a tree view's folders): its parts count and rank
    together. Parts hold other rows: the same table read twice (a grid and the layout) counts once."""
    shape = [c.type for c in rec.columns]
    parts, seen = [rec], {rec.label(r) for r in rec.rows}

    def headed_alike(o: Records) -> bool:  # a part repeats the header, or has none of its own
        return all(a.name == b.name or not b.name or b.name.startswith("column ")
                   for a, b in zip(rec.columns, o.columns, strict=False))

    for o in records:
        names = {o.label(r) for r in o.rows}
        if o is not rec and o.kind == rec.kind == "table" and [c.type for c in o.columns] == shape \
                and not names & seen and headed_alike(o):
            parts.append(o)
            seen |= names
    return parts
