"""Image intake: one function turns a path, bytes or PIL image into a normalised RGB image, or a clear error.

Everything that can go wrong with a user's file is caught here so no tool ever sees a bad image.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import FileReadError, ImageError, ImageTooLargeError, UnsupportedImageError, file_error, short_path

ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF", "MPO"}
MIN_SIDE = 4
MAX_FRAMES_COUNTED = 64  # frames past this are not counted (only the first is analysed anyway)


@dataclass
class LoadedImage:
    """A decoded image ready for the tools; `image` is RGB, possibly downscaled to `max_side`."""

    image: Image.Image
    sha256: str
    format: str
    original_size: tuple[int, int]
    original_mode: str
    frames: int = 1
    scale: float = 1.0  # working size / original size
    notes: list[str] = field(default_factory=list)

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    @property
    def array(self) -> np.ndarray:
        return np.asarray(self.image)


def describe_mode(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def regular_file(path: str | Path, what: str = "file") -> os.stat_result:
    """`os.stat` of a path that must be a regular file, or a one-line FileReadError saying why not."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise file_error(exc, path, what) from None
    except ValueError:  # an embedded NUL byte: no such path can exist
        raise FileReadError(f"cannot read {what} {short_path(path)}: the name contains a NUL byte") from None
    if not stat.S_ISREG(st.st_mode):
        kind = describe_mode(st.st_mode)
        raise FileReadError(f"cannot read {what} {short_path(path)}: it is {kind}, not a regular file")
    return st


def read_file(path: str | Path, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a regular file, at most `max_bytes`, or a one-line error.

    Devices (/dev/zero), FIFOs and sockets are refused before opening: they can grow without end or
    block forever. The file is opened non-blocking and checked again through its descriptor, so a path
    swapped for a FIFO between the checks cannot hang us; reading stops one byte past the cap, so a file
    that grows while we read cannot exhaust memory either."""
    try:
        st = regular_file(path, what)
        if st.st_size > max_bytes:
            raise ImageTooLargeError(f"{what} too large: {st.st_size} bytes > limit {max_bytes}")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise FileReadError(f"cannot read {what} {short_path(path)}: it is {describe_mode(st.st_mode)}")
            return read_stream(fh, max_bytes, what)
    except OSError as exc:
        raise file_error(exc, path, what) from None


def read_stream(stream: BinaryIO, max_bytes: int, what: str = "input") -> bytes:
    """At most `max_bytes` from a stream such as stdin (`ask - q < /dev/zero` must stop, not grow)."""
    chunks, total = [], 0
    try:
        while total <= max_bytes:
            chunk = stream.read(min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise file_error(exc, getattr(stream, "name", what), what) from None
    if total > max_bytes:
        raise ImageTooLargeError(f"{what} too large: over the limit of {max_bytes} bytes")
    return b"".join(chunks)


def read_source(source: str | Path | bytes, max_file_bytes: int) -> bytes:
    """Read the raw bytes of a path (or pass bytes through), with file-level checks."""
    data = bytes(source) if isinstance(source, bytes | bytearray) else read_file(source, max_file_bytes, "image")
    if not data:
        raise ImageError("image is empty (0 bytes)")
    if len(data) > max_file_bytes:
        raise ImageTooLargeError(f"image too large: {len(data)} bytes > limit {max_file_bytes}")
    return data


def _to_rgb(img: Image.Image) -> Image.Image:
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        arr = (arr - lo) / (hi - lo) * 255.0 if hi > lo else np.zeros_like(arr)
        return Image.fromarray(arr.astype(np.uint8)).convert("RGB")
    if mode == "P":
        img = img.convert("RGBA")
        mode = "RGBA"
    if mode in ("RGBA", "LA", "PA", "RGBa"):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if mode == "CMYK":
        return img.convert("RGB")
    return img.convert("RGB")


def check_shape(w: int, h: int, max_side: int) -> None:
    """Refuse, from the header alone, an image whose short side would be under MIN_SIDE at the analysis
    size (4x100000 downscaled to 4096 is 0 px wide): every tool resizes and crops, and OpenCV fails on an
    empty side. Checked before decoding, for every entry point (CLI, serve, proxy, MCP, eval)."""
    if min(w, h) < MIN_SIDE:
        raise ImageError(f"image too small: {w}x{h} (minimum {MIN_SIDE}px a side)")
    short = min(w, h) * min(1.0, max_side / max(w, h))
    if round(short) < MIN_SIDE:
        raise ImageError(
            f"image too thin to analyse: {w}x{h} (downscaled to {max_side} px its short side would be "
            f"{short:.1f} px; at most 1:{max_side // MIN_SIDE} at this --max-side)"
        )


def count_frames(img: Image.Image, limit: int = MAX_FRAMES_COUNTED) -> int:
    """Frames in `img`, counted only up to `limit` (`limit + 1` means "more"); the image is left on frame 0.

    Never `n_frames` on an unknown file: a 13.8 MB TIFF of 110,000 tiny pages takes Pillow minutes to
    count (each page's offset is checked against all earlier ones). Only the first frame is analysed."""
    known = getattr(img, "_n_frames", None)  # formats that state their frame count in the header
    if isinstance(known, int) and known >= 1:
        return known
    if not getattr(img, "is_animated", False):
        return 1
    count = limit + 1
    try:
        for k in range(1, limit + 1):
            img.seek(k)
    except (EOFError, OSError, ValueError, SyntaxError):  # the end, or a damaged later frame: stop there
        count = k
    finally:
        img.seek(0)
    return count


def _from_pil(img: Image.Image, max_pixels: int, max_side: int) -> LoadedImage:
    """An in-memory image: no encode/decode round trip; the hash is of its mode, size and pixels."""
    w, h = img.size
    if w * h > max_pixels:
        raise ImageTooLargeError(f"image has {w}x{h} = {w * h} pixels, over the limit of {max_pixels}")
    check_shape(w, h, max_side)
    digest = hashlib.sha256(f"{img.mode}{img.size}".encode() + img.tobytes()).hexdigest()
    rgb, notes, scale = _to_rgb(img), [], 1.0
    if max(rgb.size) > max_side:
        scale = max_side / max(rgb.size)
        rgb = rgb.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.LANCZOS)
        notes.append(f"downscaled from {w}x{h} to {rgb.width}x{rgb.height}")
    return LoadedImage(
        image=rgb,
        sha256=digest,
        format=img.format or "MEMORY",
        original_size=(w, h),
        original_mode=img.mode,
        scale=scale,
        notes=notes,
    )


def load_image(
    source: str | Path | bytes | Image.Image,
    *,
    max_pixels: int = 40_000_000,
    max_file_bytes: int = 50 * 1024 * 1024,
    max_side: int = 4096,
) -> LoadedImage:
    """Decode, check limits, take the first frame, apply EXIF rotation, flatten to RGB."""
    notes: list[str] = []
    if isinstance(source, Image.Image):
        return _from_pil(source, max_pixels, max_side)
    data = read_source(source, max_file_bytes)
    digest = hashlib.sha256(data).hexdigest()
    head = data[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:2048].lower()):
        raise UnsupportedImageError("SVG images are not supported; rasterise to PNG first")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            fmt = (img.format or "").upper()
            if fmt not in ALLOWED_FORMATS:
                raise UnsupportedImageError(f"unsupported image format: {fmt or 'unknown'}")
            w, h = img.size
            if w * h > max_pixels:
                raise ImageTooLargeError(
                    f"image has {w}x{h} = {w * h} pixels, over the limit of {max_pixels} (decompression bomb?)"
                )
            check_shape(w, h, max_side)
            frames = count_frames(img)
            if frames > MAX_FRAMES_COUNTED:
                notes.append(f"multi-frame image (over {MAX_FRAMES_COUNTED} frames): analysed the first")
            elif frames > 1:
                notes.append(f"multi-frame image ({frames} frames): analysed the first")
            img.load()
    except (ImageTooLargeError, UnsupportedImageError, ImageError):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLargeError(f"image rejected as a decompression bomb: {exc}") from None
    except UnidentifiedImageError:
        raise UnsupportedImageError("not an image (format not recognised)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageError(f"truncated or corrupt image: {exc}") from None
    original_mode = img.mode
    original_size = img.size
    if min(original_size) < MIN_SIDE:
        raise ImageError(f"image too small: {original_size[0]}x{original_size[1]} (minimum {MIN_SIDE}px a side)")
    try:
        transposed = ImageOps.exif_transpose(img)
    except Exception:  # a broken EXIF block must not sink an otherwise fine image
        transposed = img
        notes.append("EXIF orientation unreadable; used the stored orientation")
    if transposed is not None and transposed.size != img.size:
        notes.append("rotated according to EXIF orientation")
    img = transposed if transposed is not None else img
    rgb = _to_rgb(img)
    scale = 1.0
    if max(rgb.size) > max_side:
        scale = max_side / max(rgb.size)
        new_size = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
        rgb = rgb.resize(new_size, Image.Resampling.LANCZOS)
        notes.append(f"downscaled from {original_size[0]}x{original_size[1]} to {new_size[0]}x{new_size[1]}")
    return LoadedImage(
        image=rgb,
        sha256=digest,
        format=fmt,
        original_size=original_size,
        original_mode=original_mode,
        frames=frames,
        scale=scale,
        notes=notes,
    )
