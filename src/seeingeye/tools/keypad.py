"""A calculator's (or a keypad's) display: the tallest number above a grid of at least twelve keys, each key a
short label alone in a snug outlined box. Keys are no values: "7", "8", "9" on a keypad must not answer
"what number does the calculator show".

Geometric, no model (after the ui18 branch's `ui_widgets.display`): edges closed into contours give the key
boxes; the display is a `key_value` fact, found by meaning by look-up questions.
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .inkwords import line_rows
from .layout import union
from .ocr import OcrLine, read_lines

_NUMBER = re.compile(r"^(?:=\s*)?-?[\d.,\s]*\d[\d.,\s]*$")  # "= 47 014": a result line
MIN_KEYS = 12


def _rects(arr: np.ndarray) -> list[Box]:
    """Bounding boxes of closed outlines (keys, buttons, fields)."""
    grey = cv2.cvtColor(np.ascontiguousarray(arr[:, :, :3]), cv2.COLOR_RGB2GRAY)
    edges = cv2.dilate(cv2.Canny(grey, 20, 60), np.ones((2, 2), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if 14 <= h <= 80 and 16 <= w <= 400 and cv2.contourArea(c) > 0.6 * w * h:
            out.append(Box(x0=x, y0=y, x1=x + w, y1=y + h))
    return out


def _inside(inner: Box, outer: Box, pad: float = 1.0) -> bool:
    return (outer.x0 - pad <= inner.x0 and inner.x1 <= outer.x1 + pad
            and outer.y0 - pad <= inner.y0 and inner.y1 <= outer.y1 + pad)  # fmt: skip


def keys(arr: np.ndarray, lines: list[OcrLine]) -> list[tuple[OcrLine, Box]]:
    """Short lines alone and roughly centred in a snug outlined box."""
    rects = _rects(arr)
    out = []
    for ln in lines:
        text = ln.text.strip()
        if not text or len(text.split()) > 3 or len(text) > 24:
            continue
        fits = [r for r in rects if _inside(ln.box, r) and r.h <= 3.2 * ln.box.h and r.w <= ln.box.w + 160
                and abs(r.cx - ln.box.cx) < 0.25 * r.w + 4]
        fits = [r for r in fits if sum(_inside(o.box, r) for o in lines) == 1]
        if fits:
            out.append((ln, min(fits, key=lambda r: r.w * r.h)))
    return out


def display(found: list[tuple[OcrLine, Box]], lines: list[OcrLine]) -> OcrLine | None:
    """The tallest number line above a grid of at least twelve keys, over its span."""
    if len(found) < MIN_KEYS:
        return None
    boxes = [b for _, b in found]
    top, x0, x1 = min(b.y0 for b in boxes), min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    on_keys = {id(ln) for ln, _ in found}
    nums = [ln for ln in lines if id(ln) not in on_keys and ln.box.y1 <= top + 2 and _NUMBER.match(ln.text.strip())
            and ln.box.x1 > x0 and ln.box.x0 < x1]
    # the result ("= 47 014") over the expression, else the tallest
    return max(nums, key=lambda ln: (ln.text.strip().startswith("="), ln.box.h, ln.box.y1), default=None)


_EXPRESSION = re.compile(r"^[\d.,\s()]+(?:[-+*/×÷^x%][\d.,\s()]+)+$")
# a worksheet's input (Xcas, Maxima, a notebook): arithmetic, a factorial, or a function of figures ("gcd(12,
# 18)"), maybe after the cell's number; its result is printed bare on the line under it
_INPUT = re.compile(r"^(?:\d{1,3}\s+(?=[A-Za-z]))?(?P<expr>[\d.,\s()]+(?:[-+*/×÷^x%][\d.,\s()]+)+|\d+!"
                    r"|[A-Za-z]\w{1,15}\([\d.,\s+*/^-]+\))$")
_RESULT = re.compile(r"^=\s*(-?[\d.,\s]*\d)$")
_ONE_LINE = re.compile(r"^(.+?)\s*=\s*(-?[\d.,\s]*\d)$")


# A console's prompt: a short word then ">" ("calc>", "sqlite>", "irb(main):001:0>"), bare ">>>" or ">",
# or IPython's "In [3]:". It counts as a prompt only when it opens two lines or more.
_PROMPT_WORD = r"(?:[A-Za-z][\w.():-]{0,20}\s?>{1,3}|>{1,3}|In\s?\[\d+\]:|\(%i\d+\))"
_PROMPT = re.compile(rf"^{_PROMPT_WORD}\s*(?=\S)")
# Maxima's output tag "(%o1)" (OCR may read its o as a zero) before the result, as a prompt before the input
_OUT_TAG = r"\(%[oO0]\d+\)"
_PROMPT_ALONE = re.compile(rf"^(?:{_PROMPT_WORD}|{_OUT_TAG})$")
_PLAIN_RESULT = re.compile(rf"^(?:{_OUT_TAG}\s*)?(?:[=:]\s*)?(-?[\d.,\s]*\d)$")  # (OCR may read a thin "=" as ":")


def _prompted(ordered: list[OcrLine]) -> dict[int, str]:
    """The lines a repeated console prompt opens, by index, with the prompt taken off (what was typed)."""
    found = {k: m for k, ln in enumerate(ordered) if (m := _PROMPT.match(ln.text.strip()))}
    opened: dict[str, int] = {}
    for m in found.values():
        key = re.sub(r"\d+", "#", m.group(0).strip())  # (IPython's and irb's prompts count up)
        opened[key] = opened.get(key, 0) + 1
    # (a statement's closing ";" or "$" is no part of the calculation)
    return {k: ordered[k].text.strip()[m.end():].strip().rstrip(";$ ") for k, m in found.items()
            if opened[re.sub(r"\d+", "#", m.group(0).strip())] >= 2}


_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def _alone(ln: OcrLine, lines: list[OcrLine]) -> bool:
    """Nothing else on the line's row: a worksheet prints its result alone, a table's figure has neighbours."""
    return not any(o is not ln and min(o.box.y1, ln.box.y1) - max(o.box.y0, ln.box.y0) > 0.5 * ln.box.h
                   for o in lines)


def _grouped(result: str) -> str:
    return re.sub(r"(?<=\d)\s(?=\d{3}\b)", "", result)


def _prompt_rows(lines: list[OcrLine]) -> list[OcrLine]:
    """Lines in reading order, a prompt that OCR read apart from what follows it on its row joined to it."""
    out = []
    for row in line_rows(lines):
        row = sorted(row, key=lambda ln: ln.box.x0)
        # (the prompt need not lead its row: a side panel's glyphs may stand left of a worksheet)
        at = next((i for i in range(len(row) - 1) if _PROMPT_ALONE.match(row[i].text.strip())
                   and row[i + 1].box.x0 - row[i].box.x1 < 2 * row[i].box.h), None)
        if at is not None:
            a, b = row[at], row[at + 1]
            joined = a.model_copy(update={"text": f"{a.text.strip()} {b.text.strip()}", "box": union([a.box, b.box])})
            row = [*row[:at], joined, *row[at + 2:]]
        out += row
    return out


def history(lines: list[OcrLine]) -> list[tuple[str, str, OcrLine]]:
    """A calculator's history (SpeedCrunch, a console): each expression with the "= result" printed under
    it, in printed order: (expression, result, result line). After a console's prompt anything typed is an
    input ("lcm(4, 6)"), and its result may be printed bare."""
    # (a lone glyph is a tool strip's icon beside the worksheet, between an input and its result; a lone digit
    # may be a result)
    ordered = [ln for ln in _prompt_rows(lines) if len(t := ln.text.strip()) > 1 or t.isdigit()]
    typed = _prompted(ordered)
    out = []
    for k, ln in enumerate(ordered):
        above = ordered[k - 1] if k else None
        text = ln.text.strip()
        # (the input a prompt opened, the line before or the one before that: a stray line may come between)
        prev = next((j for j in (k - 1, k - 2) if j in typed), None)
        if prev is not None and k not in typed and (m := _PLAIN_RESULT.match(text)) and typed[prev] \
                and not any(o[2] is ordered[k - 1] for o in out):
            out.append((typed[prev], _grouped(m.group(1)), ln))
        elif (m := _RESULT.match(text)) and above is not None and _EXPRESSION.match(above.text.strip()) \
                and abs(above.box.x0 - ln.box.x0) < 3 * ln.box.h:
            out.append((above.text.strip().replace(" ", ""), _grouped(m.group(1)), ln))
        elif above is not None and (m := _PLAIN_RESULT.match(text)) and (inp := _INPUT.match(above.text.strip())) \
                and not _DATE.match(above.text.strip()) and ln.box.x0 >= above.box.x0 - 2 \
                and ln.box.y0 - above.box.y1 < 2.5 * ln.box.h and _alone(ln, ordered):
            out.append((inp.group("expr").replace(" ", ""), _grouped(m.group(1)), ln))
        elif (one := _ONE_LINE.match(typed.get(k, text))) and _EXPRESSION.match(one.group(1).strip()):
            # (GNOME's, deepin's and most phone calculators print "12×3 = 36" on one line)
            out.append((one.group(1).replace(" ", ""), _grouped(one.group(2)), ln))
    return out


def _history_facts(found: list[tuple[str, str, OcrLine]]) -> list[EvidenceDraft]:
    facts = [EvidenceDraft(kind="key_value", label=f"result of {expr}", value=result, box=ln.box, confidence=0.85,
                           attrs={"source_structure": "keypad"}) for expr, result, ln in found]
    if len(found) >= 2:
        facts.append(EvidenceDraft(kind="key_value", label="result of the first calculation (earliest in the history)",
                                   value=found[0][1], box=found[0][2].box, confidence=0.8,
                                   attrs={"source_structure": "keypad"}))
    last = found[-1]
    facts.append(EvidenceDraft(kind="key_value", label="result of the last calculation (answer shown)",
                               value=last[1], box=last[2].box, confidence=0.8, attrs={"source_structure": "keypad"}))
    facts.append(EvidenceDraft(kind="number", label="number of calculations in the history", value=str(len(found)),
                               number=float(len(found)), confidence=0.8, attrs={"count_of": "calculation"}))
    return facts


def _history_table(found: list[tuple[str, str, OcrLine]]) -> EvidenceDraft:
    """A console's history as a table, so an input is found by its result and results are taken in order (not
    beside a keypad: its keys read as a table of their own would compete with it)."""
    rows = [[expr, result] for expr, result, _ in found]
    return EvidenceDraft(kind="table", value=f"calculation history {len(rows)} rows x 2 columns",
                         box=union([ln.box for _, _, ln in found]), confidence=0.75,
                         attrs={"header": ["input (expression typed)", "result"], "rows": rows,  # type: ignore[dict-item]
                                "n_rows": len(rows), "n_cols": 2, "has_header": True, "source_structure": "keypad"})


class KeypadArgs(BaseModel):
    pass


@tool(name="keypad")
def keypad(ctx: ToolContext, args: KeypadArgs) -> ToolResult:
    """A calculator's display: the number shown above a grid of keys (the keys' own digits are no value), or
    its history of expressions, each with its result, the last one and how many there are."""
    lines = read_lines(ctx)
    shown = display(keys(ctx.array, lines), lines)
    found = history(lines)  # (a calculator may show its history above the display)
    facts = _history_facts(found) if found else []
    if shown is None:
        facts += [_history_table(found)] if found else []
        summary = f"{len(found)} calculations in a history" if found else "no keypad display"
        return ToolResult(evidence=facts, summary=summary)
    fact = EvidenceDraft(kind="key_value", label="number shown on the calculator display (screen, result)",
                         value=_grouped(shown.text.strip().lstrip("= ")),
                         box=shown.box, confidence=0.8,
                         attrs={"source_structure": "keypad"})
    return ToolResult(evidence=[fact, *facts], summary=f"display {shown.text.strip()}")
