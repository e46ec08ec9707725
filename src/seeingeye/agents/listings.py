"""Listings read line by line: `ls -l` (modes, owners, sizes, dates), sized lists (`du -sh`, ncdu, a file
manager's name-then-size rows), tables of contents, a changelog's releases, and stanzas of `Key: value` lines
(`git log`, `systemctl status`). Each returns records, or None when the lines are no such listing."""

from __future__ import annotations

import re
from typing import Literal

from ..sir import SIR, Evidence
from ..textutil import item_text
from .tabular import TOC, Column, Records, Row, make_records
from .types import spans

_MODE = re.compile(r"[dlcbps-][rwxsStT-]{9}[.+@]?")
_LOOSE_MODE = re.compile(r"[dlcbps-]?[rwxsStT-]{8,9}[.+@]?")  # as OCR may read it, a dash short
_MONTH = re.compile(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
ENTRY_TYPES = {"d": "directory (folder)", "l": "symbolic link", "-": "file"}
ENTRY_TYPE = "entry type (directory, file, link)"


# One `ls -l` entry, read from both ends so a stray glyph OCR inserted between the owner and the size (or a
# lone digit between the size and the date, a date's first figure read twice) does not shift the columns: mode
# (OCR may drop a dash, even the first, or read a letter as a capital), links, owner and group, size, date (month day
# time|year, or ISO), name. OCR may lose a row's mode altogether: such a row counts among rows that kept theirs.
_LS_LONG = re.compile(
    r"^\s*(?:(?P<mode>[dlcbps-]?[rwxsStTRWX-]{8,9}[.+@]?)\s+)?(?P<links>\d+)\s+(?P<who>.+?)\s+(?P<size>\d[\d.,]*(?:[KMGTP]i?B?|B)?)(?:\s+\d)?\s+"
    r"(?P<date>[A-Z][a-z]{2}\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?)\s+(?P<name>\S.*)$"
)
# OCR reads a light monospace mode string with gaps ("- rw- r- - r- -"): closed up before matching.
_SPACED_MODE = re.compile(r"^\s*[dlcbps-](?:\s?[rwxsStT-]){8,9}(?=\s)")


def ls_long(rows: list[list[Evidence]]) -> Records | None:
    found: list[Row] = []
    for r in rows:
        text = " ".join(e.value for e in r)
        text = _SPACED_MODE.sub(lambda g: g.group(0).replace(" ", ""), text, count=1)
        m = _LS_LONG.match(text)
        if m:
            who, mode = m.group("who").split(), m.group("mode") or ""
            found.append(Row([mode, m.group("links"), who[0], who[1] if len(who) > 1 else "",
                             m.group("size"), m.group("date"), m.group("name").strip(),
                             ENTRY_TYPES.get(mode[:1], "file")], [e.id for e in r]))
    if sum(bool(r.cells[0]) for r in found) < 2:
        return None
    rec = make_records("listing", ["permissions", "links", "owner", "group", "size", "modified", "name",
                                   ENTRY_TYPE], found)
    if rec is not None:
        rec.columns[4].type, rec.columns[5].type, rec.columns[6].type, rec.key = "size", "date", "name", 6
    return rec


# A date (or a time, for today), then a size in bytes or a folder mark, then the name: Windows' `dir`, clex and
# other file lists that print no mode ("11/14/26 6,747,003 report.pdf", "10/02/2026 09:14 AM <DIR> Legal").
_DATED_SIZE = re.compile(
    r"^\s*(?P<date>\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?|\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s+(?P<size>\d[\d,.']*(?:\s?(?:[KMGTP]i?B|bytes)(?=\s))?|<DIR>|/DIR|DIR)\s+(?P<name>\S.*?)\s*$", re.I)


def dated_sizes(rows: list[list[Evidence]]) -> Records | None:
    """Rows of a date, a size in bytes or with its unit ("1.2 GiB", or a folder's mark) and a name: one row per
    entry, a folder's size left empty and its type named, so "the biggest file" and "how many subfolders" read
    their columns."""
    found = []
    for r in rows:
        m = _DATED_SIZE.match(" ".join(e.value for e in r))
        if m and m.group("name") not in (".", ".."):
            folder = not m.group("size")[0].isdigit()
            found.append(Row([m.group("date"), "" if folder else m.group("size"), m.group("name"),
                              ENTRY_TYPES["d" if folder else "-"]], [e.id for e in r]))
    if len(found) < 3 or not any(r.cells[1] for r in found):
        return None
    rec = make_records("listing", ["modified (date)", "size (bytes)", "name", ENTRY_TYPE], found)
    if rec is not None:
        # (a name is a name though most carry a date: "snap-2024-07-01.tar")
        rec.columns[0].type, rec.columns[1].type, rec.columns[2].type, rec.key = "date", "size", "name", 2
    return rec


def listing_sizes(rec: Records) -> None:
    """A long file listing (`ls -l`: a column of permission strings) prints each size as a bare number just
    before the date: that column is a size, so "the largest file" orders by it."""
    if any(c.name == ENTRY_TYPE for c in rec.columns):
        return
    types = [c.type for c in rec.columns]
    # (most rows: OCR drops a mode's dash now and then, and a window's own lines may head the list)
    modes = [j for j in range(len(types))
             if sum(bool(_MODE.fullmatch(r.cells[j]) or _LOOSE_MODE.fullmatch(r.cells[j]))
                    for r in rec.rows if j < len(r.cells)) >= max(2, 0.7 * len(rec.rows))
             and any(_MODE.fullmatch(r.cells[j]) for r in rec.rows if j < len(r.cells))]
    if not modes:
        return
    rec.key = len(rec.columns) - 1  # the entry's name is printed last (a month name is no key)
    # The mode's first letter says what each entry is: "how many directories" counts by it.
    rec.columns.append(Column(ENTRY_TYPE, "status"))
    for r in rec.rows:
        mode = r.cells[modes[0]] if modes[0] < len(r.cells) else ""
        r.cells.append(ENTRY_TYPES.get(mode[:1], "file") if _LOOSE_MODE.fullmatch(mode) else "")
    # The size is the last figure before the date, which starts at a month name ("Mar 19 22:10") or a date.
    months = [j for j in range(len(types)) if all(_MONTH.fullmatch(r.cells[j]) for r in rec.rows if j < len(r.cells))]
    starts = [j for j in range(len(types)) if types[j] == "date"] + months
    if not starts or "size" in types:
        return  # no date, or the sizes carry units and were typed already
    before = [j for j in range(min(starts)) if types[j] == "number"]
    # (a file manager's own list may print the size after the date: vfu, mc)
    after = [j for j in range(min(starts) + 1, len(types) - 1) if types[j] in ("number", "money")]
    if before or after:
        rec.columns[before[-1] if before else after[0]].type = "size"


def slashed_folders(rec: Records) -> None:
    """A listing whose names end in "/" for folders (nnn, `ls -F`, a tree): each entry's type as a column, so
    "how many folders" counts them (as `ls -l`'s modes do)."""
    if rec.key >= len(rec.columns) or any(c.name == ENTRY_TYPE for c in rec.columns):
        return
    names = [r.cells[rec.key].strip() if rec.key < len(r.cells) else "" for r in rec.rows]
    slashed = sum(n.endswith("/") and len(n) > 1 for n in names)
    if slashed < 2 or slashed == len(names) and len(names) < 3:
        return
    rec.columns.append(Column(ENTRY_TYPE, "status"))
    for r, n in zip(rec.rows, names, strict=True):
        r.cells += [""] * (len(rec.columns) - 1 - len(r.cells)) + [ENTRY_TYPES["d" if n.endswith("/") else "-"]]


def toc(rows: list[list[Evidence]]) -> Records | None:
    found: list[Row] = []
    for r in rows:
        text = "  ".join(e.value for e in r)
        m = TOC.match(text)
        if m and re.search(r"[A-Za-z]{2}", m.group("title")) and not spans(text.strip(), "date"):  # "Packed Nov 5"
            found.append(Row([(m.group("num") or "").rstrip("."), m.group("title").strip(" .·"), m.group("page")],
                            [e.id for e in r]))
    pages = [int(r.cells[2]) for r in found if r.cells[2].isdigit()]
    if len(found) < 3 or sum(b < a for a, b in zip(pages, pages[1:], strict=False)) > len(pages) // 5:
        return None  # (a contents list's pages run in order; figures ending the rows of a table do not)
    rec = make_records("toc", ["number", "entry", "page"], found)
    if rec is not None:
        rec.key = 1
    return rec


# A size first, a name last: `du -sh *`, ncdu (its bar of "#" between, read with stray brackets)
_SIZED = re.compile(r"^\s*(\d[\d.,]*\s?(?:[KMGTP]i?B|[KMGTP]|B|bytes?))(?:\s.*?)?\s+(?:[\]|1l]\s*)?/?"
                    r"([\w.@+-][\w./@+-]*?)/?\s*$")

# A name, then its size at the end of the row (a file manager's or ranger's list, `du` sorted by name).
_SIZE_LAST = re.compile(r"^\s*([\w.@+-][\w .@+-]*?)\s+(\d[\d.,]*\s?(?:[KMGTP]i?B|[KMGTP]|B|bytes?))\s*$")


def sized(rows: list[list[Evidence]]) -> Records | None:
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


# "$412.50  expenses:books", "  42 main.py", "6.8s cron.service": an amount, a count or a measure with its unit
# attached, then the one name it belongs to
_FIGURED = re.compile(r"^\s*([-+−]?[$€£¥]?\s?\d[\d,.]*(?:\s?[$€£¥]|\s?(?:EUR|USD|GBP|kr)|[a-zµ]{1,3}(?=\s)|%)?)\s+"
                      r"([^\W\d][\w:./@+-]*|/[\w:./@+-]*)\s*$")


def _runs(rows: list[Row | None]) -> list[list[Row]]:
    """The unbroken runs of rows found."""
    out: list[list[Row]] = [[]]
    for r in rows:
        if r is None:
            out.append([])
        else:
            out[-1].append(r)
    return out


def figured(rows: list[list[Evidence]]) -> Records | None:
    """Rows of a figure then a name, one word each, and nothing else (a ledger's balances by account, `wc -l`,
    `uniq -c`), on most rows or in one unbroken run of three or more: one row per name, the figure typed for
    extremes. A figure alone (the total under a rule) is none of them."""
    # (OCR may set a space about a name's colon: "assets : cash")
    matched = [Row([m.group(1).strip(), m.group(2)], [e.id for e in r])
               if (m := _FIGURED.match(re.sub(r"(?<=\w)\s?:\s?(?=\w)", ":", " ".join(e.value for e in r)))) else None
               for r in rows]
    found = [r for r in matched if r is not None]
    if len(found) < 0.6 * len(rows):  # the output of one command among others (a resolver's short answer): its run
        found = max(_runs(matched), key=len, default=[])
    if len(found) < 3:
        return None
    rec = make_records("listing", ["amount (figure)", "name"], found)
    if rec is not None:
        rec.key = 1
    return rec


_PAIR = re.compile(r"^\s*(\d+)\s+(\d+)\s*$")
COUNT = "count (how many, occurrences, number of times)"


def figure_pairs(rows: list[list[Evidence]]) -> Records | None:
    """Rows of two whole numbers and nothing else, three or more in a run (a tally by code: `awk` counting
    status codes, `cut | sort | uniq -c` folded to "code count"): the column sorted from most down is the
    count, the other the thing counted (a code is asked by name: "how many 503s"); neither sorted, the
    count is the second, as a tally prints its key first."""
    matched = [Row([m.group(1), m.group(2)], [e.id for e in r]) if (m := _PAIR.match(" ".join(e.value for e in r)))
               else None for r in rows]
    found = max(_runs(matched), key=len, default=[])
    if len(found) < 3:
        return None
    first, second = ([float(r.cells[j]) for r in found] for j in (0, 1))
    falling = [all(a >= b for a, b in zip(c, c[1:], strict=False)) and c[0] > c[-1] for c in (first, second)]
    counted_first = falling[0] and not falling[1]
    header = [COUNT, "item (code, value)"] if counted_first else ["item (code, value)", COUNT]
    rec = make_records("listing", header, found)
    if rec is not None:
        rec.key = 1 if counted_first else 0
        rec.columns[rec.key].type = "name"  # a code is a name to look up by, not a figure to add
    return rec


# "4.9.2  2026-11-02", "v2.3 (2026-06-01)", keep-a-changelog's "[2.6.0] - 2026-11-14"
_VERSION_HEAD = re.compile(
    r"^\s*\[?(?:v(?:ersion)?\s*|release\s+)?(\d+\.\d+(?:\.\d+)*(?:[-+][\w.]+)?)\b\]?[\s:–—-]*(.*)$", re.I)


_DATED_TAIL = re.compile(r"\s(\[?v?\d+\.\d+(?:\.\d+)*\]?\s*[—–-]\s*\d{4}-\d\d-\d\d)\s*$")


def releases(sir: SIR) -> Records | None:
    """A changelog or release notes: headings that open with a version ("4.9.2  2026-11-02"), each over the
    list of its changes. One row per release (version, date, changes), in printed order (newest first). Read
    from the layout's blocks, or from the lines (a changelog open in an editor, in Markdown: "## [3.2.1] -
    2026-11-02" over "- Added ...")."""
    blocks = sorted((b for b in sir.by_kind("block") if b.box is not None), key=lambda b: int(b.attrs.get("order", 0)))
    found = _releases([(b.value, "entry" if b.attrs.get("role") == "list_item" else "heading", b.id) for b in blocks])
    if found is None:
        lines = sorted((e for e in sir.by_kind("text") if e.box is not None), key=lambda e: (e.box.cy, e.box.x0))
        # an editor's lines re-joined without their line numbers stand for OCR's pieces on their rows
        code = [e for e in lines if e.attrs.get("code") and e.value.strip()]
        lines = [e for e in lines if e in code or not any(
            abs(c.box.cy - e.box.cy) < 0.5 * e.box.h for c in code)]  # type: ignore[union-attr]
        # (in plain text a line is a heading when it reads as one, else an entry: OCR may drop an item's dash)
        found = _releases([(_MD_HEADING.sub("", e.value), "section" if _MD_HEADING.match(e.value) else "line", e.id)
                           for e in lines if e.value.strip()])
    return found


_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")


def _releases(items: list[tuple[str, Literal["heading", "section", "entry", "line"], str]]) -> Records | None:
    """Releases from (text, role, evidence id) in reading order: a layout's heading block may open a release,
    its list item is an entry, a plain line is either, and a Markdown section that is no release ("## Credits")
    ends the entries of the one before."""
    rows: list[Row] = []
    entries: list[str] = []
    collecting = False
    for text, role, eid in items:
        # (a dated heading the layout joined to the paragraph above it ends that block)
        lines = [text, *(t.group(1) for t in [_DATED_TAIL.search(text)] if t)]
        # (a plain line opens a release only with its date: "1.5 GB limit raised" is an entry)
        heads = [] if role == "entry" else [
            h for line in lines if len(line.split()) <= 6 and (h := _VERSION_HEAD.match(line))
            and (role != "line" or re.search(r"\d{4}", h.group(2)))]
        if heads:
            if rows:
                rows[-1].cells.append("; ".join(entries))
            rows.append(Row([heads[-1].group(1), heads[-1].group(2).strip(" ()")], [eid]))
            entries, collecting = [], True
        elif role == "section":
            collecting = False
        elif collecting and role != "heading":
            entries.append(re.sub(r"^[.·•]\s+", "", item_text(text)))
            rows[-1].ids.append(eid)
    if rows:
        rows[-1].cells.append("; ".join(entries))
    if len(rows) < 2 or sum(bool(r.cells[2]) for r in rows) < 2:
        return None
    rec = make_records("releases", ["version (release)", "date (released)", "changes (entries, notes)"], rows)
    if rec is not None:
        rec.key, rec.columns[0].type = 0, "version"  # a release is named by its version
        rec.columns[1].type = "date" if any(r.cells[1] for r in rows) else rec.columns[1].type
    return rec


PROMPT = re.compile(r"^\s*(?:[$#%>❯]|\S+@\S+[:~][^\s]*[$#])(?:\s|$)")
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
        if PROMPT.match(text):
            out.append(("$", text, ids))
        elif m:  # "Name <mail@host>": the name is the value people ask for
            out.append((m.group(1).strip(), _EMAIL.sub("", m.group(2)).strip(), ids))
        else:
            out.append((None, text, ids))
    return out


def stanzas(rows: list[list[Evidence]]) -> Records | None:
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
