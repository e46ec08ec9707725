"""Reading predictions.jsonl: every row validated, whatever a crash or a hostile folder left in the file.

A row is written by one write() ending in a newline, so only an unterminated last line can be a torn
write. Any other unreadable line (bad JSON, 100,000 nested `[`, a row without an id, `"usage": 5`) is
skipped and counted, never taken as the end of the file: rows after it are kept, and nothing downstream
(resume, summaries, the report) meets a field of the wrong type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError, SeeingEyeError
from ..imageio import read_file
from ..jsonfile import parse_json

PREDICTIONS = "predictions.jsonl"
MAX_PREDICTIONS_BYTES = 4 << 30  # a million rows with long questions; past it the file is not ours


class PredictionRow(BaseModel):
    """The fields the harness reads, typed; anything else a row carries passes through."""

    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    id: str | int
    system: str
    correct: bool = False
    category: str = "all"
    answer_type: str | None = None
    question: Any = ""
    gold: Any = ""
    options: list[Any] | None = None
    prediction: Any = ""
    confidence: float | None = None
    latency_s: float = 0.0
    usage: dict[str, dict[str, int | float]] = Field(default_factory=dict)
    tool_calls: int = 0
    rounds: int = 0
    model_calls: int = 0
    valid_model_calls: int = 0
    evidence_hit: bool | None = None
    error: str | None = None
    round_answers: list[Any] | None = None


def parse_row(line: bytes | str) -> dict[str, Any] | None:
    """The row on one line as a dict, or None when it is not a usable row."""
    try:
        data = parse_json(line, "row")
        return PredictionRow.model_validate(data).model_dump(exclude_unset=False)
    except (InputError, ValidationError):
        return None


@dataclass
class Scan:
    rows: list[dict[str, Any]] = field(default_factory=list)
    bad: int = 0  # complete lines that are not usable rows
    tail: bytes = b""  # an unterminated last line
    tail_row: dict[str, Any] | None = None  # ...when it is a whole row that only lacks its newline


def scan_rows(path: Path) -> Scan:
    if not path.exists():
        return Scan()
    try:  # regular files only, capped: a predictions.jsonl that is /dev/zero or a FIFO is an error, not a hang
        data = read_file(path, MAX_PREDICTIONS_BYTES, "predictions file")
    except SeeingEyeError as exc:
        raise InputError(str(exc)) from None
    cut = data.rfind(b"\n") + 1
    scan = Scan(tail=data[cut:])
    for line in data[:cut].splitlines():
        if not line.strip():
            continue
        row = parse_row(line)
        if row is None:
            scan.bad += 1
        else:
            scan.rows.append(row)
    if scan.tail.strip():
        scan.tail_row = parse_row(scan.tail)
        if scan.tail_row is not None:
            scan.rows.append(scan.tail_row)
    return scan


def load_rows(path: Path) -> list[dict[str, Any]]:
    """Every usable row of a predictions file (see `scan_rows`)."""
    return scan_rows(path).rows
