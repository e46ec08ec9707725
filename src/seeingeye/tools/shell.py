"""`shell`: what a terminal session says of the commands it ran: the exit status `echo $?` printed for the
command before it ("1" on the line under `$ echo $?`, or "exit status: 1" when the echo says so).

Works on the OCR lines already read.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

# A shell's prompt opening a line: "user@host:~/dir$", "root@box:/srv#"
SHELL_PROMPT = re.compile(r"^\s*[\w.-]+@[\w.-]+:\S*\s?[$#]")
_ECHO_STATUS = re.compile(r"echo\s+[\"']?[^\"'$]*\$\?")  # `echo $?`, `echo "exit: $?"`
_STATUS = re.compile(r"^(?:[A-Za-z][\w ]{0,20}:\s*)?(\d{1,3})$")  # "1", "exit status: 1"


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
        return m.group(1), below
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


class ShellArgs(BaseModel):
    pass


@tool(name="shell")
def shell(ctx: ToolContext, args: ShellArgs) -> ToolResult:
    """A terminal session's exit status, as `echo $?` printed it for the command before."""
    found = exit_status(ctx, read_lines(ctx))
    if found is None:
        return ToolResult(summary="no exit status printed")
    value, line = found
    fact = EvidenceDraft(kind="key_value", label="exit status of the command (exit code, return code, $?)",
                         value=value, number=float(value), box=line.box, confidence=0.85,
                         attrs={"source_structure": "shell"})
    return ToolResult(evidence=[fact], summary=f"exit status {value}")
