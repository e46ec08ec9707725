"""The proxy's side of the conversation with its upstream: a URL whose secrets never reach a client, a
bounded read, and replies checked to be the upstream API's own shape (anything else is its fault: 502)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import ValidationError

from .apis.base import WireAPI, upstream_error_message
from .apis.neutral import Event, Failure, Reply, reply_events
from .apis.sse import read_events
from .httperrors import ApiError

MAX_REPLY_BYTES = 16 * 1024 * 1024


def redact_url(url: str) -> str:
    """The URL as it may be shown: no user:password, no query (where `?api_key=` lives), no fragment."""
    try:
        u = httpx.URL(url)
        return str(u.copy_with(username=None, password=None, query=None, fragment=None))
    except (httpx.InvalidURL, ValueError, TypeError):
        return "<upstream>"


def _bad_reply(shown: str, why: str) -> ApiError:
    return ApiError(502, f"upstream {shown} {why}", "upstream_error", "bad_upstream_reply")


class UpstreamRefused(ApiError):
    """The upstream answered 4xx: its status and message; `raw` is its body, for a client of the same API."""

    def __init__(self, status: int, message: str, type_: str, raw: bytes | None) -> None:
        super().__init__(status, message, type_)
        self.raw = raw


@dataclass
class UpstreamStream:
    """An open streaming reply: relay its bytes as they are (a client of the same API) or read its events."""

    resp: httpx.Response
    client: httpx.AsyncClient
    api: WireAPI
    shown: str

    async def raw(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.resp.aiter_raw():
                yield chunk
        except httpx.HTTPError:  # the status line is gone; end the stream with an error event
            writer = self.api.stream_writer()
            yield writer.feed(Failure(message=f"upstream {self.shown} broke off the stream"))
        finally:
            await self.close()

    async def events(self) -> AsyncIterator[Event]:
        try:
            async for event in self.api.parse_stream(read_events(self.resp.aiter_lines())):
                yield event
        except httpx.HTTPError:
            yield Failure(message=f"upstream {self.shown} broke off the stream")
        except (ValueError, TypeError, AttributeError, RecursionError, ValidationError):
            yield Failure(message=f"upstream {self.shown} sent a malformed {self.api.name} stream")
        finally:
            await self.close()

    async def close(self) -> None:
        await self.resp.aclose()
        await self.client.aclose()


class Upstream:
    def __init__(self, base: str, key: str | None, timeout_s: float, api: WireAPI,
                 max_bytes: int = MAX_REPLY_BYTES) -> None:
        self.api = api
        self.url = api.endpoint(httpx.URL(base))
        self.shown = redact_url(base)
        self.key, self.timeout_s, self.max_bytes = key, timeout_s, max_bytes
        # One TLS context for every request: building one (loading the CA bundle) costs ~40 ms, more than
        # everything else the proxy does for a request whose image is already read.
        self.tls = httpx.create_ssl_context()

    async def _read(self, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise _bad_reply(self.shown, f"sent a reply over {self.max_bytes} bytes")
        chunks, size = [], 0
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise _bad_reply(self.shown, f"sent a reply over {self.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _checked(self, status: int, content: bytes) -> tuple[Reply, bytes]:
        try:
            payload = json.loads(content)
        except (ValueError, RecursionError):
            payload = None
        if status >= 500 or 300 <= status < 400:
            raise _bad_reply(self.shown, f"returned HTTP {status}")
        if status >= 400:  # the upstream refused the request: its status, and its message when it gave one
            found = upstream_error_message(payload)
            if found is None:
                raise ApiError(status, f"upstream {self.shown} refused the request (HTTP {status})", "upstream_error")
            raise UpstreamRefused(status, found[0], found[1], content)
        try:
            return self.api.parse_reply(payload), content
        except (ValueError, TypeError, AttributeError, ValidationError):
            raise _bad_reply(self.shown, f"did not reply in the {self.api.name} API's shape") from None

    async def _open(
        self, body: dict[str, Any], extra: dict[str, str] | None
    ) -> tuple[httpx.AsyncClient, httpx.Response]:
        headers = {"content-type": "application/json", **(extra or {}), **self.api.auth_headers(self.key)}
        client = httpx.AsyncClient(timeout=httpx.Timeout(self.timeout_s, connect=10.0), trust_env=False,
                                   verify=self.tls)
        try:
            req = client.build_request("POST", self.url, json=body, headers=headers)
            return client, await client.send(req, stream=True)
        except httpx.TimeoutException:
            await client.aclose()
            raise ApiError(504, f"upstream {self.shown} timed out", "upstream_timeout") from None
        except httpx.HTTPError:
            await client.aclose()
            raise ApiError(502, f"cannot reach upstream {self.shown}", "upstream_error") from None

    async def _finish(self, client: httpx.AsyncClient, resp: httpx.Response) -> tuple[Reply, bytes]:
        try:
            content = await self._read(resp)
        except httpx.TimeoutException:
            raise ApiError(504, f"upstream {self.shown} timed out", "upstream_timeout") from None
        except httpx.HTTPError:  # e.g. a body shorter than its Content-Length
            raise _bad_reply(self.shown, "sent an incomplete reply") from None
        finally:
            await resp.aclose()
            await client.aclose()
        return self._checked(resp.status_code, content)

    async def reply(self, body: dict[str, Any], extra: dict[str, str] | None = None) -> tuple[Reply, bytes]:
        """A whole reply: parsed, and its bytes as sent (a client of the upstream's API gets those). `extra`:
        headers of the client's request meant for the upstream (anthropic-beta)."""
        client, resp = await self._open(body, extra)
        return await self._finish(client, resp)

    async def stream(self, body: dict[str, Any], extra: dict[str, str] | None = None) -> UpstreamStream | list[Event]:
        """An open stream, or (an upstream that answered a stream request with one JSON reply) its events."""
        client, resp = await self._open(body, extra)
        if resp.status_code == 200 and resp.headers.get("content-type", "").startswith("text/event-stream"):
            return UpstreamStream(resp, client, self.api, self.shown)
        reply, _ = await self._finish(client, resp)
        return reply_events(reply)
