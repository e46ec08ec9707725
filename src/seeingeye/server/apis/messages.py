"""Anthropic Messages (`POST /v1/messages`, what Claude Code speaks) <-> the neutral conversation."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .base import bad, optional_int, optional_number, stop_list, with_base_path
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
    tool_input,
)
from .sse import encode

NAME = "messages"
VERSION = "2023-06-01"
HANDLED = {"model", "messages", "system", "tools", "tool_choice", "max_tokens", "temperature", "top_p",
           "stop_sequences", "stream"}
STOP = {"end_turn": "end", "max_tokens": "length", "tool_use": "tool_calls", "stop_sequence": "stop_sequence"}
STOP_OUT = {"end": "end_turn", "length": "max_tokens", "tool_calls": "tool_use", "stop_sequence": "stop_sequence"}
ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
               404: "not_found_error", 413: "request_too_large", 415: "invalid_request_error",
               429: "rate_limit_error", 503: "overloaded_error", 529: "overloaded_error"}


def _image(block: dict[str, Any], where: str) -> Image:
    src = block.get("source")
    kind = src.get("type") if isinstance(src, dict) else None
    if kind == "base64" and isinstance(src.get("data"), str):  # type: ignore[union-attr]
        return Image(url=f"data:{src.get('media_type') or 'image/png'};base64,{src['data']}")  # type: ignore[index,union-attr]
    if kind == "url" and isinstance(src.get("url"), str):  # type: ignore[union-attr]
        return Image(url=src["url"])  # type: ignore[index]
    raise bad(f"{where}.source", "must be {type: base64, media_type, data} or {type: url, url}")


def _parts(content: Any, where: str) -> list[Block]:
    if isinstance(content, str):
        return [Text(text=content)]
    if not isinstance(content, list):
        raise bad(f"{where}.content", "must be a string or a list of content blocks")
    out: list[Block] = []
    for j, block in enumerate(content):
        here = f"{where}.content[{j}]"
        kind = block.get("type") if isinstance(block, dict) else None
        if not isinstance(kind, str):
            raise bad(here, "must be an object with a type")
        if kind == "text":
            if not isinstance(block.get("text"), str):
                raise bad(f"{here}.text", "must be a string")
            out.append(Text(text=block["text"]))
        elif kind == "image":
            out.append(_image(block, here))
        elif kind == "tool_use":
            if not isinstance(block.get("name"), str):
                raise bad(here, "must name its tool")
            out.append(ToolCall(id=str(block.get("id") or f"toolu_{j}"), name=block["name"],
                                arguments=json.dumps(block.get("input") or {})))
        elif kind == "tool_result":
            inner = [] if block.get("content") is None else _parts(block["content"], here)
            out.append(ToolResult(call_id=str(block.get("tool_use_id") or ""), is_error=bool(block.get("is_error")),
                                  content=[b for b in inner if isinstance(b, Text | Image)]))
        else:  # thinking, documents, server tools: only an Anthropic upstream can use them
            out.append(Opaque(api=NAME, raw=block))
    return out


def _system(system: Any) -> str | None:
    if system is None or isinstance(system, str):
        return system or None
    if not isinstance(system, list):
        raise bad("system", "must be a string or a list of text blocks")
    return "\n\n".join(b.get("text", "") for b in system if isinstance(b, dict)) or None


def _tools(tools: Any) -> list[Tool]:
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise bad("tools", "must be a list")
    out = []
    for t in tools:
        if isinstance(t, dict) and isinstance(t.get("name"), str) and "input_schema" in t:
            out.append(Tool(name=t["name"], description=t.get("description"), parameters=t["input_schema"]))
        elif isinstance(t, dict):
            out.append(Tool(name=str(t.get("name") or t.get("type")), raw=t, api=NAME))
    return out


def _choice_in(choice: Any) -> str | None:
    if not isinstance(choice, dict):
        return None
    kind = choice.get("type")
    return {"auto": "auto", "any": "required", "none": "none"}.get(kind) or (
        choice.get("name") if kind == "tool" else None)


def _block_out(b: Block) -> dict[str, Any] | None:
    if isinstance(b, Text):
        return {"type": "text", "text": b.text} if b.text else None  # Anthropic refuses empty text blocks
    if isinstance(b, ToolCall):
        return {"type": "tool_use", "id": b.id, "name": b.name, "input": tool_input(b.arguments)}
    if isinstance(b, ToolResult):
        out: dict[str, Any] = {"type": "tool_result", "tool_use_id": b.call_id,
                               "content": "\n\n".join(t.text for t in b.content if isinstance(t, Text))}
        if b.is_error:
            out["is_error"] = True
        return out
    if isinstance(b, Opaque) and b.api == NAME:
        return b.raw
    return None  # an image never reaches an upstream (the proxy reads it first); others' opaque blocks


def _messages_out(turns: list[Turn]) -> list[dict[str, Any]]:
    """Turns as Anthropic wants them: roles alternating (neighbours merged), tool results first in a turn."""
    out: list[dict[str, Any]] = []
    for turn in turns:
        blocks = [b for b in (_block_out(x) for x in turn.content) if b is not None]
        blocks.sort(key=lambda b: b.get("type") != "tool_result")
        if not blocks:
            continue
        if out and out[-1]["role"] == turn.role:
            out[-1]["content"] += blocks
            out[-1]["content"].sort(key=lambda b: b.get("type") != "tool_result")
        else:
            out.append({"role": turn.role, "content": blocks})
    return out


class MessagesAPI:
    name = NAME
    path = "/v1/messages"
    stream_media_type = "text/event-stream"
    forward_headers: tuple[str, ...] = ("anthropic-beta", "anthropic-version")

    def endpoint(self, base: httpx.URL) -> httpx.URL:
        # Anthropic's convention: the base has no /v1 (https://api.deepseek.com/anthropic); take one that has.
        return with_base_path(base, "/messages" if base.path.rstrip("/").endswith("/v1") else "/v1/messages")

    def auth_headers(self, key: str | None) -> dict[str, str]:
        return {"anthropic-version": VERSION, **({"x-api-key": key} if key else {})}

    def parse_request(self, body: dict[str, Any]) -> Conversation:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise bad("messages", "must be a non-empty list")
        turns = []
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict) or msg.get("role") not in ("user", "assistant"):
                raise bad(f"messages[{i}]", "must be an object with role user or assistant")
            turns.append(Turn(role=msg["role"], content=_parts(msg.get("content"), f"messages[{i}]")))
        return Conversation(
            api=NAME, model=body.get("model") if isinstance(body.get("model"), str) else None,
            system=_system(body.get("system")), turns=turns, tools=_tools(body.get("tools")),
            tool_choice=_choice_in(body.get("tool_choice")), max_tokens=optional_int(body, "max_tokens"),
            temperature=optional_number(body, "temperature"), top_p=optional_number(body, "top_p"),
            stop=stop_list(body.get("stop_sequences"), "stop_sequences"), stream=bool(body.get("stream")),
            extras={k: v for k, v in body.items() if k not in HANDLED},
        )

    def write_request(self, conv: Conversation) -> dict[str, Any]:
        body: dict[str, Any] = {**conv.passthrough(NAME), "max_tokens": conv.max_tokens or 4096,
                                "messages": _messages_out(conv.turns)}
        if conv.model:
            body["model"] = conv.model
        if conv.system:
            body["system"] = conv.system
        tools = [t.raw if t.raw is not None else _tool_out(t) for t in conv.tools if t.raw is None or t.api == NAME]
        if tools:
            body["tools"] = tools
        if conv.tool_choice:
            names = {"auto": {"type": "auto"}, "required": {"type": "any"}, "none": {"type": "none"}}
            body["tool_choice"] = names.get(conv.tool_choice) or {"type": "tool", "name": conv.tool_choice}
        for key, value in (("temperature", conv.temperature), ("top_p", conv.top_p), ("stop_sequences", conv.stop)):
            if value is not None:
                body[key] = value
        if conv.stream:
            body["stream"] = True
        return body

    def parse_reply(self, payload: Any) -> Reply:
        if not isinstance(payload, dict) or payload.get("type") != "message" or not isinstance(
                payload.get("content"), list):
            raise ValueError("not an Anthropic message")
        content: list[Text | ToolCall] = []
        for b in payload["content"]:
            if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str):
                content.append(Text(text=b["text"]))
            elif isinstance(b, dict) and b.get("type") == "tool_use":
                content.append(ToolCall(id=str(b.get("id")), name=str(b.get("name")),
                                        arguments=json.dumps(b.get("input") or {})))
        usage = payload.get("usage") if isinstance(payload.get("usage"), dict) else {}
        return Reply(id=str(payload.get("id") or "msg_upstream"), model=str(payload.get("model") or ""),
                     content=content, stop=STOP.get(payload.get("stop_reason") or "", "end"),  # type: ignore[arg-type]
                     usage=Usage(input_tokens=usage.get("input_tokens") or 0,
                                 output_tokens=usage.get("output_tokens") or 0))

    def write_reply(self, reply: Reply) -> dict[str, Any]:
        blocks = [_block_out(b) for b in reply.content]
        return {"id": reply.id, "type": "message", "role": "assistant", "model": reply.model,
                "content": [b for b in blocks if b is not None], "stop_reason": STOP_OUT[reply.stop],
                "stop_sequence": None,
                "usage": {"input_tokens": reply.usage.input_tokens, "output_tokens": reply.usage.output_tokens}}

    async def parse_stream(self, events: AsyncIterator[tuple[str | None, str]]) -> AsyncIterator[Event]:
        stop, usage = "end", Usage()
        async for _, data in events:
            ev = json.loads(data)
            kind = ev.get("type")
            if kind == "message_start":
                msg = ev.get("message") or {}
                usage.input_tokens = (msg.get("usage") or {}).get("input_tokens") or 0
                yield Start(id=str(msg.get("id") or "msg_upstream"), model=str(msg.get("model") or ""),
                            input_tokens=usage.input_tokens)
            elif kind == "content_block_start":
                block = ev.get("content_block") or {}
                if block.get("type") == "tool_use":
                    yield ToolStart(id=str(block.get("id")), name=str(block.get("name")))
                elif block.get("type") == "text" and block.get("text"):
                    yield TextDelta(text=block["text"])
            elif kind == "content_block_delta":
                delta = ev.get("delta") or {}
                if delta.get("type") == "text_delta":
                    yield TextDelta(text=str(delta.get("text", "")))
                elif delta.get("type") == "input_json_delta":
                    yield ToolDelta(arguments=str(delta.get("partial_json", "")))
            elif kind == "message_delta":
                stop = STOP.get((ev.get("delta") or {}).get("stop_reason") or "", stop)
                usage.output_tokens = (ev.get("usage") or {}).get("output_tokens") or usage.output_tokens
            elif kind == "message_stop":
                break
            elif kind == "error":
                yield Failure(message=str((ev.get("error") or {}).get("message", "upstream error")))
                return
        yield End(stop=stop, usage=usage)  # type: ignore[arg-type]

    def stream_writer(self) -> MessagesStreamWriter:
        return MessagesStreamWriter()

    def error_body(self, status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
        return {"type": "error", "error": {"type": ERROR_TYPES.get(status, "api_error"), "message": message}}


class MessagesStreamWriter:
    """message_start, then per block content_block_start / _delta... / _stop, then message_delta, message_stop."""

    def __init__(self) -> None:
        self.index, self.open, self.started = -1, "", False

    def _start(self, id_: str = "msg_seeingeye", model: str = "", input_tokens: int = 0) -> bytes:
        self.started = True
        msg = {"id": id_, "type": "message", "role": "assistant", "model": model, "content": [],
               "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": input_tokens, "output_tokens": 0}}
        return _event("message_start", message=msg)

    def _close(self) -> bytes:
        if not self.open:
            return b""
        self.open = ""
        return _event("content_block_stop", index=self.index)

    def _open(self, kind: str, block: dict[str, Any]) -> bytes:
        head = self._close()
        self.index += 1
        self.open = kind
        return head + _event("content_block_start", index=self.index, content_block=block)

    def feed(self, event: Event) -> bytes:
        if isinstance(event, Start):
            return self._start(event.id, event.model, event.input_tokens)
        if isinstance(event, Failure):  # mid-stream too: no message_start of its own
            return _event("error", error={"type": "api_error", "message": event.message})
        out = b"" if self.started else self._start()
        if isinstance(event, TextDelta):
            if self.open != "text":
                out += self._open("text", {"type": "text", "text": ""})
            return out + _event("content_block_delta", index=self.index,
                                delta={"type": "text_delta", "text": event.text})
        if isinstance(event, ToolStart):
            return out + self._open("tool", {"type": "tool_use", "id": event.id, "name": event.name, "input": {}})
        if isinstance(event, ToolDelta):
            return out + _event("content_block_delta", index=self.index,
                                delta={"type": "input_json_delta", "partial_json": event.arguments})
        if isinstance(event, End):
            return out + self._close() + _event(
                "message_delta", delta={"stop_reason": STOP_OUT[event.stop], "stop_sequence": None},
                usage={"output_tokens": event.usage.output_tokens}) + _event("message_stop")
        return out


def _event(kind: str, **fields: Any) -> bytes:
    return encode({"type": kind, **fields}, kind)


def _tool_out(t: Tool) -> dict[str, Any]:
    out: dict[str, Any] = {"name": t.name, "input_schema": t.parameters}
    if t.description is not None:
        out["description"] = t.description
    return out


API = MessagesAPI()
