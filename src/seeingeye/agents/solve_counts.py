"""Counting programs: how many rows, items, bullets, bars, people, pages, files in a state, or shapes; a
count a page prints itself ("overwrite 3 selected files?"); and running a typed answer program over the SIR.
Each returns ranked `Candidate`s for `solve.py`."""

from __future__ import annotations

import re

import numpy as np

from ..sir import SIR, Evidence
from ..textutil import parse_number, tokens
from . import record_counts as RC
from . import records as R
from .binned import binned_total
from .extract import Candidate
from .match import Matcher, token_match
from .outline import children
from .program import Count, ProgramError, execute
from .question import QuestionAnalysis
from .record_cleanup import QUANTITY_COLUMN
from .sequence import listed_under
from .structure import bill_items, body_rows, chart_points, list_items, series_names, table_shape
from .units import unit_dimension


def run_program(prog: object, sir: SIR, source: str, match: float = 0.8) -> list[Candidate]:
    try:
        out = execute(prog, sir)  # type: ignore[arg-type]
    except ProgramError:
        return []
    c = Candidate(out.answer, match, True, out.evidence_ids[:10], source, conf=out.confidence)
    c.extra["program_conf"] = out.confidence
    return [c]


# (the words are words: "48213 etl-loader" is a process id and its name, not a count)
_COUNTED = re.compile(r"(?<![\w.,])(?<!of )(\d{1,6})\s+((?:[A-Za-z][A-Za-z'-]*\s+){0,4}[A-Za-z][A-Za-z'-]*)(?!\w)")
_LEAD_WORD = re.compile(r"([A-Za-z]{3,})\s*$")
# "8 of 282 files could not be copied": 8 did what the words say, of 282 in all
_PART = re.compile(r"(?<![\w.,])(\d{1,6})\s+(?:of|out of)\s+(\d{1,6})\s+((?:[A-Za-z][\w-]*\s+){0,4}[A-Za-z][\w-]*)")


def printed_count(qa: QuestionAnalysis, sir: SIR, m: Matcher, floor: float = 0.6) -> tuple[int, list[str]] | None:
    """A count the page prints itself ("Permanently overwrite 3 selected files?", "12 unread messages"): the
    figure before the words that name what the question counts (matched at `floor` or better)."""
    # (with the word before the figure too: "collected 12 items" are the items collected)
    found = [(int(g.group(1)), f"{g.group(2)} {lead.group(1)}" if (lead := _LEAD_WORD.search(e.value[:g.start()]))
              else g.group(2), e.id) for e in sir.by_kind("text") for g in _COUNTED.finditer(e.value)]
    for e in sir.by_kind("text"):
        for g in _PART.finditer(e.value):
            noun = g.group(3).split()[0]
            found += [(int(g.group(1)), g.group(3), e.id), (int(g.group(2)), f"{noun} in total", e.id)]
            if int(g.group(2)) > int(g.group(1)):  # "copying 40 of 64 files": 24 not yet done
                found.append((int(g.group(2)) - int(g.group(1)), f"{noun} left (remaining, not yet done)", e.id))
    if not found:
        return None
    phrases = [words for _, words, _ in found]
    head = qa.target.split()
    # what is counted leads the target ("files does the dialog mention") or ends it ("is about how many
    # files"): match those words alone as well
    ends = {qa.target, " ".join(head[:1]), " ".join(head[:2]), " ".join(head[-1:]), " ".join(head[-2:])}
    sc = m.scores(qa.target, phrases)  # the whole target first ("files failed to copy" ~ "files could not be...")
    if sc.max() < 0.6:
        sc = np.max([m.scores(t, phrases) for t in ends if t], axis=0)
    if qa.condition:  # "how many disks are up" over "6 disks: 5 up": the figure the state word follows
        said = [p.split()[0].lower().strip(",;:") == qa.condition.lower() for p in phrases]
        sc = np.where(said, np.maximum(sc, 0.95), sc)
    k = int(sc.argmax())
    return (found[k][0], [found[k][2]]) if sc[k] >= floor else None


_QUANTITY_CELL = re.compile(r"\s*[\d,.]+\s*[^\W\d_]{0,6}\.?\s*")  # "12", "12 pcs": a quantity, not a line of text


def quantity_of(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """"How many points do Copper Lions have", "in 2024, how many boys signed up": a quantity printed at a row
    the question names word for word (and the column the rest names), or a chart's value at the category and
    series it names; not a tally of anything."""
    try:
        a = R.lookup_named(R.build(sir), qa.target, m)
        v = parse_number(a.value)
        if v is not None and v == int(v) and a.score >= 0.8 and _QUANTITY_CELL.fullmatch(a.value) \
                and not _repeated(R.build(sir), a):
            return Candidate(a.value.strip(), 0.5 + 0.4 * a.score, True, a.ids[:10], "cell_quantity", conf=0.8)
        if a.score >= 0.8 and (held := _held_entries(R.build(sir), a)) is not None:
            return Candidate(str(held), 0.5 + 0.4 * a.score, True, a.ids[:10], "entries", conf=0.75)
    except R.RecordsError:
        pass
    if (named := _quantity_named(qa, sir, m)) is not None:
        return named
    if (listed := _entries_listed(qa, sir)) is not None:
        return listed
    if (cell := _only_count_column(R.build(sir), qa.target)) is not None:
        return cell
    if qa.row and (pts := chart_points(sir)):
        labels = [f"{p.label} {p.series or ''}".strip() for p in pts]
        sc = m.scores(qa.target, labels)
        k = int(sc.argmax())
        named = R.norm_name(pts[k].label) == R.norm_name(qa.row)
        if named and sc[k] >= 0.6 and (v := pts[k].number) is not None and v == int(v):
            return Candidate(str(int(v)), 0.5 + 0.4 * float(sc[k]), True, [pts[k].id], "point_quantity", conf=0.8)
    return None


def _repeated(records: list[R.Records], a: R.Answer) -> bool:
    """The named row's name heads other rows too (two "etl-loader" processes): the question counts those rows,
    it does not read a figure off one of them."""
    rec = next((r for r in records if a.row in r.rows), None)
    name = R.norm_name(rec.label(a.row)) if rec is not None else ""
    return bool(name) and sum(R.norm_name(rec.label(r)) == name for r in rec.rows) >= 2  # type: ignore[union-attr]


def _entries(cell: str) -> list[str]:
    """The entries one cell lists, as the readers join them ("Boiler check; Call Ana")."""
    return [x for x in cell.split("; ") if x.strip()]


def _held_entries(records: list[R.Records], a: R.Answer) -> int | None:
    """How many entries the named row holds in its record's content column ("how many things on the 12th": the
    day's events, listed in one cell)."""
    rec = next((r for r in records if a.row in r.rows), None)
    if rec is None or rec.content is None or rec.columns[rec.content].name != a.column:
        return None
    return len(_entries(a.value))


def _entries_listed(qa: QuestionAnalysis, sir: SIR) -> Candidate | None:
    """"How many changes does 4.0.2 have": the entries of the release the question names as printed."""
    for rec in R.build(sir):
        if rec.kind != "releases":
            continue
        for row in rec.rows:
            if rec.label(row) and re.search(rf"(?<![\w.]){re.escape(rec.label(row))}(?![\w.])", qa.target):
                entries = _entries(row.cells[-1])
                return Candidate(str(len(entries)), 0.8, True, row.ids[:10], "entries", conf=0.75)
    return None


def _quantity_named(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """"How many hinges did we order": the figure in a quantity column on the row whose name shares a
    word (in any form) with what the question counts ("Hinge, brass 40mm")."""
    try:
        b = R.lookup(R.build(sir), qa.target, QUANTITY_COLUMN, m, want={"number"})
    except R.RecordsError:
        return None
    rec = next((r for r in R.build(sir) if b.row in r.rows), None)
    v = parse_number(b.value)
    if rec is None or v is None or v != int(v) or b.score < 0.45 or R.column_index(rec, QUANTITY_COLUMN, m)[1] < 0.8:
        return None
    asked = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", qa.target)]
    # (the row's name, or a name beside it: an item beside its code)
    names = [rec.label(b.row)] + [c for j, c in enumerate(b.row.cells) if j < len(rec.columns)
                                  and rec.columns[j].type == "name"]
    named = [w.lower() for n in names for w in re.findall(r"[A-Za-z]{3,}", n)]
    if not any(token_match(t, w) >= 0.8 for t in named for w in asked):
        return None
    return Candidate(b.value.strip(), 0.5 + 0.4 * max(b.score, 0.6), True, b.ids[:10], "cell_quantity", conf=0.8)


def _only_count_column(records: list[R.Records], phrase: str) -> Candidate | None:
    """The row the phrase names word for word, in a table with one column of whole numbers besides a running
    index ("how many units of Shade cloth 50%": its Qty; "how many 503s": a tally's count by its code), when no
    header was named well enough. A short name (a code of three figures) must be a word of the phrase of its
    own, plural or not; a longer one may run into the words around it."""
    words = R.norm_name(phrase)
    said = {R.norm_name(w) for t in re.findall(r"[\w./-]+", phrase.lower()) for w in (t, re.sub(r"(?:'s|s)$", "", t))}
    # (the narrowest structure first: wc's "figure name" rows before ls's, whose link counts are figures too)
    for rec in sorted(records, key=lambda r: len(r.columns)):
        if len(rec.rows) < 2 or rec.kind == "key_value":
            continue
        whole = [j for j, c in enumerate(rec.columns)
                 if c.type == "number" and j != rec.key and not R.numbers_rows(rec, j)]
        if len(whole) != 1:
            continue
        for row in rec.rows:
            named = [norm_name for j, c in enumerate(row.cells) if j < len(rec.columns) and
                     rec.columns[j].type == "name" and (norm_name := R.norm_name(c))]
            j = whole[0]
            v = parse_number(row.cells[j]) if j < len(row.cells) else None
            if any(nm in words if len(nm) >= 4 else nm in said for nm in named) and v is not None and v == int(v):
                return Candidate(row.cells[j].strip(), 0.75, True, row.ids[:10], "cell_quantity", conf=0.7)
    return None


def _row_measure(records: list[R.Records], entry: str, unit: str) -> Candidate | None:
    """"How many bytes is notes.txt": a unit counted of an entry a listing names word for word is the entry's
    cell in the listing's column of that dimension (sizes for bytes), not a count of anything."""
    # (any unit printed after a figure in the named row: "possibly lost: 32 bytes in 1 blocks")
    said = re.compile(rf"(?<![\w.,])(\d[\d,.]*)\s*{re.escape(unit.rstrip('s'))}s?\b", re.I) if len(unit) >= 3 else None
    for rec in records:
        row = next((r for r in rec.rows if R.same_name(rec.label(r), entry)), None)
        found = [m for j, c in enumerate(row.cells) if j != rec.key and said and (m := said.search(c))] if row else []
        if row is not None and len(found) == 1:
            return Candidate(found[0].group(1), 0.8, True, row.ids[:10], "cell_quantity", conf=0.75)
    if unit_dimension(unit) != "bytes":
        return None
    for rec in records:
        sizes = [j for j, c in enumerate(rec.columns) if c.type == "size"]
        row = next((r for r in rec.rows if R.same_name(rec.label(r), entry)), None)
        if sizes and row is not None and sizes[0] < len(row.cells) and row.cells[sizes[0]].strip():
            return Candidate(row.cells[sizes[0]].strip(), 0.8, True, row.ids[:10], "cell_quantity", conf=0.75)
    return None


_TALLY_FREE = ("objects", "items", "shapes", "bars", "slices", "series", "columns")
_FLIP = {"checked checkbox": "unchecked checkbox", "unchecked checkbox": "checked checkbox"}


def _switch_states(qa: QuestionAnalysis, sir: SIR) -> tuple[list[Evidence], list[str]]:
    """The page's switches (two or more) and the states the question's phrase says in the switches' own words
    ("on", "off"), in the order said."""
    toggles = [f for f in sir.by_kind("field") if f.attrs.get("control") == "toggle"]
    states = {f.value for f in toggles}
    said = [w for w in dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]+", qa.phrase or qa.target))
            if w in states]
    return (toggles, said) if len(toggles) >= 2 else ([], [])


def _switched(qa: QuestionAnalysis, sir: SIR) -> tuple[int, list[str]] | None:
    """The page's switches in the one state the question says."""
    toggles, said = _switch_states(qa, sir)
    if len(said) != 1:
        return None
    hits = [f for f in toggles if f.value == said[0]]
    return len(hits), [f.id for f in hits]


def switch_compare(qa: QuestionAnalysis, sir: SIR) -> Candidate | None:
    """"Is the count of heaters switched on above the count switched off": the page's switches counted in the
    two states the question's phrase says in the switches' own words, in the order said, compared the way the
    question leans."""
    toggles, said = _switch_states(qa, sir)
    if len(said) != 2 or not (qa.yesno or qa.intent == "count_compare"):
        return None
    a, b = (sum(f.value == st for f in toggles) for st in said)
    held = a < b if qa.relation == "less" else a > b
    return Candidate("yes" if held else "no", 0.8, True, [f.id for f in toggles][:10], "compare", conf=0.8)


def _tally(qa: QuestionAnalysis, counted: list[Evidence], what: str, m: Matcher) -> Evidence | None:
    """The printed tally that answers the count: "lines, per the status bar"; a tool's count ("number of
    checked checkboxes") for objects and items, when it names them well and clearly better than the others."""
    sc = m.scores(qa.target, [e.label or "" for e in counted])
    if what not in _TALLY_FREE:
        best = int(sc.argmax())
        return counted[best] if sc[best] >= 0.6 and counted[best].number is not None else None
    if what not in ("objects", "items"):
        return None
    # a status bar's tally ("5 tasks scheduled") answers only what it names well, not "tasks that failed"
    sc = np.where([e.attrs.get("role") == "status_bar" for e in counted], np.where(sc >= 0.6, sc, 0.0), sc)
    best = int(sc.argmax())
    # "items" names line items on a bill first; a tool's count must name them well to take over
    floor = 0.35 if what == "objects" else 0.5
    # the two states of one control are told apart by the analysis, not by how close "un-" scores
    # (nor is another wording of the same count)
    same = {str(counted[best].attrs["count_of"]), _FLIP.get(str(counted[best].attrs["count_of"]))}
    rivals = [s for i, s in enumerate(sc) if i != best and counted[i].attrs["count_of"] not in same]
    if sc[best] < floor or any(sc[best] - s < 0.05 for s in rivals):
        return None
    fact = counted[best]
    if _FLIP.get(str(fact.attrs["count_of"])) is not None:
        want = "unchecked checkbox" if asks_off(qa, m) else "checked checkbox"
        fact = next((e for e in counted if e.attrs["count_of"] == want), fact)
    return fact


# The two states of a box as people name them, for the matcher to weigh a question's words against.
_ON_STATE, _OFF_STATE = "checked, ticked, done, completed, finished", \
    "unchecked, unticked, open, not done yet, still to do, pending, remaining"


def asks_off(qa: QuestionAnalysis, m: Matcher) -> bool:
    """The count asks for boxes left empty: said so ("not ticked", "unchecked"), or in words that mean it far
    more than they mean done ("still open", "pending")."""
    if qa.negated or qa.wants_off:
        return True
    on, off = (float(v) for v in m.scores(qa.target, [_ON_STATE, _OFF_STATE]))
    return off - on >= 0.15


def _in_group(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> tuple[int, list[str]] | None:
    """The checkboxes of the group the question names by its heading, in the state asked (ticked, or not),
    when that group is named well and clearly better than any other."""
    boxes = [e for e in sir.by_kind("field") if e.attrs.get("control") == "checkbox" and e.attrs.get("group")]
    groups = sorted({str(e.attrs["group"]) for e in boxes})
    if not groups:
        return None
    sc = sorted(zip(m.scores(qa.target, groups), groups, strict=True), reverse=True)
    (best, name), second = sc[0], (sc[1][0] if len(sc) > 1 else 0.0)  # (one group, named: its boxes in that state)
    if best < 0.6 or best - second < 0.15:
        return None
    want = "unchecked" if asks_off(qa, m) else "checked"
    hits = [e for e in boxes if e.attrs["group"] == name and e.value == want]
    return len(hits), [e.id for e in hits]


def _without_noun(condition: str) -> str | None:
    """A condition of a state and the plural noun it qualifies ("beta testers", "paid invoices"), without
    the noun; None for one word."""
    words = condition.split()
    return " ".join(words[:-1]) if len(words) >= 2 and re.fullmatch(r"[a-z]{3,}s", words[-1]) else None


def count_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    what = qa.count_of
    shape = next((s for s in qa.shapes if s), None)
    colour = qa.colours[0] if qa.colours else None
    if what == "shapes":
        return run_program(Count(shape=shape, colour=colour), sir, "count_shapes")
    if binned := binned_total(qa, sir):
        return binned  # "how many weighed 12 kg or more": a histogram's bars past 12, added
    n: int | None = None
    ids: list[str] = []
    # (the entry tagged, or what the question says of the unit besides its frame: "bytes were possibly lost")
    entry = qa.condition or " ".join(tokens(qa.target.split(" ", 1)[-1], drop_stopwords=True)) if qa.head else ""
    if entry and (measured := _row_measure(R.build(sir), entry, qa.head)):
        return [measured]
    if what == "columns" and (shape_ := table_shape(sir)):
        n = shape_[1]
    elif what == "series":
        names = series_names(sir)
        n = len(names) if names else None
    elif what in ("bars", "slices"):
        pts = chart_points(sir)
        n, ids = (len({(p.label, p.series) for p in pts}), [p.id for p in pts]) if pts else (None, [])
    elif what == "people":
        objs = [e for e in sir.by_kind("object") if m.scores("person", [e.value])[0] > 0.6]
        n, ids = (len(objs), [e.id for e in objs]) if objs else (None, [])
    if n is None and what in ("objects", "items") and (switched := _switched(qa, sir)) is not None:
        n, ids = switched  # "how many lights are switched on": the switches in the state the question says
    counted = [e for e in sir.by_kind("number") if e.attrs.get("count_of") and e.label]
    # a figure the page labels with what is counted ("Active users 75,038", a spin box "Copies: 6")
    typed = [e for e in sir.by_kind("field", "key_value") if e.label and re.fullmatch(r"\d[\d,.\s]*", e.value.strip())]
    if n is None and what in ("objects", "items") and typed:
        # (with a condition, the tally labelled by it too: "3 overdue" beside "10 invoices" for the overdue ones)
        labels = [e.label or "" for e in typed]
        sc = np.maximum(m.scores(qa.target, labels), m.scores(qa.condition, labels)) if qa.condition else \
            m.scores(qa.target, labels)
        # (named outright, or clearly the one named: "how many days does the slider say" over the page's others)
        best = typed[int(sc.argmax())].value.strip()
        clear = all(e.value.strip() == best for e, s in zip(typed, sc, strict=True) if s > sc.max() - 0.3)
        # (a count with a condition takes no unconditioned tally by a looser match: "parts in Hardware")
        # (unless the label itself holds the condition's words: "how many days does the slider say")
        cond = R.norm_name(qa.condition or "")
        held = len(cond) >= 4 and cond in R.norm_name(typed[int(sc.argmax())].label or "")
        # (two tallies under one label that disagree, "passed 3" of files and "passed 41" of tests: neither)
        tied = {e.value.strip() for e, s in zip(typed, sc, strict=True) if s >= sc.max() - 0.02}
        # (a tool's tally that names the count better wins: "number of passed tests" over a printed "Tests: 51")
        told = float(m.scores(qa.target, [e.label or "" for e in counted]).max()) if counted else 0.0
        named = sc.max() >= 0.8 or sc.max() >= 0.65 and clear and (not qa.condition or held)
        if len(tied) == 1 and told <= sc.max() and named and (
                v := parse_number(typed[int(sc.argmax())].value)) is not None and v == int(v):
            n, ids = int(v), [typed[int(sc.argmax())].id]
    head = qa.head
    if n is None and counted and (tally := _tally(qa, counted, what, m)) is not None and float(
            m.scores(qa.target, [tally.label or ""])[0]) >= 0.9:
        # a tool's tally named outright ("number of skipped tests" for "tests skipped") before rows that merely
        # print the noun: a test run's lines all say "test"
        n, ids = int(tally.number or 0), [tally.id]
    if n is None and what in ("objects", "items") and head and (nested := children(sir, head, m)) is not None:
        n, ids = len(nested[0]), nested[1]  # "how many queues are declared": the keys under `queues:`
    by_ext = RC.count_by_extension(R.build(sir), qa.target) if what in ("objects", "items", "rows") else None
    if n is None and by_ext:
        n = by_ext[0]  # "how many PDFs are in Scans": names ending in .pdf, not the folder's printed tally
    if n is None and what in ("objects", "items", "rows") and qa.head and (
            named := RC.count_named(R.build(sir), qa.head)) is not None and named >= 2:
        n = named  # "how many kiln-agent processes": rows naming it (one row's figure would be no tally)
    if n is None and what == "objects" and qa.condition and not qa.negated and (
            held := RC.count_holding(R.build(sir), qa.condition)):
        n = held if held >= 2 else None  # "songs by Nadia Roe": rows whose artist reads her name, not a figure
    if n is None and what == "objects" and (figure := quantity_of(qa, sir, m)) is not None:
        return [figure]
    if n is None and what in ("lines", "rows", "items") and qa.condition and (
            printed := _only_count_column(R.build(sir), qa.target)) is not None:
        return [printed]  # "how many lines does ledger.csv have": wc's figure on that file's row
    if n is None and what in ("objects", "items") and (grouped := _in_group(qa, sir, m)) is not None:
        n, ids = grouped  # "how many genres are ticked": the boxes under the heading the question names
    if n is None and counted and (tally := _tally(qa, counted, what, m)) is not None:
        n, ids = int(tally.number or 0), [tally.id]
    objs = sir.by_kind("object")
    if n is None and what == "objects" and objs:  # a photo: the detected objects the noun names
        sc = m.scores(qa.target, [e.value for e in objs])
        hits = [e for e, s in zip(objs, sc, strict=True) if s > 0.5]
        n, ids = len(hits), [e.id for e in hits]
    if n is None and qa.relation and (dated := RC.count_dated(R.build(sir), qa.target, qa.relation == "greater", m)):
        n, ids = dated  # "how many parcels left after 2 June 2024": a date column against the printed date
    # (the threshold the condition holds, its comparing word tagged with it or not: "over $100" is $100)
    figure = re.search(r"[-−]?[$€£¥]?\s?\d[\d,.]*\s?(?:%|[A-Za-z]{1,3}\b)?", qa.condition or "")
    limit = figure.group(0).strip() if figure and qa.relation and parse_number(figure.group(0)) is not None else None
    if n is None and limit is not None and (beyond := RC.count_beyond(
            R.build(sir), qa.target, limit, qa.relation == "greater", m)) is not None:
        n, ids = beyond  # "how many file systems are over 80% used": a column's figures past a threshold
    if n is None and qa.relation and qa.condition and limit is None and (against := RC.count_against_column(
            R.build(sir), qa.condition, qa.relation == "greater", m)) is not None:
        n, ids = against  # "parts under their minimum level": each row's stock against its own minimum
    if n is None and qa.sign is not None and (signed := RC.count_signed(R.build(sir), qa.target, qa.sign, m)):
        n, ids = signed  # "how many rose": the rows whose change points up
    # "ERROR lines": rows of a log in a state; "people in Marketing": rows of a staff list in a state
    if n is None and what in ("objects", "rows", "items", "lines", "people"):
        recs = R.build(sir)  # rows in a state the question names: "directories", "offline printers"
        head = qa.head  # what is counted leads the target ("subfolders are in Invoices")
        # the condition's state and the rows holding its words, read once; a condition that names neither ("this
        # month" of a month's calendar) conditions nothing
        in_state = RC.count_matching(recs, qa.condition, m) if qa.condition else None
        held = RC.count_holding(recs, qa.condition) if qa.condition else None
        if qa.condition and not (in_state or held) and (bare := _without_noun(qa.condition)):
            # "beta testers": the rows hold the state ("Ines (beta)"), the noun is what they are
            held = RC.count_holding(recs, bare) or None
        if not (in_state or held) and (entries := RC.count_entries(recs, head, m)) is not None:
            n = entries  # "how many commits": the entries of the history shown
        elif not qa.condition and (entries := RC.count_headed(recs, head, m)) is not None:
            n = entries  # "how many looms": the rows under a column headed "loom"
        elif qa.negated and qa.condition and (hit := RC.count_matching(recs, qa.condition, m, negated=True)):
            n = hit[0]  # "pods that aren't Running": the rows in any other state
        elif hit := (RC.count_matching(recs, qa.target, m) or in_state
                     or (head != qa.target and RC.count_matching(recs, head, m))):
            n = hit[0]
        elif held:
            n = held  # "emails Marta Kowalska sent": rows whose sender reads her name
        elif not qa.condition and (parted := RC.count_name_part(recs, head)) is not None:
            n = parted  # "how many loader processes": the rows whose name holds the word (etl-loader)
        elif qa.condition and RC.state_absent(recs, qa.condition, m):
            n = 0  # "servers that are down" where every state is Up or Degraded
        elif qa.condition and not (in_state or held) and (entries := RC.count_headed(recs, head, m)) is not None:
            n = entries  # "how many packages are outdated" over `outdated`'s listing: a state no row prints
    if n is None and what in ("objects", "items") and len(under := listed_under(qa.target, sir, m, 0.75)) >= 2:
        n, ids = len(under), [e.id for e in under]  # "how many compilers are installed": a list's heading names it
    # (items are counted on the page unless it prints their tally in the question's words: "4 new" for "how
    # many new messages", which a list read in part would undercount)
    if n is None and what in ("objects", "items") and (
            printed := printed_count(qa, sir, m, 0.6 if what == "objects" else 0.8)):
        n, ids = printed
    if n is None and not (what == "objects" and sir.by_kind("shape")):
        # A document: table rows (without summary rows), priced lines, or list items — in the order the
        # noun suggests ("bullets" are list items first, "items" on a bill are its priced lines).
        rows, bills, listed = body_rows(sir), bill_items(sir), list_items(sir)
        order = {
            "bullets": (listed, rows, bills), "items": (bills, listed, rows), "rows": (rows, listed, bills),
        }.get(what or "", (rows, bills, listed))  # fmt: skip
        for group in order:
            if len(group) >= 2:
                n = len(group)
                ids = [e.id for e in group if not isinstance(e, str)]
                break
    if n is None:
        return run_program(Count(shape=shape, colour=colour), sir, "count_shapes", 0.4)
    return [Candidate(str(n), 0.8 if n else 0.4, True, ids[:10], f"count_{what}")]
