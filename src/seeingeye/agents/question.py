"""Parse a question once into a typed `QuestionAnalysis` that the tool plan, the programs, the reasoner
and the loop all read; nothing downstream reads the question string again.

The intent (operator, comparison direction, arithmetic) and the answer type come from classifiers, and
the target, row, column, condition and operand spans from a token tagger, all trained on
`data/intents.jsonl` by `agents/train.py` (`understand.py` scores them). Code adds only facts from
lexicons: shape and colour words, positions, ordinals, negations, control states, units of structure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from ..textutil import tokens
from ..tools.colour_names import COLOUR_WORDS, canonical_colour
from .bounds import figure_bounds
from .coordinates import coordinates
from .cues import (
    IN_PRINT,
    LIST_NOUNS,
    NEGATIONS,
    OFF_STATES,
    ORDINALS,
    POSITIONS,
    PRECEDING,
    SHAPE_WORDS,
    WEEKDAY_ASKED,
    correct_typos,
    unit_of,
)
from .intents import load_intents, spans_of
from .measure import area_unit
from .portion import portion_asked
from .question_choices import CHOICE, directions_offered, listed_choices, purpose, two_states
from .question_model import AnswerType as AnswerType
from .question_model import CountOf as CountOf
from .question_model import Operator as Operator
from .question_model import QuestionAnalysis
from .question_spans import (
    FIGURE,
    apart,
    covering,
    given_figure,
    named_first,
    names_something,
    operand,
    shape_pair,
    span_offsets,
)
from .sign import sure_sign
from .types import YEAR
from .understand import LESS_INTENTS, MORE_INTENTS, Reading, read_question
from .units import dimension_asked, implied_type, places_asked, time_unit, without_rounding

_FRAME = re.compile(
    r"^(?:(?:please|hey|ok|so)[, ]+)?(?:can|could|would) you (?:please )?(?:tell me|say|read|find)\s+|"
    r"^(?:please\s+)?(?:tell me|give me|find|read|show me|i need|i want to know)\s+|"
    r"^(?:can|do|could) you (?:see|spot|find)\s+(?:any\s+|an?\s+|the\s+)?|"
    r"^what(?:'s| is| does)? (?:it|the (?:image|page|card|screen)) (?:say|show|list)s? (?:for|about|next to|under)\s+|"
    r"^what(?:'s| is) (?:the )?value (?:for|of)\s+",
    re.I,
)
_WH = re.compile(
    # ("whats", "wheres": the contraction typed without its apostrophe)
    r"^(?:what|which|who|whom|whose|where|when|how(?: much| many| long| old)?)(?:'s|’s|s\b|\s+is|\s+are|\s+was|\s+were"
    r"|\s+does|\s+do|\s+did|\s+has|\s+will)?\s+",
    re.I,
)
_TAIL = re.compile(
    r"\s*(?:\b(?:in|on|from|of|at)\s+(?:this|the)\s+(?:image|picture|photo|screenshot|page|document|receipt|"
    r"invoice|chart|graph|plot|table|slide|form|card|screen|output|terminal)\b.*|\b(?:shown|displayed|listed|"
    r"printed|written|mentioned|stated|given)\b.*|\s(?:value\s+)?(?:pls|plz|please|thanks|thx)\b.*)?[?.!\s]*$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.I)


# Questions led by "why", "where", "when": a reason, a place, a point in time (grammar, like ordinals).
_WHY = re.compile(r"\s*why\b", re.I)
_WHERE = re.compile(r"\s*where\b", re.I)
_WHEN = re.compile(r"\s*when\b", re.I)


# A second question joined to an extreme's asks for its amount: "..., and how much (is it)?", "and how many
# jobs?", "and by how much?" — a clause the sentence ends with, so "how much more than" is not one.
_AND_HOW = re.compile(r"(?:,\s*|\s)and\s+(?:(?:by\s+|with\s+)?how\s+[\w%]+(?P<noun>(?:\s+[\w%]+){0,4})"
                      r"|what(?:'s|\s+(?:is|was))\s+(?:it|that))\s*\??\s*$", re.I)  # "..., and what is it?"
# ... or for another of its fields: "and its airline", "and what was the fare" (a field no column names is the
# figure the entry was chosen by), "and their county", "and at what time".
_AND_ITS = re.compile(r"(?:,\s*|\s)and\s+(?:(?:its|their|his|her)\s+(?P<noun>\w+(?:\s+\w+)?)"
                      r"|what(?:'s|\s+(?:is|was|are|were))?\s+(?:the|its|their)\s+(?P<named>\w+(?:\s+\w+)?)"
                      r"|(?:at\s+)?(?P<when>when|what\s+time|what\s+date)"
                      r"(?:\s+(?:does|did|is|was|do)\s+(?:it|that|they|this)\s+\w+)?)\s*\??\s*$", re.I)
# What "and when" / "and at what time" asks of the entry: its date or time, whatever its column is called.
WHEN = "when (date, time)"
# Words of the joined clause's frame, not what it asks of the entry ("and how many goals did it score").
_CLAUSE_FRAME = {"is", "was", "are", "were", "do", "does", "did", "it", "they", "them", "that", "this", "of",
                 "there", "have", "has", "in", "total"}

# A place given as a number after the list's noun ("read me bullet 2", "item 3") or after "#"; an item is
# no bullet (on a bill it is a priced line), so it is not one of the list nouns.
_NUMBERED = re.compile(
    rf"(?:{LIST_NOUNS.pattern}|\b(items?)\b)\s*(?:#|no\.?\s*|number\s*)?(\d{{1,2}})\b|#\s?(\d{{1,2}})\b", re.I)


# "ticked off", "checked off": done, the phrasal verb's "off" is no off state
_DONE_OFF = re.compile(r"(?i)\b(?:ticked|checked|crossed|marked|struck|signed)\s+off\b")


def target_phrase(question: str) -> str:
    """Strip the question frame: 'What's the name of the store on this receipt?' -> 'name of the store'.
    The fallback target when the tagger marks no span."""
    q = re.sub(r"\s+", " ", question.strip())
    # an aside of several words at the end is an instruction about the asking ("(leave out the drafts)",
    # "(skip the archived ones)"), not words the page prints beside the answer; one word may be ("(OS)", "(kWh)")
    q = re.sub(r"\s*\((?:[^()\s]+\s+)+[^()\s]+\)\s*([?.!]*)$", r"\1", q) or q
    q = _FRAME.sub("", q)
    q = _WH.sub("", q)
    q = re.sub(r"^(?:(?:fill|text|background)\s+)?colou?rs?\s+(?:is|are|of|does)\s+", "", q, flags=re.I)
    q = re.sub(r"^(?:is|are|was|were|does|do|did|has|have|can|will)\s+(?:there\s+)?", "", q, flags=re.I)
    q = _TAIL.sub("", q)
    q = _ARTICLE.sub("", q.strip())
    return q.strip(" ,:;?") or question.strip()


# How an intent's name maps onto the fields the programs read (the names live in data/intents.jsonl).
_ARITH = {"difference": "difference", "subtract": "subtract", "sum": "sum", "ratio": "ratio", "rate": "ratio",
          "mean": "mean"}
_GREATER, _LESS = MORE_INTENTS, LESS_INTENTS


def _direction(scores: dict[str, float], op: str, intent: str, more_p: float) -> Literal["greater", "less"] | None:
    """Greater or less: the directed intent itself, the direction model for shape comparisons, else the
    classifier's own mass on the directed intents (learned, not listed)."""
    if intent in _GREATER:
        return "greater"
    if intent in _LESS:
        return "less"
    if op in ("size_compare", "count_compare"):
        return "greater" if more_p >= 0.5 else "less"
    if op == "count":  # "how many are over 80%": a threshold's side, where the direction model is sure of it
        return "greater" if more_p >= 0.65 else "less" if more_p <= 0.35 else None
    more = sum(scores.get(i, 0.0) for i in _GREATER)
    less = sum(scores.get(i, 0.0) for i in _LESS)
    if op in ("size_compare", "count_compare"):
        return "less" if less > more else "greater"
    return ("less" if less > more else "greater") if max(more, less) >= 0.15 else None


def _asks_state(question: str) -> bool:
    """A setting's name followed by a state and nothing else, no question word before it ("Auto-update
    enabled?", "wifi on?"): whether it is in that state."""
    q = question.strip()
    words = re.findall(r"[\w'-]+", q.lower())
    # (a switch's states, not a participle's: a question ending in "checked" may ask what is being checked)
    return len(words) >= 2 and words[-1] in _SWITCH_STATES and not (_WH.match(q) or _WHY.match(q) or _FRAME.match(q))


_SWITCH_STATES = {"on", "off", "enabled", "disabled", "active", "inactive"}


def extreme_type(op: str, atype: str, type_scores: dict[str, float]) -> str:
    """Which entry is largest names the entry: a figure only when the type model is clearly sure of one (a
    year in the question, "top branch in 2022", pulls it toward a number)."""
    unsure = type_scores.get("number", 0.0) - type_scores.get("text", 0.0) < 0.2
    return "text" if op in ("max", "min") and atype == "number" and unsure else atype


def analyse(question: str, options: list[str] | None = None) -> QuestionAnalysis:
    """The question parsed once: operator, answer type, target, tagged spans and the flags programs read."""
    for clause in (_AND_HOW, _AND_ITS):
        found = clause.search(question)
        first = question[: found.start()] if found else question
        if found is None or len(first.split()) < 2:
            continue
        head = _analyse(first, options)
        if head.operator not in ("max", "min", "nth", "lookup") or head.yesno:
            continue
        # "which X costs the most, and how much?": the first question picks the entry, the second asks its
        # figure; "the newest release and its date", "who wrote last and when": another field of that entry
        named = found.groupdict().get("noun") or found.groupdict().get("named") or ""
        words = [w for w in named.split() if w.lower() not in _CLAUSE_FRAME]
        also = WHEN if clause is _AND_ITS and found.group("when") else " ".join(words) or None
        how = clause is _AND_HOW
        if head.operator in ("max", "min") or also:
            return replace(head, question=question, answer_type="text", yesno=False, also_figure=how, also=also)
    return _analyse(question, options)


def _intent_of(question: str, reading: Reading, options: list[str]) -> tuple[dict[str, float], str, str, str]:
    """The operators' scores, the operator, the intent and the answer type."""
    intents = {i.name: i for i in load_intents()}
    op_scores: dict[str, float] = {}
    for name, p in reading.intent_scores.items():
        o = intents[name].operator if name in intents else name
        op_scores[o] = round(op_scores.get(o, 0.0) + p, 4)
    # The operator is the one the intents agree on (a look-up split between "cell" and "lookup" outweighs a
    # lone "colour"); the intent is the likeliest of that operator's.
    # a choice names its options ("is it X or Y"): a question with no "or" between two things is none
    if not re.search(r"\bor\b", question, re.I) and not options:
        op_scores.pop("choose", None)
    best_op = max(op_scores, key=op_scores.__getitem__, default="lookup")
    intent = next((n for n in reading.intent_scores if n in intents and intents[n].operator == best_op), "lookup")
    spec = intents.get(intent, intents["lookup"])
    op = spec.operator
    # An intent whose phrasings never override the type fixes it (a count is a count); otherwise the
    # answer-type classifier decides (a lookup may ask for money, a date, a person...).
    fixed = not any(ex.startswith("@") for ex in spec.examples)
    atype = "option" if options else spec.answer_type if fixed else next(iter(reading.type_scores), "text")
    atype = extreme_type(op, atype, reading.type_scores)
    if intent == "party" and atype not in ("person", "organisation"):  # a party is someone: a person or a firm
        atype = max(("person", "organisation"), key=lambda t: reading.type_scores.get(t, 0.0))
    # "when was the first backup taken": a date, not a name (a chart's "when does X peak" names its category)
    if atype == "text" and op in ("nth", "lookup", "read") and _WHEN.match(question):
        atype = "time" if reading.type_scores.get("time", 0.0) > reading.type_scores.get("date", 0.0) else "date"
    return op_scores, op, intent, atype


def _target_of(question: str, op: str, intent: str, framed: bool, offsets: dict[str, list[tuple[int, int]]],
               spans: dict[str, list[str]], tags: str, state_choice: tuple[str, str] | None,
               quoted_m: re.Match[str] | None) -> tuple[str, list[str]]:
    """What is asked about, and the entries the question leaves out."""
    phrase = target_phrase(question)
    target = phrase if framed else covering(question, offsets, tags)
    if intent == "party" and spans.get("t"):  # the role ("addressed to"), not the document it is on
        target = spans["t"][0]
    if not names_something(target):  # a span of function words ("I", "it") names nothing
        target = covering(question, offsets, "trckab")
    if not names_something(target):
        target = target_phrase(question)
    if op == "state" and state_choice:  # the setting, not the two states offered
        target = CHOICE.sub("", phrase).strip(" ,:;-–—") or target
    if quoted_m and not framed and quoted_m.group(1).lower() not in target.lower():
        target = f"{quoted_m.group(1)} {target}"  # what the asker put in quotes is what is asked about
    # an entry the question leaves out names no part of what is asked ("the biggest payment apart from rent")
    excluded = [x for x in spans.get("x", []) if x.strip()]
    for x in excluded:
        target = re.sub(r"\s+(?=[,;:])|^[,;:\s]+", "", " ".join(
            re.sub(rf"(?<!\w){re.escape(x)}(?!\w)", " ", target).split())) or target
    target = without_rounding(target)
    if (stranded := re.search(rf"{re.escape(target)}\s+(for|by|to|from)\s*[?.!]*$", question, re.I)) is not None:
        target = f"{target} {stranded.group(1)}"  # "who is it meant for": the role is "meant for", not "by"
    if _WHY.match(question) and "reason" not in target.lower():
        target = f"reason {target}"  # "why did they refund me": the reason a page gives, by its label
    return target, excluded


def _place_of(question: str, words: list[str], intent: str, op: str, target: str) -> tuple[int | None, str, str | None]:
    """Which place in order is asked ("the third", "the latest": -1, "bullet 2"), the operator that takes it,
    and the unit counted or listed."""
    nth = next((n for w, n in ORDINALS.items() if w in words), None)
    if intent == "latest" and nth is None:
        nth = -1
    if intent == "earliest" and nth is None:
        nth = 1
    if intent in ("latest", "earliest", "nth"):
        op = "nth"
    if op == "nth" and nth is None and (m := _NUMBERED.search(question)):  # "bullet 2", "bullet #4"
        nth = int(m.group(3) or m.group(4))  # groups 1 and 2 are the noun
    unit = unit_of(target) or unit_of(question)
    if op == "nth" and LIST_NOUNS.search(question):
        unit = "bullets"
    return nth, op, unit


def _row_column(spans: dict[str, list[str]], quoted_m: re.Match[str] | None, question: str
                ) -> tuple[str | None, str | None]:
    """The row and the column the question names."""
    # A quote opens and closes outside words: the apostrophe of "what's" opens nothing. A row tagged inside a
    # quote is the whole quote (the tagger may drop its small words: "Fix station" for "Fix ... station index").
    row = " ".join(spans["r"]) if spans.get("r") else None
    column = " ".join(spans["c"]) if spans.get("c") else None
    if row and re.fullmatch(r"\d+", row) and (whole := re.search(rf"(?<![\d.,]){row}(?:[.,]\d+)+", question)):
        row = whole.group(0)  # a figure the tagger cut at its comma ("7" of "7,250.5") names its row whole
    if quoted_m and row:
        inside = set(quoted_m.group(1).lower().split())
        if set(row.lower().strip("\"“”'‘’").split()) <= inside:
            row = quoted_m.group(1)
            # the quote's words are the row's: the column is what the rest of the question names
            column = " ".join(w for w in (column or "").split() if w.lower() not in inside) or None
    return row, column


def _analyse(question: str, options: list[str] | None = None) -> QuestionAnalysis:
    options = list(options or [])
    question = correct_typos(question)
    round_to = places_asked(question)
    question = without_rounding(question)  # the instruction says how to answer, not what is asked about
    reading = read_question(question)
    quoted_m = re.search(r"(?<![A-Za-z])[\"“'‘]([^\"”'’]{2,})[\"”'’](?![A-Za-z])", question)
    op_scores, op, intent, atype = _intent_of(question, reading, options)
    words = tokens(question)
    shapes = [SHAPE_WORDS[w] for w in words if w in SHAPE_WORDS]
    colours = [canonical_colour(w) for w in words if w in COLOUR_WORDS]
    # a run of function words names nothing ("What" tagged as part of a row): only runs that name something
    spans = {t: kept for t, runs in spans_of(question, reading.tokens, reading.tags).items()
             if (kept := [r for r in runs if names_something(r)])}
    offsets = span_offsets(reading.tokens, reading.tags)
    operands = apart([o for t in ("a", "b") if (o := operand(question, offsets.get(t, []))) is not None])
    if intent == "mean" and len(spans.get("b", [])) > 1 or op == "choose":  # "mean of Jan, Feb and Mar": all
        operands = spans.get("a", []) + spans.get("b", [])
    if op == "arithmetic" and (plus := re.fullmatch(r"([^+]*[A-Za-z][^+]*?)\s\+\s([^+]*[A-Za-z][^+]*)", question)):
        # "rent + deposit together?": a plus sign standing alone parts the two things added, whatever the tags
        operands = [target_phrase(plus.group(1)), target_phrase(plus.group(2))]
    if not options and (listed := listed_choices(question)):
        op = "trend" if op == "trend" else "choose"  # ("rising, falling or flat?": directions to pick from)
        operands = listed  # "how did they pay: card, cash, or a voucher?" offers its answers
    if op == "trend" and len(operands) >= 2:
        operands = directions_offered(question, operands)
        atype = "text"  # "up or down?": one of the two, not yes or no
    state_choice = two_states(question.lower())
    if op in ("choose", "lookup") and not options and state_choice:
        # "Bluetooth - on or off?": the state of the setting the rest names, said in the question's word
        op, intent, atype, operands = "state", "state_yesno", "yesno", []
    elif op == "lookup" and not options and _asks_state(question):
        op, intent, atype, operands = "state", "state_yesno", "yesno", []  # "Bluetooth enabled?"
    # a figure the asker brings ("paid with the 50"), tagged as an operand or not, is no entry to look up
    bare = [o for o in operands if FIGURE.fullmatch(o.strip()) and not YEAR.fullmatch(o.strip())]  # "the 50"
    given = given_figure(question, [o for o in operands if not FIGURE.search(o)] + [
        " ".join(spans.get(t, [])) for t in "rc"]) if op == "arithmetic" and (len(operands) < 2 or bare) else None
    operands = [o for o in operands if given is None or not FIGURE.search(o)]
    pairs = [p for t in operands if (p := shape_pair(t)) is not None]
    if op in ("size_compare", "count_compare") and len(pairs) < 2:
        op = "compare"  # a program over shapes needs two named shapes; else compare the printed values
    if op == "compare" and atype not in ("yesno", "option", "text"):
        atype = "yesno" if intent.startswith("compare") else "text"
    # Look-ups, counts and extremes match the question without its frame (measured on dev: the
    # tagger's shorter span loses words the labels share, "flight date", "plan is cheapest"); the
    # other programs take the tagged stretch. Rows, columns, conditions and operands are always tagged.
    tags = "trckab" if op in ("compare", "arithmetic", "crossover", "size_compare", "count_compare", "choose") \
        else "trck"
    framed = op in ("lookup", "read", "count", "nth", "max", "min")
    phrase = target_phrase(question)
    target, excluded = _target_of(question, op, intent, framed, offsets, spans, tags, state_choice, quoted_m)
    low = f" {question.lower()} "
    nth, op, unit = _place_of(question, words, intent, op, target)
    latest = intent == "latest"
    row, column = _row_column(spans, quoted_m, question)
    table_words = {"table", "row", "rows", "column", "columns", "cell", "spreadsheet"}
    chart_words = {"chart", "graph", "plot", "bar", "bars", "series", "legend", "slice", "pie", "axis", "line"}
    return QuestionAnalysis(
        question=question,
        options=options,
        operator=op,  # type: ignore[arg-type]
        answer_type=atype,  # type: ignore[arg-type]
        target=target,
        phrase=phrase,
        count_of=(("shapes" if shapes else unit or "objects") if op in ("count", "count_compare") else None),  # type: ignore[arg-type]
        arith=_ARITH.get(intent) if op == "arithmetic" else None,  # type: ignore[arg-type]
        nth=nth,
        relation=_direction(reading.intent_scores, op, intent, reading.more)
        if op in ("max", "min", "compare", "size_compare", "count_compare", "colour", "shape", "count")
        else None,
        sign=sure_sign(reading.sign),
        negated=bool(set(words) & NEGATIONS) or "n't " in low,
        quoted=quoted_m.group(1) if quoted_m else None,
        shapes=shapes,
        colours=colours,
        position=next((p for p in POSITIONS if f" {p} " in re.sub(r"[^a-z]+", " ", low)), None),
        wants_chart=intent in ("chart_value", "share", "overtakes", "trend") or bool(set(words) & chart_words),
        wants_table=intent == "cell" or bool(set(words) & table_words),
        wants_small_text=bool(set(words) & {"small", "tiny", "fine", "footnote", "footer", "corner", "print"}),
        yesno=atype == "yesno",
        operator_scores=op_scores,
        intent=intent,
        intent_scores=reading.intent_scores,
        type_scores=reading.type_scores,
        row=row,
        column=column,
        # ("are Tove's?": the owner named, without the possessive or the question mark)
        condition=re.sub(r"(?:['’]s)?[?!.]*$", "", " ".join(spans["k"])) or None if spans.get("k") else None,
        operands=operands,
        given=given,
        given_last=given is not None and named_first(question, operands),
        unit=unit,  # type: ignore[arg-type]
        round_to=round_to,
        area_unit=area_unit(question),
        coords=coordinates(question),
        latest=latest,
        # "is X not ticked?" asks for the off state; "X: checked or not?" does not.
        wants_off=bool(set(tokens(_DONE_OFF.sub(" ", question))) & OFF_STATES)
        or (op == "state" and "not" in words and " or not" not in low),
        state_choice=state_choice,
        as_weekday=bool(WEEKDAY_ASKED.search(question)),
        excluded=excluded,
        backward=bool(set(words) & PRECEDING),
        in_time=not set(words) & IN_PRINT,
        where=bool(_WHERE.match(question)),
        shape_pairs=pairs,
        bounds=figure_bounds(phrase) if op in ("count", "arithmetic") else None,
        measure=dimension_asked(question),
        purpose=purpose(question) if op == "locate" else None,
        time_unit=time_unit(question),
        ordered_by=implied_type(question),
        portion=portion_asked(question),
    )
