"""The machine-readable zone of a passport, an ID card or a residence permit (ICAO 9303): the holder's names
in the line `SURNAME<<GIVEN<NAMES<<<<`, which says which name is the surname where the card prints none of
its labels. Each name is given as the card prints it above, where a printed line spells the same letters
("NAKAMURA<SILVA" is printed "NAKAMURA-SILVA"), else with the filler read as a space.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

# A names line: letters and fillers only, a double filler between the surname and the given names; a TD1 card's
# line 3, a passport's line 1 after "P<" and its issuing state.
_NAMES = re.compile(r"^(?:P[A-Z<]<?[A-Z<]{3})?([A-Z]+(?:<[A-Z]+)*)<<([A-Z]+(?:<[A-Z]+)*)<*$")


def _as_printed(mrz_name: str, lines: list[OcrLine]) -> str:
    """The name as a printed line spells it, else with its fillers as spaces."""
    letters = mrz_name.replace("<", "")
    for ln in lines:
        for part in re.split(r"\s{2,}|,", ln.text):
            if re.sub(r"[^A-Za-z]", "", part).upper() == letters and "<" not in part:
                return part.strip()
    return mrz_name.replace("<", " ")


def read_names(lines: list[OcrLine]) -> tuple[str, str, OcrLine] | None:
    """(surname, given names, the names line) from a machine-readable zone, else None."""
    for ln in lines:
        text = re.sub(r"\s+", "", ln.text.upper())
        m = _NAMES.match(text)
        if m and text.count("<") >= 3 and len(text) >= 15:
            return _as_printed(m.group(1), lines), _as_printed(m.group(2), lines), ln
    return None


class MrzArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the card; whole image if omitted")


@tool(name="mrz")
def mrz(ctx: ToolContext, args: MrzArgs) -> ToolResult:
    """The holder's surname and given names from an identity document's machine-readable zone."""
    found = read_names(read_lines(ctx))
    if found is None:
        return ToolResult(summary="no machine-readable zone")
    surname, given, ln = found
    drafts = [EvidenceDraft(kind="key_value", label="surname (family name, last name)", value=surname, box=ln.box,
                            confidence=0.85, attrs={"source_structure": "mrz"}),
              EvidenceDraft(kind="key_value", label="given names (first name, forename)", value=given, box=ln.box,
                            confidence=0.85, attrs={"source_structure": "mrz"})]
    return ToolResult(evidence=drafts, summary=f"surname {surname}, given names {given}")
