"""seeingeye: give a text-only LLM eyes (translator -> SIR -> reasoner, after the SeeingEye paper)."""

from .config import Settings, load_settings
from .errors import ImageError, InputError, ModelError, SeeingEyeError
from .pipeline import AskResult, SeeingEye
from .sir import SIR, Evidence

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
