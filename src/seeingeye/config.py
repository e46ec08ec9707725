"""Settings: defaults < seeingeye.toml < SEEINGEYE_* environment < explicit arguments."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from .errors import ConfigError

ENV_PREFIX = "SEEINGEYE_"


class Settings(BaseModel):
    """Everything a `SeeingEye` instance needs; immutable once built."""

    model_config = {"frozen": True, "extra": "forbid"}

    translator: Literal["tools", "vlm"] = "tools"
    reasoner: str = Field("embedded", description="registered reasoner backend: embedded | openai | ...")
    # Embedded (llama.cpp) model: a registered GGUF name or a path.
    embedded_model: str = "smollm2"
    model_path: str | None = None
    n_threads: int = Field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))
    # OpenAI-compatible server.
    base_url: str | None = None
    model: str | None = None
    vlm_base_url: str | None = None
    vlm_model: str | None = None
    api_key: str | None = None
    request_timeout_s: float = 60.0
    retries: int = 2
    # Loop budgets.
    max_rounds: int = Field(3, ge=1, le=10)
    confidence_threshold: float = Field(0.7, ge=0.0, le=1.0)
    # The proxy adds the embedded reasoner's answer as a hint only when its calibrated confidence is this high:
    # a wrong hint misleads a strong upstream more than no hint.
    hint_min_confidence: float = Field(0.85, ge=0.0, le=1.0)
    # Speculative fast path (after SpecEyes): answer from the first, cheapest reading (one OCR pass + layout)
    # when its calibrated confidence is at least `fast_confidence` and the best candidate leads the runner-up
    # by `fast_margin`; otherwise run the rest of the tool plan. Tuned on the realistic dev split
    # (benchmarks/lean_start.py --tune) for no loss of accuracy.
    fast_path: bool = True
    fast_confidence: float = Field(0.75, ge=0.0, le=1.0)
    fast_margin: float = Field(0.2, ge=0.0, le=1.0)
    # Routing by confidence (routing.py): local = the embedded answer always; upstream = always the escalation
    # model; auto = escalate only when the embedded answer's calibrated confidence is below `route_threshold`.
    route: Literal["local", "upstream", "auto"] = "local"
    # Provisional default: the understanding branch's calibration sets it where the clean test split's kept
    # answers are right 90% of the time.
    route_threshold: float = Field(0.8, ge=0.0, le=1.0)
    # The stronger OpenAI-compatible model to escalate to: `text` sends the question and the SIR reading,
    # `vlm` the question and the image. Base URL and model default to base_url/model.
    escalate_base_url: str | None = None
    escalate_model: str | None = None
    escalate_mode: Literal["text", "vlm"] = "text"
    # Escalation model unreachable: answer locally and say so in route_reason (False: fail with ModelError).
    escalate_fallback: bool = True
    max_tool_calls: int = Field(24, ge=1)
    time_budget_s: float = Field(120.0, gt=0)
    # Image limits.
    max_pixels: int = Field(40_000_000, ge=1)
    max_file_bytes: int = Field(50 * 1024 * 1024, ge=1)
    max_side: int = Field(4096, ge=64, description="larger images are downscaled to this side for analysis")
    max_question_chars: int = Field(4000, ge=1)
    max_options: int = Field(26, ge=1, le=26)
    ocr_engine: Literal["rapidocr", "tesseract"] = "rapidocr"

    def resolved_api_key(self) -> str | None:
        return self.api_key or os.environ.get("SEEINGEYE_API_KEY") or os.environ.get("OPENAI_API_KEY")


def _from_env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in Settings.model_fields:
        val = os.environ.get(ENV_PREFIX + name.upper())
        if val is not None and val != "":
            out[name] = val
    return out


def _from_toml(path: Path | None) -> dict[str, Any]:
    candidate = path or Path.cwd() / "seeingeye.toml"
    if not candidate.exists():
        if path is not None:
            raise ConfigError(f"config file not found: {path}")
        return {}
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML in {candidate}: {exc}") from None
    return dict(data.get("seeingeye", data))


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Merge the layers; `None` overrides mean "not given" so lower layers show through."""
    merged: dict[str, Any] = {}
    merged.update(_from_toml(Path(config_file) if config_file else None))
    merged.update(_from_env())
    merged.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid setting {loc!r}: {first['msg']}") from None
