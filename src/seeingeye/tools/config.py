"""`config`: a configuration file on screen — in an editor or `cat` in a terminal — read as key paths.

INI/TOML sections (`[database]`), YAML nesting (by indent, measured from the boxes since OCR drops leading
spaces), `key = value`, `key: value`, `KEY=value` and JSON `"key": value` lines become facts labelled by their
path ("database host" = store01.corp, "spec replicas" = 7), so "which host does the database use" and
"how many replicas" are look-ups rather than guesses among every line. A YAML list of `- name: X` /
`value: Y` entries (environment variables) gives X = Y. Counts of sections and of list entries are facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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
_NUMBERED_LINE = re.compile(r"^\s*\d{1,4}\s+[\w\[#\"'-]")  # a gutter's number OCR read with its line


def _ocr_key(key: str) -> str:
    """A key as printed: OCR's 0 among letters is an O ("HTTP_P0RT", "DB_P00L"). (Its 1 for a leading l,
    "1og_level", is mended on the row, before the row can read as a pair.)"""
    return re.sub(r"(?<=[A-Za-z])0|0(?=[A-Za-z])", "O", key)


@dataclass
class Row:
    indent: float  # pixels from the block's left edge
    text: str
    box: Box
    pane: int = 0  # which of the side-by-side panes (a diff tool's two files) the row is in


@dataclass
class Reading:
    facts: list[EvidenceDraft] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    lists: dict[str, int] = field(default_factory=dict)  # a list's path -> its number of entries


def _rows(lines: list[OcrLine]) -> list[Row]:
    """Printed rows, left to right; a leading line number (an editor's gutter) is dropped. A line number
    further along a row starts a second pane's row: a diff tool shows two files side by side."""
    out = []
    for row in line_rows(lines, 0.45):
        row = sorted(row, key=lambda ln: ln.box.x0)
        cuts = [0] + [i for i in range(1, len(row)) if _NUMBERED.match(row[i].text.strip()) and i < len(row) - 1
                      or _NUMBERED_LINE.match(row[i].text)] + [len(row)]
        for pane, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
            part = row[a:b]
            if len(part) > 1 and _NUMBERED.match(part[0].text.strip()):
                part = part[1:]
            text = re.sub(r"^1(?=[a-z]{2})", "l", " ".join(ln.text.strip() for ln in part))  # "1og_level"
            text = re.sub(r"^\d{1,4}\s+(?=[\w\[\-\"'#])", "", text) if re.match(r"^\d{1,4}\s", text) else text
            box = Box(x0=part[0].box.x0, y0=min(ln.box.y0 for ln in part), x1=max(ln.box.x1 for ln in part),
                      y1=max(ln.box.y1 for ln in part))
            out.append(Row(part[0].box.x0, text, box, pane))
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
    """The settings of the file on screen; of each file, when two are shown side by side (a diff: the left
    one is the original, the right one the changed copy), with the settings whose values differ counted."""
    rows = [r for r in _rows(lines) if r.text]
    panes = sorted({r.pane for r in rows})
    if len(panes) < 2 or sum(r.pane > 0 for r in rows) < 3:
        return _read_pane([replace(r, pane=0) for r in rows])
    left, right = (_read_pane([r for r in rows if r.pane == p]) for p in panes[:2])
    if not (left.facts and right.facts):
        return _read_pane(rows)
    split = min(r.box.x0 for r in rows if r.pane == panes[1])
    # the panes' rows proper: those with a row of the other pane beside them (not a title bar above both)
    paired = [r for r in rows if any(o.pane != r.pane and abs(o.box.cy - r.box.cy) < 0.5 * r.box.h for o in rows)]
    return _compared(left, right, [_pane_name([r for r in paired if r.pane == panes[0]], lines, 0, split),
                                   _pane_name([r for r in paired if r.pane == panes[1]], lines, split, 1e9)])


def _pane_name(rows: list[Row], lines: list[OcrLine], x0: float, x1: float) -> str:
    """The file a pane (x0..x1) shows: the last path part of the line printed over its first row."""
    if not rows:
        return ""
    top = min(rows, key=lambda r: r.box.y0)
    over = [ln for ln in lines if ln.box.y1 <= top.box.y0 + 2 and x0 <= ln.box.cx < x1
            and re.search(r"\w\.\w", ln.text)]
    return re.split(r"[/\\]", max(over, key=lambda ln: ln.box.y1).text.strip())[-1] if over else ""


def _compared(left: Reading, right: Reading, names: list[str]) -> Reading:
    """Two readings of one file before (left) and after (right): each setting named with its side, and
    whether it changed; the number of settings that did."""
    # (keys mended of OCR's digits when read; case aside, "DB_HoST" is "DB_HOST")
    old = {(f.label or "").upper(): f for f in left.facts}
    new = {(f.label or "").upper(): f for f in right.facts}
    out = Reading(sections=list(dict.fromkeys(left.sections + right.sections)), lists=right.lists)
    for side, facts, name in (("old, original, left", left.facts, names[0]),
                              ("new, changed, right", right.facts, names[1])):
        side = f"{side}; {name}" if name else side
        out.facts += [f.model_copy(update={"label": f"{f.label} ({side})"}) for f in facts]
    changed = 0
    for label in old.keys() & new.keys():
        differs = old[label].value != new[label].value
        changed += differs
        name = new[label].label
        # a state, like a switch's ("did the port change?"), not a value a look-up of the setting should find
        out.facts.append(EvidenceDraft(kind="field", label=f"{name} changed", value="on" if differs else "off",
                                       box=new[label].box, confidence=0.8,
                                       attrs={"control": "changed", "source_structure": "config"}))
    out.facts.append(EvidenceDraft(kind="number", label="number of settings changed (differ between the files)",
                                   value=str(changed), number=float(changed), confidence=0.8,
                                   attrs={"count_of": "changed setting"}))
    return out


def _read_pane(rows: list[Row]) -> Reading:
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
        dash, key, value = m.group(1), _ocr_key(m.group(2)), _clean(m.group(3))
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


# A LaTeX command with one argument on a line of its own: "\title{...}", "\documentclass[a4paper]{report}"
_TEX = re.compile(r"^\s*\\([A-Za-z]+)\*?(?:\[[^\]]*\])?\{([^{}]+)\}\s*$")
_TEX_UNSLASHED = re.compile(r"^\s*([a-z]{4,})\*?(?:\[[^\]]*\])?\{([^{}]+)\}\s*$")


def tex_commands(lines: list[OcrLine]) -> list[EvidenceDraft]:
    """A LaTeX source on screen (three such commands or more): each command's argument under the command's name
    ("author" = the author, "documentclass" = report), and how many times each repeated command is given."""
    found = [(m.group(1), m.group(2).strip(), ln) for ln in lines if (m := _TEX.match(ln.text))]
    if len(found) < 3:
        return []
    # in a LaTeX source, a command whose backslash the text cursor (or a selection) hid from OCR
    found += [(m.group(1), m.group(2).strip(), ln) for ln in lines if (m := _TEX_UNSLASHED.match(ln.text))]
    out = [EvidenceDraft(kind="key_value", label=name, value=value, box=ln.box, confidence=0.8,
                         attrs={"source_structure": "tex", "key": name}) for name, value, ln in found]
    counts: dict[str, int] = {}
    for name, _, _ in found:
        counts[name] = counts.get(name, 0) + 1
    out += [EvidenceDraft(kind="number", label=f"number of \\{name} commands ({name}s in the file)", value=str(n),
                          number=float(n), confidence=0.75, attrs={"count_of": name})
            for name, n in counts.items() if n >= 2]
    return out


class ConfigArgs(BaseModel):
    pass


@tool(name="config")
def config(ctx: ToolContext, args: ConfigArgs) -> ToolResult:
    """A configuration file (INI, TOML, YAML, .env, JSON) on screen: each setting by its section/parent path
    and key, `- name:`/`value:` entries as settings, and the number of sections and of entries per list."""
    lines = read_lines(ctx)
    reading = read_config(lines)
    tex = tex_commands(lines)
    if not reading.facts and not tex:
        return ToolResult(summary="no configuration file")
    drafts = list(reading.facts) + tex
    if reading.sections:
        n = len(reading.sections)
        drafts.append(EvidenceDraft(kind="number", label="number of sections in the configuration file",
                                    value=str(n), number=float(n), confidence=0.8, attrs={"count_of": "section"}))
    for where, n in reading.lists.items():
        drafts.append(EvidenceDraft(kind="number", label=f"number of entries under {where}", value=str(n),
                                    number=float(n), confidence=0.75, attrs={"count_of": f"{where} entry"}))
    return ToolResult(evidence=drafts, summary=f"configuration: {len(reading.facts)} settings, "
                                                f"{len(reading.sections)} sections")
