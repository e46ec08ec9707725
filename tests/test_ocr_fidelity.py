"""OCR fidelity: the text we read keeps what is printed — word spaces the recogniser drops come back
from the pixels (tools/spacing.py), numbers and codes stay whole, full-width punctuation is ASCII."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from seeingeye.tools import ocr_engine
from seeingeye.tools.ocr import _fix_glyphs
from seeingeye.tools.spacing import measure, page_is_mono, pixel_joined, respace, space_before

MPL = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
LIB = Path("/usr/share/fonts/truetype/liberation")
PROPORTIONAL = [MPL / "DejaVuSans.ttf", MPL / "DejaVuSans-Bold.ttf", MPL / "DejaVuSerif.ttf", MPL / "STIXGeneral.ttf"]
PROPORTIONAL += [p for p in (LIB / "LiberationSans-Regular.ttf", LIB / "LiberationSansNarrow-Regular.ttf")
                 if p.exists()]
MONO = MPL / "DejaVuSansMono.ttf"


def strip_of(text: str, face: Path, size: int, dark: bool = False) -> tuple[np.ndarray, list[float]]:
    """A BGR line strip with `text` printed on it, and each character's centre (what the recogniser's
    positions give, here exact from the font's advances)."""
    font = ImageFont.truetype(str(face), size)
    x0 = size // 2
    img = Image.new("RGB", (int(font.getlength(text)) + size, int(size * 1.6)), (25, 30, 40) if dark else "white")
    ImageDraw.Draw(img).text((x0, size * 0.25), text, font=font, fill=(230, 230, 230) if dark else (20, 20, 30))
    xs = [x0 + (font.getlength(text[:i]) + font.getlength(text[: i + 1])) / 2 for i in range(len(text))]
    return np.asarray(img)[:, :, ::-1].copy(), xs


def unspaced(text: str, xs: list[float], drop: int | None = None) -> tuple[str, list[float]]:
    """The reading with a space dropped (the drop-th one; all when None), as the recogniser does."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    gone = set(spaces) if drop is None else {spaces[drop]}
    keep = [i for i in range(len(text)) if i not in gone]
    return "".join(text[i] for i in keep), [xs[i] for i in keep]


PRINTED = ["Revenue by month", "Cheddar 400g", "Click & collect", "Research & Development", "What is libffi?",
           "Tickets closed by year", "Weekly KPIs", "USB-C cable", "Paid by card 39.21"]


# Liberation Sans Narrow's spaces (0.23 em) are as narrow as its widest letter gaps: left out (known gap).
@pytest.mark.parametrize("face", [p for p in PROPORTIONAL if "Narrow" not in p.stem], ids=lambda p: p.stem)
def test_a_dropped_word_space_comes_back_from_the_pixels(face: Path) -> None:
    """The recogniser writes most spaces and drops some; the ones it wrote show the face's space width."""
    wrong, cases = [], 0
    for size, dark in ((18, True), (26, False)):
        for printed in PRINTED:
            crop, xs = strip_of(printed, face, size, dark)
            strip = measure(crop)
            for drop in range(printed.count(" ")):
                text, pos = unspaced(printed, xs, drop)
                got, got_xs = respace(text, strip, pos)
                cases += 1
                if got != printed:
                    wrong.append((size, printed, got))
                assert len(got_xs) == len(got)
    # Faces with narrow spaces (STIX, Liberation Sans Narrow) keep a few; nothing is split inside a word.
    assert len(wrong) <= cases // 4, wrong
    assert not [w for w in wrong if len(w[2].split()) > len(w[1].split())], wrong


@pytest.mark.parametrize("face", PROPORTIONAL[:2], ids=lambda p: p.stem)
def test_lines_read_without_any_space_get_them_back(face: Path) -> None:
    """No space written at all ("Ticketsclosedbyyear"): the blanks alone, in ink heights, decide."""
    for size in (16, 22, 30):
        for printed in PRINTED:
            crop, xs = strip_of(printed, face, size)
            text, pos = unspaced(printed, xs)
            assert respace(text, measure(crop), pos)[0] == printed, (size, printed)


@pytest.mark.parametrize("face", [*PROPORTIONAL, MONO], ids=lambda p: p.stem)
def test_numbers_and_codes_are_not_split(face: Path) -> None:
    for size in (12, 16, 24):
        for printed in ("1,234.50", "FX-11672", "A6G4AP", "11/11/2011", "+9.4%", "$627K", "0161 555 0199",
                        "INV-2024-3642", "07:00", "$1,111.11"):
            crop, xs = strip_of(printed, face, size)
            strip = measure(crop)
            assert respace(printed, strip, xs, strip.mono)[0] == printed, (face.stem, size, printed)


def test_monospaced_print_is_judged_by_its_own_pitch() -> None:
    lines = ["Traceback (most recent call last):", "return io.open(self, mode, buffering, encoding)",
             "condense-json attrs cycler", "root@web-3:~/project$ python3 parse_api.py", "KeyError: 'database'"]
    strips, texts = [], []
    for printed in lines:
        crop, xs = strip_of(printed, MONO, 15, dark=True)
        strip = measure(crop)
        strips.append(strip)
        texts.append(printed)
        # Narrow glyphs in fixed cells leave wide blanks ("l", ":", "'"): only real spaces come back.
        text, pos = unspaced(printed, xs)
        assert respace(text, strip, pos, True)[0] == printed
    assert page_is_mono(strips, texts)
    assert strips[0].mono is True and strips[1].mono is True and strips[2].mono is None  # too short to tell
    # A proportional line is not taken for monospaced.
    crop, _ = strip_of("Tickets closed by year and more words", PROPORTIONAL[0], 16)
    assert measure(crop).mono is False


def test_written_spaces_stay_and_rules_do_not_hide_gaps() -> None:
    crop, xs = strip_of("Gel pen pack 14.80", PROPORTIONAL[0], 16)
    # An underline through the whole strip (a receipt's dashed rule, a link) is no glyph ink.
    crop[-6:-4, :, :] = 20
    text, pos = unspaced("Gel pen pack 14.80", xs)
    assert respace(text, measure(crop), pos)[0] == "Gel pen pack 14.80"
    # What the recogniser wrote is kept as it is, and a strip too small to measure is left alone.
    crop, xs = strip_of("Blue sky", PROPORTIONAL[0], 16)
    assert respace("Blue sky", measure(crop), xs)[0] == "Blue sky"
    tiny, xs = strip_of("ab cd", PROPORTIONAL[0], 5)
    assert respace("abcd", measure(tiny), unspaced("ab cd", xs)[1])[0] == "abcd"


def test_full_width_punctuation_is_read_as_ascii_on_latin_lines() -> None:
    assert _fix_glyphs("obj，end = f(s，idx）：") == "obj,end = f(s,idx):"
    assert _fix_glyphs("价格，100元") == "价格，100元"  # a CJK line keeps its own punctuation


def test_reading_a_page_restores_spaces_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the real recogniser: dense lines of mixed tokens, where it drops spaces most."""
    from rapidocr_onnxruntime import RapidOCR

    lines = ["Cheddar 400g 3,85 Blueberry muffin 2,60", "Invoice No: FX-11672 Due date: 17/09/2025",
             "07:00 A6G4AP KL 5113 11/11/2024", "Units sold per country Research & Development"]
    font = ImageFont.truetype(str(PROPORTIONAL[1]), 13)
    img = Image.new("RGB", (520, 40 * len(lines) + 30), "white")
    d = ImageDraw.Draw(img)
    for i, t in enumerate(lines):
        d.text((20, 20 + 40 * i), t, font=font, fill=(30, 30, 40))
    engine = RapidOCR()
    got = {ln.text.strip() for ln in ocr_engine.read_array(engine, np.asarray(img))}
    monkeypatch.setattr(ocr_engine, "respace", lambda text, strip, xs, mono=None: (text, xs))
    raw = {ln.text.strip() for ln in ocr_engine.read_array(engine, np.asarray(img))}
    assert raw != set(lines)  # the recogniser alone drops some of these spaces...
    assert got == set(lines), (got, raw)  # ...the pixels put them back


def test_a_lone_page_number_beside_large_print_is_read() -> None:
    """Large print makes the detector look at a shrunken page, where a small lone "5" vanishes."""
    from rapidocr_onnxruntime import RapidOCR

    serif = ImageFont.truetype(str(MPL / "DejaVuSerif.ttf"), 34)
    img = Image.new("RGB", (960, 540), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.text((70, 50), "Sustainability Goals 2030", font=ImageFont.truetype(str(MPL / "DejaVuSerif-Bold.ttf"), 46),
           fill=(40, 150, 70))
    for i, t in enumerate(["Halve water use", "Zero waste to landfill", "Electric delivery fleet"]):
        d.text((110, 150 + 50 * i), t, font=serif, fill=(20, 20, 20))
        d.ellipse((70, 165 + 50 * i, 84, 179 + 50 * i), outline=(20, 20, 20), width=2)  # a radio-like circle
    d.text((70, 500), "Acme Corp - Internal", font=ImageFont.truetype(str(MPL / "DejaVuSerif.ttf"), 13), fill="gray")
    d.text((915, 498), "5", font=ImageFont.truetype(str(MPL / "DejaVuSerif.ttf"), 14), fill=(60, 60, 60))
    engine = RapidOCR()
    rgb = np.asarray(img)
    lines = ocr_engine.read_array(engine, rgb)
    fives = [ln for ln in lines if ln.text.strip() == "5"]
    assert fives and fives[0].quad[:, 0].min() > 900, [ln.text for ln in lines]
    # Only the figure is added: the circles are not read as "0" or "O".
    assert not [ln for ln in lines if ln.text.strip() in ("0", "O", "o")], [ln.text for ln in lines]
    # Without the look at unread ink the detector alone misses it.
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    quads = ocr_engine.detect(engine, bgr, ocr_engine.detection_scale(ocr_engine.estimate_glyph_height(rgb)))
    assert not any(q[:, 0].min() > 900 and q[:, 1].min() > 480 for q in quads)


def test_ideographs_get_no_spaces() -> None:
    crop, xs = strip_of("A B", PROPORTIONAL[0], 20)
    strip = measure(crop)
    # Same blanks, but the characters are ideographs: nothing is inserted.
    assert respace("AB", strip, [xs[0], xs[2]])[0] == "A B"
    assert respace("价格", strip, [xs[0], xs[2]])[0] == "价格"


def test_underscores_join_and_clause_breaks_need_less_room():
    # gaps in pixels before each character, ink height 10: a 0.3-height gap beside "_" looks like a word gap
    # from above (the underscore's ink lies on the baseline) but joins an identifier.
    text = "x86_64"
    gaps = [0.0, 2.0, 2.0, 5.0, 5.0, 2.0]
    assert space_before(text, gaps, 10.0, mono=False) == [False] * 5
    # after a colon before a letter a narrower gap is a space; inside a time or a number it is not
    assert space_before("Date:JUN", [0, 1, 1, 1, 1, 3.0, 1, 1], 10.0, mono=False)[4] is True
    assert space_before("12:30", [0, 1, 1, 3.0, 1], 10.0, mono=False) == [False] * 4
    # a comma before a four-digit year ends a clause; before three digits it groups thousands
    assert space_before("20,2025", [0, 1, 1, 3.0, 1, 1, 1], 10.0, mono=False)[2] is True
    assert space_before("1,234", [0, 1, 3.0, 1, 1], 10.0, mono=False) == [False] * 4


def test_wide_letters_are_not_parted_where_the_pixels_show_no_gap() -> None:
    """The recogniser places characters on frames (8 px of its 48 px input); around wide letters ("DSCN")
    the frame steps look like gaps in proportional print. On a line whose written spaces show their blanks,
    only a blank in the pixels parts two characters."""
    printed = "Moving DSCN_4471.MOV to /home/ward/MEDIA/Clips"
    parted = 0
    for face in PROPORTIONAL:
        for size in (11, 13, 16):
            crop, xs = strip_of(printed, face, size)
            frame = 8 * crop.shape[0] / 48
            pos = [(x // frame + 0.5) * frame for x in xs]
            strip = measure(crop)
            parted += ocr_engine.restore_spaces(printed, pos, frame)[0] != printed
            joined = pixel_joined(printed, strip, pos, False)
            assert ocr_engine.restore_spaces(printed, pos, frame, joined)[0] == printed, (face.stem, size)
            # a dropped word space whose blank the pixels show is never taken for joined letters
            text, at = unspaced(printed, xs, 1)
            if respace(text, strip, at)[0] == printed:
                assert printed.index(" to") not in pixel_joined(text, strip, at, False)
    assert parted  # the frame steps alone would part some of them
