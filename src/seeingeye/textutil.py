"""Small text helpers shared by tools and reasoners: number parsing, tokenising, fuzzy matching."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_NUM_RE = re.compile(r"[-−–]?\(?[$€£¥]?\s*[-−–]?\d[\d,\s]*(?:\.\d+)?\)?\s*%?")
_WORD_RE = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")

STOPWORDS = frozenset(
    """a an the of in on at to for is are was were be been does do did what which who whom whose how many
    much this that these those there here it its image picture photo shown show shows according
    please tell me give value amount number with by from and or as than most least than per can
    could would should will any some all each one has have had shape shapes""".split()  # noqa: SIM905
)


def parse_number(text: str) -> float | None:
    """First number in `text` ('$1,234.50' -> 1234.5, '(12)' -> -12, '45%' -> 45); None if there is none."""
    if not text:
        return None
    m = _NUM_RE.search(text.replace("O", "0") if re.fullmatch(r"[\dO.,$]+", text) else text)
    if not m:
        return None
    raw = m.group(0)
    stripped = raw.strip()
    negative = stripped[:1] in "-−–" or ("(" in stripped and ")" in stripped)
    digits = re.sub(r"[^\d.,]", "", raw)
    if digits.count(",") and not digits.count("."):
        # "1,234" is a thousands separator; "12,50" (two decimals) is a decimal comma.
        parts = digits.split(",")
        digits = digits.replace(",", ".") if len(parts) == 2 and len(parts[1]) == 2 else digits.replace(",", "")
    else:
        digits = digits.replace(",", "")
    if digits.count(".") > 1:
        head, _, tail = digits.rpartition(".")
        digits = head.replace(".", "") + "." + tail
    try:
        value = float(digits)
    except ValueError:
        return None
    return -value if negative else value


def is_numeric_text(text: str) -> bool:
    """True when the text is essentially a number (a price, a count, a percentage)."""
    stripped = re.sub(r"[\s$€£¥%,.()+\-−–*xX]", "", text)
    return bool(stripped) and stripped.isdigit()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def tokens(text: str, drop_stopwords: bool = False) -> list[str]:
    # OCR often drops the space between words ("AmountDue"); split such camel-case joins back apart.
    words = _WORD_RE.findall(_CAMEL.sub(" ", text).lower())
    return [w for w in words if not (drop_stopwords and w in STOPWORDS)]


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower().strip(), b.lower().strip()).ratio()


def normalise(text: str) -> str:
    return " ".join(tokens(text))


def format_number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.6g}"
