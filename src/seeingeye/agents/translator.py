"""Translators (perception agents): look at the image with tools and write evidence into the SIR.

- `ToolPlanTranslator` (embedded default): a deterministic plan from the question and the image, or from
  the image alone (a survey: the question-independent reading the proxy and MCP serve).
- `VLMTranslator` (`vlm_translator.py`): an OpenAI-compatible vision model drives the same tools.
Both record every tool call on the trace.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import ToolError
from ..sir import SIR, Box, EvidenceDraft
from ..tools import TOOLS, ToolContext
from ..tools.base import ToolResult
from ..tools.ocr import read_lines
from ..tools.recognize import asks_what_is_shown
from ..trace import ToolCallRecord, Trace
from .look import REGIONS as POSITIONS
from .question import QuestionAnalysis, analyse


class Budget:
    def __init__(self, max_tool_calls: int, deadline: float) -> None:
        self.max_tool_calls = max_tool_calls
        self.deadline = deadline
        self.used = 0

    def allow(self) -> bool:
        return self.used < self.max_tool_calls and time.monotonic() < self.deadline


def _cached_call(name: str, arguments: dict[str, Any], ctx: ToolContext) -> ToolResult:
    """A tool's result, run once per image and arguments (a copy: the caller's SIR may annotate it)."""
    key = f"{ctx.digest}:{name}:{json.dumps(arguments, sort_keys=True, default=str)}"
    result = ctx.engines.recall_result(key)
    if result is None:
        result = TOOLS.get(name)(ctx, arguments)
        ctx.engines.remember_result(key, result)
    return result.model_copy(deep=True)


def run_tool(
    name: str, arguments: dict[str, Any], ctx: ToolContext, sir: SIR, trace: Trace, round: int, budget: Budget
) -> int:
    """Validate and run one tool call, add its evidence to the SIR; returns how many facts were new."""
    if not budget.allow():
        return 0
    budget.used += 1
    start = time.perf_counter()
    try:
        result = _cached_call(name, arguments, ctx)
    except KeyError as exc:
        err: str | None = str(exc).strip("'\"")
        result = None
    except ToolError as exc:
        err, result = str(exc), None
    else:
        err = None
    ids: list[str] = []
    if result is not None:
        for draft in result.evidence:
            if draft.kind == "overview":
                _apply_overview(sir, draft)
                continue
            ev = sir.add(draft, source=name, round=round)
            if ev is not None:
                ids.append(ev.id)
    trace.tool_calls.append(
        ToolCallRecord(
            round=round,
            tool=name,
            arguments=json.loads(json.dumps(arguments, default=str)),
            duration_s=round_(time.perf_counter() - start),
            ok=err is None,
            summary=result.summary if result else "",
            evidence_ids=ids,
            error=err,
        )
    )
    ctx.cache.setdefault("_ran", set()).add(name)
    return len(ids)


def round_(x: float) -> float:
    return float(f"{x:.6f}")


def _apply_overview(sir: SIR, draft: EvidenceDraft) -> None:
    a = draft.attrs
    if "app_kind" in a or "window_title" in a:  # the ui tool's part of the overview only
        sir.overview.app_kind = a.get("app_kind")  # type: ignore[assignment]
        sir.overview.window_title = a.get("window_title")  # type: ignore[assignment]
        return
    sir.overview.kind = a.get("kind", sir.overview.kind)  # type: ignore[assignment]
    sir.overview.orientation = a.get("orientation", sir.overview.orientation)  # type: ignore[assignment]
    sir.overview.text_density = float(a.get("text_density", 0.0))  # type: ignore[arg-type]
    sir.overview.text_lines = int(a.get("text_lines", 0))  # type: ignore[arg-type]
    sir.overview.main_colours = list(a.get("main_colours", []))  # type: ignore[arg-type]
    sir.overview.summary = draft.value


class LookCall(Protocol):
    """A typed tool call (agents.reasoner.ToolCall): a registered tool and validated arguments."""

    tool: str
    arguments: dict[str, Any]


Request = Sequence[LookCall] | str


def render_request(request: Request) -> str:
    if isinstance(request, str):
        return request
    return "; ".join(f"{c.tool}({json.dumps(c.arguments, sort_keys=True)})" for c in request)


class Translator(Protocol):
    def perceive(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        """The first look, for the SIR's question."""
        ...

    def survey(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        """The first look without a question: everything literal the image holds."""
        ...

    def glance(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        """The cheapest first reading a speculative answer may rest on (0: this translator has none);
        a later `perceive` completes it without repeating its tools."""
        ...

    def refine(
        self, ctx: ToolContext, sir: SIR, request: Request, *, trace: Trace, round: int, budget: Budget
    ) -> int: ...


def _weak_text_region(ctx: ToolContext) -> Box | None:
    """Bounding box of text that was read poorly or is tiny: the place a zoom pays for itself."""
    lines = read_lines(ctx)
    # Lines the OCR already re-read upscaled gain nothing from a zoom.
    weak = [ln for ln in lines if (ln.confidence < 0.8 or ln.box.h < 11) and not ln.reread]
    if not weak:
        return None
    return Box(
        x0=min(ln.box.x0 for ln in weak) - 4,
        y0=min(ln.box.y0 for ln in weak) - 4,
        x1=max(ln.box.x1 for ln in weak) + 4,
        y1=max(ln.box.y1 for ln in weak) + 4,
    )


# Kinds whose content is mostly text: tables may hide in them, charts rarely do.
TEXT_KINDS = ("document", "table", "screenshot", "terminal", "form")
SPARSE_TEXT = 0.06  # share of the image under text below which a page reads like a figure, not prose
# Kinds that may embed a chart among other content: dashboards are screenshots, slides carry plots.
CHART_HOSTS = ("screenshot", "slide", "unknown")
# The cheapest reading: the tools every plan starts with, before the image's kind is known.
# Cards (dashboard tiles, pricing plans) and boards (a kanban's lists of cards), labels over values (tickets, ID
# cards), an ID's machine-readable names, a page number in a margin, the window reading (title bar, an editor's
# line-number gutter), a calculator's display, a configuration file, a test run's results, a signature block, an
# open message's sender, a list's status marks, people shown with avatars, a Python traceback and the marks before a
# dashboard's changes cost a pass over
# what the OCR already read, and they hold look-up answers.
GLANCE = ("ocr", "layout", "cards", "board", "stacked", "mrz", "page_number", "ui", "keypad", "config", "testrun",
          "git", "diff", "shell", "address", "tabs", "signature", "mail_header", "status_marks", "avatars",
          "traceback", "change_marks")


@dataclass(frozen=True)
class Needs:
    """What the tool plan serves beyond what the image's kind already calls for: one question's needs, or
    the survey's (everything literal the image may hold, for a reading shared by every later question)."""

    recognize: bool = False  # what the image shows (photo labels)
    visual: bool = False  # shapes asked about: text-only tools (table, zoom) are skipped
    colours: bool = False
    chart: bool = False
    table: bool = False
    forms: bool = False
    diagram: bool = False
    zoom_at: str | None = None  # a named region (see look.REGIONS) whose small text is asked about


def question_needs(intent: QuestionAnalysis, sir: SIR) -> Needs:
    """What one question asks the tools for (the `ask` pipeline: cheaper than a survey)."""
    numeric = intent.operator in ("max", "min", "arithmetic", "compare") or intent.count_of in ("bars", "slices")
    numeric = numeric or (intent.operator == "lookup" and intent.answer_type in ("number", "money", "percentage"))
    return Needs(
        recognize=asks_what_is_shown(sir.question) and sir.overview.text_lines < 3,
        visual=intent.visual or bool([s for s in intent.shapes if s]),
        colours=intent.operator == "colour" or bool(intent.colours),
        # a sparse "document" may be a chart the kind model took for one (a line over a filled area); a
        # sparse screenshot is a window with room to spare (a spreadsheet), where no chart is to be found
        chart=intent.wants_chart or (numeric and (sir.overview.kind not in TEXT_KINDS or (
            sir.overview.kind == "document" and sir.overview.text_density < SPARSE_TEXT))),
        table=intent.wants_table,
        # ticked boxes are counted from their pixels; named controls ("which buttons") and click targets are
        # read from them
        forms=intent.operator in ("state", "count", "locate") or bool(intent.coords.controls) or intent.wants_off,
        diagram=intent.operator == "colour",  # a box's fill colour
        zoom_at=intent.position if intent.wants_small_text and intent.position in POSITIONS else None,
    )


def glance_can_settle(intent: QuestionAnalysis) -> bool:
    """Can one OCR pass and its layout hold the answer? Not when the question asks about shapes, colours,
    charts or form states (tools the glance does not run), nor for programs over structure (extremes,
    counts, positions, arithmetic, comparisons) that need the table or chart reading to be complete."""
    if intent.visual or any(intent.shapes) or intent.colours or intent.wants_chart:
        return False
    if intent.coords.controls or intent.coords.cell:  # buttons, a spreadsheet cell: the `forms`/`ui` readings
        return False
    # a row and a column meet in a table's or a chart's reading, not in OCR lines (a row named in a lookup:
    # "when was the drill returned" reads the Returned cell of the drill's row, which the glance may misplace)
    if intent.wants_table or intent.operator == "lookup" and intent.row:
        return False
    if max(intent.intent_scores.values(), default=1.0) < 0.35:
        return False  # unsure what is asked: read everything before answering
    # (a click target is one of the window's controls, which only the `forms` reading lists: "which button
    # pauses it" is answered among the buttons, not by the line of text that matches best)
    # ("what comes after X" is a structure's next row: a list printing each entry on two lines puts the entry's
    # own second line next in reading order, which only the table reading keeps apart)
    return intent.operator in ("lookup", "read", "exists")


def survey_needs(sir: SIR) -> Needs:
    """From the image alone (after OCR and `describe`): every tool that can add literal content for its kind,
    so the reading does not depend on which question came first. Colours and shapes on text add no literal
    content (the overview keeps the main colours), so only a question asks for them."""
    return Needs(
        recognize=sir.overview.text_lines < 3,  # with almost no text, what it shows is the content
        chart=sir.overview.kind in CHART_HOSTS,
    )


class ToolPlanTranslator:
    """Always OCR, layout and describe; then the tools the image kind and the needs call for: a question's
    (`perceive`, used by `ask`) or the survey's (`survey`, a question-independent reading)."""

    def plan(self, intent: QuestionAnalysis | None, ctx: ToolContext, sir: SIR) -> list[tuple[str, dict[str, Any]]]:
        """The steps after OCR/layout/describe: for `intent`'s question, or the survey when it is None."""
        needs = survey_needs(sir) if intent is None else question_needs(intent, sir)
        kind = sir.overview.kind
        if kind == "slide" and sir.overview.window_title:
            kind = "screenshot"  # a window's title bar over a sparse dialog: the kind model's "slide" is a window
        steps: list[tuple[str, dict[str, Any]]] = []
        if kind == "photo" or needs.recognize:
            steps.append(("recognize", {}))
        if needs.visual or kind in ("diagram", "blank"):
            steps.append(("shapes", {}))
        if needs.colours:
            steps.append(("colors", {}))
        if needs.chart or kind == "chart":
            steps.append(("chart", {}))
        # (a page of many text lines has its rows read whatever kind it was taken for: a dark playlist's
        # gradient may pass for a chart's)
        if needs.table or (kind in (*TEXT_KINDS, "slide") and not needs.visual) or (
                kind == "chart" and sir.overview.text_lines >= 20):
            steps.append(("table", {}))  # cheap: it regroups the OCR lines already read
        if needs.forms or kind in ("form", "screenshot"):
            steps.append(("forms", {}))
        if kind == "slide":
            steps.append(("page_number", {"reread": True}))  # one small digit in a corner escapes a page read
        if kind in ("screenshot", "document", "unknown", "slide", "form"):
            steps.append(("navbar", {}))  # cheap: ink gaps in the top strip's OCR lines
        if kind in ("screenshot", "unknown", "form", "terminal"):
            # cheap: one pass over saturated pixels (a dark dialog's window can pass for a terminal)
            steps.append(("progress", {}))
        if kind in ("screenshot", "unknown", "form", "table"):
            # cheap: ink gaps in the OCR lines under a header row (a window holding only a list view looks
            # like a table, and the layout may take its dark rows for a figure: there only a list whose header
            # cells are parted by rules, which the layout's own reading cannot see)
            steps.append(("listview", {"ruled_only": True} if kind == "table" else {}))
        if kind in ("screenshot", "terminal", "document", "unknown"):
            steps.append(("traceback", {}))  # cheap: a pattern over the OCR lines already read
        # Boxes and arrows: on diagrams and slides (the kinds that draw them), and for a box's fill colour.
        if needs.diagram or kind in ("diagram", "slide", "unknown"):
            steps.append(("diagram", {}))
        if not needs.visual:
            region = self._position_box(ctx, needs.zoom_at) if needs.zoom_at else None
            region = region or _weak_text_region(ctx)
            if region is not None and (region.w * region.h) < 0.6 * ctx.size[0] * ctx.size[1]:
                steps.append(("zoom", {"box": region.model_dump(), "scale": 2.5}))
        return steps

    @staticmethod
    def _position_box(ctx: ToolContext, position: str) -> Box:
        w, h = ctx.size
        fx0, fy0, fx1, fy1 = POSITIONS[position]
        return Box(x0=fx0 * w, y0=fy0 * h, x1=fx1 * w, y1=fy1 * h)

    def perceive(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        return self._first_look(ctx, sir, analyse(sir.question), trace, budget)

    def survey(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        return self._first_look(ctx, sir, None, trace, budget)

    def glance(self, ctx: ToolContext, sir: SIR, *, trace: Trace, budget: Budget) -> int:
        """One OCR pass and the layout over it: what the speculative fast path answers from (nothing, so no
        speculation, when the question needs more than text to be answered)."""
        if not glance_can_settle(analyse(sir.question)):
            return 0
        return sum(run_tool(name, {}, ctx, sir, trace, 1, budget) for name in GLANCE)

    def _first_look(
        self, ctx: ToolContext, sir: SIR, intent: QuestionAnalysis | None, trace: Trace, budget: Budget
    ) -> int:
        done: set[str] = ctx.cache.get("_ran", set())  # a glance already read these
        added = sum(run_tool(name, {}, ctx, sir, trace, 1, budget) for name in GLANCE if name not in done)
        added += run_tool("describe", {}, ctx, sir, trace, 1, budget)
        for name, args in self.plan(intent, ctx, sir):
            if name in GLANCE and not args:
                continue  # the glance tools ran above
            added += run_tool(name, args, ctx, sir, trace, 1, budget)
        return added

    def refine(self, ctx: ToolContext, sir: SIR, request: Request, *, trace: Trace, round: int, budget: Budget) -> int:
        """Run the reasoner's typed look-ups; a free-text request (legacy reasoners) maps to tool calls."""
        if not isinstance(request, str):
            return sum(run_tool(c.tool, dict(c.arguments), ctx, sir, trace, round, budget) for c in request)
        req = request.lower()
        ran: set[str] = ctx.cache.get("_ran", set())
        calls: list[tuple[str, dict[str, Any]]] = []
        if any(w in req for w in ("shape", "colour", "color", "count", "circle", "square", "triangle")):
            calls += [(n, {}) for n in ("shapes", "colors") if n not in ran]
        if any(w in req for w in ("chart", "table", "bar", "graph", "plot", "column")):
            calls += [(n, {}) for n in ("chart", "table") if n not in ran]
        if any(w in req for w in ("zoom", "read", "small", "print", "label", "text", "faint")):
            pos = next((p for p in POSITIONS if p in req), None)
            box = self._position_box(ctx, pos) if pos else _weak_text_region(ctx)
            if box is None and "zoom" not in ran:
                # Nothing looks weak, yet the answer is missing: re-read everything at a finer scale.
                w, h = ctx.size
                box = Box(x0=0, y0=0, x1=w, y1=h)
            if box is not None:
                scale = 3.0 if round > 2 else 2.0 if box.w * box.h > 0.5 * ctx.size[0] * ctx.size[1] else 2.5
                calls.append(("zoom", {"box": box.model_dump(), "scale": scale}))
        return sum(run_tool(n, a, ctx, sir, trace, round, budget) for n, a in calls)
