"""The MCP tools agents expect, through the SDK's own client over stdio: annotations, a table as Markdown,
a dialog's buttons with their boxes, several images at once, and two slow calls that overlap."""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from PIL import Image, ImageDraw, ImageFont

import seeingeye
from seeingeye.eval import synth
from seeingeye.eval.synth_docs import wide_table

NEW = {"extract_table", "ui_elements", "analyze_images"}
BUTTONS = {"Cancel": [250, 230, 360, 268], "Discard": [380, 230, 490, 268], "Save": [510, 230, 620, 268]}


def dialog() -> Image.Image:
    """A save-changes dialog: title bar, message, a checkbox and three filled buttons (boxes in BUTTONS)."""
    font = ImageFont.truetype(str(synth.FONT_DIR / "DejaVuSans.ttf"), 18)
    img = Image.new("RGB", (640, 300), (240, 240, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 639, 36], fill=(60, 90, 160))
    d.text((14, 8), "Save changes", fill="white", font=font)
    d.text((30, 70), "Do you want to save changes to report.txt?", fill="black", font=font)
    d.rectangle([30, 120, 48, 138], outline="black", width=2, fill="white")
    d.text((60, 118), "Remember my choice", fill="black", font=font)
    for label, box in BUTTONS.items():
        fill, ink = ((40, 100, 210), "white") if label == "Save" else ((205, 205, 205), "black")
        d.rounded_rectangle(box, radius=5, fill=fill)
        d.text(((box[0] + box[2]) / 2 - d.textlength(label, font=font) / 2, 238), label, fill=ink, font=font)
    return img


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    d = tmp_path_factory.mktemp("mcp_tools")
    table = synth.table_img(random.Random(5))
    table.image.save(d / "table.png")
    dialog().save(d / "dialog.png")
    r1, r2 = synth.receipt(random.Random(45)), synth.receipt(random.Random(46))
    r1.image.save(d / "r1.png")
    r2.image.save(d / "r2.png")
    for i in (1, 2):  # two images nobody has read yet, large enough to take seconds on a warm machine
        tile = wide_table(random.Random(70 + i)).image
        sheet = Image.new("RGB", (tile.width * 3, tile.height * 3), "white")
        for k in range(9):  # nine tables on one page: several seconds of reading, not a fraction of one
            sheet.paste(tile, ((k % 3) * tile.width, (k // 3) * tile.height))
        sheet.save(d / f"slow{i}.png")
    return d, {"table": table, "r1": r1, "r2": r2}


def stdio(d: Path) -> StdioServerParameters:
    src = str(Path(seeingeye.__file__).resolve().parents[1])
    return StdioServerParameters(command=sys.executable, args=["-m", "seeingeye.cli", "mcp"], cwd=str(d),
                                 env={**os.environ, "PYTHONPATH": src})


def test_new_tools_with_annotations_table_dialog_and_several_images(workdir: tuple[Path, dict[str, Any]]) -> None:
    d, gold = workdir

    async def main() -> None:
        async with Client(stdio(d), read_timeout_seconds=300) as client:
            tools = {t.name: t for t in (await client.list_tools()).tools}
            assert set(tools) >= NEW | {"ask_image", "read_text", "describe_image", "compare_images", "read_document"}
            for t in tools.values():
                a = t.annotations
                assert a is not None and a.title and t.title, t.name
                assert (a.read_only_hint, a.destructive_hint, a.idempotent_hint, a.open_world_hint) == (
                    True, False, True, False), t.name
                assert "use" in (t.description or "").lower(), t.name  # says when to use it (and what instead)

            res = await client.call_tool("extract_table", {"image": "table.png"})
            assert not res.is_error, res.content
            md = res.structured_content["text"]
            assert md.splitlines()[0] == "| City | Visitors | Area |" and md.splitlines()[1] == "| --- | --- | --- |"
            assert f"| Oslo | {gold['table'].answer} |" in md
            res = await client.call_tool("extract_table", {"image": "table.png", "format": "json"})
            records = json.loads(res.structured_content["text"])
            assert {"City": "Oslo", "Visitors": gold["table"].answer}.items() <= records[-1].items()
            res = await client.call_tool("extract_table", {"image": "dialog.png"})
            assert res.is_error and "no table" in res.content[0].text

            res = await client.call_tool("ui_elements", {"image": "dialog.png", "include_text": True})
            elements = res.structured_content["elements"]
            buttons = {e["text"]: e["box"] for e in elements if e["role"] == "button"}
            assert set(buttons) == set(BUTTONS)
            for label, box in BUTTONS.items():
                assert all(abs(a - b) <= 4 for a, b in zip(buttons[label], box, strict=True)), (label, buttons[label])
            box = next(e for e in elements if e["role"] == "checkbox")
            assert box["state"] == "unchecked" and box["text"].startswith("Remember")
            assert any(e["role"] == "static_text" and "report.txt" in e["text"] for e in elements)

            res = await client.call_tool("analyze_images", {"images": ["r1.png", "r2.png", "table.png"]})
            out = res.structured_content
            assert [r["kind"] for r in out["readings"]] == out["differences"]["kinds"] and len(out["readings"]) == 3
            assert gold["r1"].answer in " ".join(out["differences"]["only_in"]["r1.png"])
            assert "Oslo" in out["differences"]["only_in"]["table.png"]
            res = await client.call_tool("analyze_images", {"images": ["r1.png"]})
            assert res.is_error and "between 2 and" in res.content[0].text

    asyncio.run(main())


def test_two_slow_calls_overlap_and_report_progress(workdir: tuple[Path, dict[str, Any]]) -> None:
    """While a tool works, the server sends a heartbeat progress notification every second; a call whose
    work blocked the server would silence every call's heartbeats. So: both calls' heartbeats interleave."""
    d, _ = workdir
    seen: dict[str, list[tuple[float, float, str]]] = {"slow1.png": [], "slow2.png": []}

    async def main() -> None:
        async with Client(stdio(d), read_timeout_seconds=300) as client:
            await client.list_tools()

            async def call(name: str) -> None:
                async def progress(p: float, total: float | None, message: str | None) -> None:
                    seen[name].append((time.monotonic(), p, message or ""))

                res = await client.call_tool("describe_image", {"image": name}, progress_callback=progress)
                assert not res.is_error, res.content

            await asyncio.gather(call("slow1.png"), call("slow2.png"))

    asyncio.run(main())
    beats = {name: [t for t, _, m in events if m.endswith(" s)")] for name, events in seen.items()}
    a, b = beats.values()
    # Heartbeats arrive while work runs (one call may finish inside the first second on a fast machine).
    assert a or b, beats
    # Run one after the other, the second call would report its start only after the first said "done";
    # side by side, each call's window (start .. done) overlaps the other's.
    windows = [(events[0][0], events[-1][0]) for events in seen.values()]
    overlap = min(w[1] for w in windows) - max(w[0] for w in windows)
    print(f"heartbeats {len(a)} and {len(b)}; the two calls worked side by side for {overlap:.2f} s")
    assert overlap > 0, seen
    for events in seen.values():
        values = [p for _, p, _ in events]
        assert values == sorted(values) and len(set(values)) == len(values)  # progress only ever increases
        assert events[-1][2].endswith("done")


def test_image_urls_are_fetched_off_the_event_loop_and_mark_the_tools_open_world(
    workdir: tuple[Path, dict[str, Any]], live_server: Any
) -> None:
    """With image URLs on (here for loopback, which needs allow_private), tools fetch them in their worker
    thread and say they reach the open world."""
    from fastapi import FastAPI
    from fastapi.responses import Response

    from seeingeye import SeeingEye
    from seeingeye.server.intake import URLPolicy
    from seeingeye.server.mcp_tools import build_mcp

    d, gold = workdir
    images = FastAPI()

    @images.get("/table.png")
    async def png() -> Response:
        return Response((d / "table.png").read_bytes(), media_type="image/png")

    policy = URLPolicy(enabled=True, allowed_hosts=["127.0.0.1"], allow_private=True)
    server = build_mcp(SeeingEye(reasoner="programs"), [d], policy)
    with live_server(images) as img, live_server(server.streamable_http_app(host="127.0.0.1")) as srv:

        async def main() -> None:
            async with Client(f"http://127.0.0.1:{srv.port}/mcp", read_timeout_seconds=120) as client:
                tools = (await client.list_tools()).tools
                assert all(t.annotations and t.annotations.open_world_hint for t in tools)
                res = await client.call_tool("extract_table", {"image": f"http://127.0.0.1:{img.port}/table.png"})
                assert not res.is_error, res.content
                assert f"| Oslo | {gold['table'].answer} |" in res.structured_content["text"]

        asyncio.run(main())
