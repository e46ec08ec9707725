"""JSON from untrusted files (traces, predictions, summaries, prices): one parser that always ends in
a one-line `InputError`, never a traceback.

Files a user is handed (an eval folder, a trace from a colleague) may be anything: `/dev/zero`, a FIFO,
gigabytes, 200,000 nested `[`, `NaN` where a number belongs. So files are read through the regular-files-
only, size-capped reader images use; parsing catches the C scanner's RecursionError; the parsed value is
checked for depth without recursion (later code such as `json.dumps` or pydantic recurses); and the
non-standard constants NaN/Infinity become None (a page's JSON must stay valid JSON).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from .errors import InputError, SeeingEyeError, short_path
from .imageio import read_file

MAX_DEPTH = 200  # traces nest about a dozen levels; past this a file is hostile, not a trace
MAX_FILE_BYTES = 256 * 1024 * 1024  # a trace with an embedded page image is a few MB


def check_depth(value: Any, max_depth: int = MAX_DEPTH, what: str = "JSON") -> None:
    """Raise InputError when `value` nests deeper than `max_depth` (an explicit stack: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise InputError(f"{what} nests deeper than {max_depth} levels")
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values() if isinstance(child, dict | list))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node if isinstance(child, dict | list))


def _no_constant(name: str) -> None:
    """NaN, Infinity, -Infinity read as null: they are not JSON and would break any page embedding them."""
    return None


def parse_json(text: str | bytes, what: str = "JSON", max_depth: int = MAX_DEPTH) -> Any:
    """Parse `text` or raise a one-line InputError naming `what`."""
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except UnicodeDecodeError:
        raise InputError(f"{what} is not UTF-8 text") from None
    except RecursionError:
        raise InputError(f"{what} nests too deeply to read") from None
    check_depth(value, max_depth, what)
    return value


def read_json(path: str | Path, what: str = "JSON file", max_bytes: int = MAX_FILE_BYTES) -> Any:
    """A JSON file: regular files only (no /dev/zero, no FIFO), at most `max_bytes`, one-line errors."""
    try:
        data = read_file(path, max_bytes, what)
    except SeeingEyeError as exc:  # file_error / too large: already one line, re-raised as input errors
        raise InputError(str(exc)) from None
    return parse_json(data, f"{what} {short_path(path)}")


def finite(value: Any) -> Any:
    """`value` with every non-finite float replaced by None (iteratively; the depth was checked on read)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if not isinstance(value, dict | list):
        return value
    out: list[Any] = [None]
    stack: list[tuple[Any, list[Any], Any]] = [(value, out, 0)]
    while stack:
        node, parent, key = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            parent[key] = None
        elif isinstance(node, dict):
            copy: dict[Any, Any] = dict(node)
            parent[key] = copy
            stack.extend((v, copy, k) for k, v in node.items() if isinstance(v, dict | list | float))
        elif isinstance(node, list):
            items = list(node)
            parent[key] = items
            stack.extend((v, items, i) for i, v in enumerate(node) if isinstance(v, dict | list | float))
        else:
            parent[key] = node
    return out[0]
