"""Image intake: one function turns a path, bytes or PIL image into a normalised RGB image, or a clear error.

Everything that can go wrong with a user's file is caught here so no tool ever sees a bad image.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import ImageError, ImageTooLargeError, UnsupportedImageError

ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF", "MPO"}
MIN_SIDE = 4


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


def read_source(source: str | Path | bytes, max_file_bytes: int) -> bytes:
    """Read the raw bytes of a path (or pass bytes through), with file-level checks."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.exists():
            raise ImageError(f"image not found: {path}")
        if path.is_dir():
            raise ImageError(f"image path is a directory: {path}")
        size = path.stat().st_size
        if size > max_file_bytes:
            raise ImageTooLargeError(f"image file too large: {size} bytes > limit {max_file_bytes}")
        data = path.read_bytes()
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


def _from_pil(img: Image.Image, max_pixels: int, max_side: int) -> LoadedImage:
    """An in-memory image: no encode/decode round trip; the hash is of its mode, size and pixels."""
    w, h = img.size
    if w * h > max_pixels:
        raise ImageTooLargeError(f"image has {w}x{h} = {w * h} pixels, over the limit of {max_pixels}")
    if min(img.size) < MIN_SIDE:
        raise ImageError(f"image too small: {w}x{h} (minimum {MIN_SIDE}px a side)")
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
            frames = int(getattr(img, "n_frames", 1) or 1)
            if frames > 1:
                img.seek(0)
                notes.append(f"multi-frame image ({frames} frames): analysed the first")
            img.load()
    except (ImageTooLargeError, UnsupportedImageError):
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
