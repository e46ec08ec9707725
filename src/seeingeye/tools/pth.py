"""Read a PyTorch checkpoint (a state dict of tensors) into numpy arrays without importing torch.

Both on-disk formats are handled: the zip format (torch >= 1.6: `archive/data.pkl` plus one
`archive/data/<key>` entry per storage) and the legacy format (magic number, protocol, sys info,
the pickle, then the list of storage keys, then each storage as an int64 element count followed by
its raw little-endian bytes). Only plain tensors are rebuilt; any other global in the pickle is
refused, so a checkpoint cannot run code on load.
"""

from __future__ import annotations

import collections
import pickle
import zipfile
from pathlib import Path
from typing import IO, Any

import numpy as np

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C

# torch storage class name -> numpy dtype
_DTYPES = {
    "FloatStorage": np.float32,
    "DoubleStorage": np.float64,
    "HalfStorage": np.float16,
    "BFloat16Storage": np.uint16,  # raw bits; converted by callers that need it
    "LongStorage": np.int64,
    "IntStorage": np.int32,
    "ShortStorage": np.int16,
    "CharStorage": np.int8,
    "ByteStorage": np.uint8,
    "BoolStorage": np.bool_,
}


class CheckpointError(ValueError):
    """The file is not a torch state dict this reader understands."""


class _Storage:
    """A storage whose bytes are filled in after unpickling (legacy) or read from the zip."""

    def __init__(self, dtype: Any) -> None:
        self.dtype = np.dtype(dtype)
        self.data: np.ndarray | None = None


class _Tensor:
    def __init__(self, storage: _Storage, offset: int, size: tuple[int, ...], stride: tuple[int, ...]) -> None:
        self.storage, self.offset, self.size, self.stride = storage, offset, tuple(size), tuple(stride)

    def numpy(self) -> np.ndarray:
        if self.storage.data is None:
            raise CheckpointError("tensor storage was never read")
        base = self.storage.data[self.offset :]
        if not self.size:
            return base[:1].reshape(()).copy()
        item = base.itemsize
        view = np.lib.stride_tricks.as_strided(base, self.size, tuple(s * item for s in self.stride))
        return np.ascontiguousarray(view)


def _rebuild_tensor(storage: _Storage, offset: int, size: Any, stride: Any, *_: Any) -> _Tensor:
    return _Tensor(storage, offset, size, stride)


class _StorageType:
    def __init__(self, name: str) -> None:
        self.dtype = _DTYPES[name]


class _Unpickler(pickle.Unpickler):
    def __init__(self, f: IO[bytes], storages: dict[str, _Storage]) -> None:
        super().__init__(f)
        self.storages = storages

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name in ("_rebuild_tensor_v2", "_rebuild_tensor"):
            return _rebuild_tensor
        if module == "torch" and name in _DTYPES:
            return _StorageType(name)
        if module == "collections" and name == "OrderedDict":
            return collections.OrderedDict
        raise CheckpointError(f"checkpoint references {module}.{name}, which this reader does not allow")

    def persistent_load(self, pid: Any) -> Any:
        # legacy: ('storage', type, key, location, numel, view_metadata); zip: ('storage', type, key, loc, numel)
        if not (isinstance(pid, tuple) and pid and pid[0] == "storage"):
            raise CheckpointError(f"unsupported persistent id {pid!r:.60}")
        stype, key = pid[1], str(pid[2])
        if key not in self.storages:
            self.storages[key] = _Storage(stype.dtype)
        return self.storages[key]


def _materialise(obj: Any) -> Any:
    if isinstance(obj, _Tensor):
        return obj.numpy()
    if isinstance(obj, dict):
        return {k: _materialise(v) for k, v in obj.items()}
    return obj


def _load_zip(path: Path) -> Any:
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        pkl = next((n for n in names if n.endswith("/data.pkl") or n == "data.pkl"), None)
        if pkl is None:
            raise CheckpointError(f"{path.name}: zip without data.pkl")
        prefix = pkl[: -len("data.pkl")]
        storages: dict[str, _Storage] = {}
        with zf.open(pkl) as f:
            obj = _Unpickler(f, storages).load()  # type: ignore[arg-type]
        for key, st in storages.items():
            st.data = np.frombuffer(zf.read(f"{prefix}data/{key}"), dtype=st.dtype)
    return obj


def _load_legacy(path: Path) -> Any:
    with path.open("rb") as f:
        storages: dict[str, _Storage] = {}
        if _Unpickler(f, storages).load() != LEGACY_MAGIC:
            raise CheckpointError(f"{path.name}: not a torch checkpoint")
        _Unpickler(f, storages).load()  # protocol version
        _Unpickler(f, storages).load()  # sys info (a plain dict)
        obj = _Unpickler(f, storages).load()
        keys = _Unpickler(f, storages).load()
        for key in keys:
            st = storages[str(key)]
            count = int(np.frombuffer(f.read(8), dtype="<i8")[0])
            raw = f.read(count * st.dtype.itemsize)
            if len(raw) != count * st.dtype.itemsize:
                raise CheckpointError(f"{path.name}: truncated storage {key}")
            st.data = np.frombuffer(raw, dtype=st.dtype)
    return obj


def load_state_dict(path: str | Path) -> dict[str, np.ndarray]:
    """All tensors of a torch checkpoint as numpy arrays, keyed as in the state dict."""
    path = Path(path)
    obj = _load_zip(path) if zipfile.is_zipfile(path) else _load_legacy(path)
    if isinstance(obj, dict) and "state_dict" in obj and isinstance(obj["state_dict"], dict):
        obj = obj["state_dict"]
    if not isinstance(obj, dict):
        raise CheckpointError(f"{path.name}: expected a state dict, got {type(obj).__name__}")
    return _materialise(obj)
