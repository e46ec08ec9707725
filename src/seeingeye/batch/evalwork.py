"""`seeingeye eval --ray`: the eval runner's (item, system) rows computed by Ray actors (systems built once
per actor), handed back to the runner, which alone writes them (its resume and fsync rules unchanged)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

from ..config import Settings
from ..eval.datasets import EvalItem

EvalTask = tuple[EvalItem, str]


class EvalWorker:
    def __init__(self, settings_json: str, systems: list[str]) -> None:
        from ..eval.systems import build_system

        self.settings = Settings.model_validate_json(settings_json)
        self.systems = {name: build_system(name, self.settings) for name in systems}

    def process(self, task: EvalTask) -> dict[str, Any]:
        from ..eval.runner import run_one

        item, name = task
        return run_one(item, self.systems[name], self.settings)


def lost_row(item: EvalItem, system: str, exc: BaseException) -> dict[str, Any]:
    """The row of an item whose worker died on every attempt: counted wrong, like any failing item."""
    return {
        "id": item.id,
        "system": system,
        "category": item.category,
        "answer_type": item.answer_type,
        "question": item.question,
        "gold": item.answer,
        "options": item.options,
        "prediction": "",
        "correct": False,
        "error": f"internal {type(exc).__name__}: {exc}",
        "evidence_hit": None,
        "latency_s": 0.0,
    }


def ray_rows(
    settings: Settings, systems: list[str], address: str, workers: int | None = None, **engine_options: Any
) -> Callable[[list[EvalTask]], Iterator[dict[str, Any]]]:
    """The runner's engine hook: todo (item, system) pairs in, rows out (in completion order)."""

    def rows(todo: Iterable[EvalTask]) -> Iterator[dict[str, Any]]:
        from .ray_engine import RayEngine

        engine = RayEngine(partial(EvalWorker, settings.model_dump_json(), systems), address, workers, **engine_options)
        try:
            for (item, name), outcome in engine.map(todo):
                yield lost_row(item, name, outcome) if isinstance(outcome, BaseException) else outcome
        finally:
            engine.close()

    return rows
