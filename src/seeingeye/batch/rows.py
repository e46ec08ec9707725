"""One output row per image (a question-free reading) or per question: the Arrow schema, the resume
keys, and the worker-side `Reader` that turns a task into a row. Every failure is an error row."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from ..config import Settings
from ..errors import SeeingEyeError

# Wall seconds per stage, and `cpu`: CPU seconds the worker process spent on the row (all its threads),
# which is what a dedicated core costs whatever else the machine runs (for capacity planning).
TIMINGS = pa.struct([(name, pa.float64()) for name in ("load", "translate", "reason", "total", "cpu")])
SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("path", pa.string()),
        ("sha256", pa.string()),  # of the file's bytes; null when they could not be read
        ("key", pa.string()),  # resume key: content + settings + question
        ("settings_key", pa.string()),
        ("question", pa.string()),
        ("options", pa.list_(pa.string())),
        ("kind", pa.string()),  # the reading's image kind (document, chart, screenshot, ...)
        ("width", pa.int32()),
        ("height", pa.int32()),
        ("evidence", pa.int32()),
        ("sir", pa.string()),  # the SIR as JSON (seeingeye.sir.SIR.model_validate_json reads it back)
        ("reading", pa.string()),  # SIR.render_text(): what a text-only model is given
        ("answer", pa.string()),
        ("confidence", pa.float64()),
        ("rounds", pa.int32()),
        ("timings", TIMINGS),
        ("error", pa.string()),
    ]
)
# Settings that change no output (transport, secrets, threads): a resumed run with more workers or
# another API key still counts earlier rows as done.
_NO_EFFECT = {"api_key", "request_timeout_s", "retries", "n_threads"}


def settings_key(settings: Settings) -> str:
    from .. import __version__

    data = settings.model_dump(mode="json", exclude=_NO_EFFECT)
    data["seeingeye"] = __version__
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def row_key(content: str, settings_k: str, question: str | None, options: list[str]) -> str:
    """`content` is the bytes' sha256, or `ref:<reference>` for an input whose bytes could not be read."""
    blob = json.dumps([content, settings_k, question, options], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class Task:
    """What a worker needs for one row; `index` is its place in this run (results arrive out of order)."""

    index: int
    id: str
    path: str
    sha256: str
    key: str
    settings_key: str
    data: bytes
    question: str | None = None
    options: list[str] = field(default_factory=list)


def empty_row(
    id: str, path: str, key: str, settings_k: str, question: str | None, options: list[str], sha: str | None = None
) -> dict[str, Any]:
    row: dict[str, Any] = {name: None for name in SCHEMA.names}
    row.update(id=id, path=path, sha256=sha, key=key, settings_key=settings_k, question=question, options=options)
    row["timings"] = {"load": 0.0, "translate": 0.0, "reason": 0.0, "total": 0.0, "cpu": 0.0}
    return row


def error_text(exc: BaseException) -> str:
    kind = type(exc).__name__ if isinstance(exc, SeeingEyeError) else f"internal {type(exc).__name__}"
    return f"{kind}: {exc}"


class Reader:
    """Holds one `SeeingEye` (models load once, on first use) and produces rows; in a pool worker or Ray
    actor. With `trajectories`, each result also carries the item's ADP trajectory."""

    def __init__(self, settings_json: str, trajectories: bool = False) -> None:
        from ..pipeline import SeeingEye  # imported in the worker, after its thread count is set

        self.eye = SeeingEye(Settings.model_validate_json(settings_json))
        self.trajectories = trajectories

    def process(self, task: Task) -> tuple[dict[str, Any], dict[str, Any] | None]:
        cpu0 = time.process_time()  # a worker runs one task at a time: the process's CPU is this row's
        row, trajectory = self._process(task)
        row["timings"]["cpu"] = time.process_time() - cpu0
        return row, trajectory

    def _process(self, task: Task) -> tuple[dict[str, Any], dict[str, Any] | None]:
        row = empty_row(task.id, task.path, task.key, task.settings_key, task.question, task.options, task.sha256)
        t0 = time.perf_counter()
        try:
            if task.question is None:
                sir, trace = self._read(task, row, t0)
                answer = None
            else:
                result = self.eye.ask(task.data, task.question, task.options or None)
                sir, trace, answer = result.sir, result.trace, result
                row.update(answer=result.answer, confidence=float(result.confidence), rounds=result.rounds)
                row["timings"] = {k: float(result.timings.get(k, 0.0)) for k in ("load_image", "translate", "reason")}
                row["timings"]["load"] = row["timings"].pop("load_image")
                row["timings"]["total"] = time.perf_counter() - t0
        except Exception as exc:  # one bad image (corrupt, too many pixels, tool bug) is a row; the run goes on
            row["error"] = error_text(exc)
            row["timings"]["total"] = time.perf_counter() - t0
            return row, None
        row.update(
            kind=sir.overview.kind,
            width=sir.image.width,
            height=sir.image.height,
            evidence=len(sir.evidence),
            sir=sir.model_dump_json(),
            reading=sir.render_text(),
        )
        if not self.trajectories:
            return row, None
        from .trajectories import to_adp

        return row, to_adp(task, sir, trace, answer)

    def _read(self, task: Task, row: dict[str, Any], t0: float) -> tuple[Any, Any]:
        from ..trace import Trace

        loaded = self.eye.load(task.data)
        t1 = time.perf_counter()
        trace = Trace()
        sir = self.eye.read(loaded, trace=trace)
        t2 = time.perf_counter()
        row["rounds"] = 1
        row["timings"] = {"load": t1 - t0, "translate": t2 - t1, "reason": 0.0, "total": t2 - t0}
        return sir, trace
