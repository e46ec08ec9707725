"""What the MCP tools return (structured output: each tool's schema is listed with the tool)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .images_view import Differences, ImageReading
from .table_view import TableData
from .ui_view import UiElement


class Evidence(BaseModel):
    id: str
    kind: str
    value: str
    label: str | None = None
    source: str


class Answer(BaseModel):
    answer: str
    confidence: float
    evidence: list[Evidence] = Field(description="the facts the answer rests on")
    seconds: float
    answered_by: str = Field("local", description="local:<reasoner> or upstream:<model> (routing by confidence)")
    route_reason: str = Field("", description="why that answerer: the confidence against route_threshold")


class TextLine(BaseModel):
    text: str
    box: list[int] = Field(description="x0, y0, x1, y1 in image pixels")
    confidence: float


class TextResult(BaseModel):
    lines: list[TextLine]
    text: str = Field(description="the text in reading order (with a region: the lines found there)")


class Description(BaseModel):
    kind: str
    size: list[int]
    overview: str = Field(description="compact rendering of what the image holds")


class Comparison(BaseModel):
    only_in_a: list[str]
    only_in_b: list[str]
    changed_values: list[str]
    colours: str
    answers: dict[str, str] = Field(default_factory=dict)


class DocPage(BaseModel):
    page: int
    source: str = Field(description="text-layer or ocr")
    text: str


class Document(BaseModel):
    pages: list[DocPage]
    answer: str | None = None
    answer_page: int | None = None
    notes: list[str] = Field(default_factory=list)
    pages_per_second: float


class TableResult(BaseModel):
    format: str
    tables: list[TableData] = Field(description="every table found, as header + rows")
    text: str = Field(description="the chosen table(s) in the requested format")


class UiLayout(BaseModel):
    kind: str = Field(description="what the image is (screenshot, form, ...)")
    app_kind: str | None = Field(None, description="dialog, editor, spreadsheet, ... when known")
    window_title: str | None = None
    size: list[int]
    elements: list[UiElement]


class ImagesAnalysis(BaseModel):
    readings: list[ImageReading]
    differences: Differences
    answers: dict[str, str] = Field(default_factory=dict, description="per image: the answer to the question")
