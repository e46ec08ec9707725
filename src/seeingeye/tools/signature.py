"""`signature`: the block a letter, a certificate, a report card or an invoice is signed with: a person's name
over the role they sign as ("Prof. L. Marchetti" over "Programme Director"), alone in the lower part of the page. The
name becomes two facts: who signed, and who holds that role.

Works on the OCR lines already read; geometric, no model.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .layout import union
from .ocr import OcrLine, read_lines

# A name as it is signed: an optional title, then two to four capitalised words or initials ("Dr. A. Okafor",
# "Jana Nováková", "M. de Vries")
_NAME = re.compile(r"^(?:(?:Mrs?|Ms|Dr|Prof|Sir|Fr)\.?\s+)?(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+|[A-ZÀ-Þ]\.)"
                   r"(?:\s+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+|[A-ZÀ-Þ]\.|van|von|de|da|di|del|der|le|la)){1,3}$")
# A role under it: a few words, no figures ("Programme Director", "Head of Finance", "Authorised signatory")
_ROLE = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ&'’/.,-]*(?:\s+[A-Za-zÀ-ÿ&'’/.,-]+){0,4}$")
LOWER = 0.55  # share of the page height below which a signature block sits


def _alone(ln: OcrLine, lines: list[OcrLine]) -> bool:
    """No other text on the line's row: a table's cells share rows, a signature stands on its own."""
    return not any(o is not ln and min(o.box.y1, ln.box.y1) - max(o.box.y0, ln.box.y0) > 0.4 * ln.box.h
                   for o in lines)


def signature_blocks(lines: list[OcrLine], height: float) -> list[tuple[OcrLine, OcrLine]]:
    """(name, role) pairs: a name line alone on its row in the lower page, the role line right under it,
    aligned with it on either side and printed no larger."""
    out = []
    for ln in lines:
        if ln.box.cy < LOWER * height or not _NAME.match(ln.text.strip()) or not _alone(ln, lines):
            continue
        h = ln.box.h
        under = [o for o in lines if o is not ln and 0 <= o.box.y0 - ln.box.y1 + 0.3 * h < 1.2 * h
                 and (abs(o.box.x0 - ln.box.x0) < 1.5 * h or abs(o.box.x1 - ln.box.x1) < 1.5 * h)
                 and o.box.h <= 1.15 * h and _ROLE.match(o.text.strip()) and _alone(o, lines)]
        if under:
            out.append((ln, min(under, key=lambda o: o.box.y0)))
    return out


class SignatureArgs(BaseModel):
    pass


@tool(name="signature")
def signature(ctx: ToolContext, args: SignatureArgs) -> ToolResult:
    """Who signed the document: a name over the role it signs as, in the lower part of the page."""
    found = signature_blocks(read_lines(ctx), float(ctx.size[1]))
    if len(found) != 1:  # (a page of several name-over-role pairs is a team page, not a signature)
        return ToolResult(summary="no signature block")
    name, role = found[0]
    box = union([name.box, role.box])
    attrs: dict[str, object] = {"source_structure": "signature"}
    facts = [EvidenceDraft(kind="key_value", label=f"signed by (signature, signatory, who signed, {role.text.strip()})",
                           value=name.text.strip(), box=box, confidence=0.75, attrs=attrs),
             EvidenceDraft(kind="key_value", label=role.text.strip(), value=name.text.strip(), box=box,
                           confidence=0.7, attrs=attrs)]
    return ToolResult(evidence=facts, summary=f"signed by {name.text.strip()} ({role.text.strip()})")
