"""Records tidied after they are read, whatever read them: a terminal's table without the prompt under it, a
mail index's subjects without nmh's body preview,
item names without the count a receipt prints before them ("3 x Pretzel"), names without the icon every
row draws before them, which OCR reads as a letter ("D Quillmere"), and two columns OCR ran together under
their two headers ("VSZ_NAME" over "80412 indexer") set apart again."""

from __future__ import annotations

import re

from ..tools.shell import bare_prompt
from .tabular import Column, Records, Row, cell_type, column_type


def without_prompt(rec: Records) -> None:
    """A table read to the bottom of a terminal without the shell's prompt waiting under it ("PS C:\\src>",
    "me@box:~$"): a row of one cell that is a command line with no command."""
    while rec.rows and len(filled := [c for c in rec.rows[-1].cells if c.strip()]) == 1 and bare_prompt(filled[0]):
        rec.rows.pop()


def without_previews(rec: Records) -> None:
    """A mail index's subjects without the body's first words that nmh's `scan` prints after them
    ("Lunch on Thursday?<<Hi Maya, ..."): the subject is what is asked for and named."""
    for j in range(len(rec.columns)):
        cells = [r.cells[j] for r in rec.rows if j < len(r.cells)]
        if len(cells) >= 2 and sum("<<" in c for c in cells) >= 0.6 * len(cells):
            for r in rec.rows:
                if j < len(r.cells) and "<<" in r.cells[j]:
                    r.cells[j] = r.cells[j].split("<<", 1)[0].strip()


_LED = re.compile(r"^(\S) (?=\S)")  # one glyph, a space, then the name


# a lone CJK sign or pictograph before a name in Latin letters ("目 notes.md"): no script writes a name so
_WIDE = re.compile(r"[\u2190-\u2bff\u2e80-\u9fff\uf900-\ufaff\U0001f000-\U0001faff]")
_SIGN_LED = re.compile(r"^\s*[\u2190-\u2bff\u2e80-\u9fff\uf900-\ufaff\U0001f000-\U0001faff]\s*([A-Za-z0-9_].*)$")


def without_icons(rec: Records) -> None:
    """A column whose cells nearly all start with the same lone glyph ("D Oakum", "D Velvet Lanes"): the file
    or track icon each row draws, read as a letter; the names are what is asked for and named."""
    for j in range(len(rec.columns)):
        cells = [r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j].strip()]
        led = [m.group(1) for c in cells if (m := _LED.match(c))]
        if len(cells) >= 3 and led and max(led.count(g) for g in set(led)) >= 0.8 * len(cells):
            glyph = max(set(led), key=led.count)
            for r in rec.rows:
                if j < len(r.cells) and r.cells[j].startswith(glyph + " "):
                    r.cells[j] = r.cells[j][2:]
        for r in rec.rows:  # an icon OCR read as a CJK sign or a symbol, on any row, before a Latin name
            if j < len(r.cells) and (m := _SIGN_LED.match(r.cells[j])) and not _WIDE.search(m.group(1)):
                r.cells[j] = m.group(1)


# The column a count split off a name goes into; the count reader looks quantities up by this name too.
QUANTITY_COLUMN = "quantity (qty, count, units, how many)"
_TIMES = re.compile(r"^\s*(\d{1,3})\s*[x×]\s+(\S.*)$")  # a receipt's "2 x Latte": two of the item


_NUMBERED = re.compile(r"^(\d{1,3})\s+(\S.*)$")


def without_row_numbers(rec: Records) -> None:
    """A list view's own row numbers read into the names beside them ("4 The Basalt Choir" on the fourth row):
    dropped where the number is the row's place, on two rows or more (a name that starts with a figure keeps it
    elsewhere)."""
    k = rec.key
    places = [j for j, r in enumerate(rec.rows) if k < len(r.cells) and (m := _NUMBERED.match(r.cells[k]))
              and int(m.group(1)) == j + 1]
    if len(places) < 2:
        return
    for j in places:
        rec.rows[j].cells[k] = _NUMBERED.sub(r"\2", rec.rows[j].cells[k])


def quantities_apart(rec: Records) -> None:
    """Names that lead with a count ("3 x Pretzel") on two rows or more: the count in a quantity column of its
    own, so the item is named as it is ("which line cost the most": Pretzel)."""
    k = rec.key
    if k >= len(rec.columns) or rec.kind == "key_value" or \
            sum(bool(_TIMES.match(r.cells[k])) for r in rec.rows if k < len(r.cells)) < 2:
        return
    rec.columns.insert(k, Column(QUANTITY_COLUMN, "number"))
    for r in rec.rows:
        m = _TIMES.match(r.cells[k]) if k < len(r.cells) else None
        r.cells[k:k + 1] = [m.group(1), m.group(2)] if m else ["", r.cells[k] if k < len(r.cells) else ""]
    rec.key += 1
    if rec.content is not None and rec.content >= k:
        rec.content += 1


# a runner's counter before each entry: "2/4 Test #2: vm_gc", "[3/12] build_docs"
_COUNTER = re.compile(r"^\s*\[?\d+/\d+\]?\s+(?:[A-Za-z]+\s*#\s*\d+:\s*)?(?=\S)")


def counted(cells: list[str]) -> bool:
    """Cells nearly all led by a running count of the whole ("2/4 Test #2: vm_gc")."""
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 3 and sum(bool(_COUNTER.match(c)) for c in filled) >= 0.8 * len(filled)


def without_count(cell: str) -> str:
    return _COUNTER.sub("", cell).strip()


_FIGURE = re.compile(r"[-+]?\d[\d.,]*")


def _two_pieces(cell: str) -> bool:
    """A figure and a word that are no one value together: not a date, a size or a duration ("12 May", "4 KiB")."""
    return cell_type(cell) in ("name", "text")


_RUN_HEADER = re.compile(r"^([A-Za-z%]+)[_ ]([A-Za-z%]+)$")  # two header words read as one ("RSS_CMD", "SIZE NAME")
_FIGURE_THEN_REST = re.compile(r"^([-+]?\d[\d.,]*[A-Za-z%]{0,3})\s+(\S.*)$")


def runs_apart(rec: Records) -> None:
    """A column headed by two words whose cells are (nearly all) a figure then another word ("80412 indexer"
    under "VSZ_NAME", "7.20 14.40" under "Price Sum"): the two columns OCR read as one, each under its own header,
    the name keeping the rows' key. A cell of one piece goes where its kind does, a lone figure under a column of
    two figures to the second (a bill's total stands under its line amounts)."""
    for j in range(len(rec.columns) - 1, -1, -1):
        head = _RUN_HEADER.match(rec.columns[j].name.strip())
        cells = [r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j].strip()]
        parts = [m for c in cells if (m := _FIGURE_THEN_REST.match(c.strip())) and _two_pieces(c)]
        rests = [m.group(2).lower().split() for m in parts]
        common = max((sum(w in r for r in rests) for w in {w for r in rests for w in r}), default=0)
        # (a unit or word every cell repeats, "3 days ago", "12 items", is one value's, not a second column)
        if head is None or len(parts) < 3 or len(parts) < 0.5 * len(cells) or common >= 0.5 * len(parts) and not \
                all(_FIGURE.fullmatch(m.group(2)) for m in parts):
            continue
        first, second = head.groups()
        kinds = (column_type([m.group(1) for m in parts]), column_type([m.group(2) for m in parts]))
        rec.columns[j:j + 1] = [Column(first, kinds[0]), Column(second, kinds[1])]
        for r in rec.rows:
            m = _FIGURE_THEN_REST.match(r.cells[j].strip()) if j < len(r.cells) else None
            if j < len(r.cells):
                alone = r.cells[j]
                r.cells[j:j + 1] = [m.group(1), m.group(2)] if m else [alone, ""] if (
                    column_type([alone]) == kinds[0] != kinds[1]) else ["", alone]
        if rec.key >= j:
            rec.key += 1  # (the name column is the second half: a key on the merged column moves with it)
        if rec.content is not None and rec.content > j:
            rec.content += 1


def _shape(row: Row) -> str:
    """A row's words without its figures: the shape rows of one kind share ("# days ago | # % uptime")."""
    return re.sub(r"\d[\d.,:]*", "#", " | ".join(c.strip() for c in row.cells if c.strip()))


def _without(cell: str, words: set[str]) -> str:
    return " ".join(w for w in cell.split() if w.lower() not in words) or cell


def details_joined(rec: Records) -> None:
    """Entries printed as a name row over a detail row of one shape (a status page's component over "90 days
    ago | 99.8 % uptime | Today"): one row each, the detail's cells as columns of their own, each named by the
    word its cells share ("uptime") when they share one."""
    if rec.kind == "key_value" or len(rec.rows) < 6:
        return
    for start in (0, 1):
        names, details = rec.rows[start::2], rec.rows[start + 1::2]
        shapes = {_shape(r) for r in details}
        if len(details) < 3 or len(shapes) != 1 or len(names) - len(details) not in (0, 1) \
                or len({_shape(r) for r in names}) < len(names) or "#" not in next(iter(shapes)):
            continue
        filled = [j for j, c in enumerate(details[0].cells) if c.strip()]
        width = len(rec.columns)
        said: dict[int, set[str]] = {}
        for j in filled:
            words = [set(re.findall(r"[^\W\d_]{3,}", r.cells[j].lower())) for r in details if j < len(r.cells)]
            said[j] = set.intersection(*words) if words else set()
        for detail in details:  # the shared word names the column ("uptime"), the cell keeps its figure
            detail.cells = [_without(c, said[j]) if j in said and re.search(r"\d", c) else c
                            for j, c in enumerate(detail.cells)]
        for j in filled:
            cells = [r.cells[j] for r in details if j < len(r.cells)]
            rec.columns.append(Column(" ".join(sorted(said[j])) or f"detail {j + 1}", column_type(cells)))
        for name, detail in zip(names, details, strict=False):
            name.cells = name.cells[:width] + [""] * (width - len(name.cells)) + \
                [detail.cells[j] if j < len(detail.cells) else "" for j in filled]
            name.ids = name.ids + detail.ids
        rec.rows[start:] = names
        return
