"""Where images may come from for agent-facing tools: local paths under allowed roots (no escaping
through `..` or symlinks), data URIs, and http(s) URLs only under the shared URL policy."""

from __future__ import annotations

from pathlib import Path

from ..errors import ImageError
from .intake import URLPolicy, decode_data_url, fetch_url


class PathNotAllowed(ImageError):
    """A local path outside the allowed roots."""


def resolve_path(ref: str, roots: list[Path]) -> Path:
    """The real path of `ref` if it lies under one of `roots` (symlinks resolved first)."""
    raw = Path(ref).expanduser()
    candidates = [raw] if raw.is_absolute() else [root / raw for root in roots]
    for cand in candidates:
        real = cand.resolve()
        if any(real == r or real.is_relative_to(r) for r in (root.resolve() for root in roots)):
            if not real.exists():
                raise ImageError(f"file not found: {ref}")
            return real
    raise PathNotAllowed(f"path {ref!r} is outside the allowed roots ({', '.join(map(str, roots))})")


def load_source(ref: str, roots: list[Path], policy: URLPolicy, max_bytes: int) -> bytes | Path:
    if not isinstance(ref, str) or not ref.strip():
        raise ImageError("image reference is empty")
    ref = ref.strip()
    if ref.startswith("data:"):
        return decode_data_url(ref, max_bytes)
    if ref.startswith(("http://", "https://")):
        return fetch_url(ref, policy)
    if "://" in ref:
        raise PathNotAllowed(f"unsupported image reference scheme in {ref[:40]!r} (path, data: or http(s) only)")
    return resolve_path(ref, roots)
