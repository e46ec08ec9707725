"""The small JSON files a report reads besides predictions: a --compare run's summary.json and a --prices
table. Both may be anything; each is validated into the shape the report uses or ends in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from ..errors import InputError, short_path
from ..jsonfile import read_json

SUMMARY = "summary.json"
MAX_SMALL_FILE = 16 * 1024 * 1024  # a summary of dozens of systems is kilobytes


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow", allow_inf_nan=False)


class CategoryRef(_Loose):
    accuracy: float | None = None


class SystemRef(_Loose):
    accuracy: float
    latency_p50_s: float | None = None
    per_category: dict[str, CategoryRef] = Field(default_factory=dict)


class SummaryFile(_Loose):
    systems: dict[str, SystemRef]
    notes: dict[str, str] = Field(default_factory=dict)


class Price(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    input_per_mtok: float = Field(0.0, ge=0)
    output_per_mtok: float = Field(0.0, ge=0)


class Prices(RootModel[dict[str, Price]]):
    """Dollars per million tokens, per role (translator, reasoner, judge) or `default`."""


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "top level"
    return f"{where[:80]}: {first['msg']}"


def load_summary(run_dir: Path) -> SummaryFile:
    """A run's summary.json, validated, or a one-line InputError."""
    path = run_dir / SUMMARY
    data = read_json(path, "summary", MAX_SMALL_FILE)
    try:
        return SummaryFile.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"summary {short_path(path)} is not a seeingeye summary ({_first_error(exc)})") from None


def compare_systems(run_dir: Path) -> dict[str, dict[str, Any]]:
    """The per-system summaries of the --compare run, as the report reads them."""
    return {name: ref.model_dump() for name, ref in load_summary(run_dir).systems.items()}


def load_prices(path: Path) -> dict[str, dict[str, float]]:
    """A --prices file: {"reasoner": {"input_per_mtok": 0.1, "output_per_mtok": 0.4}, "default": {...}}."""
    data = read_json(path, "prices file", MAX_SMALL_FILE)
    try:
        return {role: price.model_dump() for role, price in Prices.model_validate(data).root.items()}
    except ValidationError as exc:
        raise InputError(f"prices file {short_path(path)} is malformed ({_first_error(exc)})") from None
