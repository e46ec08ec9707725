"""Image intake shared by every HTTP surface: data URLs, and http(s) URLs only when enabled and safe.

URL fetching is off by default. When on: http/https only, an allow-list of hosts, DNS resolved once and
every address required to be globally routable (so no private, loopback, link-local, carrier-grade NAT
or 6to4/NAT64 addresses that can reach a cloud metadata service or an intranet); the connection goes to
the checked address (no DNS rebinding), redirects are refused, and the download is capped in bytes and
time. The async fetch never blocks the event loop (DNS runs in the loop's resolver thread pool).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit

import httpx

from ..errors import ImageError, ImageTooLargeError, UnsupportedImageError

ALLOWED_MIME = {
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/webp",
    "image/gif",
    "image/bmp",
    "image/tiff",
    "image/x-ms-bmp",
}
_DATA_URL = re.compile(r"^data:([\w.+-]+/[\w.+-]+)?((?:;[\w-]+=[\w.-]+)*)(;base64)?,(.*)$", re.S)


class URLNotAllowed(ImageError):
    """An image URL that policy forbids (scheme, host, address range, redirect)."""


@dataclass
class URLPolicy:
    enabled: bool = False
    allowed_hosts: list[str] = field(default_factory=list)  # exact names or "*.example.com"
    max_bytes: int = 10 * 1024 * 1024
    timeout_s: float = 10.0
    allow_private: bool = False  # intranet deployments only; never the default


def decode_data_url(url: str, max_bytes: int) -> bytes:
    m = _DATA_URL.match(url.strip())
    if not m:
        raise ImageError("malformed data URL (expected data:image/...;base64,...)")
    mime, b64 = (m.group(1) or "").lower(), m.group(3)
    if mime == "image/svg+xml":
        raise UnsupportedImageError("SVG images are not supported; send PNG, JPEG, WebP, GIF, BMP or TIFF")
    if mime and mime not in ALLOWED_MIME:
        raise UnsupportedImageError(f"unsupported image type {mime!r}")
    if not b64:
        raise ImageError("data URL must be base64-encoded")
    payload = m.group(4)
    if len(payload) * 3 // 4 > max_bytes:
        raise ImageTooLargeError(f"image larger than the {max_bytes}-byte limit")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("invalid base64 in data URL") from None
    if not data:
        raise ImageError("image is empty (0 bytes)")
    return data


def _host_allowed(host: str, allowed: list[str]) -> bool:
    host = host.lower().rstrip(".")
    for pattern in allowed:
        p = pattern.lower().rstrip(".").strip("[]")
        if host == p or (p.startswith("*.") and host.endswith(p[1:])):
            return True
    return False


# Ranges `is_global` still admits but that wrap another address (6to4, NAT64): the embedded IPv4 may be
# private, so a fetch through them could reach an intranet host.
_TUNNELS = [ipaddress.ip_network(n) for n in ("2002::/16", "64:ff9b::/96", "64:ff9b:1::/48", "2001::/32")]


def check_address(ip: str, allow_private: bool = False) -> None:
    """Refuse any address that is not globally routable. `allow_private` (intranet deployments) admits
    RFC 1918 / ULA / loopback, never link-local, carrier-grade NAT, multicast or reserved space."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    tunnelled = isinstance(addr, ipaddress.IPv6Address) and any(addr in net for net in _TUNNELS)
    if addr.is_global and not addr.is_multicast and not tunnelled:
        return
    never = addr.is_link_local or addr.is_multicast or addr.is_unspecified or addr.is_reserved or tunnelled
    if allow_private and not never and (addr.is_private or addr.is_loopback):
        return
    raise URLNotAllowed(f"image URL resolves to a forbidden address ({addr})")


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def system_resolver(host: str, port: int) -> list[str]:
    """Addresses for `host` from the OS resolver, run off the event loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


@dataclass
class FetchPlan:
    """A checked URL: where to connect (a vetted address) and what to call the host (Host, SNI)."""

    target: str
    host: str


def parse_image_url(url: str, policy: URLPolicy) -> tuple[SplitResult, str, int]:
    """Scheme, host allow-list and port checks that need no network; malformed URLs are client errors."""
    if not policy.enabled:
        raise URLNotAllowed("image URLs are disabled on this server; send the image as a base64 data URL")
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port  # .port raises on a bad or out-of-range port
    except ValueError as exc:
        raise ImageError(f"malformed image URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise URLNotAllowed(f"image URL scheme {parts.scheme or 'none'!r} is not allowed (http or https only)")
    if not host or parts.username or parts.password:
        raise URLNotAllowed("image URL must name a host and carry no credentials")
    if not _host_allowed(host, policy.allowed_hosts):
        raise URLNotAllowed(f"image host {host!r} is not on the allow-list")
    return parts, host, port or (443 if parts.scheme == "https" else 80)


async def plan_fetch(url: str, policy: URLPolicy, resolver: Resolver | None = None) -> FetchPlan:
    """Decide, before any connection, whether and where a URL may be fetched."""
    parts, host, port = parse_image_url(url, policy)
    try:
        ips = sorted(set(await (resolver or system_resolver)(host, port)))
    except (OSError, UnicodeError):
        raise ImageError(f"cannot resolve image host {host!r}") from None
    if not ips:
        raise ImageError(f"cannot resolve image host {host!r}")
    for ip in ips:
        check_address(ip, policy.allow_private)
    ip = ips[0]
    netloc = f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"
    return FetchPlan(parts._replace(netloc=netloc).geturl(), host)


def _check_response(resp: httpx.Response, policy: URLPolicy) -> None:
    if resp.is_redirect:
        raise URLNotAllowed("image URL redirects; redirects are not followed")
    if resp.status_code != 200:
        raise ImageError(f"image URL returned HTTP {resp.status_code}")
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "image/svg+xml":
        raise UnsupportedImageError("SVG images are not supported")
    if ctype and ctype not in ALLOWED_MIME and ctype != "application/octet-stream":
        raise UnsupportedImageError(f"image URL served {ctype!r}, not an image type we accept")
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise ImageTooLargeError(f"image at URL is {declared} bytes, over the {policy.max_bytes} limit")


async def fetch_url_async(
    url: str,
    policy: URLPolicy,
    *,
    resolver: Resolver | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> bytes:
    """Download an image under the policy without blocking the event loop. `resolver` and `transport`
    exist so tests can check the decision with no real DNS and no connection."""
    plan = await plan_fetch(url, policy, resolver)
    chunks: list[bytes] = []
    size = 0
    try:
        async with (
            asyncio.timeout(policy.timeout_s),
            httpx.AsyncClient(
                timeout=policy.timeout_s, follow_redirects=False, trust_env=False, transport=transport
            ) as client,
            client.stream(
                "GET",
                plan.target,
                headers={"Host": plan.host, "Accept": "image/*"},
                extensions={"sni_hostname": plan.host},
            ) as resp,
        ):
            _check_response(resp, policy)
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise ImageTooLargeError(f"image at URL exceeds the {policy.max_bytes}-byte limit")
                chunks.append(chunk)
    except (TimeoutError, httpx.TimeoutException):
        raise ImageError("image download timed out") from None
    except httpx.HTTPError as exc:
        raise ImageError(f"image download failed: {type(exc).__name__}") from None
    return b"".join(chunks)


def fetch_url(url: str, policy: URLPolicy) -> bytes:
    """Blocking twin of `fetch_url_async`, for synchronous callers (MCP tools run in worker threads)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(fetch_url_async(url, policy))
    raise RuntimeError("fetch_url called on an event loop thread; await fetch_url_async instead")


async def image_from_url_async(url: object, policy: URLPolicy, max_bytes: int) -> bytes:
    """Any image reference a client may send: data URL, or http(s) URL under the policy."""
    if not isinstance(url, str) or not url:
        raise ImageError("image_url.url must be a non-empty string")
    if url.startswith("data:"):
        return decode_data_url(url, max_bytes)
    return await fetch_url_async(url, policy)
