"""Tables printed as delimited text: a CSV file shown with `cat`, `head` or in an editor ("loom,threads" over
"Vellberg,31.5"), or the semicolon-parted kind of locales with a decimal comma. The header row names the columns; each
row parts at its delimiters the way Python's csv module parts it (quoted fields keep their commas)."""

from __future__ import annotations

import csv
import re

from ..sir import Evidence
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
    texts = [(" ".join(e.value for e in r), r) for r in rows]  # (OCR may part a row at a delimiter)
    for delimiter in (",", ";"):
        for k, (text, _) in enumerate(texts):
            header = _fields(text, delimiter)
            if not _headed(header):
                continue
            body: list[Row] = []
            for text2, r in texts[k + 1:]:
                fields = _fields(text2, delimiter)
                if len(fields) != len(header):
                    break
                body.append(Row(fields, [e.id for e in r]))
            if len(body) >= 2:
                return make_records("table", header, body)
    return None
