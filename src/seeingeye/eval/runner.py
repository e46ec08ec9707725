"""Run systems over a data set: resumable (append-only, fsynced predictions), parallel (models loaded
once per worker process), one failing item is an error row and the run goes on."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import SeeingEyeError
from .datasets import EvalItem
from .judge import judge_mia
from .rows import PREDICTIONS, load_rows
from .rundir import RunFolder
from .scoring import evidence_hit, score
from .systems import System, build_system

_WORKER: dict[str, Any] = {}


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent_pid: int, poll_s: float = 0.5) -> None:
    """End this worker when the eval process ends, however it ends (SIGKILL included): a worker holds
    a gigabyte of models and would otherwise run on, orphaned, forever.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG). The parent may already be
    gone before that is set, and other systems have no such call, so a daemon thread also watches the
    parent pid and exits the process when it changes."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still covers it
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll_s)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _init_worker(settings_json: str, systems: list[str], parent_pid: int | None = None) -> None:
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    settings = Settings.model_validate_json(settings_json)
    _WORKER["settings"] = settings
    _WORKER["systems"] = {name: build_system(name, settings) for name in systems}


def run_one(item: EvalItem, system: System, settings: Settings) -> dict[str, Any]:
    """One (item, system) row. Errors become rows: counted wrong, the run goes on."""
    t0 = time.perf_counter()
    row: dict[str, Any] = {
        "id": item.id,
        "system": system.name,
        "category": item.category,
        "answer_type": item.answer_type,
        "question": item.question,
        "gold": item.answer,
        "options": item.options,
    }
    if item.error:  # the data set row itself was unreadable: an error row, without running anything
        row.update(prediction="", correct=False, error=f"InputError: {item.error}", evidence_hit=None, latency_s=0.0)
        return row
    try:
        out = system.run(item)
    except Exception as exc:  # one failing item (bad image, model fault, bug) is a row; the run goes on
        kind = type(exc).__name__ if isinstance(exc, SeeingEyeError) else f"internal {type(exc).__name__}"
        row.update(
            prediction="", correct=False, error=f"{kind}: {exc}", evidence_hit=None, latency_s=time.perf_counter() - t0
        )
        return row
    row["latency_s"] = time.perf_counter() - t0
    row.update(
        prediction=out.prediction,
        confidence=out.confidence,
        usage=out.usage,
        tool_calls=out.tool_calls,
        rounds=out.rounds,
        model_calls=out.model_calls,
        valid_model_calls=out.valid_model_calls,
        error=None,
    )
    if item.answer_type == "mia":
        row["judge"] = judge_mia(item, out.prediction, settings)
        row["correct"] = bool(row["judge"].get("score", 0.0) >= 0.5)
        row["evidence_hit"] = None
    else:
        row["correct"] = score(out.prediction, item.answer, item.answer_type, item.options)
        literal = item.answer_type != "yesno"
        row["evidence_hit"] = (
            evidence_hit(item.gold_text, out.evidence_texts, out.evidence_numbers) if literal else None
        )
    row["trace"] = out.trace
    return row


def _worker_run(item: EvalItem, system_name: str) -> dict[str, Any]:
    return run_one(item, _WORKER["systems"][system_name], _WORKER["settings"])


def read_done(path: Path) -> set[tuple[str, str]]:
    """(id, system) of the rows in the predictions file `path`; a torn last line is cut off."""
    with RunFolder(path.parent, resume=True) as run:
        return run.done()


def run_eval(
    items: list[EvalItem],
    system_names: list[str],
    out: Path,
    settings: Settings,
    *,
    concurrency: int = 1,
    resume: bool = False,
    progress: Callable[[int, int], None] | None = None,
    engine: Callable[[list[tuple[EvalItem, str]]], Iterable[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """`engine`, when given, computes the todo rows elsewhere (seeingeye.batch.evalwork.ray_rows: a Ray
    cluster); they are written here, like the pool's, so each row is written once."""
    with RunFolder(out, resume) as run:
        done = run.done()
        todo = [(it, s) for s in system_names for it in items if (it.id, s) not in done]
        total, finished = len(items) * len(system_names), len(items) * len(system_names) - len(todo)
        if progress:
            progress(finished, total)
        rows = engine(todo) if engine is not None else _rows(todo, system_names, settings, concurrency)
        for row in rows:
            run.append(row)
            finished += 1
            if progress:
                progress(finished, total)
    return load_rows(out / PREDICTIONS)


def _rows(
    todo: list[tuple[EvalItem, str]], system_names: list[str], settings: Settings, concurrency: int
) -> Iterator[dict[str, Any]]:
    """The rows of `todo` as they finish: in this process, or in a pool of worker processes."""
    if concurrency <= 1:
        systems = {name: build_system(name, settings) for name in system_names}
        for it, s in todo:
            yield run_one(it, systems[s], settings)
        return
    with ProcessPoolExecutor(
        concurrency,
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings.model_dump_json(), system_names, os.getpid()),
    ) as pool:
        futures = [pool.submit(_worker_run, it, s) for it, s in todo]
        for fut in as_completed(futures):
            yield fut.result()


def by_system(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r["system"], []).append(r)
    return out
