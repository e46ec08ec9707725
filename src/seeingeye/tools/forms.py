"""`forms`: form controls and their states as `field` evidence.

Controls are found as ink components (anything that differs from the page colour) of control size next
to a text line: a small square is a checkbox, a small circle a radio button, a pill a toggle; a wide thin
frame is a text input (its value is the text inside), a filled block with one centred text a button.
States come from pixels, not words: a checkbox or radio is checked/selected when its inside holds ink;
a toggle is on when its knob sits right (or, knob unseen, when its track is coloured).
"""

from __future__ import annotations

import re

import cv2
import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .box_column import boxes_by_column
from .button_holes import button_rows
from .chart_axis import key_rgb, lab_lut, quantise
from .colour_names import colour_name
from .control_groups import Control, glyph_radios, group_radios, label_rows, split_shared_labels, states_by_peers
from .control_shapes import components, inside_text, solid_of, texts_in
from .inkwords import ink_runs, share_out
from .ocr import OcrLine, read_lines
from .switches import knob_on_track, tile_toggles, toggle_at
from .text_marks import bracket_boxes


def _page_key(packed: np.ndarray) -> int:
    return int(np.bincount(packed.ravel()).argmax())


def _round(solid: np.ndarray) -> bool:
    """The filled outline is close to the ellipse inscribed in its box (a radio button), unlike a triangle,
    an arrow head or an open glyph whose outline only spans the box."""
    h, w = solid.shape
    ellipse = np.zeros((h, w), np.uint8)
    cv2.ellipse(ellipse, (w // 2, h // 2), (max(1, w // 2), max(1, h // 2)), 0, 0, 360, 1, thickness=-1)
    # Tk and Motif draw radio buttons as diamonds: the same test against the inscribed diamond.
    diamond = np.zeros((h, w), np.uint8)
    pts = np.array([[w // 2, 0], [w - 1, h // 2], [w // 2, h - 1], [0, h // 2]], np.int32)
    cv2.fillConvexPoly(diamond, pts, 1)
    for shape in (ellipse.astype(bool), diamond.astype(bool)):
        union = float((solid | shape).sum())
        if union > 0 and float((solid & shape).sum()) / union >= 0.75:
            return True
    return False


def _square(solid: np.ndarray) -> bool:
    """Three or four filled corners: a box (whose 3-D border may leave one edge the colour of the face), not
    a circle or a diamond."""
    h, w = solid.shape
    k = max(1, min(h, w) // 6)
    corners = [solid[:k, :k], solid[:k, w - k :], solid[h - k :, :k], solid[h - k :, w - k :]]
    return sum(float(c.mean()) > 0.5 for c in corners) >= 3


def _mark(grey: np.ndarray) -> float:
    """Share of the box's inside that stands out from the inside's own colour: a tick or a cross. An empty
    box filled white on a grey face is ink against the face, yet unmarked."""
    h, w = grey.shape
    inner = grey[h // 5 : h - h // 5, w // 5 : w - w // 5]
    return float((np.abs(inner - np.median(inner)) > 50).mean()) if inner.size else 0.0


def ruled_inside(comp: np.ndarray) -> bool:
    """Two or more thin lines across the inside of a box with empty rows between them: a document's or a list's
    icon (a page of text drawn as rules), which no state of a checkbox draws (a tick, a cross, a dash or a fill:
    a filled box with a tick has no empty rows)."""
    h, w = comp.shape
    k = max(1, min(h, w) // 6)
    inner = comp[k : h - k, k : w - k]
    if inner.shape[0] < 5 or inner.shape[1] < 4:
        return False
    share = inner.mean(axis=1)
    across, empty = share >= 0.7, share <= 0.3
    starts = np.flatnonzero(across & ~np.concatenate(([False], across[:-1])))
    ends = np.flatnonzero(across & ~np.concatenate((across[1:], [False])))
    thin = bool(len(starts)) and int((ends - starts).max()) + 1 <= max(2, inner.shape[0] // 5)
    return len(starts) >= 2 and thin and float((across | empty).mean()) >= 0.9


def _inner_ink(comp: np.ndarray, frac: float = 0.5) -> float:
    h, w = comp.shape
    dy, dx = int(h * (1 - frac) / 2), int(w * (1 - frac) / 2)
    inner = comp[dy : h - dy, dx : w - dx]
    return float(inner.mean()) if inner.size else 0.0


def _in_word(ink: np.ndarray, b: Box, host: OcrLine | None) -> bool:
    """A square where its line's text begins, with the next letter close behind: the bold "N" of a heading.
    A control leaves a label's gap (a third of its height or more) before the text."""
    if host is None or abs(b.x0 - host.box.x0) > 4 or not host.text[:1].isalpha():
        return False
    x1, y0, y1 = int(b.x1), int(b.y0), int(b.y1)
    return bool(ink[y0:y1, x1 : x1 + max(3, int(0.3 * b.h))].any())


def _inside_long_word(b: Box, host: OcrLine | None) -> bool:
    """Where OCR read a word of three letters or more (the "M" of "Music" after a tree's expander): a glyph,
    since a control's mark reads as a token of its own ("O", "☐") or glued before a capital ("OTeam")."""
    if host is None or host.box.w <= 0 or (b.x0 - host.box.x0 < 0.5 * b.w and not host.mono):
        return False  # at the very start of the line OCR's box may hold the control before its label (in a
        # terminal's monospaced print a word's first letter is a letter: "u" of "urllib3" is no box)
    k = int((b.cx - host.box.x0) / host.box.w * len(host.text))
    m = next((m for m in re.finditer(r"\S+", host.text) if m.start() <= k < m.end()), None)
    # (a name may end in figures: "urllib3")
    return m is not None and m.group()[:3].isalpha() and len(m.group()) >= 3 and m.group()[0] not in "Oo○◯●◉☐□"


def _reads_letter(b: Box, host: OcrLine | None) -> bool:
    """Inside a line, where OCR read a one- or two-letter word (the "a" of "book a room"), not a control's mark."""
    if host is None or host.box.w <= 0:
        return False
    k = int((b.cx - host.box.x0) / host.box.w * len(host.text))
    word = next((m.group() for m in re.finditer(r"\S+", host.text) if m.start() <= k < m.end()), "")
    return word.isalpha() and len(word) <= 2 and word not in ("o", "O", "○", "◯")


def _host_label(host: OcrLine | None) -> OcrLine | None:
    """OCR often reads a control as a leading symbol of its label's line ("O Pickup", "☐ Remember me")."""
    if host is None:
        return None
    head, _, rest = host.text.partition(" ")
    text = rest.strip() if len(head) == 1 and rest.strip() else host.text
    if text == host.text and len(head) > 2 and head[0] in "Oo0○◯●◉☐□" and head[1].isupper():
        text = host.text[1:]  # the control read as a letter glued to its label ("OTeam")
    if sum(ch.isalnum() for ch in text) < 2 or text == host.text and len(head) <= 1:
        return None
    return host.model_copy(update={"text": text})


def _buttons_by_row(controls: list[Control]) -> None:
    """A frame on a row of buttons, of their height, is a button too, even when an icon pushes its caption off
    centre ("✕ Cancel" read as typed text); the icon read as a glyph is dropped from the caption."""
    buttons = [c for c in controls if c.kind == "button"]
    for c in controls:
        if c.kind == "text" and len(c.state.split()) <= 3 and any(
            abs(c.box.y0 - b.box.y0) < 4 and abs(c.box.h - b.box.h) < 4 and c.box.w < 1.6 * b.box.w for b in buttons
        ):  # a search field beside its button is wider than the button
            c.kind = "button"
    for c in controls:
        if c.kind == "button" and c.state:
            head, _, rest = c.state.partition(" ")
            text = rest if len(head) == 1 and rest else c.state
            c.state = re.sub(r"^[^\w(]+", "", text) or c.state


def _label_through(b: Box, lines: list[OcrLine]) -> tuple[OcrLine, str] | None:
    """A label and the value typed in the input right of it, read by OCR as one line running into the frame:
    (the label as a line of its own, the value)."""
    for ln in lines:
        if ln.box.x0 < b.x0 - 10 and b.x0 < ln.box.x1 <= b.x1 + 2 and b.y0 - 3 <= ln.box.cy <= b.y1 + 3:
            label, colon, value = ln.text.partition(":")
            if not colon or not value.strip():
                return None
            box = Box(x0=ln.box.x0, y0=ln.box.y0, x1=b.x0 - 2, y1=ln.box.y1)
            return ln.model_copy(update={"text": label.strip() + ":", "box": box}), value.strip()
    return None


def _crossing(b: Box, lines: list[OcrLine]) -> OcrLine | None:
    """An OCR line that runs through the frame and beyond it, on the frame's own row."""
    for ln in lines:
        if ln.box.y0 >= b.y0 - 2 and ln.box.y1 <= b.y1 + 2 and ln.box.x0 < b.cx < ln.box.x1 and ln.box.w > 1.3 * b.w:
            return ln
    return None


def _shared_captions(frames: list[Box], lines: list[OcrLine], grey: np.ndarray) -> list[Control]:
    """A row of buttons read as one line ("Try again Skip file Stop Details"): its words shared out among the
    frames it runs through, in order, by the width of the ink inside each frame."""
    out: list[Control] = []
    by_line: dict[int, tuple[OcrLine, list[Box]]] = {}
    for b in frames:
        if (ln := _crossing(b, lines)) is not None:
            by_line.setdefault(id(ln), (ln, []))[1].append(b)
    for ln, boxes in by_line.values():
        boxes.sort(key=lambda b: b.x0)
        inner = [Box(x0=b.x0 + 3, y0=ln.box.y0, x1=b.x1 - 3, y1=ln.box.y1) for b in boxes]
        widths = [sum(e - a for a, e in ink_runs(grey, i, 2 * ln.box.h)) for i in inner]
        words = ln.text.split()
        if len(boxes) < 2 or len(words) < len(boxes) or min(widths) <= 0:
            continue
        out += [Control("button", b, " ".join(take)) for b, take in zip(boxes, share_out(words, widths), strict=True)]
    return out


def _label_for(b: Box, lines: list[OcrLine], taken: set[int], reach: float = 4.0,
               switch: bool = False) -> OcrLine | None:
    """The text on the control's row, right of it first (checkbox-then-label), else left of it, up to `reach`
    heights away (a settings list puts its switches at the far right of each row)."""
    row = [ln for ln in lines if id(ln) not in taken and not (ln.box.x0 - 1 <= b.cx <= ln.box.x1 + 1)
           and min(ln.box.y1, b.y1) - max(ln.box.y0, b.y0) > 0.4 * min(ln.box.h, b.h)]
    # (a switch's own "On"/"Off" caption is its state; a radio or a box may well be labelled "On" or "No")
    # (a glyph OCR made of an icon after a switch, a row's delete cross read "?", labels nothing)
    right = [ln for ln in row if -0.7 * b.w <= ln.box.x0 - b.x1 <= 3 * max(b.h, ln.box.h)
             and not (switch and (_STATE_CAPTION.match(ln.text) or not _WORDY.search(ln.text)))]
    if right:
        return min(right, key=lambda ln: ln.box.x0)
    left = [ln for ln in row if -3 <= b.x0 - ln.box.x1 <= reach * max(b.h, ln.box.h)
            and not (switch and _STATE_CAPTION.match(ln.text))]
    if not left:
        return _card_title(b, lines, taken) if switch else None
    near = max(left, key=lambda ln: ln.box.x1)
    if switch and not _WORDY.search(near.text) and (named := _named_over(near, lines, taken)):
        return named  # an alarm's "07:30" beside its switch: the alarm is named by the title over the time
    # a setting's name over its description, both beside the switch: the name is the upper of the two
    stacked = [ln for ln in left if abs(ln.box.x0 - near.box.x0) < ln.box.h]
    return min(stacked, key=lambda ln: ln.box.y0)


def _named_over(ln: OcrLine, lines: list[OcrLine], taken: set[int]) -> OcrLine | None:
    """The line of words just over a figure, starting where it starts (a title over its time)."""
    over = [o for o in lines if id(o) not in taken and o is not ln and abs(o.box.x0 - ln.box.x0) <= ln.box.h
            and 0 <= ln.box.y0 - o.box.y1 <= 1.5 * ln.box.h and _WORDY.search(o.text)]
    return max(over, key=lambda o: o.box.y1) if over else None


def _card_title(b: Box, lines: list[OcrLine], taken: set[int]) -> OcrLine | None:
    """A switch alone at the foot of a card (a home-automation tile): the card's title, the top line of the text
    stacked above and left of it, within a few heights."""
    above = [ln for ln in lines if id(ln) not in taken and 0 <= b.y0 - ln.box.y1 <= 3.5 * b.h
             and b.x1 - 14 * b.h <= ln.box.x0 < b.x0 and not _STATE_CAPTION.match(ln.text)]
    if not above:
        return None
    x = max(ln.box.x0 for ln in above)  # the nearest stack: the tile's own, not the one before it
    return min((ln for ln in above if ln.box.x0 >= x - b.h), key=lambda ln: ln.box.y0)


# Two letters in a row: a word, not a figure or a glyph OCR made of an icon.
_WORDY = re.compile(r"[^\W\d_]{2}")

# The state a switch's own caption prints beside it ("On", "Off"): the switch's state, never its label.
_STATE_CAPTION = re.compile(r"(?i)^\s*(?:on|off|enabled|disabled|an|aus|ein|activ[ée]|d[ée]sactiv[ée]|s[ií]|no)\s*$")


def _field_label(b: Box, lines: list[OcrLine], taken: set[int]) -> OcrLine | None:
    """A text input's label: left of it on its row, else just above it."""
    row = [ln for ln in lines if id(ln) not in taken and ln.box.x1 <= b.x0 + 2 and b.y0 - 4 <= ln.box.cy <= b.y1 + 4
           and b.x0 - ln.box.x1 < 300]
    if row:
        return max(row, key=lambda ln: ln.box.x1)
    above = [ln for ln in lines if id(ln) not in taken and -0.4 * ln.box.h <= b.y0 - ln.box.y1 <= 1.5 * ln.box.h + 6
             and ln.box.cy < b.y0
             and ln.box.x0 < b.x1 and ln.box.x1 > b.x0 - 10]
    return min(above, key=lambda ln: b.y0 - ln.box.y1) if above else None


def _ground_key(packed: np.ndarray, lines: list[OcrLine]) -> int:
    """The colour controls sit on: the commonest under the text lines (a window's face, not the desktop
    around a small window), else the commonest of the image."""
    parts = [packed[int(ln.box.y0) : int(ln.box.y1), int(ln.box.x0) : int(ln.box.x1)].ravel() for ln in lines]
    under = np.concatenate(parts) if parts else np.zeros(0, packed.dtype)
    return int(np.bincount(under).argmax()) if under.size >= 200 else _page_key(packed)


def find_controls(arr: np.ndarray, lines: list[OcrLine]) -> list[Control]:
    packed = quantise(arr)
    page = _ground_key(packed, lines)
    lut = lab_lut()
    raw = (np.linalg.norm(lut - lut[page], axis=-1) > 9)[packed]
    # Rounded corners are drawn lighter than the frame; close those one-pixel breaks.
    ink = cv2.morphologyEx(raw.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)).astype(bool)
    controls: list[Control] = []
    frames: list[Box] = []
    discs: list[Box] = []
    icons: list[Box] = []
    for x, y, w, h, _area, comp in components(ink):
        b = Box(x0=x, y0=y, x1=x + w, y1=y + h)
        solid = solid_of(comp)
        fill = float(solid.mean())
        aspect = w / h
        if h <= 40 and 0.75 <= aspect <= 1.33:
            host = inside_text(b, lines)
            right_gap = ink[y : y + h, x + w : x + w + max(3, int(0.2 * h))]
            left_gap = ink[y : y + h, max(0, x - max(3, int(0.6 * h))) : x]
            mid_line = host is not None and b.x0 - host.box.x0 > 0.8 * w
            if right_gap.any() or (mid_line and left_gap.any()) or _in_word(ink, b, host) or (
                    mid_line and _reads_letter(b, host)):
                continue  # a glyph ("o", "D") of a word: letters follow it closely, or precede it
            square = _square(solid)
            if not square and (solid & ~comp).mean() < 0.05 and _mark(arr[y : y + h, x : x + w].mean(axis=2)) < 0.05:
                discs.append(b)  # a disc of one colour: a radio of a dark theme, or a title bar's traffic light
            kind = "radio" if fill < 0.86 and not square else "checkbox"
            if kind == "checkbox" and ruled_inside(raw[y : y + h, x : x + w]):  # (as drawn, gaps unclosed)
                icons.append(b)  # a file's icon at the head of a list row
                continue
            # (a box with a word's space clear on both sides stands between words OCR ran together)
            spaced = not left_gap.any() and not ink[y : y + h, x + w : x + w + max(4, int(0.35 * h))].any()
            if kind == "checkbox" and _inside_long_word(b, host) and not spaced:
                continue  # a square capital inside a word OCR read ("M" of "Music"), not a box
            if kind == "radio" and not _round(solid):
                continue  # a triangle, arrow or glyph of control size (a KPI trend marker, "€"), not a radio
            if kind == "radio" and (knob := knob_on_track(arr, b)) is not None:
                controls.append(knob)
                continue
            # Checked/selected: the inside holds ink (a tick, a filled box, a dot), not only the frame.
            on = _inner_ink(comp, 0.4) > 0.2
            states = ("checked", "unchecked") if kind == "checkbox" else ("selected", "unselected")
            core = packed[y + h // 3 : y + h - h // 3, x + w // 3 : x + w - w // 3]
            core_lab = lut[core].reshape(-1, 3).mean(axis=0) if core.size else lut[page]
            inner = float(np.linalg.norm(core_lab - lut[page]))
            grey = arr[y : y + h, x : x + w].mean(axis=2)
            # (an inside plain and lighter than the face, with no tick in it, is an empty box: Tk's white well)
            on = on and not (kind == "checkbox" and _mark(grey) < 0.02 and core_lab[0] - lut[page][0] > 8)
            state = states[0] if on else states[1]
            controls.append(Control(kind, b, state, label=_host_label(host), inner=inner, mark=_mark(grey)))
        elif (toggle := toggle_at(arr, b, comp, lines)) is not None:
            controls.append(toggle)
        # (a short caption's button may be barely twice as wide as high: "Close", "Pause")
        elif h >= 18 and (w >= 2.2 * h and w >= 60 or w >= 1.5 * h and len(texts_in(b, lines)) == 1):
            inside = texts_in(b, lines)
            hollow = _inner_ink(comp, 0.8) < 0.15 and fill > 0.9
            if hollow and not inside and h <= 48 and _crossing(b, lines) is not None:
                frames.append(b)  # a button whose caption OCR read together with its neighbours'
                continue
            centred = len(inside) == 1 and abs(inside[0].box.cx - b.cx) < 0.1 * w and len(inside[0].text.split()) <= 3
            if hollow and centred and inside[0].box.x0 - b.x0 > 0.1 * w:
                controls.append(Control("button", b, inside[0].text))  # a caption centred in a frame: a button
            elif hollow and w >= 3 * h and not inside and (split := _label_through(b, lines)):
                controls.append(Control("text", b, split[1], label=split[0]))  # "Username: jo.lindqvist" as one line
            elif hollow and w >= 3 * h:  # typed text starts at the left edge of its input
                text = " ".join(ln.text for ln in inside)
                controls.append(Control("text", b, text))
            elif fill > 0.9 and comp.mean() > 0.6 and len(inside) == 1 and abs(inside[0].box.cx - b.cx) < 0.15 * w:
                controls.append(Control("button", b, inside[0].text))
        elif h >= 18 and w >= 40 and fill > 0.9 and comp.mean() > 0.6:
            inside = texts_in(b, lines)
            if len(inside) == 1 and abs(inside[0].box.cx - b.cx) < 0.15 * w:
                controls.append(Control("button", b, inside[0].text))
    # boxes in one column with file icons are that list's other icons (a picture's, a folder's), not boxes
    controls = [c for c in controls if c.kind != "checkbox" or not any(
        abs(c.box.cx - i.cx) <= 0.3 * i.w and abs(c.box.w - i.w) <= 0.3 * i.w for i in icons)]
    controls += [t for t in tile_toggles(arr, packed, lut, page, lines)
                 if not any(c.box.iou(t.box) > 0.3 for c in controls)]
    # plain discs side by side, closer than a label could stand between them: a window's buttons, not radios
    dots = [b for b in discs if any(o is not b and abs(o.cy - b.cy) < 0.3 * b.h and abs(o.cx - b.cx) < 2.2 * b.h
                                    for o in discs)]
    controls = [c for c in controls if not any(c.box is b for b in dots)]
    controls += _shared_captions(frames, lines, cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY))
    known = [c.box for c in controls if c.kind == "button"]
    controls += [Control("button", b, cap.text) for b, cap in button_rows(ink, lines)
                 if not any(k.iou(b) > 0.5 for k in known)]
    _buttons_by_row(controls)
    framed = [c.box for c in controls if c.kind in ("button", "text")]
    controls = [c for c in controls if c.kind not in ("checkbox", "radio") or not any(  # an icon on a button
        f.x0 <= c.box.cx <= f.x1 and f.y0 <= c.box.cy <= f.y1 for f in framed)]
    # Text typed in an input or printed on a button is nobody's label.
    taken: set[int] = {id(ln) for c in controls if c.kind in ("text", "button") for ln in lines
                       if c.box.x0 - 2 <= ln.box.cx <= c.box.x1 + 2 and c.box.y0 - 2 <= ln.box.cy <= c.box.y1 + 2}
    # Boxes and switches first: a checkbox's label may name the input beside it too ("[x] Limit (kB/s): [250]"),
    # while an input's label is never a box's.
    ticked: set[int] = set()
    for c in sorted(controls, key=lambda c: (c.kind == "text", c.box.y0, c.box.x0)):
        if c.kind in ("checkbox", "radio", "toggle"):
            # a settings list puts its switches in one column at the far right of their rows: a label far to
            # the left is theirs only then (a lone close glyph at a banner's end is not a control)
            column = sum(1 for o in controls if o.kind == c.kind and abs(o.box.cx - c.box.cx) < 4) >= 2
            c.label = c.label or _label_for(c.box, lines, taken, 60.0 if c.kind != "radio" and column else 4.0,
                                            switch=c.kind == "toggle")
        elif c.kind == "text":
            c.label = c.label or _field_label(c.box, lines, taken - ticked)
        if c.label is not None:
            mine = {id(c.label)} | {id(ln) for ln in lines if ln.box == c.label.box}
            taken |= mine
            ticked |= mine if c.kind == "checkbox" else set()
    split_shared_labels(controls)
    label_rows(controls, lines)
    controls += boxes_by_column(controls, lines, ink)
    for c in controls:  # the next radio of a row read as a letter after this one's label ("Light O")
        if c.kind in ("radio", "checkbox") and c.label is not None and re.search(r"\s[Oo0○◯●◉]$", c.label.text):
            c.label = c.label.model_copy(update={"text": c.label.text[:-2].rstrip()})
        if c.kind == "checkbox" and c.label is not None and (m := re.match(r"[×✓✔✗✕☑☒]\s+(?=\w)", c.label.text)):
            c.label = c.label.model_copy(update={"text": c.label.text[m.end():]})  # the box's own tick, read with it
    group_radios([c for c in controls if c.kind == "radio"], lines, taken)
    # checkboxes stacked under a heading ("Genres") are its group too: "how many genres are ticked"
    group_radios([c for c in controls if c.kind == "checkbox"], lines, taken, least=2)
    boxes = [c.box.h for c in controls if c.kind == "checkbox"]
    if len(boxes) >= 3:  # one window draws its boxes at one size: a much smaller "box" is a capital letter
        size = float(np.median(boxes))
        controls = [c for c in controls if c.kind != "checkbox" or c.box.h >= 0.7 * size]
    states_by_peers([c for c in controls if c.kind == "checkbox"])
    for group in {c.group for c in controls if c.kind == "radio"}:
        states_by_peers([c for c in controls if c.kind == "radio" and c.group == group], ("selected", "unselected"))
    for c in controls:
        if c.kind in ("button", "toggle"):
            patch = arr[int(c.box.y0) : int(c.box.y1), int(c.box.x0) : int(c.box.x1)].reshape(-1, 3)
            keys, counts = np.unique(quantise(patch[None])[0], return_counts=True)
            c.fill = colour_name(key_rgb(int(keys[counts.argmax()])))  # the most common colour: not the text's
    return controls


class FormsArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the form; whole image if omitted")


@tool()
def forms(ctx: ToolContext, args: FormsArgs) -> ToolResult:
    """Form controls with their labels and states: checkboxes (checked/unchecked), radio buttons (selected or
    not, with their group), toggles (on/off), text inputs (typed value) and buttons."""
    lines = read_lines(ctx)
    arr = ctx.array[..., :3]
    dx = dy = 0
    if args.region is not None:
        r = ctx.clip(args.region)
        dx, dy = int(r.x0), int(r.y0)
        arr = arr[dy : int(r.y1), dx : int(r.x1)]
        lines = [ln.model_copy(update={"box": Box(x0=ln.box.x0 - dx, y0=ln.box.y0 - dy, x1=ln.box.x1 - dx,
                                                  y1=ln.box.y1 - dy)}) for ln in lines
                 if r.x0 <= ln.box.cx <= r.x1 and r.y0 <= ln.box.cy <= r.y1]
    controls = glyph_radios(find_controls(np.ascontiguousarray(arr), lines), lines)
    if marks := bracket_boxes(arr, lines):  # a text-mode checklist: its marks are the list's boxes
        controls = [c for c in controls if c.kind not in ("checkbox", "radio")
                    or not any(abs(c.box.cy - m.box.cy) < m.box.h for m in marks)] + marks
    drafts = []
    for c in controls:
        if c.kind in ("checkbox", "radio", "toggle", "text") and c.label is None and not (c.kind == "text" and c.state):
            continue  # an unlabelled square is more likely an icon than a control
        label = c.label.text if c.label is not None else None
        b = c.box
        box = Box(x0=b.x0 + dx, y0=b.y0 + dy, x1=b.x1 + dx, y1=b.y1 + dy)
        attrs: dict[str, object] = {"control": c.kind}
        if c.group:
            attrs["group"] = c.group
        if c.fill:
            attrs["fill"] = c.fill
        drafts.append(EvidenceDraft(kind="field", label=label if c.kind != "button" else None, value=c.state,
                                    box=box, confidence=0.85, attrs=attrs))  # type: ignore[arg-type]
    counts: dict[str, int] = {}
    for d in drafts:
        key = f"{d.attrs['control']}"
        counts[key] = counts.get(key, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no form controls found"
    # Counts people ask for ("how many boxes are ticked") as facts, so nobody has to count fields.
    fields = list(drafts)
    # The labels name the states the ways people do (ticked, enabled), so a question finds its count by meaning.
    if n_buttons := counts.get("button"):
        drafts.append(EvidenceDraft(kind="number", label="number of buttons", value=str(n_buttons),
                                    number=float(n_buttons), confidence=0.75, attrs={"count_of": "button"}))
    # (a to-do list's boxes: ticked tasks are done; which state is asked is the analysis's, by its negation)
    for control, state, label in (("checkbox", "checked", "number of checkboxes checked, ticked, enabled"),
                                  ("checkbox", "unchecked", "number of checkboxes unchecked, unticked, disabled"),
                                  ("checkbox", "checked", "number of tasks done, completed"),
                                  ("checkbox", "unchecked", "number of tasks not done"),
                                  ("toggle", "on", "number of toggles switched on")):
        if counts.get(control):
            n = sum(1 for d in fields if d.attrs["control"] == control and d.value == state)
            drafts.append(EvidenceDraft(kind="number", label=label, value=str(n), number=float(n), confidence=0.8,
                                        attrs={"count_of": f"{state} {control}"}))
    return ToolResult(evidence=drafts, summary=summary)
