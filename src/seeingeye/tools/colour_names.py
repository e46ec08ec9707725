"""Name a colour the way people do: nearest anchor in CIE Lab, with a few anchors per name."""

from __future__ import annotations

import numpy as np

ANCHORS: dict[str, list[tuple[int, int, int]]] = {
    "black": [(0, 0, 0), (30, 30, 30)],
    "white": [(255, 255, 255), (240, 240, 240)],
    "gray": [(128, 128, 128), (170, 170, 170), (90, 90, 90), (200, 200, 200)],
    "red": [(255, 0, 0), (220, 20, 60), (200, 30, 30), (178, 34, 34), (139, 0, 0)],
    "orange": [(255, 165, 0), (255, 140, 0), (255, 127, 80), (240, 120, 30)],
    "yellow": [(255, 255, 0), (255, 215, 0), (240, 230, 60), (250, 250, 120)],
    "green": [(0, 128, 0), (0, 255, 0), (50, 205, 50), (34, 139, 34), (60, 180, 75), (0, 100, 0), (144, 238, 144)],
    "teal": [(0, 128, 128), (0, 150, 136), (32, 128, 128)],
    "cyan": [(0, 255, 255), (64, 224, 208), (0, 206, 209)],
    "blue": [
        (0, 0, 255),
        (30, 60, 200),
        (65, 105, 225),
        (0, 0, 139),
        (0, 0, 128),
        (70, 130, 180),
        (30, 144, 255),
        (100, 149, 237),
        (31, 119, 180),
    ],
    "purple": [(128, 0, 128), (148, 0, 211), (138, 43, 226), (106, 90, 205), (147, 112, 219)],
    "pink": [(255, 192, 203), (255, 105, 180), (255, 20, 147), (219, 112, 147)],
    "magenta": [(255, 0, 255), (199, 21, 133)],
    "brown": [(139, 69, 19), (150, 75, 0), (160, 82, 45), (120, 72, 40), (101, 67, 33), (165, 42, 42)],
    "beige": [(245, 245, 220), (222, 184, 135)],
}

_NAMES: list[str] = []
_RGB: list[tuple[int, int, int]] = []
for _name, _anchors in ANCHORS.items():
    for _rgb in _anchors:
        _NAMES.append(_name)
        _RGB.append(_rgb)


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (0-255, shape (..., 3)) to CIE Lab (D65)."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = c @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    lab = np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)
    return lab


_LAB = rgb_to_lab(np.array(_RGB))

COLOUR_WORDS = frozenset(ANCHORS) | {"grey", "violet", "navy", "gold", "silver", "aqua", "lime", "maroon"}
SYNONYMS = {
    "grey": "gray",
    "violet": "purple",
    "navy": "blue",
    "gold": "yellow",
    "silver": "gray",
    "aqua": "cyan",
    "lime": "green",
    "maroon": "red",
}


def colour_name(rgb: tuple[float, float, float] | np.ndarray) -> str:
    lab = rgb_to_lab(np.asarray(rgb, dtype=np.float64)[None, :])[0]
    d = np.linalg.norm(_LAB - lab, axis=1)
    return _NAMES[int(np.argmin(d))]


def canonical_colour(word: str) -> str:
    w = word.lower()
    return SYNONYMS.get(w, w)


def hex_of(rgb: tuple[float, float, float] | np.ndarray) -> str:
    r, g, b = (int(round(float(v))) for v in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"
