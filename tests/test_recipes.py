"""The recipes in docs/agents.md, as written: each block is read from the page and used the way its client
uses it (the proxy started by its own command line, Claude Code's variables and headers, Codex's provider
table and Responses requests, opencode's and Continue's providers, every MCP client's server entry, and the
settings `seeingeye doctor` prints), against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
import os
import random
import re
import shlex
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest
import yaml
from conftest import LiveServer, free_port
from frontdoor_util import CALL, PIECES, UPSTREAMS, sent_text, upstream_base
from mcp import Client
from mcp.client.stdio import StdioServerParameters

import seeingeye
from seeingeye.eval import synth
from seeingeye.server.proxy import create_proxy_app

DOC = Path(__file__).resolve().parents[1] / "docs" / "agents.md"
SRC = str(Path(seeingeye.__file__).resolve().parents[1])
STREAMED = "".join(PIECES)


def recipe(name: str) -> str:
    found = re.search(rf"<!-- recipe: {re.escape(name)} -->\n```\w*\n(.*?)\n```", DOC.read_text(), re.S)
    assert found, f"recipe {name} is missing from docs/agents.md"
    return found.group(1)


def exports(block: str) -> dict[str, str]:
    return {k: shlex.split(v)[0] if v.strip() not in ('""', "") else "" for k, v in
            re.findall(r"^export (\w+)=(.*)$", block, re.M)}


def local(url: str, port: int) -> str:
    """A recipe's URL on the port this test's proxy got (8001 may be taken on a shared machine)."""
    u = httpx.URL(url)
    assert u.host == "127.0.0.1", url
    return str(u.copy_with(port=port))


@pytest.fixture(scope="module")
def receipt() -> tuple[str, str]:
    item = synth.receipt(random.Random(93))
    buf = io.BytesIO()
    item.image.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode(), item.answer


@contextlib.contextmanager
def recipe_proxy(name: str, tmp_path: Path) -> Iterator[tuple[int, list[dict[str, Any]], str]]:
    """The recipe's `seeingeye proxy ...` line run as written, but with a recording upstream of the API it names
    (and a free port); yields the proxy's port, what the upstream received, and the upstream's API."""
    line = next(ln for ln in recipe(name).splitlines() if ln.startswith("seeingeye proxy"))
    args = shlex.split(line)[2:]
    api = args[args.index("--upstream-api") + 1] if "--upstream-api" in args else "chat"
    received: list[dict[str, Any]] = []
    with LiveServer(UPSTREAMS[api](received)) as up:
        port = free_port()
        args[args.index("--upstream") + 1] = upstream_base(api, up.port)
        args[args.index("--port") + 1] = str(port)
        env = {**os.environ, "PYTHONPATH": SRC, "SEEINGEYE_UPSTREAM_API_KEY": "up-key", "OMP_NUM_THREADS": "1"}
        log = tmp_path / f"{name}.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "seeingeye.cli", "proxy", *args], env=env, stdout=out,
                                    stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while True:
                assert proc.poll() is None, log.read_text()
                with contextlib.suppress(httpx.TransportError):
                    if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                        break
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
            yield port, received, api
        finally:
            proc.terminate()
            proc.wait(20)


def upstream_key(api: str, headers: dict[str, str]) -> str:
    return headers.get("x-api-key", "") if api == "messages" else headers.get("authorization", "")[7:]


@pytest.mark.parametrize("proxy_recipe", ["claude-code-proxy", "claude-code-proxy-chat"])
def test_claude_code_recipe(proxy_recipe: str, receipt: tuple[str, str], tmp_path: Path) -> None:
    """Claude Code's variables, and a request as Claude Code sends it: the beta route (?beta=true) with
    anthropic-beta, a system prompt in blocks with cache hints, tools, metadata, streaming, a pasted image."""
    env = exports(recipe("claude-code-env"))
    assert env["ANTHROPIC_API_KEY"] == "" and env["ANTHROPIC_AUTH_TOKEN"]
    b64, answer = receipt
    with recipe_proxy(proxy_recipe, tmp_path) as (port, received, api):
        client = anthropic.Anthropic(base_url=local(env["ANTHROPIC_BASE_URL"], port), api_key=None,
                                     auth_token=env["ANTHROPIC_AUTH_TOKEN"], max_retries=0)
        system = [{"type": "text", "text": "You are Claude Code.", "cache_control": {"type": "ephemeral"}}]
        tools = [{"name": "Bash", "description": "Run a command",
                  "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}}}]
        image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64}}
        messages = [{"role": "user", "content": [{"type": "text", "text": "What does this screenshot say?"}, image]}]
        with client.beta.messages.stream(model="claude-sonnet-4-5", max_tokens=2000, system=system, tools=tools,
                                         messages=messages, metadata={"user_id": "u1"},
                                         betas=["claude-code-20250219", "interleaved-thinking-2025-05-14"]) as s:
            final = s.get_final_message()
        use = next(b for b in final.content if b.type == "tool_use")
        assert final.stop_reason == "tool_use" and use.input == {"sku": "A1"}
        got = received[-1]
        assert upstream_key(api, got["headers"]) == "up-key" and "You are Claude Code." in sent_text(got["body"])
        assert answer in sent_text(got["body"]) and b64[:64] not in sent_text(got["body"])
        assert "seeingeye" not in json.dumps(got["headers"])  # the client's token stops at the proxy
        if api == "messages":  # the same API: Claude Code's betas and metadata reach the upstream
            assert "claude-code-20250219" in got["headers"]["anthropic-beta"]
            assert got["body"]["metadata"] == {"user_id": "u1"}
        else:
            assert "anthropic-beta" not in got["headers"] and "metadata" not in got["body"]


def test_codex_recipe(receipt: tuple[str, str], tmp_path: Path) -> None:
    """Codex's provider table, and its Responses requests: streamed, store false, developer instructions,
    function tools, then the function call's output sent back in the next request's input."""
    config = tomllib.loads(recipe("codex-config"))
    provider = config["model_providers"][config["model_provider"]]
    assert provider["wire_api"] == "responses" and provider["env_key"]
    b64, answer = receipt
    with recipe_proxy("codex-proxy", tmp_path) as (port, received, _):
        client = openai.OpenAI(base_url=local(provider["base_url"], port), api_key="seeingeye", max_retries=0)
        shell = {"type": "function", "name": "lookup_sku", "description": "Look up a SKU", "strict": False,
                 "parameters": {"type": "object", "properties": {"sku": {"type": "string"}}}}
        turn = [{"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Be brief."}]},
                {"type": "message", "role": "user", "content": [
                    {"type": "input_text", "text": "Is the first item in stock?"},
                    {"type": "input_image", "image_url": "data:image/png;base64," + b64}]}]
        common = {"model": config["model"], "instructions": "You are Codex.", "tools": [shell], "tool_choice": "auto",
                  "parallel_tool_calls": False, "store": False, "include": ["reasoning.encrypted_content"]}
        with client.responses.stream(input=turn, **common) as stream:
            first = stream.get_final_response()
        call = next(i for i in first.output if i.type == "function_call")
        assert call.name == "lookup_sku" and json.loads(call.arguments) == {"sku": "A1"}
        assert answer in sent_text(received[-1]["body"]) and "base64" not in sent_text(received[-1]["body"])
        follow = [*turn, {"type": "function_call", "call_id": call.call_id, "name": call.name,
                          "arguments": call.arguments},
                  {"type": "function_call_output", "call_id": call.call_id, "output": "A1: 3 in stock"}]
        with client.responses.stream(input=follow, **common) as stream:
            assert stream.get_final_response().output_text == STREAMED
        tool_msg = next(m for m in received[-1]["body"]["messages"] if m["role"] == "tool")
        assert tool_msg == {"role": "tool", "tool_call_id": CALL["id"], "content": "A1: 3 in stock"}


def test_opencode_and_continue_recipes(receipt: tuple[str, str], tmp_path: Path) -> None:
    provider = json.loads(recipe("opencode-provider"))["provider"]["seeingeye"]
    assert provider["npm"] == "@ai-sdk/openai-compatible"
    model = yaml.safe_load(recipe("continue-model"))["models"][0]
    assert model["provider"] == "openai" and model["apiBase"] == provider["options"]["baseURL"]
    b64, answer = receipt
    with recipe_proxy("chat-proxy", tmp_path) as (port, received, _):
        for base, key, name in ((provider["options"]["baseURL"], provider["options"]["apiKey"],
                                 next(iter(provider["models"]))), (model["apiBase"], model["apiKey"], model["model"])):
            client = openai.OpenAI(base_url=local(base, port), api_key=key, max_retries=0)
            stream = client.chat.completions.create(model=name, stream=True, messages=[{"role": "user", "content": [
                {"type": "text", "text": "What is the total?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64," + b64}}]}])
            assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == STREAMED
            assert answer in sent_text(received[-1]["body"]) and "image_url" not in sent_text(received[-1]["body"])


def mcp_entries() -> list[tuple[str, list[str]]]:
    """(command, args) of every MCP recipe on the page."""
    entries = [tuple(shlex.split(ln.split(" -- ", 1)[1])) for ln in recipe("mcp-commands").splitlines()]
    out = [(e[0], list(e[1:])) for e in entries]
    codex = tomllib.loads(recipe("codex-mcp"))["mcp_servers"]["seeingeye"]
    out.append((codex["command"], codex["args"]))
    local_ = json.loads(recipe("opencode-mcp"))["mcp"]["seeingeye"]
    assert local_["type"] == "local"
    out.append((local_["command"][0], local_["command"][1:]))
    cont = yaml.safe_load(recipe("continue-mcp"))["mcpServers"][0]
    out.append((cont["command"], cont["args"]))
    cline = json.loads(recipe("cline-mcp"))["mcpServers"]["seeingeye"]
    out.append((cline["command"], cline["args"]))
    return out


def test_mcp_recipes_start_the_server(tmp_path: Path) -> None:
    entries = mcp_entries()
    assert len(entries) == 7 and {cmd for cmd, _ in entries} == {"seeingeye"}

    async def tools(args: list[str]) -> set[str]:
        params = StdioServerParameters(command=sys.executable, args=["-m", "seeingeye.cli", *args], cwd=str(tmp_path),
                                       env={**os.environ, "PYTHONPATH": SRC})
        async with Client(params, read_timeout_seconds=120) as client:
            return {t.name for t in (await client.list_tools()).tools}

    for args in {tuple(a) for _, a in entries}:  # the distinct command lines, each started for real
        assert {"extract_table", "ui_elements", "analyze_images", "ask_image"} <= asyncio.run(tools(list(args)))


def test_doctor_prints_settings_that_reach_the_proxy(programs_eye: Any, receipt: tuple[str, str]) -> None:
    received: list[dict[str, Any]] = []
    with LiveServer(UPSTREAMS["chat"](received)) as up, LiveServer(create_proxy_app(programs_eye, up.url)) as px:
        base = f"http://127.0.0.1:{px.port}"
        out = subprocess.run([sys.executable, "-m", "seeingeye.cli", "doctor", "--proxy-url", base],
                             env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, timeout=180).stdout.decode()
        for route in ("/v1/chat/completions", "/v1/messages", "/v1/responses"):
            assert f"POST {base}{route}" in out
        claude = re.search(r"Claude Code: ANTHROPIC_BASE_URL=(\S+)", out)
        codex = re.search(r'Codex CLI: .*base_url = "([^"]+)", wire_api = "responses"', out)
        chat = re.search(r"OPENAI_BASE_URL=(\S+)", out)
        assert claude and codex and chat, out
        b64, answer = receipt
        image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64}}
        anthropic.Anthropic(base_url=claude.group(1), auth_token="k", api_key=None, max_retries=0).messages.create(
            model="m", max_tokens=10, messages=[{"role": "user", "content": [image]}])
        assert answer in sent_text(received[-1]["body"])
        assert openai.OpenAI(base_url=codex.group(1), api_key="k", max_retries=0).responses.create(
            model="m", input="hi").output_text
        assert openai.OpenAI(base_url=chat.group(1), api_key="k", max_retries=0).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]).choices[0].message.content
