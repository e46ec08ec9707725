"""OpenAI Responses (`POST /v1/responses`, what Codex CLI speaks) <-> the neutral conversation.

The proxy keeps no state, so a request carries its whole conversation in `input` (Codex sends it so, with
`store: false`); `previous_response_id` reaches only a Responses upstream.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .base import bad, optional_int, optional_number, with_base_path
from .neutral import (
    Block,
    Conversation,
    End,
    Event,
    Failure,
    Image,
    Opaque,
    Reply,
    Start,
    Text,
    TextDelta,
    Tool,
    ToolCall,
    ToolDelta,
    ToolResult,
    ToolStart,
    Turn,
    Usage,
)
from .sse import encode

NAME = "responses"
HANDLED = {"model", "input", "instructions", "tools", "tool_choice", "max_output_tokens", "temperature", "top_p",
           "stream"}
TEXT_PARTS = {"input_text", "output_text", "text", "refusal"}


def _parts(content: Any, where: str) -> list[Block]:
    if isinstance(content, str):
        return [Text(text=content)]
    if not isinstance(content, list):
        raise bad(f"{where}.content", "must be a string or a list of parts")
    out: list[Block] = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in TEXT_PARTS:
            text = part.get("text", part.get("refusal"))  # type: ignore[union-attr]
            if not isinstance(text, str):
                raise bad(f"{where}.content[{j}].text", "must be a string")
            out.append(Text(text=text))
        elif kind == "input_image":
            url = part.get("image_url")  # type: ignore[union-attr]
            if not isinstance(url, str):
                raise bad(f"{where}.content[{j}].image_url", "must be a data: or http(s) URL (file_id is not read)")
            out.append(Image(url=url))
        elif isinstance(kind, str):
            out.append(Opaque(api=NAME, raw=part))  # type: ignore[arg-type]
        else:
            raise bad(f"{where}.content[{j}]", "must be an object with a type")
    return out


def _add(turns: list[Turn], role: str, blocks: list[Block]) -> None:
    if turns and turns[-1].role == role:
        turns[-1].content += blocks
    else:
        turns.append(Turn(role=role, content=blocks))  # type: ignore[arg-type]


def _turns(items: Any, system: list[str]) -> list[Turn]:
    if isinstance(items, str):
        return [Turn(role="user", content=[Text(text=items)])]
    if not isinstance(items, list) or not items:
        raise bad("input", "must be a string or a non-empty list of items")
    turns: list[Turn] = []
    for i, item in enumerate(items):
        where = f"input[{i}]"
        if not isinstance(item, dict):
            raise bad(where, "must be an object")
        kind = item.get("type", "message")
        if kind == "message":
            role = item.get("role")
            if role not in ("user", "assistant", "system", "developer"):
                raise bad(f"{where}.role", "must be user, assistant, system or developer")
            blocks = _parts(item.get("content"), where)
            if role in ("system", "developer"):
                system.append(" ".join(b.text for b in blocks if isinstance(b, Text)))
            else:
                _add(turns, role, blocks)
        elif kind == "function_call":
            if not isinstance(item.get("name"), str):
                raise bad(where, "must name its function")
            args = item.get("arguments")
            _add(turns, "assistant", [ToolCall(id=str(item.get("call_id") or item.get("id") or f"call_{i}"),
                                               name=item["name"], arguments=args if isinstance(args, str) else "{}")])
        elif kind == "function_call_output":
            out = item.get("output")
            content = _parts(out, where) if out is not None else []
            _add(turns, "user", [ToolResult(call_id=str(item.get("call_id") or ""),
                                            content=[b for b in content if isinstance(b, Text | Image)])])
        else:  # reasoning, custom and built-in tool calls: only a Responses upstream can use them
            _add(turns, "user" if str(kind).endswith("_output") else "assistant", [Opaque(api=NAME, raw=item)])
    return turns


def _tools(tools: Any) -> list[Tool]:
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise bad("tools", "must be a list")
    out = []
    for t in tools:
        if isinstance(t, dict) and t.get("type") == "function" and isinstance(t.get("name"), str):
            out.append(Tool(name=t["name"], description=t.get("description"),
                            parameters=t.get("parameters") or {"type": "object", "properties": {}}))
        elif isinstance(t, dict):
            out.append(Tool(name=str(t.get("name") or t.get("type")), raw=t, api=NAME))
    return out


def _choice_in(choice: Any) -> str | None:
    if choice is None or isinstance(choice, str):
        return choice
    return choice.get("name") if isinstance(choice, dict) else None


def _item_out(b: Block, role: str) -> dict[str, Any] | None:
    if isinstance(b, Text):
        part = "input_text" if role == "user" else "output_text"
        return {"type": "message", "role": role, "content": [{"type": part, "text": b.text}]}
    if isinstance(b, ToolCall):
        return {"type": "function_call", "call_id": b.id, "name": b.name, "arguments": b.arguments}
    if isinstance(b, ToolResult):
        return {"type": "function_call_output", "call_id": b.call_id,
                "output": "\n\n".join(t.text for t in b.content if isinstance(t, Text))}
    if isinstance(b, Opaque) and b.api == NAME:
        return b.raw
    return None


def _usage(u: Usage) -> dict[str, Any]:
    return {"input_tokens": u.input_tokens, "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": u.output_tokens, "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": u.input_tokens + u.output_tokens}


def _response(id_: str, model: str, created: int, output: list[dict[str, Any]], stop: str | None,
              usage: Usage | None) -> dict[str, Any]:
    """A response object; `stop` None while it is still in progress."""
    status = "in_progress" if stop is None else "incomplete" if stop == "length" else "completed"
    return {"id": id_, "object": "response", "created_at": created, "model": model, "status": status,
            "output": output, "error": None,
            "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
            "instructions": None, "metadata": {}, "parallel_tool_calls": True, "temperature": None, "top_p": None,
            "tool_choice": "auto", "tools": [], "usage": _usage(usage) if usage else None}


def _message_item(id_: str, text: str, done: bool) -> dict[str, Any]:
    content = [{"type": "output_text", "text": text, "annotations": []}] if done else []
    return {"id": id_, "type": "message", "status": "completed" if done else "in_progress", "role": "assistant",
            "content": content}


def _call_item(id_: str, call_id: str, name: str, args: str, done: bool) -> dict[str, Any]:
    return {"id": id_, "type": "function_call", "status": "completed" if done else "in_progress",
            "call_id": call_id, "name": name, "arguments": args}


def _function_tool(t: Tool) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "function", "name": t.name, "parameters": t.parameters}
    if t.description is not None:
        out["description"] = t.description
    return out


def _new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


class ResponsesAPI:
    name = NAME
    path = "/v1/responses"
    stream_media_type = "text/event-stream"
    forward_headers: tuple[str, ...] = ()

    def endpoint(self, base: httpx.URL) -> httpx.URL:
        return with_base_path(base, "/responses")

    def auth_headers(self, key: str | None) -> dict[str, str]:
        return {"authorization": f"Bearer {key}"} if key else {}

    def parse_request(self, body: dict[str, Any]) -> Conversation:
        instructions = body.get("instructions")
        system = [instructions] if isinstance(instructions, str) and instructions else []
        turns = _turns(body.get("input"), system)
        return Conversation(
            api=NAME, model=body.get("model") if isinstance(body.get("model"), str) else None,
            system="\n\n".join(system) or None, turns=turns, tools=_tools(body.get("tools")),
            tool_choice=_choice_in(body.get("tool_choice")), max_tokens=optional_int(body, "max_output_tokens"),
            temperature=optional_number(body, "temperature"), top_p=optional_number(body, "top_p"),
            stream=bool(body.get("stream")), extras={k: v for k, v in body.items() if k not in HANDLED},
        )

    def write_request(self, conv: Conversation) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in (_item_out(b, t.role) for t in conv.turns for b in t.content):
            if item is None:
                continue
            last = items[-1] if items else None
            if last and item.get("type") == last.get("type") == "message" and item["role"] == last["role"]:
                last["content"] = last["content"] + item["content"]  # one message per run of text parts
            else:
                items.append(item)
        body: dict[str, Any] = {**conv.passthrough(NAME), "input": items}
        if conv.model:
            body["model"] = conv.model
        if conv.system:
            body["instructions"] = conv.system
        tools = [t.raw or _function_tool(t) for t in conv.tools if t.raw is None or t.api == NAME]
        if tools:
            body["tools"] = tools
        if conv.tool_choice:
            body["tool_choice"] = (conv.tool_choice if conv.tool_choice in ("auto", "none", "required")
                                   else {"type": "function", "name": conv.tool_choice})
        for key, value in (("max_output_tokens", conv.max_tokens), ("temperature", conv.temperature),
                           ("top_p", conv.top_p)):
            if value is not None:
                body[key] = value
        if conv.stream:
            body["stream"] = True
        return body

    def parse_reply(self, payload: Any) -> Reply:
        if not isinstance(payload, dict) or not isinstance(payload.get("output"), list) or "status" not in payload:
            raise ValueError("not a Responses API response")
        content: list[Text | ToolCall] = []
        for item in payload["output"]:
            if not isinstance(item, dict):
                continue
            if item.get("type") == "message":
                text = "".join(str(p.get("text", p.get("refusal", ""))) for p in item.get("content") or []
                               if isinstance(p, dict))
                content.append(Text(text=text))
            elif item.get("type") == "function_call":
                content.append(ToolCall(id=str(item.get("call_id")), name=str(item.get("name")),
                                        arguments=str(item.get("arguments") or "{}")))
        usage = payload.get("usage") if isinstance(payload.get("usage"), dict) else {}
        stop = ("length" if payload.get("status") == "incomplete"
                else "tool_calls" if any(isinstance(b, ToolCall) for b in content) else "end")
        return Reply(id=str(payload.get("id") or "resp_upstream"), model=str(payload.get("model") or ""),
                     content=content, stop=stop,  # type: ignore[arg-type]
                     usage=Usage(input_tokens=usage.get("input_tokens") or 0,
                                 output_tokens=usage.get("output_tokens") or 0))

    def write_reply(self, reply: Reply) -> dict[str, Any]:
        output = [_message_item(_new_id("msg"), b.text, True) if isinstance(b, Text)
                  else _call_item(_new_id("fc"), b.id, b.name, b.arguments, True) for b in reply.content]
        return _response(reply.id, reply.model, int(time.time()), output, reply.stop, reply.usage)

    async def parse_stream(self, events: AsyncIterator[tuple[str | None, str]]) -> AsyncIterator[Event]:
        args_streamed = False
        async for _, data in events:
            ev = json.loads(data)
            kind, resp = ev.get("type"), ev.get("response") or {}
            item = ev.get("item") or {}
            if kind == "response.created":
                yield Start(id=str(resp.get("id") or "resp_upstream"), model=str(resp.get("model") or ""))
            elif kind == "response.output_text.delta":
                yield TextDelta(text=str(ev.get("delta", "")))
            elif kind == "response.output_item.added" and item.get("type") == "function_call":
                args_streamed = False
                yield ToolStart(id=str(item.get("call_id")), name=str(item.get("name")))
            elif kind == "response.function_call_arguments.delta":
                args_streamed = True
                yield ToolDelta(arguments=str(ev.get("delta", "")))
            elif kind == "response.output_item.done" and item.get("type") == "function_call" and not args_streamed:
                yield ToolDelta(arguments=str(item.get("arguments") or ""))  # arguments sent whole at the end
            elif kind in ("response.completed", "response.incomplete"):
                reply = self.parse_reply(resp)
                yield End(stop=reply.stop, usage=reply.usage)
                return
            elif kind in ("response.failed", "error"):
                err = resp.get("error") if kind == "response.failed" else ev
                yield Failure(message=str((err or {}).get("message", "upstream error")))
                return
        yield End()

    def stream_writer(self) -> ResponsesStreamWriter:
        return ResponsesStreamWriter()

    def error_body(self, status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
        return {"error": {"message": message, "type": type_, "param": None, "code": code}}


class ResponsesStreamWriter:
    """response.created / .in_progress, then per output item .output_item.added, its deltas and .done events,
    then response.completed carrying the whole response."""

    def __init__(self) -> None:
        self.seq, self.id, self.model, self.created = 0, _new_id("resp"), "", int(time.time())
        self.items: list[dict[str, Any]] = []
        self.open: dict[str, Any] | None = None
        self.started = False

    def _ev(self, kind: str, **fields: Any) -> bytes:
        self.seq += 1
        return encode({"type": kind, "sequence_number": self.seq - 1, **fields}, kind)

    def _start(self) -> bytes:
        self.started = True
        head = _response(self.id, self.model, self.created, [], None, None)
        return self._ev("response.created", response=head) + self._ev("response.in_progress", response=head)

    def _close(self) -> bytes:
        item, self.open = self.open, None
        if item is None:
            return b""
        n, where = len(self.items), {"item_id": item["id"], "output_index": len(self.items)}
        if item["type"] == "message":
            text = item.pop("text")
            part = {"type": "output_text", "text": text, "annotations": []}
            done = _message_item(item["id"], text, True)
            out = (self._ev("response.output_text.done", **where, content_index=0, text=text, logprobs=[])
                   + self._ev("response.content_part.done", **where, content_index=0, part=part))
        else:
            done = _call_item(item["id"], item["call_id"], item["name"], item["arguments"], True)
            out = self._ev("response.function_call_arguments.done", **where, arguments=item["arguments"])
        self.items.append(done)
        return out + self._ev("response.output_item.done", output_index=n, item=done)

    def _open_text(self) -> bytes:
        out = self._close()
        self.open = {"id": _new_id("msg"), "type": "message", "text": ""}
        where = {"output_index": len(self.items)}
        return (out + self._ev("response.output_item.added", **where,
                               item=_message_item(self.open["id"], "", False))
                + self._ev("response.content_part.added", item_id=self.open["id"], **where, content_index=0,
                           part={"type": "output_text", "text": "", "annotations": []}))

    def feed(self, event: Event) -> bytes:
        if isinstance(event, Start):
            self.id, self.model = event.id, event.model
            return self._start()
        if isinstance(event, Failure):
            return self._ev("error", code="upstream_error", message=event.message, param=None)
        out = b"" if self.started else self._start()
        if isinstance(event, TextDelta):
            if self.open is None or self.open["type"] != "message":
                out += self._open_text()
            self.open["text"] += event.text  # type: ignore[index]
            return out + self._ev("response.output_text.delta", item_id=self.open["id"],  # type: ignore[index]
                                  output_index=len(self.items), content_index=0, delta=event.text, logprobs=[])
        if isinstance(event, ToolStart):
            out += self._close()
            self.open = {"id": _new_id("fc"), "type": "function_call", "call_id": event.id, "name": event.name,
                         "arguments": ""}
            return out + self._ev("response.output_item.added", output_index=len(self.items),
                                  item=_call_item(self.open["id"], event.id, event.name, "", False))
        if isinstance(event, ToolDelta) and self.open is not None and self.open["type"] == "function_call":
            self.open["arguments"] += event.arguments
            return out + self._ev("response.function_call_arguments.delta", item_id=self.open["id"],
                                  output_index=len(self.items), delta=event.arguments)
        if isinstance(event, End):
            out += self._close()
            final = _response(self.id, self.model, self.created, self.items, event.stop, event.usage)
            kind = "response.incomplete" if final["status"] == "incomplete" else "response.completed"
            return out + self._ev(kind, response=final)
        return out


API = ResponsesAPI()
