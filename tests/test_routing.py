"""Routing by confidence against real OpenAI-compatible servers on 127.0.0.1 (no mocked client)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from typing import Any

import httpx
import pytest
from conftest import free_port
from fastapi import FastAPI, Request
from PIL import Image, ImageDraw

from seeingeye import AskResult, SeeingEye
from seeingeye.config import load_settings
from seeingeye.errors import ConfigError, ModelError
from seeingeye.eval import synth
from seeingeye.routing import Router, decide


def completion(content: str) -> dict[str, Any]:
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "strong",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def strong_model(seen: list[dict[str, Any]], reply: dict[str, Any]) -> FastAPI:
    """A stand-in stronger model: a real HTTP server that records each request and answers `reply`."""
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> dict[str, Any]:
        seen.append(await request.json())
        return completion(json.dumps(reply))

    return app


@pytest.fixture(scope="module")
def receipt() -> synth.Item:
    return synth.receipt(random.Random(21))


@pytest.fixture(scope="module")
def local(receipt: synth.Item) -> AskResult:
    """The embedded answer, read once: each test routes it under its own settings."""
    return SeeingEye(reasoner="programs", max_rounds=1).ask_local(receipt.image, receipt.question)


def route(result: AskResult, image: Image.Image, url: str, **kw: Any) -> AskResult:
    settings = load_settings(reasoner="programs", escalate_base_url=url, escalate_model="strong", **kw)
    return Router(settings).route(result.model_copy(deep=True), image)


def test_decide_follows_policy_and_threshold() -> None:
    s = load_settings(route="auto", route_threshold=0.8)
    assert decide(0.9, s).escalate is False and ">=" in decide(0.9, s).reason
    assert decide(0.5, s).escalate is True and "<" in decide(0.5, s).reason
    assert decide(0.1, s, "local").escalate is False
    assert decide(0.99, s, "upstream").escalate is True


@pytest.mark.e2e
def test_low_confidence_escalates_to_the_embedded_model_served_over_http(live_server) -> None:  # type: ignore[no-untyped-def]
    from seeingeye.models.embedded import EmbeddedModel, resolve_model_path
    from seeingeye.models.localserver import create_app

    # One short printed line: a small reading keeps the real (135M, CPU) model's prompt short.
    img = Image.new("RGB", (360, 60), "white")
    ImageDraw.Draw(img).text((10, 20), "Invoice total: 42.50 EUR", fill="black", font_size=22)
    model = EmbeddedModel(resolve_model_path(load_settings()))
    with live_server(create_app(model)) as srv:
        # Threshold 1.0: every embedded answer is "not sure", so it goes to the stronger model.
        # The 135M model decodes the answer schema on a shared CPU: one slow try, not three short ones.
        eye = SeeingEye(reasoner="programs", route="auto", route_threshold=1.0, escalate_base_url=srv.url,
                        escalate_model=model.name, max_rounds=1, retries=0, request_timeout_s=300)  # fmt: skip
        res = eye.ask(img, "What is the invoice total?")
    assert res.answered_by == f"upstream:{model.name}", res.route_reason
    assert "< route_threshold 1.00" in res.route_reason and "escalated (text)" in res.route_reason
    calls = [c for c in res.trace.model_calls if c.backend == "openai"]
    assert calls and calls[-1].valid
    prompt = json.dumps(calls[0].messages)
    assert "42.50" in prompt and "image_url" not in prompt  # text-only: the SIR reading, not pixels
    assert res.usage["reasoner"]["calls"] >= 1


def test_high_confidence_stays_local_and_never_calls_the_upstream(live_server, receipt, local) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, Any]] = []
    with live_server(strong_model(seen, {"answer": "wrong", "confidence": 0.9})) as srv:
        res = route(local, receipt.image, srv.url, route="auto", route_threshold=0.0)
    assert seen == []
    assert res.answered_by == "local:programs" and ">= route_threshold 0.00" in res.route_reason


def test_vlm_escalation_sends_the_image(live_server, receipt, local) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, Any]] = []
    with live_server(strong_model(seen, {"answer": "2.00", "confidence": 0.95, "rationale": "seen"})) as srv:
        res = route(local.model_copy(update={"options": ["1.00", "2.00"]}), receipt.image, srv.url,
                    route="upstream", escalate_mode="vlm")  # fmt: skip
    assert len(seen) == 1
    parts = seen[0]["messages"][-1]["content"]
    assert any(p["type"] == "image_url" and p["image_url"]["url"].startswith("data:image/png") for p in parts)
    assert res.answer == "B" and res.confidence == 0.95
    assert res.answered_by == "upstream:strong" and res.route_reason == "route upstream; escalated (vlm)"


def test_upstream_down_falls_back_locally_or_fails_clearly(receipt, local) -> None:  # type: ignore[no-untyped-def]
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    res = route(local, receipt.image, dead, route="upstream", retries=0, request_timeout_s=5)
    assert res.answered_by == "local:programs" and res.answer == local.answer
    assert "escalation failed (cannot reach model server" in res.route_reason and "answered locally" in res.route_reason
    with pytest.raises(ModelError, match="cannot reach model server"):
        route(local, receipt.image, dead, route="upstream", retries=0, request_timeout_s=5, escalate_fallback=False)


def test_auto_route_without_an_escalation_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="--escalate-base-url and --escalate-model"):
        SeeingEye(route="auto")


def test_cli_ask_json_says_who_answered_and_why(live_server, receipt, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.png"
    receipt.image.save(path)
    seen: list[dict[str, Any]] = []
    reply = {"answer": "42", "confidence": 0.9, "evidence_ids": []}
    with live_server(strong_model(seen, reply)) as srv:
        out = subprocess.run(
            [sys.executable, "-m", "seeingeye", "ask", str(path), receipt.question, "--json", "--reasoner", "programs",
             "--route", "auto", "--route-threshold", "1.0",
             "--escalate-base-url", srv.url, "--escalate-model", "strong"],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip
    data = json.loads(out.stdout)
    assert data["answer"] == "42" and data["answered_by"] == "upstream:strong"
    assert data["route_reason"].startswith("confidence ") and data["path"] in ("fast", "full")
    bad = subprocess.run([sys.executable, "-m", "seeingeye", "ask", str(path), "q", "--route", "sometimes"],
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert bad.returncode == 2 and "route" in bad.stderr and "Traceback" not in bad.stderr


def test_proxy_auto_answers_a_settled_question_locally_and_forwards_the_rest(live_server, programs_eye) -> None:  # type: ignore[no-untyped-def]
    from test_proxy import data_url, recording_upstream

    from seeingeye.server.proxy import create_proxy_app
    from seeingeye.server.readings import read_image
    from seeingeye.trace import Trace

    item = synth.receipt(random.Random(62))
    reading = read_image(programs_eye, item.image)
    settled, unsure = item.question, "Which shape is the largest?"  # a receipt has a total and no shapes

    def confidence(q: str) -> float:
        sir = reading.sir.model_copy(update={"question": q}, deep=True)
        out = programs_eye.reasoner.reason(q, [], sir, trace=Trace(), round=1, threshold=0.7)
        return programs_eye.reasoner.reported(out.confidence, 1)  # what routing decides on

    threshold = (confidence(settled) + confidence(unsure)) / 2
    assert confidence(settled) > threshold > confidence(unsure)
    eye = SeeingEye(programs_eye.settings.model_copy(update={"route_threshold": threshold}))
    eye.engines = programs_eye.engines  # the OCR sessions once
    received: list[dict[str, Any]] = []
    url = data_url(item.image)

    def turn(q: str, stream: bool = False) -> dict[str, Any]:
        content = [{"type": "text", "text": q}, {"type": "image_url", "image_url": {"url": url}}]
        return {"model": "m", "stream": stream, "messages": [{"role": "user", "content": content}]}

    with (
        live_server(recording_upstream(received, {"m": "ok"})) as up,
        live_server(create_proxy_app(eye, up.url, route="auto")) as px,
    ):
        local = httpx.post(px.url + "/chat/completions", json=turn(settled), timeout=120).json()
        assert received == []  # the upstream was never called: its tokens saved
        assert item.answer in local["choices"][0]["message"]["content"]
        said = local["seeingeye"]
        assert said["answered_by"] == "local" and ">= route_threshold" in said["route_reason"]
        streamed = httpx.post(px.url + "/chat/completions", json=turn(settled, stream=True), timeout=120).text
        assert item.answer in streamed and streamed.rstrip().endswith("data: [DONE]") and received == []
        forwarded = httpx.post(px.url + "/chat/completions", json=turn(unsure), timeout=120).json()
        assert len(received) == 1 and forwarded["choices"][0]["message"]["content"] == "UPSTREAM-REPLY-17"
        health = httpx.get(f"http://127.0.0.1:{px.port}/healthz").json()
    assert health["answered_locally"] == 2 and health["forwarded"] == 1 and health["images_read"] == 1
