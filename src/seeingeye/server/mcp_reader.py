"""The blocking work behind the MCP tools, one method per tool: `mcp_tools` runs each call in a worker
thread with progress notifications. Images are fetched and decoded inside that thread (a URL fetch must
not run on the event loop), and readings are cached by image hash and shared by every tool."""

from __future__ import annotations

import time
from pathlib import Path

from ..documents import PdfFile
from ..imageio import LoadedImage
from ..pipeline import SeeingEye
from ..sir import SIR, Box
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
from .readings import READING_CHARS, Reading, ReadingCache, read_image
from .sources import load_source, read_path
from .table_view import TableFormat, render_table, table_rows


class ImageReader:
    def __init__(self, eye: SeeingEye, roots: list[Path], policy: URLPolicy, max_pages: int = 20) -> None:
        self.eye, self.roots, self.policy, self.max_pages = eye, roots, policy, max_pages
        self.readings = ReadingCache(64)

    def source(self, ref: str) -> bytes:
        return load_source(ref, self.roots, self.policy, self.eye.settings.max_file_bytes)

    def context(self, ref: str) -> tuple[LoadedImage, ToolContext]:
        """Fetch and decode once; every tool in the call then shares the context's OCR and colour caches."""
        loaded = self.eye.load(self.source(ref))
        return loaded, ToolContext(image=loaded.image, engines=self.eye.engines)

    def reading(self, ref: str) -> Reading:
        """The image's question-independent reading (the survey), read once per image across tool calls."""
        loaded = self.eye.load(self.source(ref))
        cached: Reading | None = self.readings.get(loaded.sha256)
        if cached is None:
            cached = read_image(self.eye, loaded)
            self.readings.put(loaded.sha256, cached)
        return cached

    def ask(self, ref: str, question: str, options: list[str] | None = None) -> Answer:
        t0 = time.perf_counter()
        res = self.eye.ask(self.source(ref), question, options)
        cited = [e for e in res.sir.evidence if e.id in set(res.evidence_ids)]
        return Answer(
            answer=res.answer,
            confidence=res.confidence,
            seconds=round(time.perf_counter() - t0, 3),
            evidence=[Evidence(id=e.id, kind=e.kind, value=e.value, label=e.label, source=e.source) for e in cited],
            answered_by=res.answered_by,
            route_reason=res.route_reason,
        )

    def read_text(self, ref: str, region: list[float] | None = None) -> TextResult:
        if region is None:
            sir = self.reading(ref).sir
            found = [e for e in sir.evidence if e.source == "ocr" and e.kind in ("text", "number")]
            text: str | None = sir.render_text(READING_CHARS)
        else:
            if len(region) != 4:
                raise ValueError("region must be [x0, y0, x1, y1]")
            _, tctx = self.context(ref)
            box = Box(x0=region[0], y0=region[1], x1=region[2], y1=region[3]).model_dump()
            found, text = TOOLS.get("ocr")(tctx, {"region": box}).evidence, None
        lines = [
            TextLine(text=e.value, box=e.box.as_list(), confidence=round(e.confidence, 3))
            for e in found
            if e.kind in ("text", "number") and e.box is not None
        ]
        return TextResult(lines=lines, text="\n".join(ln.text for ln in lines) if text is None else text)

    def describe(self, ref: str) -> Description:
        sir = self.reading(ref).sir
        return Description(
            kind=sir.overview.kind, size=[sir.image.width, sir.image.height], overview=sir.render_text(4000)
        )

    def table(self, ref: str, fmt: TableFormat = "markdown", index: int | None = None) -> TableResult:
        sir = self.reading(ref).sir
        tables = table_rows(sir)
        if not tables:
            raise ValueError(f"no table found in this image ({sir.overview.kind}); read_text gives its text")
        if index is not None and not 1 <= index <= len(tables):
            raise ValueError(f"table must be between 1 and {len(tables)} (this image has {len(tables)})")
        chosen = tables if index is None else [tables[index - 1]]
        return TableResult(format=fmt, tables=chosen, text="\n\n".join(render_table(t, fmt) for t in chosen))

    def ui(self, ref: str, include_text: bool = False) -> UiLayout:
        sir = self.reading(ref).sir
        return UiLayout(kind=sir.overview.kind, app_kind=getattr(sir.overview, "app_kind", None),
                        window_title=getattr(sir.overview, "window_title", None),
                        size=[sir.image.width, sir.image.height], elements=ui_view.ui_elements(sir, include_text))

    def compare(self, a: str, b: str, question: str | None = None) -> Comparison:
        (img_a, ctx_a), (img_b, ctx_b) = self.context(a), self.context(b)
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
            ask = self.eye.ask
            answers = {"a": ask(img_a.image, question).answer, "b": ask(img_b.image, question).answer}
        return Comparison(
            only_in_a=sorted(text_a - text_b),
            only_in_b=sorted(text_b - text_a),
            changed_values=changed,
            colours=f"a: {col_a}; b: {col_b}",
            answers=answers,
        )

    @staticmethod
    def analysis(refs: list[str], sirs: list[SIR], answers: dict[str, str]) -> ImagesAnalysis:
        per_image = max(600, 4000 // len(refs))
        return ImagesAnalysis(
            readings=[ImageReading(image=ref, kind=sir.overview.kind, size=[sir.image.width, sir.image.height],
                                   overview=sir.render_text(per_image)) for ref, sir in zip(refs, sirs, strict=True)],
            differences=compare_readings(refs, sirs), answers=answers)

    def read_document(self, path: str, pages: str | None = None, question: str | None = None) -> Document:
        t0 = time.perf_counter()
        s, eye = self.eye.settings, self.eye
        data = read_path(path, self.roots, s.max_file_bytes, "PDF")
        out, best = [], (None, -1.0, None)
        with PdfFile(data, s.max_file_bytes, name=f"PDF {Path(path).name[:80]}") as pdf:
            wanted, notes = pdf.select(pages, self.max_pages)
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
