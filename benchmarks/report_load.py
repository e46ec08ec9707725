"""Size and load time of a 200-item report.html, as a ratio to a plain page, in headless Chromium.

    python benchmarks/report_load.py [--n 200] [--seed 0] [--out benchmarks/results/report_load.json]

Builds a run directory as `seeingeye eval` writes it (predictions.jsonl + view-bundle traces) for two systems
over the project's synthetic images, with made-up answers (about half wrong, so the report carries ~200 failure
rows with thumbnails and trace pages: its worst case), then times write_report and the page load.
Needs Debian `chromium` and the `playwright` package (dev extra). Goal: load < 20x a plain page, size < 3 MB.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from seeingeye.eval import synth
from seeingeye.eval.browser import CHROMIUM_ARGS
from seeingeye.eval.report import write_report
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.viewer import make_bundle


def build_run(out: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    items = synth.generate(n, seed=seed)
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows = []
    for i, item in enumerate(items):
        path = out / "images" / f"{i}.png"
        item.image.save(path)
        w, h = item.image.size
        sir = SIR(
            question=item.question,
            image=ImageFacts(
                width=w, height=h, original_width=w, original_height=h, sha256="-", format="PNG", mode="RGB"
            ),
        )
        sir.add(
            EvidenceDraft(kind="text", value=item.answer, box=Box(x0=w * 0.1, y0=h * 0.1, x1=w * 0.5, y1=h * 0.2)),
            source="ocr",
            round=1,
        )
        for system, acc in (("seeingeye", 0.6), ("ocr-dump", 0.3)):
            correct = rng.random() < acc
            conf = round(rng.uniform(0.2, 1.0), 2) if system == "seeingeye" else None
            answers = [item.answer if rng.random() < 0.5 else "?", item.answer if correct else "?"]
            answers = answers if system == "seeingeye" and rng.random() < 0.3 else answers[1:]
            rows.append(
                {
                    "id": f"q{i:04d}",
                    "system": system,
                    "category": item.category,
                    "answer_type": item.answer_type,
                    "question": item.question,
                    "gold": item.answer,
                    "options": item.options,
                    "prediction": answers[-1],
                    "confidence": conf,
                    "usage": {},
                    "tool_calls": 3,
                    "rounds": len(answers),
                    "model_calls": 0,
                    "valid_model_calls": 0,
                    "error": None,
                    "evidence_hit": True,
                    "latency_s": rng.uniform(0.5, 4),
                    "correct": correct,
                }
            )
            trace = {
                "rounds": [
                    {"round": k + 1, "new_evidence": 1, "answer": a, "confidence": conf} for k, a in enumerate(answers)
                ],
                "tool_calls": [],
                "model_calls": [],
            }
            summary = {
                "question": item.question,
                "options": item.options,
                "answer": answers[-1],
                "confidence": conf,
                "evidence_ids": ["e1"],
                "sir": sir.model_dump(),
            }
            tdir = out / "traces" / system
            tdir.mkdir(parents=True, exist_ok=True)
            (tdir / f"q{i:04d}.json").write_text(json.dumps(make_bundle(summary, trace, source=path)))
    (out / "predictions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def load_ms(page, path: Path, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "report_load.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp) / "run"
        build_run(run, args.n, args.seed)
        t0 = time.perf_counter()
        write_report(run)
        report_s = time.perf_counter() - t0
        html = run / "report.html"
        failures = html.read_text().count("<tr class='fail'")
        pages = sorted((run / "traces").rglob("*.html"))
        plain = Path(tmp) / "plain.html"
        plain.write_text("<!doctype html><meta charset='utf-8'><title>plain</title><p>plain page</p>")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            plain_ms = load_ms(page, plain, args.repeats)
            report_ms = load_ms(page, html, args.repeats)
            trace_ms = load_ms(page, pages[0], args.repeats) if pages else None
            browser.close()
        result = {
            "items": args.n,
            "systems": 2,
            "failure_rows": failures,
            "report_bytes": html.stat().st_size,
            "trace_pages": len(pages),
            "trace_page_bytes_median": statistics.median(p.stat().st_size for p in pages) if pages else None,
            "write_report_s": round(report_s, 2),
            "plain_page_ms": round(plain_ms, 1),
            "report_load_ms": round(report_ms, 1),
            "report_load_ratio": round(report_ms / max(plain_ms, 1e-3), 1),
            "trace_page_load_ms": None if trace_ms is None else round(trace_ms, 1),
            "machine": f"{platform.system()} {platform.machine()}, {platform.python_version()}",
        }
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
