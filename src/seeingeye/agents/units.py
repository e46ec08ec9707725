"""Finishing a numeric answer the way a question asks for it: rounded to n decimal places, or converted
between units of one dimension (a lexicon of unit facts, not of question phrasings)."""

from __future__ import annotations

import contextlib
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from ..textutil import format_number, parse_number

# Factor to the dimension's base unit (metre, gram, second, byte, litre).
_FACTORS: dict[str, tuple[str, float]] = {
    **{u: ("length", f) for u, f in {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "km": 1e3, "in": 0.0254, "ft": 0.3048,
                                     "yd": 0.9144, "mi": 1609.344}.items()},
    **{u: ("mass", f) for u, f in {"mg": 1e-3, "g": 1.0, "kg": 1e3, "t": 1e6, "lb": 453.59237,
                                   "oz": 28.349523125}.items()},
    **{u: ("time", f) for u, f in {"ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0, "d": 86400.0}.items()},
    **{u: ("bytes", f) for u, f in {"b": 1.0, "kb": 1024.0, "mb": 1024.0**2, "gb": 1024.0**3, "tb": 1024.0**4}.items()},
    **{u: ("volume", f) for u, f in {"ml": 1e-3, "cl": 1e-2, "l": 1.0}.items()},
}


# What each dimension is called, and the adjective a question measures it by ("how heavy" asks a weight):
# a value printed with a unit of that dimension answers such a question even when its label is terse.
_DIMENSION_WORDS = {"length": "length distance far", "mass": "weight heavy", "time": "duration time long",
                    "bytes": "size big", "volume": "volume", "temperature": "temperature hot"}  # fmt: skip
_UNIT_ALIASES = {"sec": "s", "secs": "s", "second": "s", "seconds": "s", "mins": "min", "minute": "min",
                 "minutes": "min", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "day": "d", "days": "d",
                 "week": "d", "weeks": "d", "lbs": "lb", "kib": "kb", "mib": "mb", "gib": "gb", "tib": "tb",
                 "ki": "kb", "mi": "mb", "gi": "gb", "k": "kb", "bytes": "b", "byte": "b"}  # fmt: skip
_MEASURE = re.compile(r"\d\s?([A-Za-z]{1,7}|°[CF]?)\s*$")


def dimension_words(value: str) -> str | None:
    """The name of the dimension a printed measure is in ("5.4 KG" -> "weight heavy", "25m" -> None: metres
    or minutes), or None when the value carries no unit of a known dimension."""
    if re.search(r"\d\s?%$", value.strip()):
        return "percentage percent share"  # "63%" under "Load%": the share a question asks for by that word
    m = _MEASURE.search(value.strip())
    if not m:
        return None
    unit = m.group(1).lower()
    if unit.startswith("°"):
        return _DIMENSION_WORDS["temperature"]
    unit = _UNIT_ALIASES.get(unit, unit)
    if unit in ("m", "t", "in"):
        return None  # minutes, metres and megabytes all print as "m"; "in" and "t" are words as often
    return _DIMENSION_WORDS[_FACTORS[unit][0]] if unit in _FACTORS else None


# A rate printed after a figure: bytes or bits per second, distance per hour, turns or frames per second.
_RATE = re.compile(r"\s?(?:(?:[KMGT]?i?B|[kMG]?bit|[kMG]?b)?/s|km/h|mph|kph|[kMG]bps|rpm|fps)(?![\w/])", re.I)


def _after(text: str, span: str) -> str:
    at = text.find(span)
    return text[at + len(span):] if at >= 0 else ""


def with_rate(text: str, span: str) -> str:
    """The span with the rate printed after it ("2.4 MB" + "/s"): a speed is said with its unit."""
    m = _RATE.match(_after(text, span))
    return f"{span}{m.group(0)}" if m else span


def dimension_after(text: str, span: str) -> str | None:
    """The dimension of the unit printed right after `span` in `text` ("2.4 MB/s" -> speed), else None. A span
    that kept its unit ("2.4 MB") is a rate when "/s" follows it."""
    rest = _after(text, span)
    if _RATE.match(rest):
        return "speed rate fast per second"
    m = re.match(r"\s?([A-Za-z]{1,7}|°[CF]?)(?![\w/])", rest)
    return dimension_words(f"1 {m.group(1)}") if m else None


# "how long was it", "how heavy is that crate": the adjective after "how" names the dimension asked (grammar)
_HOW = re.compile(r"\bhow\s+([a-z]+)\b", re.I)


def dimension_asked(question: str) -> str | None:
    """The dimension a "how <adjective>" question measures, in the words its units are known by ("how long" ->
    "duration time long"), else None ("how many", "how much" ask no dimension)."""
    m = _HOW.search(question)
    adjective = m.group(1).lower() if m else ""
    return next((words for words in _DIMENSION_WORDS.values() if adjective in words.split()[1:]), None)


def measured_piece(text: str, measure: str) -> str:
    """The one piece of a cell, parted by a middle dot, bar or bullet, whose unit measures `measure` ("42
    min" of "9 Jun 2025 · 42 min"); the text as it is when no single piece does (a comma parts one figure's
    units as often: "6 days, 3:07")."""
    pieces = [p.strip() for p in re.split(r"\s[·|•]\s", text) if p.strip()]
    fit = [p for p in pieces if dimension_words(p) == measure]
    return fit[0] if len(pieces) > 1 and len(fit) == 1 else text


def unit_dimension(word: str) -> str | None:
    """The dimension a unit word measures ("bytes", "KB" -> "bytes"; "minutes" -> "time"), else None."""
    unit = _UNIT_ALIASES.get(word.lower(), word.lower())
    return _FACTORS[unit][0] if unit in _FACTORS and unit not in ("m", "t", "in") else None


def _unit(text: str) -> tuple[str, int]:
    """'cm²' / 'square cm' / 'km^2' -> ('cm', 2)."""
    t = text.strip().lower().replace("square ", "").replace("sq ", "")
    power = 2 if re.search(r"[²]|\^2|square", text.lower()) else 3 if re.search(r"[³]|\^3|cubic", text.lower()) else 1
    return re.sub(r"[²³]|\^\d|cubic\s*", "", t).strip(), power


_SMALL = {"no": 0, "zero": 0, "one": 1, "a single": 1, "two": 2, "three": 3, "four": 4}
_PLACES = re.compile(
    r"\b(\d|no|zero|one|a single|two|three|four)\s+(?:decimal(?:\s+places?|s)?|dp|places? after)", re.I
)
_WHOLE = re.compile(r"\b(?:as an? (?:whole number|integer)|round(?:ed)? to (?:an? )?(?:whole number|integer))", re.I)
_CLAUSE = re.compile(
    r"[,;(]?\s*(?:(?:rounded|round(?:ing)?|correct|given|expressed)\s+)?(?:to|in|with)\s+(?:the\s+)?"
    r"(?:\S+\s+decimal(?:\s+places?|s)?|nearest\s+\w+|an?\s+(?:whole number|integer))\)?",
    re.I,
)
_NEAREST = {"whole": 0, "integer": 0, "unit": 0, "tenth": 1, "hundredth": 2, "thousandth": 3}


def places_asked(question: str) -> int | None:
    """The decimal places a question asks its number in ("to 2 decimal places", "nearest tenth", "as a
    whole number"), or None. A grammar of the rounding instruction itself, not of what is asked about."""
    if m := _PLACES.search(question):
        word = m.group(1).lower()
        return int(word) if word.isdigit() else _SMALL[word]
    if m := re.search(r"\bnearest\s+(whole|integer|unit|tenth|hundredth|thousandth)", question, re.I):
        return _NEAREST[m.group(1).lower()]
    if _WHOLE.search(question):
        return 0
    return None


def without_rounding(phrase: str) -> str:
    """The phrase without its rounding clause ("mean of sales, rounded to 2 decimal places" -> "mean of
    sales"), so the instruction is not matched against the image as if it named something."""
    return _CLAUSE.sub("", phrase).strip(" ,;") or phrase


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """`value` in `from_unit` expressed in `to_unit` (same dimension and power); ValueError otherwise."""
    (fu, fp), (tu, tp) = _unit(from_unit), _unit(to_unit)
    if fu not in _FACTORS or tu not in _FACTORS or _FACTORS[fu][0] != _FACTORS[tu][0] or fp != tp:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
    return value * (_FACTORS[fu][1] / _FACTORS[tu][1]) ** fp


def finish(answer: str, round_to: int | None = None, unit: str | None = None, from_unit: str | None = None) -> str:
    """The numeric answer converted (when both units are known) and rounded to `round_to` places
    (0: a whole number); a non-numeric answer is returned unchanged."""
    value = parse_number(answer)
    if value is None or (round_to is None and not (unit and from_unit)):
        return answer
    if unit and from_unit:
        with contextlib.suppress(ValueError):  # an unknown pair of units: keep the value as read
            value = convert(value, from_unit, unit)
    if round_to is None:
        return format_number(value)
    # Half away from zero, as people round (Python's round() goes to even: 12.5 -> 12).
    q = Decimal(1).scaleb(-round_to)
    return str(Decimal(repr(value)).quantize(q, rounding=ROUND_HALF_UP)) if round_to >= 0 else format_number(value)


_TIME_UNIT = re.compile(r"(?i)\b(?:(minutes?|mins?)|hours?|hrs?)\b")  # units of time (facts of units)


def time_unit(question: str) -> Literal["minutes", "hours"] | None:
    m = _TIME_UNIT.search(question)
    return None if m is None else "minutes" if m.group(1) else "hours"


# The type of column a superlative orders by: "the priciest" by amounts of money, "the newest" by dates.
_MEASURES = (("size", re.compile(r"\b(biggest|largest|smallest|heaviest|lightest|big|large|heavy|space)\b", re.I)),
             ("money", re.compile(r"\b(cheapest|priciest|most expensive|least expensive|costliest|"
                                  r"costs? (?:the )?(?:most|least))\b", re.I)),
             ("date", re.compile(r"\b(newest|oldest|most recent|latest|earliest)\b", re.I)),
             ("duration", re.compile(r"\b(longest|shortest|slowest)\b", re.I)))


def implied_type(question: str) -> str | None:
    """The type of column the question's superlative orders by ("cheapest" -> money), else None."""
    return next((t for t, pattern in _MEASURES if pattern.search(question)), None)
