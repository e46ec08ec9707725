"""The SeeingEye loop, top-down: load image -> translator fills the SIR -> reasoner answers or asks for
more -> repeat until confident, out of rounds, out of budget, or nothing new was found."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal

import anyio
from PIL import Image
from pydantic import BaseModel, Field

from .agents.reasoner import GroundedReasoner, LLMReasoner, Reasoner
from .agents.translator import Budget, ToolPlanTranslator, Translator
from .agents.vlm_translator import VLMTranslator
from .config import Settings, load_settings
from .errors import InputError
from .imageio import LoadedImage, load_image
from .loop import AskRun
from .models import BACKENDS
from .routing import Router
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
    # Which path answered: "fast" (the speculative answer from the glance) or "full" (the tool plan and rounds).
    path: Literal["fast", "full"] = "full"
    # Who answered ("local:<reasoner>" or "upstream:<model>") and why (routing.py).
    answered_by: str = "local"
    route_reason: str = ""

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
        self.router = Router(self.settings)  # checks an auto/upstream route has a model to escalate to

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
        """Answer `question` about `image`; `on_round` is called after each round (for progress). With
        `settings.route` auto/upstream the answer may come from the escalation model (routing.py)."""
        loaded = self.load(image)  # decoded once: the escalation to a vision model sends it on
        return self.router.route(self.ask_local(loaded, question, options, on_round=on_round), loaded.image)

    def ask_local(
        self,
        image: ImageInput,
        question: str,
        options: list[str] | None = None,
        *,
        on_round: Callable[[RoundRecord], None] | None = None,
    ) -> AskResult:
        """The embedded answer alone: a speculative answer from the glance when it is sure, else the loop."""
        s = self.settings
        t0 = time.perf_counter()
        question, options = check_question(question, options, s)
        loaded = self.load(image)
        run = AskRun(self, question, options, on_round, time.perf_counter() - t0)
        run.sir, run.ctx, run.budget = self._start(loaded, question, run.trace)
        out = run.speculate() if s.fast_path else None
        if out is None:
            out = run.loop()
        run.timings["tools"] = sum(c.duration_s for c in run.trace.tool_calls)
        run.timings["models"] = sum(c.latency_s for c in run.trace.model_calls)
        run.timings["total"] = time.perf_counter() - t0
        rounds = len(run.trace.rounds)
        # the embedded answerer's belief, mapped onto how often such answers were right on unseen test splits
        conf = self.reasoner.reported(out.confidence, rounds, question, out.answer)
        return AskResult(
            question=question,
            options=options,
            answer=out.answer,
            confidence=conf,
            rounds=rounds,
            rationale=out.rationale,
            evidence_ids=out.evidence_ids,
            sir=run.sir,
            usage=run.trace.usage(),
            timings={k: round(v, 4) for k, v in run.timings.items()},
            trace=run.trace,
            path=run.trace.path,
            answered_by=f"local:{s.reasoner}",
            route_reason="local answer",
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
