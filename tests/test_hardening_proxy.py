"""Issue 10, proxy half: each fault an outside attack found, against a real `seeingeye proxy` on 127.0.0.1.

Item numbers refer to issue 10. Upstreams are real loopback servers (some raw sockets, to misbehave in ways
a framework will not). The server half is test_hardening_server.py.
"""

from __future__ import annotations

import json
import random
import re
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import LiveServer, free_port
from fastapi import FastAPI, Request
from hardening_util import JSON, RawServer, capped_process, data_url, read_request, user

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.server.proxy import create_proxy_app


@pytest.fixture(scope="module")
def programs_eye_mod() -> SeeingEye:
    # hint_min_confidence: these tests are about per-question hints and their cache, not the threshold itself.
    return SeeingEye(reasoner="programs", max_pixels=4_000_000, hint_min_confidence=0.6)


# --- proxy: 9, 13, 14, 17 --------------------------------------------------------------------------------


def recording_upstream(received: list[dict[str, Any]]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        received.append(await request.json())
        return {
            "id": "u1",
            "object": "chat.completion",
            "created": 0,
            "model": "text-only",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "OK"}, "finish_reason": "stop"}],
        }

    return app


PROXY_BAD = [
    ("deep nesting", b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("nesting past the cap", '{"messages": [{"role": "user", "content": "hi"}], "x": ' + "[" * 200 + "]" * 200 + "}"),
    ("message is a string", json.dumps({"messages": ["hello"]})),
    ("part is a string", json.dumps({"messages": [{"role": "user", "content": ["hello"]}]})),
    ("content is a number", json.dumps({"messages": [{"role": "user", "content": 7}]})),
    ("text part with a number", json.dumps({"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]})),
    ("text part without text", json.dumps({"messages": [{"role": "user", "content": [{"type": "text"}]}]})),
    ("image part without url", json.dumps({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]})),
    ("role missing", json.dumps({"messages": [{"content": "hi"}]})),
    ("body is a list", b"[]"),
    ("lone surrogate", '{"messages": [{"role": "user", "content": "\\ud800"}]}'),
]


@pytest.fixture(scope="module")
def proxy_pair(programs_eye_mod: SeeingEye) -> Iterator[tuple[LiveServer, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []
    with (
        LiveServer(recording_upstream(received)) as up,
        LiveServer(create_proxy_app(programs_eye_mod, up.url, "text-only")) as px,
    ):
        yield px, received


@pytest.mark.parametrize("name,raw", PROXY_BAD, ids=[c[0] for c in PROXY_BAD])
def test_proxy_client_faults_are_400(proxy_pair: tuple[LiveServer, list], name: str, raw: Any) -> None:
    px, _ = proxy_pair
    r = httpx.post(px.url + "/chat/completions", content=raw, headers=JSON, timeout=30)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["message"] and "Traceback" not in r.text


def test_proxy_content_type_host_origin(proxy_pair: tuple[LiveServer, list]) -> None:
    px, _ = proxy_pair
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode()
    url = px.url + "/chat/completions"
    assert httpx.post(url, content=body, headers={"content-type": "text/plain"}).status_code == 415
    assert httpx.post(url, content=body, headers={**JSON, "host": "attacker.example"}).status_code == 421
    assert httpx.post(url, content=body, headers={**JSON, "origin": "https://attacker.example"}).status_code == 403
    assert httpx.post(url, content=body, headers=JSON).status_code == 200


def test_proxy_question_hint_is_per_question(proxy_pair: tuple[LiveServer, list]) -> None:
    px, received = proxy_pair
    q1, q2 = "What is the total?", "What is the name of the store?"
    item = synth.receipt(random.Random(77))
    url = data_url(item.image)
    before = httpx.get(f"http://127.0.0.1:{px.port}/healthz").json()["images_read"]
    for q in (q1, q2, q1):
        r = httpx.post(px.url + "/chat/completions", json={"messages": [user(q, url)]}, timeout=120)
        assert r.status_code == 200, r.text
    # Each request frames the reading with its own random boundary (issue 21 item 4); compare without it.
    first, second, third = (
        re.sub(r"READING [0-9A-Za-z]{20,}>>", "READING B>>", m["messages"][0]["content"]) for m in received[-3:]
    )
    assert httpx.get(f"http://127.0.0.1:{px.port}/healthz").json()["images_read"] == before + 1  # one reading
    hints = [ln for ln in second.splitlines() if ln.startswith("Best reading")]
    assert all(repr(q2) in h for h in hints), hints  # no hint written for q1
    assert repr(q1) not in second and repr(q1) in first
    assert item.answer in first  # q1's hint (and the evidence) carry the total
    assert third == first  # back to q1: its own hint again, from the cache

    # the reading itself is shared: identical apart from the hint lines
    def reading(text: str) -> list[str]:
        return [ln for ln in text.splitlines()[1:] if not ln.startswith("Best reading")]

    assert reading(first) == reading(second)


def raw_reply(reply: bytes) -> Any:
    def handle(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(reply)

    return handle


def http_reply(status: str, body: bytes, ctype: str = "application/json", length: int | None = None) -> bytes:
    n = len(body) if length is None else length
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {n}\r\nConnection: close\r\n\r\n".encode()
        + body
    )


UPSTREAM_FAULTS = [
    ("short body", http_reply("200 OK", b'{"choices": [', length=5000), 502),
    ("not json", http_reply("200 OK", b"<html>hello</html>", "text/html"), 502),
    ("json without choices", http_reply("200 OK", b'{"id": "x", "object": "chat.completion"}'), 502),
    ("empty choices", http_reply("200 OK", b'{"choices": []}'), 502),
    ("choice without message", http_reply("200 OK", b'{"choices": [{"text": "hi"}]}'), 502),
    ("deeply nested reply", http_reply("200 OK", b"[" * 100_000 + b"]" * 100_000), 502),
    ("redirect", b"HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/\r\nContent-Length: 0\r\n\r\n", 502),
    ("server error", http_reply("500 Internal Server Error", b"boom", "text/plain"), 502),
    ("garbage status line", b"NOT HTTP AT ALL\r\n\r\n", 502),
    ("closed without reply", b"", 502),
    ("4xx without error shape", http_reply("404 Not Found", b"nope", "text/plain"), 404),
]


@pytest.mark.parametrize("name,reply,status", UPSTREAM_FAULTS, ids=[c[0] for c in UPSTREAM_FAULTS])
def test_proxy_upstream_faults_are_502_in_openai_shape_and_redacted(
    programs_eye_mod: SeeingEye, name: str, reply: bytes, status: int
) -> None:
    up = RawServer(raw_reply(reply))
    secret_base = f"http://alice:pw-SECRET-1@127.0.0.1:{up.port}/v1?api_key=KEY-SECRET-2"
    try:
        with LiveServer(create_proxy_app(programs_eye_mod, secret_base)) as px:
            r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]})
            assert r.status_code == status, r.text
            err = r.json()["error"]
            assert err["message"] and err["type"] == "upstream_error"
            assert "SECRET" not in r.text and "alice" not in r.text and "api_key" not in r.text
    finally:
        up.close()


def test_proxy_redacts_unreachable_upstream_and_keeps_its_query(programs_eye_mod: SeeingEye) -> None:
    seen: list[str] = []

    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        seen.append(str(request.url.query))
        return {"choices": [{"message": {"role": "assistant", "content": "ok"}}]}

    with LiveServer(app) as up:
        base = f"http://127.0.0.1:{up.port}/v1?api_key=KEY-SECRET-3"
        with LiveServer(create_proxy_app(programs_eye_mod, base)) as px:
            r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]})
            assert r.status_code == 200 and seen == ["api_key=KEY-SECRET-3"]  # the key still reaches upstream
    dead = f"http://bob:pw-SECRET-4@127.0.0.1:{free_port()}/v1?token=KEY-SECRET-5"
    with LiveServer(create_proxy_app(programs_eye_mod, dead)) as px:
        r = httpx.post(px.url + "/chat/completions", json={"messages": [{"role": "user", "content": "hi"}]})
        assert r.status_code == 502 and "SECRET" not in r.text and "bob" not in r.text
        assert "127.0.0.1" in r.json()["error"]["message"]  # still says which upstream


def test_proxy_process_survives_hostile_inputs_under_6gb_cap(tmp_path) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, Any]] = []
    with (
        LiveServer(recording_upstream(received)) as up,
        capped_process(["proxy", "--upstream", up.url], "/healthz", tmp_path / "proxy.log") as base,
    ):
        url = base + "/v1/chat/completions"
        for _, raw in PROXY_BAD:
            r = httpx.post(url, content=raw, headers=JSON, timeout=60)
            assert r.status_code == 400, r.text[:200]
        text_only = json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode()
        for headers in ({"content-type": "text/plain"}, {**JSON, "host": "evil.example"}, {**JSON, "origin": "null"}):
            assert 400 <= httpx.post(url, content=text_only, headers=headers).status_code < 500
        r = httpx.post(url, content=text_only, headers=JSON, timeout=60)
        assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "OK"
