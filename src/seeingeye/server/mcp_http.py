"""MCP over HTTP (`seeingeye mcp --transport http`): the SDK's streamable HTTP app behind the same
admission control as `serve` and `proxy` (queue and byte budget before the body is read, JSON-RPC-shaped
429 + Retry-After), and API keys when configured. Tool calls themselves run within the admission's
worker cap (see `build_mcp(..., admission=)`)."""

from __future__ import annotations

from typing import Any

from .admission import Admission, admission_gate
from .auth import require_keys
from .httperrors import ErrorShapes

MAX_BODY_BYTES = 32 * 1024 * 1024  # a JSON-RPC call carrying a base64 image, with room to spare


def jsonrpc_shape(status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
    """A JSON-RPC error with no id (the request was never read), HTTP details under `data`."""
    return {
        "jsonrpc": "2.0",
        "id": None,
        "error": {"code": -32000, "message": message, "data": {"status": status, "type": type_, "code": code}},
    }


def mcp_http_app(server: Any, host: str, keys: list[str], admission: Admission) -> Any:
    app = server.streamable_http_app(host=host)
    gated = admission_gate(
        app, admission, max_body_bytes=MAX_BODY_BYTES, prefixes=("/mcp",), shapes=ErrorShapes(jsonrpc_shape)
    )
    return require_keys(gated, keys)
