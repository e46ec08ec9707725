"""Printed lines read as a table: whitespace-aligned command output (`ls -l`, `ps`, `df`), what each command
printed under its prompt, and list views in proportional print (a header's names over the pieces of each
row). The readers in `listings`, `columns` and `histories` each know one format; this module tries them in
order, part by part of a terminal, and falls back to the generic splits."""

from __future__ import annotations

import re

from ..sir import Evidence
from .columns import header_columns, monospace_columns, title_over
from .header_cells import columns_of
from .histories import branches, dated_log, leveled_log, oneline
from .listings import COUNT, PROMPT, dated_sizes, figure_pairs, figured, listing_sizes, ls_long
from .page_rows import row_blocks
from .tabular import Records, Row, cell_type, header_printed, make_records


def _below_header(toks: list[tuple[list[str], list[str]]]) -> list[tuple[list[str], list[str]]]:
    """The rows from a header in capitals ("PID USER ... COMMAND") down to where the rows stop being as wide
    (a prompt): `top` prints its summary lines above its table, `ps` follows the command that ran it."""
    for k, (head, _) in enumerate(toks[1:-2], start=1):
        caps = sum(t.isupper() or not t.isalnum() and t.upper() == t for t in head)
        if len(head) >= 3 and caps >= 0.6 * len(head) and all(cell_type(t) in ("name", "text") for t in head):
            out = [toks[k]]
            for t, ids in toks[k + 1:]:
                if len(t) < len(head) - 2:
                    break
                out.append((t, ids))
            if len(out) >= 3:
                return out
    return toks


_MEASURED = re.compile(r"\d\s?(?:°|%)")


def _aligned(rows: list[list[Evidence]]) -> Records | None:
    """Whitespace-aligned output: split each printed line into tokens; the column count is what nearly
    every line has (a file name or commit message with spaces joins the tail into the last column)."""
    toks = [(" ".join(e.value for e in r).split(), [e.id for e in r]) for r in rows]
    toks = _below_header([(t, ids) for t, ids in toks if len(t) >= 2])
    if len(toks) < 3:
        return None
    counts = [len(t) for t, _ in toks]
    # The widest split most lines fill (a prompt line or "total 96" above a listing does not narrow it);
    # lines with fewer tokens are dropped, so at least 60% of them must have the columns. (From rec18.)
    cover = {c: sum(n >= c for n in counts) for c in set(counts)}
    ncols = max((c for c in cover if cover[c] >= 0.6 * len(counts)), key=lambda c: c * cover[c])
    if ncols < 2:
        return None
    body = [Row([*t[: ncols - 1], " ".join(t[ncols - 1:])], ids) for t, ids in toks if len(t) >= ncols]
    header: list[str] = []
    first = body[0].cells
    # (a measurement in the last cell, "wind chill 3°", makes the line a sentence over the rows, not names)
    if all(cell_type(c) in ("name", "text") for c in first[:-1]) and not _MEASURED.search(first[-1]) and any(
        cell_type(c) in ("number", "size", "money", "date") for r in body[1:] for c in r.cells[:-1]
    ) and not _set_apart(rows, body):
        header, body = first, body[1:]
    if not _regular(body, [t for t, _ in toks], ncols):
        return None
    rec = make_records("columns", header, body) if len(body) >= 2 else None
    if rec is not None:
        listing_sizes(rec)
    return rec


def _set_apart(rows: list[list[Evidence]], body: list[Row]) -> bool:
    """The first row split at whitespace is a title over the rows below it (`columns.title_over`)."""
    pieces = {e.id: e for r in rows for e in r}
    lines = [[pieces[i] for i in r.ids if i in pieces] for r in body[:4]]
    return bool(lines[0]) and title_over(lines[0], [ln for ln in lines[1:] if ln])


def pieced(rows: list[list[Evidence]]) -> Records | None:
    """A list view read piece by piece: a header of three names or more, each printed as one piece, over three
    rows or more of about as many pieces, each piece the cell of the name it stands under; None when no
    header and rows line up so."""
    for k, head in enumerate(rows[:-3]):
        n = len(head)
        if n < 3 or not all(e.box and cell_type(e.value) in ("name", "text") and not re.search(r"\d", e.value)
                            for e in head) or not any(" " in e.value.strip() for e in head):
            continue
        body = []
        for r in rows[k + 1:]:
            if not n - 1 <= len(r) <= n + 2 or any(e.box is None for e in r):
                break
            cells: list[list[str]] = [[] for _ in head]
            names = [(h.value, h.box.x0, h.box.x1) for h in head]  # type: ignore[union-attr]
            pieces = [(e.value, e.box.x0, e.box.x1) for e in r]  # type: ignore[union-attr]
            for e, j in zip(r, columns_of(pieces, names, 0.0, False), strict=True):  # (each piece under its name)
                cells[j].append(e.value)
            body.append(Row([" ".join(c) for c in cells], [e.id for e in r]))
        if len(body) >= 3:
            return make_records("columns", [e.value for e in head], body)
    return None


def _regular(body: list[Row], toks: list[list[str]], ncols: int) -> bool:
    """Rows split at whitespace are a table when they line up: nearly every line has just the columns, or
    some column other than the last holds one kind of figure (a terminal's prose split into words has
    neither, and a menu bar above it is no header)."""
    if sum(len(t) == ncols for t in toks) >= 0.8 * len(toks):
        return True
    for j in range(ncols - 1):
        kinds = [cell_type(r.cells[j]) for r in body if j < len(r.cells)]
        if kinds and max(kinds.count(k) for k in ("number", "size", "date", "money", "version")) >= 0.8 * len(kinds):
            return True
    return False


def _command_output(rows: list[list[Evidence]]) -> Records | None:
    """The first reader of command output and listings that reads the rows."""
    # (a one-line log whose author it split off before the whitespace split, which may read a padded name as
    # columns of words; one it read without its author after, as before)
    first = ls_long(rows) or dated_sizes(rows) or leveled_log(rows) or dated_log(rows) or branches(rows) \
        or figured(rows) or figure_pairs(rows)
    if first is not None:
        return first
    log = oneline(rows)
    if log is not None and any(c.name.startswith("author") for c in log.columns):
        return log
    return monospace_columns(rows) or header_columns(rows) or log


def listings(rows: list[list[Evidence]], outputs: list[list[list[Evidence]]]) -> list[Records | None]:
    """The pane's command output and listings: what each command printed under its prompt, read on its own (the
    next command line and what it printed are no rows of the last one's table), else the whole pane."""
    if outputs:
        # (and what stands above the first prompt read: a command line OCR ran together, "$gitlog", is none)
        first = next(k for k, r in enumerate(rows) if PROMPT.match(" ".join(e.value for e in r)))
        parts = ([rows[:first]] if first >= 2 else []) + outputs
        found = []
        for o in parts:
            if (r := _command_output(o)) is not None:
                _figures_named_by_command(r, rows, o)
                found.append(r)
        if found:
            return found
    read = _command_output(rows)
    if read is not None and not header_printed(read) and (headed := header_columns(rows, proportional=True)):
        read = headed  # whitespace split a list view with no name over its columns: its header reads them
    # in proportional print both: the whitespace reader may take a toolbar above a list view for its header,
    # and the header reader finds the list's own (the question's column names tell them apart)
    return [read] if read is not None else _proportional(rows)


# What the figure before each name counts, by the command that printed them (facts about commands).
# (one figure a row from `wc` is one count; its flag lost to OCR, it is the usual one, lines)
_FIGURE_OF = ((re.compile(r"\bwc\b(?!\s+-[wcm])"), "lines (line count, how many lines)"),
              (re.compile(r"\bwc\s+-w\b"), "words (word count)"),
              (re.compile(r"\bwc\s+-[cm]\b"), "bytes (characters, size)"),
              (re.compile(r"\bdu\b"), "size (disk usage, space taken)"),
              (re.compile(r"\buniq\s+-c\b|\bsort\b.*\buniq\b"), COUNT))


def _figures_named_by_command(rec: Records, rows: list[list[Evidence]], part: list[list[Evidence]]) -> None:
    """A bare "figure name" listing's figures named by the command over it (`wc -l`: lines)."""
    if not part or rec.columns[0].name != "amount (figure)" or part[0] not in rows:
        return
    k = rows.index(part[0])
    command = " ".join(e.value for e in rows[k - 1]) if k else ""
    name = next((n for pat, n in _FIGURE_OF if PROMPT.match(command) and pat.search(command)), None)
    if name is not None:
        rec.columns[0].name = name


def outputs(rows: list[list[Evidence]]) -> list[list[list[Evidence]]]:
    """The rows under each shell prompt, up to the next one (two rows or more)."""
    starts = [k for k, r in enumerate(rows) if PROMPT.match(" ".join(e.value for e in r))]
    parts = [rows[a + 1:b] for a, b in zip(starts, [*starts[1:], len(rows)], strict=False)]
    return [p for p in parts if len(p) >= 2]


def _proportional(rows: list[list[Evidence]]) -> list[Records | None]:
    """A proportional table's readers (whitespace, then header), over entries of two lines when the rows as
    printed make no table."""
    read = [_aligned(rows), header_columns(rows, proportional=True)]
    if read[0] is not None and header_printed(read[0]) and (by_piece := pieced(rows)) is not None \
            and len(by_piece.columns) < len(read[0].columns):
        read[0] = by_piece  # a list view's names of two words ("Task Name") parted at their space shift every cell
    if read[0] is not None and read[1] is not None and name_parted(read[0], read[1], rows):
        read = [read[1]]  # whitespace parted a name of the header ("Total (£)") and so shifted every cell
    if not any(read) and (found := row_blocks(rows)) is not None:
        blocks, subtitles = found
        # (under a printed header only: whitespace alone over joined rows would read a chart's axis as a table)
        read = [_with_subtitles(header_columns(blocks, proportional=True), subtitles)]
    return read


def name_parted(split: Records, headed: Records, rows: list[list[Evidence]]) -> bool:
    """The whitespace reader took more columns than the header has names, and each name of several words was
    printed as one piece going on in uncapitalised words, a note or a unit ("Total (£)", "Due date"; not "Net
    Region", two names OCR ran together): whitespace parted those names."""
    pieces = {e.value.strip() for r in rows for e in r}
    spaced = [c.name.strip() for c in headed.columns if " " in c.name.strip()]
    return header_printed(split) and len(split.columns) > len(headed.columns) and bool(spaced) and all(
        n in pieces and not any(w[:1].isupper() for w in n.split()[1:]) for n in spaced)


def _with_subtitles(rec: Records | None, subtitles: dict[str, str]) -> Records | None:
    """The entries' subtitles (a ticker's company) as a column of their own beside the names."""
    if rec is None or not subtitles:
        return rec
    rows = [Row([*r.cells, next((subtitles[i] for i in r.ids if i in subtitles), "")], r.ids) for r in rec.rows]
    out = make_records(rec.kind, [*(c.name for c in rec.columns), "subtitle (full name, description)"], rows)
    if out is not None:
        out.key, out.by_header = rec.key, rec.by_header
    return out
