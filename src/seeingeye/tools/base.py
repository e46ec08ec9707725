"""Tools are typed functions: a pydantic argument model plus a docstring is the schema a model sees.

Arguments are validated before a tool runs; results are plain data (evidence drafts with boxes in
working-image coordinates) plus a one-line summary for traces.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import threading
import typing
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image
from pydantic import BaseModel, ValidationError

from ..errors import ToolError
from ..registry import Registry
from ..sir import Box, EvidenceDraft


class ToolResult(BaseModel):
    evidence: list[EvidenceDraft] = []
    summary: str = ""


def onnx_threads() -> int:
    """Intra-op threads for this process's ONNX sessions: OMP_NUM_THREADS when a pool sets it (a batch or
    Ray worker gets cores / workers, so N workers on N cores do not fight over threads), else 0 (the
    library's choice: one per physical core)."""
    try:
        return max(0, int(os.environ.get("OMP_NUM_THREADS", "0") or 0))
    except ValueError:
        return 0


class _Shelf:
    """The last `keep` values put, by key (least recently used out first); safe across threads."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self._items: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.keep:
                self._items.popitem(last=False)


class Engines:
    """Heavy per-instance resources (OCR sessions), loaded lazily once and shared by all tools."""

    def __init__(self, ocr_engine: str = "rapidocr") -> None:
        self.ocr_engine = ocr_engine
        self._rapid: Any = None
        self._lock = threading.Lock()
        # Readings of recent images: several questions about one screenshot share one OCR pass.
        self._readings = _Shelf(16)
        # Tool results of recent images, by image hash, tool and arguments: a second question about a screenshot
        # re-reads nothing (every tool is a function of the pixels and its arguments alone).
        self._results = _Shelf(512)

    def recall(self, key: str) -> Any:
        return self._readings.get(key)

    def remember(self, key: str, value: Any) -> None:
        self._readings.put(key, value)

    def recall_result(self, key: str) -> Any:
        return self._results.get(key)

    def remember_result(self, key: str, value: Any) -> None:
        self._results.put(key, value)

    def rapidocr(self) -> Any:
        with self._lock:
            if self._rapid is None:
                from rapidocr_onnxruntime import RapidOCR

                threads = onnx_threads()
                self._rapid = RapidOCR(intra_op_num_threads=threads or -1, inter_op_num_threads=1 if threads else -1)
            return self._rapid


@dataclass
class ToolContext:
    """The image under study plus caches that tools share within one question."""

    image: Image.Image
    engines: Engines
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def array(self) -> np.ndarray:
        arr = self.cache.get("_array")
        if arr is None:
            arr = self.cache["_array"] = np.asarray(self.image)
        return arr

    @property
    def grey(self) -> np.ndarray:
        """The image in grey levels, converted once per question for every tool that measures ink."""
        g = self.cache.get("_grey")
        if g is None:
            g = self.cache["_grey"] = np.asarray(self.image.convert("L"))
        return g

    @property
    def digest(self) -> str:
        """A hash of the pixels: the key under which readings of this image are shared across questions."""
        d = self.cache.get("_digest")
        if d is None:
            d = self.cache["_digest"] = hashlib.blake2b(self.image.tobytes(), digest_size=16).hexdigest()
        return d

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    def clip(self, box: Box) -> Box:
        w, h = self.size
        x0, x1 = sorted((max(0.0, min(w, box.x0)), max(0.0, min(w, box.x1))))
        y0, y1 = sorted((max(0.0, min(h, box.y0)), max(0.0, min(h, box.y1))))
        if x1 - x0 < 2 or y1 - y0 < 2:
            raise ToolError(f"region {box.as_list()} is empty or outside the {w}x{h} image")
        return Box(x0=x0, y0=y0, x1=x1, y1=y1)


@dataclass
class Tool:
    name: str
    description: str
    args_model: type[BaseModel]
    fn: Callable[[ToolContext, Any], ToolResult]

    def schema(self) -> dict[str, Any]:
        """OpenAI function-calling spec."""
        params = self.args_model.model_json_schema()
        params.pop("title", None)
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": params},
        }

    def validate(self, arguments: dict[str, Any] | BaseModel | None) -> BaseModel:
        if isinstance(arguments, self.args_model):
            return arguments
        try:
            return self.args_model.model_validate(arguments or {})
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "arguments"
            raise ToolError(f"invalid arguments for tool {self.name!r}: {loc}: {first['msg']}") from None

    def __call__(self, ctx: ToolContext, arguments: dict[str, Any] | BaseModel | None = None) -> ToolResult:
        return self.fn(ctx, self.validate(arguments))


TOOLS: Registry[Tool] = Registry("tool", "seeingeye.tools")


def tool(
    name: str | None = None, args: type[BaseModel] | None = None
) -> Callable[[Callable[[ToolContext, Any], ToolResult]], Tool]:
    """Register `fn(ctx, args: ArgsModel) -> ToolResult`; its docstring becomes the description.
    The argument model comes from the annotation, or from `args=` when the annotation cannot be resolved
    (a model defined inside a function)."""

    def wrap(fn: Callable[[ToolContext, Any], ToolResult]) -> Tool:
        model = args
        if model is None:
            param = list(inspect.signature(fn).parameters)[1]
            try:
                model = typing.get_type_hints(fn)[param]
            except (NameError, KeyError):
                raise TypeError(f"tool {fn.__name__}: cannot resolve the argument model; pass args=Model") from None
        doc = inspect.cleandoc(fn.__doc__ or "")
        t = Tool(name=name or fn.__name__, description=doc, args_model=model, fn=fn)
        return TOOLS.register(t.name, t)

    return wrap
