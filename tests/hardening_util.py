"""Shared by the issue-10 hardening tests (server and proxy halves): a known receipt and request shapes,
raw loopback sockets that misbehave as no framework would, and a real `seeingeye` process under a 6 GB cap."""

from __future__ import annotations

import base64
import contextlib
import io
import os
import random
import resource
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from conftest import free_port
from PIL import Image

from seeingeye.eval import synth

RECEIPT = synth.receipt(random.Random(31))
JSON = {"content-type": "application/json"}


def data_url(img: Image.Image) -> str:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


GOOD = data_url(RECEIPT.image)


def user(text: str, *urls: str) -> dict[str, Any]:
    return {
        "role": "user",
        "content": [{"type": "text", "text": text}] + [{"type": "image_url", "image_url": {"url": u}} for u in urls],
    }


def good_request(stream: bool = False) -> dict[str, Any]:
    return {"messages": [user(RECEIPT.question, GOOD)], "stream": stream}


def hold(sock: socket.socket, seconds: float) -> float:
    """Seconds until the server closes `sock` (or `seconds` if it never does)."""
    sock.settimeout(0.2)
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        try:
            if sock.recv(4096) == b"":
                return time.monotonic() - t0
        except TimeoutError:
            continue
        except ConnectionError:
            return time.monotonic() - t0
    return seconds


class RawServer:
    """A loopback TCP server whose handler the test writes; for replies no framework would send."""

    def __init__(self, handler: Any) -> None:
        class H(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                handler(self.request)

        socketserver.ThreadingTCPServer.daemon_threads = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), H)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(ln.split(b":")[1]) for ln in head.split(b"\r\n") if ln.lower().startswith(b"content-length")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return body


def _cap_memory() -> None:
    cap = 6 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


@contextlib.contextmanager
def capped_process(args: list[str], ready_path: str, log_path: Any) -> Iterator[str]:
    """`seeingeye <args>` as a real process under the 6 GB address-space cap; yields its base URL."""
    port = free_port()
    env = {**os.environ, "SEEINGEYE_API_KEYS": "", "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "seeingeye.cli", *args, "--port", str(port), "--header-timeout", "2"]
    cmd += ["--body-timeout", "2"]
    with open(log_path, "wb") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_cap_memory)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, Path(log_path).read_text()
            try:
                if httpx.get(base + ready_path, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server never became ready"
            time.sleep(0.3)
        yield base
        with socket.create_connection(("127.0.0.1", port)) as s:  # a trickling client is cut off
            s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            assert hold(s, 8) < 8
        assert proc.poll() is None, Path(log_path).read_text()
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
