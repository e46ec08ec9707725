"""OpenAI-shaped errors for every HTTP surface: one exception type, one response shape, and handlers
so framework errors (404, 405, validation) come out in the same shape, never as a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response


class ApiError(Exception):
    """A failure to report to the client in OpenAI's error shape."""

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
    status: int, message: str, type_: str, code: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": type_, "code": code}}, status, headers=headers)


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


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.type, exc.code, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), "invalid_request_error")

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(400, "invalid request", "invalid_request_error")

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, exc: ClientDisconnect) -> Response:
        return Response(status_code=499)  # nobody is listening; this only ends the request quietly
