"""`seeingeye proxy` in front of a real text-only upstream on 127.0.0.1 that records what it received."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import random
from typing import Any

import httpx
import openai
from fastapi import FastAPI, Request
from fastapi.responses import Response, StreamingResponse

from seeingeye import SeeingEye
from seeingeye.config import load_settings
from seeingeye.eval import synth
from seeingeye.models.embedded import EmbeddedModel, resolve_model_path
from seeingeye.models.localserver import create_app as model_app
from seeingeye.server.app import ServerSettings
from seeingeye.server.proxy import create_proxy_app


def data_url(img) -> str:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def recording_upstream(received: list[dict[str, Any]], mode: dict[str, str]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        body = await request.json()
        received.append(body)
        if mode["m"] == "slow":
            await asyncio.sleep(5)
        if mode["m"] == "error":
            return Response(status_code=500)
        if body.get("stream"):

            async def gen():  # type: ignore[no-untyped-def]
                for piece in ("The totals ", "are known."):
                    chunk = {
                        "id": "u",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": "text-only",
                        "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"

            return StreamingResponse(gen(), media_type="text/event-stream")
        return {
            "id": "u1",
            "object": "chat.completion",
            "created": 0,
            "model": "text-only",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "UPSTREAM-REPLY-17"}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        }

    return app


def test_two_images_multi_turn_reach_upstream_as_text(live_server) -> None:  # type: ignore[no-untyped-def]
    r1, r2 = synth.receipt(random.Random(51)), synth.receipt(random.Random(52))
    received: list[dict[str, Any]] = []
    mode = {"m": "ok"}
    tools = [{"type": "function", "function": {"name": "lookup_sku", "parameters": {"type": "object"}}}]
    with (
        live_server(recording_upstream(received, mode)) as up,
        live_server(create_proxy_app(SeeingEye(), up.url, "text-only")) as px,
    ):
        client = openai.OpenAI(base_url=px.url, api_key="none", max_retries=0)
        messages = [
            {"role": "system", "content": "You are a careful bookkeeper."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is the total on this receipt?"},
                    {"type": "image_url", "image_url": {"url": data_url(r1.image)}},
                ],
            },
            {"role": "assistant", "content": "Noted."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "And the total on this one?"},
                    {"type": "image_url", "image_url": {"url": data_url(r2.image)}},
                ],
            },
        ]
        resp = client.chat.completions.create(model="anything", messages=messages, tools=tools)
        assert resp.choices[0].message.content == "UPSTREAM-REPLY-17"
        sent = received[-1]
        assert sent["model"] == "text-only" and sent["tools"] == tools
        assert [m["role"] for m in sent["messages"]] == ["system", "user", "assistant", "user"]
        assert all(isinstance(m["content"], str) for m in sent["messages"])  # text only
        assert "image_url" not in json.dumps(sent) and "base64" not in json.dumps(sent)
        assert r1.answer in sent["messages"][1]["content"] and r2.answer in sent["messages"][3]["content"]
        assert sent["messages"][0]["content"] == "You are a careful bookkeeper."
        # The same conversation again: both images come from the cache.
        client.chat.completions.create(model="anything", messages=messages)
        stats = httpx.get(f"http://127.0.0.1:{px.port}/healthz").json()
        assert stats["images_read"] == 2 and stats["cache_hits"] == 2
        # Streaming passes through.
        chunks = list(client.chat.completions.create(model="x", messages=messages, stream=True))
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == "The totals are known."
        # Faults: upstream error -> 502, slow -> 504; then it works again.
        mode["m"] = "error"
        r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]})
        assert r.status_code == 502 and r.json()["error"]["type"] == "upstream_error"
        mode["m"] = "ok"
        bad = httpx.post(px.url + "/chat/completions", content=b"{nope", headers={"content-type": "application/json"})
        assert bad.status_code == 400
        svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg/>").decode()
        r = httpx.post(
            px.url + "/chat/completions",
            json={
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "text", "text": "q"}, {"type": "image_url", "image_url": {"url": svg}}],
                    }
                ]
            },
        )
        assert r.status_code == 415
        assert client.chat.completions.create(model="x", messages=messages[:2]).choices[0].message.content


def test_slow_and_down_upstream(live_server) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, Any]] = []
    with (
        live_server(recording_upstream(received, {"m": "slow"})) as up,
        live_server(
            create_proxy_app(SeeingEye(reasoner="programs"), up.url, settings=ServerSettings(timeout_s=1.0))
        ) as px,
    ):
        r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]}, timeout=30)
        assert r.status_code == 504
    with live_server(create_proxy_app(SeeingEye(reasoner="programs"), "http://127.0.0.1:9/v1")) as px:
        r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]}, timeout=30)
        assert r.status_code == 502 and "cannot reach upstream" in r.json()["error"]["message"]


def test_proxy_in_front_of_the_embedded_text_model(live_server) -> None:  # type: ignore[no-untyped-def]
    """End to end with a real text-only model server (the embedded GGUF behind /v1/chat/completions)."""
    model = EmbeddedModel(resolve_model_path(load_settings()))
    r1 = synth.receipt(random.Random(53))
    with live_server(model_app(model)) as up, live_server(create_proxy_app(SeeingEye(), up.url)) as px:
        client = openai.OpenAI(base_url=px.url, api_key="none", max_retries=0)
        resp = client.chat.completions.create(
            model=model.name,
            max_tokens=40,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "What is the total?"},
                        {"type": "image_url", "image_url": {"url": data_url(r1.image)}},
                    ],
                }
            ],
        )
    assert isinstance(resp.choices[0].message.content, str) and resp.usage.prompt_tokens > 50


def test_hint_only_when_confident() -> None:
    from seeingeye.server.readings import hint_text

    assert hint_text("What is the total?", "12.50", 0.5, 0.85) == ""  # unsure: a wrong hint would mislead
    assert hint_text("What is the total?", "unknown", 0.99, 0.85) == ""
    assert "12.50" in hint_text("What is the total?", "12.50", 0.9, 0.85)


def _reading_and_hints(sent: str) -> tuple[list[str], list[str]]:
    """What the upstream got for one image (after the question): the reading's lines, and the hint lines apart."""
    lines = sent[sent.index("<<IMAGE-READING ") :].splitlines()
    assert lines[-1].startswith("<<END-IMAGE-READING ") and lines[-1].split()[1] == lines[0].split()[1]
    lines = lines[1:-1]  # the framing lines carry this request's random boundary; the reading inside must not vary
    return [ln for ln in lines if not ln.startswith("Best reading")], [
        ln for ln in lines if ln.startswith("Best reading")
    ]


def test_reading_is_the_same_whichever_question_comes_first(live_server, programs_eye) -> None:  # type: ignore[no-untyped-def]
    """Two proxies with empty caches, asked about one receipt in opposite orders: a question about shapes
    (which a question-driven plan answers with shape tools and no table) and one about the total."""
    item = synth.receipt(random.Random(61))
    url = data_url(item.image)
    eye = programs_eye  # one set of engines for both proxies
    questions = ["Which shape is the largest?", "What is the total?"]
    received: list[dict[str, Any]] = []
    seen: dict[str, list[str]] = {}
    for order in (questions, questions[::-1]):
        with (
            live_server(recording_upstream(received, {"m": "ok"})) as up,
            live_server(create_proxy_app(eye, up.url)) as px,
        ):
            for q in order:
                body = {
                    "messages": [
                        {
                            "role": "user",
                            "content": [{"type": "text", "text": q}, {"type": "image_url", "image_url": {"url": url}}],
                        }
                    ]
                }
                assert httpx.post(px.url + "/chat/completions", json=body, timeout=120).status_code == 200
                reading, hints = _reading_and_hints(received[-1]["messages"][0]["content"])
                assert all(repr(q) in h for h in hints)  # a hint only ever for the question asked
                seen.setdefault(q, []).append("\n".join(reading))
            assert httpx.get(f"http://127.0.0.1:{px.port}/healthz").json()["images_read"] == 1
    readings = {r for rs in seen.values() for r in rs}
    assert len(readings) == 1, readings  # asked first or second, every question sees the same reading
    assert item.answer in readings.pop()  # and it holds the receipt's content (the table tool ran)


def test_hint_appears_only_when_the_reasoner_is_confident(live_server, programs_eye) -> None:  # type: ignore[no-untyped-def]
    """Through the real proxy: a hint line exactly when the reasoner's calibrated confidence over the cached
    reading reaches hint_min_confidence, for the first question on an image too."""
    from seeingeye.server.readings import read_image
    from seeingeye.trace import Trace

    item = synth.receipt(random.Random(62))
    eye = programs_eye
    reading = read_image(eye, item.image)
    confident, unsure = item.question, "Which shape is the largest?"  # a receipt has a total and no shapes

    def confidence(q: str) -> float:
        sir = reading.sir.model_copy(update={"question": q}, deep=True)
        return eye.reasoner.reason(q, [], sir, trace=Trace(), round=1, threshold=0.7).confidence

    threshold = (confidence(confident) + confidence(unsure)) / 2
    assert confidence(confident) > threshold > confidence(unsure)
    eye = SeeingEye(eye.settings.model_copy(update={"hint_min_confidence": threshold}))
    eye.engines = programs_eye.engines  # the OCR sessions once
    received: list[dict[str, Any]] = []
    with (
        live_server(recording_upstream(received, {"m": "ok"})) as up,
        live_server(create_proxy_app(eye, up.url)) as px,
    ):
        for q, want_hint in ((unsure, False), (confident, True), (unsure, False)):
            body = {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": q},
                            {"type": "image_url", "image_url": {"url": data_url(item.image)}},
                        ],
                    }
                ]
            }
            assert httpx.post(px.url + "/chat/completions", json=body, timeout=120).status_code == 200
            _, hints = _reading_and_hints(received[-1]["messages"][0]["content"])
            assert bool(hints) == want_hint, (q, hints)
            assert all(repr(q) in h for h in hints)


def test_read_is_question_free_and_its_async_twin_matches(programs_eye) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    item = synth.receipt(random.Random(63))
    sir = programs_eye.read(item.image)
    assert sir.question == "" and asyncio.run(programs_eye.aread(item.image)).evidence == sir.evidence
    assert sir.by_kind("table") and not sir.by_kind("shape")  # a receipt's survey: its table, no shapes on text
