"""OpenAI-compatible backend: vLLM, SGLang, Ollama, llama.cpp server, OpenAI — anything speaking
/v1/chat/completions. JSON-schema guided decoding through `response_format`, timeouts and retries."""

from __future__ import annotations

import time
from typing import Any

from ..config import Settings
from ..errors import ConfigError, ModelError, ModelTimeoutError
from .base import BACKENDS, ModelReply, Role, ToolCallRequest


class OpenAICompatModel:
    backend = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None,
        timeout_s: float = 60.0,
        retries: int = 2,
        supports_images: bool = False,
    ) -> None:
        self.base_url = base_url
        self.name = model
        self.supports_images = supports_images
        import openai  # about 0.4 s of imports: only paths that talk to a server pay for it

        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=timeout_s, max_retries=retries
        )

    def complete(
        self,
        messages: list[dict[str, Any]],
        *,
        json_schema: dict[str, Any] | None = None,
        tools: list[dict[str, Any]] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.0,
    ) -> ModelReply:
        kwargs: dict[str, Any] = {
            "model": self.name,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if json_schema is not None and not tools:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "output", "schema": json_schema},
            }
        if tools:
            kwargs["tools"] = tools
        import openai

        start = time.perf_counter()
        try:
            resp = self._client.chat.completions.create(**kwargs)
        except openai.APITimeoutError:
            raise ModelTimeoutError(f"model server {self.base_url} timed out") from None
        except openai.APIConnectionError:
            raise ModelError(f"cannot reach model server at {self.base_url}") from None
        except openai.APIStatusError as exc:
            raise ModelError(
                f"model server {self.base_url} returned HTTP {exc.status_code}: {str(exc.message)[:200]}"
            ) from None
        except openai.OpenAIError as exc:
            raise ModelError(f"model server {self.base_url} failed: {exc}") from None
        if not getattr(resp, "choices", None):
            raise ModelError(f"model server {self.base_url} returned no choices")
        msg = resp.choices[0].message
        calls = [
            ToolCallRequest(id=c.id or "", name=c.function.name, arguments=c.function.arguments or "{}")
            for c in (msg.tool_calls or [])
            if getattr(c, "function", None)
        ]
        usage = resp.usage
        return ModelReply(
            text=msg.content or "",
            tool_calls=calls,
            latency_s=time.perf_counter() - start,
            tokens_in=getattr(usage, "prompt_tokens", 0) or 0,
            tokens_out=getattr(usage, "completion_tokens", 0) or 0,
            model=self.name,
        )


def openai_factory(settings: Settings, role: Role) -> OpenAICompatModel:
    if role == "translator":
        base_url, model = settings.vlm_base_url or settings.base_url, settings.vlm_model or settings.model
    else:
        base_url, model = settings.base_url, settings.model
    if not base_url or not model:
        raise ConfigError(f"the openai backend for the {role} needs --base-url and --model")
    return OpenAICompatModel(
        base_url,
        model,
        settings.resolved_api_key(role),
        settings.request_timeout_s,
        settings.retries,
        supports_images=role == "translator",
    )


BACKENDS.register("openai", openai_factory)
