"""`seeingeye proxy`: front doors for Chat Completions, Anthropic Messages and OpenAI Responses clients in
front of a text-only model that speaks any one of those APIs (`upstream_api`).

Every image part in the conversation is replaced by seeingeye's reading of it: the SIR of a survey chosen
from the image alone (`SeeingEye.read`), rendered as text and cached by image hash — it does not depend on
the question, so whichever question comes first, every question sees the same reading, and a long
conversation does not re-read old images — plus a hint for the question asked in that turn: the reasoner
over the cached SIR, shown only when its calibrated confidence reaches `hint_min_confidence` (cached by
image hash and question). Everything else — system prompt, history, the client's tools, tool calls and tool
results, `stream` — goes to the upstream: as sent when both speak one API, else translated through the
neutral conversation in `apis/` (one parser and one writer per API, streams event by event). A checked
upstream reply comes back unchanged to a client of the upstream's API, translated to any other; errors come
in the shape of the API the client spoke.

Each reading is framed per request (`readings.frame_reading`) between lines carrying a random boundary,
closed before the user's text, so text printed in an image cannot pass for the framing or for a role.
Admission (queue, byte and pixel budgets) runs before the body is read.

With `route="auto"` (or "local"), a last turn of one image and a question that the embedded answerer
settles with calibrated confidence is answered here, in the client's API, and the upstream is never called.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from ..errors import SeeingEyeError
from ..pipeline import SeeingEye
from ..routing import Decision, Policy, decide
from ..trace import Trace
from .admission import admission_gate, image_pixels
from .apis import APIS, WireAPI
from .apis.neutral import Conversation, Event, Image, Reply, Text, ToolResult, Usage, reply_events
from .app import ServerSettings
from .auth import require_keys
from .body import parse_json, read_limited_body
from .guard import guard
from .httperrors import ApiError, client_input, install_error_handlers, unexpected_error
from .intake import image_from_url_async
from .readings import Reading, ReadingCache, forwarded_text, hint_from_reading, hint_text, new_boundary, read_image
from .upstream import Upstream, UpstreamRefused, UpstreamStream

log = logging.getLogger("seeingeye.proxy")


def create_proxy_app(
    eye: SeeingEye,
    upstream: str,
    upstream_model: str | None = None,
    settings: ServerSettings | None = None,
    upstream_key: str | None = None,
    upstream_api: str = "chat",
    route: Policy = "upstream",
) -> Any:
    s = settings or ServerSettings()
    cache = ReadingCache()
    hints = ReadingCache(1024)
    app = FastAPI(title="seeingeye proxy", docs_url=None, redoc_url=None)
    shapes = install_error_handlers(app)
    for _, api in APIS:  # errors answer in the shape of the API the client spoke
        shapes.add(api.path, api.error_body)
    adm = s.admission()
    up = Upstream(upstream, upstream_key, s.timeout_s, APIS.get(upstream_api))
    stats = {"images_read": 0, "read_seconds": 0.0, "answered_locally": 0, "forwarded": 0}

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        busy = {"in_flight": adm.in_flight, "refused": adm.refused}
        return {"status": "ok", "cache_hits": cache.hits, "cache_misses": cache.misses, **stats, **busy}

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
        return key, reading

    async def answer_locally(url: str, question: str, model: str) -> tuple[Reply, Decision, float] | None:
        """Routing (routing.py): the embedded answer when it is sure enough for `route`, else None (and the
        same reasoning becomes this turn's hint for the upstream)."""
        key, reading = await get_reading(url)
        sir = reading.sir.model_copy(update={"question": question}, deep=True)
        t = eye.settings.confidence_threshold
        out = await adm.run(lambda: eye.reasoner.reason(question, [], sir, trace=Trace(), round=1, threshold=t))
        sure = eye.reasoner.reported(out.confidence, 1, question, out.answer)
        decision = decide(sure, eye.settings, route)
        stats["forwarded" if decision.escalate else "answered_locally"] += 1
        if decision.escalate:
            said = hint_text(question, out.answer, out.confidence, eye.settings.hint_min_confidence)
            hints.put((key, question), said)
            return None
        reply = Reply(id=f"se-{key[:16]}", model=model, content=[Text(text=out.answer)], usage=Usage())
        return reply, decision, sure

    async def image_text(url: str, question: str, boundary: str) -> str:
        key, reading = await get_reading(url)
        hint = hints.get((key, question)) if question else ""
        if hint is None:  # every question's hint, the first one's too, comes from the shared reading
            try:
                hint = await adm.run(lambda: hint_from_reading(eye, reading, question))
            except Exception:  # the hint is a bonus: the reading alone still serves the request
                log.warning("no hint for this image and question", exc_info=True)
                hint = ""
            hints.put((key, question), hint)
        return forwarded_text(reading, hint, boundary)

    async def parsed(api: WireAPI, request: Request) -> Conversation:
        raw = await read_limited_body(request, s.max_body_bytes)
        with client_input():
            body = parse_json(raw)
            if not isinstance(body, dict):
                raise ApiError(400, "invalid request: the body must be a JSON object")
            return api.parse_request(body)

    def door(api: WireAPI) -> Any:
        async def handle(request: Request) -> Response:
            conv = await parsed(api, request)
            if route != "upstream" and (turn := last_image_question(conv)) is not None:
                local = await answer_locally(*turn, upstream_model or conv.model or "seeingeye")
                if local is not None:
                    return local_response(api, *local, stream=conv.stream)
            await see(conv, image_text, s.max_images * 8)
            if upstream_model:
                conv.model = upstream_model
            return await answer(up, api, conv, request)

        return handle

    for _, api in APIS:
        app.post(api.path)(door(api))

    @app.post("/v1/messages/count_tokens")
    async def count_tokens(request: Request) -> dict[str, int]:
        """An estimate (characters / 4 of what would go upstream, images as their readings): the upstream
        may have no counter of its own, and Claude Code only sizes its context with it."""
        messages = APIS.get("messages")
        conv = await parsed(messages, request)
        await see(conv, image_text, s.max_images * 8)
        return {"input_tokens": max(1, len(json.dumps(messages.write_request(conv), ensure_ascii=False)) // 4)}

    gated = admission_gate(app, adm, max_body_bytes=s.max_body_bytes, shapes=shapes)
    keyed = require_keys(gated, s.api_keys)
    return guard(keyed, allowed_hosts=s.allowed_hosts, drain_bytes=max(4 * s.max_body_bytes, 1 << 20))


async def see(conv: Conversation, image_text: Callable[[str, str, str], Awaitable[str]], limit: int) -> None:
    """Every image in the conversation (tool results too) becomes its reading, in place; `image_text(url,
    question, boundary)` gives an image's framed text, the question being the text of the turn the image is in."""
    n_images = 0
    boundary = new_boundary()  # one per request: never cached, never seen by the image's author

    async def text_for(image: Image, question: str) -> Text:
        nonlocal n_images
        n_images += 1
        if n_images > limit:
            raise ApiError(400, f"too many images in the conversation (> {limit})")
        return Text(text=await image_text(image.url, question, boundary))

    for turn in conv.turns:
        question = turn.text() if turn.role == "user" else ""
        for i, block in enumerate(turn.content):
            if isinstance(block, Image):
                turn.content[i] = await text_for(block, question)
            elif isinstance(block, ToolResult):
                block.content = [await text_for(b, "") if isinstance(b, Image) else b for b in block.content]


async def answer(up: Upstream, api: WireAPI, conv: Conversation, request: Request) -> Response:
    """Send the conversation upstream and the reply back in the client's API: the upstream's own bytes when
    both speak one API, else translated (streams event by event)."""
    body = up.api.write_request(conv)
    same = api is up.api
    extra = {h: request.headers[h] for h in up.api.forward_headers if same and h in request.headers}
    try:
        if not conv.stream:
            reply, raw = await up.reply(body, extra)
            return Response(raw, media_type="application/json") if same else JSONResponse(api.write_reply(reply))
        opened = await up.stream(body, extra)
    except UpstreamRefused as exc:
        if same and exc.raw is not None:  # the upstream's own words, in the shape this client reads
            return Response(exc.raw, exc.status, media_type="application/json")
        raise ApiError(exc.status, exc.message, exc.type) from None
    if same and isinstance(opened, UpstreamStream):
        return StreamingResponse(opened.raw(), media_type=opened.resp.headers["content-type"])
    return StreamingResponse(translated(api, opened), media_type=api.stream_media_type)


async def translated(api: WireAPI, opened: UpstreamStream | list[Event]) -> AsyncIterator[bytes]:
    """The upstream's stream in the client's API, event by event."""
    writer = api.stream_writer()
    if isinstance(opened, list):
        for event in opened:
            yield writer.feed(event)
        return
    async for event in opened.events():
        yield writer.feed(event)


def last_image_question(conv: Conversation) -> tuple[str, str] | None:
    """The image URL and question of the conversation's last turn when it is a user turn with exactly one
    image and some text: the only turn the embedded answerer can settle on its own."""
    last = conv.turns[-1] if conv.turns else None
    if last is None or last.role != "user":
        return None
    images = [b for b in last.content if isinstance(b, Image)]
    question = last.text()
    return (images[0].url, question) if len(images) == 1 and question else None


def local_response(api: WireAPI, reply: Reply, decision: Decision, confidence: float, *, stream: bool) -> Response:
    """The embedded answer in the client's API, saying who answered and why (a `seeingeye` field; a
    stream carries the answer only, as the client's API has no place for more)."""
    if stream:
        return StreamingResponse(translated(api, reply_events(reply)), media_type=api.stream_media_type)
    said = {"answered_by": "local", "route_reason": decision.reason, "confidence": confidence}
    return JSONResponse(api.write_reply(reply) | {"seeingeye": said})
