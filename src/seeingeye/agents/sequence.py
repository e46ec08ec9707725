"""Programs over order and place: the entry that follows a named one (a contents list, steps, a flow of
boxes), the category at which one chart series overtakes another, and where a named control sits.
Each reads only explicit arguments from the question analysis (target, operands) and returns candidates."""

from __future__ import annotations

import re

import numpy as np

from ..sir import SIR, Evidence
from ..textutil import item_text
from .extract import Candidate
from .match import Matcher
from .page_rows import visual_rows
from .structure import chart_points, list_items, series_names


def _sequences(sir: SIR) -> list[list[Evidence]]:
    """Ordered runs a "what comes after" can walk: list items, then text lines in reading order."""
    lines: list[Evidence] = []
    # row by row, left to right: boxes of one row differ in height by a pixel or two, which must not reorder them
    for e in (e for row in visual_rows([e for e in sir.by_kind("text") if e.box is not None]) for e in row):
        if not any(e.box.iou(o.box) > 0.4 for o in lines[-3:]):  # type: ignore[union-attr, arg-type]
            lines.append(e)  # a second look re-reads a line: the same place is the same entry
    # (a tool's list in one fact, in printed order: a navigation bar's links, "Home, Installation, FAQ")
    bars = [e for e in sir.by_kind("key_value") if e.attrs.get("source_structure") == "navbar"]
    listed = [[e.model_copy(update={"value": part}) for part in e.value.split(", ")] for e in bars]
    return [g for g in (list_items(sir), *listed, lines) if len(g) >= 2]


def next_after(target: str, sir: SIR, m: Matcher, step: int = 1) -> list[Candidate]:
    """The entry after (step -1: before) the one that best matches `target`, in each ordered run; best match
    first."""
    out: list[Candidate] = []
    for run in _sequences(sir):
        scores = m.scores(target, [e.value for e in run])
        i = int(scores.argmax())
        if scores[i] >= 0.5 and 0 <= i + step < len(run):
            nxt = run[i + step]
            text = item_text(nxt.value)
            if text.strip().lower() == item_text(run[i].value).strip().lower():
                continue  # the entry printed twice (a sidebar's and a heading's): no entry after it
            out.append(Candidate(text, 0.5 + 0.4 * float(scores[i]), True, [run[i].id, nxt.id], "next", nxt.box,
                                 nxt.confidence))
    return out


def crossover(operands: list[str], sir: SIR, m: Matcher) -> list[Candidate]:
    """The first category where series A is above series B after having been at or below it."""
    names = series_names(sir)
    if len(operands) < 2 or len(names) < 2:
        return []
    ia, sa = m.best(operands[0], names)
    ib, sb = m.best(operands[1], names)
    if ia == ib or min(sa, sb) < 0.4:
        return []
    pts = chart_points(sir)
    a = {p.label: p for p in pts if p.series == names[ia]}
    b = {p.label: p for p in pts if p.series == names[ib]}
    order = [p.label for p in pts if p.series == names[ia] and p.label in b]
    below = False
    for label in order:
        if a[label].number <= b[label].number:
            below = True
        elif below:
            return [Candidate(label, 0.85, True, [a[label].id, b[label].id], "crossover")]
    return []


# What the standard buttons of a dialog do, by convention of every toolkit (facts about interfaces): a user asks
# for what a button does ("keep this and shut the window"), the button says "OK".
_BUTTON_DOES = {"ok": "confirm, accept, keep the changes and close, apply and close, done",
                "apply": "save without closing",
                "cancel": "close without saving, discard, abort, dismiss", "close": "dismiss, exit, close the window",
                "yes": "confirm, agree, accept", "no": "decline, refuse",
                "retry": "attempt it once more, repeat the failed action",
                "ignore": "skip, continue anyway", "discard": "throw away the changes, don't save",
                "save": "keep the changes, store", "pause": "stop for a while, hold, suspend",
                "resume": "continue, carry on where it stopped", "stop": "halt, end it now",
                "=": "give the result, compute, evaluate", "skip": "pass over this one, move on to the next"}


def locate(target: str, sir: SIR, m: Matcher, phrase: str = "") -> list[Candidate]:
    """The control or text that best matches `target`, with its box (a click target); a standard button also
    by what it does, in the words of the whole `phrase` when given (the tagged target may be a fragment of
    what the click should do: "a bit" of "stop the export for a bit")."""
    # (a fact a reader derived may carry a label of ours, printed nowhere: nothing to click by that name)
    printed = " ".join(e.value for e in sir.by_kind("text")).lower()
    els = [e for e in sir.by_kind("field", "text", "key_value") if e.box is not None
           and not (e.kind == "key_value" and e.label and e.label.strip().lower() not in printed)]
    if not els:
        return []
    names = [(e.label or e.value).strip() for e in els]
    scores = m.scores(target, names)
    # each use on its own: a list of several scores below the one it holds
    does = [(k, use) for k, n in enumerate(names) for use in _BUTTON_DOES.get(n.lower(), "").split(", ") if use]
    if does:
        by_use = np.maximum(m.scores(target, [d for _, d in does]), m.scores(phrase, [d for _, d in does])) \
            if phrase else m.scores(target, [d for _, d in does])
        for (k, _), s in zip(does, by_use, strict=True):
            scores[k] = max(scores[k], s)
    # a click target is a control first: a button named nearly as well as a label beats it ("Scan", "Scanner:")
    scores = np.array([s + 0.08 if e.kind == "field" and e.attrs.get("control") == "button" else s
                       for s, e in zip(scores, els, strict=True)])
    ranked = sorted(zip(scores, els, strict=True), key=lambda t: -t[0])[:3]
    return [
        Candidate((e.label or e.value).strip(), min(float(s), 1.0), True, [e.id], "locate", e.box, e.confidence)
        for s, e in ranked
        if s >= 0.4
    ]


def listed_under(target: str, sir: SIR, m: Matcher, floor: float = 0.6) -> list[Evidence]:
    """The entries of the list whose heading the question names ("the first thing in the contents"): the
    lines left-aligned under a short heading line, at the list's own pitch, until a wider gap (a rule of
    dashes under the heading is none of them)."""
    lines = [e for e in sir.by_kind("text") if e.box is not None]
    heads = [e for e in lines if len(e.value.split()) <= 3]
    if not heads or not target.strip():
        return []
    sc = m.scores(target, [e.value for e in heads])
    head = heads[int(sc.argmax())]
    if sc.max() < floor:
        return []
    hb = head.box
    assert hb is not None
    # (the entries may be indented under it, all by one step: "installed targets:" over "  wasm32-...")
    below = sorted((e for e in lines if e.box.cy > hb.cy and -12 < e.box.x0 - hb.x0 < 4 * hb.h  # type: ignore[union-attr]
                    and re.search(r"\w", e.value)), key=lambda e: e.box.cy)  # type: ignore[union-attr]
    below = [e for e in below if abs(e.box.x0 - below[0].box.x0) < 12]  # type: ignore[union-attr]
    out: list[Evidence] = []
    for e in below:
        prev = out[-1] if out else head
        gap = e.box.cy - prev.box.cy  # type: ignore[union-attr]
        pitch = (out[1].box.cy - out[0].box.cy) if len(out) >= 2 else 2.5 * e.box.h  # type: ignore[union-attr]
        if gap > 1.6 * pitch:
            break
        out.append(e)
    return out if len(out) >= 2 else []
