"""Built-in tools register themselves in `TOOLS` on import; plugins use the `seeingeye.tools` entry point."""

from . import cards, chart, describe, diagram, forms, navbar, ocr, recognize, shapes, table, traceback, ui  # noqa: F401  (registration side effect)
from .base import TOOLS, Engines, Tool, ToolContext, ToolResult, tool

__all__ = ["TOOLS", "Engines", "Tool", "ToolContext", "ToolResult", "tool"]
