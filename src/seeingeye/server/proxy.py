"""`seeingeye proxy`: an OpenAI-compatible endpoint in front of a text-only model.

Every image part in the conversation is replaced by seeingeye's reading of it: the SIR of a survey chosen
from the image alone (`SeeingEye.read`), rendered as text and cached by image hash — it does not depend on
the question, so whichever question comes first, every question sees the same reading, and a long
conversation does not re-read old images — plus a hint for the question asked in that turn: the reasoner
over the cached SIR, shown only when its calibrated confidence reaches `hint_min_confidence` (cached by
image hash and question). Everything else — system prompt, history, the client's tools and tool calls,
`stream` — goes to the upstream unchanged, and a checked upstream reply comes back unchanged.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

from ..errors import SeeingEyeError
from ..pipeline import SeeingEye
from ..routing import Policy, completion_events, decide, last_image_question, local_completion
from ..trace import Trace
from .app import ServerSettings
from .auth import require_keys
from .body import parse_json, read_limited_body
from .guard import guard
from .httperrors import ApiError, client_input, install_error_handlers
from .intake import image_from_url_async
from .readings import Reading, ReadingCache, forwarded_text, hint_from_reading, hint_text, read_image
from .upstream import Upstream

log = logging.getLogger("seeingeye.proxy")


def check_messages(messages: Any) -> list[dict[str, Any]]:
    """The message shapes the proxy relies on; everything else passes through untouched."""
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "invalid request: messages must be a non-empty list")
    for i, msg in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(msg, dict) or not isinstance(msg.get("role"), str):
            raise ApiError(400, f"invalid request: {where} must be an object with a string role")
        content = msg.get("content")
        if content is None or isinstance(content, str):
            continue
        if not isinstance(content, list):
            raise ApiError(400, f"invalid request: {where}.content must be a string or a list of parts")
        for j, part in enumerate(content):
            kind = part.get("type") if isinstance(part, dict) else None
            if not isinstance(kind, str):
                raise ApiError(400, f"invalid request: {where}.content[{j}] must be an object with a type")
            if kind == "text" and not isinstance(part.get("text"), str):
                raise ApiError(400, f"invalid request: {where}.content[{j}].text must be a string")
            if kind == "image_url":
                ref = part.get("image_url")
                url = ref.get("url") if isinstance(ref, dict) else ref
                if not isinstance(url, str):
                    raise ApiError(400, f"invalid request: {where}.content[{j}].image_url.url must be a string")
    return messages


def create_proxy_app(
    eye: SeeingEye,
    upstream: str,
    upstream_model: str | None = None,
    settings: ServerSettings | None = None,
    upstream_key: str | None = None,
    route: Policy = "upstream",
) -> Any:
    s = settings or ServerSettings()
    cache = ReadingCache()
    hints = ReadingCache(1024)
    app = FastAPI(title="seeingeye proxy", docs_url=None, redoc_url=None)
    install_error_handlers(app)
    up = Upstream(upstream, upstream_key, s.timeout_s)
    stats = {"images_read": 0, "read_seconds": 0.0, "answered_locally": 0, "forwarded": 0}

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "cache_hits": cache.hits, "cache_misses": cache.misses, **stats}

    async def get_reading(url: str) -> tuple[str, Reading]:
        try:
            data = await image_from_url_async(url, s.url_policy, eye.settings.max_file_bytes)
        except SeeingEyeError as exc:
            raise ApiError(exc.status_code, str(exc)) from None
        key = hashlib.sha256(data).hexdigest()
        reading: Reading | None = cache.get(key)
        if reading is None:
            t0 = time.perf_counter()
            try:
                reading = await anyio.to_thread.run_sync(read_image, eye, data)
            except SeeingEyeError as exc:
                raise ApiError(exc.status_code, str(exc)) from None
            stats["images_read"] += 1
            stats["read_seconds"] += time.perf_counter() - t0
            cache.put(key, reading)
        return key, reading

    async def answer_locally(url: str, question: str, stream: bool, model: str) -> Any:
        """Routing (routing.py): the embedded answer when it is sure enough for `route`, else None."""
        key, reading = await get_reading(url)
        sir = reading.sir.model_copy(update={"question": question}, deep=True)
        t = eye.settings.confidence_threshold
        out = await anyio.to_thread.run_sync(lambda: eye.reasoner.reason(question, [], sir, trace=Trace(), round=1,
                                                                         threshold=t))  # fmt: skip
        decision = decide(out.confidence, eye.settings, route)
        stats["answered_locally" if not decision.escalate else "forwarded"] += 1
        if decision.escalate:  # the upstream answers; the same reasoning serves as this turn's hint
            hints.put(
                (key, question), hint_text(question, out.answer, out.confidence, eye.settings.hint_min_confidence)
            )
            return None
        body = local_completion(out.answer, out.confidence, model, decision)
        return StreamingResponse(iter(completion_events(body)), media_type="text/event-stream") if stream else body

    async def image_text(url: str, question: str) -> str:
        key, reading = await get_reading(url)
        hint = hints.get((key, question)) if question else ""
        if hint is None:  # every question's hint, the first one's too, comes from the shared reading
            try:
                hint = await anyio.to_thread.run_sync(hint_from_reading, eye, reading, question)
            except Exception:  # the hint is a bonus: the reading alone still serves the request
                log.warning("no hint for this image and question", exc_info=True)
                hint = ""
            hints.put((key, question), hint)
        return forwarded_text(reading, hint)

    async def convert(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out, n_images = [], 0
        for msg in messages:
            content = msg.get("content")
            if not isinstance(content, list):
                out.append(msg)
                continue
            question = " ".join(p["text"] for p in content if p["type"] == "text").strip()
            texts: list[str] = []
            for part in content:
                if part["type"] == "text":
                    texts.append(part["text"])
                elif part["type"] == "image_url":
                    n_images += 1
                    if n_images > s.max_images * 8:
                        raise ApiError(400, f"too many images in the conversation (> {s.max_images * 8})")
                    ref = part["image_url"]
                    texts.append(await image_text(ref["url"] if isinstance(ref, dict) else ref, question))
            # Text-only upstreams often reject part lists; join them into one string.
            out.append({**msg, "content": "\n\n".join(texts)})
        return out

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        raw = await read_limited_body(request, s.max_body_bytes)
        with client_input():
            body = parse_json(raw)
            if not isinstance(body, dict):
                raise ApiError(400, "invalid request: the body must be a JSON object")
            messages = check_messages(body.get("messages"))
        if route != "upstream" and (turn := last_image_question(messages)) is not None:
            model = upstream_model or str(body.get("model") or "seeingeye")
            local = await answer_locally(*turn, bool(body.get("stream")), model)
            if local is not None:
                return local
        body["messages"] = await convert(messages)
        if upstream_model:
            body["model"] = upstream_model
        return await up.forward(body)

    keyed = require_keys(app, s.api_keys)
    return guard(keyed, allowed_hosts=s.allowed_hosts, drain_bytes=max(4 * s.max_body_bytes, 1 << 20))
