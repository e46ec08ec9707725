"""`navbar`: the entries of a top navigation row, split where the ink leaves more than a word space even when
OCR reads the row as one line; the brand set apart on the left is not an entry."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def _page(links: list[str], dark: bool = False) -> Image.Image:
    bg, ink = ((15, 20, 30), (235, 235, 235)) if dark else ((255, 255, 255), (30, 30, 30))
    img = Image.new("RGB", (1100, 600), bg)
    d = ImageDraw.Draw(img)
    d.text((36, 22), "Orbitly", fill=ink, font=font(28))
    x = 1060
    for name in reversed(links):
        w = d.textlength(name, font=font(17))
        x -= w
        d.text((x, 30), name, fill=ink, font=font(17))
        x -= 30
    d.line((0, 80, 1100, 80), fill=(200, 200, 200), width=1)
    d.text((250, 160), "Plan trips with your whole crew", fill=ink, font=font(40))
    d.text((330, 240), "Loved by 12,000 travellers in 40 countries.", fill=ink, font=font(18))
    return img


def _facts(img: Image.Image) -> dict[str, str]:
    res = TOOLS.get("navbar")(ToolContext(image=img, engines=ENGINES))
    return {e.label or "": e.value for e in res.evidence}


def test_entries_and_their_number() -> None:
    facts = _facts(_page(["Pricing", "Guides", "Help center", "Sign in", "Team"]))
    assert facts["number of links in the navigation bar (top menu items)"] == "5"
    assert facts["links in the navigation bar (top menu items)"] == "Pricing, Guides, Help center, Sign in, Team"


def test_dark_header_with_three_entries() -> None:
    facts = _facts(_page(["Shop", "Stories", "Contact us"], dark=True))
    assert facts["number of links in the navigation bar (top menu items)"] == "3"


def test_no_bar_on_a_plain_page() -> None:
    img = Image.new("RGB", (900, 500), "white")
    ImageDraw.Draw(img).text((40, 200), "Just one sentence on a page.", fill="black", font=font(20))
    assert not TOOLS.get("navbar")(ToolContext(image=img, engines=ENGINES)).evidence
