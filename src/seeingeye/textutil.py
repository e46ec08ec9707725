"""Small text helpers shared by tools and reasoners: number parsing, tokenising, fuzzy matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from .currency_signs import sign_pattern

_WORD_RE = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")

STOPWORDS = frozenset(
    """a an the of in on at to for is are was were be been does do did what which who whom whose how many
    much this that these those there here it its image picture photo shown show shows according
    please tell me give value amount number with by from and or as than most least than per can
    could would should will any some all each one has have had shape shapes who's what's where's when's how's
    that's it's there's""".split()  # noqa: SIM905
)


# A number standing on its own: not glued to letters (Q3, A5, 2B are names, "Q3 2024" is not 32024), with
# optional currency, sign, thousands separators either way (1,234.50 / 1.234,50 / 1 234 / Swiss 1'234), decimals,
# percent and a magnitude suffix (5k, 2M glued; "1.2 million"). "5 m" stays five (metres, minutes).
_NUM = re.compile(
    # (a stop after a word is an abbreviation's, "Nr.4,120", "No.7"; after a figure it is a decimal point)
    r"(?<![\w,])(?<![^A-Za-z]\.)(?<!^\.)(?P<cur>[$€£¥])?\s?(?P<sign>[-+−–])?\s?(?P<cur2>[$€£¥])?"
    r"(?P<num>\d{1,3}(?:(?:,|\.|[ \u00a0\u202f'’])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<suf>\s?%|[kKmM](?![a-zA-Z])|\s?(?:bn|billion|million|thousand)\b|\s?€)?(?![\w]|[.,]\d)"
)
_WITH_UNIT = re.compile(r"(?<![\w.,])[-−–]?(\d+(?:[.,]\d+)?)(?=[a-zA-Zµ°²³]{1,4}\b)")
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "  # noqa: SIM905
                 "sixteen seventeen eighteen nineteen twenty").split()


@dataclass(frozen=True)
class NumberSpan:
    """One number printed in a text: its value, currency, whether it is a percentage, and where it stands."""

    value: float
    currency: str
    percent: bool
    start: int
    end: int


def _to_float(num: str) -> float:
    """'1,234.50' / '1.234,50' / '1 234' / '12,50' -> float, deciding which separator is the decimal one."""
    s = re.sub(r"[\s\u00a0\u202f'’]", "", num)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", ".") if len(parts) == 2 and len(parts[1]) != 3 else s.replace(",", "")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    return float(s)


def number_spans(text: str) -> list[NumberSpan]:
    """Every stand-alone number in `text`, in order; '(12)' (an accounting negative) is -12."""
    out = []
    for m in _NUM.finditer(text or ""):
        suf = (m.group("suf") or "").strip().lower()
        value = _to_float(m.group("num")) * _MULT.get(suf, 1.0)
        # "(12.00)" alone is an accounting negative; "VAT (20%)" and "Item (2)" annotate a label
        wrapped = (m.start() > 0 and text[m.start() - 1] == "(" and text[m.end():m.end() + 1] == ")"
                   and suf != "%" and not re.search(r"[^\W\d_]\s*$", text[:m.start() - 1]))
        if m.group("sign") in ("-", "−", "–") or wrapped:
            value = -value
        cur = m.group("cur") or m.group("cur2") or ("€" if suf == "€" else "")
        out.append(NumberSpan(value, cur, suf == "%", m.start(), m.end()))
    return out


def number_words(text: str) -> list[float]:
    """Numbers written as words ('three' -> 3.0), in order."""
    return [float(_NUMBER_WORDS.index(w)) for w in re.findall(r"[a-z]+", (text or "").lower()) if w in _NUMBER_WORDS]


def parse_number(text: str) -> float | None:
    """The first stand-alone number in `text` ('$1,234.50' -> 1234.5, '1.234,50' -> 1234.5, '(12)' -> -12,
    '45%' -> 45, 'Q3 2024' -> 2024); None if there is none. The one number parser (the scorer's rules)."""
    if not text:
        return None
    if re.fullmatch(r"[\dO.,$]+", text) and re.search(r"\d", text):  # OCR's letter O inside a bare number
        text = text.replace("O", "0")
    if _LETTER_AMOUNT.fullmatch(text.strip()):  # "P12.40": an amount after a one-letter currency sign
        text = text.strip()[1:]
    # "$12m /month": the unit's first letter read twice is no million (a price per month, per kilo)
    text = re.sub(r"(?<=\d)([kKmMbB])\s+(?=/\s*\1)", "", text)
    spans = number_spans(text)
    if spans:
        return spans[0].value
    # A quantity with its unit glued on ('120km', '100ms', '1.2G'): the number, not a name like 'Q3'.
    m = _WITH_UNIT.search(text)
    return _to_float(m.group(1)) * (-1 if m.group(0)[0] in "-−–" else 1) if m else None


# A currency's sign or ISO code, as printed before or after an amount (a fact of money, like units: the world's
# list, `currency_signs`), any dollar a country's capitals name ("XY$"); the rand's bare "R" only before a spaced
# amount, and not a word's last letter: "order 3".
CURRENCY_SIGN = rf"(?:{sign_pattern()}|(?<![A-Za-z])(?-i:[A-Z]{{1,3}})\$|(?<![A-Za-z])(?-i:R)(?=\s\d))(?![A-Za-z])"
_CODED_AMOUNT = re.compile(rf"(?:{CURRENCY_SIGN})\s?[-−]?\d[\d,.\s']*|[-−]?\d[\d,.\s']*\s?(?:{CURRENCY_SIGN})")
# An amount glued to one capital letter, grouped or with cents: a one-letter sign ("P12.40" for pula, "K2,418.60"
# for kwacha; one letter alone is too common a word to list as a sign), or a sign OCR read as a letter.
LETTER_AMOUNT = r"(?<![A-Za-z])(?-i:[A-Z])(?:\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{2})?|\d{1,6}[.,]\d{2})(?![\d%])"
_LETTER_AMOUNT = re.compile(LETTER_AMOUNT)


# A histogram bin's label, two figures and a dash ("5-10", "2.5–5"): read by the chart tool and the solver alike.
BIN_LABEL = r"(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)"
# A receipt's line amount with its tax group after it ("41,80 B", "7.25 A*"): money, not bytes.
TAX_CODED = re.compile(r"[-−]?\d[\d.,\s]*[.,]\d{2}\s?[A-E]\*?")


def is_numeric_text(text: str) -> bool:
    """True when the text is essentially a number (a price, a count, a percentage)."""
    stripped = re.sub(r"[\s$€£¥%,.()+\-−–*xX]", "", text)
    t = text.strip()
    return bool(stripped) and stripped.isdigit() or bool(_CODED_AMOUNT.fullmatch(t) or TAX_CODED.fullmatch(t)
                                                         or _LETTER_AMOUNT.fullmatch(t))


# The mark that opens a list item: a bullet glyph (or what OCR reads it as: "√" for a tick, "/" or ">" for an
# arrow, alone when OCR split it off its line), a number or a letter with a stop or bracket. The one definition
# the layout and the answerer share.
_GLYPH = r"[•◦▪▫●○■□‣⁃∙►▶▸▹✓✔√☐☑☒✗✘→➔➜⇒›»❯]\s*(?=\S|$)|[·\-–—*+]\s+(?=\S)|[/>]\s+(?=\w)"
BULLET = re.compile(rf"^\s*(?:{_GLYPH})")
LIST_MARK = re.compile(
    rf"^\s*(?:{_GLYPH}|\(?\d{{1,3}}[.)]\s*(?=[^\W\d_])|\(?[a-zA-Z][.)]\s+(?=\S)|\(\d{{1,3}}\)\s*(?=\S))"
)

_HOLLOW_OR_NUMBER = re.compile(r"^\s*(?:[oO](?=\s+[A-Z0-9])|\(?\d{1,2}[.)](?!\d))\s*")  # ("1.5 GB" is no item 1)


def item_text(text: str) -> str:
    """A list item without its mark: the bullet glyph, a hollow bullet OCR read as "o", or its number."""
    return _HOLLOW_OR_NUMBER.sub("", BULLET.sub("", text, count=1)).strip()


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
    return f"{value:.2f}".rstrip("0").rstrip(".")  # (never an exponent: "1.28428e+06" is no figure a person reads)


def format_quotient(value: float) -> str:
    """A mean, ratio or rate as people quote one: exact when it comes out even in two places (10.5, 0.25),
    else to three significant figures with every whole digit kept (646.4646 -> 646, 10.333 -> 10.3,
    9729.43 -> 9729, 0.6667 -> 0.667): a quotient's run of decimals is noise, not precision."""
    if abs(value * 100 - round(value * 100)) < 1e-6:
        return format_number(value)
    whole = len(str(int(abs(value)))) if abs(value) >= 1 else 0
    places = max(0, 3 - whole)
    text = f"{value:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# A duration as test runners and build tools print it ("(0.86s)", "120 ms", "2.5 min"): seconds.
_DURATION = re.compile(r"^\(?\s*(\d+(?:\s?[.,]\s?\d+)?)\s?(ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?)\s*\)?$",
                       re.I)
_SECONDS = {"ms": 0.001, "s": 1.0, "sec": 1.0, "min": 60.0, "h": 3600.0, "hr": 3600.0}


def duration_seconds(text: str) -> float | None:
    m = _DURATION.match(text.strip())
    if not m:
        return None
    unit = m.group(2).lower()
    unit = "ms" if unit == "ms" else unit.rstrip("s") or "s"
    factor = _SECONDS.get(unit, _SECONDS.get(unit[:3], _SECONDS.get(unit[:1], 1.0)))
    return float(re.sub(r"\s", "", m.group(1)).replace(",", ".")) * factor


# A month's name, as calendars print it ("Jan", "March", "Sept"): one lexicon for the readers of dates and of
# chart axes.
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
              r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
