"""`mail_header`: the sender of the one message on screen. A mail client's reading pane, a web mail view or a printed
mail heads the message with its sender as "Name <address>", often with no "From:" before it (the label is
the layout: the name sits where a sender sits). The name becomes a fact under the role it plays, so "who sent
this" finds it by the label, as it finds "To:" and "Cc:" by theirs.

A page of several such lines is a listing of messages (`agents/mail_lines.py` reads those); only a single
header line, in the upper part of the page, is a sender. Works on the OCR lines already read; no model.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

# "Oskar Nieminen <oskar@studio-arkos.eu>", the name optional in quotes; nothing after the address but a date
_HEADER = re.compile(r"^[\"“]?(?P<name>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)[\"”]?\s*"
                     r"[<(‹](?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[>)›]")
# A label already says the role ("From: ...", "Reply-To: ..."): the pairs reading has that one
_LABELLED = re.compile(r"^[\w -]{1,20}:\s")
UPPER = 0.5  # share of the page height a message's header sits above

# The label the sender is found by: the role and the usual ways a question names it
SENDER_LABEL = "from (sender, sent by, who sent, who wrote, author of the message)"


def sender_line(lines: list[OcrLine], height: float) -> tuple[str, OcrLine] | None:
    """(name, line) of the one unlabelled "Name <address>" line in the upper page; None when there is none
    or there are several (a listing)."""
    found = [(m.group("name").strip(), ln) for ln in lines
             if (m := _HEADER.match(ln.text.strip())) and not _LABELLED.match(ln.text.strip())]
    headers = [ln for ln in lines if "@" in ln.text and _HEADER.search(ln.text)]
    if len(found) != 1 or len(headers) != 1 or found[0][1].box.cy > UPPER * height:
        return None
    return found[0]


class MailHeaderArgs(BaseModel):
    pass


@tool(name="mail_header")
def mail_header(ctx: ToolContext, args: MailHeaderArgs) -> ToolResult:
    """The sender of the message on screen: the one "Name <address>" line heading it."""
    found = sender_line(read_lines(ctx), float(ctx.size[1]))
    if found is None:
        return ToolResult(summary="no message header")
    name, line = found
    fact = EvidenceDraft(kind="key_value", label=SENDER_LABEL, value=name, box=line.box, confidence=0.75,
                         attrs={"source_structure": "mail_header"})
    return ToolResult(evidence=[fact], summary=f"sent by {name}")
