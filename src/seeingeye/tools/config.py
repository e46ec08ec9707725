"""`config`: a configuration file on screen — in an editor or `cat` in a terminal — read as key paths.

INI/TOML sections (`[database]`), YAML nesting (by indent, measured from the boxes since OCR drops leading
spaces), `key = value`, `key: value`, `KEY=value` and JSON `"key": value` lines become facts labelled by their
path ("database host" = store01.corp, "spec replicas" = 7), so "which host does the database use" and
"how many replicas" are look-ups rather than guesses among every line. A YAML list of `- name: X` /
`value: Y` entries (environment variables) gives X = Y. Counts of sections and of list entries are facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .inkwords import line_rows
from .ocr import OcrLine, read_lines

_SECTION = re.compile(r"^[\[|lI]?\s*([\w.\- \"]+?)\s*\]$")  # OCR may drop the "[" or read it as "l", "|"
_PAIR = re.compile(r"^(-\s+)?[\"']?([A-Za-z_][\w.\-]*)[\"']?\s*(?:=|:(?=\s|$))\s*(.*?)\s*,?$")
_COMMENT = ("#", ";", "//")
_NUMBERED = re.compile(r"^\d{1,4}$")


@dataclass
class Row:
    indent: float  # pixels from the block's left edge
    text: str
    box: Box


@dataclass
class Reading:
    facts: list[EvidenceDraft] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    lists: dict[str, int] = field(default_factory=dict)  # a list's path -> its number of entries


def _rows(lines: list[OcrLine]) -> list[Row]:
    """Printed rows, left to right; a leading line number (an editor's gutter) is dropped."""
    out = []
    for row in line_rows(lines, 0.45):
        row = sorted(row, key=lambda ln: ln.box.x0)
        if len(row) > 1 and _NUMBERED.match(row[0].text.strip()):
            row = row[1:]
        text = " ".join(ln.text.strip() for ln in row)
        text = re.sub(r"^\d{1,4}\s+(?=[\w\[\-\"'#])", "", text) if re.match(r"^\d{1,4}\s", text) else text
        box = Box(x0=row[0].box.x0, y0=min(ln.box.y0 for ln in row), x1=max(ln.box.x1 for ln in row),
                  y1=max(ln.box.y1 for ln in row))
        out.append(Row(row[0].box.x0, text, box))
    return out


_SPACED_NAME = re.compile(r"^[\w\-]+(?:\s?[.:/@]\s?[\w\-]+|\s[\w\-]+)*$")


def _clean(value: str) -> str:
    value = value.strip().strip(",").strip()
    if len(value) >= 2 and value[0] in "\"'“”" and value[-1] in "\"'“”":
        value = value[1:-1]
    value = value.strip()
    # A host, path or address has no spaces: OCR's ("store 01.corp", "ops @example.net") are closed up.
    if " " in value and re.search(r"[.:/@]", value) and _SPACED_NAME.match(value) and value.count(" ") <= 2:
        value = value.replace(" ", "")
    return value


def read_config(lines: list[OcrLine]) -> Reading:
    rows = [r for r in _rows(lines) if r.text]
    pairs = [r for r in rows if _PAIR.match(r.text) or _SECTION.match(r.text)]
    reading = Reading()
    if len(pairs) < 3 or len(pairs) < 0.4 * len(rows):
        return reading
    left = min(r.indent for r in pairs)
    glyph = float(np.median([r.box.w / max(len(r.text), 1) for r in pairs]))
    section: str | None = None
    stack: list[tuple[float, str]] = []  # (indent, key) of open YAML parents
    item: dict[str, tuple[str, Row]] = {}  # the current list entry's pairs (`- name: X` then `value: Y`)
    seen: dict[tuple[str, str], int] = {}  # (parent path, key) -> times set: repeats are list entries
    for r in pairs:
        if m := _SECTION.match(r.text):
            section, stack = m.group(1).strip("\" "), []
            _close_item(item, reading)
            item = {}
            reading.sections.append(section)
            continue
        m = _PAIR.match(r.text)
        assert m is not None
        dash, key, value = m.group(1), m.group(2), _clean(m.group(3))
        indent = (r.indent - left) / max(glyph, 1.0)
        # a `- ` entry may sit at its parent key's own indent; a plain key closes every parent not left of it
        while stack and (stack[-1][0] > indent + 0.5 if dash else stack[-1][0] >= indent - 0.5):
            stack.pop()
        parents = ([section] if section else []) + [k for _, k in stack]
        where = " ".join(parents[-2:]) or "list"  # the nearest parents name a list ("containers env")
        seen[where, key] = seen.get((where, key), 0) + 1
        if dash or key.lower() in item:  # OCR may drop the dash: a repeated key opens the next entry too
            _close_item(item, reading)
            item = {}
            reading.lists[where] = max(reading.lists.get(where, 0) + bool(dash), seen[where, key])
        if not value or value in ("|", ">", "{", "["):
            stack.append((indent + (2 if dash else 0), key))
            continue
        item[key.lower()] = (value, r)
        label = " ".join([*parents[-2:], key])  # the nearest parents: "containers image", not the whole path
        reading.facts.append(EvidenceDraft(kind="key_value", label=label, value=value, box=r.box, confidence=0.85,
                                           attrs={"source_structure": "config", "key": key}))
    _close_item(item, reading)
    return reading


def _close_item(item: dict[str, tuple[str, Row]], reading: Reading) -> None:
    """`- name: DB_POOL` / `value: "59"`: the entry names a setting and gives its value."""
    if "name" in item and "value" in item:
        (name, row), (value, vrow) = item["name"], item["value"]
        box = Box(x0=row.box.x0, y0=row.box.y0, x1=max(row.box.x1, vrow.box.x1), y1=vrow.box.y1)
        reading.facts.append(EvidenceDraft(kind="key_value", label=name, value=value, box=box, confidence=0.85,
                                           attrs={"source_structure": "config", "key": name}))


class ConfigArgs(BaseModel):
    pass


@tool(name="config")
def config(ctx: ToolContext, args: ConfigArgs) -> ToolResult:
    """A configuration file (INI, TOML, YAML, .env, JSON) on screen: each setting by its section/parent path
    and key, `- name:`/`value:` entries as settings, and the number of sections and of entries per list."""
    reading = read_config(read_lines(ctx))
    if not reading.facts:
        return ToolResult(summary="no configuration file")
    drafts = list(reading.facts)
    if reading.sections:
        n = len(reading.sections)
        drafts.append(EvidenceDraft(kind="number", label="number of sections in the configuration file",
                                    value=str(n), number=float(n), confidence=0.8, attrs={"count_of": "section"}))
    for where, n in reading.lists.items():
        drafts.append(EvidenceDraft(kind="number", label=f"number of entries under {where}", value=str(n),
                                    number=float(n), confidence=0.75, attrs={"count_of": f"{where} entry"}))
    return ToolResult(evidence=drafts, summary=f"configuration: {len(reading.facts)} settings, "
                                                f"{len(reading.sections)} sections")
