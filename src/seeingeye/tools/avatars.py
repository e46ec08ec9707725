"""`avatars`: a person shown by an avatar: a filled disc or square holding their initial, their name beside it
starting with that letter (a courier's card in a delivery app, a contact, a reviewer, a mail's sender). The
layout says the name is a person's even when it is one word no name pattern knows, so it becomes a fact typed
as a person, labelled with what the card and the line over it say (the role: "your courier is two streets away").

Works on the OCR lines already read and the pixels around a lone capital; geometric, no model.
"""

from __future__ import annotations

import re
from itertools import takewhile

import cv2
import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

AVATAR_LABEL = "person shown with an avatar (who, name)"


def _on_disc(arr: np.ndarray, box: Box) -> bool:
    """The letter sits on a filled shape of one colour that stands apart from what is around it: the shape's
    rim (just inside a square of about twice the letter's height) is even, the square's far corners differ."""
    side = 2.2 * box.h
    cx, cy = box.cx, box.cy
    x0, y0, x1, y1 = (int(round(v)) for v in (cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2))
    if x0 < 0 or y0 < 0 or x1 > arr.shape[1] or y1 > arr.shape[0]:
        return False
    patch = arr[y0:y1, x0:x1].astype(np.float32)
    n = patch.shape[0]
    k = max(1, n // 10)
    # inside the disc but clear of the letter: left, right, top and bottom bands at a quarter of the side
    rim = np.concatenate([patch[n // 2 - k:n // 2 + k, n // 8:n // 8 + k].reshape(-1, 3),
                          patch[n // 2 - k:n // 2 + k, -n // 8 - k:-n // 8].reshape(-1, 3),
                          patch[n // 8:n // 8 + k, n // 2 - k:n // 2 + k].reshape(-1, 3),
                          patch[-n // 8 - k:-n // 8, n // 2 - k:n // 2 + k].reshape(-1, 3)])
    corners = np.concatenate([patch[:k, :k].reshape(-1, 3), patch[:k, -k:].reshape(-1, 3)])
    even = float(rim.std(axis=0).max()) < 18.0
    apart = float(np.abs(rim.mean(axis=0) - corners.mean(axis=0)).max()) > 40.0
    return even and apart


def _discs(arr: np.ndarray) -> list[Box]:
    """Filled coloured discs of an avatar's size: round blobs of saturated ink, a letter's hole in them."""
    hi, lo = arr.max(axis=2).astype(np.int32), arr.min(axis=2).astype(np.int32)
    mask = ((hi - lo) > 0.3 * np.maximum(hi, 1)) & (hi > 50)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    out = []
    for x, y, w, h, area in stats[1:n]:
        fill = area / float(w * h)
        if 22 <= w <= 90 and abs(w - h) <= 0.12 * max(w, h) and 0.5 <= fill <= 0.82:
            out.append(Box(x0=float(x), y0=float(y), x1=float(x + w), y1=float(y + h)))
    return out


def _disc_names(arr: np.ndarray, lines: list[OcrLine]) -> list[tuple[OcrLine, OcrLine]]:
    """(disc, name) pairs where OCR read no letter on the disc: the line just right of it, level with its upper
    half, that starts with a capital; the disc stands in as the initial's line."""
    out = []
    for disc in _discs(arr):
        side = disc.w
        # (an avatar stands well over the name's height; a ticked round checkbox is a letter high)
        beside = [o for o in lines if 0 < o.box.x0 - disc.x1 < 0.8 * side and disc.y0 - 0.2 * side <= o.box.cy
                  <= disc.cy + 0.1 * side and o.text.strip()[:1].isupper() and side >= 1.6 * o.box.h]
        covered = any(disc.x0 <= o.box.cx <= disc.x1 and disc.y0 <= o.box.cy <= disc.y1 and len(o.text.strip()) > 2
                      for o in lines)  # (a coloured button or badge with its own words is no avatar)
        if beside and not covered:
            out.append((OcrLine(text="", box=disc, confidence=0.5), min(beside, key=lambda o: o.box.cy)))
    return out


def avatar_names(arr: np.ndarray, lines: list[OcrLine]) -> list[tuple[OcrLine, OcrLine]]:
    """(initial, name) pairs: a lone capital on a disc, and the line just right of the disc whose first letter it
    is; else coloured discs OCR read no letter on, each with the capitalised line beside it."""
    out = []
    for ln in lines:
        letter = ln.text.strip()
        if len(letter) != 1 or not letter.isupper() or not _on_disc(arr, ln.box):
            continue
        h = ln.box.h
        beside = [o for o in lines if o is not ln and o.text.strip()[:1].upper() == letter
                  and 0 < o.box.x0 - ln.box.x1 < 3.0 * h and abs(o.box.cy - ln.box.cy) < 1.5 * h]
        if beside:
            out.append((ln, min(beside, key=lambda o: o.box.x0)))
    return out or _disc_names(arr, lines)


def _context(name: OcrLine, lines: list[OcrLine]) -> str:
    """The lines of the person's card under the name and the line just over the card: what they are to the page."""
    h = name.box.h
    under = [o for o in lines if 0 < o.box.cy - name.box.cy < 1.8 * h and 0 <= o.box.x0 - name.box.x0 + h < 3 * h]
    over = [o for o in lines if 0 < name.box.y0 - o.box.y1 < 4.0 * h and o.box.x0 < name.box.x1]
    # (a labelled line, "To: ...", names someone else's role: no context of this person's)
    under = [o for o in under if not re.search(r"\w:\s", o.text)]
    picked = sorted(under, key=lambda o: o.box.cy)[:1] + sorted(over, key=lambda o: -o.box.cy)[:1]
    return "; ".join(o.text.strip() for o in picked)


def _name(text: str) -> str:
    """The capitalised words the line opens with ("Mirela is bringing your parcel": Mirela), at most three."""
    words = text.strip().split()
    lead = list(takewhile(lambda w: w[:1].isupper(), words[:3]))
    return " ".join(lead) if lead else text.strip()


class AvatarsArgs(BaseModel):
    pass


@tool(name="avatars")
def avatars(ctx: ToolContext, args: AvatarsArgs) -> ToolResult:
    """People shown with an avatar holding their initial: each a fact typed as a person."""
    lines = read_lines(ctx)
    found = avatar_names(ctx.array, lines)
    if not found:
        return ToolResult(summary="no avatars")
    facts = []
    for initial, name in found:
        context = _context(name, lines)
        label = f"{AVATAR_LABEL}: {context}" if context else AVATAR_LABEL
        facts.append(EvidenceDraft(kind="key_value", label=label, value=_name(name.text),
                                   box=Box(x0=initial.box.x0, y0=min(initial.box.y0, name.box.y0), x1=name.box.x1,
                                           y1=max(initial.box.y1, name.box.y1)),
                                   confidence=0.7, attrs={"source_structure": "avatar", "type": "person"}))
    return ToolResult(evidence=facts, summary=", ".join(n.text.strip() for _, n in found))
