"""Image intake shared by every HTTP surface: data URLs, and http(s) URLs only when enabled and safe.

URL fetching is off by default. When on: http/https only, an allow-list of hosts, DNS resolved once and
every address checked against private, loopback, link-local (cloud metadata), multicast and reserved
ranges; the connection goes to the checked address (no DNS rebinding), redirects are refused, and the
download is capped in bytes and time.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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
        p = pattern.lower().rstrip(".")
        if host == p or (p.startswith("*.") and host.endswith(p[1:])):
            return True
    return False


def _check_address(ip: str, allow_private: bool) -> None:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    # Link-local covers cloud metadata (169.254.169.254); these are never fetched, whatever the policy.
    never = addr.is_link_local or addr.is_multicast or addr.is_unspecified or addr.is_reserved
    private = addr.is_private or addr.is_loopback or getattr(addr, "is_site_local", False)
    if never or (private and not allow_private):
        raise URLNotAllowed(f"image URL resolves to a forbidden address ({addr})")


def fetch_url(url: str, policy: URLPolicy) -> bytes:
    if not policy.enabled:
        raise URLNotAllowed("image URLs are disabled on this server; send the image as a base64 data URL")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise URLNotAllowed(f"image URL scheme {parts.scheme or 'none'!r} is not allowed (http or https only)")
    host = parts.hostname
    if not host or parts.username or parts.password:
        raise URLNotAllowed("image URL must name a host and carry no credentials")
    if not _host_allowed(host, policy.allowed_hosts):
        raise URLNotAllowed(f"image host {host!r} is not on the allow-list")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise ImageError(f"cannot resolve image host {host!r}") from None
    ips = sorted({info[4][0] for info in infos})
    for ip in ips:
        _check_address(ip, policy.allow_private)
    ip = ips[0]
    netloc = f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"
    target = parts._replace(netloc=netloc).geturl()
    deadline = time.monotonic() + policy.timeout_s
    try:
        with (
            httpx.Client(timeout=policy.timeout_s, follow_redirects=False, trust_env=False) as client,
            client.stream(
                "GET", target, headers={"Host": host, "Accept": "image/*"}, extensions={"sni_hostname": host}
            ) as resp,
        ):
            if resp.is_redirect:
                raise URLNotAllowed("image URL redirects; redirects are not followed")
            if resp.status_code != 200:
                raise ImageError(f"image URL returned HTTP {resp.status_code}")
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "image/svg+xml":
                raise UnsupportedImageError("SVG images are not supported")
            if ctype and ctype not in ALLOWED_MIME and ctype != "application/octet-stream":
                raise UnsupportedImageError(f"image URL served {ctype!r}, not an image type we accept")
            declared = int(resp.headers.get("content-length") or 0)
            if declared > policy.max_bytes:
                raise ImageTooLargeError(f"image at URL is {declared} bytes, over the {policy.max_bytes} limit")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise ImageTooLargeError(f"image at URL exceeds the {policy.max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    raise ImageError("image download took too long")
                chunks.append(chunk)
    except httpx.TimeoutException:
        raise ImageError("image download timed out") from None
    except httpx.HTTPError as exc:
        raise ImageError(f"image download failed: {type(exc).__name__}") from None
    return b"".join(chunks)


def image_from_url(url: str, policy: URLPolicy, max_bytes: int) -> bytes:
    """Any image reference a client may send: data URL, or http(s) URL under the policy."""
    if not isinstance(url, str) or not url:
        raise ImageError("image_url.url must be a non-empty string")
    if url.startswith("data:"):
        return decode_data_url(url, max_bytes)
    return fetch_url(url, policy)
