"""Sizes as ls -h, df -h, du and file managers print them ("1.2G", "900M", "4.0 KiB", "3.2 MB", "4096 bytes")."""

from __future__ import annotations

import re

_SIZE = re.compile(r"^(\d+(?:[.,]\d+)?)\s?([KMGTP]?)(i?B?)$|^(\d+(?:[.,]\d+)?)\s?(bytes?|[kKMGT]i?B)$")
_UNITS = {"": 0, "K": 1, "M": 2, "G": 3, "T": 4, "P": 5}


def size_bytes(text: str) -> float | None:
    """'1.2G' / '900M' / '4.0KiB' / '4096' -> bytes (binary units, as ls -h, df -h and du print them)."""
    m = _SIZE.match(text.strip())
    if not m:
        return None
    if m.group(1) is not None:
        return float(m.group(1).replace(",", ".")) * 1024 ** _UNITS[m.group(2)]
    unit = m.group(5)[0].upper()
    return float(m.group(4).replace(",", ".")) * 1024 ** _UNITS.get(unit if unit != "B" else "", 0)


def unit_size(text: str) -> bool:
    """A size printed with its unit ("1.4 MB", "980 MiB"), not a bare figure."""
    return size_bytes(text) is not None and bool(re.search(r"[A-Za-z]", text))
