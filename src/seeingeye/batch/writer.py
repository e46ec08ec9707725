"""The output dataset: Parquet parts, each written to a temp file and renamed into place, so a part's
rows are committed together or not at all, and a killed run leaves only whole parts behind. Only the
driver writes; workers return rows."""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .rows import SCHEMA

PART_GLOB = "part-*.parquet"
TRAJECTORY_SUFFIX = ".adp.jsonl"  # a part's trajectories, committed just before the part itself
# Readers (pyarrow.dataset, DuckDB globs on part-*) skip "_" folders, so side files never pollute the dataset.
SIDE_DIR = "_trajectories"


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # platforms without directory fds: the rename is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_write(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def done_keys(out: Path) -> set[str]:
    """Keys of rows already committed in `out`; temp files of a killed run are removed."""
    if not out.exists():
        return set()
    for stale in [*out.glob(".*.tmp"), *out.glob(f"{SIDE_DIR}/.*.tmp")]:
        stale.unlink(missing_ok=True)
    keys: set[str] = set()
    for part in sorted(out.glob(PART_GLOB)):
        keys.update(k for k in pq.read_table(part, columns=["key"]).column("key").to_pylist() if k)
    return keys


class PartWriter:
    """Buffers rows and commits them as a part every `rows_per_part` rows or `flush_s` seconds."""

    def __init__(self, out: Path, rows_per_part: int = 256, flush_s: float = 60.0) -> None:
        self.out = out
        self.rows_per_part = max(1, rows_per_part)
        self.flush_s = flush_s
        self.run = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        self.parts = 0
        self.written = 0
        self._rows: list[dict[str, Any]] = []
        self._trajectories: list[dict[str, Any]] = []
        self._last = time.monotonic()
        out.mkdir(parents=True, exist_ok=True)

    def add(self, row: dict[str, Any], trajectory: dict[str, Any] | None = None) -> None:
        self._rows.append(row)
        if trajectory is not None:
            self._trajectories.append(trajectory)
        if len(self._rows) >= self.rows_per_part or time.monotonic() - self._last >= self.flush_s:
            self.flush()

    def flush(self) -> None:
        self._last = time.monotonic()
        if not self._rows:
            return
        name = f"part-{self.run}-{self.parts:06d}"
        if self._trajectories:
            lines = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in self._trajectories)
            (self.out / SIDE_DIR).mkdir(exist_ok=True)
            _atomic_write(self.out / SIDE_DIR / f"{name}{TRAJECTORY_SUFFIX}", lambda fh: fh.write(lines.encode()))
        table = pa.Table.from_pylist(self._rows, schema=SCHEMA)
        _atomic_write(self.out / f"{name}.parquet", lambda fh: pq.write_table(table, fh, compression="zstd"))
        _fsync_dir(self.out)
        self.parts += 1
        self.written += len(self._rows)
        self._rows, self._trajectories = [], []


def export_trajectories(out: Path, target: Path) -> int:
    """Gather the trajectories of every committed part (this run's and earlier ones) into one JSONL."""
    committed = {p.name.removesuffix(".parquet") for p in out.glob(PART_GLOB)}
    count = 0
    target.parent.mkdir(parents=True, exist_ok=True)

    def write(fh: Any) -> None:
        nonlocal count
        for side in sorted((out / SIDE_DIR).glob(f"part-*{TRAJECTORY_SUFFIX}")):
            if side.name.removesuffix(TRAJECTORY_SUFFIX) not in committed:
                continue  # its part was never committed (killed in between): those rows will be redone
            data = side.read_bytes()
            count += data.count(b"\n")
            fh.write(data)

    _atomic_write(target, write)
    return count


def read_rows(out: Path) -> pa.Table:
    """Every committed row of a batch output (what pandas/DuckDB read as `out/part-*.parquet`)."""
    parts = sorted(out.glob(PART_GLOB))
    if not parts:
        return SCHEMA.empty_table()
    return pa.concat_tables(pq.read_table(p, schema=SCHEMA) for p in parts)
