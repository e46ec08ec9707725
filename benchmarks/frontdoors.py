"""What a front door costs: per-request latency through `seeingeye proxy` for every client API x upstream API
(the image already read and cached, so this is parsing, translation and the extra hop), beside the same
request sent straight to the recording upstream. One run, ratios measured in that run.

    python benchmarks/frontdoors.py

Writes benchmarks/results/frontdoors.json.
"""

from __future__ import annotations

import base64
import io
import json
import random
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import LiveServer  # noqa: E402
from frontdoor_util import UPSTREAMS, upstream_base  # noqa: E402

from seeingeye import SeeingEye  # noqa: E402
from seeingeye.eval import synth  # noqa: E402
from seeingeye.server.proxy import create_proxy_app  # noqa: E402

APIS = ["chat", "messages", "responses"]
ROUTE = {"chat": "/v1/chat/completions", "messages": "/v1/messages", "responses": "/v1/responses"}
N = 40


def body(api: str, data_url: str, stream: bool) -> dict:
    question = "What is the total?"
    if api == "chat":
        parts = [{"type": "text", "text": question}, {"type": "image_url", "image_url": {"url": data_url}}]
        return {"model": "m", "stream": stream, "messages": [{"role": "user", "content": parts}]}
    if api == "messages":
        media, b64 = data_url[5:].split(";base64,")
        parts = [{"type": "text", "text": question},
                 {"type": "image", "source": {"type": "base64", "media_type": media, "data": b64}}]
        return {"model": "m", "max_tokens": 100, "stream": stream, "messages": [{"role": "user", "content": parts}]}
    parts = [{"type": "input_text", "text": question}, {"type": "input_image", "image_url": data_url}]
    return {"model": "m", "stream": stream, "input": [{"role": "user", "content": parts}]}


def p50_ms(client: httpx.Client, url: str, payload: dict) -> float:
    times = []
    for _ in range(N):
        t0 = time.perf_counter()
        r = client.post(url, json=payload)
        r.read()
        assert r.status_code == 200, r.text[:300]
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) * 1000, 2)


def main() -> None:
    item = synth.receipt(random.Random(7))
    buf = io.BytesIO()
    item.image.save(buf, format="PNG")
    data_url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    eye = SeeingEye(reasoner="programs")
    rows = []
    with httpx.Client(timeout=120) as client:
        for up_api in APIS:
            received: list = []
            with LiveServer(UPSTREAMS[up_api](received)) as up:
                app = create_proxy_app(eye, upstream_base(up_api, up.port), upstream_api=up_api)
                with LiveServer(app) as px:
                    for door in APIS:
                        url = f"http://127.0.0.1:{px.port}{ROUTE[door]}"
                        client.post(url, json=body(door, data_url, False)).read()  # the one read, outside timing
                        for stream in (False, True):
                            ms = p50_ms(client, url, body(door, data_url, stream))
                            # the same request straight to the upstream: what the proxy sent it
                            direct = p50_ms(client, f"http://127.0.0.1:{up.port}{ROUTE[up_api]}", received[-1]["body"])
                            rows.append({"client_api": door, "upstream_api": up_api, "stream": stream,
                                         "proxy_p50_ms": ms, "direct_p50_ms": direct,
                                         "added_ms": round(ms - direct, 2)})
                            print(rows[-1], flush=True)
    out = {"requests_per_cell": N, "image": "synthetic receipt, cached after its first read", "rows": rows,
           "max_added_ms": max(r["added_ms"] for r in rows)}
    path = Path(__file__).parent / "results" / "frontdoors.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}; largest added latency {out['max_added_ms']} ms")


if __name__ == "__main__":
    main()
