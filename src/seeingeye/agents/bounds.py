"""The range of a quantity a question bounds ("between 15 and 25 kg", "12 or more", "under 3 hours").

Read once from the question's target by `question.analyse`; programs over binned data (a histogram's bars)
sum what falls inside it. Comparison words are grammar, like the ordinals: a bound is said in a small,
closed set of ways, each taken with the figure it governs.
"""

from __future__ import annotations

import math
import re

from ..textutil import BIN_LABEL, parse_number

_FIG = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(?:\s*[^\W\d]{1,12}\.?)?"  # the figure's unit ("40 minutes", "2 h"), not part of the bound
# (lo, hi) spans: both figures said together first, then a figure with its side
_BETWEEN = re.compile(rf"\bbetween\s+{_FIG}{_UNIT}\s+and\s+{_FIG}|\bfrom\s+{_FIG}{_UNIT}\s+to\s+{_FIG}"
                      rf"|(?<![\w.,]){_FIG}\s*(?:-|–|to)\s*{_FIG}(?![\w.,])", re.I)
_AT_LEAST = re.compile(rf"{_FIG}{_UNIT}\s+(?:or|and)\s+(?:more|longer|over|above|higher|up|older|greater|later)\b"
                       rf"|\b(?:at\s+least|over|above|more\s+than|longer\s+than|greater\s+than|beyond|upwards\s+of)"
                       rf"\s+{_FIG}|{_FIG}\s*\+", re.I)
_AT_MOST = re.compile(rf"{_FIG}{_UNIT}\s+(?:or|and)\s+(?:less|fewer|under|below|shorter|lower|younger|earlier)\b"
                      rf"|\b(?:at\s+most|under|below|less\s+than|fewer\s+than|shorter\s+than|up\s+to|within)"
                      rf"\s+{_FIG}", re.I)


def figure_bounds(text: str) -> tuple[float, float] | None:
    """The (low, high) a phrase bounds a quantity to, or None when it sets no bound; an open side is ±inf."""
    if (m := _BETWEEN.search(text)) is not None:
        lo, hi = (parse_number(g) for g in m.groups() if g is not None)
        if lo is not None and hi is not None and lo < hi:
            return lo, hi
    if (m := _AT_LEAST.search(text)) is not None and (v := _figure(m)) is not None:
        return v, math.inf
    if (m := _AT_MOST.search(text)) is not None and (v := _figure(m)) is not None:
        return -math.inf, v
    return None


def _figure(m: re.Match[str]) -> float | None:
    return parse_number(next(g for g in m.groups() if g is not None))


_BIN = re.compile(rf"^\s*{BIN_LABEL}\b")


def bin_range(label: str) -> tuple[float, float] | None:
    """The edges of a histogram bin's label ("5-10 km" -> (5, 10))."""
    m = _BIN.match(label)
    if m is None:
        return None
    lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
    return (lo, hi) if lo is not None and hi is not None and lo < hi else None
