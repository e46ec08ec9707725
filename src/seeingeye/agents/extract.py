"""Typed answer extraction: candidates from every kind of evidence, ranked by how well their label and
context match the question's target and whether the value has the asked type; the answer is the exact
printed span of that type (never the whole line, never the label instead of the value)."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..sir import SIR, Box, Evidence
from ..textutil import STOPWORDS, normalise
from .error_lines import problem_lines
from .list_runs import in_run
from .match import Matcher, lexical
from .person_answer import people_listed
from .structure import button_labels, chart_points, table_cells
from .tabular import date_key
from .types import has_type, spans, typed_span
from .unit_fit import asked_unit, figure_fit, names_unit
from .units import dimension_after, dimension_words, with_rate

CONTROL_STATES = {"checked", "unchecked", "on", "off", "selected", "unselected", "enabled", "disabled"}
STRONG_TYPES = {"date", "time", "email", "url", "phone", "version", "error", "percentage", "code", "money", "file"}
# Phrases standing for "the name printed biggest at the top" (a store's or a page's name).
TITLE_SENSE = "name of the store, shop, company or page; title; heading"
WINDOW_TITLE_SENSE = "the window title in the title bar of the application or dialog"
CHART_TITLE_SENSE = "the chart title: the name printed over the chart, graph or plot"


@dataclass
class Candidate:
    answer: str
    match: float  # label/context similarity to the target, 0..1
    type_ok: bool
    ids: list[str]
    source: str  # which evidence kind / route produced it
    box: Box | None = None
    conf: float = 1.0  # perception confidence of the evidence
    score: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)
    row: tuple[str, ...] = ()  # the cells of the record row it was read from, when one was
    figure: str = ""  # the printed figure an extreme was chosen by ("which costs the most, and how much")


def _above(line: Evidence, lines: list[Evidence]) -> Evidence | None:
    """The text line directly above (a label printed over its value, as on forms and ID cards)."""
    b = line.box
    if b is None:
        return None
    best, best_d = None, 1e9
    for o in lines:
        ob = o.box
        if o is line or ob is None or ob.cy >= b.cy:
            continue
        d = b.y0 - ob.y1
        overlap = min(ob.x1, b.x1) - max(ob.x0, b.x0)
        if -0.3 * b.h <= d <= 2.2 * max(b.h, ob.h) and overlap > 0.3 * min(ob.w, b.w) and d < best_d:
            best, best_d = o, d
    return None if best is not None and in_run(best, line, lines) else best  # a list's entries label none


def _alone_with(a: Evidence, b: Evidence, lines: list[Evidence]) -> bool:
    """a and b are the only pieces of text on their row."""
    band = [o for o in lines if o.box is not None and a.box is not None
            and min(o.box.y1, a.box.y1) - max(o.box.y0, a.box.y0) > 0.5 * min(o.box.h, a.box.h)]
    return {o.id for o in band} <= {a.id, b.id}


def _left(line: Evidence, lines: list[Evidence]) -> Evidence | None:
    """The nearest piece of text on the line's row to its left."""
    b = line.box
    if b is None:
        return None
    row = [
        o
        for o in lines
        if o is not line and o.box is not None and o.box.x1 <= b.x0 + 4
        and min(o.box.y1, b.y1) - max(o.box.y0, b.y0) > 0.5 * min(o.box.h, b.h)
    ]  # fmt: skip
    return max(row, key=lambda o: o.box.x1 if o.box else 0) if row else None


def title_lines(title: Evidence, lines: list[Evidence]) -> list[Evidence]:
    """The whole title: OCR splits one heading into pieces on its row and wraps it onto the next line."""
    tb = title.box
    assert tb is not None
    # A wrapped heading keeps its print size; the byline under it is smaller print ("Joey Hess").
    same = [
        e for e in lines
        if e.box is not None and e.round == title.round
        and e.attrs.get("role") != "figure"  # a value printed in a chart is not part of its title
        and ((abs(e.box.cy - tb.cy) < 0.5 * tb.h and abs(e.box.h - tb.h) <= 0.4 * tb.h)
             or (0 < e.box.y0 - tb.y1 < 0.8 * tb.h and abs(e.box.h - tb.h) <= 0.2 * tb.h))
    ]  # fmt: skip
    # Pieces of one heading sit a word-space apart: grow from the title, so a figure printed far along
    # the same row (a bar's value label) does not join it.
    x0, x1, near, changed = tb.x0, tb.x1, [title], True
    while changed:
        changed = False
        for e in same:
            if e not in near and e.box is not None and max(e.box.x0 - x1, x0 - e.box.x1) < 1.5 * tb.h:
                near.append(e)
                x0, x1, changed = min(x0, e.box.x0), max(x1, e.box.x1), True
    rows: list[Evidence] = sorted(
        near, key=lambda e: (round((e.box.cy if e.box else 0) / max(tb.h, 1)), e.box.x0 if e.box else 0)
    )
    return rows or [title]


_SIZE_VALUE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:[KMGTP]i?B?|[kKMGT]?B|bytes)")


def _value_of(text: str, kind: str) -> tuple[str, bool]:
    text = re.sub(r"^\s*:?=\s+(?=\S)", "", text)  # "= 40": the assignment's sign was read with its value
    if kind in ("number", "money") and _SIZE_VALUE.fullmatch(text.strip()):
        return text.strip(), True  # a size keeps its unit ("7.8Gi" is not 7.8)
    if kind == "person" and (listed := people_listed(text)):
        return listed, True  # "Bcc: Lars Holm; Nina Varga": everyone the label names, not the first
    span = typed_span(text, kind)
    return (span, True) if span is not None else (text.strip(), False)


def _strip_label(line: str, label_words: str) -> str:
    """'Invoice No. 7705-HZ' minus a label -> the remainder."""
    parts = re.split(r"\s*[:|]\s*", line, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[1].strip() else line


def _instances(lines: list[Evidence], matcher: Matcher, target: str) -> list[Candidate]:
    """Unlabelled lines that are an instance of what is asked: an ID card prints "Research & Development"
    with no "Department:" before it. Meaning only (the words differ by nature), and only clear matches."""
    free = [e for e in lines if ":" not in e.value and len(e.value) <= 60]
    sem = matcher.semantic(target, [e.value for e in free])
    return [Candidate(e.value, 0.85 * float(s), True, [e.id], "line", e.box, e.confidence)
            for e, s in zip(free, sem, strict=True) if s >= 0.5]  # fmt: skip


def _worded_pairs(lines: list[Evidence], target: str) -> list[Candidate]:
    """A short line that opens with a word the question uses, its value after it, no colon between: badges and
    status strips ("license MIT", "Tier Gold", "Status Shipped"). Words only: what the question says, printed."""
    # what is asked leads the target ("license is it under"); later words are its setting ("on this payslip")
    head = " ".join([w for w in target.split() if w.lower() not in STOPWORDS][:2])
    out = []
    for e in lines:
        words = e.value.split()
        if not 2 <= len(words) <= 5 or ":" in e.value or not re.fullmatch(r"[A-Za-z][A-Za-z-]{2,}", words[0]):
            continue
        s = lexical(head, words[0])
        value = " ".join(words[1:]).strip(" -–—|·")
        if s >= 0.5 and value:
            out.append(Candidate(value, 0.9 * s, True, [e.id], "line", e.box, e.confidence))
    return out


def _word_before(rests: list[tuple[Evidence, str, str]], target: str) -> list[Candidate]:
    """A figure inside a line of several, named by the word just before it and the line's first word, its
    entry: "backup-3  OK  moved 2 GB, took 41 s" holds backup-3's time by "took", not its size. Words only
    (lexical): the pair is as printed, or it is not."""
    out = []
    for e, span, _ in rests:
        before = e.value.split(span, 1)[0].split()
        if len(before) < 2 or len(e.value.split()) < 4:
            continue
        near = before[-1].strip(":=#,;()[]")
        if not re.fullmatch(r"[^\W\d_][\w-]*", near):
            continue
        s = lexical(target, f"{before[0]} {near}")
        if s >= 0.75:
            out.append(Candidate(span, 0.95 * s, True, [e.id], "line", e.box, e.confidence))
    return out


def _outside_chrome(sir: SIR, lines: list[Evidence]) -> list[Evidence]:
    """The lines of a window's content: not on its title bar or menu bar (the `ui` reading's regions)."""
    bars = [e.box for e in sir.by_kind("region") if e.box and e.attrs.get("role") in ("title_bar", "menu_bar")]
    return [e for e in lines if e.box is None
            or not any(b.x0 - 4 <= e.box.cx <= b.x1 + 4 and b.y0 - 4 <= e.box.cy <= b.y1 + 4 for b in bars)]


def candidates(sir: SIR, matcher: Matcher, target: str, answer_type: str, row: str | None = None) -> list[Candidate]:
    """Values printed next to `target` (a key, a row and column, a chart category) of the asked type; with a
    `row` (the entry the question names: "the hash of the commit 'Fix docs'"), a value on the line that
    names that entry."""
    kind = answer_type if answer_type not in ("option", "yesno", "count") else "text"
    out: list[Candidate] = []
    lines = [e for e in sir.by_kind("text", "number") if e.box is not None]

    unit = asked_unit(target) if kind == "number" else None
    if unit and not any(figure_fit(sp, e.value, kind, unit) > 1 for e in lines for sp in spans(e.value, kind)):
        unit = None  # no figure prints the unit: it says nothing of which figure answers
    # (the window's theme is a setting a yes/no reads, never the value a look-up asks for)
    kvs = [e for e in sir.by_kind("key_value", "field", "point") if e.label and e.attrs.get("control") != "theme"]
    if kvs:
        # A chart point is named by its x label and its series (legend entry): "In store" + "Germany".
        m = matcher.scores(target, [f"{e.label or ''} {e.attrs.get('series') or ''}".strip() for e in kvs])
        # A terse label ("WT: 5.4 KG") is also read with the dimension its value's unit measures.
        measured = [(i, f"{e.label} {d}") for i, e in enumerate(kvs) if (d := dimension_words(e.value))]
        if measured:
            for (i, _), s in zip(measured, matcher.scores(target, [t for _, t in measured]), strict=True):
                m[i] = max(m[i], s)
        labels = {(e.label or "").strip().lower() for e in kvs if e.kind == "key_value"}
        shown = [e for e in kvs if e.attrs.get("source_structure") == "avatar"]
        # (a name another label gives, "To: ...", matched at all, is the one asked for rather than the avatar's)
        labelled = max((float(s) for e, s in zip(kvs, m, strict=True) if e not in shown
                        and has_type(e.value, "person")), default=0.0)
        for e, s in zip(kvs, m, strict=True):
            if kind == "person" and shown == [e] and labelled < 0.35:
                s = max(s, 0.6)  # the one person a page shows with an avatar: who a "who" asks of, unless labelled
            if e.kind == "key_value" and e.value.strip().lower() in labels:
                s *= 0.6  # a header row ("GATE  SEAT"): the right neighbour is another label, not a value
            ans, ok = _value_of(e.value, kind)
            if ok and kind == "number" and len(words := e.value.split()) >= 4 and not words[0].startswith(ans):
                s *= 0.8  # a figure inside a message ("*** [Makefile:31: app.o] Error 2") is no value of its label
            if e.kind == "field" and e.value.strip().lower() in CONTROL_STATES:
                ok, s = False, s * 0.5  # a box's state answers "is it ticked", not a look-up of a name
            if not ok and kind == "code" and re.fullmatch(r"\d{1,6}", e.value.strip()) \
                    and "code" in (e.label or "").lower():
                ans, ok = e.value.strip(), True  # a figure its label calls a code ("status code 403", "area code")
            if not ok and kind in STRONG_TYPES and (span := typed_span(e.label or "", kind)):
                ans, ok = span, True  # "KeyError: 'database'": the error's name is the key
            if not ok and e.attrs.get("type") == kind:
                ans, ok = e.value.strip(), True  # a tool that knows what it read says so (a branch name is a code)
            if unit and not names_unit(e.label or "", unit):
                s *= figure_fit(ans, e.value, kind, unit)  # "£202.37" beside "Energy used (638 kWh)" is no count of kWh
            out.append(Candidate(ans, float(s), ok, [e.id], e.kind, e.box, e.confidence))

    # a conversation's speakers: short capitalised names, each saying several lines ("Maren: I booked the cabin ...")
    names = [(e.label or "").strip() for e in kvs if e.kind == "key_value"]
    speakers = {n for n in names if names.count(n) >= 2 and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?", n)}
    said = [e for e in kvs if e.kind == "key_value" and kind == "person" and (e.label or "").strip() in speakers
            and len(e.value.split()) >= 3]
    if said:  # "who booked the ferry": the person a line is by, by what it says
        for e, s in zip(said, matcher.scores(target, [e.value for e in said]), strict=True):
            out.append(Candidate((e.label or "").strip(), float(s) * 0.9, True, [e.id], "said_by", e.box, e.confidence))

    # (a button beside a grid's field, "Clear" beside "Mood", is no value of that field)
    buttons = button_labels(sir)
    cells = [c for c in table_cells(sir) if c.value.strip() not in buttons]
    if cells:
        texts = [f"{c.row} {c.col}" for c in cells]
        m = matcher.scores(target, texts)
        for c, s in zip(cells, m, strict=True):
            if c.c == 0:
                continue  # the row label itself is not a value
            ans, ok = _value_of(c.value, kind)
            out.append(Candidate(ans, float(s) * 0.97, ok, [c.id], "cell", None, 0.85))

    pts = chart_points(sir)
    if pts and not any(e.kind == "point" for e in sir.evidence):
        m = matcher.scores(target, [f"{p.label} {p.series or ''}".strip() for p in pts])
        for p, s in zip(pts, m, strict=True):
            ans = f"{p.number:g}" if kind != "percentage" else f"{p.number:g}%"
            out.append(Candidate(ans, float(s), True, [p.id], "point", None, 0.8))

    if lines:
        # A line's context is its own text minus the value, the line to its left and the line above.
        ctx_texts, owners, rests = [], [], []
        content_ids = {e.id for e in _outside_chrome(sir, lines)}
        # (a menu bar's item beside another is no value of it: "Sessions Edit" says nothing set to "Edit")
        for e in (x for x in lines if x.id in content_ids):
            for span in (spans(e.value, kind) if kind not in ("text", "organisation", "place", "person") else [])[:3]:
                rest = e.value.replace(span, " ").strip(" :#-")
                rests.append((e, span, rest))
                if unit and figure_fit(span, e.value, kind, unit) > 1:  # "638 kWh" for "how many kWh": named
                    ctx_texts.append(e.value)
                    owners.append((e, span, [e.id]))
                left = _left(e, lines)
                above = _above(e, lines)
                ctx = " ".join(x for x in (left.value if left else "", rest) if x).strip()
                ctx_texts.append(ctx or (above.value if above else ""))
                owners.append((e, span, [x.id for x in (left,) if x] + [e.id]))
                if above is not None:
                    ctx_texts.append(above.value)
                    owners.append((e, span, [above.id, e.id]))
                if kind == "number" and (d := dimension_after(e.value, span)):  # "2.4 MB/s" is a speed
                    ctx_texts.append(d)
                    owners.append((e, with_rate(e.value, span), [e.id]))
            if kind in ("text", "organisation", "place", "person"):
                if m := _ASSIGNED.match(e.value):  # "DefaultBurst = 40" in code: the name, then its value
                    ctx_texts.append(m.group(1))
                    owners.append((e, m.group(2), [e.id]))
                above = _above(e, lines)
                if above is not None:  # label above, value below
                    ctx_texts.append(above.value)
                    owners.append((e, e.value, [above.id, e.id]))
                left = _left(e, lines)
                if left is not None and len(left.value.split()) <= 4 and left.box and e.box \
                        and e.box.x0 - left.box.x1 < 2.5 * e.box.h and (_alone_with(e, left, lines)
                                                                        or e.box.x0 - left.box.x1 < 0.6 * e.box.h):
                    # a short label just left, its value beside it, the two alone on their row (not a table's),
                    # or touching it (a badge's two halves: "license | BSD-3-Clause")
                    ctx_texts.append(left.value)
                    owners.append((e, e.value, [left.id, e.id]))
        if ctx_texts:
            m = matcher.scores(target, ctx_texts)
            for (e, span, ids), s in zip(owners, m, strict=True):
                ok = kind in STRONG_TYPES or has_type(span, kind)
                out.append(Candidate(span, float(s) * 0.95 * figure_fit(span, e.value, kind, unit), ok, ids, "line",
                                     e.box, e.confidence))
        if row and rests:
            # The rest of a line that names the entry is the entry: its value is the span beside it.
            m = matcher.scores(row, [r for _, _, r in rests])
            for (e, span, _), s in zip(rests, m, strict=True):
                ok = kind in STRONG_TYPES or has_type(span, kind)
                out.append(Candidate(span, float(s) * 0.95 * figure_fit(span, e.value, kind, unit), ok, [e.id], "line",
                                     e.box, e.confidence))

        out += _word_before(rests, target)

    if lines and kind in ("text", "organisation", "place"):
        out += _instances(lines, matcher, target)
    for c in _worded_pairs(lines, target):
        # of the asked type, and not a figure glued to its unit ("Headlamp 400lm" is no price)
        c.type_ok = kind in ("text", "organisation", "place") or (
            has_type(c.answer, kind) and (bool(spans(c.answer, kind)) or not re.search(r"\d[A-Za-z]", c.answer)))
        out.append(c)

    if kind in STRONG_TYPES or kind == "person":
        # Typed-only: the only date on a receipt answers "when?" even without a label.
        found = [(e, s) for e in lines for s in spans(e.value, kind)]
        distinct = {s for _, s in found}
        usual = statistics.median([_print_height(e) for e in lines if e.box is not None] or [1.0]) \
            if kind == "person" else 1.0
        ends = _end_of_span(target, matcher, distinct) if kind == "date" and len(distinct) >= 2 else None
        for e, s in found:
            base = 0.35 if len(distinct) == 1 else 0.12
            if ends is not None and s == ends:
                base = 0.25  # an unlabelled card's dates: when it expires is its last, when one was born its first
            if kind == "person" and len(names := spans(e.value, kind)) >= 2 and "," in e.value:
                base = 0.3 if s == names[0] else 0.2  # a line listing people (authors): its first comes first
            elif kind == "person" and len(distinct) > 1:  # a card's or payslip's holder is printed large
                base *= 1.0 + min(0.6, max(0.0, _print_height(e) / max(usual, 1.0) - 1.0))
            out.append(Candidate(s, base, True, [e.id], "typed", e.box, e.confidence))
    content = _outside_chrome(sir, lines)
    if kind == "error":  # a problem reported in words no pattern knows ("Overflow in column"): the trained model's
        # lines, strong when no line names its error in a form the patterns know (an exception, an errno, a code)
        named = {e.id for e, _ in found}
        weight = (0.0, 0.1) if named else (0.2, 0.5)
        out += [Candidate(msg, weight[0] + weight[1] * p, True, [e.id], "line", e.box, e.confidence)
                for e, msg, p in problem_lines(content) if e.id not in named]
    if content and kind in ("organisation", "text", "person", "place"):
        # The title: the tallest line near the top; strong when the target means "name/title".
        # not "Q Q" read off a toolbar's icons: a word of three letters, or one mark alone (a panel's "C")
        worded = [e for e in content if re.search(r"[^\W\d_]{3}", e.value)
                  or not re.fullmatch(r"[\d\W]+", e.value) and len(e.value.split()) == 1]
        tallest = max((_print_height(e) for e in worded), default=0.0)
        big = [e for e in worded if e.box and _print_height(e) >= 0.8 * tallest]
        if kind != "text":  # "INVOICE" printed large names the document, not who sent it: the next size down
            named = [e for e in worded if e.box and not DOCUMENT_KIND.match(e.value)]
            tallest = max((_print_height(e) for e in named), default=tallest)
            big = [e for e in named if _print_height(e) >= 0.8 * tallest]
        if big:
            title = min(big, key=lambda e: e.box.y0 if e.box else 0)
            # a firm's name is its first line (the next one under a shop's name is its address)
            parts = title_lines(title, content)[: 1 if kind == "organisation" else None]
            text = " ".join(e.value.strip() for e in parts)
            s = float(matcher.scores(target, [TITLE_SENSE])[0])
            ok = kind != "person" or has_type(text, "person")  # a card's issuer is not its holder
            out.append(Candidate(text, 0.25 + 0.6 * s, ok, [e.id for e in parts], "title", title.box, 0.9))
    if kind in ("text", "organisation"):
        # The title bar of an application window or dialog (the `ui` reading found it).
        for e in sir.by_kind("block"):
            if e.attrs.get("window_title") is True and e.value.strip():
                s = float(matcher.scores(target, [WINDOW_TITLE_SENSE])[0])
                out.append(Candidate(e.value.strip(), 0.25 + 0.6 * s, True, [e.id], "title", e.box, 0.9))
        # A chart's own title, as its reading found it over the plot (a window around it has titles of its own).
        inside = {e.id for e in content}
        chrome = {e.value.strip() for e in lines if e.id not in inside} if content else set()
        for e in sir.by_kind("series"):
            # (a chart shown in a window: the menu bar over it is no title of the chart's)
            if isinstance(title := e.attrs.get("title"), str) and title.strip() and title.strip() not in chrome:
                s = float(matcher.scores(target, [CHART_TITLE_SENSE])[0])
                out.append(Candidate(title.strip(), 0.25 + 0.6 * s, True, [e.id], "title", None, 0.85))
    # The words the question asks about are the label, not its value ("what job name is entered": not "Job name").
    asked = f" {normalise(target)} "
    out = [c for c in out if not (len(normalise(c.answer)) >= 3 and f" {normalise(c.answer)} " in asked
                                  and not re.search(r"\d", c.answer))]
    # A label that has its value printed beside or under it ("WEIGHT" over "3.7 kg") names what is asked;
    # read as a line of its own it is no answer, its value is.
    labelled = {normalise(e.label) for e in kvs if e.kind == "key_value" and e.label and e.value.strip()}
    for c in out:
        if c.source in ("line", "cell") and normalise(c.answer) in labelled:
            c.match *= 0.5  # (a grid of fields read as a table makes its labels cells)
    return [c for c in out if kind not in ("organisation", "person") or not DOCUMENT_KIND.match(c.answer)]


# A setting assigned in code or a config line: one identifier, "=" or ":=", the value (without ";" or ",").
_ASSIGNED = re.compile(r"^\s*(?:const\s+|var\s+|let\s+)?([A-Za-z_][\w.]*)\s*:?=\s*(\S(?:.*\S)?)\s*[;,]?\s*$")


# The names documents print as their heading (a lexicon of document kinds, like units): the heading then
# says what the page is, not who issued it.
DOCUMENT_KIND = re.compile(
    r"(?i)^\s*(?:tax\s+|sales\s+|pro\s?forma\s+|commercial\s+)?(?:invoice|receipt|quote|quotation|estimate|"
    r"statement|bill|boarding\s+pass|identity\s+card|id\s+card|membership\s+card|ticket|packing\s+slip|"
    r"purchase\s+order|credit\s+note|delivery\s+note|order\s+confirmation)\s*$"
)


# What an end or a start of a document's life is called (facts about documents, as units are about measures).
_LATER = "expiry date, expires, valid until, valid thru, due by, deadline, ends"
_EARLIER = "date of birth, born, birthday, issued on, since, started"


def _end_of_span(target: str, matcher: Matcher, dates: set[str]) -> str | None:
    """The last date printed when the question asks when something ends or expires, the first when it asks
    when it began (a birth, an issue); None when it asks neither clearly."""
    later, earlier = (float(v) for v in matcher.scores(target, [_LATER, _EARLIER]))
    if abs(later - earlier) < 0.15 or max(later, earlier) < 0.3:
        return None
    keyed = [(k, d) for d in dates if (k := _card_month(d) or date_key(d)) is not None]
    if len(keyed) < 2:
        return None
    return (max if later > earlier else min)(keyed)[1]


def _card_month(text: str) -> float | None:
    """A card's "12/27" is December 2027 (month and year), not the 27th of December: as a sortable number."""
    m = re.fullmatch(r"(0[1-9]|1[0-2])\s?/\s?(\d{2})", text.strip())
    return datetime(2000 + int(m.group(2)), int(m.group(1)), 1, tzinfo=UTC).timestamp() if m else None


def _print_height(e: Evidence) -> float:
    """A line's letter height: its box height, or its width when set on its side (an axis title)."""
    if e.box is None:
        return 0.0
    return e.box.w if len(e.value.strip()) >= 3 and e.box.h > 1.5 * e.box.w else e.box.h


def position_ok(box: Box | None, position: str | None, size: tuple[int, int]) -> float:
    """+1 inside the named region, 0 unknown, -1 outside."""
    if not position or box is None:
        return 0.0
    w, h = size
    fx, fy = box.cx / max(w, 1), box.cy / max(h, 1)
    checks = {
        "top": fy < 0.4, "bottom": fy > 0.6, "left": fx < 0.5, "right": fx > 0.5, "header": fy < 0.25,
        "footer": fy > 0.75, "middle": 0.25 < fy < 0.75, "centre": 0.25 < fy < 0.75, "center": 0.25 < fy < 0.75,
        "upper": fy < 0.5, "lower": fy > 0.5, "corner": (fx < 0.3 or fx > 0.7) and (fy < 0.3 or fy > 0.7),
    }  # fmt: skip
    parts = position.split()
    ok = all(checks.get(p, True) for p in parts)
    return 1.0 if ok else -1.0


def rank(cands: list[Candidate], sir: SIR, answer_type: str, position: str | None = None) -> list[Candidate]:
    """Score and sort; identical answers merge (agreement between sources raises the score)."""
    size = (sir.image.width, sir.image.height)
    for c in cands:
        pos = position_ok(c.box, position, size)
        c.score = 0.62 * c.match + 0.25 * c.type_ok + 0.05 * c.conf + 0.12 * pos
        if c.conf < 0.6:
            c.score *= 0.75  # a doubtful reading (a garbled zoom) must not outrank a clear one
        if not c.type_ok and answer_type in STRONG_TYPES:
            c.score *= 0.6  # a percentage is no answer to "how much", a word no answer to "when"
        elif answer_type in ("person", "organisation") and not re.search(r"[^\W\d_]", c.answer):
            c.score *= 0.6  # nor a number to "who" or "whose": a name has letters
        if not c.answer or len(c.answer) > 120:
            c.score -= 0.5
    merged: dict[str, Candidate] = {}
    for c in sorted(cands, key=lambda c: -c.score):
        key = re.sub(r"\s+", " ", c.answer.strip().lower())
        if key in merged:
            m = merged[key]
            m.extra["agree"] = m.extra.get("agree", 1.0) + 1.0
            m.score += 0.03 * min(c.score, 1.0)
            m.ids = list(dict.fromkeys(m.ids + c.ids))[:10]
        else:
            c.extra["agree"] = 1.0
            merged[key] = c
    # Ties go to the lower one on the page: totals sit below subtotals and headers.
    return sorted(merged.values(), key=lambda c: (-round(c.score, 3), -(c.box.cy if c.box else 0)))
