"""Numbers as charts print them on axes and bars: plain ("40", "2.5%", "$1,200") or with a multiplier
suffix ("10k", "1.5M", "2bn"), which `textutil.is_numeric_text` refuses because it sees letters.

OCR reads a zero next to a letter as the letter o ("0k" -> "ok", "10k" -> "1ok"); such a reading is kept
as a tick only as a guess (`TickNumber.guessed`), for the axis fit to accept when the other ticks of its
row carry the same suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textutil import is_numeric_text, parse_number

# Sign, currency, digits with thousands separators and decimals, then a multiplier suffix.
_SUFFIXED = re.compile(r"[-−–+]?[$€£¥]?\d[\d,]*(?:\.\d+)?\s?(bn|[kKmMB])")
# The same shape with o/O where digits should be: OCR's reading of a zero beside letters.
_O_FOR_ZERO = re.compile(r"[-−–+]?[$€£¥]?[\doO][\doO,]*(?:\.[\doO]+)?\s?(bn|[kKmMB])")


@dataclass(frozen=True)
class TickNumber:
    value: float
    suffix: str  # multiplier suffix as printed ("k", "M"), "" for a plain number
    scale: float  # value / printed number (1000 for "k"), as parse_number reads the suffix
    guessed: bool  # letters o/O were taken for zeros


def _suffixed(text: str, m: re.Match[str], guessed: bool) -> TickNumber | None:
    value = parse_number(text)
    bare = parse_number(text[: m.start(1)].strip())
    if value is None or bare is None:
        return None
    return TickNumber(value, m.group(1), value / bare if bare else _scale_of(m.group(1)), guessed)


def _scale_of(suffix: str) -> float:
    """What parse_number multiplies by for `suffix` (read off a sample, so the two never disagree)."""
    return parse_number(f"1{suffix}") or 1.0


def chart_number(text: str, allow_guess: bool = False) -> TickNumber | None:
    """The number a chart label stands for, or None when the text is not just a number."""
    t = text.strip()
    if is_numeric_text(t):
        v = parse_number(t)
        return TickNumber(v, "", 1.0, False) if v is not None else None
    m = _SUFFIXED.fullmatch(t)
    if m:
        return _suffixed(t, m, False)
    m = _O_FOR_ZERO.fullmatch(t)
    if allow_guess and m and re.search(r"[oO]", t[: m.start(1)]):
        fixed = t[: m.start(1)].replace("o", "0").replace("O", "0") + t[m.start(1):]
        m2 = _SUFFIXED.fullmatch(fixed)
        return _suffixed(fixed, m2, True) if m2 else None
    return None


def is_chart_number(text: str) -> bool:
    return chart_number(text) is not None


def trusted(reads: list[TickNumber]) -> list[bool]:
    """Which readings of one tick row to keep: guessed ones only when an unguessed tick of the row shows
    the same suffix (a lone "ok" is a word, "ok" among "10k 20k" is a zero)."""
    sure = {r.suffix for r in reads if not r.guessed and r.suffix}
    return [not r.guessed or r.suffix in sure for r in reads]


def axis_suffix(reads: list[TickNumber]) -> tuple[str, float]:
    """The suffix and scale values read off this axis are written with: the largest tick's."""
    top = max(reads, key=lambda r: abs(r.value))
    return (top.suffix, top.scale) if top.suffix and top.scale > 0 else ("", 1.0)
