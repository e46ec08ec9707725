"""Cards in a column: entries of two to four lines stacked the same way, one under another at one pitch (an
alarm list's name over its time over its days; a contact list's name over a number over an address), each
perhaps with a switch or a box at its right. Read line by line they are a heap of unrelated lines, so "which
reminder goes off last" finds no times to rank and "is the 7:15 one on" no row. Read together they are a table:
a row per card, its top line the item's name, a column per line under it (typed by what it holds), and the
state of the switch the card holds.
"""

from __future__ import annotations

from statistics import median

from ..sir import Evidence
from .page_rows import char_width
from .tabular import PRINT_WEIGHT, WEIGHTS, Records, Row, cell_type, make_records
from .types import PATTERNS

# The state of a card's switch or box, named the ways people ask ("is it on", "enabled", "active").
SWITCHED = {"on": "on (enabled, active, switched on)", "off": "off (disabled, inactive, switched off)",
            "checked": "on (enabled, checked, ticked)", "unchecked": "off (disabled, unchecked)"}
_NAMES = {"time": "time (when, at)", "date": "date (when)", "money": "amount (price)", "number": "number"}


def _signature(row: list[Evidence]) -> tuple[str, float, bool]:
    """What a card's line is: its type, its print size (a title, a big clock face, a small caption) and whether
    a value stands apart at its right end (a message's time beside its sender)."""
    e = row[0]
    assert e.box is not None
    return cell_type(e.value), e.box.h, _corner(row) is not None


def _alike(a: tuple[str, float, bool], b: tuple[str, float, bool]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= 0.3 * max(a[1], b[1])


def _periodic(sigs: list[tuple[str, float, bool]]) -> int | None:
    """The smallest number of lines (2 to 4) that repeat as one card's layout three times or more, its top
    line words, its lines told apart by type or size."""
    for k in (2, 3, 4):
        n = len(sigs) // k
        # (a line under the top one holds a typed value, a time, a date, a figure, or every top line has a
        # value apart at its end, a time beside a sender: words over words alone are a ticket's or a form's
        # labels over their values, read as pairs)
        cornered = n >= 3 and all(sigs[i * k][2] and not any(sigs[i * k + j][2] for j in range(1, k))
                                  for i in range(n))
        if n >= 3 and sigs[0][0] in ("text", "name") and all(_alike(sigs[i], sigs[i % k]) for i in range(n * k)) \
                and (cornered or (any(not _alike(sigs[0], sigs[j]) for j in range(1, k))
                                  and any(sigs[j][0] not in ("text", "name", "status") for j in range(1, k)))):
            return k
    return None


def _left_column(rows: list[list[Evidence]]) -> list[list[Evidence]]:
    """The rows whose first piece starts at the commonest left edge: the cards' own lines, not a toolbar's."""
    firsts = [r[0] for r in rows if r and r[0].box is not None]
    if len(firsts) < 6:
        return []
    edges = sorted(e.box.x0 for e in firsts if e.box is not None)
    best = max(edges, key=lambda x: sum(abs(x - o) <= 6 for o in edges))
    return [r for r in rows if r and r[0].box is not None and abs(r[0].box.x0 - best) <= 6]


def card_blocks(rows: list[list[Evidence]], controls: list[Evidence]) -> Records | None:
    """The cards of three or more entries laid out alike, a row each (see the module's note)."""
    column = [sorted(r, key=lambda e: e.box.x0 if e.box else 0.0) for r in _left_column(rows)]
    for start in range(min(3, len(column))):
        part = column[start:]
        sigs = [_signature(r) for r in part]
        if (k := _periodic(sigs)) is None:
            continue
        n = len(sigs) // k
        cards = [part[i * k : (i + 1) * k] for i in range(n)]
        tops = [c[0][0].box.y0 for c in cards if c[0][0].box is not None]
        pitch = [b - a for a, b in zip(tops, tops[1:], strict=False)]
        # one pitch: cards of one height, not lines that happen to alternate
        if not pitch or max(pitch) > 1.2 * median(pitch) or min(pitch) < 0.8 * median(pitch):
            continue
        return _table(cards, controls, median(pitch))
    return None


def _table(cards: list[list[list[Evidence]]], controls: list[Evidence], pitch: float) -> Records | None:
    types = ["time" if all(PATTERNS["time"].fullmatch(c[j][0].value.strip()) for c in cards) else _signature(r)[0]
             for j, r in enumerate(cards[0])]
    header = ["item (name, title)"] + [_NAMES.get(t, f"line {j + 1}") for j, t in enumerate(types[1:], start=1)]
    states = [_state(c, controls, pitch) for c in cards]
    switched = sum(s is not None for s in states) >= 0.6 * len(cards)
    corners = [_corner(c[0]) for c in cards]
    cornered = all(corners)
    if cornered:
        header.append("when (time, date)" if all(cell_type(x or "") in ("time", "date") for x in corners)
                      else "top right (corner)")
    # a card whose top line is bold among cards whose are not: unread, new (a mail or chat list's convention)
    bold = [bool(c[0][0].attrs.get("bold")) for c in cards]
    weighted = any(bold) and not all(bold)
    body = []
    for card, state, corner, heavy in zip(cards, states, corners, bold, strict=True):
        cells = [" ".join(e.value.strip() for e in _run(line)) for line in card]
        cells += [corner or ""] if cornered else []
        cells += [state or ""] if switched else []
        cells += [WEIGHTS[0] if heavy else WEIGHTS[1]] if weighted else []
        body.append(Row(cells, [e.id for line in card for e in line]))
    header += (["state (on, off)"] if switched else []) + ([PRINT_WEIGHT] if weighted else [])
    rec = make_records("list", header, body)
    if rec is not None:
        rec.key = 0
    return rec


def _run(line: list[Evidence]) -> list[Evidence]:
    """The line's first piece and those that follow it closely (not a row's icon or button far right)."""
    out = [line[0]]
    for e in line[1:]:
        if e.box is None or out[-1].box is None or e.box.x0 - out[-1].box.x1 > 3 * char_width(out[-1]):
            break
        out.append(e)
    return out


def _corner(line: list[Evidence]) -> str | None:
    """The value standing apart at the line's right end, past its run of words (a message's time), if any."""
    rest = line[len(_run(line)):]
    return " ".join(e.value.strip() for e in rest) or None if rest else None


def _state(card: list[list[Evidence]], controls: list[Evidence], pitch: float) -> str | None:
    """The state of the switch or box standing right of the card's lines within its height."""
    pieces = [e.box for line in card for e in _run(line) if e.box is not None]
    top, bottom, right = pieces[0].y0, max(b.y1 for b in pieces), max(b.x1 for b in pieces)
    cw = char_width(card[0][0])
    for c in controls:
        b = c.box
        if b is not None and top - 0.1 * pitch <= b.cy <= bottom + 0.1 * pitch and b.x0 > right + cw \
                and c.attrs.get("control") in ("toggle", "checkbox") and c.value in SWITCHED:
            return SWITCHED[c.value]
    return None
