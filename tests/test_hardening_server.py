"""Issue 10, server half: each fault an outside attack found, against real servers on 127.0.0.1.

Item numbers refer to issue 10. Every server here is a real uvicorn on loopback; image sources are real
loopback servers too (some raw sockets, to misbehave in ways a framework will not). The proxy half is
test_hardening_proxy.py.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import LiveServer
from hardening_util import GOOD, JSON, RECEIPT, RawServer, capped_process, good_request, hold, read_request, user
from PIL import Image

from seeingeye import SeeingEye
from seeingeye.eval.scoring import score  # "$36.74" and "36.74" are the same amount
from seeingeye.server.app import ServerSettings, create_app
from seeingeye.server.intake import URLNotAllowed, URLPolicy, check_address, fetch_url_async
from seeingeye.server.serving import ConnectionLimits, uvicorn_config


@pytest.fixture(scope="module")
def programs_eye_mod() -> SeeingEye:
    return SeeingEye(reasoner="programs", max_pixels=4_000_000)


def limited_server(app: Any, limits: ConnectionLimits) -> LiveServer:
    srv = LiveServer(app)
    srv.server.config = uvicorn_config(app, "127.0.0.1", srv.port, limits, log_level="error")
    return srv


# --- 3: a slow image URL must not stall the event loop ------------------------------------------------


def test_slow_image_url_does_not_block_healthz(programs_eye_mod: SeeingEye) -> None:
    connected, release = threading.Event(), threading.Event()

    def stall(conn: socket.socket) -> None:
        read_request(conn)
        connected.set()
        release.wait(15)

    source = RawServer(stall)
    policy = URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"], allow_private=True, timeout_s=8)
    try:
        with LiveServer(create_app(programs_eye_mod, ServerSettings(url_policy=policy))) as srv:
            out: list[int] = []
            body = {"messages": [user("What is the total?", f"http://127.0.0.1:{source.port}/slow.png")]}
            t = threading.Thread(
                target=lambda: out.append(httpx.post(srv.url + "/chat/completions", json=body, timeout=30).status_code)
            )
            t.start()
            assert connected.wait(10), "the server never fetched the URL"
            t0 = time.monotonic()
            assert httpx.get(f"http://127.0.0.1:{srv.port}/healthz", timeout=10).status_code == 200
            assert time.monotonic() - t0 < 1.5, "healthz waited for the image download"
            release.set()
            t.join(30)
            assert out and out[0] == 400  # the stalled source then closed without a reply
    finally:
        release.set()
        source.close()


# --- 4: header/body deadlines and a connection cap -------------------------------------------------------


def test_trickled_headers_and_body_are_cut_off_and_cap_holds(programs_eye_mod: SeeingEye) -> None:
    limits = ConnectionLimits(header_timeout_s=1.0, body_timeout_s=1.5, body_min_rate=1 << 20, max_connections=6)
    app = create_app(programs_eye_mod, ServerSettings())
    with limited_server(app, limits) as srv:
        addr = ("127.0.0.1", srv.port)

        def trickle(payload: bytes) -> float:
            with socket.create_connection(addr) as s:
                t0 = time.monotonic()
                for i, byte in enumerate(payload):
                    try:
                        s.send(bytes([byte]))
                    except OSError:
                        return time.monotonic() - t0
                    if i % 4 == 3 and hold(s, 0.25) < 0.25:
                        return time.monotonic() - t0
                return time.monotonic() - t0 + hold(s, 10)

        head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{srv.port}\r\n".encode()
        assert trickle(head + b"X-Padding: " + b"a" * 200 + b"\r\n\r\n") < 4  # headers one byte at a time
        body_head = head + b"Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
        with socket.create_connection(addr) as s:  # headers at once, then the body one byte at a time
            s.sendall(body_head)
            t0 = time.monotonic()
            closed = False
            while time.monotonic() - t0 < 6 and not closed:
                try:
                    s.send(b"{")
                except OSError:
                    break
                closed = hold(s, 0.2) < 0.2
            assert time.monotonic() - t0 < 4
        # The cap: six idle connections fill it, a seventh request gets 503 at once ...
        idle = [socket.create_connection(addr) for _ in range(6)]
        time.sleep(0.2)
        r = httpx.get(f"http://127.0.0.1:{srv.port}/healthz", timeout=5)
        assert r.status_code == 503
        # ... and the header deadline frees the slots: the server answers again.
        assert all(hold(s, 4) < 4 for s in idle)
        for s in idle:
            s.close()
        assert httpx.get(f"http://127.0.0.1:{srv.port}/healthz", timeout=5).status_code == 200


# --- 7, 14 on serve: bad input is a 4xx, never a 500 ---------------------------------------------------


SERVE_BAD = [
    ("deep nesting", b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400),
    ("deep nesting inside content", json.dumps({"messages": [{"role": "user", "content": [[[[[[[[]]]]]]]]}]}), 400),
    (
        "nesting past the cap",
        '{"messages": [{"role": "user", "content": "q", "x": ' + "[" * 200 + "]" * 200 + "}]}",
        400,
    ),
    (
        "lone surrogate in question",
        '{"messages": [{"role": "user", "content": [{"type": "text", "text": "tot\\ud800al?"},'
        ' {"type": "image_url", "image_url": {"url": "' + GOOD + '"}}]}]}',
        400,
    ),
    (
        "lone surrogate in model",
        '{"model": "\\udfff", "messages": [{"role": "user", "content": [{"type": "text", '
        '"text": "What is the total?"}, {"type": "image_url", "image_url": {"url": "' + GOOD + '"}}]}]}',
        400,
    ),
    ("integer past the digit limit", '{"max_tokens": ' + "9" * 5000 + ', "messages": []}', 400),
    ("url with bad port", json.dumps({"messages": [user("q", "http://example.com:99999/a.png")]}), 400),
    ("url with non-numeric port", json.dumps({"messages": [user("q", "http://example.com:8x/a.png")]}), 400),
    ("url with unclosed ipv6 bracket", json.dumps({"messages": [user("q", "http://[::1/a.png")]}), 400),
    (
        "text part with a number",
        json.dumps({"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]}),
        400,
    ),
]


@pytest.fixture(scope="module")
def serve_srv(programs_eye_mod: SeeingEye) -> Iterator[LiveServer]:
    # URL fetching on (allow-list example.com) so malformed URLs reach the parser; none is ever resolved.
    policy = URLPolicy(enabled=True, allowed_hosts=["example.com"])
    settings = ServerSettings(max_body_bytes=1_000_000, url_policy=policy, allowed_hosts=["127.0.0.1", "seeingeye.lan"])
    with LiveServer(create_app(programs_eye_mod, settings)) as srv:
        yield srv


@pytest.mark.parametrize("name,raw,status", SERVE_BAD, ids=[c[0] for c in SERVE_BAD])
def test_serve_client_faults_are_4xx(serve_srv: LiveServer, name: str, raw: Any, status: int) -> None:
    r = httpx.post(serve_srv.url + "/chat/completions", content=raw, headers=JSON, timeout=60)
    assert r.status_code == status, r.text
    assert r.json()["error"]["message"] and "Traceback" not in r.text


def test_content_type_host_and_origin(serve_srv: LiveServer) -> None:
    url, body = serve_srv.url + "/chat/completions", json.dumps(good_request()).encode()
    for ctype in ("text/plain", "text/plain; charset=json", "application/jsonx", "multipart/form-data", ""):
        r = httpx.post(url, content=body, headers={"content-type": ctype})
        assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type", ctype
    r = httpx.post(url, content=body, headers={"content-type": "Application/JSON; charset=utf-8"}, timeout=60)
    assert r.status_code == 200
    assert httpx.post(url, content=body, headers={**JSON, "host": "evil.example"}).status_code == 421
    assert httpx.post(url, content=body, headers={**JSON, "host": "seeingeye.lan:8000"}, timeout=60).status_code == 200
    for origin in ("http://evil.example", "null", "http://127.0.0.1.evil.example"):
        r = httpx.post(url, content=body, headers={**JSON, "origin": origin})
        assert r.status_code == 403 and r.json()["error"]["code"] == "invalid_origin", origin
    same = f"http://127.0.0.1:{serve_srv.port}"
    assert httpx.post(url, content=body, headers={**JSON, "origin": same}, timeout=60).status_code == 200


# --- 11: a 413 the client can read -------------------------------------------------------------------


def naive_post(port: int, body: bytes, pause_after: int | None = None, pause_s: float = 0.0) -> bytes:
    """Send the whole request, then read the reply: what urllib-style clients do (no reading while sending)."""
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(head)
        for i in range(0, len(body), 1 << 20):
            if pause_after is not None and i == pause_after:
                time.sleep(pause_s)
            s.sendall(body[i : i + (1 << 20)])
        s.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        return data


def test_oversize_body_413_is_readable(programs_eye_mod: SeeingEye) -> None:
    limits = ConnectionLimits(body_timeout_s=1.0, body_min_rate=1 << 30, linger_s=3.0)
    app = create_app(programs_eye_mod, ServerSettings(max_body_bytes=1_000_000))
    with limited_server(app, limits) as srv:
        small, big = b"A" * 3_000_000, b"A" * 40_000_000  # inside the drain bound (4x limit), far past it
        for body in (small, big):
            reply = naive_post(srv.port, body)
            assert reply.startswith(b"HTTP/1.1 413") and b"body_too_large" in reply
        # The body deadline passes while the client is still sending: the close must still be graceful.
        reply = naive_post(srv.port, big, pause_after=4 << 20, pause_s=1.5)
        assert reply.startswith(b"HTTP/1.1 413") and b"body_too_large" in reply

        def chunked() -> Iterator[bytes]:
            for i in range(0, len(small), 65536):
                yield small[i : i + 65536]

        r = httpx.post(srv.url + "/chat/completions", content=chunked(), headers=JSON, timeout=30)
        assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"
        assert httpx.get(f"http://127.0.0.1:{srv.port}/healthz").status_code == 200


# --- 12: streaming requests obey the queue limit ---------------------------------------------------------


def test_streaming_request_gets_429_when_queue_full(programs_eye_mod: SeeingEye) -> None:
    release = threading.Event()

    def slow(img: bytes, question: str, on_round=None):  # type: ignore[no-untyped-def]
        release.wait(20)
        return programs_eye_mod.ask(img, question)

    app = create_app(programs_eye_mod, ServerSettings(workers=1, queue_size=1), answerer=slow)
    with LiveServer(app) as srv:
        codes: list[int] = []
        busy = [
            threading.Thread(
                target=lambda: codes.append(
                    httpx.post(srv.url + "/chat/completions", json=good_request(), timeout=60).status_code
                )
            )
            for _ in range(2)
        ]
        for t in busy:
            t.start()
        time.sleep(1.0)  # both slots taken
        r = httpx.post(srv.url + "/chat/completions", json=good_request(stream=True), timeout=30)
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        assert r.json()["error"]["code"] == "queue_full"
        release.set()
        for t in busy:
            t.join(30)
        assert codes == [200, 200]
        with httpx.stream("POST", srv.url + "/chat/completions", json=good_request(stream=True), timeout=60) as s:
            assert s.status_code == 200 and "[DONE]" in s.read().decode()


# --- 15: only globally routable addresses, decided before any connection --------------------------------


def test_ssrf_decision_with_resolver_and_transport_replaced() -> None:
    asyncio.run(_ssrf_decision())


async def _ssrf_decision() -> None:
    import httpx as hx

    calls: list[hx.Request] = []
    png = io.BytesIO()
    Image.new("RGB", (32, 32)).save(png, format="PNG")

    def handler(request: hx.Request) -> hx.Response:
        calls.append(request)
        return hx.Response(200, content=png.getvalue(), headers={"content-type": "image/png"})

    transport = hx.MockTransport(handler)
    answers = {"img.example.com": ["93.184.216.34"]}

    async def resolver(host: str, port: int) -> list[str]:
        return answers[host]

    policy = URLPolicy(enabled=True, allowed_hosts=["img.example.com"])
    for addr in (
        "100.100.100.200",  # carrier-grade NAT: a cloud metadata service lives here
        "100.64.0.1",
        "2002:a9fe:a9fe::1",  # 6to4 wrapping 169.254.169.254
        "2002::1",
        "64:ff9b::a9fe:a9fe",  # NAT64 wrapping it
        "169.254.169.254",
        "10.0.0.1",
        "192.168.1.1",
        "127.0.0.1",
        "::1",
        "::ffff:10.0.0.1",
        "fd00::1",
        "fe80::1",
        "0.0.0.0",
        "224.0.0.1",
        "198.18.0.1",  # benchmarking range
        "192.0.2.1",  # documentation range
    ):
        answers["img.example.com"] = ["93.184.216.34", addr]  # one bad address among good ones is enough
        with pytest.raises(URLNotAllowed):
            await fetch_url_async("http://img.example.com/a.png", policy, resolver=resolver, transport=transport)
        with pytest.raises(URLNotAllowed):
            check_address(addr)
    assert calls == []  # refused before any connection
    answers["img.example.com"] = ["93.184.216.34"]
    data = await fetch_url_async("https://img.example.com/a.png", policy, resolver=resolver, transport=transport)
    assert data == png.getvalue() and len(calls) == 1
    assert calls[0].url.host == "93.184.216.34" and calls[0].headers["host"] == "img.example.com"
    check_address("2606:4700::1111")  # a global IPv6 address passes
    check_address("10.0.0.1", allow_private=True)  # the intranet opt-in ...
    with pytest.raises(URLNotAllowed):
        check_address("100.100.100.200", allow_private=True)  # ... never reaches metadata


# --- a real `seeingeye serve` process under a 6 GB address-space cap -------------------------------------


def test_serve_process_survives_hostile_inputs_under_6gb_cap(tmp_path) -> None:  # type: ignore[no-untyped-def]
    args = ["serve", "--reasoner", "programs", "--max-body-bytes", "2000000", "--max-pixels", "4000000"]
    args += ["--allow-image-urls", "--url-allow-host", "example.com"]
    with capped_process(args, "/readyz", tmp_path / "serve.log") as base:
        url = base + "/v1/chat/completions"
        bomb = io.BytesIO()
        Image.new("L", (20000, 20000)).save(bomb, format="PNG")
        bomb_url = "data:image/png;base64," + base64.b64encode(bomb.getvalue()).decode()
        hostile: list[tuple[bytes, dict[str, str]]] = [
            (raw.encode() if isinstance(raw, str) else raw, JSON) for _, raw, _ in SERVE_BAD
        ]
        hostile += [
            (json.dumps({"messages": [user("q", bomb_url)]}).encode(), JSON),
            (b'{"messages": "' + b"A" * 3_000_000 + b'"}', JSON),
            (json.dumps(good_request()).encode(), {"content-type": "text/plain"}),
            (json.dumps(good_request()).encode(), {**JSON, "origin": "http://evil.example"}),
            (b"{" * 50_000, JSON),
        ]
        for raw, headers in hostile:
            r = httpx.post(url, content=raw, headers=headers, timeout=60)
            assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])
        r = httpx.post(url, json=good_request(), timeout=120)
        assert r.status_code == 200 and score(r.json()["choices"][0]["message"]["content"], RECEIPT.answer)
