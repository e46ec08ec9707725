"""`seeingeye mcp`: an MCP server (official SDK) whose tools give an agent's text-only model eyes.

Images come by local path under allowed roots (preferred: megabytes of base64 never pass through the
calling model's context), data URI, or http(s) when enabled under the shared URL policy. Every tool only
reads (annotated so), says when to use it and when another tool is better, runs its blocking work in a
worker thread (calls overlap instead of queueing) and reports progress while it works. The work itself is
`mcp_reader.ImageReader`; readings are cached by image hash and shared by every tool.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

from ..errors import SeeingEyeError, file_error
from ..pipeline import SeeingEye
from .admission import Admission
from .httperrors import is_resource_exhaustion
from .intake import URLPolicy
from .mcp_models import (
    Answer,
    Comparison,
    Description,
    Document,
    ImagesAnalysis,
    TableResult,
    TextResult,
    UiLayout,
)
from .mcp_progress import in_thread
from .mcp_reader import ImageReader

log = logging.getLogger("seeingeye.mcp")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Awaitable[Any]])
MAX_IMAGES = 8
INSTRUCTIONS = (
    "Read images and PDFs for a model that cannot see: ask_image for one question, read_text for the words, "
    "describe_image for an overview, extract_table for tables, ui_elements for a screen's controls, "
    "compare_images/analyze_images for several images, read_document for PDFs. Pass local paths (under the "
    "allowed roots) rather than base64."
)


def registrar(server: MCPServer, open_world: bool) -> Callable[[str], Callable[[F], F]]:
    """`@tool(title)`: register a read-only tool whose user-facing failures reach the client as readable
    tool errors (the SDK hides the text of any other exception). It reaches the network only when image
    URLs are on (`open_world`)."""

    def tool(title: str) -> Callable[[F], F]:
        hints = ToolAnnotations(title=title, read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                                open_world_hint=open_world)

        def wrap(fn: F) -> F:
            @functools.wraps(fn)
            async def safe(*args: Any, **kwargs: Any) -> Any:
                try:
                    return await fn(*args, **kwargs)
                except (SeeingEyeError, ValueError) as exc:
                    raise ToolError(str(exc)) from None
                except OSError as exc:  # any other file fault: a reason, never a bare "Error executing tool"
                    raise ToolError(str(file_error(exc, exc.filename or "input"))) from None
                except ToolError:
                    raise
                except Exception as exc:  # out of memory or a bug: a reason, never a bare "Error executing tool"
                    log.exception("tool %s failed", fn.__name__)
                    if is_resource_exhaustion(exc):
                        raise ToolError("server out of memory; retry later with a smaller image") from None
                    raise ToolError(f"internal error ({type(exc).__name__})") from None

            server.tool(title=title, annotations=hints)(safe)
            return fn

        return wrap

    return tool


def build_mcp(
    eye: SeeingEye,
    roots: list[Path],
    policy: URLPolicy | None = None,
    max_pages: int = 20,
    admission: Admission | None = None,
) -> MCPServer:
    """`admission`: run tool work within its worker cap (MCP over HTTP); None runs calls as they come."""
    policy = policy or URLPolicy()
    server = MCPServer("seeingeye", instructions=INSTRUCTIONS)
    reader = ImageReader(eye, roots, policy, max_pages)
    tool = registrar(server, policy.enabled)

    async def work(ctx: Context, message: str, fn: Callable[..., T], *args: Any, step: int = 0, steps: int = 1) -> T:
        def admitted(*a: Any) -> T:
            return fn(*a) if admission is None else admission.run_sync(lambda: fn(*a))

        return await in_thread(ctx, message, admitted, *args, step=step, steps=steps)

    @tool("Ask a question about an image")
    async def ask_image(image: str, question: str, ctx: Context, options: list[str] | None = None) -> Answer:
        """Answer one question about an image (path, data: URI or allowed URL), with a confidence and the
        evidence it rests on; with options, the answer is the option letter (A, B, ...). Use it for a specific
        fact (a total, a date, a value on a chart). For all of the text use read_text, for a whole table
        extract_table, for a screen's buttons and checkboxes ui_elements."""
        return await work(ctx, "answering", reader.ask, image, question, options)

    @tool("Read the text in an image")
    async def read_text(image: str, ctx: Context, region: list[float] | None = None) -> TextResult:
        """The text of an image: its OCR lines with boxes, and `text`, the whole reading in reading order
        (headings, paragraphs, tables as rows, key: value pairs). region = [x0, y0, x1, y1] reads only there.
        Use it to quote or search an image's words (a terminal, an error dialog, a page). For a table as
        data use extract_table; for one fact ask_image is shorter."""
        return await work(ctx, "reading text", reader.read_text, image, region)

    @tool("Describe an image")
    async def describe_image(image: str, ctx: Context) -> Description:
        """What kind of image this is and what it holds: text blocks, tables, charts, form states, labels,
        in one compact overview. Use it first when you do not know what an image shows; then ask_image,
        extract_table or ui_elements for the part you need."""
        return await work(ctx, "reading the image", reader.describe, image)

    @tool("Extract a table from an image")
    async def extract_table(
        image: str, ctx: Context, format: Literal["markdown", "csv", "json"] = "markdown", table: int | None = None
    ) -> TableResult:
        """The table(s) in an image (a screenshot of a spreadsheet, a report, a receipt) as Markdown, CSV or
        JSON records (one object per row, keyed by the header); `table` = 1, 2, ... picks one when there are
        several. Use it to compute over rows or copy them. For prose and key: value text use read_text; for a
        chart's values describe_image or ask_image."""
        return await work(ctx, "reading the table", reader.table, image, format, table)

    @tool("List a screen's interface elements")
    async def ui_elements(image: str, ctx: Context, include_text: bool = False) -> UiLayout:
        """The interface elements of a screenshot or dialog: buttons, checkboxes, radio buttons, toggles, text
        fields (and, as the reading learns them, tabs, menus, list rows, window chrome), each with role, text,
        state and box [x0, y0, x1, y1] in image pixels, top to bottom. include_text adds the text lines that
        belong to no control. Use it to know what can be clicked or what is ticked; for the words on a screen
        read_text is better, for one question ask_image."""
        return await work(ctx, "reading the screen", reader.ui, image, include_text)

    @tool("Compare two images")
    async def compare_images(a: str, b: str, ctx: Context, question: str | None = None) -> Comparison:
        """What differs between two versions of one thing (a screen before and after, two receipts): text
        present in only one, values that changed, colours; with a question, each image's answer. For three
        or more images, or for what they have in common, use analyze_images."""
        return await work(ctx, "comparing", reader.compare, a, b, question)

    @tool("Analyze several images")
    async def analyze_images(images: list[str], ctx: Context, question: str | None = None) -> ImagesAnalysis:
        """Several images at once (2 to 8: pages of a flow, screenshots of steps, a set of receipts): one
        reading each, the text they all share, what only one shows and values that change across them; with
        a question, each image's answer. For exactly two versions of one screen compare_images is more
        direct; for one image use describe_image."""
        if not 2 <= len(images) <= MAX_IMAGES:
            raise ValueError(f"pass between 2 and {MAX_IMAGES} images (got {len(images)})")
        n, steps = len(images), len(images) * (2 if question else 1)
        sirs = [(await work(ctx, f"reading image {i + 1} of {n}", reader.reading, ref, step=i, steps=steps)).sir
                for i, ref in enumerate(images)]
        answers: dict[str, str] = {}
        for i, ref in enumerate(images if question else []):
            res = await work(ctx, f"answering for image {i + 1}", reader.ask, ref, question, step=n + i,
                                  steps=steps)
            answers[ref] = res.answer
        return reader.analysis(images, sirs, answers)

    @tool("Read a PDF document")
    async def read_document(
        path: str, ctx: Context, pages: str | None = None, question: str | None = None
    ) -> Document:
        """Read a PDF: the text layer directly, scanned pages through the vision pipeline. pages like
        "1-3,7"; with a question, the answer from the best page. Use it for PDFs only; for an image of a page
        use read_text or ask_image."""
        return await work(ctx, "reading the document", reader.read_document, path, pages, question)

    return server
