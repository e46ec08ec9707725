"""The records data model: rows of cells under inferred headers, with a type per column (name, size, date,
money, status, number, version, text) read from the cells themselves. `record_sources` builds records from a
SIR; `records` runs programs over them."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from ..textutil import TAX_CODED, duration_seconds, parse_number
from .types import PATTERNS, typed_span
from .units import dimension_words

ColumnType = Literal["name", "size", "date", "money", "status", "number", "version", "text"]
_SIZE = re.compile(r"^(\d+(?:[.,]\d+)?)\s?([KMGTP]?)(i?B?)$|^(\d+(?:[.,]\d+)?)\s?(bytes?|[kKMGT]i?B)$")
_PER_UNIT = re.compile(r"\s?(?:/|per\s)\s?[A-Za-z][A-Za-z0-9]{0,7}$")
_UNITS = {"": 0, "K": 1, "M": 2, "G": 3, "T": 4, "P": 5}
TOC = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)*\.?)?\s*(?P<title>[^\d.…][^…]*?)\s*(?:[.·…\s]{2,}|\s)"
                  r"(?P<page>\d{1,4})\s*$")


@dataclass
class Column:
    name: str
    type: ColumnType = "text"
    measure: str | None = None  # what most of its cells measure, in words ("size big" for "40.9 KiB")
    yearfirst: bool = False  # its dates print a two-digit year first ("25-04-17": 17 April 2025)


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
    content: int | None = None  # what a named row holds when no column is named (a calendar day's events)
    by_header: bool = False  # each cell placed under a printed header name by its x, not split at whitespace
    named_by_content: bool = False  # no header printed: the column names say what the cells hold

    def label(self, row: Row) -> str:
        return row.cells[self.key] if self.key < len(row.cells) else ""


@dataclass
class Answer:
    value: str
    row: Row
    column: str
    score: float
    ids: list[str] = field(default_factory=list)
    named_column: bool = False  # the answer is the cell of a column the question names ("which model": Model)
    figure: str = ""  # the cell an extreme was ranked by, as printed (said with the name when both are asked)


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


def unit_size(text: str) -> bool:
    """A size printed with its unit ("1.4 MB", "980 MiB"), not a bare figure."""
    return size_bytes(text) is not None and bool(re.search(r"[A-Za-z]", text))


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


def sort_key(text: str, ctype: ColumnType, yearfirst: bool = False) -> float | None:
    if ctype == "size":  # (a label's figure under a column of sizes, "Threads: 12", is no size)
        return size_bytes(text) if size_bytes(text) is not None else \
            parse_number(text) if re.fullmatch(r"\s*[\d.,]+\s*", text) else None
    if ctype == "date":
        return date_key(text, yearfirst)
    if ctype == "version":
        parts = [int(p) for p in re.findall(r"\d+", text)[:4]]
        return sum(p * 1000.0 ** (3 - i) for i, p in enumerate(parts)) if parts else None
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


def header_printed(rec: Records) -> bool:
    """Every column has a name the page printed: none made up ("column 2") or blank (a header lost)."""
    return all(c.name.strip() and not re.fullmatch(r"column \d+", c.name) for c in rec.columns)


# A running index read into the cell beside it, after a one- or two-letter flag (a mail list's "N 12 Ines Duarte",
# "O 3 Bram Visser"; OCR may double the index's digit): flag, index, and the name that follows.
_INDEXED = re.compile(r"^(?P<flag>(?:[^\w\s]|[A-Z0]){1,2}\s+)?(?P<n>\d{1,5})[.)]?\s+(?:(?P=n)\s+)?(?P<rest>[^\d\s].*)$")


def _split_index(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A first column whose cells nearly all start with a running index (1, 2, 3 ... down the rows) becomes
    an index column ("#") and, with any flags before it, a flag column, beside the names that followed."""
    firsts = [_INDEXED.match(r.cells[0]) if r.cells else None for r in rows]
    hits = [m for m in firsts if m]
    if len(rows) < 3 or len(hits) < 0.8 * len(rows):
        return header, rows
    runs = sum(1 for a, b in zip(hits, hits[1:], strict=False) if int(b["n"]) == int(a["n"]) + 1)
    if runs < 0.7 * (len(hits) - 1):
        return header, rows
    flagged = sum(bool(m["flag"]) for m in hits) >= 0.5 * len(hits)
    out = []
    for r, m in zip(rows, firsts, strict=True):
        lead = ([(m["flag"] or "").strip()] if flagged else []) + [m["n"]] if m else ([""] if flagged else []) + [""]
        out.append(Row(lead + [m["rest"].strip() if m else r.cells[0]] + r.cells[1:], r.ids))
    name = header[0] if header else ""
    return (["flag"] if flagged else []) + ["#", name] + header[1:], out


def _tail_cut(words: list[str], shared: set[str]) -> int | None:
    """Where a cell's run of words every row repeats begins (two words or more, most of them shared)."""
    # (two words before it and three in it at least, no bracket: "new (unread)" after a flag, "me (you, the
    # user)" after a sender are glosses of one word, not links)
    for i in range(2, len(words) - 2):
        rest = words[i:]
        if any(w.startswith("(") for w in rest):
            return None
        worded, held = sum(w in shared and len(w) > 1 for w in rest), sum(w in shared for w in rest)
        if words[i] in shared and len(words[i]) > 1 and worded >= 2 and held >= 0.5 * len(rest):
            return i
    return None


def _split_shared_tail(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """Words nearly every row ends its cell with (a web table's "edit | delete", a repository browser's "log | diff |
    tree" links, read into the message before them) are a column of their own, not part of each row's text."""
    if len(rows) < 3:
        return header, rows
    for j in range(max(len(r.cells) for r in rows)):
        cells = [r.cells[j].split() if j < len(r.cells) else [] for r in rows]
        counts: dict[str, int] = {}
        for words in cells:
            for w in set(words):
                counts[w] = counts.get(w, 0) + 1
        # (words: a year or a time zone every date repeats is part of each date)
        shared = {w for w, n in counts.items() if n >= 0.7 * len(rows)
                  and (re.search(r"[A-Za-z]{2}", w) or re.fullmatch(r"[|I/·•]", w))}  # (and their separators)
        cuts = [_tail_cut(words, shared) if len(words) >= 3 else None for words in cells]
        if len(shared) < 2 or sum(c is not None for c in cuts) < 0.7 * len(rows):
            continue
        out = [Row([*r.cells[:j], " ".join(w[:c] if c else w), " ".join(w[c:] if c else []), *r.cells[j + 1:]], r.ids)
               if j < len(r.cells) else r for r, w, c in zip(rows, cells, cuts, strict=True)]
        head = header[: j + 1] + ["links (actions)"] + header[j + 1:] if len(header) > j else header
        return head, out
    return header, rows


# A tag in square brackets after a name ("Rain Song.ogg [05:12|OGG]", a player's length and format): its parts,
# set apart by bars, are columns of their own. A length in minutes and seconds there is a duration.
_BRACKETED = re.compile(r"^(?P<name>\S.*?)\s*\[(?P<tag>[^\[\]]+)\]\s*$")
_DURATION = re.compile(r"\d{1,3}:\d{2}(?::\d{2})?")


def _tag_parts(tag: str) -> list[str]:
    """A tag's parts, at its bars; a bar OCR lost or read as a letter after a length ("04:33jFLAC") parts it too."""
    parts = [p.strip() for p in re.split(r"\s*[|]\s*", tag)]
    if len(parts) == 1 and (m := re.fullmatch(rf"({_DURATION.pattern})[\sjlI!]?([A-Za-z].*)", tag.strip())):
        parts = [m.group(1), m.group(2)]
    return parts


def _split_bracketed(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A column whose cells nearly all end with a bracketed tag: the name, then each part of the tag."""
    if len(rows) < 3:
        return header, rows
    for j in range(max(len(r.cells) for r in rows)):
        found = [_BRACKETED.match(r.cells[j]) if j < len(r.cells) else None for r in rows]
        if sum(f is not None for f in found) < 0.8 * len(rows):
            continue
        parts = [_tag_parts(f.group("tag")) if f else [] for f in found]
        width = max(len(p) for p in parts)
        out = [Row([*r.cells[:j], f.group("name") if f else r.cells[j], *(p + [""] * (width - len(p))),
                    *r.cells[j + 1:]], r.ids) if j < len(r.cells) else r
               for r, f, p in zip(rows, found, parts, strict=True)]
        names = ["duration (length, how long)" if sum(bool(_DURATION.fullmatch(p[k])) for p in parts if k < len(p))
                 >= 0.8 * len(rows) else f"tag {k + 1}" for k in range(width)]
        head = [*header[: j + 1], *names, *header[j + 1:]] if len(header) > j else header
        return head, out
    return header, rows


_EXITED = re.compile(r"^Exited\s*\((-?\d+)\)", re.I)


def _exit_codes(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A status column that says how processes ended ("Exited (2) 5 minutes ago", docker ps) also gives each
    exit code, in a column of its own."""
    for j, name in enumerate(header):
        codes = [m.group(1) if j < len(r.cells) and (m := _EXITED.match(r.cells[j].strip())) else "" for r in rows]
        if state_header(name) and any(codes):
            width = max(len(r.cells) for r in rows)
            head = (header + [f"column {k + 1}" for k in range(len(header), width)])[:width]
            return [*head, "exit code (exited with)"], [Row([*r.cells, *[""] * (width - len(r.cells)), c], r.ids)
                                                        for r, c in zip(rows, codes, strict=True)]
    return header, rows


_BYTE_UNIT = re.compile(r"(?:[KMGTP]i?B|[kKMGT]|B|bytes?)")


def _runs(words: list[str]) -> list[str]:
    """A cell's words in runs of one kind: figures (with a byte unit after one) and words alternate."""
    runs: list[tuple[bool, list[str]]] = []
    for w in words:
        num = bool(re.search(r"\d", w)) or (bool(runs) and runs[-1][0] and _BYTE_UNIT.fullmatch(w) is not None)
        if runs and runs[-1][0] == num:
            runs[-1][1].append(w)
        else:
            runs.append((num, [w]))
    return [" ".join(ws) for _, ws in runs]


def _spread(header: list[str], rows: list[Row], j: int, names: list[str],
            parts: list[list[str] | None]) -> tuple[list[str], list[Row]]:
    """Column j made into len(names) columns: each row's parts, or (no parts) its cell under the first of them."""
    k = len(names)
    out = [Row([*r.cells[:j], *(p if p is not None else [r.cells[j] if j < len(r.cells) else ""] + [""] * (k - 1)),
                *r.cells[j + 1:]], r.ids) for r, p in zip(rows, parts, strict=True)]
    return ([*header[:j], *names, *header[j + 1:]] if j < len(header) else header), out


def _two_figures(name: str, cells: list[str]) -> list[list[str] | None] | None:
    """Two worded names over cells of two whole figures one space apart ("Level Seats" over "5 40"): the two
    columns OCR read as one, parted; None when not so (a thousands group, "1 234" under "Amount EUR", is
    one figure)."""
    words = name.split()
    # (two names alike in case: "Level Seats"; a button's caption, "Undo edit", is no pair of names)
    if len(cells) < 3 or not all(re.fullmatch(r"[A-Za-z][a-z]+", w) for w in words) or \
            len({w[0].isupper() for w in words}) > 1:
        return None
    parts = [c.split() if re.fullmatch(r"\d{1,4} \d{1,4}", c.strip()) else None for c in cells]
    found = [p for p in parts if p is not None]
    if len(found) < 0.8 * len(cells) or all(len(p[1]) == 3 for p in found):
        return None
    return parts


def _split_merged(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A column whose header holds three names or more and whose cells hold as many runs of figures and words
    ("no skipper fee state" over "31 Lina Moss 40.50 paid": a query's output OCR read as one cell,
    its columns one space apart) is that many columns."""
    for j, name in enumerate(header):
        k = len(name.split())
        if k == 2 and (pair := _two_figures(name, [r.cells[j] if j < len(r.cells) else "" for r in rows])):
            return _split_merged(*_spread(header, rows, j, name.split(), pair))
        cells = [_runs(r.cells[j].split()) if j < len(r.cells) else [] for r in rows]
        fits = [len(c) == k for c in cells]
        # (two names over a whole number and words: "id customer" over "2001 Lark Studio"; an amount and a state,
        # "3,975.25 Overdue" under "Amount (EUR)", are one column the next one's header was read into)
        # (or a size with its unit and words: "Size Kind" over "3.2 MB tiff-file")
        led = k == 2 and sum(bool(re.fullmatch(r"\d{1,9}", c[0])) or unit_size(c[0])
                             for c, f in zip(cells, fits, strict=True) if f) >= 0.8 * max(1, sum(fits))
        # (a line under the list that holds no figure is no row of it: "Advanced export")
        figured = sum(1 for r in rows if j < len(r.cells) and re.search(r"\d", r.cells[j])) if led else len(rows)
        if (k < 3 and not led) or len(rows) < 3 or sum(fits) < 0.8 * figured or not any(
                re.search(r"\d", c[0] + c[-1]) for c, f in zip(cells, fits, strict=True) if f):
            continue
        return _split_merged(*_spread(header, rows, j, name.split(),
                                      [c if f else None for c, f in zip(cells, fits, strict=True)]))
    return header, rows


# A figure (or a folder's marker) before a timestamp in one cell: a file list's size and date one space apart
# in a terminal ("4410 25-03-14 10:05", "<DIR> 25-01-02 9:00").
_LEAD = re.compile(r"^(?:[-+]?\d[\d.,]*\s?(?:[KMGTP]i?B?|B|bytes?)?|<[A-Z]{2,5}>|\[[A-Z]{2,5}\]|-)$")
_GLUED_NAMES = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _stamped(cell: str) -> tuple[str, str] | None:
    """(lead, timestamp) of a cell that is a figure followed by a date and perhaps a time."""
    text = re.sub(r"(?<=\d)\s*:\s*(?=\d)", ":", cell.strip())  # "14 : 16": the recogniser's roomy colon
    m = PATTERNS["date"].search(text)
    if m is None or m.start() == 0:
        return None
    lead, stamp = text[: m.start()].strip(), text[m.start():]
    rest = stamp[m.end() - m.start():].strip()
    if not _LEAD.match(lead) or (rest and not PATTERNS["time"].fullmatch(rest)):
        return None
    return lead, stamp


def _split_stamped(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A column whose cells are a figure and a date side by side (their columns one space apart, read as one)
    is two columns: the figure's (a size where the figures are whole numbers or carry a byte unit) and the
    date's, named by the header's two words where it printed them ("Size Modified", "SizeDate")."""
    for j in range(max((len(r.cells) for r in rows), default=0)):
        cells = [r.cells[j] if j < len(r.cells) else "" for r in rows]
        split = [_stamped(c) for c in cells]
        filled = [c for c in cells if c.strip()]
        if len(rows) < 3 or sum(x is not None for x in split) < max(3, 0.8 * len(filled)):
            continue
        leads = [x[0] for x in split if x is not None]
        sizes = sum(bool(re.fullmatch(r"\d[\d,]*|.*[KMGTPB]|.*bytes?", x)) for x in leads if x[0].isdigit())
        name = header[j] if j < len(header) else ""
        words = [] if re.fullmatch(r"column \d+", name) else _GLUED_NAMES.sub(" ", name).split()
        # (the figure's name is one word, the date's may be two: "Pages Last Edit")
        names = [words[0], " ".join(words[1:])] if 2 <= len(words) <= 3 else [
            "size" if sizes >= 0.8 * sum(x[0].isdigit() for x in leads) else "number", "date"]
        return _spread(header, rows, j, names, [list(x) if x is not None else None for x in split])
    return header, rows


_JOIN = re.compile(r" [-–—/] ")


def _split_joined(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A column headed by two names joined with a dash or slash ("Composer - Work") whose cells join two values
    the same way ("Nadia Roe - Glass Harbour") is two columns."""
    for j, name in enumerate(header):
        names = _JOIN.split(name.strip())
        cells = [r.cells[j] if j < len(r.cells) else "" for r in rows]
        parts = [_JOIN.split(c.strip(), maxsplit=1) if len(_JOIN.findall(c)) == 1 else None for c in cells]
        if len(rows) < 3 or sum(p is not None for p in parts) < 0.8 * len(rows):
            continue
        if len(names) == 2:
            return _spread(header, rows, j, names, parts)
        if (credited := _credited(parts)) is not None:  # "Title - Artist" under one name ("Title", or none)
            ordered = [None if p is None else (p if credited == 1 else p[::-1]) for p in parts]
            return _spread(header, rows, j, [name, _CREDIT], ordered)
    return header, rows


_CREDIT = "by (artist, author, performer)"


def _credited(parts: list[list[str] | None]) -> int | None:
    """Which side of "Title - Artist" cells (or "Artist - Title") names who made each entry: the side whose
    names recur across the rows (an artist has several tracks) while the other's are all distinct. None
    when neither or both recur (two names of one thing, a range "9:00 - 10:30")."""
    joined = [p for p in parts if p is not None and all(re.search(r"[^\W\d_]", x) for x in p)]
    if len(joined) < 4 or len(joined) < 0.8 * len(parts):
        return None
    sides = [[p[k].strip().lower() for p in joined] for k in (0, 1)]
    recurs = [len(set(v)) <= 0.75 * len(v) for v in sides]
    distinct = [len(set(v)) == len(v) for v in sides]
    if recurs[1] and distinct[0]:
        return 1
    return 0 if recurs[0] and distinct[1] else None


_STEPPER = re.compile(r"[+−–-]")  # a spin box's buttons, read as a piece of their own


def _without_buttons(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A column that prints one button glyph on every row ("+" beside each spin box's value) holds no value:
    dropped, so the setting's figure is the cell beside its label."""
    width = max(len(r.cells) for r in rows)
    cells = [[r.cells[j].strip() for r in rows if j < len(r.cells) and r.cells[j].strip()] for j in range(width)]
    drop = [j for j in range(1, width) if len(cells[j]) >= 2 and len(set(cells[j])) == 1
            and _STEPPER.fullmatch(cells[j][0])]
    if not drop:
        return header, rows
    keep = [j for j in range(width) if j not in drop]
    return ([header[j] for j in keep if j < len(header)],
            [Row([r.cells[j] for j in keep if j < len(r.cells)], r.ids) for r in rows])


def make_records(kind: str, header: list[str], rows: list[Row]) -> Records | None:
    if not rows:
        return None
    header, rows = _split_stamped(header, rows)
    header, rows = _split_merged(header, rows)  # (before the index: a query's id column is named, not a count)
    header, rows = _split_index(header, rows)
    header, rows = _split_joined(header, rows)
    if kind in ("table", "log", "columns"):  # (a release's joined entries share words without any links)
        header, rows = _split_shared_tail(header, rows)
        header, rows = _split_bracketed(header, rows)
        header, rows = _exit_codes(header, rows)
    header, rows = _without_buttons(header, rows)
    width = max(len(r.cells) for r in rows)
    header = (header + [f"column {j + 1}" for j in range(len(header), width)])[:width]
    cols = [Column(h, column_type(v), _measure(v))
            for j, h in enumerate(header) for v in [[r.cells[j] for r in rows if j < len(r.cells)]]]
    for j, c in enumerate(cols):  # a column headed "Status" holds states, however varied ("Up 3 days")
        c.type = "status" if c.type == "name" and state_header(c.name) else c.type
        c.type = "name" if c.name == _CREDIT else c.type  # (few names, recurring: people, not states)
        c.yearfirst = c.type == "date" and year_first([r.cells[j] for r in rows if j < len(r.cells)])
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


def state_header(name: str) -> bool:
    """A header that says its column holds states ("Status", "STATE")."""
    return bool(_STATUS_HEADER.fullmatch(name.strip()))


# (the names a list gives a column of how long each entry lasts: facts about words, as units are)
_DURATION_HEADER = re.compile(r"(?i)(?:length|duration|runtime|running time|play\s?time|elapsed|len|dur)\.?")
_CLOCKED = re.compile(r"\d{1,3}:\d{2}(?::\d{2})?")
_STATUS_HEADER = re.compile(r"(?i)status|state")
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
