"""Command line: a thin layer over the library. Errors print one line and exit non-zero, no traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .batch.cli import batch as batch_command
from .config import load_settings
from .errors import SeeingEyeError, file_error
from .extras import require

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="seeingeye: give a text-only LLM eyes. Ask questions about images, offline by default.",
)
err = Console(stderr=True)
out = Console()
app.command("batch")(batch_command)


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


@app.command()
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
    from .imageio import read_stream
    from .pipeline import SeeingEye

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
        from .viewer import bundle_from_result, write_page

        assert loaded is not None
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
    if as_json:
        payload: dict[str, Any] = result.summary()
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        typer.echo(result.answer)


@app.command()
def view(
    trace_file: Annotated[Path, typer.Argument(help="ask --trace file, eval traces/<system>/<id>.json, or ask --json")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="HTML to write (default: input with .html)")
    ] = None,
    image: Annotated[Path | None, typer.Option(help="the image, when the trace does not carry it")] = None,
) -> None:
    """Write one self-contained HTML page showing what was seen and why it answered that."""
    from .imageio import load_image
    from .viewer import load_bundle, write_page

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


@app.command()
def tools(as_json: Annotated[bool, typer.Option("--json", help="print the OpenAI tool specs")] = False) -> None:
    """List the perception tools and their argument schemas."""
    from .tools import TOOLS

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


@app.command()
def schema(which: Annotated[str, typer.Argument(help="sir | answer | program")] = "sir") -> None:
    """Print a JSON schema: the SIR (default), the reasoner's answer, or the answer-program language."""
    from pydantic import TypeAdapter

    from .agents.program import Program
    from .agents.reasoner import ReasonerOutput
    from .sir import sir_json_schema

    schemas = {
        "sir": sir_json_schema,
        "answer": ReasonerOutput.model_json_schema,
        "program": lambda: TypeAdapter(Program).json_schema(),
    }
    if which not in schemas:
        fail(f"unknown schema {which!r} (sir, answer, program)")
    typer.echo(json.dumps(schemas[which](), indent=2))


@app.command()
def doctor(
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml to read")] = None,
    proxy_url: Annotated[str, typer.Option(help="where `seeingeye proxy` listens, for the client settings")] = (
        "http://127.0.0.1:8001"
    ),
) -> None:
    """Say what is installed and usable (OCR models, GGUF models, Tesseract, configured server), which front
    doors the proxy offers and how to point each client (Claude Code, Codex, opencode, ...) at them."""
    from .doctor import checks, front_doors

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


@app.command("eval")
def eval_(
    dataset: Annotated[str, typer.Argument(help="manifest.jsonl, VLMEvalKit .tsv, MMMU .parquet, or easy-vqa:test")],
    systems: Annotated[str, typer.Option(help="comma-separated: seeingeye, one-round, ocr-dump, direct-vlm")] = (
        "seeingeye,ocr-dump"
    ),
    limit: Annotated[int | None, typer.Option(help="first N items only")] = None,
    category: Annotated[
        str | None, typer.Option(help="comma-separated: only items of these categories (e.g. terminal,docs)")
    ] = None,
    concurrency: Annotated[int, typer.Option(help="worker processes (models load once per worker)")] = 1,
    ray: Annotated[str | None, typer.Option("--ray", help="run on Ray: auto or host:port (as in batch)")] = None,
    workers: Annotated[int | None, typer.Option(help="Ray actors (default: cluster CPUs - 1)")] = None,
    out: Annotated[Path, typer.Option(help="output directory")] = Path("runs/latest"),
    resume: Annotated[bool, typer.Option(help="continue a run in --out; nothing lost, nothing repeated")] = False,
    prices: Annotated[Path | None, typer.Option(help='JSON {"reasoner": {"input_per_mtok": 0.1, ...}, ...}')] = None,
    reasoner: Annotated[str | None, typer.Option(help="embedded | openai | programs")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server (reasoner and judge)")] = None,
    model: Annotated[str | None, typer.Option(help="model name on that server")] = None,
    vlm_base_url: Annotated[str | None, typer.Option(help="vision model server (direct-vlm, --translator vlm)")] = None,
    vlm_model: Annotated[str | None, typer.Option(help="vision model name")] = None,
    data_root: Annotated[
        Path | None, typer.Option(help="manifest image paths must lie under this folder (default: the manifest's)")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml")] = None,
) -> None:
    """Evaluate systems side by side on a data set; writes predictions.jsonl, summary.json, report.md/html."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    from .batch.evalwork import ray_rows

    try:
        require("eval", "matplotlib", "seeingeye eval (its report plots)")
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    from .eval.datasets import load_dataset
    from .eval.report import write_report
    from .eval.runner import run_eval
    from .eval.summaryfiles import load_prices
    from .eval.systems import describe_system

    names = [s.strip() for s in systems.split(",") if s.strip()]
    try:
        settings = load_settings(
            config, reasoner=reasoner, base_url=base_url, model=model, vlm_base_url=vlm_base_url, vlm_model=vlm_model
        )
        price_table = load_prices(prices) if prices else {}
        wanted = {c.strip() for c in category.split(",") if c.strip()} if category else None
        items = load_dataset(dataset, limit, data_root=data_root, categories=wanted)
        mia = [i for i in items if i.answer_type == "mia"]
        if mia and not (settings.base_url and settings.model):
            err.print(f"note: skipping {len(mia)} MIA-Bench items: no judge configured (--base-url, --model)")
            items = [i for i in items if i.answer_type != "mia"]
        if "direct-vlm" in names and not (settings.vlm_model or settings.model):
            err.print("note: skipping direct-vlm: no vision model configured (--vlm-base-url, --vlm-model)")
            names.remove("direct-vlm")
        notes = {n: describe_system(n, settings) for n in names}
        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task(f"eval {dataset}", total=len(items) * len(names))
            run_eval(
                items,
                names,
                out,
                settings,
                concurrency=concurrency,
                resume=resume,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                engine=ray_rows(settings, names, ray, workers) if ray is not None else None,
            )
        summaries = write_report(out, price_table, notes=notes)
    except SeeingEyeError as exc:
        fail(str(exc))
        return
    except OSError as exc:
        fail(str(file_error(exc, exc.filename or dataset)))
        return
    for name, m in summaries.items():
        recall = "n/a" if m["evidence_recall"] is None else f"{m['evidence_recall']:.3f}"
        typer.echo(
            f"{name}: accuracy {m['accuracy']:.3f} [{m['accuracy_ci95'][0]:.3f}, {m['accuracy_ci95'][1]:.3f}] "
            f"n={m['n']} p50 {m['latency_p50_s']:.2f}s p95 {m['latency_p95_s']:.2f}s evidence recall {recall}"
        )
    typer.echo(f"report: {out / 'report.md'}  {out / 'report.html'}")


@app.command()
def report(
    run_dir: Annotated[Path, typer.Argument(help="an eval output directory")],
    compare: Annotated[Path | None, typer.Option(help="another run directory to compare against")] = None,
    prices: Annotated[Path | None, typer.Option(help="prices JSON for cost per correct answer")] = None,
) -> None:
    """Re-render report.md/report.html for a run, optionally comparing with another run."""
    try:
        require("eval", "matplotlib", "seeingeye report (its plots)")
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    from .eval.report import write_report
    from .eval.summaryfiles import load_prices, load_summary

    if not (run_dir / "predictions.jsonl").exists():
        fail(f"no predictions.jsonl in {run_dir}")
    if compare is not None and not (compare / "summary.json").exists():
        fail(f"no summary.json in {compare}")
    try:
        price_table = load_prices(prices) if prices else {}
        try:  # the run's own notes; its summary.json is rewritten below, so a damaged one is no obstacle
            notes = load_summary(run_dir).notes
        except SeeingEyeError:
            notes = {}
        write_report(run_dir, price_table, compare, notes=notes)
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
    except OSError as exc:
        fail(f"cannot write the report in {run_dir}: {exc.strerror or type(exc).__name__}")
    typer.echo(f"report: {run_dir / 'report.md'}  {run_dir / 'report.html'}")


LOOPBACK = ("127.0.0.1", "::1", "localhost")


def api_keys(key_file: Path | None, host: str) -> list[str]:
    """Keys from SEEINGEYE_API_KEYS and a key file; refuses a non-loopback bind without any."""
    import os

    keys = [k.strip() for k in os.environ.get("SEEINGEYE_API_KEYS", "").split(",") if k.strip()]
    if key_file is not None:
        try:
            keys += [ln.strip() for ln in key_file.read_text().splitlines() if ln.strip()]
        except OSError as exc:
            fail(f"cannot read API key file {key_file}: {exc.strerror}")
    if host not in LOOPBACK and not keys:
        fail(f"refusing to bind {host} without API keys: set SEEINGEYE_API_KEYS or --api-key-file")
    return keys


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to bind; non-loopback requires API keys")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    api_key_file: Annotated[Path | None, typer.Option(help="file with one API key per line")] = None,
    allow_image_urls: Annotated[bool, typer.Option(help="fetch http(s) image URLs (allow-listed hosts only)")] = False,
    url_allow_host: Annotated[list[str] | None, typer.Option(help="host allowed for image URLs (repeat)")] = None,
    max_body_bytes: Annotated[int, typer.Option(help="request body limit")] = 20 * 1024 * 1024,
    max_images: Annotated[int, typer.Option(help="images per request")] = 4,
    max_text_chars: Annotated[int, typer.Option(help="question length limit")] = 8000,
    max_pixels: Annotated[int | None, typer.Option(help="pixels per image (decompression bombs)")] = None,
    timeout: Annotated[float, typer.Option(help="seconds per request before 504")] = 120.0,
    workers: Annotated[int, typer.Option(help="requests processed at once")] = 1,
    queue: Annotated[int, typer.Option(help="requests waiting before 429")] = 8,
    reasoner: Annotated[str | None, typer.Option(help="embedded | openai | programs")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server for the reasoner")] = None,
    model: Annotated[str | None, typer.Option(help="model name on that server")] = None,
    route: Route = None,
    route_threshold: RouteThreshold = None,
    escalate_base_url: EscalateBaseUrl = None,
    escalate_model: EscalateModel = None,
    escalate_mode: EscalateMode = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml")] = None,
    header_timeout: HeaderTimeout = 10.0,
    body_timeout: BodyTimeout = 30.0,
    max_connections: MaxConnections = 64,
    allowed_host: AllowedHost = None,
) -> None:
    """Serve an OpenAI-compatible /v1/chat/completions that answers questions about images."""
    import logging

    from .pipeline import SeeingEye
    from .server.app import ServerSettings, create_app
    from .server.intake import URLPolicy
    from .server.serving import ConnectionLimits, run, served_hosts

    keys = api_keys(api_key_file, host)
    try:
        settings = load_settings(
            config,
            reasoner=reasoner,
            base_url=base_url,
            model=model,
            max_pixels=max_pixels,
            time_budget_s=timeout,
            route=route,
            route_threshold=route_threshold,
            escalate_base_url=escalate_base_url,
            escalate_model=escalate_model,
            escalate_mode=escalate_mode,
        )
        eye = SeeingEye(settings)
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    srv = ServerSettings(
        api_keys=keys,
        max_body_bytes=max_body_bytes,
        max_images=max_images,
        max_text_chars=max_text_chars,
        timeout_s=timeout,
        workers=workers,
        queue_size=queue,
        url_policy=URLPolicy(enabled=allow_image_urls, allowed_hosts=url_allow_host or []),
        allowed_hosts=served_hosts(host, allowed_host),
    )
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    limits = ConnectionLimits(header_timeout, body_timeout, max_connections=max_connections)
    run(create_app(eye, srv), host, port, limits)


@app.command()
def mcp(
    transport: Annotated[str, typer.Option(help="stdio (for agents that spawn it) or http")] = "stdio",
    host: Annotated[str, typer.Option(help="http: address (non-loopback requires API keys)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="http: port")] = 8765,
    root: Annotated[
        list[Path] | None, typer.Option(help="directory images may be read from (repeat); default .")
    ] = None,
    allow_image_urls: Annotated[bool, typer.Option(help="fetch http(s) image URLs (allow-listed hosts only)")] = False,
    url_allow_host: Annotated[list[str] | None, typer.Option(help="host allowed for image URLs (repeat)")] = None,
    max_pages: Annotated[int, typer.Option(help="cap on PDF pages per read_document call")] = 20,
    api_key_file: Annotated[Path | None, typer.Option(help="http: file with one API key per line")] = None,
    route: Route = None,
    route_threshold: RouteThreshold = None,
    escalate_base_url: EscalateBaseUrl = None,
    escalate_model: EscalateModel = None,
    escalate_mode: EscalateMode = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml")] = None,
) -> None:
    """Run the MCP server: ask_image, read_text, describe_image, compare_images, read_document."""

    from .pipeline import SeeingEye
    from .server.intake import URLPolicy
    from .server.mcp_tools import build_mcp

    if transport not in ("stdio", "http"):
        fail("--transport must be stdio or http")
    roots = [r.resolve() for r in (root or [Path.cwd()])]
    missing = [str(r) for r in roots if not r.is_dir()]
    if missing:
        fail(f"root is not a directory: {', '.join(missing)}")
    keys = api_keys(api_key_file, host if transport == "http" else "127.0.0.1")
    try:
        routing = {"route": route, "route_threshold": route_threshold, "escalate_base_url": escalate_base_url,
                   "escalate_model": escalate_model, "escalate_mode": escalate_mode}  # fmt: skip
        eye = SeeingEye(load_settings(config, **routing))
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    policy = URLPolicy(enabled=allow_image_urls, allowed_hosts=url_allow_host or [])
    if transport == "stdio":
        build_mcp(eye, roots, policy, max_pages).run("stdio")
        return
    from .server.admission import Admission
    from .server.mcp_http import mcp_http_app
    from .server.serving import run

    adm = Admission()
    server = build_mcp(eye, roots, policy, max_pages, admission=adm)
    run(mcp_http_app(server, host, keys, adm), host, port)  # with serve's connection deadlines and cap


@app.command()
def proxy(
    upstream: Annotated[str, typer.Option(help="base URL of the text-only upstream (chat/responses: …/v1)")],
    upstream_model: Annotated[str | None, typer.Option(help="model name to send upstream")] = None,
    upstream_api: Annotated[
        str, typer.Option(help="the upstream's API: chat (Chat Completions), messages (Anthropic), responses")
    ] = "chat",
    host: Annotated[str, typer.Option(help="address to bind; non-loopback requires API keys")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8001,
    api_key_file: Annotated[Path | None, typer.Option(help="file with one API key per line")] = None,
    allow_image_urls: Annotated[bool, typer.Option(help="fetch http(s) image URLs (allow-listed hosts only)")] = False,
    url_allow_host: Annotated[list[str] | None, typer.Option(help="host allowed for image URLs (repeat)")] = None,
    timeout: Annotated[float, typer.Option(help="seconds to wait for the upstream before 504")] = 120.0,
    route: Annotated[
        str,
        typer.Option(
            help="upstream: always forward; auto: answer an image question locally when the embedded answer's "
            "confidence reaches route_threshold (saves upstream tokens); local: always answer image questions here"
        ),
    ] = "upstream",
    route_threshold: RouteThreshold = None,
    config: Annotated[Path | None, typer.Option(help="seeingeye.toml")] = None,
    header_timeout: HeaderTimeout = 10.0,
    body_timeout: BodyTimeout = 30.0,
    max_connections: MaxConnections = 64,
    allowed_host: AllowedHost = None,
    workers: Annotated[int, typer.Option(help="images read at once")] = 1,
    queue: Annotated[int, typer.Option(help="requests waiting before 429")] = 8,
) -> None:
    """Give a text-only model eyes: images in Chat Completions, Anthropic Messages or Responses requests become
    seeingeye's reading of them (key for the upstream: SEEINGEYE_UPSTREAM_API_KEY)."""
    import os

    from .pipeline import SeeingEye
    from .server.apis import APIS
    from .server.app import ServerSettings
    from .server.intake import URLPolicy
    from .server.proxy import create_proxy_app
    from .server.serving import ConnectionLimits, run, served_hosts

    if upstream_api not in APIS:
        fail(f"--upstream-api must be one of {', '.join(APIS.names())}")
    keys = api_keys(api_key_file, host)
    if route not in ("local", "upstream", "auto"):
        fail("--route must be local, upstream or auto")
    try:
        eye = SeeingEye(load_settings(config, route_threshold=route_threshold))
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    srv = ServerSettings(
        api_keys=keys,
        timeout_s=timeout,
        workers=workers,
        queue_size=queue,
        url_policy=URLPolicy(enabled=allow_image_urls, allowed_hosts=url_allow_host or []),
        allowed_hosts=served_hosts(host, allowed_host),
    )
    key = os.environ.get("SEEINGEYE_UPSTREAM_API_KEY")
    app_ = create_proxy_app(eye, upstream, upstream_model, srv, key, upstream_api, route)  # type: ignore[arg-type]
    run(app_, host, port, ConnectionLimits(header_timeout, body_timeout, max_connections=max_connections))


@app.command("serve-model")
def serve_model(
    host: Annotated[str, typer.Option(help="address to bind (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8081,
    embedded_model: Annotated[str | None, typer.Option(help="smollm2 (default) or gemma3")] = None,
    model_path: Annotated[str | None, typer.Option(help="any GGUF file")] = None,
) -> None:
    """Serve the embedded GGUF model as an OpenAI-compatible text endpoint (for testing the openai path)."""
    import uvicorn

    from .models.embedded import embedded_factory
    from .models.localserver import create_app

    if host not in ("127.0.0.1", "::1", "localhost"):
        fail("serve-model has no authentication; bind it to a loopback address only")
    try:
        settings = load_settings(embedded_model=embedded_model, model_path=model_path)
        app_ = create_app(embedded_factory(settings, "reasoner"))
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    uvicorn.run(app_, host=host, port=port, log_level="warning")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except OSError as exc:  # the class net: any unforeseen file fault in any command is one line, exit 2
        err.print(f"[bold red]error:[/] {file_error(exc, exc.filename or 'input')}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
