# ruff: noqa: E501, B905
"""Build clean_test2: everyday chat-pasted images with golds computed from the generated data.

Run:  /work/main/.venv/bin/python benchmarks/clean_test2/build.py
Needs headless chromium on PATH (HTML scenes) and matplotlib (charts).
Writes images/*.png and manifest.jsonl next to this file. Fixed seed; reproducible.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

SEED = 20261204
ROOT = Path(__file__).resolve().parent
IMG = ROOT / "images"
TMP = Path(tempfile.mkdtemp(prefix="ct2_html_"))

SANS = ["DejaVu Sans", "Liberation Sans", "Nimbus Sans", "URW Gothic"]
SERIF = ["Liberation Serif", "DejaVu Serif", "C059", "P052", "URW Bookman"]
MONO = ["DejaVu Sans Mono", "Liberation Mono", "Nimbus Mono PS"]

FIRST = ["Marisol", "Tobias", "Ingrid", "Kwame", "Priya", "Declan", "Yuki", "Oksana", "Rafael",
         "Henrietta", "Bartholomew", "Anouk", "Soren", "Leila", "Cormac", "Thandiwe", "Ezra",
         "Mireille", "Dmitri", "Noor", "Ottilie", "Caspian", "Fenna", "Joaquim", "Aurelio", "Brynja"]
LAST = ["Vandermeer", "Okafor", "Lindqvist", "Castellanos", "Brightwell", "Nakashima", "Ferreira",
        "Halloran", "Petrakis", "Achterberg", "Mbeki", "Quennell", "Szabo", "Ravensworth", "Tamura",
        "Oyelaran", "Fairbairn", "Kowalczyk", "Esterhazy", "Dunmore", "Whitlock", "Abernathy"]
FIRMS = ["Brightwater Joinery Ltd", "Kestrel & Finch Outfitters", "Halvorsen Print Co.",
         "Larkspur Analytics GmbH", "Copperline Plumbing LLC", "Tidewell Marine Supply",
         "Oakhollow Design Studio", "Northgate Catering", "Quillmore Legal Services",
         "Bramblecrest Farms", "Ferrovia Logistics SA", "Saltmarsh Software Inc.",
         "Pemberton Glassworks", "Velvet Fern Florists"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

RECORDS: list[dict] = []
COUNTER = [0]


def esc(s) -> str:
    return html.escape(str(s))


def person(rng: random.Random, used: set | None = None) -> str:
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n


def rdate(rng: random.Random, y0=2026, y1=2026) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(13, 28))


def fdate(d: dt.date, style: str) -> tuple[str, str]:
    """Return (printed form, gold form)."""
    if style == "long":
        s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        return s, s
    if style == "dmy":
        s = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        return s, s
    if style == "iso":
        return d.isoformat(), d.isoformat()
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat()
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat()
    if style == "upper":
        s = f"{d.day:02d} {MONTHS[d.month - 1][:3].upper()} {d.year}"
        return s, d.isoformat()
    raise ValueError(style)


def money(x: float, cur: str) -> str:
    if cur == "¥":
        return f"¥{round(x):,}"
    if cur == "CHF":
        return f"CHF {x:,.2f}"
    return f"{cur}{x:,.2f}"


def add(image: str, category: str, q: str, a, atype: str, intent: str, literal: bool) -> None:
    COUNTER[0] += 1
    RECORDS.append({"id": f"c2-{COUNTER[0]:04d}", "image": f"images/{image}.png", "question": q,
                    "answer": str(a), "answer_type": atype, "category": category, "intent": intent,
                    "literal": literal})


def shrink(path: Path) -> None:
    if path.stat().st_size > 150_000:
        im = Image.open(path).convert("RGB")
        im.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def render(name: str, body: str, w: int, h: int, css: str = "", bg: str = "#fff",
           font: str = "DejaVu Sans") -> None:
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><style>*{{box-sizing:border-box}}"
           f"html,body{{margin:0;padding:0;width:{w}px;height:{h}px;overflow:hidden;background:{bg};"
           f"font-family:'{font}'}}{css}</style></head><body>{body}</body></html>")
    src = TMP / f"{name}.html"
    src.write_text(doc, encoding="utf-8")
    out = IMG / f"{name}.png"
    subprocess.run(["nice", "chromium", "--headless", "--disable-gpu", "--no-sandbox",
                    "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size={w},{h}",
                    f"--screenshot={out}", src.as_uri()], check=True, capture_output=True,
                   timeout=180)
    shrink(out)


def save_fig(fig, name: str) -> None:
    out = IMG / f"{name}.png"
    fig.savefig(out, dpi=100)
    plt.close(fig)
    shrink(out)


# ----------------------------------------------------------------------------- receipts
ITEMS = [("Oak shelf bracket (pair)", 8, 30), ("Walnut desk organiser", 25, 80),
         ("Brass cabinet hinge", 3, 12), ("Linen table runner", 15, 45),
         ("Ceramic planter, large", 20, 70), ("LED strip 5 m", 12, 40),
         ("Site survey (hours)", 60, 140), ("Design consultation", 90, 300),
         ("Printed banner A1", 30, 90), ("Delivery & handling", 10, 35),
         ("Stainless kettle", 25, 65), ("Wool throw blanket", 40, 120),
         ("USB-C docking hub", 45, 160), ("Copper pipe 22mm x 3m", 14, 38),
         ("Annual support plan", 150, 600), ("Label printer ribbon", 6, 22),
         ("Espresso beans 1kg", 18, 36), ("Hand-thrown mug", 12, 28)]
GROCERY = ["Sourdough loaf", "Oat milk 1L", "Free-range eggs", "Basmati rice 2kg",
           "Cherry tomatoes", "Greek yoghurt", "Aged cheddar", "Bananas", "Dark chocolate 85%",
           "Olive oil 500ml", "Ground coffee", "Sparkling water", "Fresh basil",
           "Smoked salmon", "Penne pasta", "Avocados"]


def line_items(rng, n, cur, need_unique_max=True):
    while True:
        picks = rng.sample(ITEMS, n)
        rows = []
        for name, lo, hi in picks:
            unit = rng.randint(lo, hi) if cur == "¥" else rng.randint(lo * 100, hi * 100) / 100
            if cur == "¥":
                unit *= 100
            qty = rng.choice([1, 1, 1, 2, 3, 4])
            rows.append([name, qty, unit, qty * unit])
        units = [r[2] for r in rows]
        totals = [r[3] for r in rows]
        if not need_unique_max:
            return rows
        iu = units.index(max(units))
        it = totals.index(max(totals))
        if units.count(max(units)) == 1 and totals.count(max(totals)) == 1 and iu == it:
            return rows


def receipts():
    cat = "invoice_receipt"
    # r1: classic US invoice, serif
    rng = random.Random(f"{SEED}-r1")
    cur = "$"
    rows = line_items(rng, 5, cur)
    sub = round(sum(r[3] for r in rows), 2)
    tax = round(sub * 0.0825, 2)
    total = round(sub + tax, 2)
    issue = rdate(rng)
    due = issue + dt.timedelta(days=30)
    seller = rng.choice(FIRMS)
    buyer = person(rng)
    inv_no = f"INV-{rng.randint(10000, 99999)}"
    due_p, due_g = fdate(due, "long")
    trs = "".join(f"<tr><td>{esc(r[0])}</td><td class=n>{r[1]}</td><td class=n>{money(r[2], cur)}</td>"
                  f"<td class=n>{money(r[3], cur)}</td></tr>" for r in rows)
    body = f"""<div class=pg><div class=hd><div><h1>{esc(seller)}</h1><div>418 Millrace Road<br>Ashford, OR 97520</div></div>
<div class=r><h2>INVOICE</h2><div>No. {inv_no}</div><div>Issued: {fdate(issue, 'long')[0]}</div><div><b>Due: {due_p}</b></div></div></div>
<div class=bill><b>Bill to</b><br>{esc(buyer)}<br>77 Larch Crescent<br>Eugene, OR 97401</div>
<table><tr><th>Description</th><th class=n>Qty</th><th class=n>Unit price</th><th class=n>Amount</th></tr>{trs}</table>
<div class=tot><div>Subtotal <span>{money(sub, cur)}</span></div><div>Sales tax (8.25%) <span>{money(tax, cur)}</span></div>
<div class=g>Total due <span>{money(total, cur)}</span></div></div><p class=ft>Thank you for your business. Please pay by bank transfer within 30 days.</p></div>"""
    css = """.pg{padding:50px 60px;font-size:17px;color:#222}.hd{display:flex;justify-content:space-between}
h1{font-size:28px;margin:0 0 8px}h2{font-size:34px;margin:0;color:#7a4b2a;letter-spacing:3px}.r{text-align:right}
.bill{margin:36px 0 24px}table{width:100%;border-collapse:collapse}th{background:#7a4b2a;color:#fff;text-align:left;padding:9px}
td{padding:9px;border-bottom:1px solid #ccc}.n{text-align:right}.tot{margin:20px 0 0 auto;width:360px}
.tot div{display:flex;justify-content:space-between;padding:5px 0}.g{font-weight:bold;font-size:20px;border-top:2px solid #222}
.ft{margin-top:40px;color:#666;font-size:14px}"""
    render("invoice_classic_usd", body, 1000, 1000, css, font="Liberation Serif")
    add("invoice_classic_usd", cat, rng.choice(["what's the total due on this invoice", "How much do I owe in total?",
        "total amount on this invoice?"]), money(total, cur), "money", "total", True)
    add("invoice_classic_usd", cat, "when is this one due", due_g, "date", "due_date", True)

    # r2: thermal receipt on a phone, EUR, monospace; all quantities 1
    rng = random.Random(f"{SEED}-r2")
    while True:
        names = rng.sample(GROCERY, rng.randint(7, 10))
        prices = [rng.randint(89, 1299) / 100 for _ in names]
        if prices.count(max(prices)) == 1:
            break
    sub = round(sum(prices), 2)
    shop = rng.choice(["MARKTHALLE KOLBE", "EPICERIE DU CANAL", "DROGERIE VENTURA", "FRISCHEMARKT SOLM"])
    d = rdate(rng)
    lines = "".join(f"<div class=l><span>{esc(n.upper())}</span><span>{p:.2f} €</span></div>" for n, p in zip(names, prices))
    body = f"""<div class=rc><div class=c><b>{shop}</b><br>Hauptstr. 12, 50667 Köln<br>Tel 0221 448190</div><hr>
<div>{fdate(d, 'dot')[0]}  14:{rng.randint(10, 59)}   Kasse 3</div><hr>{lines}<hr>
<div class=l><b>SUMME</b><b>{sub:.2f} €</b></div><div class=l><span>BAR</span><span>{sub + rng.randint(1, 9):.2f} €</span></div>
<hr><div class=c>Vielen Dank für Ihren Einkauf!</div></div>"""
    css = """body{display:flex;justify-content:center;align-items:flex-start}.rc{margin-top:30px;width:340px;background:#fffdf6;
padding:22px;font-size:15px;box-shadow:0 2px 10px #0004;line-height:1.45}.c{text-align:center}.l{display:flex;justify-content:space-between}
hr{border:none;border-top:1px dashed #555}"""
    render("receipt_thermal_eur", body, 400, 720, css, bg="#d9d4cc", font=rng.choice(MONO))
    add("receipt_thermal_eur", cat, rng.choice(["which thing on this receipt was the priciest?",
        "most expensive item on my receipt"]), names[prices.index(max(prices))].upper(), "text", "most_expensive_item", True)
    add("receipt_thermal_eur", cat, rng.choice(["how many different products are on this receipt", "how many line items r on the receipt"]), len(names), "count", "item_count", False)

    # r3: modern GBP invoice, sans, VAT
    rng = random.Random(f"{SEED}-r3")
    cur = "£"
    rows = line_items(rng, 4, cur)
    sub = round(sum(r[3] for r in rows), 2)
    vat = round(sub * 0.20, 2)
    total = round(sub + vat, 2)
    seller = rng.choice(FIRMS)
    buyer = person(rng)
    issue = rdate(rng)
    due = issue + dt.timedelta(days=14)
    trs = "".join(f"<tr><td>{esc(r[0])}</td><td>{r[1]}</td><td>{money(r[2], cur)}</td><td>{money(r[3], cur)}</td></tr>" for r in rows)
    body = f"""<div class=top><div class=logo>{esc(seller)}</div><div class=meta>Invoice #{rng.randint(2000, 2999)}<br>
Date: {fdate(issue, 'dmy')[0]}<br>Payment due: {fdate(due, 'dmy')[0]}</div></div>
<div class=cols><div><small>INVOICE TO</small><br><b>{esc(buyer)}</b><br>Flat 3, 19 Cromwell Terrace<br>Leeds LS6 2QT</div>
<div><small>PAY TO</small><br>Sort code 40-22-17<br>Account 61839204</div></div>
<table><tr><th>Item</th><th>Qty</th><th>Price</th><th>Total</th></tr>{trs}</table>
<div class=sum><div>Subtotal</div><div>{money(sub, cur)}</div><div>VAT 20%</div><div>{money(vat, cur)}</div>
<div class=b>Total</div><div class=b>{money(total, cur)}</div></div>"""
    css = """body{color:#1d2a3a;font-size:16px}.top{background:#1d6f6a;color:#fff;padding:30px 48px;display:flex;justify-content:space-between}
.logo{font-size:26px;font-weight:bold}.meta{text-align:right;line-height:1.6}.cols{display:flex;gap:120px;padding:30px 48px;line-height:1.5}
small{color:#1d6f6a;font-weight:bold;letter-spacing:1px}table{margin:0 48px;width:calc(100% - 96px);border-collapse:collapse}
th{text-align:left;border-bottom:2px solid #1d6f6a;padding:8px}td{padding:10px 8px;border-bottom:1px solid #e3e3e3}
.sum{display:grid;grid-template-columns:160px 130px;justify-content:end;margin:24px 48px;gap:6px;text-align:right}.b{font-weight:bold;font-size:19px}"""
    render("invoice_modern_gbp", body, 900, 760, css, font=rng.choice(SANS))
    add("invoice_modern_gbp", cat, rng.choice(["who is this invoice addressed to?", "Who's the invoice made out to"]),
        buyer, "person", "addressed_to", True)
    add("invoice_modern_gbp", cat, "How much VAT is on it?", money(vat, cur), "money", "tax", True)

    # r4: dark order confirmation email, USD
    rng = random.Random(f"{SEED}-r4")
    cur = "$"
    rows = line_items(rng, 4, cur)
    ship = rng.choice([0.0, 4.99, 7.5, 12.0])
    sub = round(sum(r[3] for r in rows), 2)
    total = round(sub + ship, 2)
    target = rng.choice(rows)
    shop = rng.choice(["Loomwise", "Parcelbird", "Hearthly", "Trailmix Outdoor"])
    trs = "".join(f"<div class=it><div><b>{esc(r[0])}</b><br><span>Qty {r[1]}</span></div><div>{money(r[3], cur)}</div></div>" for r in rows)
    body = f"""<div class=wrap><div class=brand>{shop}</div><h2>Thanks, your order is confirmed</h2>
<p>Order #{rng.randint(100000, 999999)} · placed {fdate(rdate(rng), 'long')[0]}</p>{trs}
<div class=it><div>Subtotal</div><div>{money(sub, cur)}</div></div><div class=it><div>Shipping</div><div>{money(ship, cur) if ship else 'Free'}</div></div>
<div class='it t'><div>Order total</div><div>{money(total, cur)}</div></div></div>"""
    css = """body{color:#e6e6e6;font-size:16px}.wrap{width:620px;margin:30px auto;background:#23262d;border-radius:10px;padding:30px}
.brand{color:#f0a35e;font-weight:bold;font-size:22px}h2{font-weight:normal}p{color:#9aa}.it{display:flex;justify-content:space-between;
padding:12px 0;border-bottom:1px solid #3a3e47}.it span{color:#9aa;font-size:14px}.t{font-size:20px;font-weight:bold;border:none}"""
    render("order_email_dark", body, 760, 820, css, bg="#15171b", font=rng.choice(SANS))
    add("order_email_dark", cat, rng.choice([f"how much did I pay for the {target[0].lower()}?", f"What did the {target[0]} cost me"]),
        money(target[3], cur), "money", "line_price", True)
    add("order_email_dark", cat, "whats the order total incl shipping", money(total, cur), "money", "total", True)

    # r5: JPY cafe receipt, tax included line
    rng = random.Random(f"{SEED}-r5")
    menu = ["Hojicha latte", "Matcha roll cake", "Egg sando", "Iced americano", "Curry bread",
            "Yuzu soda", "Strawberry parfait", "Onigiri set"]
    names = rng.sample(menu, 5)
    prices = [rng.randint(3, 16) * 50 for _ in names]
    sub = sum(prices)
    tax = sub * 8 // 100
    total = sub + tax
    body = "<div class=rc><div class=c><b>KISSA HANAMIZUKI</b><br>2-14-7 Nakameguro, Tokyo</div><hr>" + "".join(
        f"<div class=l><span>{n}</span><span>{money(p, '¥')}</span></div>" for n, p in zip(names, prices)) + \
        f"""<hr><div class=l><span>Subtotal</span><span>{money(sub, '¥')}</span></div><div class=l><span>Tax (8%)</span><span>{money(tax, '¥')}</span></div>
<div class='l b'><span>TOTAL</span><span>{money(total, '¥')}</span></div><hr><div class=c>{fdate(rdate(rng), 'iso')[0]} 11:42</div></div>"""
    css = """.rc{margin:24px auto;width:330px;background:#fff;padding:20px;font-size:16px;line-height:1.6;border:1px solid #ccc}
.c{text-align:center}.l{display:flex;justify-content:space-between}.b{font-weight:bold;font-size:19px}hr{border:none;border-top:1px solid #999}"""
    render("receipt_cafe_jpy", body, 380, 560, css, bg="#eef1f4", font="DejaVu Sans")
    add("receipt_cafe_jpy", cat, "how much tax was charged?", money(tax, "¥"), "money", "tax", True)
    add("receipt_cafe_jpy", cat, rng.choice(["Total on this receipt?", "what did this come to in total"]),
        money(total, "¥"), "money", "total", True)

    # r6: CHF invoice, ISO dates, "from" question
    rng = random.Random(f"{SEED}-r6")
    cur = "CHF"
    rows = line_items(rng, 6, cur)
    sub = round(sum(r[3] for r in rows), 2)
    vat = round(sub * 0.081, 2)
    total = round(sub + vat, 2)
    seller = "Ferrovia Logistics SA"
    buyer = rng.choice(["Pemberton Glassworks", "Bramblecrest Farms", "Velvet Fern Florists"])
    issue = rdate(rng)
    due = issue + dt.timedelta(days=rng.choice([10, 20, 30]))
    trs = "".join(f"<tr><td>{i + 1}</td><td>{esc(r[0])}</td><td>{r[1]}</td><td>{r[2]:,.2f}</td><td>{r[3]:,.2f}</td></tr>"
                  for i, r in enumerate(rows))
    body = f"""<div class=pg><div class=sender>{seller} · Via Cantonale 8 · 6900 Lugano</div>
<div class=addr>{buyer}<br>Attn: Accounts Payable<br>Seestrasse 120<br>8002 Zürich</div>
<h1>Rechnung / Invoice {rng.randint(2026000, 2026999)}</h1>
<div class=dates>Invoice date: {issue.isoformat()} &nbsp;&nbsp; Due date: {due.isoformat()} &nbsp;&nbsp; Currency: CHF</div>
<table><tr><th>#</th><th>Description</th><th>Qty</th><th>Unit (CHF)</th><th>Amount (CHF)</th></tr>{trs}
<tr class=s><td></td><td colspan=3>Net amount</td><td>{sub:,.2f}</td></tr><tr class=s><td></td><td colspan=3>VAT 8.1%</td><td>{vat:,.2f}</td></tr>
<tr class='s b'><td></td><td colspan=3>Total CHF</td><td>{total:,.2f}</td></tr></table></div>"""
    css = """.pg{padding:40px 56px;font-size:15px;color:#111}.sender{font-size:13px;text-decoration:underline;color:#555}
.addr{margin:14px 0 40px;line-height:1.5}h1{font-size:22px}.dates{margin-bottom:20px}table{width:100%;border-collapse:collapse}
th{text-align:left;border-bottom:1px solid #000;padding:6px}td{padding:6px;border-bottom:1px solid #ddd}.s td{border:none}.b td{font-weight:bold;border-top:1px solid #000}"""
    render("invoice_swiss_chf", body, 860, 860, css, font="Nimbus Sans")
    add("invoice_swiss_chf", cat, rng.choice(["who sent me this invoice", "Which company is this bill from?"]),
        seller, "text", "sender", True)
    add("invoice_swiss_chf", cat, "payment due date?", due.isoformat(), "date", "due_date", True)


# ----------------------------------------------------------------------------- cards & tickets
def cards():
    cat = "card_ticket"
    # k1: ID card
    rng = random.Random(f"{SEED}-k1")
    given, sur = rng.choice(FIRST), rng.choice(LAST)
    dob = dt.date(rng.randint(1965, 2001), rng.randint(1, 12), rng.randint(13, 28))
    exp = dt.date(rng.randint(2029, 2034), rng.randint(1, 12), rng.randint(13, 28))
    iss = dt.date(exp.year - 10, exp.month, exp.day)
    nat = rng.choice(["CANADIAN", "IRISH", "NORWEGIAN", "PORTUGUESE", "NEW ZEALANDER"])
    idno = f"{rng.choice('LKTRX')}{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGH')}"
    f = lambda k, v: f"<div class=f><small>{k}</small><div>{v}</div></div>"  # noqa: E731
    body = f"""<div class=card><div class=band>IDENTITY CARD · CARTE D'IDENTITÉ</div><div class=in><div class=ph></div><div class=gr>
{f('Surname / Nom', sur.upper())}{f('Given names / Prénoms', given.upper())}{f('Nationality', nat)}{f('Sex', rng.choice('MF'))}
{f('Date of birth', fdate(dob, 'upper')[0])}{f('Document no.', idno)}{f('Date of issue', fdate(iss, 'upper')[0])}{f('Date of expiry', fdate(exp, 'upper')[0])}
</div></div></div>"""
    css = """body{display:flex;align-items:center;justify-content:center}.card{width:820px;height:500px;border-radius:22px;
background:linear-gradient(135deg,#dfeee8,#c7dbe8);box-shadow:0 4px 18px #0005;overflow:hidden}.band{background:#24506b;color:#fff;padding:16px 28px;
font-weight:bold;letter-spacing:2px}.in{display:flex;padding:28px;gap:30px}.ph{width:190px;height:240px;background:#9fb2bf;border-radius:8px}
.gr{display:grid;grid-template-columns:1fr 1fr;gap:14px 30px;font-size:19px}small{font-size:12px;color:#4b6475}"""
    render("id_card", body, 900, 580, css, bg="#8a8f94", font="DejaVu Sans")
    add("id_card", cat, rng.choice(["what's the date of birth on this ID", "DOB on the card?"]), dob.isoformat(), "date", "date_of_birth", True)
    add("id_card", cat, "When does this ID expire", exp.isoformat(), "date", "expiry", True)

    # k2: dark membership card
    rng = random.Random(f"{SEED}-k2")
    who = person(rng)
    mno = f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    until = dt.date(2027, rng.randint(1, 12), rng.randint(13, 28))
    club = rng.choice(["IRONBARK FITNESS", "CEDARWOOD CLIMBING CLUB", "HARBOUR LIGHTS SWIM CENTRE"])
    body = f"""<div class=card><div class=club>{club}</div><div class=tier>PLATINUM MEMBER</div><div class=name>{who}</div>
<div class=row><div><small>MEMBER NO.</small><br>{mno}</div><div><small>VALID THRU</small><br>{until.month:02d}/{until.day:02d}/{until.year}</div></div></div>"""
    css = """body{display:flex;align-items:center;justify-content:center}.card{width:640px;height:400px;border-radius:20px;padding:34px;
background:linear-gradient(120deg,#111,#33302a);color:#e9d9a6}.club{font-size:24px;font-weight:bold;letter-spacing:2px}.tier{color:#b9a878;margin-top:6px}
.name{font-size:30px;margin-top:90px;color:#fff}.row{display:flex;gap:80px;margin-top:24px;font-size:22px}small{font-size:12px;color:#b9a878}"""
    render("membership_card_dark", body, 720, 480, css, bg="#f3f3f3", font=rng.choice(["Liberation Sans", "URW Gothic"]))
    add("membership_card_dark", cat, rng.choice(["membership number?", "what's my member no on this card"]), mno, "code", "card_number", True)
    add("membership_card_dark", cat, "how long is this membership valid until", until.isoformat(), "date", "expiry", True)

    # k3: paper boarding pass, wide
    rng = random.Random(f"{SEED}-k3")
    who = person(rng)
    gate = f"{rng.choice('ABCDE')}{rng.randint(2, 48)}"
    seat = f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"
    flight = f"{rng.choice(['QV', 'NL', 'TK', 'FE'])} {rng.randint(100, 2999)}"
    bt = f"{rng.randint(6, 21):02d}:{rng.choice(['05', '20', '35', '50'])}"
    org, dst = rng.sample([("LIS", "Lisbon"), ("CPH", "Copenhagen"), ("YUL", "Montreal"), ("ATH", "Athens"), ("DUB", "Dublin")], 2)
    dd = rdate(rng)
    g = lambda k, v: f"<div><small>{k}</small><b>{v}</b></div>"  # noqa: E731
    body = f"""<div class=bp><div class=main><div class=air>NORDLINE AIR <span>BOARDING PASS</span></div>
<div class=pax><small>PASSENGER</small><b>{who.upper()}</b></div><div class=route><div><b>{org[0]}</b><br>{org[1]}</div><div class=arrow>✈</div><div><b>{dst[0]}</b><br>{dst[1]}</div></div>
<div class=grid>{g('FLIGHT', flight)}{g('DATE', fdate(dd, 'dmy')[0].upper())}{g('BOARDING', bt)}{g('GATE', gate)}{g('SEAT', seat)}{g('ZONE', rng.randint(1, 5))}</div></div>
<div class=stub><small>PASSENGER</small><b>{who.upper()}</b><small>FLIGHT</small><b>{flight}</b><small>SEAT</small><b>{seat}</b><small>GATE</small><b>{gate}</b></div></div>"""
    css = """body{display:flex;align-items:center;justify-content:center}.bp{display:flex;width:1100px;height:400px;background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 3px 12px #0003}
.main{flex:1;padding:26px 34px}.air{font-weight:bold;color:#b02a37;font-size:22px}.air span{color:#333;margin-left:24px;font-weight:normal;font-size:17px}
small{display:block;font-size:11px;color:#777;margin-top:8px}b{font-size:19px}.pax{margin-top:10px}.route{display:flex;gap:40px;align-items:center;margin:12px 0}
.route b{font-size:36px}.arrow{font-size:30px;color:#b02a37}.grid{display:grid;grid-template-columns:repeat(6,1fr)}
.stub{width:250px;border-left:2px dashed #bbb;padding:22px;background:#fbf4f4}"""
    render("boarding_pass_paper", body, 1160, 460, css, bg="#cfd6dd", font=rng.choice(SANS))
    add("boarding_pass_paper", cat, rng.choice(["which gate am i flying from", "what gate?"]), gate, "code", "gate", True)
    add("boarding_pass_paper", cat, "What seat number do I have", seat, "code", "seat", True)

    # k4: mobile wallet boarding pass, dark
    rng = random.Random(f"{SEED}-k4")
    who = person(rng)
    seat = f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"
    bt = f"{rng.randint(6, 21):02d}:{rng.choice(['10', '25', '40', '55'])}"
    dep = f"{int(bt[:2]) + 1:02d}:{bt[3:]}"
    flight = f"SK{rng.randint(400, 1999)}"
    body = f"""<div class=bar>9:41</div><div class=pass><div class=top><span>Skylark Airways</span><span>{flight}</span></div>
<div class=route><div><b>OSL</b><br>Oslo</div><div><b>EDI</b><br>Edinburgh</div></div>
<div class=two><div><small>Boarding</small><br>{bt}</div><div><small>Departs</small><br>{dep}</div></div>
<div class=two><div><small>Passenger</small><br>{who}</div><div><small>Seat</small><br>{seat}</div></div>
<div class=two><div><small>Group</small><br>{rng.randint(1, 6)}</div><div><small>Gate</small><br>Opens 40 min before</div></div><div class=qr></div></div>"""
    css = """body{color:#fff}.bar{padding:14px 26px;font-weight:bold}.pass{margin:10px 16px;background:#1b2a4a;border-radius:18px;padding:22px;font-size:20px}
.top{display:flex;justify-content:space-between;color:#8fb3ff}.route{display:flex;justify-content:space-between;margin:26px 0}.route b{font-size:44px}
.two{display:flex;justify-content:space-between;margin:18px 0}.two div:last-child{text-align:right}small{color:#8fb3ff;font-size:14px}
.qr{width:180px;height:180px;margin:26px auto 0;background:repeating-linear-gradient(45deg,#fff 0 6px,#1b2a4a 6px 12px)}"""
    render("boarding_pass_wallet", body, 390, 844, css, bg="#000", font="DejaVu Sans")
    add("boarding_pass_wallet", cat, "what time does boarding start", bt, "time", "boarding_time", True)
    add("boarding_pass_wallet", cat, rng.choice(["seat?", "which seat is this pass for"]), seat, "code", "seat", True)

    # k5: event ticket
    rng = random.Random(f"{SEED}-k5")
    band = rng.choice(["The Marrow Tides", "Glasshouse Parade", "Juniper & The Owls"])
    venue = rng.choice(["Palisade Arena", "Old Mint Hall", "Riverside Amphitheatre"])
    d = rdate(rng)
    sec, row, st = f"{rng.randint(101, 128)}", rng.choice("BCDFGHJKLM"), rng.randint(1, 30)
    body = f"""<div class=t><div class=l><div class=pre>LIVE IN CONCERT</div><div class=band>{band}</div><div class=v>{venue}</div>
<div class=d>{fdate(d, 'long')[0]} · Doors 19:00</div><div class=g><div><small>SECTION</small>{sec}</div><div><small>ROW</small>{row}</div><div><small>SEAT</small>{st}</div></div></div>
<div class=r><small>ADMIT ONE</small><br>#{rng.randint(10**9, 10**10 - 1)}</div></div>"""
    css = """body{display:flex;align-items:center;justify-content:center}.t{display:flex;width:900px;height:330px;background:#5b2a86;color:#fff;border-radius:12px;overflow:hidden}
.l{flex:1;padding:28px}.pre{letter-spacing:4px;font-size:14px;color:#e6c7ff}.band{font-size:44px;font-weight:bold;margin:8px 0}.v{font-size:22px}
.d{margin-top:8px;font-size:18px;color:#f2e3ff}.g{display:flex;gap:50px;margin-top:24px;font-size:30px;font-weight:bold}small{display:block;font-size:12px;color:#e6c7ff;font-weight:normal}
.r{width:200px;background:#f4c542;color:#331a47;padding:28px;font-size:18px;border-left:3px dashed #331a47}"""
    render("event_ticket", body, 960, 400, css, bg="#eae6ee", font=rng.choice(["URW Gothic", "DejaVu Sans"]))
    add("event_ticket", cat, rng.choice(["what date is the concert", "when's the gig? date pls"]), fdate(d, "long")[1], "date", "event_date", True)
    add("event_ticket", cat, "which row am i sitting in", row, "code", "seat_row", True)

    # k6: shipping label
    rng = random.Random(f"{SEED}-k6")
    to = person(rng)
    frm = rng.choice(FIRMS)
    trk = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    wt = rng.randint(11, 95) / 10
    body = f"""<div class=lab><div class=s><small>FROM:</small> {frm}<br>2200 Foundry Ave, Dayton OH 45402</div>
<div class=to><small>SHIP TO:</small><br><b>{to.upper()}</b><br>514 W HOLLIS ST APT 2B<br>NASHUA NH 03062</div>
<div class=svc>GROUND · {wt} LBS · 1 OF 1</div><div class=bc></div><div class=trk>TRACKING #: {trk}</div></div>"""
    css = """body{display:flex;justify-content:center;align-items:center}.lab{width:520px;height:760px;border:3px solid #000;padding:22px;background:#fff;font-size:17px}
.s{font-size:14px;border-bottom:2px solid #000;padding-bottom:12px}.to{font-size:22px;line-height:1.4;padding:22px 0;border-bottom:2px solid #000}
.svc{font-size:26px;font-weight:bold;padding:16px 0;border-bottom:2px solid #000}.bc{height:170px;margin:24px 10px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px)}
.trk{font-size:18px;font-weight:bold;text-align:center}"""
    render("shipping_label", body, 600, 820, css, bg="#c9b18f", font="Liberation Sans")
    add("shipping_label", cat, rng.choice(["tracking number on this label?", "Can you read me the tracking no"]), trk, "code", "tracking_number", True)
    add("shipping_label", cat, "who is the parcel being shipped to", to.upper(), "person", "recipient", True)


# ----------------------------------------------------------------------------- tables
def table_html(headers, rows, cls=""):
    h = "".join(f"<th>{esc(x)}</th>" for x in headers)
    b = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


def tables():
    cat = "table"
    # t1: server status
    rng = random.Random(f"{SEED}-t1")
    hosts = rng.sample(["atlas-07", "mossbank-02", "kite-db-1", "heron-cache", "quill-api-3", "vesper-12", "larch-worker-5",
                        "oriel-gw", "tamarisk-01", "brindle-09", "sable-mq", "fennel-ci"], 10)
    stat = [rng.choice(["Healthy", "Healthy", "Degraded", "Down", "Healthy"]) for _ in hosts]
    up = [f"{rng.randint(95, 99)}.{rng.randint(10, 99)}%" for _ in hosts]
    region = [rng.choice(["eu-west", "us-east", "ap-south"]) for _ in hosts]
    colors = {"Healthy": "#1e8e3e", "Degraded": "#d68a00", "Down": "#c5221f"}
    rows = [[h, r, f"<span style='color:{colors[s]}'>● {s}</span>", u] for h, r, s, u in zip(hosts, region, stat, up)]
    body = "<h2>Fleet status</h2>" + table_html(["Host", "Region", "Status", "Uptime (30d)"], rows)
    css = """body{padding:24px 34px;font-size:16px}h2{font-weight:600}table{border-collapse:collapse;width:100%}th{text-align:left;background:#f1f3f4;padding:10px}
td{padding:10px;border-bottom:1px solid #e0e0e0}"""
    render("table_fleet_status", body, 820, 640, css, font=rng.choice(SANS))
    s = rng.choice(["Degraded", "Healthy"])
    add("table_fleet_status", cat, rng.choice([f"how many hosts are {s.lower()}?", f"count of servers showing {s}"]), stat.count(s), "count", "count_status", False)
    i = rng.randrange(len(hosts))
    add("table_fleet_status", cat, f"What's the 30-day uptime for {hosts[i]}", up[i], "number", "cell_lookup", True)

    # t2: league table dark
    rng = random.Random(f"{SEED}-t2")
    teams = rng.sample(["Harrowgate Rovers", "Port Elspeth FC", "Dunmore Athletic", "Kilbride Town", "Ashcombe United",
                        "Westerly City", "Marlow Vale", "Inchcape Albion", "Redmere Wanderers", "Saltcoats Borough"], 8)
    while True:
        recs = []
        for t in teams:
            w = rng.randint(3, 20)
            d = rng.randint(1, min(9, 26 - w))
            lo = 26 - w - d
            gf, ga = rng.randint(20, 55), rng.randint(15, 50)
            recs.append([t, w + d + lo, w, d, lo, gf, ga, 3 * w + d])
        pts = [r[7] for r in recs]
        if len(set(pts)) == len(pts):
            break
    recs.sort(key=lambda r: -r[7])
    rows = [[i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6], f"{r[5] - r[6]:+d}", f"<b>{r[7]}</b>"] for i, r in enumerate(recs)]
    body = "<h3>Premier Division 2025/26</h3>" + table_html(["#", "Club", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"], rows)
    css = """body{padding:20px;color:#ddd;font-size:15px}h3{color:#fff}table{border-collapse:collapse;width:100%}th{color:#8b95a7;text-align:left;padding:8px;border-bottom:1px solid #333}
td{padding:9px 8px;border-bottom:1px solid #2a2f3a}tr:nth-child(even){background:#1b1f27}"""
    render("table_league_dark", body, 760, 500, css, bg="#12151b", font=rng.choice(SANS))
    a, b = rng.sample(recs[:6], 2)
    add("table_league_dark", cat, f"how many more points does {max(a, b, key=lambda r: r[7])[0]} have than {min(a, b, key=lambda r: r[7])[0]}",
        abs(a[7] - b[7]), "number", "row_difference", False)
    ga_min = min(r[6] for r in recs)
    if [r[6] for r in recs].count(ga_min) == 1:
        add("table_league_dark", cat, "which team has conceded the fewest goals", next(r[0] for r in recs if r[6] == ga_min), "text", "argmin_column", True)
    else:
        add("table_league_dark", cat, "which team's top of the table", recs[0][0], "text", "argmax_column", True)

    # t3: cafe price list sizes
    rng = random.Random(f"{SEED}-t3")
    drinks = ["Flat white", "Cortado", "Chai latte", "Mocha", "Cold brew", "Turmeric latte", "Hot chocolate", "London fog"]
    rows, grid = [], {}
    for dname in drinks:
        base = rng.randint(28, 42) / 10
        vals = [base, base + rng.choice([0.4, 0.5, 0.6]), base + rng.choice([0.9, 1.0, 1.2])]
        grid[dname] = vals
        rows.append([dname] + [f"${v:.2f}" for v in vals])
    body = "<div class=m><h1>Tallow Street Coffee</h1>" + table_html(["Drink", "Small", "Medium", "Large"], rows) + "</div>"
    css = """body{background:#2e2118;color:#f3e6d3}.m{padding:30px 40px}h1{font-family:'URW Bookman';text-align:center;color:#e8b96b}
table{width:100%;border-collapse:collapse;font-size:20px}th{color:#e8b96b;text-align:left;border-bottom:2px solid #e8b96b;padding:8px}td{padding:8px;border-bottom:1px dotted #7a5f49}"""
    render("table_cafe_prices", body, 620, 640, css, bg="#2e2118", font="C059")
    d1 = rng.choice(drinks)
    sz = rng.choice([0, 1, 2])
    add("table_cafe_prices", cat, f"how much is a {['small', 'medium', 'large'][sz]} {d1.lower()}", f"${grid[d1][sz]:.2f}", "money", "cell_lookup", True)
    smalls = [grid[x][0] for x in drinks]
    if smalls.count(min(smalls)) == 1:
        add("table_cafe_prices", cat, "cheapest drink if I get a small?", drinks[smalls.index(min(smalls))], "text", "argmin_column", True)
    else:
        lg = [grid[x][2] for x in drinks]
        assert lg.count(max(lg)) == 1
        add("table_cafe_prices", cat, "which drink has the priciest large", drinks[lg.index(max(lg))], "text", "argmax_column", True)

    # t4: wide orders admin table
    rng = random.Random(f"{SEED}-t4")
    used: set = set()
    n = 14
    ids = [f"#{rng.randint(40000, 49999)}" for _ in range(n)]
    custs = [person(rng, used) for _ in range(n)]
    sts = [rng.choice(["Shipped", "Processing", "Shipped", "Refunded", "Delivered", "Shipped"]) for _ in range(n)]
    amts = [rng.randint(1500, 68000) / 100 for _ in range(n)]
    dates = [fdate(rdate(rng), "dmy")[0] for _ in range(n)]
    chans = [rng.choice(["Web", "iOS app", "Android app", "Marketplace"]) for _ in range(n)]
    rows = [[i, d, c, ch, f"<span class='b {s.lower()}'>{s}</span>", f"${a:,.2f}"] for i, d, c, ch, s, a in zip(ids, dates, custs, chans, sts, amts)]
    body = "<div class=side>Overview<br>Orders<br>Products<br>Customers<br>Reports</div><div class=mn><h2>Orders</h2>" + table_html(
        ["Order", "Date", "Customer", "Channel", "Status", "Amount"], rows) + "</div>"
    css = """body{display:flex;font-size:15px;color:#222}.side{width:220px;background:#f7f7fa;padding:30px;line-height:2.4;color:#555}.mn{flex:1;padding:24px 40px}
table{width:100%;border-collapse:collapse}th{text-align:left;color:#777;font-weight:normal;padding:10px;border-bottom:1px solid #ddd}td{padding:10px;border-bottom:1px solid #eee}
.b{padding:3px 10px;border-radius:12px;font-size:13px}.shipped{background:#e3f0ff;color:#1a5fb4}.processing{background:#fff4d6;color:#946200}
.refunded{background:#fde2e1;color:#b3261e}.delivered{background:#dff5e3;color:#1e7b34}"""
    render("table_orders_wide", body, 1600, 820, css, font=rng.choice(SANS))
    add("table_orders_wide", cat, rng.choice(["How many orders have shipped status", "how many are marked Shipped?"]), sts.count("Shipped"), "count", "count_status", False)
    j = rng.randrange(n)
    add("table_orders_wide", cat, f"what was the amount on order {ids[j]}", f"${amts[j]:,.2f}", "money", "cell_lookup", True)

    # t5: stock watchlist, max change
    rng = random.Random(f"{SEED}-t5")
    tick = rng.sample(["QLMX", "BRNE", "TAVO", "HSKY", "PNDR", "CRVL", "MOSS", "ELKA", "FYRE"], 7)
    while True:
        px = [rng.randint(1200, 48000) / 100 for _ in tick]
        ch = [rng.randint(-650, 650) / 100 for _ in tick]
        if ch.count(max(ch)) == 1 and len(set(px)) == len(px):
            break
    rows = [[f"<b>{t}</b>", f"{p:,.2f}", f"<span style='color:{'#0a0' if c >= 0 else '#d22'}'>{c:+.2f}%</span>", f"{rng.randint(1, 90)}.{rng.randint(0, 9)}M"]
            for t, p, c in zip(tick, px, ch)]
    body = "<div class=h>Watchlist</div>" + table_html(["Symbol", "Last", "Chg %", "Volume"], rows)
    css = """body{font-size:17px;color:#eee}.h{padding:18px;font-size:22px;font-weight:bold}table{width:100%;border-collapse:collapse}
th{text-align:right;color:#999;padding:10px 18px;font-weight:normal}td{text-align:right;padding:12px 18px;border-top:1px solid #333}
th:first-child,td:first-child{text-align:left}"""
    render("table_watchlist_phone", body, 430, 560, css, bg="#0d0d0f", font="DejaVu Sans")
    add("table_watchlist_phone", cat, "which stock is up the most today", tick[ch.index(max(ch))], "text", "argmax_column", True)
    a, b = rng.sample(range(len(tick)), 2)
    add("table_watchlist_phone", cat, f"price difference between {tick[a]} and {tick[b]}?", f"{abs(px[a] - px[b]):.2f}", "number", "row_difference", False)

    # t6: SaaS price comparison (light, serif)
    rng = random.Random(f"{SEED}-t6")
    tools = rng.sample(["Notably", "Tasklight", "Ledgerly", "Pinwheel CRM", "Drafthouse", "Calyx Mail", "Orbit Forms"], 6)
    while True:
        monthly = [rng.randint(5, 60) for _ in tools]
        if monthly.count(min(monthly)) == 1 and monthly.count(max(monthly)) == 1:
            break
    seats = [rng.choice(["5", "10", "25", "Unlimited"]) for _ in tools]
    trial = [rng.choice(["14 days", "30 days", "None"]) for _ in tools]
    rows = [[t, f"${m}/mo", s, tr] for t, m, s, tr in zip(tools, monthly, seats, trial)]
    body = "<h2>Tool budget — Q3 review</h2>" + table_html(["Tool", "Price", "Seats", "Free trial"], rows)
    css = """body{padding:30px;font-size:18px}table{border-collapse:collapse}th,td{border:1px solid #999;padding:8px 22px}th{background:#e8e4d8}"""
    render("table_tool_budget", body, 700, 460, css, bg="#fffef8", font=rng.choice(SERIF))
    add("table_tool_budget", cat, "which tool is the cheapest per month", tools[monthly.index(min(monthly))], "text", "argmin_column", True)
    k = rng.randrange(len(tools))
    add("table_tool_budget", cat, f"whats the free trial length for {tools[k]}", trial[k], "text", "cell_lookup", True)


# ----------------------------------------------------------------------------- terminal
THEMES = {
    "dracula": ("#282a36", "#f8f8f2", "#50fa7b", "#bd93f9"),
    "solar_light": ("#fdf6e3", "#586e75", "#859900", "#268bd2"),
    "green": ("#000000", "#33ff66", "#33ff66", "#33ff66"),
    "ubuntu": ("#300a24", "#eeeeec", "#8ae234", "#729fcf"),
    "light": ("#ffffff", "#1e1e1e", "#0b7a0b", "#0451a5"),
    "nord": ("#2e3440", "#d8dee9", "#a3be8c", "#88c0d0"),
    "monokai": ("#272822", "#f8f8f2", "#a6e22e", "#66d9ef"),
    "gruvbox": ("#282828", "#ebdbb2", "#b8bb26", "#83a598"),
}


def term(name, lines, w, h, theme, font, size=15, title="bash"):
    bg, fg, pc, dc = THEMES[theme]
    text = "\n".join(html.escape(x, quote=False) for x in lines).replace("{P}", f"<span style='color:{pc}'>").replace("{D}", f"<span style='color:{dc}'>").replace("{/}", "</span>")
    body = f"<div class=tb><span class=d></span><span class=d></span><span class=d></span> {title}</div><pre>{text}</pre>"
    css = f""".tb{{background:#d5d5d5;color:#333;font-family:'DejaVu Sans';font-size:13px;padding:6px 10px}}.d{{display:inline-block;width:11px;height:11px;border-radius:6px;background:#e0443e;margin-right:4px}}
pre{{margin:0;padding:12px 14px;color:{fg};font-size:{size}px;line-height:1.35;font-family:'{font}'}}"""
    render(name, body, w, h, css, bg=bg, font=font)


def terminals():
    cat = "terminal"
    # df -h
    rng = random.Random(f"{SEED}-x1")
    mounts = [("/dev/nvme0n1p2", "/"), ("/dev/nvme0n1p1", "/boot/efi"), ("/dev/sda1", "/home"), ("/dev/sdb1", "/srv/backup"),
              ("tmpfs", "/run"), ("/dev/mapper/vg-data", "/var/lib/docker")]
    while True:
        sizes = [rng.choice([234, 476, 931, 1800]), 1, rng.choice([916, 1800, 3600]), rng.choice([1800, 3600, 7300]), 4, rng.choice([200, 500])]
        used = [rng.randint(int(s * 0.1), int(s * 0.95)) if s > 4 else round(s * 0.3, 1) for s in sizes]
        avail = [round(s - u, 1) for s, u in zip(sizes, used)]
        if avail.count(max(avail)) == 1:
            break

    def hs(v):
        return f"{v / 1000:.1f}T" if v >= 1000 else (f"{v}G" if v >= 10 else f"{v}G")
    lines = ["{P}mira@kestrel{/}:{D}~{/}$ df -h", "Filesystem           Size  Used Avail Use% Mounted on"]
    for (dev, mnt), s, u, a in zip(mounts, sizes, used, avail):
        lines.append(f"{dev:<20} {hs(s):>5} {hs(u):>5} {hs(a):>5} {round(100 * u / s):>3}% {mnt}")
    lines.append("{P}mira@kestrel{/}:{D}~{/}$ ")
    term("term_df", lines, 760, 300, "solar_light", "Liberation Mono", 15)
    add("term_df", cat, rng.choice(["which mount has the most free space?", "Where have I got the most space available"]),
        mounts[avail.index(max(avail))][1], "text", "max_free_space", True)
    add("term_df", cat, "how much free space is left on /home", hs(avail[2]), "text", "free_space", True)

    # ls -l
    rng = random.Random(f"{SEED}-x2")
    files = rng.sample(["notes.md", "build.log", "dataset_v2.parquet", "thumbnail.png", "config.yaml", "export_2025.csv",
                        "model.ckpt", "README.txt", "run.sh", "archive.tar.gz", "diagram.svg"], 9)
    while True:
        sizes = [int(10 ** rng.uniform(2.2, 9)) for _ in files]
        times = [dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)) for _ in files]
        if len(set(sizes)) == len(sizes) and len(set(times)) == len(times):
            break
    lines = ["{P}dev@larch{/} {D}~/proj{/} % ls -l", f"total {sum(sizes) // 1024}"]
    for f, s, t in sorted(zip(files, sizes, times)):
        mode = "-rwxr-xr-x" if f.endswith(".sh") else "-rw-r--r--"
        lines.append(f"{mode}  1 dev  staff  {s:>10} {t.strftime('%b')} {t.day:>2} {t.strftime('%H:%M')} {f}")
    lines.append("{P}dev@larch{/} {D}~/proj{/} % ")
    term("term_ls", lines, 720, 330, "dracula", "DejaVu Sans Mono", 14, "zsh")
    add("term_ls", cat, rng.choice(["which file is biggest", "what's the largest file in that listing?"]), files[sizes.index(max(sizes))], "text", "largest_file", True)
    add("term_ls", cat, "most recently modified file?", files[times.index(max(times))], "text", "most_recent", True)

    # ps
    rng = random.Random(f"{SEED}-x3")
    procs = rng.sample(["postgres", "nginx", "python3 worker.py", "node server.js", "redis-server", "java -jar indexer.jar",
                        "containerd", "sshd", "gunicorn app:app", "prometheus"], 8)
    while True:
        cpu = [rng.randint(0, 950) / 10 for _ in procs]
        pids = rng.sample(range(300, 48000), len(procs))
        if cpu.count(max(cpu)) == 1:
            break
    lines = ["root@heron:~# ps aux --sort=pid | head", "USER       PID %CPU %MEM    VSZ   RSS TTY  STAT START   TIME COMMAND"]
    for p, c, pid in sorted(zip(procs, cpu, pids), key=lambda x: x[2]):
        lines.append(f"{rng.choice(['root', 'www-data', 'svc', 'postgres']):<9}{pid:>6} {c:>4} {rng.randint(1, 300) / 10:>4} {rng.randint(10000, 999999):>6} "
                     f"{rng.randint(1000, 99999):>5} ?    Ssl  09:{rng.randint(10, 59)}   {rng.randint(0, 59)}:{rng.randint(10, 59)} {p}")
    lines.append("root@heron:~# ")
    term("term_ps", lines, 900, 300, "green", "Nimbus Mono PS", 15)
    add("term_ps", cat, rng.choice(["Which process is using the most CPU", "what's eating my cpu"]), procs[cpu.index(max(cpu))], "text", "max_cpu", True)
    k = rng.randrange(len(procs))
    add("term_ps", cat, f"pid of {procs[k].split()[0]}?", pids[k], "number", "pid", True)

    # git log
    rng = random.Random(f"{SEED}-x4")
    authors = [person(rng) for _ in range(4)]
    msgs = ["Fix off-by-one in pagination cursor", "Add retry with jitter to webhook sender", "Bump lodash to 4.17.21",
            "Refactor invoice PDF renderer", "Drop Python 3.8 support", "Cache tenant lookups for 60s", "Update onboarding copy"]
    rng.shuffle(msgs)
    t0 = dt.datetime(2026, rng.randint(2, 10), rng.randint(1, 20), 17, 2)
    lines = ["$ git log -5"]
    commits = []
    for i in range(5):
        h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
        a = rng.choice(authors)
        t = t0 - dt.timedelta(hours=7 * i + rng.randint(0, 5), minutes=rng.randint(0, 59))
        commits.append((h, a, msgs[i]))
        lines += [f"{{P}}commit {h}{{/}}" + (" {D}(HEAD -> main, origin/main){/}" if i == 0 else ""),
                  f"Author: {a} <{a.split()[0].lower()}@tidewell.dev>", f"Date:   {t.strftime('%a %b %d %H:%M:%S %Y')} +0100", "", f"    {msgs[i]}", ""]
    term("term_git_log", lines[:-1], 800, 740, "light", "DejaVu Sans Mono", 14)
    add("term_git_log", cat, rng.choice(["who made the latest commit", "Who authored the most recent commit?"]), commits[0][1], "person", "latest_author", True)
    add("term_git_log", cat, f"what's the hash of the commit '{commits[2][2]}'", commits[2][0], "code", "commit_hash", True)

    # pip list + free -h
    rng = random.Random(f"{SEED}-x5")
    pk = sorted(rng.sample(["numpy", "pandas", "requests", "scipy", "httpx", "pydantic", "rich", "SQLAlchemy", "uvicorn",
                            "Jinja2", "attrs", "click", "pillow", "typer"], 9), key=str.lower)
    vers = [f"{rng.randint(0, 3)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}" for _ in pk]
    tot, usd = rng.choice([15, 31, 62]), None
    usd = round(rng.uniform(0.25, 0.75) * tot, 1)
    buff = round(rng.uniform(0.05, 0.15) * tot, 1)
    free = round(tot - usd - buff, 1)
    availm = round(tot - usd, 1)
    lines = ["(venv) ~/svc $ pip list", "Package    Version", "---------- -------"] + [f"{p:<10} {v}" for p, v in zip(pk, vers)]
    lines += ["(venv) ~/svc $ free -h", "               total        used        free      shared  buff/cache   available",
              f"Mem:           {tot}Gi      {usd}Gi      {free}Gi       312Mi      {buff}Gi      {availm}Gi", "Swap:          2.0Gi          0B       2.0Gi", "(venv) ~/svc $ "]
    term("term_pip_free", lines, 820, 480, "nord", "Liberation Mono", 15)
    k = rng.randrange(len(pk))
    add("term_pip_free", cat, rng.choice([f"which version of {pk[k]} is installed", f"{pk[k]} version?"]), vers[k], "version", "package_version", True)
    add("term_pip_free", cat, "how much memory is available", f"{availm}Gi", "text", "available_memory", True)

    # docker ps
    rng = random.Random(f"{SEED}-x6")
    names = rng.sample(["api-gateway", "billing-worker", "pg-primary", "redis-cache", "grafana", "minio", "mailhog", "traefik"], 6)
    imgs = {"api-gateway": "kestrel/api:2.14.0", "billing-worker": "kestrel/billing:1.9.3", "pg-primary": "postgres:16.4",
            "redis-cache": "redis:7.2-alpine", "grafana": "grafana/grafana:11.1.0", "minio": "minio/minio:RELEASE.2026-01-11",
            "mailhog": "mailhog/mailhog:v1.0.1", "traefik": "traefik:v3.1"}
    status = [rng.choice(["Up 3 days", "Up 2 hours", "Exited (1) 5 minutes ago", "Up 12 minutes", "Restarting (1) 8 seconds ago"]) for _ in names]
    lines = ["$ docker ps -a --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Names}}'", f"{'CONTAINER ID':<15}{'IMAGE':<34}{'STATUS':<31}NAMES"]
    for n, s in zip(names, status):
        lines.append(f"{''.join(rng.choice('0123456789abcdef') for _ in range(12)):<15}{imgs[n]:<34}{s:<31}{n}")
    lines.append("$ ")
    term("term_docker", lines, 1100, 280, "monokai", "DejaVu Sans Mono", 14)
    k = rng.randrange(len(names))
    add("term_docker", cat, f"which image is the {names[k]} container running", imgs[names[k]], "code", "container_image", True)
    add("term_docker", cat, rng.choice(["how many containers are up", "How many of these containers are currently running?"]),
        sum(s.startswith("Up") for s in status), "count", "count_running", False)

    # pytest failures
    rng = random.Random(f"{SEED}-x7")
    nfail, npass = rng.randint(2, 5), rng.randint(30, 110)
    tests = rng.sample(["test_refund_partial", "test_currency_rounding", "test_login_lockout", "test_csv_export_header",
                        "test_webhook_signature", "test_timezone_dst", "test_pagination_last_page", "test_slug_unicode"], nfail)
    err = rng.choice([("AssertionError", "assert 1999 == 2000"), ("KeyError", "'tenant_id'"), ("ValueError", "invalid literal for int() with base 10: 'N/A'")])
    prog = ["."] * (nfail + npass)
    for pos in rng.sample(range(nfail + npass), nfail):
        prog[pos] = "F"
    prog_lines = ["".join(prog[i:i + 60]) for i in range(0, len(prog), 60)]
    lines = ["$ pytest -q", *prog_lines, "=================================== FAILURES ===================================",
             f"____________________________ {tests[0]} ____________________________", "", f"    def {tests[0]}():", "        result = compute(fixture)",
             ">       assert result.total == expected" if err[0] == "AssertionError" else ">       value = row[key]",
             f"E       {err[0]}: {err[1]}", "", f"tests/test_core.py:{rng.randint(40, 400)}: {err[0]}", "=========================== short test summary info ============================"]
    lines += [f"FAILED tests/test_core.py::{t} - ..." for t in tests]
    lines += [f"{{D}}{nfail} failed, {npass} passed in {rng.randint(2, 40)}.{rng.randint(10, 99)}s{{/}}"]
    term("term_pytest", lines, 900, 470, "gruvbox", "Liberation Mono", 14)
    add("term_pytest", cat, rng.choice(["how many tests failed", "How many failures in this run?"]), nfail, "count", "tests_failed", True)
    add("term_pytest", cat, f"what error did {tests[0]} fail with", f"{err[0]}: {err[1]}", "error", "error_message", True)

    # python traceback + gcc style compile error
    rng = random.Random(f"{SEED}-x8")
    ln = rng.randint(20, 300)
    exc = rng.choice([("FileNotFoundError", "[Errno 2] No such file or directory: 'data/rates_2026.json'"),
                      ("ZeroDivisionError", "division by zero"),
                      ("ModuleNotFoundError", "No module named 'orjson'")])
    lines = ["PS C:\\Users\\ezra\\tally> python report.py --month 11", "Traceback (most recent call last):",
             '  File "C:\\Users\\ezra\\tally\\report.py", line 12, in <module>', "    main()",
             f'  File "C:\\Users\\ezra\\tally\\report.py", line {ln}, in main', "    rates = load_rates(args.month)",
             f"{exc[0]}: {exc[1]}", "PS C:\\Users\\ezra\\tally> "]
    body_lines = lines
    term("term_traceback", body_lines, 860, 260, "ubuntu", "DejaVu Sans Mono", 15, "Windows PowerShell")
    add("term_traceback", cat, rng.choice(["what's the error here?", "what exception did the script throw"]), f"{exc[0]}: {exc[1]}", "error", "error_message", True)
    add("term_traceback", cat, "which line in main() is the error on", ln, "number", "error_line", True)


# ----------------------------------------------------------------------------- docs & web pages
def docs():
    cat = "docs_web"
    # d1: library docs with sidebar
    rng = random.Random(f"{SEED}-d1")
    lib = rng.choice(["quarrylib", "tessellate", "fernpipe"])
    ver = f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    toc = rng.sample(["Installation", "Quickstart", "Configuration", "Connecting to a cluster", "Streaming API", "Plugins",
                      "Migration guide", "FAQ", "Changelog"], 6)
    side = "".join(f"<li>{t}</li>" for t in toc)
    body = f"""<div class=top><b>{lib}</b> <span class=v>v{ver}</span><span class=s>Search docs…</span></div><div class=wrap><ul class=side><li class=h>CONTENTS</li>{side}</ul>
<div class=main><h1>{toc[1]}</h1><p>This page walks you through {toc[1].lower()} for {lib}. Everything here applies to release {ver} unless noted otherwise.</p>
<pre>pip install {lib}=={ver}</pre><p>After installing, import the package and create a client. The defaults are sensible for most local development setups.</p></div></div>"""
    css = """body{font-size:16px;color:#222}.top{background:#2b3a55;color:#fff;padding:14px 24px;font-size:20px}.v{font-size:14px;background:#4c6a9c;padding:2px 8px;border-radius:8px;margin-left:8px}
.s{float:right;font-size:14px;background:#fff3;padding:4px 40px 4px 10px}.wrap{display:flex}.side{width:260px;list-style:none;padding:20px;margin:0;background:#f4f5f7;height:700px;line-height:2.2}
.h{font-size:12px;color:#888;letter-spacing:1px}.main{flex:1;padding:10px 40px;line-height:1.6}pre{background:#f0f0f0;padding:12px}"""
    render("docs_sidebar", body, 1200, 620, css, font=rng.choice(SANS))
    add("docs_sidebar", cat, rng.choice(["what version of the library is this documentation for", "which version are these docs?"]), ver, "version", "doc_version", True)
    add("docs_sidebar", cat, "first thing listed in the contents?", toc[0], "text", "first_toc_item", True)

    # d2: config reference table + top nav
    rng = random.Random(f"{SEED}-d2")
    nav = rng.sample(["Home", "Guides", "API", "Reference", "Blog", "Community", "Pricing", "Status", "Support"], rng.randint(4, 7))
    settings = [("max_connections", str(rng.choice([50, 100, 128, 256])), "Upper bound on pooled connections."),
                ("idle_timeout", f"{rng.choice([30, 60, 90, 300])}s", "Close connections idle for longer than this."),
                ("retry_backoff", rng.choice(["exponential", "linear", "none"]), "Strategy between retries."),
                ("log_level", rng.choice(["info", "warn", "debug"]), "Minimum level written to stderr."),
                ("tls_verify", rng.choice(["true", "false"]), "Verify server certificates."),
                ("batch_size", str(rng.choice([500, 1000, 2048])), "Rows sent per write request.")]
    rows = "".join(f"<tr><td><code>{k}</code></td><td><code>{v}</code></td><td>{d}</td></tr>" for k, v, d in settings)
    navh = "".join(f"<a>{x}</a>" for x in nav)
    body = f"""<nav><b>Tidewell DB</b>{navh}</nav><div class=main><h1>Configuration reference</h1><p>Settings can be passed in <code>tidewell.toml</code> or as environment variables.</p>
<table><tr><th>Setting</th><th>Default</th><th>Description</th></tr>{rows}</table></div>"""
    css = """body{font-size:16px;color:#1f2328}nav{display:flex;gap:28px;align-items:center;padding:16px 40px;border-bottom:1px solid #ddd}nav b{margin-right:30px;font-size:19px}
nav a{color:#0969da}.main{padding:10px 40px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:9px;text-align:left}code{background:#eff1f3;padding:1px 5px}"""
    render("docs_config_ref", body, 1100, 580, css, font=rng.choice(SANS))
    s = rng.choice(settings[:5])
    add("docs_config_ref", cat, rng.choice([f"default value of {s[0]}?", f"what does {s[0]} default to"]), s[1], "code", "setting_default", True)
    add("docs_config_ref", cat, rng.choice(["how many links in the top nav, not counting the logo?", "apart from the Tidewell DB logo, how many nav links r at the top"]), len(nav), "count", "nav_link_count", False)

    # d3: preprint page
    rng = random.Random(f"{SEED}-d3")
    used: set = set()
    auths = [person(rng, used) for _ in range(rng.randint(3, 5))]
    title = rng.choice(["Sparse Routing for Low-Latency Retrieval over Federated Archives",
                        "Measuring Drift in Long-Horizon Sensor Forecasts", "A Field Study of Tidal Energy Siting Heuristics"])
    body = f"""<div class=hd>openpapers <span>› cs › arXiv-like:2611.{rng.randint(10000, 99999)}</span></div><div class=m><h1>{title}</h1>
<div class=au>{', '.join(auths)}</div><div class=ab><b>Abstract:</b> We study a practical setting in which data are distributed across independent archives with heterogeneous access costs.
Our approach reduces median latency while preserving recall, and we release code and benchmarks.</div><div class=sub>Submitted on {fdate(rdate(rng), 'dmy')[0]}</div></div>"""
    css = """body{font-size:17px}.hd{background:#b31b1b;color:#fff;padding:12px 30px;font-weight:bold}.hd span{font-weight:normal}.m{padding:20px 60px}h1{font-size:28px}
.au{color:#1a0dab;margin-bottom:20px}.ab{line-height:1.6;background:#f6f6f6;padding:16px}.sub{color:#666;margin-top:14px;font-size:14px}"""
    render("paper_abstract", body, 1000, 480, css, font=rng.choice(["Liberation Serif", "P052"]))
    add("paper_abstract", cat, "who's the first author", auths[0], "person", "first_author", True)
    add("paper_abstract", cat, rng.choice(["what's the paper called", "Title of this paper?"]), title, "text", "page_title", True)

    # d4: dark API docs, function signature
    rng = random.Random(f"{SEED}-d4")
    timeout = rng.choice([5, 10, 15, 30])
    retries = rng.choice([r for r in (2, 3, 4, 6) if r != timeout])
    ver = f"{rng.randint(0, 2)}.{rng.randint(1, 40)}"
    body = f"""<div class=nav>Lanternfish SDK <span>v{ver}</span></div><div class=m><h1>lanternfish.fetch_batch</h1>
<pre>fetch_batch(ids, *, timeout={timeout}, retries={retries}, chunk_size=200, verify=True)</pre><p>Fetch many records in one round-trip.</p>
<h3>Parameters</h3><ul><li><code>ids</code> — iterable of record identifiers.</li><li><code>timeout</code> — seconds to wait for each chunk. Default: {timeout}.</li>
<li><code>retries</code> — how many times a failed chunk is retried. Default: {retries}.</li><li><code>chunk_size</code> — records per request. Default: 200.</li></ul></div>"""
    css = """body{color:#c9d1d9;font-size:16px}.nav{background:#161b22;padding:14px 30px;font-weight:bold;border-bottom:1px solid #30363d}.nav span{color:#8b949e;font-weight:normal}
.m{padding:10px 40px;line-height:1.6}h1{font-family:'DejaVu Sans Mono';font-size:24px;color:#79c0ff}pre{background:#161b22;padding:14px;color:#ffa657;font-size:15px}code{color:#ff7b72}"""
    render("docs_api_dark", body, 980, 520, css, bg="#0d1117", font=rng.choice(SANS))
    if rng.random() < 0.5:
        add("docs_api_dark", cat, "what's the default timeout for fetch_batch", timeout, "number", "setting_default", True)
    else:
        add("docs_api_dark", cat, "default for retries?", retries, "number", "setting_default", True)
    add("docs_api_dark", cat, "Which SDK version is documented here", ver, "version", "doc_version", True)

    # d5: blog/news page with nav
    rng = random.Random(f"{SEED}-d5")
    nav = rng.sample(["News", "Recipes", "Travel", "Gardening", "Reviews", "Podcasts", "Shop", "About", "Contact"], rng.randint(5, 8))
    title = rng.choice(["Why our sourdough starter survived the winter", "Ten quiet trails in the Bramble Hills", "How we cut our heating bill by a third"])
    body = f"""<header><div class=logo>The Larder Ledger</div><nav>{''.join(f'<a>{x}</a>' for x in nav)}</nav></header><article><div class=kick>{nav[1].upper()}</div><h1>{title}</h1>
<div class=by>By {person(rng)} · 6 min read</div><p>It started, as these things usually do, with a cold kitchen and a jar that refused to bubble. Over the next few weeks we tried everything the forums suggested.</p></article>"""
    css = """body{font-size:18px;color:#222}header{display:flex;justify-content:space-between;align-items:center;padding:18px 50px;border-bottom:3px solid #222}
.logo{font-family:'URW Bookman';font-size:28px;font-weight:bold}nav a{margin-left:22px;font-size:15px;text-transform:uppercase;letter-spacing:1px}
article{max-width:760px;margin:40px auto;line-height:1.7}.kick{color:#c0392b;font-size:13px;letter-spacing:2px}h1{font-size:40px;line-height:1.2}.by{color:#777;font-size:15px}"""
    render("blog_post", body, 1280, 640, css, font=rng.choice(SERIF))
    add("blog_post", cat, "what's the headline of this article", title, "text", "page_title", True)
    add("blog_post", cat, rng.choice(["how many section links are in the menu at the top right?", "count the nav links next to the site name (don't count the name)"]), len(nav), "count", "nav_link_count", False)

    # d6: repo README with releases and TOC (mobile width)
    rng = random.Random(f"{SEED}-d6")
    ver = f"v{rng.randint(0, 4)}.{rng.randint(0, 15)}.{rng.randint(0, 9)}"
    toc = rng.sample(["Features", "Install", "Usage", "Benchmarks", "Contributing", "License", "Roadmap"], 5)
    body = f"""<div class=top>hearthkit / <b>sprocket</b></div><div class=rel>Latest release <span>{ver}</span></div><div class=md><h1>sprocket</h1>
<p>A tiny job scheduler for single-box deployments.</p><h2>Table of contents</h2><ol>{''.join(f'<li>{t}</li>' for t in toc)}</ol><h2>{toc[0]}</h2><p>Start here.</p></div>"""
    css = """body{font-size:16px;color:#1f2328}.top{padding:16px;border-bottom:1px solid #ddd;font-size:18px}.rel{padding:12px 16px;border-bottom:1px solid #ddd}
.rel span{background:#1a7f37;color:#fff;border-radius:10px;padding:2px 10px;margin-left:6px}.md{padding:0 16px;line-height:1.6}h2{border-bottom:1px solid #ddd}"""
    render("readme_mobile", body, 414, 760, css, font="Liberation Sans")
    add("readme_mobile", cat, "latest release?", ver, "version", "doc_version", True)
    add("readme_mobile", cat, "what's first in the table of contents", toc[0], "text", "first_toc_item", True)


# ----------------------------------------------------------------------------- charts
def charts():
    cat = "chart"
    # c1: labelled vertical bars, ggplot
    rng = random.Random(f"{SEED}-c1")
    regions = rng.sample(["Northfield", "Harbourside", "Eastmoor", "Kingsreach", "Willowmere", "Stonebridge"], 5)
    while True:
        vals = [rng.randint(40, 240) for _ in regions]
        if vals.count(max(vals)) == 1:
            break
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(8, 5))
        bars = ax.bar(regions, vals, color="#4c72b0")
        ax.bar_label(bars, fontsize=11)
        ax.set_title("New subscriptions by branch, October")
        ax.set_ylabel("subscriptions")
        fig.tight_layout()
        save_fig(fig, "chart_bar_labelled")
    k = rng.randrange(5)
    add("chart_bar_labelled", cat, f"how many new subs did {regions[k]} get", vals[k], "number", "bar_value", True)
    add("chart_bar_labelled", cat, rng.choice(["which branch had the most", "Which bar is tallest?"]), regions[vals.index(max(vals))], "text", "argmax", True)

    # c2: labelled horizontal bars, difference and smallest
    rng = random.Random(f"{SEED}-c2")
    langs = rng.sample(["Rust", "Go", "Kotlin", "TypeScript", "Elixir", "Swift", "Scala"], 6)
    while True:
        vals = [rng.randint(12, 95) for _ in langs]
        if vals.count(min(vals)) == 1 and len(set(vals)) == len(vals):
            break
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(7, 4.5))
        bars = ax.barh(langs, vals, color="#dd8452")
        ax.bar_label(bars, padding=3)
        ax.set_title("Open issues per repository language")
        fig.tight_layout()
        save_fig(fig, "chart_hbar")
    a, b = rng.sample(range(6), 2)
    add("chart_hbar", cat, f"difference between {langs[a]} and {langs[b]}?", abs(vals[a] - vals[b]), "number", "difference", False)
    add("chart_hbar", cat, "which language has the fewest open issues", langs[vals.index(min(vals))], "text", "argmin", True)

    # c3: line chart monthly, two series, peak + overtake
    rng = random.Random(f"{SEED}-c3")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    while True:
        cross = rng.randint(3, 9)
        a = [100 + 5 * i + rng.randint(-6, 6) for i in range(12)]
        b = [a[i] - rng.randint(8, 30) if i < cross else a[i] + rng.randint(8, 30) for i in range(12)]
        if b.count(max(b)) == 1 and a.count(max(a)) == 1:
            break
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(9, 4.8))
        ax.plot(months, a, marker="o", label="Store A (Ridgeway)")
        ax.plot(months, b, marker="s", label="Store B (Quayside)")
        ax.legend()
        ax.grid(alpha=0.3)
        ax.set_title("Weekly footfall (thousands), 2025")
        fig.tight_layout()
        save_fig(fig, "chart_line_two")
    add("chart_line_two", cat, rng.choice(["In which month does Store B first overtake Store A?", "when does quayside pass ridgeway"]), months[cross], "text", "overtake", False)
    add("chart_line_two", cat, "which month is store b at its peak", months[b.index(max(b))], "text", "peak", False)

    # c4: pie with percentages
    rng = random.Random(f"{SEED}-c4")
    labels = rng.sample(["Rent", "Groceries", "Transport", "Utilities", "Eating out", "Savings", "Hobbies"], 5)
    while True:
        raw = [rng.randint(5, 40) for _ in labels]
        s = sum(raw)
        pct = [round(100 * r / s) for r in raw]
        if sum(pct) == 100 and sorted(pct)[-1] - sorted(pct)[-2] >= 3 and len(set(pct)) == len(pct):
            break
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(6.4, 5.2))
        ax.pie(pct, labels=labels, autopct="%d%%", startangle=90, colors=plt.cm.Set2.colors[:5])
        ax.set_title("Where my money went in May")
        fig.tight_layout()
        save_fig(fig, "chart_pie")
    k = rng.randrange(5)
    add("chart_pie", cat, f"what share is {labels[k].lower()}?", f"{pct[k]}%", "number", "pie_share", True)
    add("chart_pie", cat, "biggest slice of the pie", labels[pct.index(max(pct))], "text", "argmax", True)

    # c5: unlabelled bars, dark background, values on 5-unit grid
    rng = random.Random(f"{SEED}-c5")
    prods = rng.sample(["Helix", "Nimbus", "Sprout", "Corvid", "Pylon"], 4)
    while True:
        vals = [rng.randint(4, 18) * 5 for _ in prods]
        if vals.count(max(vals)) == 1:
            break
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(7, 4.6))
        ax.bar(prods, vals, color=["#5ec2e8", "#f2a65a", "#a3d977", "#e57bb6"])
        ax.set_yticks(range(0, 101, 10))
        ax.set_ylim(0, 100)
        ax.grid(axis="y", alpha=0.35)
        ax.set_title("Units sold (hundreds), Q3")
        fig.tight_layout()
        save_fig(fig, "chart_bar_dark")
    k = rng.randrange(4)
    add("chart_bar_dark", cat, f"roughly what value does {prods[k]} reach", vals[k], "approx", "bar_value", False)
    add("chart_bar_dark", cat, "which product sold most", prods[vals.index(max(vals))], "text", "argmax", True)

    # c6: yearly lines, fivethirtyeight
    rng = random.Random(f"{SEED}-c6")
    years = list(range(2014, 2026))
    while True:
        gas = [round(48 - 2.5 * i + rng.randint(-4, 4) + (6 if i == 2 else 0)) for i in range(12)]
        ev = [round(4 + rng.uniform(3.0, 5.5) * i) for i in range(12)]
        above = [e > g for e, g in zip(ev, gas)]
        flips = sum(above[i] != above[i + 1] for i in range(11))
        if (flips == 1 and not above[0] and all(e != g for e, g in zip(ev, gas)) and gas.count(max(gas)) == 1
                and min(abs(e - g) for e, g in zip(ev, gas)) >= 2):
            cross = above.index(True)
            break
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.plot(years, gas, label="Petrol", linewidth=2.5)
        ax.plot(years, ev, label="Electric", linewidth=2.5)
        ax.set_xticks(years)
        ax.tick_params(axis="x", labelsize=10)
        ax.legend()
        ax.set_title("New car registrations, Marlow district (thousands)", fontsize=14)
        fig.tight_layout()
        save_fig(fig, "chart_line_years")
    add("chart_line_years", cat, "what year did electric overtake petrol", years[cross], "number", "overtake", False)
    add("chart_line_years", cat, rng.choice(["when did petrol registrations peak", "Peak year for petrol?"]), years[gas.index(max(gas))], "number", "peak", False)


# ----------------------------------------------------------------------------- slides
SLIDE_TOPICS = [
    ("Q3 Roadmap Review", ["Ship offline mode to all tiers", "Retire the legacy billing API", "Cut cold-start time below 2 s",
                           "Localise onboarding into Polish and Thai", "Hire two SREs for the Lisbon office", "Pilot usage-based pricing"]),
    ("Why Customers Churn", ["Setup takes longer than promised", "Pricing page is confusing", "Support replies after 48 hours",
                             "Missing SSO on the Team plan", "Mobile app crashes on older Android"]),
    ("Harvest Festival Logistics", ["Stalls open at 9:00 sharp", "Volunteers check in at the green tent", "No parking on Mill Lane",
                                    "Lost children point by the bandstand", "Clear-down starts at 18:30", "Bins emptied every two hours"]),
    ("Onboarding Week Agenda", ["Laptop and badge pickup", "Security training (mandatory)", "Meet your buddy", "Architecture walkthrough",
                                "First small pull request"]),
    ("Lessons From the Migration", ["Freeze schema changes two weeks before", "Dual-write, then compare nightly", "Keep a rollback script tested",
                                    "Announce the cut-over window early", "Budget twice the time you think"]),
]


def slides():
    cat = "slide"
    styles = [("#ffffff", "#1a1a2e", "#e94560", 1280, 720, "Liberation Sans"), ("#1e1e2f", "#f0f0f0", "#ffb347", 1600, 900, "DejaVu Sans"),
              ("#f4efe6", "#2d3b2d", "#6b8f71", 1280, 720, "P052"), ("#0b3d91", "#ffffff", "#ffd166", 1280, 720, "URW Gothic"),
              ("#fafafa", "#333333", "#0077b6", 960, 540, "Nimbus Sans")]
    ords = ["first", "second", "third", "fourth", "fifth", "sixth"]
    for i, ((title, bullets), (bg, fg, acc, w, h, font)) in enumerate(zip(SLIDE_TOPICS, styles)):
        rng = random.Random(f"{SEED}-s{i}")
        nb = rng.randint(3, len(bullets))
        bl = bullets[:nb]
        num, tot = rng.randint(2, 24), 0
        tot = num + rng.randint(2, 15)
        scale = w / 1280
        body = f"""<div class=s><h1>{title}</h1><div class=bar></div><ul>{''.join(f'<li>{b}</li>' for b in bl)}</ul><div class=num>{num} / {tot}</div><div class=ft>Confidential · Oakhollow Design Studio</div></div>"""
        css = f""".s{{padding:{60 * scale}px {80 * scale}px;color:{fg};height:100%;position:relative}}h1{{font-size:{52 * scale}px;margin:0}}.bar{{width:{120 * scale}px;height:6px;background:{acc};margin:{18 * scale}px 0 {30 * scale}px}}
li{{font-size:{30 * scale}px;margin:{14 * scale}px 0}}li::marker{{color:{acc}}}.num{{position:absolute;right:{40 * scale}px;bottom:{28 * scale}px;font-size:{20 * scale}px;color:{acc}}}
.ft{{position:absolute;left:{40 * scale}px;bottom:{28 * scale}px;font-size:{16 * scale}px;opacity:.6}}"""
        name = f"slide_{i + 1}"
        render(name, body, w, h, css, bg=bg, font=font)
        allk = ["title", "num", "count", "nth"]
        kinds = [allk[i % 4], allk[(i + 1) % 4]]
        for kd in kinds:
            if kd == "title":
                add(name, cat, rng.choice(["what's the title of this slide", "slide title?"]), title, "text", "slide_title", True)
            elif kd == "num":
                add(name, cat, rng.choice(["which slide number is this", "what slide # am I on"]), num, "number", "slide_number", True)
            elif kd == "count":
                add(name, cat, rng.choice(["how many bullet points are there", "How many bullets on this slide?"]), nb, "count", "bullet_count", False)
            else:
                j = rng.randrange(nb)
                add(name, cat, rng.choice([f"what does the {ords[j]} bullet say", f"read me bullet {j + 1}"]), bl[j], "text", "nth_bullet", True)


# ----------------------------------------------------------------------------- forms
def forms():
    cat = "web_form"

    def radios(name, opts, sel):
        return "".join(f"<label class=o><input type=radio name={name} {'checked' if o == sel else ''}> {o}</label>" for o in opts)

    def checks(opts, on):
        return "".join(f"<label class=o><input type=checkbox {'checked' if o in on else ''}> {o}</label>" for o in opts)

    base_css = """.f{padding:30px 40px}label.o{display:block;margin:8px 0}input[type=radio],input[type=checkbox]{width:18px;height:18px;vertical-align:-3px;margin-right:8px}
.fld{margin:14px 0}.fld label{display:block;font-size:14px;margin-bottom:4px}input[type=text],input[type=email],select{width:100%;padding:9px;font-size:16px;border:1px solid #aaa;border-radius:4px}
fieldset{border:1px solid #ccc;margin:14px 0;padding:10px 16px}legend{font-weight:bold}button{padding:10px 26px;font-size:16px;border:none;border-radius:4px}"""

    # f1: survey
    rng = random.Random(f"{SEED}-f1")
    opts = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"]
    sel = rng.choice(opts)
    cb = ["Email me a copy of my answers", "Contact me about this feedback"]
    on = set(rng.sample(cb, rng.randint(0, 2)))
    ask = rng.choice(cb)
    body = f"""<div class=f><h2>How did we do?</h2><fieldset><legend>Overall, how satisfied were you with your visit?</legend>{radios('s', opts, sel)}</fieldset>
<fieldset><legend>Follow-up</legend>{checks(cb, on)}</fieldset><button style='background:#2f6fed;color:#fff'>Submit</button></div>"""
    render("form_survey", body, 640, 620, base_css + "body{font-size:17px}", font=rng.choice(SANS))
    add("form_survey", cat, rng.choice(["which satisfaction option is selected", "What did I pick for overall satisfaction?"]), sel, "text", "radio_selected", True)
    add("form_survey", cat, f"is '{ask}' ticked?", "yes" if ask in on else "no", "yesno", "checkbox_state", False)

    # f2: signup, filled fields + count checked
    rng = random.Random(f"{SEED}-f2")
    who = person(rng)
    email = f"{who.split()[0].lower()}.{who.split()[1].lower()}@{rng.choice(['mailbox.test', 'fernpost.example', 'quill.example'])}"
    interests = ["Product updates", "Webinars", "Case studies", "Job openings", "Partner offers", "Research reports"]
    on = set(rng.sample(interests, rng.randint(2, 5)))
    body = f"""<div class=f><h2>Create your account</h2><div class=fld><label>Full name</label><input type=text value="{who}"></div>
<div class=fld><label>Work email</label><input type=email value="{email}"></div><div class=fld><label>Company</label><input type=text value="{rng.choice(FIRMS)}"></div>
<fieldset><legend>Send me…</legend>{checks(interests, on)}</fieldset><button style='background:#111;color:#fff'>Sign up</button></div>"""
    render("form_signup", body, 560, 780, base_css + "body{font-size:16px}", font=rng.choice(SANS))
    add("form_signup", cat, "what email did i put in", email, "text", "field_value", True)
    add("form_signup", cat, rng.choice(["how many boxes are checked under 'Send me'", "how many of the newsletter options are ticked"]), len(on), "count", "count_checked", False)

    # f3: dark settings
    rng = random.Random(f"{SEED}-f3")
    themes = ["System default", "Light", "Dark", "High contrast"]
    sel = rng.choice(themes)
    prefs = ["Show line numbers", "Word wrap", "Autosave every 30 seconds", "Send anonymous usage data", "Check for updates on startup"]
    on = set(rng.sample(prefs, rng.randint(1, 4)))
    ask = rng.choice(prefs)
    body = f"""<div class=f><h2>Preferences</h2><fieldset><legend>Theme</legend>{radios('t', themes, sel)}</fieldset><fieldset><legend>Editor</legend>{checks(prefs, on)}</fieldset></div>"""
    css = base_css + "body{color:#e8e8e8;font-size:16px;color-scheme:dark}fieldset{border-color:#444}"
    render("form_settings_dark", body, 600, 640, css, bg="#202124", font="DejaVu Sans")
    add("form_settings_dark", cat, "which theme is selected", sel, "text", "radio_selected", True)
    add("form_settings_dark", cat, rng.choice([f"is {ask.lower()} turned on?", f"Is the '{ask}' box checked"]), "yes" if ask in on else "no", "yesno", "checkbox_state", False)

    # f4: phone checkout
    rng = random.Random(f"{SEED}-f4")
    city = rng.choice(["Portsmouth", "Galway", "Aberystwyth", "Harrogate", "Truro"])
    pc = rng.choice(["PO1 3HE", "H91 K2W7", "SY23 1DL", "HG1 2RQ", "TR1 2HE"])
    speeds = ["Standard", "Express", "Next day"]
    detail = {"Standard": "3–5 working days · Free", "Express": "1–2 working days · £4.99", "Next day": "order by 8pm · £8.50"}
    sel = rng.choice(speeds)
    body = f"""<div class=bar>Checkout</div><div class=f><div class=fld><label>Address line 1</label><input type=text value="{rng.randint(2, 90)} Mariner's Walk"></div>
<div class=fld><label>Town / City</label><input type=text value="{city}"></div><div class=fld><label>Postcode</label><input type=text value="{pc}"></div>
<fieldset><legend>Delivery</legend>{''.join(f"<label class=o><input type=radio name=d {'checked' if o == sel else ''}> <b>{o}</b><br><small class=dt>{detail[o]}</small></label>" for o in speeds)}</fieldset><button style='background:#0a7d52;color:#fff;width:100%'>Continue to payment</button></div>"""
    render("form_checkout_phone", body, 390, 844, base_css + ".dt{margin-left:30px;color:#666}.bar{background:#0a7d52;color:#fff;padding:18px;font-size:20px}.f{padding:16px 20px}body{font-size:16px}",
           font=rng.choice(SANS))
    add("form_checkout_phone", cat, "which delivery option did I choose", sel, "text", "radio_selected", True)
    add("form_checkout_phone", cat, rng.choice(["what postcode is entered", "postcode in the form?"]), pc, "code", "field_value", True)

    # f5: wide job application, multiple
    rng = random.Random(f"{SEED}-f5")
    skills = ["Python", "SQL", "Kubernetes", "Terraform", "React", "Go", "Figma", "Data visualisation"]
    on = set(rng.sample(skills, rng.randint(2, 6)))
    who = person(rng)
    role = rng.choice(["Platform Engineer", "Data Analyst", "Product Designer"])
    body = f"""<div class=f><h1>Apply: {role}</h1><div class=g><div><div class=fld><label>Name</label><input type=text value="{who}"></div>
<div class=fld><label>Phone</label><input type=text value="+44 7700 9{rng.randint(10000, 99999)}"></div><div class=fld><label>Notice period</label><select><option>{rng.choice(['2 weeks', '1 month', '3 months'])}</option></select></div></div>
<div><fieldset><legend>Skills you use weekly</legend>{checks(skills, on)}</fieldset></div></div></div>"""
    render("form_job_wide", body, 1400, 640, base_css + ".g{display:grid;grid-template-columns:1fr 1fr;gap:60px}body{font-size:17px}", font=rng.choice(SERIF))
    add("form_job_wide", cat, "how many skills have been checked", len(on), "count", "count_checked", False)
    add("form_job_wide", cat, "What name is filled in on the application", who, "person", "field_value", True)

    # f6: booking, radio + yes/no
    rng = random.Random(f"{SEED}-f6")
    rooms = ["Single", "Double", "Twin", "Family suite"]
    sel = rng.choice(rooms)
    breakfast = rng.random() < 0.5
    body = f"""<div class=f><h2>Hotel Brackenmoor — book a room</h2><fieldset><legend>Room type</legend>{radios('r', rooms, sel)}</fieldset>
<fieldset><legend>Extras</legend>{checks(['Breakfast included', 'Late checkout'], {'Breakfast included'} if breakfast else {'Late checkout'})}</fieldset>
<div class=fld><label>Guests</label><input type=text value="{rng.randint(1, 4)}"></div></div>"""
    render("form_booking", body, 700, 600, base_css + "body{font-size:17px;background:#f5f1ea}", bg="#f5f1ea", font="URW Bookman")
    add("form_booking", cat, rng.choice(["what room type is picked", "Which room did they select?"]), sel, "text", "radio_selected", True)
    add("form_booking", cat, "did i tick breakfast", "yes" if breakfast else "no", "yesno", "checkbox_state", False)


# ----------------------------------------------------------------------------- dashboards & pricing
def kpi_cards(cards_, bg, fg, card_bg, sub):
    return "".join(f"<div class=k style='background:{card_bg}'><div class=l style='color:{sub}'>{k}</div><div class=v>{v}</div><div class=d>{d}</div></div>"
                   for k, v, d in cards_)


def dashboards():
    cat = "dashboard_pricing"
    # p1: light KPI
    rng = random.Random(f"{SEED}-p1")
    rev = rng.randint(40000, 400000)
    users = rng.randint(1200, 98000)
    conv = rng.randint(12, 68) / 10
    aov = rng.randint(2500, 18000) / 100
    cards_ = [("Monthly revenue", f"${rev:,}", "+4.1% vs last month"), ("Active users", f"{users:,}", "+212 this week"),
              ("Conversion rate", f"{conv}%", "−0.3 pts"), ("Avg. order value", f"${aov:,.2f}", "+1.8%")]
    body = f"<div class=h>Sales overview · November</div><div class=row>{kpi_cards(cards_, '#fff', '#222', '#f6f8fb', '#667')}</div><div class=chart></div>"
    css = """body{color:#1c2333}.h{padding:22px 30px;font-size:22px;font-weight:bold}.row{display:flex;gap:20px;padding:0 30px}.k{flex:1;padding:20px;border-radius:10px;border:1px solid #e3e7ee}
.l{font-size:14px}.v{font-size:32px;font-weight:bold;margin:8px 0}.d{font-size:13px;color:#1e8e3e}.chart{margin:24px 30px;height:300px;background:linear-gradient(#f6f8fb,#fff);border-radius:10px}"""
    render("dash_kpi_light", body, 1280, 560, css, font=rng.choice(SANS))
    add("dash_kpi_light", cat, rng.choice(["what's the monthly revenue figure", "revenue this month?"]), f"${rev:,}", "money", "kpi_value", True)
    add("dash_kpi_light", cat, "How many active users does it show", users, "number", "kpi_value", True)

    # p2: three pricing cards
    rng = random.Random(f"{SEED}-p2")
    plans = ["Starter", "Growth", "Scale"]
    prices = sorted(rng.sample(range(9, 199), 3))
    if rng.random() < 0.5:
        plans = ["Hobby", "Pro", "Business"]
    body = "<h1>Simple pricing</h1><div class=row>" + "".join(
        f"<div class='p{' pop' if i == 1 else ''}'><h3>{p}</h3><div class=pr>${c}<span>/month</span></div><ul><li>{5 * (i + 1) ** 2} projects</li><li>{'Email' if i == 0 else 'Priority'} support</li></ul><button>Choose {p}</button></div>"
        for i, (p, c) in enumerate(zip(plans, prices))) + "</div>"
    css = """body{text-align:center;color:#222}h1{margin:40px 0 30px}.row{display:flex;gap:28px;justify-content:center}.p{width:300px;border:1px solid #ddd;border-radius:14px;padding:26px}
.pop{border:2px solid #6c3ce1;box-shadow:0 6px 18px #6c3ce133}.pr{font-size:42px;font-weight:bold}.pr span{font-size:16px;color:#777;font-weight:normal}ul{list-style:none;padding:0;line-height:2}
button{background:#6c3ce1;color:#fff;border:none;padding:12px 20px;border-radius:8px;font-size:15px}"""
    render("pricing_three", body, 1100, 560, css, font=rng.choice(SANS))
    add("pricing_three", cat, rng.choice(["which plan is the most expensive", "Most expensive plan here?"]), plans[2], "text", "max_plan", True)
    add("pricing_three", cat, "how many plans are there", 3, "count", "plan_count", False)

    # p3: dark ops dashboard
    rng = random.Random(f"{SEED}-p3")
    p95 = rng.randint(80, 900)
    err = rng.randint(1, 99) / 100
    rps = rng.randint(200, 9000)
    up = f"99.{rng.randint(80, 99)}%"
    cards_ = [("p95 latency", f"{p95} ms", "last 1h"), ("Error rate", f"{err}%", "last 1h"), ("Requests / s", f"{rps:,}", "now"), ("Uptime (30d)", up, "SLO 99.9%")]
    body = f"<div class=h>api-prod · Overview</div><div class=g>{kpi_cards(cards_, '#111', '#eee', '#1c1f26', '#8a93a6')}</div>"
    css = """body{color:#e8eaf0}.h{padding:20px 26px;font-size:20px}.g{display:grid;grid-template-columns:1fr 1fr;gap:18px;padding:0 26px}.k{padding:22px;border-radius:8px}
.l{font-size:14px}.v{font-size:38px;margin:8px 0;color:#7ee0a1}.d{font-size:12px;color:#8a93a6}"""
    render("dash_ops_dark", body, 820, 460, css, bg="#0f1115", font="DejaVu Sans")
    add("dash_ops_dark", cat, rng.choice(["what's the error rate", "error rate right now?"]), f"{err}%", "number", "kpi_value", True)
    add("dash_ops_dark", cat, "p95 latency?", f"{p95} ms", "number", "kpi_value", True)

    # p4: four plans with annual pricing
    rng = random.Random(f"{SEED}-p4")
    plans = ["Free", "Solo", "Team", "Enterprise"]
    pr = [0] + sorted(rng.sample(range(6, 60), 2)) + [rng.randint(90, 250)]
    k = rng.choice([1, 2])
    body = "<div class=tg>Monthly | <b>Yearly (save 20%)</b></div><div class=row>" + "".join(
        f"<div class=p><h3>{p}</h3><div class=pr>{'$0' if c == 0 else f'${c}'}</div><div class=u>per user / month, billed yearly</div></div>" for p, c in zip(plans, pr)) + "</div>"
    css = """body{color:#222;background:#fbfaf7}.tg{text-align:center;padding:30px;font-size:17px}.row{display:flex;gap:20px;padding:0 40px}.p{flex:1;background:#fff;border:1px solid #e4e0d6;border-radius:10px;padding:24px}
.pr{font-size:38px;font-weight:bold;color:#b4541a}.u{font-size:13px;color:#777}"""
    render("pricing_four", body, 1200, 360, css, bg="#fbfaf7", font=rng.choice(SERIF))
    add("pricing_four", cat, f"how much is the {plans[k]} plan per user", f"${pr[k]}", "money", "plan_price", True)
    add("pricing_four", cat, rng.choice(["How many plans are offered", "how many pricing tiers r there"]), 4, "count", "plan_count", False)

    # p5: mobile fitness dashboard
    rng = random.Random(f"{SEED}-p5")
    steps = rng.randint(2000, 19000)
    kcal = rng.randint(120, 900)
    sleep = f"{rng.randint(5, 8)}h {rng.randint(10, 59)}m"
    hr = rng.randint(52, 78)
    cards_ = [("Steps", f"{steps:,}", "goal 10,000"), ("Active kcal", f"{kcal}", "today"), ("Sleep", sleep, "last night"), ("Resting HR", f"{hr} bpm", "7-day avg")]
    body = f"<div class=h>Today</div><div class=g>{kpi_cards(cards_, '#fff', '#222', '#ffffff', '#888')}</div>"
    css = """body{color:#222}.h{padding:40px 20px 10px;font-size:34px;font-weight:bold}.g{display:grid;grid-template-columns:1fr 1fr;gap:14px;padding:10px 16px}.k{padding:18px;border-radius:16px;box-shadow:0 1px 4px #0002}
.l{font-size:15px}.v{font-size:28px;font-weight:bold;margin:6px 0}.d{font-size:12px;color:#888}"""
    render("dash_fitness_phone", body, 390, 640, css, bg="#f2f2f7", font="Liberation Sans")
    add("dash_fitness_phone", cat, "how many steps today", steps, "number", "kpi_value", True)
    add("dash_fitness_phone", cat, rng.choice(["how long did i sleep", "sleep last night?"]), sleep, "text", "kpi_value", True)

    # p6: dark pricing, unsorted order, cheapest
    rng = random.Random(f"{SEED}-p6")
    plans = rng.sample(["Basic", "Plus", "Premium", "Family", "Student"], 4)
    while True:
        pr = [rng.randint(3, 25) + 0.99 for _ in plans]
        if len(set(pr)) == 4:
            break
    body = "<h2>Choose your plan</h2><div class=row>" + "".join(f"<div class=p><h3>{p}</h3><div class=pr>€{c:.2f}</div><small>/ month</small></div>" for p, c in zip(plans, pr)) + "</div>"
    css = """body{color:#fff;text-align:center}h2{padding-top:30px}.row{display:flex;gap:16px;padding:20px}.p{flex:1;background:#1e1e1e;border-radius:12px;padding:20px;border:1px solid #333}
.pr{font-size:30px;font-weight:bold;color:#1ed760}small{color:#aaa}"""
    render("pricing_dark", body, 900, 340, css, bg="#121212", font=rng.choice(SANS))
    add("pricing_dark", cat, "which plan is the cheapest", plans[pr.index(min(pr))], "text", "min_plan", True)
    add("pricing_dark", cat, rng.choice(["which one costs the most", "what's the priciest plan"]), plans[pr.index(max(pr))], "text", "max_plan", True)


def main() -> None:
    if IMG.exists():
        shutil.rmtree(IMG)
    IMG.mkdir(parents=True)
    for fn in (receipts, cards, tables, terminals, docs, charts, slides, forms, dashboards):
        fn()
    with open(ROOT / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    n_img = len({r["image"] for r in RECORDS})
    print(f"{len(RECORDS)} questions over {n_img} images")


if __name__ == "__main__":
    main()
