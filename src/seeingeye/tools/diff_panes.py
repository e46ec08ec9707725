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
from .shell import SHELL_PROMPT as _PROMPT

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
    """Two versions of a file, side by side (a diff tool's panes) or as a unified diff (`diff -u`, `git diff`):
    each changed setting's old and new value, the settings added or removed, how many differ, which file is
    on each side, and how many lines a unified diff adds and removes."""
    lines = read_lines(ctx)
    drafts: list[EvidenceDraft] = []
    panes = split_panes(lines, ctx.array.shape[1])
    if panes is not None:
        old, new = (_settings(p) for p in panes)
        new = {_counterpart(k, old): v for k, v in new.items()}  # one key read two ways by OCR is one setting
        shared = old.keys() & new.keys()
        if len(old) < 3 or len(new) < 3 or len(shared) < 0.5 * min(len(old), len(new)):
            panes = None
    if panes is not None:
        drafts = version_facts(old, new)
        for pane, settings, side in ((panes[0], old, "file on the left side (old, original)"),
                                     (panes[1], new, "file on the right side (new, changed)")):
            first = min((ln for _, ln in settings.values()), key=lambda ln: ln.box.y0)
            if (named := _file_above(pane, first)) is not None:
                drafts.append(_fact(side, *named))
    elif (found := unified(lines)) is not None:
        drafts = found
    if not drafts:
        return ToolResult(summary="no versions compared")
    return ToolResult(evidence=drafts, summary=f"two versions compared: {len(drafts)} facts")


def _fact(label: str, value: str, box: Box | None, **attrs: object) -> EvidenceDraft:
    return EvidenceDraft(kind="key_value", label=label, value=value, box=box, confidence=0.8,
                         attrs={"source_structure": "diff", **attrs})  # type: ignore[arg-type]


def version_facts(old: dict[str, tuple[str, OcrLine]], new: dict[str, tuple[str, OcrLine]]) -> list[EvidenceDraft]:
    """Each changed setting's value before and after, the settings one version alone has, how many differ."""
    drafts: list[EvidenceDraft] = []
    changed = [k for k in old if k in new and not _same(old[k][0], new[k][0])]
    for k in changed:
        # named as the pane that read it cleaner (fewer figures where letters belong) spells it
        name = min((k, _key_of(new[k][1])), key=lambda t: sum(c.isdigit() for c in t))
        drafts.append(_fact(f"{name} {OLD}", old[k][0], old[k][1].box))
        drafts.append(_fact(f"{name} {NEW}", new[k][0], new[k][1].box))
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    for label, keys in (("settings that differ between the two versions (changed)", changed),
                        ("settings added in the new version (only on the right side)", added),
                        ("settings removed in the new version (only on the left side, dropped)", removed)):
        if keys:
            drafts.append(_fact(label, ", ".join(keys), None))
    for k in added:  # a setting new in the new version, as printed ("retry_limit = 5")
        drafts.append(_fact(f"{k} {NEW}", new[k][0], new[k][1].box, line=new[k][1].text.strip(" +")))
    n = len(changed) + len(added) + len(removed)
    drafts.append(EvidenceDraft(kind="number", label="number of differences between the two files", value=str(n),
                                number=float(n), confidence=0.7, attrs={"count_of": "difference"}))
    return drafts


# A unified diff's marks: its files ("--- a/x", "+++ b/x"), its hunks ("@@ -1,13 +1,14 @@"), and each line
# removed ("-") or added ("+") — a fact about the format.
_HUNK = re.compile(r"^@@ ?-\d")
# Only a user@host prompt ends a diff ("kim@box:~/repo$"): a lone "#" or ">" opening a line is a config's comment or
# a quoted line in the diff's body, which the answerer's looser prompt (`agents/listings.PROMPT`) would take for one.
_FILE_MARK = re.compile(r"^(---|\+\+\+)\s+(\S+)")


def unified(lines: list[OcrLine]) -> list[EvidenceDraft] | None:
    """A unified diff's facts: the lines it adds and removes, counted, and the settings they change."""
    ordered = sorted(lines, key=lambda ln: (ln.box.cy, ln.box.x0))
    start = next((k for k, ln in enumerate(ordered) if _HUNK.match(ln.text.strip())), None)
    if start is None:
        return None
    body = []
    for ln in ordered[start + 1:]:
        if _PROMPT.match(ln.text):
            break  # the shell's next prompt: the diff has ended
        if not _HUNK.match(ln.text.strip()):
            body.append(ln)
    removed = [ln for ln in body if ln.text.lstrip().startswith("-")]
    added = [ln for ln in body if ln.text.lstrip().startswith("+")]
    if len(removed) + len(added) < 2:
        return None
    # a coloured diff paints each side in its own ink: a line whose sign OCR lost is told by its colour
    inks = {sign: Counter(ln.colour for ln in group if ln.colour).most_common(1)
            for sign, group in (("-", removed), ("+", added))}
    ink = {sign: found[0][0] for sign, found in inks.items() if found}
    plain = Counter(ln.colour for ln in body if ln not in removed and ln not in added).most_common(1)
    if len(set(ink.values())) == 2 and not (plain and plain[0][0] in ink.values()):
        removed += [ln for ln in body if ln.colour == ink["-"] and ln not in removed]
        added += [ln for ln in body if ln.colour == ink["+"] and ln not in added]
        removed.sort(key=lambda ln: ln.box.cy)
        added.sort(key=lambda ln: ln.box.cy)
    files = {m.group(1): (m.group(2), ln.box) for ln in ordered[:start] if (m := _FILE_MARK.match(ln.text.strip()))}
    for sign, mark in (("-", "---"), ("+", "+++")):  # a file header whose marks OCR lost, in its side's ink
        named = [(m.group(0), ln.box) for ln in ordered[:start] if sign in ink and ln.colour == ink[sign]
                 and (m := _FILE.search(ln.text))]
        if mark not in files and named:
            files[mark] = named[-1]
    context = [ln for ln in body if ln not in removed and ln not in added]

    def unsigned(group: list[OcrLine]) -> list[OcrLine]:
        return [ln.model_copy(update={"text": re.sub(r"^\s*[-+]", "", ln.text)}) for ln in group]

    old, new = _settings(context + unsigned(removed)), _settings(context + unsigned(added))
    drafts = version_facts(old, new) if old or new else []
    for group, what, noun in ((added, "added (+, green) in the new version", "added line"),
                              (removed, "removed (-, red, deleted) from the old version", "removed line")):
        drafts.append(EvidenceDraft(kind="number", label=f"number of lines {what}", value=str(len(group)),
                                    number=float(len(group)), confidence=0.8, attrs={"count_of": noun}))
    for mark, side in (("---", "file on the left side (old, original)"),
                       ("+++", "file on the right side (new, changed)")):
        if mark in files:
            drafts.append(_fact(side, files[mark][0].rsplit("/", 1)[-1], files[mark][1]))
    return drafts
