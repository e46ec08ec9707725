"""The front doors under bad input and failing upstreams: client faults are 4xx in the client's API's shape,
an upstream's refusal reaches a client of another API in that client's shape (and a client of the same API
verbatim), and a stream that breaks ends with an error event the client library raises or reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import openai
import pytest
from conftest import LiveServer
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from hardening_util import JSON

from seeingeye import SeeingEye
from seeingeye.server.proxy import create_proxy_app

ROUTES = {"chat": "/v1/chat/completions", "messages": "/v1/messages", "responses": "/v1/responses"}
REFUSALS = {
    "chat": {"error": {"message": "model xyz does not exist", "type": "invalid_request_error", "code": "model"}},
    "messages": {"type": "error", "error": {"type": "invalid_request_error", "message": "model xyz does not exist"}},
    "responses": {"error": {"message": "model xyz does not exist", "type": "invalid_request_error", "code": None}},
}
FIRST_EVENT = {
    "chat": (None, {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                    "choices": [{"index": 0, "delta": {"content": "Hal"}, "finish_reason": None}]}),
    "messages": ("message_start", {"type": "message_start", "message": {
        "id": "msg", "type": "message", "role": "assistant", "model": "m", "content": [], "stop_reason": None,
        "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 0}}}),
    "responses": ("response.created", {"type": "response.created", "sequence_number": 0, "response": {
        "id": "r", "object": "response", "created_at": 0, "model": "m", "status": "in_progress", "output": []}}),
}


def failing_upstream(api: str, mode: dict[str, str]) -> FastAPI:
    app = FastAPI()

    @app.post(ROUTES[api])
    async def handle(request: Request) -> Any:
        await request.json()
        if mode["m"] == "refuse":
            return JSONResponse(REFUSALS[api], 404 if api == "messages" else 400)

        def gen() -> Iterator[str]:
            name, data = FIRST_EVENT[api]
            yield (f"event: {name}\n" if name else "") + f"data: {json.dumps(data)}\n\n"
            yield "data: {this is not json\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    return app


@pytest.fixture(scope="module")
def eye() -> SeeingEye:
    return SeeingEye(reasoner="programs")


MESSAGES_BAD = [
    ("no messages", {"model": "m", "max_tokens": 5}),
    ("role system in messages", {"messages": [{"role": "system", "content": "hi"}]}),
    ("content a number", {"messages": [{"role": "user", "content": 7}]}),
    ("block without type", {"messages": [{"role": "user", "content": [{"text": "hi"}]}]}),
    ("image without source", {"messages": [{"role": "user", "content": [{"type": "image"}]}]}),
    ("base64 that is not", {"messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "@@@"}}]}]}),
    ("svg image", {"messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/svg+xml", "data": "PHN2Zy8+"}}]}]}),
    ("max_tokens a string", {"max_tokens": "lots", "messages": [{"role": "user", "content": "hi"}]}),
    ("tools not a list", {"tools": {"a": 1}, "messages": [{"role": "user", "content": "hi"}]}),
    ("system a number", {"system": 5, "messages": [{"role": "user", "content": "hi"}]}),
]
RESPONSES_BAD = [
    ("no input", {"model": "m"}),
    ("input a number", {"input": 5}),
    ("item a string in a list", {"input": ["hi"]}),
    ("unknown role", {"input": [{"role": "robot", "content": "hi"}]}),
    ("image by file id", {"input": [{"role": "user", "content": [{"type": "input_image", "file_id": "f1"}]}]}),
    ("text part without text", {"input": [{"role": "user", "content": [{"type": "input_text"}]}]}),
    ("function call without name", {"input": [{"type": "function_call", "call_id": "c", "arguments": "{}"}]}),
    ("temperature a string", {"temperature": "hot", "input": "hi"}),
]


@pytest.mark.parametrize("api,name,body", [("messages", *c) for c in MESSAGES_BAD] + [("responses", *c)
                                           for c in RESPONSES_BAD], ids=[c[0] for c in MESSAGES_BAD + RESPONSES_BAD])
def test_client_faults_are_4xx_in_the_client_api_shape(eye: SeeingEye, api: str, name: str, body: Any) -> None:
    with LiveServer(failing_upstream("chat", {"m": "refuse"})) as up, LiveServer(create_proxy_app(eye, up.url)) as px:
        r = httpx.post(f"http://127.0.0.1:{px.port}{ROUTES[api]}", content=json.dumps(body), headers=JSON, timeout=30)
    assert 400 <= r.status_code < 500 and "Traceback" not in r.text, r.text
    err = r.json()
    if api == "messages":
        assert err["type"] == "error" and err["error"]["type"] in ("invalid_request_error", "api_error")
        assert err["error"]["message"]
    else:
        assert err["error"]["message"] and err["error"]["type"]


@pytest.mark.parametrize("upstream", ["chat", "messages", "responses"])
def test_upstream_refusal_in_each_client_shape(eye: SeeingEye, upstream: str) -> None:
    with LiveServer(failing_upstream(upstream, {"m": "refuse"})) as up:
        base = f"http://127.0.0.1:{up.port}" + ("" if upstream == "messages" else "/v1")
        with LiveServer(create_proxy_app(eye, base, upstream_api=upstream)) as px:
            status = 404 if upstream == "messages" else 400
            with pytest.raises(anthropic.APIStatusError) as a:
                anthropic.Anthropic(base_url=f"http://127.0.0.1:{px.port}", api_key="k", max_retries=0).messages.create(
                    model="xyz", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
            assert a.value.status_code == status and a.value.body["type"] == "error"
            assert a.value.body["error"]["message"] == "model xyz does not exist"
            with pytest.raises(openai.APIStatusError) as o:
                openai.OpenAI(base_url=px.url, api_key="k", max_retries=0).responses.create(model="xyz", input="hi")
            assert o.value.status_code == status and o.value.body["message"] == "model xyz does not exist"
            raw = httpx.post(px.url + ROUTES[upstream][3:], json={"messages": [{"role": "user", "content": "hi"}],
                                                                  "input": "hi", "max_tokens": 5})
            assert raw.json() == REFUSALS[upstream]  # a client of the upstream's own API: its words verbatim


@pytest.mark.parametrize("upstream", ["chat", "messages", "responses"])
def test_a_broken_stream_ends_with_an_error_event(eye: SeeingEye, upstream: str) -> None:
    with LiveServer(failing_upstream(upstream, {"m": "garbage"})) as up:
        base = f"http://127.0.0.1:{up.port}" + ("" if upstream == "messages" else "/v1")
        with LiveServer(create_proxy_app(eye, base, upstream_api=upstream)) as px:
            client = anthropic.Anthropic(base_url=f"http://127.0.0.1:{px.port}", api_key="k", max_retries=0)
            if upstream != "messages":  # (a client of the same API gets the upstream's bytes as they came)
                with pytest.raises(anthropic.APIStatusError) as a, client.messages.stream(
                        model="m", max_tokens=5, messages=[{"role": "user", "content": "hi"}]) as s:
                    list(s.text_stream)
                assert "malformed" in str(a.value)
            if upstream != "responses":
                events = list(openai.OpenAI(base_url=px.url, api_key="k", max_retries=0).responses.create(
                    model="m", input="hi", stream=True))
                assert events[-1].type == "error" and "malformed" in events[-1].message
