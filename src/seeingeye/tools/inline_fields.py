"""Figures a tool prints several to a line, each named where it stands.

- `key=value` lists after a label: "write: ops=3.2k, rate=88MB/s", "wait (ms): min=4, max=310, avg=21.5";
  a value may sit in brackets ("95.00th=[ 2311]"), and a line of fields with no label of its own is named by the
  heading over it ("response percentiles (ms):").
- a bracketed list of names paired by position with the list of figures printed beside it: a load tester's
  "Response  [min, mean, 50, 95, max]  2.1ms, 9.8ms, 7.7ms, 31ms, 402ms".

A percentile key is named also the ways people ask for it ("p95", "95th percentile", the 50th "median"), since
tools print it as "95.00th", "95%" or a bare "95" among min and max.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..sir import Box
from .layout import union
from .printed import PrintedLine, same_row

# a key (a name, or a percentile "99.00th"), "=", a value: bracketed, quoted, or up to a blank, comma or ";"
_FIELD = re.compile(r"(?<![\w.\-])(?P<k>[A-Za-z_][\w.\-]{0,30}|\d{1,2}(?:\.\d+)?(?:th|%))\s?=\s?"
                    r"""(?:\[\s*(?P<b>[^\]=]*?)\s*\]|"(?P<q>[^"]*)"|(?P<v>[^\s,;=\[\]]+))""")
_PERCENTILE = re.compile(r"p?(\d{1,2}(?:\.\d+)?)(?:th|%)?")
_STATS = {"min", "max", "mean", "avg", "average", "median", "stdev", "std", "total"}
_LIST = re.compile(r"^\[([^\[\]]+)\]$")


def _key(key: str) -> str:
    """A key as printed, with OCR's digit zero inside a word of capitals read back as the letter ("L0AD")."""
    return re.sub(r"(?<=[A-Z])0(?=[A-Z])", "O", key)


def percentile_name(key: str, among_stats: bool = False) -> str | None:
    """'95.00th' -> '95.00th (p95, 95th percentile)'; a bare figure counts only among statistics' names."""
    m = _PERCENTILE.fullmatch(key.strip())
    if m is None or (key.strip().isdigit() and not among_stats) or not 0 < float(m.group(1)) < 100:
        return None
    n = f"{float(m.group(1)):g}"
    return f"{key} (p{n}, {n}th percentile{', median' if n == '50' else ''})"


def assigned_fields(text: str, heading: str = "") -> list[tuple[str, str]]:
    """The `key=value` fields of a line holding two or more, each named by the line's label and its key;
    `heading` names the fields of a line that has no label of its own."""
    found = list(_FIELD.finditer(text))
    if len(found) < 2:
        return []
    lead = text[: found[0].start()].strip(" |:\t")
    lead = lead if re.search(r"[^\W\d_]", lead) else heading
    out = []
    for m in found:
        key = _key(m["k"])
        value = next(v for v in (m["b"], m["q"], m["v"]) if v is not None).strip()
        if value:
            out.append((f"{lead} {percentile_name(key) or key}".strip(), value))
    return out


def heading_of(text: str) -> str | None:
    """A line that names the lines under it: a label ending in a colon, no field of its own."""
    t = text.strip(" |")
    return t[:-1].strip() if t.endswith(":") and "=" not in t and len(t) <= 60 else None


def listed_pairs(label: str, names: str, values: str) -> list[tuple[str, str]]:
    """'Response', '[min, 50, 95, max]', '2.1ms, 7.7ms, 31ms, 402ms' -> each name under the label with its
    figure; nothing unless the names are bracketed and the two lists are as long."""
    m = _LIST.match(names.strip())
    if m is None:
        return []
    keys = [k.strip() for k in m.group(1).split(",")]
    vals = [v.strip() for v in values.split(",")]
    if len(keys) != len(vals) or not all(keys) or not all(vals):
        return []
    stats = any(k.lower() in _STATS for k in keys)
    return [(f"{label.strip()} {percentile_name(k, stats) or k}".strip(), v) for k, v in zip(keys, vals, strict=True)]


def inline_pairs(lines: Sequence[PrintedLine]) -> list[tuple[str, str, Box, float]]:
    """Every line's `key=value` fields and every row's bracketed names beside their figures, as (label, value,
    box, confidence); the lines are taken in order, so a heading names the field lines under it."""
    out: list[tuple[str, str, Box, float]] = []
    heading = ""
    for k, ln in enumerate(lines):
        if (h := heading_of(ln.text)) is not None:
            heading = h
            continue
        fields = assigned_fields(ln.text, heading)
        out += [(a, b, ln.box, ln.confidence) for a, b in fields]
        if not fields:
            heading = ""
        if not _LIST.match(ln.text.strip()):
            continue
        row = sorted((j for j, o in enumerate(lines) if same_row(ln.box, o.box)), key=lambda j: lines[j].box.x0)
        at = row.index(k)
        if 0 < at < len(row) - 1:
            label, values = lines[row[at - 1]], lines[row[at + 1]]
            box = union([label.box, values.box])
            out += [(a, b, box, values.confidence) for a, b in listed_pairs(label.text, ln.text, values.text)]
    return out
