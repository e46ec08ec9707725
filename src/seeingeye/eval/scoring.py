"""Scorers per answer type: fair to how people and models phrase an answer, strict about what the answer is.

Types: number/numeric/count/money/approx (numbers), code, phone, date, time, version, error, colour, yesno, mcq, text.
One rule holds for all of them: an answer is its value, perhaps framed ("The total is $12.50", "Invoice No: A-12"),
never a whole line that happens to contain the value among others ("Subtotal 10.00 Tax 2.50 Total 12.50" is wrong
for a total of 12.50, "Standard Express Next-day" is wrong for "Next-day").
"""

from __future__ import annotations

import math
import re
import unicodedata

from ..textutil import normalise, number_spans, number_words, parse_number

YES = {"yes", "y", "true", "correct"}
NO = {"no", "n", "false", "incorrect"}
NUMERIC_TYPES = {"number", "numeric", "count", "money", "approx", "percent"}

# "The total is", "Invoice No:", "Answer -", "it's": a framing prefix that ends in a verb or a separator.
_FRAME = re.compile(
    r"^(?:[^\d\n]{0,60}?\b(?:is|are|was|were|it's|reads|says|shows)\b\s*:?|[^\d\n:=]{0,40}[:=]|answer\s*-)\s+",
    re.IGNORECASE,
)
_ARTICLES = ("a ", "an ", "the ")


def numbers(text: str) -> list[tuple[float, str]]:
    """Every stand-alone number in `text` as (value, currency symbol or ''), then numbers written as words."""
    return [(n.value, n.currency) for n in number_spans(text)] + [(w, "") for w in number_words(text)]


def clean(prediction: str) -> str:
    """The answer without markdown, quotes, a trailing full stop and a framing prefix."""
    p = (prediction or "").strip().strip("*`_").strip()
    p = re.sub(r"^(?:final\s+)?answer\s*[:\-]\s*", "", p, flags=re.IGNORECASE)
    p = p.rstrip(".!").strip().strip("\"'“”‘’").strip()
    return p


def core(prediction: str) -> str:
    """The value part of a framed answer: 'The total is $12.50' -> '$12.50'; 'Invoice No: A-12' -> 'A-12'."""
    p = clean(prediction)
    m = _FRAME.match(p)
    return clean(p[m.end():]) if m and p[m.end():].strip() else p


# Letters no decomposition takes the mark off ("Søren" reads "Soren"; "Łódź" reads "Lodz").
_UNMARKED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae",
                           "œ": "oe", "ß": "ss"})


def _text_key(text: str) -> str:
    """Lower case, punctuation and spacing aside, accents folded (OCR reads "Reykjavík" as "Reykjavik"), without
    a leading article, a unit set apart from its figure or not, a size's times sign spaced or not."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # a size in pixels with spaces around its times sign or not, written x or × ("1024 x 768", "1024×768")
    folded = re.sub(r"(?<=\d)\s*[x×]\s*(?=\d)", "x", folded)
    # a figure and its unit with a space or without ("2.4 kg", "2.4kg") are one reading
    t = re.sub(r"(?<=\d) (?=[a-zµ°%]{1,3}\b)", "", normalise(folded.translate(_UNMARKED)))
    for art in _ARTICLES:
        if t.startswith(art):
            t = t[len(art):]
    return t


def infer_type(gold: str, options: list[str] | None = None) -> str:
    if options:
        return "mcq"
    g = gold.strip().lower()
    if g in YES | NO:
        return "yesno"
    return "numeric" if parse_number(g) is not None and re.fullmatch(r"[-$€£\d.,%\s]+", g) else "text"


def _score_number(pred: str, gold: str, kind: str, rel_tol: float) -> bool:
    golds = numbers(gold)
    if not golds:
        return False
    g, g_cur = golds[0]
    found = numbers(pred)
    values = {round(v, 9) for v, _ in found}
    if len(values) != 1:  # no number, or several different ones (a whole line, a list)
        return False
    p, p_cur = found[0]
    if kind == "money" and g_cur and p_cur and g_cur != p_cur:
        return False
    if g < 0 < p and not re.search(r"\b(down|decrease[ds]?|drop(ped)?|fell|lower|minus|negative)\b", pred, re.I):
        return False
    p = abs(p) if g < 0 else p
    g = abs(g)
    if kind == "count":
        return p == g
    if kind == "money":
        return math.isclose(p, g, abs_tol=0.005)
    if kind == "approx":  # ChartQA's relaxed accuracy for values read off an unlabelled chart
        return math.isclose(p, g, rel_tol=0.05, abs_tol=1e-6)
    if kind == "number":
        return math.isclose(p, g, rel_tol=1e-9, abs_tol=1e-6)
    return math.isclose(p, g, rel_tol=rel_tol, abs_tol=1e-6)


def _squash(text: str) -> str:
    """The characters alone: spacing and case aside."""
    return re.sub(r"\s+", "", text).upper()


def _score_code(pred: str, gold: str) -> bool:
    """Exact characters (case-insensitive, spacing free); a longer code or a second code is wrong."""
    c = core(pred)
    if _squash(c) == _squash(gold):
        return True
    m = re.search(rf"(?<![\w-]){re.escape(gold.strip())}(?![\w-])", pred, re.IGNORECASE)
    if not m:
        return False
    rest = pred[: m.start()] + " " + pred[m.end():]
    return not re.search(r"\d", rest) and len(rest.split()) <= 6


def _score_phone(pred: str, gold: str) -> bool:
    """Same digits in the same order, leading zeros and '+' included; spacing may differ."""
    digits = lambda s: ("+" if s.strip().startswith("+") else "") + re.sub(r"\D", "", s)  # noqa: E731
    return digits(core(pred)) == digits(gold) and len(re.sub(r"\D", "", gold)) >= 5


_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"])}


def _date_parts(text: str, day_first: bool = True) -> tuple[int, int, int] | None:
    t = text.lower()
    m = re.search(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", t)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    # OCR may glue the parts ("18Apr2023"); the same calendar date still.
    m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*([a-z]{3})[a-z]*\.?,?\s*(\d{4})\b", t)
    if m and m[2] in _MONTHS:
        return int(m[3]), _MONTHS[m[2]], int(m[1])
    m = re.search(r"\b([a-z]{3})[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b", t)
    if m and m[1] in _MONTHS:
        return int(m[3]), _MONTHS[m[1]], int(m[2])
    m = re.search(r"\b(\d{1,2})[/.\-]\s?(\d{1,2})[/.\-]\s?(\d{4})\b", t)  # (Slovenian and Czech: "9. 6. 2025")
    if m:
        a, b = int(m[1]), int(m[2])
        return (int(m[3]), b, a) if day_first else (int(m[3]), a, b)
    return None


def _day_month(text: str) -> tuple[int, int] | None:
    t = text.lower()
    m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s*([a-z]{3})[a-z]*\b", t)
    if m and m[2] in _MONTHS:
        return _MONTHS[m[2]], int(m[1])
    m = re.search(r"\b([a-z]{3})[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)", t)
    return (_MONTHS[m[1]], int(m[2])) if m and m[1] in _MONTHS else None


def _score_date(pred: str, gold: str) -> bool:
    """The printed date, or the same calendar date written another way (numeric order as in the gold)."""
    c = core(pred)
    if _text_key(c) == _text_key(gold):
        return True
    g = _date_parts(gold)
    if g is None:  # a day and a month without a year ("27 November"): the same day written either way round
        gm, pm = _day_month(gold), _day_month(c)
        return gm is not None and gm == pm and not re.search(r"\d{4}", c)
    day_first = True
    if re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", gold):
        a, b = (int(x) for x in re.findall(r"\d+", gold)[:2])
        day_first = not (a <= 12 < b)
    p = _date_parts(c, day_first)
    other_dates = len(re.findall(r"\d{4}", c)) > 1
    return p == g and not other_dates


def _score_time(pred: str, gold: str) -> bool:
    def parse(s: str) -> list[tuple[int, int]]:
        out = []
        for h, mi, ap in re.findall(r"\b(\d{1,2})[:.h](\d{2})\s*([ap]\.?m\.?)?", s.lower()):
            hh = int(h) % 12 + (12 if ap.startswith("p") else 0) if ap else int(h)
            out.append((hh, int(mi)))
        return out

    # a span asked for ("08:15 – 09:00") is right in full, or by its start ("what time is it": when it begins)
    p, g = set(parse(pred)), parse(gold)
    if not g:  # a duration ("1h 17m") or a time said in words is compared as printed
        return _text_key(pred) == _text_key(gold)
    return p == {g[0]} or p == set(g)


def _score_version(pred: str, gold: str) -> bool:
    found = {v.lower() for v in re.findall(r"(?<![\w.])v?(\d+(?:\.\d+)+(?:[-+.~]?[a-z0-9]+)*)", pred, re.I)}
    return found == {gold.strip().lower().lstrip("v")}


def _score_error(pred: str, gold: str) -> bool:
    """The exception's class name (a module prefix is fine); a different or a second exception is wrong."""
    pat = r"\b(?:[A-Za-z_][\w]*\.)*([A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration))\b"
    names = set(re.findall(pat, pred))
    # a gold may carry the message too ("ZeroDivisionError: division by zero"): its class name is what counts
    wanted = set(re.findall(pat, gold))
    if not wanted:  # a compiler's or a tool's message, an errno name: its words count (a module prefix aside)
        said = {_text_key(pred), _text_key(core(pred))}
        return bool(said & {_text_key(gold), _text_key(gold.strip().rsplit(".", 1)[-1])})
    return names == wanted


_COLOURS = {
    "red": "red", "crimson": "red", "scarlet": "red", "green": "green", "lime": "green", "blue": "blue",
    "navy": "blue", "azure": "blue", "yellow": "yellow", "gold": "yellow", "orange": "orange", "purple": "purple",
    "violet": "purple", "lilac": "purple", "pink": "pink", "magenta": "pink", "grey": "grey", "gray": "grey",
    "silver": "grey", "black": "black", "white": "white", "brown": "brown", "teal": "teal", "cyan": "cyan",
    "turquoise": "cyan",
}


def _score_colour(pred: str, gold: str) -> bool:
    """The basic colour named, allowing shades ('dark green' for green); a second colour is wrong."""
    named = {_COLOURS[w] for w in re.findall(r"[a-z]+", pred.lower()) if w in _COLOURS}
    want = {_COLOURS.get(w, w) for w in re.findall(r"[a-z]+", gold.lower()) if w in _COLOURS} or {gold.lower()}
    return bool(named) and named == want and len(core(pred).split()) <= 4


def _score_mcq(pred: str, gold: str, options: list[str] | None) -> bool:
    letters = [chr(65 + i) for i in range(len(options or []))]
    p = clean(pred)
    g = gold.strip().upper()[:1]
    m = re.match(r"^\(?([A-Z])(?:$|[.):])", p)  # "B", "(B)", "B.", "B) a cat" — but "A cat" is option text
    if m and (not letters or m.group(1) in letters):
        return m.group(1) == g
    if not options or g not in letters:
        return False
    # Option text: the gold option named, and no other option named.
    key = _text_key(core(p))
    hits = [i for i, o in enumerate(options) if _text_key(o) and re.search(rf"\b{re.escape(_text_key(o))}\b", key)]
    return hits == [letters.index(g)] and len(key) <= len(_text_key(options[letters.index(g)])) + 30


def score(
    prediction: str, gold: str, answer_type: str | None = None, options: list[str] | None = None, rel_tol: float = 0.005
) -> bool:
    kind = answer_type or infer_type(gold, options)
    pred = (prediction or "").strip()
    if not pred:
        return False
    if kind == "mcq":
        return _score_mcq(pred, gold, options)
    if kind == "yesno":
        p = normalise(clean(pred)).split()
        return bool(p) and p[0] in YES | NO and ((p[0] in YES) == (gold.strip().lower() in YES))
    if kind in NUMERIC_TYPES:
        # the gold as printed is right whatever the number reader makes of it ("76G", "9.0Gi")
        same = _squash(core(pred)) == _squash(gold)
        return same or _score_number(pred, gold, kind, rel_tol)
    scorers = {"code": _score_code, "phone": _score_phone, "date": _score_date, "time": _score_time,
               "version": _score_version, "error": _score_error, "colour": _score_colour, "color": _score_colour}
    if kind in scorers:
        return scorers[kind](pred, gold)
    # Free text: the same words (case, punctuation and a leading article aside), optionally framed.
    g = _text_key(gold)
    cands = {_text_key(pred), _text_key(core(pred))}
    if not re.match(r"\d", g):  # a heading read with its section number: "1 What is libffi?"
        cands |= {re.sub(r"^\d+(?: \d+)*\s+", "", c) for c in cands}
    return bool(g) and g in cands


def evidence_hit(gold: str, texts: list[str], numbers: list[float], rel_tol: float = 0.005) -> bool:
    """Does the gold answer appear anywhere in the SIR's evidence (numbers within tolerance)?"""
    g_num = parse_number(gold) if re.fullmatch(r"[-+$€£\d.,%\s]+", gold.strip()) else None
    if g_num is not None:
        return any(math.isclose(abs(g_num), abs(n), rel_tol=rel_tol, abs_tol=1e-6) for n in numbers)
    g = normalise(gold)
    return bool(g) and any(re.search(rf"\b{re.escape(g)}\b", normalise(t)) for t in texts)
