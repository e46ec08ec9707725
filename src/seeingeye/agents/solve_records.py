"""Solving with the records structure and the executor's explicit arguments, kept apart from `solve.py`'s
question-reading parts (which the understanding work rewrites). Each function takes what the analysis
already holds (operator, target, quoted span, optional `round_to` / `unit` / `from_unit` / `step` /
`arith == "subtract"` fields once the analysis provides them) and never searches the question again."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from ..sir import SIR, Evidence
from ..textutil import parse_number, tokens
from . import record_counts as RC
from . import record_extremes as RX
from . import record_positions as RP
from . import records as R
from .diagnostics import first_error
from .extract import STRONG_TYPES, Candidate
from .flags import flagged_rows
from .match import Matcher
from .matrix import row_extreme
from .question import QuestionAnalysis
from .row_cells import acted_row, also_cell, names_person
from .types import has_type, typed_span
from .units import finish, implied_type

_PRINTED_TYPES = ("date", "time", "email", "phone", "url", "version", "code")
def signed(qa: QuestionAnalysis) -> int:
    """+1 when the question subtracts (first minus second, signed: the `subtract` intent), 0 for an unsigned
    gap ("difference between"). The operands are already in order: the tagger marks the minuend `a` and the
    subtrahend `b` however the question words it ("subtract B from A")."""
    return int(qa.arith == "subtract")


def finish_numbers(qa: QuestionAnalysis, cands: list[Candidate]) -> None:
    """Round numeric answers to the places the question asks for (`qa.round_to`)."""
    if qa.round_to is None:
        return
    for c in cands:
        c.answer = finish(c.answer, qa.round_to)


_TIME_RANGE = re.compile(r"(?i)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?")
_TYPED_COLUMNS = ("date", "money", "version")  # answer types that are also column types
_CODE_ONLY = re.compile(r"[A-Za-z]{1,4}[-_/]\d+")  # a catalogue code ("ZK-4410"): its figures are no number
_NAMED_EXACTLY = 0.95  # a lookup's score when both the row and the column are named as printed


def _of_diagnostics(qa: QuestionAnalysis) -> bool:
    """A look-up a page's first error may answer: its message or code, or a figure of its place (its line)
    when the question is about an error or names no column of its own."""
    return qa.answer_type in ("error", "code") or (qa.answer_type == "number" and (qa.intent == "error" or
                                                                                   not qa.column))


def record_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """Programs over records for the operators that need structure: the cell at a named row and column,
    extremes over any column (command output included), n-th / latest rows. (The entry next to a named
    one is `sequence.next_after`, for the `next` operator.)"""
    recs = R.build(sir)
    if not recs:
        return []
    try:
        if qa.operator == "lookup" and qa.row and qa.column:  # the cell a named row and column meet
            a = _tagged_or_named(recs, qa, m)
            if a.score < 0.5:
                return []
        elif qa.operator in ("lookup", "nth") and qa.quoted and not qa.row:
            a = _quoted_row(recs, qa, m)  # the row that holds the quoted entry ("when was 'X' sent"): no ordinal
        elif qa.operator == "lookup" and qa.nth and qa.nth > 0 and len(_unplaced(qa.target)) <= 1:
            a = RP.nth(recs, qa.nth, None, m, qa.answer_type)  # "who's in 5th place": the entry at that place
        elif qa.operator == "lookup" and _of_diagnostics(qa) and (
                a := first_error(recs, qa.target, m, qa.answer_type)):
            pass  # "why won't it build": the first diagnostic of severity error, its message (or its code, its line)
        elif qa.operator == "lookup" and qa.answer_type == "person" and (a := acted_row(recs, qa, m)) is not None:
            pass  # "who updated the auth docs": the entry whose message says so, by its author
        elif qa.operator == "lookup" and qa.answer_type in ("text", "option") and not qa.row and (
                a := flagged_rows(recs, qa.target, m)) is not None:
            pass  # "which field is mandatory": the rows a yes/no column marks yes
        elif qa.operator == "lookup" and qa.target:  # both named, but the analysis tagged neither
            a = _named_row(recs, qa, m)
        elif qa.operator in ("max", "min"):
            head = qa.head or None  # "which mount ...": what is asked for
            a = _extreme(recs, qa, m, head)
        elif qa.operator == "nth" and qa.row and qa.column and (a := _named_cell(recs, qa, m)) is not None:
            pass  # "the latest commit on hotfix/x": the row is named; "latest" is what its cell holds
        elif qa.operator == "nth" and not qa.row and (a := _cell_named_whole(recs, qa, m)) is not None:
            pass  # "the latest version of eslint": a row printed as named, and a column headed "Latest"
        elif qa.operator == "nth" and qa.nth is not None:
            # "the newest file" orders by date; "the third commit" and "the last one" by position
            # "the second newest commit": the second by date ("the last" of a log is its oldest by position)
            dated = qa.intent in ("latest", "earliest") and qa.nth >= -1
            n = qa.intent if dated else (qa.nth if qa.nth > 0 else "last")
            # no column tagged: the target may still name one ("the last code in the list"); by date it names
            # the ordering column, and the answer is still the entry's name
            # by date, a name asked for is the column its noun names ("which client got the latest invoice")
            # (a column of names: "started" names a Start date, "file" a type column's "file")
            named = qa.head if qa.answer_type in ("text", "option") and any(
                R.names_column(r, qa.head, m, {"name"}) for r in recs if r.kind != "key_value") else None
            # "the newest file" of a listing of files and folders: among the rows its type column calls files
            where = qa.condition or (qa.head if dated and qa.head != qa.target else None)
            a = RP.nth(recs, n, qa.column or (named if dated else qa.target), m, qa.answer_type, where=where,
                       rank=max(qa.nth, 1) if dated else 1)
        else:
            return []
    except R.RecordsError:
        return []
    if qa.operator in ("lookup", "max", "min", "nth") and qa.answer_type == "person" and (
            not has_type(a.value, "person") or R.echoes(a.value, qa.target)):
        # "who made the commit ...": the row's author, not its hash; "who sings X": not X again; "who holds the
        # largest pledge": the donor of the row, not its pledge number
        a = _person_in_row(recs, a, qa, m)
    if qa.operator == "lookup" and not _fits_or_named(a, qa):
        return []  # a figure, a date, a code... asked for, and the cell holds none: the wrong cell
    if qa.operator == "lookup" and qa.answer_type in _TYPED_COLUMNS and (span := typed_span(a.value, qa.answer_type)) \
            and not _date_and_time(a.value, span, qa.answer_type):
        a.value = span  # the date in a card's "due 3 Oct" (a date with its time is one timestamp: kept whole)
    if qa.operator == "lookup" and qa.answer_type == "time" and _TIME_RANGE.fullmatch(a.value.strip()):
        a.value = typed_span(a.value, "time") or a.value  # "what time is the call": when "9:00-10:00" starts
    if qa.answer_type == "person":
        a.value = name_without_tag(a.value)
    if qa.also and (cell := also_cell(recs, a, qa.also, m)) is not None:
        a.figure = cell  # "the newest release and its date": the same row's cell the joined question names
    c = Candidate(a.value, 0.5 + 0.4 * a.score, True, a.ids[:10], "records", conf=0.8)
    if (qa.also or qa.also_figure) and a.figure and a.figure.replace(" ", "") not in a.value.replace(" ", ""):
        c.answer = f"{a.value}, {a.figure}"
    c.extra["column_score"] = a.score
    c.extra["named_column"] = float(a.named_column)
    c.row, c.figure = tuple(a.row.cells), a.figure
    return [c]


def named_fact(target: str, sir: SIR, m: Matcher, floor: float, margin: float = 0.0,
               answer_type: str | None = None) -> Evidence | None:
    """The key: value fact a tool read off the page (or, for a strong answer type, any fact holding one) whose
    label names the target by `floor` and by `margin` over the next ("Latest release", "tests that failed");
    None when none does."""
    facts = [e for e in sir.by_kind("key_value") if e.label and (e.attrs.get("source_structure") or (
        answer_type in STRONG_TYPES and has_type(e.value, answer_type)))]
    if not facts:
        return None
    sc = m.scores(target, [e.label or "" for e in facts])
    ranked = sorted(sc, reverse=True)
    if ranked[0] < floor or len(ranked) > 1 and ranked[0] - ranked[1] < margin:
        return None
    return facts[int(sc.argmax())]


def name_without_tag(cell: str) -> str:
    """A name with the tag its listing prints beside it ("[expired] Ana Lima", "Ana Lima (admin)"): the name;
    any other cell as it is."""
    span = typed_span(cell, "person")
    rest = cell.replace(span, "", 1) if span else cell
    return span if span and not re.sub(r"[\[(][^\])]{1,24}[\])]|[\s,;:·-]", "", rest) else cell


def _date_and_time(cell: str, span: str, answer_type: str) -> bool:
    """The cell is a date and a time and nothing else ("02/05/25 20:01", a file's modification time)."""
    rest = cell.replace(span, " ", 1).strip()
    return answer_type == "date" and bool(rest) and typed_span(rest, "time") == rest


def left_out(label: str, excluded: list[str]) -> bool:
    """The entry is one the question leaves out: every word of an excluded phrase is a word of its label."""
    words = set(tokens(label))
    return any((ws := set(tokens(x))) and ws <= words for x in excluded)


def _extreme(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher, head: str | None) -> R.Answer:
    """The row extreme in the column the question names: the target's column, unless the tagged column
    names one fairly well and better ("which line costs the most in total": Gesamt, not the line)."""
    how: Literal["max", "min"] = "max" if qa.operator == "max" else "min"
    if (across := row_extreme(recs, qa.target, how, head)) is not None:
        return across  # "the quietest hour on Tuesday": along a matrix's named row, not down a column
    if qa.excluded:  # "the biggest payment apart from rent": rent's rows take no part
        recs = [replace(r, rows=[w for w in r.rows if not left_out(r.label(w), qa.excluded)]) for r in recs]
    # "which file is the biggest": among the rows a column of kinds calls files (the noun asked, else the first
    # word of the question that names a kind: "according to du which folder ...")
    for noun in dict.fromkeys([head or "", *re.findall(r"[^\W\d_]{4,}", qa.target)]):
        if noun and (kinds := RC.of_kind(recs, noun, m)) is not recs:
            recs = kinds
            break
    recs = RC.named_kind(recs, head or "")  # "which fan": the rows named Fan n, not the board total beside them
    recs = RC.labelled_as(recs, head or "") or recs  # "the busiest of the days": the structure of days

    def by(query: str | None) -> R.Answer | None:
        try:
            return RX.arg_extreme(recs, query, how, m, head, qa.nth or 1, qa.sign, qa.ordered_by) if query else None
        except R.RecordsError:
            return None

    target, tagged = by(qa.target), by(qa.column) if qa.column != qa.target else None
    # the noun heading the target names the entries, not what orders them ("job holds the most memory": RSS,
    # not the job's id)
    rest = qa.target.split(None, 1)[1] if head and len(qa.target.split()) > 2 and \
        qa.target.split()[0].lower() == head.lower() else ""
    if rest and (sans := by(rest)) is not None and (target is None or sans.score > target.score or (
            sans.column != target.column and sans.score >= 0.35 and m.scores(head or "", [target.column])[0] >= 0.5)):
        target = sans  # (or the column the full target found is the one its noun names: "job" and JOBID)
    if tagged is None and (target is None or target.score < 0.5) and (printed := _column_word(recs, qa.target)):
        tagged = by(printed)  # "which item has the biggest amount": a word of the question is a column's name
    if head and (target is None or not target.named_column) and len(words := qa.target.split()) > 2 \
            and words[1].lower() == "of" and (sans := by(" ".join(words[2:]))) is not None and sans.named_column \
            and sans.score >= 0.5:
        return sans  # "the UID of the user with the most jobs": UID answers, and the rest orders the rows
    if tagged is not None and tagged.score >= max(0.4, target.score if target is not None else 0.0):
        return tagged
    if target is None:
        raise R.RecordsError("no column to order by")
    return target


def _column_word(recs: list[R.Records], target: str) -> str | None:
    """The name of a column of figures that is a word of the target as printed ("amount" names Amount)."""
    return next((r.columns[j].name for r in recs for j in R.said_columns(r, target, figures_only=True)), None)


def _tagged_or_named(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer:
    """The cell at the tagged row and column; when the tags meet at no cell, the row and column the target's
    words name (a row's whole printed name: "the fee on the order from J. van Dijk")."""
    try:
        a = _row_and_column(recs, qa, m)
        if a.score >= 0.5:
            return a
    except R.RecordsError:
        a = None
    try:
        return _named_row(recs, qa, m)
    except R.RecordsError:
        if a is None:
            raise
        return a


def _named_row(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer:
    """The cell where a row and a column both named in the target meet; or, when a date or an amount is asked
    and no column is named well, the named row's cell of that type ("when is the vet": the
    event's date)."""
    try:
        a: R.Answer | None = R.lookup_named(recs, qa.target, m)
    except R.RecordsError:
        a = None
    if a is not None and (fits(a.value, qa) or a.score > 0.8):
        # (a column named well, not a row's content taken for want of one: it holds what was asked, or this
        # look-up is not the one that answers)
        return a
    try:  # the row the target's words name, and a column they name well ("the day of the week of X")
        c = R.lookup(recs, qa.target, qa.target, m)
        named = float(m.scores(qa.target, [c.column])[0]) >= 0.6
        if c.score >= 0.5 and named and not R.echoes(c.value, qa.target) and fits(c.value, qa):
            return c
    except R.RecordsError:
        pass
    # "how big is the Acme quote file": the size the words imply, of the row the question names
    want = qa.answer_type if qa.answer_type in _TYPED_COLUMNS else implied_type(qa.target)
    if want is not None:
        try:
            b = R.lookup(recs, qa.target, want, m, want={want})
            if b.score >= 0.5 and (want != qa.answer_type or has_type(b.value, want)):
                return b
        except R.RecordsError:
            pass
    if qa.answer_type == "time" and (span := _time_span(recs, qa, m)) is not None:
        return span  # "when is the kiln firing": the event's start to its end
    if a is None:
        return _held_phrase(recs, qa)
    return a


def _time_span(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer | None:
    """The named row's times: from its start to its end where it has both and the question names neither
    alone, else the one time column the question names."""
    try:
        b = R.lookup(recs, qa.target, "time (start)", m, want={"time"})
    except R.RecordsError:
        return None
    rec = next((r for r in recs if b.row in r.rows), None)
    if rec is None or b.score < 0.5:
        return None
    times = [j for j, c in enumerate(rec.columns) if c.type == "time" and j < len(b.row.cells) and b.row.cells[j]]
    sc = m.scores(qa.target, [rec.columns[j].name for j in times])
    if len(times) == 2 and float(sc.max()) < 0.5:
        b.value = f"{b.row.cells[times[0]]} – {b.row.cells[times[1]]}"
    return b


def _held_phrase(recs: list[R.Records], qa: QuestionAnalysis) -> R.Answer:
    """The one row whose cell holds the end of the target word for word, answered by its name ("which
    release removed the XML export": the one whose changes read "removed the XML export")."""
    # (or of the untagged phrase, when the tagged target is its noun alone: "whose email is at example.org")
    for said in dict.fromkeys(t for t in (qa.target, qa.phrase) if t):
        words = said.split()
        for k in range(1, len(words) - 1 if said == qa.target else len(words)):
            try:
                a = R.holding(recs, " ".join(words[k:]))
            except R.RecordsError:
                continue
            if R.echoes(a.value, said):
                continue  # a fact box's label ("Area (km²)") beside the place named: no entry of a list
            a.score = 0.7
            if qa.answer_type in ("money", "number", "percentage", "date", "time"):
                # a figure asked of the entry that holds the words: the one its holding cell prints first
                held = R.norm_name(" ".join(words[k:]))
                cells = sorted(a.row.cells, key=lambda c: held not in R.norm_name(c))
                if (span := next((t for c in cells if (t := typed_span(c, qa.answer_type))), None)) is None:
                    continue
                a.value = span
            return a
    raise R.RecordsError(f"no row named in {qa.target!r}")


def fits(value: str, qa: QuestionAnalysis) -> bool:
    """The cell holds what is asked: a figure for a number, a date for a date..."""
    if qa.answer_type in ("number", "money", "percentage"):  # (a code's figures, "ZK-4410", are no number)
        coded = qa.answer_type == "number" and _CODE_ONLY.fullmatch(value.strip())
        return parse_number(value) is not None and not coded
    return qa.answer_type not in _PRINTED_TYPES or has_type(value, qa.answer_type)


def _unplaced(target: str) -> list[str]:
    """The target's words besides its ordinal ("at the 4th position": position): one word at most names only
    the place."""
    return [w for w in tokens(target, drop_stopwords=True) if not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w)]


_LEADING_DATE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+(?=[^\W\d_])")


def _person_in_row(recs: list[R.Records], a: R.Answer, qa: QuestionAnalysis, m: Matcher) -> R.Answer:
    """The cell of the answer's row that holds a person's name, in the column whose name fits the question
    best (a log's author beside its hash), when the cell found holds none; else the answer as it was."""
    rec = next((r for r in recs if a.row in r.rows), None)
    if rec is None:
        return a
    people = [j for j, c in enumerate(a.row.cells) if j < len(rec.columns) and names_person(rec, j, c)]
    if not people:
        return a
    sc = m.scores(_column_query(qa.column or qa.target, qa), [rec.columns[j].name for j in people])
    j = people[int(sc.argmax())]
    name = re.sub(r"\s*<.*$", "", a.row.cells[j]).strip() or a.row.cells[j]  # "Ana Lima <ana@x.org>": the name
    name = _LEADING_DATE.sub("", name) or name  # a date the layout ran into the sender's cell ("06/09 Ana Lima")
    return R.Answer(name, a.row, rec.columns[j].name, a.score, a.ids)


def _fits_or_named(a: R.Answer, qa: QuestionAnalysis) -> bool:
    """The cell holds what is asked, or the question names its row and column word for word, or the type
    model is unsure: then the cell is the answer whatever type was guessed ("the address of host-7" is a code, not a
    number)."""
    # an unsure type model's guess vetoes no short value ("22:00" for a "number"), only a line of text
    unsure = max(qa.type_scores.values(), default=1.0) < 0.5 and len(a.value.split()) <= 3
    return fits(a.value, qa) or ((a.score >= _NAMED_EXACTLY or unsure) and any(ch.isalnum() for ch in a.value))


def _row_and_column(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer:
    """The cell where the named row and column meet; when no row is named so, the row is the page's subject
    ("the population of Sankt Eilif" on its own article) and the page's fact box names the column."""
    try:
        a = R.lookup(recs, qa.row or "", _column_query(qa.column or "", qa), m)
        if (not has_type(a.value, qa.answer_type) and qa.answer_type in _TYPED_COLUMNS or qa.answer_type == "number"
                and _CODE_ONLY.fullmatch(a.value.strip())) and a.score < 0.8:
            # "when was X committed": the named column ("commit") holds no date; the row's date column does.
            # Its type, not its name, chose it: the row's match is what counts. (A column named well, "the day of
            # the week", holds what is asked whatever its type.)
            try:
                a = R.lookup(recs, qa.row or "", qa.column, m, want={qa.answer_type})
                if (span := typed_span(a.value, qa.answer_type)) is not None:
                    a.value, a.score = span, max(a.score, 0.6)
            except R.RecordsError:
                pass  # no column of that type anywhere: the cell named stands (a price axis' plain figures)
        if a.score >= 0.5 and _fits_or_named(a, qa) and R.norm_name(a.value) != R.norm_name(qa.row or ""):
            return a
    except R.RecordsError:
        pass
    facts = [r for r in recs if r.kind == "key_value"]
    if not facts:
        raise R.RecordsError("no fact box")
    a = R.lookup(facts, qa.column or "", None, m)
    a.score = a.score if a.score >= 0.6 else 0.0  # the label names the column well (0.75 of a full match)
    return a


def _named_cell(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer | None:
    """The cell at a row the question names exactly (its name as printed) and the column it names."""
    try:
        a = R.lookup(recs, qa.row or "", _column_query(qa.column or "", qa), m)
    except R.RecordsError:
        return None
    named = R.norm_name(a.row.cells[0]) if a.row.cells else ""
    # the row's name as printed, or its start ("hotfix" for "hotfix/null-avatar")
    held = fits(a.value, qa) and a.score >= 0.5
    return a if held and named and named.startswith(R.norm_name(qa.row or "") or "\0") else None


def _cell_named_whole(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer | None:
    """The cell a question names by a row's printed name and a column's header, both in its words (no
    tags), named well (the ordinal word is the column's name, not an order)."""
    try:
        a = R.lookup_named(recs, qa.target, m)
    except R.RecordsError:
        return None
    return a if a.score >= 0.8 and fits(a.value, qa) else None


def _column_query(column: str, qa: QuestionAnalysis) -> str:
    """The column a question names, with who it asks for: "sent" finds the column of people ("From",
    "author") when a person is asked, not a column of sending states."""
    # (a "who" the type model read as a company, "who sent me 'Invoice 20931'", asks for the same column)
    return f"{column} (person, who)" if qa.answer_type in ("person", "organisation") else column


def _quoted_row(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer:
    """The row a quoted text names ("who committed 'Add retry'"): its cell under the column the rest of the
    question names when one does (a person is asked of the column of people), else the row's name."""
    if qa.quoted and (query := qa.column or qa.target):
        query = _column_query(query, qa)
        try:
            a = R.lookup(recs, qa.quoted, query, m)
            if a.score >= 0.5 and R.norm_name(a.value) != R.norm_name(qa.quoted):
                return a
        except R.RecordsError:
            pass
    return R.holding(recs, qa.quoted or "")


def row_operands(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[tuple[float | None, list[str], str, str]]:
    """Both operands read from the one row the question names, each from its own column (a rate of a row:
    people per km² of a city, cost per unit of a product). Empty when either is missing or both land in
    the same column."""
    if not qa.row or len(qa.operands) < 2:
        return []
    recs = R.build(sir)
    out: list[tuple[float | None, list[str], str, str]] = []
    columns: set[str] = set()
    for phrase in qa.operands[:2]:
        try:
            a = R.lookup(recs, qa.row, phrase, m)
        except R.RecordsError:
            return []
        v = parse_number(a.value)
        if v is None or a.score < 0.4 or a.column in columns:
            return []
        columns.add(a.column)
        out.append((v, a.ids, phrase, a.value))
    return out
