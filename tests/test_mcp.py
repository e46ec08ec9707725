"""`seeingeye mcp` through the SDK's own client: over stdio (subprocess) and streamable HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from PIL import Image

import seeingeye
from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.eval.scoring import score
from seeingeye.eval.synth import text_pdf
from seeingeye.server.mcp_tools import build_mcp

TOOLS = {"ask_image", "read_text", "describe_image", "compare_images", "read_document"}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> tuple[Path, dict[str, Any]]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("mcp")
    r1, r2 = synth.receipt(random.Random(41)), synth.receipt(random.Random(42))
    r1.image.save(d / "receipt.png")
    r2.image.save(d / "receipt2.png")
    chart = synth.bar_chart(random.Random(43))
    chart.image.save(d / "chart.png")
    (d / "doc.pdf").write_bytes(text_pdf([["Quarterly memo", "Region: North"], ["Invoice 2211", "Total: 418.20"]]))
    scan = synth.receipt(random.Random(44))
    scan.image.save(d / "scan.pdf", save_all=True, append_images=[Image.new("RGB", (300, 200), "white")])
    (d / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    Image.new("L", (9000, 9000)).save(d / "huge.png")
    outside = d.parent / "outside.png"
    r1.image.save(outside)
    (d / "link.png").symlink_to(outside)
    return d, {"r1": r1, "r2": r2, "chart": chart, "scan": scan}


def call(client: Client, name: str, args: dict[str, Any]) -> Any:
    return client.call_tool(name, args)


async def exercise(client: Client, d: Path, gold: dict[str, Any]) -> None:
    names = {t.name for t in (await client.list_tools()).tools}
    assert names >= TOOLS
    res = await client.call_tool("ask_image", {"image": "receipt.png", "question": gold["r1"].question})
    assert not res.is_error and score(res.structured_content["answer"], gold["r1"].answer)
    assert res.structured_content["evidence"] and gold["r1"].answer in json.dumps(res.structured_content)
    res = await client.call_tool("read_document", {"path": "doc.pdf", "question": "What is the total?"})
    doc = res.structured_content
    assert not res.is_error and doc["answer"] == "418.20" and doc["answer_page"] == 2
    assert [p["source"] for p in doc["pages"]] == ["text-layer", "text-layer"]
    res = await client.call_tool("read_document", {"path": "scan.pdf", "pages": "1", "question": gold["scan"].question})
    assert (
        res.structured_content["pages"][0]["source"] == "ocr"
        and score(res.structured_content["answer"], gold["scan"].answer)
    )
    res = await client.call_tool("read_text", {"image": str(d / "receipt.png")})
    assert gold["r1"].answer in res.structured_content["text"]
    res = await client.call_tool("describe_image", {"image": "chart.png"})
    overview = res.structured_content["overview"]
    # the chart's values come tied to their category labels (label=value), not as loose numbers
    assert res.structured_content["kind"] == "chart" and "bar chart" in overview
    assert len(re.findall(r"[A-Z][a-z]+=\d+", overview)) >= 3
    res = await client.call_tool(
        "compare_images", {"a": "receipt.png", "b": "receipt2.png", "question": "What is the total?"}
    )
    cmp_ = res.structured_content
    assert score(cmp_["answers"]["a"], gold["r1"].answer) and score(cmp_["answers"]["b"], gold["r2"].answer)
    assert cmp_["only_in_a"]
    for bad, needle in [
        ({"image": "missing.png", "question": "q"}, "not found"),
        ({"image": "../outside.png", "question": "q"}, "outside the allowed roots"),
        ({"image": "link.png", "question": "q"}, "outside the allowed roots"),
        ({"image": "corrupt.png", "question": "q"}, "corrupt"),
        ({"image": "huge.png", "question": "q"}, "pixels"),
        ({"image": "file:///etc/passwd", "question": "q"}, "scheme"),
    ]:
        res = await client.call_tool("ask_image", bad)
        assert res.is_error and needle in res.content[0].text, (bad, res.content[0].text)
    res = await client.call_tool("read_document", {"path": "doc.pdf", "pages": "9"})
    assert res.is_error and "does not exist" in res.content[0].text
    res = await client.call_tool("ask_image", {"image": "receipt2.png", "question": gold["r2"].question})
    assert not res.is_error and score(res.structured_content["answer"], gold["r2"].answer)  # still serving


def test_mcp_over_stdio_as_a_new_user_would(workdir) -> None:  # type: ignore[no-untyped-def]
    d, gold = workdir
    # The SDK passes only a few variables to the server; give it the code under test explicitly.
    src = str(Path(seeingeye.__file__).resolve().parents[1])
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "seeingeye.cli", "mcp"], cwd=str(d), env={**os.environ, "PYTHONPATH": src}
    )

    async def main() -> None:
        async with Client(params, read_timeout_seconds=300) as client:
            await exercise(client, d, gold)

    asyncio.run(main())


def test_mcp_over_http_on_loopback(workdir, live_server) -> None:  # type: ignore[no-untyped-def]
    d, gold = workdir
    server = build_mcp(SeeingEye(), [d])
    with live_server(server.streamable_http_app(host="127.0.0.1")) as srv:

        async def main() -> None:
            async with Client(f"http://127.0.0.1:{srv.port}/mcp", read_timeout_seconds=300) as client:
                await exercise(client, d, gold)

        asyncio.run(main())


def test_mcp_http_keys(live_server) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from seeingeye.server.auth import require_keys

    server = build_mcp(SeeingEye(reasoner="programs"), [Path.cwd()])
    with live_server(require_keys(server.streamable_http_app(host="127.0.0.1"), ["secret"])) as srv:
        r = httpx.post(f"http://127.0.0.1:{srv.port}/mcp", json={})
        assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
