"""The state of a control ("is X ticked", "which plan is selected", "did test_x pass"), the option of several
a page shows, and the row in a named state. Split from `solve.py` (the n-th entry is `solve_nth.py`'s); each
returns ranked `Candidate`s."""

from __future__ import annotations

import re

import numpy as np

from ..sir import SIR, Evidence
from ..tools.testrun import STATUS as TEST_STATES
from . import record_counts as RC
from . import records as R
from .cues import ON_STATES
from .extract import Candidate
from .item_states import item_state
from .match import Matcher, stem, token_match
from .question import QuestionAnalysis
from .structure import fields
from .ui_solve import names_selected_table, selected_cell, selected_entries

YES_NO = ("yes", "no")


_ASIDE = re.compile(r"\s*[—–]\s*|\s+-\s+")  # "Team — $39/mo", "Standard (5-7 days) – free": name, then a note


def _plural(target: str) -> bool:
    """The asked thing is named in the plural ("which components are ticked", "what extras did he pick"):
    English grammar, an -s on a noun of the phrase's first words (not "status", "class")."""
    return any(len(w) > 3 and re.fullmatch(r"[a-z-]+[^su]s", w) for w in target.lower().split()[:2])


def _ticked_with(best: Evidence, on: list[Evidence]) -> list[Evidence]:
    """The checked boxes of `best`'s list (its column, or its group), in reading order, when there are
    several: a plural question is answered by all of them."""
    if best.attrs.get("control") != "checkbox" or best.box is None:
        return []
    peers = [f for f in on if f.attrs.get("control") == "checkbox" and f.box is not None
             and (abs(f.box.x0 - best.box.x0) <= best.box.w or f.attrs.get("group") == best.attrs.get("group")
                  and f.attrs.get("group"))]
    peers.sort(key=lambda f: (f.box.y0, f.box.x0))  # type: ignore[union-attr]
    return peers if len(peers) >= 2 else []


def _option_name(label: str) -> str:
    """An option's name without the note printed after a dash (its price, "free", "recommended")."""
    head = _ASIDE.split(label, maxsplit=1)[0].strip()
    return head if len(head) >= 2 else label


_CONTROL_WORDS = {"selected": "(radio button option)", "checked": "(checkbox)", "on": "(toggle switch)",
                  "select": "(drop-down, combo box)", "text": "(drop-down, text field)"}


# The values a setting is switched by, in configuration files and settings pages (a lexicon of facts).
_SWITCH = {"true": True, "yes": True, "on": True, "enabled": True, "enable": True, "1": True,
           "false": False, "no": False, "off": False, "disabled": False, "disable": False, "0": False}


def _switch_setting(qa: QuestionAnalysis, sir: SIR, m: Matcher, floor: float) -> Candidate | None:
    """"Is compression turned on?" over a configuration (`compression = false`): the setting the question
    names, whose value is a switch, better named than any control."""
    kvs = [e for e in sir.by_kind("key_value") if e.label and e.value.strip().lower() in _SWITCH]
    if not kvs:
        return None
    sc = m.scores(qa.target, [e.label or "" for e in kvs])
    k = int(sc.argmax())
    if sc[k] < max(floor, 0.5):
        return None
    yes = _SWITCH[kvs[k].value.strip().lower()] != qa.wants_off
    return Candidate("yes" if yes else "no", float(sc[k]), True, [kvs[k].id], "state", kvs[k].box, kvs[k].confidence)


def row_in_state(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """"Did test_webhook_retry pass?": the named row's state column against the state the question names
    (the states printed in that column, matched by meaning: "pass" is PASSED)."""
    if not (qa.yesno and (qa.condition or qa.target)):
        return None
    for rec in R.build(sir):
        cols = [j for j, c in enumerate(rec.columns) if c.type == "status" and j != rec.key]
        if len(rec.rows) < 2 or not cols:
            continue
        row, s = R.row_named(rec, qa.target, m)
        if s < 0.7:
            continue
        # the state asked: the tagged condition, else the target's words the row's name does not hold ("is the
        # kiln repair done": "done")
        named = " ".join(row.cells).lower()
        asked = qa.condition or " ".join(w for w in qa.target.split() if max(
            (token_match(w.lower(), x) for x in named.split()), default=0.0) < 0.8)
        if not asked:
            continue
        for j in cols:
            states = sorted({r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j]})
            sc = m.scores(asked, states)
            if len(states) >= 2 and sc.max() >= 0.6 and j < len(row.cells):
                hit = row.cells[j] == states[int(sc.argmax())]
                return Candidate("yes" if hit != qa.negated else "no", 0.8, True, row.ids[:10], "state_row", conf=0.8)
    return None


_NEGATION = re.compile(r"(?i)\b(?:not|no|never|isn't|wasn't|aren't)\s+$")


def as_yes_or_no(qa: QuestionAnalysis, sir: SIR, cands: list[Candidate]) -> None:
    """A yes/no question answered with something else (the line that best matches it): yes when the page
    says what the question asks, in one of its words besides its subject ("does the unit start on
    login" over "autostart: login"), not after a "not"; else no. Ranked low: a guess from the words."""
    if not qa.yesno or not cands or cands[0].answer.strip().lower() in (*YES_NO, *(qa.state_choice or ())):
        return
    top = cands[0]
    asked = {stem(w) for w in qa.key_terms[1:]} or {stem(w) for w in qa.key_terms}

    def says(text: str) -> bool:
        return any(stem(m.group().lower()) in asked and not _NEGATION.search(text[: m.start()])
                   for m in re.finditer(r"[A-Za-z]+", text))

    yes = any(says(e.value) for e in sir.by_kind("text", "key_value")) != qa.negated
    cands.insert(0, Candidate("yes" if yes else "no", top.match, True, top.ids, "state_worded", top.box, conf=0.4))
    cands[0].score = top.score


def _state_worded(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """"Is postfix running?" with no control or setting to read: the page prints the state where it holds
    ("active (running)"), in that word or another form of it, not after a "not"; a status page that never
    prints it ("failed") says no. A guess, ranked low."""
    if not (qa.yesno and qa.condition) or len(qa.condition.split()) != 1:
        return []
    want = stem(qa.condition.lower())
    held = [e for e in sir.by_kind("text") for w in re.finditer(r"[A-Za-z]+", e.value)
            if stem(w.group().lower()) == want and not _NEGATION.search(e.value[: w.start()])]
    yes = bool(held) != qa.negated
    return [Candidate("yes" if yes else "no", 0.45, True, [e.id for e in held[:3]], "state_worded", conf=0.45)]


def _entry_listed(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"Is kiln-agent running?", "is numpy installed?" over a listing (ps, pip list): yes when a row names the
    entry and no state is asked besides; no when the listing lacks it and nothing printed names it."""
    if not qa.yesno or not qa.head:
        return []
    # the entry leads what is asked: the tagged target's, or the untagged phrase's ("httpx installed" when
    # the tagger kept only "installed")
    names = dict.fromkeys(n for n in (qa.head, (qa.phrase or "").split()[0] if qa.phrase else "") if n)
    texts = [e.value for e in sir.by_kind("text", "number")]
    found = [RC.entry_listed(R.build(sir), n, texts) for n in names]
    listed = True if True in found else False if False in found else None
    if listed is None or listed and qa.condition and RC.rows_where(R.build(sir), qa.condition, False, m):
        return []  # (a row naming it, and a state asked that rows print: the state decides)
    yes = listed != qa.negated
    return [Candidate("yes" if yes else "no", 0.6 if listed else 0.5, True, [], "state_listed", conf=0.55)]


def _side_pane(on: list[Evidence], rows: list[Evidence]) -> np.ndarray:
    """A highlighted row in a pane less than half as wide as another's (a sidebar's current place beside the
    list whose entry is picked) weighs less: what is selected is the entry of the main list."""
    widths = {f.id: float(band[1]) - float(band[0]) for f in rows if isinstance(band := f.attrs.get("band"), list)}
    widest = max(widths.values(), default=0.0)
    return np.array([0.2 if widths.get(f.id, widest) < 0.5 * widest else 0.0 for f in on])


def state_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    found = _state_of(qa, sir, m)
    # ("X: ticked or not?" is a yes/no question put another way: answered yes or no)
    if qa.state_choice and not qa.state_choice[1].startswith("not ") and found and found[0].answer.lower() in YES_NO:
        # "Bluetooth: on or off?": the state offered that holds, in the question's word (the yes/no answered whether
        # the control is off when the question names an off state)
        is_on = (found[0].answer.lower() == "yes") != qa.wants_off
        found[0].answer = next(w for w in qa.state_choice if (w in ON_STATES) == is_on)
    return found


def _state_of(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    if (in_state := row_in_state(qa, sir, m)) is not None:
        return [in_state]
    controls = [f.label for f in fields(sir) if f.label and f.attrs.get("control") != "theme"]
    named = bool(controls) and float(m.scores(qa.target, controls).max()) >= 0.8  # a control carries the state
    if not named and (printed := item_state(qa, sir, m)) is not None:
        return [printed]  # "is the kettle in stock": the state printed with that item
    # the window's theme answers only a yes/no about it ("is dark mode on"), never stands in for a control
    fs = [f for f in fields(sir) if f.attrs.get("control") != "theme"
          or qa.yesno and float(m.scores(qa.target, [f.label or ""])[0]) >= 0.6]
    if not fs:
        setting = _switch_setting(qa, sir, m, 0.0) if qa.yesno else None
        return [setting] if setting is not None else _entry_listed(qa, sir, m) or _state_worded(qa, sir)
    if not qa.yesno and qa.wants_off:  # "which setting is switched off?" -> the label of a box or switch that is off
        off = [f for f in fs if f.value.lower() in ("unchecked", "off") and f.label]
        if off:
            sc = m.scores(qa.target, [f"{f.attrs.get('group') or ''} {f.label}" for f in off])
            best = off[int(sc.argmax())]
            return [Candidate(best.label or "", 0.75 if len(off) == 1 else 0.6, True, [best.id], "state")]
    if not qa.yesno:  # "which plan is selected?" -> the label of the selected control
        on = [f for f in fs if f.value.lower() in ("checked", "selected", "on")]
        rows = [f for f in fs if f.attrs.get("control") == "list_item" and f.attrs.get("selected")]
        if not on:  # no control is on: the highlighted row of a list is what is selected
            picked = selected_entries(sir)[:1]
            for c in picked:  # ... by the column the question names, if it names one
                c.answer = next((v for e in rows if (v := selected_cell(e, sir, qa.target, m))), c.answer)
            return picked
        if on:
            # what each control is, in words (a lexicon of widget names): "which radio button" finds radios;
            # a list's highlighted row answers by its text, named by the heading over its list
            on = [f for f in on if f not in rows] + rows
            titled = {f.id: _list_label(f, sir) for f in rows}
            named = [f"{f.attrs.get('group') or titled[f.id] or ''} (highlighted list entry)" if f in rows else
                     f"{f.attrs.get('group') or ''} {f.label} {_CONTROL_WORDS.get(f.value.lower(), '')}" for f in on]
            sc = m.scores(qa.target, named) - _side_pane(on, rows)
            if not _plural(qa.target) and any(f.attrs.get("control") == "radio" for f in on):
                # one choice asked: a radio group's pick or a list's, before boxes ticked among others
                sc = np.array([x - 0.1 if f.attrs.get("control") == "checkbox" else x
                               for x, f in zip(sc, on, strict=True)])
            s, best = max(zip(sc, on, strict=True), key=lambda t: t[0])
            # a drop-down shows its choice as text in a labelled frame ("Format: PNG image")
            shown = [f for f in fs if f.attrs.get("control") in ("text", "select") and f.label and f.value]
            # a value printed after its label ("Time zone: Asia/Tokyo"), unless the line holds the controls
            # (not a count printed before its noun, "11 files": how many there are, not which is picked)
            shown += [e for e in sir.by_kind("key_value") if e.label and e.value and e.box is not None
                      and not re.fullmatch(r"\d+", e.value.strip())
                      and e.label not in titled.values()  # (a list's label beside its first entry)
                      and not any(f.box is not None and e.box.x0 <= f.box.cx <= e.box.x1
                                  and e.box.y0 <= f.box.cy <= e.box.y1 for f in fs)]
            # (named clearly better than any control's group: "which role did they pick" over a survey's radios)
            group = str(best.attrs.get("group") or "")  # ("Schedule" names the radios' group: "backup schedule")
            s = max(s, float(m.scores(qa.target, [group])[0])) if group else s
            if best in rows:  # a highlighted row of a table whose column the question names ("which valve")
                s = max(s, names_selected_table(best, sir, qa.target, m))
            # (a drop-down or an input says what kind of control it is, as the boxes and radios do)
            kinds = [f"{f.label or ''} {_CONTROL_WORDS.get(str(f.attrs.get('control')), '')}" for f in shown]
            if shown and (fit := np.maximum(m.scores(qa.target, kinds), m.scores(
                    qa.target, [f.label or "" for f in shown]))).max() > max(s + 0.15, 0.35):
                best = shown[int(fit.argmax())]
                return [Candidate(best.value, 0.75, True, [best.id], "state")]
            answer = _option_name(best.label or best.value)
            if best in rows:  # a highlighted row answers by its name, whichever of its pieces scored best
                answer = selected_cell(best, sir, qa.target, m) or next(
                    (c.answer for c in selected_entries(sir) if c.box and best.box
                     and abs(c.box.cy - best.box.cy) < best.box.h), best.value)
            if (ticked := _ticked_with(best, on)) and _plural(qa.target):
                answer = ", ".join(_option_name(f.label or f.value) for f in ticked)
                return [Candidate(answer, 0.75, True, [f.id for f in ticked], "state")]
            return [Candidate(answer, 0.75, True, [best.id], "state")]
        return []
    i, s = m.best(qa.target, [f.label or "" for f in fs])
    f = fs[i]
    # "is the limit on": of a box and the input beside it, both named so, the box holds the yes or no
    binary = [g for g in fs if g.value.lower() in _BINARY or g.attrs.get("control") == "test"]
    if binary and f not in binary and (b := m.best(qa.target, [g.label or "" for g in binary]))[1] >= s - 0.05:
        f, s = binary[b[0]], b[1]
    if s < 0.6 and (setting := _switch_setting(qa, sir, m, s)) is not None:
        return [setting]
    on = f.value.lower() in ("checked", "selected", "on")
    if f.attrs.get("control") == "test":  # "did X pass", "is X failing": the state the question names
        rest = qa.condition or re.sub(re.escape(f.label or ""), " ", qa.target, flags=re.I).strip()
        states = sorted(set(TEST_STATES.values()))  # the runners' words, folded by the `testrun` tool
        sc = m.scores(rest, states) if rest else [0.0]
        asked = states[int(max(range(len(sc)), key=lambda k: sc[k]))] if max(sc) >= 0.5 else "passed"
        return [Candidate("yes" if f.value == asked else "no", s, True, [f.id], "state", f.box, f.confidence)]
    yes = on != qa.wants_off
    return [Candidate("yes" if yes else "no", s, True, [f.id], "state", f.box, f.confidence)]


_BINARY = {"checked", "unchecked", "selected", "unselected", "on", "off"}


def _list_label(row: Evidence, sir: SIR) -> str | None:
    """The label a list box stands beside ("Scanner:" left of its entries), read with the list's top entry as a
    pair: starting left of the list, running into it, at or above the highlighted row and near it."""
    b = row.box
    if b is None:
        return None
    near = [e for e in sir.by_kind("key_value") if e.label and e.box is not None and e.box.x0 < b.x0 - 4
            and e.box.x1 > b.x0 + 2 * b.h and e.box.y0 <= b.y0 + 2 and b.y0 - e.box.y1 <= 6 * b.h]
    return max(near, key=lambda e: e.box.y0 if e.box else 0.0).label if near else None


def _holds(option: str, text: str) -> bool:
    """Every word of the option is printed in the text, in that form, another form of it, or misread a
    little ("SPEAKER" for "speaker", "failed" for "fail")."""
    printed = re.findall(r"[\w%+#.-]+", text.lower())
    return bool(printed) and all(any(token_match(w, p) >= 0.8 for p in printed)
                                 for w in re.findall(r"[\w%+#.-]+", option.lower()))


def choice_candidates(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """"Is she an attendee or a speaker?": the one of the named options the page prints. When several are
    printed, the one printed largest (a badge's role, a status banner); an option held inside another that
    is printed too ("installed" in "not installed") gives way to it."""
    opts = [o for o in dict.fromkeys(qa.operands) if o.strip()]
    if len(opts) < 2:
        return []
    # options that are the labels of radios or boxes ("weekly or monthly?"): the one that is picked, as
    # its label prints it
    offered = [f for f in sir.by_kind("field") if f.label and any(_holds(o, f.label) for o in opts)]
    picked = [f for f in offered if f.value.lower() in ("selected", "checked", "on")]
    if len(picked) == 1 and len(offered) >= 2:
        return [Candidate(picked[0].label or "", 0.8, True, [picked[0].id], "compare_choice", picked[0].box, 0.8)]
    # an option that is the whole value of a labelled line ("state: charging") is the one that holds, not an
    # option printed inside a name or a path ("battery_BAT0")
    valued = {o: [e for e in sir.by_kind("key_value") if e.value.strip().lower() == o.strip().lower()] for o in opts}
    if len(held := [o for o in opts if valued[o]]) == 1:
        return [Candidate(held[0], 0.85, True, [e.id for e in valued[held[0]]][:5], "compare_choice", conf=0.85)]
    lines = [e for e in sir.by_kind("text", "number") if e.value]
    found = {o: [e for e in lines if _holds(o, e.value)] for o in opts}
    found = {o: es for o, es in found.items() if es and not any(
        o != p and _holds(o, p) and found[p] and {e.id for e in es} <= {e.id for e in found[p]} for p in opts)}
    if not found:
        return []
    size = {o: max(e.box.h if e.box is not None else 0.0 for e in es) for o, es in found.items()}
    best = max(found, key=lambda o: size[o])
    score = 0.85 if len(found) == 1 else 0.6
    return [Candidate(best, score, True, [e.id for e in found[best]][:5], "compare_choice", conf=score)]


def in_named_state(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """"Which city has its train delayed": the tagged column is a state one row alone is in; the
    answer is that row's cell under the column the question's first word names, else its name."""
    if qa.answer_type not in ("text", "option", "place", "person", "code"):
        return None
    recs = R.build(sir)
    headed = [r for r in recs if r.kind == "table" or r.by_header]  # (a header names the answer's column)
    hits = RC.rows_where(headed, qa.column or "", qa.negated, m) or RC.rows_where(recs, qa.column or "", qa.negated, m)
    if len(hits) != 1:
        return None
    a = hits[0]
    head = qa.head
    rec = next((r for r in recs if a.row in r.rows), None)
    if rec is not None and head:
        sc = m.scores(head, [c.name for c in rec.columns])
        j = int(sc.argmax())
        if sc[j] >= 0.6 and j < len(a.row.cells) and a.row.cells[j]:
            return Candidate(a.row.cells[j], 0.85, True, a.ids[:10], "rows_where", conf=0.8)
    return Candidate(a.value, 0.8, True, a.ids[:10], "rows_where", conf=0.8)


def chosen_in_group(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> Candidate | None:
    """The option picked in the radio group the question names by its heading ("how often does it sync": the
    group headed "How often", its selected button), whatever type the words of the question suggest."""
    groups: dict[str, list[Evidence]] = {}
    for f in sir.by_kind("field"):
        if f.attrs.get("control") == "radio" and f.attrs.get("group"):
            groups.setdefault(str(f.attrs["group"]), []).append(f)
    if not groups:
        return None
    names = list(groups)
    # a heading the question says word for word ("How often" in "how often does it sync"), else the closest
    asked = set(re.findall(r"\w+", qa.question.lower()))
    said = [k for k, n in enumerate(names) if (ws := re.findall(r"\w+", n.lower())) and set(ws) <= asked]
    sc = m.scores(qa.phrase or qa.target, names)
    best = max(said, key=lambda k: len(names[k])) if said else int(sc.argmax())
    picked = [f for f in groups[names[best]] if f.value == "selected"]
    # (an option is named in a few words: a sentence read as a radio's label is a misreading, not a pick; a
    # group offers a choice, so a lone "radio" is an icon's ring read as one)
    if (not said and sc[best] < 0.8) or len(picked) != 1 or len((picked[0].label or "").split()) > 6 \
            or len(groups[names[best]]) < 2:
        return None
    return Candidate(_option_name(picked[0].label or picked[0].value), 0.9, True, [picked[0].id], "radio_group",
                     picked[0].box, picked[0].confidence)
