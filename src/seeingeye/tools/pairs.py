"""Label-value pairs as they are printed: "Key: value" on one line, "TOTAL 23.45", a label with its value
set apart on the same row, and a numbered field ("Member no. 845 8773 95"). Labels printed over their
values are the `stacked` tool's. Geometry and punctuation only; what a label means is left to the
reasoner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..sir import Box, EvidenceDraft
from ..textutil import BULLET, is_numeric_text, parse_number
from .inline_fields import inline_pairs
from .printed import PrintedLine, same_row
from .value_column import column_pairs

# "TOTAL 23.45", "Tax (8%) $1.20": a label followed by a number on one OCR line.
_TRAILING_NUMBER = re.compile(
    r"^([A-Za-z][^\d$€£]{0,40}?(?:\(\d+%?\))?)(?:\s+|\s*(?=[$€£]))([-$€£]?\s*\d[\d,]*(?:\.\d+)?\s*%?)$"
)


# "Opera (12)", "Inbox (3)", "Wind (12.5%)": a name with its figure in brackets (a legend's, a folder's count)
_BRACKETED_FIGURE = re.compile(r"^([A-Za-z][^\d()]{0,40}?)\s*\(\s*([-−]?\d[\d,.]*\s*%?)\s*\)$")


def _bracketed_figure(lines: Sequence[PrintedLine], k: int) -> re.Match[str] | None:
    """A legend's or a folder's "Name (figure)", alone on its row: a year in brackets qualifies a label whose
    value stands beside it ("Area (2024)   1,204 km²"), and a label with a value to its right is that pair."""
    ln = lines[k]
    m = _BRACKETED_FIGURE.match(ln.text)
    if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group(2).strip()):
        return None
    beside = any(j != k and same_row(ln.box, o.box) and o.box.x0 >= ln.box.x1 - 2 for j, o in enumerate(lines))
    return None if beside else m


# "Key: value" where the key is a short label (not a time "14:27", a URL or a drive letter).
# (a label may open with a count: "3 files skipped: permission denied")
_COLON_PAIR = re.compile(r"^\s*((?:\d[\d,.]*\s+)?[^\W\d_][^:]{0,38}?)\s*[:：]\s+(\S.*)$"
                         r"|^\s*([^\W\d_][^:]{0,38}?)[:：](?![\\/])(\S.*)$")


# the next label of a line holding several pairs: a capitalised word or two and a colon, after a value
_NEXT_LABEL = re.compile(r"(?<=\S)\s+([A-Z][a-z]+(?:\s[a-z]+)?):\s+")


def _colon_pair(text: str) -> tuple[str, str] | None:
    m = _COLON_PAIR.match(text)
    if not m:
        return None
    key, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if len(key.split()) > 6 or value.startswith(("//", ":")) or not value.strip() or "@" in key:
        return None  # (a shell prompt's user@host:~/dir is no label)
    if re.search(r"\.\w{1,5}$", key) and re.match(r"\d+:", value):
        return None  # a place in a file ("tests/test_io.py:48: AssertionError", "main.c:12:5: error"), no label
    if not m.group(1) and key.islower() and " " not in key and " " not in value.strip():
        return None  # a namespaced name, "expenses:food", "app:build": one identifier, not a label and its value
    if re.search(r"\d$", key) and re.match(r"\d\d\b", value):  # a time inside the line ("refreshed at 12:28:25")
        return None
    return key.strip(), value.strip()


# (OCR may lose the space on one side of a bar: "items: 5 |size: 12 MB")
_SEPARATOR = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+")
# "8 items", "3 selected", "25% packet loss"
_COUNTED = re.compile(r"^(\d[\d,.]*%?)\s+([^\W\d_][^\W\d]*(?:\s[^\W\d]+){0,3})$")
# Names and figures paired by position across slashes: "rtt min/avg/max = 11.2/14.5/19.9 ms"
_SLASHED = re.compile(r"^(?P<pre>.*?)(?P<keys>[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*)+)\s*[=:]\s*"
                      r"(?P<vals>[-\d.,]+(?:/[-\d.,]+)+)\s*(?P<unit>[^\W\d_]{1,5})?\s*$")


# A number after its abbreviation, alone in a segment: "Nr. 5512-07", "No.4471", "# 12"
_NUMBER_MARK = re.compile(r"^(N[ro]\.?|N[º°o]|#)\s*(\w[\w/-]*\d[\w/-]*)$")


def _segments(text: str) -> list[tuple[str, str]]:
    """The pairs of a status bar's segments set apart by bars or dots: each "Label: value", and each count
    with its noun ("8 items" -> items = 8); names and figures paired across slashes ("min/avg/max = 1/2/3")."""
    if (sl := _SLASHED.match(text.strip())) and len(keys := sl["keys"].split("/")) == len(
            vals := sl["vals"].split("/")):
        unit = f" {sl['unit']}" if sl["unit"] else ""
        return [(f"{sl['pre'].strip()} {k}".strip(), f"{v}{unit}") for k, v in zip(keys, vals, strict=True)]
    parts = _SEPARATOR.split(BULLET.sub("", text).strip())  # (a list's bullet parts nothing from nothing)
    if len(parts) < 2:
        # counts in a list ("4 new, 4 unread, 5 total (1.62KiB)"): each part a count and its noun
        # (OCR may drop the space after a comma; a comma before three digits is a thousands mark)
        parts = [re.sub(r"\s*\([^)]*\)$", "", p) for p in re.split(r",\s*(?!\d{3}\b)", text.strip())]
        # (most parts counts: ping's "4 packets transmitted, 3 received, 25% packet loss, time 3004ms")
        if len(parts) < 2 or sum(bool(_COUNTED.match(p.strip())) for p in parts) < max(2, 0.6 * len(parts)):
            return []
    out: list[tuple[str, str]] = []
    for part in parts:
        if pair := _colon_pair(part):
            out.append(pair)
        elif m := _COUNTED.match(part.strip()):
            out.append((m.group(2), m.group(1)))
        elif m := _NUMBER_MARK.match(part.strip()):
            # "Member: Ada Roe · No. 0042-77": the number of what the segment before names (a member's)
            out.append((f"{out[-1][0]} number ({m.group(1)})" if out else f"number ({m.group(1)})", m.group(2)))
    return out


def _kv(label: str, value: str, box: Box, conf: float) -> EvidenceDraft:
    number = parse_number(value)
    return EvidenceDraft(kind="key_value", label=label, value=value, number=number, box=box, confidence=conf)


# Tallies run together without separators: "9 messages 4 unread", "12 files 3 folders"
_TALLIES = re.compile(r"^(?:\d[\d,.]*%?\s+[^\W\d_]+\s*){2,}$")


def _pairs(key: str, value: str) -> list[tuple[str, str]]:
    """A "Label: value" line's pairs: a status line may hold several ("Total disk usage: 59.0 MiB Apparent
    size: 59.0 MiB Items: 27"); a value of tallies run together is each tally too ("9 messages 4 unread")."""
    if _TALLIES.match(value.strip()):
        tallies = re.findall(r"(\d[\d,.]*%?)\s+([^\W\d_]+)", value)
        return [(key, value.strip()), *((noun, n) for n, noun in tallies)]
    parts = _NEXT_LABEL.split(value)
    pairs = [(key, parts[0]), *zip(parts[1::2], parts[2::2], strict=False)]
    return [(a.strip(), b.strip()) for a, b in pairs if b.strip()]


_LABEL = re.compile(r"[^\W\d_][^\d]{0,30}")


def _set_apart_value(lines: Sequence[PrintedLine], row: list[int], k: int) -> PrintedLine | None:
    """The value printed beside a label in a header block ("Invoice no.  INV-2026028", "Due  08/04/2026")
    when other text shares the row further off (a title on the left, a second pair on the right): the label
    has no digits, the value has some, and both neighbours beyond the pair stand at least twice as far away
    as the pair's own gap, so a table's row of evenly spaced cells never pairs."""
    at = row.index(k)
    if at + 1 >= len(row) or len(row) > 6:
        return None
    ln, nxt = lines[k], lines[row[at + 1]]
    gap = nxt.box.x0 - ln.box.x1
    value = nxt.text.strip()
    figures = sum(c.isdigit() or c in ".,/:-$€£%" for c in value.replace(" ", ""))
    # a value is one token ("INV-2026028", "v2.3.3") or mostly figures ("09 03 2026"), not a caption ("7-day avg")
    if not (_LABEL.fullmatch(ln.text.strip()) and len(ln.text.split()) <= 4 and re.search(r"\d", value)
            and (" " not in value or figures >= 0.6 * len(value.replace(" ", "")))):
        return None
    if not 0 <= gap <= 10 * max(ln.box.h, 1.0):
        return None
    before = ln.box.x0 - lines[row[at - 1]].box.x1 if at > 0 else None
    after = lines[row[at + 2]].box.x0 - nxt.box.x1 if at + 2 < len(row) else None
    if any(g is not None and g < 2 * max(gap, 8.0) for g in (before, after)):
        return None
    return nxt


def _follows(ln: PrintedLine, nxt: PrintedLine) -> bool:
    """The next line starts where this one ends: a value in another colour is read as a line of its own whose
    box may reach back over the label's colon ("state:" then "DEGRADED", overlapping by a few pixels)."""
    return nxt.box.x0 >= ln.box.x1 - max(2.0, 0.5 * ln.box.h) and nxt.box.x1 > ln.box.x1


def _beside(ln: PrintedLine, nxt: PrintedLine) -> EvidenceDraft:
    """A label and the value printed to its right, as one pair over both boxes."""
    union = Box(x0=ln.box.x0, y0=min(ln.box.y0, nxt.box.y0), x1=nxt.box.x1, y1=max(ln.box.y1, nxt.box.y1))
    return _kv(ln.text.rstrip(":： ").strip(), nxt.text, union, min(ln.confidence, nxt.confidence))


def key_values(lines: Sequence[PrintedLine], table_lines: set[int] | None = None) -> list[EvidenceDraft]:
    """Label-value pairs that really are printed as such: "Key: value" on one line, "TOTAL 23.45", or a
    row of exactly two parts, a label and a value (a colon after the label, or a number as the value).
    Lines inside a table are left to the table's cells."""
    out: list[EvidenceDraft] = []
    skip = table_lines or set()
    for k, ln in enumerate(lines):
        if is_numeric_text(ln.text):
            continue
        if segments := _segments(ln.text):  # "8 items | warehouse B | reorder threshold: 20"
            out += [_kv(a, b, ln.box, ln.confidence) for a, b in segments]
            continue  # (a status bar a table reader swallowed as a row is still a status bar)
        if k in skip:
            # a row of a label ending in a colon and one value is a pair, in a table or not (a settings
            # form's "Target:  [NAS share]" read by the layout as a table's row)
            row = sorted((j for j, o in enumerate(lines) if same_row(ln.box, o.box)), key=lambda j: lines[j].box.x0)
            if ln.text.rstrip().endswith(":") and len(row) == 2 and row[0] == k \
                    and _follows(ln, lines[row[1]]):
                out.append(_beside(ln, lines[row[1]]))
            elif (pair := _colon_pair(ln.text)) and all(_colon_pair(lines[j].text) for j in row):
                # a block of "Label: value" lines over a table, which the layout drew into it ("Owner: ..."
                # beside "Ward: ..."): every line of the row a pair of its own, no table row
                out += [_kv(a, b, ln.box, ln.confidence) for a, b in _pairs(*pair)]
            continue
        pair = _colon_pair(ln.text)
        if pair:
            out += [_kv(a, b, ln.box, ln.confidence) for a, b in _pairs(*pair)]
            continue
        m = _TRAILING_NUMBER.match(ln.text) or _bracketed_figure(lines, k)
        if m:
            out.append(_kv(m.group(1).strip(), m.group(2).strip(), ln.box, ln.confidence))
            continue
        if ln.box.h > 1.5 * ln.box.w:
            continue  # text printed upright (an axis's title) labels the axis, not the figure beside it
        row = sorted((j for j, o in enumerate(lines) if j not in skip and same_row(ln.box, o.box)),
                     key=lambda j: lines[j].box.x0)
        if len(row) == 2 and row[0] == k and _follows(ln, lines[row[1]]) and (
                ln.text.rstrip().endswith(":") or is_numeric_text(lines[row[1]].text)):
            nxt = lines[row[1]]
        elif (nxt := _set_apart_value(lines, row, k)) is None:  # "Latest release  v2.3.3", "Due  08/04/2026"
            continue
        out.append(_beside(ln, nxt))
    out += [_kv(a, b, box, conf) for a, b, box, conf in inline_pairs(lines)]  # "ops=3.2k, rate=88MB/s"
    out += said_is(lines, {d.label for d in out})
    out += _status_pairs(lines, skip, {d.label for d in out})
    out += numbered_fields(lines, skip, {d.label for d in out})
    out += done_by(lines, skip) + status_lines(lines, skip)
    out += aligned_pairs(lines, skip, {d.label for d in out})
    return out + column_pairs(lines, skip, {d.label for d in out}, _beside)


# "sent 1,204 bytes  throughput is 88.2 MB/s": a tool's summary said in words, each figure named by the
# (up to three) words before "is"
_SAID_IS = re.compile(r"(?<![\w-])((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?:is|was|are|were)\s+"
                      r"([-−]?\d[\d,.]*(?:\s?%|\s?[A-Za-z/]{1,5}\b)?)(?=\s|$|[,;.](?:\s|$))")
_NOT_NAMES = {"it", "this", "that", "there", "which", "what", "who", "he", "she", "they", "here"}


def said_is(lines: Sequence[PrintedLine], known: set[str | None]) -> list[EvidenceDraft]:
    """Figures a line names in words ("throughput is 88.2 MB/s"), a pair each."""
    out = []
    for ln in lines:
        for m in _SAID_IS.finditer(ln.text):
            label = " ".join(m.group(1).split())
            if ln.text[:m.start(1)].rstrip()[-1:].isdigit() and " " in label:
                label = label.split(" ", 1)[1]  # "1,204 bytes throughput": the first word is the figure's unit
            if label.split()[-1].lower() in _NOT_NAMES or label in known:
                continue
            out.append(_kv(label, m.group(2).strip().rstrip(".,"), ln.box, ln.confidence))
    return out


def _status_pairs(lines: Sequence[PrintedLine], skip: set[int], known: set[str | None]) -> list[EvidenceDraft]:
    """A status bar read in pieces ("Total disk usage:" | "59.0" | "MiB" | "Items:" | "27"): the row joined,
    then read as its "Label: value" pairs."""
    out = []
    starts = [k for k, ln in enumerate(lines) if k not in skip and ln.text.rstrip().endswith(":")]
    for k in starts:
        row = sorted((o for j, o in enumerate(lines) if j not in skip and same_row(lines[k].box, o.box)),
                     key=lambda o: o.box.x0)
        if len(row) < 3 or row[0] is not lines[k]:
            continue
        text = " ".join(o.text.strip() for o in row)
        pair = _colon_pair(text)
        if pair is None:
            continue
        box = Box(x0=row[0].box.x0, y0=min(o.box.y0 for o in row), x1=row[-1].box.x1, y1=max(o.box.y1 for o in row))
        conf = min(o.confidence for o in row)
        out += [_kv(a, b, box, conf) for a, b in _pairs(*pair) if a not in known]
    return out




# A field named by its number word ("Member no. 845 8773 95", "Account number 46-925365", "Order # 5512"):
# the label ends in a numbering word; the value starts with a digit or holds one within its first token.
_NUMBERED = re.compile(
    r"^\s*([^\W\d_][^\d:]{0,30}?\b(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber|NUMBER|#|ID|Id|[Rr]ef\.?))\s*#?\s+"
    r"((?=[\w-]*\d)[\w-]+(?:\s\d[\w-]*){0,3})\s*$"
)


def numbered_fields(lines: Sequence[PrintedLine], skip: set[int], known: set[str | None]) -> list[EvidenceDraft]:
    out = []
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        if (m := _NUMBER_MARK.match(ln.text.strip())) and (title := _title_over(lines, k)) is not None:
            # "RECHNUNG" over "Nr. RG-4410-77": the document's number, named by the document it numbers
            out.append(_kv(f"{title.text.strip()} number ({m.group(1)})", m.group(2), ln.box, ln.confidence))
            continue
        if not (m := _NUMBERED.match(ln.text)) or m.group(1).strip() in known:
            continue
        out.append(_kv(m.group(1).strip(), m.group(2).strip(), ln.box, ln.confidence))
    return out


def _title_over(lines: Sequence[PrintedLine], k: int) -> PrintedLine | None:
    """The heading right above line k: larger print within three of its lines' height, over its start."""
    a = lines[k].box
    over = [o for o in lines if o.box.h >= 1.3 * a.h and 0 <= a.y0 - o.box.y1 <= 3 * a.h
            and o.box.x0 - a.h <= a.x0 <= o.box.x1 and any(ch.isalpha() for ch in o.text)]
    return max(over, key=lambda o: o.box.y1) if over else None



def _right_of(lines: Sequence[PrintedLine], k: int, skip: set[int]) -> list[int]:
    a = lines[k].box
    return [j for j, o in enumerate(lines) if j != k and j not in skip and o.box.x0 >= a.x1 + 6 and same_row(a, o.box)]


def _grid_value(lines: Sequence[PrintedLine], k: int) -> int | None:
    """A property grid's value (a tag editor's "Composer | Ilse Marten"), which the layout read as a
    table's row: a label of words only, the nearest line to its right, and anything further on the row (a
    button column) set well apart, so a table's evenly spaced row of three or more cells never pairs."""
    if re.search(r"\d", lines[k].text) or not re.search(r"[^\W\d_]", lines[k].text):
        return None
    right = sorted(_right_of(lines, k, set()), key=lambda j: lines[j].box.x0)
    if not right:
        return None
    gap = lines[right[0]].box.x0 - lines[k].box.x1
    if len(right) > 2 or (len(right) == 2 and lines[right[1]].box.x0 - lines[right[0]].box.x1 < 3 * max(gap, 8.0)):
        return None
    return right[0]


def _one_pitch(ys: list[float], h: float) -> bool:
    """Rows at one pitch; a row whose value is blank (a tag editor's empty "Comment") may leave out one step
    when three or more steps keep the pitch."""
    pitch = [b - a for a, b in zip(ys, ys[1:], strict=False)]
    step = min(pitch)
    if step < 0.8 * h:
        return False
    single = [p <= 1.35 * step for p in pitch]
    if all(single):
        return True
    # (or one row whose value runs onto a second line, a payee's name over their number: one line further)
    wrapped = [not s and p <= step + 1.6 * h for s, p in zip(single, pitch, strict=True)]
    return sum(single) >= 3 and (all(s or 1.8 * step <= p <= 2.3 * step for s, p in zip(single, pitch, strict=True))
                                 or sum(wrapped) == 1 and all(s or w for s, w in zip(single, wrapped, strict=True)))


def aligned_pairs(lines: Sequence[PrintedLine], skip: set[int], known: set[str | None]) -> list[EvidenceDraft]:
    """Two columns of a fact box (an infobox, a spec sheet, a settings summary): three or more rows where a
    label starting at one x has exactly one line to its right, those starting (or ending) at one x too.
    The alignment, not the words, makes them pairs ("Mayor | Joon Yilmaz", "Population (2024) | 165,448")."""
    cands = [(k, r[0]) for k in range(len(lines)) if k not in skip and len(r := _right_of(lines, k, skip)) == 1]
    cands += [(k, j) for k in skip if k < len(lines) and (j := _grid_value(lines, k)) is not None]
    out: list[EvidenceDraft] = []
    used: set[int] = set()
    for k, j in cands:
        if k in used:
            continue
        lab, val = lines[k].box, lines[j].box
        peers = [(a, b) for a, b in cands if abs(lines[a].box.x0 - lab.x0) <= 6
                 and (abs(lines[b].box.x0 - val.x0) <= 6 or abs(lines[b].box.x1 - val.x1) <= 6)]
        # a fact box's rows follow at one pitch; two columns of cards side by side do not
        if len(peers) < 3 or not _one_pitch(sorted(lines[a].box.cy for a, _ in peers), lab.h):
            continue
        for a, b in peers:
            used.add(a)
            label = lines[a].text.strip().rstrip(":：").strip()
            if label in known or not re.search(r"[^\W\d_]", label):
                continue
            box = Box(x0=lines[a].box.x0, y0=min(lines[a].box.y0, lines[b].box.y0), x1=lines[b].box.x1,
                      y1=max(lines[a].box.y1, lines[b].box.y1))
            out.append(_kv(label, lines[b].text.strip(), box, min(lines[a].confidence, lines[b].confidence)))
    return out


# "Triggered by Zainab Okafor on branch main", "Approved by Li Wei": who did what, named after a past
# participle and "by", up to the next function word.
_DONE_BY = re.compile(r"\b([A-Za-z]+ed)\s+by\s+([A-Z][\w'’-]+(?:\s+(?!(?:on|at|in|for|from|to|via|with|and)\b)"
                      r"[A-Za-z][\w'’-]+){0,2})")


def done_by(lines: Sequence[PrintedLine], skip: set[int]) -> list[EvidenceDraft]:
    out = []
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        for m in _DONE_BY.finditer(ln.text):
            name = " ".join(w[:1].upper() + w[1:] for w in m.group(2).split())  # OCR lowers a capital ("okafor")
            out.append(_kv(f"{m.group(1)} by", name, ln.box, ln.confidence))
    return out


# A response's status line as HTTP prints it ("HTTP/2 403", "HTTP/1.1 404 Not Found"): a fact of the protocol.
_STATUS_LINE = re.compile(r"^\s*HTTP/\d(?:\.\d)?\s+(\d{3})\b\s*(.*)$")


# A numbered error as programs print it ("Error 13: Permission denied.", "error E0425: cannot find"):
# its code and its message, the sentence after the colon.
_NUMBERED_ERROR = re.compile(r"^\s*(?:error|fehler|erreur|errore)\s+(?:code\s+)?(?P<code>[A-Z]{0,4}\d[\w-]*)\s*:\s*"
                             r"(?P<msg>[^.!]*[^\s.!])", re.I)


def status_lines(lines: Sequence[PrintedLine], skip: set[int]) -> list[EvidenceDraft]:
    """The status code (and its reason) of each HTTP response printed, and each numbered error's code and
    message, as labelled values."""
    out = []
    for k, ln in enumerate(lines):
        if k not in skip and (m := _STATUS_LINE.match(ln.text)):
            out.append(_kv("HTTP status code (response status)", m.group(1), ln.box, ln.confidence))
            if m.group(2).strip():
                out.append(_kv("HTTP status reason", m.group(2).strip(), ln.box, ln.confidence))
        elif k not in skip and (m := _NUMBERED_ERROR.match(ln.text)):
            out.append(_kv("error code (error number)", m["code"], ln.box, ln.confidence))
            said = _kv("error message (what went wrong, the problem)", m["msg"], ln.box, ln.confidence)
            said.attrs.update(say="error message", type="error")
            out.append(said)
    return out
