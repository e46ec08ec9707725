"""List items that each open with a date (a mail archive's index, a changelog's entries, a feed): the date
and time are a column of their own, and a name most items end with, repeated down the list (who posted,
who wrote), is another. Read as one line each, "2024-02-11 08:40 Gutter blocked Jo Bloggs" answers neither
"which is the newest" by its subject nor "who posted it".

Entries of two lines, a title over its date (a feed reader's headlines), are read as rows of (title, date) too
(`dated_subtitles`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..sir import Evidence
from .page_rows import char_width
from .tabular import Records, Row, cell_type, make_records

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A leading date (ISO, numeric either way round, or with a month's name), and a clock time after it.
_STAMP = re.compile(
    rf"^\s*(?P<stamp>(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?"
    rf"|{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?)(?:[ T,]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\s+(?P<rest>\S.*)$",
    re.I,
)
_LEAD = re.compile(r"^[\s—–·•-]+")  # the dash or dot a feed sets before an entry's date ("— Mar 03 9:15 AM")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _trailing_names(rest: list[str]) -> int | None:
    """How many words at the end of most items are a name repeated down the list (2, 1 or 3), else None:
    fewer distinct names than items, those said by two items or more covering half of them or more."""
    for n in (2, 1, 3):
        tails = [" ".join(w[-n:]) if len(w := t.split()) > n and all(_NAME_WORD.match(x) for x in w[-n:]) else ""
                 for t in rest]
        counts = Counter(t for t in tails if t)
        repeated = sum(c for c in counts.values() if c >= 2)
        if counts and repeated >= 0.5 * len(rest) and len(counts) <= 0.6 * len(rest) and all(
                t[:1].isupper() for t in counts):
            return n
    return None


def split_dated(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A one-column list of dated items as columns: when, the item, and who (when a name repeats at the ends)."""
    if len(header) != 1 or len(rows) < 3:
        return header, rows
    found = [_STAMP.match(r.cells[0]) if r.cells else None for r in rows]
    if sum(f is not None for f in found) < 0.8 * len(rows):
        return header, rows
    rest = [f.group("rest").strip() if f else (r.cells[0] if r.cells else "") for f, r in zip(found, rows, strict=True)]
    stamps = [f.group("stamp").strip() if f else "" for f in found]
    n = _trailing_names([t for f, t in zip(found, rest, strict=True) if f is not None])
    if n is None:
        return ["date (when)", header[0]], [Row([s, t], r.ids) for s, t, r in zip(stamps, rest, rows, strict=True)]
    split = [(" ".join(t.split()[:-n]), " ".join(t.split()[-n:])) if len(t.split()) > n else (t, "") for t in rest]
    return (["date (when)", header[0], "from (who posted, author, sender)"],
            [Row([s, a, b], r.ids) for s, (a, b), r in zip(stamps, split, rows, strict=True)])


def _stamp_under(piece: Evidence, below: list[list[Evidence]]) -> Evidence | None:
    """A date alone on the next line or the one after, starting under the piece (or indented a few letters)
    and nearer than two lines' height: the piece's subtitle of when."""
    assert piece.box is not None
    cw = char_width(piece)
    for row in below:  # (rows of the page: every piece has its box)
        for q in row:
            assert q.box is not None
            if q.box.y0 - piece.box.y1 > 2 * piece.box.h:
                return None
            if piece.box.x0 - cw <= q.box.x0 <= piece.box.x0 + 5 * cw and cell_type(_LEAD.sub("", q.value)) == "date":
                return q
    return None


def dated_subtitles(rows: list[list[Evidence]]) -> Records | None:
    """Entries of two lines, a title over its date (a feed reader's headlines, a mail list's subjects, a
    notification list): one row each, the title and when, so "the latest headline" is ranked by the date
    and answered by the title. Three such entries or more, their titles set at one x."""
    pairs: list[tuple[Evidence, Evidence]] = []
    taken: set[str] = set()
    for k, row in enumerate(rows):
        for e in row:
            if e.box is None or e.id in taken or cell_type(e.value) == "date" or len(e.value.split()) < 2:
                continue
            if (q := _stamp_under(e, rows[k + 1:k + 3])) is not None:
                pairs.append((e, q))
                taken.add(q.id)
    if len(pairs) < 3:
        return None
    x = sorted(e.box.x0 for e, _ in pairs if e.box)[len(pairs) // 2]
    pairs = [(e, q) for e, q in pairs if e.box and abs(e.box.x0 - x) <= 2 * char_width(e)]
    if len(pairs) < 3:
        return None
    return make_records("list", ["item (title, headline, subject)", "date (when)"],
                        [Row([e.value.strip(), _LEAD.sub("", q.value).strip()], [e.id, q.id]) for e, q in pairs])
