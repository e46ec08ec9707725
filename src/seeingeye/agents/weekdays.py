"""The day of the week of a printed date: a ticket prints "14 MAY 2025", the asker wants to know it is a
Wednesday. The question's wish for a weekday is its answer's form (like a rounding or a unit); which date is
meant is the usual look-up of the target, by date type."""

from __future__ import annotations

import re
import warnings

from ..sir import SIR
from .calendar_grid import WEEKDAY
from .extract import Candidate, candidates, rank
from .match import Matcher
from .question import QuestionAnalysis
from .types import PATTERNS

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")


def weekday_of(text: str) -> str | None:
    """The weekday of a full date printed in text (one with its year; without it the day is not known)."""
    from dateutil import parser

    m = PATTERNS["date"].search(text)
    if m is None or not _YEAR.search(m.group(0)):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(m.group(0), fuzzy=True, dayfirst=not re.match(r"\d{4}", m.group(0))).strftime("%A")
    except (ValueError, OverflowError):
        return None


def weekday_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher, cands: list[Candidate]) -> list[Candidate]:
    """The weekday asked for: the top answer when it already names one, else the weekday of the date the
    target names best (ahead of the others)."""
    if not qa.as_weekday or (cands and WEEKDAY.match(cands[0].answer.split()[0] if cands[0].answer else "")):
        return cands
    for c in rank(candidates(sir, m, qa.target, "date"), sir, "date")[:3]:
        if c.type_ok and (day := weekday_of(c.answer)) is not None:
            found = Candidate(day, c.match, True, c.ids, "weekday", c.box, c.conf)
            found.score = max([c.score, *(o.score + 0.01 for o in cands[:1])])  # ahead of the look-up's answer
            return [found, *cands]
    return cands
