"""See why: a self-contained HTML page per answer (image, evidence boxes, rounds, SIR, model calls)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from .bundle import (
    bundle_from_result,
    encode_image,
    image_source,
    load_bundle,
    make_bundle,
    normalise,
    resolve_image,
    thumbnail_uri,
)
from .page import render_page

__all__ = [
    "bundle_from_result",
    "encode_image",
    "image_source",
    "load_bundle",
    "make_bundle",
    "normalise",
    "render_page",
    "resolve_image",
    "thumbnail_uri",
    "write_page",
]


def write_page(
    bundle: dict[str, Any],
    path: Path,
    *,
    image: Image.Image | None = None,
    extra: dict[str, Any] | None = None,
    max_side: int = 1600,
) -> Path:
    """Render `bundle` to `path` (parent directories created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(bundle, image=image, extra=extra, max_side=max_side), encoding="utf-8")
    return path
