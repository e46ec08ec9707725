"""The day of the week of a printed date: a ticket prints "14 MAY 2025", the asker wants to know it is a
Wednesday. The question's wish for a weekday is its answer's form (like a rounding or a unit); which date is
meant is the usual look-up of the target, by date type."""

from __future__ import annotations

import re
from datetime import datetime

from ..sir import SIR
from .calendar_grid import WEEKDAY
from .extract import Candidate, candidates, rank
from .match import Matcher
from .question import QuestionAnalysis
from .tabular import date_key
from .types import PATTERNS

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")


def weekday_of(text: str) -> str | None:
    """The weekday of a full date printed in text (one with its year; without it the day is not known)."""
    m = PATTERNS["date"].search(text)
    if m is None or not _YEAR.search(m.group(0)):
        return None
    # (the records' one date reader; a numeric date reads day first unless it leads with its year)
    stamp = date_key(m.group(0), dayfirst=not re.match(r"\d{4}", m.group(0)))
    return None if stamp is None else datetime.fromtimestamp(stamp).strftime("%A")


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
