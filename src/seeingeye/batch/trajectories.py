"""Each item's rounds, tool calls and observations as an Agent Data Protocol (ADP, neulab/agent-data-
protocol, schema 1.2.0) trajectory, so readings can train perception agents with ADP's converters.

Shape: the user's image (`image_observation`) and task (`text_observation`); per tool call an
`api_action` (function, kwargs, tool_call_id) followed by its result as a `text_observation` from the
environment with the same tool_call_id; the reasoner's verdict on a round that looks again is the next
action's `reasoning_content`; the final answer (or, for a question-free reading, the rendered reading)
is a `message_action`."""

from __future__ import annotations

from typing import Any

from ..sir import SIR
from ..trace import Trace

ADP_SCHEMA_VERSION = "1.2.0"
READ_TASK = "Read this image: report everything it shows as structured evidence."
MAX_OBSERVED = 40  # evidence lines quoted per tool result


def _observation(call: Any, sir: SIR) -> str:
    if not call.ok:
        return f"error: {call.error or call.summary}"
    lines = [call.summary] if call.summary else []
    for eid in call.evidence_ids[:MAX_OBSERVED]:
        ev = sir.get(eid)
        if ev is not None:
            lines.append(ev.render())
    if len(call.evidence_ids) > MAX_OBSERVED:
        lines.append(f"[... {len(call.evidence_ids) - MAX_OBSERVED} more]")
    return "\n".join(lines) or "(nothing found)"


def _verdict(rnd: Any) -> str:
    look = ", ".join(str(c.get("tool")) for c in rnd.look) or rnd.feedback_request or "more evidence"
    conf = f"{rnd.confidence:.2f}" if rnd.confidence is not None else "n/a"
    return f"Round {rnd.round}: answer {rnd.answer!r} at confidence {conf} is not sure enough; look again: {look}."


def to_adp(task: Any, sir: SIR, trace: Trace, answer: Any | None) -> dict[str, Any]:
    """The ADP trajectory of one row (`answer` is the AskResult, or None for a question-free reading)."""
    content: list[dict[str, Any]] = [
        {"class_": "image_observation", "content": task.path, "source": "user"},
        {"class_": "text_observation", "content": task.question or READ_TASK, "source": "user"},
    ]
    if task.options:
        opts = "\n".join(f"{chr(65 + i)}. {o}" for i, o in enumerate(task.options))
        content[-1]["content"] += "\nOptions:\n" + opts
    verdicts = {r.round + 1: _verdict(r) for r in trace.rounds[:-1]}
    pending_thought: str | None = None
    last_round = None
    for n, call in enumerate(sorted(trace.tool_calls, key=lambda c: c.round), 1):
        if call.round != last_round:
            pending_thought, last_round = verdicts.get(call.round), call.round
        action: dict[str, Any] = {
            "class_": "api_action",
            "function": call.tool,
            "kwargs": dict(call.arguments),
            "description": f"round {call.round}",
            "tool_call_id": f"call_{n:06d}",
        }
        if pending_thought:
            action["reasoning_content"], pending_thought = pending_thought, None
        content.append(action)
        content.append(
            {
                "class_": "text_observation",
                "content": _observation(call, sir),
                "source": "environment",
                "tool_call_id": action["tool_call_id"],
            }
        )
    final = answer.answer if answer is not None else sir.render_text()
    why = answer.rationale if answer is not None and answer.rationale else None
    content.append({"class_": "message_action", "content": final, "description": why})
    details = {
        "source": "seeingeye",
        "image_sha256": task.sha256,
        "image_kind": sir.overview.kind,
        "rounds": len(trace.rounds) or 1,
        "stop_reason": trace.stop_reason,
        "confidence": answer.confidence if answer is not None else None,
    }
    return {"schema_version": ADP_SCHEMA_VERSION, "id": task.id, "content": content, "details": details}
