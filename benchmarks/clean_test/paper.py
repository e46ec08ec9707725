"""Invoices and till receipts drawn with pillow, in several fonts, colours and layouts."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from common import Q, Scene, font, money, num, save_png, text_width
from PIL import Image, ImageDraw

SENDERS = ["Harbourline Joinery Ltd", "Quillfeather Design Studio", "Brightwater Plumbing Co.",
           "Nordvik Data Services AS", "Oakridge Print & Copy", "Tessellate Tiling"]
CLIENTS = [("Marguerite Okafor", "person"), ("Lindqvist Architects", "organisation"),
           ("Dmitri Vasquez", "person"), ("Pemberton Dental Clinic", "organisation"),
           ("Ingrid Halvorsen", "person"), ("Copperleaf Café", "organisation")]
ITEMS = ["Site survey", "Oak shelving, fitted", "Logo redesign", "Emergency call-out", "Copper pipe (per m)",
         "Cloud backup, 12 months", "Business cards x500", "Poster print A1", "Labour (hours)",
         "Tile adhesive 20kg", "Brand guidelines PDF", "Server migration", "Grout, anthracite"]
STREETS = ["14 Ferry Lane", "220 Kingsway", "7 Rue des Lilas", "Storgata 31", "88 Mill Road", "3 Elm Court"]
TOWNS = ["Bristol BS1 4QA", "Leeds LS2 9JT", "Lyon 69002", "Oslo 0182", "Cambridge CB1 2AB", "York YO1 7HH"]
DATE_STYLES = ["%d %b %Y", "%Y-%m-%d", "%B %d, %Y", "%d/%m/%Y"]

INVOICE_STYLES = [
    {"font": "sans", "bold": "sans_bold", "accent": (32, 84, 147), "right_bill": False, "subtotal": True},
    {"font": "c059", "bold": "c059_bold", "accent": (120, 40, 40), "right_bill": True, "subtotal": True},
    {"font": "lib_sans", "bold": "lib_sans_bold", "accent": (20, 120, 90), "right_bill": False, "subtotal": False},
    {"font": "gothic", "bold": "gothic_bold", "accent": (60, 60, 60), "right_bill": True, "subtotal": True},
]


def _invoice_data(rng: random.Random, idx: int) -> dict:
    issued = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 300))
    prices = rng.sample(range(35, 900), 4)
    count = rng.choice([3, 4])
    lines = [(name, rng.randint(1, 6), float(p) + rng.choice([0, 0.5, 0.25, 0.99]))
             for name, p in zip(rng.sample(ITEMS, count), prices[:count], strict=True)]
    subtotal = round(sum(q * p for _, q, p in lines), 2)
    rate = rng.choice([0.2, 0.1, 0.25])
    tax = round(subtotal * rate, 2)
    return {
        "sender": SENDERS[idx], "client": CLIENTS[idx], "number": f"INV-{rng.randint(1000, 9999)}",
        "issued": issued, "due": issued + timedelta(days=rng.choice([14, 30, 45])), "lines": lines,
        "subtotal": subtotal, "rate": rate, "tax": tax, "total": round(subtotal + tax, 2),
        "date_fmt": DATE_STYLES[idx % len(DATE_STYLES)], "street": STREETS[idx], "town": TOWNS[idx],
    }


def _draw_invoice(d: dict, style: dict, path: Path) -> list[str]:
    img = Image.new("RGB", (800, 1000), "white")
    dr = ImageDraw.Draw(img)
    f, fb, acc = style["font"], style["bold"], style["accent"]
    texts: list[str] = []

    def put(xy: tuple[int, int], text: str, name: str = f, size: int = 17, fill: tuple = (30, 30, 30)) -> None:
        dr.text(xy, text, font=font(name, size), fill=fill)
        texts.append(text)

    dr.rectangle((0, 0, 800, 110), fill=acc)
    put((40, 30), d["sender"], fb, 28, (255, 255, 255))
    put((40, 72), f"{d['street']}, {d['town']}", f, 15, (230, 230, 230))
    put((600, 40), "INVOICE", fb, 30, (255, 255, 255))
    bill_x, meta_x = (460, 40) if style["right_bill"] else (40, 460)
    client = d["client"][0]
    put((bill_x, 150), "Bill to:", fb, 16, acc)
    put((bill_x, 175), client, f, 19)
    put((bill_x, 202), "Accounts payable", f, 15, (90, 90, 90))
    fmt = d["date_fmt"]
    meta = [("Invoice no.", d["number"]), ("Issue date", d["issued"].strftime(fmt)),
            ("Due date", d["due"].strftime(fmt))]
    for i, (k, v) in enumerate(meta):
        put((meta_x, 150 + 28 * i), k, fb, 16)
        put((meta_x + 130, 150 + 28 * i), v, f, 16)
    top = 280
    dr.rectangle((40, top, 760, top + 36), fill=tuple(int(c + (255 - c) * 0.82) for c in acc))
    cols = [(50, "Description"), (430, "Qty"), (520, "Unit price"), (660, "Amount")]
    for x, head in cols:
        put((x, top + 8), head, fb, 16)
    y = top + 50
    for name, qty, price in d["lines"]:
        put((50, y), name, f, 16)
        put((435, y), str(qty), f, 16)
        put((520, y), money(price), f, 16)
        put((660, y), money(qty * price), f, 16)
        dr.line((40, y + 30, 760, y + 30), fill=(215, 215, 215))
        y += 42
    y += 20
    totals = [(f"Tax ({int(d['rate'] * 100)}%)", d["tax"]), ("Total due", d["total"])]
    if style["subtotal"]:
        totals.insert(0, ("Subtotal", d["subtotal"]))
    for label, value in totals:
        bold = label == "Total due"
        put((500, y), label, fb if bold else f, 18 if bold else 16)
        put((660, y), money(value), fb if bold else f, 18 if bold else 16)
        y += 32
    put((40, 900), f"Payment within terms. Please quote {d['number']} with your transfer.", f, 14, (110, 110, 110))
    save_png(img, path)
    return texts


def invoices(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    datas = [_invoice_data(rng, i) for i in range(4)]
    asks = [
        lambda d: [Q("who is this invoice addressed to?", d["client"][0], d["client"][1], "party"),
                   Q("when's payment due", d["due"].strftime(d["date_fmt"]), "date", "read")],
        lambda d: [Q("Who sent me this invoice?", d["sender"], "organisation", "party"),
                   Q("total amount due pls", num(d["total"]), "money", "read")],
        lambda d: [Q("what do the line items come to before tax", num(d["subtotal"]), "money", "sum"),
                   Q("how many line items r on this invoice", str(len(d["lines"])), "number", "count")],
        lambda d: [Q("Which item on the invoice has the highest unit price?",
                     max(d["lines"], key=lambda ln: ln[2])[0], "text", "argmax"),
                   Q("invoice number?", d["number"], "text", "read")],
    ]
    for i, d in enumerate(datas):
        name = f"invoice_{i + 1}"
        texts = _draw_invoice(d, INVOICE_STYLES[i], out / f"{name}.png")
        scenes.append(Scene(name, "invoice", asks[i](d), texts))
    return scenes


STORES = [("GREENGROCER & CO", "mono"), ("Fenwick Hardware", "lib_sans"), ("LA PETITE BOULANGERIE", "nimbus_mono")]
GOODS = [["Bananas 1kg", "Oat milk", "Sourdough loaf", "Cherry tomatoes", "Free-range eggs x6", "Basil pot"],
         ["Wood screws 4x40", "Masking tape", "Sandpaper P120", "Paint brush 50mm", "Wall plugs x50"],
         ["Croissant", "Pain au chocolat", "Baguette tradition", "Tarte au citron", "Café crème"]]


def _receipt(rng: random.Random, idx: int, path: Path) -> tuple[dict, list[str]]:
    store, fname = STORES[idx]
    names = rng.sample(GOODS[idx], rng.choice([4, 5]))
    cents = rng.sample(range(95, 1450, 5), len(names))
    items = [(n, c / 100) for n, c in zip(names, cents, strict=True)]
    discount = round(rng.choice([0.0, 1.5, 2.0]) if idx != 2 else 0.0, 2)
    total = round(sum(p for _, p in items) - discount, 2)
    paid = ["card", "cash", "card"][idx]
    when = date(2026, 3, 1) + timedelta(days=rng.randrange(200))
    tendered = (int(total // 10) + 1) * 10.0
    head = [store, "Unit 4, Market Street", f"{when:%d.%m.%Y}  {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"]
    body: list[tuple[str, str]] = [(n, f"{p:.2f}") for n, p in items]
    if discount:
        body.append(("Loyalty discount", f"{-discount:.2f}"))
    body += [("-" * 30, ""), ("TOTAL", f"{total:.2f}"), ("", "")]
    if paid == "card":
        body.append(("VISA **** 4821  APPROVED", ""))
    else:
        body += [("CASH", f"{tendered:.2f}"), ("CHANGE", f"{tendered - total:.2f}")]
    tail = "Thank you - merci!"
    img = Image.new("RGB", (400, 90 + 26 * (len(head) + len(body) + 2)), (252, 250, 243))
    dr = ImageDraw.Draw(img)
    fnt = font(fname, 17 if fname != "lib_sans" else 16)
    y = 30
    for line in head:
        dr.text(((400 - text_width(dr, line, fnt)) // 2, y), line, font=fnt, fill=(40, 40, 40))
        y += 26
    y += 26
    for left, right in body:
        # Prices right-aligned at a fixed edge, as a till printer does, whatever the font.
        dr.text((25, y), left, font=fnt, fill=(40, 40, 40))
        dr.text((375 - text_width(dr, right, fnt), y), right, font=fnt, fill=(40, 40, 40))
        y += 26
    dr.text(((400 - text_width(dr, tail, fnt)) // 2, y + 26), tail, font=fnt, fill=(40, 40, 40))
    lines = [*head, *(f"{a} {b}" for a, b in body), tail]
    save_png(img, path)
    return {"items": items, "total": total, "store": store, "paid": paid, "discount": discount}, lines


def receipts(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    for i in range(3):
        name = f"receipt_{i + 1}"
        d, texts = _receipt(rng, i, out / f"{name}.png")
        if i == 0:
            qs = [Q("How much did I pay in total?", num(d["total"]), "money", "read"),
                  Q("cheapest thing i bought", min(d["items"], key=lambda it: it[1])[0], "text", "argmin")]
        elif i == 1:
            mean = sum(p for _, p in d["items"]) / len(d["items"])
            qs = [Q("what shop is this receipt from", d["store"], "organisation", "party"),
                  Q("whats the average item price on this receipt (before any discount)", num(round(mean, 2)),
                    "money", "mean")]
        else:
            qs = [Q("did i pay by card or cash", d["paid"], "option", "read"),
                  Q("Was any discount applied on this receipt?", "yes" if d["discount"] else "no", "yesno",
                    "exists")]
        scenes.append(Scene(name, "receipt", qs, texts))
    return scenes
