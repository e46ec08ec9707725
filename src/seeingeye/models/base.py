"""The model interface every backend implements, and the registry backends are found in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from ..config import Settings
from ..registry import Registry

Role = Literal["translator", "reasoner", "judge"]


class ToolCallRequest(BaseModel):
    id: str = ""
    name: str
    arguments: str = Field("{}", description="raw JSON text, validated by the tool before it runs")


class ModelReply(BaseModel):
    text: str
    tool_calls: list[ToolCallRequest] = Field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0
    model: str = ""


class ChatModel(Protocol):
    """A chat model. `json_schema` asks for guided decoding; `tools` for function calling."""

    name: str
    backend: str
    supports_images: bool

    def complete(
        self,
        messages: list[dict[str, Any]],
        *,
        json_schema: dict[str, Any] | None = None,
        tools: list[dict[str, Any]] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> ModelReply: ...


BackendFactory = Callable[[Settings, Role], ChatModel]
BACKENDS: Registry[BackendFactory] = Registry("backend", "seeingeye.backends")
