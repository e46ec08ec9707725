"""Figures for the MCP tools and the proxy: seconds per tool call, cache hits on a repeated image,
pages per second for text-layer and scanned PDFs. Calls go through the SDK client over stdio, as an
agent would make them.

    python benchmarks/integrations.py

Writes benchmarks/results/integrations.json.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mcp import Client
from mcp.client.stdio import StdioServerParameters

from seeingeye import SeeingEye
from seeingeye.eval import synth
from seeingeye.eval.synth import text_pdf
from seeingeye.server.readings import ReadingCache, reading_text


async def mcp_figures(d: Path) -> dict:
    params = StdioServerParameters(command=sys.executable, args=["-m", "seeingeye.cli", "mcp"], cwd=str(d))
    out: dict = {}
    async with Client(params, read_timeout_seconds=600) as client:
        await client.call_tool("read_text", {"image": "r0.png"})  # load models outside the timing
        for tool, args in [
            ("ask_image", lambda i: {"image": f"r{i}.png", "question": "What is the total?"}),
            ("read_text", lambda i: {"image": f"r{i}.png"}),
            ("describe_image", lambda i: {"image": f"r{i}.png"}),
            ("compare_images", lambda i: {"a": f"r{i}.png", "b": f"r{(i + 1) % 6}.png"}),
        ]:
            secs = []
            for i in range(6):
                t0 = time.perf_counter()
                res = await client.call_tool(tool, args(i))
                secs.append(time.perf_counter() - t0)
                assert not res.is_error, res.content
            out[f"{tool}_seconds_p50"] = statistics.median(secs)
        for name in ("text.pdf", "scan.pdf"):
            t0 = time.perf_counter()
            res = await client.call_tool("read_document", {"path": name})
            wall = time.perf_counter() - t0
            out[f"{name}_pages_per_second"] = len(res.structured_content["pages"]) / wall
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        rng = random.Random(5)
        for i in range(6):
            synth.receipt(rng).image.save(d / f"r{i}.png")
        (d / "text.pdf").write_bytes(text_pdf([[f"Page {p} line {k}" for k in range(20)] for p in range(10)]))
        pages = [synth.receipt(rng).image for _ in range(5)]
        pages[0].save(d / "scan.pdf", save_all=True, append_images=pages[1:])
        figures = asyncio.run(mcp_figures(d))
    eye = SeeingEye()
    cache = ReadingCache()
    img = synth.receipt(random.Random(9)).image
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    data = buf.getvalue()
    reads = []
    for _ in range(5):  # a five-turn conversation that keeps the same image in its history
        key = hashlib.sha256(data).hexdigest()
        t0 = time.perf_counter()
        if cache.get(key) is None:
            cache.put(key, reading_text(eye, data, "What is the total?"))
        reads.append(time.perf_counter() - t0)
    figures.update(
        {
            "proxy_cache_hits_of_5_turns": cache.hits,
            "proxy_first_read_s": reads[0],
            "proxy_cached_read_ms": 1000 * statistics.median(reads[1:]),
            "data_url_bytes": len(base64.b64encode(data)),
        }
    )
    print(json.dumps(figures, indent=2))
    (Path(__file__).parent / "results" / "integrations.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
