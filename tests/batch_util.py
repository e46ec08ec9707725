"""Shared by the batch tests: a small mixed corpus, row comparison, and the Agent Data Protocol shape
(pydantic models mirroring neulab/agent-data-protocol schema 1.2.0: extra fields forbidden, every tool
action linked to exactly one following observation by tool_call_id)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from seeingeye.batch.writer import read_rows
from seeingeye.eval import synth

KINDS = ["receipt", "table", "chart", "shapes", "photo", "small_print", "rotated", "text_colour"]


def make_corpus(root: Path, n: int = 12, questions: int = 2, seed: int = 5) -> tuple[Path, int]:
    """A JSONL manifest: `n` images to read, `questions` rows asking about them, a missing file, a corrupt
    file and a bad manifest line. Returns (manifest, number of rows it yields)."""
    items = synth.generate(n, seed=seed, kinds=KINDS)
    (root / "images").mkdir(parents=True, exist_ok=True)
    lines = []
    for i, item in enumerate(items):
        item.image.save(root / "images" / f"img{i:03d}.png")
        lines.append(json.dumps({"id": f"img{i:03d}", "path": f"images/img{i:03d}.png"}))
    for i, item in enumerate(items[:questions]):
        row = {"id": f"q{i}", "path": f"images/img{i:03d}.png", "question": item.question}
        if item.options:
            row["options"] = item.options
        lines.append(json.dumps(row))
    (root / "images" / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    lines.append(json.dumps({"id": "corrupt", "path": "images/corrupt.png"}))
    lines.append(json.dumps({"id": "missing", "path": "images/nope.png"}))
    lines.append("{not json")
    manifest = root / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n")
    return manifest, len(lines)


def rows_by_id(out: Path) -> dict[str, dict[str, Any]]:
    """Committed rows keyed by id, without timings (the only field allowed to differ between runs)."""
    rows = read_rows(out).drop_columns(["timings"]).to_pylist()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"duplicate rows: {sorted(i for i in ids if ids.count(i) > 1)}"
    return {r["id"]: r for r in rows}


# --- Agent Data Protocol (schema 1.2.0) ---------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApiAction(_Strict):
    class_: Literal["api_action"]
    function: str
    kwargs: dict[str, Any]
    description: str | None = None
    reasoning_content: str | None = None
    reward: float | None = None
    tool_call_id: str | None = None


class MessageAction(_Strict):
    class_: Literal["message_action"]
    content: str
    description: str | None = None
    reasoning_content: str | None = None
    reward: float | None = None


class TextObservation(_Strict):
    class_: Literal["text_observation"]
    content: str
    source: Literal["user", "agent", "environment"]
    name: str | None = None
    reward: float | None = None
    tool_call_id: str | None = None


class ImageObservation(_Strict):
    class_: Literal["image_observation"]
    content: str
    source: Literal["user", "agent", "environment"]
    annotations: list[dict[str, Any]] | None = None
    reward: float | None = None
    tool_call_id: str | None = None


def _class_of(item: Any) -> str:
    return item.get("class_") if isinstance(item, dict) else item.class_


Content = Annotated[
    Annotated[ApiAction, Tag("api_action")]
    | Annotated[MessageAction, Tag("message_action")]
    | Annotated[TextObservation, Tag("text_observation")]
    | Annotated[ImageObservation, Tag("image_observation")],
    Discriminator(_class_of),
]


class Trajectory(_Strict):
    schema_version: Literal["1.2.0"]
    id: str
    content: list[Content]
    details: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def tool_calls_linked(self) -> Trajectory:
        opened: dict[str, int] = {}
        for i, item in enumerate(self.content):
            if isinstance(item, ApiAction):
                assert item.tool_call_id and item.tool_call_id not in opened, f"action {i} needs a new tool_call_id"
                nxt = self.content[i + 1] if i + 1 < len(self.content) else None
                assert isinstance(nxt, TextObservation) and nxt.tool_call_id == item.tool_call_id, f"action {i}"
                opened[item.tool_call_id] = i
            elif isinstance(item, TextObservation | ImageObservation) and item.tool_call_id is not None:
                assert item.tool_call_id in opened, f"observation {i} answers no action"
        return self
