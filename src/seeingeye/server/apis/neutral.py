"""One conversation model between the proxy's front doors and its upstreams.

Each wire API (Chat Completions, Anthropic Messages, OpenAI Responses) has one module that parses its
requests, replies and stream events into these types and writes them back out, so N client APIs times M
upstream APIs need one parser and one writer per API rather than a path per pair. Blocks an API has no
counterpart for elsewhere (thinking, server tools, files) travel as `Opaque` and reach only an upstream of
the API they came from; top-level fields the model does not name travel the same way in `extras`.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

StopReason = Literal["end", "length", "tool_calls", "stop_sequence"]


class Text(BaseModel):
    type: Literal["text"] = "text"
    text: str


class Image(BaseModel):
    """An image as a data: URL or an http(s) URL; the proxy replaces it with its reading before any upstream."""

    type: Literal["image"] = "image"
    url: str


class ToolCall(BaseModel):
    type: Literal["tool_call"] = "tool_call"
    id: str
    name: str
    arguments: str = Field("{}", description="the arguments as a JSON text (as Chat and Responses carry them)")


class ToolResult(BaseModel):
    type: Literal["tool_result"] = "tool_result"
    call_id: str
    content: list[Text | Image] = Field(default_factory=list)
    is_error: bool = False


class Opaque(BaseModel):
    """A block only its own API understands, passed on unchanged to an upstream of that API, else dropped."""

    type: Literal["opaque"] = "opaque"
    api: str
    raw: dict[str, Any]


Block = Annotated[Text | Image | ToolCall | ToolResult | Opaque, Field(discriminator="type")]


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: list[Block] = Field(default_factory=list)
    # Message fields only the API it came from knows (DeepSeek's reasoning_content, a name): same API only.
    extras: dict[str, Any] = Field(default_factory=dict)

    def text(self) -> str:
        return " ".join(b.text for b in self.content if isinstance(b, Text)).strip()


class Tool(BaseModel):
    name: str
    description: str | None = None
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    # A tool only its own API knows (a server tool, a free-form tool): reaches only an upstream of that API.
    raw: dict[str, Any] | None = None
    api: str | None = None


class Conversation(BaseModel):
    api: str = Field(description="the wire API the request came in")
    model: str | None = None
    system: str | None = None
    turns: list[Turn]
    tools: list[Tool] = Field(default_factory=list)
    tool_choice: str | None = Field(None, description="auto | none | required | the name of one tool")
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    stop: list[str] | None = None
    stream: bool = False
    extras: dict[str, Any] = Field(default_factory=dict, description="fields only the same API understands")

    def passthrough(self, api: str) -> dict[str, Any]:
        """The extras an upstream of `api` may receive: all of them for the API they came from, else none."""
        return dict(self.extras) if api == self.api else {}


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0


class Reply(BaseModel):
    id: str
    model: str
    content: list[Text | ToolCall] = Field(default_factory=list)
    stop: StopReason = "end"
    usage: Usage = Field(default_factory=Usage)

    def text(self) -> str:
        return "".join(b.text for b in self.content if isinstance(b, Text))


# --- streaming: each API's events become these, and each API's writer turns them back into its own events.


class Start(BaseModel):
    kind: Literal["start"] = "start"
    id: str
    model: str
    input_tokens: int = 0


class TextDelta(BaseModel):
    kind: Literal["text"] = "text"
    text: str


class ToolStart(BaseModel):
    """A new tool call opens; its arguments follow as `ToolDelta`s."""

    kind: Literal["tool_start"] = "tool_start"
    id: str
    name: str


class ToolDelta(BaseModel):
    kind: Literal["tool_delta"] = "tool_delta"
    arguments: str


class End(BaseModel):
    kind: Literal["end"] = "end"
    stop: StopReason = "end"
    usage: Usage = Field(default_factory=Usage)


class Failure(BaseModel):
    """The upstream failed mid-stream: the writer ends the client's stream with an error event."""

    kind: Literal["failure"] = "failure"
    message: str


Event = Start | TextDelta | ToolStart | ToolDelta | End | Failure


def reply_events(reply: Reply) -> list[Event]:
    """A whole reply as the events a stream of it would carry (a client streams, the upstream did not)."""
    events: list[Event] = [Start(id=reply.id, model=reply.model, input_tokens=reply.usage.input_tokens)]
    for block in reply.content:
        if isinstance(block, Text):
            events.append(TextDelta(text=block.text))
        else:
            events += [ToolStart(id=block.id, name=block.name), ToolDelta(arguments=block.arguments)]
    events.append(End(stop=reply.stop, usage=reply.usage))
    return events


def tool_input(arguments: str) -> dict[str, Any]:
    """Arguments text -> the object Anthropic's `input` holds (a model's malformed JSON stays readable)."""
    try:
        value = json.loads(arguments or "{}")
    except ValueError:
        return {"_raw_arguments": arguments}
    return value if isinstance(value, dict) else {"_value": value}
