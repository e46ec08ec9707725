"""Headless Chromium for the page tests: skipped with a reason when absent, a failure when CI=true."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from seeingeye.eval.browser import CHROMIUM_ARGS, chromium_path


def unavailable(reason: str) -> None:
    """Skip locally; in CI a missing browser means the browser tests did not run, which is a failure."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}, and CI=true: the browser tests must run in CI (.ci/run installs chromium)")
    pytest.skip(f"{reason}: browser tests skipped (install Debian chromium and playwright)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed")
    exe = chromium_path()
    if exe is None:
        unavailable("no chromium executable found")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page with every console error and uncaught exception recorded."""

    def __init__(self, browser: Any, width: int = 1400, height: int = 1000) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: Path) -> Any:
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        return self.page

    def pixel(self, x: float, y: float) -> tuple[int, int, int]:
        """The rendered colour at viewport point (x, y), from a real screenshot."""
        import io

        from PIL import Image

        png = self.page.screenshot(clip={"x": x, "y": y, "width": 1, "height": 1})
        return Image.open(io.BytesIO(png)).convert("RGB").getpixel((0, 0))

    def close(self) -> None:
        self.page.close()
