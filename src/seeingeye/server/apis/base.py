"""What each wire API module provides, and the helpers they share."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

import httpx

from ..httperrors import ApiError
from .neutral import Conversation, Event, Reply


class StreamWriter(Protocol):
    def feed(self, event: Event) -> bytes:
        """This API's SSE bytes for one neutral event (possibly several events, possibly none)."""
        ...


class WireAPI(Protocol):
    name: str  # chat | messages | responses
    path: str  # the route clients post to, e.g. /v1/messages
    stream_media_type: str
    forward_headers: tuple[str, ...]  # request headers passed on to an upstream of this same API

    def endpoint(self, base: httpx.URL) -> httpx.URL: ...
    def auth_headers(self, key: str | None) -> dict[str, str]: ...
    def parse_request(self, body: dict[str, Any]) -> Conversation: ...
    def write_request(self, conv: Conversation) -> dict[str, Any]: ...
    def parse_reply(self, payload: Any) -> Reply: ...
    def write_reply(self, reply: Reply) -> dict[str, Any]: ...
    def parse_stream(self, events: AsyncIterator[tuple[str | None, str]]) -> AsyncIterator[Event]: ...
    def stream_writer(self) -> StreamWriter: ...
    def error_body(self, status: int, message: str, type_: str, code: str | None) -> dict[str, Any]: ...


def bad(where: str, what: str) -> ApiError:
    """A request the API's own rules refuse: 400 with the place and the rule."""
    return ApiError(400, f"invalid request: {where} {what}")


def want(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise bad(where, what)
    return value


def optional_number(body: dict[str, Any], key: str) -> float | None:
    value = body.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise bad(key, "must be a number")
    return value


def optional_int(body: dict[str, Any], key: str) -> int | None:
    value = body.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise bad(key, "must be a positive integer")
    return value


def stop_list(value: Any, key: str) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) for s in items):
        raise bad(key, "must be a string or a list of strings")
    return items


def with_base_path(base: httpx.URL, suffix: str) -> httpx.URL:
    """`base` + suffix, keeping any query the base carries (a key in `?api_key=` stays put)."""
    return base.copy_with(path=base.path.rstrip("/") + suffix)


def upstream_error_message(payload: Any) -> tuple[str, str] | None:
    """(message, type) from an upstream's error body in either family's shape: OpenAI's {"error": {...}} or
    Anthropic's {"type": "error", "error": {...}}."""
    err = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(err, dict) and isinstance(err.get("message"), str):
        return err["message"], str(err.get("type") or "upstream_error")
    return None
