"""`seeingeye mcp`: an MCP server (official SDK) whose tools give an agent's text-only model eyes.

Images come by local path under allowed roots (preferred: megabytes of base64 never pass through the
calling model's context), data URI, or http(s) when enabled under the shared URL policy. Every tool only
reads (annotated so), runs its blocking work in a worker thread (calls overlap instead of queueing) and
reports progress while it works. Readings are cached by image hash and shared by every tool.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

from ..documents import PdfFile
from ..errors import SeeingEyeError, file_error
from ..imageio import LoadedImage
from ..pipeline import SeeingEye
from ..sir import Box
from ..tools import TOOLS, ToolContext
from . import ui_view
from .images_view import ImageReading, compare_readings
from .intake import URLPolicy
from .mcp_models import (
    Answer,
    Comparison,
    Description,
    DocPage,
    Document,
    Evidence,
    ImagesAnalysis,
    TableResult,
    TextLine,
    TextResult,
    UiLayout,
)
from .mcp_progress import in_thread
from .readings import READING_CHARS, Reading, ReadingCache, read_image
from .sources import load_source, resolve_path
from .table_view import render_table, table_rows

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])
MAX_IMAGES = 8
INSTRUCTIONS = (
    "Read images and PDFs for a model that cannot see: ask_image for one question, read_text for the words, "
    "describe_image for an overview, extract_table for tables, ui_elements for a screen's controls, "
    "compare_images/analyze_images for several images, read_document for PDFs. Pass local paths (under the "
    "allowed roots) rather than base64."
)


def build_mcp(eye: SeeingEye, roots: list[Path], policy: URLPolicy | None = None, max_pages: int = 20) -> MCPServer:
    policy = policy or URLPolicy()
    server = MCPServer("seeingeye", instructions=INSTRUCTIONS)
    s = eye.settings
    readings = ReadingCache(64)

    def tool(title: str) -> Callable[[F], F]:
        """Register a read-only tool whose user-facing failures reach the client as readable tool errors (the
        SDK hides the text of any other exception). It reaches the network only when image URLs are on."""
        hints = ToolAnnotations(title=title, read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                                open_world_hint=policy.enabled)

        def wrap(fn: F) -> F:
            @functools.wraps(fn)
            async def safe(*args: Any, **kwargs: Any) -> Any:
                try:
                    return await fn(*args, **kwargs)
                except (SeeingEyeError, ValueError) as exc:
                    raise ToolError(str(exc)) from None
                except OSError as exc:  # any other file fault: a reason, never a bare "Error executing tool"
                    raise ToolError(str(file_error(exc, exc.filename or "input"))) from None

            server.tool(title=title, annotations=hints)(safe)
            return fn

        return wrap

    def source(ref: str) -> bytes | Path:
        return load_source(ref, roots, policy, s.max_file_bytes)

    def context(ref: str) -> tuple[LoadedImage, ToolContext]:
        """Fetch and decode once; every tool in the call then shares the context's OCR and colour caches."""
        loaded = eye.load(source(ref))
        return loaded, ToolContext(image=loaded.image, engines=eye.engines)

    def reading(ref: str) -> Reading:
        """The image's question-independent reading (the survey), read once per image across tool calls."""
        loaded = eye.load(source(ref))
        cached: Reading | None = readings.get(loaded.sha256)
        if cached is None:
            cached = read_image(eye, loaded)
            readings.put(loaded.sha256, cached)
        return cached

    @tool("Ask a question about an image")
    async def ask_image(image: str, question: str, ctx: Context, options: list[str] | None = None) -> Answer:
        """Answer one question about an image (path, data: URI or allowed URL), with a confidence and the
        evidence it rests on; with options, the answer is the option letter (A, B, ...). Use it for a specific
        fact (a total, a date, a value on a chart). For all of the text use read_text, for a whole table
        extract_table, for a screen's buttons and checkboxes ui_elements."""
        t0 = time.perf_counter()
        res = await in_thread(ctx, "answering", eye.ask, source(image), question, options)
        cited = [e for e in res.sir.evidence if e.id in set(res.evidence_ids)]
        return Answer(
            answer=res.answer,
            confidence=res.confidence,
            seconds=round(time.perf_counter() - t0, 3),
            evidence=[Evidence(id=e.id, kind=e.kind, value=e.value, label=e.label, source=e.source) for e in cited],
        )

    def _read_text(image: str, region: list[float] | None) -> TextResult:
        if region is None:
            sir = reading(image).sir
            found = [e for e in sir.evidence if e.source == "ocr" and e.kind in ("text", "number")]
            text: str | None = sir.render_text(READING_CHARS)
        else:
            if len(region) != 4:
                raise ValueError("region must be [x0, y0, x1, y1]")
            _, tctx = context(image)
            box = Box(x0=region[0], y0=region[1], x1=region[2], y1=region[3]).model_dump()
            found, text = TOOLS.get("ocr")(tctx, {"region": box}).evidence, None
        lines = [
            TextLine(text=e.value, box=e.box.as_list(), confidence=round(e.confidence, 3))
            for e in found
            if e.kind in ("text", "number") and e.box is not None
        ]
        return TextResult(lines=lines, text="\n".join(ln.text for ln in lines) if text is None else text)

    @tool("Read the text in an image")
    async def read_text(image: str, ctx: Context, region: list[float] | None = None) -> TextResult:
        """The text of an image: its OCR lines with boxes, and `text`, the whole reading in reading order
        (headings, paragraphs, tables as rows, key: value pairs). region = [x0, y0, x1, y1] reads only there.
        Use it to quote or search an image's words (a terminal, an error dialog, a page). For a table as
        data use extract_table; for one fact ask_image is shorter."""
        return await in_thread(ctx, "reading text", _read_text, image, region)

    @tool("Describe an image")
    async def describe_image(image: str, ctx: Context) -> Description:
        """What kind of image this is and what it holds: text blocks, tables, charts, form states, labels,
        in one compact overview. Use it first when you do not know what an image shows; then ask_image,
        extract_table or ui_elements for the part you need."""
        sir = (await in_thread(ctx, "reading the image", reading, image)).sir
        return Description(
            kind=sir.overview.kind, size=[sir.image.width, sir.image.height], overview=sir.render_text(4000)
        )

    @tool("Extract a table from an image")
    async def extract_table(
        image: str, ctx: Context, format: Literal["markdown", "csv", "json"] = "markdown", table: int | None = None
    ) -> TableResult:
        """The table(s) in an image (a screenshot of a spreadsheet, a report, a receipt) as Markdown, CSV or
        JSON records (one object per row, keyed by the header); `table` = 1, 2, ... picks one when there are
        several. Use it to compute over rows or copy them. For prose and key: value text use read_text; for a
        chart's values describe_image or ask_image."""
        sir = (await in_thread(ctx, "reading the table", reading, image)).sir
        tables = table_rows(sir)
        if not tables:
            raise ValueError(f"no table found in this image ({sir.overview.kind}); read_text gives its text")
        if table is not None and not 1 <= table <= len(tables):
            raise ValueError(f"table must be between 1 and {len(tables)} (this image has {len(tables)})")
        chosen = tables if table is None else [tables[table - 1]]
        return TableResult(format=format, tables=chosen, text="\n\n".join(render_table(t, format) for t in chosen))

    @tool("List a screen's interface elements")
    async def ui_elements(image: str, ctx: Context, include_text: bool = False) -> UiLayout:
        """The interface elements of a screenshot or dialog: buttons, checkboxes, radio buttons, toggles, text
        fields (and, as the reading learns them, tabs, menus, list rows, window chrome), each with role, text,
        state and box [x0, y0, x1, y1] in image pixels, top to bottom. include_text adds the text lines that
        belong to no control. Use it to know what can be clicked or what is ticked; for the words on a screen
        read_text is better, for one question ask_image."""
        sir = (await in_thread(ctx, "reading the screen", reading, image)).sir
        return UiLayout(kind=sir.overview.kind, app_kind=getattr(sir.overview, "app_kind", None),
                        window_title=getattr(sir.overview, "window_title", None),
                        size=[sir.image.width, sir.image.height], elements=ui_view.ui_elements(sir, include_text))

    @tool("Compare two images")
    async def compare_images(a: str, b: str, ctx: Context, question: str | None = None) -> Comparison:
        """What differs between two versions of one thing (a screen before and after, two receipts): text
        present in only one, values that changed, colours; with a question, each image's answer. For three
        or more images, or for what they have in common, use analyze_images."""
        return await in_thread(ctx, "comparing", _compare, a, b, question)

    def _compare(a: str, b: str, question: str | None) -> Comparison:
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

    @tool("Analyze several images")
    async def analyze_images(images: list[str], ctx: Context, question: str | None = None) -> ImagesAnalysis:
        """Several images at once (2 to 8: pages of a flow, screenshots of steps, a set of receipts): one
        reading each, the text they all share, what only one shows and values that change across them; with
        a question, each image's answer. For exactly two versions of one screen compare_images is more
        direct; for one image use describe_image."""
        if not 2 <= len(images) <= MAX_IMAGES:
            raise ValueError(f"pass between 2 and {MAX_IMAGES} images (got {len(images)})")
        steps = len(images) * (2 if question else 1)
        sirs = [(await in_thread(ctx, f"reading image {i + 1} of {len(images)}", reading, ref, step=i, steps=steps)).sir
                for i, ref in enumerate(images)]
        answers: dict[str, str] = {}
        for i, ref in enumerate(images if question else []):
            res = await in_thread(ctx, f"answering for image {i + 1}", eye.ask, source(ref), question,
                                  step=len(images) + i, steps=steps)
            answers[ref] = res.answer
        per_image = max(600, 4000 // len(images))
        return ImagesAnalysis(
            readings=[ImageReading(image=ref, kind=sir.overview.kind, size=[sir.image.width, sir.image.height],
                                   overview=sir.render_text(per_image)) for ref, sir in zip(images, sirs, strict=True)],
            differences=compare_readings(images, sirs), answers=answers)

    @tool("Read a PDF document")
    async def read_document(
        path: str, ctx: Context, pages: str | None = None, question: str | None = None
    ) -> Document:
        """Read a PDF: the text layer directly, scanned pages through the vision pipeline. pages like
        "1-3,7"; with a question, the answer from the best page. Use it for PDFs only; for an image of a page
        use read_text or ask_image."""
        return await in_thread(ctx, "reading the document", _read_document, path, pages, question)

    def _read_document(path: str, pages: str | None, question: str | None) -> Document:
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
                    tctx = ToolContext(image=eye.load(p.image).image, engines=eye.engines)
                    lines = [e.value for e in TOOLS.get("ocr")(tctx).evidence if e.kind in ("text", "number")]
                text, kind = (p.text, "text-layer") if p.text is not None else ("\n".join(lines), "ocr")
                out.append(DocPage(page=p.number, source=kind, text=text))
        secs = max(time.perf_counter() - t0, 1e-6)
        return Document(
            pages=out, answer=best[0], answer_page=best[2], notes=notes, pages_per_second=round(len(out) / secs, 3)
        )

    return server
