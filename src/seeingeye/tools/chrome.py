"""Window chrome: the title bar and the menu bar of an application window, read from the OCR lines and pixel
rows. Their text names the window, never answers a question about its content (a menu bar's "File Edit View"
is the tallest line at the top of many windows, where a page's title would stand)."""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box, EvidenceDraft
from .base import ToolContext
from .inkwords import line_rows
from .ocr import OcrLine, read_lines


def background(arr: np.ndarray, box: Box) -> np.ndarray:
    """The colour a line is printed on: the median over its box (glyphs cover a minority of it). Strips just
    outside the box would straddle a highlight band, since OCR pads its boxes by a few pixels."""
    h, w = arr.shape[:2]
    x0, x1 = max(0, int(box.x0)), min(w, int(box.x1))
    y0, y1 = max(0, int(box.y0) + 2), min(h, int(box.y1) - 1)
    patch = arr[y0:y1, x0:x1, :3] if x1 > x0 and y1 > y0 else arr[:1, :1, :3]
    return np.median(patch.reshape(-1, 3), axis=0)


def window_title(arr: np.ndarray, lines: list[OcrLine]) -> OcrLine | None:
    """The top text line on a band of its own: its background differs from the window body just below it
    and from what is above it (the desktop, a border), unless it sits at the image's top edge. A large
    heading over a coloured button is no title bar: above it is the same page."""
    small = arr[::8, ::8, :3].reshape(-1, 3).astype(np.int64)
    keys, counts = np.unique((small[:, 0] << 16) | (small[:, 1] << 8) | small[:, 2], return_counts=True)
    packed = int(keys[counts.argmax()])
    page = np.array([packed >> 16, (packed >> 8) & 255, packed & 255], float)  # the most common colour: a page
    for ln in sorted(lines, key=lambda ln: ln.box.y0)[:6]:
        x0, x1 = int(ln.box.x0), int(ln.box.x1)
        bg = background(arr, ln.box)
        if np.abs(bg - page).sum() <= 30:
            continue  # printed on the page itself: a heading, not a bar
        y = min(arr.shape[0] - 1, int(ln.box.y1 + ln.box.h * 1.2) + 4)
        below = np.median(arr[y, x0:x1, :3].reshape(-1, 3), axis=0)
        ya = int(ln.box.y0 - 0.6 * ln.box.h) - 3
        above = np.median(arr[ya, x0:x1, :3].reshape(-1, 3), axis=0) if ya >= 0 else None
        banded = above is None or np.abs(bg - above).sum() > 60
        if np.abs(bg - below).sum() > 60 and banded and len(ln.text.strip()) >= 3:
            return ln
    return None


def title_above(ctx: ToolContext, lines: list[OcrLine]) -> OcrLine | None:
    """A title bar the page's reading missed (small light type on a dark gradient): a band of ink above
    the first line read, 10-40 px tall, read again enlarged. None when nothing is drawn there."""
    if not lines:
        return None
    top = int(min(ln.box.y0 for ln in lines)) - 2
    if top < 10:
        return None
    grey = ctx.grey[:top].astype(np.float32)
    inked = np.flatnonzero(grey.std(axis=1) > 8.0)  # rows where something is drawn across the strip
    if inked.size == 0:
        return None
    y0, y1 = max(0, int(inked[0]) - 3), min(top, int(inked[-1]) + 4)
    if not 10 <= y1 - y0 <= 40:
        return None
    found = [ln for ln in read_lines(ctx, region=Box(x0=0, y0=y0, x1=ctx.size[0], y1=y1), scale=2.0)
             if len(ln.text.strip()) >= 3]
    return max(found, key=lambda ln: len(ln.text)) if found else None


# A menu bar's entry: one capitalised word, its mnemonic's underline read as "_" or "&" at most.
_MENU_ENTRY = re.compile(r"[_&]?[A-Z][a-z]{1,11}[_&]?")


def menu_bar(lines: list[OcrLine], title: OcrLine | None, height: int) -> Box | None:
    """The row of menu entries at a window's top, just under its title bar (or the first row when no title bar
    was found): at least three single capitalised words making most of the row, no figure among them."""
    top = title.box.y1 if title is not None else 0.0
    rows = [r for r in line_rows([ln for ln in lines if ln.box.y0 >= top - 2 and ln.box.y0 < 0.2 * height])
            if title is None or all(ln is not title for ln in r)]
    for row in rows[:2]:
        pieces = sorted(row, key=lambda ln: ln.box.x0)
        words = " ".join(ln.text for ln in pieces).split()
        entries = [w for w in words if _MENU_ENTRY.fullmatch(w)]
        if len(entries) >= 3 and len(entries) >= 0.6 * len(words) and not any(c.isdigit() for w in words for c in w):
            h = float(np.median([ln.box.h for ln in pieces]))
            if pieces[0].box.y0 - top <= 3.5 * h:
                return Box(x0=pieces[0].box.x0, y0=min(ln.box.y0 for ln in pieces),
                           x1=pieces[-1].box.x1, y1=max(ln.box.y1 for ln in pieces))
    return None


# "Ln 21, Col 5", "Line 21, Column 5", "Ln:1, Col:1": where an editor's cursor stands
_CURSOR = re.compile(r"\b(?:Ln|Line)\s*:?\s*(\d{1,6})\s*[,;]?\s*(?:Col|Column)\s*:?\s*(\d{1,5})", re.I)
# "42 item(s)", "17 lines", "0 of 6 files": a tally the bar reports, with the noun it counts (of the total)
# (a figure's thousands only: "Rows: 18, Columns: 6" tallies no 18 columns)
_TALLY = re.compile(r"(?<![\w.,:])(?:\d[\d,]*\s+of\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+([A-Za-z]{3,})(?:\(s\))?"
                    r"(?:\s+([a-z]{3,}))?")
# A day and its month ("05 Dec") is a date, no tally (a lexicon of month names, as units are of measures).
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


# An editor's cursor as its status or mode line prints it: "29:5" opening the bar, or a mode line's "-L12-"
_BARE_CURSOR = re.compile(r"^\s*(\d{1,6}):(\d{1,3})(?![\d:])|(?<![\w])-{1,2}L(\d{1,6})(?:-|\b)")


def cursor_position(lines: list[OcrLine], height: int) -> list[EvidenceDraft]:
    """The line (and column) an editor's cursor is on, from the rows along the window's foot, lowest first."""
    for row in reversed(line_rows([ln for ln in lines if ln.box.y0 >= 0.85 * height])):
        row = sorted(row, key=lambda ln: ln.box.x0)
        for ln in row:
            m = _CURSOR.search(ln.text) or _BARE_CURSOR.search(ln.text)
            if m is None:
                continue
            line, col = (m.group(1), m.group(2)) if m.re is _CURSOR or m.group(1) else (m.group(3), None)
            out = [EvidenceDraft(kind="key_value", label="line the cursor is on (cursor position, Ln)", value=line,
                                 number=float(line), box=ln.box, confidence=0.8)]
            if col is not None:
                out.append(EvidenceDraft(kind="key_value", label="column the cursor is in (cursor position, Col)",
                                         value=col, number=float(col), box=ln.box, confidence=0.8))
            return out
    return []


def _edge(strip: np.ndarray, axis: int) -> bool:
    """A border line in a strip of grey: a run of pixels across it (a column when axis 0, a row when 1) that
    stands out from the strip's ground along nearly all its length."""
    if strip.size == 0:
        return False
    ground = float(np.median(strip))
    apart = np.abs(strip.astype(np.float32) - ground) > 25
    return bool((apart.mean(axis=axis) >= 0.8).any())


def framed(grey: np.ndarray, box: Box) -> bool:
    """Text inside a frame of its own, close on all four sides (a button's caption), as no status bar's is."""
    h = max(box.h, 4.0)
    x0, x1, y0, y1 = int(box.x0), int(box.x1), int(box.y0), int(box.y1)
    reach_x, reach_y = int(1.6 * h), int(0.8 * h)
    H, W = grey.shape[:2]
    left = grey[y0:y1, max(0, x0 - reach_x):max(0, x0 - 1)]
    right = grey[y0:y1, min(W, x1 + 1):min(W, x1 + reach_x)]
    above = grey[max(0, y0 - reach_y):max(0, y0 - 1), x0:x1]
    below = grey[min(H, y1 + 1):min(H, y1 + reach_y), x0:x1]
    return _edge(left, 0) and _edge(right, 0) and _edge(above, 1) and _edge(below, 1)


def status_bar(lines: list[OcrLine], height: int, grey: np.ndarray | None = None) -> tuple[str, Box] | None:
    """The text along a window's foot: the lowest row of text, in the bottom eighth of the window with a gap
    above it (the content's last line runs on with its usual spacing), or in the bottom twelfth; not a row of
    captions each in a frame of its own (a dialog's buttons), when the pixels (`grey`) are given."""
    rows = line_rows([ln for ln in lines if ln.text.strip()])
    if len(rows) < 3:
        return None
    last, above = sorted(rows[-1], key=lambda ln: ln.box.x0), rows[-2]
    h = float(np.median([ln.box.h for ln in last]))
    top, over = min(ln.box.y0 for ln in last), max(ln.box.y1 for ln in above)
    if top < 0.875 * height or top < 0.92 * height and top - over < 0.6 * h:
        return None  # (right at the foot, a bar may follow the content closely)
    if grey is not None and all(framed(grey, ln.box) for ln in last):
        return None  # buttons along the foot, not a bar of status
    box = Box(x0=last[0].box.x0, y0=top, x1=max(ln.box.x1 for ln in last), y1=max(ln.box.y1 for ln in last))
    return "   ".join(ln.text.strip() for ln in last), box


def status_facts(text: str, box: Box) -> list[EvidenceDraft]:
    """What a status bar reports: its text and each tally it prints."""
    out = [EvidenceDraft(kind="key_value", label="status bar (what it says, its whole text)", value=text,
                         box=box, confidence=0.8, attrs={"role": "status_bar", "say": "status bar"})]
    for part in re.split(r"\s+[|·•]\s+|\s{3,}", text):  # "13 items | Last sync 09:42 | User: j.okafor"
        if (kv := re.fullmatch(r"([A-Za-z][\w .-]{0,24}?)\s*:\s*(\S.*)", part.strip())) and not _CURSOR.match(part):
            # a field's value ends where the bar's next tally begins ("Dir: docs 12 Files, 4 Subdirectories")
            value = kv.group(2)
            if (t := _TALLY.search(value)) is not None and t.start() > 0:
                value = value[: t.start()].rstrip(" ,;")
            # (a part of the bar: "read me the status bar" names the whole bar, not each of its fields)
            out.append(EvidenceDraft(kind="key_value", label=f"{kv.group(1)} (part of the status bar)", value=value,
                                     box=box, confidence=0.75, attrs={"say": f"{kv.group(1)} (status bar)"}))
    for m in _TALLY.finditer(_CURSOR.sub(" ", text)):
        n, noun = m.group(1).replace(",", ""), m.group(2).lower()
        if noun[:3] in _MONTHS and (len(noun) == 3 or noun.startswith(("sept", "june", "july"))):
            continue
        said = f"{noun} {m.group(3) or ''}".strip()  # "5 tasks scheduled": what the bar says of them
        out.append(EvidenceDraft(kind="number", label=f"number of {said} (status bar)", value=n, number=float(n),
                                 box=box, confidence=0.75, attrs={"count_of": noun.rstrip("s"), "role": "status_bar"}))
    return out


# "1600x900", "900 × 1200", "(640x480)": an image's size in pixels as viewers print it in a title or status bar
_SIZE = "pixel dimensions of the image (width x height, size in pixels, resolution)"
_PIXELS = re.compile(r"(?<![\w.])(\d{2,5})\s?[x×]\s?(\d{2,5})(?![\w.])")


def pixel_sizes(lines: list[OcrLine], limit: int = 3) -> list[EvidenceDraft]:
    """Width × height figures a viewer prints (top to bottom, the first few): what "the dimensions of the
    image" reads."""
    out = []
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        for m in _PIXELS.finditer(ln.text):
            out.append(EvidenceDraft(kind="key_value", value=m.group(0), box=ln.box, confidence=0.7, label=_SIZE))
    return out[:limit]


# A location bar's whole text: an absolute path of two parts or more ("/home/ana/Documents/tax", "~/src/app")
_LOCATION = re.compile(r"(?:~|[A-Za-z]:)?(?:[/\\][\w .-]+){2,}[/\\]?")


def location_bar(lines: list[OcrLine], height: int) -> OcrLine | None:
    """The path a file manager's or a dialog's location bar shows: a line near the top of the window that is
    one absolute path and nothing else (the folder the window is showing)."""
    top = [ln for ln in lines if ln.box.y1 <= 0.2 * height and _LOCATION.fullmatch(ln.text.strip())]
    return min(top, key=lambda ln: ln.box.y0, default=None)


# The ground of a dark theme is dark grey to black (Adwaita dark ~#242424, terminals #000-#300); a light one
# is near white or a light grey. Measured on the grey value (0-255) of the window's most common shade.
DARK_GROUND = 90


def theme_fact(grey: np.ndarray, lines: list[OcrLine], title: Box | None) -> EvidenceDraft:
    """Whether the window is in a dark theme: its ground, the most common shade where its text is (below its
    title bar; a capture of the whole screen may hold the window on a black desktop)."""
    top = int(title.y1) if title is not None else 0
    inside = [ln.box for ln in lines if ln.box.y0 >= top]
    if inside:
        x0, x1 = int(min(b.x0 for b in inside)), int(max(b.x1 for b in inside)) + 1
        y0, y1 = int(min(b.y0 for b in inside)), int(max(b.y1 for b in inside)) + 1
        body = grey[y0:y1, x0:x1]
    else:
        body = grey[top:] if top < grey.shape[0] - 10 else grey
    ground = int(np.bincount((body.ravel() // 8).astype(np.int64), minlength=32).argmax()) * 8 + 4
    dark = ground < DARK_GROUND
    return EvidenceDraft(kind="field", label="dark mode (dark theme, night mode)", value="on" if dark else "off",
                         confidence=0.8, attrs={"control": "theme", "ground": ground, "say": "dark mode"})
