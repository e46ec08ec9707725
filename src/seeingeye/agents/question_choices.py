"""Choices a question closes with: a control's two states ("on or off", "checked or not") and a listed
few ("..., card, cash, or a voucher?")."""

from __future__ import annotations

import re

from .cues import OFF_STATES, ON_STATES

CHOICE = re.compile(r"\b(\w+)\s+or\s+(\w+)\W*$")


def two_states(low: str) -> tuple[str, str] | None:
    """A question ending in a choice between an on state and an off state ("on or off", "enabled or disabled"),
    or between an on state and its negation ("checked or not": answered "not checked")."""
    m = CHOICE.search(low)
    if m is None:
        return None
    a, b = m.group(1), m.group(2)
    if b == "not" and a in ON_STATES:
        return a, f"not {a}"
    return (a, b) if (a in ON_STATES) != (b in ON_STATES) and {a, b} <= ON_STATES | OFF_STATES else None


# Three choices or more that close a question, listed with commas and ", or" before the last ("..., card, cash,
# or a voucher?"): grammar, not a word that decides what is asked
LISTED = re.compile(r"(?:^|[—–:-]\s*|\s)((?:[^\W\d_][\w'’.&+ -]{0,24}, ){2,}or "
                     r"[^\W\d_][\w'’.&+ -]{0,24})\s*\?*\s*$")


def listed_choices(question: str) -> list[str]:
    m = LISTED.search(question)
    if not m:
        return []
    parts = [p.strip() for p in re.split(r",\s*(?:or\s+)?", m.group(1)) if p.strip()]
    # (the first may carry the question's own words: "is the plan basic": as long as the others)
    longest = max(len(p.split()) for p in parts[1:])
    return [" ".join(parts[0].split()[-longest:]), *parts[1:]]


def directions_offered(question: str, operands: list[str]) -> list[str]:
    """The two ways a trend question offers, as it words them on either side of its "or": the tagged operands
    when they stand so (the first cut to the second's length: "trending up or down" offers "up"), else the
    words either side of "or"."""
    a, b = operands[0], operands[1]
    a = " ".join(a.split()[-len(b.split()):])
    if re.search(rf"\b{re.escape(a)}\s+or\s+(?:\w+\s+){{0,2}}{re.escape(b)}\b", question, re.I):
        return [a, b]
    m = re.search(r"(\w+)\s+or\s+(\w+)", question)
    return [m.group(1), m.group(2)] if m else operands


# A click asked for by what it should do: "which button do I press to keep my changes" (grammar: a verb of
# clicking, then "to" and the purpose; "so (that)" too)
_PURPOSE = re.compile(r"(?i)\b(?:click|press|hit|tap|push|choose|pick|select|use)\b.*?\b(?:to|so(?: that)?)\s+"
                      r"(?P<does>[^?.!]+)")


def purpose(question: str) -> str | None:
    m = _PURPOSE.search(question)
    return m.group("does").strip() if m else None
