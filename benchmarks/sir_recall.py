"""What a strong text-only model receives through `seeingeye proxy`, measured on a manifest (issue 12's metrics).

    PYTHONPATH=src python benchmarks/sir_recall.py benchmarks/realistic/dev/manifest.jsonl [--limit N] [--out NAME]

Starts a recording OpenAI-compatible upstream on 127.0.0.1, starts the real `seeingeye proxy` in front of it, and sends
every item's question with its image (as a data URL) the way a client would. For each item whose gold answer is printed
in the image (manifest field `literal`), it checks that the gold reaches the upstream literally; for each image it
compares the size of the forwarded reading (characters / 4) with the tokens Qwen2.5-VL would spend on the image
(28-px patches after its smart resize), and times the first (uncached) reading of each image.
Writes benchmarks/results/realistic-sir-recall-<name>.json and .md.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"


def qwen25vl_image_tokens(width: int, height: int, factor: int = 28, min_pixels: int = 3136,
                          max_pixels: int = 12845056) -> int:
    """Visual tokens Qwen2.5-VL spends on an image: smart_resize to multiples of 28, one token per 28x28 patch."""
    h = max(factor, round(height / factor) * factor)
    w = max(factor, round(width / factor) * factor)
    if h * w > max_pixels:
        beta = math.sqrt(height * width / max_pixels)
        h = max(factor, math.floor(height / beta / factor) * factor)
        w = max(factor, math.floor(width / beta / factor) * factor)
    elif h * w < min_pixels:
        beta = math.sqrt(min_pixels / (height * width))
        h = math.ceil(height * beta / factor) * factor
        w = math.ceil(width * beta / factor) * factor
    return (h // factor) * (w // factor)


def literal_in(gold: str, text: str, answer_type: str) -> bool:
    """Is the gold answer in the text as printed? Money counts by its printed number (1,234.50, 627K), no symbol;
    codes are case-sensitive; everything else ignores case; spacing runs are collapsed; whole tokens only. A gold
    of several answers ("Cancel; OK", the manifests' way of listing them) is there when each of them is (since
    2026-12-06: the figures committed before required the joined string, which no reading prints)."""
    parts = [p.strip() for p in gold.split("; ") if p.strip()]
    if len(parts) > 1:
        return all(literal_in(p, text, answer_type) for p in parts)
    g = re.sub(r"\s+", " ", gold.strip())
    if answer_type == "money":  # the printed number with its magnitude suffix ($627K -> 627K), without the symbol
        m = re.search(r"(?:\d[\d,. ]*\d|\d)[KkMmBb]?(?![A-Za-z])", g)
        g = m.group(0) if m else g
    t = re.sub(r"\s+", " ", text)
    flags = 0 if answer_type == "code" else re.IGNORECASE
    pattern = rf"(?<![\w]){re.escape(g)}(?![\w]|[.,]\d)"
    return re.search(pattern, t, flags) is not None


class _Recorder(BaseHTTPRequestHandler):
    """A text-only upstream that records what it is sent and answers 'ok'."""

    received: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 — http.server's naming
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        _Recorder.received.append(body)
        out = json.dumps({"id": "rec", "object": "chat.completion", "created": 0, "model": body.get("model", "rec"),
                          "choices": [{"index": 0, "finish_reason": "stop",
                                       "message": {"role": "assistant", "content": "ok"}}],
                          "usage": {"prompt_tokens": 0, "completion_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args: Any) -> None:
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_proxy(upstream_port: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    cmd = [sys.executable, "-m", "seeingeye", "proxy", "--upstream", f"http://127.0.0.1:{upstream_port}/v1",
           "--port", str(port), "--timeout", "600"]
    log = open(Path(tempfile.gettempdir()) / f"seeingeye-proxy-{port}.log", "wb")  # noqa: SIM115 — lives with it
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"proxy exited: {Path(log.name).read_text(errors='replace')[-2000:]}")
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit("proxy did not come up within 300 s")


def _data_url(path: Path) -> str:
    mime = "image/jpeg" if path.suffix.lower() in (".jpg", ".jpeg") else "image/png"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"


def run(manifest: Path, limit: int | None, n_images: int | None = None) -> dict[str, Any]:
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    if n_images:
        # Every question on the first N images, one image after another: the proxy reads each image once (with the
        # first question) and serves the later questions from its cache, as in a conversation about one image.
        order = list(dict.fromkeys(r["image"] for r in rows))[:n_images]
        rows = [r for img in order for r in rows if r["image"] == img]
    server = ThreadingHTTPServer(("127.0.0.1", _free_port()), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proc, port = _start_proxy(server.server_address[1])
    items, images = [], {}
    try:
        with httpx.Client(timeout=900) as client:
            for n, row in enumerate(rows, 1):
                path = manifest.parent / row["image"]
                before = len(_Recorder.received)
                t0 = time.perf_counter()
                try:
                    resp = client.post(f"http://127.0.0.1:{port}/v1/chat/completions", json={
                        "model": "any", "messages": [{"role": "user", "content": [
                            {"type": "text", "text": row["question"]},
                            {"type": "image_url", "image_url": {"url": _data_url(path)}}]}]})
                except httpx.HTTPError as exc:
                    # A dead proxy is a finding, not the end of the run: record it and start a new one.
                    items.append({**_brief(row), "status": 0, "hit": False, "error": f"{type(exc).__name__}: {exc}"})
                    print(f"[{n}/{len(rows)}] {row['id']}: proxy error {type(exc).__name__}", file=sys.stderr)
                    if proc.poll() is not None:
                        proc, port = _start_proxy(server.server_address[1])
                    continue
                seconds = time.perf_counter() - t0
                if resp.status_code != 200 or len(_Recorder.received) == before:
                    items.append({**_brief(row), "status": resp.status_code, "hit": False, "error": resp.text[:300]})
                    continue
                sent = _Recorder.received[-1]["messages"][-1]["content"]
                reading = sent.replace(row["question"], "", 1).strip()
                if row["image"] not in images:  # first question on this image: the proxy read it (no cache)
                    with Image.open(path) as im:
                        vlm = qwen25vl_image_tokens(*im.size)
                    images[row["image"]] = {"category": row["category"], "seconds": seconds, "chars": len(reading),
                                            "text_tokens": len(reading) / 4, "vlm_tokens": vlm,
                                            "ratio": (len(reading) / 4) / vlm}
                hit = literal_in(row["answer"], reading, row.get("answer_type", "text")) if row.get("literal") else None
                items.append({**_brief(row), "status": 200, "hit": hit})
                print(f"[{n}/{len(rows)}] {row['id']}: {'-' if hit is None else 'hit' if hit else 'MISS'} "
                      f"({seconds:.1f}s)", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        server.shutdown()
    return _summarise(manifest, items, images)


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in ("id", "image", "category", "intent", "answer", "answer_type", "literal")}


def _summarise(manifest: Path, items: list[dict[str, Any]], images: dict[str, dict[str, Any]]) -> dict[str, Any]:
    lit = [i for i in items if i["literal"]]  # a request error on a literal item is a miss
    per_cat: dict[str, list[bool]] = defaultdict(list)
    for i in lit:
        per_cat[i["category"]].append(bool(i["hit"]))
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for im in images.values():
        by_kind[im["category"]].append(im)
    return {
        "manifest": str(manifest.relative_to(ROOT) if manifest.is_relative_to(ROOT) else manifest),
        "items": len(items),
        "literal_items": len(lit),
        "errors": sum(1 for i in items if i["status"] != 200),
        "literal_recall": sum(1 for i in lit if i["hit"]) / max(1, len(lit)),
        "recall_per_category": {c: {"n": len(v), "recall": sum(v) / len(v)} for c, v in sorted(per_cat.items())},
        "images": len(images),
        "median_text_to_vlm_token_ratio": statistics.median(im["ratio"] for im in images.values()) if images else None,
        "per_kind": {
            c: {"images": len(v), "median_seconds": statistics.median(x["seconds"] for x in v),
                "median_ratio": statistics.median(x["ratio"] for x in v),
                "median_text_tokens": statistics.median(x["text_tokens"] for x in v),
                "median_vlm_tokens": statistics.median(x["vlm_tokens"] for x in v)}
            for c, v in sorted(by_kind.items())
        },
        "misses": [i for i in lit if not i["hit"]],
        "per_item": items,
        "per_image": images,
    }


def _markdown(s: dict[str, Any]) -> str:
    out = [f"# SIR recall through `seeingeye proxy` — {s['manifest']}", "",
           f"- literal recall: **{s['literal_recall']:.3f}** ({s['literal_items']} literal items of {s['items']}; "
           f"{s['errors']} request errors)",
           f"- median forwarded text / Qwen2.5-VL image tokens: **{s['median_text_to_vlm_token_ratio']:.2f}x** "
           f"over {s['images']} images", "",
           "| category | literal items | recall | images | s / image (uncached) | text tok | VLM tok | ratio |",
           "|---|---|---|---|---|---|---|---|"]
    cats = sorted(set(s["recall_per_category"]) | set(s["per_kind"]))
    for c in cats:
        r = s["recall_per_category"].get(c, {"n": 0, "recall": float("nan")})
        k = s["per_kind"].get(c, {})
        out.append(f"| {c} | {r['n']} | {r['recall']:.2f} | {k.get('images', 0)} | {k.get('median_seconds', 0):.1f} | "
                   f"{k.get('median_text_tokens', 0):.0f} | {k.get('median_vlm_tokens', 0):.0f} | "
                   f"{k.get('median_ratio', 0):.2f} |")
    out += ["", "## Misses", ""] + [f"- `{m['id']}` ({m['category']}, {m['answer_type']}): gold `{m['answer']}`"
                                     for m in s["misses"]]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--images", type=int, help="every question on the first N images (cheaper per literal item)")
    ap.add_argument("--out", help="results name (default: the manifest's folder name)")
    args = ap.parse_args()
    summary = run(args.manifest.resolve(), args.limit, args.images)
    name = args.out or args.manifest.resolve().parent.name
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"realistic-sir-recall-{name}.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    (RESULTS / f"realistic-sir-recall-{name}.md").write_text(_markdown(summary))
    print(_markdown(summary))


if __name__ == "__main__":
    main()
