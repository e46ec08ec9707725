"""What a batch reads: a folder, a glob, or a JSONL/CSV/Parquet manifest of image paths or URLs with
optional questions. Listing is lazy (a manifest of millions of rows is never held in memory) and a bad
manifest row is an item carrying its error, so it becomes an error row instead of stopping the run."""

from __future__ import annotations

import csv
import glob
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ImageError, ImageTooLargeError, InputError
from ..server.intake import URLPolicy, decode_data_url, fetch_url

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"}
MANIFEST_SUFFIXES = {".jsonl", ".csv", ".parquet"}
REF_COLUMNS = ("path", "image", "url")


@dataclass
class BatchItem:
    """One row to produce: an image reference, and a question when the row asks one."""

    id: str
    ref: str
    question: str | None = None
    options: list[str] = field(default_factory=list)
    error: str | None = None  # set when the manifest row itself is unusable


def iter_inputs(spec: str) -> Iterator[BatchItem]:
    """Items of INPUT in a stable order (sorted listings, manifest order)."""
    path = Path(spec).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
        for p in files:
            yield BatchItem(id=p.relative_to(path).as_posix(), ref=str(p))
        return
    if path.is_file() and path.suffix.lower() in MANIFEST_SUFFIXES:
        yield from _iter_manifest(path)
        return
    if path.is_file():
        yield BatchItem(id=path.name, ref=str(path))
        return
    if glob.has_magic(spec):
        for match in sorted(glob.glob(spec, recursive=True)):
            if Path(match).is_file():
                yield BatchItem(id=match, ref=match)
        return
    raise InputError(f"input not found: {spec} (a folder, a glob, or a .jsonl/.csv/.parquet manifest)")


def _iter_manifest(path: Path) -> Iterator[BatchItem]:
    suffix = path.suffix.lower()
    records: Iterator[tuple[int, dict[str, Any] | str]]
    if suffix == ".jsonl":
        records = _jsonl_records(path)
    elif suffix == ".csv":
        records = _csv_records(path)
    else:
        records = _parquet_records(path)
    for line, rec in records:
        yield _item_from_record(line, rec, path.parent)


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, text in enumerate(fh, 1):
            if not text.strip():
                continue
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as exc:
                yield n, f"invalid JSON on manifest line {n}: {exc.msg}"
                continue
            yield n, rec if isinstance(rec, dict) else f"manifest line {n} is not a JSON object"


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for n, rec in enumerate(csv.DictReader(fh), 2):  # line 1 is the header
            yield n, dict(rec)


def _parquet_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    import pyarrow.parquet as pq

    n = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        for rec in batch.to_pylist():
            n += 1
            yield n, rec


def _options(raw: Any) -> list[str]:
    if raw is None or raw == "":
        return []
    if isinstance(raw, str):  # CSV cells carry a JSON list
        raw = json.loads(raw)
    if not isinstance(raw, list):
        raise ValueError("options must be a list of strings")
    return [str(o) for o in raw]


def _item_from_record(line: int, rec: dict[str, Any] | str, base: Path) -> BatchItem:
    if isinstance(rec, str):
        return BatchItem(id=f"line{line}", ref="", error=rec)
    ref = next((str(rec[c]) for c in REF_COLUMNS if rec.get(c)), "")
    question = rec.get("question") or None
    rid = str(rec.get("id") or (f"{ref}#{line}" if question else ref) or f"line{line}")
    if not ref:
        return BatchItem(id=rid, ref="", error=f"manifest line {line} has no {'/'.join(REF_COLUMNS)} column")
    if "://" not in ref and not ref.startswith("data:") and not Path(ref).expanduser().is_absolute():
        ref = str(base / ref)  # manifest paths are relative to the manifest's folder
    try:
        options = _options(rec.get("options"))
    except (ValueError, json.JSONDecodeError):
        return BatchItem(id=rid, ref=ref, error=f"manifest line {line}: options must be a JSON list of strings")
    return BatchItem(id=rid, ref=ref, question=str(question) if question else None, options=options)


def read_content(ref: str, policy: URLPolicy, max_bytes: int) -> bytes:
    """The bytes of one image reference, size-capped; URLs only when the policy allows (SSRF rules of
    the server: allow-listed hosts, public addresses only, no redirects)."""
    if ref.startswith("data:"):
        return decode_data_url(ref, max_bytes)
    if ref.startswith(("http://", "https://")):
        if not policy.enabled:
            raise InputError("URL inputs are off; pass --allow-urls (and --url-allow-host) to fetch them")
        return fetch_url(ref, policy)
    if "://" in ref:
        raise InputError(f"unsupported reference scheme in {ref[:40]!r} (path, data: or http(s) only)")
    path = Path(ref).expanduser()
    if not path.is_file():
        raise ImageError(f"file not found: {ref}")
    size = path.stat().st_size
    if size > max_bytes:
        raise ImageTooLargeError(f"file too large: {size} bytes > {max_bytes}")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may grow between stat and read
    if len(data) > max_bytes:
        raise ImageTooLargeError(f"file too large: more than {max_bytes} bytes")
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
