"""API-key check as plain ASGI middleware, for apps we do not build ourselves (the MCP HTTP app). The key comes
as `Authorization: Bearer` (OpenAI clients, Codex, Claude Code's ANTHROPIC_AUTH_TOKEN) or `x-api-key` (Anthropic
clients, Claude Code's ANTHROPIC_API_KEY)."""

from __future__ import annotations

import hmac
import json
from typing import Any


def require_keys(app: Any, keys: list[str]) -> Any:
    if not keys:
        return app

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            auth = headers.get(b"authorization", b"").decode("latin-1")
            token = auth[7:] if auth.lower().startswith("bearer ") else headers.get(b"x-api-key", b"").decode("latin-1")
            if not any(hmac.compare_digest(token.encode(), k.encode()) for k in keys):
                body = json.dumps(
                    {
                        "error": {
                            "message": "missing or invalid API key",
                            "type": "authentication_error",
                            "code": "invalid_api_key",
                        }
                    }
                ).encode()
                await send(
                    {"type": "http.response.start", "status": 401, "headers": [(b"content-type", b"application/json")]}
                )
                await send({"type": "http.response.body", "body": body})
                return
        await app(scope, receive, send)

    return wrapped
