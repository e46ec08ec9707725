"""Word spaces from the pixels: the recogniser drops spaces that are printed ("Revenue bymonth",
"07:00A6G4AP", "Click &collect"). The straightened line strip shows where words part: a blank column
run between two characters that is wide for the line's print is a space.

Gaps are measured in units of the line's ink height (its cap/ascender height), so one rule holds at
any size. Thresholds were calibrated on rendered lines in twelve faces (benchmarks/ocr_spacing.py
reports how many dropped spaces come back and how many words get split wrongly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

# Letter gaps stay below ~0.35 ink heights except beside narrow glyphs; word spaces run 0.3-0.6 in
# proportional faces and ~1.0 in monospaced ones.
SPACE_GAP = 0.4  # an unwritten gap this wide is a word space (on lines where no space was written)
# Where the recogniser did write spaces they show this face's space width: a gap this large a fraction
# of their median is a space too.
SPACE_FRACTION = 0.7
SPACE_GAP_RANGE = (0.38, 0.8)
# Between digits (and the separators inside numbers) a narrow "1" leaves up to ~0.55 of blank in
# tabular figures: "11/11/2011" must stay whole.
DIGIT_GAP = 0.6
# Monospaced print pads narrow glyphs ("l", ".", ":") with up to ~0.57 of blank; its spaces are ~0.9+.
MONO_GAP = 0.75
CLAUSE_FRACTION = 0.6  # after a clause-ending comma or colon a gap this share of the usual one is a space
# Monospaced glyphs sit one pitch apart whatever their widths: most neighbours are one pitch apart
# (within 12%; ~0.9 of them in monospaced strips, ~0.5 in proportional ones) and the centre distances
# vary less than the blanks between the glyphs do (proportional faces keep the blanks even instead).
# On rendered strips of 14+ glyphs: 36 of 42 monospaced ones caught, 1 of 464 proportional ones taken
# for monospaced; shorter strips follow the page's majority.
MONO_REGULARITY = 0.72
MONO_SPREAD_RATIO = 1.0
MIN_GLYPHS_TO_JUDGE = 14  # shorter strips of even-width glyphs ("Cheddar 400g") look monospaced
MIN_INK_HEIGHT_PX = 6.0  # below this blank columns blur together: leave the text alone


def ink_mask(crop: np.ndarray) -> np.ndarray:
    """Glyph pixels of a BGR strip: Otsu threshold, the background being what the border shows (a tight
    strip of bold print can hold more ink than background)."""
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    _, th = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = th > 0
    border = np.concatenate([ink[0], ink[-1], ink[:, 0], ink[:, -1]])
    return ~ink if border.mean() > 0.5 else ink


@dataclass
class Strip:
    """What the pixels of one line strip say about its spacing."""

    cols: np.ndarray  # per column: does the line's body have ink here
    height: float  # ink height (px): the unit of gaps
    mono: bool | None  # monospaced print; None: too few glyphs to judge


def measure(crop: np.ndarray) -> Strip:
    ink = ink_mask(crop)
    h, w = ink.shape
    # Long unbroken horizontal runs are rules, underlines or box edges, not glyphs: take them out.
    length = max(3 * h, 8)
    if length < w:
        ink = ink & ~(cv2.morphologyEx(ink.astype(np.uint8), cv2.MORPH_OPEN, np.ones((1, length), np.uint8)) > 0)
    rows = ink.sum(axis=1)
    if not rows.any():
        return Strip(np.zeros(w, bool), 0.0, None)
    # The line's body: the run of inked rows holding the most ink; bits of the lines above and below
    # are cut off by blank rows and must not fill the gaps between words.
    on = np.concatenate([[0], (rows > 0).astype(np.int8), [0]])
    starts, ends = np.nonzero(np.diff(on) == 1)[0], np.nonzero(np.diff(on) == -1)[0]
    cum = np.concatenate([[0], np.cumsum(rows)])
    k = int(np.argmax(cum[ends] - cum[starts]))
    band = ink[starts[k] : ends[k]]
    cols = np.zeros(w, bool) | band.any(axis=0)
    if not cols.any():
        return Strip(cols, 0.0, None)
    # Ink height: the tall end of the columns' ink extents — capitals, digits, ascenders (a few columns
    # of them are enough: "Lima" has two in thirty).
    top = np.argmax(band, axis=0)
    bottom = band.shape[0] - np.argmax(band[::-1], axis=0)
    height = float(np.percentile((bottom - top)[cols], 95))
    return Strip(cols, height, _monospaced(cols))


def _ink_runs(cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends (inclusive) of the inked column runs."""
    idx = np.nonzero(cols)[0]
    if not len(idx):
        return idx, idx
    br = np.nonzero(np.diff(idx) > 1)[0]
    return np.concatenate([[idx[0]], idx[br + 1]]), np.concatenate([idx[br], [idx[-1]]])


def _monospaced(cols: np.ndarray) -> bool | None:
    starts, ends = _ink_runs(cols)
    if len(starts) < MIN_GLYPHS_TO_JUDGE:
        return None
    d = np.diff((starts + ends) / 2.0)
    widths = (ends - starts + 1).astype(float)
    mean_w = (widths[:-1] + widths[1:]) / 2.0
    med = float(np.median(d))
    keep = d < 1.6 * med  # word spaces and touching glyphs are no pitch sample
    d, blank = d[keep], (d - mean_w)[keep]
    if len(d) < MIN_GLYPHS_TO_JUDGE - 1:
        return None
    spread = float(np.sqrt(np.mean((d - np.median(d)) ** 2)))
    blank_spread = float(np.sqrt(np.mean((blank - np.median(blank)) ** 2)))
    if blank_spread < 0.1 * med:
        return None  # glyphs all about as wide ("Cheddar 400g" in bold): the strip cannot tell
    regular = float(np.mean(np.abs(d - med) < 0.12 * med)) >= MONO_REGULARITY
    return regular and spread / blank_spread < MONO_SPREAD_RATIO


def pair_gaps(text: str, strip: Strip, xs: list[float]) -> list[float]:
    """For each character position k, the widest blank run (px) between the previous non-space character
    and character k (0 where none). xs: character centres in strip pixels (the recogniser's positions)."""
    gaps = [0.0] * len(text)
    solid = [k for k, ch in enumerate(text) if not ch.isspace()]
    if len(solid) < 2:
        return gaps
    centres = np.array([xs[k] for k in solid])
    starts, ends = _ink_runs(strip.cols)
    owner: dict[int, int] = {}  # solid index right of each wide-enough run -> its width
    for a, b in zip(ends[:-1] + 1, starts[1:], strict=True):  # blank run [a, b)
        # The run parts the characters whose centres lie either side of its middle.
        right = int(np.searchsorted(centres, (a + b - 1) / 2.0))
        if 0 < right < len(solid):
            owner[right] = max(owner.get(right, 0), int(b - a))
    # A narrow glyph beside a written space (":" in "until: 2024") can have its centre placed past the
    # space's blank; the blank then lands on the pair before or after it. A written space that got no
    # blank of its own takes its neighbour's.
    letter_gap = 0.25 * strip.height
    for j in range(1, len(solid)):
        if solid[j] - solid[j - 1] == 1 or owner.get(j, 0) >= letter_gap:
            continue
        n = max((i for i in (j - 1, j + 1) if 0 < i < len(solid)), key=lambda i: owner.get(i, 0), default=None)
        if n is not None and solid[n] - solid[n - 1] == 1 and owner.get(n, 0) >= letter_gap:
            owner[j], owner[n] = owner[n], owner.get(j, 0)
    for j, width in owner.items():
        gaps[solid[j]] = float(width)
    return gaps


def _in_number(left: str, right: str) -> bool:
    """Both sides belong to a number ("11/11/2011", "1,234.50", "+9.4%", "-$5")."""
    return (left.isdigit() or left in ",.:/+-−$€£#") and (right.isdigit() or right in ",.:/%")


def _clause_break(text: str, p: int, k: int) -> bool:
    """A comma, colon or semicolon that ends a clause rather than sits inside a number or a name: followed by
    a letter ("Date:JUN"), or by four or more digits ("20,2025" — thousands groups have three, decimals
    rarely more). Printed text almost always spaces after these, so a narrower gap is enough."""
    if text[p] not in ",:;":
        return False
    if text[k].isalpha():
        return True
    run = len(text[k:]) - len(text[k:].lstrip("0123456789"))
    return text[p] == "," and run >= 4


def _name_dot(text: str, p: int, k: int) -> bool:
    """A dot between a letter and a file's extension joins a name's parts ("theme.css", "notes.md"): a narrow
    dot padded in its cell is no word gap, and a sentence goes on with a capital or a longer word."""
    dot = k if text[k] == "." else p if text[p] == "." else None
    if dot is None or dot == 0:
        return False
    return text[dot - 1].isalpha() and re.match(r"[a-z][a-z0-9]{0,3}(?![A-Za-z0-9])", text[dot + 1:]) is not None


def space_before(text: str, gaps: list[float], height: float, mono: bool) -> list[bool]:
    """For each non-space character after the first: is a space due before it?"""
    solid = [k for k, ch in enumerate(text) if not ch.isspace()]
    written = [gaps[k] for p, k in zip(solid, solid[1:], strict=False) if k - p > 1]
    threshold = SPACE_GAP
    if written:
        threshold = float(np.clip(SPACE_FRACTION * float(np.median(written)) / height, *SPACE_GAP_RANGE))
    if mono:
        threshold = max(threshold, MONO_GAP)
    out = []
    for p, k in zip(solid, solid[1:], strict=False):
        need = max(threshold, DIGIT_GAP) if _in_number(text[p], text[k]) else threshold
        if _clause_break(text, p, k):
            need = min(need, threshold) * CLAUSE_FRACTION
        elif _name_dot(text, p, k):
            need = max(need, MONO_GAP)
        # Chinese, Japanese and Korean ideographs sit in roomy boxes and are written without spaces.
        wide = text[p] >= "\u2e80" or text[k] >= "\u2e80"
        # An underscore joins the parts of one identifier ("x86_64"); its ink lies on the baseline, so the
        # columns beside it look blank above.
        joined = "_" in (text[p], text[k])
        out.append(k - p > 1 or (not wide and not joined and gaps[k] >= need * height))
    return out


# A dot the recogniser wrote with a space beside it inside a file's name ("CHANGES . md", "app. py"): monospaced
# print pads a dot with blank on both sides, which the recogniser takes for spaces.
_PADDED_DOT = re.compile(r"(?<=[A-Za-z0-9])(?: \. | \.|\. )(?=[a-z][a-z0-9]{0,3}\b)")


def _padded_dots(text: str, xs: list[float]) -> tuple[str, list[float]]:
    return _without_spaces_in(_PADDED_DOT, text, xs)


def respace(text: str, strip: Strip, xs: list[float], mono: bool | None = None) -> tuple[str, list[float]]:
    """The text with spaces put where the strip shows a word gap the recogniser left out, and the
    characters' centres to go with it (an inserted space sits midway). mono: the page's verdict for
    strips too short to judge their own spacing."""
    if len(xs) != len(text) or strip.height < MIN_INK_HEIGHT_PX:
        return text, xs
    mono_page = bool(strip.mono if strip.mono is not None else mono)
    if mono_page:
        text, xs = _padded_dots(text, xs)
    solid = [k for k, ch in enumerate(text) if not ch.isspace()]
    if len(solid) < 2:
        return text, xs
    gaps = pair_gaps(text, strip, xs)
    verdicts = space_before(text, gaps, strip.height, mono_page)
    out, pos = list(text[: solid[0] + 1]), list(xs[: solid[0] + 1])
    for (p, k), space in zip(zip(solid, solid[1:], strict=False), verdicts, strict=True):
        if k - p > 1:  # what the recogniser wrote between them stays
            out += text[p + 1 : k]
            pos += xs[p + 1 : k]
        elif space:
            out.append(" ")
            pos.append((xs[p] + xs[k]) / 2.0)
        out.append(text[k])
        pos.append(xs[k])
    return "".join(out) + text[solid[-1] + 1 :], pos + list(xs[solid[-1] + 1 :])


def pixel_joined(text: str, strip: Strip, xs: list[float], mono: bool) -> set[int]:
    """Positions k where the strip's pixels show no word gap before character k, on a line whose written
    spaces all show their blank (the ink mask is sound there): the recogniser's position steps must not
    part them. Wide letters step far apart in proportional print ("DSCN", "MEDIA") without any gap."""
    if len(xs) != len(text) or strip.height < MIN_INK_HEIGHT_PX:
        return set()
    solid = [k for k, ch in enumerate(text) if not ch.isspace()]
    gaps = pair_gaps(text, strip, xs)
    written = [gaps[k] for p, k in zip(solid, solid[1:], strict=False) if k - p > 1]
    if not written or min(written) <= 0:
        return set()
    verdicts = space_before(text, gaps, strip.height, mono)
    # (letters and figures only: a dash or a bracket beside a word is often set off by a space its ink hides)
    return {k for (p, k), space in zip(zip(solid, solid[1:], strict=False), verdicts, strict=True)
            if k - p == 1 and not space and text[p].isalnum() and text[k].isalnum()}  # fmt: skip


def page_is_mono(strips: list[Strip], texts: list[str]) -> bool:
    """Most strips of the page that can be judged are monospaced (a terminal, a code listing). Strips of
    mostly digits do not vote: figures are evenly spaced in nearly every face."""
    votes = [
        s.mono
        for s, t in zip(strips, texts, strict=True)
        if s.mono is not None and sum(c.isdigit() for c in t) <= len(t.replace(" ", "")) / 2
    ]
    return bool(votes) and sum(votes) > len(votes) / 2


# A monospaced line sets every character, spaces included, one pitch after the last: the recogniser's
# character centres fall on a straight line against their index, within ~0.13 pitch (terminals measured:
# median 0.12-0.13), where proportional print strays ~0.25-0.45 (settings pages, documents, mail lists).
PITCH_DEVIATION = 0.18
MIN_PITCH_CHARS = 8


def even_pitch(read: list[tuple[str, list[float]]]) -> bool:
    """The page is monospaced by its characters' positions: most lines of eight characters or more step
    evenly. For short strips of small print, where the ink alone cannot tell (`_monospaced`)."""
    devs = []
    for text, xs in read:
        if len(text) < MIN_PITCH_CHARS or len(xs) != len(text):
            continue
        k = np.arange(len(text), dtype=float)
        slope, icpt = np.polyfit(k, np.asarray(xs, dtype=float), 1)
        if slope > 0:
            devs.append(float(np.sqrt(np.mean((np.asarray(xs) - (slope * k + icpt)) ** 2))) / slope)
    return len(devs) >= 5 and float(np.median(devs)) < PITCH_DEVIATION


# A dotted number of three parts or more ("2.10.4", "10.0.2.15"), with the spaces a monospaced print's roomy dots
# lead the recogniser to write beside them ("3. 14. 2", "1. 6 .0").
_DOTTED = re.compile(r"(?<![\w.])\d{1,4}(?: ?\. ?\d{1,4}){2,}(?![\w]|\.\d)")
# On a monospaced page (a terminal, code) a decimal's roomy dot does the same to "0.19" ("0. 19"); proportional
# print spaces a dot only where a sentence ends.
_DECIMAL = re.compile(r"(?<![\w.])\d{1,4}(?: ?\. ?\d{1,4})+(?![\w]|\.\d)")


def join_dotted(text: str, xs: list[float], mono: bool = False) -> tuple[str, list[float]]:
    """A version or an address is one word: the spaces inside a dotted number dropped (with their centres)."""
    return _without_spaces_in(_DECIMAL if mono else _DOTTED, text, xs)


def _without_spaces_in(pattern: re.Pattern[str], text: str, xs: list[float]) -> tuple[str, list[float]]:
    """The text without the spaces inside the pattern's matches, and the centres of the characters kept (the
    centres as given when they do not go with the text)."""
    drop = {k for m in pattern.finditer(text) for k in range(m.start(), m.end()) if text[k] == " "}
    if not drop:
        return text, xs
    keep = [k for k in range(len(text)) if k not in drop]
    return "".join(text[k] for k in keep), [xs[k] for k in keep] if len(xs) == len(text) else xs
