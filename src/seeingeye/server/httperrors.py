"""Errors for every HTTP surface: one exception type, one error-shape function per API (selected per route
by path prefix), and handlers so framework errors (404, 405, validation) and unexpected exceptions come
out in the route's shape — never as a stack trace or a text/plain "Internal Server Error"."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response

log = logging.getLogger("seeingeye.errors")

# (status, message, type, code) -> the JSON body an API's clients expect for an error.
ErrorShape = Callable[[int, str, str, "str | None"], dict[str, Any]]


def openai_shape(status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "code": code}}


class ErrorShapes:
    """Which error shape a path gets: the longest registered prefix wins, else the default (OpenAI's).
    A front door for another API registers its shape for its routes, e.g. `shapes.add("/v1/messages", fn)`."""

    def __init__(self, default: ErrorShape = openai_shape) -> None:
        self.default = default
        self._by_prefix: dict[str, ErrorShape] = {}

    def add(self, prefix: str, shape: ErrorShape) -> None:
        self._by_prefix[prefix] = shape

    def for_path(self, path: str) -> ErrorShape:
        best = max((p for p in self._by_prefix if path.startswith(p)), key=len, default=None)
        return self._by_prefix[best] if best is not None else self.default

    def body(self, path: str, status: int, message: str, type_: str, code: str | None = None) -> dict[str, Any]:
        return self.for_path(path)(status, message, type_, code)


class ApiError(Exception):
    """A failure to report to the client in its API's error shape."""

    def __init__(
        self,
        status: int,
        message: str,
        type_: str = "invalid_request_error",
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.headers = status, message, type_, code, headers


def error_response(
    status: int,
    message: str,
    type_: str,
    code: str | None = None,
    headers: dict[str, str] | None = None,
    shape: ErrorShape = openai_shape,
) -> JSONResponse:
    return JSONResponse(shape(status, message, type_, code), status, headers=headers)


def is_resource_exhaustion(exc: BaseException) -> bool:
    """Out of memory, however the library says it: MemoryError, onnxruntime's "Failed to allocate",
    OpenCV's "Insufficient memory", a C++ bad_alloc. These are the server's momentary state (503, retry),
    not the request's fault."""
    if isinstance(exc, MemoryError):
        return True
    text = f"{type(exc).__name__} {exc}".lower()
    return any(s in text for s in ("failed to allocate", "insufficient memory", "bad_alloc", "out of memory"))


def unexpected_error(exc: BaseException, retry_after_s: int = 5) -> ApiError:
    """An exception nobody anticipated, as the error to send: 503 + Retry-After when memory ran out, else 500."""
    if is_resource_exhaustion(exc):
        return ApiError(
            503,
            "server out of memory for this request; retry later or send a smaller image",
            "server_error",
            "resource_exhausted",
            headers={"Retry-After": str(retry_after_s)},
        )
    return ApiError(500, f"internal error ({type(exc).__name__})", "server_error", "internal_error")


@contextmanager
def client_input() -> Iterator[None]:
    """Around code that only looks at what the client sent: whatever it raises is the input's fault (400),
    logged with its traceback for us, reported to the client by exception type only."""
    try:
        yield
    except ApiError:
        raise
    except Exception as exc:
        logging.getLogger("seeingeye.input").warning("bad input: %s", type(exc).__name__, exc_info=True)
        raise ApiError(400, f"invalid request ({type(exc).__name__})") from None


def install_error_handlers(app: FastAPI, shapes: ErrorShapes | None = None) -> ErrorShapes:
    """Every error of `app` in its route's shape; returns the shapes so front doors can register theirs."""
    sh = shapes or ErrorShapes()
    app.state.error_shapes = sh

    def reply(request: Request, err: ApiError) -> JSONResponse:
        return error_response(err.status, err.message, err.type, err.code, err.headers, sh.for_path(request.url.path))

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return reply(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return reply(request, ApiError(exc.status_code, str(exc.detail)))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return reply(request, ApiError(400, "invalid request"))

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect) -> Response:
        return Response(status_code=499)  # nobody is listening; this only ends the request quietly

    @app.exception_handler(Exception)  # Starlette's ServerErrorMiddleware would send text/plain otherwise
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled %s on %s", type(exc).__name__, request.url.path, exc_info=exc)
        return reply(request, unexpected_error(exc))

    return sh
