"""Typed value parsers: find the exact printed span of a money amount, date, code, phone number, version,
percentage, error name, ... inside a piece of text. Spans are returned as printed (a code keeps its
letters, a phone number its leading zero and spaces, a date its own format)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..textutil import CURRENCY_SIGN, LETTER_AMOUNT, MONTH_NAME
from ..tools.colour_names import COLOUR_WORDS

_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"  # one part of an IPv4 address
# The errno names systems print (POSIX's, and Node's ENOTFOUND): a fact list; "EVENTS" or "EXPORT" is none
_ERRNO = (r"\bE(?:NO[A-Z]{2,}|NXIO|ACCES|PERM|EXIST|ISDIR|INVAL|ROFS|BUSY|AGAIN|PIPE|CONN[A-Z]+|TIMEDOUT|ADDR[A-Z]+"
          r"|NET[A-Z]+|HOST[A-Z]+|MFILE|NFILE|XDEV|SRCH|INTR|IO|BADF|FAULT|TXTBSY|FBIG|SPIPE|MLINK|DOM|RANGE|DEADLK"
          r"|NAMETOOLONG|LOOP|PROTO|SHUTDOWN|ALREADY|INPROGRESS|CANCELED|OVERFLOW|2BIG)\b")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A month as a name is written with its capital ("may 12 items" is no date).
_MONTH_TITLE = MONTH_NAME
_MONTH_NAMED = rf"(?-i:{_MONTH_TITLE}|{_MONTH_TITLE.upper()})\b"
# (the rand's bare "R" only before a spaced amount, and not a word's last letter: "order 3")
_CUR = CURRENCY_SIGN
CURRENCY = re.compile(rf"(?<![A-Za-z]){_CUR}")  # a currency sign or code anywhere in a text
_AMOUNT = r"\d{1,3}(?:[,.\s’']\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SIZE_UNIT = r"(?:\s?(?:[KMGTP]i?B|[KMGTP]i|bytes?)|[KMGTP])(?![\w.])"
# A measure keeps its unit ("15 minutes", "5.4 KG", "120s", "19°"); a one-letter unit only when attached,
# since "5 m" may be a sentence and "5m" rarely is.
MEASURE_UNIT = (r"(?:\s?(?i:ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|kg|mg|lbs?|oz|"
                 r"km|cm|mm|px|fps|rpm|kwh|kw|mah|ml|[kmg]?hz|[kmg]bps|[kmg]i?b/s)(?![\w.])|\s?°[CF]?|[smhdgWVL](?![\w.]))")
PATTERNS: dict[str, re.Pattern[str]] = {
    "money": re.compile(
        rf"[-−]?\s?{_CUR}\s?(?:{_AMOUNT})(?:\s?(?:[KMB]|bn|mn)\b)?|(?<![\d.,])(?:{_AMOUNT})\s?{_CUR}|(?<![\w.,])\d+[.,]\d{{2}}(?![\d%])"
        r"|(?<![\w.,'’])\d{1,3}(?:['’]\d{3})+(?:[.,]\d{2})?(?![\d%])"  # Swiss grouping: an amount without its sign
        r"|(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}(?![\d%])"  # "24 310,05": grouped by spaces
        # grouped by commas or stops, the other mark before the cents: "1,234.56", "7.215,40"
        r"|(?<![\w.,])\d{1,3}(?:(?:,\d{3})+\.|(?:\.\d{3})+,)\d{2}(?![\d%.,])"
        rf"|{LETTER_AMOUNT}",  # "P12.40", "K2,418.60"
        re.I,
    ),
    "percentage": re.compile(r"[-+]?\d+(?:[.,]\d+)?\s?%"),
    "date": re.compile(
        rf"\b\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\b|\b\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}\b|"
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH},?\s+\d{{2,4}}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}\b|"
        rf"\b{_MONTH}\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{1,2}}[/\-]\d{{2,4}}\b|"
        rf"\b{_MONTH_NAMED}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.,]?\d)",  # "Nov 5": a day of this year
        re.I,
    ),
    "time": re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?\b", re.I),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "url": re.compile(
        r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|uk|de|fr|edu|gov)(?:/\S*)?\b", re.I
    ),
    "phone": re.compile(
        # (after a country code an area or mobile prefix may be one digit: "+31 6 1234 5678")
        r"(?<![\w/])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}|(?:\(\d{1,5}\)[\s.-]?)?\d{2,5})"
        r"(?:[\s.-]\d{2,5}){1,4}(?![\w/])"
    ),
    # (after an underscore too: a package's file name, "installer_teams_3.14.2.deb")
    # (an IPv4 address, "0.0.0.0:3000", "192.168.1.10", is no version; "120.0.6099.109" is)
    "version": re.compile(rf"(?<![A-Za-z0-9.])(?!(?:{_OCTET}\.){{3}}{_OCTET}(?![\d.]))v?\d+\.\d+(?:\.\d+)*"
                          r"(?:[-+._]?(?:[a-z]+\d*|\d+))*\b", re.I),
    "error": re.compile(
        # an exception with its message ("ZeroDivisionError: division by zero"), as a person quotes it
        rf"\b[A-Z]?[A-Za-z]*(?:Error|Exception|Fault|Warning|Interrupt|Exit)\b(?::\s+\S.*$)?|{_ERRNO}|"
        # an HTTP status said as one ("HTTP 503", "404 Not Found"): a bare figure in a 4xx range is no error
        r"\bHTTP(?:/[\d.]+)?\s[45]\d\d\b(?:\s[A-Z][a-z]+)*|\b[45]\d\d(?:\s[A-Z][a-z]+)+|\bsegmentation fault\b|"
        # the message a tool prints after its error mark ("(error) ERR unknown command", "fatal: not a git
        # repository"), without the mark
        r"(?:(?<=^\(error\) )|(?<=^error: )|(?<=^fatal: )|(?<=^ERROR: )|(?<=^E: ))\S.*$|"
        # a browser's or a library's error constant ("NET::ERR_NAME_NOT_RESOLVED", "SSL_ERROR_NO_CYPHER_OVERLAP")
        r"\b(?:[A-Z]+::?)?(?=[A-Z0-9_]*(?:ERR|FAIL|INVALID|DENIED|REFUSED|TIMED_OUT|NXDOMAIN))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b",
    ),
    # ...or a lower-case hex id (a commit, a container, a checksum): letters a-f and digits, 6+ long
    "code": re.compile(
        r"#?\b(?=[A-Z0-9\-/.#]*\d)(?=[A-Za-z0-9]{2,})[A-Z0-9][A-Za-z0-9]*(?:[-/.#][A-Za-z0-9]+)*\b"
        r"|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,64}\b"
    ),
    # a figure: digits with thousands separators or a decimal point; ", " separates a list, not thousands
    # (the figures of a code, "ZK-4410", are no number)
    # (a group of thousands is spaced only after a figure that does not start with a nought: "093 093 010" is
    # three columns of a table, "0x002f" and "0t0" are codes, not figures)
    "number": re.compile(r"(?<![A-Za-z\d.'’])(?<![A-Za-z][-_/])[-−]?(?!0[xXt][\dA-Fa-f])"
                         r"(?:(?!0\d)\d{1,3}(?:[\s'’]\d{3}(?!\d))+(?:[.,]\d+)?|\d(?:[\d.]|,(?=\d))*\d)"
                         r"|(?<![A-Za-z\d.'’])(?<![A-Za-z][-_/])(?!0[xXt][\dA-Fa-f])\d"),
    "count": re.compile(r"\b\d+\b"),
    "file": re.compile(
        r"(?<![\w.])[A-Za-z_][\w-]*\.(?:py|js|ts|sh|rb|go|java|c|cc|cpp|h|rs|json|ya?ml|toml|txt|csv|log|md|html|css|"
        r"ini|cfg|conf|sql|xml|pdf|png|jpe?g|ipynb)\b"
    ),
}
_HEXISH = re.compile(r"\b(?=[0-9a-flIoO]*\d)(?=[0-9a-flIoO]*[a-f])[0-9a-flIoO]{7,40}\b")
# One identifier printed in groups: digits ("3613 5188 6595") or a short letter prefix and digits ("TP 541",
# "1Z 507 916 86 3766 3333"); each group short, the whole holding more digits than letters.
_GROUPED_CODE = re.compile(r"(?=(?:\D*\d){3})(?:\d{2,}|[A-Z0-9]{1,3}[A-Z][A-Z0-9]{0,2}|[A-Z][A-Z0-9]{0,3})"
                           r"(?: (?:\d{2,}|[A-Z0-9]{2,4}(?<=\d))){1,5}")
YEAR = re.compile(r"(?:19|20)\d\d")  # a year, 1900-2099, printed bare
HEX_FIX = str.maketrans("lIoO", "1100")  # OCR reads a hash's 1 as l and its 0 as o
# A name is not a label: "Invoice No:" ends in a colon.
# Parts of a name may be joined by hyphens ("Vasquez-Moore", "Jun-ho").
# (a surname may open with a capital of its own: O'Neill, D'Souza, McBride, MacArthur)
_NAME_PART = r"(?:Ma?c(?=[A-Z])|[A-Z]['’](?=[A-Z]))?[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*"
# A weekday before a month ("Fri May 01", a mail index's date) is a date, not a person's two names.
_DAY_MONTH = (r"(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
              r"\.?,?\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|August"
              r"|September|October|November|December)\b")
# The words that introduce a name on a page are not part of it ("By Ilse Threlfall", "Dear Tom Ash").
_PERSON = re.compile(
    rf"\b(?!(?:By|From|Dear|Posted|Written|Attn)\s)(?!{_DAY_MONTH})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_NAME_PART}(?:\s+[A-Z]\.?)?(?:\s+{_NAME_PART}){{1,2}}\b(?!\s*:)"
    # an initial and a surname, a title before them kept: "T. Okafor", "J.K. Rowe", "Ms. T. Okafor"
    rf"|\b(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z]\.\s?){{1,2}}{_NAME_PART}\b(?!\s*:)"
    # a first name and the surname's initial, as a bill or an app names its staff: "Lotta V."
    rf"|\b{_NAME_PART}\s+[A-Z]\.(?!\w|\s*:|\s+{_NAME_PART})"
)
# A title-case phrase that runs on ("Sparse Attention Routing for ...", "Low Power Speech Recognition") is a
# title, not a name: what follows a name is not another capitalised word or a preposition.
_RUNS_ON = re.compile(r"\s+(?:[A-Z][a-z]|(?:for|of|in|on|to|with|from|via|using|under|over|into|through)\s)")
_AFFILIATION_MARK = re.compile(r"(?<=[a-zà-ÿ])(?:\d{1,2}|[*†‡§])(?=[\s,;]|$)")  # "Moore1," "Diallo*"
# A party that is a firm, known by its legal form: "who is it addressed to?" may be answered by a company.
_FIRM = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+(?:&\s+(?:Sons|Co\.?|Partners|Associates|Company)"
                   r"|GmbH|AG|Ltd\.?|LLC|Inc\.?|Corp\.?|plc|S\.A\.|SA|SRL|BV|B\.V\.|Oy|AB|KG|Co\.?)$")


# A carrier's letters and number ("KL 1234"), not a group of a longer code ("QQ 12 34 56 C"); a size in two
# figures ("1200 × 1600"); a time of day ("22:00"), which is no number.
_CARRIER_NUMBER = re.compile(r"(?<![\w-])[A-Z]{2} \d{2,4}(?![\w-]| \d)")
_DIMENSIONS = re.compile(r"(?<![\d.])\d{2,5}\s?[×x]\s?\d{2,5}(?![\d.])")
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")


def _possible_date(span: str) -> bool:
    """A date of figures names a month (1-12) and a day (1-31), in either order: a bank's sort code "30-58-91" or
    "2024-13-40" is no date."""
    parts = re.fullmatch(r"(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{1,4}))?", span.strip())
    if parts is None:
        return True  # a date with its month in words
    a, b, c = (int(p) if p else None for p in parts.groups())
    if a is not None and a > 31:  # year first: 2024-05-31
        return b is not None and c is not None and 1 <= b <= 12 and 1 <= c <= 31
    if c is None:  # "08/27": a month and a year, or a day and a month
        return a is not None and b is not None and 1 <= a <= 31 and (1 <= a <= 12 or 1 <= b <= 12)
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)  # type: ignore[operator]


def spans(text: str, kind: str) -> list[str]:
    """Every printed span of `kind` in `text`, in order."""
    if kind == "person":
        if _FIRM.match(text.strip()):
            return [text.strip()]  # whole: "Norwind Logistics GmbH" is no person called "Norwind Logistics"
        t = _AFFILIATION_MARK.sub("", text)
        return [m.group(0).strip() for m in _PERSON.finditer(t) if not _RUNS_ON.match(t, m.end())]
    if kind == "colour":
        return [w for w in re.findall(r"[a-z]+", text.lower()) if w in COLOUR_WORDS]
    pat = PATTERNS.get(kind)
    if pat is None:
        return []
    found = list(pat.finditer(text))
    if kind in ("number", "count"):  # a digit inside a word ("WAREH0USE", OCR's O for 0) is no number
        found = [m for m in found if not (m.start() > 0 and text[m.start() - 1].isalpha()
                                          and m.end() < len(text) and text[m.end()].isalpha())]  # fmt: skip
    if kind == "number" and (clock := [t.span() for t in _CLOCK.finditer(text)]):
        # a time of day is read whole ("22:00"), not as its hour and minutes
        found = [m for m in found if not any(a <= m.start() < b for a, b in clock)]
    if kind == "money" and (dated := [t.span() for t in PATTERNS["date"].finditer(text)]):
        # an amount is no piece of a date ("27.03" of "27.03.2024")
        found = [m for m in found if not any(a <= m.start() < b for a, b in dated)]
    dims = list(_DIMENSIONS.finditer(text)) if kind == "number" else []
    out = [t.group(0) for t in dims] + [m.group(0).strip(" .,;:") for m in found
                                         if not any(t.start() <= m.start() < t.end() for t in dims)]
    if dims:  # a size in two figures ("800 × 600 pixels") is read whole, before the figures of the rest
        out = sorted(out, key=lambda v: text.find(v))
    if kind == "date":
        out = [s for s in out if _possible_date(s)]
    if kind == "phone":
        out = [
            s
            for s in out
            if sum(c.isdigit() for c in s) >= 6
            and not PATTERNS["date"].fullmatch(s)
            and not re.fullmatch(r"[\d.,]+", s.replace(" ", ""))
            or " " in s
            and sum(c.isdigit() for c in s) >= 7
        ]
    if kind == "code":
        # a code has digits and is not a plain decimal or date: "7705-HZ", "A12-34", "INV-0042", "#12345"
        out = [s for s in out if not re.fullmatch(r"\d{1,3}([.,]\d+)?", s)]
        # a hash OCR misread ("e20ldf3": l for 1, o for 0) is still the hash, read back as hex
        fixed = {m.group(0): m.group(0).translate(HEX_FIX) for m in _HEXISH.finditer(text)
                 if set(m.group(0)) & set("lIoO")}
        out = [fixed.pop(s, s) for s in out] + list(fixed.values())
        # a slash between one- or two-digit figures is a date ("08/27", an expiry), not a code
        out = [s for s in out if not re.fullmatch(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", s)]
        if _GROUPED_CODE.fullmatch(text.strip()):  # one code printed in groups ("845 8773 95", "1Z 507 916 86")
            out = [text.strip()]  # its groups alone are no code
        # a carrier's two letters and a number ("KL 1234 · 3 JUN"): one flight or train number, not its digits
        carrier = [m.group(0) for m in _CARRIER_NUMBER.finditer(text)]
        out = carrier + [s for s in out if not any(s in c for c in carrier)]
    if kind == "version":  # OCR reads a zero after a dot as the letter ("2.5.o")
        out = [re.sub(r"(?<=\d\.)[oO](?=$|\.)", "0", s) for s in out]
        # a download's name goes on past its version: platform and archive ("v1.46.3-linux-x64.tar.gz")
        out = [_PACKAGE_TAIL.sub("", s) or s for s in out]
        # ... and the zero of "v0.7.3" as the letter after the v ("vo.7.3"): the version is 0.7.3, not 7.3
        zeros = ["0" + m.group(1) for m in re.finditer(r"\bv[oO](\.\d+(?:\.\d+)+)\b", text)]
        # ... and its one as a letter ("vl.36.0", "vI.4.2"): the version is 1.36.0
        zeros += ["1" + m.group(1) for m in re.finditer(r"\bv[lI](\.\d+(?:\.\d+)+)\b", text)]
        out = zeros + [s for s in out if not any(s in z for z in zeros)]
    if kind == "number":
        out = [s.strip() for s in out if any(c.isdigit() for c in s)]
        # a size or a measure keeps its unit ("Mem: 15Gi 10.2Gi 5.3Gi" -> "5.3Gi"): a quantity, not a bare figure
        unit = f"(?:{_SIZE_UNIT}|{MEASURE_UNIT})"
        out = [m.group(0) if (m := re.search(re.escape(s) + unit, text)) else s for s in out]
        # a figure printed with its currency or its thousands ("$12.4k", "€1.2M") is read as printed
        out = [m.group(0) if (m := re.search(rf"(?<![\w.,])[$€£¥]?{re.escape(s)}(?:[kKMB](?!\w))?", text)) else s
               for s in out]
    return [s for s in out if s]


# What follows a version in a package's file name (a lexicon of platforms and archive formats, as units are).
_PACKAGE_TAIL = re.compile(
    r"(?:[-_.](?:linux|darwin|macos|osx|win(?:32|64)?|windows|x64|x86(?:[-_]64)?|amd64|arm64|aarch64|armhf|i[36]86"
    r"|noarch|universal|tar|t?gz|xz|bz2|zip|deb|rpm|whl|exe|msi|dmg|jar|apk|AppImage|7z|zst))+$", re.I)


VALIDATORS: dict[str, Callable[[str], bool]] = {
    # A label and its value ("Invoice No: FX-11672") is no organisation's name.
    "organisation": lambda s: bool(re.search(r"[A-Za-z]{2}", s)) and sum(c.isdigit() for c in s) < len(s) / 3
    and not re.search(r":\s*\S", s),
    "place": lambda s: bool(re.search(r"[A-Za-z]{2}", s)),
    "text": lambda s: bool(s.strip()),
}


# figures in three groups or more, with a carrier's or a country's letters about them (a parcel's tracking
# number, a card number)
_GROUPED = re.compile(r"\b(?:[A-Z]{1,3}\s)?\d{2,5}(?:\s\d{2,5}){2,}(?:\s[A-Z]{1,3})?\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")  # the standard's printed form
_IDENTIFIER = re.compile(r"[a-z][a-z]+[_.-][\w.-]*\w")  # a lower-case name with a separator (a folder, a branch)


def typed_span(text: str, kind: str) -> str | None:
    """The first span of `kind` in text; for free-text kinds the cleaned text itself."""
    if kind in VALIDATORS:
        t = text.strip(" :;,-|")
        return t if VALIDATORS[kind](t) else None
    if kind == "code" and (iban := _IBAN.search(text)):
        return iban.group(0)  # an IBAN printed in groups of four is one code
    if kind == "code" and (grouped := _GROUPED.search(text)):
        return grouped.group(0)  # a tracking or card number printed in groups ("RR 1234 5678 90 DE") is one code
    found = spans(text, kind)
    if found and kind == "code" and _IDENTIFIER.fullmatch(t := text.strip()) and found[0] in t:
        return t  # one identifier whose digits are part of its name ("grants-2026", "build_v2"), not a code in it
    if found:
        return found[0]
    # an amount printed without decimals or currency ("Total 15"); a date or a time is no amount
    if kind == "money" and "%" not in text and not spans(text, "date") and not spans(text, "time"):
        nums = [n for n in spans(text, "number") if not YEAR.fullmatch(n)]  # ("Juni 2024" is a month's name)
        return nums[-1] if nums else None
    if kind == "date" and (times := spans(text, "time")):
        return times[0]  # "when was it refreshed" answered by the line's time, when it prints no date
    if kind == "code":  # an all-letter code ("ABCDEF") or a plain number ("Order 4711")
        m = re.search(r"\b[A-Z0-9]{4,}\b", text)
        if m:
            return m.group(0)
        # a value that is one identifier with separators: a branch ("feature/refunds"), a host, a key name
        t = text.strip()
        return t if re.fullmatch(r"[A-Za-z][\w.-]*(?:/[\w.-]+)+|[A-Za-z]\w*[_.-][\w.-]*\w", t) else None
    return None


# One to three capitalised words: a first name alone ("Omid"), as a list or a card prints whoever it names
_NAME_WORDS = re.compile(rf"{_NAME_PART}(?:\s+(?:{_NAME_PART}|[A-Z]\.)){{0,2}}")


def name_like(text: str) -> bool:
    """A person's name, or one to three capitalised words that may be one (a first name alone)."""
    return has_type(text, "person") or bool(_NAME_WORDS.fullmatch(text.strip()))


def has_type(text: str, kind: str) -> bool:
    return typed_span(text, kind) is not None
