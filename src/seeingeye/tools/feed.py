"""Feed cards: repeated cards that each hold one dated item — a mail client's messages shown as cards, a
notification centre, a news or activity feed, a chat list. One row of each card names who or what the item
comes from beside its timestamp; the lines under it are the item's subject or message.

Read together they are a table with those three columns, plus the print weight of each subject where some
are bold and others not (unread items are bold), so "who sent X", "when did X arrive", "the newest one" and
"how many are unread" run as programs over records like any list view's.
"""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box, EvidenceDraft
from .inkwords import line_rows
from .ocr import OcrLine

# A timestamp as feeds print it: a date (ISO, or day/month/year), optionally with a time, or a time alone.
_STAMP = re.compile(r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)?"
                    r"|\b\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\b")
# What a cut-off sender leaves before the stamp: an address opened and cut ("<ana@..."), ellipsis dots.
_CUT = re.compile(r"\s*(?:<[^>]*)?(?:\.{2,}|…)?\s*$")
FROM = "from (sender, author, source)"
SUBJECT = "subject (title, message, preview)"
DATE = "date (time, received, sent)"
WEIGHT = "print weight"
WEIGHTS = ("bold print (unread, new, unseen)", "regular print (opened, seen)")


def _item(lines: list[OcrLine]) -> tuple[str, str, list[OcrLine]] | None:
    """(from, timestamp, subject lines) of one card, when one of its rows carries a timestamp after words."""
    rows = [sorted(r, key=lambda x: x.box.x0) for r in line_rows(lines, 0.5)]
    for i, row in enumerate(rows):
        text = " ".join(x.text for x in row)
        m = _STAMP.search(text)
        if m is None or not re.search(r"[^\W\d_]", text[: m.start()]):
            continue
        below = [r for r in rows[i + 1:] if any(re.search(r"[^\W\d_]{2}", x.text) for x in r)]
        if not below:
            return None
        return _CUT.sub("", text[: m.start()]).strip(" :|-"), m.group(0), [x for r in below for x in r]
    return None


def _weights(subjects: list[list[OcrLine]]) -> list[str] | None:
    """Bold or regular per subject, where the subjects' strokes fall in two clear groups."""
    strokes = [np.mean([x.stroke for x in s if x.stroke is not None]) if any(x.stroke for x in s) else None
               for s in subjects]
    known = sorted(w for w in strokes if w is not None)
    if len(known) < 3:
        return None
    # the widest step up between neighbours parts the two weights (bold strokes vary with the words' shapes)
    step, cut = max((b / a, b) for a, b in zip(known, known[1:], strict=False) if a > 0)
    if step < 1.2:
        return None
    return [WEIGHTS[0] if w is not None and w >= cut else WEIGHTS[1] for w in strokes]


def feed_table(cards: list[tuple[Box, list[OcrLine]]]) -> EvidenceDraft | None:
    """The cards as one table (from, date, subject, and print weight where it varies), or None when fewer
    than three cards read as dated items."""
    items = [(box, it) for box, lines in cards if (it := _item(lines)) is not None]
    if len(items) < 3 or len(items) < 0.7 * len(cards):
        return None
    body = [[who, stamp, " ".join(x.text for x in subject)] for _, (who, stamp, subject) in items]
    header = [FROM, DATE, SUBJECT]
    weights = _weights([subject for _, (_, _, subject) in items])
    if weights is not None:
        header.append(WEIGHT)
        body = [row + [w] for row, w in zip(body, weights, strict=True)]
    box = Box(x0=min(b.x0 for b, _ in items), y0=min(b.y0 for b, _ in items),
              x1=max(b.x1 for b, _ in items), y1=max(b.y1 for b, _ in items))
    return EvidenceDraft(kind="table", value=f"{len(body)} items", box=box, confidence=0.8,
                         attrs={"header": header, "rows": body, "n_rows": len(body), "n_cols": len(header),
                                "has_header": True, "source_structure": "feed cards"})  # type: ignore[arg-type]
