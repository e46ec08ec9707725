"""Lines of `key=value` fields as records: ping's replies ("64 bytes from 10.0.0.7: icmp_seq=3 ttl=62
time=48.7 ms"), logfmt logs ("level=warn msg=retry attempt=2"), benchmark and trace output; and entries that
end in `key: value` fields, each value one word (a timeline's "Tune the fan change: 4be0 by: odo lane:
main"), the words before the first field the entry itself. Each line is a row, each key a column named by
the key itself; a unit printed after a value stays with it ("48.7 ms"). "Which icmp_seq had the slowest
reply" is then an extreme over the time column, answered by icmp_seq."""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records
from .types import has_type

# a key, "=", a value (quoted, or up to the next blank), and a short unit after it that is no key of its own
_FIELD = re.compile(r"""(?<![\w.-])(?P<k>[A-Za-z_][\w.-]{0,30})=(?P<v>"[^"]*"|'[^']*'|[^\s=]+)"""
                    r"""(?:\s(?P<u>[A-Za-zµ%]{1,3})\b(?!\s*=))?""")


# a lower-case key, ": ", one word: fields a web page or a tool prints in a row ("by: odo lane: main")
_COLON_FIELD = re.compile(r"(?<![\w.-])(?P<k>[a-z][a-z_-]{1,20}):\s(?P<v>[^\s:]+)(?=\s|$)")
ENTRY = "entry (message, title, what it says)"
WHEN = "date (when, time)"


def _fields(text: str) -> dict[str, str]:
    found = {m["k"]: (m["v"].strip("\"'") + (f" {m['u']}" if m["u"] else "")) for m in _FIELD.finditer(text)}
    if len(found) >= 2:
        return found
    marks = list(_COLON_FIELD.finditer(text))
    if len(marks) < 2:
        return found
    lead = text[: marks[0].start()].strip()
    return ({ENTRY: lead} if lead else {}) | {m["k"]: m["v"] for m in marks}


def keyed_lines(rows: list[list[Evidence]]) -> Records | None:
    """The longest run of lines holding two key=value fields or more, three lines or more sharing at least
    two keys; None when there is none."""
    runs: list[list[tuple[dict[str, str], list[str]]]] = [[]]
    between: list[list[Evidence]] = []  # the lines since the last entry: a timeline prints its date over each
    for r in rows:
        fields = _fields(" ".join(e.value for e in r))
        if len(fields) >= 2:
            when = " ".join(e.value for row in between[-2:] for e in row)
            if between and (has_type(when, "date") or has_type(when, "time")):
                fields = {WHEN: when} | fields
            runs[-1].append((fields, [e.id for e in r]))
            between = []
        elif runs[-1] and (len(between) >= 2 or not runs[-1][-1][0].get(ENTRY)):
            runs.append([])
            between = [r]
        else:
            between.append(r)
    run = max(runs, key=len)
    if len(run) < 3:
        return None
    keys = list(dict.fromkeys(k for f, _ in run for k in f))
    keys = [k for k in keys if sum(k in f for f, _ in run) >= 0.6 * len(run)]  # (a key on a line or two is noise)
    if len(keys) < 2:
        return None
    rec = make_records("keyed", keys, [Row([f.get(k, "") for k in keys], ids) for f, ids in run])
    if rec is not None and ENTRY in keys:
        rec.key = keys.index(ENTRY)  # the entry names its row ("what was checked in after X")
    return rec
