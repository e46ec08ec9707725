"""Tools on generated images: typed arguments validated before the call, plain data out."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw, ImageFont
from pydantic import BaseModel

from seeingeye.agents.translator import Budget, run_tool
from seeingeye.errors import ToolError
from seeingeye.eval import synth
from seeingeye.sir import SIR, EvidenceDraft, ImageFacts
from seeingeye.tools import TOOLS, Engines, ToolContext, ToolResult, tool
from seeingeye.trace import Trace

ENGINES = Engines()


def ctx_of(img: Image.Image) -> ToolContext:
    return ToolContext(image=img.convert("RGB"), engines=ENGINES)


def test_every_tool_has_a_schema_a_model_can_read() -> None:
    names = TOOLS.names()
    for expected in ("ocr", "zoom", "crop", "grid", "colors", "shapes", "table", "chart", "describe"):
        assert expected in names
    for _, t in TOOLS:
        spec = t.schema()["function"]
        assert spec["description"] and spec["parameters"]["type"] == "object"


def test_ocr_reads_varied_fonts_and_sizes() -> None:
    rng = random.Random(3)
    for size in (14, 22, 34):
        img = Image.new("RGB", (520, 120), "white")
        word = rng.choice(["INVOICE", "Harbour", "Delivery"])
        ImageDraw.Draw(img).text((20, 30), f"{word} 4821", font=synth.font(rng, size), fill="black")
        res = TOOLS.get("ocr")(ctx_of(img))
        text = " ".join(e.value for e in res.evidence if e.kind in ("text", "number"))
        assert word.lower() in text.lower().replace(" ", "") and "4821" in text
        assert all(e.box is not None and 0 <= e.box.x0 < e.box.x1 <= 520 for e in res.evidence if e.kind == "text")


def test_ocr_pairs_labels_with_values() -> None:
    item = synth.receipt(random.Random(11))
    res = TOOLS.get("ocr")(ctx_of(item.image))
    kv = [e for e in res.evidence if e.kind == "key_value" and e.number is not None]
    assert any(abs(e.number - float(item.answer)) < 1e-6 for e in kv)


def test_zoom_validates_arguments_before_running() -> None:
    ctx = ctx_of(Image.new("RGB", (100, 100), "white"))
    with pytest.raises(ToolError, match="exactly one of box or cell"):
        TOOLS.get("zoom")(ctx, {"box": {"x0": 0, "y0": 0, "x1": 10, "y1": 10}, "cell": 3})
    with pytest.raises(ToolError, match="cell"):
        TOOLS.get("zoom")(ctx, {"cell": 99})
    with pytest.raises(ToolError, match="outside"):
        TOOLS.get("zoom")(ctx, {"box": {"x0": 500, "y0": 500, "x1": 600, "y1": 600}})


def test_zoom_reads_small_print_the_full_view_misses_or_garbles() -> None:
    img = Image.new("RGB", (900, 600), "white")
    f = ImageFont.truetype(str(synth.FONT_DIR / "DejaVuSans.ttf"), 8)
    ImageDraw.Draw(img).text((780, 575), "Lot 7731-B", font=f, fill=(90, 90, 90))
    res = TOOLS.get("zoom")(ctx_of(img), {"box": {"x0": 740, "y0": 560, "x1": 900, "y1": 600}, "scale": 4})
    assert any("7731" in e.value for e in res.evidence)
    assert all(e.box and e.box.x0 >= 700 for e in res.evidence if e.kind == "text")  # image coordinates


def test_grid_numbers_sixteen_cells() -> None:
    img = Image.new("RGB", (400, 400), "white")
    ImageDraw.Draw(img).rectangle((310, 310, 390, 390), fill="black")
    res = TOOLS.get("grid")(ctx_of(img))
    cells = {e.attrs["cell"]: e.number for e in res.evidence}
    assert len(cells) == 16 and cells[16] > 0.5 and cells[1] == 0


@pytest.mark.parametrize(
    "name,rgb", [("red", (220, 30, 30)), ("blue", (40, 70, 220)), ("green", (30, 160, 60)), ("yellow", (240, 200, 20))]
)
def test_colors_names_dominant_colour(name: str, rgb: tuple[int, int, int]) -> None:
    img = Image.new("RGB", (200, 100), rgb)
    res = TOOLS.get("colors")(ctx_of(img), {"k": 2})
    assert res.evidence[0].value == name


def test_shapes_counts_kinds_and_colours() -> None:
    img = Image.new("RGB", (500, 300), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((20, 20, 100, 100), fill=(220, 30, 30))
    d.ellipse((150, 30, 210, 90), fill=(220, 30, 30))
    d.rectangle((260, 20, 340, 100), fill=(40, 70, 220))
    d.polygon([(420, 20), (370, 110), (470, 110)], fill=(30, 160, 60))
    d.rectangle((40, 180, 240, 260), fill=(240, 200, 20))
    res = TOOLS.get("shapes")(ctx_of(img))
    found = [e for e in res.evidence if e.kind == "shape"]
    assert sorted(e.value for e in found) == [
        "blue square",
        "green triangle",
        "red circle",
        "red circle",
        "yellow rectangle",
    ]
    counts = {e.label: e.value for e in res.evidence if e.kind == "number"}
    assert counts["number of red circles"] == "2" and counts["number of shapes"] == "5"
    largest = min(found, key=lambda e: e.attrs["size_rank"])
    assert largest.value == "yellow rectangle"


def test_table_rows_and_header() -> None:
    item = synth.table_img(random.Random(5))
    res = TOOLS.get("table")(ctx_of(item.image))
    table = next(e for e in res.evidence if e.kind == "table")
    assert table.attrs["header"][0] == "City" and len(table.attrs["rows"]) >= 3


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_chart_reads_bars_with_and_without_value_labels(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(20):  # find a value question so the gold number is known
        item = synth.bar_chart(rng)
        if item.answer_type == "numeric":
            break
    res = TOOLS.get("chart")(ctx_of(item.image))
    series = next(e for e in res.evidence if e.kind == "series")
    label = item.question.rsplit(" ", 1)[-1].rstrip("?") if "for " in item.question else None
    values = {p["x"]: p["y"] for p in series.attrs["points"]}
    assert label in values
    assert abs(values[label] - float(item.answer)) <= 0.03 * max(float(item.answer), 10)


def test_describe_guesses_kind() -> None:
    chart = synth.bar_chart(random.Random(8)).image
    receipt = synth.receipt(random.Random(8)).image
    assert TOOLS.get("describe")(ctx_of(chart)).evidence[0].attrs["kind"] == "chart"
    assert TOOLS.get("describe")(ctx_of(receipt)).evidence[0].attrs["kind"] == "document"


def test_plugin_tool_registers_and_runs_through_the_translator_path() -> None:
    from pydantic import BaseModel

    class EchoArgs(BaseModel):
        word: str

    @tool("echo_test", args=EchoArgs)
    def echo(ctx: ToolContext, args: EchoArgs) -> ToolResult:
        """Echo a word as evidence."""
        return ToolResult(evidence=[EvidenceDraft(kind="note", value=args.word)], summary=args.word)

    assert "echo_test" in TOOLS.names()
    sir = SIR(
        question="q",
        image=ImageFacts(
            width=10, height=10, original_width=10, original_height=10, sha256="x", format="PNG", mode="RGB"
        ),
    )
    trace = Trace()
    ctx = ctx_of(Image.new("RGB", (10, 10)))
    budget = Budget(5, 1e12)
    assert run_tool("echo_test", {"word": "hi"}, ctx, sir, trace, 1, budget) == 1
    assert run_tool("echo_test", {"word": 3}, ctx, sir, trace, 1, budget) == 0  # invalid: recorded, not run
    assert run_tool("no_such_tool", {}, ctx, sir, trace, 1, budget) == 0
    assert [c.ok for c in trace.tool_calls] == [True, False, False]
    assert "unknown tool" in (trace.tool_calls[2].error or "")
    assert sir.evidence[0].source == "echo_test" and sir.evidence[0].round == 1


def test_a_tool_runs_once_per_image_and_arguments_and_each_question_gets_its_own_copy() -> None:
    calls: list[str] = []

    class CountArgs(BaseModel):
        word: str

    @tool("count_runs_test", args=CountArgs)
    def count_runs_test(ctx: ToolContext, args: CountArgs) -> ToolResult:
        """Test tool that records each run."""
        calls.append(args.word)
        return ToolResult(evidence=[EvidenceDraft(kind="text", value=args.word, attrs={"n": 1})])

    facts = ImageFacts(width=10, height=10, original_width=10, original_height=10, sha256="x", format="PNG", mode="RGB")
    engines = Engines()
    sirs = []
    for image in (Image.new("RGB", (10, 10)), Image.new("RGB", (10, 10)), Image.new("RGB", (10, 10), "white")):
        sir = SIR(question="q", image=facts)
        ctx = ToolContext(image, engines)
        run_tool("count_runs_test", {"word": "hi"}, ctx, sir, Trace(), 1, Budget(5, 1e12))
        sirs.append(sir)
    assert calls == ["hi", "hi"]  # the second question on the same pixels re-read nothing; other pixels did
    sirs[0].evidence[0].attrs["n"] = 99  # a question annotating its facts changes no other question's
    assert sirs[1].evidence[0].attrs["n"] == 1


@pytest.mark.skipif(
    not __import__("seeingeye.tools.ocr", fromlist=["x"]).tesseract_available(),
    reason="tesseract binary not installed (optional engine)",
)
def test_tesseract_engine_when_installed() -> None:
    img = Image.new("RGB", (500, 120), "white")
    ImageDraw.Draw(img).text((20, 30), "Invoice 5531", font=synth.font(random.Random(1), 32), fill="black")
    res = TOOLS.get("ocr")(ctx_of(img), {"engine": "tesseract"})
    assert "5531" in " ".join(e.value for e in res.evidence)


def test_unknown_ocr_engine_is_rejected() -> None:
    with pytest.raises(ToolError, match="unknown OCR engine"):
        TOOLS.get("ocr")(ctx_of(Image.new("RGB", (50, 50))), {"engine": "magic"})


def test_a_table_widget_is_read_by_its_rules_even_when_ocr_joins_a_row() -> None:
    """Column rules decide the cells: a row OCR read as one line is shared out by where its words fall, a
    highlighted row (its rules painted over) keeps its place, and the last column ends at the widget's edge."""
    import numpy as np

    from seeingeye.sir import Box
    from seeingeye.tools.ocr import OcrLine
    from seeingeye.tools.ruled import ruled_table

    img = Image.new("L", (700, 260), 255)
    d = ImageDraw.Draw(img)
    for x in (20, 200, 260, 360):
        d.line([(x, 10), (x, 250)], fill=150)
    for k in range(9):
        d.line([(20, 10 + 30 * k), (680, 10 + 30 * k)], fill=200)
    d.rectangle([21, 101, 680, 129], fill=60)  # the selected row paints over its rules
    cells = [("Part", "Bin", "In stock", "Unit price"), ("M3 hex bolt", "A15", "419", "3.12"),
             ("M4 washer", "B14", "525", "0.50"), ("Fuse 5A", "H1", "59", "1.89"), ("Cable tie", "C12", "747", "2.58")]
    starts = (0, 20, 26, 37)  # character columns: x = 22 + 9.5 * column, inside the rules above
    lines = []
    for k, row in enumerate(cells):
        text = ""
        for start, cell in zip(starts, row, strict=True):
            text = text.ljust(start) + cell
        lines.append(OcrLine(text=text, box=Box(x0=22, y0=15 + 30 * k, x1=22 + 9.5 * len(text), y1=33 + 30 * k),
                             confidence=0.9))  # each row read as one line, as OCR often does
    rt = ruled_table(np.asarray(img), lines)
    assert rt is not None
    assert rt.rows[0] == ["Part", "Bin", "In stock", "Unit price"]
    assert rt.rows[1] == ["M3 hex bolt", "A15", "419", "3.12"] and rt.rows[3] == ["Fuse 5A", "H1", "59", "1.89"]
