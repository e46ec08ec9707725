"""Commands that listen: serve (OpenAI-compatible API), mcp, proxy (eyes for a text-only model), serve-model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..config import load_settings
from ..errors import SeeingEyeError
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
    fail,
)

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

    from ..pipeline import SeeingEye
    from ..server.app import ServerSettings, create_app
    from ..server.intake import URLPolicy
    from ..server.serving import ConnectionLimits, run, served_hosts

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

    from ..pipeline import SeeingEye
    from ..server.intake import URLPolicy
    from ..server.mcp_tools import build_mcp

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
    from ..server.admission import Admission
    from ..server.mcp_http import mcp_http_app
    from ..server.serving import run

    adm = Admission()
    server = build_mcp(eye, roots, policy, max_pages, admission=adm)
    run(mcp_http_app(server, host, keys, adm), host, port)  # with serve's connection deadlines and cap


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

    from ..pipeline import SeeingEye
    from ..server.apis import APIS
    from ..server.app import ServerSettings
    from ..server.intake import URLPolicy
    from ..server.proxy import create_proxy_app
    from ..server.serving import ConnectionLimits, run, served_hosts

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


def serve_model(
    host: Annotated[str, typer.Option(help="address to bind (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8081,
    embedded_model: Annotated[str | None, typer.Option(help="smollm2 (default) or gemma3")] = None,
    model_path: Annotated[str | None, typer.Option(help="any GGUF file")] = None,
) -> None:
    """Serve the embedded GGUF model as an OpenAI-compatible text endpoint (for testing the openai path)."""
    import uvicorn

    from ..models.embedded import embedded_factory
    from ..models.localserver import create_app

    if host not in ("127.0.0.1", "::1", "localhost"):
        fail("serve-model has no authentication; bind it to a loopback address only")
    try:
        settings = load_settings(embedded_model=embedded_model, model_path=model_path)
        app_ = create_app(embedded_factory(settings, "reasoner"))
    except SeeingEyeError as exc:
        fail(str(exc), exc.exit_code)
        return
    uvicorn.run(app_, host=host, port=port, log_level="warning")
