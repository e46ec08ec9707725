"""The SeeingEye loop, top-down: load image -> translator fills the SIR -> reasoner answers or asks for
more -> repeat until confident, out of rounds, out of budget, or nothing new was found."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import anyio
from PIL import Image
from pydantic import BaseModel, Field

from .agents.reasoner import GroundedReasoner, LLMReasoner, Reasoner
from .agents.translator import Budget, ToolPlanTranslator, Translator, VLMTranslator
from .config import Settings, load_settings
from .errors import InputError
from .imageio import LoadedImage, load_image
from .models import BACKENDS
from .sir import SIR, ImageFacts
from .tools import Engines, ToolContext
from .tools.orientation import upright
from .trace import RoundRecord, Trace

# A LoadedImage is accepted too, so a caller that needs the working image afterwards decodes it only once.
ImageInput = str | Path | bytes | Image.Image | LoadedImage


class AskResult(BaseModel):
    """Everything about one answer: the answer, why, what was seen, what it cost."""

    question: str
    options: list[str] = Field(default_factory=list)
    answer: str
    confidence: float
    rounds: int
    rationale: str = ""
    evidence_ids: list[str] = Field(default_factory=list)
    sir: SIR
    usage: dict[str, dict[str, int]]
    timings: dict[str, float]
    trace: Trace

    def summary(self) -> dict[str, Any]:
        return self.model_dump(exclude={"trace"})


def check_question(question: Any, options: Any, settings: Settings) -> tuple[str, list[str]]:
    if not isinstance(question, str) or not question.strip():
        raise InputError("question is empty")
    if len(question) > settings.max_question_chars:
        raise InputError(f"question too long: {len(question)} characters > {settings.max_question_chars}")
    opts = list(options or [])
    if len(opts) > settings.max_options:
        raise InputError(f"too many options: {len(opts)} > {settings.max_options}")
    for i, o in enumerate(opts):
        if not isinstance(o, str) or not o.strip():
            raise InputError(f"option {i + 1} is empty or not text")
        if len(o) > 1000:
            raise InputError(f"option {i + 1} is too long ({len(o)} characters)")
    if len(opts) == 1:
        raise InputError("give at least two options, or none")
    return question.strip(), [o.strip() for o in opts]


def new_sir(question: str, loaded: LoadedImage) -> SIR:
    """An empty SIR carrying the image's facts."""
    facts = ImageFacts(
        width=loaded.size[0],
        height=loaded.size[1],
        original_width=loaded.original_size[0],
        original_height=loaded.original_size[1],
        sha256=loaded.sha256,
        format=loaded.format,
        mode=loaded.original_mode,
        frames=loaded.frames,
        notes=loaded.notes,
    )
    return SIR(question=question, image=facts)


class SeeingEye:
    """Ask questions about images. Models and OCR sessions load once per instance, lazily."""

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        self.settings = settings or load_settings(**overrides)
        self.engines = Engines(self.settings.ocr_engine)
        self._translator: Translator | None = None
        self._reasoner: Reasoner | None = None
        self._load_lock = threading.Lock()

    @property
    def translator(self) -> Translator:
        with self._load_lock:  # a server warms up in one thread while a request may arrive in another
            return self._translator or self._make_translator()

    def _make_translator(self) -> Translator:
        if self.settings.translator == "vlm":
            self._translator = VLMTranslator(BACKENDS.get("openai")(self.settings, "translator"))
        else:
            self._translator = ToolPlanTranslator()
        return self._translator

    @property
    def reasoner(self) -> Reasoner:
        with self._load_lock:
            return self._reasoner or self._make_reasoner()

    def _make_reasoner(self) -> Reasoner:
        name = self.settings.reasoner
        if name == "programs":
            self._reasoner = GroundedReasoner(None)
            return self._reasoner
        if name == "embedded":  # the GGUF loads only if a path consults it (the tie-break)
            self._reasoner = GroundedReasoner(load_model=partial(BACKENDS.get(name), self.settings, "reasoner"))
            return self._reasoner
        try:
            model = BACKENDS.get(name)(self.settings, "reasoner")
        except KeyError as exc:
            raise InputError(str(exc).strip("'\"")) from None
        self._reasoner = GroundedReasoner(model) if model.backend == "embedded" else LLMReasoner(model)
        return self._reasoner

    def load(self, image: ImageInput) -> LoadedImage:
        """Decode an image under this instance's limits."""
        if isinstance(image, LoadedImage):
            return image
        s = self.settings
        return load_image(image, max_pixels=s.max_pixels, max_file_bytes=s.max_file_bytes, max_side=s.max_side)

    def _start(self, loaded: LoadedImage, question: str, trace: Trace) -> tuple[SIR, ToolContext, Budget]:
        """An empty SIR, the tools' context (shared caches) on the upright page, and this run's budget."""
        s = self.settings
        budget = Budget(s.max_tool_calls, time.monotonic() + s.time_budget_s)
        # A sideways or upside-down page is turned before any tool looks (the page read it takes is reused).
        ctx = upright(loaded, self.engines, trace)
        return new_sir(question, loaded), ctx, budget

    def read(self, image: ImageInput, *, trace: Trace | None = None) -> SIR:
        """What `image` holds, independent of any question: the translator's survey (the tools the image's
        kind calls for, all of them), so one reading serves every later question — the proxy and the MCP
        tools cache it by image hash. The SIR's question is empty; `ask` plans from its question instead."""
        trace = trace if trace is not None else Trace()
        sir, ctx, budget = self._start(self.load(image), "", trace)
        self.translator.survey(ctx, sir, trace=trace, budget=budget)
        return sir

    async def aread(self, image: ImageInput, *, trace: Trace | None = None) -> SIR:
        """Async twin of `read`: the same implementation, run off the event loop."""
        return await anyio.to_thread.run_sync(partial(self.read, image, trace=trace))

    def ask(
        self,
        image: ImageInput,
        question: str,
        options: list[str] | None = None,
        *,
        on_round: Callable[[RoundRecord], None] | None = None,
    ) -> AskResult:
        """Answer `question` about `image`; `on_round` is called after each round (for progress)."""
        s = self.settings
        t0 = time.perf_counter()
        question, options = check_question(question, options, s)
        loaded = self.load(image)
        t_load = time.perf_counter()
        trace = Trace()
        sir, ctx, budget = self._start(loaded, question, trace)
        reasoner = self.reasoner
        timings = {"load_image": t_load - t0, "translate": 0.0, "reason": 0.0}

        t = time.perf_counter()
        new = self.translator.perceive(ctx, sir, trace=trace, budget=budget)
        timings["translate"] += time.perf_counter() - t
        best = None
        for rnd in range(1, s.max_rounds + 1):
            t = time.perf_counter()
            out = reasoner.reason(question, options, sir, trace=trace, round=rnd, threshold=s.confidence_threshold)
            # Another look may make the answer less sure (a garbled re-read): keep the surest round's answer.
            if best is None or out.confidence >= best.confidence:
                best = out
            timings["reason"] += time.perf_counter() - t
            trace.rounds.append(
                RoundRecord(
                    round=rnd,
                    new_evidence=new,
                    answer=out.answer,
                    confidence=out.confidence,
                    feedback_request=out.feedback_request,
                    look=[c.model_dump(mode="json") for c in out.look],
                    features=out.features,
                )
            )
            if on_round is not None:
                on_round(trace.rounds[-1])
            if out.confidence >= s.confidence_threshold:
                trace.stop_reason = "confident"
                break
            if rnd == s.max_rounds:
                trace.stop_reason = "round budget spent"
                break
            request = out.look or out.feedback_request  # typed calls; free text only from legacy reasoners
            if not request:
                trace.stop_reason = "no look requested"
                break
            if not budget.allow():
                trace.stop_reason = "tool-call or time budget spent"
                break
            t = time.perf_counter()
            new = self.translator.refine(ctx, sir, request, trace=trace, round=rnd + 1, budget=budget)
            timings["translate"] += time.perf_counter() - t
            if new == 0:
                trace.stop_reason = "no new evidence"
                break
        out = best or out
        timings["tools"] = sum(c.duration_s for c in trace.tool_calls)
        timings["models"] = sum(c.latency_s for c in trace.model_calls)
        timings["total"] = time.perf_counter() - t0
        return AskResult(
            question=question,
            options=options,
            answer=out.answer,
            confidence=out.confidence,
            rounds=len(trace.rounds),
            rationale=out.rationale,
            evidence_ids=out.evidence_ids,
            sir=sir,
            usage=trace.usage(),
            timings={k: round(v, 4) for k, v in timings.items()},
            trace=trace,
        )

    async def aask(
        self,
        image: ImageInput,
        question: str,
        options: list[str] | None = None,
        *,
        on_round: Callable[[RoundRecord], None] | None = None,
    ) -> AskResult:
        """Async twin of `ask`: the same implementation, run off the event loop."""
        return await anyio.to_thread.run_sync(partial(self.ask, image, question, options, on_round=on_round))
