"""Error types. Every error a user can cause carries a one-line message naming the problem."""

from __future__ import annotations

import errno


class SeeingEyeError(Exception):
    """Base class: the CLI prints `error: <message>` and exits non-zero, no traceback."""

    exit_code = 2
    status_code = 400  # the HTTP status the server maps this error to


class InputError(SeeingEyeError):
    """The question, options or arguments are malformed."""


class ImageError(SeeingEyeError):
    """The image cannot be read or breaks a limit."""


class FileReadError(InputError, ImageError):
    """A path the user named cannot be read: missing, not a regular file, no permission, name too long.
    It is both an input error (the user's argument) and an image error (existing callers catch that)."""


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


_REASONS = {
    errno.ENOENT: "not found",
    errno.ENOTDIR: "not found (a parent is not a directory)",
    errno.ENAMETOOLONG: "file name too long",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ELOOP: "too many levels of symbolic links",
    errno.ENXIO: "no such device (a FIFO or socket without a peer?)",
    errno.EAGAIN: "would block (not a regular file)",
}


def short_path(path: object, limit: int = 80) -> str:
    """A path fit for a one-line message: over-long names are cut, control characters escaped."""
    text = repr(str(path))[1:-1]
    return text if len(text) <= limit else f"{text[: limit // 2]}...{text[-limit // 4 :]} ({len(str(path))} chars)"


def file_error(exc: OSError, path: object, what: str = "file") -> FileReadError:
    """The one-line error for an OSError met while reading a user's path (never a traceback)."""
    reason = _REASONS.get(exc.errno or -1) or (exc.strerror or type(exc).__name__).lower()
    return FileReadError(f"cannot read {what} {short_path(path)}: {reason}")
