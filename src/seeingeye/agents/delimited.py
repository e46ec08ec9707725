"""Tables printed as delimited text: a CSV file shown with `cat`, `head` or in an editor ("loom,threads" over
"Vellberg,31.5"), or the semicolon-parted kind of locales with a decimal comma. The header row names the columns; each
row parts at its delimiters the way Python's csv module parts it (quoted fields keep their commas)."""

from __future__ import annotations

import csv
import re

from ..sir import Evidence
from .columns import content_name
from .tabular import Records, Row, make_records

_HEADER_FIELD = re.compile(r"[^\W\d][\w .%()/-]{0,39}")  # "loom", "threads", "Unit price (EUR)"
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "1,234.50" is one figure, not two fields


def _fields(text: str, delimiter: str) -> list[str]:
    if delimiter not in text or _THOUSANDS.fullmatch(text.strip()):
        return []
    try:
        return [f.strip() for f in next(csv.reader([text.strip()], delimiter=delimiter, skipinitialspace=True))]
    except (csv.Error, StopIteration):
        return []


def _headed(fields: list[str]) -> bool:
    return len(fields) >= 2 and len(set(fields)) == len(fields) and all(_HEADER_FIELD.fullmatch(f) for f in fields)


def delimited_table(rows: list[list[Evidence]]) -> Records | None:
    """The first run of three or more rows (a header and two records or more) that part into as many fields
    as the header at the same delimiter; None when there is none. A field-count change ends the run (the
    prompt under a `cat`)."""
    found = delimited_tables(rows)
    return found[0] if found else None


def delimited_tables(rows: list[list[Evidence]]) -> list[Records]:
    """Every such run, in the order printed (a `head` of a CSV file, then a tool's CSV summary of it)."""
    texts = [(" ".join(e.value for e in r), r) for r in rows]  # (OCR may part a row at a delimiter)
    for delimiter in (",", ";"):
        out: list[Records] = []
        k = 0
        while k < len(texts):
            header = _fields(texts[k][0], delimiter)
            body: list[Row] = []
            if _headed(header):
                for text2, r in texts[k + 1:]:
                    fields = _fields(text2, delimiter)
                    if len(fields) != len(header):
                        break
                    body.append(Row(fields, [e.id for e in r]))
            if len(body) >= 2 and (rec := make_records("table", header, body)) is not None:
                out.append(rec)
                k += len(body)
            k += 1
        if out:
            return out
    return []


_RULER = re.compile(r"^\s*[-=_~*+]{6,}\s*$")
_LOGIN = re.compile(r"[a-z][a-z0-9._-]{1,30}")


_LINES = re.compile(r"\d+\s+lines?")


def pipe_entries(rows: list[list[Evidence]]) -> Records | None:
    """A log whose entries lead with a line of fields parted by " | " (a version-control log: "r41 | ines | 2025-01-09
    ... | 2 lines"), each followed by its message lines and a ruler: one row per entry, the message its last column;
    None when fewer than two such lines share a field count."""
    texts = [(" ".join(e.value for e in r), r) for r in rows]
    heads = [k for k, (t, _) in enumerate(texts) if t.count(" | ") >= 2]
    if len(heads) < 2:
        return None
    width = max(set(len(texts[k][0].split(" | ")) for k in heads),
                key=lambda n: sum(len(texts[k][0].split(" | ")) == n for k in heads))
    heads = [k for k in heads if len(texts[k][0].split(" | ")) == width]
    body: list[Row] = []
    for a, b in zip(heads, [*heads[1:], len(texts)], strict=True):
        said = []
        for t, _ in texts[a + 1:b]:  # its message: the lines up to the ruler under it
            if _RULER.match(t):
                break
            said += [t.strip()] if t.strip() else []
        ids = [e.id for _, r in texts[a:a + 1 + len(said)] for e in r]
        body.append(Row([f.strip() for f in texts[a][0].split(" | ")] + [" ".join(said)], ids))
    if len(body) < 2:
        return None
    header = [content_name([r.cells[j] for r in body]) for j in range(width)] + ["message (subject, description)"]
    for j in range(1, width):  # a log's column of logins beside its revision: who made each entry
        if all(_LOGIN.fullmatch(r.cells[j]) for r in body) and header[j] == "name":
            header[j] = "author (user, who, committer)"
        elif all(_LINES.fullmatch(r.cells[j]) for r in body):  # "1 line": how long the message is, no message
            header[j] = "lines (length of the message)"
    return make_records("log", header, body)
