"""`seeingeye mcp`: an MCP server (official SDK) whose tools give an agent's text-only model eyes.

Images come by local path under allowed roots (preferred: megabytes of base64 never pass through the
calling model's context), data URI, or http(s) when enabled under the shared URL policy.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, Field

from ..documents import PdfFile
from ..errors import SeeingEyeError, file_error
from ..imageio import LoadedImage
from ..pipeline import SeeingEye
from ..sir import Box
from ..tools import TOOLS, ToolContext
from .intake import URLPolicy
from .readings import READING_CHARS, Reading, ReadingCache, read_image
from .sources import load_source, resolve_path

F = TypeVar("F", bound=Callable[..., Any])


class Evidence(BaseModel):
    id: str
    kind: str
    value: str
    label: str | None = None
    source: str


class Answer(BaseModel):
    answer: str
    confidence: float
    evidence: list[Evidence] = Field(description="the facts the answer rests on")
    seconds: float
    answered_by: str = Field("local", description="local:<reasoner> or upstream:<model> (routing by confidence)")
    route_reason: str = Field("", description="why that answerer: the confidence against route_threshold")


class TextLine(BaseModel):
    text: str
    box: list[int] = Field(description="x0, y0, x1, y1 in image pixels")
    confidence: float


class TextResult(BaseModel):
    lines: list[TextLine]
    text: str = Field(description="the text in reading order (with a region: the lines found there)")


class Description(BaseModel):
    kind: str
    size: list[int]
    overview: str = Field(description="compact rendering of what the image holds")


class Comparison(BaseModel):
    only_in_a: list[str]
    only_in_b: list[str]
    changed_values: list[str]
    colours: str
    answers: dict[str, str] = Field(default_factory=dict)


class DocPage(BaseModel):
    page: int
    source: str = Field(description="text-layer or ocr")
    text: str


class Document(BaseModel):
    pages: list[DocPage]
    answer: str | None = None
    answer_page: int | None = None
    notes: list[str] = Field(default_factory=list)
    pages_per_second: float


def build_mcp(eye: SeeingEye, roots: list[Path], policy: URLPolicy | None = None, max_pages: int = 20) -> MCPServer:
    policy = policy or URLPolicy()
    server = MCPServer(
        "seeingeye",
        instructions="Read images and PDFs: answers with evidence, text with boxes, "
        "overviews, differences. Pass local paths (under the allowed roots) rather than base64.",
    )
    s = eye.settings
    readings = ReadingCache(64)

    def tool() -> Callable[[F], F]:
        """Register a tool whose user-facing failures reach the client as readable tool errors (the SDK
        hides the text of any other exception)."""

        def wrap(fn: F) -> F:
            @functools.wraps(fn)
            def safe(*args: Any, **kwargs: Any) -> Any:
                try:
                    return fn(*args, **kwargs)
                except (SeeingEyeError, ValueError) as exc:
                    raise ToolError(str(exc)) from None
                except OSError as exc:  # any other file fault: a reason, never a bare "Error executing tool"
                    raise ToolError(str(file_error(exc, exc.filename or "input"))) from None

            server.tool()(safe)
            return fn

        return wrap

    def source(ref: str) -> bytes | Path:
        return load_source(ref, roots, policy, s.max_file_bytes)

    def context(ref: str) -> tuple[LoadedImage, ToolContext]:
        """Fetch and decode once; every tool in the call then shares the context's OCR and colour caches."""
        loaded = eye.load(source(ref))
        return loaded, ToolContext(image=loaded.image, engines=eye.engines)

    @tool()
    def ask_image(image: str, question: str, options: list[str] | None = None) -> Answer:
        """Answer a question about an image (path, data: URI or allowed URL), with a confidence and the
        evidence it rests on. With options, the answer is the option letter (A, B, ...)."""
        t0 = time.perf_counter()
        res = eye.ask(source(image), question, options)
        cited = [e for e in res.sir.evidence if e.id in set(res.evidence_ids)]
        return Answer(
            answer=res.answer,
            confidence=res.confidence,
            seconds=round(time.perf_counter() - t0, 3),
            evidence=[Evidence(id=e.id, kind=e.kind, value=e.value, label=e.label, source=e.source) for e in cited],
            answered_by=res.answered_by,
            route_reason=res.route_reason,
        )

    def reading(ref: str) -> Reading:
        """The image's question-independent reading (the survey), read once per image across tool calls."""
        loaded = eye.load(source(ref))
        cached: Reading | None = readings.get(loaded.sha256)
        if cached is None:
            cached = read_image(eye, loaded)
            readings.put(loaded.sha256, cached)
        return cached

    @tool()
    def read_text(image: str, region: list[float] | None = None) -> TextResult:
        """The text of an image: its OCR lines with boxes, and `text`, the whole reading in reading order
        (headings, paragraphs, tables as rows, key: value pairs). region = [x0, y0, x1, y1] reads only there."""
        if region is None:
            sir = reading(image).sir
            found = [e for e in sir.evidence if e.source == "ocr" and e.kind in ("text", "number")]
            text: str | None = sir.render_text(READING_CHARS)
        else:
            if len(region) != 4:
                raise ValueError("region must be [x0, y0, x1, y1]")
            _, ctx = context(image)
            box = Box(x0=region[0], y0=region[1], x1=region[2], y1=region[3]).model_dump()
            found, text = TOOLS.get("ocr")(ctx, {"region": box}).evidence, None
        lines = [
            TextLine(text=e.value, box=e.box.as_list(), confidence=round(e.confidence, 3))
            for e in found
            if e.kind in ("text", "number") and e.box is not None
        ]
        return TextResult(lines=lines, text="\n".join(ln.text for ln in lines) if text is None else text)

    @tool()
    def describe_image(image: str) -> Description:
        """What kind of image this is and what it holds: text blocks, tables, charts, form states, labels."""
        sir = reading(image).sir
        return Description(
            kind=sir.overview.kind, size=[sir.image.width, sir.image.height], overview=sir.render_text(4000)
        )

    @tool()
    def compare_images(a: str, b: str, question: str | None = None) -> Comparison:
        """What differs between two images: text present in only one, values that changed, colours."""
        (img_a, ctx_a), (img_b, ctx_b) = context(a), context(b)
        ev_a = TOOLS.get("ocr")(ctx_a).evidence
        ev_b = TOOLS.get("ocr")(ctx_b).evidence
        text_a = {e.value for e in ev_a if e.kind in ("text", "number")}
        text_b = {e.value for e in ev_b if e.kind in ("text", "number")}
        kv_a = {e.label: e.value for e in ev_a if e.kind == "key_value"}
        kv_b = {e.label: e.value for e in ev_b if e.kind == "key_value"}
        changed = [f"{k}: {kv_a[k]} -> {kv_b[k]}" for k in kv_a if k in kv_b and kv_a[k] != kv_b[k]]
        col_a = ", ".join(e.value for e in TOOLS.get("colors")(ctx_a, {"k": 3}).evidence)
        col_b = ", ".join(e.value for e in TOOLS.get("colors")(ctx_b, {"k": 3}).evidence)
        answers = {}
        if question:
            answers = {"a": eye.ask(img_a.image, question).answer, "b": eye.ask(img_b.image, question).answer}
        return Comparison(
            only_in_a=sorted(text_a - text_b),
            only_in_b=sorted(text_b - text_a),
            changed_values=changed,
            colours=f"a: {col_a}; b: {col_b}",
            answers=answers,
        )

    @tool()
    def read_document(path: str, pages: str | None = None, question: str | None = None) -> Document:
        """Read a PDF: the text layer directly, scanned pages through the vision pipeline. pages like
        "1-3,7"; with a question, the answer from the best page."""
        t0 = time.perf_counter()
        real = resolve_path(path, roots)
        out, best = [], (None, -1.0, None)
        with PdfFile(real, s.max_file_bytes) as pdf:
            wanted, notes = pdf.select(pages, max_pages)
            # One page in memory at a time, each rendered under the image pixel limits.
            for p in pdf.pages(wanted, max_pixels=s.max_pixels, max_side=s.max_side, render_all=bool(question)):
                lines: list[str] = []
                if question:
                    # The rendered page keeps the layout (labels beside values); its SIR also holds the OCR text.
                    res = eye.ask(p.image, question)
                    if res.confidence > best[1]:
                        best = (res.answer, res.confidence, p.number)
                    lines = [e.value for e in res.sir.evidence if e.source == "ocr" and e.kind in ("text", "number")]
                elif p.text is None:
                    # The same checks `ask` applies (pixel limit, analysis size) before any OCR.
                    ctx = ToolContext(image=eye.load(p.image).image, engines=eye.engines)
                    lines = [e.value for e in TOOLS.get("ocr")(ctx).evidence if e.kind in ("text", "number")]
                text, kind = (p.text, "text-layer") if p.text is not None else ("\n".join(lines), "ocr")
                out.append(DocPage(page=p.number, source=kind, text=text))
        secs = max(time.perf_counter() - t0, 1e-6)
        return Document(
            pages=out, answer=best[0], answer_page=best[2], notes=notes, pages_per_second=round(len(out) / secs, 3)
        )

    return server
