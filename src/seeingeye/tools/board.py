"""Boards: a kanban's lists side by side (To do / In progress / Done, a hiring pipeline's stages, a sprint's
lanes), each headed by its name with cards stacked under it. Read together they are a table: one row per card
with its title, the list it sits in, and the short lines it carries (who, points, a tag).

Geometric, no model: a card is a framed or filled rectangle holding one to six lines, found on the page or
inside a lane that is itself a panel; cards of one width stacked at one x make a list, and two or more lists
whose first cards start level make a board. A list's name is the line just above its first card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .cards import page_colour, panels
from .ocr import OcrLine, read_lines

MAX_SIDE = 1200
COLUMNS = ["card (title, task, ticket, item, candidate)", "list (column, stage, status, lane)",
           "person or detail (assignee, who, owner, working on)", "points (story points, estimate, figure)",
           "tag (label, category)"]
_FIGURE = re.compile(r"[#$€£]?\d[\d.,]*\s*[A-Za-z%]{0,6}")
_COUNT_AFTER = re.compile(r"\s+\(?\d{1,3}\)?$")  # "Backlog 3", "Review (2)": the list's card count


@dataclass
class Lane:
    name: str
    cards: list[list[OcrLine]]


def _rectangles(arr: np.ndarray, ground: np.ndarray, offset: tuple[int, int] = (0, 0)) -> list[Box]:
    """Rectangles of a card's size (filled or framed) that stand out from `ground`, in image coordinates."""
    return [Box(x0=x + offset[0], y0=y + offset[1], x1=x + w + offset[0], y1=y + h + offset[1])
            for x, y, w, h in panels(arr, ground, 8, 0.85) if w >= 60 and h >= 24]


def _held(box: Box, lines: list[OcrLine]) -> list[OcrLine]:
    return [ln for ln in lines if box.x0 - 2 <= ln.box.cx <= box.x1 + 2 and box.y0 - 2 <= ln.box.cy <= box.y1 + 2]


def _candidate_cards(arr: np.ndarray, lines: list[OcrLine]) -> list[tuple[Box, list[OcrLine]]]:
    """Rectangles holding one to six lines: on the page, and inside panels that hold panels of their own (a
    lane, however few its cards)."""
    found: list[tuple[Box, list[OcrLine]]] = []
    for box in _rectangles(arr, page_colour(arr)):
        held = _held(box, lines)
        if not held:
            continue
        inside = []
        if box.w >= 80 and box.h >= 80:  # a lane's cards differ from the lane's own colour
            x0, y0, x1, y1 = int(box.x0) + 3, int(box.y0) + 3, int(box.x1) - 3, int(box.y1) - 3
            inner = arr[y0:y1, x0:x1]
            inside = [(b, h) for b in _rectangles(inner, page_colour(inner), (x0, y0))
                      if 1 <= len(h := _held(b, lines)) <= 6]
        found += inside or ([(box, held)] if len(held) <= 6 else [])
    return found


def _lists(cards: list[tuple[Box, list[OcrLine]]]) -> list[list[tuple[Box, list[OcrLine]]]]:
    """Cards of one width stacked at one x, top to bottom."""
    stacks: list[list[tuple[Box, list[OcrLine]]]] = []
    for c in sorted(cards, key=lambda c: (c[0].x0, c[0].y0)):
        s = next((s for s in stacks if abs(s[0][0].x0 - c[0].x0) <= 8 and abs(s[0][0].w - c[0].w) <= 0.15 * c[0].w),
                 None)
        if s is None:
            stacks.append([c])
        elif not any(o[0].y0 <= c[0].cy <= o[0].y1 for o in s):
            s.append(c)
    return [sorted(s, key=lambda c: c[0].y0) for s in stacks]


def _name_above(stack: list[tuple[Box, list[OcrLine]]], lines: list[OcrLine]) -> str | None:
    top = stack[0][0]
    above = [ln for ln in lines if ln.box.cy < top.y0 and top.y0 - ln.box.y1 <= 3 * ln.box.h
             and min(ln.box.x1, top.x1) - max(ln.box.x0, top.x0) > 0.3 * ln.box.w]
    if not above:
        return None
    row = max(ln.box.cy for ln in above)
    name = " ".join(ln.text for ln in sorted((ln for ln in above if abs(ln.box.cy - row) < 0.5 * ln.box.h),
                                                 key=lambda ln: ln.box.x0))
    return _COUNT_AFTER.sub("", name).strip() or None


def find_board(arr: np.ndarray, lines: list[OcrLine]) -> list[Lane]:
    """Two or more named lists whose first cards start level, with four cards or more in all that hold more
    than a line each on average; else []."""
    h, w = arr.shape[:2]
    s = min(1.0, MAX_SIDE / max(h, w))
    small = cv2.resize(arr, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA) if s < 1 else arr
    scaled = [ln.model_copy(update={"box": Box(x0=ln.box.x0 * s, y0=ln.box.y0 * s, x1=ln.box.x1 * s,
                                                   y1=ln.box.y1 * s)}) for ln in lines]
    back = {id(a): b for a, b in zip(scaled, lines, strict=True)}
    stacks = _lists(_candidate_cards(small, scaled))
    if not stacks:
        return []
    tops = sorted(st[0][0].y0 for st in stacks)
    level = [st for st in stacks if abs(st[0][0].y0 - tops[len(tops) // 2]) <= 30 * s + 8]
    lanes = [Lane(name, [[back[id(ln)] for ln in sorted(held, key=lambda ln: (round(ln.box.cy / 6), ln.box.x0))]
                         for _, held in st])
             for st in sorted(level, key=lambda st: st[0][0].x0) if (name := _name_above(st, scaled))]
    cards = [c for lane in lanes for c in lane.cards]
    # (a form's inputs in two columns, each under its label, hold one line apiece: a card holds a title and
    # more, or cards of one line sit stacked with nothing printed between them)
    if len(lanes) < 2 or len(cards) < 4 or (np.mean([len(c) for c in cards]) < 1.5
                                            and not _stacked_bare([st for st in level], scaled)):
        return []
    return lanes


def _stacked_bare(stacks: list[list[tuple[Box, list[OcrLine]]]], lines: list[OcrLine]) -> bool:
    """Some list stacks three cards or more, and no line is printed in the gaps between any list's cards (a
    form's inputs each have their label over them)."""
    if max(len(st) for st in stacks) < 3:
        return False
    for st in stacks:
        for (a, _), (b, _) in zip(st, st[1:], strict=False):
            if any(a.y1 - 1 <= ln.box.cy <= b.y0 + 1 and ln.box.x1 > a.x0 and ln.box.x0 < a.x1 for ln in lines):
                return False
    return True


def _card_row(held: list[OcrLine], lane: str) -> list[str]:
    """A card's lines as [title, list, person or detail, points, tag]."""
    figures = [ln.text for ln in held if _FIGURE.fullmatch(ln.text.strip()) and re.search(r"\d", ln.text)]
    words = [ln.text for ln in held if ln.text not in figures]
    tag = words.pop(0) if len(words) >= 3 and len(words[0].split()) <= 2 else ""
    title = words[0] if words else ""
    detail = words[1] if len(words) > 1 else ""
    # the figure without its unit ("3 pts"): the column's name says what it counts, and its cells sum
    points = re.sub(r"\s*[A-Za-z]{1,6}$", "", figures[0]).strip() if figures else ""
    return [title, lane, detail, points, tag]


class BoardArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the board; whole image if omitted")


@tool(name="board")
def board(ctx: ToolContext, args: BoardArgs) -> ToolResult:
    """A kanban board (lists of cards side by side) read as one table: a row per card with its title, its
    list, who or what it names, its points and its tag; and how many cards each list holds."""
    lanes = find_board(ctx.array, read_lines(ctx))
    if not lanes:
        return ToolResult(summary="no board")
    body = [_card_row(held, lane.name) for lane in lanes for held in lane.cards]
    drafts = [EvidenceDraft(kind="table", value=f"board of {len(lanes)} lists, {len(body)} cards", confidence=0.8,
                            attrs={"header": COLUMNS, "rows": body, "n_rows": len(body), "n_cols": len(COLUMNS),
                                   "has_header": False, "source_structure": "board"})]  # type: ignore[arg-type]
    drafts += [EvidenceDraft(kind="number", value=str(len(lane.cards)), number=float(len(lane.cards)),
                             label=f"number of cards (tasks, tickets, items) in {lane.name}", confidence=0.8,
                             attrs={"count_of": f"card in {lane.name}"}) for lane in lanes]
    return ToolResult(evidence=drafts, summary=", ".join(f"{lane.name}: {len(lane.cards)}" for lane in lanes))
