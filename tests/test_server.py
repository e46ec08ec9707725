"""`seeingeye serve`: the official openai client against the running server on 127.0.0.1, a hostile-input
suite (each a 4xx in OpenAI's error shape, server alive afterwards), faults from a real upstream, load."""

from __future__ import annotations

import asyncio
import base64
import io
import random
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import openai
import pytest
from fastapi import FastAPI, Request
from fastapi.responses import Response
from PIL import Image

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.eval.scoring import score  # "$36.74" and "36.74" are the same amount
from seeingeye.server.app import ServerSettings, create_app
from seeingeye.server.intake import URLNotAllowed, URLPolicy, fetch_url


def data_url(img: Image.Image, fmt: str = "PNG", mime: str = "image/png") -> str:
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return f"data:{mime};base64," + base64.b64encode(buf.getvalue()).decode()


def b64(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def user(text: str, *urls: str) -> dict[str, Any]:
    return {
        "role": "user",
        "content": [{"type": "text", "text": text}] + [{"type": "image_url", "image_url": {"url": u}} for u in urls],
    }


RECEIPT = synth.receipt(random.Random(31))
SETTINGS = ServerSettings(max_body_bytes=2_000_000, max_images=2, max_text_chars=500, timeout_s=60)


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    from conftest import LiveServer

    eye = SeeingEye(reasoner="programs", max_pixels=4_000_000)
    with LiveServer(create_app(eye, SETTINGS)) as srv:
        deadline = time.monotonic() + 60
        while httpx.get(f"http://127.0.0.1:{srv.port}/readyz").status_code != 200:
            assert time.monotonic() < deadline, "server never became ready"
            time.sleep(0.1)
        yield srv


def test_openai_client_gets_the_answer(server) -> None:  # type: ignore[no-untyped-def]
    client = openai.OpenAI(base_url=server.url, api_key="none")
    resp = client.chat.completions.create(
        model="seeingeye",
        messages=[{"role": "system", "content": "You are helpful."}, user(RECEIPT.question, data_url(RECEIPT.image))],
    )
    assert score(resp.choices[0].message.content, RECEIPT.answer)
    extra = resp.model_extra["seeingeye"]
    assert extra["results"][0]["confidence"] > 0.5 and extra["results"][0]["sir"]["evidence"]
    assert extra["trace_id"] and resp.usage is not None
    assert [m.id for m in client.models.list()] == ["seeingeye"]


def test_openai_client_streaming(server) -> None:  # type: ignore[no-untyped-def]
    client = openai.OpenAI(base_url=server.url, api_key="none")
    stream = client.chat.completions.create(
        model="seeingeye", stream=True, messages=[user(RECEIPT.question, data_url(RECEIPT.image))]
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert score(text, RECEIPT.answer)
    assert any((c.model_extra or {}).get("seeingeye", {}).get("round") == 1 for c in chunks)  # round progress
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_health_ready_and_request_id(server) -> None:  # type: ignore[no-untyped-def]
    base = f"http://127.0.0.1:{server.port}"
    assert httpx.get(base + "/healthz").json() == {"status": "ok"}
    r = httpx.get(base + "/readyz", headers={"x-request-id": "abc123"})
    assert r.status_code == 200 and r.headers["x-request-id"] == "abc123"


def _png(w: int, h: int, mode: str = "L") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (w, h)).save(buf, format="PNG")
    return buf.getvalue()


GOOD = data_url(RECEIPT.image)
TRUNC = base64.b64decode(GOOD.split(",", 1)[1])[:400]
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"></svg>'
BAD_CASES: list[tuple[str, Any, int]] = [
    ("malformed json", b"{not json", 400),
    ("json array", [], 400),
    ("missing messages", {"model": "x"}, 400),
    ("empty messages", {"messages": []}, 400),
    ("messages not a list", {"messages": "hi"}, 400),
    ("message without role", {"messages": [{"content": "hi"}]}, 400),
    ("content is a number", {"messages": [{"role": "user", "content": 5}]}, 400),
    ("no user message", {"messages": [{"role": "system", "content": "x"}]}, 400),
    ("no question text", {"messages": [user("", GOOD)]}, 400),
    ("no image", {"messages": [{"role": "user", "content": "What is the total?"}]}, 400),
    ("audio part", {"messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]}, 400),
    (
        "url not a string",
        {
            "messages": [
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "q"}, {"type": "image_url", "image_url": {"url": 7}}],
                }
            ]
        },
        400,
    ),
    ("bad base64", {"messages": [user("q", "data:image/png;base64,@@@@")]}, 400),
    ("data url not base64", {"messages": [user("q", "data:image/png,rawbytes")]}, 400),
    ("malformed data url", {"messages": [user("q", "data:foo")]}, 400),
    ("zero-byte image", {"messages": [user("q", "data:image/png;base64,")]}, 400),
    ("not an image", {"messages": [user("q", b64(b"hello world, plain text"))]}, 415),
    ("truncated png", {"messages": [user("q", b64(TRUNC))]}, 400),
    ("svg mime", {"messages": [user("q", b64(SVG, "image/svg+xml"))]}, 415),
    ("svg disguised as png", {"messages": [user("q", b64(SVG))]}, 415),
    ("icon mime", {"messages": [user("q", b64(b"\x00\x00\x01\x00", "image/x-icon"))]}, 415),
    ("decompression bomb", {"messages": [user("q", b64(_png(3000, 3000)))]}, 413),
    ("tiny image", {"messages": [user("q", b64(_png(2, 2, "RGB")))]}, 400),
    ("too many images", {"messages": [user("q", GOOD, GOOD, GOOD)]}, 400),
    ("too long text", {"messages": [user("x" * 600, GOOD)]}, 400),
    ("oversize body", {"messages": [user("q", "data:image/png;base64," + "A" * 2_100_000)]}, 413),
    ("http url while disabled", {"messages": [user("q", "http://example.com/a.png")]}, 400),
    ("file url", {"messages": [user("q", "file:///etc/passwd")]}, 400),
    ("ftp url", {"messages": [user("q", "ftp://example.com/a.png")]}, 400),
    ("local path", {"messages": [user("q", "/etc/passwd")]}, 400),
    ("stream wrong type", {"stream": [1], "messages": [user("q", GOOD)]}, 400),
    ("empty option-less question", {"messages": [user("   ", GOOD)]}, 400),
]


@pytest.mark.parametrize("name,payload,status", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_hostile_input_gets_4xx_and_server_survives(server, name: str, payload: Any, status: int) -> None:  # type: ignore[no-untyped-def]
    raw = payload if isinstance(payload, bytes) else __import__("json").dumps(payload).encode()
    r = httpx.post(
        server.url + "/chat/completions", content=raw, headers={"content-type": "application/json"}, timeout=60
    )
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["message"] and err["type"] and "Traceback" not in r.text
    assert httpx.get(f"http://127.0.0.1:{server.port}/healthz").status_code == 200


def test_protocol_level_errors(server) -> None:  # type: ignore[no-untyped-def]
    base = f"http://127.0.0.1:{server.port}"
    assert (
        httpx.post(base + "/v1/chat/completions", content=b"x", headers={"content-type": "text/plain"}).status_code
        == 415
    )
    assert httpx.get(base + "/v1/chat/completions").status_code == 405
    r = httpx.get(base + "/nope")
    assert r.status_code == 404 and "error" in r.json()
    # ...and it still answers afterwards.
    client = openai.OpenAI(base_url=server.url, api_key="none")
    resp = client.chat.completions.create(model="seeingeye", messages=[user(RECEIPT.question, GOOD)])
    assert score(resp.choices[0].message.content, RECEIPT.answer)


def test_api_keys(live_server) -> None:  # type: ignore[no-untyped-def]
    eye = SeeingEye(reasoner="programs")
    with live_server(create_app(eye, ServerSettings(api_keys=["k-123"]))) as srv:
        bad = openai.OpenAI(base_url=srv.url, api_key="wrong", max_retries=0)
        with pytest.raises(openai.AuthenticationError):
            bad.models.list()
        assert httpx.get(srv.url + "/models").status_code == 401
        good = openai.OpenAI(base_url=srv.url, api_key="k-123")
        assert good.models.list().data[0].id == "seeingeye"


def test_refuses_public_bind_without_keys() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "seeingeye.cli", "serve", "--host", "0.0.0.0"],
        capture_output=True,
        timeout=60,
        env={**__import__("os").environ, "SEEINGEYE_API_KEYS": ""},
    )
    assert proc.returncode == 2 and b"refusing to bind" in proc.stderr


def test_upstream_faults_map_to_502_504_and_recover(live_server) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    mode = {"m": "garbage"}
    upstream = FastAPI()

    @upstream.post("/v1/chat/completions")
    async def up(request: Request) -> Response:
        if mode["m"] == "slow":
            await asyncio.sleep(4)
        if mode["m"] == "error":
            return Response(status_code=500, content=b"boom")
        content = (
            "not json"
            if mode["m"] == "garbage"
            else _json.dumps({"answer": "x", "confidence": 0.9, "program": {"op": "lookup", "key": "total"}})
        )
        return Response(
            media_type="application/json",
            content=_json.dumps(
                {
                    "id": "u",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "m",
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            ),
        )

    with live_server(upstream) as up_srv:
        eye = SeeingEye(reasoner="openai", base_url=up_srv.url, model="m", request_timeout_s=1.5, retries=0)
        with live_server(create_app(eye, ServerSettings(timeout_s=30))) as srv:

            def post() -> httpx.Response:
                return httpx.post(
                    srv.url + "/chat/completions", timeout=60, json={"messages": [user(RECEIPT.question, GOOD)]}
                )

            for m, status in (("garbage", 502), ("error", 502), ("slow", 504)):
                mode["m"] = m
                r = post()
                assert r.status_code == status, (m, r.text)
                assert r.json()["error"]["message"]
            mode["m"] = "good"
            r = post()
            assert r.status_code == 200 and score(r.json()["choices"][0]["message"]["content"], RECEIPT.answer)
    eye_down = SeeingEye(reasoner="openai", base_url="http://127.0.0.1:9/v1", model="m", retries=0)
    with live_server(create_app(eye_down)) as srv:
        r = httpx.post(srv.url + "/chat/completions", json={"messages": [user("q", GOOD)]}, timeout=60)
        assert r.status_code == 502 and "cannot reach" in r.json()["error"]["message"]


def test_queue_full_gives_429_and_health_stays_responsive(live_server) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def slow_answer(img: bytes, question: str, on_round=None):  # type: ignore[no-untyped-def]
        release.wait(20)
        return SeeingEye(reasoner="programs").ask(img, question)

    app = create_app(SeeingEye(reasoner="programs"), ServerSettings(workers=1, queue_size=1), answerer=slow_answer)
    with live_server(app) as srv:
        results: list[int] = []

        def fire() -> None:
            results.append(
                httpx.post(
                    srv.url + "/chat/completions", timeout=60, json={"messages": [user(RECEIPT.question, GOOD)]}
                ).status_code
            )

        threads = [threading.Thread(target=fire) for _ in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while results.count(429) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        t0 = time.monotonic()
        assert httpx.get(f"http://127.0.0.1:{srv.port}/healthz").status_code == 200
        assert time.monotonic() - t0 < 2
        release.set()
        for t in threads:
            t.join(30)
    assert sorted(results) == [200, 200, 429, 429]


def test_url_policy_rules(live_server) -> None:  # type: ignore[no-untyped-def]
    policy = URLPolicy(
        enabled=True,
        allowed_hosts=["127.0.0.1", "localhost", "example.com", "169.254.169.254", "10.1.2.3", "[::1]", "::1"],
    )
    for url in (
        "file:///etc/passwd",
        "ftp://example.com/x.png",
        "http://127.0.0.1/x.png",
        "http://localhost/x.png",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/x.png",
        "http://[::1]/x.png",
        "http://user:pw@example.com/x.png",
        "http://evil.test/x.png",
        "gopher://example.com/",
    ):
        with pytest.raises(URLNotAllowed):
            fetch_url(url, policy)
    images = FastAPI()
    png = _png(64, 64, "RGB")

    @images.get("/ok.png")
    async def ok() -> Response:
        return Response(png, media_type="image/png")

    @images.get("/redirect.png")
    async def redirect() -> Response:
        return Response(status_code=302, headers={"location": "http://169.254.169.254/"})

    @images.get("/big.png")
    async def big() -> Response:
        return Response(b"\x89PNG" + b"0" * 3_000_000, media_type="image/png")

    @images.get("/pic.svg")
    async def svg() -> Response:
        return Response(SVG, media_type="image/svg+xml")

    with live_server(images) as srv:
        intranet = URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"], allow_private=True, max_bytes=1_000_000)
        base = f"http://127.0.0.1:{srv.port}"
        assert fetch_url(base + "/ok.png", intranet) == png
        from seeingeye.errors import ImageTooLargeError, UnsupportedImageError

        with pytest.raises(URLNotAllowed, match="redirect"):
            fetch_url(base + "/redirect.png", intranet)
        with pytest.raises(ImageTooLargeError):
            fetch_url(base + "/big.png", intranet)
        with pytest.raises(UnsupportedImageError):
            fetch_url(base + "/pic.svg", intranet)
        with pytest.raises(URLNotAllowed, match="forbidden address"):  # same host without the intranet opt-in
            fetch_url(base + "/ok.png", URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"]))
