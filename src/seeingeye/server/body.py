"""Request bodies as untrusted input: the size cap while reading, then JSON that is refused (4xx, never a
500) when it nests too deep for the parser and our code, or carries strings that cannot be encoded back
(lone surrogates from `\\udXXX` escapes would fail later, when the response is serialised)."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request

from .httperrors import ApiError

MAX_JSON_DEPTH = 64  # a chat request with tool schemas nests ~10-20 deep; the parser recurses per level
_SURROGATE = re.compile("[\ud800-\udfff]")


def too_large(max_bytes: int) -> ApiError:
    return ApiError(413, f"request body over the {max_bytes}-byte limit", code="body_too_large")


async def read_limited_body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `max_bytes` (declared or streamed). The
    rest of an over-size body is drained by the guard middleware so the client can read the 413."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large(max_bytes)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large(max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def check_tree(value: Any, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Walk parsed JSON without recursion: depth cap and encodable strings (keys included)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise ApiError(400, "request contains invalid Unicode (a lone surrogate escape)")
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > max_depth:
            raise ApiError(400, f"request JSON nests deeper than {max_depth} levels")
        items = list(node.items()) if isinstance(node, dict) else [(None, v) for v in node]
        for key, child in items:
            if key is not None:
                stack.append((key, depth))
            stack.append((child, depth + 1))


def parse_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Body bytes -> JSON value, every malformed input an ApiError 400."""
    try:
        value = json.loads(raw)
    except ValueError:  # bad syntax or encoding, or an integer past Python's 4300-digit limit
        raise ApiError(400, "request body is not valid JSON") from None
    except RecursionError:  # the C parser recurses per nesting level
        raise ApiError(400, f"request JSON nests deeper than {max_depth} levels") from None
    check_tree(value, max_depth)
    return value
