"""seeingeye: give a text-only LLM eyes (translator -> SIR -> reasoner, after the SeeingEye paper).

Names load on first use (PEP 562): `import seeingeye` stays cheap for a CLI's `--help` or a program that
only needs the settings; the pipeline's tools and model backends are imported when first asked for."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Settings, load_settings
    from .errors import ImageError, InputError, ModelError, SeeingEyeError
    from .pipeline import AskResult, SeeingEye
    from .sir import SIR, Evidence

_WHERE = {
    "SIR": ".sir",
    "Evidence": ".sir",
    "AskResult": ".pipeline",
    "SeeingEye": ".pipeline",
    "ImageError": ".errors",
    "InputError": ".errors",
    "ModelError": ".errors",
    "SeeingEyeError": ".errors",
    "Settings": ".config",
    "load_settings": ".config",
}
__all__ = [
    "SIR",
    "AskResult",
    "Evidence",
    "ImageError",
    "InputError",
    "ModelError",
    "SeeingEye",
    "SeeingEyeError",
    "Settings",
    "load_settings",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'seeingeye' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
