"""Shared pieces of the clean-test generator: question/scene records, fonts, PNG saving, HTML rendering."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_ROOT = Path("/usr/share/fonts")
FONTS = {
    "sans": "truetype/dejavu/DejaVuSans.ttf",
    "sans_bold": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "truetype/dejavu/DejaVuSerif.ttf",
    "serif_bold": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lib_sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "lib_sans_bold": "truetype/liberation/LiberationSans-Bold.ttf",
    "lib_serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "lib_serif_bold": "truetype/liberation/LiberationSerif-Bold.ttf",
    "lib_mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "mono": "truetype/dejavu/DejaVuSansMono.ttf",
    "mono_bold": "truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "nimbus": "opentype/urw-base35/NimbusSans-Regular.otf",
    "nimbus_bold": "opentype/urw-base35/NimbusSans-Bold.otf",
    "gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "gothic_bold": "opentype/urw-base35/URWGothic-Demi.otf",
    "c059": "opentype/urw-base35/C059-Roman.otf",
    "c059_bold": "opentype/urw-base35/C059-Bold.otf",
    "nimbus_mono": "opentype/urw-base35/NimbusMonoPS-Regular.otf",
}


@dataclass
class Q:
    """One question about a scene; `answer` is always derived from the scene's own data."""

    question: str
    answer: str
    answer_type: str
    intent: str


@dataclass
class Scene:
    """One rendered image, the strings printed on it (for the `literal` flag) and its questions."""

    name: str
    category: str
    questions: list[Q]
    texts: list[str] = field(default_factory=list)


@functools.cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_ROOT / FONTS[name]), size)


def num(x: float) -> str:
    """Plain number string: 42, 1234.5 (no separators, no trailing zeros)."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def money(x: float, symbol: str = "$") -> str:
    return f"{symbol}{x:,.2f}"


def save_png(img: Image.Image, path: Path) -> None:
    img.save(path, optimize=True)


def text_width(draw: ImageDraw.ImageDraw, text: str, fnt: ImageFont.FreeTypeFont) -> int:
    left, _, right, _ = draw.textbbox((0, 0), text, font=fnt)
    return int(right - left)


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("chromium not found: apt-get update && apt-get install -y chromium")


def render_html(html: str, path: Path, width: int, height: int) -> None:
    """Screenshot a page with headless Chromium, then re-save it through pillow (smaller, no metadata)."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        shot = Path(tmp) / "shot.png"
        cmd = [
            chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile",
            f"--screenshot={shot}", f"--window-size={width},{height}", page.as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        with Image.open(shot) as img:
            save_png(img.convert("RGB"), path)


def html_page(body: str, css: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"
