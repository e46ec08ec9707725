"""Issue 21 (Hardening III), the file/eval/viewer/config/image half: items 1, 2, 3, 5, 8, 10, 11, 12, 13.
One test (or a small group) per item, each named after it; every hostile input ends in a one-line error,
never a traceback, in bounded time."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import http.server
import io
import json
import os
import struct
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp import Client
from PIL import Image
from typer.testing import CliRunner

from seeingeye import SeeingEye
from seeingeye.cli import app
from seeingeye.config import load_settings
from seeingeye.errors import ConfigError, ImageError, InputError
from seeingeye.eval import synth
from seeingeye.eval.datasets import load_dataset
from seeingeye.eval.report import write_report
from seeingeye.eval.rows import load_rows
from seeingeye.eval.rundir import RunFolder, RunFolderError, safe_name, trace_path
from seeingeye.eval.runner import read_done, run_eval
from seeingeye.imageio import load_image
from seeingeye.server.app import ServerSettings, create_app
from seeingeye.server.mcp_tools import build_mcp
from seeingeye.server.sources import PathNotAllowed, read_path
from seeingeye.viewer import make_bundle, render_page

cli = CliRunner()


def one_line(res: Any, needle: str) -> None:
    """A CliRunner result that failed with exit code 2 and one `error:` line containing `needle`."""
    text = res.output.strip()
    assert res.exit_code == 2, (res.exit_code, text, res.exception)
    assert "Traceback" not in text and len(text.splitlines()) == 1 and text.startswith("error:"), text
    assert needle in text.lower(), text


def row(id_: Any, system: str = "s", **kw: Any) -> dict[str, Any]:
    base = {"id": id_, "system": system, "category": "c", "question": "q", "gold": "a", "prediction": "b"}
    return {**base, "correct": False, "latency_s": 0.1, "error": None, **kw}


def write_rows(out: Path, rows: list[Any], raw_lines: list[str] = ()) -> None:  # type: ignore[assignment]
    out.mkdir(parents=True, exist_ok=True)
    lines = [*raw_lines, *(json.dumps(r) for r in rows)]
    (out / "predictions.jsonl").write_text("".join(line + "\n" for line in lines))


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


# ---- 1: names from data never become paths -------------------------------------------------------------


def test_item1_names_from_data_never_become_paths(tmp_path: Path) -> None:
    # One helper, one-to-one: a/b and a_b get different files, `..` cannot climb, 300 characters fit.
    names = ["a/b", "a_b", "..", ".", "../../x", "x" * 300, "a\x00b", "receipt-0001", "a~b", "é"]
    encoded = [safe_name(n) for n in names]
    assert len(set(encoded)) == len(names) and safe_name("receipt-0001") == "receipt-0001"
    assert all("/" not in e and e not in (".", "..") and len(e) <= 80 and "\x00" not in e for e in encoded)
    run, outside = tmp_path / "run", tmp_path / "outside"
    outside.mkdir()
    with RunFolder(run) as folder:
        for n in names:
            folder.append({**row(n, system="../../outside/evil"), "trace": {"rounds": [], "for": n}})
    traces = sorted((run / "traces").rglob("*.json"))
    assert len(traces) == len(names) and all(p.resolve().is_relative_to(run.resolve()) for p in traces)
    assert json.loads(trace_path(run, "../../outside/evil", "a/b").read_text())["for"] == "a/b"
    assert json.loads(trace_path(run, "../../outside/evil", "a_b").read_text())["for"] == "a_b"
    # The report of a crafted folder writes only inside it (summaries and trace pages use the same names).
    before = files_under(tmp_path) - files_under(run)
    write_report(run)
    assert files_under(tmp_path) - files_under(run) == before and not list(outside.iterdir())
    # A symlink planted in the folder does not carry writes out of it either.
    crafted = tmp_path / "crafted"
    write_rows(crafted, [row("x", system="sys")])
    (crafted / "traces").symlink_to(outside, target_is_directory=True)
    (outside / "sys").mkdir()
    (outside / "sys" / "x.json").write_text(json.dumps({"rounds": [], "view": {"result": {"answer": "b"}}}))
    with pytest.raises(RunFolderError, match="outside the run folder"):
        write_report(crafted)
    assert sorted(p.name for p in (outside / "sys").iterdir()) == ["x.json"]


# ---- 2: MCP opens then checks (no check-then-open race) -------------------------------------------------


def test_item2_symlink_swap_race_never_leaks_a_file_from_outside_the_root(tmp_path: Path) -> None:
    root, secret_dir = tmp_path / "root", tmp_path / "secret"
    root.mkdir()
    secret_dir.mkdir()
    (secret_dir / "f.png").write_bytes(b"SECRET-OUTSIDE-THE-ROOT")
    (root / "d").mkdir()
    (root / "d" / "f.png").write_bytes(b"inside")
    (root / "f.png").write_bytes(b"inside")
    stop = threading.Event()

    def swap(link: Path, real_kind: str) -> None:
        """Flip `link` between a real file/folder under the root and a symlink out of it, as fast as possible."""
        parked = link.with_name(link.name + ".real")
        while not stop.is_set():
            os.rename(link, parked)
            os.symlink(secret_dir / "f.png" if real_kind == "file" else secret_dir, link)
            os.rename(link, link.with_name(link.name + ".lnk"))
            os.rename(parked, link)
            os.unlink(link.with_name(link.name + ".lnk"))

    threads = [
        threading.Thread(target=swap, args=(root / "f.png", "file"), daemon=True),
        threading.Thread(target=swap, args=(root / "d", "dir"), daemon=True),
    ]
    for t in threads:
        t.start()
    got: dict[str, int] = {}
    try:
        # Swap in the window: resolve happens while the real file is there, the open after a swap.
        for i in range(3000):
            ref = "f.png" if i % 2 else "d/f.png"
            try:
                data = read_path(ref, [root], 1 << 20)
            except (ImageError, PathNotAllowed) as exc:
                msg = str(exc)
                assert len(msg.splitlines()) == 1 and "SECRET" not in msg
                key = "changed" if "changed" in msg else "refused" if "outside" in msg else "other"
                got[key] = got.get(key, 0) + 1
                continue
            assert data == b"inside", data
            got["read"] = got.get("read", 0) + 1
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert got.get("read", 0) > 0, got  # the race ran (reads between swaps succeed), and never leaked


# ---- 3: a working-folder config does not redirect credentials -------------------------------------------


class KeyCatcher(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        KeyCatcher.seen.append(self.headers.get("Authorization") or "")
        self.send_response(500)
        self.end_headers()

    do_GET = do_POST  # noqa: N815

    def log_message(self, *args: Any) -> None:
        pass


def test_item3_cwd_config_cannot_send_env_key_to_its_endpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), KeyCatcher)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    KeyCatcher.seen.clear()
    url = f"http://127.0.0.1:{srv.server_address[1]}/v1"
    folder = tmp_path / "cloned-repo"
    folder.mkdir()
    (folder / "seeingeye.toml").write_text(
        f'[seeingeye]\nreasoner = "openai"\nbase_url = "{url}"\nmodel = "m"\nretries = 0\ntrust_local_config = true\n'
    )
    synth.receipt(__import__("random").Random(3)).image.save(folder / "r.png")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-user-secret")
    try:
        res = cli.invoke(app, ["ask", "r.png", "What is the total?"])
        one_line(res, "refusing to send your api key")
        assert KeyCatcher.seen == []  # nothing reached the folder's server, key or not
        # The folder's own key may go to the folder's own endpoint; the environment's may not.
        (folder / "seeingeye.toml").write_text((folder / "seeingeye.toml").read_text() + 'api_key = "folder-key"\n')
        assert load_settings().resolved_api_key() == "folder-key"
        monkeypatch.setenv("SEEINGEYE_API_KEY", "sk-user-secret")  # the env layer overrides the folder's key
        with pytest.raises(ConfigError, match="working folder"):
            load_settings().resolved_api_key()
        # The same endpoint given outside the folder's file (argument, --config, env) gets the key.
        assert load_settings(base_url=url).resolved_api_key() == "sk-user-secret"
        assert load_settings(folder / "seeingeye.toml").resolved_api_key() == "sk-user-secret"
        # ...and so does an explicit opt-in from outside the file (the file's own `trust_local_config` is ignored).
        monkeypatch.setenv("SEEINGEYE_TRUST_LOCAL_CONFIG", "1")
        res = cli.invoke(app, ["ask", "r.png", "What is the total?"])
        assert res.exit_code != 0 and KeyCatcher.seen and set(KeyCatcher.seen) == {"Bearer sk-user-secret"}
    finally:
        srv.shutdown()
    # A FIFO planted as the folder's seeingeye.toml is refused at once, not waited on.
    fifo_folder = tmp_path / "fifo-folder"
    fifo_folder.mkdir()
    os.mkfifo(fifo_folder / "seeingeye.toml")
    monkeypatch.chdir(fifo_folder)
    with pytest.raises(ConfigError, match="FIFO"):
        load_settings()


# ---- 5: frame and page counts are bounded before work ---------------------------------------------------


def tiff_of_pages(n: int, side: int = 4) -> bytes:
    """A little-endian TIFF of `n` tiny greyscale pages sharing one strip (110,000 pages: 12.5 MB)."""
    pixels = bytes(range(side * side))
    first_ifd = 8 + len(pixels)
    tags = [(256, 3, side), (257, 3, side), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 8)]
    tags += [(277, 3, 1), (278, 3, side), (279, 4, len(pixels))]
    ifd = struct.pack("<H", len(tags)) + b"".join(struct.pack("<HHII", t, kind, 1, v) for t, kind, v in tags)
    step = len(ifd) + 4
    pages = [ifd + struct.pack("<I", first_ifd + (i + 1) * step if i < n - 1 else 0) for i in range(n)]
    return b"II*\x00" + struct.pack("<I", first_ifd) + pixels + b"".join(pages)


def test_item5_tiff_of_110000_pages_loads_its_first_page_in_bounded_time() -> None:
    data = tiff_of_pages(110_000)
    assert len(data) > 12_000_000
    t0 = time.perf_counter()
    loaded = load_image(data)
    assert time.perf_counter() - t0 < 5  # was 108 s counting pages
    assert loaded.size == (4, 4) and loaded.frames == 65 and "over 64 frames" in loaded.notes[0]
    few = load_image(tiff_of_pages(3))
    assert few.frames == 3 and few.notes == ["multi-frame image (3 frames): analysed the first"]


# ---- 8: thin images --------------------------------------------------------------------------------------


def png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, format="PNG")
    return buf.getvalue()


def test_item8_thin_images_are_one_line_errors_on_cli_and_serve(tmp_path: Path, live_server: Any) -> None:
    for size in [(4, 100_000), (100_000, 4), (6, 12_288)]:
        with pytest.raises(ImageError, match="too thin"):
            load_image(png(size))
        with pytest.raises(ImageError, match="too thin"):
            load_image(Image.new("RGB", size))
    assert load_image(png((4, 2048))).size == (4, 2048)  # thin but workable: still analysed
    (tmp_path / "thin.png").write_bytes(png((4, 100_000)))
    one_line(cli.invoke(app, ["ask", str(tmp_path / "thin.png"), "what is it?", "--reasoner", "programs"]), "thin")
    # serve (and the proxy: same `SeeingEye.load`) answers 400 with the reason, then still serves.
    eye = SeeingEye(reasoner="programs")
    with live_server(create_app(eye, ServerSettings())) as srv:
        url = "data:image/png;base64," + base64.b64encode(png((100_000, 4))).decode()
        body = {
            "messages": [
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "q"}, {"type": "image_url", "image_url": {"url": url}}],
                }
            ]
        }
        deadline = time.monotonic() + 60
        while httpx.get(f"http://127.0.0.1:{srv.port}/readyz").status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        r = httpx.post(f"http://127.0.0.1:{srv.port}/v1/chat/completions", json=body, timeout=60)
        assert r.status_code == 400 and "too thin" in r.json()["error"]["message"], r.text
        assert httpx.get(f"http://127.0.0.1:{srv.port}/healthz").status_code == 200


# ---- 10: eval run folder, data sets and report -------------------------------------------------------------


def test_item10_two_resume_runs_on_one_folder_refuse_instead_of_duplicating(tmp_path: Path) -> None:
    out = tmp_path / "run"
    with RunFolder(out) as first:
        first.append(row("a"))
        with pytest.raises(RunFolderError, match=r"in use by another seeingeye eval \(pid \d+\)"):
            run_eval([], ["seeingeye"], out, load_settings(), resume=True)
        first.append(row("b"))
    assert [r["id"] for r in load_rows(out / "predictions.jsonl")] == ["a", "b"]
    with RunFolder(out, resume=True) as again:  # released on close: the next run goes ahead
        assert again.done() == {("a", "s"), ("b", "s")}


def test_item10_torn_or_bad_lines_never_cost_intact_rows(tmp_path: Path) -> None:
    out = tmp_path / "run"
    bad = [
        '{"id": "torn", "sys',
        '{"system": "s", "correct": true}',
        "[" * 100_000,
        '{"id": "u", "system": "s", "usage": 5}',
    ]
    write_rows(out, [row("a"), row("b")], raw_lines=bad)
    with (out / "predictions.jsonl").open("a") as fh:
        fh.write('{"id": "c", "sys')  # and a real torn last write
    assert read_done(out / "predictions.jsonl") == {("a", "s"), ("b", "s")}
    text = (out / "predictions.jsonl").read_text()
    assert text.count("\n") == 6 and text.endswith('"error": null}\n')  # only the torn tail was cut
    summaries = write_report(out)  # no KeyError for the row without an id; bad lines skipped
    assert summaries["s"]["n"] == 2 and "4 unreadable line(s) of predictions.jsonl" in (out / "report.md").read_text()


def test_item10_hostile_data_sets_end_in_one_line(tmp_path: Path) -> None:
    synth.receipt(__import__("random").Random(2)).image.save(tmp_path / "r.png")
    manifest = tmp_path / "m.jsonl"
    lines = [
        "[" * 100_000,  # line 1: auto id line-1, an error item
        json.dumps({"id": "line-1", "image": "r.png", "question": "q", "answer": "a"}),  # a real id line-1
        json.dumps({"image": "r.png", "question": "q", "answer": "a"}),  # no id: auto id "3"
        json.dumps({"id": "3", "image": "r.png", "question": "q", "answer": "a"}),
        json.dumps({"id": "x" * 300, "image": "r.png", "question": "q", "answer": "a"}),
    ]
    manifest.write_text("\n".join(lines) + "\n")
    items = load_dataset(str(manifest))
    ids = [i.id for i in items]
    assert len(set(ids)) == 5 and "line-1" in ids and "3" in ids and "x" * 300 in ids
    assert "nests too deeply" in items[0].error and len(items[0].error.splitlines()) == 1
    with RunFolder(tmp_path / "run") as run:  # a 300-character id is a row with a trace file, not an abort
        run.append({**row("x" * 300), "trace": {"rounds": []}})
    assert trace_path(tmp_path / "run", "s", "x" * 300).exists()
    (tmp_path / "bad.tsv").write_bytes(b"index\tquestion\tanswer\timage\n1\t\xff\xfe caf\xe9\ta\tAAAA\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_dataset(str(tmp_path / "bad.tsv"))
    (tmp_path / "bad.parquet").write_bytes(b"PAR1" + os.urandom(2000) + b"PAR1")
    with pytest.raises(InputError, match="not a readable Parquet"):
        load_dataset(str(tmp_path / "bad.parquet"))
    one_line(cli.invoke(app, ["eval", str(tmp_path / "bad.tsv"), "--out", str(tmp_path / "o")]), "utf-8")


def test_item10_mathtext_in_category_names_does_not_crash_the_report(tmp_path: Path) -> None:
    out = tmp_path / "run"
    write_rows(
        out, [row("a", category=r"$\frac{a}$"), row("b", category="$x^$", correct=True), row("c", system="$\\x$")]
    )
    summaries = write_report(out)
    assert set(summaries["s"]["per_category"]) == {r"$\frac{a}$", "$x^$"}
    assert (out / "report.html").stat().st_size > 0


# ---- 11: report --compare and --prices ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flag, content, needle",
    [
        ("--compare", '{"systems": {"s": {"accuracy": "high"}}}', "not a seeingeye summary"),
        ("--compare", '{"systems": [1, 2]}', "not a seeingeye summary"),
        ("--compare", "[" * 50_000, "nests too deeply"),
        ("--compare", "\xff not json", "not utf-8"),
        ("--prices", '{"reasoner": {"input_per_mtok": "cheap"}}', "prices file"),
        ("--prices", '{"reasoner": 5}', "prices file"),
        ("--prices", "{bad", "not json"),
        ("--prices", "/dev/zero", "not a regular file"),
    ],
)
def test_item11_report_compare_and_prices_malformed_are_one_line(
    tmp_path: Path, flag: str, content: str, needle: str
) -> None:
    out = tmp_path / "run"
    write_rows(out, [row("a")])
    other = tmp_path / "other"
    other.mkdir()
    (other / "summary.json").write_text(content, encoding="latin-1")
    (tmp_path / "prices.json").write_text(content, encoding="latin-1")
    arg = (
        str(other) if flag == "--compare" else content if content.startswith("/dev/") else str(tmp_path / "prices.json")
    )
    one_line(cli.invoke(app, ["report", str(out), flag, arg]), needle)


# ---- 12: view ----------------------------------------------------------------------------------------------------


def trace_with(evidence: list[dict[str, Any]], **view: Any) -> dict[str, Any]:
    result = {"question": "q", "answer": "a", "sir": {"evidence": evidence, "image": {"width": 40, "height": 30}}}
    return {"rounds": [], "view": {"version": 1, "result": result, **view}}


def test_item12_view_hostile_traces_end_in_one_line_or_render(tmp_path: Path) -> None:
    box = {"x0": 1, "y0": 1, "x1": 9, "y1": 9}
    listed = tmp_path / "list-id.json"
    listed.write_text(json.dumps(trace_with([{"id": ["e1", "e2"], "box": box, "source": "ocr"}])))
    res = cli.invoke(app, ["view", str(listed)])
    assert res.exit_code == 0, res.output
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000)
    one_line(cli.invoke(app, ["view", str(deep)]), "nests too deeply")
    one_line(cli.invoke(app, ["view", "/dev/zero", "-o", str(tmp_path / "z.html")]), "character device")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    one_line(cli.invoke(app, ["view", str(fifo), "-o", str(tmp_path / "f.html")]), "fifo")
    assert time.monotonic() - t0 < 10
    nan = tmp_path / "nan.json"
    nan.write_text(json.dumps(trace_with([{"id": "e1", "box": box, "confidence": float("nan")}])))
    res = cli.invoke(app, ["view", str(nan), "-o", str(tmp_path / "nan.html")])
    assert res.exit_code == 0, res.output
    page = (tmp_path / "nan.html").read_text()
    data = page.split('id="evidence-data">')[1].split("</script>")[0]
    assert json.loads(data, parse_constant=lambda c: pytest.fail(f"{c} in the page's JSON"))["e1"]["box"] == box
    # NaN written by a Python caller straight into a bundle is nulled on the page as well
    page = render_page(trace_with([{"id": "e1", "box": box, "confidence": float("inf")}]))
    assert "Infinity" not in page.split('id="evidence-data">')[1]


def test_item12_view_embeds_only_images_the_trace_owns(tmp_path: Path) -> None:
    private = tmp_path / "private" / "holiday.png"
    private.parent.mkdir()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(private)
    digest = hashlib.sha256(private.read_bytes()).hexdigest()
    cases = {
        "bare-path": {"path": str(private)},
        "wrong-hash": {"path": str(private), "sha256": "0" * 64},
        "fifo-with-hash": {"path": str(tmp_path / "p"), "sha256": digest},
    }
    os.mkfifo(tmp_path / "p")
    for name, src in cases.items():
        trace = tmp_path / f"{name}.json"
        trace.write_text(json.dumps(trace_with([], image_source=src)))
        res = cli.invoke(app, ["view", str(trace), "-o", str(tmp_path / f"{name}.html")])
        assert res.exit_code == 0, res.output
        page = (tmp_path / f"{name}.html").read_text()
        assert "data:image/" not in page and "no image in this trace" in page, name
    # What the trace owns is drawn: the file it recorded with its hash (eval runs), or inline data.
    owned = make_bundle({"question": "q"}, {"rounds": []}, source=private)
    assert owned["view"]["image_source"]["sha256"] == digest and "data:image/" in render_page(owned)
    inline = make_bundle({"question": "q"}, {"rounds": []}, source=private.read_bytes())
    assert "data:image/" in render_page(inline)


# ---- 13: MCP read_document on hostile page trees -----------------------------------------------------------------


def test_item13_mcp_read_document_on_deep_or_cyclic_page_trees(tmp_path: Path, live_server: Any) -> None:
    deep = ["<< /Type /Catalog /Pages 2 0 R >>"]
    for k in range(3000):  # a chain of 3000 /Pages nodes, the page at the bottom
        parent = f"/Parent {k + 1} 0 R " if k else ""
        deep.append(f"<< /Type /Pages {parent}/Kids [{k + 3} 0 R] /Count 1 >>")
    deep.append("<< /Type /Page /Parent 3001 0 R /MediaBox [0 0 200 200] >>")
    (tmp_path / "deep.pdf").write_bytes(synth.pdf_bytes(deep))
    cyclic = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] >>",
    ]
    (tmp_path / "cyclic.pdf").write_bytes(synth.pdf_bytes(cyclic))
    (tmp_path / "doc.pdf").write_bytes(synth.text_pdf([["Quarterly memo", "Region: North"]]))
    server = build_mcp(SeeingEye(reasoner="programs"), [tmp_path])
    with live_server(server.streamable_http_app(host="127.0.0.1")) as srv:

        async def main() -> None:
            async with Client(f"http://127.0.0.1:{srv.port}/mcp", read_timeout_seconds=60) as client:
                for name in ("deep.pdf", "cyclic.pdf"):
                    res = await client.call_tool("read_document", {"path": name})
                    text = res.content[0].text
                    assert res.is_error and "page tree" in text and len(text.splitlines()) == 1, text
                    assert "cannot read page 1 of PDF" in text  # the reason, not a bare "Error executing tool"
                res = await client.call_tool("read_document", {"path": "doc.pdf"})
                assert not res.is_error and "Quarterly memo" in res.structured_content["pages"][0]["text"]

        asyncio.run(main())
