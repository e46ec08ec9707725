"""The OpenAI-compatible path against real HTTP servers on 127.0.0.1 (no mocked client)."""

from __future__ import annotations

import json
import random
import time
from typing import Any

import pytest
from fastapi import FastAPI, Request

from seeingeye import SeeingEye
from seeingeye.config import load_settings
from seeingeye.errors import ModelError, ModelTimeoutError
from seeingeye.eval import synth
from seeingeye.models.embedded import EmbeddedModel, resolve_model_path
from seeingeye.models.localserver import create_app


def completion(content: str | None, tool_calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        msg["tool_calls"] = tool_calls
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "message": msg, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


@pytest.fixture(scope="module")
def embedded_model() -> EmbeddedModel:
    return EmbeddedModel(resolve_model_path(load_settings()))


def test_openai_reasoner_against_embedded_model_server(live_server, embedded_model) -> None:  # type: ignore[no-untyped-def]
    item = synth.receipt(random.Random(21))
    with live_server(create_app(embedded_model)) as srv:
        eye = SeeingEye(reasoner="openai", base_url=srv.url, model=embedded_model.name, max_rounds=1)
        res = eye.ask(item.image, item.question)
    calls = [c for c in res.trace.model_calls if c.role == "reasoner"]
    assert calls and calls[-1].valid and calls[-1].backend == "openai"
    assert res.usage["reasoner"]["tokens_in"] > 0 and res.usage["reasoner"]["tokens_out"] > 0
    assert isinstance(res.answer, str) and 0.0 <= res.confidence <= 1.0
    # The reasoner saw the evidence as quoted data, never the pixels.
    prompt = json.dumps(calls[0].messages)
    assert item.answer in prompt and "image_url" not in prompt


def test_local_server_rejects_images_for_text_only_model(live_server, embedded_model) -> None:  # type: ignore[no-untyped-def]
    import httpx

    with live_server(create_app(embedded_model)) as srv:
        r = httpx.post(
            srv.url + "/chat/completions",
            json={
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}],
                    }
                ]
            },
            timeout=30,
        )
        models = httpx.get(srv.url + "/models", timeout=10).json()
    assert r.status_code == 400 and "text-only" in r.text
    assert models["data"][0]["id"] == embedded_model.name


def test_invalid_json_from_model_is_repaired_once_then_fails_clearly(live_server) -> None:  # type: ignore[no-untyped-def]
    app = FastAPI()
    seen: list[int] = []

    @app.post("/v1/chat/completions")
    async def garbage(request: Request) -> dict[str, Any]:
        seen.append(1)
        return completion("Sure! The answer is probably 42, hope that helps")

    item = synth.receipt(random.Random(3))
    with live_server(app) as srv:
        eye = SeeingEye(reasoner="openai", base_url=srv.url, model="m", retries=0)
        with pytest.raises(ModelError, match="invalid output twice"):
            eye.ask(item.image, item.question)
    assert len(seen) == 2  # one call, one repair


def test_repair_succeeds_on_second_attempt(live_server) -> None:  # type: ignore[no-untyped-def]
    app = FastAPI()
    state = {"n": 0}

    @app.post("/v1/chat/completions")
    async def flaky(request: Request) -> dict[str, Any]:
        state["n"] += 1
        if state["n"] == 1:
            return completion('{"answer": 12}')  # wrong type, missing confidence
        return completion(json.dumps({"answer": "ok", "confidence": 0.9, "program": {"op": "lookup", "key": "total"}}))

    item = synth.receipt(random.Random(4))
    with live_server(app) as srv:
        res = SeeingEye(reasoner="openai", base_url=srv.url, model="m").ask(item.image, item.question)
    assert res.answer == item.answer  # the program was executed by us over the SIR
    assert [c.valid for c in res.trace.model_calls] == [False, True]


def test_slow_server_times_out(live_server) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def slow(request: Request) -> dict[str, Any]:
        await asyncio.sleep(5)
        return completion("{}")

    item = synth.receipt(random.Random(5))
    with live_server(app) as srv:
        eye = SeeingEye(reasoner="openai", base_url=srv.url, model="m", request_timeout_s=1.0, retries=0)
        t0 = time.monotonic()
        with pytest.raises(ModelTimeoutError, match="timed out"):
            eye.ask(item.image, item.question)
    assert time.monotonic() - t0 < 15


def test_vlm_translator_tool_calls_are_validated_and_executed(live_server) -> None:  # type: ignore[no-untyped-def]
    app = FastAPI()
    requests: list[dict[str, Any]] = []

    @app.post("/v1/chat/completions")
    async def vlm(request: Request) -> dict[str, Any]:
        body = await request.json()
        requests.append(body)
        if body.get("tools") and len(requests) == 1:
            return completion(
                None,
                [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {
                            "name": "zoom",
                            "arguments": json.dumps({"cell": 3, "box": {"x0": 0, "y0": 0, "x1": 5, "y1": 5}}),
                        },
                    },
                    {"id": "c2", "type": "function", "function": {"name": "shapes", "arguments": "{}"}},
                    {"id": "c3", "type": "function", "function": {"name": "rm_rf", "arguments": "{}"}},
                ],
            )
        if body.get("tools"):
            return completion("done")
        if body.get("response_format", {}).get("json_schema", {}).get(
            "name"
        ) == "output" and "confidence" in json.dumps(body["response_format"]):
            return completion(
                json.dumps({"answer": "2", "confidence": 0.9, "program": {"op": "count", "shape": "circle"}})
            )
        return completion(
            json.dumps(
                {
                    "kind": "diagram",
                    "summary": "two red circles",
                    "facts": [{"kind": "note", "value": "circles are red"}],
                }
            )
        )

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (300, 200), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((20, 20, 80, 80), fill=(220, 30, 30))
    d.ellipse((150, 60, 230, 140), fill=(220, 30, 30))
    with live_server(app) as srv:
        eye = SeeingEye(translator="vlm", reasoner="openai", base_url=srv.url, model="vlm", max_rounds=1)
        res = eye.ask(img, "How many circles are there?")
    by_tool = {c.tool: c for c in res.trace.tool_calls}
    assert by_tool["zoom"].ok is False and "exactly one of box or cell" in (by_tool["zoom"].error or "")
    assert by_tool["shapes"].ok is True and by_tool["rm_rf"].ok is False
    assert res.answer == "2"  # counted by our program over the shapes the VLM asked for
    assert any(e.source == "vlm" for e in res.sir.evidence)
    first = requests[0]["messages"][1]["content"]
    assert any(p["type"] == "image_url" and p["image_url"]["url"].startswith("data:image/png;base64,") for p in first)
    tool_msgs = [m for m in requests[1]["messages"] if m["role"] == "tool"]
    assert len(tool_msgs) == 3 and tool_msgs[0]["content"].startswith("error")


def test_gemma3_embedded_model_found_through_its_package_and_grammar_constrained() -> None:
    """Gemma 3 270M is assembled from its PyPI chunk packages (never downloaded) and obeys the schema."""
    path = resolve_model_path(load_settings(embedded_model="gemma3"))
    assert path.name == "gemma-3-270m-q4_k_m.gguf" and path.stat().st_size > 100_000_000
    model = EmbeddedModel(path)
    schema = {
        "type": "object",
        "properties": {"choice": {"type": "string", "enum": ["A", "B"]}},
        "required": ["choice"],
    }
    reply = model.complete([{"role": "user", "content": "Pick A or B."}], json_schema=schema, max_tokens=12)
    assert json.loads(reply.text)["choice"] in ("A", "B") and reply.tokens_in > 0


def test_unknown_embedded_model_and_bad_gguf_are_clear_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from seeingeye.errors import ConfigError, ModelError

    with pytest.raises(ConfigError, match="unknown embedded model"):
        resolve_model_path(load_settings(embedded_model="gpt-9"))
    with pytest.raises(ConfigError, match="not found"):
        resolve_model_path(load_settings(model_path=str(tmp_path / "none.gguf")))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF but not really")
    with pytest.raises(ModelError, match="cannot load GGUF"):
        EmbeddedModel(bad)
