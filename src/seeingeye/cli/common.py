"""What every command shares: the consoles, the one-line error exit and the option types used by several commands.

Kept apart from `cli/__init__.py` so the command modules can import it without a cycle.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True)
out = Console()


def fail(message: str, code: int = 2) -> None:
    # The message is text, never markup: "pip install 'seeingeye[llm]'" keeps its brackets.
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


# Connection limits shared by `serve` and `proxy` (both face the same slow or hostile clients).
HeaderTimeout = Annotated[float, typer.Option(help="seconds for a request's headers to arrive")]
BodyTimeout = Annotated[float, typer.Option(help="seconds for a request body (more if it keeps moving)")]
MaxConnections = Annotated[int, typer.Option(help="open connections before new requests get 503")]
AllowedHost = Annotated[
    list[str] | None, typer.Option(help="Host/Origin name browsers may use besides loopback (repeat)")
]
# Routing by confidence (routing.py), shared by `ask`, `serve` and `mcp`.
Route = Annotated[
    str | None, typer.Option(help="local (default) | upstream (always escalate) | auto (escalate when unsure)")
]
RouteThreshold = Annotated[
    float | None, typer.Option(help="auto: escalate below this calibrated confidence (default 0.8)")
]
EscalateBaseUrl = Annotated[
    str | None, typer.Option(help="OpenAI-compatible server to escalate to (default: --base-url)")
]
EscalateModel = Annotated[str | None, typer.Option(help="model to escalate to (default: --model)")]
EscalateMode = Annotated[str | None, typer.Option(help="text (question + SIR reading) or vlm (question + image)")]
