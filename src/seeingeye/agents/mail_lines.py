"""A listing of mail, one message a line, each naming its sender with an address: "Mon Mar 9 12:59 2026 N
Ilse Marr <ilse.marr@tarnwood.eu> Boiler service slot" (mu, mutt, mailx, `git log` with the author's address).

Read as records: what stands before the sender (its date, the client's flags), the sender, the address and
what follows (the subject). The sender's name starts at the first word its address spells, so a flag run into
it ("Rx Ilse Marr") stays with the flags."""

from __future__ import annotations

import re

from ..sir import Evidence
from .person_answer import named_by_address
from .tabular import Records, Row, make_records
from .types import spans

_SENT = re.compile(r"^(?P<before>.*?)(?P<name>(?:[^\W\d_][\w'’.-]*\s+){0,5}?[^\W\d_][\w'’.-]*)?\s*"
                   r"<(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)>\s*(?P<rest>.*)$")


def _parts(text: str) -> tuple[str, str, str, str, str] | None:
    """(date, flags, sender, address, subject) of one line, or None."""
    m = _SENT.match(text.strip())
    if m is None:
        return None
    head = f"{m.group('before')} {m.group('name') or ''}".strip()
    name = named_by_address(head, m.group("local")) if head else m.group("local")
    before = head[: len(head) - len(name)].strip() if head.endswith(name) else ""
    # the date runs to its last year or time of day ("Mon Mar 9 12:59:00 2026"); the client's flags follow it
    d = _DATED.match(before)
    when, flags = (d.group(1), d.group(2)) if d and (spans(d.group(1), "date") or ":" in d.group(1)) else ("", before)
    return when.strip(), flags.strip(), name, f"{m.group('local')}@{m.group('domain')}", m.group("rest").strip()


_DATED = re.compile(r"^(.*(?:\b\d{4}-\d{2}-\d{2}\b|\b\d{4}\b(?!-)|\b\d{1,2}:\d{2}(?::\d{2})?))(?:\s+(.*))?$")


def mail_lines(rows: list[list[Evidence]]) -> Records | None:
    """Three or more lines that each name a sender by address, as records of the messages; else None."""
    found = []
    for row in rows:
        parts = _parts(" ".join(e.value for e in sorted(row, key=lambda e: e.box.x0 if e.box else 0.0)))
        if parts is not None and parts[2]:
            found.append((parts, [e.id for e in row]))
    if len(found) < 3:
        return None
    dated = any(p[0] for p, _ in found)
    flagged = any(p[1] for p, _ in found)
    header = [*(["date"] if dated else []), *(["flags"] if flagged else []), "from (sender)", "address", "subject"]
    body = [Row([*([p[0]] if dated else []), *([p[1]] if flagged else []), p[2], p[3], p[4]], ids)
            for p, ids in found]
    return make_records("log", header, body)
