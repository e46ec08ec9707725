"""The view bundle: a trace file that also carries what a page needs to redraw the answer over the image.

A bundle is a `Trace` JSON object (so every reader of trace files keeps working: pydantic ignores extra keys)
plus one namespaced key, `view`:

    {"rounds": [...], "tool_calls": [...], "model_calls": [...], "stop_reason": "...",
     "view": {"version": 1,
              "result": {question, options, answer, confidence, rationale, evidence_ids, sir, usage, timings},
              "sir_text": "the SIR exactly as render_text() gives it",
              "image": {"mime": "image/jpeg", "data": "<base64>", "width": w, "height": h}   # embedded, or
              "image_source": {"path": "/abs/img.png", "sha256": "<of the file>"}
                              | {"data": "<base64 of the original bytes>"}}}

`image` is ready to draw (downscaled); `image_source` is a cheap reference (eval runs time `system.run`, so
they store the source and the report encodes images later, outside the timed path).

Which pictures a page may show: a trace file is untrusted input (a colleague's run folder, a download), and
a page embeds what it shows. So a page shows only images the trace owns: inline data (`image`,
`image_source.data`), or a file at `image_source.path` whose content hashes to the `sha256` recorded
beside it when the trace was written. A trace naming `/home/me/private.png` without its hash, or with any
other hash, gets no picture: whoever can name a file's hash already has its content. `view --image FILE`
(the user's own choice) always works.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image

from ..errors import InputError, SeeingEyeError
from ..imageio import load_image, read_file
from ..jsonfile import read_json

VERSION = 1
PAGE_MAX_SIDE = 1600  # big enough to read a receipt's small print, small enough for a light page


def encode_image(image: Image.Image, max_side: int = PAGE_MAX_SIDE, quality: int = 85) -> dict[str, Any]:
    """Downscale to `max_side` and keep the smaller of PNG (crisp text, flat colours) and JPEG (photos)."""
    img = image.convert("RGB")
    if max(img.size) > max_side:
        img = img.copy()
        img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    best: tuple[str, bytes] | None = None
    for fmt, mime, kw in (("PNG", "image/png", {"optimize": False}), ("JPEG", "image/jpeg", {"quality": quality})):
        buf = io.BytesIO()
        img.save(buf, format=fmt, **kw)
        if best is None or buf.tell() < len(best[1]):
            best = (mime, buf.getvalue())
    assert best is not None
    return {"mime": best[0], "data": base64.b64encode(best[1]).decode(), "width": img.width, "height": img.height}


def thumbnail_uri(image: Image.Image, side: int = 96, quality: int = 70) -> str:
    """A small JPEG data URI for tables of many items."""
    img = image.convert("RGB").copy()
    img.thumbnail((side, side), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode()


MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_file(path, MAX_IMAGE_FILE_BYTES, "image")).hexdigest()
    except SeeingEyeError:
        return None


def image_source(source: str | Path | bytes, sha256: str | None = None) -> dict[str, str]:
    """A reference to an image: its original bytes, or its path with the hash of its content (`sha256`
    when the caller already has it, e.g. from `LoadedImage.sha256`; else the file is hashed now)."""
    if isinstance(source, bytes | bytearray):
        return {"data": base64.b64encode(bytes(source)).decode()}
    path = Path(source).resolve()
    digest = sha256 or _file_digest(path)
    return {"path": str(path), **({"sha256": digest} if digest else {})}


def make_bundle(
    summary: dict[str, Any],
    trace: dict[str, Any],
    *,
    sir_text: str | None = None,
    image: Image.Image | None = None,
    source: str | Path | bytes | None = None,
    source_sha256: str | None = None,
) -> dict[str, Any]:
    """A trace dict with the `view` key: `summary` is AskResult.summary() (or any subset of it)."""
    view: dict[str, Any] = {"version": VERSION, "result": summary}
    if sir_text is not None:
        view["sir_text"] = sir_text
    if image is not None:
        view["image"] = encode_image(image)
    elif source is not None:
        view["image_source"] = image_source(source, source_sha256)
    return {**trace, "view": view}


def bundle_from_result(
    result: Any, image: Image.Image | None = None, source: str | Path | bytes | None = None
) -> dict[str, Any]:
    """The bundle for an `AskResult`: its summary, trace, SIR text, and the image (embedded or referenced)."""
    return make_bundle(
        result.summary(),
        json.loads(result.trace.model_dump_json()),
        sir_text=result.sir.render_text(),
        image=image,
        source=source,
        source_sha256=result.sir.image.sha256,
    )


def _decode(src: dict[str, Any]) -> Image.Image | None:
    """The referenced image, when the trace owns it (inline bytes, or a file matching its recorded hash)."""
    if "path" not in src:
        return load_image(base64.b64decode(src.get("data", ""))).image
    path, digest = src.get("path"), src.get("sha256")
    if not isinstance(path, str) or not isinstance(digest, str):
        return None  # a bare path is a claim, not ownership: never embed a file the trace cannot vouch for
    data = read_file(path, MAX_IMAGE_FILE_BYTES, "image")  # regular files only, capped: no FIFO, no /dev/zero
    if hashlib.sha256(data).hexdigest() != digest.lower():
        return None
    return load_image(data).image


def resolve_image(bundle: dict[str, Any], image: str | Path | None = None) -> Image.Image | None:
    """The bundle's picture as a PIL image: an explicit `image` wins, then the embedded or referenced one."""
    view = bundle.get("view") or {}
    if image is not None:
        return load_image(image).image
    try:
        if isinstance(view.get("image"), dict) and view["image"].get("data"):
            return load_image(base64.b64decode(view["image"]["data"])).image
        if isinstance(view.get("image_source"), dict):
            return _decode(view["image_source"])
    except Exception:  # a moved dataset, a bad file, a damaged trace: the page still shows everything else
        return None
    return None


def normalise(data: Any) -> dict[str, Any]:
    """Accept a bundle, a full AskResult dump, `ask --json` output, or a bare trace; return a bundle."""
    if not isinstance(data, dict):
        raise InputError("expected a JSON object (a trace, a view bundle or an `ask --json` result)")
    if isinstance(data.get("view"), dict):
        return data
    if "sir" in data or "answer" in data:  # an AskResult: trace nested (full dump) or absent (`ask --json`)
        trace = data.get("trace") if isinstance(data.get("trace"), dict) else {}
        summary = {k: v for k, v in data.items() if k != "trace"}
        return {**trace, "view": {"version": VERSION, "result": summary}}
    if any(k in data for k in ("rounds", "tool_calls", "model_calls")):
        return {**data, "view": {"version": VERSION, "result": {}}}
    raise InputError("not a seeingeye trace: no rounds, tool_calls, model_calls, sir or answer")


def load_bundle(path: Path) -> dict[str, Any]:
    """A trace file as a bundle: read under the untrusted-file rules of `jsonfile.read_json`."""
    return normalise(read_json(path, "trace"))
