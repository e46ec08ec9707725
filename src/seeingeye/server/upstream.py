"""The proxy's side of the conversation with its upstream: a URL whose secrets never reach a client, a
bounded read, and replies checked to be chat completions (anything else is the upstream's fault: 502)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .httperrors import ApiError

MAX_REPLY_BYTES = 16 * 1024 * 1024


def redact_url(url: str) -> str:
    """The URL as it may be shown: no user:password, no query (where `?api_key=` lives), no fragment."""
    try:
        u = httpx.URL(url)
        return str(u.copy_with(username=None, password=None, query=None, fragment=None))
    except (httpx.InvalidURL, ValueError, TypeError):
        return "<upstream>"


def chat_endpoint(base: str) -> httpx.URL:
    """`base` + /chat/completions, keeping any query the base carries (a key in `?api_key=` stays put)."""
    u = httpx.URL(base)
    return u.copy_with(path=u.path.rstrip("/") + "/chat/completions")


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = "assistant"
    content: str | list[Any] | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="allow")
    message: _Message


class ChatCompletion(BaseModel):
    """Just enough of the Chat Completions reply shape for a client to use it."""

    model_config = ConfigDict(extra="allow")
    choices: list[_Choice] = Field(min_length=1)


def _bad_reply(shown: str, why: str) -> ApiError:
    return ApiError(502, f"upstream {shown} {why}", "upstream_error", "bad_upstream_reply")


class Upstream:
    def __init__(self, base: str, key: str | None, timeout_s: float, max_bytes: int = MAX_REPLY_BYTES) -> None:
        self.url = chat_endpoint(base)
        self.shown = redact_url(base)
        self.key, self.timeout_s, self.max_bytes = key, timeout_s, max_bytes

    async def _read(self, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise _bad_reply(self.shown, f"sent a reply over {self.max_bytes} bytes")
        chunks, size = [], 0
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise _bad_reply(self.shown, f"sent a reply over {self.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _checked(self, status: int, content: bytes) -> Response:
        try:
            payload = json.loads(content)
        except (ValueError, RecursionError):
            payload = None
        if status >= 500 or 300 <= status < 400:
            raise _bad_reply(self.shown, f"returned HTTP {status}")
        if status >= 400:  # the upstream refused the request: its status, in OpenAI's error shape
            if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
                return Response(content, status, media_type="application/json")
            raise ApiError(status, f"upstream {self.shown} refused the request (HTTP {status})", "upstream_error")
        try:
            ChatCompletion.model_validate(payload)
        except ValidationError:
            raise _bad_reply(self.shown, "did not reply with a chat completion") from None
        return Response(content, status, media_type="application/json")

    async def forward(self, body: dict[str, Any]) -> Response:
        headers = {"content-type": "application/json"}
        if self.key:
            headers["authorization"] = f"Bearer {self.key}"
        client = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout_s, connect=10.0), trust_env=False)
        try:
            req = client.build_request("POST", self.url, json=body, headers=headers)
            resp = await client.send(req, stream=True)
        except httpx.TimeoutException:
            await client.aclose()
            raise ApiError(504, f"upstream {self.shown} timed out", "upstream_timeout") from None
        except httpx.HTTPError:
            await client.aclose()
            raise ApiError(502, f"cannot reach upstream {self.shown}", "upstream_error") from None
        ctype = resp.headers.get("content-type", "")
        if body.get("stream") and resp.status_code == 200 and ctype.startswith("text/event-stream"):
            return StreamingResponse(self._relay(resp, client), media_type=ctype)
        try:
            content = await self._read(resp)
        except httpx.TimeoutException:
            raise ApiError(504, f"upstream {self.shown} timed out", "upstream_timeout") from None
        except httpx.HTTPError:  # e.g. a body shorter than its Content-Length
            raise _bad_reply(self.shown, "sent an incomplete reply") from None
        finally:
            await resp.aclose()
            await client.aclose()
        return self._checked(resp.status_code, content)

    async def _relay(self, resp: httpx.Response, client: httpx.AsyncClient) -> AsyncIterator[bytes]:
        try:
            async for chunk in resp.aiter_raw():
                yield chunk
        except httpx.HTTPError:  # the status line is gone; end the stream with an error event
            err = {"error": {"message": f"upstream {self.shown} broke off the stream", "type": "upstream_error"}}
            yield f"data: {json.dumps(err)}\n\n".encode()
        finally:
            await resp.aclose()
            await client.aclose()
