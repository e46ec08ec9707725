"""The evaluation harness: every data-set format, scoring, reports, resume after SIGKILL, concurrency."""

from __future__ import annotations

import base64
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from seeingeye.config import load_settings
from seeingeye.eval import synth
from seeingeye.eval.datasets import load_dataset
from seeingeye.eval.metrics import summarise, wilson
from seeingeye.eval.report import write_report
from seeingeye.eval.runner import PREDICTIONS, read_done, run_eval
from seeingeye.eval.scoring import evidence_hit, score


def png(img) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def make_manifest(tmp: Path, n: int, seed: int = 0, corrupt: bool = False) -> Path:
    items = synth.generate(n, seed=seed, kinds=["receipt", "shapes", "chart", "mcq"])
    path = synth.write_manifest(items, tmp, prefix="q")
    if corrupt:
        (tmp / "images" / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage")
        bad = {"id": "bad", "image": "images/bad.png", "question": "What is it?", "answer": "x"}
        path.write_text(path.read_text() + json.dumps(bad) + "\n")
    return path


def test_scorers() -> None:
    assert score("$12.50", "12.5", "numeric") and not score("12.6", "12.5", "numeric")
    assert (
        score("B", "B", "mcq", ["x", "y"])
        and score("y", "B", "mcq", ["x", "y"])
        and not score("A", "B", "mcq", ["x", "y"])
    )
    assert score("Yes.", "yes", "yesno") and not score("no", "yes", "yesno")
    assert score("the Pears", "pears", "text") and not score("apples", "pears", "text")
    assert evidence_hit("12.5", ["TOTAL"], [12.5]) and not evidence_hit("13", [], [12.5])
    lo, hi = wilson(8, 10)
    assert 0.44 < lo < 0.5 and 0.94 < hi < 0.98


def test_jsonl_tsv_parquet_mia_and_easy_vqa_load(tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path, 4)
    items = load_dataset(str(manifest))
    assert [i.id for i in items] == ["q0000", "q0001", "q0002", "q0003"] and items[3].options
    # --category keeps only those categories, before --limit counts
    cats = {items[1].category}
    picked = load_dataset(str(manifest), limit=1, categories=cats)
    assert len(picked) == 1 and picked[0].category in cats
    assert all(i.category in cats for i in load_dataset(str(manifest), categories=cats))
    assert load_dataset(str(manifest), categories={"no such category"}) == []
    # VLMEvalKit TSV: base64 image column and option columns A, B, ...
    item = synth.mcq(random.Random(2))
    tsv = tmp_path / "bench.tsv"
    cols = ["index", "image", "question", "A", "B", "C", "D", "answer", "category"]
    tsv.write_text(
        "\t".join(cols)
        + "\n"
        + "\t".join(
            ["7", base64.b64encode(png(item.image)).decode(), item.question, *item.options, item.answer, "charts"]
        )
        + "\n"
    )
    (t,) = load_dataset(str(tsv))
    assert t.options == item.options and t.answer_type == "mcq" and isinstance(t.image, bytes)
    # MMMU parquet: image_k structs, options as a list string, <image 1> placeholders.
    table = pa.table(
        {
            "id": ["validation_Art_1"],
            "question": ["Which colour dominates <image 1>?"],
            "options": [str(["red", "blue"])],
            "answer": ["A"],
            "question_type": ["multiple-choice"],
            "subfield": ["Art"],
            "image_1": [{"bytes": png(item.image), "path": "x.png"}],
            "image_2": [None],
        }
    )
    pq.write_table(table, tmp_path / "mmmu.parquet")
    (m,) = load_dataset(str(tmp_path / "mmmu.parquet"))
    assert m.options == ["red", "blue"] and "<image" not in m.question and m.gold_text == "red"
    # MIA-Bench rows carry components and weights.
    mia = tmp_path / "mia.jsonl"
    mia.write_text(
        json.dumps(
            {
                "id": "m1",
                "image": "images/0.png",
                "instruction": "Describe it in one sentence.",
                "components": ["one sentence", "mentions the total"],
                "component_weight": [1, 2],
            }
        )
        + "\n"
    )
    (mi,) = load_dataset(str(mia))
    assert mi.answer_type == "mia" and mi.component_weights == [1.0, 2.0]
    ev = load_dataset("easy-vqa:test", limit=3)
    assert len(ev) == 3 and all(Path(e.image).exists() for e in ev)


def test_bad_manifest_rows_become_error_items(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    good = {"id": "g", "image": "a.png", "question": "q", "answer": "a"}
    p.write_text(
        '{"id": 1, "image": "a.png"}\n'  # no question
        "not json at all\n"
        "[1, 2]\n"  # JSON, but not an object
        + json.dumps({**good, "id": "nul", "image": "a\u0000.png"})
        + "\n"
        + json.dumps(good)
        + "\n"
    )
    items = load_dataset(str(p))
    assert [i.id for i in items] == ["1", "line-2", "line-3", "nul", "g"]
    assert all(i.error and "m.jsonl:" in i.error for i in items[:4]) and items[4].error is None
    assert "m.jsonl:1" in items[0].error and "KeyError" in items[0].error


def test_manifest_paths_are_confined_and_bad_rows_do_not_stop_the_run(tmp_path: Path) -> None:
    """`../../etc/passwd` style paths (and symlinks out) are refused unless --data-root widens the root;
    a malformed line is an error row and every other item still runs."""
    data = tmp_path / "data"
    manifest = make_manifest(data, 2, seed=13)
    secret = synth.receipt(random.Random(3))
    secret.image.save(tmp_path / "outside.png")  # a real image: the old code read and answered it
    (data / "images" / "link.png").symlink_to(tmp_path / "outside.png")
    rows = [
        {"id": "up", "image": "../outside.png", "question": secret.question, "answer": secret.answer},
        {"id": "abs", "image": str(tmp_path / "outside.png"), "question": "q", "answer": "a"},
        {"id": "link", "image": "images/link.png", "question": "q", "answer": "a"},
        {"id": "passwd", "image": "../../../../../../etc/passwd", "question": "q", "answer": "a"},
    ]
    manifest.write_text(manifest.read_text() + "\n".join(json.dumps(r) for r in rows) + '\n{"id": "torn", "ima\n')
    items = load_dataset(str(manifest))
    assert len(items) == 7
    out = run_eval(items, ["seeingeye"], tmp_path / "run", load_settings(reasoner="programs"))
    by_id = {r["id"]: r for r in out}
    for bad in ("up", "abs", "link", "passwd"):
        assert "outside the data root" in by_id[bad]["error"] and by_id[bad]["prediction"] == "", by_id[bad]
    assert "bad manifest row" in by_id["line-7"]["error"]
    assert all(by_id[f"q{i:04d}"]["error"] is None for i in range(2))  # the good items ran
    widened = {i.id: i for i in load_dataset(str(manifest), data_root=tmp_path)}
    assert widened["up"].error is None and widened["link"].error is None  # --data-root widens it
    assert widened["up"].image == (tmp_path / "outside.png").resolve()
    assert "outside" in str(widened["passwd"].error)


def test_run_writes_all_files_and_error_rows(tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path / "data", 6, seed=3, corrupt=True)
    out = tmp_path / "run"
    settings = load_settings()
    rows = run_eval(load_dataset(str(manifest)), ["seeingeye", "ocr-dump"], out, settings)
    assert len(rows) == 14 and len({(r["id"], r["system"]) for r in rows}) == 14
    bad = [r for r in rows if r["id"] == "bad"]
    assert all(r["error"] and not r["correct"] for r in bad)
    summ = write_report(out, {"reasoner": {"input_per_mtok": 1.0, "output_per_mtok": 2.0}})
    se, od = summ["seeingeye"], summ["ocr-dump"]
    assert se["accuracy"] > od["accuracy"]
    assert se["errors"] == 1 and se["evidence_recall"] is not None and se["evidence_recall"] >= 0.8
    assert od["schema_valid_rate"] is not None and od["cost_per_correct"] is not None
    for f in ("predictions.jsonl", "summary.json", "report.md", "report.html"):
        assert (out / f).stat().st_size > 0
    html = (out / "report.html").read_text()
    assert html.count("data:image/png;base64,") == 5 and "reliability diagram" in html and "Wrong answers" in html
    with pytest.raises(Exception, match="--resume"):
        run_eval(load_dataset(str(manifest)), ["seeingeye"], out, settings)


def test_torn_last_line_is_cut_on_resume(tmp_path: Path) -> None:
    p = tmp_path / "predictions.jsonl"
    p.write_text(json.dumps({"id": "a", "system": "s"}) + "\n" + '{"id": "b", "sys')
    assert read_done(p) == {("a", "s")}
    assert p.read_text().endswith("}\n")


def test_sigkill_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path / "data", 14, seed=5)
    out = tmp_path / "run"
    cmd = [
        sys.executable,
        "-m",
        "seeingeye.cli",
        "eval",
        str(manifest),
        "--systems",
        "seeingeye",
        "--reasoner",
        "programs",
        "--out",
        str(out),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pred = out / "predictions.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if pred.exists() and pred.read_text().count("\n") >= 3:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    killed_at = pred.read_text().count("\n")
    assert 3 <= killed_at < 14, "the run must be killed midway for this test to mean anything"
    done = subprocess.run([*cmd, "--resume"], capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in pred.read_text().splitlines()]
    ids = [r["id"] for r in rows]
    assert sorted(ids) == sorted(f"q{i:04d}" for i in range(14)) and len(ids) == len(set(ids))


def test_concurrency_two_matches_serial(tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path / "data", 6, seed=9)
    items = load_dataset(str(manifest))
    settings = load_settings(reasoner="programs")
    serial = run_eval(items, ["seeingeye"], tmp_path / "a", settings)
    parallel = run_eval(items, ["seeingeye"], tmp_path / "b", settings, concurrency=2)
    key = lambda r: r["id"]  # noqa: E731
    assert [(r["id"], r["prediction"], r["correct"]) for r in sorted(serial, key=key)] == [
        (r["id"], r["prediction"], r["correct"]) for r in sorted(parallel, key=key)
    ]
    assert summarise(serial)["accuracy"] == summarise(parallel)["accuracy"]


def test_cli_eval_and_report_compare(tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path / "data", 4, seed=11)
    # Issue 10 item 16: --data-root widens where images may be; what lies outside it, and a malformed
    # line, become error rows while the run goes on.
    synth.receipt(random.Random(4)).image.save(tmp_path / "outside.png")
    extra = [
        {"id": "up", "image": "../outside.png", "question": "What is the total?", "answer": "1"},
        {"id": "passwd", "image": "../../../../../../../etc/passwd", "question": "q", "answer": "a"},
    ]
    manifest.write_text(manifest.read_text() + "".join(json.dumps(r) + "\n" for r in extra) + "{broken\n")
    base = [sys.executable, "-m", "seeingeye.cli"]
    a = subprocess.run(
        [
            *base,
            "eval",
            str(manifest),
            "--systems",
            "seeingeye,one-round",
            "--out",
            str(tmp_path / "a"),
            "--reasoner",
            "programs",
            "--data-root",
            str(tmp_path),
        ],
        capture_output=True,
        timeout=600,
    )
    assert a.returncode == 0, a.stderr.decode()
    got = {(r["id"], r["system"]): r for r in map(json.loads, (tmp_path / "a" / PREDICTIONS).read_text().splitlines())}
    assert len(got) == 14 and got["up", "seeingeye"]["error"] is None and got["up", "seeingeye"]["prediction"]
    assert "outside the data root" in got["passwd", "seeingeye"]["error"]
    assert "bad manifest row" in got["line-7", "one-round"]["error"]
    assert "seeingeye: accuracy" in a.stdout.decode() and "one-round: accuracy" in a.stdout.decode()
    r = subprocess.run([*base, "report", str(tmp_path / "a"), "--compare", str(tmp_path / "a")], capture_output=True)
    assert r.returncode == 0 and "vs compare" in (tmp_path / "a" / "report.md").read_text()
    missing = subprocess.run([*base, "eval", str(tmp_path / "nope.jsonl")], capture_output=True)
    assert missing.returncode == 2 and b"not found" in missing.stderr and b"Traceback" not in missing.stderr
