"""Running `serve` and `proxy` under uvicorn with connection limits uvicorn lacks on its own.

uvicorn closes idle keep-alive connections but not a client that trickles its request: headers or body
one byte at a time hold a connection (and a slot of the connection cap) forever. The protocol below gives
every request a deadline for its headers and another for its body (stretched for large bodies that keep
a minimum rate), and closes the connection when one passes. `limit_concurrency` caps connections: past
it, new requests get 503 at once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("seeingeye.serving")


@dataclass(frozen=True)
class ConnectionLimits:
    header_timeout_s: float = 10.0  # from the first byte of a request (or the connection) to its last header
    body_timeout_s: float = 30.0  # from the last header to the end of the body ...
    body_min_rate: int = 256 * 1024  # ... plus one second per this many bytes received
    keep_alive_s: float = 5.0  # idle time between requests on one connection
    max_connections: int = 64  # open connections (and in-flight requests) before 503
    linger_s: float = 2.0  # after an early reply, how long unread body is discarded before the close


class LingeringTransport:
    """A transport whose close(), while the client is still sending a body we answered early (413, 401),
    half-closes and discards input for a moment: closing a socket with unread data sends a reset, and
    the client's TCP stack would then drop our reply before the client reads it."""

    def __init__(self, transport: asyncio.Transport, protocol: H11Protocol, linger_s: float) -> None:
        self._t, self._p, self._linger_s = transport, protocol, linger_s
        self.lingering = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._t, name)

    def is_closing(self) -> bool:
        return self.lingering or self._t.is_closing()

    def close(self) -> None:
        unread = self._p.conn.their_state is h11.SEND_BODY
        if self.lingering or self._t.is_closing() or not unread or not self._t.can_write_eof():
            self._t.close()
            return
        self.lingering = True
        try:
            self._t.write_eof()  # our reply is flushed first, then FIN
            self._t.resume_reading()
        except (OSError, RuntimeError):
            self._t.close()
            return
        self._p.loop.call_later(self._linger_s, self._t.close)


def deadline_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """An h11 protocol class whose requests must arrive within the limits' deadlines."""

    class DeadlineH11Protocol(H11Protocol):
        _timer: asyncio.TimerHandle | None = None
        _body_bytes = 0
        _phase = ""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(LingeringTransport(transport, self, limits.linger_s))  # type: ignore[arg-type]
            self._arm("headers", limits.header_timeout_s)

        def eof_received(self) -> bool | None:
            if self.transport.lingering:  # type: ignore[attr-defined]
                self.transport._t.close()  # type: ignore[attr-defined]
            return None

        def _arm(self, phase: str, seconds: float) -> None:
            self._disarm()
            self._phase = phase
            self._timer = self.loop.call_later(seconds, self._expire)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._phase = ""

        def _expire(self) -> None:
            self._timer = None
            if not self.transport.is_closing():
                log.warning("closing %s: request %s not received in time", self.client, self._phase)
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self.transport.lingering:  # type: ignore[attr-defined]
                return  # the rest of a body we already answered: dropped unread
            if self._timer is None and self.conn.their_state is h11.IDLE:
                self._arm("headers", limits.header_timeout_s)  # first bytes of the next keep-alive request
            super().data_received(data)
            state = self.conn.their_state
            if state is h11.SEND_BODY:
                if self._phase == "headers":
                    self._body_bytes = 0
                    self._arm("body", limits.body_timeout_s)
                elif self._phase == "body" and self._timer is not None:
                    before = self._body_bytes // limits.body_min_rate
                    self._body_bytes += len(data)
                    extra = self._body_bytes // limits.body_min_rate - before
                    if extra > 0:  # a large body that keeps moving earns time
                        when = self._timer.when() + extra
                        self._timer.cancel()
                        self._timer = self.loop.call_at(when, self._expire)
            elif state is not h11.IDLE and self._phase:
                self._disarm()  # the request is in (DONE) or the connection is ending

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return DeadlineH11Protocol


def uvicorn_config(app: Any, host: str, port: int, limits: ConnectionLimits | None = None, **kw: Any) -> uvicorn.Config:
    lim = limits or ConnectionLimits()
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=deadline_protocol(lim),
        timeout_keep_alive=max(1, round(lim.keep_alive_s)),
        limit_concurrency=lim.max_connections,
        **kw,
    )


def run(app: Any, host: str, port: int, limits: ConnectionLimits | None = None) -> None:
    uvicorn.Server(uvicorn_config(app, host, port, limits, log_level="warning")).run()


def served_hosts(bind: str, extra: list[str] | None = None) -> list[str]:
    """Names the Host/Origin headers may carry: loopback, the bound address, any configured names; a
    wildcard bind (0.0.0.0, ::) cannot know its names, so any Host is taken (API keys are required there)."""
    from .guard import LOOPBACK_HOSTS

    hosts = [*LOOPBACK_HOSTS, *(extra or [])]
    if bind in ("0.0.0.0", "::", ""):
        hosts.append("*")
    elif bind not in hosts:
        hosts.append(bind)
    return hosts
