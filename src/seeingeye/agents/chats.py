"""A chat conversation as records: one row per message (message, sender, time), in the order printed.

Three layouts are read. Bubbles (WhatsApp, iMessage, Telegram): each message with its time printed alone
just under it; messages on the left are the other party's (named by the conversation's title), those on
the right the user's own ("me"). Threads (Slack, Teams, Discord): a header "Name  10:42" over the lines
of that person's message. Logs (IRC clients, chat logs in a terminal): one line per message,
"10:42 <name> text". Each reader returns None when the lines are not its kind. Geometric, no model.
"""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records
from .types import has_type

_TIME = r"\d{1,2}[:.]\d{2}(?:\s?[APap]\.?[Mm]\.?)?"
_TIME_ONLY = re.compile(rf"^\s*(?:[✓✔√]{{1,2}}\s*)?{_TIME}\s*(?:[✓✔√]{{1,2}})?\s*$")
# (Discord, trackers and others put the day before the time: "Odile Today at 09:02", "Ana 03/12/2025 09:14",
# "Ana Lima 4 Mar 2025, 09:14"; OCR may drop the spaces, "4Mar 2025,09:14"); a printed date stays with the time,
# which alone would not order messages of several days
_HEADER = re.compile(rf"^\s*(?P<name>[A-ZÀ-Þ][\w.'À-ÿ-]*(?:\s(?![A-Z][a-z]+\s+at\s)[A-ZÀ-Þ][\w.'À-ÿ-]*){{0,3}}),?\s+"
                     rf"(?:[A-Z][a-z]+\s+at\s+)?"
                     rf"(?P<time>(?:(?:[\w/.-]*\d[\w/.-]*|[A-Z][a-z]{{2,8}}\.?)(?:,\s*|\s+)){{0,3}}(?:at\s+)?{_TIME})\s*$")
ME = "me (you, the user)"
SENDER = "sender (who, from)"
COLUMNS = ["message (said, wrote, text)", SENDER, "time (sent)"]
# A log prints each sender's own name (a nickname, often); bubbles name the other party by the conversation's
# title, which may be a group's.
NAMED_SENDER = "sender (who, from, as printed)"


def _title(lines: list[Evidence], height: float) -> str:
    """The conversation's name: the tallest line in the top sixth of the window, without arrows and icons."""
    top = [e for e in lines if e.box is not None and e.box.y1 <= height / 6 and re.search(r"[A-Za-zÀ-ÿ]", e.value)]
    if not top:
        return "them (the other person)"
    best = max(top, key=lambda e: e.box.h if e.box else 0.0)
    return re.sub(r"^[^\wÀ-ÿ]+", "", best.value).strip() or "them (the other person)"


def bubbles(lines: list[Evidence], width: float, height: float) -> Records | None:
    """Messages each with its time printed alone under it, on the left (theirs) or the right (mine)."""
    boxed = [e for e in lines if e.box is not None]
    times = [e for e in boxed if _TIME_ONLY.match(e.value) and _clock(e.value) and not _led(e, boxed)]
    # times that most share their row with text before them are a listing's column (a mail list's sender,
    # subject and time), not times printed under bubbles
    if len(times) < 3 or sum(_on_a_row(t, boxed) for t in times) >= 0.6 * len(times):
        return None
    name = _title(boxed, height)
    rows: list[Row] = []
    for t in sorted(times, key=lambda e: e.box.y0 if e.box else 0.0):
        tb = t.box
        assert tb is not None
        # the bubble's last line: aligned with its time, or (a time at the bubble's corner, under a short last
        # line) the nearest line above that reaches into the time's side of the screen
        above = [e for e in boxed if e is not t and e not in times and e.box is not None
                 and -0.6 * tb.h <= tb.y0 - e.box.y1 <= 2.5 * tb.h and e.box.y0 < tb.y0 - 0.3 * tb.h
                 and (abs(e.box.x0 - tb.x0) < 4 * tb.h
                      or abs(e.box.x1 - tb.x1) < 4 * tb.h or e.box.x0 < tb.x1 and e.box.x1 > tb.x0 - 0.6 * width)]
        if not above:
            continue
        msg = max(above, key=lambda e: e.box.y1 if e.box else 0.0)
        assert msg.box is not None
        mine = msg.box.cx > width / 2
        said, sender = _bubble(msg, boxed, times)
        rows.append(Row([said, ME if mine else sender or name, re.sub(r"[✓✔√\s]+$", "", t.value.strip())],
                        [msg.id, t.id]))
    return _records(rows)


_SENDER_LINE = re.compile(r"^[A-ZÀ-Þ][\w.'À-ÿ-]*(?: [A-ZÀ-Þ][\w.'À-ÿ-]*){0,2}$")  # "Ines", "Anna K."


def _bubble(last: Evidence, boxed: list[Evidence], times: list[Evidence]) -> tuple[str, str | None]:
    """A bubble's text read up from its last line, and the sender a group chat prints at its top ("Ines" over
    what Marco said): lines stacked close above in the same column; a short capitalised line opening the
    stack names the sender when a message line follows it."""
    stack = [last]
    while True:
        top = stack[-1].box
        assert top is not None
        nxt = max((e for e in boxed if e not in stack and e not in times and e.box is not None
                   and -0.5 * top.h <= top.y0 - e.box.y1 < 0.8 * top.h and e.box.y0 < top.y0 - 0.3 * top.h
                   and abs(e.box.x0 - top.x0) < 1.5 * top.h),
                  key=lambda e: e.box.y1 if e.box else 0.0, default=None)
        if nxt is None or len(stack) >= 8:
            break
        stack.append(nxt)
    sender = None
    if len(stack) >= 2 and _SENDER_LINE.match(stack[-1].value.strip()):
        sender = stack.pop().value.strip()
    return " ".join(_with_row(e, boxed, times) for e in reversed(stack)), sender


def _with_row(e: Evidence, boxed: list[Evidence], times: list[Evidence]) -> str:
    """A bubble's line with the pieces OCR read apart to its right ("8 is brutal" | "can we do 8:30")."""
    eb = e.box
    assert eb is not None
    rest = sorted((o for o in boxed if o is not e and o not in times and o.box is not None
                   and abs(o.box.cy - eb.cy) < 0.5 * eb.h and 0 <= o.box.x0 - eb.x1 < 3 * eb.h),
                  key=lambda o: o.box.x0 if o.box else 0.0)
    return " ".join([e.value.strip(), *(o.value.strip() for o in rest)])


def _on_a_row(t: Evidence, boxed: list[Evidence], within: float | None = None) -> bool:
    """Text stands on the time's row left of it (ending within `within` time heights of it, when given)."""
    tb = t.box
    assert tb is not None
    return any(e is not t and e.box is not None and abs(e.box.cy - tb.cy) < 0.5 * tb.h and e.box.x1 <= tb.x0
               and (within is None or tb.x0 - e.box.x1 < within * tb.h) for e in boxed)


def _clock(text: str) -> bool:
    """A clock time, not a price ("98.09" has no 98th hour)."""
    m = re.search(r"(\d{1,2})[:.](\d{2})", text)
    return m is not None and int(m.group(1)) <= 23 and int(m.group(2)) <= 59


def _led(t: Evidence, boxed: list[Evidence]) -> bool:
    """A time that text on its row ends just before (a listing's "2025-04-16 09:28" read in two pieces) is a
    column of that row, not a bubble's time printed alone."""
    return _on_a_row(t, boxed, within=1.5)


def thread(lines: list[Evidence]) -> Records | None:
    """"Name  10:42" headers, each over the lines of one message (the first line is the message)."""
    boxed = sorted((e for e in lines if e.box is not None), key=lambda e: (e.box.y0 if e.box else 0.0))
    rows: list[Row] = []
    for k, e in enumerate(boxed):
        m = _HEADER.match(e.value)
        eb = e.box
        # the message starts under its header's name (an avatar's initials beside it are no message)
        body = next((b for b in boxed[k + 1:] if b.box is not None and eb is not None and b.box.y0 > eb.y0 + 0.5 * eb.h
                     and abs(b.box.x0 - eb.x0) < 1.5 * eb.h), None)
        if not m or body is None or _HEADER.match(body.value) or _TIME_ONLY.match(body.value):
            continue
        rows.append(Row([body.value.strip(), m.group("name"), m.group("time")], [e.id, body.id]))
    return _records(rows)


# "09:05 <rhea> text": a clock time (OCR may read its colon as "+"), the sender in angle brackets (OCR often
# loses the opening one; IRC prefixes an operator's name with @ or +), then what they said
_SAID = re.compile(r"^\s*(?:[\[(]?(?P<time>\d{1,2}[:.+]\d{2}(?::\d{2})?)[\])]?\s+)?<?\s*[@+%~&]?"
                   r"(?P<name>[A-Za-z_\\^{}|`][\w\-\\^{}|`.]{0,29})>\s*(?P<msg>\S.*)$")


def said_lines(rows: list[list[Evidence]]) -> Records | None:
    """A log of messages, one printed line each: "time <sender> text", or (WeeChat's buffer) the time, the
    sender and the text in three columns of their own."""
    out: list[Row] = []
    for row in rows:
        m = _SAID.match(" ".join(e.value.strip() for e in row))
        if m:
            time = (m.group("time") or "").replace("+", ":")
            out.append(Row([m.group("msg").strip(), m.group("name"), time], [e.id for e in row]))
    if len(out) < 3:
        out = _in_columns(rows)
    rec = _records(out) if len({r.cells[1] for r in out}) >= 2 else None
    if rec is not None:
        rec.columns[1].name = NAMED_SENDER
    return rec


_TIME = re.compile(r"^[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?$")
_NICK = re.compile(r"^[@+%~&]?[A-Za-z_\\^{}|`][\w\-\\^{}|`.]{1,29}$")


def _in_columns(rows: list[list[Evidence]]) -> list[Row]:
    """Messages laid out as a time, a sender and a text, each read apart, the texts starting in one column
    (join and mode lines put an arrow or nothing in the sender's place)."""
    said = [(row, row[2].box.x0) for row in rows if len(row) >= 3 and row[2].box is not None
            and _TIME.match(row[0].value.strip()) and _NICK.match(row[1].value.strip())]
    if len(said) < 3:
        return []
    column = sorted(x for _, x in said)[len(said) // 2]
    return [Row([" ".join(e.value.strip() for e in row[2:]), row[1].value.strip().lstrip("@+%~&"),
                  row[0].value.strip("[]() ")], [e.id for e in row]) for row, x in said if abs(x - column) <= 8]


def _in_order(times: list[str]) -> bool:
    """A conversation's times run down the page in order (once past midnight at most): a column of times out
    of order is a list's durations or a timetable's, not messages."""
    # (the clock is a cell's last figures: a date may come before it, "15.10.2025 09:14")
    found = [re.findall(r"(\d{1,2})[:.+](\d{2})(?!\d)", t) for t in times]
    mins = [int(f[-1][0]) * 60 + int(f[-1][1]) for f in found if f]
    return sum(b < a for a, b in zip(mins, mins[1:], strict=False)) <= max(1, len(mins) // 5)


def _records(rows: list[Row]) -> Records | None:
    if len(rows) < 3 or not _in_order([r.cells[2] for r in rows]):
        return None
    rec = make_records("chat", COLUMNS, rows)
    if rec is not None:
        rec.key = 0
        rec.columns[1].type, rec.columns[2].type = "status", "date"  # senders recur; times order the messages
    return rec


# Headers of columns that hold accounts, however they are spelt (logins like "jkowal" are people too there).
_PEOPLE_HEADER = re.compile(r"(?i)\s*(?:user(?:name)?|owner|author|assignee|committer|uploader|login|"
                            r"reviewer|(?:submitted|created|requested|assigned)\s+by)s?\s*(?:\(.*\))?\s*")


def names_person(rec: Records, j: int, cell: str) -> bool:
    """The cell names a person: a name as people write theirs, an email address (a mail index's sender), any
    sender a chat log prints (nicknames too), or any word under a column of accounts ("USER": "jkowal")."""
    header = rec.columns[j].name if j < len(rec.columns) else ""
    return has_type(cell, "person") or has_type(cell.strip(), "email") or rec.kind == "chat" and \
        header in (NAMED_SENDER, SENDER) or bool(_PEOPLE_HEADER.fullmatch(header) and re.search(r"[^\W\d_]", cell))
