"""A batch run, driver side: list the inputs, read and hash each one, skip rows already committed (key =
content hash + settings key + question), send the rest to an engine, write what comes back.

The driver reads the bytes (so URL fetching keeps the server's SSRF policy in one place and the resume
key is known before any work is sent); a worker only decodes and reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import InputError
from ..server.intake import URLPolicy
from .engines import Engine
from .inputs import BatchItem, read_content, sha256
from .rows import Reader, Task, empty_row, error_text, row_key, settings_key
from .writer import PartWriter, done_keys, export_trajectories


@dataclass
class BatchStats:
    total: int = 0  # inputs seen
    skipped: int = 0  # already committed by an earlier run
    processed: int = 0  # rows written by this run
    errors: int = 0  # of those, error rows
    parts: int = 0
    trajectories: int = 0


@dataclass
class BatchOptions:
    out: Path
    url_policy: URLPolicy = field(default_factory=URLPolicy)
    rows_per_part: int = 256
    flush_s: float = 60.0
    trajectories: Path | None = None


def reader_factory(settings: Settings, trajectories: bool) -> Callable[[], Reader]:
    return partial(Reader, settings.model_dump_json(), trajectories)


def _prepare(
    index: int, item: BatchItem, settings: Settings, skey: str, policy: URLPolicy
) -> Task | dict[str, Any]:
    """A task for a worker, or the error row of an input that cannot be read."""
    try:
        if item.error:
            raise InputError(item.error)
        data = read_content(item.ref, policy, settings.max_file_bytes)
    except Exception as exc:  # missing, oversize, forbidden URL, bad manifest row: an error row
        row = empty_row(item.id, item.ref, row_key(f"ref:{item.ref}", skey, item.question, item.options), skey,
                        item.question, item.options)
        row["error"] = error_text(exc)
        return row
    digest = sha256(data)
    key = row_key(digest, skey, item.question, item.options)
    return Task(index, item.id, item.ref, digest, key, skey, data, item.question, item.options)


def run_batch(
    items: Iterable[BatchItem],
    settings: Settings,
    engine: Engine,
    options: BatchOptions,
    progress: Callable[[BatchStats], None] | None = None,
) -> BatchStats:
    """Run every item not yet done into `options.out`. Interrupted (Ctrl-C, an exception in `progress`),
    the rows already finished are still committed; a killed run loses at most its unflushed rows."""
    skey = settings_key(settings)
    done = done_keys(options.out)
    writer = PartWriter(options.out, options.rows_per_part, options.flush_s)
    stats = BatchStats()

    def commit(row: dict[str, Any], trajectory: dict[str, Any] | None = None) -> None:
        writer.add(row, trajectory)
        stats.processed += 1
        stats.errors += row["error"] is not None
        if progress:
            progress(stats)

    def tasks() -> Iterator[Task]:
        for index, item in enumerate(items):
            stats.total += 1
            prepared = _prepare(index, item, settings, skey, options.url_policy)
            key = prepared.key if isinstance(prepared, Task) else prepared["key"]
            if key in done:
                stats.skipped += 1
                if progress:
                    progress(stats)
            elif isinstance(prepared, Task):
                yield prepared
            else:
                commit(prepared)

    try:
        for task, outcome in engine.map(tasks()):
            if isinstance(outcome, BaseException):  # the worker was lost on every attempt
                row = empty_row(task.id, task.path, task.key, skey, task.question, task.options, task.sha256)
                row["error"] = error_text(outcome)
                commit(row)
            else:
                commit(*outcome)
    finally:
        writer.flush()
        stats.parts = writer.parts
    if options.trajectories is not None:
        stats.trajectories = export_trajectories(options.out, options.trajectories)
    return stats
