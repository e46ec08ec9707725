"""Synthetic documents whose answers are printed exactly as they must be read back: phone numbers with
leading zeros and inner spaces, hexadecimal ids whose 0/O and case matter, terminal output on dark
backgrounds, wide tables with narrow column gaps, codes with separators, and cards turned upside down.

They complement `synth` (receipts, charts, shapes) for measuring what a reading carries literally
(`benchmarks/sir_recall.py`); every generator is seeded and deterministic and every item is literal.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont

from .synth import CITIES, FONT_DIR, Item, font

MONO = "DejaVuSansMono.ttf"
FIRST = ["Amira", "Jonas", "Priya", "Tomás", "Ingrid", "Kwame", "Li", "Sofia", "Mateo", "Hana"]
LAST = ["Haddad", "Berg", "Raman", "Novak", "Okafor", "Moreau", "Chen", "Rossi", "Silva", "Tanaka"]
WORDS = ["fix", "add", "update", "remove", "refactor", "docs", "test", "bump", "merge", "cache", "parser", "login"]


def _phone(rng: random.Random) -> str:
    styles = [
        lambda: f"+44 {rng.randint(20, 29):03d} {rng.randint(1000, 9999)} {rng.randint(0, 9999):04d}",
        lambda: f"0{rng.randint(1, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 999):03d} {rng.randint(0, 9999):04d}",
        lambda: f"0049 {rng.randint(30, 89)} {rng.randint(100000, 9999999)}",
        lambda: f"({rng.randint(200, 989)}) {rng.randint(200, 989)}-{rng.randint(0, 9999):04d}",
    ]
    return rng.choice(styles)()


def _hex_id(rng: random.Random) -> str:
    digits = "0123456789abcdef" if rng.random() < 0.5 else "0123456789ABCDEF"
    body = "".join(rng.choice(digits) for _ in range(rng.choice([6, 8])))
    if "0" not in body:  # ids with zeros are the ones a reader turns into O
        k = rng.randrange(len(body))
        body = body[:k] + "0" + body[k + 1 :]
    return rng.choice(["0x", "#", ""]) + body


def contact_card(rng: random.Random) -> Item:
    """A badge/contact card: name, role, phone, id; asks for the phone or the id."""
    w, h = rng.randint(520, 760), rng.randint(300, 400)
    bg = rng.choice([(255, 255, 255), (246, 248, 252), (252, 248, 238)])
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    band = rng.choice([(30, 60, 120), (120, 30, 40), (20, 110, 90)])
    d.rectangle((0, 0, w, 56), fill=band)
    d.text((20, 14), rng.choice(["VISITOR PASS", "STAFF ID", "Contact", "Member card"]), font=font(rng, 24),
           fill="white")
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    phone, ident = _phone(rng), _hex_id(rng)
    fields = [("Name", name), ("Phone", phone), ("ID", ident), ("City", rng.choice(CITIES))]
    rng.shuffle(fields)
    size = rng.randint(17, 24)
    f, fv = font(rng, size), font(rng, size)
    y = 80
    for label, value in fields:
        d.text((24, y), f"{label}:", font=f, fill=(90, 90, 90))
        d.text((24 + rng.randint(110, 150), y), value, font=fv, fill="black")
        y += int(size * 2.0)
    if rng.random() < 0.5:
        return Item(img, rng.choice(["What is the phone number?", "Which number should I call?"]), phone, "phone",
                    "phone", literal=True)
    return Item(img, rng.choice(["What is the ID on the card?", "Read me the ID."]), ident, "code", "hex_id",
                literal=True)


def terminal(rng: random.Random) -> Item:
    """`git log --oneline` in a dark or light terminal; asks for the hash of one commit."""
    dark = rng.random() < 0.7
    bg, fg = ((24, 24, 28), (220, 220, 220)) if dark else ((250, 250, 250), (30, 30, 30))
    size = rng.randint(14, 18)
    f = _mono(size)
    n = rng.randint(4, 8)
    commits = []
    for _ in range(n):
        sha = "".join(rng.choice("0123456789abcdef") for _ in range(7))
        msg = " ".join(rng.sample(WORDS, rng.randint(2, 4))).capitalize()
        commits.append((sha, msg))
    w, h = rng.randint(560, 820), 60 + (n + 2) * int(size * 1.6)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    y = 20
    d.text((14, y), "$ git log --oneline", font=f, fill=(120, 200, 120) if dark else (20, 110, 20))
    for sha, msg in commits:
        y += int(size * 1.6)
        d.text((14, y), sha, font=f, fill=(230, 190, 80) if dark else (150, 100, 0))
        d.text((14 + int(d.textlength(sha + " ", font=f)), y), msg, font=f, fill=fg)
    sha, msg = rng.choice(commits)
    q = rng.choice([f"What is the hash of the commit '{msg}'?", f"which commit id says {msg.lower()}"])
    return Item(img, q, sha, "code", "terminal", literal=True)


def _mono(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / MONO), size)


def wide_table(rng: random.Random) -> Item:
    """Five columns with narrow gaps; asks for one cell by row and column name."""
    cols = ["Code", "Qty", "Unit", "Net", "Region"]
    n = rng.randint(4, 7)
    rows = []
    for _ in range(n):
        code = f"{rng.choice('ABCDEFGHKMNPRSTUVWXZ')}{rng.choice('ABCDEFGHKMNPRSTUVWXZ')}-{rng.randint(1000, 9999)}"
        rows.append([code, str(rng.randint(1, 250)), f"{rng.uniform(0.5, 99):.2f}", f"{rng.uniform(10, 9999):,.2f}",
                     rng.choice(CITIES)])
    size = rng.randint(14, 19)
    f = font(rng, size)
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    gap = rng.randint(10, 22)
    widths = [max(probe.textlength(r[j], font=f) for r in [cols, *rows]) + gap for j in range(len(cols))]
    w = int(sum(widths)) + 40
    img = Image.new("RGB", (w, 40 + (n + 1) * int(size * 1.9)), "white")
    d = ImageDraw.Draw(img)
    for r, row in enumerate([cols, *rows]):
        x, y = 20.0, 20 + r * int(size * 1.9)
        for j, cell in enumerate(row):
            right = j in (1, 2, 3)
            tx = x + widths[j] - gap - probe.textlength(cell, font=f) if right else x
            d.text((tx, y), cell, font=f, fill="black")
            x += widths[j]
    i, j = rng.randrange(n), rng.choice([1, 2, 3, 4])
    q = rng.choice([f"What is the {cols[j].lower()} for {rows[i][0]}?", f"{rows[i][0]}: {cols[j]}?"])
    return Item(img, q, rows[i][j], "text", "wide_table", literal=True)


def upside_down(rng: random.Random) -> Item:
    """A short notice photographed upside down; asks for its reference number."""
    w, h = rng.randint(420, 620), rng.randint(180, 260)
    img = Image.new("RGB", (w, h), rng.choice(["white", (250, 246, 236)]))
    d = ImageDraw.Draw(img)
    d.text((24, 20), rng.choice(["PARCEL NOTICE", "Delivery slip", "Return label"]), font=font(rng, 28), fill="black")
    ref = f"{rng.randint(10, 99)}{rng.choice(['-', ' ', '/'])}{rng.randint(100, 999)}{rng.randint(0, 9)}"
    d.text((24, 90), f"Ref {ref}", font=font(rng, rng.randint(22, 30)), fill="black")
    return Item(img.rotate(180), "What is the reference number?", ref, "text", "upside_down", literal=True)


GENERATORS: dict[str, Callable[[random.Random], Item]] = {
    "contact_card": contact_card,
    "terminal": terminal,
    "wide_table": wide_table,
    "upside_down": upside_down,
}
