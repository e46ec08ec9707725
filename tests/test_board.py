"""Kanban boards: lists of cards side by side, read as one table of cards with the list each sits in."""

from __future__ import annotations

import cv2
import numpy as np

from seeingeye.sir import Box
from seeingeye.tools.board import _card_row, find_board
from seeingeye.tools.ocr import OcrLine


def _line(text: str, x: float, y: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 16), confidence=0.99)


def _board(nested: bool) -> tuple[np.ndarray, list[OcrLine]]:
    """Three lists (headers over framed cards); `nested`: each list is a grey lane holding white cards."""
    arr = np.full((600, 900, 3), 255 if not nested else 40, np.uint8)
    lists = {"To do 2": [("Fix login", "Ana", "3 pts"), ("Write docs", "Ben", "1 pts")],
             "Doing": [("Ship v2", "Cleo", "5 pts")],
             "Done": [("Set up CI", "Ana", "2 pts"), ("Pick a name", "Ben", "1 pts"), ("Buy domain", "Cleo", "1 pts")]}
    lines = []
    for k, (name, cards) in enumerate(lists.items()):
        x = 20 + 290 * k
        if nested:
            cv2.rectangle(arr, (x - 10, 30), (x + 270, 580), (70, 70, 80), -1)
        lines.append(_line(name, x, 50))
        for i, (title, who, pts) in enumerate(cards):
            y = 90 + 110 * i
            cv2.rectangle(arr, (x, y), (x + 250, y + 90), (250, 250, 250) if nested else (120, 120, 120),
                          -1 if nested else 1)
            lines += [_line(title, x + 10, y + 12), _line(who, x + 10, y + 50), _line(pts, x + 190, y + 50)]
    return arr, lines


def test_lists_of_cards_side_by_side_are_a_board() -> None:
    for nested in (False, True):
        arr, lines = _board(nested)
        lanes = find_board(arr, lines)
        assert [lane.name for lane in lanes] == ["To do", "Doing", "Done"]  # the card count after a name is no name
        assert [len(lane.cards) for lane in lanes] == [2, 1, 3]
        assert _card_row(lanes[2].cards[0], "Done") == ["Set up CI", "Done", "Ana", "2", ""]


def test_one_stack_of_panels_is_no_board() -> None:
    arr, lines = _board(False)
    keep = [ln for ln in lines if ln.box.x0 < 280]
    assert find_board(arr[:, :280].copy(), keep) == []

