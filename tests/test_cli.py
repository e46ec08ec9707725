"""The CLI as a user meets it: real subprocesses, one-line errors, non-zero exits, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from seeingeye.eval import synth

CLI = [sys.executable, "-m", "seeingeye.cli"]


def run(*args: str, stdin: bytes | None = None, timeout: float = 180) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=timeout)


def assert_clean_error(proc: subprocess.CompletedProcess[bytes], needle: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert needle in err.lower(), err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 3


def test_ask_receipt_plain_and_json(receipt_file: tuple[Path, synth.Item], tmp_path: Path) -> None:
    path, item = receipt_file
    proc = run("ask", str(path), "What is the total amount on this receipt?")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().strip() == item.answer
    trace = tmp_path / "trace.json"
    proc = run("ask", str(path), "What is the total?", "--json", "--trace", str(trace))
    data = json.loads(proc.stdout)
    for key in ("answer", "confidence", "rounds", "sir", "usage", "timings"):
        assert key in data
    assert data["answer"] == item.answer and data["sir"]["image"]["width"] == item.image.width
    recorded = json.loads(trace.read_text())
    assert [c["tool"] for c in recorded["tool_calls"][:2]] == ["orient", "ocr"] and recorded["rounds"]


def test_ask_reads_stdin_and_options(receipt_file: tuple[Path, synth.Item]) -> None:
    path, item = receipt_file
    wrong = f"{float(item.answer) + 3:.2f}"
    proc = run(
        "ask",
        "-",
        "What is the total?",
        "--option",
        wrong,
        "--option",
        item.answer,
        "--reasoner",
        "programs",
        stdin=path.read_bytes(),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().strip() == "B"


@pytest.mark.parametrize(
    "setup,needle",
    [
        ("missing", "not found"),
        ("dir", "directory"),
        ("empty", "empty"),
        ("text", "not an image"),
        ("truncated", "truncated"),
    ],
)
def test_bad_images_give_one_line_errors(tmp_path: Path, setup: str, needle: str) -> None:
    target = tmp_path / "x.png"
    if setup == "dir":
        target = tmp_path
    elif setup == "empty":
        target.write_bytes(b"")
    elif setup == "text":
        target.write_text("not an image at all")
    elif setup == "truncated":
        import io

        from PIL import Image

        buf = io.BytesIO()
        Image.effect_noise((200, 200), 40).save(buf, format="PNG")
        target.write_bytes(buf.getvalue()[:300])
    assert_clean_error(run("ask", str(target), "What is this?", "--reasoner", "programs"), needle)


def test_bad_questions_and_options(receipt_file: tuple[Path, synth.Item]) -> None:
    path, _ = receipt_file
    assert_clean_error(run("ask", str(path), "   ", "--reasoner", "programs"), "question is empty")
    assert_clean_error(run("ask", str(path), "x" * 5000, "--reasoner", "programs"), "question too long")
    assert_clean_error(
        run("ask", str(path), "Total?", "--option", "only one", "--reasoner", "programs"), "at least two options"
    )
    assert_clean_error(
        run("ask", str(path), "Total?", "--option", "a", "--option", " ", "--reasoner", "programs"), "option 2 is empty"
    )


def test_bomb_limit_flag(tmp_path: Path) -> None:
    from PIL import Image

    p = tmp_path / "big.png"
    Image.new("L", (2000, 2000)).save(p)
    assert_clean_error(run("ask", str(p), "What?", "--max-pixels", "1000000", "--reasoner", "programs"), "pixels")


def test_server_down_is_a_clear_error(receipt_file: tuple[Path, synth.Item]) -> None:
    path, _ = receipt_file
    from conftest import free_port

    proc = run(
        "ask",
        str(path),
        "Total?",
        "--reasoner",
        "openai",
        "--base-url",
        f"http://127.0.0.1:{free_port()}/v1",
        "--model",
        "m",
        "--timeout",
        "3",
    )
    assert_clean_error(proc, "cannot reach model server")


def test_unknown_backend_and_bad_config(receipt_file: tuple[Path, synth.Item], tmp_path: Path) -> None:
    path, _ = receipt_file
    assert_clean_error(run("ask", str(path), "Total?", "--reasoner", "nonesuch"), "unknown backend")
    cfg = tmp_path / "seeingeye.toml"
    cfg.write_text("max_rounds = 'many'\n")
    assert_clean_error(run("ask", str(path), "Total?", "--config", str(cfg)), "max_rounds")


def test_tools_schema_doctor() -> None:
    tools = json.loads(run("tools", "--json").stdout)
    assert {t["function"]["name"] for t in tools} >= {"ocr", "zoom", "shapes", "chart", "table"}
    schema = json.loads(run("schema").stdout)
    assert "evidence" in schema["properties"]
    program = json.loads(run("schema", "program").stdout)
    assert "oneOf" in program or "anyOf" in program or "discriminator" in program
    doc = run("doctor")
    out = doc.stdout.decode()
    assert doc.returncode == 0 and "rapidocr" in out and "smollm2" in out
