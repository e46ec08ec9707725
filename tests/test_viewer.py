"""The trace viewer: bundles, escaping, the CLI, and the page as a real browser draws it."""

from __future__ import annotations

import base64
import html
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from browser_util import Page, browser  # noqa: F401  (fixture)
from PIL import Image

from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.trace import ModelCallRecord, RoundRecord, ToolCallRecord, Trace
from seeingeye.viewer import load_bundle, make_bundle, normalise, render_page, write_page

EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def fixture_bundle(tmp_path: Path, *, embed: bool = True) -> tuple[dict[str, Any], Image.Image]:
    """A white 400x300 image; e1 a large OCR box, e2 a small cited chart box whose text is hostile."""
    img = Image.new("RGB", (400, 300), "white")
    sir = SIR(
        question="What is the total?",
        image=ImageFacts(
            width=400, height=300, original_width=400, original_height=300, sha256="x", format="PNG", mode="RGB"
        ),
    )
    sir.add(
        EvidenceDraft(kind="text", value="TOTAL 12.50", box=Box(x0=100, y0=80, x1=300, y1=220)), source="ocr", round=1
    )
    sir.add(
        EvidenceDraft(kind="key_value", label="note", value=EVIL, box=Box(x0=10, y0=10, x1=60, y1=40), confidence=0.4),
        source="chart",
        round=2,
    )
    trace = Trace(
        rounds=[
            RoundRecord(round=1, new_evidence=1, answer="12.5", confidence=0.3, feedback_request="zoom on e1"),
            RoundRecord(round=2, new_evidence=1, answer="12.50", confidence=0.9),
        ],
        tool_calls=[
            ToolCallRecord(
                round=1, tool="ocr", arguments={}, duration_s=0.1, ok=True, summary="1 line", evidence_ids=["e1"]
            ),
            ToolCallRecord(
                round=2,
                tool="chart",
                arguments={"box": [0, 0, 80, 60]},
                duration_s=0.1,
                ok=True,
                summary=EVIL,
                evidence_ids=["e2"],
            ),
        ],
        model_calls=[
            ModelCallRecord(
                round=1,
                role="reasoner",
                backend="embedded",
                model="m",
                raw_output=EVIL,
                messages=[{"role": "user", "content": "SECRET-PROMPT-TEXT " + EVIL}],
                tokens_in=50,
                tokens_out=7,
                latency_s=0.2,
            ),
        ],
        stop_reason="confident",
    )
    summary = {
        "question": sir.question,
        "options": [],
        "answer": "12.50",
        "confidence": 0.9,
        "rationale": "read from e1 " + EVIL,
        "evidence_ids": ["e2"],
        "sir": sir.model_dump(),
        "usage": trace.usage(),
        "timings": {"total": 0.5},
    }
    path = tmp_path / "img.png"
    img.save(path)
    bundle = make_bundle(
        summary,
        json.loads(trace.model_dump_json()),
        sir_text=sir.render_text(),
        image=img if embed else None,
        source=None if embed else path,
    )
    return bundle, img


def test_page_escapes_untrusted_text_and_is_offline(tmp_path: Path) -> None:
    bundle, _ = fixture_bundle(tmp_path)
    page = render_page(bundle)
    assert "<script>window.__pwned" not in page and 'onerror="window' not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # shown as text
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    # the SIR text exactly as the reasoner got it; model calls collapsed
    sir_text = bundle["view"]["sir_text"] if "view" in bundle else bundle["sir_text"]
    assert html.escape(sir_text.splitlines()[-1]) in page and "<details class='model-call'>" in page
    assert "<details class='model-call' open" not in page and "SECRET-PROMPT-TEXT" in page
    assert 'class="ev cited" data-ev="e2"' in page and 'class="ev " data-ev="e1"' in page


def test_bundle_normalises_every_input_shape(tmp_path: Path) -> None:
    bundle, _ = fixture_bundle(tmp_path, embed=False)
    assert bundle["view"]["image_source"]["path"].endswith("img.png")
    assert Trace.model_validate(bundle).rounds[1].answer == "12.50"  # still a valid trace file
    bare = {k: v for k, v in bundle.items() if k != "view"}
    assert normalise(bare)["view"]["result"] == {} and normalise(bare)["rounds"] == bundle["rounds"]
    ask_json = dict(bundle["view"]["result"])
    assert normalise(ask_json)["view"]["result"]["answer"] == "12.50"
    with pytest.raises(Exception, match="not a seeingeye trace"):
        normalise({"hello": 1})
    # the referenced image is found and drawn
    out = write_page(bundle, tmp_path / "p.html")
    assert "data:image/" in out.read_text()


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b["view"].update(result=[1, 2]),
        lambda b: b["view"]["result"]["sir"].update(evidence="nope", image={"width": "wide", "height": -3}),
        lambda b: b["view"]["result"]["sir"]["evidence"][0].update(box={"x0": "a", "y0": None}),
        lambda b: b["view"]["result"]["sir"]["evidence"][1].update(box={"x0": 1e309, "y0": 0, "x1": 1, "y1": 1}),
        lambda b: b["view"]["image"].update(mime='image/png" onload="alert(1)'),
        lambda b: b["view"]["image"].update(data=b["view"]["image"]["data"] + '" onload="alert(1)'),
        lambda b: b["view"].update(image={"mime": "image/png", "data": "not base64 at all"}),
        lambda b: b.update(rounds=[{"round": [1]}, "x", {"round": 2, "answer": {"a": EVIL}}], model_calls="x"),
        lambda b: b.update(tool_calls=[{"round": 1, "evidence_ids": "e1", "arguments": EVIL}]),
        lambda b: b["view"]["result"].update(evidence_ids="e2", options="AB", confidence="high"),
    ],
)
def test_damaged_bundles_still_render_safely(tmp_path: Path, damage: Any) -> None:
    bundle, _ = fixture_bundle(tmp_path)
    damage(bundle)
    page = render_page(bundle)
    assert "<html" in page and 'onload="' not in page
    assert "<script>window.__pwned" not in page


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "seeingeye.cli", *args], capture_output=True, timeout=300)


def test_view_cli_bare_trace_with_image_and_bad_input(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from seeingeye.cli import app

    cli = CliRunner()
    bundle, img = fixture_bundle(tmp_path)
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({k: v for k, v in bundle.items() if k != "view"}))
    res = cli.invoke(app, ["view", str(bare), "--image", str(tmp_path / "img.png"), "-o", str(tmp_path / "b.html")])
    assert res.exit_code == 0, res.output
    html = (tmp_path / "b.html").read_text()
    assert "data:image/" in html and "zoom on e1" in html
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    res = cli.invoke(app, ["view", str(junk)])
    assert res.exit_code == 2 and "not JSON" in res.output and "Traceback" not in res.output
    res = cli.invoke(app, ["view", str(tmp_path / "missing.json")])
    assert res.exit_code == 2 and "cannot read" in res.output
    assert load_bundle(bare)["view"]["result"] == {}


def _svg_point(page: Any, x: float, y: float) -> tuple[float, float]:
    """Viewport coordinates of image point (x, y) in the overlay."""
    bb = page.locator("#overlay").bounding_box()
    vb = page.evaluate("() => document.getElementById('overlay').viewBox.baseVal.width")
    scale = bb["width"] / vb
    return bb["x"] + x * scale, bb["y"] + y * scale


def _hex(colour: str) -> tuple[int, int, int]:
    nums = [int(v) for v in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3]]
    return nums[0], nums[1], nums[2]


def test_overlay_pixels_filters_and_no_script_injection(tmp_path: Path, browser: Any) -> None:  # noqa: F811
    bundle, _ = fixture_bundle(tmp_path)
    path = write_page(bundle, tmp_path / "view.html")
    view = Page(browser)
    try:
        page = view.open(path)
        ocr = _hex(
            page.evaluate(
                "() => getComputedStyle(document.querySelector('input[value=ocr]').nextElementSibling).backgroundColor"
            )
        )
        inside = view.pixel(*_svg_point(page, 200, 150))
        outside = view.pixel(*_svg_point(page, 350, 270))
        assert outside == (255, 255, 255)
        # the box is tinted with the legend colour of its tool: white blended towards that colour, same alpha
        alphas = [(255 - p) / (255 - c) for p, c in zip(inside, ocr, strict=True) if 255 - c > 40]
        assert alphas and all(0.04 < a < 0.6 for a in alphas) and max(alphas) - min(alphas) < 0.05, (inside, ocr)
        # filtering by tool hides the box; by round hides round-2 evidence only
        page.click("input[data-filter=source][value=ocr]")
        assert view.pixel(*_svg_point(page, 200, 150)) == (255, 255, 255)
        page.click("input[data-filter=source][value=ocr]")
        page.click("input[data-filter=round][value='2']")
        assert page.locator("g[data-ev=e2]").is_hidden() and page.locator("g[data-ev=e1]").is_visible()
        page.click("input[data-filter=round][value='2']")
        # clicking the cited box shows its fields, hostile text as text
        page.locator("g[data-ev=e2] rect.box").click()
        details = page.locator("#details").inner_text()
        assert "e2" in details and "key_value" in details and "<script>window.__pwned=1</script>" in details
        assert "chart" in details and "0.4" in details
        assert page.evaluate("() => window.__pwned") is None
        assert page.locator("details.model-call").first.evaluate("d => d.open") is False
        assert view.errors == []
    finally:
        view.close()


@pytest.mark.e2e
def test_ask_html_outlines_the_cited_total(tmp_path: Path, browser: Any) -> None:  # noqa: F811
    """The issue's done-when: the receipt's total box is outlined and cited by the answer."""
    receipt = Path(__file__).resolve().parents[1] / "examples" / "receipt.png"
    out, trace = tmp_path / "out.html", tmp_path / "trace.json"
    proc = run_cli(
        "ask",
        str(receipt),
        "What is the total amount on this receipt?",
        "--reasoner",
        "programs",
        "--html",
        str(out),
        "--trace",
        str(trace),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    answer = proc.stdout.decode().strip()
    bundle = json.loads(trace.read_text())
    result = bundle["view"]["result"]
    cited = [e for e in result["sir"]["evidence"] if e["id"] in result["evidence_ids"] and e.get("box")]
    assert answer and cited and any(answer in e["value"] for e in cited)
    view = Page(browser)
    try:
        page = view.open(out)
        box = cited[0]["box"]
        assert page.locator(f"g.cited[data-ev={cited[0]['id']}] rect.halo").count() == 1
        # the highlight ring just above the box's top edge, in the middle
        x, y = _svg_point(page, (box["x0"] + box["x1"]) / 2, box["y0"])
        r, g, b = view.pixel(x, y - 3)
        assert r > 200 and 150 < g < 230 and b < 120, (r, g, b)
        page.screenshot(path=str(tmp_path / "out.png"))
        assert view.errors == []
    finally:
        view.close()


def test_huge_images_are_downscaled_and_boxes_keep_their_place(tmp_path: Path) -> None:
    bundle, _ = fixture_bundle(tmp_path)
    huge = Image.new("RGB", (4000, 3000), "white")  # 10x the SIR's 400x300 working size
    page = render_page(bundle, image=huge)
    assert 'viewBox="0 0 400 300"' in page  # boxes stay in working-image coordinates
    data = page.split("base64,", 1)[1].split('"', 1)[0]
    shown = Image.open(io.BytesIO(base64.b64decode(data)))
    assert max(shown.size) == 1600 and len(page) < 200_000
