"""`seeingeye doctor`: what is installed and usable, checked for real (files present, engines load)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.util import find_spec

import httpx

from .config import Settings
from .errors import SeeingEyeError
from .extras import EXTRAS


def checks(settings: Settings) -> Iterator[tuple[str, bool | None, str]]:
    try:
        from pathlib import Path

        import rapidocr_onnxruntime

        models = sorted(p.name for p in (Path(rapidocr_onnxruntime.__file__).parent / "models").glob("*.onnx"))
        yield "rapidocr (OCR)", bool(models), ", ".join(models) or "no bundled models"
    except ImportError:
        yield "rapidocr (OCR)", False, "pip install rapidocr-onnxruntime"
    from .tools.ocr import tesseract_available

    yield (
        "tesseract (optional OCR)",
        True if tesseract_available() else None,
        "binary on PATH" if tesseract_available() else "not installed (optional)",
    )
    for extra in EXTRAS.values():
        state = "installed" if extra.installed() else f"not installed ({extra.install})"
        yield f"extra {extra.name}", True if extra.installed() else None, f"{state}: {extra.enables}"
    from .models.embedded import GGUF_MODELS, GGUF_PACKAGES

    for name, locate in GGUF_MODELS.items():
        try:
            path = locate() if find_spec(GGUF_PACKAGES[name]) else None
        except SeeingEyeError as exc:
            yield f"GGUF {name}", False, str(exc)
            continue
        if path is None:  # optional: the default path never loads a GGUF
            yield f"GGUF {name}", None, f"not installed ({EXTRAS['gemma' if name == 'gemma3' else 'llm'].install})"
        else:
            yield f"GGUF {name}", True, str(path)
    if settings.base_url:
        try:
            key = settings.resolved_api_key()
        except SeeingEyeError as exc:  # a working-folder config naming the endpoint: say so, send nothing
            yield "server", False, str(exc)
            return
        try:
            r = httpx.get(
                settings.base_url.rstrip("/") + "/models",
                timeout=5.0,
                headers={"Authorization": f"Bearer {key or 'none'}"},
            )
            yield "server", r.status_code == 200, f"{settings.base_url} -> HTTP {r.status_code}"
        except httpx.HTTPError as exc:
            yield "server", False, f"{settings.base_url} unreachable: {type(exc).__name__}"
    else:
        yield "server", None, "none configured (--base-url / SEEINGEYE_BASE_URL)"


MCP_CLIENTS = [
    ("Claude Code", "claude mcp add seeingeye -- seeingeye mcp"),
    ("Codex CLI", "codex mcp add seeingeye -- seeingeye mcp"),
    ("opencode", "opencode mcp add seeingeye -- seeingeye mcp"),
    ("Continue / Cline", 'an mcpServers entry with command "seeingeye", args ["mcp"]'),
]


def front_doors(base: str = "http://127.0.0.1:8001") -> list[str]:
    """What `seeingeye proxy` answers and how each client is pointed at it (`base`: where the proxy listens,
    `--host`/`--port`), then the MCP server for clients that call tools instead. Plain lines (brackets and
    URLs must print as they are)."""
    from .server.apis import APIS, CLIENTS, TITLES

    lines = [f"Front doors of `seeingeye proxy` at {base} (upstream: --upstream-api {'|'.join(APIS.names())}, "
             "its key in SEEINGEYE_UPSTREAM_API_KEY):"]
    for name, api in APIS:
        lines.append(f"  {TITLES.get(name, name)}: POST {base}{api.path}")
        lines += [f"    {who}: {setting.format(base=base)}" for who, setting in CLIENTS.get(name, [])]
    lines.append("MCP server (`seeingeye mcp`, stdio):")
    lines += [f"    {who}: {how}" for who, how in MCP_CLIENTS]
    lines.append("Recipes: docs/agents.md")
    return lines
