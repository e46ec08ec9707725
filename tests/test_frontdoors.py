"""`seeingeye proxy` front doors, driven by the real `anthropic` and `openai` clients, in front of recording
upstreams of every API (tests/frontdoor_util.py): every image reaches the upstream as its reading, never as
pixels, whichever API the client and the upstream speak."""

from __future__ import annotations

import base64
import io
import random
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import anthropic
import openai
import pytest
from conftest import LiveServer, free_port
from fastapi import FastAPI
from fastapi.responses import Response
from frontdoor_util import CALL, PIECES, TEXT, UPSTREAMS, sent_text, upstream_base

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.server.app import ServerSettings
from seeingeye.server.intake import URLPolicy
from seeingeye.server.proxy import create_proxy_app

APIS = ["chat", "messages", "responses"]
STREAMED = "".join(PIECES)
TOOLS = [{"name": "lookup_sku", "description": "Look up a SKU in the stock list",
          "input_schema": {"type": "object", "properties": {"sku": {"type": "string"}}, "required": ["sku"]}}]


@dataclass
class Door:
    proxy: LiveServer
    received: list[dict[str, Any]]

    @property
    def base(self) -> str:  # what ANTHROPIC_BASE_URL names: no /v1
        return f"http://127.0.0.1:{self.proxy.port}"

    def last(self) -> dict[str, Any]:
        return self.received[-1]["body"]


@dataclass
class Pic:
    png: bytes
    answer: str

    @property
    def b64(self) -> str:
        return base64.b64encode(self.png).decode()

    @property
    def data_url(self) -> str:
        return "data:image/png;base64," + self.b64


def pic(seed: int) -> Pic:
    item = synth.receipt(random.Random(seed))
    buf = io.BytesIO()
    item.image.save(buf, format="PNG")
    return Pic(buf.getvalue(), item.answer)


@pytest.fixture(scope="module")
def receipts() -> tuple[Pic, Pic]:
    return pic(91), pic(92)


@pytest.fixture(scope="module")
def doors(programs_eye: SeeingEye) -> Iterator[dict[str, Door]]:
    """One proxy per upstream API, each in front of its own recording upstream."""
    with ExitStack() as stack:
        out = {}
        for api in APIS:
            received: list[dict[str, Any]] = []
            up = stack.enter_context(LiveServer(UPSTREAMS[api](received)))
            app = create_proxy_app(programs_eye, upstream_base(api, up.port), "text-only", upstream_api=api)
            out[api] = Door(stack.enter_context(LiveServer(app)), received)
        yield out


def assert_read_not_pixels(sent: dict[str, Any], *pics: Pic) -> None:
    text = sent_text(sent)
    for p in pics:
        assert p.answer in text  # the reading (it holds the receipt's total)
        assert p.b64[:64] not in text and p.b64[-64:] not in text
    for pixels in ("base64", "data:image", "image_url", "input_image", '"type": "image"'):
        assert pixels not in text, pixels


def tool_result_text(api: str, body: dict[str, Any]) -> str:
    """What the upstream got as the result of CALL, in its own API's shape."""
    if api == "chat":
        return next(m["content"] for m in body["messages"] if m["role"] == "tool" and m["tool_call_id"] == CALL["id"])
    if api == "messages":
        blocks = [b for m in body["messages"] if isinstance(m["content"], list) for b in m["content"]]
        return next(b["content"] for b in blocks if b["type"] == "tool_result" and b["tool_use_id"] == CALL["id"])
    return next(i["output"] for i in body["input"] if i.get("type") == "function_call_output"
                and i["call_id"] == CALL["id"])


def claude(door: Door, **kw: Any) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=door.base, api_key=kw.pop("api_key", "none"), max_retries=0, **kw)


def user_with_image(p: Pic, question: str = "What is the total on this receipt?") -> dict[str, Any]:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": p.b64}}
    return {"role": "user", "content": [{"type": "text", "text": question}, image]}


@pytest.mark.parametrize("upstream", APIS)
def test_anthropic_client_plain(doors: dict[str, Door], receipts: tuple[Pic, Pic], upstream: str) -> None:
    door = doors[upstream]
    msg = claude(door).messages.create(model="claude-sonnet-4-5", max_tokens=99, system="You are a careful bookkeeper.",
                                       messages=[user_with_image(receipts[0])])
    assert msg.content[0].type == "text" and msg.content[0].text == TEXT and msg.stop_reason == "end_turn"
    assert msg.usage.input_tokens == 11 and msg.usage.output_tokens == 4
    sent = door.last()
    assert_read_not_pixels(sent, receipts[0])
    assert "You are a careful bookkeeper." in sent_text(sent) and sent["model"] == "text-only"


@pytest.mark.parametrize("upstream", APIS)
def test_anthropic_client_streaming(doors: dict[str, Door], receipts: tuple[Pic, Pic], upstream: str) -> None:
    door = doors[upstream]
    with claude(door).messages.stream(model="claude-sonnet-4-5", max_tokens=300,
                                      messages=[user_with_image(receipts[0])]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == STREAMED and final.stop_reason == "end_turn" and final.usage.output_tokens == 4
    assert door.last()["stream"] is True
    assert_read_not_pixels(door.last(), receipts[0])


@pytest.mark.parametrize("upstream", APIS)
def test_anthropic_client_tool_call_and_image_in_tool_result(
    doors: dict[str, Door], receipts: tuple[Pic, Pic], upstream: str
) -> None:
    door, (first_pic, shot) = doors[upstream], receipts
    client = claude(door)
    first = client.messages.create(model="claude-sonnet-4-5", max_tokens=300, tools=TOOLS,
                                   messages=[user_with_image(first_pic, "Is the first item in stock?")])
    use = next(b for b in first.content if b.type == "tool_use")
    assert first.stop_reason == "tool_use" and use.name == "lookup_sku" and use.input == {"sku": "A1"}
    assert "lookup_sku" in sent_text(door.last()) and '"sku"' in sent_text(door.last())  # the tool went upstream
    screenshot = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": shot.b64}}
    history = [
        user_with_image(first_pic, "Is the first item in stock?"),
        {"role": "assistant", "content": [{"type": "tool_use", "id": use.id, "name": use.name, "input": use.input}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id,
                                      "content": [{"type": "text", "text": "A1: 3 in stock"}, screenshot]}]},
    ]
    with client.messages.stream(model="claude-sonnet-4-5", max_tokens=300, tools=TOOLS, messages=history) as s:
        assert "".join(s.text_stream) == STREAMED
    sent = door.last()
    assert_read_not_pixels(sent, first_pic, shot)
    result = tool_result_text(upstream, sent)
    assert "A1: 3 in stock" in result and shot.answer in result  # the screenshot in the tool result, read


def responses_input(p: Pic) -> list[dict[str, Any]]:
    return [{"role": "user", "content": [{"type": "input_text", "text": "What is the total on this receipt?"},
                                         {"type": "input_image", "image_url": p.data_url, "detail": "auto"}]}]


@pytest.mark.parametrize("upstream", APIS)
def test_openai_responses_plain(doors: dict[str, Door], receipts: tuple[Pic, Pic], upstream: str) -> None:
    door = doors[upstream]
    client = openai.OpenAI(base_url=door.proxy.url, api_key="none", max_retries=0)
    resp = client.responses.create(model="gpt-5", instructions="You are a careful bookkeeper.",
                                   input=responses_input(receipts[0]))
    assert resp.output_text == TEXT and resp.status == "completed" and resp.usage.output_tokens == 4
    assert_read_not_pixels(door.last(), receipts[0])
    assert "You are a careful bookkeeper." in sent_text(door.last())


@pytest.mark.parametrize("upstream", APIS)
def test_openai_responses_streaming(doors: dict[str, Door], receipts: tuple[Pic, Pic], upstream: str) -> None:
    door = doors[upstream]
    client = openai.OpenAI(base_url=door.proxy.url, api_key="none", max_retries=0)
    with client.responses.stream(model="gpt-5", input=responses_input(receipts[0])) as stream:
        events = list(stream)
        final = stream.get_final_response()
    assert events[0].type == "response.created" and events[-1].type == "response.completed"
    assert "".join(e.delta for e in events if e.type == "response.output_text.delta") == STREAMED
    assert final.output_text == STREAMED and final.status == "completed"
    assert_read_not_pixels(door.last(), receipts[0])


def test_errors_come_in_each_api_shape(doors: dict[str, Door], programs_eye: SeeingEye) -> None:
    door = doors["chat"]
    with pytest.raises(anthropic.BadRequestError) as bad:
        claude(door).messages.create(model="m", max_tokens=10, messages=[])
    assert bad.value.body["type"] == "error" and bad.value.body["error"]["type"] == "invalid_request_error"
    assert "messages" in bad.value.body["error"]["message"]
    with pytest.raises(openai.BadRequestError) as bad_r:
        openai.OpenAI(base_url=door.proxy.url, api_key="none", max_retries=0).responses.create(
            model="m", input=[{"role": "robot", "content": "hi"}])
    assert "role" in bad_r.value.body["message"]  # type: ignore[index]
    url_image = {"role": "user", "content": [{"type": "image", "source": {"type": "url", "url": "http://x.test/a.png"}}]}
    with pytest.raises(anthropic.BadRequestError) as refused:
        claude(door).messages.create(model="m", max_tokens=10, messages=[url_image])
    assert "image URLs are disabled" in refused.value.body["error"]["message"]
    dead = create_proxy_app(programs_eye, f"http://127.0.0.1:{free_port()}", upstream_api="messages")
    with LiveServer(dead) as px, pytest.raises(anthropic.APIStatusError) as down:
        anthropic.Anthropic(base_url=f"http://127.0.0.1:{px.port}", api_key="k", max_retries=0).messages.create(
            model="m", max_tokens=10, messages=[{"role": "user", "content": "hi"}])
    assert down.value.status_code == 502 and down.value.body["error"]["type"] == "api_error"


def test_image_urls_only_under_the_url_policy(programs_eye: SeeingEye, receipts: tuple[Pic, Pic]) -> None:
    """A URL image is fetched only when enabled for that host (here loopback, which needs allow_private)."""
    images = FastAPI()

    @images.get("/r.png")
    async def png() -> Response:
        return Response(receipts[0].png, media_type="image/png")

    received: list[dict[str, Any]] = []
    policy = URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"], allow_private=True)
    with LiveServer(images) as img, LiveServer(UPSTREAMS["chat"](received)) as up:
        url = f"http://127.0.0.1:{img.port}/r.png"
        app = create_proxy_app(programs_eye, up.url, settings=ServerSettings(url_policy=policy))
        with LiveServer(app) as px:
            client = anthropic.Anthropic(base_url=f"http://127.0.0.1:{px.port}", api_key="k", max_retries=0)
            block = {"type": "image", "source": {"type": "url", "url": url}}
            client.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": [block]}])
            assert receipts[0].answer in sent_text(received[-1]["body"]) and url not in sent_text(received[-1]["body"])
            openai.OpenAI(base_url=px.url, api_key="k", max_retries=0).responses.create(
                model="m", input=[{"role": "user", "content": [{"type": "input_image", "image_url": url}]}])
            assert receipts[0].answer in sent_text(received[-1]["body"])
        strict = URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"])  # loopback is never fetched by default
        with LiveServer(create_proxy_app(programs_eye, up.url, settings=ServerSettings(url_policy=strict))) as px:
            client = anthropic.Anthropic(base_url=f"http://127.0.0.1:{px.port}", api_key="k", max_retries=0)
            with pytest.raises(anthropic.BadRequestError) as bad:
                client.messages.create(model="m", max_tokens=10, messages=[
                    {"role": "user", "content": [{"type": "image", "source": {"type": "url", "url": url}}]}])
            assert "forbidden address" in bad.value.body["error"]["message"]


def test_count_tokens_counts_the_reading(doors: dict[str, Door], receipts: tuple[Pic, Pic]) -> None:
    client = claude(doors["messages"])
    plain = client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "What is the total?"}])
    with_image = client.messages.count_tokens(model="m", messages=[user_with_image(receipts[0])])
    assert 0 < plain.input_tokens < 40 < with_image.input_tokens  # the image counts as its reading's text


@pytest.mark.parametrize("upstream", APIS)
def test_chat_history_keeps_its_own_fields_only_for_a_chat_upstream(doors: dict[str, Door], upstream: str) -> None:
    """DeepSeek's thinking mode wants an assistant turn's reasoning_content back during a tool loop."""
    door = doors[upstream]
    messages = [
        {"role": "user", "content": "Is A1 in stock?"},
        {"role": "assistant", "content": None, "reasoning_content": "Check the stock list.",
         "tool_calls": [{"id": "call_A1", "type": "function",
                         "function": {"name": "lookup_sku", "arguments": '{"sku": "A1"}'}}]},
        {"role": "tool", "tool_call_id": "call_A1", "content": "A1: 3 in stock"},
    ]
    reply = openai.OpenAI(base_url=door.proxy.url, api_key="k", max_retries=0).chat.completions.create(
        model="m", messages=messages)  # type: ignore[arg-type]
    assert reply.choices[0].message.content
    sent = sent_text(door.last())
    assert ("Check the stock list." in sent) == (upstream == "chat") and "A1: 3 in stock" in sent
