"""OpenAI Chat Completions (`POST /v1/chat/completions`) <-> the neutral conversation.

Text-only upstreams often reject content part lists, so a user turn goes upstream as one string; tool
results become `tool` messages ahead of it.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field

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
)
from .sse import encode

NAME = "chat"
HANDLED = {"model", "messages", "tools", "tool_choice", "max_tokens", "max_completion_tokens", "temperature",
           "top_p", "stop", "stream"}
FINISH = {"stop": "end", "length": "length", "tool_calls": "tool_calls", "function_call": "tool_calls",
          "content_filter": "end"}
FINISH_OUT = {"end": "stop", "length": "length", "tool_calls": "tool_calls", "stop_sequence": "stop"}


def parse_content(content: Any, where: str) -> list[Block]:
    if content is None:
        return []
    if isinstance(content, str):
        return [Text(text=content)]
    if not isinstance(content, list):
        raise bad(f"{where}.content", "must be a string or a list of parts")
    blocks: list[Block] = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if not isinstance(kind, str):
            raise bad(f"{where}.content[{j}]", "must be an object with a type")
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise bad(f"{where}.content[{j}].text", "must be a string")
            blocks.append(Text(text=part["text"]))
        elif kind == "image_url":
            ref = part.get("image_url")
            url = ref.get("url") if isinstance(ref, dict) else ref
            if not isinstance(url, str):
                raise bad(f"{where}.content[{j}].image_url.url", "must be a string")
            blocks.append(Image(url=url))
        else:  # audio, files, refusals: only a Chat upstream knows what to do with them
            blocks.append(Opaque(api=NAME, raw=part))
    return blocks


def _tool_calls(calls: Any, where: str) -> list[Block]:
    if calls is None:
        return []
    if not isinstance(calls, list):
        raise bad(f"{where}.tool_calls", "must be a list")
    out: list[Block] = []
    for k, call in enumerate(calls):
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise bad(f"{where}.tool_calls[{k}]", "must name a function")
        args = fn.get("arguments")
        out.append(ToolCall(id=str(call.get("id") or f"call_{k}"), name=fn["name"],
                            arguments=args if isinstance(args, str) else json.dumps(args or {})))
    return out


def _turns(messages: Any) -> tuple[str | None, list[Turn]]:
    if not isinstance(messages, list) or not messages:
        raise bad("messages", "must be a non-empty list")
    system: list[str] = []
    turns: list[Turn] = []
    for i, msg in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(msg, dict) or not isinstance(msg.get("role"), str):
            raise bad(where, "must be an object with a string role")
        role, blocks = msg["role"], parse_content(msg.get("content"), where)
        if role in ("system", "developer"):
            system.append(" ".join(b.text for b in blocks if isinstance(b, Text)))
        elif role == "assistant":
            extras = {k: v for k, v in msg.items() if k not in ("role", "content", "tool_calls")}
            turns.append(Turn(role="assistant", content=blocks + _tool_calls(msg.get("tool_calls"), where),
                              extras=extras))
        elif role == "tool":
            result = ToolResult(call_id=str(msg.get("tool_call_id") or ""),
                                content=[b for b in blocks if isinstance(b, Text | Image)])
            if turns and turns[-1].role == "user" and all(isinstance(b, ToolResult) for b in turns[-1].content):
                turns[-1].content.append(result)  # parallel calls' results: one user turn
            else:
                turns.append(Turn(role="user", content=[result]))
        else:
            turns.append(Turn(role="user", content=blocks))
    return ("\n\n".join(system) or None), turns


def _tools(tools: Any) -> list[Tool]:
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise bad("tools", "must be a list")
    out = []
    for t in tools:
        fn = t.get("function") if isinstance(t, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("name"), str):
            out.append(Tool(name=fn["name"], description=fn.get("description"),
                            parameters=fn.get("parameters") or {"type": "object", "properties": {}}))
        elif isinstance(t, dict):
            out.append(Tool(name=str(t.get("type", "tool")), raw=t, api=NAME))
    return out


def _choice_in(choice: Any) -> str | None:
    if choice is None or isinstance(choice, str):
        return choice
    fn = choice.get("function") if isinstance(choice, dict) else None
    return fn.get("name") if isinstance(fn, dict) else None


class ChatAPI:
    name = NAME
    path = "/v1/chat/completions"
    stream_media_type = "text/event-stream"
    forward_headers: tuple[str, ...] = ()

    def endpoint(self, base: httpx.URL) -> httpx.URL:
        return with_base_path(base, "/chat/completions")

    def auth_headers(self, key: str | None) -> dict[str, str]:
        return {"authorization": f"Bearer {key}"} if key else {}

    def parse_request(self, body: dict[str, Any]) -> Conversation:
        system, turns = _turns(body.get("messages"))
        max_tokens = optional_int(body, "max_completion_tokens") or optional_int(body, "max_tokens")
        return Conversation(
            api=NAME, model=body.get("model") if isinstance(body.get("model"), str) else None, system=system,
            turns=turns, tools=_tools(body.get("tools")), tool_choice=_choice_in(body.get("tool_choice")),
            max_tokens=max_tokens, temperature=optional_number(body, "temperature"),
            top_p=optional_number(body, "top_p"), stop=stop_list(body.get("stop"), "stop"),
            stream=bool(body.get("stream")), extras={k: v for k, v in body.items() if k not in HANDLED},
        )

    def write_request(self, conv: Conversation) -> dict[str, Any]:
        msgs: list[dict[str, Any]] = [{"role": "system", "content": conv.system}] if conv.system else []
        for turn in conv.turns:
            if turn.role == "user":
                msgs += _user_messages(turn)
            else:
                msgs.append({**(turn.extras if conv.api == NAME else {}), **_assistant_message(turn)})
        body: dict[str, Any] = {**conv.passthrough(NAME), "messages": msgs}
        if conv.model:
            body["model"] = conv.model
        tools = [_tool_out(t) for t in conv.tools if t.raw is None or t.api == NAME]
        if tools:
            body["tools"] = tools
        if conv.tool_choice:
            body["tool_choice"] = (conv.tool_choice if conv.tool_choice in ("auto", "none", "required")
                                   else {"type": "function", "function": {"name": conv.tool_choice}})
        for key, value in (("max_tokens", conv.max_tokens), ("temperature", conv.temperature),
                           ("top_p", conv.top_p), ("stop", conv.stop)):
            if value is not None:
                body[key] = value
        if conv.stream:
            body["stream"] = True
            if conv.api != NAME:  # a Messages or Responses client is owed token counts at the end
                body.setdefault("stream_options", {"include_usage": True})
        return body

    def parse_reply(self, payload: Any) -> Reply:
        done = _Completion.model_validate(payload)
        msg = done.choices[0].message
        content: list[Text | ToolCall] = []
        text = msg.content if isinstance(msg.content, str) else "".join(
            p.get("text", "") for p in msg.content or [] if isinstance(p, dict))
        if text:
            content.append(Text(text=text))
        content += [b for b in _tool_calls(msg.tool_calls, "reply") if isinstance(b, ToolCall)]
        usage = done.usage or {}
        return Reply(id=done.id or "chatcmpl-upstream", model=done.model or "", content=content,
                     stop=FINISH.get(done.choices[0].finish_reason or "stop", "end"),  # type: ignore[arg-type]
                     usage=Usage(input_tokens=usage.get("prompt_tokens") or 0,
                                 output_tokens=usage.get("completion_tokens") or 0))

    def write_reply(self, reply: Reply) -> dict[str, Any]:
        calls = [b for b in reply.content if isinstance(b, ToolCall)]
        message: dict[str, Any] = {"role": "assistant", "content": reply.text() or None}
        if calls:
            message["tool_calls"] = [_call_out(c) for c in calls]
        u = reply.usage
        return {"id": reply.id, "object": "chat.completion", "created": int(time.time()), "model": reply.model,
                "choices": [{"index": 0, "message": message, "finish_reason": FINISH_OUT[reply.stop]}],
                "usage": {"prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens,
                          "total_tokens": u.input_tokens + u.output_tokens}}

    async def parse_stream(self, events: AsyncIterator[tuple[str | None, str]]) -> AsyncIterator[Event]:
        started, stop, usage = False, "end", Usage()
        async for _, data in events:
            if data.strip() == "[DONE]":
                break
            chunk = json.loads(data)
            if isinstance(chunk.get("error"), dict):
                yield Failure(message=str(chunk["error"].get("message", "upstream error")))
                return
            if not started:
                started = True
                yield Start(id=str(chunk.get("id") or "chatcmpl-upstream"), model=str(chunk.get("model") or ""))
            if isinstance(chunk.get("usage"), dict):
                usage = Usage(input_tokens=chunk["usage"].get("prompt_tokens") or 0,
                              output_tokens=chunk["usage"].get("completion_tokens") or 0)
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                if isinstance(delta.get("content"), str) and delta["content"]:
                    yield TextDelta(text=delta["content"])
                for call in delta.get("tool_calls") or []:
                    fn = call.get("function") or {}
                    if call.get("id") or fn.get("name"):
                        yield ToolStart(id=str(call.get("id") or "call"), name=str(fn.get("name") or ""))
                    if fn.get("arguments"):
                        yield ToolDelta(arguments=fn["arguments"])
                stop = FINISH.get(choice.get("finish_reason") or "", stop)
        yield End(stop=stop, usage=usage)  # type: ignore[arg-type]

    def stream_writer(self) -> ChatStreamWriter:
        return ChatStreamWriter()

    def error_body(self, status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
        return {"error": {"message": message, "type": type_, "code": code}}


class ChatStreamWriter:
    def __init__(self) -> None:
        self.id, self.model, self.created, self.calls = "chatcmpl-seeingeye", "", int(time.time()), -1

    def _chunk(self, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return encode({"id": self.id, "object": "chat.completion.chunk", "created": self.created,
                       "model": self.model, "choices": [choice], **extra})

    def feed(self, event: Event) -> bytes:
        if isinstance(event, Start):
            self.id, self.model = event.id, event.model
            return self._chunk({"role": "assistant", "content": ""})
        if isinstance(event, TextDelta):
            return self._chunk({"content": event.text})
        if isinstance(event, ToolStart):
            self.calls += 1
            call = {"index": self.calls, "id": event.id, "type": "function",
                    "function": {"name": event.name, "arguments": ""}}
            return self._chunk({"tool_calls": [call]})
        if isinstance(event, ToolDelta):
            call = {"index": max(self.calls, 0), "function": {"arguments": event.arguments}}
            return self._chunk({"tool_calls": [call]})
        if isinstance(event, End):
            u = event.usage
            usage = {"prompt_tokens": u.input_tokens, "completion_tokens": u.output_tokens,
                     "total_tokens": u.input_tokens + u.output_tokens}
            return self._chunk({}, FINISH_OUT[event.stop], usage=usage) + b"data: [DONE]\n\n"
        return encode({"error": {"message": event.message, "type": "upstream_error", "code": None}})


def _user_messages(turn: Turn) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    texts: list[str] = []
    for b in turn.content:
        if isinstance(b, ToolResult):
            out.append({"role": "tool", "tool_call_id": b.call_id,
                        "content": "\n\n".join(t.text for t in b.content if isinstance(t, Text))})
        elif isinstance(b, Text):
            texts.append(b.text)
    if texts or not out:
        out.append({"role": "user", "content": "\n\n".join(texts)})
    return out


def _assistant_message(turn: Turn) -> dict[str, Any]:
    calls = [b for b in turn.content if isinstance(b, ToolCall)]
    msg: dict[str, Any] = {"role": "assistant", "content": turn.text() or ("" if not calls else None)}
    if calls:
        msg["tool_calls"] = [_call_out(c) for c in calls]
    return msg


def _call_out(c: ToolCall) -> dict[str, Any]:
    return {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}


def _tool_out(t: Tool) -> dict[str, Any]:
    if t.raw is not None:
        return t.raw
    fn: dict[str, Any] = {"name": t.name}
    if t.description is not None:
        fn["description"] = t.description
    fn["parameters"] = t.parameters
    return {"type": "function", "function": fn}


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = "assistant"
    content: str | list[Any] | None = None
    tool_calls: list[Any] | None = None


class _Choice(BaseModel):
    model_config = ConfigDict(extra="allow")
    message: _Message
    finish_reason: str | None = None


class _Completion(BaseModel):
    """Just enough of the Chat Completions reply shape for a client to use it."""

    model_config = ConfigDict(extra="allow")
    id: str | None = None
    model: str | None = None
    choices: list[_Choice] = Field(min_length=1)
    usage: dict[str, Any] | None = None


API = ChatAPI()
