"""Progress bars: a thin coloured fill from the left of a track of another colour. The share done is the
printed "NN%" beside or on the bar when there is one, else the fill's length over the track's. The status
line above it ("Copying file 169 of 236") gives the items done and their total.

Geometric, no model: each bar becomes a `field` (control "progress", its state the percentage, with its box),
a key: value fact for look-ups, and the items done as a counted number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from ..textutil import format_number, parse_number
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s?%")
_OF = re.compile(r"(\d[\d,]*)\s*(?:of|/)\s*(\d[\d,]*)")


@dataclass
class Bar:
    box: Box  # the whole track
    share: float  # 0..1 of the track filled
    knob: Box | None = None  # a slider's handle at the fill's end (a progress bar has none)


def _track_end(arr: np.ndarray, y: int, x: int, limit: int) -> int:
    """Where the track that starts at x on row y ends: the colour stays within a small distance."""
    ref = arr[y, min(x, arr.shape[1] - 1)].astype(np.int16)
    end = x
    while end < min(limit, arr.shape[1] - 1) and int(np.abs(arr[y, end + 1].astype(np.int16) - ref).max()) <= 14:
        end += 1
    return end


def _trough(arr: np.ndarray, cy: int, x: int, h: int) -> bool:
    """A thin bar's empty part is a trough of its own colour: unlike the ground a few pixels above and below."""
    H, W = arr.shape[:2]
    x = min(max(x, 0), W - 1)
    here = arr[cy, x].astype(np.int16)
    around = [arr[y, x].astype(np.int16) for y in (cy - h - 3, cy + h + 3) if 0 <= y < H]
    return bool(around) and all(int(np.abs(here - a).max()) > 8 for a in around)


def find_bars(arr: np.ndarray, lines: list[OcrLine]) -> list[Bar]:
    """Coloured fills 2-30 px high and at least eight times as long, holding no text, with a track after (a fill
    under 3 px only in a trough of its own colour)."""
    rgb = arr.astype(np.int16)
    chroma = rgb.max(-1) - rgb.min(-1)
    mask = (chroma > 45).astype(np.uint8)  # (a muted slate fill, Tk's and some dark themes', counts too)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    bars: list[Bar] = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if not (2 <= h <= 30 and w >= max(8 * h, 40) and area >= 0.85 * w * h):
            continue
        fill = Box(x0=x, y0=y, x1=x + w, y1=y + h)
        if any(ln.box.x0 < fill.x1 and ln.box.x1 > fill.x0 and fill.y0 <= ln.box.cy <= fill.y1 for ln in lines):
            continue  # a highlighted row or a coloured band with text on it (a status line above may graze it)
        cy = y + h // 2
        end = _track_end(arr, cy, x + w + 1, x + 20 * w)
        track = end - (x + w)
        if track < 3:
            continue  # no empty part: a coloured rule, or a bar we cannot tell from one
        if h < 3 and not _trough(arr, cy, x + w + 1 + track // 2, h):
            continue  # a thin coloured rule (an underline) with the page's ground after it, not a trough
        knob = _knob(rgb, x + w, cy, h)
        if knob is not None:  # a slider: its track runs on past the handle
            end = max(end, _track_end(arr, cy, int(knob.x0 + knob.h) + 1, x + 20 * w))
            share = (knob.x0 + knob.h / 2 - x) / max(end - x, 1)
            bars.append(Bar(Box(x0=x, y0=y, x1=end + 1, y1=y + h), min(max(share, 0.0), 1.0), knob))
            continue
        bars.append(Bar(Box(x0=x, y0=y, x1=end + 1, y1=y + h), w / (w + track)))
    return bars


_FIGURE = re.compile(r"^\s*-?\d[\d.,]*\s*%?\s*$")


def slider_facts(bar: Bar, lines: list[OcrLine]) -> list[EvidenceDraft]:
    """A slider's setting: the figure printed at its handle (or at the track's end), else its position in
    percent; named by the label on its row, left of it."""
    knob = bar.knob or bar.box
    at = [ln for ln in lines if _FIGURE.match(ln.text) and abs(ln.box.cx - knob.cx) < max(20.0, knob.w)
          and abs(ln.box.cy - knob.cy) < 3 * max(ln.box.h, 10)]
    # (the track past the handle may be read short: a figure on its row within its length again counts)
    after = sorted((ln for ln in lines if _FIGURE.match(ln.text) and 0 <= ln.box.x0 - bar.box.x1 < max(60.0, bar.box.w)
                    and abs(ln.box.cy - bar.box.cy) < ln.box.h), key=lambda ln: ln.box.x0)
    shown = min(at, key=lambda ln: abs(ln.box.cy - knob.cy), default=None) or (after[0] if after else None)
    value = shown.text.strip() if shown is not None else f"{round(100 * bar.share)}%"
    left = [ln for ln in lines if ln.box.x1 <= bar.box.x0 + 4 and abs(ln.box.cy - bar.box.cy) < 0.8 * ln.box.h + 4]
    name = max(left, key=lambda ln: ln.box.x1).text.strip() if left else "slider"
    return [EvidenceDraft(kind="field", label=f"{name} (slider value, set to)", value=value, box=knob,
                          confidence=0.75, attrs={"control": "slider", "measured": shown is None,
                                                  "say": f"{name} slider"})]


def _knob(rgb: np.ndarray, x: int, cy: int, h: int) -> Box | None:
    """A slider's handle: at the fill's end (x), a blob standing out from the ground as far above the track as
    below it, well clear of it (a progress bar's frame hugs its track; a line of text stands only above)."""
    H, W = rgb.shape[:2]
    reach = max(6 * h, 12)
    y0, y1 = max(0, cy - reach), min(H, cy + reach + 1)
    top_edge, bottom_edge = cy - h / 2 - max(h, 3), cy + h / 2 + max(h, 3)
    for dx in range(0, 3 * reach):
        col = min(x + dx, W - 1)
        ground = np.median(rgb[y0:y1, col], axis=0)  # (the column's own ground: its edge may be a title bar)
        ys = y0 + np.nonzero(np.abs(rgb[y0:y1, col] - ground).max(-1) > 12)[0]  # (a dark theme's faint outline)
        above, below = ys[ys < top_edge], ys[ys > bottom_edge]
        if len(above) and len(below) and abs((cy - above.min()) - (below.max() - cy)) <= max(3, 0.25 * h + 2):
            return Box(x0=col, y0=int(above.min()), x1=col + 1, y1=int(below.max()) + 1)
    return None


def _under(bar: Bar, lines: list[OcrLine]) -> list[OcrLine]:
    """Text in the line height or two just under the bar, over its span (a counter printed below it)."""
    b = bar.box
    return [ln for ln in lines if ln.box.x1 > b.x0 - 20 and ln.box.x0 < b.x1 + 80
            and b.y1 - 2 <= ln.box.y0 < b.y1 + 2 * max(ln.box.h, 10)]


def _near(bar: Bar, lines: list[OcrLine]) -> list[OcrLine]:
    """Text on the bar's rows or in the two line heights above it, over its span."""
    b = bar.box
    return [ln for ln in lines if ln.box.x1 > b.x0 - 20 and ln.box.x0 < b.x1 + 80
            and ln.box.y1 > b.y0 - 3 * max(ln.box.h, 10) and ln.box.y0 < b.y1 + 4]


# "40.7 GB of 64 GB used" beside a storage bar: an amount with its unit, of a capacity, and what it counts
# (in any language: the word between is short, "de", "von", "av", or a slash)
_AMOUNT_OF = re.compile(r"(\d[\d.,]*\s?[A-Za-z]{1,3})\s*(?:\s[^\W\d]{1,4}\s|/)\s*(\d[\d.,]*\s?[A-Za-z]{1,3})\b"
                        r"(?:\s+([A-Za-z]+))?")


def _amounts(bar: Bar, lines: list[OcrLine], label: str) -> list[EvidenceDraft]:
    """A storage or download bar's figures printed next to it (above or below): the amount and the capacity."""
    b = bar.box
    beside = [ln for ln in lines if ln.box.x1 > b.x0 - 20 and ln.box.x0 < b.x1 + 80
              and b.y0 - 3 * max(ln.box.h, 10) < ln.box.cy < b.y1 + 3 * max(ln.box.h, 10)]
    found = next(((ln, m) for ln in beside if (m := _AMOUNT_OF.search(ln.text))), None)
    if found is None:
        return []
    ln, m = found
    label = ln.text.strip()  # the line that prints the amounts names what they measure ("Data: 3.1 GB of 5 GB")
    what = m.group(3) or "used"
    out = [EvidenceDraft(kind="key_value", label=f"amount {what} ({label})", value=m.group(1), box=b, confidence=0.75,
                         attrs={"source_structure": "progress"}),
           EvidenceDraft(kind="key_value", label=f"total capacity, out of how much ({label})", value=m.group(2),
                         box=b, confidence=0.7, attrs={"source_structure": "progress"})]
    (n, unit), (cap, cap_unit) = _figure_unit(m.group(1)), _figure_unit(m.group(2))
    if n is not None and cap is not None and unit == cap_unit and cap >= n:  # "41.2 GB of 64 GB used": 22.8 GB left
        left = f"{format_number(round(cap - n, 6))} {unit}".strip()
        out.append(EvidenceDraft(kind="key_value", label=f"amount left, remaining, still free ({label})", value=left,
                                 box=b, confidence=0.7, attrs={"source_structure": "progress"}))
    return out


def _figure_unit(text: str) -> tuple[float | None, str]:
    m = re.fullmatch(r"(\d[\d.,]*)\s?([A-Za-z]{1,3})", text.strip())
    return (parse_number(m.group(1)), m.group(2)) if m else (None, "")


class ProgressArgs(BaseModel):
    pass


# "Uploading holiday_pics (12 of 40 files)": the verb of the work, the item it is on, then the counter
_WORKING_ON = re.compile(r"^[A-Z][a-z]+ing\s+(?P<item>.+?)\s*(?:[(\[:,–-]\s*)?\d[\d,]*\s*(?:of|/)\s*\d")


def _items(bar: Bar, near: list[OcrLine], label: str) -> list[EvidenceDraft]:
    """The items a status line counts ("37 of 120"): done so far, in total and left to go, and the item
    being worked on when the line names it."""
    line, done = next(((ln, m) for ln in near if (m := _OF.search(ln.text))), (None, None))
    if line is None or done is None:
        return []
    if line.text.strip() not in label:  # the counter's own words name what is counted ("frames copied")
        label = f"{label}; {line.text.strip()}"
    n, total = float(done.group(1).replace(",", "")), float(done.group(2).replace(",", ""))
    drafts = [
        EvidenceDraft(kind="number", label=f"items done so far ({label})", value=done.group(1), number=n,
                      confidence=0.7, attrs={"count_of": "items done"}),
        EvidenceDraft(kind="key_value", label=f"current item number, items done so far ({label})",
                      value=done.group(1), box=bar.box, confidence=0.7, attrs={"source_structure": "progress"}),
        EvidenceDraft(kind="number", label=f"items in total, out of how many ({label})", value=done.group(2),
                      number=total, confidence=0.7, attrs={"count_of": "items in total"}),
    ]
    if total >= n:
        left = f"{total - n:g}"
        drafts.append(EvidenceDraft(kind="number", label=f"items left to go, still remaining ({label})", value=left,
                                    number=total - n, confidence=0.7, attrs={"count_of": "items left"}))
        # (as a labelled fact too: "how many remain" is looked up as often as counted)
        drafts.append(EvidenceDraft(kind="key_value", label=f"items left to go, still remaining ({label})",
                                    value=left, box=bar.box, confidence=0.7, attrs={"source_structure": "progress"}))
    if m := _WORKING_ON.match(line.text.strip()):
        drafts.append(_worked_on(m.group("item"), line))
    else:  # the work on a line of its own above the counter ("Copying a.nef to /mnt/x" / "Item 3 of 9")
        drafts += _work_line(line, near)
    return drafts


def _worked_on(item: str, line: OcrLine) -> EvidenceDraft:
    return EvidenceDraft(kind="key_value", label="item being worked on right now (current file, folder)",
                         value=item.strip(), box=line.box, confidence=0.7, attrs={"source_structure": "progress"})


# "Copying DSC_0042.NEF to /mnt/usb": the verb of the work, the item, and where it goes or comes from
_WORK = re.compile(r"^[A-Z][a-z]+ing\s+(?P<item>\S.*?)"
                   r"(?:\s+(?P<way>to|into|from|onto)\s+(?P<place>\S.*?))?\s*(?:\.{3}|…)?$")


def _work_line(counter: OcrLine, near: list[OcrLine]) -> list[EvidenceDraft]:
    """The status line just above the counter that says what is being done, to what and where."""
    h = counter.box.h
    above = [ln for ln in near if counter.box.cy - 3 * h <= ln.box.cy <= counter.box.cy - 0.6 * h]
    line = max(above, key=lambda ln: ln.box.cy, default=None)
    m = _WORK.match(line.text.strip()) if line is not None else None
    if line is None or m is None:
        return []
    out = [_worked_on(m.group("item"), line)]
    if m.group("place"):
        where = ("destination folder: where the items are being copied or moved to (target)" if m.group("way") != "from"
                 else "source folder: where the items are being copied or moved from")
        out.append(EvidenceDraft(kind="key_value", label=where, value=m.group("place"),
                                 box=line.box, confidence=0.7, attrs={"source_structure": "progress"}))
    return out


def _printed_share(text: str, share: float) -> str | None:
    """The percentage a line prints; where OCR split its digits with a space ("1 7%"), the reading the bar's
    fill agrees with ("17", not "7")."""
    m = _PERCENT.search(text)
    if m is None:
        return None
    joined = re.search(r"(?<![\d.,])(\d)\s(\d{1,2}(?:[.,]\d+)?)\s?%", text)
    if joined is None:
        return m.group(1)
    whole = joined.group(1) + joined.group(2)
    return min((m.group(1), whole), key=lambda v: abs(float(v.replace(",", ".")) - 100 * share))


def _counting_lines(lines: list[OcrLine]) -> list[tuple[OcrLine, float]]:
    """Lines that report progress in two ways that agree: items done of a total and the share they make
    ("61 of 240 exported (25%)"), with that share."""
    out = []
    for ln in lines:
        if not (of := _OF.search(ln.text)):
            continue
        # the share on the line, or at the far end of its row ("61 of 150 frames ........ 41%")
        pct = _PERCENT.search(ln.text[of.end():]) or next(
            (m for o in lines if o is not ln and o.box.x0 > ln.box.x1 and abs(o.box.cy - ln.box.cy) < 0.5 * ln.box.h
             and (m := _PERCENT.fullmatch(o.text.strip()))), None)
        if pct is not None:
            n, total = float(of.group(1).replace(",", "")), float(of.group(2).replace(",", ""))
            share = float(pct.group(1).replace(",", ".")) / 100
            if total > 0 and n <= total and abs(n / total - share) <= 0.015:
                out.append((ln, share))
    return out


@tool(name="progress")
def progress(ctx: ToolContext, args: ProgressArgs) -> ToolResult:
    """Progress bars: the percentage done (printed, else measured from the fill), the status line over the
    bar and the items it reports done ("169 of 236")."""
    lines = read_lines(ctx)
    drafts: list[EvidenceDraft] = []
    for bar in find_bars(ctx.array, lines):
        if bar.knob is not None:
            drafts += slider_facts(bar, lines)
            continue
        near = _near(bar, lines)
        printed = next((p for ln in near if (p := _printed_share(ln.text, bar.share)) is not None), None)
        pct = f"{printed}%" if printed else f"{round(100 * bar.share)}%"
        status = next((ln for ln in sorted(near, key=lambda ln: -ln.box.y1)
                       if ln.box.y1 <= bar.box.y0 + 2 and not _PERCENT.fullmatch(ln.text.strip())), None)
        label = status.text if status is not None else "progress"
        # the control is named as one: its status line is text of its own (and the items done, below)
        drafts.append(EvidenceDraft(kind="field", label="progress bar", value=pct, box=bar.box, confidence=0.75,
                                    attrs={"control": "progress", "measured": printed is None}))
        drafts.append(EvidenceDraft(kind="key_value", label="progress bar percent done (complete)",
                                    value=pct, box=bar.box, confidence=0.75,
                                    attrs={"source_structure": "progress", "say": "progress bar"}))
        drafts.append(EvidenceDraft(kind="number", label="percent done on the progress bar", value=pct,
                                    number=float(pct.rstrip("%")), confidence=0.7, attrs={"count_of": "percent done"}))
        drafts += _amounts(bar, lines, label)
        drafts += _items(bar, near, label) or _items(bar, _under(bar, lines), label)
    if not drafts:  # no bar found (a grey one on a grey trough): a status line that counts and agrees
        for ln, share in _counting_lines(lines):
            drafts.append(EvidenceDraft(kind="field", label="progress bar", value=f"{round(100 * share)}%",
                                        box=ln.box, confidence=0.6, attrs={"control": "progress", "measured": False}))
            drafts += _items(Bar(ln.box, share), [ln], ln.text)
    if not drafts:
        return ToolResult(summary="no progress bar")
    return ToolResult(evidence=drafts, summary=", ".join(d.value for d in drafts if d.kind == "field"))
