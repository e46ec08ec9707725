"""Command line: a thin layer over the library. Errors print one line and exit non-zero, no traceback.

The commands live by theme in ask.py, evaluate.py and serving.py (shared helpers in common.py); this module
builds the typer `app` from them, in the order `seeingeye --help` lists them.
"""

from __future__ import annotations

import sys

import typer

from ..batch.cli import batch as batch_command
from ..errors import file_error
from .ask import ask, doctor, schema, tools, view
from .common import (
    AllowedHost,
    BodyTimeout,
    EscalateBaseUrl,
    EscalateMode,
    EscalateModel,
    HeaderTimeout,
    MaxConnections,
    Route,
    RouteThreshold,
    err,
    fail,
    out,
)
from .evaluate import eval_, report
from .serving import LOOPBACK, api_keys, mcp, proxy, serve, serve_model

__all__ = [
    "LOOPBACK",
    "AllowedHost",
    "BodyTimeout",
    "EscalateBaseUrl",
    "EscalateMode",
    "EscalateModel",
    "HeaderTimeout",
    "MaxConnections",
    "Route",
    "RouteThreshold",
    "api_keys",
    "app",
    "ask",
    "batch_command",
    "doctor",
    "err",
    "eval_",
    "fail",
    "main",
    "mcp",
    "out",
    "proxy",
    "report",
    "schema",
    "serve",
    "serve_model",
    "tools",
    "view",
]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="seeingeye: give a text-only LLM eyes. Ask questions about images, offline by default.",
)
app.command("batch")(batch_command)
app.command()(ask)
app.command()(view)
app.command()(tools)
app.command()(schema)
app.command()(doctor)
app.command("eval")(eval_)
app.command()(report)
app.command()(serve)
app.command()(mcp)
app.command()(proxy)
app.command("serve-model")(serve_model)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except OSError as exc:  # the class net: any unforeseen file fault in any command is one line, exit 2
        err.print(f"[bold red]error:[/] {file_error(exc, exc.filename or 'input')}", highlight=False, soft_wrap=True)
        sys.exit(2)
