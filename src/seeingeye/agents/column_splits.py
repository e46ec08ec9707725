"""Columns a table printed as one, split apart before the columns are typed: a row number glued to its name, a
shared tail, a bracketed tag ("[4:05 Pop]"), docker's "Exited (1)", two figures in one cell, a date-stamped name,
"Title - Artist" joined by a dash, a spin box's +/- buttons read as cells."""

from __future__ import annotations

import re

from .byte_sizes import unit_size
from .record_model import Row
from .types import PATTERNS

_STATUS_HEADER = re.compile(r"(?i)status|state")


def state_header(name: str) -> bool:
    """A header that says its column holds states ("Status", "STATE")."""
    return bool(_STATUS_HEADER.fullmatch(name.strip()))


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
            return _spread(header, rows, j, [name, CREDIT], ordered)
    return header, rows


CREDIT = "by (artist, author, performer)"


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


def split_columns(kind: str, header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """The header and rows with every merged column split apart, in the order the splits need."""
    header, rows = _split_stamped(header, rows)
    header, rows = _split_merged(header, rows)  # (before the index: a query's id column is named, not a count)
    header, rows = _split_index(header, rows)
    header, rows = _split_joined(header, rows)
    if kind in ("table", "log", "columns"):  # (a release's joined entries share words without any links)
        header, rows = _split_shared_tail(header, rows)
        header, rows = _split_bracketed(header, rows)
        header, rows = _exit_codes(header, rows)
    return _without_buttons(header, rows)
