from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from PIL import Image

from seeingeye import SeeingEye
from seeingeye.eval import synth


@pytest.fixture(scope="session")
def eye() -> SeeingEye:
    """The embedded default, shared: models load once per instance."""
    return SeeingEye()


@pytest.fixture(scope="session")
def programs_eye() -> SeeingEye:
    """Same pipeline with the model-free program reasoner (fast, for tool/program-focused tests)."""
    return SeeingEye(reasoner="programs")


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1234)


@pytest.fixture
def receipt_file(tmp_path: Path) -> tuple[Path, synth.Item]:
    item = synth.receipt(random.Random(7))
    path = tmp_path / "receipt.png"
    item.image.save(path)
    return path, item


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """Run an ASGI app with uvicorn on 127.0.0.1 in a thread, for real HTTP tests."""

    def __init__(self, app, port: int | None = None) -> None:  # type: ignore[no-untyped-def]
        self.port = port or free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def live_server() -> Iterator[type[LiveServer]]:
    yield LiveServer


def save(img: Image.Image, path: Path, **kw) -> Path:  # type: ignore[no-untyped-def]
    img.save(path, **kw)
    return path
