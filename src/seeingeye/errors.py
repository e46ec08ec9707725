"""Error types. Every error a user can cause carries a one-line message naming the problem."""

from __future__ import annotations


class SeeingEyeError(Exception):
    """Base class: the CLI prints `error: <message>` and exits non-zero, no traceback."""

    exit_code = 2
    status_code = 400  # the HTTP status the server maps this error to


class InputError(SeeingEyeError):
    """The question, options or arguments are malformed."""


class ImageError(SeeingEyeError):
    """The image cannot be read or breaks a limit."""


class ImageTooLargeError(ImageError):
    status_code = 413


class UnsupportedImageError(ImageError):
    status_code = 415


class ToolError(SeeingEyeError):
    """A tool call was invalid (bad arguments, unknown tool) or failed."""


class ModelError(SeeingEyeError):
    """A model backend failed: unreachable, timed out, or returned output that failed validation twice."""

    exit_code = 3
    status_code = 502


class ModelTimeoutError(ModelError):
    status_code = 504


class ConfigError(SeeingEyeError):
    """Configuration is inconsistent or points at something that does not exist."""


class BudgetExceeded(SeeingEyeError):
    """The wall-time budget for one question ran out."""

    status_code = 504
