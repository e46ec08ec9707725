"""Lines of `key=value` fields as records: ping's replies ("64 bytes from 10.0.0.7: icmp_seq=3 ttl=62
time=48.7 ms"), logfmt logs ("level=warn msg=retry attempt=2"), benchmark and trace output. Each line is a
row, each key a column named by the key itself; a unit printed after a value stays with it ("48.7 ms").
"Which icmp_seq had the slowest reply" is then an extreme over the time column, answered by icmp_seq."""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

# a key, "=", a value (quoted, or up to the next blank), and a short unit after it that is no key of its own
_FIELD = re.compile(r"""(?<![\w.-])(?P<k>[A-Za-z_][\w.-]{0,30})=(?P<v>"[^"]*"|'[^']*'|[^\s=]+)"""
                    r"""(?:\s(?P<u>[A-Za-zµ%]{1,3})\b(?!\s*=))?""")


def _fields(text: str) -> dict[str, str]:
    return {m["k"]: (m["v"].strip("\"'") + (f" {m['u']}" if m["u"] else "")) for m in _FIELD.finditer(text)}


def keyed_lines(rows: list[list[Evidence]]) -> Records | None:
    """The longest run of lines holding two key=value fields or more, three lines or more sharing at least
    two keys; None when there is none."""
    runs: list[list[tuple[dict[str, str], list[str]]]] = [[]]
    for r in rows:
        fields = _fields(" ".join(e.value for e in r))
        if len(fields) >= 2:
            runs[-1].append((fields, [e.id for e in r]))
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    if len(run) < 3:
        return None
    keys = list(dict.fromkeys(k for f, _ in run for k in f))
    keys = [k for k in keys if sum(k in f for f, _ in run) >= 0.6 * len(run)]  # (a key on a line or two is noise)
    if len(keys) < 2:
        return None
    return make_records("keyed", keys, [Row([f.get(k, "") for k in keys], ids) for f, ids in run])
