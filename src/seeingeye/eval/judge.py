"""MIA-Bench scoring: a judge model (OpenAI-compatible) rates each instruction component."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from ..config import Settings
from ..errors import SeeingEyeError
from ..models import BACKENDS
from ..models.structured import structured_call
from ..trace import Trace
from .datasets import EvalItem


class JudgeScores(BaseModel):
    scores: list[float] = Field(description="one score in [0, 1] per component, in order")


def judge_mia(item: EvalItem, response: str, settings: Settings) -> dict[str, Any]:
    """Weighted component score, or a note saying why it was skipped (no judge configured)."""
    if not settings.base_url or not settings.model:
        return {"skipped": "no judge configured (--base-url/--model for an OpenAI-compatible judge)"}
    model = BACKENDS.get("openai")(settings, "judge")
    comps = "\n".join(f"{i + 1}. {c}" for i, c in enumerate(item.components))
    messages = [
        {
            "role": "user",
            "content": f"Instruction: {item.question}\nResponse: {response}\n"
            f"Rate how well the response satisfies each component (0 to 1):\n{comps}\n"
            'Reply as JSON {"scores": [...]} with one number per component.',
        }
    ]
    try:
        out = structured_call(model, messages, JudgeScores, role="judge", trace=Trace(), round=1, max_tokens=200)
    except SeeingEyeError as exc:
        return {"error": str(exc)}
    weights = item.component_weights or [1.0] * len(item.components)
    scores = [min(1.0, max(0.0, s)) for s in out.scores[: len(weights)]]
    total = sum(w * s for w, s in zip(weights, scores, strict=False)) / (sum(weights) or 1.0)
    return {"score": total, "component_scores": scores}
