"""Admission control shared by every server (`serve`, `proxy`, MCP over HTTP): a bounded queue plus byte
and pixel budgets, checked before a request body is read, refused with 429/503 + Retry-After.

- `Admission.enter(nbytes)`: a request's place in line — at most `workers + queue` requests in flight, and
  their bodies (declared Content-Length, or the body cap when chunked) within `max_bytes_in_flight`.
  `admission_gate` does this in ASGI, before the app reads a byte of the body, so a flood of big bodies
  is answered at once and never parsed; the refusal closes the connection, and the server's lingering
  transport drops the unread body without parsing it (serving.py).
- `Admission.pixels(n)`: decoded pixels in flight (read from the image header before decoding) within
  `max_pixels_in_flight`; one image alone is always let through (the decoder's own caps apply).
- `Admission.run` / `run_sync`: model work on at most `workers` threads (async and blocking twins).
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import anyio
from PIL import Image

from .guard import ASGIApp, Receive, Scope, Send
from .httperrors import ApiError, ErrorShapes

T = TypeVar("T")


@dataclass(frozen=True)
class AdmissionLimits:
    workers: int = 1  # model work at once
    queue: int = 8  # requests waiting behind it (past it: 429)
    max_bytes_in_flight: int = 96 * 1024 * 1024  # request bodies held at once (past it: 429)
    max_pixels_in_flight: int = 100_000_000  # decoded pixels at once (past it: 503)
    retry_after_s: int = 1


class Admission:
    """Thread-safe counters (MCP tools run in worker threads; the HTTP gate on the event loop)."""

    def __init__(self, limits: AdmissionLimits | None = None) -> None:
        self.limits = lim = limits or AdmissionLimits()
        self._lock = threading.Lock()
        self.in_flight = self.bytes_in_flight = self.pixels_in_flight = 0
        self.refused = 0
        self._limiter = anyio.CapacityLimiter(lim.workers)
        self._sem = threading.BoundedSemaphore(lim.workers)

    def busy(self, status: int, why: str) -> ApiError:
        with self._lock:
            self.refused += 1
        code = "queue_full" if status == 429 else "server_busy"
        kind = "rate_limit_error" if status == 429 else "server_error"
        headers = {"Retry-After": str(self.limits.retry_after_s)}
        return ApiError(status, f"server busy: {why}, retry shortly", kind, code, headers)

    def enter(self, nbytes: int) -> Callable[[], None]:
        """Take a place in line or raise a 429 ApiError; returns the (idempotent) release."""
        lim = self.limits
        with self._lock:
            if self.in_flight >= lim.workers + lim.queue:
                why = "queue full"
            elif self.in_flight and self.bytes_in_flight + nbytes > lim.max_bytes_in_flight:
                why = "request bytes in flight over budget"
            else:
                why = ""
                self.in_flight += 1
                self.bytes_in_flight += nbytes
        if why:
            raise self.busy(429, why)
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if not released:
                    released = True
                    self.in_flight -= 1
                    self.bytes_in_flight -= nbytes

        return release

    @contextmanager
    def pixels(self, n: int) -> Iterator[None]:
        """Hold `n` decoded pixels of the budget for the block, or raise a 503 ApiError."""
        with self._lock:
            over = self.pixels_in_flight and self.pixels_in_flight + n > self.limits.max_pixels_in_flight
            if not over:
                self.pixels_in_flight += n
        if over:
            raise self.busy(503, "decoded pixels in flight over budget")
        try:
            yield
        finally:
            with self._lock:
                self.pixels_in_flight -= n

    async def run(self, fn: Callable[[], T], pixels: int = 0) -> T:
        """`fn` on a worker thread, within the worker cap and the pixel budget."""
        with self.pixels(pixels):
            return await anyio.to_thread.run_sync(fn, limiter=self._limiter)

    def run_sync(self, fn: Callable[[], T], pixels: int = 0) -> T:
        """Blocking twin of `run`, for code already on a worker thread (MCP tools)."""
        with self.pixels(pixels), self._sem:
            return fn()


def image_pixels(data: bytes) -> int:
    """Width x height from the image header (no decode); 0 when unreadable — the decoder then says why."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return int(im.width) * int(im.height)
    except Exception:  # any malformed header: not our call to judge here
        return 0


def admission_gate(
    app: ASGIApp,
    admission: Admission,
    *,
    max_body_bytes: int,
    prefixes: tuple[str, ...] = ("/v1/",),
    shapes: ErrorShapes | None = None,
) -> ASGIApp:
    """Wrap `app`: a POST under one of `prefixes` takes its place in line before its body is read."""
    sh = shapes or ErrorShapes()

    async def gated(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "POST" or not path.startswith(prefixes):
            await app(scope, receive, send)
            return
        declared = next((v for k, v in scope.get("headers") or [] if k.lower() == b"content-length"), b"")
        nbytes = min(int(declared), max_body_bytes) if declared.isdigit() else max_body_bytes
        try:
            release = admission.enter(nbytes)
        except ApiError as err:
            body = json.dumps(sh.body(path, err.status, err.message, err.type, err.code)).encode()
            headers = [(k.lower().encode(), v.encode()) for k, v in (err.headers or {}).items()]
            # Connection: close — the unread body is dropped by the transport, not drained and parsed.
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            headers.append((b"connection", b"close"))
            await send({"type": "http.response.start", "status": err.status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        try:
            await app(scope, receive, send)
        finally:
            release()

    return gated
