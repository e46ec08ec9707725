"""Columns of monospaced output by where words start: in a terminal every character is as wide as the next,
so a column begins at the same x on every row, while the words inside a column (an author's first and last
name, the words of a commit message) start wherever their text puts them.

`git log --pretty='%h %ad %an %s'`, `docker ps`, `kubectl get pods`, log lines: OCR reads such a row as one
line or as a few pieces split at wide gaps; either way each word's x comes from its piece's box and the
character width. A column boundary is an x where a word starts on nearly every row and no word runs across.
Headerless columns are named by what they hold (a hash, a date, a person, a message), so questions about
"the author" or "the message" find them.
"""

from __future__ import annotations

import re

import numpy as np

from ..sir import Evidence
from .header_cells import centred, columns_of, figures_apart, over_columns
from .name_split import split_led
from .page_rows import char_width, row_words, visual_rows
from .tabular import Records, Row, cell_type, make_records, name_header, state_header
from .types import HEX_FIX, typed_span

COMMIT_HASH = re.compile(r"[0-9a-f]{7,64}")  # an abbreviated or full commit id


def _boundaries(rows: list[list[tuple[str, float, float]]], cw: float) -> list[float]:
    starts = sorted(x0 for r in rows for _, x0, _ in r)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= 0.5 * cw:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    out = []
    for c in clusters:
        b = float(np.median(c))
        # a column starts at one x to within half a character; a second name starts wherever the first ends
        starting = sum(1 for r in rows if any(abs(x0 - b) <= 0.5 * cw for _, x0, _ in r))
        crossing = sum(1 for r in rows if any(x0 < b - cw and x1 > b + cw for _, x0, x1 in r))
        if starting >= 0.85 * len(rows) and crossing <= 0.1 * len(rows):
            out.append(b)
    return out


def content_name(values: list[str]) -> str:
    """What a headerless column holds, in the words questions use for it."""
    filled = [v for v in values if v]
    # (most: OCR may add a stray glyph to one, "9c0ffee 7"; a column of plain counts holds no letter at all)
    hashes = [v for v in filled if COMMIT_HASH.fullmatch(v.translate(HEX_FIX).split()[0])]
    if filled and len(hashes) >= 0.8 * len(filled) and any(re.search("[a-f]", v) for v in hashes):
        return "commit hash (id)"
    # (most, not all: OCR misreads one name now and then)
    if filled and sum(typed_span(v, "person") == v for v in filled) >= 0.8 * len(filled):
        return "author (person, who, sender)"
    if filled and sum(typed_span(v, "email") == v.strip() for v in filled) >= 0.8 * len(filled):
        return "email address (sender, from, who)"  # a mail index's senders, a user list's logins
    # (minutes and seconds, some under ten minutes printed without a leading zero: a track's or a call's length,
    # "3:41", not a time of day, which a list prints "09:05")
    if len(filled) >= 3 and all(re.fullmatch(r"\d{1,2}:\d\d", v.strip()) for v in filled) and any(
            re.fullmatch(r"[1-9]:\d\d", v.strip()) for v in filled):
        return "length"
    kinds = [cell_type(v) for v in filled]
    common = max(dict.fromkeys(kinds), key=kinds.count) if kinds else None  # (ties: the first met)
    if common in ("date", "size", "number", "money"):
        return {"date": "date", "size": "size", "number": "number", "money": "amount"}[common]
    return "message (subject, description, title)" if np.mean([len(v.split()) for v in filled] or [0]) >= 2 else "name"


def _headed(rows: list[Row]) -> bool:
    """The first row names the columns: all capitals, or words over a column the other rows fill with figures."""
    first = rows[0].cells
    if all(c.isupper() for c in first):
        return True
    for j, c in enumerate(first):
        below = [r.cells[j] for r in rows[1:] if j < len(r.cells)]
        figures = sum(cell_type(v) in ("number", "size", "money", "date") for v in below)
        if cell_type(c) in ("name", "text") and below and figures >= 0.7 * len(below):
            return True
    return False


def monospace_columns(rows: list[list[Evidence]]) -> Records | None:
    """Three or more columns of headerless monospaced rows; None when the rows do not line up so. A TUI's
    key bar above the listing and its status bar below it are no rows of it: tried without them too."""
    # (a sort arrow beside a column's name is no name: "due ▼")
    placed = [([w for w in row_words(r) if not _SORT_MARK.fullmatch(w[0])], r) for r in rows]
    placed = [(w, r) for w, r in placed if len(w) >= 3]
    n = len(placed)
    # a header row is no key bar: headed output is the header readers'
    # (a window's toolbar in capitalised words, "New Tab Split View", stands over no columns: no header)
    heads = [k for k, (w, _) in enumerate(placed[:4]) if _caps_header(w) or _worded_header(w) and over_columns(
        w, [b for b, _ in placed[k + 1 : k + 6]], float(np.median([(x1 - x0) / len(t) for t, x0, x1 in w])))]
    # a window's title and menu bars and the command line may stand above the listing, a prompt below it
    # (trimmed only on a terminal's page: a proportional window's list is the aligned reader's)
    starts = (0,) if heads or not _monospaced(rows) else range(4)
    ends = (n, n - 1, n - 2) if len(starts) > 1 else (n,)
    trims = sorted(((lo, hi) for lo in starts for hi in ends), key=lambda t: t[0] + n - t[1])
    read = [(rec, lo, hi) for lo, hi in trims if (rec := _lined_up(placed[lo:hi])) is not None]
    if not read:
        return None
    # the most columns (a key bar kept as a row hides the columns it crosses), unless that reading lost rows of
    # its own stretch (a column split that leaves one row a cell short): then the one that keeps them
    rec, lo, hi = max(read, key=lambda t: (len(t[0].columns), t[2] - t[1]))
    inside = {e.id for _, r in placed[lo:hi] for e in r}
    kept = {i for row in rec.rows for i in row.ids}
    fuller = [t for t in read if ({i for row in t[0].rows for i in row.ids} - kept) & inside]
    if fuller:
        rec, lo, hi = max(fuller, key=lambda t: (len(t[0].rows), len(t[0].columns)))
    # a header row read as the listing's second row, under the command line: the header readers'
    return None if any(0 < k - lo <= 1 and k < hi for k in heads) else rec


def _lined_up(placed: list[tuple[list[tuple[str, float, float]], list[Evidence]]]) -> Records | None:
    if len(placed) < 3:
        return None
    widths = [e.box.w / len(e.value) for _, r in placed for e in r if e.box is not None and len(e.value) >= 4]
    if not widths:
        return None  # only short pieces (a calendar's day numbers): no character width to measure
    cw = float(np.median(widths))
    if np.median(np.abs(np.array(widths) - cw)) > 0.12 * cw:
        return None  # pieces printed in several sizes or a proportional font: not a terminal's grid
    bounds = _boundaries([w for w, _ in placed], cw)
    if len(bounds) < 3:
        return None
    body: list[Row] = []
    for words, r in placed:
        cells: list[list[str]] = [[] for _ in bounds]
        for t, x0, _ in words:
            k = max((j for j, b in enumerate(bounds) if x0 >= b - cw), default=0)
            cells[k].append(t)
        body.append(Row([" ".join(c) for c in cells], [e.id for e in r]))
    body, n = split_led(body, len(bounds))
    full = [row for row in body if all(row.cells)]
    if len(full) < 0.8 * len(body) or len(full) < 3:
        return None
    figures = [[sum(cell_type(t) in ("number", "size", "money") for t in r.cells[j].split()) for r in full]
               for j in range(n)]
    merged = [sum(n >= 2 for n in col) for col in figures]
    if max(merged) >= 0.6 * len(full):
        return None  # right-aligned figures ("234G  33G  201G") start anywhere: whitespace splits them, not x
    if _headed(full):
        return None  # "CONTAINER ID  IMAGE  STATUS": output with a header row is the aligned reader's
    full, n = _dates_joined(full, n)
    header = [content_name([row.cells[j] for row in full]) for j in range(n)]
    rec = make_records("columns", header, full)
    if rec is not None:
        words = [np.mean([len(row.cells[j].split()) for row in full]) for j in range(n)]
        rec.key = int(np.argmax(words)) if max(words) >= 2 else rec.key  # a message names its row
    return rec


def _dates_joined(body: list[Row], n: int) -> tuple[list[Row], int]:
    """A date printed as month and day ("Nov 04") starts both its words at fixed places, so it reads as two
    columns: joined back where together they read as dates on nearly every row."""
    j = 0
    while j < n - 1:
        both = sum(cell_type(f"{r.cells[j]} {r.cells[j + 1]}") == "date" and cell_type(r.cells[j]) != "date"
                   for r in body)
        if both >= 0.8 * len(body):
            body = [Row([*r.cells[:j], f"{r.cells[j]} {r.cells[j + 1]}", *r.cells[j + 2:]], r.ids) for r in body]
            n -= 1
            continue  # ("07 Jun" joined, "2024" may follow as a third column)
        # the year of "07 Jun 2024" read at the head of the next column ("2024 Ola Berg")
        led = sum(bool(_YEAR_LED.match(r.cells[j + 1])) and cell_type(r.cells[j]) == "date" for r in body)
        if led >= 0.8 * len(body):
            body = [Row([*r.cells[:j], *_year_moved(r.cells[j], r.cells[j + 1]), *r.cells[j + 2:]], r.ids)
                    for r in body]
        j += 1
    return body, n


_YEAR_LED = re.compile(r"(?:19|20)\d\d\s+\S")


def _year_moved(date: str, after: str) -> list[str]:
    """The year heading `after` put back at the end of `date` (a row that does not start so kept as read)."""
    if not _YEAR_LED.match(after) or re.search(r"\b(?:19|20)\d\d\b", date):
        return [date, after]
    year, rest = after.split(None, 1)
    return [f"{date} {year}", rest]


_UNIT = re.compile(r"(?:[KMGTP]i?B|[KMGTP]i|B|bytes|%|kB)")


def _caps_header(words: list[tuple[str, float, float]]) -> bool:
    """A row of column names in capitals ("PID USER PR ... %CPU COMMAND", "NAME READY STATUS")."""
    caps = sum(t.upper() == t and any(c.isalpha() for c in t) for t, _, _ in words)
    return len(words) >= 3 and caps >= 0.8 * len(words) and all(cell_type(t) in ("name", "text") for t, _, _ in words)


def _gap(row: list[Evidence], above: list[Evidence]) -> float | None:
    boxes, prev = [e.box for e in row if e.box], [e.box for e in above if e.box]
    return min(b.y0 for b in boxes) - max(b.y1 for b in prev) if boxes and prev else None


def _gaps(rows: list[list[Evidence]]) -> float | None:
    """The usual space between a listing's rows so far (None until two rows)."""
    gaps = [g for a, b in zip(rows, rows[1:], strict=False) if (g := _gap(b, a)) is not None]
    return float(np.median(gaps)) if gaps else None


def _far_below(row: list[Evidence], above: list[Evidence], usual: float | None = None) -> bool:
    """A row much further under the one above than rows are spaced (two lines' height, or a line's height
    beyond twice the listing's own spacing): the listing ended in between."""
    gap, prev = _gap(row, above), [e.box for e in above if e.box]
    if gap is None:
        return False
    h = max(b.h for b in prev)
    return gap > (2 * h if usual is None else min(2 * h, h + 2 * max(usual, 0.0)))


def _outside_brackets(words: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The words of a row outside brackets of several words: a name's note ("Path (relative to root)") is no
    name of its own."""
    out, inside = [], False
    for w in words:
        t = w[0]
        if not inside and t.startswith("(") and ")" not in t:
            inside = True
        elif inside:
            inside = ")" not in t
        else:
            out.append(w)
    return out


def _worded_header(words: list[tuple[str, float, float]]) -> bool:
    """A row of column names as words ("Filesystem Size Used Avail Use% Mounted on", "Package Version"):
    three or more, none a figure, most capitalised."""
    words = _outside_brackets(words)
    # ("(km2)", "€" and "%" are units of the name before them; "#" heads a column of numbers)
    named = [t for t, _, _ in words if re.fullmatch(r"[A-Za-z][\w%+/.-]*|%\w+|\([^()\s]+\)|[$€£¥%#]", t)]
    capital = sum(t[0].isupper() or t[0] == "%" for t in named)
    # a database's field names, lower-case identifiers ("id customer total state"), head its rows as well
    fields = len(words) >= 4 and all(re.fullmatch(r"[a-z][a-z0-9_]{0,15}", t) for t in named)
    # ...and so do a tool's metric names, most marked as rates, shares or compounds ("rd/s wr/s aqu_sz %busy")
    fields = fields or len(words) >= 4 and all(re.fullmatch(r"[A-Za-z%][\w/%]{0,15}", t) for t in named) and sum(
        bool(re.search(r"[/_%\d]", t)) for t in named) >= 0.6 * len(named)
    # (names differ: a row of "n/a n/a n/a Low" is cells left empty, not a header)
    return (len(words) >= 3 and len(named) == len(words) and (capital >= 0.6 * len(words) or fields)
            and len({t.lower() for t in named}) >= 0.7 * len(named))


def _beside_sidebar(row: list[Evidence]) -> list[Evidence] | None:
    """The pieces of a row from where a header in words starts, three names or more, far right of the pieces
    before it (a sidebar's entry on the header's line); None when no such header ends the row."""
    for i in range(1, len(row) - 2):
        a, b = row[i - 1].box, row[i].box
        if a is not None and b is not None and b.x0 - a.x1 >= 2 * char_width(row[i]) \
                and _worded_header(row_words(row[i:])):
            return row[i:]
    return None


def _monospaced(rows: list[list[Evidence]]) -> bool:
    """Most lines were read on a page of monospaced print (the OCR's verdict from its glyphs' even steps; the
    widths of whole pieces cannot tell a terminal from a proportional list)."""
    pieces = [e for r in rows for e in r]
    return bool(pieces) and sum(bool(e.attrs.get("mono")) for e in pieces) >= 0.6 * len(pieces)


def _header_spans(head: list[tuple[str, float, float]], body: list[list[tuple[str, float, float]]], cw: float
                  ) -> list[tuple[str, float, float]]:
    """Header words joined where the body runs across the gap between them ("CONTAINER ID" over a hash) and
    kept apart where the body's words start at the second one ("TIME+ COMMAND" over "27:51.67 postgres")."""
    spans = [head[0]]
    for t, x0, x1 in head[1:]:
        name, a0, a1 = spans[-1]
        # one body word under both header words (a hash under "CONTAINER ID"), not one under each
        under = [sum(a0 - cw <= (w0 + w1) / 2 <= x1 + cw for _, w0, w1 in r) for r in body]
        gap = (a1 + x0) / 2
        crossing = sum(any(w0 < gap - cw and w1 > gap + cw for _, w0, w1 in r) for r in body)
        # (a word over no value at all is the previous name's unit or second word: "Area (km2)"; a capitalised
        # word is a name of its own, over figures set right, far from it: "Qty  Unit €")
        empty = not t[:1].isupper() and not any(min(w1, x1) - max(w0, x0) > 0 for r in body for _, w0, w1 in r)
        if x0 - a1 <= 1.5 * cw and (empty or crossing >= 0.5 * len(body) and float(np.median(under)) < 2):
            spans[-1] = (f"{name} {t}", a0, x1)
        else:
            spans.append((t, x0, x1))
    return spans


def _beside_list(words: list[tuple[str, float, float]], start: float, cw: float) -> list[tuple[str, float, float]]:
    """A row's words without those wholly left of the list's first name with a gap after them (a sidebar's
    entry); a name printed from further left and running on under the header ("Larch batten 2 m" under a
    centred "Item") keeps its first words."""
    keep = [True] * len(words)
    for i in range(len(words) - 1, -1, -1):
        t, x0, x1 = words[i]
        runs_on = i + 1 < len(words) and keep[i + 1] and words[i + 1][1] - x1 <= 1.5 * cw
        keep[i] = x1 >= start - 2 * cw or runs_on
    return [w for w, k in zip(words, keep, strict=True) if k]


def _two_word_names(spans: list[tuple[str, float, float]], body: list[Row], cw: float
                    ) -> tuple[list[tuple[str, float, float]], list[Row]]:
    """A header word over no cells, set close after the one before it, is that name's second word ("Original
    Size" over sizes that start under "Original"): the two are one column."""
    j = len(spans) - 1
    while j >= 1:
        (name, a0, a1), (t, x0, x1) = spans[j - 1], spans[j]
        if x0 - a1 <= 1.5 * cw and sum(not r.cells[j] for r in body) >= 0.8 * len(body):
            spans[j - 1 : j + 1] = [(f"{name} {t}", a0, x1)]
            for r in body:
                r.cells[j - 1 : j + 1] = [" ".join(c for c in r.cells[j - 1 : j + 1] if c)]
        j -= 1
    return spans, body


def _naming_column(body: list[Row], default: int, typed: set[int]) -> int:
    """The column that names a row: words (not "5616m" or "20"), different on every row, the rightmost of
    equals (`top` and `ps` end with the command, `docker ps` with the container's name); a column of states
    ("Restarting (1) 12 seconds ago"), dates or figures (`typed`) names none."""
    best, key = (0, 0), default
    for j in (k for k in range(len(body[0].cells)) if k not in typed):
        values = [r.cells[j] for r in body if j < len(r.cells)]
        worded = sum(len(re.findall(r"[^\W\d_]", v)) >= 3 for v in values)
        if worded >= 0.8 * len(values) and (len(set(values)), j) >= best:
            best, key = (len(set(values)), j), j
    return key


def _titled_piece(piece: Evidence, rows: list[list[Evidence]]) -> bool:
    """One piece of four words or more starting well right of where the rows start (a chart's centred title over
    a grid of figures): a title, not a header; a terminal's header, one piece too, starts with its first column."""
    starts = [e.box.x0 for r in rows for e in r[:1] if e.box is not None]
    return piece.box is not None and len(piece.value.split()) >= 4 and bool(starts) \
        and piece.box.x0 - min(starts) > 3 * char_width(piece)


def title_over(head: list[Evidence], below: list[list[Evidence]]) -> bool:
    """The line over the rows is a title, not the columns' header (a chart's title over a grid of figures): one
    piece of words set well right of where the rows start (`_titled_piece`), or a line standing further above
    the rows than they stand apart from each other (three rows or more)."""
    if len(head) == 1 and _titled_piece(head[0], [head, *below]):
        return True
    ys = [min(e.box.cy for e in r if e.box is not None) for r in [head, *below[:3]] if any(e.box for e in r)]
    if len(ys) < 4:
        return False
    return ys[1] - ys[0] > 1.8 * max(b - a for a, b in zip(ys[1:], ys[2:], strict=False))


def header_columns(rows: list[list[Evidence]], proportional: bool = False) -> Records | None:
    """`_header_columns`; in proportional print, also the list right of a sidebar whose entries share the
    header's line ("Places" beside "Name Type Size"), read from the pieces right of it alone: a sidebar's
    rows sit between the list's and would part them into rows of pieces of two entries."""
    rec = _header_columns(rows, proportional)
    if not proportional:
        return rec
    for k, row in enumerate(rows):
        if (right := _beside_sidebar(row)) is not None and right[0].box is not None:
            cut = right[0].box.x0 - 2 * char_width(right[0])
            alone = _header_columns(visual_rows([e for r in rows[k:] for e in r if e.box and e.box.x0 >= cut]), True)
            if alone is not None and (rec is None or len(alone.rows) > len(rec.rows)):
                rec = alone
            break
    return rec


_SORT_MARK = re.compile(r"[▼▲▾▴↑↓⇅⌃⌄]")
_BRACKETED = re.compile(r"\([^()]*\)")  # a name's note ("Path (relative to root)")


def _header_columns(rows: list[list[Evidence]], proportional: bool = False) -> Records | None:
    """Monospaced output under a header in capitals (or in words, in a terminal's grid), each word placed in
    the column its x falls under: `top` and `ps` print numbers right-aligned under their names and OCR may
    drop a lone "0", so splitting at whitespace would shift every cell after it. The rows run from the header
    down to a row much shorter (a prompt). `proportional`: also a header in words over proportional print (a
    list view), the last resort when no whitespace split lines up (words are placed by their share of a piece)."""
    # (a sort arrow beside a column's name is no name: "due ▼")
    placed = [([w for w in row_words(r) if not _SORT_MARK.fullmatch(w[0])], r) for r in rows]
    mono: bool | None = None
    found: list[tuple[int, int, Records]] = []
    for k, (head, _) in enumerate(placed):
        row = rows[k]
        if not _caps_header(head):
            if not _worded_header(head):
                if not proportional or (row := _beside_sidebar(row)) is None:
                    continue
                head = row_words(row)  # a list's header with a sidebar's line to its left ("Folders (3)")
            mono = _monospaced(rows) if mono is None else mono
            if not mono and not proportional:
                continue  # a proportional table's header: the aligned reader places its cells first
            pieces = [(_SORT_MARK.sub("", e.value).strip(), e.box.x0, e.box.x1) for e in row if e.box is not None]
            if not mono and len(pieces) >= 3 and all(len(_BRACKETED.sub("", t).split()) <= 3 for t, _, _ in pieces):
                head = pieces  # a list view's names are set far apart: a piece OCR read whole is one ("Short Log")
        below: list[tuple[list[tuple[str, float, float]], list[Evidence]]] = []
        for words, r in placed[k + 1:]:
            if len(words) < len(head) - 3 or _caps_header(words) or _far_below(r, below[-1][1] if below else rows[k],
                                                                                   _gaps([b for _, b in below])):
                break  # a prompt, the next header, or a status bar under the list's empty space
            below.append((words, r))
        if len(below) < 2 or title_over(rows[k], [r for _, r in below]):
            continue
        cw = float(np.median([(x1 - x0) / len(t) for t, x0, x1 in head]))
        # (a sidebar's entries, wholly left of the first name, stand over no column: judged on the list's words)
        # (a word wholly left of the first name, a gap between, is a sidebar's beside the list: no cell, and it
        # stands over no column)
        listed = [(_beside_list(w, head[0][1], cw) if proportional else w, r) for w, r in below]
        listed = [(w, r) for w, r in listed if w]
        if not _caps_header(head) and not over_columns(head, [w for w, _ in listed], cw, proportional):
            # a menu bar's words ("File Actions Edit"), not names over the columns below; in proportional print
            # (a list view's header) the words are placed by share of their piece, so nearly all must stand over
            continue
        spans = _header_spans(head, [w for w, _ in below], cw)
        names_centred = not mono and centred(spans, [w for w, _ in below], cw)
        body = []
        for words, r in listed:
            cells: list[list[str]] = [[] for _ in spans]
            last: tuple[int, float] | None = None  # the previous word's column and right edge
            for (t, x0, x1), j in zip(words, columns_of(words, spans, cw, names_centred), strict=True):
                if last is not None and _UNIT.fullmatch(t) and x0 - last[1] < cw and cells[last[0]]:
                    j = last[0]  # a unit stays with its figure ("12.5 MB"), wherever a share placed it
                cells[j].append(t)
                last = (j, x1)
            body.append(Row([" ".join(c) for c in cells], [e.id for e in r]))
        spans, body = _two_word_names(spans, body, cw)
        figures_apart(body)
        rec = make_records("columns", [t for t, _, _ in spans], body)
        if rec is not None and len(spans) >= 3:
            if not name_header(rec.columns[rec.key].name):  # (a column headed "NAMES" names them already)
                rec.key = _naming_column(body, rec.key, {j for j, c in enumerate(rec.columns) if state_header(c.name)
                                                         or c.type in ("date", "number", "size", "money", "version")})
            rec.by_header = True
            found.append((k, k + len(below), rec))
    # A heading's or an address's capitalised words read as a header: a listing whose rows hold another
    # header is no listing (the one under that header is); of the rest, the largest.
    inner = [(k, end, rec) for k, end, rec in found if not any(k < k2 <= end for k2, _, _ in found)]
    return max((rec for _, _, rec in inner), key=lambda r: len(r.rows) * len(r.columns), default=None)
