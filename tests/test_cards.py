"""`cards`: repeated panels read as one table (a row per card), on a light page with outlined cards and on a
dark page with filled tiles; a single panel is no set of cards. The records programs then answer from it."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.agents import record_extremes as RX
from seeingeye.agents import records as R
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.tools import TOOLS, Engines, ToolContext
from seeingeye.tools.ocr import OcrLine

ENGINES = Engines()


def _page(items: list[tuple[str, str, str | None]], dark: bool) -> Image.Image:
    bg, fill, ink = ((17, 24, 39), (31, 41, 55), (240, 240, 240)) if dark else ((255, 255, 255), None, (20, 20, 20))
    img = Image.new("RGB", (980, 420), bg)
    d = ImageDraw.Draw(img)
    d.text((30, 24), "Quarterly overview", fill=ink, font=font(26))
    for i, (label, figure, note) in enumerate(items):
        x = 30 + i * 310
        d.rectangle((x, 100, x + 280, 250), fill=fill, outline=None if dark else (200, 200, 210), width=2)
        d.text((x + 20, 118), label, fill=ink, font=font(16))
        d.text((x + 20, 150), figure, fill=ink, font=font(34))
        if note:
            d.text((x + 20, 205), note, fill=(40, 160, 80), font=font(15))
    return img


def _table(img: Image.Image) -> dict:
    res = TOOLS.get("cards")(ToolContext(image=img, engines=ENGINES))
    tables = [e for e in res.evidence if e.kind == "table"]
    assert tables, res.summary
    return tables[0].attrs


def test_dark_tiles_become_rows_with_a_shared_change_column() -> None:
    attrs = _table(_page([("Signups", "8,412", "+4.0% vs last week"), ("Refunds", "$1,250", "-2.5% vs last week"),
                          ("Uptime", "99.2%", "+0.3% vs last week")], dark=True))
    assert attrs["header"][0] == "name" and attrs["header"][2] == "change vs last week"
    assert [r[0] for r in attrs["rows"]] == ["Signups", "Refunds", "Uptime"]
    assert [r[2] for r in attrs["rows"]] == ["+4.0%", "-2.5%", "+0.3%"]
    sir = SIR(question="q", image=ImageFacts(width=980, height=420, original_width=980, original_height=420,
                                             sha256="0", format="PNG", mode="RGB"))
    sir.add(EvidenceDraft(kind="table", value="cards", attrs=attrs), source="cards", round=1)
    recs = R.build(sir)
    assert RX.arg_extreme(recs, "change vs last week", "max").value == "Signups"
    assert R.lookup(recs, "Refunds", "change").value == "-2.5%"


def test_outlined_price_cards_order_by_price() -> None:
    attrs = _table(_page([("Starter", "$9/mo", None), ("Business", "$79/mo", None), ("Plus", "$25/mo", None)],
                         dark=False))
    rows = attrs["rows"]
    assert [r[0] for r in rows] == ["Starter", "Business", "Plus"]
    assert R.column_type([r[1] for r in rows]) == "money"


def test_one_panel_is_not_a_set_of_cards() -> None:
    res = TOOLS.get("cards")(ToolContext(image=_page([("Signups", "8,412", None)], dark=True), engines=ENGINES))
    assert not [e for e in res.evidence if e.kind == "table"]


def _ocr_line(text: str, x: float, y: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 16), confidence=0.99)


def test_an_id_cards_machine_readable_names_say_which_is_the_surname() -> None:
    from seeingeye.tools.mrz import read_names

    printed = [_ocr_line("NAKAMURA-SILVA", 200, 100), _ocr_line("Beatriz Aiko", 200, 130),
               _ocr_line("IRHRVHR0K7729315<<<", 40, 380), _ocr_line("NAKAMURA<SILVA<<BEATRIZ<AIKO<<<<", 40, 400)]
    surname, given, _ = read_names(printed)  # type: ignore[misc]
    assert (surname, given) == ("NAKAMURA-SILVA", "Beatriz Aiko")  # as the card prints them above
    assert read_names([_ocr_line("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", 0, 0)])[:2] == (  # type: ignore[index]
        "ERIKSSON", "ANNA MARIA")
    assert read_names([_ocr_line("Total <<< 12", 0, 0)]) is None


def test_an_unlabelled_cards_expiry_is_its_last_date_and_a_birth_its_first() -> None:
    from seeingeye.agents.extract import _end_of_span
    from seeingeye.agents.match import Matcher

    dates = {"17.03.1991", "02.07.2031"}
    assert _end_of_span("card expire", Matcher(), dates) == "02.07.2031"
    assert _end_of_span("date of birth", Matcher(), dates) == "17.03.1991"
    assert _end_of_span("date on the receipt", Matcher(), dates) is None
    assert _end_of_span("till when is the card valid", Matcher(), {"03/2021", "12/27"}) == "12/27"  # Dec 2027
