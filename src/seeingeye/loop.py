"""One question's run through the SeeingEye loop: an optional speculative answer from the cheapest
reading (after SpecEyes), else the full first look and rounds of reasoning and further looks until the
answer is confident, the rounds or budget are spent, or nothing new was found."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from .agents.reasoner import ReasonerOutput
from .agents.translator import Budget, Request
from .sir import SIR
from .tools import ToolContext
from .trace import RoundRecord, Trace

if TYPE_CHECKING:
    from .pipeline import SeeingEye


def separable(out: ReasonerOutput, min_confidence: float, min_margin: float) -> bool:
    """Is a speculative answer sure enough to stand: calibrated confidence high and the best candidate
    clearly ahead of the runner-up (the `margin` confidence feature; a reasoner without it never is)."""
    return out.confidence >= min_confidence and out.features.get("margin", 0.0) >= min_margin


class AskRun:
    """The state of one `ask`: SIR, tool context, budget, trace and timings, filled as the run goes."""

    sir: SIR
    ctx: ToolContext
    budget: Budget

    def __init__(
        self,
        eye: SeeingEye,
        question: str,
        options: list[str],
        on_round: Callable[[RoundRecord], None] | None,
        load_s: float,
    ) -> None:
        self.eye, self.settings = eye, eye.settings
        self.question, self.options, self.on_round = question, options, on_round
        self.trace = Trace()
        self.timings = {"load_image": load_s, "translate": 0.0, "reason": 0.0}
        self.new = 0  # facts the last look added

    def _reason(self, rnd: int) -> ReasonerOutput:
        t = time.perf_counter()
        out = self.eye.reasoner.reason(
            self.question, self.options, self.sir, trace=self.trace, round=rnd,
            threshold=self.settings.confidence_threshold,
        )  # fmt: skip
        self.timings["reason"] += time.perf_counter() - t
        self.trace.rounds.append(
            RoundRecord(
                round=rnd,
                new_evidence=self.new,
                answer=out.answer,
                confidence=out.confidence,
                feedback_request=out.feedback_request,
                look=[c.model_dump(mode="json") for c in out.look],
                features=out.features,
            )
        )
        if self.on_round is not None:
            self.on_round(self.trace.rounds[-1])
        return out

    def _look(self, fn: Callable[[], int]) -> None:
        t = time.perf_counter()
        self.new = fn()
        self.timings["translate"] += time.perf_counter() - t

    def _refine(self, request: Request, rnd: int) -> None:
        tr = self.eye.translator
        self._look(lambda: tr.refine(self.ctx, self.sir, request, trace=self.trace, round=rnd, budget=self.budget))

    def speculate(self) -> ReasonerOutput | None:
        """Answer from the glance when the answer is separable; None (and the glance kept for the full
        look, whose tools it does not repeat) when it is not. Only a cheap reasoner speculates: a model
        call spent on a guess would cost more than the tools it saves."""
        s, tr, reasoner = self.settings, self.eye.translator, self.eye.reasoner
        if not getattr(reasoner, "cheap", False):
            return None
        self._look(lambda: tr.glance(self.ctx, self.sir, trace=self.trace, budget=self.budget))
        if self.new == 0:
            return None
        out = self._reason(1)
        self.trace.speculative = {
            "answer": out.answer, "confidence": out.confidence, "margin": out.features.get("margin", 0.0),
        }  # fmt: skip
        # Never stop sooner than the loop would: a confidence it would not accept cannot end the run.
        if separable(out, max(s.fast_confidence, s.confidence_threshold), s.fast_margin):
            self.trace.path, self.trace.stop_reason = "fast", "separable on the first reading"
            return out
        self.trace.rounds.clear()  # the full run's round 1 reasons again, over the complete first look
        return None

    def loop(self) -> ReasonerOutput:
        """The full path: the first look for the question, then rounds until a stop condition."""
        s, tr = self.settings, self.eye.translator
        self._look(lambda: tr.perceive(self.ctx, self.sir, trace=self.trace, budget=self.budget))
        best: ReasonerOutput | None = None
        for rnd in range(1, s.max_rounds + 1):
            out = self._reason(rnd)
            # Another look may make the answer less sure (a garbled re-read): keep the surest round's answer.
            if best is None or out.confidence >= best.confidence:
                best = out
            if out.confidence >= s.confidence_threshold:
                self.trace.stop_reason = "confident"
                break
            if rnd == s.max_rounds:
                self.trace.stop_reason = "round budget spent"
                break
            request = out.look or out.feedback_request  # typed calls; free text only from legacy reasoners
            if not request:
                self.trace.stop_reason = "no look requested"
                break
            if not self.budget.allow():
                self.trace.stop_reason = "tool-call or time budget spent"
                break
            self._look(
                lambda r=rnd, q=request: tr.refine(
                    self.ctx, self.sir, q, trace=self.trace, round=r + 1, budget=self.budget
                )
            )
            if self.new == 0:
                self.trace.stop_reason = "no new evidence"
                break
        assert best is not None  # max_rounds >= 1
        return best
