"""How well a figure read off a line fits a number question: the unit the question asks for ("how many kWh")
and the figure printed with it, a label that names the unit its value is in, and a date's day or year, which is
no count or measure."""

from __future__ import annotations

import re

from .types import MEASURE_UNIT, spans


def asked_unit(target: str) -> str | None:
    """The unit of measure the question names ("how many kWh", "how many ms"), lower case."""
    m = re.search(rf"(?<![\w.]){MEASURE_UNIT}", target)
    return m.group(0).strip().lower() if m and len(m.group(0).strip()) >= 2 else None


def names_unit(label: str, unit: str) -> bool:
    """A label that names the unit its value is in ("Usage (kWh)"), not one that prints a figure in it."""
    return unit in label.lower() and not any(figure_fit(sp, label, "number", unit) > 1 for sp in spans(label, "number"))


def figure_fit(span: str, line: str, kind: str, unit: str | None) -> float:
    """How well a figure read off a line fits a number question: a day or year of a printed date is no count
    or measure ("1 Jan to 31 Jan 2026"); a figure printed with the unit the question names fits best."""
    if kind != "number":
        return 1.0
    if unit is not None:
        return 1.1 if span.lower().replace(" ", "").endswith(unit.replace(" ", "")) else 0.6
    dated = [m.span() for d in spans(line, "date") for m in re.finditer(re.escape(d), line)]
    at = [m.start() for m in re.finditer(rf"(?<![\w.,]){re.escape(span)}(?![\w.,])", line)]
    return 0.7 if at and all(any(a <= i < b for a, b in dated) for i in at) else 1.0
