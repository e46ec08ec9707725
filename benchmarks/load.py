"""Load test for `seeingeye serve` with a deterministic backend, so the server itself is measured.

    python benchmarks/load.py [--requests 200] [--concurrency 64 200]

The server runs in a subprocess; its answerer returns one pre-computed result (a real SeeingEye answer
to a real receipt), so latency is the server's own cost: HTTP, JSON, base64 and image intake checks,
queueing and serialisation. Overhead = server p50 minus calling the same answerer directly.
Writes benchmarks/results/load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx


def serve(port: int) -> None:
    import uvicorn

    from seeingeye import SeeingEye
    from seeingeye.eval import synth
    from seeingeye.server.app import ServerSettings, create_app

    item = synth.receipt(random.Random(1))
    eye = SeeingEye(reasoner="programs")
    canned = eye.ask(item.image, item.question)

    def answer(img: bytes, question: str, on_round=None):  # type: ignore[no-untyped-def]
        return canned

    app = create_app(eye, ServerSettings(workers=4, queue_size=512), answerer=answer)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", access_log=False)


def payload() -> dict:
    from seeingeye.eval import synth

    item = synth.receipt(random.Random(1))
    buf = io.BytesIO()
    item.image.save(buf, format="PNG")
    url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    return {
        "model": "seeingeye",
        "messages": [
            {
                "role": "user",
                "content": [{"type": "text", "text": item.question}, {"type": "image_url", "image_url": {"url": url}}],
            }
        ],
    }


async def fire(url: str, body: dict, n: int, conc: int) -> tuple[list[float], Counter]:
    sem = asyncio.Semaphore(conc)
    lat: list[float] = []
    status: Counter = Counter()
    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def one() -> None:
            async with sem:
                t0 = time.perf_counter()
                try:
                    r = await client.post(url, json=body)
                    status[r.status_code] += 1
                except httpx.HTTPError as exc:
                    status[type(exc).__name__] += 1
                lat.append(time.perf_counter() - t0)

        await asyncio.gather(*(one() for _ in range(n)))
    return lat, status


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[64, 200])
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "load.json")
    args = ap.parse_args()
    if args.serve:
        serve(args.serve)
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        body = payload()
        # The same answerer called directly, in-process: what the library costs without the server.
        from seeingeye import SeeingEye
        from seeingeye.eval import synth

        item = synth.receipt(random.Random(1))
        canned = SeeingEye(reasoner="programs").ask(item.image, item.question)
        direct = []
        for _ in range(200):
            t0 = time.perf_counter()
            _ = canned.model_dump(mode="json")
            direct.append(time.perf_counter() - t0)
        asyncio.run(fire(base + "/v1/chat/completions", body, 20, 4))  # warm-up
        results = {"requests": args.requests, "direct_call_p50_ms": 1000 * statistics.median(direct), "runs": {}}

        def cpu_s() -> float:  # server process user+system CPU seconds
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        for conc in args.concurrency:
            c0, t0 = cpu_s(), time.perf_counter()
            lat, status = asyncio.run(fire(base + "/v1/chat/completions", body, args.requests, conc))
            wall, cpu = time.perf_counter() - t0, cpu_s() - c0
            solo, _ = asyncio.run(fire(base + "/v1/chat/completions", body, 50, 1))
            results["runs"][str(conc)] = {
                "p50_ms": 1000 * pct(lat, 50),
                "p95_ms": 1000 * pct(lat, 95),
                "p99_ms": 1000 * pct(lat, 99),
                "status": {str(k): v for k, v in status.items()},
                "errors_5xx": sum(v for k, v in status.items() if str(k).startswith("5")),
                "unloaded_p50_ms": 1000 * statistics.median(solo),
                "throughput_rps": args.requests / wall,
                "server_cpu_ms_per_request": 1000 * cpu / args.requests,
                "server_overhead_p50_ms": 1000 * statistics.median(solo) - 1000 * statistics.median(direct),
            }
        vm = Path(f"/proc/{proc.pid}/status").read_text()
        hwm = next(ln for ln in vm.splitlines() if ln.startswith("VmHWM"))
        results["server_peak_rss_mb"] = int(hwm.split()[1]) / 1024
        results["payload_bytes"] = len(json.dumps(body))
    finally:
        proc.terminate()
        proc.wait(10)
    print(json.dumps(results, indent=2))
    args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
