"""Built-in tools register themselves in `TOOLS` on import; plugins use the `seeingeye.tools` entry point."""

from . import (  # noqa: F401  (registration side effect)
    address,
    avatars,
    board,
    cards,
    change_marks,
    chart,
    config,
    describe,
    diagram,
    diff_panes,
    forms,
    git,
    keypad,
    listview,
    mail_header,
    mrz,
    navbar,
    ocr,
    page_number,
    progress,
    recognize,
    shapes,
    shell,
    signature,
    stacked,
    status_marks,
    table,
    tabs,
    testrun,
    traceback,
    ui,
)
from .base import TOOLS, Engines, Tool, ToolContext, ToolResult, tool

__all__ = ["TOOLS", "Engines", "Tool", "ToolContext", "ToolResult", "tool"]
