"""One structure for everything tabular: tables (incl. spreadsheet grids), whitespace-aligned command
output (ls -l, df -h, du, ps, git log --oneline), key: value blocks, lists, tables of contents and chart
facts become `Records` — rows of cells under inferred headers with a type per column (name, size, date,
money, status, number, version, text).

Programs over them take explicit arguments, never the question text: `lookup(records, row, column)`,
`nth(records, n)`; extremes are in `record_extremes.py`, counts in `record_counts.py`. Rows and
columns are matched to the given query strings semantically (`match.Matcher`), sizes compare by bytes
(1.2G > 900M) and dates chronologically."""

from __future__ import annotations

import re

import numpy as np

from ..textutil import parse_number
from .cues import common_word
from .match import Matcher
from .record_sources import build
from .row_names import cuts_short, named_by_figures, truncated
from .tabular import (
    Answer,
    Column,
    ColumnType,
    Records,
    RecordsError,
    Row,
    bracketed_states,
    cell_type,
    column_type,
    norm_name,
    size_bytes,
    sort_key,
)
from .types import typed_span

__all__ = ["Answer", "Column", "ColumnType", "Records", "RecordsError", "Row", "build", "cell_type",
           "column_index", "column_type", "lookup", "row_named", "size_bytes",
           "sort_key"]

def _matcher(m: Matcher | None) -> Matcher:
    return m or Matcher()


# What an unnamed column of a type holds, in the words questions use for it.
_TYPE_WORDS = {"money": "price amount cost money", "size": "size", "date": "date time", "number": "number value",
               "version": "version", "status": "status state"}


def _column(rec: Records, query: str, m: Matcher, want: set[str] | None = None,
            exclude: int | None = None) -> tuple[int, float]:
    """The column the query names (its header, else its type: 'size' finds the sizes of ls -l)."""
    texts = [f"{c.name}" if not c.name.startswith("column ") else _TYPE_WORDS.get(c.type, c.type)
             for c in rec.columns]
    sc = m.scores(query, texts)
    # what a column's measures are ("40.9 KiB" is a size): "how big" finds "Original Size" too
    measured = [f"{t} ({c.measure})" if c.measure else t for t, c in zip(texts, rec.columns, strict=True)]
    if measured != texts:
        sc = np.maximum(sc, m.scores(query, measured))
    sc = np.maximum(sc, _gloss_scores(query, texts, m))
    if named_by_figures(rec):  # columns named by figures ("7-9", "2024") are said as printed or not at all
        said = said_columns(rec, query)
        sc = np.array([max(float(x), 0.9) if j in said else min(float(x), 0.3) if j != rec.key else float(x)
                       for j, x in enumerate(sc)])
    ranked = sorted(range(len(texts)), key=lambda j: -sc[j])
    for j in ranked:
        if (want is None or rec.columns[j].type in want) and j != exclude:
            return _lost_name(rec, query, j), float(sc[j])
    raise RecordsError(f"no column for {query!r}")


_GLOSSED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+,[^()]+)\)$")


def _gloss_scores(query: str, texts: list[str], m: Matcher) -> np.ndarray:
    """A column named with the words it goes by ("message (subject, description, title)"): named by any one of
    them as well as by the whole."""
    alts = [(j, w.strip()) for j, t in enumerate(texts) if (g := _GLOSSED.match(t))
            for w in [g.group("name"), *g.group("gloss").split(",")] if w.strip()]
    out = np.zeros(len(texts))
    if alts:
        for (j, _), x in zip(alts, m.scores(query, [w for _, w in alts]), strict=True):
            out[j] = max(out[j], float(x))
    return out


def names_column(rec: Records, words: str, m: Matcher, want: set[str] | None = None, floor: float = 0.75) -> bool:
    """The words name one of the structure's columns (of the wanted types) outright."""
    try:
        return _column(rec, words, m, want)[1] >= floor
    except RecordsError:
        return False


def _lost_name(rec: Records, query: str, j: int) -> int:
    """A chart whose legend lost one series' name ("series 1" beside "Men"): a name asked for that shares
    no word with the named series ("Women") is the lost one, however close their meanings."""
    lost = [k for k, c in enumerate(rec.columns) if re.fullmatch(r"series \d+", c.name)]
    if len(lost) != 1 or re.fullmatch(r"series \d+|label|value", rec.columns[j].name):
        return j
    asked, named = set(query.lower().split()), set(rec.columns[j].name.lower().split())
    return lost[0] if len(query.split()) <= 2 and not asked & named else j


def _row(rec: Records, query: str, m: Matcher) -> tuple[Row, float]:
    """The row the query names: by its key cell; else by another of its cells ("/home" is df's mount point,
    "redis" the start of a command); else by its place ("row 4"); else the best match of its key."""
    query = re.sub(r"(?<=\w)['’]s\b", "", query)  # "Kwame's mail": the row of Kwame
    q = norm_name(query)
    exact = [r for r in rec.rows if norm_name(rec.label(r)) == q]
    if exact:
        return exact[0], 1.0
    # the row's whole name among other words the span caught ("Millbrook Albion given")
    words = {norm_name(t) for t in query.split()}
    whole = [r for r in rec.rows if len(lab := rec.label(r).split()) >= 2 and {norm_name(t) for t in lab} <= words]
    if len(whole) == 1:
        return whole[0], 0.95
    # a name among other words the span caught ("budget.ods KB"): the one row a word of it names exactly
    named = {id(r): r for t in query.split() if len(norm_name(t)) >= 3 for r in rec.rows
             if norm_name(rec.label(r)) == norm_name(t)}
    if len(named) == 1:
        return next(iter(named.values())), 0.9
    # a code among other words ("code QX-224", "order 20417"): the one row another of its cells holds exactly
    coded = {id(r): r for t in query.split() if _code_like(w := norm_name(t)) for r in rec.rows
             if any(norm_name(c) == w for c in r.cells)}
    if len(coded) == 1:
        return next(iter(coded.values())), 0.88
    # a number that ids the row in the first column, the key a name beside it ("ticket 733": Ticket | Subject)
    ids = [r for r in rec.rows
           if rec.key != 0 and r.cells and len(q) >= 2 and q.isdigit() and norm_name(r.cells[0]) == q]
    if len(ids) == 1:
        return ids[0], 0.88
    if (held := _by_column_value(rec, query)) is not None:
        return held, 0.9
    # a row named short, as a chart's axis or a calendar prints it: "Mar" for March, "Wed" for Wednesday
    short = {id(r): r for t in query.split() if len(w := norm_name(t)) >= 4 for r in rec.rows
             if cuts_short(norm_name(rec.label(r)), w)}
    if len(short) == 1:
        return next(iter(short.values())), 0.85
    # a person by one of their names ("the mail from Aisha": the row whose sender is Aisha Khan); an everyday
    # English word ("Team" of "Choose Team") is no one's name
    called = {id(r): r for t in query.split() if len(w := norm_name(t)) >= 3 and not common_word(w) for r in rec.rows
              for j, c in enumerate(r.cells) if j < len(rec.columns) and rec.columns[j].type != "status"
              and 2 <= len(c.split()) <= 4 and w in {norm_name(x) for x in c.split()} and typed_span(c, "person")}
    if len(called) == 1:
        return next(iter(called.values())), 0.85
    for hit, score, keyed in ((lambda c: norm_name(c) == q, 0.95, True),
                              (lambda c: len(q) >= 3 and norm_name(c).startswith(q), 0.85, True),
                              # a part of a path beside the row's name ("postgres": /var/lib/postgresql)
                              (lambda c: len(q) >= 4 and " " not in c.strip()
                               and any(p.startswith(q) for p in re.split(r"[\W_]+", c.lower())),
                               0.6, False)):
        # a state ("Offline") names no row: rows in a state are `rows_where`'s
        named = [j for j, c in enumerate(rec.columns) if c.type != "status" and (keyed or j != rec.key)]
        rows = [r for r in rec.rows if any(hit(r.cells[j]) for j in named if j < len(r.cells))] \
            if q and not q.isdigit() else []
        if len(rows) == 1:
            return rows[0], score
    place = re.fullmatch(r"(?:row\s*|#\s*)?(\d{1,3})", query.strip(), re.I)
    if place:  # a sheet's own row numbers first (its header is row 1), else the n-th row under the header
        n = place.group(1)
        numbered = [r for r in rec.rows if rec.columns[0].name == "row" and r.cells[0] == n]
        if numbered or 1 <= int(n) <= len(rec.rows):
            return (numbered or rec.rows)[0 if numbered else int(n) - 1], 0.9
    sc = m.scores(query, [rec.label(r) or " ".join(r.cells) for r in rec.rows])
    i = int(sc.argmax())
    return rec.rows[i], float(sc[i])


def _by_column_value(rec: Records, query: str) -> Row | None:
    """A column named and then its value ("shard 2", "pid 4120"): the one row whose cell in that column is
    the value (the key column holds no such figure, so the key alone finds no row)."""
    toks = [norm_name(t) for t in query.split()]
    for name, value in zip(toks, toks[1:], strict=False):
        if len(name) < 2 or not value:
            continue
        for j, col in enumerate(rec.columns):
            if name != norm_name(col.name) and name not in {norm_name(w) for w in re.split(r"[\s_/-]+", col.name)}:
                continue
            rows = [r for r in rec.rows if j < len(r.cells) and norm_name(r.cells[j]) == value]
            if len(rows) == 1:
                return rows[0]
    return None


def _code_like(word: str) -> bool:
    """An identifier rather than a word or a small figure: letters with digits, or four digits or more."""
    return any(ch.isdigit() for ch in word) and (any(ch.isalpha() for ch in word) and len(word) >= 3
                                                 or len(word) >= 4)


def column_index(rec: Records, query: str, matcher: Matcher | None = None) -> tuple[int, float]:
    """The index of the column the query names in one table, and how well it names it."""
    return _column(rec, query, _matcher(matcher))


def row_named(rec: Records, query: str, matcher: Matcher | None = None) -> tuple[Row, float]:
    """The row of one table the query names (its key cell), and how well it names it."""
    return _row(rec, query, _matcher(matcher))


def whole_label(records: list[Records], row: str, phrase: str) -> str:
    """The tagged row, or the longer run of the phrase's words that starts with it and is a row's whole name
    ("cache" of "says cache remove merge test", where one entry reads "Cache remove merge test")."""
    words, tagged = phrase.split(), row.split()
    n = len(tagged)
    labels = {norm_name(r.label(w)) for r in records if r.kind != "key_value" for w in r.rows}
    for i in range(len(words) - n + 1):
        if [w.lower() for w in words[i:i + n]] != [w.lower() for w in tagged]:
            continue
        longer = [" ".join(words[i:j]) for j in range(len(words), i + n, -1)]
        return next((x for x in longer if norm_name(x.strip(" ?!.'\"")) in labels), row)
    return row


FIGURE_TYPES = ("number", "money", "size", "percent")


def printed_name(name: str) -> re.Pattern[str] | None:
    """A column's name as a whole word or phrase of a question ("Q1" in "Iberia Q1"), any case; None when too
    short to be said."""
    name = name.strip()
    # a unit after the name may go unsaid: "the largest fee" names "Fee EUR", "weight" "Weight (kg)"
    core = _UNIT_AFTER.sub("", name)
    if len(core) >= 2 and core != name:
        return re.compile(rf"(?<!\w){re.escape(core)}(?:\s*{re.escape(name[len(core):].strip())})?(?!\w)", re.I)
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I) if len(name) >= 2 else None


_UNIT_AFTER = re.compile(r"(?:\s+(?-i:[A-Z]{3})|\s*\([^()]{1,8}\))$")  # "Fee EUR", "Weight (kg)", "Time (s)"


def said_columns(rec: Records, text: str, figures_only: bool = False) -> list[int]:
    """The columns, not the rows' names, that the text names word for word (of figures only, when asked)."""
    return [j for j, c in enumerate(rec.columns) if j != rec.key and (p := printed_name(c.name)) is not None
            and p.search(text) and (not figures_only or c.type in FIGURE_TYPES)]


_LOOKALIKE = str.maketrans("lio", "110")


def same_name(a: str, b: str) -> bool:
    """Two names the same whatever OCR made of the glyphs that look alike ("report_ql.pdf" is report_q1.pdf)."""
    x, y = norm_name(a), norm_name(b)
    return x == y or bool(x) and x.translate(_LOOKALIKE) == y.translate(_LOOKALIKE)


def lookup(records: list[Records], row_query: str, column_query: str | None = None,
           matcher: Matcher | None = None, want: set[str] | None = None) -> Answer:
    """The cell at the row the first query names and the column the second names (the value column of a
    key: value block when there is no second query), among columns of the wanted types if given."""
    m = _matcher(matcher)
    best: Answer | None = None
    for rec in records:
        if column_query and len(rec.columns) < 2:
            continue  # a bare list of names holds no cell beside the name a question gives
        row, rs = _row(rec, row_query, m)
        if column_query:
            try:
                j, cs = _column(rec, column_query, m, want)
            except RecordsError:
                continue
        by_key = any(len(w := norm_name(t)) >= 2 and w in norm_name(rec.label(row)) for t in row_query.split())
        if column_query and j == rec.key and not by_key and cs >= 0.5:
            # the question names the key column (a mail's subject, asked of the row its sender names), unless it
            # names another nearly as well ("which gate is the Split flight at": GATE, not FLIGHT)
            try:
                k, ck = _column(rec, column_query, m, want, exclude=rec.key)
            except RecordsError:
                k, ck = j, 0.0
            j, cs = (k, ck) if ck >= cs - 0.15 else (j, cs)
        elif not column_query or j == rec.key:  # the row's own name is what the question gave, not its value
            j, cs = next(((k, 0.5) for k in range(len(rec.columns) - 1, -1, -1) if k != rec.key), (rec.key, 0.3))
        if j >= len(row.cells):
            continue
        a = Answer(row.cells[j], row, rec.columns[j].name, rs * (0.5 + 0.5 * cs), row.ids)
        if norm_name(a.value) == norm_name(row_query) and rec.label(row):  # the row was named by this very cell
            a = Answer(rec.label(row), row, rec.columns[rec.key].name, a.score, row.ids)  # ("status Offline")
        if best is None or a.score > best.score:
            best = a
    if best is None:
        raise RecordsError(f"no row for {row_query!r}")
    return best


def holding(records: list[Records], text: str) -> Answer:
    """The one row that holds a quoted text in a cell other than its name ("which version has the 'Faster PDF
    rendering' entry": the release whose changes list it), answered by its name."""
    want = norm_name(text)
    hits = [(rec, r) for rec in records for r in rec.rows if want and len(want) >= 4
            and any(want in norm_name(c) for j, c in enumerate(r.cells) if j != rec.key)]
    # (one entry, though several readings of the page hold its row)
    if len({norm_name(rec.label(r)) for rec, r in hits}) != 1:
        raise RecordsError(f"no single row holds {text!r}")
    rec, row = hits[0]
    return Answer(rec.label(row), row, rec.columns[rec.key].name, 0.9, row.ids)


_STEM = re.compile(r"^([A-Za-z]{2,}(?:[-_][A-Za-z]{2,})+)[-_](?=[\w-]*\d)[\w-]+$")


def lookup_named(records: list[Records], query: str, matcher: Matcher | None = None) -> Answer:
    """The cell where a row and a column both named somewhere in one phrase meet ("Central's April number"):
    the row whose name appears in the phrase word for word, the column whose header the rest names."""
    m = _matcher(matcher)
    # "the 21st" names the row "21" (a calendar's day)
    words = [re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", w) for w in re.findall(r"[\w/.-]+", query.replace("'s ", " "))]
    best: Answer | None = None
    said = words
    for rec in records:
        if len(rec.rows) < 2 or len(rec.columns) < 2 or rec.kind == "key_value":
            continue
        words = truncated(said, [rec.label(r) for r in rec.rows])
        for row in rec.rows:
            # a row is named by its key, or by any other cell of words ("Syringe 5ml" beside its SKU)
            names = [rec.label(row)] + [c for j, c in enumerate(row.cells) if j < len(rec.columns)
                                        and j != rec.key and rec.columns[j].type == "name"]
            # a generated name goes by its words ("thumb-worker-5c9d7b8f6-q2xkp", a pod: "thumb worker")
            names += [st.group(1) for st in [_STEM.match(rec.label(row))] if st]
            span = next((sp for nm in names if (sp := norm_name(nm)) and any(
                norm_name("".join(words[k:k + n])) == sp for k in range(len(words)) for n in range(1, 7))), None)
            if span is None:
                continue
            rest = " ".join(w for w in words if norm_name(w) not in span)
            try:
                j, cs = _column(rec, rest, m)
            except RecordsError:
                continue
            if len(rec.columns) == 2:  # two columns: a figure beside a name is what is asked ("how big is podcasts")
                j = 1 - rec.key
                if rec.columns[j].type not in _ORDERED and rec.kind != "assignments":
                    continue  # two columns of words side by side are a layout's guess, not a listing
            if cs < 0.6 and rec.content is not None:  # no column named well: the row's content
                j, cs = rec.content, 0.6
            # a column named fairly and far better than the rest ("total renewable generation": the total)
            # (a chart's series are named by axis titles and legends, which a question paraphrases: "cost"
            # for "Cost (EUR)"; among its measures a lead suffices)
            margin = _margin(rec, rest, m)
            clear = ((cs >= 0.3 and margin >= 0.15) or (rec.kind == "chart" and cs >= 0.1 and margin >= 0.05)) \
                and j < len(row.cells) and not echoes(row.cells[j], rest)
            if j != rec.key and (cs >= 0.6 or clear or len(rec.columns) == 2) and j < len(row.cells) and row.cells[j]:
                a = Answer(row.cells[j], row, rec.columns[j].name, 0.5 + 0.5 * cs, row.ids)
                if best is None or a.score > best.score:
                    best = a
    if best is None:
        raise RecordsError(f"no row and column named in {query!r}")
    return best


_ORDERED = {"size", "date", "money", "number", "version"}


def echoes(value: str, query: str) -> bool:
    """The cell repeats a word of the query: a label read as a value ("Area (km²)"), not an answer."""
    return bool({w.lower() for w in re.findall(r"[A-Za-z]{4,}", value)}
                & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", query)})


def _margin(rec: Records, query: str, m: Matcher) -> float:
    """How far the column the query names best leads the next best."""
    sc = sorted((float(x) for x in m.scores(query, [c.name for c in rec.columns])), reverse=True)
    return sc[0] - sc[1] if len(sc) >= 2 else sc[0] if sc else 0.0



def numbers_rows(rec: Records, j: int) -> bool:
    """Column j counts the rows 1, 2, 3... in order (a "#" column, a playlist's running index, "3."); a few
    numbers may be missing (OCR read "10" with the cell beside it), none out of place."""
    vals = [parse_number(r.cells[j].rstrip(".")) if j < len(r.cells) and r.cells[j].strip() else None
            for r in rec.rows]
    filled = [(k, v) for k, v in enumerate(vals) if v is not None]
    return len(filled) >= max(2, 0.75 * len(vals)) and all(v == k + 1 for k, v in filled)


def _numbering(rec: Records) -> int | None:
    """The running-index column of three rows or more, if any."""
    return next((j for j in range(len(rec.columns)) if len(rec.rows) >= 3 and numbers_rows(rec, j)), None)


_STATE_GLOSS = {"up": "running, active, online", "exited": "stopped, finished, crashed, dead",
                "created": "not started yet", "paused": "suspended, on hold", "dead": "stopped, crashed",
                # (the states `tools/status_marks.py` reads off a mark's colour, said by that colour too)
                "passed": "succeeded, successful, green, ok", "failed": "failure, error, red, broken",
                "skipped": "not run, cancelled, grey", "warning": "amber, yellow"}


def _state_named(records: list[Records], query: str, m: Matcher, floor: float,
                 margin: float) -> tuple[Records, int, str] | None:
    """The status value the query names, clearly better than its column's other values: (records, column,
    value), the best over every status column."""
    best: tuple[tuple[float, int, int], Records, int, str] | None = None
    for rec in records:
        for j, col in enumerate(rec.columns):
            if col.type != "status":
                continue
            values = sorted({r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j]})
            leads = sorted({v.split()[0] for v in values})
            # "Up 9 days", "Up 1 hour": the state is "Up"; "Up 1 hour (throttled)" is in a state of its own too
            # (one lead for all, "Node ready" and "Node drained", names no state: the words after it do)
            values = leads + bracketed_states(values) if 2 <= len(leads) < len(values) else values
            if len(values) < 2:
                continue
            # (a state the query prints word for word is named outright: "cards still to do" names "To do")
            said = [float(len(v) >= 4 and re.search(rf"(?<!\w){re.escape(v.strip('()').lower())}(?!\w)",
                                                    query.lower()) is not None) for v in values]
            glossed = [f"{v} ({_STATE_GLOSS[v.lower()]})" if v.lower() in _STATE_GLOSS else v for v in values]
            sc = sorted(zip(np.maximum(m.scores(query, glossed), said), values, strict=True), reverse=True)
            (s0, value), s1 = sc[0], sc[1][0]
            # on a tie, the structure holding the state on more rows (one that lost a row or misread a cell holds
            # it on fewer), then the one with more columns (it split the same lines more finely)
            held = sum(1 for r in rec.rows if j < len(r.cells) and r.cells[j].split()[:1] == value.split()[:1])
            key = (float(s0), held, len(rec.columns))
            if s0 >= floor and s0 - s1 >= margin and (best is None or key > best[0]):
                best = (key, rec, j, value)
    return None if best is None else best[1:]
