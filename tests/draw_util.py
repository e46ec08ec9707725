"""Drawing helpers shared by the tests that render their own small screens and pages."""

from __future__ import annotations

from PIL import ImageFont


def font(size: int, bold: bool = False, mono: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A DejaVu face (the Debian fonts every developer and CI machine has), else Pillow's default."""
    name = "DejaVuSansMono" if mono else "DejaVuSans-Bold" if bold else "DejaVuSans"
    try:
        return ImageFont.truetype(f"{name}.ttf", size)
    except OSError:
        return ImageFont.load_default(size)
