"""Structured calls: ask for JSON matching a pydantic model, validate, repair once, then fail clearly.
Every attempt is logged on the trace."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ModelError
from ..trace import ModelCallRecord, Trace
from .base import ChatModel, ModelReply, Role

M = TypeVar("M", bound=BaseModel)


def _extract_json(text: str) -> str:
    """Models wrap JSON in prose or code fences; take the outermost object."""
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def record(
    trace: Trace,
    role: Role,
    model: ChatModel,
    messages: list[dict[str, Any]],
    reply: ModelReply | None,
    round: int,
    error: str | None = None,
) -> None:
    trace.model_calls.append(
        ModelCallRecord(
            round=round,
            role=role,
            backend=model.backend,
            model=model.name,
            messages=messages,
            raw_output=reply.text if reply else "",
            tokens_in=reply.tokens_in if reply else 0,
            tokens_out=reply.tokens_out if reply else 0,
            latency_s=reply.latency_s if reply else 0.0,
            valid=error is None,
            error=error,
        )
    )


def structured_call(
    model: ChatModel,
    messages: list[dict[str, Any]],
    output: type[M],
    *,
    role: Role,
    trace: Trace,
    round: int,
    schema: dict[str, Any] | None = None,
    max_tokens: int = 256,
) -> M:
    schema = schema or output.model_json_schema()
    convo = list(messages)
    last_error = ""
    for _attempt in range(2):
        try:
            reply = model.complete(convo, json_schema=schema, max_tokens=max_tokens)
        except ModelError as exc:
            record(trace, role, model, convo, None, round, error=str(exc))
            raise
        try:
            # strict=False: a raw newline inside a string is a harmless slip, not worth a repair round.
            parsed = output.model_validate(json.loads(_extract_json(reply.text), strict=False))
        except json.JSONDecodeError as exc:
            last_error = f"output: invalid JSON: {exc.msg}"
        except ValidationError as exc:
            first = exc.errors()[0]
            last_error = f"{'.'.join(str(p) for p in first['loc']) or 'output'}: {first['msg']}"
        else:
            record(trace, role, model, convo, reply, round)
            return parsed
        record(trace, role, model, convo, reply, round, error=last_error)
        convo = convo + [
            {"role": "assistant", "content": reply.text},
            {
                "role": "user",
                "content": f"That output was invalid ({last_error}). Reply with only a JSON "
                f"object matching this schema: {json.dumps(schema)[:1500]}",
            },
        ]
    raise ModelError(f"{role} model {model.name} returned invalid output twice: {last_error}")
