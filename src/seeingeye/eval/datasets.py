"""Data sets read as they are: our JSONL manifest, VLMEvalKit TSV, MMMU parquet, MIA-Bench, easy-vqa.

Every loader yields `EvalItem`s with the image as a path or bytes; nothing is downloaded.
"""

from __future__ import annotations

import ast
import base64
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extras import require
from ..imageio import regular_file
from ..jsonfile import parse_json
from .scoring import infer_type

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class EvalItem:
    id: str
    image: Path | bytes
    question: str
    answer: str
    options: list[str] = field(default_factory=list)
    answer_type: str = "text"
    category: str = "all"
    # MIA-Bench: instruction-following components and weights, scored by a judge model.
    components: list[str] = field(default_factory=list)
    component_weights: list[float] = field(default_factory=list)
    # Set when the data set's row could not be read: the item is recorded as an error row, not run.
    error: str | None = None
    # The id was made up by the loader (`line-3`, a row number), not given by the data set: on a clash with
    # a real id it is this one that gets renamed.
    auto_id: bool = False

    @property
    def gold_text(self) -> str:
        """The literal answer: the gold option's text for multiple choice."""
        if self.options and self.answer.strip().upper()[:1] in LETTERS[: len(self.options)]:
            return self.options[LETTERS.index(self.answer.strip().upper()[:1])]
        return self.answer


def _item(
    id_: str,
    image: Path | bytes,
    question: str,
    answer: str,
    options: list[str] | None,
    answer_type: str | None,
    category: str | None,
) -> EvalItem:
    opts = [str(o) for o in (options or [])]
    return EvalItem(
        id=str(id_),
        image=image,
        question=str(question),
        answer=str(answer),
        options=opts,
        answer_type=answer_type or infer_type(str(answer), opts),
        category=category or "all",
    )


MAX_LINE_BYTES = 1 << 20  # a manifest row is a few hundred bytes; a longer "line" is not a row


def _lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw line) with each line capped: None stands for an over-long line, skipped to its end."""
    with path.open("rb") as fh:
        n = 0
        while True:
            line = fh.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            n += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest in bounded pieces
                    line = fh.readline(MAX_LINE_BYTES)
                yield n, None
                continue
            yield n, line


def confine(ref: Any, base: Path, root: Path) -> Path:
    """The real path of manifest image `ref` (relative to `base`) if it lies under `root`, symlinks
    resolved: a manifest must not make the harness read `../../etc/passwd` or `/root/.ssh/id_rsa`."""
    if not isinstance(ref, str) or not ref.strip():
        raise ValueError("image must be a non-empty path")
    try:
        real = (base / ref).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # symlink loop, NUL byte, name too long
        raise ValueError(f"image path {ref[:80]!r} cannot be resolved ({exc})") from None
    if not real.is_relative_to(root):
        raise ValueError(f"image path {ref[:80]!r} is outside the data root {root} (widen it with --data-root)")
    return real


def _error_item(id_: str | None, n: int, message: str, row: Any = None) -> EvalItem:
    """A row that could not be read becomes an item that fails with `message`: the run goes on."""
    row = row if isinstance(row, dict) else {}
    return EvalItem(
        id=f"line-{n}" if id_ is None else id_,
        image=b"",
        question=str(row.get("question") or row.get("instruction") or ""),
        answer=str(row.get("answer", "")),
        error=message,
        auto_id=id_ is None,
    )


def _jsonl_item(row: Any, n: int, base: Path, root: Path) -> EvalItem:
    if not isinstance(row, dict):
        raise TypeError(f"expected a JSON object, got {type(row).__name__}")
    image = confine(row["image"], base, root)
    if "components" in row:  # MIA-Bench style row
        return EvalItem(
            id=str(row.get("id", n)),
            auto_id="id" not in row,
            image=image,
            question=row.get("instruction") or row["question"],
            answer="",
            answer_type="mia",
            category=row.get("category", "mia"),
            components=list(row["components"]),
            component_weights=[float(w) for w in row.get("component_weight", [])],
        )
    item = _item(
        row.get("id", n),
        image,
        row["question"],
        row["answer"],
        row.get("options"),
        row.get("answer_type"),
        row.get("category"),
    )
    item.auto_id = "id" not in row
    return item


def load_jsonl(path: Path, data_root: Path | None = None) -> Iterator[EvalItem]:
    """Our manifest: one JSON object a line; `image` relative to the manifest and confined to
    `data_root` (default: the manifest's folder). A malformed line becomes an error item."""
    base = path.resolve().parent
    root = (data_root or base).resolve()
    for n, line in _lines(path):
        if line is None:
            yield _error_item(None, n, f"{path.name}:{n}: bad manifest row (longer than {MAX_LINE_BYTES} bytes)")
            continue
        if not line.strip():
            continue
        row: Any = None
        try:
            row = parse_json(line, "row")  # one-line errors, deep nesting included
            yield _jsonl_item(row, n, base, root)
        except InputError as exc:
            yield _error_item(None, n, f"{path.name}:{n}: bad manifest row ({exc})")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            id_ = str(row["id"]) if isinstance(row, dict) and "id" in row else None
            yield _error_item(id_, n, f"{path.name}:{n}: bad manifest row ({type(exc).__name__}: {exc})", row)


def load_tsv(path: Path) -> Iterator[EvalItem]:
    """VLMEvalKit TSV: base64 `image`, `question`, option columns A.., `answer`, `category`. A file that
    is not UTF-8 text or not a TSV at all ends in one line (rows read before it are kept)."""
    try:
        yield from _tsv_items(path)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name} is not UTF-8 text ({exc.reason}); save it as UTF-8") from None
    except csv.Error as exc:
        raise InputError(f"{path.name} is not a readable TSV ({exc})") from None


def _tsv_items(path: Path) -> Iterator[EvalItem]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t"), 1):
            try:
                image = base64.b64decode(row["image"])
            except (KeyError, TypeError, ValueError) as exc:
                id_ = str(row["index"]) if row.get("index") is not None else None
                yield _error_item(id_, n, f"{path.name}:{n}: no decodable base64 image ({exc})", row)
                continue
            opts = []
            for letter in LETTERS:
                val = row.get(letter)
                if val is None or str(val).strip() in ("", "nan"):
                    break
                opts.append(str(val))
            yield _item(
                row.get("index", n),
                image,
                row.get("question", ""),
                row.get("answer", ""),
                opts,
                None,
                row.get("category"),
            )


def load_mmmu(path: Path) -> Iterator[EvalItem]:
    """MMMU parquet: image_1..image_7 structs with bytes, `options` as a list string, `<image k>` tags."""
    pq = require("eval", "pyarrow.parquet", "reading a parquet data set")
    pa = require("eval", "pyarrow", "reading a parquet data set")

    try:
        rows = pq.read_table(path).to_pylist()
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise InputError(f"{path.name} is not a readable Parquet file ({str(exc).splitlines()[0][:200]})") from None
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            continue
        images = [row.get(f"image_{k}") for k in range(1, 8)]
        first = next((im for im in images if im), None)
        if first is None:
            continue  # text-only rows cannot be asked about an image
        data = first.get("bytes") if isinstance(first, dict) else first
        if not isinstance(data, bytes):  # a string would be taken for a local path: never from a data file
            yield _error_item(None, n, f"{path.name}: row {n}: image_1 holds no image bytes")
            continue
        opts = _options(row.get("options"))
        # The image is given separately; "<image 1>" in the text refers to it.
        question = re.sub(
            r"<image (\d)>",
            lambda m: "the image" if m.group(1) == "1" else f"image {m.group(1)}",
            str(row.get("question", "")),
        ).strip()
        kind = "mcq" if row.get("question_type") == "multiple-choice" and opts else None
        yield _item(
            row.get("id", n),
            data,
            question,
            str(row.get("answer", "")),
            opts if kind else [],
            kind,
            row.get("subfield") or row.get("topic_difficulty") or "mmmu",
        )


MAX_OPTIONS_CHARS = 100_000


def _options(raw: Any) -> list[Any]:
    """MMMU's options, a Python list written as a string; anything else (or a hostile string) is none."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > MAX_OPTIONS_CHARS:
        return []
    try:
        opts = ast.literal_eval(raw)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return []
    return opts if isinstance(opts, list) else []


def load_easy_vqa(split: str) -> Iterator[EvalItem]:
    easy_vqa = require("eval", "easy_vqa", "the easy-vqa data set")
    if split not in ("train", "test"):
        raise InputError(f"easy-vqa split must be train or test, not {split!r}")
    qs, answers, image_ids = easy_vqa.get_test_questions() if split == "test" else easy_vqa.get_train_questions()
    paths = easy_vqa.get_test_image_paths() if split == "test" else easy_vqa.get_train_image_paths()
    for n, (q, a, i) in enumerate(zip(qs, answers, image_ids, strict=True)):
        kind = "yesno" if a in ("yes", "no") else "text"
        category = "yes/no" if kind == "yesno" else "colour" if "color" in q else "shape"
        yield _item(f"{split}-{n}", Path(paths[i]), q, a, None, kind, category)


def load_dataset(
    spec: str, limit: int | None = None, *, data_root: Path | None = None, categories: set[str] | None = None
) -> list[EvalItem]:
    """`easy-vqa:test`, or a path ending in .jsonl, .tsv or .parquet. `data_root` widens the folder
    manifest image paths must lie under (default: the manifest's own folder); `categories` keeps only
    items of those categories (before `limit` counts)."""
    if spec.startswith("easy-vqa"):
        items: Iterator[EvalItem] = load_easy_vqa(spec.partition(":")[2] or "test")
    else:
        path = Path(spec)
        loaders: dict[str, Any] = {
            ".jsonl": lambda p: load_jsonl(p, data_root),
            ".tsv": load_tsv,
            ".parquet": load_mmmu,
        }
        if path.suffix not in loaders:
            raise InputError(f"unknown data set format {path.suffix!r} (.jsonl, .tsv, .parquet or easy-vqa:test)")
        regular_file(path, "data set")  # missing, a directory, a FIFO or a device: one line, before opening
        if data_root is not None and not data_root.is_dir():
            raise InputError(f"--data-root is not a directory: {data_root}")
        items = loaders[path.suffix](path)
    out = []
    for item in items:
        if categories is not None and item.category not in categories:
            continue
        out.append(item)
        if limit is not None and len(out) >= limit:
            break
    return unique_ids(out)


def unique_ids(items: list[EvalItem]) -> list[EvalItem]:
    """Ids the data set gave must be unique (resume keys rows by id); a made-up id (`line-3`, a row number)
    that clashes with another id is renamed `line-3~2`, `line-3~3`, ... instead of refusing the run."""
    counts = Counter(i.id for i in items if not i.auto_id)
    dupes = sorted(i for i, c in counts.items() if c > 1)
    if dupes:
        shown = ", ".join(repr(d[:40]) for d in dupes[:3])
        raise InputError(f"data set has duplicate item ids ({shown}); ids must be unique for resumable runs")
    taken = set(counts)
    for item in items:
        if item.auto_id:
            base, k = item.id, 1
            while item.id in taken:
                k += 1
                item.id = f"{base}~{k}"
            taken.add(item.id)
    return items
