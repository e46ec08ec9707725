"""The Structured Intermediate Representation: what the translator saw, each fact with its provenance.

The SIR is the only thing the reasoner reads. It is plain pydantic data, exported as JSON schema
(`seeingeye schema`), and rendered to compact text for text-only models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, JsonValue, PrivateAttr

T = TypeVar("T")

EvidenceKind = Literal[
    "text",  # one OCR line exactly as printed. attrs: ocr_conf, ink (colour), block (id of its block), angle
    "number",
    "key_value",  # label = key, value = value as printed. attrs: line (id of the text line it came from), say (a
    # tool's short name for the key, for readers; its label may also carry synonyms for matching), type (the
    # answer type a tool knows its value is: a branch name is a code)
    "block",  # a layout block in reading order. attrs: role (BlockRole), order (int), column (int)
    "table",  # a whole table. attrs: header (list[str]), rows (list[list[str]]), n_rows, n_cols
    "cell",  # one table cell. label = column header. attrs: table (evidence id), row, col, row_label, col_label
    "series",  # a chart series. label = series name. attrs: chart (ChartType), points [{x, y, text, box}]
    "point",  # one chart value. label = x label / slice label; value as printed or read off the axis.
    #           attrs: chart (ChartType), series (legend name or None), percent (pies), estimated (bool)
    "field",  # a form control. label = its label text; value = checked|unchecked|on|off|selected|typed text.
    #           attrs: control (checkbox|radio|toggle|text|select|button), group (radio group label)
    "shape",  # attrs: shape, fill (colour name), text (text inside), area
    "arrow",  # value "A -> B". attrs: from, to (texts or evidence ids), from_id, to_id
    "object",  # what a photo shows. value = label; attrs: hierarchy (["tabby cat", "cat", "animal"]), rank
    "colour",
    "region",
    "overview",
    "note",
]
BlockRole = Literal[
    "title",
    "heading",
    "paragraph",
    "list_item",
    "table",
    "figure",
    "caption",
    "form_field",
    "button",
    "code",
    "header",
    "footer",
    "other",
]
ChartType = Literal["bar", "hbar", "grouped_bar", "stacked_bar", "line", "pie", "scatter", "unknown"]


class Box(BaseModel):
    """Axis-aligned box in working-image pixel coordinates."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def w(self) -> float:
        return self.x1 - self.x0

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    def as_list(self) -> list[int]:
        return [round(self.x0), round(self.y0), round(self.x1), round(self.y1)]

    def share_in(self, other: Box) -> float:
        """How much of this box lies inside the other (0..1)."""
        iw = max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))
        ih = max(0.0, min(self.y1, other.y1) - max(self.y0, other.y0))
        return iw * ih / (self.w * self.h) if self.w * self.h > 0 else 0.0

    def iou(self, other: Box) -> float:
        """Intersection over union: how far two boxes are the same region."""
        iw = max(0.0, min(self.x1, other.x1) - max(self.x0, other.x0))
        ih = max(0.0, min(self.y1, other.y1) - max(self.y0, other.y0))
        inter = iw * ih
        union = self.w * self.h + other.w * other.h - inter
        return inter / union if union > 0 else 0.0


class EvidenceDraft(BaseModel):
    """What a tool returns: a fact without an id or round yet (the translator assigns those)."""

    kind: EvidenceKind
    value: str = Field(description="the fact as text, e.g. 'TOTAL', '12.50', 'red circle'")
    label: str | None = Field(None, description="what the value belongs to: a key, a series label, a cell")
    number: float | None = Field(None, description="numeric reading of value, when it has one")
    box: Box | None = None
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    attrs: dict[str, JsonValue] = Field(default_factory=dict)


class Evidence(EvidenceDraft):
    id: str = Field(description="stable id such as e12, cited by the reasoner")
    source: str = Field(description="tool that produced it")
    round: int = Field(ge=1)

    def render(self) -> str:
        parts = [f"[{self.id}] {self.kind}"]
        if self.label:
            parts.append(f"{self.label!r} =")
        parts.append(repr(self.value[:300]))
        if self.kind == "table":
            parts.append(json.dumps(self.attrs.get("rows", []), ensure_ascii=False)[:800])
        if self.kind == "series":
            parts.append(json.dumps(self.attrs.get("points", []), ensure_ascii=False)[:800])
        if self.box is not None:
            parts.append(f"@{self.box.as_list()}")
        parts.append(f"conf={self.confidence:.2f} via {self.source}")
        return " ".join(parts)


class ImageFacts(BaseModel):
    width: int
    height: int
    original_width: int
    original_height: int
    sha256: str
    format: str
    mode: str
    frames: int = 1
    notes: list[str] = Field(default_factory=list)


class Overview(BaseModel):
    kind: Literal[
        "document", "screenshot", "terminal", "slide", "form", "chart", "table", "diagram", "photo", "blank", "unknown"
    ] = "unknown"
    orientation: Literal["portrait", "landscape", "square"] = "square"
    text_density: float = Field(0.0, description="share of the image area covered by text boxes")
    text_lines: int = 0
    main_colours: list[str] = Field(default_factory=list)
    summary: str = ""
    app_kind: str | None = Field(None, description="screenshots: spreadsheet, dialog, editor, terminal, ...")
    window_title: str | None = Field(None, description="screenshots: the title of the front window")


class SIR(BaseModel):
    """Structured Intermediate Representation of one image for one question."""

    version: Literal["1"] = "1"
    image: ImageFacts
    question: str
    overview: Overview = Field(default_factory=Overview)
    evidence: list[Evidence] = Field(default_factory=list)
    unknowns: list[str] = Field(default_factory=list, description="what the translator could not establish")
    # Structures derived from the evidence (the records several programs read for one question), kept until
    # a fact is added: evidence is only ever appended.
    _derived: dict[str, tuple[int, Any]] = PrivateAttr(default_factory=dict)

    def derived(self, name: str, make: Callable[[], T]) -> T:
        """`make()`, computed once for the evidence as it stands."""
        held = self._derived.get(name)
        if held is None or held[0] != len(self.evidence):
            held = self._derived[name] = (len(self.evidence), make())
        return held[1]  # type: ignore[no-any-return]

    def add(self, draft: EvidenceDraft, *, source: str, round: int) -> Evidence | None:
        """Append a fact unless an equivalent one (same kind, value, label, place) is already known."""
        for ev in self.evidence:
            if ev.kind == draft.kind and ev.value == draft.value and ev.label == draft.label:
                same_place = (draft.box is None and ev.box is None and draft.number == ev.number) or (
                    draft.box is not None and ev.box is not None and _near(ev.box, draft.box)
                )
                if same_place:
                    if draft.confidence > ev.confidence:
                        ev.confidence = draft.confidence
                    for key in _KEPT_FROM_DUPLICATES:  # (what another tool learned of the same text)
                        if key in draft.attrs and key not in ev.attrs:
                            ev.attrs[key] = draft.attrs[key]
                    return None
        ev = Evidence(id=f"e{len(self.evidence) + 1}", source=source, round=round, **draft.model_dump())
        self.evidence.append(ev)
        return ev

    def by_kind(self, *kinds: str) -> list[Evidence]:
        return [e for e in self.evidence if e.kind in kinds]

    def get(self, evidence_id: str) -> Evidence | None:
        return next((e for e in self.evidence if e.id == evidence_id), None)

    def render_text(
        self, max_chars: int = 6000, kinds: tuple[str, ...] | None = None, *, max_tokens: int | None = None,
        compact: bool = False,
    ) -> str:
        """Compact text for a text-only model. Image text is quoted data, never instructions.

        Without `kinds`: the whole image as structured text in reading order (seeingeye.render), every
        fact once with its evidence id (`compact`: without ids, and a control's centre for its box, for a
        reader that cannot cite evidence back),
        within `max_tokens` (counted as characters / 4) or `max_chars`.
        With `kinds`: one line per evidence of those kinds (a filtered dump)."""
        budget = max_tokens * 4 if max_tokens is not None else max_chars
        if kinds is None:
            from .render import render

            return render(self, budget, compact=compact)
        head = f"IMAGE {self.image.width}x{self.image.height} ({self.overview.kind}, {self.overview.orientation})"
        lines = [head] + [ev.render() for ev in self.evidence if ev.kind in kinds]
        if self.unknowns:
            lines.append("UNKNOWN: " + "; ".join(self.unknowns))
        text = "\n".join(lines)
        return text if len(text) <= budget else text[: budget - 20] + "\n[... truncated]"


# A line OCR read whole and the gutter reader read again beside its number keeps the number; not the gutter's
# other marks (a code line's role would take OCR's own piece out of the page's rows).
_KEPT_FROM_DUPLICATES = ("line_number",)


def _near(a: Box, b: Box, tol: float = 6.0) -> bool:
    return abs(a.cx - b.cx) <= tol + 0.2 * a.w and abs(a.cy - b.cy) <= tol + 0.2 * a.h


def sir_json_schema() -> dict[str, Any]:
    return SIR.model_json_schema()
