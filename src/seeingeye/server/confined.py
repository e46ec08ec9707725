"""Open a file under an allowed root without a check-then-open race.

Checking `realpath(p)` against the root and then opening `p` leaves a window in which a file under the
root can be swapped for a symlink to `/etc/shadow` (or a directory on the path for a symlink to `/`).
Here the check and the open are one act: the path is resolved once (symlinks inside the root are still
allowed), then walked from an open descriptor of the root one component at a time with `O_NOFOLLOW`
(openat), so every component opened is the very one checked. A swap after the check makes the walk fail
(`ELOOP`/`ENOTDIR`); it never opens what the swap points to. The last component is `lstat`ed before it
is opened (devices and FIFOs are never opened) and `fstat`ed after (the descriptor must be the same
regular file), then read through the same capped reader as every other file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..errors import FileReadError, ImageTooLargeError, file_error, short_path
from ..imageio import describe_mode, read_stream

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


class PathChanged(FileReadError):
    """A component of the path was replaced (e.g. by a symlink) between resolving and opening it."""


def _open_parts(root: Path, parts: tuple[str, ...], shown: str, what: str) -> int:
    """A descriptor of the regular file `root/parts...`, opened component by component without following
    any symlink. Raises a one-line FileReadError for anything else."""
    fd = os.open(root, _DIR_FLAGS & ~os.O_NOFOLLOW)  # the root itself is configured by the user: trusted
    try:
        for name in parts[:-1]:
            try:
                nxt = os.open(name, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise PathChanged(f"cannot read {what} {shown}: the path changed while it was opened") from None
                raise
            os.close(fd)
            fd = nxt
        leaf = parts[-1]
        before = os.stat(leaf, dir_fd=fd, follow_symlinks=False)
        if stat.S_ISLNK(before.st_mode):
            raise PathChanged(f"cannot read {what} {shown}: the path changed while it was opened")
        if not stat.S_ISREG(before.st_mode):
            kind = describe_mode(before.st_mode)
            raise FileReadError(f"cannot read {what} {shown}: it is {kind}, not a regular file")
        try:
            file_fd = os.open(leaf, _FILE_FLAGS, dir_fd=fd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise PathChanged(f"cannot read {what} {shown}: the path changed while it was opened") from None
            raise
        after = os.fstat(file_fd)
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino) or not stat.S_ISREG(after.st_mode):
            os.close(file_fd)
            raise PathChanged(f"cannot read {what} {shown}: the path changed while it was opened")
        return file_fd
    finally:
        os.close(fd)


def read_confined(real: Path, root: Path, max_bytes: int, what: str = "file", shown: str | None = None) -> bytes:
    """The bytes of `real` (a resolved path under the resolved `root`), opened without following any
    symlink past the root, at most `max_bytes`."""
    shown = shown if shown is not None else short_path(real)
    parts = real.relative_to(root).parts
    if not parts:
        raise FileReadError(f"cannot read {what} {shown}: it is a directory, not a regular file")
    try:
        fd = _open_parts(root, parts, shown, what)
    except OSError as exc:
        raise file_error(exc, real, what) from None
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise ImageTooLargeError(f"{what} too large: {size} bytes > limit {max_bytes}")
        return read_stream(fh, max_bytes, what)
