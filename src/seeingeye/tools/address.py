"""Postal addresses: the line that ends one ("DAYTON OH 45402-1120", "1015 CJ Amsterdam", "31000 Toulouse",
"London SW1A 1AA") gives its city and postcode, named by the heading the address sits under ("SHIP TO:",
"Bill to", "From"). A label, an envelope, an invoice and a form hold several: "which city is it going to"
is the city under the recipient's heading, found by meaning like any label.

Geometric and textual, no model: a pass over what the OCR already read.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

_CITY = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]+(?:[ -][A-ZÀ-Þa-zß][A-Za-zÀ-ÿ'’.-]+){0,3}"
# US / Canada: City, ST 12345(-6789) or City ST A1A 1A1
_NORTH_AMERICA = re.compile(rf"(?P<city>{_CITY}),?\s+(?P<region>[A-Z]{{2}})\s+"
                            r"(?P<code>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
# Most of Europe: postcode then city ("31000 Toulouse", "1015 CJ Amsterdam", "D-10115 Berlin", "SE-114 55 Stockholm");
# a year opening a heading ("2024 Annual report") is none
_POSTCODE_FIRST = re.compile(rf"(?:[A-Z]{{1,2}}-)?(?P<code>(?!(?:19|20)\d\d\s+[A-Z][a-z])\d{{4,5}}(?:\s?[A-Z]{{2}})?|"
                             rf"\d{{3}}\s\d{{2}})\s+(?P<city>{_CITY})$")
# UK: city then postcode ("London SW1A 1AA", "Leeds, LS1 4DY")
_UK = re.compile(rf"(?P<city>{_CITY}),?\s+(?P<code>[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}})$")
_STREET = re.compile(r"\d+\s*[A-Za-zÀ-ÿ]{2,}|[A-Za-zÀ-ÿ]{3,}\.?\s*\d+")  # "22 rue des Capucins", "Lindenstraße 41"
_HEADING = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ./&-]{1,30}:\s*$|^(?i:ship to|bill to|sold to|deliver to|from|to|"
                      r"sender|recipient|return address|billing address|shipping address)\b")


def _heading(lines: list[OcrLine], end: OcrLine) -> str | None:
    """The heading over an address: a short label line ending in a colon (or a known party's name) at most five
    lines above its last line, in the same column."""
    above = sorted((ln for ln in lines if ln.box.y1 <= end.box.y0 + 2 and abs(ln.box.x0 - end.box.x0) < 3 * end.box.h
                    and end.box.y0 - ln.box.y1 < 6 * end.box.h), key=lambda ln: -ln.box.y1)
    for ln in above[:5]:
        text = ln.text.strip()
        if _HEADING.match(text):
            return text.rstrip(": ")
    return None


def _under_street(lines: list[OcrLine], end: OcrLine) -> bool:
    """A street line (a number and a name) sits just above, in the same column."""
    h = end.box.h
    return any(-0.5 * h <= end.box.y0 - ln.box.y1 < 1.2 * h and ln.box.y0 < end.box.y0
               and abs(ln.box.x0 - end.box.x0) < 2 * h and _STREET.search(ln.text) for ln in lines if ln is not end)


def _followed(lines: list[OcrLine], end: OcrLine) -> bool:
    """Text goes on right of the line on its row: a table's row ("SO-10997 Mei Lin | Poland"), not an address."""
    return any(ln is not end and abs(ln.box.cy - end.box.cy) < 0.5 * end.box.h
               and 0 <= ln.box.x0 - end.box.x1 < 6 * end.box.h for ln in lines)


def addresses(lines: list[OcrLine]) -> list[EvidenceDraft]:
    out = []
    for ln in lines:
        text = ln.text.strip()
        # the address's last line under its street, or a whole address on one line after the street's comma
        whole, _, tail = text.rpartition(", ")
        one_line = bool(whole) and bool(_STREET.search(whole))
        part = tail if one_line else text
        m = _NORTH_AMERICA.fullmatch(part) or _UK.fullmatch(part) or _POSTCODE_FIRST.fullmatch(part)
        if m is None or not (one_line or _under_street(lines, ln)) or _followed(lines, ln):
            continue
        under = _heading(lines, ln)
        where = f" ({under})" if under else ""
        out.append(EvidenceDraft(kind="key_value", label=f"city (town) of the address{where}", value=m.group("city"),
                                 box=ln.box, confidence=0.75, attrs={"source_structure": "address"}))
        out.append(EvidenceDraft(kind="key_value", label=f"postcode (zip code) of the address{where}",
                                 value=m.group("code"), box=ln.box, confidence=0.75,
                                 attrs={"source_structure": "address"}))
    return out


class AddressArgs(BaseModel):
    pass


@tool(name="address")
def address(ctx: ToolContext, args: AddressArgs) -> ToolResult:
    """Postal addresses: each one's city and postcode, named by the heading it sits under (ship to, from)."""
    found = addresses(read_lines(ctx))
    return ToolResult(evidence=found, summary=f"{len(found) // 2} address(es)" if found else "no address")
