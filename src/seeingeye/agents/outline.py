"""A file's outline from the indentation of its lines: the entries nested one level under a key ("queues:"
in a broker config, a section of a YAML or TOML-like config, a list under a heading), so "how many queues
are declared" counts the keys directly under `queues:`, not every line below it."""

from __future__ import annotations

import re

from ..sir import SIR, Evidence
from .match import Matcher

_KEY = re.compile(r"^\s*[-\"']?([A-Za-z_][\w.-]*)[\"']?\s*:\s*$")  # a key that opens a block ("queues:")
_ENTRY = re.compile(r"^\s*(?:-\s+)?[\"']?([\w./-]+)[\"']?\s*:(?:\s|$)|^\s*-\s+\S")  # a key, or a list item


def _indented(sir: SIR) -> list[tuple[float, str, Evidence]]:
    """(indent, text, line) top to bottom: a code listing's own leading spaces, else each line's left edge
    in characters from the leftmost line."""
    code = [e for e in sir.by_kind("text") if e.attrs.get("code") and e.box is not None and e.value.strip()]
    if len(code) >= 4:
        code.sort(key=lambda e: e.box.cy)  # type: ignore[union-attr]
        rows = [(float(len(e.value) - len(e.value.lstrip())), e.value, e) for e in code]
        return sorted(_unnumbered_keys(sir, rows) + rows, key=lambda t: t[2].box.cy)  # type: ignore[union-attr]
    lines = [e for e in sir.by_kind("text") if e.box is not None and e.value.strip()]
    if len(lines) < 4:
        return []
    left = min(e.box.x0 for e in lines)  # type: ignore[union-attr]
    cw = sorted(e.box.w / max(1, len(e.value)) for e in lines)[len(lines) // 2]  # type: ignore[union-attr]
    return [((e.box.x0 - left) / max(cw, 1.0), e.value, e) for e in sorted(lines, key=lambda e: e.box.cy)]  # type: ignore[union-attr]


def _unnumbered_keys(sir: SIR, rows: list[tuple[float, str, Evidence]]) -> list[tuple[float, str, Evidence]]:
    """Block keys among a listing's numbered lines that the gutter reading left unnumbered (lines read apart
    from their numbers, the first ones of a file often): one level out from the numbered line that follows."""
    first, last = rows[0][2].box, rows[-1][2].box
    assert first is not None and last is not None
    taken = [e.box for _, _, e in rows if e.box is not None]
    out = []
    for e in sir.by_kind("text"):
        b = e.box
        if e.attrs.get("code") or b is None or not _KEY.match(e.value) or not (
                first.cy - 4 * first.h <= b.cy <= last.cy + 2 * last.h):
            continue
        if any(min(b.y1, t.y1) - max(b.y0, t.y0) > 0.5 * b.h for t in taken):
            continue  # the same line as a numbered one (read again, or its pieces)
        below = next((indent for indent, _, c in rows if c.box is not None and c.box.cy > b.cy), None)
        if below is not None:
            out.append((below - 2.0, e.value, e))
    return out


def children(sir: SIR, key: str, m: Matcher, floor: float = 0.8) -> tuple[list[str], list[str]] | None:
    """The entries one level under the block key the phrase names best (names, evidence ids), else None.
    A line indented deeper than a level by even one space (OCR's count may be a space out) is nested."""
    rows = _indented(sir)
    keys = [(i, k.group(1)) for i, (_, text, _) in enumerate(rows) if (k := _KEY.match(text))]
    if not keys:
        return None
    sc = m.scores(key, [name for _, name in keys])
    k = int(sc.argmax())
    if sc[k] < floor:
        return None
    start, depth = keys[k][0], rows[keys[k][0]][0]
    block = []
    for indent, text, e in rows[start + 1:]:
        if indent <= depth + 0.5:
            break
        block.append((indent, text, e))
    if not block:
        return None
    level = min(indent for indent, _, _ in block)
    entries = [(g.group(1) or text.strip(" -"), e.id) for indent, text, e in block
               if indent <= level + 0.5 and (g := _ENTRY.match(text))]
    return ([n for n, _ in entries], [i for _, i in entries]) if entries else None
