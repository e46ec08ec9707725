"""Commands about one image and the library itself: ask, view, tools, schema, doctor."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ..config import load_settings
from ..errors import SeeingEyeError, file_error
from .common import EscalateBaseUrl, EscalateMode, EscalateModel, Route, RouteThreshold, fail, out

if TYPE_CHECKING:
    from ..imageio import LoadedImage
    from ..pipeline import AskResult


def ask(
    image: Annotated[str, typer.Argument(help="image path, or - to read it from stdin")],
    question: Annotated[str, typer.Argument(help="the question about the image")],
    option: Annotated[
        list[str] | None,
        typer.Option("--option", "-o", help="a multiple-choice option (repeat); the answer is then a letter A, B, ..."),
    ] = None,
    translator: Annotated[
        str | None, typer.Option(help="tools (embedded tool plan) or vlm (OpenAI-compatible)")
    ] = None,
    reasoner: Annotated[str | None, typer.Option(help="embedded | openai | programs (no model)")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server for the reasoner")] = None,
    model: Annotated[str | None, typer.Option(help="model name on that server")] = None,
    vlm_base_url: Annotated[
        str | None, typer.Option(help="server for the vlm translator (default: --base-url)")
    ] = None,
    vlm_model: Annotated[str | None, typer.Option(help="vision model name (default: --model)")] = None,
    embedded_model: Annotated[str | None, typer.Option(help="embedded GGUF: smollm2 (default) or gemma3")] = None,
    model_path: Annotated[str | None, typer.Option(help="any GGUF file for the embedded reasoner")] = None,
    max_rounds: Annotated[int | None, typer.Option(help="round budget (default 2)")] = None,
    threshold: Annotated[float | None, typer.Option(help="stop when confidence reaches this (default 0.7)")] = None,
    max_pixels: Annotated[int | None, typer.Option(help="reject images with more pixels (default 40M)")] = None,
    ocr_engine: Annotated[str | None, typer.Option(help="rapidocr (default) or tesseract")] = None,
    timeout: Annotated[float | None, typer.Option(help="seconds per model request")] = None,
    route: Route = None,
    route_threshold: RouteThreshold = None,
    escalate_base_url: EscalateBaseUrl = None,
    escalate_model: EscalateModel = None,
    escalate_mode: EscalateMode = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml to read (default ./seeingeye.toml)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object instead of the answer")] = False,
    trace: Annotated[Path | None, typer.Option(help="write the full trace (rounds, tool and model calls) here")] = None,
    html_page: Annotated[
        Path | None, typer.Option("--html", help="write a self-contained HTML page: evidence boxes over the image")
    ] = None,
) -> None:
    """Answer QUESTION about IMAGE."""
    from ..imageio import read_stream
    from ..pipeline import SeeingEye

    try:
        settings = load_settings(
            config,
            translator=translator,
            reasoner=reasoner,
            base_url=base_url,
            model=model,
            vlm_base_url=vlm_base_url,
            vlm_model=vlm_model,
            embedded_model=embedded_model,
            model_path=model_path,
            max_rounds=max_rounds,
            confidence_threshold=threshold,
            max_pixels=max_pixels,
            ocr_engine=ocr_engine,
            request_timeout_s=timeout,
            route=route,
            route_threshold=route_threshold,
            escalate_base_url=escalate_base_url,
            escalate_model=escalate_model,
            escalate_mode=escalate_mode,
        )
        source: str | bytes = read_stream(sys.stdin.buffer, settings.max_file_bytes, "stdin") if image == "-" else image
        eye = SeeingEye(settings)
        # With a trace page to draw, decode once up front: the answer and the page share the working image.
        loaded = eye.load(source) if trace is not None or html_page is not None else None
        result = eye.ask(loaded or source, question, option)
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    except OSError as exc:  # a file fault no check foresaw: still one line, exit 2
        fail(str(file_error(exc, exc.filename or image)))
        return
    if trace is not None or html_page is not None:
        assert loaded is not None
        _write_trace_files(result, loaded, trace, html_page)
    if as_json:
        payload: dict[str, Any] = result.summary()
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        typer.echo(result.answer)


def _write_trace_files(result: AskResult, loaded: LoadedImage, trace: Path | None, html_page: Path | None) -> None:
    """`ask --trace` and `ask --html`: one bundle, written as JSON, as a page, or both."""
    from ..viewer import bundle_from_result, write_page

    bundle = bundle_from_result(result, loaded.image)  # a trace file `seeingeye view` can redraw
    for path, kind in ((trace, "trace"), (html_page, "HTML")):
        if path is None:
            continue
        try:
            if path is trace:
                path.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
            else:
                write_page(bundle, path)
        except OSError as exc:
            fail(f"cannot write {kind} file {path}: {exc.strerror}")


def view(
    trace_file: Annotated[Path, typer.Argument(help="ask --trace file, eval traces/<system>/<id>.json, or ask --json")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="HTML to write (default: input with .html)")
    ] = None,
    image: Annotated[Path | None, typer.Option(help="the image, when the trace does not carry it")] = None,
) -> None:
    """Write one self-contained HTML page showing what was seen and why it answered that."""
    from ..imageio import load_image
    from ..viewer import load_bundle, write_page

    target = output or trace_file.with_suffix(".html")
    try:
        bundle = load_bundle(trace_file)
        picture = load_image(image).image if image is not None else None
        write_page(bundle, target, image=picture)
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror}")
    typer.echo(str(target))


def tools(as_json: Annotated[bool, typer.Option("--json", help="print the OpenAI tool specs")] = False) -> None:
    """List the perception tools and their argument schemas."""
    from ..tools import TOOLS

    specs = [t.schema() for _, t in TOOLS]
    if as_json:
        typer.echo(json.dumps(specs, indent=2))
        return
    table = Table("tool", "arguments", "description", show_lines=True)
    for spec in specs:
        fn = spec["function"]
        args = ", ".join(
            f"{k}: {v.get('type', 'object') if isinstance(v, dict) else v}"
            for k, v in fn["parameters"].get("properties", {}).items()
        )
        table.add_row(fn["name"], args or "-", fn["description"].split("\n")[0])
    out.print(table)


def schema(which: Annotated[str, typer.Argument(help="sir | answer | program")] = "sir") -> None:
    """Print a JSON schema: the SIR (default), the reasoner's answer, or the answer-program language."""
    from pydantic import TypeAdapter

    from ..agents.program import Program
    from ..agents.reasoner import ReasonerOutput
    from ..sir import sir_json_schema

    schemas = {
        "sir": sir_json_schema,
        "answer": ReasonerOutput.model_json_schema,
        "program": lambda: TypeAdapter(Program).json_schema(),
    }
    if which not in schemas:
        fail(f"unknown schema {which!r} (sir, answer, program)")
    typer.echo(json.dumps(schemas[which](), indent=2))


def doctor(
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml to read")] = None,
    proxy_url: Annotated[str, typer.Option(help="where `seeingeye proxy` listens, for the client settings")] = (
        "http://127.0.0.1:8001"
    ),
) -> None:
    """Say what is installed and usable (OCR models, GGUF models, Tesseract, configured server), which front
    doors the proxy offers and how to point each client (Claude Code, Codex, opencode, ...) at them."""
    from ..doctor import checks, front_doors

    try:
        settings = load_settings(config)
    except SeeingEyeError as exc:
        fail(str(exc))
        return
    table = Table("component", "status", "detail")
    worst = 0
    for name, ok, detail in checks(settings):
        status = "[green]ok[/]" if ok is True else "[yellow]optional[/]" if ok is None else "[red]missing[/]"
        table.add_row(escape(name), status, escape(detail))  # "seeingeye[llm]" is not markup
        worst = max(worst, 1 if ok is False else 0)
    out.print(table)
    for line in front_doors(proxy_url.rstrip("/")):
        out.print(line, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(worst)
