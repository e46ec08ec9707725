"""ASGI guard in front of `serve` and `proxy`: the checks every request passes before any handler runs,
and the last line of defence after it.

- Host and Origin must name an allowed host (loopback by default, like the MCP HTTP transport), so a web
  page cannot reach the server by DNS rebinding or make a browser send a cross-site "simple" POST.
- A POST must be `Content-Type: application/json` exactly (parameters aside): `text/plain` is what a
  browser may send cross-site without a CORS preflight.
- Any response sent before the request body was read (401, 413, 415, ...) first drains the rest of the
  body, up to a bound, so the client reads the answer instead of "connection reset".
- An exception that escapes the app becomes a logged JSON 500 (503 when memory ran out), no stack trace.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from .httperrors import unexpected_error

log = logging.getLogger("seeingeye.guard")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1"]


def _hostname(value: str) -> str | None:
    """'127.0.0.1:8000' / '[::1]:8000' / 'http://localhost:3000' -> the bare lower-case host name."""
    try:
        parts = urlsplit(value if "://" in value else "//" + value)
        _ = parts.port  # a malformed port makes the whole header malformed
    except ValueError:
        return None
    return parts.hostname.rstrip(".") if parts.hostname else None


def host_allowed(host: str | None, allowed: list[str]) -> bool:
    if host is None:
        return False
    if "*" in allowed:
        return True
    for pattern in allowed:
        p = pattern.lower().strip("[]").rstrip(".")
        if host == p or (p.startswith("*.") and host.endswith(p[1:])):
            return True
    return False


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


async def _reply(send: Send, status: int, message: str, code: str, type_: str = "invalid_request_error") -> None:
    body = json.dumps({"error": {"message": message, "type": type_, "code": code}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def guard(
    app: ASGIApp,
    *,
    allowed_hosts: list[str] | None = None,
    drain_bytes: int = 64 * 1024 * 1024,
    drain_seconds: float = 10.0,
) -> ASGIApp:
    """Wrap `app`. `allowed_hosts`: names the Host/Origin headers may carry ("*" = any Host; an Origin must
    then match the Host). `drain_bytes`/`drain_seconds` bound the body read after an early response."""
    hosts = allowed_hosts if allowed_hosts is not None else LOOPBACK_HOSTS

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        body_done = scope["method"] in ("GET", "HEAD") and "content-length" not in headers
        body_done = body_done and "transfer-encoding" not in headers
        started = False

        async def tracked_receive() -> Message:
            nonlocal body_done
            msg = await receive()
            if msg["type"] != "http.request" or not msg.get("more_body", False):
                body_done = True
            return msg

        async def drain() -> bool:
            """Read and drop the unread body, up to a bound; False if it was too big or too slow."""
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > drain_bytes:
                return False
            size = 0
            try:
                async with asyncio.timeout(drain_seconds):
                    while not body_done:
                        msg = await tracked_receive()
                        size += len(msg.get("body", b""))
                        if size > drain_bytes:
                            return False
            except TimeoutError:
                return False
            return True

        async def guarded_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                # With `Expect: 100-continue` the client waits for us: no body is coming unless we ask.
                # Past the bound the server's own discard/linger (see serving.py) takes over.
                # A reply that closes the connection (an admission refusal) leaves the body to the transport.
                closing = (b"connection", b"close") in msg.get("headers", [])
                if not body_done and not closing and "100-continue" not in headers.get("expect", "").lower():
                    await drain()
            await send(msg)

        host = _hostname(headers.get("host", ""))
        origin = headers.get("origin")
        if not host_allowed(host, hosts):
            await _reply(guarded_send, 421, "request Host is not one this server answers to", "invalid_host")
            return
        if origin is not None:
            o = _hostname(origin) if origin.lower() != "null" else None
            ok = (o == host) if "*" in hosts else host_allowed(o, hosts)
            if not ok:
                await _reply(guarded_send, 403, "cross-origin requests are not allowed", "invalid_origin")
                return
        if scope["method"] == "POST" and media_type(headers.get("content-type", "")) != "application/json":
            msg = "Content-Type must be application/json"
            await _reply(guarded_send, 415, msg, "unsupported_media_type")
            return
        try:
            await app(scope, tracked_receive, guarded_send)
        except Exception as exc:  # last line of defence: log it, never a stack trace to the client
            log.exception("unhandled error")
            if not started:
                err = unexpected_error(exc)
                await _reply(guarded_send, err.status, err.message, err.code or "internal_error", err.type)

    return guarded
