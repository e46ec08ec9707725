"""Trace records: every round, tool call and model call as plain data on the result."""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, Field, JsonValue


class ToolCallRecord(BaseModel):
    round: int
    tool: str
    arguments: dict[str, JsonValue]
    duration_s: float
    ok: bool
    summary: str
    evidence_ids: list[str] = Field(default_factory=list)
    error: str | None = None


class ModelCallRecord(BaseModel):
    round: int
    role: Literal["translator", "reasoner", "judge"]
    backend: str
    model: str
    messages: list[dict[str, Any]]
    raw_output: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0
    valid: bool = True
    error: str | None = None


class RoundRecord(BaseModel):
    round: int
    new_evidence: int
    answer: str | None = None
    confidence: float | None = None
    feedback_request: str | None = None
    # Typed look-ups the reasoner asked for after this round ({tool, arguments}), run in the next round.
    look: list[dict[str, JsonValue]] = Field(default_factory=list)
    # Confidence features of this round's answer (for calibration on a dev set).
    features: dict[str, float] = Field(default_factory=dict)
    duration_s: float = 0.0


class Trace(BaseModel):
    started_at: float = Field(default_factory=time.time)
    rounds: list[RoundRecord] = Field(default_factory=list)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    model_calls: list[ModelCallRecord] = Field(default_factory=list)
    stop_reason: str = ""
    # "fast" when the speculative answer from the cheapest reading stood, else "full" (see loop.py).
    path: Literal["fast", "full"] = "full"
    # The speculative answer checked on the cheapest reading ({answer, confidence, margin}), when one was.
    speculative: dict[str, JsonValue] = Field(default_factory=dict)

    def usage(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for call in self.model_calls:
            u = out.setdefault(call.role, {"tokens_in": 0, "tokens_out": 0, "calls": 0})
            u["tokens_in"] += call.tokens_in
            u["tokens_out"] += call.tokens_out
            u["calls"] += 1
        return out
