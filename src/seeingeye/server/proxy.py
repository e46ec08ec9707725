"""`seeingeye proxy`: an OpenAI-compatible endpoint in front of a text-only model.

Every image part in the conversation is replaced by seeingeye's reading of it: the SIR of a survey chosen
from the image alone (`SeeingEye.read`), rendered as text and cached by image hash — it does not depend on
the question, so whichever question comes first, every question sees the same reading, and a long
conversation does not re-read old images — plus a hint for the question asked in that turn: the reasoner
over the cached SIR, shown only when its calibrated confidence reaches `hint_min_confidence` (cached by
image hash and question). Everything else — system prompt, history, the client's tools and tool calls,
`stream` — goes to the upstream unchanged, and a checked upstream reply comes back unchanged.

Each reading is framed per request (`readings.frame_reading`) between lines carrying a random boundary,
closed before the user's text, so text printed in an image cannot pass for the framing or for a role.
Admission (queue, byte and pixel budgets) runs before the body is read; every error is OpenAI-shaped.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

from fastapi import FastAPI, Request

from ..errors import SeeingEyeError
from ..pipeline import SeeingEye
from .admission import admission_gate, image_pixels
from .app import ServerSettings
from .auth import require_keys
from .body import parse_json, read_limited_body
from .guard import guard
from .httperrors import ApiError, client_input, install_error_handlers, unexpected_error
from .intake import image_from_url_async
from .readings import Reading, ReadingCache, forwarded_text, hint_from_reading, new_boundary, read_image
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
) -> Any:
    s = settings or ServerSettings()
    cache = ReadingCache()
    hints = ReadingCache(1024)
    app = FastAPI(title="seeingeye proxy", docs_url=None, redoc_url=None)
    shapes = install_error_handlers(app)
    adm = s.admission()
    up = Upstream(upstream, upstream_key, s.timeout_s)
    stats = {"images_read": 0, "read_seconds": 0.0}

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        busy = {"in_flight": adm.in_flight, "refused": adm.refused}
        return {"status": "ok", "cache_hits": cache.hits, "cache_misses": cache.misses, **stats, **busy}

    async def image_text(url: str, question: str, boundary: str) -> str:
        try:
            data = await image_from_url_async(url, s.url_policy, eye.settings.max_file_bytes)
        except SeeingEyeError as exc:
            raise ApiError(exc.status_code, str(exc)) from None
        key = hashlib.sha256(data).hexdigest()
        reading: Reading | None = cache.get(key)
        if reading is None:
            t0 = time.perf_counter()
            try:
                reading = await adm.run(lambda: read_image(eye, data), image_pixels(data))
            except SeeingEyeError as exc:
                raise ApiError(exc.status_code, str(exc)) from None
            except ApiError:
                raise
            except Exception as exc:  # onnxruntime/OpenCV out of memory -> 503, anything else -> 500 (JSON)
                log.exception("reading failed")
                raise unexpected_error(exc) from None
            stats["images_read"] += 1
            stats["read_seconds"] += time.perf_counter() - t0
            cache.put(key, reading)
        hint = hints.get((key, question)) if question else ""
        if hint is None:  # every question's hint, the first one's too, comes from the shared reading
            try:
                hint = await adm.run(lambda: hint_from_reading(eye, reading, question))
            except Exception:  # the hint is a bonus: the reading alone still serves the request
                log.warning("no hint for this image and question", exc_info=True)
                hint = ""
            hints.put((key, question), hint)
        return forwarded_text(reading, hint, boundary)

    async def convert(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
        boundary = new_boundary()  # one per request: never cached, never seen by the image's author
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
                    texts.append(await image_text(ref["url"] if isinstance(ref, dict) else ref, question, boundary))
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
        body["messages"] = await convert(messages)
        if upstream_model:
            body["model"] = upstream_model
        return await up.forward(body)

    gated = admission_gate(app, adm, max_body_bytes=s.max_body_bytes, shapes=shapes)
    keyed = require_keys(gated, s.api_keys)
    return guard(keyed, allowed_hosts=s.allowed_hosts, drain_bytes=max(4 * s.max_body_bytes, 1 << 20))
