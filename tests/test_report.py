"""Eval metrics (calibration, round flips) and report.html as a browser shows it, on synthetic runs."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

import pytest
from browser_util import Page, browser  # noqa: F401  (fixture)
from PIL import Image, ImageDraw

from seeingeye.eval.metrics import calibration, ece, reliability_bins, round_flips, summarise
from seeingeye.eval.report import write_report
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.viewer import make_bundle

# ---------------------------------------------------------------- metrics


def test_reliability_bins_and_ece_by_hand() -> None:
    conf = [0.95, 0.95, 0.95, 0.95, 0.35, 0.35, 0.7, 0.0]
    hit = [True, True, True, False, False, True, True, False]
    bins = reliability_bins(conf, hit, 10)
    assert [b["n"] for b in bins] == [1, 0, 0, 2, 0, 0, 1, 0, 0, 4]  # 0.7 falls in (0.6, 0.7], 0.0 in the first bin
    assert bins[9]["accuracy"] == 0.75 and bins[3]["confidence"] == pytest.approx(0.35)
    expected = (1 * 0.0 + 2 * abs(0.5 - 0.35) + 1 * abs(1 - 0.7) + 4 * abs(0.75 - 0.95)) / 8
    assert ece(conf, hit) == pytest.approx(expected)
    assert ece([0.8] * 10, [True] * 8 + [False] * 2) == pytest.approx(0.0)
    assert ece([0.9] * 10, [True] * 5 + [False] * 5) == pytest.approx(0.4)
    assert ece([], []) == 0.0


def test_calibration_skips_rows_without_confidence_or_with_errors() -> None:
    rows = [
        {"confidence": 0.9, "correct": True},
        {"confidence": None, "correct": False},
        {"confidence": 0.9, "correct": False, "error": "boom"},
        {"confidence": 0.2, "correct": False},
    ]
    cal = calibration(rows)
    assert cal is not None and cal["n"] == 2 and cal["ece"] == pytest.approx(0.15)
    assert calibration([{"correct": True}]) is None


def test_round_flips_scores_the_first_round_like_the_final_answer() -> None:
    def row(answers: list[str], gold: str, correct: bool, kind: str = "numeric") -> dict[str, Any]:
        return {"round_answers": answers, "gold": gold, "correct": correct, "answer_type": kind, "options": []}

    rows = [
        row(["12.0", "12.50"], "12.5", True),  # wrong -> right
        row(["12.50", "13"], "12.5", False),  # right -> wrong
        row(["12.5", "$12.50"], "12.5", True),  # changed text, right both times
        row(["7"], "7", True),  # one round: not counted
        row(["B", "A"], "A", True, "mcq"),  # wrong -> right (letters)
        {"gold": "x", "correct": False},  # no trace: not in n
    ]
    fl = round_flips(rows)
    assert fl == {
        "n": 5,
        "ran_round_2": 4,
        "share_round_2": 0.8,
        "answer_changed": 4,
        "wrong_to_right": 2,
        "right_to_wrong": 1,
        "net_gain": 1,
    }
    assert round_flips([{"gold": "1", "correct": True}]) is None


# ---------------------------------------------------------------- synthetic runs

SYSTEMS = {"seeingeye": 0.7, "ocr-dump": 0.4}
CATEGORIES = ["receipt", "chart", "table", "screenshot"]


def _images(folder: Path, k: int = 12) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(k):
        img = Image.new("RGB", (640, 420), (250, 250, 250))
        draw = ImageDraw.Draw(img)
        for j in range(8):
            draw.text((30, 30 + 45 * j), f"item {i}-{j}  {random.Random(i * 9 + j).uniform(1, 99):.2f}", fill="black")
        draw.rectangle((400, 40, 600, 380), outline=(200, 30, 30), width=4)
        paths.append(folder / f"img{i}.png")
        img.save(paths[-1])
    return paths


def fake_run(out: Path, n: int, seed: int = 0, hostile: bool = False) -> Path:
    """predictions.jsonl and view-bundle traces as the runner writes them, without running any model."""
    rng = random.Random(seed)
    images = _images(out.parent / f"images-{out.name}")
    (out / "traces").mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        img_path = images[i % len(images)]
        question = f"What is the value of item {i}?" + (" <script>window.__pwned=1</script>" if hostile else "")
        gold = f"{i}.50"
        for system, acc in SYSTEMS.items():
            correct = rng.random() < acc
            rounds = 2 if system == "seeingeye" and rng.random() < 0.3 else 1
            first = gold if rng.random() < 0.5 else "0"
            final = gold if correct else "1"
            answers = [first, final] if rounds == 2 else [final]
            conf = round(rng.uniform(0.3, 1.0), 2) if system == "seeingeye" else None
            row = {
                "id": f"q{i:04d}",
                "system": system,
                "category": CATEGORIES[i % len(CATEGORIES)],
                "answer_type": "numeric",
                "question": question,
                "gold": gold,
                "options": [],
                "prediction": final,
                "confidence": conf,
                "usage": {"reasoner": {"tokens_in": 300, "tokens_out": 9}} if system == "ocr-dump" else {},
                "tool_calls": 3,
                "rounds": rounds,
                "model_calls": int(system == "ocr-dump"),
                "valid_model_calls": int(system == "ocr-dump"),
                "error": None,
                "evidence_hit": correct,
                "latency_s": rng.uniform(0.2, 3.0),
                "correct": correct,
            }
            lines.append(json.dumps(row))
            sir = SIR(
                question=question,
                image=ImageFacts(
                    width=640, height=420, original_width=640, original_height=420, sha256="x", format="PNG", mode="RGB"
                ),
            )
            sir.add(
                EvidenceDraft(kind="text", value=f"item {i}", box=Box(x0=30, y0=30, x1=200, y1=45)),
                source="ocr",
                round=1,
            )
            trace = {
                "rounds": [
                    {"round": k + 1, "new_evidence": 1, "answer": a, "confidence": conf} for k, a in enumerate(answers)
                ],
                "tool_calls": [
                    {
                        "round": 1,
                        "tool": "ocr",
                        "arguments": {},
                        "duration_s": 0.1,
                        "ok": True,
                        "summary": "8 lines",
                        "evidence_ids": ["e1"],
                    }
                ],
                "model_calls": [],
                "stop_reason": "confident",
            }
            summary = {
                "question": question,
                "options": [],
                "answer": final,
                "confidence": conf,
                "evidence_ids": ["e1"],
                "sir": sir.model_dump(),
            }
            bundle = make_bundle(summary, trace, source=img_path)
            (out / "traces" / system).mkdir(exist_ok=True)
            (out / "traces" / system / f"q{i:04d}.json").write_text(json.dumps(bundle))
    (out / "predictions.jsonl").write_text("\n".join(lines) + "\n")
    return out


def test_report_files_numbers_and_failure_pages(tmp_path: Path) -> None:
    run = fake_run(tmp_path / "run", 24, hostile=True)
    base = fake_run(tmp_path / "base", 24, seed=5)
    write_report(base)
    summ = write_report(run, compare=base, notes={"seeingeye": "tools + programs"})
    rows = [json.loads(x) for x in (run / "predictions.jsonl").read_text().splitlines()]
    wrong = [r for r in rows if not r["correct"]]
    se = summ["seeingeye"]
    assert se["calibration"]["n"] == 24 and se["round_flips"]["ran_round_2"] == sum(
        1 for r in rows if r["system"] == "seeingeye" and r["rounds"] == 2
    )
    assert summ["ocr-dump"]["calibration"] is None
    assert summarise([r for r in rows if r["system"] == "seeingeye"])["round_flips"] is None  # needs traces
    html = (run / "report.html").read_text()
    assert html.count("<tr class='fail'") == len(wrong)
    assert html.count("data:image/jpeg;base64,") == len(wrong)  # a thumbnail per wrong row
    for r in wrong:
        assert (run / "traces" / r["system"] / f"{r['id']}.html").exists()
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned=1" in html
    assert "reliability diagram" in html and "Δ accuracy" in html and "ECE" in html
    md = (run / "report.md").read_text()
    assert "vs compare" in md and "ran round 2+" in md and "ECE" in md and "wrong→right" in md


def test_report_in_browser_sorts_filters_and_opens_traces(tmp_path: Path, browser: Any) -> None:  # noqa: F811
    run = fake_run(tmp_path / "run", 16, seed=2, hostile=True)
    write_report(run)
    view = Page(browser)
    try:
        page = view.open(run / "report.html")
        fails = page.locator("tr.fail")
        n = fails.count()
        assert n > 2
        # filter by system
        page.select_option("#f-system", "ocr-dump")
        visible = [r for r in range(n) if fails.nth(r).is_visible()]
        assert visible and all(fails.nth(r).get_attribute("data-system") == "ocr-dump" for r in visible)
        page.select_option("#f-system", "")
        # sort the failures by confidence, descending then ascending
        header = page.locator("table.failures th", has_text="confidence")
        header.click()
        header.click()
        vals = [
            v
            for v in page.eval_on_selector_all(
                "table.failures tbody tr td:nth-child(8)", "tds => tds.map(t => t.dataset.v)"
            )
            if v
        ]
        assert [float(v) for v in vals] == sorted(float(v) for v in vals)[::-1]
        assert page.evaluate("() => window.__pwned") is None and view.errors == []
        # clicking a row (not its link) opens that item's trace page
        row = fails.first
        item_id, system = row.get_attribute("data-href"), row.get_attribute("data-system")
        row.locator("td").nth(4).click()
        page.wait_for_load_state("load")
        assert page.url.endswith(item_id) and system in page.url
        assert page.locator("#overlay g[data-ev=e1]").count() == 1 and "data:image/" in page.content()
        assert view.errors == []
    finally:
        view.close()


def _load_ms(view: Page, path: Path, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        view.page.goto(path.resolve().as_uri(), wait_until="load")
        view.page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")  # first frame painted
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2] * 1000


def test_200_item_report_is_small_and_loads_fast(tmp_path: Path, browser: Any) -> None:  # noqa: F811
    run = fake_run(tmp_path / "run", 200, seed=3)
    write_report(run)
    size = (run / "report.html").stat().st_size
    assert size < 3_000_000, size
    plain = tmp_path / "plain.html"
    plain.write_text("<!doctype html><meta charset='utf-8'><title>plain</title><p>plain page</p>")
    view = Page(browser)
    try:
        plain_ms = max(_load_ms(view, plain), 5.0)  # a floor: timer noise on a near-empty page
        report_ms = _load_ms(view, run / "report.html")
        assert view.errors == []
        assert report_ms / plain_ms < 20, (report_ms, plain_ms)
    finally:
        view.close()
