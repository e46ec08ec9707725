"""Settings: defaults < seeingeye.toml < SEEINGEYE_* environment < explicit arguments.

A seeingeye.toml found in the working folder (not named with --config) is the folder's, and a folder is
not trusted with the user's credentials: when it sets the endpoint a model is called at, the API key from
the environment (or given as an argument) is not sent there unless `trust_local_config` is set outside
that file (argument, environment, or a --config file). Its own `api_key` may go to its own endpoint."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from .errors import ConfigError, SeeingEyeError

ENV_PREFIX = "SEEINGEYE_"
MAX_CONFIG_BYTES = 1 << 20


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
    # Loop budgets. Two rounds: the first look and one targeted second look. A third round gained nothing
    # measured (the wall 283 = 283 with one round; clean_test5 82 vs 83 of 138 and screens_test5 47 = 47 of 80
    # with one round against three) and cost most of the slow questions' time.
    max_rounds: int = Field(2, ge=1, le=10)
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
    # Where the embedded answers kept on test splits seen for the first time were right most often while still
    # keeping about half of them (benchmarks/results/reported_confidence.json, leave one split out over 40
    # first measurements: 0.675 right at 50% kept; 90% is reached only above 0.80, keeping 6%), so auto
    # escalates the less sure half.
    route_threshold: float = Field(0.5, ge=0.0, le=1.0)
    # The stronger OpenAI-compatible model to escalate to: `text` sends the question and the SIR reading,
    # `vlm` the question and the image. Base URL and model default to base_url/model.
    escalate_base_url: str | None = None
    escalate_model: str | None = None
    escalate_mode: Literal["text", "vlm"] = "text"
    # Escalation model unreachable: answer locally and say so in route_reason (False: fail with ModelError).
    escalate_fallback: bool = True
    # (the glance alone is 22 cheap passes over the OCR lines: the rest of the count is room for the costly
    # readings a kind or a question calls for, zooms among them; one more with each pass the glance gains)
    max_tool_calls: int = Field(29, ge=1)
    time_budget_s: float = Field(120.0, gt=0)
    # Image limits.
    max_pixels: int = Field(40_000_000, ge=1)
    max_file_bytes: int = Field(50 * 1024 * 1024, ge=1)
    max_side: int = Field(4096, ge=64, description="larger images are downscaled to this side for analysis")
    max_question_chars: int = Field(4000, ge=1)
    max_options: int = Field(26, ge=1, le=26)
    ocr_engine: Literal["rapidocr", "tesseract"] = "rapidocr"
    # Credentials and endpoints (see the module docstring). `local_config` records which settings came from
    # the working folder's seeingeye.toml; load_settings sets it and no file can.
    trust_local_config: bool = False
    local_config: tuple[str, ...] = ()

    def endpoint_for(self, role: str) -> str | None:
        """The setting that names the endpoint `role` calls ("vlm_base_url" or "base_url"), or None."""
        if role == "translator" and self.vlm_base_url:
            return "vlm_base_url"
        return "base_url" if self.base_url else None

    def resolved_api_key(self, role: str = "reasoner") -> str | None:
        """The API key for the endpoint `role` calls. Refused (ConfigError) when that endpoint comes from the
        working folder's seeingeye.toml and the key does not: that file must not redirect the user's key."""
        key, key_field = self.api_key, "api_key"
        if key is None:
            key = os.environ.get("SEEINGEYE_API_KEY") or os.environ.get("OPENAI_API_KEY")
            key_field = "environment"
        endpoint = self.endpoint_for(role)
        if key and endpoint in self.local_config and key_field not in self.local_config and not self.trust_local_config:
            url = getattr(self, endpoint)
            raise ConfigError(
                f"refusing to send your API key to {str(url)[:80]!r}: {endpoint} comes from ./seeingeye.toml in "
                "the working folder; pass --base-url, use --config FILE, or set SEEINGEYE_TRUST_LOCAL_CONFIG=1"
            )
        return key


INTERNAL = ("local_config",)  # set by load_settings only
NOT_FROM_LOCAL_FILE = ("trust_local_config", "local_config")  # a folder cannot vouch for itself


def _from_env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in Settings.model_fields:
        if name in INTERNAL:
            continue
        val = os.environ.get(ENV_PREFIX + name.upper())
        if val is not None and val != "":
            out[name] = val
    return out


def _from_toml(path: Path | None) -> dict[str, Any]:
    """The [seeingeye] table of `path`, or of ./seeingeye.toml when no path is given (absent: empty)."""
    candidate = path or Path.cwd() / "seeingeye.toml"
    if not candidate.exists():
        if path is not None:
            raise ConfigError(f"config file not found: {path}")
        return {}
    try:  # regular files only, capped: a FIFO named seeingeye.toml must not hang every command run here
        from .imageio import read_file  # lazily: it pulls numpy and Pillow, which `--help` never needs

        data = tomllib.loads(read_file(candidate, MAX_CONFIG_BYTES, "config file").decode("utf-8"))
    except SeeingEyeError as exc:
        raise ConfigError(str(exc)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML in {candidate}: {exc}") from None
    table = data.get("seeingeye", data)
    if not isinstance(table, dict):
        raise ConfigError(f"invalid config in {candidate}: [seeingeye] must be a table")
    return dict(table)


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Merge the layers; `None` overrides mean "not given" so lower layers show through."""
    merged: dict[str, Any] = {}
    explicit = config_file is not None
    from_file = _from_toml(Path(config_file) if explicit else None)
    if explicit:
        from_file.pop("local_config", None)
    else:
        for name in NOT_FROM_LOCAL_FILE:
            from_file.pop(name, None)
    env = _from_env()
    given = {k: v for k, v in overrides.items() if v is not None and k not in INTERNAL}
    merged.update(from_file)
    merged.update(env)
    merged.update(given)
    if not explicit:  # which values the working folder's file decided (not overridden by a later layer)
        merged["local_config"] = tuple(k for k in from_file if k not in env and k not in given)
    try:
        return Settings(**merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid setting {loc!r}: {first['msg']}") from None
