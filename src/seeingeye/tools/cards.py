"""Cards: repeated panels that each hold one item — KPI tiles on a dashboard (label, big figure, change),
pricing plans on a web page (plan, price), product or profile cards. Read together they are a table: one
row per card, the card's label as the row's name, its most prominent figure as the value, and the lines
the cards share (same words around a different figure, "+9.4% vs last month") as further columns.

Geometric, no model: a card is a filled or outlined rectangle that differs from the page, holds two or more
OCR lines, and has siblings of about its size; one card alone is a panel, not a set of items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .feed import feed_table
from .inkwords import line_rows
from .ocr import OcrLine, read_lines

MAX_SIDE = 1000
_CURRENCY = re.compile(r"[$€£¥₹]|\b(?:USD|EUR|GBP)\b")
_FIGURE = re.compile(r"[-+−]?[$€£¥]?\s?\d[\d.,]*\s?(?:[%KMBkmb]\b|%)?")
# Arrows and bullets around a line; a sign, a currency or a per-cent mark belongs to the figure.
_MARKS = re.compile(r"^[^\w$€£¥+\-−(]+|[^\w%)]+$")


@dataclass
class Card:
    box: Box
    lines: list[OcrLine]


def page_colour(arr: np.ndarray) -> np.ndarray:
    """The colour of the ground: the median of the border's pixels."""
    border = np.concatenate([arr[0], arr[-1], arr[:, 0], arr[:, -1]]).reshape(-1, arr.shape[-1])
    return np.median(border, axis=0)


def panels(arr: np.ndarray, ground: np.ndarray, contrast: int, fill: float,
           nested: bool = False) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) of the outermost shapes (`nested`: of every shape, inside frames too) that stand out from
    `ground` by more than `contrast` and fill at least `fill` of their bounding box: filled or outlined
    rectangles, not glyphs, drawings or rounded blobs."""
    mask = (np.abs(arr.astype(np.int16) - ground.astype(np.int16)).max(-1) > contrast).astype(np.uint8)
    contours, tree = cv2.findContours(mask, cv2.RETR_CCOMP if nested else cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    outer = [c for c, t in zip(contours, tree[0], strict=True) if t[3] < 0] if tree is not None else []  # no holes
    return [(x, y, w, h) for c in outer for x, y, w, h in [cv2.boundingRect(c)]
            if cv2.contourArea(c) >= fill * w * h]


def _rectangles(arr: np.ndarray, nested: bool = False) -> list[Box]:
    """Filled or outlined rectangles that stand out from the page colour, in image coordinates; `nested`: also
    those inside another shape's frame."""
    h, w = arr.shape[:2]
    s = min(1.0, MAX_SIDE / max(h, w))
    small = cv2.resize(arr, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA) if s < 1 else arr
    return [Box(x0=x / s, y0=y / s, x1=(x + cw) / s, y1=(y + ch) / s)
            for x, y, cw, ch in panels(small, page_colour(small), 6, 0.9, nested)
            if cw >= 40 * s and ch >= 30 * s and cw * ch <= 0.5 * small.shape[0] * small.shape[1]]


def _inside(line: OcrLine, box: Box) -> bool:
    b = line.box
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1 and b.x1 <= box.x1 + 4 and b.x0 >= box.x0 - 4


def _holding(boxes: list[Box], lines: list[OcrLine]) -> list[Card]:
    """The boxes holding two to eight lines, with their lines."""
    held = [(box, [ln for ln in lines if _inside(ln, box)]) for box in boxes]
    return [Card(box, ls) for box, ls in held if 2 <= len(ls) <= 8]


def find_cards(arr: np.ndarray, lines: list[OcrLine]) -> list[Card]:
    """Sibling rectangles of about the same size, each holding two to eight lines."""
    cards = _holding(_rectangles(arr), lines)
    if len(cards) < 2:  # cards framed inside a pane (a mail list's messages): the pane is the outermost shape
        cards = _holding(_rectangles(arr, nested=True), lines)
    if len(cards) < 2:
        return []
    heights = np.array([c.box.h for c in cards])
    widths = np.array([c.box.w for c in cards])
    h0, w0 = float(np.median(heights)), float(np.median(widths))
    kept = [c for c in cards if abs(c.box.h - h0) <= 0.25 * h0 and abs(c.box.w - w0) <= 0.35 * w0]
    return sorted(kept, key=lambda c: (round(c.box.y0 / max(h0, 1) * 2), c.box.x0)) if len(kept) >= 2 else []


def _rows(card: Card) -> list[tuple[str, float, Box]]:
    """The card's lines joined per visual row (an arrow glyph and its figure are one row): text, height, box."""
    rows = line_rows(card.lines, 0.5)
    return [(_direction(" ".join(x.text for x in sorted(r, key=lambda x: x.box.x0)), r), max(x.box.h for x in r),
             Box(x0=min(x.box.x0 for x in r), y0=min(x.box.y0 for x in r), x1=max(x.box.x1 for x in r),
                 y1=max(x.box.y1 for x in r))) for r in rows]


# An up or down arrow before a change OCR reads as a currency sign or drops ("£6.0%", "12.9%"): the arrow's
# direction is kept in the line's ink, green for a rise and red for a fall, as dashboards colour them.
_ARROWED = re.compile(r"^\s*(?:[▲△↑⬆]|[▼▽↓⬇]|[£$€¥](?=\s?[\d.,]+\s?%))?\s*(?=[\d.,]+\s?%)")


def _direction(text: str, row: list[OcrLine]) -> str:
    m = _ARROWED.match(text)
    if m is None or re.match(r"\s*[-+−]", text):
        return text
    ink = " ".join(x.colour or "" for x in row)
    arrow = m.group(0).strip()
    up = arrow in ("▲", "△", "↑", "⬆") or (arrow not in ("▼", "▽", "↓", "⬇") and "green" in ink)
    down = arrow in ("▼", "▽", "↓", "⬇") or (not up and "red" in ink)
    if up == down:
        return text
    return ("+" if up else "−") + text[m.end():]


def _template(text: str) -> str:
    """The words a line shares with its siblings: the line without its figure and the marks around it."""
    return " ".join(_MARKS.sub("", _FIGURE.sub(" ", text)).split()).lower()


def _figure(text: str) -> str:
    m = _FIGURE.search(text)
    return m.group(0).strip() if m else text


@dataclass
class _Parsed:
    name: str
    value: str
    extra: dict[str, str]
    box: Box  # the value's own line: a card-sized box would read as the page's tallest line


def _parse(card: Card) -> _Parsed | None:
    rows = _rows(card)
    numeric = [r for r in rows if re.search(r"\d", r[0])]
    tallest = max(rows, key=lambda r: r[1])
    if not numeric and not (len(rows) >= 2 and tallest[1] >= 1.15 * min(r[1] for r in rows)):
        return None
    # The most prominent figure; a card without one shows its value as its largest words ("Free") unless they
    # are only its title's weight over the line under it (a timetable's "Pilates" over its teacher's name): a
    # title names the card, the line under it is its value
    value, _, box = max(numeric, key=lambda r: r[1]) if numeric else tallest
    if not numeric and len(rows) == 2 and tallest is rows[0] and tallest[1] < 1.4 * rows[1][1]:
        value, _, box = rows[1]
    names = [t for t, _, _ in rows if t != value and re.search(r"[A-Za-z]", t)]
    if not names:
        return None
    extra = {_template(t): _figure(t) for t, _, _ in rows if t not in (value, names[0]) and re.search(r"\d", t)}
    return _Parsed(names[0], _MARKS.sub("", value) or value, {k: v for k, v in extra.items() if k}, box)


def _column_name(template: str, cells: list[str]) -> str:
    # A signed figure beside shared words is a change ("+9.4% vs last month"): say so, as the card implies.
    if all(re.match(r"[-+−]", c) for c in cells):
        return f"change {template}"
    return template


def _count_fact(header: list[str], body: list[list[str]]) -> EvidenceDraft:
    """How many cards, named by what such cards show, so a count question finds it by meaning."""
    priced = sum(bool(_CURRENCY.search(r[1])) for r in body) >= len(body) / 2
    what = ("plans or products (price cards)" if priced
            else "metrics (KPI cards)" if any(h.startswith("change") for h in header) or all(
                re.search(r"\d", r[1]) for r in body) else "cards (tiles)")
    return EvidenceDraft(kind="number", label=f"number of {what}", value=str(len(body)), number=len(body),
                         confidence=0.75, attrs={"count_of": "card"})  # no box: a count is no line of text


class CardsArgs(BaseModel):
    pass


@tool(name="cards")
def cards(ctx: ToolContext, args: CardsArgs) -> ToolResult:
    """Repeated cards (dashboard tiles, pricing plans, product cards) read as one table: a row per card
    with its label, its main figure and the figures the cards share."""
    found = find_cards(ctx.array, read_lines(ctx))
    if (feed := feed_table([(c.box, c.lines) for c in found])) is not None:
        n = feed.attrs["n_rows"]  # type: ignore[index]
        count = EvidenceDraft(kind="number", label="number of items (messages, notifications)", value=str(n),
                              number=n, confidence=0.75, attrs={"count_of": "card"})  # type: ignore[arg-type]
        return ToolResult(evidence=[feed, count], summary=f"{n} feed cards")
    parsed = [(c, p) for c in found if (p := _parse(c)) is not None]
    if len(parsed) < 2:
        return ToolResult(summary="no cards")
    shared = [k for k in parsed[0][1].extra if sum(k in p.extra for _, p in parsed) >= max(2, len(parsed) - 1)]
    header = ["name", "value"] + [_column_name(k, [p.extra.get(k, "") for _, p in parsed if k in p.extra])
                                  for k in shared]
    body = [[p.name, p.value] + [p.extra.get(k, "") for k in shared] for _, p in parsed]
    box = Box(x0=min(c.box.x0 for c, _ in parsed), y0=min(c.box.y0 for c, _ in parsed),
              x1=max(c.box.x1 for c, _ in parsed), y1=max(c.box.y1 for c, _ in parsed))
    table = EvidenceDraft(kind="table", value=f"{len(body)} cards", box=box, confidence=0.8,
                          attrs={"header": header, "rows": body, "n_rows": len(body), "n_cols": len(header),
                                 "has_header": False, "source_structure": "cards"})  # type: ignore[arg-type]
    drafts = [table, _count_fact(header, body)]
    drafts += [EvidenceDraft(kind="key_value", label=p.name, value=p.value, box=p.box, confidence=0.75,
                             attrs={"source_structure": "card"}) for _, p in parsed]
    return ToolResult(evidence=drafts, summary=f"{len(body)} cards: " + ", ".join(r[0] for r in body))
