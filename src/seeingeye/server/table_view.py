"""Tables out of a reading, as rows, and the formats an agent asks for (Markdown, CSV, JSON records).

`table_rows` is the one place that decides what a table is; the records structure (issue 16) will replace it
with its richer records without touching the formats or the MCP tool.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..sir import SIR

TableFormat = Literal["markdown", "csv", "json"]


class TableData(BaseModel):
    id: str = Field(description="evidence id of the table in the reading")
    header: list[str]
    rows: list[list[str]]
    box: list[int] | None = Field(None, description="x0, y0, x1, y1 in image pixels")
    row_labels: list[str] | None = None
    col_labels: list[str] | None = None


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def table_rows(sir: SIR) -> list[TableData]:
    """Every `table` evidence as header + rows (cells as printed), in reading order."""
    out = []
    for ev in sir.by_kind("table"):
        rows = [_strings(r) for r in ev.attrs.get("rows") or [] if isinstance(r, list)]
        header = _strings(ev.attrs.get("header"))
        if not rows and not header:
            continue
        out.append(TableData(id=ev.id, header=header, rows=rows, box=ev.box.as_list() if ev.box else None,
                             row_labels=_strings(ev.attrs.get("row_labels")) or None,
                             col_labels=_strings(ev.attrs.get("col_labels")) or None))
    return out


def column_names(t: TableData) -> list[str]:
    """Header names usable as JSON keys: blanks named by position, repeats numbered."""
    width = max([len(t.header), *(len(r) for r in t.rows)])
    names: list[str] = []
    for i in range(width):
        name = (t.header[i].strip() if i < len(t.header) else "") or f"column_{i + 1}"
        base, n = name, 2
        while name in names:
            name, n = f"{base}_{n}", n + 1
        names.append(name)
    return names


def to_records(t: TableData) -> list[dict[str, str]]:
    names = column_names(t)
    return [{names[i]: cell for i, cell in enumerate(row)} for row in t.rows]


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def to_markdown(t: TableData) -> str:
    names = column_names(t)
    head = names if t.header else [f"column_{i + 1}" for i in range(len(names))]
    lines = ["| " + " | ".join(_md_cell(h) for h in head) + " |", "|" + " --- |" * len(head)]
    for row in t.rows:
        cells = [_md_cell(c) for c in row] + [""] * (len(head) - len(row))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def to_csv(t: TableData) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if t.header:
        writer.writerow(t.header)
    writer.writerows(t.rows)
    return buf.getvalue()


def render_table(t: TableData, fmt: TableFormat) -> str:
    import json

    if fmt == "markdown":
        return to_markdown(t)
    if fmt == "csv":
        return to_csv(t)
    return json.dumps(to_records(t), ensure_ascii=False, indent=1)
