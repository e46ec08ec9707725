"""Where images may come from for agent-facing tools: local paths under allowed roots (no escaping
through `..` or symlinks), data URIs, and http(s) URLs only under the shared URL policy."""

from __future__ import annotations

from pathlib import Path

from ..errors import FileReadError, ImageError, file_error, short_path
from .confined import read_confined
from .intake import URLPolicy, decode_data_url, fetch_url


class PathNotAllowed(ImageError):
    """A local path outside the allowed roots."""


def locate(ref: str, roots: list[Path]) -> tuple[Path, Path]:
    """(real path, real root): `ref` with symlinks resolved, and the allowed root it lies under. Only a
    plan: `read_path` opens it without following anything that changed since."""
    raw = Path(ref).expanduser()
    candidates = [raw] if raw.is_absolute() else [root / raw for root in roots]
    real_roots = [root.resolve() for root in roots]
    for cand in candidates:
        try:
            real = cand.resolve()
        except OSError as exc:  # a component vanished or changed while it was being resolved
            raise file_error(exc, ref, "file") from None
        except RuntimeError:  # a symlink loop (Python 3.11 reports it so)
            raise FileReadError(f"cannot read file {short_path(ref)}: too many levels of symbolic links") from None
        for root in real_roots:
            if real == root or real.is_relative_to(root):
                return real, root
    raise PathNotAllowed(f"path '{short_path(ref)}' is outside the allowed roots ({', '.join(map(str, roots))})")


def read_path(ref: str, roots: list[Path], max_bytes: int, what: str = "image") -> bytes:
    """The bytes of the file `ref` names under one of `roots`: located, then opened and checked in one
    step (see confined.py), so a file swapped for a symlink in between is never read."""
    real, root = locate(ref, roots)
    return read_confined(real, root, max_bytes, what, shown=short_path(ref))


def load_source(ref: str, roots: list[Path], policy: URLPolicy, max_bytes: int) -> bytes:
    if not isinstance(ref, str) or not ref.strip():
        raise ImageError("image reference is empty")
    ref = ref.strip()
    if ref.startswith("data:"):
        return decode_data_url(ref, max_bytes)
    if ref.startswith(("http://", "https://")):
        return fetch_url(ref, policy)
    if "://" in ref:
        raise PathNotAllowed(f"unsupported image reference scheme in {ref[:40]!r} (path, data: or http(s) only)")
    return read_path(ref, roots, max_bytes)
