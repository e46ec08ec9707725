"""Recording upstreams for the proxy's front-door tests: real HTTP servers on 127.0.0.1 that keep what they
receive and answer in the API they speak (Chat Completions, Anthropic Messages, OpenAI Responses), streaming
included. Their replies are written out by hand here, as each API documents them, not by seeingeye's writers.

Each answers with a tool call when the request offers tools and holds no tool result yet, else with text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

TEXT = "UPSTREAM-REPLY-17"
PIECES = ["The totals ", "are known."]
CALL = {"id": "call_A1", "name": "lookup_sku", "arguments": '{"sku": "A1"}'}


def _wants_call(body: dict[str, Any]) -> bool:
    dumped = json.dumps(body)
    results = ('"role": "tool"', '"tool_result"', '"function_call_output"')
    return bool(body.get("tools")) and not any(r in dumped for r in results)


def _sse(events: list[tuple[str | None, dict[str, Any] | str]]) -> StreamingResponse:
    def gen() -> Iterator[str]:
        for name, data in events:
            head = f"event: {name}\n" if name else ""
            yield head + "data: " + (data if isinstance(data, str) else json.dumps(data)) + "\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")


def chat_upstream(received: list[dict[str, Any]]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Any:
        body = await request.json()
        received.append({"body": body, "headers": dict(request.headers)})
        call = _wants_call(body)
        if body.get("stream"):
            def chunk(delta: dict[str, Any], finish: str | None = None) -> tuple[None, dict[str, Any]]:
                return None, {"id": "cc1", "object": "chat.completion.chunk", "created": 0, "model": "text-only",
                              "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

            events = [chunk({"role": "assistant", "content": ""})]
            if call:
                events += [chunk({"tool_calls": [{"index": 0, "id": CALL["id"], "type": "function",
                                                  "function": {"name": CALL["name"], "arguments": ""}}]}),
                           chunk({"tool_calls": [{"index": 0, "function": {"arguments": CALL["arguments"]}}]}),
                           chunk({}, "tool_calls")]
            else:
                events += [chunk({"content": p}) for p in PIECES] + [chunk({}, "stop")]
            usage = {"id": "cc1", "object": "chat.completion.chunk", "created": 0, "model": "text-only",
                     "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 4, "total_tokens": 15}}
            return _sse([*events, (None, usage), (None, "[DONE]")])
        message: dict[str, Any] = {"role": "assistant", "content": None if call else TEXT}
        if call:
            message["tool_calls"] = [{"id": CALL["id"], "type": "function",
                                      "function": {"name": CALL["name"], "arguments": CALL["arguments"]}}]
        return {"id": "cc1", "object": "chat.completion", "created": 0, "model": "text-only",
                "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if call else "stop"}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 4, "total_tokens": 15}}

    return app


def messages_upstream(received: list[dict[str, Any]]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/messages")
    async def messages(request: Request) -> Any:
        body = await request.json()
        received.append({"body": body, "headers": dict(request.headers)})
        call = _wants_call(body)
        if body.get("stream"):
            start = {"type": "message_start", "message": {
                "id": "msg_up", "type": "message", "role": "assistant", "model": "text-only", "content": [],
                "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 11, "output_tokens": 1}}}
            events: list[tuple[str | None, dict[str, Any] | str]] = [("message_start", start)]
            events.append(("ping", {"type": "ping"}))
            if call:
                block = {"type": "tool_use", "id": CALL["id"], "name": CALL["name"], "input": {}}
                deltas = [{"type": "input_json_delta", "partial_json": CALL["arguments"][:5]},
                          {"type": "input_json_delta", "partial_json": CALL["arguments"][5:]}]
            else:
                block = {"type": "text", "text": ""}
                deltas = [{"type": "text_delta", "text": p} for p in PIECES]
            events.append(("content_block_start", {"type": "content_block_start", "index": 0, "content_block": block}))
            events += [("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": d}) for d in deltas]
            events += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                       ("message_delta", {"type": "message_delta", "usage": {"output_tokens": 4},
                                          "delta": {"stop_reason": "tool_use" if call else "end_turn",
                                                    "stop_sequence": None}}),
                       ("message_stop", {"type": "message_stop"})]
            return _sse(events)
        content = ([{"type": "tool_use", "id": CALL["id"], "name": CALL["name"], "input": {"sku": "A1"}}] if call
                   else [{"type": "text", "text": TEXT}])
        return {"id": "msg_up", "type": "message", "role": "assistant", "model": "text-only", "content": content,
                "stop_reason": "tool_use" if call else "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 11, "output_tokens": 4}}

    return app


def _resp(status: str, output: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "resp_up", "object": "response", "created_at": 0, "model": "text-only", "status": status,
            "output": output, "error": None, "incomplete_details": None, "instructions": None, "metadata": {},
            "parallel_tool_calls": True, "temperature": None, "top_p": None, "tool_choice": "auto", "tools": [],
            "usage": {"input_tokens": 11, "input_tokens_details": {"cached_tokens": 0}, "output_tokens": 4,
                      "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 15}}


def responses_upstream(received: list[dict[str, Any]]) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/responses")
    async def responses(request: Request) -> Any:
        body = await request.json()
        received.append({"body": body, "headers": dict(request.headers)})
        call = _wants_call(body)
        fc = {"id": "fc_1", "type": "function_call", "status": "completed", "call_id": CALL["id"],
              "name": CALL["name"], "arguments": CALL["arguments"]}
        msg = {"id": "msg_1", "type": "message", "status": "completed", "role": "assistant",
               "content": [{"type": "output_text", "text": "".join(PIECES) if body.get("stream") else TEXT,
                            "annotations": []}]}
        item = fc if call else msg
        if not body.get("stream"):
            return _resp("completed", [item])
        seq = iter(range(1000))

        def ev(kind: str, **fields: Any) -> tuple[str, dict[str, Any]]:
            return kind, {"type": kind, "sequence_number": next(seq), **fields}

        events = [ev("response.created", response=_resp("in_progress", [])),
                  ev("response.in_progress", response=_resp("in_progress", []))]
        if call:
            events += [ev("response.output_item.added", output_index=0, item={**fc, "arguments": "",
                                                                             "status": "in_progress"}),
                       ev("response.function_call_arguments.delta", item_id="fc_1", output_index=0,
                          delta=CALL["arguments"]),
                       ev("response.function_call_arguments.done", item_id="fc_1", output_index=0,
                          arguments=CALL["arguments"])]
        else:
            part = {"type": "output_text", "text": "", "annotations": []}
            events += [ev("response.output_item.added", output_index=0,
                          item={**msg, "content": [], "status": "in_progress"}),
                       ev("response.content_part.added", item_id="msg_1", output_index=0, content_index=0, part=part)]
            events += [ev("response.output_text.delta", item_id="msg_1", output_index=0, content_index=0, delta=p,
                          logprobs=[]) for p in PIECES]
            events += [ev("response.output_text.done", item_id="msg_1", output_index=0, content_index=0,
                          text="".join(PIECES), logprobs=[]),
                       ev("response.content_part.done", item_id="msg_1", output_index=0, content_index=0,
                          part={**part, "text": "".join(PIECES)})]
        events += [ev("response.output_item.done", output_index=0, item=item),
                   ev("response.completed", response=_resp("completed", [item]))]
        return _sse(events)  # type: ignore[arg-type]

    return app


UPSTREAMS = {"chat": chat_upstream, "messages": messages_upstream, "responses": responses_upstream}


def upstream_base(api: str, port: int) -> str:
    """Each ecosystem's base URL convention: OpenAI's ends in /v1, Anthropic's does not."""
    return f"http://127.0.0.1:{port}" + ("" if api == "messages" else "/v1")


def sent_text(body: dict[str, Any]) -> str:
    """Everything an upstream received, as one string (to look for readings and for pixels)."""
    return json.dumps(body, ensure_ascii=False)
