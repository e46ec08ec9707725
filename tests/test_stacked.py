"""`stacked`: labels printed over their values in a row become key: value facts, values that sit close
together are split by their ink, and a header over several aligned rows (a table) is left alone. `page_number`:
a lone figure in a corner of a slide."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()


def _strip(columns: list[tuple[str, list[str]]], pitch: int = 150) -> Image.Image:
    img = Image.new("RGB", (900, 140 + 40 * max(len(v) for _, v in columns)), "white")
    d = ImageDraw.Draw(img)
    d.text((30, 20), "Event ticket", fill="black", font=font(26, bold=True))
    for i, (label, values) in enumerate(columns):
        x = 30 + i * pitch
        d.text((x, 80), label, fill=(110, 110, 110), font=font(13))
        for k, v in enumerate(values):
            d.text((x, 100 + 40 * k), v, fill="black", font=font(20, bold=True))
    return img


def _facts(img: Image.Image) -> dict[str, str]:
    res = TOOLS.get("stacked")(ToolContext(image=img, engines=ENGINES))
    return {e.label or "": e.value for e in res.evidence}


def test_labels_over_values_pair_up() -> None:
    facts = _facts(_strip([("VENUE", ["Hall 4"]), ("ROW", ["K"]), ("SEAT", ["22"]), ("DOORS", ["19:30"]),
                           ("ORDER NO", ["Q7X2M9"])], pitch=120))
    assert facts.get("VENUE") == "Hall 4" and facts.get("SEAT") == "22"
    assert facts.get("DOORS") == "19:30" and facts.get("ORDER NO") == "Q7X2M9"


def test_a_table_header_is_no_strip_of_fields() -> None:
    facts = _facts(_strip([("CITY", ["Oslo", "Lima", "Pune"]), ("PEOPLE", ["709,000", "10.1 M", "3.1 M"]),
                           ("AREA", ["454", "2,672", "331"])]))
    assert facts == {}


def test_page_number_in_a_corner() -> None:
    img = Image.new("RGB", (960, 540), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.text((70, 50), "Roadmap 2027", fill="black", font=font(40, bold=True))
    d.text((70, 160), "Ship the new editor", fill="black", font=font(24))
    d.text((70, 500), "Northwind · Confidential", fill=(90, 90, 90), font=font(13))
    d.text((912, 498), "14", fill=(90, 90, 90), font=font(15))
    res = TOOLS.get("page_number")(ToolContext(image=img, engines=ENGINES), {"reread": True})
    assert [(e.label, e.value) for e in res.evidence] == [("page number (slide number)", "14")]


def test_an_id_card_grid_of_light_labels_over_dark_values() -> None:
    """Fields in two columns, rows of grey labels alternating with rows of dark values (ID cards): a grid of
    fields, not a table, down to a last label alone over its value."""
    img = Image.new("RGB", (700, 360), (245, 240, 232))
    d = ImageDraw.Draw(img)
    grid = [[("Last name", "KOWALSKA"), ("Sex", "F")], [("Given names", "Anna Maria"), ("Document no.", "ZK4471902")],
            [("Nationality", "Polish"), ("Date of expiry", "03.11.2031")], [("Date of birth", "17.05.1990")]]
    for r, row in enumerate(grid):
        for c, (label, value) in enumerate(row):
            x, y = 220 + 230 * c, 40 + 70 * r
            d.text((x, y), label, fill=(120, 120, 120), font=font(14))
            d.text((x, y + 20), value, fill=(20, 20, 20), font=font(21, bold=True))
    facts = _facts(img)
    assert facts.get("Last name") == "KOWALSKA" and facts.get("Document no.") == "ZK4471902"
    assert facts.get("Nationality") == "Polish" and facts.get("Date of expiry") == "03.11.2031"
    assert facts.get("Date of birth") == "17.05.1990"


def test_a_viewer_prints_the_page_count() -> None:
    """A PDF viewer's "3/12" beside the file name, or "Page 2 of 9": the total is the page count."""
    for caption, total in (("quarterly-report.pdf - 3/12 (96 dpi)", "12"), ("Page 2 of 9", "9")):
        img = Image.new("RGB", (900, 500), "white")
        d = ImageDraw.Draw(img)
        d.text((250, 12), caption, fill="black", font=font(16))
        d.text((60, 120), "Chapter one begins here", fill="black", font=font(24))
        res = TOOLS.get("page_number")(ToolContext(image=img, engines=ENGINES), {"reread": False})
        facts = {e.label: e.value for e in res.evidence}
        assert facts.get("page count (number of pages, total pages)") == total, facts
    img = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(img).text((60, 120), "Add 3/4 cup of flour", fill="black", font=font(24))
    res = TOOLS.get("page_number")(ToolContext(image=img, engines=ENGINES), {"reread": False})
    assert not res.evidence  # a fraction in running text is no page count
