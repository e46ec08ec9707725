"""`shell`: what a terminal session says of the commands it ran: the exit status `echo $?` printed for the
command before it ("1" on the line under `$ echo $?`, or "exit status: 1" when the echo says so), and the
short answer a command printed under its prompt (`tool --version` and its one line) as a pair named by the
command.

Works on the OCR lines already read.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .inkwords import line_rows
from .layout import union
from .ocr import OcrLine, read_lines

# A shell's prompt opening a line: "user@host:~/dir$", "root@box:/srv#"
SHELL_PROMPT = re.compile(r"^\s*[\w.-]+@[\w.-]+:\S*\s?[$#]")
# A prompt and the command typed after it: POSIX shells ("me@box:~$ ", "$ ", "% ", "❯ ") and Windows ones
# ("C:\\Users\\me>", "PS C:\\src>")
# (OCR may read the "@" as "a"; a prompt may show the branch, "kai@lab:~/site (dev)$", and the active
# environment before it, "(venv) C:\\src>"; zsh's and fish's show only the folder, "~/site %")
COMMAND_LINE = re.compile(r"^\s*(?:\([\w.-]+\)\s*)?(?:PS\s+)?(?:[A-Za-z]:\\[^>]*>"
                          r"|[\w.@-]+:[~/][^$#]{0,60}[$#](?=\s|$)|(?:[~/][\w./-]{0,40}\s)?[$%❯](?=\s+[A-Za-z./~]|\s*$))"
                          r"\s*(?P<cmd>.*)$")  # (not a price: "$ 4.20")


# An interpreter's prompt and the expression typed after it: Python's ">>>", IPython's "In [3]:", a named
# REPL's "name>" or "name(main):001:0>", a numbered "[2]>", Prolog's "?-" (a bare ">" too, OCR's reading of
# many): what follows it was typed, and the lines up to the next prompt are what it gave back.
REPL_PROMPT = re.compile(r"^\s*(?:>>>|In \[\d+\]:|[A-Za-z][\w.-]{1,15}(?:\([\w.]*\):\d+(?::\d+)?)?>|\[\d+\]>|\?-|>)"
                         r"\s+(?P<cmd>\S.*)$")
# What a REPL prints before the value it gives back: "$3 ==> 267", "=> 12", "res0: Int = 42", "[1] 42", "Out[3]:"
_RESULT_MARK = re.compile(r"^\s*(?:\$?\w+\s*==>|=>|\$\d+\s*=|res\d+:\s*[\w\[\]]+\s*=|\[\d+\]|Out\[\d+\]:)\s*(?=\S)")


def bare_prompt(text: str) -> bool:
    """The shell's prompt waiting with no command typed ("PS C:\\src>", "me@box:~$"): a table read to the
    bottom of a terminal ends before it."""
    return (m := COMMAND_LINE.fullmatch(text.strip())) is not None and not m["cmd"].strip()


_ECHO_STATUS = re.compile(r"echo\s+[\"']?[^\"'$]*\$\?")  # `echo $?`, `echo "exit: $?"`
# "1", "exit status: 1", "exit=1" (OCR may read the digit as a letter after a label: "exit=l")
_STATUS = re.compile(r"^(?:[A-Za-z][\w ]{0,20}\s*[:=]\s*)?(\d{1,3}|(?<=[:=])\s*[lIO])$")
_DIGITS = str.maketrans("lIO", "110")


def exit_status(ctx: ToolContext, lines: list[OcrLine]) -> tuple[str, OcrLine] | None:
    """The status printed by the last `echo $?` of the session: the line right under the command (read again,
    larger, when the first pass missed it: a lone "1" at the window's edge is easily lost)."""
    rows = sorted(lines, key=lambda ln: (ln.box.cy, ln.box.x0))
    echoes = [k for k, ln in enumerate(rows) if _ECHO_STATUS.search(ln.text)]
    if not echoes:
        return None
    k = echoes[-1]
    ln = rows[k]
    below = next((o for o in rows[k + 1:] if o.box.cy > ln.box.cy + 0.5 * ln.box.h), None)
    if below is None or not _STATUS.match(below.text.strip()):
        below = _reread_under(ctx, ln) or below
    if below is not None and (m := _STATUS.match(below.text.strip())):
        return m.group(1).strip().translate(_DIGITS), below
    return None


def _reread_under(ctx: ToolContext, ln: OcrLine) -> OcrLine | None:
    """The line under `ln` read again, larger: a narrow band at the left edge first (a lone digit stands out),
    then the command's line with the next two (the detector finds a short glyph among lines)."""
    h, width, height = ln.box.h, float(ctx.array.shape[1]), float(ctx.array.shape[0])
    narrow = Box(x0=0, y0=ln.box.y1 - 2, x1=min(ln.box.x0 + 6 * h, width), y1=min(ln.box.y1 + 1.6 * h, height))
    wide = Box(x0=0, y0=max(ln.box.y0 - h, 0.0), x1=min(ln.box.x1, width), y1=min(ln.box.y1 + 2.2 * h, height))
    bands = ((narrow, 4.0), (wide, 3.0))
    for band, scale in bands:
        if band.y1 - band.y0 < 6 or band.x1 <= band.x0:
            continue
        under = [o for o in read_lines(ctx, region=band, scale=scale)
                 if ln.box.cy + 0.5 * h < o.box.cy < ln.box.cy + 1.6 * h and _STATUS.match(o.text.strip())]
        if under:
            return min(under, key=lambda o: o.box.x0)
    return None


def command_answers(lines: list[OcrLine]) -> list[tuple[str, OcrLine]]:
    """(command, first line it printed) for each command whose output is one or two short lines before the
    next prompt: the answer to "which version of X", "what did `whoami` say". Longer output is a listing,
    read as a table elsewhere."""
    rows = _rows(lines)
    texts = [" ".join(o.text for o in r).strip() for r in rows]
    shell = [COMMAND_LINE.match(t) for t in texts]
    repl = [REPL_PROMPT.match(t) if s is None else None for s, t in zip(shell, texts, strict=True)]
    # (an interpreter shows its prompt again for every expression, counting or not, "[4]>", "[5]>": one "> "
    # alone is a quoted line, no session)
    prompt = [re.sub(r"\d+", "0", t[: r.start("cmd")].strip()) if r else "" for r, t in zip(repl, texts, strict=True)]
    seen = Counter(p for p in prompt if p)
    seen.update(t for t in (re.sub(r"\d+", "0", t) for t in texts) if t in seen)  # (the prompt left waiting)
    typed = [s or (r if seen[p] >= 2 else None) for s, r, p in zip(shell, repl, prompt, strict=True)]
    starts = [k for k, t in enumerate(typed) if t]
    out = []
    for a, b in zip(starts, [*starts[1:], None], strict=False):
        printed = rows[a + 1:b]  # (the last command's output runs to the window's end)
        cmd = typed[a].group("cmd").strip()  # type: ignore[union-attr]
        if not cmd or not 1 <= len(printed) <= 2 or len(texts[a + 1]) > 80:
            continue  # (a bare prompt typed nothing; it only ends the output above it)
        first = printed[0]
        text = " ".join(o.text for o in first)
        value = text if shell[a] else _RESULT_MARK.sub("", text)
        out.append((cmd, first[0] if len(first) == 1 and value == text else OcrLine(
            text=value, box=union([o.box for o in first]), confidence=min(o.confidence for o in first))))
    return out


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """The printed rows, top down, each's pieces left to right."""
    return [sorted(r, key=lambda o: o.box.x0) for r in line_rows(lines, 0.5)]


_MARK = re.compile(r"^(?:\*|->|→|=>)(?:\s+(?P<name>[^\s*].*))?$")  # "*", "* main", "-> v20.1.0"


def marked_row(lines: list[OcrLine]) -> OcrLine | None:
    """The one row of a listing a lone mark picks out ("* main" among branches, a "*" by the active
    environment, nvm's "->"): its name, the first piece beside the mark. None unless exactly one row of at
    least three lined up with it is marked."""
    rows = _rows(lines)
    marked = []
    for k, r in enumerate(rows):
        for i, o in enumerate(r):
            m = _MARK.match(o.text.strip())
            if m and (m.group("name") or len(r) > 1):
                name = OcrLine(text=m.group("name"), box=o.box, confidence=o.confidence) if m.group("name") \
                    else (r[0] if i > 0 else r[1])
                marked.append((k, name))
                break
    if len(marked) != 1:
        return None
    k, name = marked[0]
    x, h = rows[k][0].box.x0, rows[k][0].box.h
    # (its neighbours start where it does, or where its name does: "* main" over "  dev")
    lined = [r for j, r in enumerate(rows) if j != k and abs(j - k) <= 8 and min(
        abs(r[0].box.x0 - x), abs(r[0].box.x0 - name.box.x0)) < 1.5 * h]
    return name if len(lined) >= 2 else None


class ShellArgs(BaseModel):
    pass


@tool(name="shell")
def shell(ctx: ToolContext, args: ShellArgs) -> ToolResult:
    """A terminal session's exit status, as `echo $?` printed it for the command before, and each command's
    short answer, named by the command."""
    lines = read_lines(ctx)
    answers = [(cmd, ln) for cmd, ln in command_answers(lines) if not _ECHO_STATUS.search(cmd)]
    facts = [EvidenceDraft(kind="key_value", label=cmd, value=ln.text, box=ln.box, confidence=0.8 * ln.confidence,
                           attrs={"source_structure": "shell", "role": "command_output"}) for cmd, ln in answers]
    if (picked := marked_row(lines)) is not None:
        facts.append(EvidenceDraft(kind="field", label="marked row (current, active, in use)", value=picked.text,
                                   box=picked.box, confidence=0.7 * picked.confidence,
                                   attrs={"control": "list_item", "selected": True, "source_structure": "shell"}))
    found = exit_status(ctx, lines)
    if found is not None:
        value, line = found
        facts.append(EvidenceDraft(kind="key_value", label="exit status of the command (exit code, return code, $?)",
                                   value=value, number=float(value), box=line.box, confidence=0.85,
                                   attrs={"source_structure": "shell"}))
    said = f"{len(answers)} short command answers" + (
        f", marked row {picked.text!r}" if picked else "") + (f", exit status {found[0]}" if found else "")
    return ToolResult(evidence=facts, summary=said)
