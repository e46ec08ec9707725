"""Build the clean_test3 set: everyday images people paste into a chat assistant.

Run:  nice python benchmarks/clean_test3/build.py
Writes images/ and manifest.jsonl next to this file. Fixed seed; golds come from the
generated data, never typed by hand.
"""

# HTML/CSS templates are kept on long lines on purpose.
# ruff: noqa: E501
from __future__ import annotations

import datetime
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image, ImageChops  # noqa: E402

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
SEED = 20261204
R = random.Random(SEED)

FIRST = ["Tamsin", "Evander", "Rosalind", "Ikenna", "Marisol", "Thaddeus", "Yelena", "Caspian",
         "Odalys", "Benedikt", "Priyanka", "Lorcan", "Junia", "Matthias", "Solveig", "Rafferty",
         "Anouk", "Desmond", "Ilse", "Kwabena", "Fenella", "Octavio", "Margit", "Ptolemy"]
LAST = ["Okoro", "Blyth", "Vantongeren", "Achterberg", "Quennell", "Moravec", "Saltonstall",
        "Ibarguen", "Delacourt", "Hesketh", "Nakashima", "Ferrante", "Lindqvist", "Obuya",
        "Penhaligon", "Czerny", "Altamirano", "Wrexley", "Threlfall", "Kowalczuk"]
FIRMS = ["Larkspur Joinery Ltd", "Quillmoor Analytics", "Brindlewood Plumbing", "Otterbeck Print Co.",
         "Halvard & Sons Glazing", "Cobblestone Data GmbH", "Pemberton Vale Catering",
         "Marrowgate Electrical", "Tidewell Logistics", "Saffron Kettle Bistro", "Nightjar Studio",
         "Kestrel Ridge Outfitters", "Aldermoor Veterinary", "Copperfin Software"]


def person() -> str:
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def people(n: int) -> list[str]:
    return [f"{a} {b}" for a, b in zip(R.sample(FIRST, n), R.sample(LAST, n), strict=True)]


def money(v: float, sym: str = "$") -> str:
    if sym in ("CHF", "CAD", "AUD", "SEK"):
        return f"{sym} {v:,.2f}"
    return f"{sym}{v:,.2f}"


def distinct_prices(n: int, lo: float, hi: float) -> list[float]:
    out: set[float] = set()
    while len(out) < n:
        out.add(round(R.uniform(lo, hi) * 4) / 4 if hi > 50 else round(R.uniform(lo, hi), 2))
    vals = list(out)
    R.shuffle(vals)
    return vals


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_fmt(y: int, m: int, d: int, style: str) -> str:
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "us_long":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "short":
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    raise ValueError(style)


# --------------------------------------------------------------------------- registry

SCENES: list = []


def scene(fn):
    SCENES.append(fn)
    return fn


def Q(question: str, answer, answer_type: str, intent: str, literal: bool) -> dict:
    return {"question": question, "answer": str(answer), "answer_type": answer_type,
            "intent": intent, "literal": literal}


def page(body: str, css: str = "", bg: str = "#ffffff", fg: str = "#1a1a1a",
         font: str = "'Liberation Sans', sans-serif", size: int = 15) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body{{margin:0;padding:0;background:{bg};color:{fg};font-family:{font};font-size:{size}px}}
{css}</style></head><body>{body}</body></html>"""


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- rendering

def shoot(html: str, out: Path, w: int, h: int) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "p.html"
        src.write_text(html, encoding="utf-8")
        tmp = Path(td) / "shot.png"
        cmd = ["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
               "--force-device-scale-factor=1", "--disable-dev-shm-usage",
               f"--user-data-dir={td}/prof", f"--screenshot={tmp}", f"--window-size={w},{h}",
               src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        trim_bottom(tmp, out)


def trim_bottom(src: Path, out: Path, margin: int = 24) -> None:
    im = Image.open(src).convert("RGB")
    bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
    box = ImageChops.difference(im, bg).getbbox()
    if box:
        im = im.crop((0, 0, im.width, min(im.height, box[3] + margin)))
    save_png(im, out)


def save_png(im: Image.Image, out: Path) -> None:
    im.save(out, optimize=True)
    if out.stat().st_size > 150_000:
        im.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)


def save_fig(fig, out: Path, dpi: int = 100) -> None:
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "f.png"
        fig.savefig(tmp, dpi=dpi, facecolor=fig.get_facecolor())
        plt.close(fig)
        save_png(Image.open(tmp).convert("RGB"), out)


# =========================================================================== documents

@scene
def invoice_classic():
    seller, buyer = R.sample(FIRMS, 2)
    contact = person()
    items = ["Oak shelving units", "Site survey", "Hinge set (brass)", "Delivery & install",
             "Varnish, 5 L", "Design consultation", "Cabinet doors"]
    n = 5
    names = R.sample(items, n)
    qty = [R.randint(1, 6) for _ in range(n)]
    unit = distinct_prices(n, 18, 240)
    amt = [round(q * u, 2) for q, u in zip(qty, unit, strict=False)]
    while len(set(amt)) < n:
        qty = [R.randint(1, 6) for _ in range(n)]
        amt = [round(q * u, 2) for q, u in zip(qty, unit, strict=False)]
    sub = round(sum(amt), 2)
    rate = 20
    tax = round(sub * rate / 100, 2)
    total = round(sub + tax, 2)
    inv_no = f"INV-{R.randint(2026000, 2026999)}"
    issued = date_fmt(2026, 3, 9, "uk")
    due = date_fmt(2026, 4, 8, "uk")
    rows = "".join(
        f"<tr><td>{esc(a)}</td><td class=r>{q}</td><td class=r>{money(u, '£')}</td>"
        f"<td class=r>{money(m, '£')}</td></tr>" for a, q, u, m in zip(names, qty, unit, amt, strict=False))
    body = f"""<div class=wrap><div class=top><div><h1>INVOICE</h1><div class=muted>{esc(seller)}<br>
14 Tanner's Row, Whitby YO21 3PU<br>VAT reg. GB 418 2290 17</div></div>
<div class=meta><table><tr><td>Invoice no.</td><td><b>{inv_no}</b></td></tr>
<tr><td>Issue date</td><td>{issued}</td></tr><tr><td>Payment due</td><td>{due}</td></tr></table></div></div>
<div class=bill><div class=lab>BILL TO</div><b>{esc(buyer)}</b><br>Attn: {contact}<br>2 Pellow Yard, Leeds LS2 7EW</div>
<table class=items><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th class=r>Amount</th></tr>
{rows}</table>
<table class=tot><tr><td>Subtotal</td><td class=r>{money(sub, '£')}</td></tr>
<tr><td>VAT ({rate}%)</td><td class=r>{money(tax, '£')}</td></tr>
<tr class=g><td>Total due</td><td class=r>{money(total, '£')}</td></tr></table>
<p class=muted>Please quote {inv_no} with your payment. Sort code 40-11-62, account 71940355.</p></div>"""
    css = """.wrap{padding:40px 50px}h1{margin:0 0 8px;letter-spacing:3px;color:#2b4a6f}
.top{display:flex;justify-content:space-between}.muted{color:#555;font-size:13px;line-height:1.5}
.meta td{padding:3px 8px}.bill{margin:26px 0}.lab{font-size:11px;color:#888;letter-spacing:2px}
table.items{width:100%;border-collapse:collapse}table.items th{background:#2b4a6f;color:#fff;padding:8px;text-align:left}
table.items td{padding:8px;border-bottom:1px solid #ddd}.r{text-align:right!important}
table.tot{margin:16px 0 16px auto;min-width:280px}table.tot td{padding:5px 8px}.g td{font-weight:bold;border-top:2px solid #2b4a6f;font-size:17px}"""
    top = names[amt.index(max(amt))]
    pick = R.randrange(n)
    return dict(name="invoice_classic", category="document", w=900, h=1000,
                html=page(body, css, font="'DejaVu Serif', serif"), qs=[
                    Q("what's the total due on this invoice", money(total, "£"), "money", "total", True),
                    Q("Which line on the invoice comes to the most money?", top, "text", "most_expensive_item", True),
                    Q(f"how much is the {names[pick].lower()} line in total", money(amt[pick], "£"), "money", "line_price", True),
                ])


@scene
def receipt_phone():
    shop = R.choice(["Saffron Kettle Bistro", "Nightjar Café", "The Gilded Turnip"])
    items = ["Flat white", "Oat latte", "Cardamom bun", "Shakshuka", "Sourdough toast", "Orange juice",
             "Granola bowl", "Chai", "Almond croissant"]
    n = R.randint(6, 8)
    names = R.sample(items, n)
    prices = distinct_prices(n, 2.8, 9.5)
    sub = round(sum(prices), 2)
    tip = round(sub * 0.12, 2)
    total = round(sub + tip, 2)
    rows = "".join(f"<div class=row><span>{esc(a)}</span><span>{p:.2f}</span></div>" for a, p in zip(names, prices, strict=False))
    body = f"""<div class=r><div class=c><b>{esc(shop)}</b><br>22 Wharf Lane<br>Table 7 · Server: {R.choice(FIRST)}</div>
<div class=c>{date_fmt(2026, 2, 17, 'short')} 13:42</div><hr>{rows}<hr>
<div class=row><span>Subtotal</span><span>{sub:.2f}</span></div>
<div class=row><span>Service 12%</span><span>{tip:.2f}</span></div>
<div class=row big><span>TOTAL EUR</span><span>{total:.2f}</span></div><hr>
<div class=c>Card ****{R.randint(1000, 9999)} · APPROVED<br>Thank you!</div></div>"""
    css = """.r{width:330px;margin:20px auto;background:#fffdf6;padding:18px;box-shadow:0 0 6px #aaa}
.row{display:flex;justify-content:space-between;padding:2px 0}.c{text-align:center;margin:6px 0}
hr{border:none;border-top:1px dashed #666}.row[big]{font-weight:bold;font-size:18px}"""
    return dict(name="receipt_phone", category="document", w=390, h=760,
                html=page(body, css, bg="#e9e6df", font="'Nimbus Mono PS', monospace", size=14), qs=[
                    Q("how many items did we order? count the lines on the receipt", n, "count", "count_items", False),
                    Q("total on this receipt pls", f"€{total:.2f}", "money", "total", True),
                ])


@scene
def utility_bill():
    cust = person()
    acct = f"{R.randint(100, 999)}-{R.randint(10000, 99999)}-{R.randint(10, 99)}"
    usage = R.randint(310, 780)
    rate = 0.1875
    energy = round(usage * rate, 2)
    standing = 14.60
    tax = round((energy + standing) * 0.05, 2)
    total = round(energy + standing + tax, 2)
    due = date_fmt(2026, 5, 21, "us_long")
    body = f"""<div class=h><div class=logo>Fernhollow Energy</div><div>Customer service 0800 612 4471</div></div>
<div class=p><div class=grid><div><div class=k>Account holder</div><div class=v>{cust}</div>
<div class=k>Account number</div><div class=v>{acct}</div>
<div class=k>Supply address</div><div class=v>9 Heron Close, Ashby</div></div>
<div class=box><div class=k>Amount due</div><div class=amt>{money(total, '$')}</div><div class=k>Pay by</div><div class=v>{due}</div></div></div>
<h3>Your electricity this period (Mar 12 – Apr 11, 2026)</h3>
<table><tr><td>Energy used</td><td>{usage} kWh × ${rate}</td><td class=r>{money(energy)}</td></tr>
<tr><td>Standing charge</td><td>30 days</td><td class=r>{money(standing)}</td></tr>
<tr><td>State energy tax</td><td>5%</td><td class=r>{money(tax)}</td></tr>
<tr class=t><td>Total</td><td></td><td class=r>{money(total)}</td></tr></table></div>"""
    css = """.h{background:#0f6e5a;color:#fff;padding:18px 32px;display:flex;justify-content:space-between;align-items:center}
.logo{font-size:24px;font-weight:bold}.p{padding:24px 32px}.grid{display:flex;justify-content:space-between}
.k{color:#6b7a76;font-size:12px;text-transform:uppercase;margin-top:10px}.v{font-size:16px}
.box{border:2px solid #0f6e5a;border-radius:8px;padding:14px 28px;text-align:center}.amt{font-size:30px;font-weight:bold;color:#0f6e5a}
table{width:100%;border-collapse:collapse}td{padding:8px;border-bottom:1px solid #e2e8e6}.r{text-align:right}.t td{font-weight:bold}"""
    return dict(name="utility_bill", category="document", w=820, h=700,
                html=page(body, css, font="'Liberation Sans', sans-serif"), qs=[
                    Q("When do I have to pay this electric bill by?", due, "date", "due_date", True),
                    Q("whats my account number on the bill", acct, "code", "account_number", True),
                ])


@scene
def bank_statement():
    holder = person()
    bal = round(R.uniform(1500, 4000), 2)
    start = bal
    descs = ["CARD PAYMENT GROCERMART 0412", "DIRECT DEBIT HALLAM MOBILE", "TRANSFER FROM J WRENFIELD",
             "CARD PAYMENT PETROLINK 22", "SALARY COPPERFIN SOFTWARE", "STANDING ORDER RENT FLAT 3",
             "CARD PAYMENT BOOKNOOK", "ATM WITHDRAWAL HIGH ST"]
    amts = [-round(R.uniform(8, 140), 2), -round(R.uniform(20, 60), 2), round(R.uniform(50, 300), 2),
            -round(R.uniform(30, 90), 2), round(R.uniform(2400, 3100), 2), -round(R.uniform(850, 1100), 2),
            -round(R.uniform(6, 40), 2), -float(R.choice([40, 60, 80, 100]))]
    rows = []
    bals = []
    for i, (d, a) in enumerate(zip(descs, amts, strict=False)):
        bal = round(bal + a, 2)
        bals.append(bal)
        out_ = f"{-a:,.2f}" if a < 0 else ""
        in_ = f"{a:,.2f}" if a > 0 else ""
        rows.append(f"<tr><td>{date_fmt(2026, 4, 2 + 3 * i, 'short')}</td><td>{d}</td><td class=r>{out_}</td>"
                    f"<td class=r>{in_}</td><td class=r>{bal:,.2f}</td></tr>")
    spend = [(-a, d) for a, d in zip(amts, descs, strict=False) if a < 0]
    biggest_out = max(spend)[1]
    body = f"""<div class=p><div class=hd><div><b style="font-size:22px">Harrowgate Mutual</b><br>Current Account Statement</div>
<div class=r>{holder}<br>Sort code 20-57-19 · Account 3308 1146<br>Statement period 01 Apr 2026 – 30 Apr 2026</div></div>
<table><tr><th>Date</th><th>Description</th><th class=r>Paid out</th><th class=r>Paid in</th><th class=r>Balance (£)</th></tr>
<tr><td>1 Apr 2026</td><td><i>Balance brought forward</i></td><td></td><td></td><td class=r>{start:,.2f}</td></tr>
{''.join(rows)}</table></div>"""
    css = """.p{padding:30px}.hd{display:flex;justify-content:space-between;margin-bottom:20px;line-height:1.5}
table{width:100%;border-collapse:collapse;font-size:14px}th{text-align:left;border-bottom:2px solid #333;padding:6px}
td{padding:6px;border-bottom:1px solid #ddd}.r{text-align:right}tr:nth-child(even) td{background:#f4f6f9}"""
    return dict(name="bank_statement", category="document", w=1000, h=640,
                html=page(body, css, font="'DejaVu Sans', sans-serif"), qs=[
                    Q("what's the closing balance at the end of the statement", f"£{bals[-1]:,.2f}", "money", "final_balance", True),
                    Q("Which payment out was the largest this month?", biggest_out, "text", "most_expensive_item", True),
                ])


@scene
def quote_dark_mail():
    firm = R.choice(["Marrowgate Electrical", "Brindlewood Plumbing", "Halvard & Sons Glazing"])
    to = person()
    lines = ["Labour (hours)", "Consumer unit replacement", "Cable & fittings", "Certification",
             "Waste removal", "Callout fee"]
    n = R.randint(4, 6)
    names = lines[:n]
    prices = distinct_prices(n, 45, 620)
    sub = round(sum(prices), 2)
    gst = round(sub * 0.10, 2)
    total = round(sub + gst, 2)
    qno = f"Q-{R.randint(4000, 4999)}"
    valid = date_fmt(2026, 6, 30, "short")
    rows = "".join(f"<tr><td>{esc(a)}</td><td class=r>{money(p, 'AUD')}</td></tr>" for a, p in zip(names, prices, strict=False))
    body = f"""<div class=mail><div class=sub>Your quote {qno} from {firm}</div>
<div class=from>{firm} &lt;quotes@{firm.split()[0].lower()}.com.au&gt; → me</div>
<p>Hi {to.split()[0]},</p><p>Thanks for having us round. Please find our quote below. It is valid until <b>{valid}</b>.</p>
<table><tr><th>Item</th><th class=r>Price</th></tr>{rows}
<tr class=s><td>Subtotal</td><td class=r>{money(sub, 'AUD')}</td></tr>
<tr class=s><td>GST 10%</td><td class=r>{money(gst, 'AUD')}</td></tr>
<tr class=t><td>Total (inc. GST)</td><td class=r>{money(total, 'AUD')}</td></tr></table>
<p>Kind regards,<br>{person()}<br>{firm}</p></div>"""
    css = """.mail{padding:26px 36px}.sub{font-size:22px;margin-bottom:6px}.from{color:#9aa0a6;font-size:13px;margin-bottom:14px}
table{border-collapse:collapse;min-width:460px}th{text-align:left;color:#9aa0a6;border-bottom:1px solid #5f6368;padding:6px}
td{padding:6px;border-bottom:1px solid #3c4043}.r{text-align:right}.t td{font-weight:bold;color:#8ab4f8}"""
    return dict(name="quote_dark_mail", category="document", w=760, h=720,
                html=page(body, css, bg="#202124", fg="#e8eaed", font="'Liberation Sans', sans-serif"), qs=[
                    Q("how much is the GST on this quote", money(gst, "AUD"), "money", "tax", True),
                    Q("till when is the quote valid", valid, "date", "due_date", True),
                ])


@scene
def invoice_modern_usd():
    seller = "Copperfin Software"
    client = R.choice(["Tidewell Logistics", "Aldermoor Veterinary", "Kestrel Ridge Outfitters"])
    svc = ["API gateway – Pro tier", "Onboarding workshop", "Extra seats (x12)", "Priority support",
           "Data migration"]
    prices = distinct_prices(len(svc), 150, 2400)
    sub = round(sum(prices), 2)
    disc = round(sub * 0.05, 2)
    total = round(sub - disc, 2)
    num = f"CF-{R.randint(10, 99)}{R.randint(100, 999)}"
    due = date_fmt(2026, 7, 15, "iso")
    rows = "".join(f"<div class=li><span>{esc(a)}</span><span>{money(p)}</span></div>" for a, p in zip(svc, prices, strict=False))
    body = f"""<div class=card><div class=top><div class=brand>copperfin</div><div class=st>UNPAID</div></div>
<div class=cols><div><div class=k>Billed to</div><b>{client}</b><br>accounts@{client.split()[0].lower()}.io</div>
<div><div class=k>From</div><b>{seller}</b><br>Invoice {num}</div><div><div class=k>Due</div><b>{due}</b></div></div>
{rows}<div class=li><span>Loyalty discount (5%)</span><span>−{money(disc)}</span></div>
<div class=li tot><span>Amount due</span><span>{money(total)}</span></div></div>"""
    css = """body{padding:30px}.card{background:#fff;border-radius:14px;padding:30px;box-shadow:0 4px 20px #0002}
.top{display:flex;justify-content:space-between;align-items:center}.brand{font-size:26px;font-weight:800;color:#c0642f}
.st{background:#fde8e1;color:#b33;padding:4px 12px;border-radius:20px;font-size:12px;font-weight:bold}
.cols{display:flex;gap:60px;margin:26px 0;line-height:1.5}.k{color:#8a8f98;font-size:12px}
.li{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #eee}.li[tot]{font-size:20px;font-weight:bold;border:none}"""
    return dict(name="invoice_modern_usd", category="document", w=860, h=640,
                html=page(body, css, bg="#f1f3f7", font="'URW Gothic', sans-serif"), qs=[
                    Q("who is this invoice addressed to", client, "text", "addressed_to", True),
                    Q("Invoice number?", num, "code", "invoice_number", True),
                ])


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    only = set(argv)
    if not only and IMAGES.exists():
        shutil.rmtree(IMAGES)
    IMAGES.mkdir(parents=True, exist_ok=True)
    rows = []
    failed = []
    for fn in SCENES:
        R.seed(f"{SEED}-{fn.__name__}")  # one stream per scene: editing one scene leaves the others unchanged
        spec = fn()
        if only and spec["name"] not in only:
            continue
        out = IMAGES / f"{spec['name']}.png"
        try:
            if "fig" in spec:
                save_fig(spec["fig"], out, spec.get("dpi", 100))
            else:
                shoot(spec["html"], out, spec["w"], spec["h"])
        except Exception as exc:  # noqa: BLE001
            failed.append((spec["name"], repr(exc)))
            print("FAILED", spec["name"], exc, file=sys.stderr)
            continue
        if "fig" in spec:
            pass
        for q in spec["qs"]:
            rows.append({"image": f"images/{out.name}", "category": spec["category"], **q})
        print(f"{spec['name']:28s} {out.stat().st_size // 1024:4d} KB  {len(spec['qs'])} q")
    for fn_fig in plt.get_fignums():
        plt.close(fn_fig)
    if only:
        return
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"c3-{i:04d}", "image": r["image"], "question": r["question"], "answer": r["answer"],
                   "answer_type": r["answer_type"], "category": r["category"], "intent": r["intent"],
                   "literal": r["literal"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(rows)} questions over {len(SCENES) - len(failed)} images; failed: {failed}")


# =========================================================================== cards and passes

@scene
def id_card():
    given, surname = R.choice(FIRST), R.choice(LAST)
    nat = R.choice(["Valdorian", "Estmarch", "Republic of Corvania"])
    dob = date_fmt(R.randint(1970, 2001), R.randint(1, 12), R.randint(1, 28), "dots")
    exp = date_fmt(R.randint(2028, 2034), R.randint(1, 12), R.randint(1, 28), "dots")
    docno = f"{R.choice('CKLMPTX')}{R.choice('ABDFH')}{R.randint(1000000, 9999999)}"
    body = f"""<div class=card><div class=band>REPUBLIC OF CORVANIA · IDENTITY CARD</div>
<div class=in><div class=ph>PHOTO</div><div class=f>
<div class=k>Surname / Nom</div><div class=v>{surname.upper()}</div>
<div class=k>Given names / Prénoms</div><div class=v>{given.upper()}</div>
<div class=row><div><div class=k>Date of birth</div><div class=v>{dob}</div></div>
<div><div class=k>Sex</div><div class=v>{R.choice('FM')}</div></div></div>
<div class=row><div><div class=k>Nationality</div><div class=v>{nat.upper()}</div></div></div>
<div class=row><div><div class=k>Document no.</div><div class=v>{docno}</div></div>
<div><div class=k>Date of expiry</div><div class=v>{exp}</div></div></div></div></div></div>"""
    css = """body{padding:30px}.card{width:640px;border-radius:18px;background:linear-gradient(135deg,#dfeee6,#c9dff0);overflow:hidden;border:1px solid #9bb}
.band{background:#2d5d7b;color:#fff;padding:10px 20px;font-weight:bold;letter-spacing:1px;font-size:14px}
.in{display:flex;padding:18px;gap:22px}.ph{width:140px;height:180px;background:#b8c8d4;font-size:14px;color:#6a7d8a;text-align:center;line-height:180px;border-radius:6px}
.k{font-size:10px;color:#45606f;margin-top:6px}.v{font-size:17px;font-weight:bold;font-family:'Nimbus Mono PS',monospace}.row{display:flex;gap:40px}"""
    return dict(name="id_card", category="card", w=720, h=380,
                html=page(body, css, bg="#f0f0f0", font="'Liberation Sans', sans-serif"), qs=[
                    Q("what's the date of birth on this ID", dob, "date", "date_of_birth", True),
                    Q("When does the card expire?", exp, "date", "expiry", True),
                    Q("nationality on the id card?", nat.upper(), "text", "nationality", True),
                ])


@scene
def library_card():
    who = person()
    num = " ".join(str(R.randint(1000, 9999)) for _ in range(3))
    exp = f"{R.randint(1, 12):02d}/{R.randint(27, 30)}"
    body = f"""<div class=card><div class=t>Pennywhistle<br><span>Public Library</span></div>
<div class=n>{num}</div><div class=b><div><div class=k>MEMBER</div>{who}</div><div><div class=k>VALID THRU</div>{exp}</div></div>
<div class=bar></div></div>"""
    css = """body{padding:24px}.card{width:420px;height:250px;border-radius:16px;background:#5b2a86;color:#fff;padding:22px;box-sizing:border-box;position:relative}
.t{font-size:24px;font-weight:bold;font-family:'P052',serif}.t span{font-size:15px;font-weight:normal;opacity:.8}
.n{font-family:'DejaVu Sans Mono',monospace;font-size:22px;margin-top:34px;letter-spacing:2px}
.b{display:flex;justify-content:space-between;margin-top:22px;font-size:16px}.k{font-size:9px;opacity:.7}
.bar{position:absolute;right:22px;top:22px;width:80px;height:40px;background:repeating-linear-gradient(90deg,#fff 0 2px,transparent 2px 5px)}"""
    return dict(name="library_card", category="card", w=480, h=310,
                html=page(body, css, bg="#1d1d1f", font="'Liberation Sans', sans-serif"), qs=[
                    Q("read me the library card number", num, "code", "card_number", True),
                    Q("whose card is this", who, "person", "card_holder", True),
                ])


@scene
def boarding_pass():
    pax = f"{R.choice(LAST).upper()}/{R.choice(FIRST).upper()}"
    gate = f"{R.choice('ABCD')}{R.randint(2, 48)}"
    seat = f"{R.randint(3, 38)}{R.choice('ACDF')}"
    flight = f"NV {R.randint(100, 999)}"
    board = f"{R.randint(6, 21):02d}:{R.choice([5, 15, 25, 35, 45, 55]):02d}"
    body = f"""<div class=bp><div class=l><div class=al>NORDVALE AIR · BOARDING PASS</div>
<div class=route><div><div class=c>OSL</div>Oslo</div><div class=pl>✈</div><div><div class=c>LIS</div>Lisbon</div></div>
<div class=g><div><div class=k>PASSENGER</div>{pax}</div><div><div class=k>FLIGHT</div>{flight}</div>
<div><div class=k>DATE</div>{date_fmt(2026, 8, 14, 'short').upper()}</div></div>
<div class=g><div><div class=k>GATE</div><b>{gate}</b></div><div><div class=k>BOARDING</div><b>{board}</b></div>
<div><div class=k>SEAT</div><b>{seat}</b></div><div><div class=k>GROUP</div><b>{R.randint(1, 5)}</b></div></div></div>
<div class=r><div class=k>SEAT</div><div class=big>{seat}</div><div class=k>GATE</div><div class=big>{gate}</div></div></div>"""
    css = """body{padding:24px}.bp{display:flex;width:820px;background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 2px 10px #0003}
.l{flex:1;padding:20px}.r{width:170px;background:#e8f1f8;padding:20px;border-left:2px dashed #99a}.al{color:#0b4f8a;font-weight:bold;letter-spacing:1px}
.route{display:flex;gap:40px;align-items:center;margin:14px 0}.c{font-size:34px;font-weight:bold}.pl{font-size:30px;color:#0b4f8a}
.g{display:flex;gap:46px;margin-top:12px}.k{font-size:10px;color:#778}.big{font-size:28px;font-weight:bold}"""
    return dict(name="boarding_pass", category="card", w=880, h=340,
                html=page(body, css, bg="#d6dde5", font="'Nimbus Sans', sans-serif"), qs=[
                    Q("what gate am i at", gate, "code", "gate", True),
                    Q("What time does boarding start?", board, "time", "time", True),
                ])


@scene
def train_ticket():
    dep = f"{R.randint(6, 20):02d}:{R.randint(0, 59):02d}"
    plat = str(R.randint(2, 14))
    coach, seat = R.choice("ABCDEFG"), R.randint(11, 88)
    price = round(R.uniform(19, 119), 2)
    body = f"""<div class=t><div class=top><span>Ferrovia Altamira</span><span>e-ticket</span></div>
<div class=route>Valmonte Centrale → Porto Sereno</div>
<div class=g><div><div class=k>Date</div>{date_fmt(2026, 9, 3, 'uk')}</div><div><div class=k>Departs</div>{dep}</div>
<div><div class=k>Platform</div>{plat}</div><div><div class=k>Train</div>FA {R.randint(9000, 9899)}</div></div>
<div class=g><div><div class=k>Coach</div>{coach}</div><div><div class=k>Seat</div>{seat}</div><div><div class=k>Class</div>2nd</div>
<div><div class=k>Fare</div>{money(price, '€')}</div></div>
<div class=qr></div><div class=ref>Booking ref {R.choice('KLMNPQ')}{R.randint(10000, 99999)}</div></div>"""
    css = """.t{margin:16px;background:#fff;border-radius:14px;padding:18px;color:#222}
.top{display:flex;justify-content:space-between;color:#a11;font-weight:bold}.route{font-size:21px;font-weight:bold;margin:14px 0}
.g{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin:10px 0;font-size:18px}.k{font-size:11px;color:#888}
.qr{width:150px;height:150px;margin:16px auto;background:repeating-conic-gradient(#000 0 25%,#fff 0 50%) 0 0/18px 18px}.ref{text-align:center;color:#555}"""
    return dict(name="train_ticket", category="card", w=390, h=700,
                html=page(body, css, bg="#3a0c10", font="'DejaVu Sans', sans-serif", size=15), qs=[
                    Q("which platform is my train from", plat, "number", "platform", True),
                    Q("what did the ticket cost", money(price, "€"), "money", "price", True),
                ])


@scene
def parcel_label():
    track = f"TW{R.randint(10, 99)} {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(10, 99)}"
    rec = person()
    wt = f"{R.uniform(0.4, 12):.1f} kg"
    body = f"""<div class=l><div class=h><b>TIDEWELL</b> EXPRESS <span class=sv>NEXT DAY</span></div>
<div class=s><div class=k>FROM</div>Kestrel Ridge Outfitters<br>Unit 4, Ferris Park, Derby DE21 4BT</div>
<div class=s to><div class=k>DELIVER TO</div><b>{rec}</b><br>31 Calloway Gardens<br>Norwich NR3 1QX</div>
<div class=s><div class=k>WEIGHT</div>{wt} &nbsp;&nbsp; <span class=k>PIECES</span> 1/1</div>
<div class=bc></div><div class=tn>{track}</div></div>"""
    css = """body{padding:20px}.l{width:500px;border:3px solid #000;font-family:'Liberation Sans',sans-serif}.h{background:#000;color:#fff;padding:10px;font-size:22px}
.sv{float:right;font-size:14px;border:1px solid #fff;padding:2px 6px}.s{border-bottom:2px solid #000;padding:10px;font-size:15px;line-height:1.4}
.s[to]{font-size:19px}.k{font-size:10px;font-weight:bold}.bc{height:90px;margin:14px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px)}
.tn{text-align:center;font-family:'DejaVu Sans Mono',monospace;font-size:20px;padding-bottom:12px}"""
    return dict(name="parcel_label", category="card", w=560, h=560,
                html=page(body, css, bg="#c8a97e"), qs=[
                    Q("tracking number on the label?", track, "code", "tracking_number", True),
                    Q("Who is the parcel going to?", rec, "person", "addressed_to", True),
                ])


@scene
def prescription_label():
    pt = person()
    drug = R.choice(["Amoxicillin 500 mg capsules", "Sertraline 50 mg tablets", "Lisinopril 10 mg tablets"])
    rx = f"RX {R.randint(600000, 699999)}"
    qty = R.choice([14, 21, 28, 30, 56])
    refills = R.randint(0, 3)
    doc = f"Dr. {R.choice(FIRST)} {R.choice(LAST)}"
    body = f"""<div class=l><div class=ph>GREENHOLLOW PHARMACY · (555) 014-2290</div>
<div class=rx>{rx} &nbsp; Filled {date_fmt(2026, 10, 6, 'iso')}</div>
<div class=pt>{pt.upper()}</div><div class=dr>{esc(drug)}</div>
<div class=in>TAKE ONE BY MOUTH TWICE DAILY WITH FOOD</div>
<div class=g><span>QTY: {qty}</span><span>REFILLS: {refills}</span><span>Prescriber: {doc}</span></div>
<div class=w>Discard after {date_fmt(2027, 10, 6, 'iso')}</div></div>"""
    css = """body{padding:20px}.l{width:560px;background:#fff;border:1px solid #999;padding:14px;font-family:'Liberation Sans Narrow','Liberation Sans',sans-serif}
.ph{background:#1f7a4d;color:#fff;padding:6px;font-weight:bold}.rx{margin:8px 0;font-size:14px}.pt{font-size:22px;font-weight:bold}
.dr{font-size:18px;margin:4px 0}.in{font-size:16px;margin:10px 0;font-weight:bold}.g{display:flex;justify-content:space-between;font-size:14px}
.w{margin-top:10px;background:#ffe14d;padding:4px;font-size:13px}"""
    return dict(name="prescription_label", category="card", w=640, h=320,
                html=page(body, css, bg="#e4eef0"), qs=[
                    Q("how many refills are left on this prescription", refills, "number", "field_value", True),
                    Q("what's the Rx number", rx, "code", "card_number", True),
                ])


# =========================================================================== tables

@scene
def league_table():
    clubs = ["Ashcombe Rovers", "Dunmere Athletic", "Port Callow", "Wexbridge Town", "Hollins FC",
             "Saltmarsh United", "Greyford City", "Brackenholt", "Loxley Vale", "Emberton Albion"]
    rows = []
    pts_seen = set()
    for c in clubs:
        while True:
            w, d = R.randint(3, 18), R.randint(2, 9)
            lost = 26 - w - d
            if lost < 0:
                continue
            pts = 3 * w + d
            if pts not in pts_seen:
                break
        pts_seen.add(pts)
        gf, ga = R.randint(20, 60), R.randint(18, 55)
        rows.append([c, 26, w, d, lost, gf, ga, gf - ga, pts])
    rows.sort(key=lambda r: -r[8])
    gfs = [r[5] for r in rows]
    while len(set(gfs)) < len(gfs):
        for r in rows:
            r[5] = R.randint(20, 60)
            r[7] = r[5] - r[6]
        gfs = [r[5] for r in rows]
    hdr = "".join(f"<th>{h}</th>" for h in ["#", "Club", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"])
    body_rows = "".join(
        f"<tr><td>{i}</td><td class=cl>{r[0]}</td>" + "".join((f"<td>{v:+d}</td>" if v else "<td>0</td>") if j == 7 else f"<td>{v}</td>"
                                                            for j, v in enumerate(r[1:], 1)) + "</tr>"
        for i, r in enumerate(rows, 1))
    body = f"<div class=p><h2>Westmoor League · Table after matchday 26</h2><table><tr>{hdr}</tr>{body_rows}</table></div>"
    css = """.p{padding:20px}h2{font-weight:600;font-size:19px}table{border-collapse:collapse;width:100%}
th{background:#1b3b2a;color:#e9f5ee;padding:7px}td{padding:7px;text-align:center;border-bottom:1px solid #2c3e34}
td.cl{text-align:left}tr:nth-child(2) td{background:#1f4a33}"""
    a, b = rows[1], rows[5]
    most_gf = max(rows, key=lambda r: r[5])[0]
    return dict(name="league_table", category="table", w=820, h=560,
                html=page(body, css, bg="#10201a", fg="#e3efe8", font="'DejaVu Sans Condensed','DejaVu Sans',sans-serif", size=14), qs=[
                    Q(f"how many points is {a[0]} ahead of {b[0]}", a[8] - b[8], "number", "difference", False),
                    Q("which club has scored the most goals (GF)?", most_gf, "text", "max_row", False),
                ])


@scene
def price_list():
    prods = ["Hex bolt M8×40", "Wood screw 4×50", "Wall plug 6 mm", "Washer M10", "Cable tie 200 mm",
             "Hinge 75 mm", "Shelf bracket", "Hook & eye 40 mm", "Chain 3 mm (per m)"]
    packs = [R.choice([10, 25, 50, 100, 200]) for _ in prods]
    prices = distinct_prices(len(prods), 1.2, 24)
    stock = [R.choice(["In stock", "In stock", "Low stock", "Out of stock"]) for _ in prods]
    skus = [f"HW-{R.randint(1000, 9999)}" for _ in prods]
    rows = "".join(f"<tr><td>{s}</td><td>{p}</td><td>{k}</td><td class=r>{money(v, 'CHF')}</td><td class='{st.split()[0].lower()}'>{st}</td></tr>"
                   for s, p, k, v, st in zip(skus, prods, packs, prices, stock, strict=False))
    body = f"""<div class=p><h1>Trade price list — fixings</h1><p class=m>Vogt &amp; Hesketh AG · prices excl. VAT · valid Q3 2026</p>
<table><tr><th>SKU</th><th>Product</th><th>Pack</th><th class=r>Price / pack</th><th>Availability</th></tr>{rows}</table></div>"""
    css = """.p{padding:24px 30px}h1{font-size:24px;margin:0}.m{color:#666}table{border-collapse:collapse;width:100%}
th{text-align:left;border-bottom:2px solid #444;padding:6px}td{padding:6px;border-bottom:1px solid #ddd}.r{text-align:right}
.in{color:#17803d}.low{color:#b86e00}.out{color:#b3261e;font-weight:bold}"""
    cheapest = prods[prices.index(min(prices))]
    i = R.randrange(len(prods))
    return dict(name="price_list", category="table", w=900, h=560,
                html=page(body, css, font="'Nimbus Sans', sans-serif"), qs=[
                    Q("how many products are out of stock", stock.count("Out of stock"), "count", "count_status", False),
                    Q("which is the cheapest item per pack", cheapest, "text", "min_row", False),
                    Q(f"price of the {prods[i]}?", money(prices[i], "CHF"), "money", "cell_lookup", True),
                ])


@scene
def bus_timetable():
    stops = ["Ferris Park", "Market Cross", "St Aldhelm's Church", "Railway Station", "Hollybank Estate",
             "Northgate Hospital"]
    starts = [6 * 60 + 40 + 35 * i + R.choice([0, 5]) for i in range(6)]
    gaps = [R.randint(4, 11) for _ in stops[1:]]
    cols = []
    for s in starts:
        t = [s]
        for g in gaps:
            t.append(t[-1] + g)
        cols.append(t)

    def hm(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"
    rows = "".join(f"<tr><th>{st}</th>" + "".join(f"<td>{hm(c[i])}</td>" for c in cols) + "</tr>"
                   for i, st in enumerate(stops))
    body = f"""<div class=p><h2>Route 14 · Ferris Park → Northgate Hospital</h2><div class=sub>Monday to Friday</div>
<table>{rows}</table></div>"""
    css = """.p{padding:16px}h2{font-size:20px;margin:0;color:#ffd33d}.sub{color:#aaa;margin-bottom:10px}
table{border-collapse:collapse;width:100%}th{text-align:left;font-weight:normal;padding:7px;color:#ddd}
td{padding:7px;text-align:center;font-family:'DejaVu Sans Mono',monospace}tr:nth-child(odd){background:#26272b}"""
    j = R.randrange(6)
    k = R.randrange(1, 6)
    return dict(name="bus_timetable", category="table", w=760, h=420,
                html=page(body, css, bg="#18191c", fg="#f0f0f0", font="'Liberation Sans', sans-serif"), qs=[
                    Q(f"if i catch the {hm(cols[j][0])} from Ferris Park, when does it get to {stops[k]}", hm(cols[j][k]), "time", "cell_lookup", True),
                    Q("what time is the first bus at Northgate Hospital", hm(cols[0][-1]), "time", "cell_lookup", True),
                ])


@scene
def grade_sheet():
    studs = people(9)
    marks = []
    for _ in studs:
        marks.append([R.randint(38, 98) for _ in range(3)])
    avgs = [round(sum(m) / 3, 1) for m in marks]
    while len(set(avgs)) < 9 or len({m[1] for m in marks}) < 9:
        marks = [[R.randint(38, 98) for _ in range(3)] for _ in studs]
        avgs = [round(sum(m) / 3, 1) for m in marks]
    status = ["Pass" if a >= 55 else "Resit" for a in avgs]
    rows = "".join(f"<tr><td>{s}</td>" + "".join(f"<td>{v}</td>" for v in m) + f"<td>{a}</td><td>{st}</td></tr>"
                   for s, m, a, st in zip(studs, marks, avgs, status, strict=False))
    body = f"""<div class=p><div class=tb>Gradebook — MATH 204 Linear Algebra · Spring 2026</div>
<table><tr><th>Student</th><th>Quiz</th><th>Midterm</th><th>Final</th><th>Average</th><th>Status</th></tr>{rows}</table></div>"""
    css = """.p{padding:14px}.tb{background:#e8eaed;padding:8px;font-weight:bold;border:1px solid #c5c8cc}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #c5c8cc;padding:5px 8px}th{background:#f3f4f6;text-align:left}"""
    lo_mid = studs[min(range(9), key=lambda i: marks[i][1])]
    return dict(name="grade_sheet", category="table", w=780, h=420,
                html=page(body, css, font="'Liberation Sans', Arial, sans-serif", size=14), qs=[
                    Q("who got the lowest midterm mark", lo_mid, "person", "min_row", False),
                    Q("how many students have to resit", status.count("Resit"), "count", "count_status", False),
                ])


@scene
def html_inventory():
    items = ["Standing desk", "Monitor arm", "Ergonomic chair", "Laptop stand", "USB-C dock", "Desk lamp",
             "Whiteboard", "Footrest"]
    q = [R.randint(0, 120) for _ in items]
    while len(set(q)) < len(q):
        q = [R.randint(0, 120) for _ in items]
    unit = distinct_prices(len(items), 15, 480)
    body = "<div class=p><h3>warehouse_stock.html</h3><table border=1><tr><th>Item</th><th>Qty</th><th>Unit cost</th><th>Location</th></tr>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c:.2f}</td><td>Aisle {R.randint(1, 9)}</td></tr>" for a, b, c in zip(items, q, unit, strict=False)) + "</table></div>"
    css = ".p{padding:8px}table{border-collapse:collapse}td,th{padding:3px 8px}"
    total_q = sum(q)
    return dict(name="html_inventory", category="table", w=560, h=400,
                html=page(body, css, font="'Liberation Serif', 'Times New Roman', serif", size=16), qs=[
                    Q("add up the Qty column for me", total_q, "number", "column_total", False),
                    Q("which item do we have the most of", items[q.index(max(q))], "text", "max_row", False),
                ])


@scene
def dark_sheet_sales():
    reps = people(7)
    regions = [R.choice(["North", "South", "East", "West"]) for _ in reps]
    q1 = [R.randint(20, 90) * 1000 for _ in reps]
    q2 = [R.randint(20, 90) * 1000 for _ in reps]
    while len({b - a for a, b in zip(q1, q2, strict=False)}) < 7 or max(b - a for a, b in zip(q1, q2, strict=False)) <= 0:
        q2 = [R.randint(20, 90) * 1000 for _ in reps]
    rows = "".join(f"<tr><td>{i + 2}</td><td>{r}</td><td>{g}</td><td class=n>{a:,}</td><td class=n>{b:,}</td></tr>"
                   for i, (r, g, a, b) in enumerate(zip(reps, regions, q1, q2, strict=False)))
    body = f"""<div class=bar>Sales_2026.xlsx</div><table><tr><td class=h></td><td class=h>A</td><td class=h>B</td><td class=h>C</td><td class=h>D</td></tr>
<tr><td>1</td><td><b>Rep</b></td><td><b>Region</b></td><td class=n><b>Q1 ($)</b></td><td class=n><b>Q2 ($)</b></td></tr>{rows}</table>"""
    css = """.bar{background:#1e6b3f;color:#fff;padding:8px 12px}table{border-collapse:collapse;margin:8px}
td{border:1px solid #3a3d41;padding:4px 10px;min-width:60px}.h,tr td:first-child{background:#2b2d31;color:#999;text-align:center}.n{text-align:right}"""
    grow = [b - a for a, b in zip(q1, q2, strict=False)]
    best = reps[grow.index(max(grow))]
    return dict(name="dark_sheet_sales", category="table", w=720, h=330,
                html=page(body, css, bg="#1f2023", fg="#e6e6e6", font="'Liberation Sans', sans-serif", size=14), qs=[
                    Q("who improved the most from Q1 to Q2", best, "person", "difference", False),
                    Q(f"what were {reps[2]}'s Q2 sales", f"${q2[2]:,}", "money", "cell_lookup", True),
                ])


# =========================================================================== terminal

THEMES = {
    "dracula": dict(bg="#282a36", fg="#f8f8f2", bar="#1e1f29", acc="#50fa7b", err="#ff5555", dim="#6272a4"),
    "solar_light": dict(bg="#fdf6e3", fg="#586e75", bar="#eee8d5", acc="#859900", err="#dc322f", dim="#93a1a1"),
    "green": dict(bg="#0a0f0a", fg="#33ff66", bar="#1a1a1a", acc="#aaffaa", err="#ff6666", dim="#1f9f40"),
    "mac_light": dict(bg="#ffffff", fg="#222222", bar="#e3e3e3", acc="#1a7f37", err="#cf222e", dim="#8c8c8c"),
    "nord": dict(bg="#2e3440", fg="#d8dee9", bar="#242933", acc="#a3be8c", err="#bf616a", dim="#616e88"),
    "ubuntu": dict(bg="#300a24", fg="#eeeeec", bar="#2c2c2c", acc="#8ae234", err="#ef2929", dim="#ad7fa8"),
}
MONOS = ["'DejaVu Sans Mono'", "'Liberation Mono'", "'Nimbus Mono PS'"]


def term(name: str, title: str, text: str, theme: str, font: str, size: int, w: int, h: int,
         category: str, qs: list) -> dict:
    t = THEMES[theme]
    body = f"""<div class=win><div class=bar><span class=d style="background:#ff5f57"></span><span class=d style="background:#febc2e"></span>
<span class=d style="background:#28c840"></span><span class=tt>{esc(title)}</span></div><pre>{text}</pre></div>"""
    css = f""".win{{margin:0;min-height:100vh;background:{t['bg']}}}.bar{{background:{t['bar']};padding:7px 10px;color:{t['dim']};font-family:'Liberation Sans',sans-serif;font-size:13px}}
.d{{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle}}.tt{{margin-left:30px}}
pre{{font-variant-ligatures:none;margin:0;padding:10px 14px;font-family:{font},monospace;font-size:{size}px;line-height:1.35;white-space:pre}}
.p{{color:{t['acc']};font-weight:bold}}.e{{color:{t['err']};font-weight:bold}}.m{{color:{t['dim']}}}"""
    return dict(name=name, category=category, w=w, h=h, html=page(body, css, bg=t["bg"], fg=t["fg"]), qs=qs)


def prompt(user: str, host: str, cwd: str = "~") -> str:
    return f"<span class=p>{user}@{host}</span>:<span class=m>{cwd}</span>$ "


@scene
def df_h():
    host = R.choice(["brackenholt", "kestrel-db01", "otterbeck-nas"])
    fss = [("/dev/nvme0n1p2", 468, "/"), ("/dev/nvme0n1p1", 0.5, "/boot/efi"), ("/dev/sda1", 1800, "/srv/media"),
           ("/dev/sdb1", 916, "/home"), ("/dev/mapper/vg-backup", 3600, "/backup")]
    lines = [f"{'Filesystem':<22}{'Size':>6}{'Used':>6}{'Avail':>6} Use% Mounted on",
             f"{'tmpfs':<22}{'3.2G':>6}{'2.1M':>6}{'3.2G':>6}   1% /run"]
    pcts = R.sample(range(12, 97), len(fss))
    avail_map = {}
    for (dev, size, mnt), p in zip(fss, pcts, strict=False):
        used = size * p / 100
        av = size - used

        def hs(g: float) -> str:
            return f"{g / 1000:.1f}T" if g >= 1000 else (f"{g:.0f}G" if g >= 10 else (f"{g * 1000:.0f}M" if g < 1 else f"{g:.1f}G"))
        avail_map[mnt] = hs(av)
        lines.append(f"{dev:<22}{hs(size):>6}{hs(used):>6}{hs(av):>6} {p:>3}% {mnt}")
    fullest = fss[pcts.index(max(pcts))][2]
    text = prompt("ops", host) + "df -h\n" + "\n".join(lines) + "\n" + prompt("ops", host)
    return term("df_h", f"ops@{host}: ~", text, "dracula", MONOS[0], 14, 720, 300, "terminal", [
        Q("how much space is free on /home", avail_map["/home"], "text", "free_space", True),
        Q("Which mount is the fullest?", fullest, "code", "max_row", False),
    ])


@scene
def ls_l():
    files = ["report_final.pdf", "backup.tar.gz", "notes.md", "photo_0412.jpg", "deploy.sh", "data.csv", "venv"]
    sizes = R.sample(range(120, 9_800_000), len(files))
    days = R.sample(range(1, 28), len(files))
    lines = [f"total {sum(sizes) // 1024}"]
    for f, s, d in zip(files, sizes, days, strict=False):
        isdir = f == "venv"
        perm = "drwxr-xr-x" if isdir else ("-rwxr-xr-x" if f.endswith(".sh") else "-rw-r--r--")
        sz = 4096 if isdir else s
        lines.append(f"{perm} {2 if isdir else 1} juno staff {sz:>8} Mar {d:>2} {R.randint(8, 23):02d}:{R.randint(0, 59):02d} {f}")
    reg = [(s, f) for f, s in zip(files, sizes, strict=False) if f != "venv"]
    largest = max(reg)[1]
    newest = files[days.index(max(days))]
    text = prompt("juno", "lark", "~/Downloads") + "ls -l\n" + "\n".join(lines) + "\n" + prompt("juno", "lark", "~/Downloads")
    return term("ls_l", "juno@lark: ~/Downloads", text, "solar_light", MONOS[1], 15, 700, 320, "terminal", [
        Q("biggest file in this listing?", largest, "code", "largest", False),
        Q("which one was modified most recently", newest, "code", "most_recent", False),
    ])


@scene
def kubectl_pods():
    names = ["api-gateway", "billing-worker", "ledger-sync", "redis-cache", "web-frontend", "notifier"]
    bad = R.choice(names[1:])
    bad_status = R.choice(["CrashLoopBackOff", "ImagePullBackOff", "Error"])
    lines = [f"{'NAME':<36}{'READY':<8}{'STATUS':<20}{'RESTARTS':<10}AGE"]
    restarts = {}
    for n in names:
        pod = f"{n}-{R.randint(5, 9)}{R.choice('bcdf')}{R.randint(100, 999)}-{''.join(R.choice('abcdefghjkmnpqrstvwxz2456789') for _ in range(5))}"
        st = bad_status if n == bad else "Running"
        rs = R.randint(6, 40) if n == bad else R.randint(0, 2)
        restarts[n] = rs
        ready = "0/1" if n == bad else "1/1"
        lines.append(f"{pod:<36}{ready:<8}{st:<20}{rs:<10}{R.randint(2, 30)}d")
        if n == bad:
            bad_pod = pod
    text = prompt("sre", "ctl", "~") + "kubectl get pods -n payments\n" + "\n".join(lines) + "\n" + prompt("sre", "ctl", "~")
    return term("kubectl_pods", "sre@ctl — kubectl", text, "nord", MONOS[0], 14, 860, 260, "terminal", [
        Q("which pod isn't running", bad_pod, "code", "not_running", False),
        Q(f"what status is {bad_pod} in", bad_status, "code", "status", True),
    ])


@scene
def pytest_fail():
    nfail, npass = R.randint(2, 5), R.randint(40, 140)
    tfiles = ["tests/test_invoice.py", "tests/test_ledger.py", "tests/test_export.py", "tests/api/test_auth.py"]
    fails = []
    for i in range(nfail):
        f = R.choice(tfiles)
        fails.append(f"FAILED {f}::test_{R.choice(['rounding', 'currency', 'totals', 'empty_cart', 'expiry', 'refresh'])}_{i} - AssertionError")
    first_file = fails[0].split()[1].split("::")[0]
    marks = ["."] * (npass + nfail)
    for pos in R.sample(range(npass + nfail), nfail):
        marks[pos] = "F"
    progress = "\n".join("".join(marks[i:i + 80]) for i in range(0, len(marks), 80))
    line = R.randint(30, 260)
    text = (prompt("dev", "quill", "~/shop") + "pytest -q\n"
            + progress + "\n"
            + "=================================== FAILURES ===================================\n"
            + f"______________________________ {fails[0].split('::')[1].split()[0]} ______________________________\n\n"
            + "    def test():\n        cart = make_cart(items=3)\n"
            + "&gt;       assert cart.total() == Decimal(\"30.00\")\n"
            + "<span class=e>E       AssertionError: assert Decimal('29.99') == Decimal('30.00')</span>\n\n"
            + f"{first_file}:{line}: AssertionError\n"
            + "=========================== short test summary info ============================\n"
            + "\n".join(f"<span class=e>{x}</span>" for x in fails) + "\n"
            + f"<span class=e>{nfail} failed</span>, <span class=p>{npass} passed</span> in {R.uniform(2, 30):.2f}s\n")
    return term("pytest_fail", "dev@quill: ~/shop", text, "ubuntu", MONOS[1], 13, 900, 520, "terminal", [
        Q("how many tests failed?", nfail, "count", "tests_failed", True),
        Q("the first failure is in which file and at what line", f"{first_file}:{line}", "code", "failing_file_line", True),
    ])


@scene
def py_traceback():
    fn = R.choice(["normalise_row", "parse_amount", "load_rates"])
    ln = R.randint(40, 300)
    key = R.choice(["currency", "amount_cents", "iso_code"])
    text = (prompt("mira", "nightjar", "~/etl") + "python run_import.py data/april.csv\n"
            + "Traceback (most recent call last):\n"
            + '  File "/home/mira/etl/run_import.py", line 61, in &lt;module&gt;\n    main(sys.argv[1])\n'
            + f'  File "/home/mira/etl/run_import.py", line 33, in main\n    rows = [{fn}(r) for r in reader]\n'
            + f'  File "/home/mira/etl/importer/rows.py", line {ln}, in {fn}\n    code = row["{key}"].upper()\n'
            + f"<span class=e>KeyError: '{key}'</span>\n" + prompt("mira", "nightjar", "~/etl"))
    return term("py_traceback", "mira@nightjar: ~/etl", text, "mac_light", MONOS[2], 15, 760, 300, "terminal", [
        Q("what's the error", f"KeyError: '{key}'", "error", "error_message", True),
        Q("which line in rows.py blew up", ln, "number", "failing_file_line", True),
    ])


@scene
def git_log():
    authors = people(5)
    msgs = ["Fix rounding in VAT totals", "Add CSV export for ledgers", "Bump serde to 1.0.219",
            "Refactor auth middleware", "Initial dark mode", "Guard against empty carts"]
    R.shuffle(msgs)
    out = []
    for i in range(5):
        h = "".join(R.choice("0123456789abcdef") for _ in range(40))
        out.append((h, authors[i], msgs[i], 12 - i * 2))
    text = prompt("kit", "otterbeck", "~/ledger") + "git log\n"
    for h, a, m, d in out:
        em = a.split()[0].lower()
        text += (f"<span style='color:#e5c07b'>commit {h}</span>\nAuthor: {a} &lt;{em}@otterbeck.dev&gt;\n"
                 f"Date:   {datetime.date(2026, 11, d + 10).strftime('%a')} Nov {d + 10} {R.randint(9, 18)}:{R.randint(10, 59)}:{R.randint(10, 59)} 2026 +0100\n\n    {m}\n\n")
    return term("git_log", "kit@otterbeck: ~/ledger", text.rstrip() + "\n:", "green", MONOS[0], 13, 720, 820, "terminal", [
        Q("who made the latest commit", out[0][1], "person", "most_recent", True),
        Q("what's the message of the oldest commit shown", out[-1][2], "text", "cell_lookup", True),
    ])


@scene
def docker_ps():
    rows = [("postgres:16.4", "ledger-db", "0.0.0.0:5432->5432/tcp"), ("redis:7.2.5-alpine", "cache", "6379/tcp"),
            ("ghcr.io/copperfin/api:2.14.1", "api", "0.0.0.0:8080->8080/tcp"),
            ("nginx:1.27.2", "edge", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp"),
            ("grafana/grafana:11.3.0", "grafana", "0.0.0.0:3000->3000/tcp")]
    R.shuffle(rows)
    lines = [f"{'CONTAINER ID':<15}{'IMAGE':<31}{'STATUS':<22}{'PORTS':<44}NAMES"]
    for img, nm, ports in rows:
        cid = "".join(R.choice("0123456789abcdef") for _ in range(12))
        st = f"Up {R.randint(2, 50)} hours"
        lines.append(f"{cid:<15}{img:<31}{st:<22}{ports:<44}{nm}")
    text = prompt("root", "tidewell-prod", "/opt/stack") + "docker ps\n" + "\n".join(lines) + "\n" + prompt("root", "tidewell-prod", "/opt/stack")
    return term("docker_ps", "root@tidewell-prod", text, "dracula", MONOS[1], 13, 1280, 260, "terminal", [
        Q("what version of postgres is running", "16.4", "version", "version", True),
        Q("How many containers are up?", len(rows), "count", "count_rows", False),
    ])


@scene
def cargo_error():
    ln, col = R.randint(20, 200), R.randint(5, 30)
    text = (prompt("ilse", "copperfin", "~/rates") + "cargo build\n"
            + "   Compiling rates v0.4.2 (/home/ilse/rates)\n"
            + "<span class=e>error[E0308]</span>: mismatched types\n"
            + f"  <span class=m>--&gt;</span> src/convert.rs:{ln}:{col}\n   <span class=m>|</span>\n"
            + f"<span class=m>{ln:<3}|</span>     let cents: u64 = amount * 100.0;\n"
            + "   <span class=m>|</span>                ---   <span class=e>^^^^^^^^^^^^^^ expected `u64`, found `f64`</span>\n"
            + "   <span class=m>|</span>                |\n   <span class=m>|</span>                expected due to this\n\n"
            + "For more information about this error, try `rustc --explain E0308`.\n"
            + "<span class=e>error</span>: could not compile `rates` (bin \"rates\") due to 1 previous error\n"
            + prompt("ilse", "copperfin", "~/rates"))
    return term("cargo_error", "ilse@copperfin: ~/rates", text, "solar_light", MONOS[0], 14, 820, 380, "terminal", [
        Q("what's the error code", "E0308", "code", "error_message", True),
        Q("which file has the compile error", "src/convert.rs", "code", "failing_file_line", True),
    ])


@scene
def top_free():
    host = "marrowgate-ci"
    load = [round(R.uniform(0.2, 6.5), 2) for _ in range(3)]
    procs = ["postgres", "node", "java", "python3", "nginx", "dockerd", "rustc", "sshd"]
    cpus = sorted(R.sample(range(5, 980), len(procs)), reverse=True)
    cpus = [c / 10 for c in cpus]
    R.shuffle(procs)
    total_mem = 15842
    used = R.randint(4000, 12000)
    free_ = R.randint(300, 2500)
    avail = total_mem - used
    rows = "\n".join(f"{R.randint(300, 98000):>7} {R.choice(['root', 'ci', 'postgres', 'www-data']):<9} 20   0 {R.randint(100, 9000):>7}m {R.randint(10, 900):>5}m S {c:>5.1f} {R.uniform(0.1, 12):>4.1f}   {R.randint(0, 300)}:{R.randint(10, 59)}.{R.randint(10, 99)} {p}"
                      for p, c in zip(procs, cpus, strict=True))
    text = (prompt("ci", host) + "top -b -n1 | head -16\n"
            + f"top - 10:42:17 up 12 days,  3:08,  2 users,  load average: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}\n"
            + f"Tasks: {R.randint(180, 400)} total,   2 running, {R.randint(170, 390)} sleeping,   0 stopped,   0 zombie\n"
            + f"%Cpu(s): {R.uniform(5, 60):.1f} us,  {R.uniform(1, 9):.1f} sy,  0.0 ni, {R.uniform(20, 80):.1f} id,  0.3 wa\n"
            + f"MiB Mem :  {total_mem}.4 total,   {free_}.1 free,   {used}.8 used,   {R.randint(1000, 3000)}.2 buff/cache\n\n"
            + "    PID USER      PR  NI    VIRT    RES S  %CPU %MEM     TIME+ COMMAND\n" + rows + "\n"
            + prompt("ci", host) + "free -h\n"
            + "               total        used        free      shared  buff/cache   available\n"
            + f"Mem:            15Gi       {used / 1024:.1f}Gi       {free_ / 1024:.1f}Gi       210Mi       2.1Gi       {avail / 1024:.1f}Gi\n"
            + "Swap:          2.0Gi       0.0Ki       2.0Gi\n" + prompt("ci", host))
    return term("top_free", f"ci@{host}", text, "ubuntu", MONOS[0], 13, 900, 520, "terminal", [
        Q("what's the 1 minute load average", f"{load[0]:.2f}", "number", "field_value", True),
        Q("which process is eating the most cpu", procs[0], "code", "max_row", False),
        Q("how much memory is available according to free -h", f"{avail / 1024:.1f}Gi", "text", "free_space", True),
    ])


@scene
def git_status():
    branch = R.choice(["feature/invoice-pdf", "fix/vat-rounding", "chore/bump-deps"])
    mod = R.sample(["src/ledger.py", "src/export/pdf.py", "src/api/routes.py", "README.md", "pyproject.toml",
                    "tests/test_ledger.py"], R.randint(2, 5))
    untracked = R.choice(["notes/todo.txt", "scratch.ipynb", "src/export/fonts/"])
    ahead = R.randint(1, 6)
    text = (prompt("anouk", "pemberton", "~/ledgerly") + "git status\n"
            + f"On branch {branch}\nYour branch is ahead of 'origin/{branch}' by {ahead} commit{'s' if ahead > 1 else ''}.\n"
            + '  (use "git push" to publish your local commits)\n\n'
            + "Changes not staged for commit:\n"
            + '  (use "git add &lt;file&gt;..." to update what will be committed)\n'
            + '  (use "git restore &lt;file&gt;..." to discard changes in working directory)\n'
            + "".join(f"\t<span class=e>modified:   {m}</span>\n" for m in mod)
            + "\nUntracked files:\n"
            + '  (use "git add &lt;file&gt;..." to include in what will be committed)\n'
            + f"\t<span class=e>{untracked}</span>\n\n"
            + 'no changes added to commit (use "git add" and/or "git commit -a")\n'
            + prompt("anouk", "pemberton", "~/ledgerly"))
    return term("git_status", "anouk@pemberton: ~/ledgerly", text, "mac_light", MONOS[1], 14, 760, 460, "terminal", [
        Q("what branch am I on", branch, "code", "field_value", True),
        Q("How many modified files are there?", len(mod), "count", "count_rows", False),
    ])


# =========================================================================== docs and web pages

@scene
def sphinx_docs():
    ver = f"{R.randint(2, 6)}.{R.randint(0, 14)}.{R.randint(0, 9)}"
    toc = ["Installation", "Quickstart", "Configuration", "Connectors", "Scheduling", "CLI reference",
           "Changelog"]
    R.shuffle(toc[1:6])
    opts = [("--max-retries", str(R.randint(2, 9)), "How often a failed task is retried."),
            ("--timeout", f"{R.choice([15, 30, 45, 60, 90])}s", "Per-task wall clock limit."),
            ("--workers", str(R.choice([2, 4, 6, 8])), "Number of worker processes."),
            ("--log-level", R.choice(["info", "warning"]), "Verbosity of the log output."),
            ("--queue", "default", "Name of the queue to consume.")]
    heads = ["Options", "Environment variables", "Exit codes"]
    R.shuffle(heads)
    sidebar = "".join(f"<li>{t}</li>" for t in toc)
    rows = "".join(f"<tr><td><code>{a}</code></td><td><code>{b}</code></td><td>{c}</td></tr>" for a, b, c in opts)
    sections = ""
    for hd in heads:
        if hd == "Options":
            sections += f"<h2>{hd}</h2><table><tr><th>Flag</th><th>Default</th><th>Description</th></tr>{rows}</table>"
        elif hd == "Environment variables":
            sections += f"<h2>{hd}</h2><p><code>QUILL_HOME</code> overrides the config directory. <code>QUILL_TOKEN</code> is read if set.</p>"
        else:
            sections += f"<h2>{hd}</h2><p>0 on success, 2 on usage error, 3 when a task exhausts its retries.</p>"
    body = f"""<div class=side><div class=logo>quillflow</div><div class=v>{ver}</div><input placeholder="Search docs">
<div class=cap>CONTENTS</div><ul>{sidebar}</ul></div>
<div class=main><div class=crumb>Docs » CLI reference</div><h1>CLI reference</h1>
<p>This page documents <b>quillflow {ver}</b>. Run <code>quillflow worker --help</code> for the same list.</p>{sections}</div>"""
    css = """body{display:flex}.side{width:250px;background:#343131;color:#d9d9d9;min-height:100vh;padding:16px;box-sizing:border-box}
.logo{font-size:22px;color:#fff;font-weight:bold}.v{color:#aaa;margin-bottom:10px}input{width:100%;padding:5px;border-radius:12px;border:1px solid #999}
.cap{color:#55a5d9;font-size:12px;margin-top:16px}ul{padding-left:0;list-style:none}li{padding:6px 0;border-bottom:1px solid #444}
.main{padding:24px 40px;flex:1}.crumb{color:#888;font-size:13px}h1{font-family:'Liberation Serif',serif}h2{border-bottom:1px solid #e1e4e5;padding-bottom:4px}
table{border-collapse:collapse}td,th{border:1px solid #e1e4e5;padding:6px 10px;text-align:left}code{color:#e74c3c;background:#fff;border:1px solid #e1e4e5;padding:1px 4px;font-size:13px}"""
    return dict(name="sphinx_docs", category="docs", w=1200, h=900,
                html=page(body, css, font="'Liberation Sans', sans-serif", size=15), qs=[
                    Q("which version of quillflow do these docs cover", ver, "version", "doc_version", True),
                    Q("default value for --max-retries?", opts[0][1], "number", "option_default", True),
                    Q("first thing listed under contents in the sidebar?", toc[0], "text", "first_toc_item", True),
                ])


@scene
def blog_article():
    authors = people(3)
    title = R.choice(["Why our nightly batch got 4× faster", "Lessons from migrating 2 TB of ledgers",
                      "The quiet cost of flaky tests"])
    nav = ["Home", "Engineering", "Design", "Careers", "About", "Contact"][: R.randint(4, 6)]
    body = f"""<div class=nav><b>Otterbeck Engineering</b><span>{''.join(f'<a>{n}</a>' for n in nav)}</span></div>
<div class=art><div class=tag>ENGINEERING · 9 MIN READ</div><h1>{title}</h1>
<div class=by>By {', '.join(authors[:-1])} and {authors[-1]} · {date_fmt(2026, 6, 11, 'us_long')}</div>
<p>For two years our nightly batch took just under five hours. This post explains what we measured, what we
changed and, just as importantly, what we decided to leave alone.</p><h2>Where the time went</h2>
<p>Profiling showed most of the run was spent waiting on a single lock in the exporter...</p></div>"""
    css = """.nav{display:flex;justify-content:space-between;padding:16px 40px;border-bottom:1px solid #ddd}.nav a{margin-left:24px;color:#0b57d0}
.art{max-width:720px;margin:30px auto;font-family:'P052',Georgia,serif;font-size:18px;line-height:1.6}.tag{font-family:'Liberation Sans';font-size:12px;color:#888}
h1{font-size:38px;line-height:1.2;margin:8px 0}.by{color:#555;font-size:15px;font-family:'Liberation Sans'}"""
    return dict(name="blog_article", category="docs", w=1100, h=640,
                html=page(body, css, font="'Liberation Sans', sans-serif"), qs=[
                    Q("who's the first author of this post", authors[0], "person", "first_author", True),
                    Q("how many links are in the top navigation bar?", len(nav), "count", "nav_links", False),
                ])


@scene
def readme_dark():
    ver = f"v{R.randint(0, 3)}.{R.randint(1, 30)}.{R.randint(0, 12)}"
    stars = R.randint(120, 9000)
    body = f"""<div class=top><span class=repo>nightjar-studio / <b>pebble-cache</b></span><span class=b>☆ Star {stars:,}</span></div>
<div class=rd><h1>pebble-cache</h1><p><span class=badge>release {ver}</span> <span class=badge g>build passing</span> <span class=badge>license MIT</span></p>
<p>A tiny write-through cache for Python services, with TTLs and stampede protection.</p>
<h2>Install</h2><pre>pip install pebble-cache</pre><h2>Usage</h2><pre>from pebble_cache import Cache
cache = Cache(ttl=300, max_items=10_000)</pre><h2>Configuration</h2>
<p><code>ttl</code> defaults to <b>300</b> seconds; <code>max_items</code> defaults to <b>10,000</b>.</p><h2>Contributing</h2><p>PRs welcome.</p></div>"""
    css = """.top{padding:16px 32px;border-bottom:1px solid #30363d;display:flex;justify-content:space-between}.repo{font-size:20px;color:#58a6ff}
.b{border:1px solid #30363d;padding:4px 10px;border-radius:6px}.rd{margin:20px 32px;border:1px solid #30363d;border-radius:6px;padding:10px 30px}
h1,h2{border-bottom:1px solid #30363d;padding-bottom:6px}.badge{background:#555;color:#fff;padding:2px 8px;font-size:12px;border-radius:3px}.badge[g]{background:#2ea043}
pre{background:#161b22;padding:12px;border-radius:6px;font-family:'DejaVu Sans Mono'}code{background:#343941;padding:2px 5px;border-radius:4px}"""
    return dict(name="readme_dark", category="docs", w=960, h=900,
                html=page(body, css, bg="#0d1117", fg="#e6edf3", font="'DejaVu Sans', sans-serif", size=14), qs=[
                    Q("what release is pebble-cache on", ver, "version", "doc_version", True),
                    Q("What heading comes after Usage?", "Configuration", "text", "next_heading", True),
                ])


@scene
def api_reference():
    params = [("page_size", "integer", R.choice(["25", "50", "100"])), ("sort", "string", '"created_at"'),
              ("include_archived", "boolean", "false"), ("currency", "string", '"EUR"'), ("since", "date", "none")]
    rows = "".join(f"<div class=pr><div><code>{a}</code> <span class=t>{b}</span></div><div class=d>Default: <code>{c}</code></div></div>"
                   for a, b, c in params)
    body = f"""<div class=h>Tidewell API <span>Reference · v2024-11</span></div><div class=c><h1>List shipments</h1>
<div class=ep><span class=get>GET</span> /v2/shipments</div><h3>Query parameters</h3>{rows}
<h3>Response</h3><p>A paginated list of shipment objects.</p></div>"""
    css = """.h{background:#111827;color:#fff;padding:14px 30px;font-weight:bold}.h span{color:#9ca3af;font-weight:normal;margin-left:12px}
.c{padding:10px 30px}.ep{font-family:'Liberation Mono';background:#f3f4f6;padding:10px;border-radius:6px}.get{background:#10b981;color:#fff;padding:2px 8px;border-radius:4px;margin-right:8px}
.pr{border-bottom:1px solid #e5e7eb;padding:10px 0;display:flex;justify-content:space-between}.t{color:#6b7280;font-size:13px}code{font-family:'Liberation Mono';color:#4f46e5}"""
    return dict(name="api_reference", category="docs", w=800, h=640,
                html=page(body, css, font="'Nimbus Sans', sans-serif"), qs=[
                    Q("whats the default page_size", params[0][2], "number", "option_default", True),
                    Q("How many query parameters does this endpoint take?", len(params), "count", "count_rows", False),
                ])


@scene
def paper_abstract():
    authors = people(4)
    title = "Sparse Ledger Embeddings for Fraud Triage at Low Latency"
    body = f"""<div class=pg><div class=arx>arXiv:2609.{R.randint(10000, 19999)}v2 [cs.LG] 14 Sep 2026</div><h1>{title}</h1>
<div class=au>{' · '.join(f'{a}<sup>{i % 2 + 1}</sup>' for i, a in enumerate(authors))}</div>
<div class=af><sup>1</sup>Quillmoor Analytics &nbsp; <sup>2</sup>University of Emberton</div>
<div class=ab><b>Abstract.</b> We study embeddings of transaction graphs that remain sparse under streaming updates.
On three proprietary datasets our method reduces triage latency by 38% at equal recall.</div>
<h2>1&nbsp; Introduction</h2><p>Card fraud teams triage alerts under tight time budgets...</p><h2>2&nbsp; Related work</h2></div>"""
    css = """.pg{width:700px;margin:20px auto;font-family:'Nimbus Roman','Liberation Serif',serif;font-size:16px}.arx{color:#888;font-size:12px}
h1{text-align:center;font-size:25px}.au{text-align:center}.af{text-align:center;font-size:13px;margin:6px 0 16px}.ab{margin:0 40px;text-align:justify}h2{font-size:18px}"""
    return dict(name="paper_abstract", category="docs", w=860, h=520,
                html=page(body, css), qs=[
                    Q("first author?", authors[0], "person", "first_author", True),
                    Q("By how much does the method cut triage latency according to the abstract", "38%", "number", "field_value", True),
                ])


@scene
def changelog_page():
    vers = [f"4.{m}.{p}" for m, p in [(9, 2), (9, 1), (9, 0), (8, 3), (8, 2)]]
    dates = ["2026-11-02", "2026-10-14", "2026-09-30", "2026-08-21", "2026-07-09"]
    notes = ["Fix crash when the export folder is missing", "Faster PDF rendering", "New: scheduled reports",
             "Security: update bundled OpenSSL", "Dark mode for the dashboard"]
    R.shuffle(notes)
    blocks = "".join(f"<h2>{v} <span>{d}</span></h2><ul><li>{n}</li><li>Minor translation updates</li></ul>"
                     for v, d, n in zip(vers, dates, notes, strict=False))
    body = f"<div class=c><h1>Changelog</h1><p>All notable changes to Ledgerly Desktop.</p>{blocks}</div>"
    css = ".c{padding:20px 40px}h2 span{color:#888;font-size:14px;font-weight:normal;margin-left:10px}li{margin:3px 0}"
    k = R.randrange(1, len(vers))
    return dict(name="changelog_page", category="docs", w=700, h=1000,
                html=page(body, css, bg="#fbfbf8", font="'URW Bookman', serif", size=15), qs=[
                    Q("what's the latest version in the changelog", vers[0], "version", "doc_version", True),
                    Q(f"which version has the \"{notes[k]}\" entry", vers[k], "version", "cell_lookup", True),
                ])


# =========================================================================== charts

@scene
def bar_labelled():
    cats = ["Lisbon", "Oslo", "Porto", "Tallinn", "Valletta", "Ghent"]
    vals = R.sample(range(120, 980), len(cats))
    plt.style.use("default")
    fig, ax = plt.subplots(figsize=(8, 4.8))
    bars = ax.bar(cats, vals, color="#4C72B0")
    ax.bar_label(bars, fmt="%d", padding=3)
    ax.set_title("Bookings by city, October 2026")
    ax.set_ylabel("Bookings")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    i, j = R.sample(range(len(cats)), 2)
    return dict(name="bar_labelled", category="chart", fig=fig, qs=[
        Q(f"how many bookings did {cats[i]} have", vals[i], "number", "bar_value", True),
        Q(f"What's the difference between {cats[i]} and {cats[j]}?", abs(vals[i] - vals[j]), "number", "difference", False),
        Q("how many bars are there", len(cats), "count", "count_bars", False),
    ])


@scene
def line_peak_dark():
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    vals = [R.randint(20, 60) for _ in months]
    peak = R.randrange(3, 11)
    vals[peak] = max(vals) + R.randint(12, 25)
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(9, 4.5))
        ax.plot(months, vals, marker="o", color="#f39c12", lw=2)
        ax.set_title("Support tickets per month (2026)")
        ax.grid(alpha=.25)
        fig.tight_layout()
    return dict(name="line_peak_dark", category="chart", fig=fig, qs=[
        Q("which month had the most tickets", months[peak], "text", "line_peak", False),
        Q("roughly how many tickets were there at the peak", vals[peak], "approx", "y_at_x", False),
    ])


@scene
def two_series_overtake():
    years = list(range(2016, 2027))
    a = [40 + 2 * i + R.uniform(-1, 1) for i in range(len(years))]
    cross = R.randrange(4, 8)
    b = []
    for i in range(len(years)):
        if i < cross:
            b.append(a[i] - R.uniform(6, 14) + (i - cross) * 1.5)
        else:
            b.append(a[i] + R.uniform(6, 12) + (i - cross) * 3)
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(8.5, 4.8))
        ax.plot(years, a, marker="s", label="Desktop")
        ax.plot(years, b, marker="o", label="Mobile")
        ax.set_xticks(years)
        ax.legend()
        ax.set_title("Checkout sessions per month (thousands)")
        fig.tight_layout()
    return dict(name="two_series_overtake", category="chart", fig=fig, qs=[
        Q("in what year did mobile overtake desktop", years[cross], "number", "overtake", False),
        Q("Which series is higher in 2016?", "Desktop", "text", "compare", False),
    ])


@scene
def pie_chart():
    labels = ["Rent", "Groceries", "Transport", "Savings", "Leisure", "Utilities"]
    raw = R.sample(range(5, 40), len(labels))
    tot = sum(raw)
    pct = [f"{100 * r / tot:.1f}" for r in raw]
    plt.style.use("default")
    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    ax.pie(raw, labels=labels, autopct="%1.1f%%", startangle=90, colors=plt.cm.Pastel1.colors)
    ax.set_title("Monthly budget split")
    fig.tight_layout()
    k = R.randrange(len(labels))
    return dict(name="pie_chart", category="chart", fig=fig, qs=[
        Q(f"what share of the budget is {labels[k].lower()}", f"{pct[k]}%", "number", "pie_share", True),
        Q("biggest slice?", labels[raw.index(max(raw))], "text", "largest", False),
    ])


@scene
def hbar_unlabelled():
    langs = ["Rust", "Go", "Kotlin", "TypeScript", "Python", "Elixir", "Zig"]
    vals = R.sample(range(4, 19), len(langs))
    vals = [v * 5 for v in vals]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(7.5, 4.6))
        ax.barh(langs, vals, color="#55a868")
        ax.set_xlabel("Respondents who want to learn it (%)")
        ax.set_xticks(range(0, 101, 10))
        ax.set_title("Team survey: languages to learn next")
        fig.tight_layout()
    k = R.choice([i for i in range(len(langs)) if vals[i] != min(vals)])
    return dict(name="hbar_unlabelled", category="chart", fig=fig, qs=[
        Q(f"about what % is {langs[k]}", vals[k], "approx", "bar_value", False),
        Q("which language is lowest", langs[vals.index(min(vals))], "text", "smallest", False),
    ])


@scene
def grouped_plotly_like():
    qs_ = ["Q1", "Q2", "Q3", "Q4"]
    a = [R.randint(8, 30) * 10 for _ in qs_]
    b = [R.randint(8, 30) * 10 for _ in qs_]
    while any(x == y for x, y in zip(a, b, strict=False)):
        b = [R.randint(8, 30) * 10 for _ in qs_]
    fig, ax = plt.subplots(figsize=(8, 4.6))
    fig.patch.set_facecolor("white")
    ax.set_facecolor("#E5ECF6")
    ax.grid(color="white", lw=1.2)
    ax.set_axisbelow(True)
    for sp in ax.spines.values():
        sp.set_visible(False)
    x = range(len(qs_))
    ax.bar([i - 0.2 for i in x], a, 0.4, color="#636EFA", label="Online")
    ax.bar([i + 0.2 for i in x], b, 0.4, color="#EF553B", label="In store")
    ax.set_xticks(list(x), qs_)
    ax.set_title("Revenue by channel (k€)", loc="left", fontfamily="DejaVu Sans")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    ax.tick_params(length=0)
    fig.tight_layout()
    k = R.randrange(4)
    return dict(name="grouped_plotly_like", category="chart", fig=fig, qs=[
        Q(f"in {qs_[k]}, which channel made more", "Online" if a[k] > b[k] else "In store", "text", "compare", False),
        Q(f"roughly what was in-store revenue in {qs_[k]}", b[k], "approx", "bar_value", False),
    ])


@scene
def svg_sketch_chart():
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    vals = R.sample(range(2, 14), 7)
    bw, gap, base, scale = 60, 24, 330, 20
    bars = ""
    for i, (d, v) in enumerate(zip(days, vals, strict=False)):
        x = 70 + i * (bw + gap)
        h = v * scale
        rot = R.uniform(-1.2, 1.2)
        bars += (f"<rect x='{x}' y='{base - h}' width='{bw}' height='{h}' fill='#ffd6a5' stroke='#333' stroke-width='2.5' "
                 f"transform='rotate({rot:.2f} {x + bw / 2} {base})' rx='3'/>"
                 f"<text x='{x + bw / 2}' y='{base - h - 8}' text-anchor='middle' font-size='20'>{v}</text>"
                 f"<text x='{x + bw / 2}' y='{base + 26}' text-anchor='middle' font-size='18'>{d}</text>")
    svg = f"""<svg width='700' height='400' xmlns='http://www.w3.org/2000/svg' font-family='Z003, cursive'>
<text x='350' y='36' text-anchor='middle' font-size='28'>km run this week</text>
<path d='M55 {base} L660 {base + 2}' stroke='#333' stroke-width='3' fill='none'/>{bars}</svg>"""
    body = f"<div style='padding:20px'>{svg}</div>"
    return dict(name="svg_sketch_chart", category="chart", w=760, h=460,
                html=page(body, bg="#fffef5"), qs=[
                    Q("how far did i run on Thursday", vals[3], "number", "bar_value", True),
                    Q("total km for the week?", sum(vals), "number", "column_total", False),
                ])


# =========================================================================== slides

SLIDE_DECKS = [
    ("Q3 Roadmap Review", ["Ship offline mode to all tiers", "Cut cold start below 800 ms", "Retire the v1 billing API",
                           "Hire two platform engineers", "Launch the partner portal beta", "Move CI to ARM runners"]),
    ("Why we are moving to Postgres", ["One database instead of three", "Mature tooling for backups", "Row-level security",
                                       "Lower licence costs", "Team already knows SQL"]),
    ("Onboarding: your first week", ["Get your laptop from IT", "Set up two-factor login", "Read the style guide",
                                     "Pair with your buddy", "Ship one small fix", "Join the Friday demo"]),
    ("Customer research findings", ["Invoices are the top reason to log in", "Mobile users want dark mode",
                                    "Exports break with long names", "Support replies feel slow", "Pricing page confuses SMBs"]),
    ("Incident 2026-14 post-mortem", ["Expired TLS certificate on the edge proxy", "Alerts fired but paged the wrong rota",
                                      "Rollback took 41 minutes", "Status page updated late"]),
    ("Agenda", ["Welcome and intros", "Results from the pilot", "Budget for 2027", "Hiring plan",
                "Open questions", "Next steps"]),
]
SLIDE_STYLES = [
    dict(bg="#ffffff", fg="#1f2933", acc="#d64545", font="'Liberation Sans', sans-serif"),
    dict(bg="#1b1f3b", fg="#f5f5f7", acc="#7dd3fc", font="'URW Gothic', sans-serif"),
    dict(bg="#f6f1e7", fg="#3b2f2f", acc="#8a5a44", font="'P052', serif"),
    dict(bg="#0f3d3e", fg="#f1f1e6", acc="#e2c044", font="'Nimbus Sans', sans-serif"),
    dict(bg="#fafafa", fg="#111111", acc="#5b21b6", font="'DejaVu Sans', sans-serif"),
    dict(bg="#111111", fg="#eaeaea", acc="#22c55e", font="'Liberation Serif', serif"),
]


def make_slide(idx: int) -> dict:
    title, pool = SLIDE_DECKS[idx]
    st = SLIDE_STYLES[idx]
    n = R.randint(3, len(pool))
    bullets = pool[:n]
    no, total = R.randint(3, 24), 30
    w, h = [(1280, 720), (960, 540), (1024, 576), (800, 450), (1600, 900), (1366, 768)][idx]
    s = w / 1280
    lis = "".join(f"<li>{b}</li>" for b in bullets)
    body = f"""<div class=sl><div class=acc></div><h1>{title}</h1><ul>{lis}</ul>
<div class=ft><span>Copperfin · internal</span><span>{no} / {total}</span></div></div>"""
    css = f""".sl{{width:{w}px;height:{h}px;position:relative;box-sizing:border-box;padding:{60 * s}px {80 * s}px}}
.acc{{width:{90 * s}px;height:{8 * s}px;background:{st['acc']};margin-bottom:{18 * s}px}}h1{{font-size:{52 * s}px;margin:0 0 {30 * s}px}}
li{{font-size:{30 * s}px;margin:{14 * s}px 0}}li::marker{{color:{st['acc']}}}
.ft{{position:absolute;bottom:{24 * s}px;left:{80 * s}px;right:{80 * s}px;display:flex;justify-content:space-between;font-size:{18 * s}px;opacity:.7}}"""
    k = R.randrange(1, n)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth"]
    t_q = ["what's the title of this slide", "slide title?", "What is this slide called", "title pls", "whats the slide titled", "Title of the slide?"][idx]
    c_q = ["How many bullet points are on the slide?", "how many bullets", "count the bullet points for me",
           "number of bullet points on this one?", "how many points are listed", "how many agenda items are there"][idx]
    b_q = [f"what does the {ords[k]} bullet say", f"read me bullet {k + 1}", f"What's the {ords[k]} point on the slide?",
           f"{ords[k]} bullet?", f"can you tell me what bullet #{k + 1} says", f"what's item {k + 1} on the agenda"][idx]
    n_q = ["which slide number is this", "what slide # am I on", "Slide number?", "what number is this slide in the deck",
           "which slide is this (number)", "slide no.?"][idx]
    phr = [Q(t_q, title, "text", "slide_title", True), Q(c_q, n, "count", "count_bullets", False),
           Q(b_q, bullets[k], "text", "nth_bullet", True), Q(n_q, no, "number", "slide_number", True)]
    pick = [[0, 1], [2, 3], [1, 2], [3, 0], [2, 1], [1, 3]][idx]
    return dict(name=f"slide_{idx + 1}", category="slide", w=w, h=h,
                html=page(body, css, bg=st["bg"], fg=st["fg"], font=st["font"]), qs=[phr[i] for i in pick])


def _slide_scene(idx: int):
    def fn() -> dict:
        return make_slide(idx)
    fn.__name__ = f"slide_{idx + 1}"
    return fn


for _i in range(len(SLIDE_DECKS)):
    scene(_slide_scene(_i))


# =========================================================================== forms and settings

def cb(label: str, on: bool, kind: str = "checkbox", name: str = "g") -> str:
    return f"<label class=opt><input type={kind} name={name} {'checked' if on else ''}> {label}</label>"


def toggle(label: str, on: bool, acc: str) -> str:
    bg = acc if on else "#8e8e93"
    pos = "22px" if on else "2px"
    return (f"<div class=tg><span>{label}</span><span class=sw style='background:{bg}'>"
            f"<span class=kn style='left:{pos}'></span></span></div>")


TOGGLE_CSS = """.tg{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #8884}
.sw{width:46px;height:26px;border-radius:13px;position:relative;display:inline-block}.kn{position:absolute;top:2px;width:22px;height:22px;border-radius:11px;background:#fff;box-shadow:0 1px 2px #0005}"""


@scene
def checkout_form():
    speeds = ["Standard", "Express", "Next day"]
    notes = ["3–5 working days", "1–2 working days", "before noon"]
    sel = R.randrange(3)
    extras = ["Gift wrap", "Leave with a neighbour", "SMS updates", "Signature required", "Eco packaging"]
    on = [R.random() < 0.5 for _ in extras]
    if sum(on) in (0, len(extras)):
        on[0] = not on[0]
    radios = "".join(cb(f"{s} <span class=n>{d}</span>", i == sel, "radio", "sp") for i, (s, d) in enumerate(zip(speeds, notes, strict=False)))
    boxes = "".join(cb(e, o) for e, o in zip(extras, on, strict=False))
    body = f"""<div class=f><h2>Delivery options</h2><fieldset><legend>Delivery speed</legend>{radios}</fieldset>
<fieldset><legend>Extras</legend>{boxes}</fieldset><button>Continue to payment</button></div>"""
    css = """.f{width:460px;margin:20px auto}fieldset{border:1px solid #ccc;border-radius:8px;margin:14px 0;padding:10px 16px}
.opt{display:block;margin:8px 0}.n{color:#888;font-size:13px;margin-left:6px}input{transform:scale(1.3);margin-right:8px;accent-color:#2563eb}button{background:#2563eb;color:#fff;border:0;padding:10px 18px;border-radius:6px;font-size:15px}"""
    k = R.randrange(len(extras))
    return dict(name="checkout_form", category="form", w=560, h=560,
                html=page(body, css, font="'Liberation Sans', sans-serif"), qs=[
                    Q("which delivery speed is selected", speeds[sel], "text", "radio_selected", True),
                    Q(f"is {extras[k]} ticked?", "yes" if on[k] else "no", "yesno", "checkbox_state", False),
                    Q("how many extras are checked", sum(on), "count", "count_checked", False),
                ])


@scene
def dark_settings_toggles():
    labels = ["Wi-Fi assist", "Bluetooth", "Location services", "Background refresh", "Auto-brightness",
              "Low power mode"]
    off = R.randrange(len(labels))
    rows = "".join(toggle(lbl, i != off, "#30d158") for i, lbl in enumerate(labels))
    body = f"<div class=ph><div class=tb>‹ Settings</div><h1>General</h1><div class=grp>{rows}</div></div>"
    css = """.ph{padding:18px}.tb{color:#0a84ff}h1{font-size:30px}.grp{background:#1c1c1e;border-radius:12px;padding:0 16px}""" + TOGGLE_CSS
    return dict(name="dark_settings_toggles", category="form", w=390, h=640,
                html=page(body, css, bg="#000000", fg="#ffffff", font="'DejaVu Sans', sans-serif", size=16), qs=[
                    Q("which setting is switched off", labels[off], "text", "toggle_off", False),
                    Q("is bluetooth on", "yes" if off != 1 else "no", "yesno", "checkbox_state", False),
                ])


@scene
def signup_filled():
    who = person()
    email = f"{who.split()[0].lower()}.{who.split()[1].lower()}@mailbox.example"
    phone = f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}"
    city = R.choice(["Harrogate", "Dundee", "Truro", "Lancaster"])
    plan = R.choice(["Monthly", "Annual"])
    body = f"""<div class=f><h2>Create your account</h2>
<label>Full name<input value="{who}"></label><label>Email<input value="{email}"></label>
<label>Mobile number<input value="{phone}"></label><label>Town / city<input value="{city}"></label>
<label>Billing<select><option>{plan}</option></select></label>
{cb('I agree to the terms', True)}{cb('Send me product news', False)}<button>Sign up</button></div>"""
    css = """.f{width:420px;margin:24px auto;background:#fff;padding:24px;border-radius:10px;box-shadow:0 2px 12px #0002}
label{display:block;margin:10px 0;font-size:13px;color:#555}input:not([type]),select{display:block;width:100%;box-sizing:border-box;padding:9px;font-size:15px;margin-top:4px;border:1px solid #bbb;border-radius:6px}
.opt{font-size:14px;color:#222}button{width:100%;padding:11px;background:#0f766e;color:#fff;border:0;border-radius:6px;font-size:16px;margin-top:10px}"""
    return dict(name="signup_filled", category="form", w=520, h=720,
                html=page(body, css, bg="#eef2f1", font="'Nimbus Sans', sans-serif"), qs=[
                    Q("what phone number did they enter", phone, "phone", "field_value", True),
                    Q("Is the product news box checked?", "no", "yesno", "checkbox_state", False),
                ])


@scene
def survey_radios():
    scale = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
    qs_ = ["How satisfied are you with delivery times?", "How satisfied are you with our support team?",
           "How satisfied are you with the app?"]
    sel = [R.randrange(5) for _ in qs_]
    blocks = ""
    for qi, (qq, s_) in enumerate(zip(qs_, sel, strict=False)):
        opts = "".join(f"<label class=o><input type=radio name=q{qi} {'checked' if i == s_ else ''}><br>{lab}</label>"
                       for i, lab in enumerate(scale))
        blocks += f"<div class=q><div class=qt>{qi + 1}. {qq}</div><div class=row>{opts}</div></div>"
    body = f"<div class=f><h2>Quick feedback</h2>{blocks}</div>"
    css = """.f{padding:20px 30px}.q{margin:18px 0}.qt{font-weight:bold;margin-bottom:8px}.row{display:flex}.o{flex:1;text-align:center;font-size:13px}
input{accent-color:#c2410c;transform:scale(1.4);margin-bottom:6px}"""
    return dict(name="survey_radios", category="form", w=820, h=520,
                html=page(body, css, bg="#fffaf3", font="'URW Gothic', sans-serif", size=15), qs=[
                    Q("what did they pick for the support team question", scale[sel[1]], "text", "radio_selected", True),
                    Q("answer to question 3?", scale[sel[2]], "text", "radio_selected", True),
                ])


@scene
def notification_grid():
    events = ["New comment", "Mentioned in a thread", "Invoice paid", "Weekly summary", "Security alert"]
    chans = ["Email", "Push", "SMS"]
    grid = [[R.random() < 0.55 for _ in chans] for _ in events]
    rows = "".join(f"<tr><td>{e}</td>" + "".join(f"<td class=c><input type=checkbox {'checked' if v else ''}></td>" for v in g) + "</tr>"
                   for e, g in zip(events, grid, strict=False))
    body = f"""<div class=p><h2>Notifications</h2><p class=m>Choose how we reach you.</p>
<table><tr><th></th>{''.join(f'<th>{c}</th>' for c in chans)}</tr>{rows}</table><button>Save changes</button></div>"""
    css = """.p{padding:24px 36px}.m{color:#9aa4b2}table{border-collapse:collapse}td,th{padding:10px 22px;border-bottom:1px solid #2f3542}
.c{text-align:center}input{transform:scale(1.4);accent-color:#8b5cf6}button{margin-top:18px;background:#8b5cf6;color:#fff;border:0;padding:9px 16px;border-radius:6px}"""
    e = R.randrange(len(events))
    total = sum(sum(g) for g in grid)
    return dict(name="notification_grid", category="form", w=700, h=520,
                html=page(body, css, bg="#161a22", fg="#e6e9ef", font="'Liberation Sans', sans-serif"), qs=[
                    Q(f"do I get push notifications for '{events[e]}'?", "yes" if grid[e][1] else "no", "yesno", "checkbox_state", False),
                    Q("how many boxes are ticked in total", total, "count", "count_checked", False),
                ])


@scene
def privacy_toggles_light():
    labels = ["Show my profile to other members", "Allow search engines to index my page", "Share usage analytics",
              "Personalised recommendations", "Show online status"]
    off = R.randrange(len(labels))
    rows = "".join(toggle(lbl, i != off, "#2563eb") for i, lbl in enumerate(labels))
    body = f"""<div class=p><div class=side><div>Account</div><div class=a>Privacy</div><div>Billing</div><div>Integrations</div></div>
<div class=m><h2>Privacy</h2><div class=box>{rows}</div><p>Display language: <b>{R.choice(['English (UK)', 'Deutsch', 'Español'])}</b></p></div></div>"""
    css = """.p{display:flex}.side{width:200px;padding:24px;border-right:1px solid #e5e7eb;min-height:480px}.side div{padding:8px;border-radius:6px}.a{background:#eff6ff;color:#2563eb}
.m{padding:10px 40px;flex:1}.box{border:1px solid #e5e7eb;border-radius:10px;padding:0 18px}""" + TOGGLE_CSS
    return dict(name="privacy_toggles_light", category="form", w=1000, h=520,
                html=page(body, css, font="'Liberation Sans', sans-serif", size=15), qs=[
                    Q("which privacy option is turned off?", labels[off], "text", "toggle_off", False),
                    Q("how many of the privacy toggles are on", len(labels) - 1, "count", "count_checked", False),
                ])


# =========================================================================== dashboards, widgets, chat

@scene
def kpi_dashboard():
    kpis = [("Monthly revenue", money(R.randint(80_000, 400_000), "$").replace(".00", ""), f"+{R.uniform(1, 15):.1f}%"),
            ("Active users", f"{R.randint(5000, 90000):,}", f"+{R.uniform(1, 9):.1f}%"),
            ("Churn rate", f"{R.uniform(1, 6):.2f}%", f"−{R.uniform(0.1, 0.9):.1f} pt"),
            ("Avg. order value", money(R.uniform(20, 140), "$"), f"−{R.uniform(0.5, 4):.1f}%")]
    cards = "".join(f"<div class=k><div class=t>{a}</div><div class=v>{b}</div><div class='d {'dn' if c.startswith('−') else 'up'}'>{c} vs last month</div></div>"
                    for a, b, c in kpis)
    body = f"""<div class=top><b>Saffron Analytics</b><span>Overview · Nov 2026</span></div><div class=g>{cards}</div>
<div class=ph>Revenue trend (chart loading…)</div>"""
    css = """.top{display:flex;justify-content:space-between;padding:16px 28px;background:#fff;border-bottom:1px solid #e5e7eb}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:18px;padding:24px 28px}.k{background:#fff;border-radius:12px;padding:18px;box-shadow:0 1px 3px #0002}
.t{color:#6b7280;font-size:14px}.v{font-size:30px;font-weight:bold;margin:8px 0}.up{color:#059669}.dn{color:#dc2626}.d{font-size:13px}
.ph{margin:0 28px;height:200px;background:#fff;border-radius:12px;color:#9ca3af;display:flex;align-items:center;justify-content:center}"""
    return dict(name="kpi_dashboard", category="dashboard", w=1280, h=480,
                html=page(body, css, bg="#f3f4f6", font="'Liberation Sans', sans-serif"), qs=[
                    Q("what's the churn rate on the dashboard", kpis[2][1], "number", "card_value", True),
                    Q("How many active users?", kpis[1][1], "number", "card_value", True),
                ])


@scene
def pricing_cards():
    plans = ["Starter", "Team", "Business", "Enterprise"][: R.choice([3, 4])]
    prices = sorted(R.sample(range(6, 160), len(plans)))
    feats = [f"{x} seats" for x in sorted(R.sample([3, 5, 10, 25, 50, 100], len(plans)))]
    hi = R.randrange(len(plans))
    cards = "".join(
        f"<div class='c{' hi' if i == hi else ''}'>{'<div class=pop>Most popular</div>' if i == hi else ''}<h3>{p}</h3>"
        f"<div class=pr>${v}<span>/mo</span></div><ul><li>{f}</li><li>Unlimited projects</li><li>Email support</li></ul><button>Choose {p}</button></div>"
        for i, (p, v, f) in enumerate(zip(plans, prices, feats, strict=False)))
    body = f"<h1>Simple pricing for every team</h1><div class=g>{cards}</div>"
    css = """h1{text-align:center;padding-top:30px}.g{display:flex;gap:20px;justify-content:center;padding:20px}.c{width:240px;background:#fff;color:#111;border-radius:16px;padding:22px;position:relative}
.hi{outline:3px solid #f59e0b}.pop{position:absolute;top:-12px;left:60px;background:#f59e0b;color:#111;font-size:12px;padding:3px 10px;border-radius:10px}
.pr{font-size:38px;font-weight:800}.pr span{font-size:15px;color:#666;font-weight:normal}button{width:100%;padding:9px;border:0;border-radius:8px;background:#111827;color:#fff}"""
    return dict(name="pricing_cards", category="dashboard", w=1100, h=560,
                html=page(body, css, bg="#1e1b4b", fg="#fff", font="'URW Gothic', sans-serif"), qs=[
                    Q("which plan is the most expensive", plans[-1], "text", "max_row", False),
                    Q("how many plans r there", len(plans), "count", "count_plans", False),
                    Q(f"how much is the {plans[1]} plan a month", f"${prices[1]}", "money", "card_value", True),
                ])


@scene
def weather_widget():
    city = R.choice(["Valmonte", "Port Callow", "Emberton"])
    days = ["Today", "Tomorrow", "Sun", "Mon", "Tue"]
    conds = ["Sunny", "Cloudy", "Rain", "Showers", "Partly cloudy"]
    hi = [R.randint(9, 24) for _ in days]
    lo = [h - R.randint(4, 9) for h in hi]
    cond = [R.choice(conds) for _ in days]
    cells = "".join(f"<div class=d><div>{d}</div><div class=c>{c}</div><div class=h>{h}°</div><div class=l>{lw}°</div></div>"
                    for d, c, h, lw in zip(days, cond, hi, lo, strict=False))
    body = f"""<div class=w><div class=city>{city}</div><div class=now>{hi[0] - 2}°</div><div class=cc>{cond[0]} · H:{hi[0]}° L:{lo[0]}°</div>
<div class=row>{cells}</div></div>"""
    css = """.w{margin:16px;border-radius:22px;padding:20px;background:linear-gradient(#3b82c4,#1e4f8a);color:#fff}.city{font-size:22px}.now{font-size:64px;font-weight:200}
.cc{opacity:.9}.row{display:flex;justify-content:space-between;margin-top:18px;border-top:1px solid #fff5;padding-top:12px}.d{text-align:center;font-size:14px}
.c{font-size:11px;opacity:.8;height:28px;width:62px}.h{font-size:18px;font-weight:bold}.l{opacity:.7}"""
    return dict(name="weather_widget", category="dashboard", w=400, h=380,
                html=page(body, css, bg="#e5e7eb", font="'DejaVu Sans', sans-serif"), qs=[
                    Q("what's the high tomorrow", f"{hi[1]}°", "number", "forecast", True),
                    Q("what's the forecast low on Monday", f"{lo[3]}°", "number", "forecast", True),
                ])


@scene
def calendar_month():
    import calendar
    year, month = 2026, R.choice([3, 5, 9, 10])
    cal = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    evs = {}
    names = ["Dentist 9:30", "Team offsite", "Mum's birthday", "Rent due", "Flight to Lisbon", "Book club",
             "Car MOT", "Parents' evening"]
    for nm, d in zip(names, R.sample(range(1, 29), len(names)), strict=False):
        evs[d] = nm
    cells = ""
    for wk in cal:
        cells += "<tr>" + "".join(
            f"<td>{'' if d == 0 else f'<div class=n>{d}</div>'}{f'<div class=ev>{evs[d]}</div>' if d in evs else ''}</td>" for d in wk) + "</tr>"
    body = f"""<div class=p><h2>{MONTHS[month - 1]} {year}</h2><table><tr>{''.join(f'<th>{x}</th>' for x in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}</tr>{cells}</table></div>"""
    css = """.p{padding:16px}table{border-collapse:collapse;width:100%;table-layout:fixed}th{padding:6px;color:#666}td{border:1px solid #ddd;height:84px;vertical-align:top;padding:4px}
.n{font-size:13px;color:#444}.ev{background:#dbeafe;color:#1e3a8a;font-size:12px;border-radius:4px;padding:2px 4px;margin-top:4px}"""
    d1 = R.choice(sorted(evs))
    target = "Rent due"
    rent_day = [d for d, n in evs.items() if n == target][0]
    return dict(name="calendar_month", category="dashboard", w=1000, h=620,
                html=page(body, css, font="'Liberation Sans', sans-serif"), qs=[
                    Q(f"what's on the {d1}th" if d1 not in (1, 2, 3, 21, 22, 23) else f"what have I got on {MONTHS[month - 1]} {d1}",
                      evs[d1], "text", "event_on_day", True),
                    Q("which day is rent due", f"{MONTHS[month - 1]} {rent_day}, {year}", "date", "event_day", False),
                ])


@scene
def chat_phone():
    me, them = "You", R.choice(FIRST)
    msgs = [(them, "are we still on for saturday?"), (me, "yes! 11:30 at the market?"), (them, "perfect, I'll bring the tent"),
            (me, "do you need a lift")]
    last = R.choice([them, me])
    msgs.append((last, R.choice(["no worries, see you there", "ok cool!", "can't wait", "will text when I leave"])))
    bubbles = "".join(f"<div class='b {'me' if s == me else 'th'}'>{t}</div>" for s, t in msgs)
    body = f"<div class=hd>‹ <b>{them}</b></div><div class=c>{bubbles}</div><div class=in>iMessage</div>"
    css = """.hd{padding:14px;border-bottom:1px solid #ddd;text-align:center}.c{padding:12px;display:flex;flex-direction:column}
.b{max-width:70%;padding:9px 13px;border-radius:18px;margin:4px 0;font-size:16px}.me{align-self:flex-end;background:#0b84ff;color:#fff}.th{align-self:flex-start;background:#e9e9eb}
.in{margin:12px;border:1px solid #ccc;border-radius:18px;padding:8px 14px;color:#aaa}"""
    return dict(name="chat_phone", category="dashboard", w=390, h=560,
                html=page(body, css, font="'Liberation Sans', sans-serif"), qs=[
                    Q(f"did {them} send the last message?", "yes" if last == them else "no", "yesno", "last_sender", False),
                    Q("what time are they meeting", "11:30", "time", "field_value", True),
                ])


@scene
def team_chat_dark():
    people = R.sample(FIRST, 4)
    lines = [(people[0], "deploy of 2.14.1 is done"), (people[1], "nice, any errors in the logs?"),
             (people[2], "one 502 spike at 14:05, cleared itself"), (people[0], "I'll keep an eye on it"),
             (people[3], "can someone review my PR #4412 today?")]
    rows = ""
    for i, (p, t) in enumerate(lines):
        rows += f"<div class=m><div class=av>{p[0]}</div><div><b>{p}</b> <span class=tm>{14 + i // 3}:{10 + 7 * i:02d}</span><div>{t}</div></div></div>"
    body = f"<div class=ch># release-train</div>{rows}<div class=box>Message #release-train</div>"
    css = """.ch{padding:14px 20px;border-bottom:1px solid #3f4147;font-weight:bold}.m{display:flex;gap:12px;padding:10px 20px}
.av{width:36px;height:36px;border-radius:8px;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:bold}
.tm{color:#949ba4;font-size:12px}.box{margin:14px 20px;background:#383a40;border-radius:8px;padding:12px;color:#949ba4}"""
    return dict(name="team_chat_dark", category="dashboard", w=760, h=520,
                html=page(body, css, bg="#313338", fg="#dbdee1", font="'DejaVu Sans', sans-serif", size=15), qs=[
                    Q("who posted the last message in the channel", lines[-1][0], "person", "last_sender", True),
                    Q("What PR number needs reviewing", "4412", "number", "field_value", True),
                ])


if __name__ == "__main__":
    main()
