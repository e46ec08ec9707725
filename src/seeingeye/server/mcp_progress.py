"""Blocking work for async MCP tools: run in a worker thread (so one slow call never holds up another), with
progress notifications while it runs (a client that asked for progress sees the read is alive)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import anyio
from mcp.server.mcpserver import Context

T = TypeVar("T")
HEARTBEAT_S = 1.0


async def in_thread(ctx: Context, message: str, fn: Callable[..., T], *args: Any, step: int = 0, steps: int = 1) -> T:
    """`fn(*args)` in a worker thread, reported as step `step` of `steps`: once at the start, then every
    second (progress creeping toward step + 1, as the spec wants it to increase), then at the end."""
    await ctx.report_progress(step, steps, message)
    failure: Exception | None = None

    async def beat() -> None:
        beats = 0
        while True:
            await anyio.sleep(HEARTBEAT_S)
            beats += 1
            await ctx.report_progress(step + beats / (beats + 1), steps, f"{message} ({beats} s)")

    async with anyio.create_task_group() as tg:
        tg.start_soon(beat)
        try:
            value = await anyio.to_thread.run_sync(partial(fn, *args))
        except Exception as exc:  # raised as itself below, not wrapped in the task group's ExceptionGroup
            failure = exc
        finally:
            tg.cancel_scope.cancel()
    if failure is not None:
        raise failure
    await ctx.report_progress(step + 1, steps, f"{message}: done")
    return value
