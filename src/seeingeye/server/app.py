"""`seeingeye serve`: an OpenAI-compatible Chat Completions endpoint that gives any chat client eyes.

Admission (admission.py) runs before a body is read: a bounded queue and byte budget (429 + Retry-After),
then a pixel budget (503) around model work, which runs off the event loop on `workers` threads; every
error has OpenAI's shape and a 4xx/5xx that names the problem; no stack trace ever leaves the process.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, ValidationError

from ..errors import BudgetExceeded, InputError, ModelTimeoutError, SeeingEyeError
from ..pipeline import AskResult, SeeingEye
from ..trace import RoundRecord
from .admission import Admission, AdmissionLimits, admission_gate, image_pixels
from .body import parse_json, read_limited_body
from .guard import LOOPBACK_HOSTS, guard
from .httperrors import ApiError, client_input, error_response, install_error_handlers, unexpected_error
from .intake import URLPolicy, image_from_url_async

__all__ = ["ApiError", "ServerSettings", "create_app", "error_response", "read_limited_body"]

log = logging.getLogger("seeingeye.access")
Answerer = Callable[..., AskResult]


class ServerSettings(BaseModel):
    api_keys: list[str] = Field(default_factory=list)
    max_body_bytes: int = 20 * 1024 * 1024
    max_images: int = 4
    max_text_chars: int = 8000
    timeout_s: float = 120.0
    workers: int = 1
    queue_size: int = 8
    max_bytes_in_flight: int = 96 * 1024 * 1024  # request bodies admitted at once (past it: 429)
    max_pixels_in_flight: int = 100_000_000  # decoded image pixels in model work at once (past it: 503)
    url_policy: URLPolicy = Field(default_factory=URLPolicy)
    model_id: str = "seeingeye"
    # Host/Origin names browsers may use to reach us ("*": any Host, Origin must match it).
    allowed_hosts: list[str] = Field(default_factory=lambda: list(LOOPBACK_HOSTS))

    def admission(self) -> Admission:
        """This server's admission control (one per app; see admission.py)."""
        return Admission(
            AdmissionLimits(self.workers, self.queue_size, self.max_bytes_in_flight, self.max_pixels_in_flight)
        )


class Message(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    model: str | None = None
    messages: list[Message] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = None
    temperature: float | None = None


async def parse_request(raw: bytes, s: ServerSettings, max_image_bytes: int) -> tuple[ChatRequest, str, list[bytes]]:
    """Body -> (request, question, images); every malformed input is an ApiError 4xx."""
    body = await anyio.to_thread.run_sync(parse_json, raw)  # a big body never stalls the event loop
    try:
        req = ChatRequest.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ApiError(400, f"invalid request: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    users = [m for m in req.messages if m.role == "user"]
    if not users:
        raise ApiError(400, "no user message: the last user message carries the question")
    last = users[-1]
    texts: list[str] = []
    urls: list[str] = []
    parts = [{"type": "text", "text": last.content}] if isinstance(last.content, str) else (last.content or [])
    for part in parts:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise ApiError(400, "a text content part needs a string 'text'")
            texts.append(part["text"])
        elif kind == "image_url":
            ref = part.get("image_url")
            url = ref.get("url") if isinstance(ref, dict) else ref
            if not isinstance(url, str):
                raise ApiError(400, "image_url.url must be a string")
            urls.append(url)
        else:
            raise ApiError(400, f"unsupported content part {kind!r} (text and image_url only)")
    question = "\n".join(texts).strip()
    if not question:
        raise ApiError(400, "the last user message has no question text")
    if len(question) > s.max_text_chars:
        raise ApiError(400, f"question too long: {len(question)} characters > {s.max_text_chars}", code="text_too_long")
    if not urls:
        raise ApiError(400, "no image: send an image_url part (a base64 data URL) in the last user message")
    if len(urls) > s.max_images:
        raise ApiError(400, f"too many images: {len(urls)} > {s.max_images}", code="too_many_images")
    try:
        images = [await image_from_url_async(u, s.url_policy, max_image_bytes) for u in urls]
    except SeeingEyeError as exc:
        raise ApiError(exc.status_code, str(exc), code=type(exc).__name__) from None
    return req, question, images


def _usage(results: list[AskResult]) -> dict[str, int]:
    tin = sum(u.get("tokens_in", 0) for r in results for u in r.usage.values())
    tout = sum(u.get("tokens_out", 0) for r in results for u in r.usage.values())
    return {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout}


def _content(results: list[AskResult]) -> str:
    if len(results) == 1:
        return results[0].answer
    return "\n".join(f"Image {i + 1}: {r.answer}" for i, r in enumerate(results))


def create_app(
    eye: SeeingEye | None = None, settings: ServerSettings | None = None, answerer: Answerer | None = None
) -> FastAPI:
    s = settings or ServerSettings()
    eye = eye or SeeingEye()
    answer = answerer or eye.ask
    state = {"in_flight": 0, "ready": answerer is not None}

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if not state["ready"]:  # load models in the background; /readyz says when they are in
            threading.Thread(target=warm, daemon=True).start()
        yield

    app = FastAPI(title="seeingeye", docs_url=None, redoc_url=None, lifespan=lifespan)
    adm = s.admission()

    def warm() -> None:
        try:
            eye.engines.rapidocr()
            _ = eye.reasoner, eye.translator
            state["ready"] = True
        except SeeingEyeError as exc:
            log.error(json.dumps({"event": "warmup_failed", "error": str(exc)}))

    @app.middleware("http")
    async def access_log(request: Request, call_next: Callable[..., Any]) -> Any:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        request.state.rid = rid
        t0 = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception as exc:  # last line of defence: never a stack trace to the client
            log.exception("unhandled")
            response = error_response(500, f"internal error ({type(exc).__name__})", "server_error")
        response.headers["x-request-id"] = rid
        log.info(
            json.dumps(
                {
                    "rid": rid,
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "ms": round(1000 * (time.perf_counter() - t0), 2),
                }
            )
        )
        return response

    shapes = install_error_handlers(app)
    # Innermost first: the queue check runs after the guard's header checks and before the body is read.
    app.add_middleware(admission_gate, admission=adm, max_body_bytes=s.max_body_bytes, shapes=shapes)
    app.add_middleware(guard, allowed_hosts=s.allowed_hosts, drain_bytes=max(4 * s.max_body_bytes, 1 << 20))

    def check_key(request: Request) -> None:
        if not s.api_keys:
            return
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        if not any(hmac.compare_digest(token.encode(), k.encode()) for k in s.api_keys):
            raise ApiError(401, "missing or invalid API key", "authentication_error", "invalid_api_key")

    async def run(
        question: str, images: list[bytes], on_round: Callable[[RoundRecord], None] | None
    ) -> list[AskResult]:
        try:

            async def work() -> list[AskResult]:
                out = []
                for img in images:
                    out.append(
                        await adm.run(lambda img=img: answer(img, question, on_round=on_round), image_pixels(img))
                    )
                return out

            return await asyncio.wait_for(work(), timeout=s.timeout_s)
        except TimeoutError:
            raise ApiError(504, f"processing took longer than {s.timeout_s:g} s", "timeout", "timeout") from None
        except (ModelTimeoutError, BudgetExceeded) as exc:
            raise ApiError(504, str(exc), "upstream_timeout", "upstream_timeout") from None
        except InputError as exc:
            raise ApiError(400, str(exc)) from None
        except SeeingEyeError as exc:
            kind = "upstream_error" if exc.status_code >= 500 else "invalid_request_error"
            raise ApiError(exc.status_code, str(exc), kind, type(exc).__name__) from None
        except ApiError:
            raise
        except Exception as exc:  # onnxruntime/OpenCV out of memory (503) or a bug (500): JSON, never a trace
            log.exception("model work failed")
            raise unexpected_error(exc) from None

    def body(results: list[AskResult], rid: str, model: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{rid}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": _content(results)}, "finish_reason": "stop"}
            ],
            "usage": _usage(results),
            "seeingeye": {
                "trace_id": rid,
                "results": [
                    {
                        "answer": r.answer,
                        "confidence": r.confidence,
                        "rounds": r.rounds,
                        "path": r.path,
                        "answered_by": r.answered_by,
                        "route_reason": r.route_reason,
                        "timings": r.timings,
                        "evidence_ids": r.evidence_ids,
                        "sir": r.sir.model_dump(mode="json"),
                    }
                    for r in results
                ],
            },
        }

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        ready = bool(state["ready"])
        return JSONResponse({"status": "ready" if ready else "loading"}, 200 if ready else 503)

    @app.get("/v1/models")
    async def models(request: Request) -> dict[str, Any]:
        check_key(request)
        return {"object": "list", "data": [{"id": s.model_id, "object": "model", "owned_by": "seeingeye"}]}

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        check_key(request)  # Content-Type, Host and Origin were checked by the guard
        raw = await read_limited_body(request, s.max_body_bytes)
        with client_input():
            req, question, images = await parse_request(raw, s, eye.settings.max_file_bytes)
        rid = request.state.rid
        model = req.model or s.model_id
        # Streaming or not, the queue slot was taken by the admission gate before the body was read.
        if not req.stream:
            return body(await run(question, images, None), rid, model)
        return StreamingResponse(stream(question, images, rid, model), media_type="text/event-stream")

    async def stream(question: str, images: list[bytes], rid: str, model: str) -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[RoundRecord] = asyncio.Queue()

        def chunk(delta: dict[str, Any], finish: str | None = None, extra: dict[str, Any] | None = None) -> str:
            data = {
                "id": f"chatcmpl-{rid}",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            if extra:
                data["seeingeye"] = extra
            return f"data: {json.dumps(data)}\n\n"

        yield chunk({"role": "assistant", "content": ""})
        task = asyncio.create_task(run(question, images, lambda r: loop.call_soon_threadsafe(events.put_nowait, r)))
        while not task.done():
            try:
                rec = await asyncio.wait_for(events.get(), timeout=0.5)
            except TimeoutError:
                continue
            yield chunk({}, extra={"round": rec.round, "confidence": rec.confidence, "new_evidence": rec.new_evidence})
        try:
            results = task.result()
        except ApiError as exc:
            yield f"data: {json.dumps({'error': {'message': exc.message, 'type': exc.type, 'code': exc.code}})}\n\n"
            yield "data: [DONE]\n\n"
            return
        yield chunk({"content": _content(results)})
        yield chunk({}, "stop", extra={"usage": _usage(results), "trace_id": rid})
        yield "data: [DONE]\n\n"

    return app
