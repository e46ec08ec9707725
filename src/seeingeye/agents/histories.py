"""Histories printed one entry a line, as records: an application log (line number, date, time, level,
source, message), a dated history (date, author, message: tig, `git log --format`) and `git log
--oneline` with its optional date and author columns. Each reader returns None when the lines are not
its kind, so they are tried in turn."""

from __future__ import annotations

import re
from collections import Counter

from ..sir import Evidence
from ..tools.git import BRANCH_LINE
from .name_split import split_aligned_name, split_led, split_recurring_name
from .tabular import Records, Row, make_records
from .types import HEX_FIX, PATTERNS, spans

# Log levels as loggers print them (a lexicon of facts, like units); OCR reads their O as a zero.
LEVELS = {"TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "FATAL", "CRITICAL", "CRIT"}
# (syslog and journalctl print "Jun 02 03:14:07 host proc[pid]:" before the program's own level; OCR reads a
# level's O as a zero or in lower case, and may double its bracket)
_LEVELED = re.compile(
    r"^\s*(?:(?P<line>\d{1,6})\s+)?\[?(?P<date>\d{4}-\d\d-\d\d|[A-Z][a-z]{2}\s+\d{1,2})[ T]"
    r"(?P<time>\d\d:\d\d:\d\d(?:[.,]\d+)?)Z?\]?\s+(?:[\w.-]+\s+[\w.@/-]+(?:\[\d+\])?:\s+)?"
    r"(?:\[\s)?\[?(?P<level>[A-Za-z][A-Za-z0-9]{2,7})\]?:?\s+(?:(?P<source>\[[^\]]{1,40}\]|[\w.-]+:)\s+)?"
    r"(?P<message>\S.*)$"
)


def leveled_log(rows: list[list[Evidence]]) -> Records | None:
    """An application log: "[line] 2025-11-14 08:10:05 ERROR [worker-4] order 43356 failed: KeyError". The
    exception a line names gets its own column, so "which exception did order 43356 fail with" is a
    look-up; the level its own, so "how many ERROR lines" is a count."""
    found: list[Row] = []
    for r in rows:
        m = _LEVELED.match(" ".join(e.value for e in r))
        level = m.group("level").replace("0", "O").upper() if m else ""
        if not m or level not in LEVELS:
            continue
        error = PATTERNS["error"].search(m.group("message"))
        found.append(Row([m.group("line") or "", m.group("date"), m.group("time"), level,
                          (m.group("source") or "").strip("[]:"), m.group("message").strip(),
                          error.group(0).split(":")[0] if error else ""], [e.id for e in r]))
    if len(found) < 3:
        return None
    rec = make_records("log", ["line number", "date", "time", "level (severity)", "source (logger, worker)",
                               "message", "error (exception)"], found)
    if rec is not None:
        rec.key, rec.columns[1].type = 5, "date"
        rec.columns[0].type = "number"
        for j in (3, 4, 6):  # a level, a worker, an exception: states to count by, however few the rows
            rec.columns[j].type = "status"
    return rec


_ONELINE = re.compile(r"^\s*(?:[*|/\\ ]+\s)?(?P<hash>[0-9a-flIoO]{7,40})\s+(?P<message>\S.*)$")


_ISO_DATE_TIME = r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?"  # as git and tig print dates
_LEAD_DATE = re.compile(rf"^({_ISO_DATE_TIME})\s+(\S.*)$")
# "%an %ad %s" / "%an %ar %s": up to four words of a name, then the date, as printed or relative ("2 hours ago");
# the Git book's "%h - %an, %ar : %s" and "%an, %ar: %s" set them apart with a comma and a colon
_RELATIVE = r"\d+ (?:second|minute|hour|day|week|month|year)s? ago|yesterday|today"
_NAME_DATE = re.compile(
    rf"^(?:[-–]\s+)?([^\W\d][\w.'-]*(?:\s[^\W\d][\w.'-]*){{0,3}}),?\s+({_ISO_DATE_TIME}|{_RELATIVE})"
    rf"\s*[:–-]?\s+(\S.*)$")


_DATED = re.compile(rf"^({_ISO_DATE_TIME}(?:\s?[+-]\d{{4}})?)\s+"
                    r"([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2})\s+(?:[o0*●|]\s+)?(?:\[[^\]]*\]\s+)?(\S.*)$")
# A mail client's index puts a message number and status flags before the date ("9 N  2025-11-02 ...").
_INDEXED = re.compile(r"^\s*(?:\d{1,5}\s+)?(?:([A-Za-z+*!]{1,3})\s+)?(?=\d{4}-\d\d-\d\d\b)")
# Mail index flags (mutt, alpine, mailx): a lexicon of facts; no flag is a message already seen.
_MAIL_FLAGS = {"N": "N new (unread)", "O": "O old (unread)", "r": "r replied", "D": "D deleted", "!": "! flagged",
               "": "seen"}
_MARKS = re.compile(r"^(?:[o0*●|]\s+)?(?:\[[^\]]*\]\s+)?")  # a graph's commit mark, branch labels


def branches(rows: list[list[Evidence]]) -> Records | None:
    """`git branch -v`: each branch with its last commit's hash and message; the starred one is checked out."""
    found: list[Row] = []
    inks: list[str] = []
    for r in rows:
        m = BRANCH_LINE.match(" ".join(e.value for e in r))
        digest = m.group("hash").translate(HEX_FIX) if m else ""
        if m and re.search(r"\d", digest) and not re.fullmatch(r"\d+", digest):
            found.append(Row([m.group("name"), digest, m.group("message").strip(), m.group("track") or "",
                              "current branch (checked out)" if m.group("star") else ""], [e.id for e in r]))
            inks.append(str(r[0].attrs.get("ink", "")))
    odd = [k for k, ink in enumerate(inks) if ink and inks.count(ink) == 1]
    if found and not any(r.cells[4] for r in found) and len(odd) == 1 and len(found) >= 3:
        found[odd[0]].cells[4] = "current branch (checked out)"  # OCR lost the star; git prints that branch in colour
    if len(found) < 2 or sum(bool(r.cells[4]) for r in found) != 1:
        return None  # one branch is checked out
    for r in found:  # the others are in a state too, so "the branch I am on" is a state among two
        r.cells[4] = r.cells[4] or "other branch (not checked out)"
    rec = make_records("branches", ["branch", "commit hash (latest commit)", "message", "ahead / behind",
                                    "current branch (checked out)"], found)
    if rec is not None:
        rec.columns[4].type = "status"
    return rec


_PLAIN_BRANCH = re.compile(r"^\s*(\*\s*)?([\w][\w./+-]*)\s*$")


def plain_branches(rows: list[list[Evidence]]) -> Records | None:
    """`git branch` without -v: one name per line, the checked-out one starred; every row is one."""
    lines = [(m, [e.id for e in r]) for r in rows if (m := _PLAIN_BRANCH.match(" ".join(e.value for e in r)))]
    if len(lines) < 2 or len(lines) < len(rows) or sum(bool(m.group(1)) for m, _ in lines) != 1:
        return None
    found = [Row([m.group(2), "current branch (checked out)" if m.group(1) else "other branch (not checked out)"],
                 ids) for m, ids in lines]
    rec = make_records("branches", ["branch", "current branch (checked out)"], found)
    if rec is not None:
        rec.columns[1].type = "status"
    return rec


def dated_log(rows: list[list[Evidence]]) -> Records | None:
    """A history printed date first, then author, then message (tig's main view, `git log --format='%ad %an
    %s'`, a mail client's index after its number and flags): the graph's commit mark ("o", read as "0" too)
    and the branch labels are neither author nor text."""
    found, flags, kept = [], [], []
    for r in rows:
        t = " ".join(e.value for e in r).strip()
        lead = _INDEXED.match(t)
        if lead is None or not (m := _DATED.match(t[lead.end():])):
            continue
        date, author, message = m.groups()
        head = r[0].value.strip()
        # pieces apart on the row: the author ends where its piece ends ("Tomasz Kowal | Create tilemap")
        if len(r) >= 2 and (h := _DATED.match(head + " x")) and head.endswith(h.group(2)):
            author = h.group(2)
            message = _MARKS.sub("", " ".join(e.value for e in r[1:]).strip())
        found.append(Row([date, author, message], [e.id for e in r]))
        flags.append(lead.group(1) or "")
        kept.append(r)
    dated = [r for r in rows if _INDEXED.match(" ".join(e.value for e in r))]
    if len(found) < 3 or len(found) < 0.7 * len(dated):
        return None
    # a name padded to a width ("Elena Popescu      Holiday rota"): the text starts at one x in every row
    joined = [Row([r.cells[0], f"{r.cells[1]} {r.cells[2]}"], r.ids) for r in found]
    if (aligned := split_aligned_name(joined, kept, 1) or split_recurring_name(joined, 1)) is not None:
        found = [Row([r.cells[0], r.cells[1], _MARKS.sub("", r.cells[2])], r.ids) for r in aligned]
    header = ["date", "author (person, who, sender)", "message (subject)"]
    if any(flags):  # a mail index's flags, in words when they are the usual ones
        said = [_MAIL_FLAGS.get(f, f) if set(flags) <= set(_MAIL_FLAGS) else f for f in flags]
        found = [Row([*r.cells, f], r.ids) for r, f in zip(found, said, strict=True)]
        header.append("status (flag)")
    rec = make_records("log", header, found)
    if rec is not None:
        rec.key, rec.columns[0].type = 2, "date"
        if len(header) > 3:
            rec.columns[3].type = "status"
    return rec


# OCR sets a space inside a short hash now and then ("4be 07c2"): two hex pieces that make one of 7 to 12
_SPLIT_HASH = re.compile(r"^(\s*)([0-9a-f]{2,6}) ([0-9a-f]{1,6})(?=\s)")


def _joined_hash(m: re.Match[str]) -> str:
    joined = m.group(2) + m.group(3)
    return m.group(1) + joined if 7 <= len(joined) <= 12 else m.group(0)


def oneline(rows: list[list[Evidence]]) -> Records | None:
    """`git log --oneline` (and `--graph`): a hash and the whole message; the message names the row."""
    found: list[Row] = []
    kept: list[list[Evidence]] = []
    digits: list[tuple[Row, list[Evidence]]] = []
    for r in rows:
        m = _ONELINE.match(_SPLIT_HASH.sub(_joined_hash, " ".join(e.value for e in r)))
        digest = m.group("hash").translate(HEX_FIX) if m else ""
        if m and re.search(r"\d", digest):
            row = Row([digest, m.group("message").strip()], [e.id for e in r])
            if re.search(r"[a-f]", digest):
                found.append(row)
                kept.append(r)
            else:  # a hash may hold no letter (one in thirty at 7 digits): kept among hashes of its length
                digits.append((row, r))
    if len(found) < 2:
        return None
    width = Counter(len(r.cells[0]) for r in found).most_common(1)[0][0]
    if digits and len(found) >= 3:
        order = {id(r[0]): k for k, r in enumerate(rows)}
        pairs = [*zip(found, kept, strict=True), *((w, r) for w, r in digits if len(w.cells[0]) == width)]
        pairs.sort(key=lambda p: order[id(p[1][0])])
        found, kept = [p[0] for p in pairs], [p[1] for p in pairs]
    header = ["commit hash", "message"]
    # --pretty formats put the date and the author before the message ("%h %ad %an: %s"): their own columns
    dated = [m for r in found if (m := _LEAD_DATE.match(r.cells[-1]))]
    named_dated = [m for r in found if (m := _NAME_DATE.match(r.cells[-1]))]
    if len(named_dated) >= 0.8 * len(found):  # "%h %an %ad %s": the author, then the date, then the subject
        return _log([Row([r.cells[0], *(m.groups() if (m := _NAME_DATE.match(r.cells[-1])) else ("", "", r.cells[-1]))],
                         r.ids) for r in found], ["commit hash", "author (person, who)", "date", "message"])
    if len(dated) >= 0.8 * len(found):
        found = [Row([r.cells[0], *(m.groups() if (m := _LEAD_DATE.match(r.cells[-1])) else ("", r.cells[-1]))], r.ids)
                 for r in found]
        header = ["commit hash", "date", "message"]
    found, n = split_led(found, len(header))  # "%an: %s": the author before a colon
    named = split_aligned_name(found, kept, n - 1) if n == len(header) else None
    if named is None and n == len(header) and "date" in header:
        named = split_recurring_name(found, n - 1)
    if named is not None:
        found, n = named, n + 1  # "%<(17)%an %s": the author padded to a width
    if n > len(header):
        header = [*header[:-1], "author (person, who)", "message"]
    return _log(found, header)


def _log(found: list[Row], header: list[str]) -> Records | None:
    """A one-line log's records: named by the message; its date column typed so whatever its cells read."""
    rec = make_records("log", header, found)
    if rec is not None:
        rec.key = len(header) - 1
        if "date" in header:
            rec.columns[header.index("date")].type = "date"
    return rec




def dated_steps(rows: list[list[Evidence]]) -> Records | None:
    """Steps each with the date it happened printed after it ("Packed  Nov 5": an order's tracking, a
    project's milestones), in printed order; steps still to come have no date and are no rows."""
    found: list[Row] = []
    for r in rows:
        text = " ".join(e.value for e in r).strip()
        dates = spans(text, "date")
        if len(dates) != 1 or not text.endswith(dates[0]):
            continue
        entry = text[: -len(dates[0])].strip(" -–—·|")
        if re.fullmatch(r"[A-Za-z][^:]{1,60}", entry):  # a labelled date ("Due: Nov 5") is a key-value pair
            found.append(Row([entry, dates[0]], [e.id for e in r]))
    if len(found) < 3:
        return None
    rec = make_records("steps", ["step (status, stage)", "date (when)"], found)
    if rec is not None:
        rec.key, rec.columns[1].type = 0, "date"
    return rec


_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
# "09:00 -> 09:30", "9:00 AM – 10:00 AM", "14:00 to 15:30": an entry's start and end, its title maybe after
_TIMED = re.compile(rf"^\W*({_CLOCK})\s*(?:-+>|→|–|—|-|to)\s*({_CLOCK})\b\W*(.*)$", re.I)
_AT = re.compile(rf"^\W*({_CLOCK})\s+(?![-–—→]|to\b)(\S.*)$", re.I)  # "09:30 Stand-up": a start and its title


def agenda(rows: list[list[Evidence]]) -> Records | None:
    """A day's schedule: entries opened by their time or time range, the title on the same line or the next
    (a calendar's day view, a conference programme, calcurse). A row per entry, in printed order, so "what
    time is the dentist" is a look-up, "what's after lunch" the next row and "how many" a count."""
    found: list[tuple[str, str, str, list[str]]] = []
    for r in rows:
        text = " ".join(e.value for e in r).strip()
        ids = [e.id for e in r]
        if m := _TIMED.match(text):
            found.append((m.group(1), m.group(2), m.group(3).strip(), ids))
        elif m := _AT.match(text):
            found.append((m.group(1), "", m.group(2).strip(), ids))
        elif found and not found[-1][2] and re.search(r"[A-Za-z]{2}", text):
            start, end, _, got = found[-1]  # the title on the line under its time
            found[-1] = (start, end, text, got + ids)
    found = [f for f in found if f[2]]
    if len(found) < 2:
        return None
    header = ["start (time, begins, when)", "end (finishes, ends)", "title (event, appointment, meeting)"]
    rows_ = [Row([s, e, t], ids) for s, e, t, ids in found]
    if not any(e for _, e, _, _ in found):
        header, rows_ = [header[0], header[2]], [Row([r.cells[0], r.cells[2]], r.ids) for r in rows_]
    rec = make_records("agenda", header, rows_)
    if rec is not None:
        rec.key = len(header) - 1
        for c in rec.columns[:-1]:
            c.type = "time"
    return rec
