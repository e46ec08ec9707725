"""`traceback`: a traceback in command output (Python's; Ruby's, Node's and Java's frames too) read as frames,
so "which script failed", "on which line of the script" and "what error" are facts, not guesses among every
number on the screen.

Works on the OCR lines already read. A frame is `File "path", line N, in function` (quotes and commas as
OCR drops them); the script is the one the command line ran (`python3 report.py`), else the last frame
outside the interpreter's own library; the error is the last line naming an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

_FRAME = re.compile(
    r"File\s*[\"“”']?\s*([^\"“”',]+?)\s*[\"“”']?\s*[,.]\s*line\s*(\d[\dlIO]*)(?:\s*[,.]\s*in\s*(<?[\w.]+>?))?", re.I
)
# Other runtimes' frames, innermost first (Python prints its innermost last): Ruby's "app.rb:18:in `total'"
# ("from app.rb:26:in `<main>'"), Node's "at total (/srv/app.js:18:7)", Java's "at shop.Cart.total(Cart.java:18)".
_RUBY = re.compile(r"([\w./-]+\.rb):(\d+):in\s*[`'^‘’]?([^'’`]+?)['’]")
_NODE = re.compile(r"\bat\s+(?:([\w.<>$]+)\s+)?\(?([^\s():]+\.(?:js|mjs|cjs|ts)):(\d+)(?::\d+)?\)?")
_JAVA = re.compile(r"\bat\s+[\w.$]+?\.([\w$<>]+)\(([\w$]+\.(?:java|kt|scala)):(\d+)\)")
# Ruby names its exception after the message, in brackets: "divided by 0 (ZeroDivisionError)".
_BRACKETED_ERROR = re.compile(r"^(?:.*:\s+)?(.*?)\s*\(([A-Z]\w*(?:Error|Exception))\)\s*$")
_DIGITS = str.maketrans("lIO", "110")  # OCR's letters for the digits of a line number ("line 1l")
_RUN = re.compile(r"\b(?:python[\d.]*|ruby|node|java)\s+(?:-\S+\s+)*([\w./-]+\.(?:py|rb|js|mjs|ts|java))\b")
ERROR_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt))\b\s*:?\s*(.*)$", re.I)
_LIBRARY = re.compile(r"(/lib/python|site-packages|dist-packages|<frozen|\\Lib\\)")


@dataclass
class Frame:
    path: str
    line: int
    function: str | None
    source: OcrLine

    @property
    def name(self) -> str:
        return re.split(r"[/\\]", self.path)[-1]


def frames(lines: list[OcrLine]) -> list[Frame]:
    """The frames, outermost first whatever the runtime printed first."""
    out = []
    for ln in lines:
        m = _FRAME.search(ln.text)
        if m:
            out.append(Frame(m.group(1).strip(), int(m.group(2).translate(_DIGITS)), m.group(3), ln))
    return out or list(reversed(_innermost_first(lines)))


def _innermost_first(lines: list[OcrLine]) -> list[Frame]:
    out = []
    for ln in lines:
        if m := _RUBY.search(ln.text):
            # (an operator's frame, "in `/'", is where Ruby raised, not a method of the script)
            fn = m.group(3) if re.fullmatch(r"[<\w][\w<>?!]*", m.group(3)) else None
            out.append(Frame(m.group(1), int(m.group(2)), fn, ln))
        elif (m := _NODE.search(ln.text)) or (m := _JAVA.search(ln.text)):
            out.append(Frame(m.group(2), int(m.group(3)), m.group(1), ln))
    return out


def script_frame(found: list[Frame], lines: list[OcrLine]) -> Frame | None:
    """The frame in the script that was run: named on the command line, else the last frame of user code."""
    ran = next((m.group(1).split("/")[-1] for ln in lines if (m := _RUN.search(ln.text))), None)
    if ran:
        mine = [f for f in found if f.name.lower() == ran.lower()]
        if mine:  # (its innermost named frame: an operator's frame stands in the method that called it)
            return next((f for f in reversed(mine) if f.function), mine[-1])
    user = [f for f in found if not _LIBRARY.search(f.path)]
    if ran is None and user and user[-1].function is None:  # an operator's frame: the method it stands in
        named = [f for f in user if f.function and f.path == user[-1].path and f.line == user[-1].line]
        return named[-1] if named else user[-1]
    return user[-1] if user else (found[0] if found else None)


class TracebackArgs(BaseModel):
    pass


def _fact(label: str, value: str, box: Box | None, conf: float = 0.85) -> EvidenceDraft:
    return EvidenceDraft(kind="key_value", label=label, value=value, box=box, confidence=conf,
                         attrs={"source_structure": "traceback"})  # fmt: skip


@tool(name="traceback")
def traceback(ctx: ToolContext, args: TracebackArgs) -> ToolResult:
    """Tracebacks in the image (Python, Ruby, Node.js, Java): the script that failed, the line of that script
    where the error was raised, its function, the exception's type and message, and the deepest frame."""
    lines = sorted(read_lines(ctx), key=lambda ln: (ln.box.y0, ln.box.x0))
    found = frames(lines)
    if not found:
        return ToolResult(summary="no traceback")
    drafts: list[EvidenceDraft] = []
    mine = script_frame(found, lines)
    if mine is not None:
        drafts.append(_fact("script that failed (file name)", mine.name, mine.source.box))
        # named by its file too: "which line of ingest.py" names the script, not the error
        drafts.append(_fact(f"line number of the error in the script ({mine.name} line where it failed, crashed, "
                            "blew up)", str(mine.line), mine.source.box))
        if mine.function:
            drafts.append(_fact(f"function (method) of the script where it failed, the exception was raised "
                                f"({mine.name})", mine.function, mine.source.box))
    last = found[-1]
    drafts.append(_fact("file of the deepest frame", last.name, last.source.box, 0.7))
    errors = [(m, ln) for ln in lines if (m := ERROR_LINE.match(ln.text))]
    if not errors and (bracketed := [(m, ln) for ln in lines if (m := _BRACKETED_ERROR.match(ln.text))]):
        m, ln = bracketed[-1]
        drafts.append(_fact("exception type raised (the error)", m.group(2), ln.box))
        if m.group(1).strip():
            drafts.append(_fact("error message", m.group(1).strip(), ln.box))
    if errors:
        m, ln = errors[-1]
        # the error as a person quotes it: the type with its message ("ZeroDivisionError: division by zero")
        quoted = f"{m.group(1)}: {m.group(2).strip()}" if m.group(2).strip() else m.group(1)
        drafts.append(_fact("exception type raised (the error)", quoted, ln.box))
        if m.group(2).strip():
            drafts.append(_fact("error message", m.group(2).strip(), ln.box))
    return ToolResult(evidence=drafts, summary=f"traceback of {len(found)} frame(s)")
