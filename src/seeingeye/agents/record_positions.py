"""Entries by their position in a structure: the n-th, the first or last, the latest or earliest by date
(`nth`), and the entry printed after a named one (`following`). Reads the records `records.build` made."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from .chats import names_person
from .match import Matcher
from .records import _column, _matcher, _numbering, _row, _state_named, names_column
from .tabular import Answer, Records, RecordsError, Row, header_printed, sort_key
from .types import has_type


def nth(records: list[Records], n: int | Literal["first", "last", "latest", "earliest"],
        column_query: str | None = None, matcher: Matcher | None = None, answer_type: str | None = None,
        where: str | None = None, rank: int = 1) -> Answer:
    """The n-th row (1-based; 'first', 'last'; 'latest' = the most recent by a date column, else the first
    row, as logs and git log print newest first; 'earliest' the oldest, else the last row), among the rows
    in the state `where` names if given ("the first WARN line"). The answer is the cell under the named
    column, else under the column whose cells have the answer type ("who made the latest commit": the
    author), else the row's name."""
    histories = [r for r in records if r.kind in ("log", "stanzas", "listing", "branches")] or records
    if where and (found := _state_named(histories, where, _matcher(matcher), 0.4, 0.15)) is not None:
        rec0, j0, value = found
        rows = [r for r in rec0.rows if j0 < len(r.cells) and value in (r.cells[j0], (r.cells[j0].split() or [""])[0])]
        records = [replace(rec0, rows=rows)] if rows else records
    # Entries of a log (stanzas) are the most specific structure; then lists, contents, listings, tables.
    ordered = ("list", "toc", "columns", "listing", "log", "table")
    m = _matcher(matcher)

    def asked(r: Records) -> bool:  # a structure whose column the question names ("the earliest function")
        return bool(column_query) and r.kind != "key_value" and names_column(r, column_query or "", m)

    # (a log's stanzas, a calculator's session and a chat are as specific as structures come)
    rec = max(records, key=lambda r: (asked(r), r.kind in ("stanzas", "calculations", "chat"), r.kind in ordered,
                                      len(r.rows)),
              default=None)
    if rec is None or not rec.rows:
        raise RecordsError("no records")
    if n in ("latest", "earliest") and not any(c.type == "date" for r in records for c in r.columns) \
            and not _some_times(rec) \
            and (rec.kind not in ("log", "stanzas", "listing", "branches", "chat") or _numbering(rec) is not None):
        # no dates, and no history printed newest first: a list or a ranking, whose "last" is its foot
        n = "last" if n == "latest" else "first"
    if n in ("latest", "earliest"):  # among the structures with dates (a listing, not the page's stray grid)
        # (a key: value block is one entry's fields, not a list of entries)
        # a history read as one (a log, a listing) before a grid that happened to hold its dates
        # (a listing whose columns a header names before the page's rows read whole: a mail list in its pane)
        rec = max(records, key=lambda r: (any(c.type == "date" for c in r.columns), r.kind != "key_value",
                                          r.kind in ("stanzas", "log", "listing", "chat"), _named_header(r),
                                          _dated_rows(r), len(r.rows)))
        # A date and a time printed in two columns ("2024-09-08 14:00") order together.
        dates = [j for j, c in enumerate(rec.columns) if c.type == "date"]
        keyed = [(k, r) for r in rec.rows
                 if None not in (k := tuple(sort_key(r.cells[j], "date", rec.columns[j].yearfirst,
                                                     rec.columns[j].dayfirst)
                                            if j < len(r.cells) else None for j in dates))]
        keyed = _today_first(keyed, rec, dates)
        # ls prints the time for the last six months, the year before: a time is newer (a listing without a date
        # column, one OCR misread, orders by place)
        if rec.kind == "listing" and dates:
            keyed = [((float(not re.search(r"\b\d{4}\b", r.cells[dates[0]])), *k), r) for k, r in keyed]
        if rec.kind == "chat":  # a conversation runs down the page: of messages sent the same minute, the lower
            keyed = [((*k, float(i)), r) for i, (k, r) in enumerate(keyed)]
        elif len(keyed) >= 2:  # of entries dated the same day, the one further along the list's own order
            step = -1.0 if keyed[0][0] > keyed[-1][0] else 1.0  # (newest printed first: the lower is older)
            keyed = [((*k, step * i), r) for i, (k, r) in enumerate(keyed)]
        # the rank-th most recent (or oldest): by date, else by place (newest printed first)
        ordered_rows = [r for _, r in sorted(keyed, key=lambda t: t[0], reverse=n == "latest")] \
            if dates and keyed else (rec.rows if n == "latest" else rec.rows[::-1])  # type: ignore[arg-type]
        if not 1 <= rank <= len(ordered_rows):
            raise RecordsError(f"no entry {rank} by date")
        row = ordered_rows[rank - 1]
    else:
        rows = _holding(rec, column_query, m)
        idx = {"first": 0, "last": len(rows) - 1}.get(n, n - 1 if isinstance(n, int) else 0)  # type: ignore
        if not 0 <= idx < len(rows):
            raise RecordsError(f"no row {n}")
        row = rows[idx]
    j, named = _column(rec, column_query, _matcher(matcher)) if column_query else (0, 0.0)
    if named < 0.5:  # "item 3 on the agenda" names the list, not a column of it
        # (a figure asked of a structure whose rows hold one, a calculation's result: that cell)
        j = rec.content if rec.content is not None and answer_type in ("number", "money") else \
            _typed_column(rec, answer_type)
    return Answer(row.cells[j] if j < len(row.cells) else rec.label(row), row, rec.columns[j].name, 0.8, row.ids)


_CLOCK_ONLY = re.compile(r"(?i)\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*")


def _today_first(keyed: list[tuple[tuple[float, ...], Row]], rec: Records, dates: list[int]
                 ) -> list[tuple[tuple[float, ...], Row]]:
    """A mail or chat list prints today's entries by their time alone ("09:42") over older ones by their date
    ("3 Mar"): a time alone is later than every dated entry, not a day in the year the parser defaults to."""
    if len(dates) != 1 or not keyed:
        return keyed
    j = dates[0]
    clock = [_CLOCK_ONLY.fullmatch(r.cells[j]) is not None for _, r in keyed]
    if not any(clock) or all(clock) or clock != sorted(clock, reverse=True):
        return keyed  # (only a run at the head of the list is today's: times between dates are those days')
    newest = max(k[0] for (k, _), c in zip(keyed, clock, strict=True) if not c)
    day = 86400.0
    return [(((newest // day + 1) * day + k[0] % day,) if c else k, r) for (k, r), c in zip(keyed, clock, strict=True)]


def _dated_rows(rec: Records) -> int:
    """How many rows a date column of the structure dates (a reading that garbled the rows dates fewer)."""
    return max((sum(j < len(r.cells) and not _CLOCK_ONLY.fullmatch(r.cells[j])
                    and sort_key(r.cells[j], "date", c.yearfirst, c.dayfirst) is not None for r in rec.rows)
                for j, c in enumerate(rec.columns) if c.type == "date"), default=0)


def _holding(rec: Records, column_query: str | None, m: Matcher) -> list[Row]:
    """The rows to count places among: those whose content the question asks for holds something ("the last
    event of the month" is on the last day with one, not on the 31st), else all."""
    if rec.content is None or not column_query:
        return rec.rows
    j, score = _column(rec, column_query, m)
    if j != rec.content or score < 0.5:
        return rec.rows
    return [r for r in rec.rows if j < len(r.cells) and r.cells[j].strip()] or rec.rows


def _some_times(rec: Records) -> bool:
    """A column prints times or dates on a good share of its rows ("09:14", "Yesterday", "Mon" down a mail
    list): the list is a history, newest first, though the column is no date column."""
    return any(sum(sort_key(r.cells[j], "date") is not None for r in rec.rows if j < len(r.cells))
               >= 0.4 * len(rec.rows) for j in range(len(rec.columns))
               if rec.columns[j].type not in ("number", "size", "money"))  # (a track's "4:05" is its length)


def _named_header(rec: Records) -> bool:
    """Every column named by a printed header ("Subject From Date Size"), none made up or blank."""
    return (rec.by_header or rec.kind == "table") and header_printed(rec)  # (a table's cells are placed too)


def _typed_column(rec: Records, answer_type: str | None) -> int:
    """The column most of whose cells are of the answer type (a person, a date, a version), else the key."""
    if answer_type in (None, "text", "option", "number"):
        return rec.key
    # (a column of dates or figures holds no person, whatever capitalised words it prints: "Tue Apr 8")
    measured = answer_type not in ("date", "time", "money", "percentage", "size", "count", "approx", "code")
    typed = (lambda j, c: names_person(rec, j, c)) if answer_type == "person" else \
        (lambda j, c: has_type(c, answer_type))  # (a chat's senders are people, nicknames too)
    share = [0.0 if measured and rec.columns[j].type in ("date", "number", "money", "size") else
             sum(typed(j, r.cells[j]) for r in rec.rows if j < len(r.cells)) / len(rec.rows)
             for j in range(len(rec.columns))]
    best = max(range(len(share)), key=lambda j: share[j], default=rec.key)
    return best if share and share[best] >= 0.5 else rec.key


def newest_first(rec: Records) -> bool:
    """A history listed latest first: a column of dates (or versions) that only go back down the rows."""
    for j, col in enumerate(rec.columns):
        if col.type not in ("date", "version", "name", "text"):
            continue
        how = "date" if col.type in ("date", "name", "text") else "version"
        keys = [k for r in rec.rows
                if j < len(r.cells) and (k := sort_key(r.cells[j], how, col.yearfirst, col.dayfirst)) is not None]
        falling = all(a >= b for a, b in zip(keys, keys[1:], strict=False))
        if len(keys) >= 3 and len(keys) >= 0.8 * len(rec.rows) and falling and keys[0] > keys[-1]:
            return True
    return False


def following(records: list[Records], row_query: str, matcher: Matcher | None = None, step: int = 1,
              in_time: bool = False, noun: str = "") -> Answer:
    """The row after (step=-1: before) the one the query names, e.g. the next entry of a contents list; `in_time`,
    after in time: in a history listed latest first, the row above; `noun`, what the entries are ("function")."""
    m = _matcher(matcher)
    best: tuple[float, float, Records, int] | None = None
    for rec in records:
        row, s = _row(rec, row_query, m)
        i = rec.rows.index(row)
        k = i + (-step if in_time and newest_first(rec) else step)
        # of two readings naming the row about as well, the one whose entry is named whole: a table read with its
        # names in one column, not the same rows with each first and last name a column of its own; and the one
        # whose entries are of the kind asked ("the method defined after X": the methods, not the page's labels)
        whole = float(m.scores(row_query, [rec.label(row)]).max())
        if noun:
            whole += 0.5 * float(m.scores(noun, [rec.columns[rec.key].name]).max())
        if 0 <= k < len(rec.rows) and (best is None or s + whole > best[0] + best[1]):
            best = (s, whole, rec, k)
    if best is None:
        raise RecordsError(f"nothing follows {row_query!r}")
    s, _, rec, i = best
    row = rec.rows[i]
    return Answer(rec.label(row), row, rec.columns[rec.key].name, s, row.ids)
