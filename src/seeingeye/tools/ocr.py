"""OCR tools: `ocr` reads text lines (RapidOCR, or Tesseract when installed), `zoom`/`crop` re-read a
region upscaled, `grid` numbers the image's cells so a policy can say "cell 7"."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from pydantic import BaseModel, Field, model_validator

from ..errors import ToolError
from ..sir import Box, EvidenceDraft
from ..textutil import is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .inkwords import word_positions
from .layout import page_layout
from .ocr_engine import read_array
from .pairs import key_values

GRID_N = 4
class OcrLine(BaseModel):
    text: str
    box: Box
    confidence: float
    angle: float = 0.0
    colour: str | None = None  # ink colour, named
    stroke: float | None = None  # stroke width over the line's height (bold print is heavier)
    reread: bool = False  # a second, upscaled look was taken (it was weak or tiny)
    mono: bool = False  # read on a page of monospaced print (a terminal, a code listing)


def ink_colour(arr: np.ndarray, box: Box) -> str | None:
    """Named colour of the glyphs in a text box: pixels far from the box's own background."""
    from .colour_names import colour_name, rgb_to_lab

    patch = arr[int(box.y0) : int(np.ceil(box.y1)), int(box.x0) : int(np.ceil(box.x1))].reshape(-1, 3)
    if len(patch) < 20:
        return None
    border = np.concatenate(
        [
            arr[int(box.y0), int(box.x0) : int(np.ceil(box.x1))],
            arr[min(int(np.ceil(box.y1)), arr.shape[0] - 1), int(box.x0) : int(np.ceil(box.x1))],
        ]
    )
    bg = np.median(border.reshape(-1, 3), axis=0) if len(border) else np.median(patch, axis=0)
    dist = np.linalg.norm(rgb_to_lab(patch.astype(float)) - rgb_to_lab(bg[None, :].astype(float))[0], axis=1)
    ink_dist = dist[dist > 25.0]
    if len(ink_dist) < 10:
        return None
    # The stroke cores (furthest from the background) carry the colour; edges are blends with it.
    core = patch[dist >= np.percentile(ink_dist, 60)]
    return colour_name(np.median(core, axis=0))


def stroke_weight(grey: np.ndarray, box: Box) -> float | None:
    """How heavy a line's print is: the mean length of its horizontal runs of ink (a stroke's width) over the
    box height. Polarity-free: ink is what stands at least half the box's contrast away from its border."""
    patch = grey[int(box.y0) : int(np.ceil(box.y1)), int(box.x0) : int(np.ceil(box.x1))].astype(np.float32)
    if patch.shape[0] < 8 or patch.shape[1] < 8:
        return None
    dist = np.abs(patch - float(np.median(np.concatenate([patch[0], patch[-1]]))))
    ink = dist > 0.5 * (float(np.percentile(dist, 99)) + 1e-6)
    starts = int((ink[:, 1:] & ~ink[:, :-1]).sum() + ink[:, 0].sum())
    return round(float(ink.sum()) / starts / box.h, 4) if starts >= 10 else None


def heavy_lines(lines: list[OcrLine]) -> set[int]:
    """Lines printed bold: their stroke clearly heavier than the regular print of their size (the lighter
    quarter of their peers: in an inbox half the rows may be bold, unread)."""
    known = [k for k, ln in enumerate(lines) if ln.stroke is not None]
    if len(known) < 6:
        return set()
    h = np.array([lines[k].box.h for k in known])
    # the stroke in pixels: its share of a box whose height OCR reads a few pixels off either way would make a
    # short box's regular print look heavy; peers of about one size are compared in pixels
    w = np.array([lines[k].stroke for k in known], dtype=float) * h
    peers = (h[None, :] >= 0.8 * h[:, None]) & (h[None, :] <= 1.25 * h[:, None])  # one matrix, not a loop per line
    light = np.array([np.percentile(w[row], 25) if row.sum() >= 6 else np.inf for row in peers])
    gap = np.array([_weight_gap(w[row]) if row.sum() >= 6 else np.inf for row in peers])
    return {k for k, heavy in zip(known, (w >= 1.35 * light) & (w >= gap), strict=True) if heavy}


def _weight_gap(w: np.ndarray) -> float:
    """The lightest stroke of the heavier class when peers' strokes part in two (the split that best tells two
    classes apart, Otsu's, its classes' means 1.3 times apart): bold and regular print. Strokes that vary
    about one weight part nowhere, so nothing passes."""
    ws = np.sort(np.log(np.maximum(w, 1e-6)))
    n = len(ws)
    if n < 4:
        return float("inf")
    best, cut = -1.0, 0
    for k in range(1, n):
        a, b = ws[:k], ws[k:]
        between = k * (n - k) * (a.mean() - b.mean()) ** 2
        if between > best:
            best, cut = between, k
    apart = float(np.exp(ws[cut:].mean() - ws[:cut].mean()))
    return float(np.exp(ws[cut])) if apart >= 1.3 else float("inf")


# A zero leading a lowercase word is a capital O ("0slo" -> "Oslo") — but not in hexadecimal ids
# ("0fab3") or "0x" prefixes, where the digit is what was printed; "0n branch" is "On" (git status).
_ZERO_IN_WORD = re.compile(r"(?<![\w-])0(?=[a-z]*[g-wyz][a-z]*\b)(?=[a-z]{2,}\b)|(?<![\w.-])0(?=[nr] [a-z])")
# ... and so is a zero ending a label of capitals ("IS0 :" of a camera's ISO, or "IS0" alone on its line, its
# colon read apart): a code in capitals may end in a zero ("KXTQW0"), a label's short word before its colon does not
_ZERO_ENDING_CAPS = re.compile(r"(?<![\w-])([A-Z]{2,})0(?=\s?:)|^([A-Z]{2,3})0$")


# The recogniser was trained on Chinese print too and often writes a Latin line's comma or bracket in
# its full-width form ("obj，end", "errors）"); without any CJK script on the line, the ASCII form is
# what is printed.
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


# A lone "l" between a code's separators is a one ("kv-eu-l.internal", "v1" read "vl"); a surname read with
# a lower-case l for its capital I follows a capitalised first name and goes on with a consonant ("Rahul
# lyer", "lbrahim"), which no English word after a name does.
# A one opening a file extension of letters is an "l" (".1og" -> ".log", ".htm1" keeps nothing but ".html").
_ONE_IN_EXTENSION = re.compile(r"(?<=[A-Za-z_]\.)1(?=[a-z]{2,3}\b)|(?<=[A-Za-z_]\.[a-z]{3})1\b"
                               # ...and so does a one that opens a word of three letters or more ("1ine",
                               # "sales_1ist"); a version's "v1beta" has its letter before
                               r"|(?<![\w.:/-])1(?=[a-z]{3,}\b)|(?<=[a-z]_)1(?=[a-z]{3,}\b)")
# A double "l" inside a word read as "11" ("sma11_print"): after three letters, before a letter or "_"
_ELEVEN_IN_WORD = re.compile(r"(?<=[a-z]{3})11(?=[_a-z])")
_ONE_IN_CODE = re.compile(r"(?<=[-_.])l(?=[-_.])|(?<=\b[vV])l\b")
_I_IN_NAME = re.compile(r"(\b[A-Z][a-z]{1,15} )l(?=[bcdfghjkmnpqrstvwxyz][a-z]{1,12}\b)")
# A capital I read as "l" before an "n" that opens a word ("lnvoices", "lnbox", "lnstall"): no word begins "ln"
# and goes on with two letters or more (the logarithm "ln" stands alone or before a bracket).
_I_BEFORE_N = re.compile(r"(?<![\w.-])l(?=n[a-z]{2,})")
# A file extension read with one letter in the wrong case ("budget.odS", "notes.tXt"): extensions are printed
# in one case; a lower-case one with a capital inside is lower case.
_MIXED_EXTENSION = re.compile(r"(?<=[\w-]\.)(?=[a-zA-Z]{2,4}\b)[a-z]+[A-Z][a-zA-Z]*\b(?![.@/-]\w)")


# A clock time OCR opened a gap in after its colon ("11: 06" on a receipt): two-digit hours and minutes only,
# so a label's colon before a count ("Room 1: 12 seats") is left alone.
_SPLIT_TIME = re.compile(r"(?<![\d:])([01]\d|2[0-3])(?: :|: )([0-5]\d)(?![\d:])")  # (or before it: "09 :41")


# A word set in wide letter spacing (a badge's "S P E A K E R", a banner's tracked capitals): OCR reads each
# letter as a word; four or more capitals one space apart are one word.
_SPACED_CAPS = re.compile(r"(?<![\w.])[A-Z](?: [A-Z]){3,}(?![\w.])")
# ...and so are three spaced capitals that open a code ("Q R S-2031-44" is "QRS-2031-44")
_SPACED_CODE = re.compile(r"(?<![\w.])[A-Z](?: [A-Z]){2,}(?=-\d)")
# A space in monospaced print read as an underscore before a name ("Mei _Tanaka"): no identifier is
# capitalised after its underscore and a space.
_SPACE_UNDERSCORE = re.compile(r"(?<= )_(?=[A-Z][a-z]{2,}\b)")
# OCR spaces a quoted word off its quotes ("KeyError: ' user_id '"): a word in quotes sits against them
_SPACED_QUOTE = re.compile(r"(?<![\w'\"])(['\"]) ([^\s'\"]+) \1(?![\w'\"])")
# a German word's ß read as the Greek beta ("groβ", "Straβe")
_BETA_IN_WORD = re.compile(r"(?<=[a-zäöü])β")
# A narrow "1" set in a monospaced column reads with a gap before the decimal point ("2 .45"): one figure.
_SPLIT_DECIMAL = re.compile(r"(?<=\b\d) (?=\.\d\d\b)")
# ... and so does a decimal comma at the end of an amount column ("7, 49", "3, 15B" with its tax letter): one
# amount, where it is the line's only comma (a list of figures has several).
_SPLIT_DECIMAL_COMMA = re.compile(r"^([^,]*(?<![\d,])\d{1,3}), (\d\d[A-Z]?)$")
# A linter's code after a file's place, a space read into it ("x.py:3:1: E 722", "W60 5"): one code.
_SPLIT_LINT_CODE = re.compile(r"(?<=\d: )([A-Z]{1,3}) ?(\d) ?(\d) ?(\d)(?= )")
# A share printed alone, its narrow "1" set apart from the next digit ("1 7%" on a progress bar): one figure.
_SPLIT_SHARE = re.compile(r"^(\d) (\d{1,2}(?:[.,]\d+)?\s?%)$")


# A figure's zeros read as "o" before its unit ("5oog" of "500g"), and a one read as "l" in a date or a clock
# time ("2026-1l-1l", "1l:50"): no word is spelt so.
_O_IN_FIGURE = re.compile(r"(?<![\w.])\d[oO\d]*[oO][oO\d]*(?=(?:g|kg|mg|ml|cl|l|mm|cm|km|m)\b|%)")
_L_IN_DATE = re.compile(r"(?<![\w-])(\d{4})-([\dl]{2})-([\dl]{2})(?![\w-])|(?<![\w:])([\dl]{2}):(\d{2})(?![\w])")


def _digits_of(m: re.Match[str]) -> str:
    return m.group().replace("l", "1") if any(ch.isdigit() for ch in m.group()) else m.group()


def _fix_glyphs(text: str) -> str:
    text = _O_IN_FIGURE.sub(lambda m: m.group().replace("o", "0").replace("O", "0"), text)
    text = _L_IN_DATE.sub(_digits_of, text)
    text = _SPLIT_TIME.sub(r"\1:\2", text)
    text = _SPACED_CAPS.sub(lambda m: m.group().replace(" ", ""), text)
    text = _SPACED_CODE.sub(lambda m: m.group().replace(" ", ""), text)
    text = _SPACE_UNDERSCORE.sub("", text)
    text = _SPACED_QUOTE.sub(r"\1\2\1", text)
    text = _BETA_IN_WORD.sub("ß", text)
    text = _SPLIT_SHARE.sub(r"\1\2", _SPLIT_DECIMAL_COMMA.sub(r"\1,\2", _SPLIT_DECIMAL.sub("", text)))
    text = _SPLIT_LINT_CODE.sub(r"\1\2\3\4", text)
    if not _CJK.search(text):
        text = text.translate(_FULLWIDTH)
    text = _I_IN_NAME.sub(r"\1I", _ONE_IN_CODE.sub("1", _ONE_IN_EXTENSION.sub("l", text)))
    text = _ELEVEN_IN_WORD.sub("ll", text)
    text = _MIXED_EXTENSION.sub(lambda m: m.group().lower(), _I_BEFORE_N.sub("I", text))
    return _ZERO_ENDING_CAPS.sub(lambda m: (m.group(1) or m.group(2)) + "O", _ZERO_IN_WORD.sub("O", text))


def _rapid_read(ctx: ToolContext, img: Image.Image, scale: float | None = None, zoomed: bool = False) -> list[OcrLine]:
    raw = read_array(ctx.engines.rapidocr(), np.asarray(img), scale, keep_small=not zoomed)
    lines: list[OcrLine] = []
    for r in raw:
        x0, y0 = r.quad.min(axis=0)
        x1, y1 = r.quad.max(axis=0)
        lines.append(
            OcrLine(
                text=_fix_glyphs(r.text.strip()),
                box=Box(x0=float(x0), y0=float(y0), x1=float(x1), y1=float(y1)),
                confidence=r.confidence,
                angle=r.angle,
                reread=r.reread,
                mono=r.mono,
            )
        )
    return _drop_icon_glyphs([ln for ln in lines if ln.text])


def _cjk_share(text: str) -> float:
    chars = [ch for ch in text if ch.isalnum()]
    return sum("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in chars) / max(1, len(chars))


def _drop_icon_glyphs(lines: list[OcrLine]) -> list[OcrLine]:
    """On a Latin-script screen, a short run of CJK characters is a toolbar icon or a window button the
    recogniser took for a character ("口口", "回E"), not text."""
    latin = sum(_cjk_share(ln.text) == 0 for ln in lines)
    if latin < max(1, 0.7 * len(lines)):
        return lines
    return [ln for ln in lines if not (len(ln.text.strip()) <= 4 and _cjk_share(ln.text) >= 0.5)]


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _tesseract_read(img: Image.Image) -> list[OcrLine]:
    if not tesseract_available():
        raise ToolError("tesseract engine requested but the `tesseract` binary is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.png"
        img.save(path)
        proc = subprocess.run(
            ["tesseract", str(path), "stdout", "--psm", "11", "tsv"], capture_output=True, text=True, timeout=120
        )
    if proc.returncode != 0:
        raise ToolError(f"tesseract failed: {proc.stderr.strip()[:200]}")
    groups: dict[tuple[str, str, str, str], list[list[str]]] = {}
    for row in proc.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and cols[11].strip() and float(cols[10]) >= 0:
            groups.setdefault((cols[1], cols[2], cols[3], cols[4]), []).append(cols)
    lines = []
    for words in groups.values():
        xs0 = [int(w[6]) for w in words]
        ys0 = [int(w[7]) for w in words]
        xs1 = [int(w[6]) + int(w[8]) for w in words]
        ys1 = [int(w[7]) + int(w[9]) for w in words]
        conf = float(np.mean([float(w[10]) for w in words])) / 100.0
        lines.append(
            OcrLine(
                text=" ".join(w[11] for w in words),
                confidence=conf,
                box=Box(x0=min(xs0), y0=min(ys0), x1=max(xs1), y1=max(ys1)),
            )
        )
    return lines


def read_lines(
    ctx: ToolContext, region: Box | None = None, scale: float | None = None, engine: str | None = None
) -> list[OcrLine]:
    """OCR the image or a region; small inputs are upscaled; boxes come back in image coordinates."""
    engine = engine or ctx.engines.ocr_engine
    key = f"ocr:{engine}:{region.as_list() if region else None}:{scale}"
    if key in ctx.cache:
        return ctx.cache[key]
    shared = ctx.engines.recall(f"{ctx.digest}:{key}")
    if shared is not None:
        ctx.cache[key] = shared
        return shared
    box = ctx.clip(region) if region else Box(x0=0, y0=0, x1=ctx.size[0], y1=ctx.size[1])
    img = ctx.image.crop((int(box.x0), int(box.y0), int(np.ceil(box.x1)), int(np.ceil(box.y1))))
    if engine == "tesseract" and scale is None:
        # Tesseract has no detection-size control: small inputs are upscaled before reading.
        short = min(img.size)
        scale = 1.0 if short >= 400 else min(3.0, 400.0 / max(short, 1))
    # A zoom's upscaling (LANCZOS) gives the recogniser sharper strips of tiny print than its own
    # resize would; a whole-page read (scale None) detects at a size chosen from the glyph height.
    scale = scale or 1.0
    if abs(scale - 1.0) > 1e-3:
        img = img.resize(
            (max(1, round(img.width * scale)), max(1, round(img.height * scale))), Image.Resampling.LANCZOS
        )
    raw = _tesseract_read(img) if engine == "tesseract" else _rapid_read(ctx, img, zoomed=abs(scale - 1.0) > 1e-3)
    out = []
    for ln in raw:
        b = ln.box
        out.append(
            ln.model_copy(
                update={
                    "box": Box(
                        x0=box.x0 + b.x0 / scale,
                        y0=box.y0 + b.y0 / scale,
                        x1=box.x0 + b.x1 / scale,
                        y1=box.y0 + b.y1 / scale,
                    )
                }
            )
        )
    arr, grey = ctx.array, ctx.grey
    out = reading_order([ln.model_copy(update={"colour": ink_colour(arr, ln.box),
                                               "stroke": stroke_weight(grey, ln.box)}) for ln in out])
    ctx.cache[key] = out
    ctx.engines.remember(f"{ctx.digest}:{key}", out)
    return out


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Top-to-bottom rows, left-to-right within a row."""
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        if rows and abs(ln.box.cy - np.mean([o.box.cy for o in rows[-1]])) < 0.5 * max(ln.box.h, 1):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.box.x0)]


def _summary_row(lines: list[OcrLine], row: list[int]) -> bool:
    """A row of a wide table holding just a label and a figure ("Total due | 1,478.40" under an invoice's
    lines) is a label-value pair as well as a table row: a two-column table is one whole."""
    return len(row) == 2 and not is_numeric_text(lines[row[0]].text) and is_numeric_text(lines[row[1]].text)


def lines_to_evidence(
    lines: list[OcrLine], source_note: str = "", ctx: ToolContext | None = None
) -> list[EvidenceDraft]:
    """Text lines (with their block, role and reading order when the whole page was read) plus the
    key-value pairs among them."""
    placement: dict[int, dict[str, Any]] = {}
    order = list(range(len(lines)))
    table_lines: set[int] = set()
    if ctx is not None:
        lay, _ = page_layout(ctx)
        order = lay.order
        for b in lay.blocks:
            for i in b.lines:
                placement[i] = {"block_index": b.index, "role": b.role, "column": b.column}
            for r, c, i in b.cells:
                placement[i].update(table_index=b.index, row=r, col=c)
                if b.n_cols > 2 and not _summary_row(lines, [j for rr, _, j in b.cells if rr == r]):
                    table_lines.add(i)
    drafts = []
    heavy = heavy_lines(list(lines))
    for n, k in enumerate(order):
        ln = lines[k]
        attrs: dict[str, Any] = {
            "angle": round(ln.angle, 1),
            "height": round(ln.box.h, 1),
            "ocr_conf": round(ln.confidence, 3),
        }
        attrs.update(placement.get(k, {}))
        if ctx is not None:
            attrs["order"] = n
        if ln.colour:
            attrs["colour"] = attrs["ink"] = ln.colour
        if ln.reread:
            attrs["reread"] = True
        if k in heavy:
            attrs["bold"] = True
        if ln.mono:
            attrs["mono"] = True
        if source_note:
            attrs["via"] = source_note
        if ctx is not None and (at := word_positions(ctx.grey, ln.box, ln.text)) is not None:
            attrs["words"] = [[round(a), round(b)] for a, b in at]  # where a terminal's padded columns start
        drafts.append(
            EvidenceDraft(
                kind="number" if is_numeric_text(ln.text) else "text",
                value=ln.text,
                number=parse_number(ln.text),
                box=ln.box,
                confidence=ln.confidence,
                attrs=attrs,
            )
        )
    return drafts + key_values(lines, table_lines)


def cell_box(ctx: ToolContext, cell: int, n: int = GRID_N) -> Box:
    if not 1 <= cell <= n * n:
        raise ToolError(f"grid cell must be 1..{n * n}, got {cell}")
    w, h = ctx.size
    r, c = divmod(cell - 1, n)
    return Box(x0=c * w / n, y0=r * h / n, x1=(c + 1) * w / n, y1=(r + 1) * h / n)


class OcrArgs(BaseModel):
    region: Box | None = Field(None, description="limit reading to this box (pixels); whole image if omitted")
    engine: str | None = Field(None, description="rapidocr (default) or tesseract (when installed)")


@tool()
def ocr(ctx: ToolContext, args: OcrArgs) -> ToolResult:
    """Read all text lines in the image (or a region) with boxes and confidences; also pairs labels with
    the values printed to their right (key_value evidence)."""
    if args.engine not in (None, "rapidocr", "tesseract"):
        raise ToolError(f"unknown OCR engine {args.engine!r} (rapidocr or tesseract)")
    lines = read_lines(ctx, args.region, engine=args.engine)
    whole = args.region is None and args.engine in (None, ctx.engines.ocr_engine)
    drafts = lines_to_evidence(lines, ctx=ctx if whole else None)
    return ToolResult(evidence=drafts, summary=f"{len(lines)} text lines")


class ZoomArgs(BaseModel):
    box: Box | None = Field(None, description="region to zoom into, in image pixels")
    cell: int | None = Field(None, ge=1, le=GRID_N * GRID_N, description="or a cell of the 4x4 grid (1-16)")
    scale: float = Field(3.0, ge=1.0, le=6.0, description="upscaling factor before re-reading")

    @model_validator(mode="after")
    def _one_region(self) -> ZoomArgs:
        if (self.box is None) == (self.cell is None):
            raise ValueError("give exactly one of box or cell")
        return self


def _inked(ctx: ToolContext, region: Box, margin: float = 12.0) -> Box:
    """The region trimmed to the columns and rows that hold ink against its most common grey."""
    grey = ctx.grey[int(region.y0) : int(np.ceil(region.y1)), int(region.x0) : int(np.ceil(region.x1))].astype(np.int16)
    if grey.size == 0:
        return region
    ground = int(np.bincount(grey.ravel().astype(np.uint8)).argmax())
    ink = np.abs(grey - ground) > 40
    cols, rows = np.nonzero(ink.any(axis=0))[0], np.nonzero(ink.any(axis=1))[0]
    if not cols.size:
        return region
    return ctx.clip(Box(x0=region.x0 + cols[0] - margin, y0=region.y0 + rows[0] - margin,
                        x1=region.x0 + cols[-1] + 1 + margin, y1=region.y0 + rows[-1] + 1 + margin))


def _zoom(ctx: ToolContext, args: ZoomArgs, note: str) -> ToolResult:
    region = ctx.clip(args.box) if args.box is not None else cell_box(ctx, args.cell or 1)
    # Pad a little so glyphs cut by the box edge are still read (by the short side: a full-width strip
    # padded by its length would triple its height), then keep only the part that holds ink: blank canvas
    # costs recognition time and holds nothing to re-read.
    pad = 0.08 * min(region.w, region.h) + 4
    region = _inked(ctx, ctx.clip(Box(x0=region.x0 - pad, y0=region.y0 - pad, x1=region.x1 + pad,
                                      y1=region.y1 + pad)))
    lines = read_lines(ctx, region, scale=args.scale)
    drafts = lines_to_evidence(lines, source_note=f"{note} x{args.scale:g} of {region.as_list()}")
    return ToolResult(evidence=drafts, summary=f"{len(lines)} lines in {region.as_list()} at x{args.scale:g}")


@tool()
def zoom(ctx: ToolContext, args: ZoomArgs) -> ToolResult:
    """Upscale a region (a box, or a grid cell 1-16) and re-read its text; use it for small or faint print."""
    return _zoom(ctx, args, "zoom")


class CropArgs(ZoomArgs):
    scale: float = Field(1.0, ge=1.0, le=6.0, description="upscaling factor (1 = as is)")


@tool()
def crop(ctx: ToolContext, args: CropArgs) -> ToolResult:
    """Read the text of one region only (a box or a grid cell 1-16) at its own size."""
    return _zoom(ctx, args, "crop")


class GridArgs(BaseModel):
    n: int = Field(GRID_N, ge=2, le=8, description="cells per side")


@tool()
def grid(ctx: ToolContext, args: GridArgs) -> ToolResult:
    """Divide the image into an n x n grid of numbered cells (row by row from the top left) and report
    how much ink each holds, so later calls can target "cell 7"."""
    gray = np.asarray(ctx.image.convert("L"), dtype=np.float32)
    background = float(np.median(gray))
    drafts = []
    for cell in range(1, args.n * args.n + 1):
        b = cell_box(ctx, cell, args.n)
        patch = gray[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)]
        ink = float((np.abs(patch - background) > 40).mean()) if patch.size else 0.0
        drafts.append(
            EvidenceDraft(
                kind="region",
                label=f"cell {cell}",
                value=f"ink {ink:.0%}",
                box=b,
                number=ink,
                attrs={"cell": cell, "grid": args.n},
            )
        )
    busy = [d.label for d in drafts if (d.number or 0) > 0.02]
    return ToolResult(evidence=drafts, summary=f"{args.n}x{args.n} grid; cells with content: {busy}")
