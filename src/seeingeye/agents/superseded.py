"""Readings of the same lines that another reading supersedes: a table that lost its header or ran its columns
together, beside a listing read column by column under its printed header; a whitespace reading that split a
header's words into columns of their own, beside a table that holds the name whole."""

from __future__ import annotations

import re

from .columns import COMMIT_HASH
from .tabular import PRINT_WEIGHT, Records, cell_type, header_printed, norm_name


def superseded(found: list[Records]) -> list[Records]:
    """A listing read column by column under its printed header replaces a table reading of the same lines
    with fewer columns that lost its header (a list view's cells run together, its header read as blanks or
    among the toolbar's words) or ran its columns together under one name ("Size Used Avail Use%": OCR read
    the header as one piece, or the table took a heading for its header and read the real one as a row); a
    table that names its columns one by one stays, unless the whitespace reader's listing of the same lines
    holds its header as a row (`_row_as_header`)."""
    headed = [r for r in found if r.by_header and len(r.columns) >= 3 and header_printed(r)]

    def words(rec: Records) -> set[str]:  # (a table's rows hold its cells' ids, a listing's its lines': words)
        return {w for row in rec.rows for c in row.cells for w in c.split()}

    def joined(rec: Records, finer: Records) -> bool:  # (in the table's header, or in a row read under it)
        names = [f" {c.name.lower()} " for c in finer.columns if c.name.strip()]
        cells = [c.name for c in rec.columns] + [c for r in rec.rows[:2] for c in r.cells]
        return any(sum(n in f" {c.lower()} " for n in names) >= 2 for c in cells)

    def split(rec: Records, whole: Records) -> bool:  # two neighbours of its header are one name of the other's
        # (whose cells hold one value each, a date or a figure: "8,936.20 Hanoi" is two columns run together;
        # and only where the other's header holds every name of this one: a table that lost a column of names
        # supersedes nothing)
        names = {c.name.lower(): j for j, c in enumerate(whole.columns) if " " in c.name.strip()}
        held = {w.lower() for c in whole.columns for w in c.name.split()}
        return {w.lower() for c in rec.columns if c.name != PRINT_WEIGHT for w in c.name.split()} <= held and any(
            (j := names.get(f"{a.name} {b.name}".lower())) is not None and _one_value(whole, j)
            for a, b in zip(rec.columns, rec.columns[1:], strict=False))

    def replaced(rec: Records) -> bool:
        mine = words(rec)
        if rec.kind == "columns" and mine and any(
                # a header's words read as columns of their own ("Paid", "on"), where a table's reading
                # holds the name whole ("Paid on") over the same lines: the table's
                o.kind == "table" and split(rec, o) and len(mine & words(o)) >= 0.6 * len(mine) for o in found):
            return True
        if rec.kind == "columns" and mine and any(
                # a toolbar's or a title's words taken for the header, the table's printed header read as a row
                o.kind == "table" and len(o.columns) >= 3 and header_printed(o) and _header_in_rows(o, rec)
                and len(mine & words(o)) >= 0.6 * len(mine) for o in found):
            return True
        return rec.kind == "table" and bool(mine) and (any(
            len(mine & words(h)) >= 0.6 * len(mine) and len(h.columns) > len(rec.columns)
            and (not header_printed(rec) or joined(rec, h)) for h in headed) or any(
            o.kind == "columns" and len(o.columns) >= len(rec.columns) and len(mine & words(o)) >= 0.8 * len(mine)
            and _row_as_header(rec, o) for o in found) or any(
            # a sheet's grid read cell by cell, whose header this reading ran together ("1 Code Model")
            o is not rec and o.kind == "table" and len(o.columns) >= len(rec.columns) and joined(rec, o)
            and len(mine & words(o)) >= 0.6 * len(mine) for o in found) or rec.named_by_content and any(
            # lines a reader of their format (a log, a listing) parts into more columns than the layout did
            o.kind in ("log", "listing") and len(o.columns) > len(rec.columns)
            and len(mine & words(o)) >= 0.8 * len(mine) for o in found))

    def ran_on(rec: Records) -> bool:  # a truncated name's ellipsis, then the next column's words in its cell
        return sum(bool(_INNER_ELLIPSIS.search(c)) for r in rec.rows for c in r.cells) >= 2

    def ellipsis_run(rec: Records) -> bool:  # another reading of the same lines keeps its cells apart
        mine = words(rec)
        return rec.kind in _GRIDS and ran_on(rec) and any(
            o is not rec and o.kind in _GRIDS and not ran_on(o) and len(o.rows) >= len(rec.rows)
            and len(mine & words(o)) >= 0.8 * len(mine) for o in found)

    labels = {norm_name(r.cells[0]) for o in found if o.kind == "key_value" for r in o.rows if r.cells}

    def labelled_lines(rec: Records) -> bool:  # "Label: value" lines a title's words were taken to head
        return rec.kind == "columns" and bool(rec.rows) and all(
            any(c.rstrip().endswith(":") for c in r.cells) for r in rec.rows) and all(
            any(norm_name(" ".join(r.cells[: j + 1])) in labels for j in range(len(r.cells))) for r in rec.rows)

    return [rec for rec in found if not replaced(rec) and not ellipsis_run(rec) and not labelled_lines(rec)]


_GRIDS = ("table", "columns")
# A list view's cell cut short ("Fernhill Sav...") and then more words: the next column's value ran into it.
_INNER_ELLIPSIS = re.compile(r"(?:\.{2,3}|…)\s+\S")


def _row_as_header(table: Records, listing: Records) -> bool:
    """The table took a row for its header: the header reads like data (a date, a figure, a hash), and a row
    of the listing reading the same lines holds every word of it (a headerless `git log` whose first commit
    became column names; a sheet's header row under its column letters is a header all the same)."""
    head = _header_words(table)
    data = any(cell_type(c.name) in ("date", "number", "size", "money", "version")
               or COMMIT_HASH.fullmatch(c.name) for c in table.columns)
    return data and _held_in(head, listing.rows)


def _header_in_rows(table: Records, listing: Records) -> bool:
    """One of the listing's first rows holds every word of the table's printed header."""
    return _held_in(_header_words(table), listing.rows[:3])


def _header_words(table: Records) -> set[str]:
    return {w for c in table.columns if c.name != PRINT_WEIGHT for w in c.name.split()}


def _held_in(words: set[str], rows: list) -> bool:
    """Some row holds every one of the words among its cells' words."""
    return bool(words) and any(words <= {w for c in r.cells for w in c.split()} for r in rows)


def _one_value(rec: Records, j: int) -> bool:
    """Nearly every cell of the column is one date, time or figure."""
    cells = [r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j].strip()]
    typed = sum(cell_type(c) in ("date", "time", "number", "money", "size") for c in cells)
    return bool(cells) and typed >= 0.8 * len(cells)
