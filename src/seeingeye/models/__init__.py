"""Model backends. Importing this package registers the built-in ones (embedded, openai)."""

from . import embedded, openai_compat  # noqa: F401  (registration side effect)
from .base import BACKENDS, ChatModel, ModelReply, ToolCallRequest

__all__ = ["BACKENDS", "ChatModel", "ModelReply", "ToolCallRequest"]
