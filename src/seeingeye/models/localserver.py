"""A minimal OpenAI-compatible server around the embedded GGUF model (`seeingeye serve-model`).

It lets the `openai` backend, the proxy and their tests talk to a real HTTP server offline:
/v1/models and /v1/chat/completions with `response_format` json_schema turned into a llama.cpp grammar.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .base import ChatModel


class ChatRequest(BaseModel):
    model: str | None = None
    messages: list[dict[str, Any]]
    max_tokens: int | None = 256
    temperature: float | None = 0.0
    response_format: dict[str, Any] | None = None
    stream: bool | None = False


def _text_only(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for m in messages:
        content = m.get("content")
        if isinstance(content, list):
            if any(p.get("type") == "image_url" for p in content if isinstance(p, dict)):
                raise HTTPException(400, "this model is text-only: image parts are not accepted")
            content = "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        out.append({"role": m.get("role", "user"), "content": content or ""})
    return out


def create_app(model: ChatModel) -> FastAPI:
    app = FastAPI(title="seeingeye local model server")

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": model.name, "object": "model", "owned_by": "seeingeye"}]}

    @app.post("/v1/chat/completions")
    def chat(req: ChatRequest) -> dict[str, Any]:
        if req.stream:
            raise HTTPException(400, "streaming is not supported by the local model server")
        schema = None
        if req.response_format and req.response_format.get("type") == "json_schema":
            schema = req.response_format.get("json_schema", {}).get("schema")
        elif req.response_format and req.response_format.get("type") == "json_object":
            schema = req.response_format.get("schema") or {"type": "object"}
        reply = model.complete(
            _text_only(req.messages),
            json_schema=schema,
            max_tokens=req.max_tokens or 256,
            temperature=req.temperature or 0.0,
        )
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model.name,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text}, "finish_reason": "stop"}],
            "usage": {
                "prompt_tokens": reply.tokens_in,
                "completion_tokens": reply.tokens_out,
                "total_tokens": reply.tokens_in + reply.tokens_out,
            },
        }

    return app
