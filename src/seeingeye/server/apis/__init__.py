"""The wire APIs the proxy speaks, both as front doors (what clients post) and toward its upstream.

Registered by name (chat, messages, responses); a plugin may add one through the `seeingeye.wire_apis`
entry-point group with an object satisfying `base.WireAPI`.
"""

from __future__ import annotations

from ...registry import Registry
from . import chat, messages, responses
from .base import WireAPI

APIS: Registry[WireAPI] = Registry("wire API", "seeingeye.wire_apis")
for _module in (chat, messages, responses):
    APIS.register(_module.NAME, _module.API)

# Which clients use each front door, and how they are pointed at a base URL (for `seeingeye doctor` and docs).
CLIENTS: dict[str, list[tuple[str, str]]] = {
    "chat": [("opencode / Continue / Cline / OpenAI SDKs", "OPENAI_BASE_URL=http://{host}:{port}/v1")],
    "messages": [("Claude Code / Anthropic SDKs", "ANTHROPIC_BASE_URL=http://{host}:{port}")],
    "responses": [("Codex CLI", '~/.codex/config.toml: base_url = "http://{host}:{port}/v1", wire_api = "responses"')],
}

__all__ = ["APIS", "CLIENTS", "WireAPI"]
