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

# Who uses each front door and how it is pointed at the proxy, in each ecosystem's own terms (shown by
# `seeingeye doctor`; docs/agents.md has the full recipes, each checked by tests/test_recipes.py).
CLIENTS: dict[str, list[tuple[str, str]]] = {
    "chat": [
        ("OpenAI SDKs", "OPENAI_BASE_URL={base}/v1  OPENAI_API_KEY=<proxy key or any>"),
        ("opencode / Continue / Cline", "an OpenAI-compatible provider with base URL {base}/v1"),
    ],
    "messages": [
        ("Claude Code", "ANTHROPIC_BASE_URL={base}  ANTHROPIC_AUTH_TOKEN=<proxy key or any>"),
        ("Anthropic SDKs", "ANTHROPIC_BASE_URL={base}  ANTHROPIC_API_KEY=<proxy key or any>"),
    ],
    "responses": [
        ("Codex CLI", '~/.codex/config.toml [model_providers.seeingeye] base_url = "{base}/v1", '
                      'wire_api = "responses", env_key = "SEEINGEYE_PROXY_KEY"'),
    ],
}
TITLES = {"chat": "Chat Completions", "messages": "Anthropic Messages", "responses": "OpenAI Responses"}

__all__ = ["APIS", "CLIENTS", "TITLES", "WireAPI"]
