"""`diff`: two versions of a configuration side by side (a diff tool's panes, two files compared) read as
old and new: each setting whose value changed with its value before and after, the settings one side alone
has, and the files compared. The left pane is the old version, the right the new, as diff tools lay them out
(a fact about the tools, not about the question).

Works on the OCR lines already read: a pane is the lines starting at one x; two panes of settings that share
most of their keys are two versions of one file.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines
from .ruled import word_spans

# "port = 8080", "port: 8080", nginx's "client_max_body_size 8m;" (a key, blanks, a value and a semicolon)
# (OCR reads a key's leading l as 1: "1imit_rate")
_SETTING = re.compile(r"^\s*((?:[A-Za-z_]|1(?=[a-z]))[\w.\-/]*)\s*(?:[=:]\s*(.+?)|\s(.+?);)\s*$")
_FILE = re.compile(r"[\w.-]+\.[A-Za-z][\w]{0,9}\b|[\w.-]*(?:/[\w.-]+)+")
OLD = "in the old version (left side, before the change, original)"
NEW = "in the new version (right side, after the change, updated, now)"


def _settings(lines: list[OcrLine]) -> dict[str, tuple[str, OcrLine]]:
    out: dict[str, tuple[str, OcrLine]] = {}
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        if (m := _SETTING.match(ln.text)) is not None:
            out.setdefault(m.group(1), ((m.group(2) or m.group(3) or "").strip(), ln))
    return out


_OCR_KEY = str.maketrans({"1": "l", "0": "o", "-": "_"})


def _counterpart(key: str, keys: dict[str, tuple[str, OcrLine]]) -> str:
    """The other pane's spelling of a key OCR read a little differently ("1imit-rate" for "limit_rate")."""
    if key in keys:
        return key
    norm = key.lower().translate(_OCR_KEY)
    close = [k for k in keys if SequenceMatcher(None, norm, k.lower().translate(_OCR_KEY)).ratio() >= 0.85]
    return close[0] if len(close) == 1 else key


def _key_of(ln: OcrLine) -> str:
    m = _SETTING.match(ln.text)
    return m.group(1) if m else ""


def _same(a: str, b: str) -> bool:
    """Two readings of one value: figures must agree exactly, words may differ by a misread letter."""
    a, b = a.strip(" .;,"), b.strip(" .;,")
    if re.search(r"\d", a + b):
        return a.replace(" ", "") == b.replace(" ", "")
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8


def split_panes(lines: list[OcrLine], width: int) -> tuple[list[OcrLine], list[OcrLine]] | None:
    """The lines of the left and the right pane: the right one starts where many lines start, past a third
    of the width; the left one is what ends before it."""
    starts = Counter(round(ln.box.x0 / 8) for ln in lines if ln.box.x0 > 0.3 * width)
    if not starts:
        return None
    x = starts.most_common(1)[0][0] * 8 - 8
    left, right = [], []
    for ln in lines:
        if ln.box.x0 >= x:
            right.append(ln)
        elif ln.box.x1 <= x + 4:
            left.append(ln)
        else:  # OCR read a row of both panes as one line (their highlights touch): cut it where the right starts
            words = word_spans(ln.text, ln.box)
            for side, kept in ((left, [w for w in words if w[2] <= x + 4]), (right, [w for w in words if w[1] >= x])):
                if kept:
                    box = Box(x0=kept[0][1], y0=ln.box.y0, x1=kept[-1][2], y1=ln.box.y1)
                    side.append(ln.model_copy(update={"text": " ".join(w[0] for w in kept), "box": box}))
    return (left, right) if len(left) >= 4 and len(right) >= 4 else None


def _file_above(pane: list[OcrLine], first: OcrLine) -> tuple[str, Box] | None:
    """The pane's header: the name of a file printed above its first setting."""
    above = [(ln, m) for ln in pane if ln.box.y1 <= first.box.y0 + 1 and (m := _FILE.search(ln.text))]
    if not above:
        return None
    top, m = max(above, key=lambda t: t[0].box.y0)
    return m.group(0).rstrip("/").rsplit("/", 1)[-1], top.box


class DiffArgs(BaseModel):
    pass


@tool(name="diff")
def diff(ctx: ToolContext, args: DiffArgs) -> ToolResult:
    """Two versions of a file side by side: each changed setting's old (left) and new (right) value, the
    settings added or removed, how many differ, and which file is on each side."""
    panes = split_panes(read_lines(ctx), ctx.array.shape[1])
    if panes is None:
        return ToolResult(summary="no side-by-side versions")
    old, new = (_settings(p) for p in panes)
    new = {_counterpart(k, old): v for k, v in new.items()}  # one key read two ways by OCR is one setting
    shared = old.keys() & new.keys()
    if len(old) < 3 or len(new) < 3 or len(shared) < 0.5 * min(len(old), len(new)):
        return ToolResult(summary="no side-by-side versions")
    drafts: list[EvidenceDraft] = []

    def fact(label: str, value: str, box: Box | None, **attrs: object) -> None:
        drafts.append(EvidenceDraft(kind="key_value", label=label, value=value, box=box, confidence=0.8,
                                    attrs={"source_structure": "diff", **attrs}))

    changed = [k for k in old if k in new and not _same(old[k][0], new[k][0])]
    for k in changed:
        # named as the pane that read it cleaner (fewer figures where letters belong) spells it
        name = min((k, _key_of(new[k][1])), key=lambda t: sum(c.isdigit() for c in t))
        fact(f"{name} {OLD}", old[k][0], old[k][1].box)
        fact(f"{name} {NEW}", new[k][0], new[k][1].box)
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    for label, keys in (("settings that differ between the two versions (changed)", changed),
                        ("settings added in the new version (only on the right side)", added),
                        ("settings removed in the new version (only on the left side, dropped)", removed)):
        if keys:
            fact(label, ", ".join(keys), None)
    n = len(changed) + len(added) + len(removed)
    drafts.append(EvidenceDraft(kind="number", label="number of differences between the two files", value=str(n),
                                number=float(n), confidence=0.7, attrs={"count_of": "difference"}))
    for pane, settings, side in ((panes[0], old, "file on the left side (old, original)"),
                                 (panes[1], new, "file on the right side (new, changed)")):
        first = min((ln for _, ln in settings.values()), key=lambda ln: ln.box.y0)
        if (named := _file_above(pane, first)) is not None:
            fact(side, *named)
    return ToolResult(evidence=drafts, summary=f"two versions: {len(changed)} changed, {len(added)} added, "
                                               f"{len(removed)} removed")
