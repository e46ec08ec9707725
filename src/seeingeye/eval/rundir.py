"""The run folder an eval writes and a report reads: names from data never become paths, rows are appended
atomically under a lock, and reading tolerates whatever a crash (or a hostile folder) left behind.

Used by the runner (any engine: in-process, process pool, or a cluster engine that sends rows back to one
writer) and by the report. Layout:

    <run>/predictions.jsonl             one JSON row a line, appended with one write() each
    <run>/.lock                         held (flock) by the one process writing the folder
    <run>/traces/<system>/<id>.json     trace per row; <system> and <id> through `safe_name`
    <run>/summary.<system>.json         per-system summary (same rule)
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import SeeingEyeError
from .rows import PREDICTIONS, scan_rows

LOCK = ".lock"
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
_KEEP = re.compile(r"[^A-Za-z0-9._-]")


class RunFolderError(SeeingEyeError):
    """The run folder cannot be used: locked by another run, or a path would leave it."""


def safe_name(name: Any) -> str:
    """A file-name component for a name that comes from data (an item id, a system name).

    Plain names (letters, digits, `._-`, not starting with a dot, at most 80 characters) are kept as they
    are, so ordinary ids keep readable trace files. Anything else becomes a readable prefix plus `~` and a
    hash of the whole name. Plain names never contain `~`, so the mapping is one-to-one: `a/b` and `a_b`
    get different files, `..` cannot climb, and a 300-character id gets a short name."""
    text = str(name)
    if _PLAIN.fullmatch(text):
        return text
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    prefix = _KEEP.sub("_", text[:40]).lstrip(".")
    return f"{prefix}~{digest}"


def inside(folder: Path, path: Path) -> Path:
    """`path` if it stays inside `folder` once symlinks are resolved, else RunFolderError: a crafted run
    folder (a symlinked `traces/`) must not make a report write elsewhere."""
    root = folder.resolve()
    real = path.resolve()
    if real != root and not real.is_relative_to(root):
        raise RunFolderError(f"refusing to write {path.name[:80]!r}: it resolves outside the run folder {folder}")
    return path


def trace_path(out: Path, system: Any, item_id: Any) -> Path:
    return out / "traces" / safe_name(system) / f"{safe_name(item_id)}.json"


def summary_path(out: Path, system: Any) -> Path:
    return out / f"summary.{safe_name(system)}.json"


def write_atomic(folder: Path, path: Path, text: str) -> None:
    """Write `text` to `path` (inside `folder`) through a temporary file and a rename: readers see the old
    file or the new one, never half of one, and a symlink planted at `path` is replaced, not followed."""
    inside(folder, path.parent)  # before mkdir: a symlinked `traces/` must not get folders made through it
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        os.fchmod(fd, 0o644)  # mkstemp's 0600 would make reports unreadable to anyone they are shared with
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class RunFolder:
    """One writer of a run folder: `with RunFolder(out, resume) as run: run.append(row)`.

    Holds an exclusive flock on `<run>/.lock` while open: a second run on the same folder (two
    `--resume`s) is refused at once with a clear message instead of duplicating rows."""

    def __init__(self, out: Path, resume: bool = False) -> None:
        self.out = out
        self.resume = resume
        self.pred_path = out / PREDICTIONS
        self._lock_fd: int | None = None
        self._fd: int | None = None
        self.skipped = 0

    def __enter__(self) -> RunFolder:
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _lock(self) -> None:
        lock = inside(self.out, self.out / LOCK)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise RunFolderError(f"{lock} is not a regular file")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise RunFolderError(
                f"run folder {self.out} is in use by another seeingeye eval (pid {holder}); "
                "wait for it to finish or choose another --out"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._lock_fd = fd

    def _open(self) -> None:
        pred = inside(self.out, self.pred_path)
        if pred.exists() and not self.resume:
            raise RunFolderError(f"{pred} exists; pass --resume to continue it or choose another --out")
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        self._fd = os.open(pred, flags, 0o644)  # non-blocking: a FIFO planted here fails instead of hanging
        if not stat.S_ISREG(os.fstat(self._fd).st_mode):
            raise RunFolderError(f"{pred} is not a regular file")
        scan = scan_rows(pred)
        self.skipped = scan.bad
        if scan.tail_row is not None:  # a last row that only lacks its newline (an edited file): keep it
            os.write(self._fd, b"\n")
        elif scan.tail:  # a write cut short by a kill: its bytes were never a row
            os.ftruncate(self._fd, os.fstat(self._fd).st_size - len(scan.tail))

    def done(self) -> set[tuple[str, str]]:
        """(id, system) of the rows already written."""
        return {(str(r["id"]), r["system"]) for r in scan_rows(self.pred_path).rows}

    def append(self, row: dict[str, Any]) -> None:
        """Write the row's trace (atomically, under a safe name), then the row as one write() and fsync."""
        if self._fd is None:
            raise RunFolderError("run folder is not open")
        trace = row.pop("trace", None)
        if trace is not None:
            write_atomic(self.out, trace_path(self.out, row["system"], row["id"]), json.dumps(trace))
        line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")
        written = os.write(self._fd, line)
        while written < len(line):  # a regular file takes it whole; finish a short write all the same
            written += os.write(self._fd, line[written:])
        os.fsync(self._fd)

    def close(self) -> None:
        for attr in ("_fd", "_lock_fd"):
            fd = getattr(self, attr)
            if fd is not None:
                os.close(fd)  # closing the lock's descriptor releases the flock
                setattr(self, attr, None)
