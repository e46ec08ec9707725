#!/usr/bin/env python3
"""Builder for benchmarks/clean_test4: everyday images pasted into a chat assistant.

Every scene draws its data from random.Random(f"{SEED}-{scene}"), renders it (HTML via headless
chromium, or matplotlib), and computes each gold answer from that data in code.

Run:  nice /work/main/.venv/bin/python build.py
"""
import html, json, os, random, re, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from PIL import Image

SEED = 4417
KEEP3 = 10  # images that keep all three of their questions
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")

FIRST = ["Amara", "Kenji", "Sofia", "Mateus", "Ingrid", "Rahul", "Leila", "Tomasz", "Chioma", "Hiroshi",
         "Elif", "Diego", "Anika", "Oluwaseun", "Mei", "Farid", "Noor", "Lukas", "Priya", "Camille",
         "Tariq", "Yuki", "Bogdan", "Zanele", "Aroha", "Siddharth", "Ines", "Kwame", "Hana", "Marek",
         "Valentina", "Emeka", "Astrid", "Joon", "Fatima", "Rosa", "Dmitri", "Ayesha", "Teodor", "Luana"]
LAST = ["Okafor", "Tanaka", "Lindqvist", "Carvalho", "Haddad", "Novak", "Mensah", "Ishikawa", "Yilmaz",
        "Moreau", "Kowalski", "Nguyen", "Achterberg", "Rahimi", "Delgado", "Petrov", "Banerjee", "Oyelaran",
        "Szabo", "Fitzgerald", "Mwangi", "Park", "Castellanos", "Dubois", "Karlsson", "Sato", "Abubakar",
        "Ferreira", "Horvat", "Iyer", "Quispe", "Van der Berg", "Ahlberg", "Rossi", "Khoury", "Lam"]
COMPANIES = ["Brightwater Supply Co.", "Nordlys Analytics AB", "Kestrel Finch Ltd", "Mapleleaf Tooling Inc.",
             "Sakura Print Works", "Alto Verde Logistics", "Quillstone Media", "Ironbark Solar Pty",
             "Bluefin Harbor Foods", "Tessellate Labs", "Copperkettle Bakery", "Halvorsen Marine",
             "Orchid Lane Textiles", "Pumice Software GmbH", "Riverbend Dental", "Stonegate Freight"]
CITIES = ["Lisbon", "Osaka", "Nairobi", "Tampere", "Valparaíso", "Gdańsk", "Hobart", "Leeds", "Porto Alegre",
          "Izmir", "Pune", "Quebec City", "Ljubljana", "Cebu", "Marrakesh", "Bergen", "Adelaide", "Cork"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SANS = ["Roboto", "Open Sans", "Lato", "Cantarell", "Liberation Sans", "DejaVu Sans", "Nimbus Sans"]
SERIF = ["Liberation Serif", "DejaVu Serif", "Nimbus Roman", "P052", "C059"]
MONO = ["JetBrains Mono", "Fira Code", "Inconsolata", "DejaVu Sans Mono", "Liberation Mono", "Noto Mono"]


def person(rng, k=1, exclude=()):
    out, seen = [], set(exclude)
    while len(out) < k:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in seen and n.split()[0] not in {x.split()[0] for x in seen}:
            seen.add(n)
            out.append(n)
    return out if k > 1 else out[0]


def distinct(rng, gen, k):
    """k distinct values from gen(rng)."""
    out = []
    while len(out) < k:
        v = gen(rng)
        if v not in out:
            out.append(v)
    return out


def money(cur, x):
    if cur == "JPY":
        return f"¥{round(x):,}"
    if cur == "SEK":
        return f"{x:,.2f} kr".replace(",", " ")
    if cur == "EURDE":
        return f"{x:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "AUD": "A$", "CAD": "C$", "CHF": "CHF "}[cur]
    return f"{sym}{x:,.2f}"


def date_str(y, m, d, style):
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "mdy":
        return f"{MONTHS_LONG[m-1]} {d}, {y}"
    if style == "dMy":
        return f"{d} {MONTHS[m-1]} {y}"
    raise ValueError(style)


def Q(question, answer, answer_type, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=answer_type, intent=intent,
                literal=bool(literal))


def page(body, css="", width=900, font="Roboto", bg="#ffffff", fg="#1d1d1f", size=15):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body{{margin:0;padding:0;background:{bg};color:{fg};font-family:'{font}',sans-serif;font-size:{size}px}}
*{{box-sizing:border-box}}
{css}</style></head><body><div id="root" style="width:{width}px">{body}</div></body></html>"""


SCENES = []


def scene(category):
    def deco(fn):
        SCENES.append((category, fn.__name__, fn))
        return fn
    return deco


esc = html.escape


# ----------------------------------------------------------------------------------------------- document
@scene("document")
def invoice_usd(rng):
    seller, buyer = rng.sample(COMPANIES, 2)
    items_pool = ["Website hosting (annual)", "Logo redesign", "SEO audit", "Copywriting - 12 pages",
                  "SSL certificate", "Email setup", "Analytics dashboard", "Photography session",
                  "Domain renewal", "Content migration", "Accessibility review"]
    names = rng.sample(items_pool, rng.randint(4, 6))
    prices = distinct(rng, lambda r: round(r.uniform(40, 900), 2), len(names))
    qtys = [rng.randint(1, 4) for _ in names]
    lines = [(n, q, p, round(q * p, 2)) for n, q, p in zip(names, qtys, prices)]
    sub = round(sum(l[3] for l in lines), 2)
    rate = rng.choice([6, 7.25, 8, 8.875])
    tax = round(sub * rate / 100, 2)
    total = round(sub + tax, 2)
    inv = f"INV-{rng.randint(2024, 2026)}-{rng.randint(100, 999)}"
    y = 2026; m = rng.randint(1, 10); d = rng.randint(1, 20)
    due = date_str(y, m + 1, d + 5, "mdy")
    rows = "".join(f"<tr><td>{esc(n)}</td><td class=r>{q}</td><td class=r>{money('USD', p)}</td>"
                   f"<td class=r>{money('USD', t)}</td></tr>" for n, q, p, t in lines)
    body = f"""<div class=wrap><div class=top><div><div class=logo>{esc(seller)}</div>
<div class=muted>418 Harbor Street, Suite 2<br>Portland, OR 97205</div></div>
<div class=rt><h1>INVOICE</h1><div>Invoice # <b>{inv}</b></div><div>Issued: {date_str(y, m, d, 'mdy')}</div>
<div>Due: <b>{due}</b></div></div></div>
<div class=bill><div class=muted>BILL TO</div><b>{esc(buyer)}</b><br>Accounts Payable</div>
<table><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th class=r>Amount</th></tr>{rows}</table>
<div class=tot><div>Subtotal <span>{money('USD', sub)}</span></div><div>Sales tax ({rate}%) <span>{money('USD', tax)}</span></div>
<div class=big>Total due <span>{money('USD', total)}</span></div></div>
<div class=muted style="margin-top:30px">Payment terms: Net 30. Please include the invoice number with your payment.</div></div>"""
    css = """.wrap{padding:40px}.top{display:flex;justify-content:space-between}.logo{font-size:24px;font-weight:700;color:#2b5cab}
.muted{color:#777;font-size:13px}.rt{text-align:right}h1{margin:0 0 8px;color:#2b5cab;letter-spacing:3px}
.bill{margin:30px 0}table{width:100%;border-collapse:collapse}th{background:#2b5cab;color:#fff;text-align:left;padding:8px}
td{padding:8px;border-bottom:1px solid #ddd}.r{text-align:right}.tot{margin-left:auto;width:320px;margin-top:16px}
.tot div{display:flex;justify-content:space-between;padding:4px 0}.big{font-weight:700;font-size:18px;border-top:2px solid #2b5cab}"""
    priciest = max(lines, key=lambda l: l[3])
    assert sorted(l[3] for l in lines)[-1] != sorted(l[3] for l in lines)[-2]
    return dict(html=page(body, css, 860, rng.choice(SANS)), width=860, qs=[
        Q("what's the total due on this invoice?", money("USD", total), "money", "lookup", True),
        Q("When is this invoice due?", due, "date", "lookup", True),
        Q("which line on the invoice has the biggest amount?", priciest[0], "text", "extreme", True),
    ])


@scene("document")
def receipt_eur_phone(rng):
    shop = rng.choice(["Mercado Lumen", "Bäckerei Sonnenhof", "Épicerie du Coin", "Supermercato Aurora"])
    pool = ["Oat milk 1L", "Sourdough loaf", "Free-range eggs x6", "Cherry tomatoes", "Greek yoghurt",
            "Espresso beans 250g", "Basmati rice 1kg", "Olive oil 500ml", "Bananas", "Cheddar 200g",
            "Dark chocolate", "Sparkling water 6pk", "Avocados x2", "Penne 500g"]
    names = rng.sample(pool, rng.randint(6, 8))
    prices = distinct(rng, lambda r: round(r.uniform(0.79, 9.99), 2), len(names))
    total = round(sum(prices), 2)
    paid_card = rng.random() < 0.5
    given = round(total + rng.choice([0.5, 1.2, 3.0, 5.0]), 0) + (0 if total % 1 else 1)
    y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(8, 20), rng.randint(0, 59)
    rows = "".join(f"<div class=l><span>{esc(n)}</span><span>{money('EUR', p)}</span></div>" for n, p in zip(names, prices))
    pay = ("<div class=l><span>VISA **** " + str(rng.randint(1000, 9999)) + "</span><span>" + money('EUR', total) + "</span></div>"
           if paid_card else f"<div class=l><span>Cash</span><span>{money('EUR', given)}</span></div>"
           f"<div class=l><span>Change</span><span>{money('EUR', round(given - total, 2))}</span></div>")
    body = f"""<div class=r><div class=c><b style="font-size:22px">{esc(shop)}</b><br>Rua das Flores 22<br>VAT 5088 21 447</div>
<div class=c>{date_str(y, m, d, 'dmy')} &nbsp; {hh:02d}:{mm:02d} &nbsp; Till 3</div><hr>{rows}<hr>
<div class="l b"><span>TOTAL</span><span>{money('EUR', total)}</span></div>{pay}<hr>
<div class=c>{len(names)} items<br>Thank you &amp; see you soon!</div></div>"""
    css = """body{background:#e8e6e1}.r{margin:24px auto;width:520px;background:#fffef8;padding:28px;box-shadow:0 2px 8px #0003}
.c{text-align:center;margin:8px 0;line-height:1.5}.l{display:flex;justify-content:space-between;padding:3px 0}.b{font-weight:700;font-size:20px}
hr{border:none;border-top:2px dashed #999}"""
    top = names[prices.index(max(prices))]
    return dict(html=page(body, css, 600, rng.choice(MONO), bg="#e8e6e1", size=16), width=600, qs=[
        Q("how much was the total on this receipt", money("EUR", total), "money", "lookup", True),
        Q("Which item was the most expensive one I bought?", top, "text", "extreme", True),
        Q("did i pay by card here or cash?", "card" if paid_card else "cash", "text", "state", not paid_card),
    ])


@scene("document")
def utility_bill_dark(rng):
    name = person(rng)
    acct = f"{rng.randint(10,99)}-{rng.randint(100000,999999)}"
    prev = rng.randint(20000, 40000)
    used = rng.randint(180, 640)
    cur = prev + used
    rate = rng.choice([0.2431, 0.2675, 0.2892])
    energy = round(used * rate, 2)
    standing = round(rng.choice([0.53, 0.61, 0.47]) * 30, 2)
    vat = round((energy + standing) * 0.05, 2)
    total = round(energy + standing + vat, 2)
    m = rng.randint(1, 9)
    due = date_str(2026, m + 2, rng.randint(1, 28), "dMy")
    body = f"""<div class=w><div class=hd><span class=brand>⚡ Ember Energy</span><span>Account {acct}</span></div>
<h2>Your electricity bill</h2><p>Hi {esc(name.split()[0])}, here's your bill for {MONTHS_LONG[m-1]} 2026.</p>
<div class=grid><div class=card><div class=lbl>Amount to pay</div><div class=amt>{money('GBP', total)}</div><div class=lbl>by {due} (Direct Debit)</div></div>
<div class=card><div class=lbl>Meter readings</div><div>Previous: <b>{prev:,} kWh</b></div><div>Current: <b>{cur:,} kWh</b></div></div></div>
<table><tr><td>Energy charge @ {rate*100:.2f}p/kWh</td><td>{money('GBP', energy)}</td></tr>
<tr><td>Standing charge (30 days)</td><td>{money('GBP', standing)}</td></tr>
<tr><td>VAT 5%</td><td>{money('GBP', vat)}</td></tr><tr class=t><td>Total</td><td>{money('GBP', total)}</td></tr></table></div>"""
    css = """.w{padding:36px}.hd{display:flex;justify-content:space-between;color:#9aa4b8}.brand{color:#ffb347;font-weight:700;font-size:20px}
.grid{display:flex;gap:20px;margin:20px 0}.card{flex:1;background:#1f2637;border-radius:12px;padding:20px;line-height:1.8}
.lbl{color:#9aa4b8;font-size:13px}.amt{font-size:34px;font-weight:700;color:#ffb347}table{width:100%;border-collapse:collapse}
td{padding:10px;border-bottom:1px solid #2c3548}td:last-child{text-align:right}.t td{font-weight:700}"""
    return dict(html=page(body, css, 780, rng.choice(SANS), bg="#141a27", fg="#e6e9f0"), width=780, qs=[
        Q("how many kWh did i actually use this period?", used, "number", "difference", False),
        Q("When's the payment due?", due, "date", "lookup", True),
        Q("what's my account number on this bill", acct, "code", "lookup", True),
    ])


@scene("document")
def bank_statement(rng):
    cur = rng.choice(["CAD", "CHF"])
    opening = round(rng.uniform(1500, 6000), 2)
    payees = ["Metro Grocers", "City Transit Pass", "Hydro One", "Northwind Rent", "Café Alba", "Pharmaplus",
              "Streamly Subscription", "Gym Nova", "Bookshelf & Co", "Fuel Stop 24", "Salary - " + rng.choice(COMPANIES),
              "Transfer from savings", "Refund - Parcelia"]
    n = rng.randint(8, 10)
    chosen = rng.sample(payees[:10], n - 2) + rng.sample(payees[10:], 2)
    rng.shuffle(chosen)
    amounts = distinct(rng, lambda r: round(r.uniform(8, 1400), 2), n)
    rows, bal, wd = [], opening, []
    m = rng.randint(1, 12)
    days = sorted(rng.sample(range(1, 29), n))
    deposits = 0
    for p, a, d in zip(chosen, amounts, days):
        dep = p in payees[10:]
        if dep:
            a = round(a + 1200, 2) if p.startswith("Salary") else a
            bal += a; deposits += 1
        else:
            bal -= a; wd.append((a, p))
        bal = round(bal, 2)
        assert bal > 0
        rows.append(f"<tr><td>{d:02d}/{m:02d}/2026</td><td>{esc(p)}</td><td class=r>{'' if dep else money(cur, a)}</td>"
                    f"<td class=r>{money(cur, a) if dep else ''}</td><td class=r>{money(cur, bal)}</td></tr>")
    big = max(wd)
    body = f"""<div class=w><div class=hd><div><b style="font-size:22px">Lakeshore Credit Union</b><br><span class=m>Chequing account ••••{rng.randint(1000,9999)}</span></div>
<div class=m style="text-align:right">Statement period<br>{MONTHS_LONG[m-1]} 2026</div></div>
<div class=sum><div>Opening balance<br><b>{money(cur, opening)}</b></div><div>Closing balance<br><b>{money(cur, bal)}</b></div></div>
<table><tr><th>Date</th><th>Description</th><th class=r>Withdrawals</th><th class=r>Deposits</th><th class=r>Balance</th></tr>{''.join(rows)}</table></div>"""
    css = """.w{padding:30px}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #0a6e5c;padding-bottom:12px}.m{color:#666;font-size:13px}
.sum{display:flex;gap:60px;margin:18px 0;color:#444}.sum b{font-size:20px;color:#0a6e5c}table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;border-bottom:2px solid #0a6e5c;padding:6px}td{padding:6px;border-bottom:1px solid #e3e3e3}.r{text-align:right}"""
    return dict(html=page(body, css, 900, rng.choice(SANS)), width=900, qs=[
        Q("What was the closing balance?", money(cur, bal), "money", "lookup", True),
        Q("who did my biggest withdrawal go to", big[1], "text", "extreme", True),
        Q("how many deposits are on this statement?", deposits, "count", "count", False),
    ])


@scene("document")
def quote_jpy(rng):
    client = rng.choice(COMPANIES)
    pool = ["Desk chair (ergonomic)", "Standing desk frame", "Monitor arm", "Cable tray", "Desk lamp LED",
            "Whiteboard 180cm", "Acoustic panel", "Locker unit", "Footrest"]
    names = rng.sample(pool, 5)
    qty = distinct(rng, lambda r: r.randint(2, 40), 5)
    unit = [rng.randint(18, 450) * 100 for _ in names]
    total = sum(q * u for q, u in zip(qty, unit))
    qn = f"Q{rng.randint(10000, 99999)}"
    m = rng.randint(2, 10); d = rng.randint(1, 28)
    valid = date_str(2026, m + 1, d, "iso")
    rows = "".join(f"<tr><td>{i+1}</td><td>{esc(n)}</td><td>{q}</td><td>{money('JPY', u)}</td><td>{money('JPY', q*u)}</td></tr>"
                   for i, (n, q, u) in enumerate(zip(names, qty, unit)))
    k = rng.randrange(5)
    body = f"""<div class=w><h1>QUOTATION</h1><div class=row><div><b>Hoshino Office Interiors</b><br>2-14-7 Nishi-Shinjuku, Tokyo</div>
<div class=box>Quote no. <b>{qn}</b><br>Date: {date_str(2026, m, d, 'iso')}<br>Valid until: <b>{valid}</b></div></div>
<p>Prepared for: <b>{esc(client)}</b></p><table><tr><th>#</th><th>Item</th><th>Qty</th><th>Unit price</th><th>Line total</th></tr>{rows}
<tr class=t><td colspan=4>Total (tax incl.)</td><td>{money('JPY', total)}</td></tr></table></div>"""
    css = """.w{padding:34px}h1{font-weight:300;letter-spacing:6px;border-bottom:1px solid #333}.row{display:flex;justify-content:space-between}
.box{border:1px solid #333;padding:10px 16px;line-height:1.6}table{width:100%;border-collapse:collapse;margin-top:14px}
th,td{border:1px solid #999;padding:7px}th{background:#eee}td:nth-child(n+3){text-align:right}.t td{font-weight:700}"""
    return dict(html=page(body, css, 820, rng.choice(SERIF)), width=820, qs=[
        Q(f"what quantity of '{names[k]}' is on the quote?", qty[k], "number", "lookup", True),
        Q("until when is this quote valid?", valid, "date", "lookup", True),
        Q("whats the quote number", qn, "code", "lookup", True),
    ])


@scene("document")
def payslip_inr(rng):
    emp = person(rng)
    basic = rng.randint(40, 90) * 1000
    earn = [("Basic salary", basic), ("House rent allowance", round(basic * 0.4)), ("Special allowance", rng.randint(5, 25) * 1000)]
    ded_names = ["Provident fund", "Professional tax", "Income tax (TDS)", "Health insurance"]
    ded_vals = distinct(rng, lambda r: r.randint(2, 140) * 100, 4)
    ded = list(zip(ded_names, ded_vals))
    gross = sum(v for _, v in earn); tded = sum(v for _, v in ded); net = gross - tded
    m = rng.randint(1, 12)
    er = "".join(f"<tr><td>{a}</td><td>{money('INR', b)}</td></tr>" for a, b in earn)
    dr = "".join(f"<tr><td>{a}</td><td>{money('INR', b)}</td></tr>" for a, b in ded)
    body = f"""<div class=w><div class=hd><b>{esc(rng.choice(COMPANIES))}</b><span>Payslip — {MONTHS_LONG[m-1]} 2026</span></div>
<div class=info><div>Employee: <b>{esc(emp)}</b></div><div>Employee ID: E{rng.randint(1000,9999)}</div><div>Days paid: {rng.choice([30, 31, 28])}</div></div>
<div class=cols><table><tr><th>Earnings</th><th></th></tr>{er}<tr class=t><td>Gross pay</td><td>{money('INR', gross)}</td></tr></table>
<table><tr><th>Deductions</th><th></th></tr>{dr}<tr class=t><td>Total deductions</td><td>{money('INR', tded)}</td></tr></table></div>
<div class=net>Net pay: {money('INR', net)}</div></div>"""
    css = """.w{padding:30px}.hd{display:flex;justify-content:space-between;background:#6a1b9a;color:#fff;padding:14px 18px;font-size:18px}
.info{display:flex;gap:40px;padding:14px 4px;color:#333}.cols{display:flex;gap:20px}table{flex:1;border-collapse:collapse}
th{text-align:left;background:#f1e6f7;padding:8px}td{padding:8px;border-bottom:1px solid #eee}td:last-child{text-align:right}
.t td{font-weight:700}.net{margin-top:18px;font-size:22px;font-weight:700;text-align:right;color:#6a1b9a}"""
    big = max(ded, key=lambda x: x[1])[0]
    return dict(html=page(body, css, 900, rng.choice(SANS)), width=900, qs=[
        Q("what's the net pay on this payslip?", money("INR", net), "money", "lookup", True),
        Q("Which deduction is the largest one?", big, "text", "extreme", True),
    ])


@scene("document")
def purchase_order_sek(rng):
    vendor = rng.choice(COMPANIES)
    pool = [("Hex bolts M8", "BLT-M8"), ("Wood screws 4x40", "SCR-440"), ("Wall plugs 6mm", "PLG-06"),
            ("Hinge 90mm steel", "HNG-90"), ("Drawer runner 450", "DRW-45"), ("Cabinet handle", "HDL-12"),
            ("Shelf bracket", "SHB-20"), ("Glue 1L", "GLU-01")]
    items = rng.sample(pool, 5)
    qty = [rng.randint(1, 50) * 10 for _ in items]
    unit = [round(rng.uniform(0.8, 45), 2) for _ in items]
    total = round(sum(q * u for q, u in zip(qty, unit)), 2)
    po = f"PO-{rng.randint(40000, 49999)}"
    buyer = person(rng)
    rows = "".join(f"<tr><td>{c}-{rng.randint(10,99)}</td><td>{esc(n)}</td><td>{q}</td><td>{money('SEK', u)}</td><td>{money('SEK', q*u)}</td></tr>"
                   for (n, c), q, u in zip(items, qty, unit))
    codes = re.findall(r"<tr><td>([A-Z]+-[A-Z0-9]+-\d+)</td><td>([^<]+)</td>", rows)
    k = rng.randrange(5)
    body = f"""<div class=w><div class=hd><h2>Purchase Order</h2><div class=po>{po}</div></div>
<div class=meta><div><span>Vendor</span><br>{esc(vendor)}</div><div><span>Ordered by</span><br>{esc(buyer)}</div>
<div><span>Ship to</span><br>Snickarvägen 4, Umeå</div></div>
<table><tr><th>SKU</th><th>Description</th><th>Qty</th><th>Unit</th><th>Total</th></tr>{rows}</table>
<div class=tot>Order total: <b>{money('SEK', total)}</b></div></div>"""
    css = """.w{padding:30px}.hd{display:flex;justify-content:space-between;align-items:center}.po{font-size:22px;color:#7fd1b9;font-weight:700}
.meta{display:flex;gap:50px;margin:10px 0 20px}.meta span{color:#8a93a3;font-size:12px;text-transform:uppercase}
table{width:100%;border-collapse:collapse}th{text-align:left;color:#8a93a3;border-bottom:1px solid #3a4150;padding:8px}
td{padding:8px;border-bottom:1px solid #2a303c}td:nth-child(n+3){text-align:right}.tot{text-align:right;margin-top:16px;font-size:18px}"""
    return dict(html=page(body, css, 760, rng.choice(SANS), bg="#1b1f27", fg="#dfe3ea", size=14), width=760, qs=[
        Q("whats the order total", money("SEK", total), "money", "lookup", True),
        Q(f"What is the SKU for the {html.unescape(codes[k][1])}?", codes[k][0], "code", "lookup", True),
        Q("who placed this PO?", buyer, "person", "who", True),
    ])


# ----------------------------------------------------------------------------------------------- card
@scene("card")
def gym_membership(rng):
    name = person(rng)
    num = f"{rng.randint(100,999)} {rng.randint(1000,9999)} {rng.randint(10,99)}"
    tier = rng.choice(["GOLD", "PLATINUM", "STUDENT", "OFF-PEAK"])
    exp = f"{rng.randint(1,12):02d}/{rng.randint(27,30)}"
    since = rng.randint(2015, 2025)
    body = f"""<div class=c><div class=top><span class=logo>PULSE<b>FIT</b></span><span class=tier>{tier}</span></div>
<div class=nm>{esc(name)}</div><div class=num>Member no. {num}</div>
<div class=bot><div>Member since<br><b>{since}</b></div><div>Valid thru<br><b>{exp}</b></div><div>Home club<br><b>{rng.choice(CITIES)}</b></div></div>
<div class=bar></div></div>"""
    css = """.c{margin:40px;width:560px;height:340px;border-radius:22px;padding:28px;color:#fff;position:relative;
background:linear-gradient(135deg,#ff4e50,#8e2de2)}.top{display:flex;justify-content:space-between}.logo{font-size:28px;letter-spacing:2px}
.tier{border:2px solid #fff;border-radius:20px;padding:4px 14px;font-weight:700}.nm{font-size:26px;margin-top:60px}
.num{font-size:18px;opacity:.9;margin-top:6px;letter-spacing:1px}.bot{display:flex;gap:40px;margin-top:30px;font-size:13px}
.bot b{font-size:17px}"""
    return dict(html=page(body, css, 640, rng.choice(SANS), bg="#eef0f3"), width=640, qs=[
        Q("whats my member number on this card?", num, "code", "lookup", True),
        Q("When does the membership card expire?", exp, "date", "lookup", True),
        Q("what tier is this membership", tier, "text", "lookup", True),
    ])


@scene("card")
def boarding_pass(rng):
    pax = person(rng)
    a, b = rng.sample([("LIS", "Lisbon"), ("OSL", "Oslo"), ("NBO", "Nairobi"), ("ADL", "Adelaide"), ("KIX", "Osaka"),
                       ("YQB", "Québec"), ("IZM", "Izmir"), ("ORK", "Cork")], 2)
    flight = f"{rng.choice(['TQ', 'NV', 'RB'])} {rng.randint(100, 2999)}"
    dep_h, dep_m = rng.randint(5, 21), rng.choice(range(0, 60, 5))
    board = dep_h * 60 + dep_m - 40
    gate = f"{rng.choice('ABCDE')}{rng.randint(1, 48)}"
    seat = f"{rng.randint(3, 38)}{rng.choice('ACDF')}"
    grp = rng.randint(1, 5)
    body = f"""<div class=bp><div class=l><div class=air>✈ Northstar Air</div><div class=k>PASSENGER</div><div class=v>{esc(pax.upper())}</div>
<div class=route><div><div class=code>{a[0]}</div>{a[1]}</div><div class=arrow>→</div><div><div class=code>{b[0]}</div>{b[1]}</div></div>
<div class=g><div><div class=k>FLIGHT</div><div class=v>{flight}</div></div><div><div class=k>DATE</div><div class=v>{rng.randint(1,28):02d} {MONTHS[rng.randrange(12)].upper()}</div></div>
<div><div class=k>DEPARTS</div><div class=v>{dep_h:02d}:{dep_m:02d}</div></div></div>
<div class=g><div><div class=k>GATE</div><div class=v>{gate}</div></div><div><div class=k>BOARDING</div><div class=v>{board//60:02d}:{board%60:02d}</div></div>
<div><div class=k>SEAT</div><div class=v>{seat}</div></div><div><div class=k>GROUP</div><div class=v>{grp}</div></div></div></div>
<div class=r><div class=k>SEAT</div><div class=v>{seat}</div><div class=qr></div></div></div>"""
    css = """.bp{margin:30px;display:flex;border-radius:16px;overflow:hidden;box-shadow:0 4px 14px #0002;width:880px}
.l{flex:3;background:#fff;padding:24px}.r{flex:1;background:#0b3d91;color:#fff;padding:24px;border-left:3px dashed #ccc}
.air{color:#0b3d91;font-weight:700;font-size:20px;margin-bottom:14px}.k{font-size:11px;color:#8090a0;letter-spacing:1px}.r .k{color:#b8c8ff}
.v{font-size:19px;font-weight:700}.route{display:flex;align-items:center;gap:30px;margin:16px 0}.code{font-size:40px;font-weight:700}
.arrow{font-size:30px;color:#0b3d91}.g{display:flex;gap:44px;margin-top:14px}.qr{margin-top:30px;width:120px;height:120px;
background:repeating-linear-gradient(90deg,#fff 0 6px,#0b3d91 6px 10px),#fff}"""
    return dict(html=page(body, css, 960, rng.choice(SANS), bg="#dfe6ee"), width=960, qs=[
        Q("what gate am i at", gate, "code", "lookup", True),
        Q("What time does boarding start for this flight?", f"{board//60:02d}:{board%60:02d}", "time", "lookup", True),
        Q("where is this flight going to?", b[1], "text", "where", True),
    ])


@scene("card")
def shipping_label(rng):
    sender, rec = person(rng, 2)
    city = rng.choice(CITIES)
    trk = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    kg = round(rng.uniform(0.3, 24), 1)
    svc = rng.choice(["EXPRESS SAVER", "GROUND", "NEXT DAY AIR", "ECONOMY"])
    body = f"""<div class=lb><div class=row><div class=sm>FROM:<br><b>{esc(sender)}</b><br>12 Orchard Row<br>Bristol BS1 4QA</div>
<div class=wt><b>{kg} KG</b><br>1 OF 1</div></div>
<div class=to>SHIP TO:<div class=big>{esc(rec.upper())}<br>{rng.randint(2,400)} {rng.choice(['MARKET ST', 'HARBOUR RD', 'CEDAR AVE', 'KING ST'])}<br>{esc(city.upper())}</div></div>
<div class=svc>{svc}</div><div class=bc></div><div class=trk>TRACKING #: {trk}</div></div>"""
    css = """.lb{margin:30px;width:600px;border:3px solid #000;background:#fff;font-family:inherit}.row{display:flex;justify-content:space-between;border-bottom:3px solid #000}
.sm{padding:12px;font-size:14px;line-height:1.4}.wt{padding:12px;font-size:22px;text-align:right;border-left:3px solid #000}
.to{padding:14px;border-bottom:3px solid #000}.big{font-size:26px;font-weight:700;line-height:1.3;margin-top:6px}
.svc{background:#000;color:#fff;font-size:30px;font-weight:700;padding:10px 14px}.bc{height:110px;margin:16px;
background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 9px,#fff 9px 12px,#000 12px 13px,#fff 13px 17px)}
.trk{padding:0 16px 16px;font-size:20px;font-weight:700}"""
    return dict(html=page(body, css, 680, rng.choice(["Liberation Sans", "Nimbus Sans", "DejaVu Sans"]), bg="#c9b48f"), width=680, qs=[
        Q("can you tell me the tracking number from this label", trk, "code", "lookup", True),
        Q("how heavy is the parcel (kg)?", kg, "number", "lookup", True),
        Q("who is it being shipped to", rec, "person", "who", False),
    ])


@scene("card")
def business_card(rng):
    name = person(rng)
    title = rng.choice(["Head of Product", "Senior Structural Engineer", "Director of Partnerships", "Lead Data Scientist",
                        "Managing Partner", "Chief Sommelier"])
    co = rng.choice(COMPANIES)
    cc = rng.choice([44, 61, 81, 353, 27])
    phone = f"+{cc} {rng.randint(10,99)} {rng.randint(100,999)} {rng.randint(1000,9999)}"
    mob = f"+{cc} {rng.randint(700,799)} {rng.randint(100,999)} {rng.randint(100,999)}"
    email = name.lower().split()[0] + "@" + re.sub(r"[^a-z]", "", co.lower().split()[0]) + ".com"
    body = f"""<div class=bc><div class=left><div class=co>{esc(co)}</div></div><div class=right>
<div class=nm>{esc(name)}</div><div class=tt>{esc(title)}</div><div class=ct>
<div>T&nbsp; {phone}</div><div>M&nbsp; {mob}</div><div>E&nbsp; {email}</div><div>W&nbsp; www.{email.split('@')[1]}</div></div></div></div>"""
    css = """.bc{margin:40px;width:700px;height:380px;display:flex;background:#faf7f2;box-shadow:0 6px 20px #0003}
.left{width:230px;background:#1e3a34;color:#e9d8a6;display:flex;align-items:center;justify-content:center;padding:20px;text-align:center;font-size:22px}
.right{padding:40px}.nm{font-size:30px;color:#1e3a34}.tt{color:#a0785a;font-size:16px;margin-top:4px;letter-spacing:1px}
.ct{margin-top:60px;line-height:1.8;font-size:15px;color:#333}"""
    return dict(html=page(body, css, 780, rng.choice(SERIF + ["Lato"]), bg="#6b7a8f"), width=780, qs=[
        Q("What's the mobile number on this card?", mob, "phone", "lookup", True),
        Q("what's this persons job title", title, "text", "lookup", True),
    ])


@scene("card")
def conference_badge(rng):
    name = person(rng)
    org = rng.choice(COMPANIES)
    role = rng.choice(["SPEAKER", "ATTENDEE", "VOLUNTEER", "SPONSOR"])
    colors = {"SPEAKER": "#e63946", "ATTENDEE": "#457b9d", "VOLUNTEER": "#2a9d8f", "SPONSOR": "#f4a261"}
    conf = rng.choice(["DevHarbor 2026", "PyCascade 2026", "DataFjord Summit", "OpenRails Conf"])
    body = f"""<div class=b><div class=hole></div><div class=cf>{conf}</div><div class=fn>{esc(name.split()[0])}</div>
<div class=ln>{esc(name.split(' ', 1)[1])}</div><div class=org>{esc(org)}</div><div class=role style="background:{colors[role]}">{role}</div></div>"""
    css = """.b{margin:30px auto;width:420px;background:#fff;border-radius:12px;text-align:center;overflow:hidden;box-shadow:0 4px 16px #0003}
.hole{width:70px;height:12px;border-radius:6px;background:#ccc;margin:14px auto}.cf{font-size:15px;color:#666;letter-spacing:2px}
.fn{font-size:46px;font-weight:700;margin-top:40px}.ln{font-size:24px}.org{margin:26px 0 40px;color:#555;font-size:18px}
.role{color:#fff;font-size:26px;font-weight:700;padding:18px;letter-spacing:4px}"""
    return dict(html=page(body, css, 600, rng.choice(SANS), bg="#30343f"), width=600, qs=[
        Q("Which company does the badge say they're from?", org, "text", "lookup", True),
        Q("is this person a speaker?", "yes" if role == "SPEAKER" else "no", "yesno", "state", False),
        Q("what conference is this badge for", conf, "text", "lookup", True),
    ])


@scene("card")
def concert_ticket(rng):
    band = rng.choice(["The Velvet Tides", "Nightjar Orchestra", "Marlowe & the Ferns", "Static Lanterns"])
    venue = rng.choice(["Harbour Hall", "The Foundry", "Old Mill Arena", "Kelvin Pavilion"])
    doors_h = rng.randint(17, 20); doors_m = rng.choice([0, 30])
    show = doors_h * 60 + doors_m + rng.choice([45, 60, 90])
    row = rng.choice("ABCDEFGHJK"); seat = rng.randint(1, 40)
    price = round(rng.uniform(35, 120), 2)
    fee = round(rng.uniform(3, 9), 2)
    day = rng.randint(1, 28); mo = rng.randrange(12)
    body = f"""<div class=t><div class=main><div class=k>LIVE IN CONCERT</div><div class=band>{esc(band)}</div>
<div class=ven>{venue} · {DAYS[rng.randrange(7)]} {day} {MONTHS_LONG[mo]} 2026</div>
<div class=g><div><div class=k>DOORS</div>{doors_h:02d}:{doors_m:02d}</div><div><div class=k>SHOW</div>{show//60:02d}:{show%60:02d}</div>
<div><div class=k>ROW</div>{row}</div><div><div class=k>SEAT</div>{seat}</div></div>
<div class=pr>Ticket {money('GBP', price)} + booking fee {money('GBP', fee)}</div></div>
<div class=stub><div class=k>ROW</div><div class=big>{row}</div><div class=k>SEAT</div><div class=big>{seat}</div></div></div>"""
    css = """.t{margin:30px;display:flex;width:940px;background:#1a1030;color:#fff;border-radius:10px;overflow:hidden}
.main{flex:1;padding:28px;background:radial-gradient(circle at 80% 20%,#5b2a86,#1a1030)}.k{font-size:11px;letter-spacing:2px;color:#d0b3ff}
.band{font-size:44px;font-weight:700;margin:6px 0}.ven{font-size:17px;color:#e5d9ff}.g{display:flex;gap:50px;margin-top:24px;font-size:24px;font-weight:700}
.pr{margin-top:24px;font-size:14px;color:#cbb}.stub{width:170px;border-left:3px dashed #8a6fc0;padding:28px;text-align:center}.big{font-size:40px;font-weight:700;margin-bottom:10px}"""
    return dict(html=page(body, css, 1000, rng.choice(SANS), bg="#0d0d12"), width=1000, qs=[
        Q("what time do doors open?", f"{doors_h:02d}:{doors_m:02d}", "time", "lookup", True),
        Q("how much did I pay in total incl the booking fee", money("GBP", price + fee), "money", "sum", False),
        Q("which row am i sitting in", row, "code", "lookup", True),
    ])


# ----------------------------------------------------------------------------------------------- table
@scene("table")
def league_standings(rng):
    teams = rng.sample(["Riverside Rovers", "Port Vale Athletic", "Kingsbridge FC", "Northgate United", "Ashford Town",
                        "Lowfield Wanderers", "Carrow City", "Elmstead Rangers", "Marlow Albion", "Thornbury Celtic",
                        "Westbrook Harriers", "Dunmore Orient"], 10)
    rows = []
    for t in teams:
        w, d = rng.randint(2, 16), rng.randint(0, 8)
        l = 22 - w - d if 22 - w - d >= 0 else 0
        d = 22 - w - l
        gf, ga = rng.randint(18, 50), rng.randint(15, 45)
        rows.append([t, 22, w, d, l, gf, ga, gf - ga, 3 * w + d])
    rows.sort(key=lambda r: (-r[8], -r[7]))
    pts = [r[8] for r in rows]
    assert pts[0] != pts[1]
    k = rng.randrange(3, 9)
    worst_gd = min(rows, key=lambda r: r[7])
    assert sorted(r[7] for r in rows)[0] != sorted(r[7] for r in rows)[1]
    trs = "".join(f"<tr><td>{i+1}</td><td class=tm>{esc(r[0])}</td>" + "".join(f"<td>{'+' if j == 7 and v > 0 else ''}{v}</td>" for j, v in enumerate(r[1:], 1)) + "</tr>"
                  for i, r in enumerate(rows))
    body = f"""<div class=w><h3>Regional League · Table</h3><table><tr><th>#</th><th class=tm>Team</th><th>P</th><th>W</th><th>D</th><th>L</th>
<th>GF</th><th>GA</th><th>GD</th><th>Pts</th></tr>{trs}</table></div>"""
    css = """.w{padding:20px}h3{margin:0 0 10px}table{border-collapse:collapse;width:100%}th{background:#0f5132;color:#fff;padding:8px}
td{padding:7px 8px;text-align:center;border-bottom:1px solid #ddd}.tm{text-align:left}tr:nth-child(even) td{background:#f3f8f5}td:last-child{font-weight:700}"""
    return dict(html=page(body, css, 760, rng.choice(SANS)), width=760, qs=[
        Q("who's top of the table?", rows[0][0], "text", "extreme", True),
        Q(f"How many games has {rows[k][0]} drawn?", rows[k][3], "number", "lookup", True),
        Q("which team has the worst goal difference", worst_gd[0], "text", "extreme", True),
    ])


@scene("table")
def price_list_zebra(rng):
    cat = rng.choice(["coffee", "tea"])
    pool = (["Ethiopia Yirgacheffe", "Colombia Huila", "Brazil Cerrado", "Kenya AA", "Guatemala Antigua", "Sumatra Mandheling",
             "Costa Rica Tarrazú", "Rwanda Nyamasheke", "Peru Cajamarca"] if cat == "coffee" else
            ["Darjeeling First Flush", "Sencha Kagoshima", "Assam Breakfast", "Oolong Tieguanyin", "Earl Grey Supreme",
             "Rooibos Vanilla", "Jasmine Pearls", "Lapsang Souchong", "Genmaicha"])
    names = rng.sample(pool, 7)
    p250 = distinct(rng, lambda r: round(r.uniform(6, 19), 2), 7)
    p1k = [round(p * rng.uniform(3.2, 3.7), 2) for p in p250]
    stock = [rng.choice(["In stock", "In stock", "Low stock", "Sold out"]) for _ in names]
    soldout = stock.count("Sold out")
    trs = "".join(f"<tr><td>{esc(n)}</td><td>{money('EUR', a)}</td><td>{money('EUR', b)}</td><td class='s{s[0]}'>{s}</td></tr>"
                  for n, a, b, s in zip(names, p250, p1k, stock))
    k = rng.randrange(7)
    body = f"""<div class=w><h2>{'Single-origin coffee' if cat == 'coffee' else 'Loose-leaf tea'} — price list</h2>
<table><tr><th>Product</th><th>250 g</th><th>1 kg</th><th>Availability</th></tr>{trs}</table></div>"""
    css = """.w{padding:24px}table{border-collapse:collapse;width:100%}th{text-align:left;padding:10px;border-bottom:2px solid #333}
td{padding:10px}tr:nth-child(odd) td{background:#f4efe8}.sS{color:#c0392b;font-weight:700}.sL{color:#d68910}.sI{color:#1e8449}"""
    cheapest = names[p250.index(min(p250))]
    return dict(html=page(body, css, 720, rng.choice(SERIF + SANS)), width=720, qs=[
        Q(f"how much is 1kg of the {names[k]}", money("EUR", p1k[k]), "money", "lookup", True),
        Q("Which one is cheapest for 250g?", cheapest, "text", "extreme", True),
        Q("how many r sold out", soldout, "count", "count", False),
    ])


@scene("table")
def train_departures_dark(rng):
    dests = rng.sample(["Bergen", "Trondheim", "Stavanger", "Lillehammer", "Drammen", "Halden", "Gjøvik", "Kongsberg", "Bodø", "Skien"], 8)
    t = rng.randint(6 * 60, 20 * 60)
    rows = []
    for dst in dests:
        t += rng.randint(4, 19)
        st = rng.choice(["On time", "On time", "On time", "Delayed +{}".format(rng.randint(3, 25)), "Cancelled"])
        rows.append((f"{t//60:02d}:{t%60:02d}", f"{rng.choice(['R', 'RE', 'L', 'F'])}{rng.randint(10, 79)}", dst, rng.randint(1, 19), st))
    trs = "".join(f"<tr><td class=tm>{a}</td><td>{b}</td><td>{esc(c)}</td><td class=pf>{d}</td><td class='{'bad' if e != 'On time' else 'ok'}'>{e}</td></tr>"
                  for a, b, c, d, e in rows)
    k = rng.randrange(8)
    canc = [r for r in rows if r[4] == "Cancelled"]
    body = f"""<div class=w><div class=hd>Departures · Oslo S <span>{rows[0][0][:2]}:00</span></div>
<table><tr><th>Time</th><th>Train</th><th>Destination</th><th>Track</th><th>Status</th></tr>{trs}</table></div>"""
    css = """.w{padding:0}.hd{background:#000;color:#ffd400;font-size:26px;padding:16px 20px;display:flex;justify-content:space-between}
table{width:100%;border-collapse:collapse;font-size:20px}th{text-align:left;color:#8aa;font-size:13px;padding:8px 20px;text-transform:uppercase}
td{padding:10px 20px;border-top:1px solid #1e2a38}.tm{color:#ffd400;font-weight:700}.pf{font-weight:700}.bad{color:#ff6b6b}.ok{color:#6bdc8b}"""
    qs = [Q(f"what track does the train to {rows[k][2]} leave from?", rows[k][3], "number", "lookup", True),
          Q(f"when is the {rows[k][1]} to {rows[k][2]} leaving", rows[k][0], "time", "lookup", True)]
    qs.append(Q("are any of these trains cancelled?", "yes" if canc else "no", "yesno", "state", False))
    return dict(html=page(body, css, 820, rng.choice(["Roboto Condensed", "Liberation Sans Narrow", "Roboto"]), bg="#0b1220", fg="#e8eef5"), width=820, qs=qs)


@scene("table")
def inventory_merged(rng):
    items = rng.sample(["Flour (type 55)", "Caster sugar", "Butter, unsalted", "Hazelnuts", "Cocoa powder", "Dried apricots",
                        "Rolled oats", "Honey", "Almond flour", "Rye flour"], 7)
    wa = [round(rng.uniform(2, 80), 1) for _ in items]
    wb = [round(rng.uniform(2, 80), 1) for _ in items]
    reorder = [rng.choice([10, 15, 20, 25]) for _ in items]
    trs = "".join(f"<tr><td>{esc(n)}</td><td>{a}</td><td>{b}</td><td>{round(a+b,1)}</td><td>{r}</td></tr>"
                  for n, a, b, r in zip(items, wa, wb, reorder))
    tot = [round(a + b, 1) for a, b in zip(wa, wb)]
    assert len(set(tot)) == len(tot)
    k = rng.randrange(7)
    below = sum(1 for a, r in zip(wa, reorder) if a < r)
    body = f"""<div class=w><h3>Pantry stock — week {rng.randint(10, 50)}</h3><table>
<tr><th rowspan=2>Ingredient</th><th colspan=3>On hand (kg)</th><th rowspan=2>Reorder level<br>(kg)</th></tr>
<tr><th>Kitchen A</th><th>Kitchen B</th><th>Total</th></tr>{trs}</table></div>"""
    css = """.w{padding:20px}table{border-collapse:collapse}th,td{border:1px solid #9aa;padding:7px 14px}th{background:#dde7ee}
td:not(:first-child){text-align:right}"""
    return dict(html=page(body, css, 700, rng.choice(SANS)), width=700, qs=[
        Q(f"how many kg of {items[k].lower()} does kitchen B have", wb[k], "number", "lookup", True),
        Q("which ingredient do we have the most of in total?", items[tot.index(max(tot))], "text", "extreme", True),
        Q("In Kitchen A, how many ingredients are below their reorder level?", below, "count", "count", False),
    ])


@scene("table")
def grades_table(rng):
    studs = person(rng, 8)
    subj = ["Maths", "Physics", "History", "English"]
    while True:
        g = [[rng.randint(38, 99) for _ in subj] for _ in studs]
        avg = [round(sum(r) / 4, 2) for r in g]
        if len(set(avg)) == len(avg):
            break
    k = rng.randrange(4)
    col = [r[k] for r in g]
    if col.count(max(col)) > 1:
        g[col.index(max(col))][k] = min(100, max(col) + 1)
        col = [r[k] for r in g]
    assert col.count(max(col)) == 1
    avg = [round(sum(r) / 4, 2) for r in g]
    assert sorted(avg)[0] != sorted(avg)[1]
    trs = "".join(f"<tr><td>{esc(n)}</td>" + "".join(f"<td class='{'f' if v < 50 else ''}'>{v}</td>" for v in r) + f"<td><b>{a:.2f}</b></td></tr>"
                  for n, r, a in zip(studs, g, avg))
    failed_hist = sum(1 for r in g if r[2] < 50)
    body = f"""<div class=w><h3>Year 11 · Term 2 results</h3><p class=m>Pass mark 50. Marks below 50 shown in red.</p><table>
<tr><th>Student</th>{''.join(f'<th>{s}</th>' for s in subj)}<th>Average</th></tr>{trs}</table></div>"""
    css = """.w{padding:22px}.m{color:#666;font-size:13px}table{border-collapse:collapse;width:100%}th{background:#34495e;color:#fff;padding:8px}
td{padding:7px;text-align:center;border:1px solid #ddd}td:first-child{text-align:left}.f{color:#d62828;font-weight:700}"""
    return dict(html=page(body, css, 820, rng.choice(SANS)), width=820, qs=[
        Q(f"who got the highest {subj[k].lower()} mark?", studs[col.index(max(col))], "person", "extreme", True),
        Q("How many students failed History?", failed_hist, "count", "count", False),
        Q("which student has the lowest average", studs[avg.index(min(avg))], "person", "extreme", True),
    ])


@scene("table")
def spreadsheet_grid(rng):
    regions = rng.sample(["North", "South", "East", "West", "Central", "Coastal", "Highlands"], 5)
    q = ["Q1", "Q2", "Q3", "Q4"]
    data = [[rng.randint(120, 980) for _ in q] for _ in regions]
    sums = [sum(c) for c in zip(*data)]
    letters = "ABCDEFGH"
    cells = [["Region"] + q + ["Total"]] + [[r] + d + [sum(d)] for r, d in zip(regions, data)]
    rs = rng.randrange(5); cs = rng.randrange(4)
    addr = f"{letters[cs+1]}{rs+2}"
    hdr = "<tr><th class=c></th>" + "".join(f"<th class=c>{l}</th>" for l in letters[:8]) + "</tr>"
    trs = ""
    for i in range(9):
        row = cells[i] if i < len(cells) else []
        tds = "".join(f"<td class='{'h' if i == 0 else ''}{' n' if isinstance(v, int) else ''}'>{v}</td>" for v in row) + "<td></td>" * (8 - len(row))
        trs += f"<tr><th class=c>{i+1}</th>{tds}</tr>"
    body = f"""<div class=bar><span class=fx>fx</span> =SUM(B2:E2)</div><table>{hdr}{trs}</table>
<div class=tabs><span class=on>Sales 2026</span><span>Sheet2</span></div>"""
    css = """.bar{border-bottom:1px solid #ccc;padding:6px 10px;font-size:13px;background:#fff}.fx{color:#888;font-style:italic;margin-right:10px}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d4d4d4;padding:4px 8px;height:24px;width:96px}
.c{background:#f3f3f3;color:#555;font-weight:400;width:40px;text-align:center}.n{text-align:right}.h{font-weight:700}
.tabs{background:#f3f3f3;padding:6px;font-size:13px}.tabs span{padding:4px 12px}.on{background:#fff;border-bottom:2px solid #188038;color:#188038}"""
    best_q = q[sums.index(max(sums))]
    assert sums.count(max(sums)) == 1
    return dict(html=page(body, css, 980, rng.choice(["Roboto", "Liberation Sans", "Open Sans"]), bg="#fff"), width=980, qs=[
        Q(f"what's in cell {addr}?", data[rs][cs], "number", "lookup", True),
        Q("which quarter had the highest sales across all regions combined", best_q, "text", "extreme", False),
        Q(f"total for {regions[rs]}?", sum(data[rs]), "number", "lookup", True),
    ])


# ----------------------------------------------------------------------------------------------- terminal
THEMES = [("#1e1e2e", "#cdd6f4", "#a6e3a1", "#89b4fa"), ("#002b36", "#93a1a1", "#859900", "#268bd2"),
          ("#282c34", "#abb2bf", "#98c379", "#61afef"), ("#fdf6e3", "#586e75", "#859900", "#268bd2"),
          ("#0c0c0c", "#cccccc", "#16c60c", "#3b78ff"), ("#2e3440", "#d8dee9", "#a3be8c", "#88c0d0"),
          ("#ffffff", "#24292f", "#116329", "#0550ae")]


def term(rng, user_host, cmd, out, width, title=None, theme=None):
    bg, fg, green, blue = theme or rng.choice(THEMES)
    font = rng.choice(MONO)
    prompt = f"<span style='color:{green}'>{user_host}</span>:<span style='color:{blue}'>~</span>$ "
    body = f"""<div class=win><div class=tb><i style="background:#ff5f56"></i><i style="background:#ffbd2e"></i><i style="background:#27c93f"></i>
<span>{esc(title or user_host)}</span></div><pre>{prompt}{esc(cmd)}
{out}
{prompt}<span class=cur>&nbsp;</span></pre></div>"""
    css = f""".win{{background:{bg};color:{fg}}}.tb{{background:#3a3a3a;padding:8px 12px;display:flex;gap:8px;align-items:center;color:#ddd;font-size:13px;font-family:sans-serif}}
.tb i{{width:12px;height:12px;border-radius:6px;display:inline-block}}.tb span{{margin-left:auto;margin-right:auto}}
pre{{margin:0;padding:14px 16px;font-family:'{font}',monospace;font-size:{rng.choice([13, 14, 15])}px;line-height:1.4;white-space:pre}}
.cur{{background:{fg}}}"""
    return page(body, css, width, font, bg=bg, fg=fg)


@scene("terminal")
def free_m(rng):
    total = rng.choice([7821, 15883, 31962, 3918])
    used = rng.randint(int(total * .2), int(total * .7))
    shared = rng.randint(50, 900)
    cache = rng.randint(300, total - used - 200)
    free = total - used - cache
    avail = free + int(cache * rng.uniform(.6, .9))
    stot = rng.choice([2047, 4095, 0, 8191])
    sused = rng.randint(0, stot // 3) if stot else 0
    out = (f"{'':8}{'total':>11}{'used':>12}{'free':>12}{'shared':>12}{'buff/cache':>12}{'available':>12}\n"
           f"{'Mem:':8}{total:>11}{used:>12}{free:>12}{shared:>12}{cache:>12}{avail:>12}\n"
           f"{'Swap:':8}{stot:>11}{sused:>12}{stot - sused:>12}")
    return dict(html=term(rng, "dev@buildbox", "free -m", out, 820), width=820, qs=[
        Q("how much memory is available in MB according to this", avail, "number", "lookup", True),
        Q("how much swap is being used?", sused, "number", "lookup", True),
    ])


@scene("terminal")
def du_sh(rng):
    dirs = rng.sample(["node_modules", "dist", "src", "assets", "logs", "backups", "venv", "docs", ".cache", "data", "tmp", "build"], 8)
    sizes_k = distinct(rng, lambda r: r.choice([r.randint(4, 999), r.randint(1, 999) * 1024, r.randint(11, 99) * 102 * 1024, r.randint(1, 9) * 1024 * 1024 + r.randint(1, 9) * 104858]), 8)

    def hum(k):
        if k < 1024:
            return f"{k}K"
        if k < 1024 * 1024:
            m = k / 1024
            return f"{m:.1f}M" if m < 10 else f"{round(m)}M"
        g = k / 1024 / 1024
        return f"{g:.1f}G" if g < 10 else f"{round(g)}G"
    hs = [hum(k) for k in sizes_k]
    assert len(set(hs)) == len(hs)
    out = "\n".join(f"{h}\t{d}" for h, d in zip(hs, dirs))
    big = dirs[sizes_k.index(max(sizes_k))]
    k = rng.randrange(8)
    return dict(html=term(rng, "mara@nas", "du -sh *", out, 620), width=620, qs=[
        Q("which folder is taking up the most space?", big, "code", "extreme", True),
        Q(f"how big is {dirs[k]}?", hs[k], "text", "lookup", True),
    ])


@scene("terminal")
def ps_aux(rng):
    procs = rng.sample(["/usr/sbin/sshd -D", "postgres: writer process", "node server.js", "/usr/bin/dockerd -H fd://",
                        "python3 worker.py --queue=high", "nginx: worker process", "java -Xmx2g -jar app.jar", "redis-server *:6379",
                        "/usr/lib/systemd/systemd-journald", "gunicorn app:wsgi --workers 4", "cron -f"], 8)
    users = ["root", "postgres", "www-data", "deploy", "redis"]
    cpus = distinct(rng, lambda r: round(r.choice([r.uniform(0, 2), r.uniform(0, 90)]), 1), 8)
    pids = distinct(rng, lambda r: r.randint(300, 48000), 8)
    lines = [f"{'USER':<9}{'PID':>7} {'%CPU':>4} {'%MEM':>4} {'VSZ':>8} {'RSS':>7} {'TTY':<8} {'STAT':<4} {'START':<5} {'TIME':>6} COMMAND"]
    for p, c, pid in zip(procs, cpus, pids):
        lines.append(f"{rng.choice(users):<9}{pid:>7} {c:>4} {rng.uniform(0, 12):>4.1f} {rng.randint(10000, 4000000):>8} {rng.randint(2000, 900000):>7} "
                     f"{'?':<8} {'S' + rng.choice(['s', 'l', '']):<4} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d} {rng.randint(0, 90):>3}:{rng.randint(0, 59):02d} {p}")
    top = procs[cpus.index(max(cpus))]
    k = rng.randrange(8)
    return dict(html=term(rng, "ops@web-03", "ps aux | head -9", "\n".join(lines), 1000), width=1000, qs=[
        Q("whats eating the most CPU here", top, "code", "extreme", True),
        Q(f"what's the PID of the `{procs[k].split()[0]}` process?", pids[k], "code", "lookup", True),
    ])


@scene("terminal")
def docker_images(rng):
    repos = rng.sample([("postgres", ["16-alpine", "15.6"]), ("redis", ["7.2", "7-alpine"]), ("node", ["20-slim", "22.4.1"]),
                        ("nginx", ["1.27", "stable-alpine"]), ("python", ["3.12-slim", "3.11.9"]), ("myapp/api", ["v2.3.1", "latest"]),
                        ("grafana/grafana", ["11.1.0"]), ("traefik", ["v3.1"])], 6)
    rows = []
    for r, tags in repos:
        tag = rng.choice(tags)
        iid = "".join(rng.choice("0123456789abcdef") for _ in range(12))
        ago = rng.choice(["2 days ago", "3 weeks ago", "5 months ago", "10 hours ago", "7 weeks ago", "13 days ago"])
        size = f"{rng.randint(12, 999)}MB" if rng.random() < .8 else f"{rng.uniform(1, 2.5):.2f}GB"
        rows.append((r, tag, iid, ago, size))
    out = f"{'REPOSITORY':<20}{'TAG':<16}{'IMAGE ID':<16}{'CREATED':<16}SIZE\n" + "\n".join(
        f"{a:<20}{b:<16}{c:<16}{d:<16}{e}" for a, b, c, d, e in rows)
    k, j = rng.sample(range(6), 2)
    return dict(html=term(rng, "sam@laptop", "docker images", out, 860), width=860, qs=[
        Q(f"how big is the {rows[k][0]} image", rows[k][4], "text", "lookup", True),
        Q(f"What's the image ID for {rows[j][0]}?", rows[j][2], "code", "lookup", True),
        Q("how many images do I have", len(rows), "count", "count", False),
    ])


@scene("terminal")
def git_branch_v(rng):
    names = rng.sample(["main", "develop", "feature/login-rate-limit", "fix/csv-export", "release/4.2", "chore/deps-bump",
                        "feature/dark-mode", "hotfix/null-avatar", "spike/grpc"], 6)
    cur = rng.randrange(6)
    msgs = ["Merge pull request #{} from team/sync", "Add retry to webhook sender", "Bump eslint to 9.4", "Fix off-by-one in pager",
            "WIP: theme tokens", "Handle empty CSV rows", "Update changelog", "Guard against missing avatar URL"]
    hashes = distinct(rng, lambda r: "".join(r.choice("0123456789abcdef") for _ in range(7)), 6)
    ahead = [rng.choice(["", "", f"[ahead {rng.randint(1, 9)}] ", f"[behind {rng.randint(1, 30)}] "]) for _ in names]
    w = max(len(n) for n in names) + 1
    lines = []
    for i, n in enumerate(names):
        mark = "* " if i == cur else "  "
        nm = f"<span style='color:#3fb950'>{n}</span>" + " " * (w - len(n)) if i == cur else n + " " * (w - len(n))
        lines.append(f"{mark}{nm}{hashes[i]} {ahead[i]}{esc(rng.choice(msgs).format(rng.randint(100, 999)))}")
    k = rng.choice([i for i in range(6) if i != cur])
    return dict(html=term(rng, "lin@thinkpad", "git branch -v", "\n".join(lines), 900, theme=rng.choice(THEMES[:3] + THEMES[4:6])), width=900, qs=[
        Q("which branch am I currently on?", names[cur], "code", "state", True),
        Q(f"whats the latest commit hash on {names[k]}", hashes[k], "code", "lookup", True),
    ])


@scene("terminal")
def python_traceback(rng):
    exc, msg = rng.choice([("KeyError", "'customer_id'"), ("ZeroDivisionError", "division by zero"),
                           ("AttributeError", "'NoneType' object has no attribute 'strip'"),
                           ("ValueError", "invalid literal for int() with base 10: 'N/A'"),
                           ("FileNotFoundError", "[Errno 2] No such file or directory: 'config/settings.yaml'")])
    frames = [("main.py", rng.randint(20, 90), "<module>", "run(sys.argv[1:])"),
              ("app/runner.py", rng.randint(40, 200), "run", "report = build_report(rows)"),
              ("app/report.py", rng.randint(10, 300), "build_report", "totals[row['region']] += parse_amount(row)"),
              ("app/parse.py", rng.randint(5, 120), "parse_amount", "return int(row['amount']) / row['qty']")]
    assert len({f[1] for f in frames}) == 4
    out = "Traceback (most recent call last):\n" + "\n".join(
        f'  File "/home/kofi/proj/{f}", line {l}, in {esc(fn)}\n    {esc(code)}' for f, l, fn, code in frames) + f"\n<span style='color:#ff6b6b'>{exc}: {esc(msg)}</span>"
    return dict(html=term(rng, "kofi@dev", "python main.py data/march.csv", out, 900), width=900, qs=[
        Q("what error am i getting", exc, "error", "lookup", True),
        Q("which line in parse.py is it failing on?", frames[-1][1], "number", "lookup", True),
        Q("what function is the innermost frame in", frames[-1][2], "code", "lookup", True),
    ])


@scene("terminal")
def kubectl_pods(rng):
    apps = rng.sample(["api", "web", "worker", "scheduler", "redis", "ingest", "auth", "billing", "search"], 7)
    rows = []
    for a in apps:
        st = rng.choice(["Running", "Running", "Running", "CrashLoopBackOff", "Pending", "Running", "Error", "Completed"])
        ready = "1/1" if st == "Running" else "0/1"
        rows.append((f"{a}-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(9))}-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}",
                     ready, st, rng.randint(0, 40) if st != "Pending" else 0, rng.choice(["3d2h", "47m", "12d", "5h11m", "9m"])))
    restarts = [r[3] for r in rows]
    if restarts.count(max(restarts)) > 1:
        i = restarts.index(max(restarts)); rows[i] = rows[i][:3] + (rows[i][3] + 1,) + rows[i][4:]
    restarts = [r[3] for r in rows]
    w = max(len(r[0]) for r in rows) + 3
    out = f"{'NAME':<{w}}READY   STATUS             RESTARTS   AGE\n" + "\n".join(
        f"{a:<{w}}{b:<8}{c:<19}{d:<11}{e}" for a, b, c, d, e in rows)
    notrun = sum(1 for r in rows if r[2] != "Running")
    return dict(html=term(rng, "sre@jump", "kubectl get pods -n prod", out, 900), width=900, qs=[
        Q("how many pods aren't Running?", notrun, "count", "count", False),
        Q("Which pod has restarted the most times?", rows[restarts.index(max(restarts))][0], "code", "extreme", True),
    ])


@scene("terminal")
def pip_list(rng):
    pk = sorted(rng.sample(["certifi", "charset-normalizer", "click", "Flask", "idna", "Jinja2", "MarkupSafe", "numpy", "pandas",
                            "pip", "python-dateutil", "pytz", "requests", "setuptools", "six", "urllib3", "Werkzeug"], 12), key=str.lower)
    vers = [f"{rng.randint(0, 26)}.{rng.randint(0, 20)}.{rng.randint(0, 12)}" for _ in pk]
    w = max(len(p) for p in pk) + 1
    out = f"{'Package':<{w}}Version\n{'-' * (w - 1)} -------\n" + "\n".join(f"{p:<{w}}{v}" for p, v in zip(pk, vers))
    k = rng.randrange(12)
    has = rng.choice(["Django", "scipy", pk[rng.randrange(12)]])
    return dict(html=term(rng, "ana@mbp", "pip list", out, 620), width=620, qs=[
        Q(f"what version of {pk[k]} is installed?", vers[k], "version", "lookup", True),
        Q(f"is {has} installed in this env?", "yes" if has in pk else "no", "yesno", "state", False),
    ])


# ----------------------------------------------------------------------------------------------- docs
def docshell(rng, title, nav, content, width, dark=False, side=None):
    bg, fg, panel, accent = ("#0d1117", "#c9d1d9", "#161b22", "#58a6ff") if dark else ("#ffffff", "#1f2328", "#f6f8fa", "#0969da")
    navh = "".join(f"<a>{esc(n)}</a>" for n in nav)
    sideh = "".join(f"<div class=si>{esc(s)}</div>" for s in (side or []))
    body = f"""<div class=top><b>{esc(title)}</b><span class=nav>{navh}</span><span class=srch>Search docs…</span></div>
<div class=main>{f'<div class=side>{sideh}</div>' if side else ''}<div class=content>{content}</div></div>"""
    css = f""".top{{display:flex;gap:24px;align-items:center;padding:12px 24px;border-bottom:1px solid #8884;background:{panel}}}
.nav a{{margin-right:16px;color:{accent}}}.srch{{margin-left:auto;border:1px solid #8886;border-radius:6px;padding:4px 40px 4px 10px;color:#888;font-size:13px}}
.main{{display:flex}}.side{{width:220px;padding:20px;border-right:1px solid #8883;font-size:14px}}.si{{padding:5px 0;color:{accent}}}
.content{{flex:1;padding:10px 36px 30px;line-height:1.6}}code,pre{{font-family:'{rng.choice(MONO)}',monospace;background:{panel};border-radius:6px}}
code{{padding:1px 5px}}pre{{padding:12px 16px;border:1px solid #8883}}table{{border-collapse:collapse}}td,th{{border:1px solid #8885;padding:6px 12px;text-align:left}}
h1{{border-bottom:1px solid #8884;padding-bottom:6px}}.badge{{display:inline-block;font-size:12px;border-radius:4px;overflow:hidden;margin-right:6px}}
.badge span{{padding:3px 7px;display:inline-block}}.badge span:first-child{{background:#555;color:#fff}}a{{color:{accent}}}"""
    return page(body, css, width, rng.choice(SANS), bg=bg, fg=fg)


@scene("docs")
def readme_lib(rng):
    name = rng.choice(["tidewater", "quokka-cache", "lumenparse", "fernkit", "brisket"])
    ver = f"{rng.randint(0, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
    lic = rng.choice(["MIT", "Apache-2.0", "BSD-3-Clause", "MPL-2.0"])
    pymin = rng.choice(["3.9", "3.10", "3.11"])
    dl = f"{rng.randint(12, 980)}k/month"
    content = f"""<h1>{name}</h1><p><span class=badge><span>pypi</span><span style="background:#007ec6;color:#fff">v{ver}</span></span>
<span class=badge><span>license</span><span style="background:#97ca00;color:#fff">{lic}</span></span>
<span class=badge><span>downloads</span><span style="background:#e05d44;color:#fff">{dl}</span></span></p>
<p><b>{name}</b> is a small, dependency-free library for streaming and validating large CSV and JSON-lines files.</p>
<h2>Installation</h2><pre>pip install {name}</pre><p>Requires Python {pymin} or newer.</p>
<h2>Quick start</h2><pre>from {name.replace('-', '_')} import Reader

with Reader("orders.csv", strict=True) as r:
    for row in r:
        print(row["id"], row["total"])</pre>
<h2>License</h2><p>Released under the {lic} license. See <code>LICENSE</code>.</p>"""
    return dict(html=docshell(rng, f"github.com / acme / {name}", ["Code", "Issues", "Pull requests", "Actions"], content, 980, dark=rng.random() < .5),
                width=980, qs=[
        Q("what's the latest version on pypi per the badge?", ver, "version", "lookup", True),
        Q("which python version do I need at minimum", pymin, "version", "lookup", True),
        Q("What license is it under?", lic, "text", "lookup", True),
    ])


@scene("docs")
def api_reference(rng):
    res = rng.choice(["invoices", "shipments", "webhooks", "customers"])
    params = [("limit", "integer", str(rng.choice([10, 20, 25, 50])), "Max number of objects to return (1-100)."),
              ("starting_after", "string", "—", "Cursor for pagination."),
              ("status", "string", rng.choice(["open", "all", "active"]), "Filter by status."),
              ("created_gte", "timestamp", "—", "Only return objects created on or after this time."),
              ("expand", "array", "[]", "Related objects to include.")]
    rng.shuffle(params)
    rate = rng.choice([60, 100, 120, 300])
    trs = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in params)
    lim = [p for p in params if p[0] == "limit"][0][2]
    content = f"""<h1>List {res}</h1><p><span style="background:#1a7f37;color:#fff;padding:2px 8px;border-radius:4px;font-weight:700">GET</span>
<code>/v2/{res}</code></p><p>Returns a paginated list of {res}, newest first.</p><h3>Query parameters</h3>
<table><tr><th>Name</th><th>Type</th><th>Default</th><th>Description</th></tr>{trs}</table>
<h3>Rate limit</h3><p>This endpoint allows {rate} requests per minute per API key.</p>
<h3>Example</h3><pre>curl https://api.example.dev/v2/{res}?limit=5 \\
  -H "Authorization: Bearer $API_KEY"</pre>"""
    side = ["Introduction", "Authentication", "Errors", "Pagination", f"List {res}", f"Create {res[:-1]}", f"Retrieve {res[:-1]}", "Webhooks"]
    return dict(html=docshell(rng, "Parcelia API", ["Guides", "API reference", "Changelog"], content, 1200, side=side), width=1200, qs=[
        Q("whats the default for limit", lim, "number", "lookup", True),
        Q("how many requests per minute can i make to this endpoint?", rate, "number", "lookup", True),
        Q("what HTTP method does this endpoint use", "GET", "code", "lookup", True),
    ])


@scene("docs")
def man_page(rng):
    tool = rng.choice(["tarsync", "logsift", "qgrep"])
    opts = [("-n, --dry-run", "Show what would be done without changing anything."),
            ("-v, --verbose", "Print each file name as it is processed."),
            ("-j, --jobs=N", f"Run N jobs in parallel (default: {rng.randint(2, 8)})."),
            ("-x, --exclude=PATTERN", "Skip files matching PATTERN. May be given more than once."),
            ("-z, --compress", "Compress data during transfer."),
            ("-q, --quiet", "Suppress non-error messages.")]
    rng.shuffle(opts)
    default_jobs = re.search(r"default: (\d+)", "".join(o[1] for o in opts)).group(1)
    target = rng.choice([o for o in opts if "jobs" not in o[0]])
    optsh = "".join(f"<dt><b>{esc(a)}</b></dt><dd>{esc(b)}</dd>" for a, b in opts)
    body = f"""<pre class=hdr>{tool.upper()}(1)                 User Commands                 {tool.upper()}(1)</pre>
<h4>NAME</h4><div class=in>{tool} - synchronise directory trees efficiently</div>
<h4>SYNOPSIS</h4><div class=in><b>{tool}</b> [<i>OPTION</i>]... <i>SOURCE</i> <i>DEST</i></div>
<h4>OPTIONS</h4><dl class=in>{optsh}</dl><h4>EXIT STATUS</h4><div class=in>0 on success, 2 on usage error, 3 if DEST is not writable.</div>"""
    css = """.w{padding:10px}h4{margin:14px 0 4px}.in{margin-left:40px}dd{margin-left:40px;margin-bottom:6px}pre{margin:0}"""
    bg, fg = rng.choice([("#000000", "#d0d0d0"), ("#fbf1c7", "#3c3836"), ("#1d1f21", "#c5c8c6")])
    short = target[0].split(",")[0]
    return dict(html=page(f"<div class=w style='padding:16px'>{body}</div>", css, 860, rng.choice(MONO), bg=bg, fg=fg, size=14), width=860, qs=[
        Q(f"what does the {short} flag do in {tool}?", target[1], "text", "lookup", True),
        Q("what's the default number of parallel jobs", default_jobs, "number", "lookup", True),
        Q("what exit code do I get if DEST isn't writable", 3, "number", "lookup", True),
    ])


def code_ticks(s):
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", s)


@scene("docs")
def changelog(rng):
    features = ["Add `--json` output for the status command", "Support for Postgres 17", "New `retry_backoff` setting",
                "Dark mode for the web UI", "Export reports as XLSX", "Webhook signature verification", "Windows ARM64 builds",
                "Per-user API tokens", "Faster cold start (~40%)"]
    rng.shuffle(features)
    vers = []
    ma, mi = rng.randint(1, 5), rng.randint(2, 9)
    y, m, d = 2026, rng.randint(6, 11), rng.randint(1, 28)
    for i in range(5):
        vers.append((f"{ma}.{mi}.0", date_str(y, m, d, "iso")))
        mi -= 1
        if mi < 0:
            ma, mi = ma - 1, rng.randint(3, 9)
        m -= rng.randint(1, 2)
        if m < 1:
            m += 12; y -= 1
        d = rng.randint(1, 28)
    sections, fi, owner = [], 0, {}
    for v, dt in vers:
        n = rng.randint(1, 2)
        adds = features[fi:fi + n]; fi += n
        for a in adds:
            owner[a] = v
        fixes = rng.sample(["Crash when config file is empty", "Timezone offset in exported CSV", "Memory leak in watcher",
                            "Typo in CLI help text", "Pagination skipped last page"], rng.randint(1, 2))
        sections.append(f"<h2>[{v}] — {dt}</h2><h4>Added</h4><ul>{''.join(f'<li>{code_ticks(esc(a))}</li>' for a in adds)}</ul>"
                        f"<h4>Fixed</h4><ul>{''.join(f'<li>{esc(a)}</li>' for a in fixes)}</ul>")
    feat = rng.choice(list(owner))
    j = rng.randrange(1, 5)
    content = "<h1>Changelog</h1><p>All notable changes to this project are documented here.</p>" + "".join(sections)
    return dict(html=docshell(rng, "harbormaster docs", ["Docs", "Changelog", "GitHub"], content, 900, dark=rng.random() < .5), width=900, qs=[
        Q(f"which version added \"{feat.replace('`', '')}\"?", owner[feat], "version", "lookup", True),
        Q(f"When was {vers[j][0]} released?", vers[j][1], "date", "lookup", True),
        Q("whats the newest version in this changelog", vers[0][0], "version", "extreme", True),
    ])


@scene("docs")
def wiki_article(rng):
    town = rng.choice(["Kestrelmoor", "Vallinge", "Port Aubrey", "Sankt Eilif", "Mirrovale"])
    founded = rng.randint(1180, 1790)
    pop = rng.randint(8000, 240000)
    elev = rng.randint(3, 900)
    mayor = person(rng)
    river = rng.choice(["Ellis", "Varne", "Tolle", "Marrow"])
    info = [("Country", rng.choice(["Norland", "Estmark", "Caldoria"])), ("Founded", str(founded)), ("Mayor", mayor),
            ("Population (2024)", f"{pop:,}"), ("Elevation", f"{elev} m"), ("Time zone", rng.choice(["UTC+1", "UTC+2", "UTC−3"]))]
    infoh = "".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" for a, b in info)
    content = f"""<table class=ib><tr><td colspan=2 class=it>{town}</td></tr><tr><td colspan=2><div class=img></div></td></tr>{infoh}</table>
<h1>{town}</h1><p class=m>From Wikiverse, the free encyclopedia</p><p><b>{town}</b> is a town on the River {river}, known for its medieval
bridge and its annual lantern market. It was granted a market charter in {founded} and grew rapidly during the wool trade.</p>
<h2>History</h2><p>The settlement first appears in tax records as a fishing village. After the charter of {founded} the town built a stone
harbour, and by the nineteenth century it had become a regional centre for shipbuilding.</p><h2>Geography</h2>
<p>The old town sits on a terrace above the {river} at an elevation of about {elev} metres.</p>"""
    css_extra = "<style>.ib{float:right;width:300px;margin:16px 0 10px 20px;font-size:13px;background:#f8f9fa}.ib th{width:45%}.it{text-align:center;font-weight:700;font-size:16px}.img{height:120px;background:linear-gradient(#9cc3e6,#5b8c5a)}.m{color:#666;font-size:13px}</style>"
    return dict(html=docshell(rng, "Wikiverse", ["Article", "Talk", "Read", "Edit", "View history"], css_extra + content, 1100,
                              side=["Main page", "Contents", "Current events", "Random article", "About", "Help"]), width=1100, qs=[
        Q(f"what's the population of {town}?", f"{pop:,}", "number", "lookup", True),
        Q("who is the mayor", mayor, "person", "who", True),
        Q("which river is the town on", river, "text", "where", True),
    ])


@scene("docs")
def paper_first_page(rng):
    authors = person(rng, rng.randint(3, 6))
    affs = rng.sample(["University of Tampere", "Kyoto Institute of Technology", "Universidade de São Paulo", "University of Cape Town",
                       "ETH Zürich", "Indian Institute of Science"], 3)
    title = rng.choice(["Sparse Routing for Low-Latency Retrieval", "On the Calibration of Tiny Vision Models",
                        "Learning Tide Forecasts from Harbour Sensors", "Robust Table Parsing under Scanner Noise"])
    ah = ", ".join(f"{esc(a)}<sup>{rng.randint(1, 3)}</sup>" for a in authors)
    acc = rng.randint(71, 96) + rng.randint(0, 9) / 10
    body = f"""<div class=p><div class=t>{title}</div><div class=a>{ah}</div><div class=af>{''.join(f'<sup>{i+1}</sup>{a}&nbsp;&nbsp; ' for i, a in enumerate(affs))}</div>
<div class=abs><b>Abstract.</b> We study the problem of … Our method reaches {acc}% accuracy on the benchmark while using a fraction of the
compute of prior work. Extensive ablations show that the gains hold across datasets and model sizes.</div>
<div class=cols><div><b>1 Introduction</b><p>Modern systems are frequently deployed on devices with tight memory budgets. In this paper we
revisit a classic question, namely whether simple baselines, carefully tuned, remain competitive.</p></div>
<div><p>Our contributions are threefold: (i) a new formulation, (ii) an efficient solver, and (iii) an open benchmark. Section 2 reviews
related work and Section 3 describes the method.</p></div></div></div>"""
    css = """.p{padding:50px 60px;background:#fff}.t{font-size:26px;font-weight:700;text-align:center}.a{text-align:center;margin-top:14px;font-size:16px}
.af{text-align:center;font-size:13px;color:#444;margin-top:6px}.abs{margin:26px 40px;font-size:14px;text-align:justify}
.cols{display:flex;gap:30px;font-size:14px;text-align:justify}"""
    return dict(html=page(body, css, 900, rng.choice(SERIF), bg="#777"), width=900, qs=[
        Q("who is the first author of this paper?", authors[0], "person", "first", True),
        Q("how many authors r there", len(authors), "count", "count", False),
        Q("what accuracy do they claim in the abstract?", f"{acc}%", "number", "lookup", True),
    ])


@scene("docs")
def blog_post(rng):
    author = person(rng)
    y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    pub = date_str(y, m, d, "mdy")
    mins = rng.randint(4, 15)
    tags = rng.sample(["rust", "postgres", "performance", "devops", "testing", "frontend"], 3)
    title = rng.choice(["How we cut our CI time in half", "Five things I wish I knew about indexes", "Migrating 40 services without downtime"])
    content = f"""<div class=tags>{''.join(f'<span>#{t}</span>' for t in tags)}</div><h1>{title}</h1>
<div class=by><div class=av></div><div><b>{esc(author)}</b><br><span>{pub} · {mins} min read</span></div></div>
<p>Last spring our pipeline took almost forty minutes on a good day. Here is what we changed, in the order we changed it.</p>
<h2>1. Cache the right things</h2><pre>- uses: actions/cache@v4
  with:
    path: ~/.cargo
    key: deps-${{{{ hashFiles('Cargo.lock') }}}}</pre><p>The first win came from caching dependencies instead of build outputs.</p>"""
    css = "<style>.tags span{margin-right:10px;color:#7c3aed;font-size:13px}.by{display:flex;gap:12px;align-items:center;margin-bottom:16px}.by span{color:#777;font-size:13px}.av{width:44px;height:44px;border-radius:22px;background:#c4b5fd}</style>"
    return dict(html=docshell(rng, "engineering blog", ["Posts", "Talks", "About"], css + content, 820, dark=rng.random() < .4), width=820, qs=[
        Q("who wrote this post", author, "person", "who", True),
        Q("when was it published?", pub, "date", "when", True),
        Q("How long does it say it takes to read?", f"{mins} min", "text", "lookup", True),
    ])


# ----------------------------------------------------------------------------------------------- chart
def fig_size(w_px, h_px, dpi=100):
    return dict(figsize=(w_px / dpi, h_px / dpi), dpi=dpi)


@scene("chart")
def bar_monthly_labeled(rng):
    months = MONTHS[:rng.choice([6, 8, 12])]
    vals = distinct(rng, lambda r: r.randint(18, 140), len(months))
    with plt.style.context(rng.choice(["ggplot", "seaborn-v0_8-whitegrid", "default"])):
        fig, ax = plt.subplots(**fig_size(900, 520))
        bars = ax.bar(months, vals, color=rng.choice(["#4c72b0", "#dd8452", "#55a868", "#8172b3"]))
        ax.bar_label(bars, padding=2)
        ax.set_title("New subscribers per month (2026)")
        ax.set_ylabel("subscribers")
        fig.tight_layout()
    k = rng.randrange(len(months))
    return dict(fig=fig, width=900, qs=[
        Q("which month had the most new subscribers?", months[vals.index(max(vals))], "text", "extreme", True),
        Q(f"how many in {MONTHS_LONG[k]}?", vals[k], "number", "lookup", True),
        Q("What's the difference between the best and worst month?", max(vals) - min(vals), "number", "difference", False),
    ])


@scene("chart")
def hbar_unlabeled(rng):
    langs = rng.sample(["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#", "Swift", "Ruby", "PHP"], 7)
    vals = distinct(rng, lambda r: r.randint(5, 95) * 1000, 7)
    order = sorted(range(7), key=lambda i: vals[i])
    with plt.style.context(rng.choice(["seaborn-v0_8-darkgrid", "bmh", "fivethirtyeight"])):
        fig, ax = plt.subplots(**fig_size(1000, 560))
        ax.barh([langs[i] for i in order], [vals[i] for i in order], color="#2a9d8f")
        ax.set_xlabel("median salary (USD)")
        ax.set_xticks(range(0, 100001, 10000))
        ax.set_xticklabels([f"{x // 1000}k" for x in range(0, 100001, 10000)])
        ax.set_title("Median developer salary by primary language")
        fig.tight_layout()
    k = rng.randrange(7)
    return dict(fig=fig, width=1000, qs=[
        Q(f"roughly what's the median salary for {langs[k]} devs in this chart (USD)?", vals[k], "approx", "read_value", False),
        Q("which language pays the least here", langs[order[0]], "text", "extreme", True),
    ])


@scene("chart")
def grouped_bar(rng):
    cats = rng.sample(["Electronics", "Garden", "Toys", "Books", "Clothing", "Sports", "Kitchen"], 5)
    a = [rng.randint(20, 90) for _ in cats]
    b = [x + rng.choice([-1, 1]) * rng.randint(3, 25) for x in a]
    b = [max(5, x) for x in b]
    assert all(x != y for x, y in zip(a, b))
    ya, yb = 2025, 2026
    with plt.style.context(rng.choice(["default", "seaborn-v0_8-pastel", "tableau-colorblind10"])):
        fig, ax = plt.subplots(**fig_size(1000, 560))
        import numpy as np
        x = np.arange(len(cats))
        b1 = ax.bar(x - .2, a, .4, label=str(ya)); b2 = ax.bar(x + .2, b, .4, label=str(yb))
        ax.bar_label(b1, fontsize=9); ax.bar_label(b2, fontsize=9)
        ax.set_xticks(x, cats); ax.legend(); ax.set_ylabel("orders (thousands)"); ax.set_title("Orders by department")
        fig.tight_layout()
    grew = sum(1 for p, q in zip(a, b) if q > p)
    k = rng.randrange(5)
    return dict(fig=fig, width=1000, qs=[
        Q(f"did {cats[k]} go up or down from {ya} to {yb}?", "up" if b[k] > a[k] else "down", "text", "comparison", False),
        Q(f"how many departments grew in {yb}", grew, "count", "count", False),
        Q(f"What was {cats[(k + 1) % 5]} in {yb}? (thousands)", b[(k + 1) % 5], "number", "lookup", True),
    ])


@scene("chart")
def stacked_bar_totals(rng):
    qs_ = ["Q1", "Q2", "Q3", "Q4"]
    segs = ["Hardware", "Software", "Services"]
    data = [[rng.randint(10, 60) for _ in qs_] for _ in segs]
    tot = [sum(c) for c in zip(*data)]
    assert len(set(tot)) == 4
    fig, ax = plt.subplots(**fig_size(760, 600))
    bottom = [0] * 4
    cols = rng.choice([["#264653", "#2a9d8f", "#e9c46a"], ["#003f5c", "#bc5090", "#ffa600"]])
    for s, d, c in zip(segs, data, cols):
        ax.bar(qs_, d, bottom=bottom, label=s, color=c)
        bottom = [x + y for x, y in zip(bottom, d)]
    for i, t in enumerate(tot):
        ax.text(i, t + 1.5, str(t), ha="center", fontweight="bold")
    ax.set_ylim(0, max(tot) * 1.15); ax.legend(loc="upper left"); ax.set_title("Revenue by segment (€m)")
    for sp in ["top", "right"]:
        ax.spines[sp].set_visible(False)
    fig.tight_layout()
    return dict(fig=fig, width=760, qs=[
        Q("which quarter had the highest total revenue", qs_[tot.index(max(tot))], "text", "extreme", True),
        Q("What's the total for Q3?", tot[2], "number", "lookup", True),
        Q("what's the sum of all four quarters", sum(tot), "number", "sum", False),
    ])


@scene("chart")
def line_multi(rng):
    import numpy as np
    years = list(range(2016, 2027))
    series = rng.sample(["Lisbon", "Osaka", "Nairobi", "Bergen", "Hobart"], 3)
    ys = {}
    for s in series:
        v = rng.uniform(20, 60); arr = []
        for _ in years:
            v += rng.uniform(-6, 9); arr.append(round(v, 1))
        ys[s] = arr
    finals = [ys[s][-1] for s in series]
    assert max(finals) - sorted(finals)[-2] > 4
    with plt.style.context(rng.choice(["seaborn-v0_8-whitegrid", "ggplot", "dark_background"])):
        fig, ax = plt.subplots(**fig_size(1100, 560))
        for s in series:
            ax.plot(years, ys[s], marker="o", label=s, linewidth=2)
        ax.set_xticks(years); ax.legend(); ax.set_ylabel("median rent index"); ax.set_title("Rent index by city, 2016–2026")
        ax.set_yticks(range(0, 200, 10)); ax.set_ylim(min(min(v) for v in ys.values()) - 5, max(max(v) for v in ys.values()) + 5)
        fig.tight_layout()
    s0 = rng.choice(series)
    yr = rng.choice(years[2:-1])
    return dict(fig=fig, width=1100, qs=[
        Q("which city ends up highest in 2026?", series[finals.index(max(finals))], "text", "extreme", True),
        Q(f"about what was {s0}'s index in {yr}?", ys[s0][years.index(yr)], "approx", "read_value", False),
    ])


@scene("chart")
def donut_pct(rng):
    labels = rng.sample(["Rent", "Groceries", "Transport", "Eating out", "Utilities", "Savings", "Fun", "Subscriptions"], 6)
    while True:
        w = [rng.randint(3, 40) for _ in labels]
        pct = [round(100 * x / sum(w)) for x in w]
        if sum(pct) == 100 and len(set(pct)) == 6:
            break
    fig, ax = plt.subplots(**fig_size(700, 620))
    ax.pie(pct, labels=labels, autopct=lambda p: f"{round(p)}%", startangle=90, pctdistance=.78,
           wedgeprops=dict(width=.42), colors=plt.cm.Set2.colors[:6] if rng.random() < .5 else plt.cm.Pastel1.colors[:6])
    ax.set_title("Where my money went in " + rng.choice(MONTHS_LONG))
    fig.tight_layout()
    k = rng.randrange(6)
    return dict(fig=fig, width=700, qs=[
        Q(f"what % is {labels[k].lower()}", f"{pct[k]}%", "number", "lookup", True),
        Q("whats the biggest category in the donut?", labels[pct.index(max(pct))], "text", "extreme", True),
    ])


@scene("chart")
def scatter_area(rng):
    import numpy as np
    days = list(range(1, 31))
    v = rng.uniform(200, 400); arr = []
    for _ in days:
        v = max(50, v + rng.uniform(-60, 70)); arr.append(round(v))
    peak = arr.index(max(arr))
    assert sorted(arr)[-1] - sorted(arr)[-2] >= 8
    with plt.style.context(rng.choice(["seaborn-v0_8-white", "classic", "default"])):
        fig, ax = plt.subplots(**fig_size(1200, 500))
        ax.fill_between(days, arr, alpha=.35, color="#e76f51"); ax.plot(days, arr, color="#e76f51")
        ax.set_xticks(days); ax.set_xlim(1, 30); ax.set_ylim(0, max(arr) * 1.12)
        ax.set_yticks(range(0, int(max(arr) * 1.12) + 1, 50))
        ax.grid(axis="y", alpha=.4)
        ax.set_xlabel(f"day of {rng.choice(MONTHS_LONG)}"); ax.set_ylabel("visitors"); ax.set_title("Daily visitors")
        fig.tight_layout()
    return dict(fig=fig, width=1200, qs=[
        Q("on which day did visitors peak?", days[peak], "number", "extreme", True),
        Q("roughly how many visitors on the peak day", max(arr), "approx", "read_value", False),
    ])


# ----------------------------------------------------------------------------------------------- slide
def slide(rng, inner, num, total, theme, width=1280, extra_css=""):
    bg, fg, acc = theme
    h = width * 9 // 16
    body = f"""<div class=s style="height:{h}px">{inner}<div class=ft><span>{esc(rng.choice(COMPANIES))} · Confidential</span><span>{num} / {total}</span></div></div>"""
    css = f""".s{{position:relative;background:{bg};color:{fg};padding:56px 72px;overflow:hidden}}
.s h1{{font-size:44px;margin:0 0 28px;color:{acc}}}.s li{{font-size:26px;margin:12px 0}}
.ft{{position:absolute;left:72px;right:72px;bottom:22px;display:flex;justify-content:space-between;font-size:16px;opacity:.7}}{extra_css}"""
    return page(body, css, width, rng.choice(SANS), bg=bg, fg=fg)


SLIDE_THEMES = [("#ffffff", "#222222", "#d1495b"), ("#0f172a", "#e2e8f0", "#38bdf8"), ("#fff8e7", "#3d2c1e", "#c05621"),
                ("#1b4332", "#f1faee", "#95d5b2"), ("#f5f5f5", "#263238", "#3949ab")]


@scene("slide")
def bullets_slide(rng):
    title = rng.choice(["Why we're moving to weekly releases", "Lessons from the Q3 launch", "Onboarding: what new hires told us"])
    bullets = rng.sample(["Smaller changes are easier to review", "Customers get fixes sooner", "Fewer late-night hotfixes",
                          "Release notes stay short", "QA can test continuously", "Rollbacks become routine, not scary",
                          "Marketing can plan around a fixed cadence"], rng.randint(3, 6))
    num, total = rng.randint(3, 20), rng.randint(21, 30)
    inner = f"<h1>{title}</h1><ul>{''.join(f'<li>{esc(b)}</li>' for b in bullets)}</ul>"
    w = rng.choice([1280, 1024, 1440])
    return dict(html=slide(rng, inner, num, total, rng.choice(SLIDE_THEMES), w), width=w, qs=[
        Q("what slide number is this?", num, "number", "lookup", True),
        Q("how many bullet points are on the slide", len(bullets), "count", "count", False),
        Q("whats the last bullet say", bullets[-1], "text", "last", True),
    ])


@scene("slide")
def flow_diagram(rng):
    steps = rng.choice([["Ingest", "Validate", "Enrich", "Score", "Publish"], ["Request", "Triage", "Approve", "Build", "Deploy", "Review"],
                        ["Lead", "Qualify", "Demo", "Proposal", "Close"]])
    k = rng.randrange(len(steps) - 2)
    boxes = "".join(f"<div class=bx>{s}</div>" + ("<div class=ar>➜</div>" if i < len(steps) - 1 else "") for i, s in enumerate(steps))
    owner = person(rng)
    inner = f"<h1>{rng.choice(['How the pipeline works', 'Our process, end to end', 'The flow'])}</h1><div class=fl>{boxes}</div><p class=o>Process owner: {esc(owner)}</p>"
    css = ".fl{display:flex;align-items:center;gap:14px;margin-top:80px}.bx{border:3px solid currentColor;border-radius:12px;padding:24px 18px;font-size:24px;font-weight:700}.ar{font-size:34px}.o{margin-top:70px;font-size:20px}"
    th = rng.choice(SLIDE_THEMES)
    return dict(html=slide(rng, inner, rng.randint(2, 12), 14, th, 1280, css), width=1280, qs=[
        Q(f"in the diagram what comes right after {steps[k]}?", steps[k + 1], "text", "lookup", True),
        Q("whats the final step", steps[-1], "text", "last", True),
        Q("who owns this process?", owner, "person", "who", True),
    ])


@scene("slide")
def agenda_slide(rng):
    items = rng.sample(["Welcome & intros", "Market update", "Product roadmap", "Customer stories", "Budget 2027", "Hiring plan",
                        "Q&A", "Break", "Team awards"], 6)
    times = []
    t = rng.choice([9, 10, 13]) * 60
    for _ in items:
        times.append(f"{t//60:02d}:{t%60:02d}"); t += rng.choice([15, 20, 30, 45])
    k = rng.randrange(1, 6)
    inner = "<h1>Agenda</h1><ol>" + "".join(f"<li><span class=tm>{tm}</span> {esc(it)}</li>" for tm, it in zip(times, items)) + "</ol>"
    css = ".tm{display:inline-block;width:110px;font-weight:700}.s li{font-size:24px}"
    return dict(html=slide(rng, inner, 2, rng.randint(18, 40), rng.choice(SLIDE_THEMES), 1024, css), width=1024, qs=[
        Q(f"what time does {items[k]} start", times[k], "time", "lookup", True),
        Q("what's item 3 on the agenda?", items[2], "text", "nth", True),
    ])


@scene("slide")
def kpi_slide(rng):
    rev = round(rng.uniform(2, 90), 1)
    growth = rng.randint(3, 48)
    nps = rng.randint(20, 72)
    churn = round(rng.uniform(0.8, 6.5), 1)
    q = rng.randint(1, 4)
    cards = [("Revenue", f"${rev}M"), ("YoY growth", f"+{growth}%"), ("NPS", str(nps)), ("Monthly churn", f"{churn}%")]
    inner = f"<h1>Q{q} 2026 at a glance</h1><div class=g>" + "".join(f"<div class=c><div class=v>{v}</div><div class=l>{l}</div></div>" for l, v in cards) + "</div>"
    css = ".g{display:grid;grid-template-columns:1fr 1fr;gap:26px;margin-top:20px}.c{border-radius:14px;padding:26px;background:#8882}.v{font-size:52px;font-weight:700}.l{font-size:20px;opacity:.8}"
    return dict(html=slide(rng, inner, rng.randint(3, 9), 24, rng.choice(SLIDE_THEMES), 1280, css), width=1280, qs=[
        Q("what was revenue this quarter?", f"${rev}M", "money", "lookup", True),
        Q("NPS?", nps, "number", "lookup", True),
        Q("which quarter is this slide about", f"Q{q}", "text", "lookup", True),
    ])


@scene("slide")
def pros_cons_dark(rng):
    pros = rng.sample(["Lower hosting bill", "Faster builds", "Simpler on-call", "Better local dev", "One deploy pipeline"], rng.randint(2, 4))
    cons = rng.sample(["Migration effort (~6 weeks)", "Team needs training", "Vendor lock-in", "Less mature tooling", "Data residency questions"], rng.randint(2, 5))
    opt = rng.choice(["Option B: managed Kubernetes", "Option A: serverless", "Option C: stay on VMs"])
    inner = (f"<h1>{opt}</h1><div class=cols><div><h2>✔ Pros</h2><ul>{''.join(f'<li>{esc(p)}</li>' for p in pros)}</ul></div>"
             f"<div><h2>✘ Cons</h2><ul>{''.join(f'<li>{esc(c)}</li>' for c in cons)}</ul></div></div>")
    css = ".cols{display:flex;gap:60px}.cols>div{flex:1}.cols h2{font-size:28px}"
    return dict(html=slide(rng, inner, rng.randint(5, 15), 16, ("#111827", "#f9fafb", "#fbbf24"), 1280, css), width=1280, qs=[
        Q("how many cons are listed", len(cons), "count", "count", False),
        Q("is vendor lock-in listed as a con?", "yes" if "Vendor lock-in" in cons else "no", "yesno", "state", False),
    ])


@scene("slide")
def timeline_slide(rng):
    ms = rng.sample(["Beta opens", "Pricing page live", "SOC 2 audit", "Mobile app 1.0", "EU region launch", "Partner API", "GA release"], 5)
    months = sorted(rng.sample(range(12), 5))
    dots = "".join(f"<div class=m><div class=mo>{MONTHS[m]} 2027</div><div class=dot></div><div class=tx>{esc(x)}</div></div>" for m, x in zip(months, ms))
    inner = f"<h1>Roadmap 2027</h1><div class=tl>{dots}</div>"
    css = ".tl{display:flex;justify-content:space-between;border-top:4px solid currentColor;margin-top:120px;padding-top:0}.m{width:19%;text-align:center;margin-top:-60px}.mo{font-size:20px;font-weight:700;height:40px}.dot{width:24px;height:24px;border-radius:12px;background:#e76f51;margin:4px auto 14px}.tx{font-size:21px}"
    k = rng.randrange(5)
    return dict(html=slide(rng, inner, rng.randint(10, 20), 22, rng.choice(SLIDE_THEMES), 1280, css), width=1280, qs=[
        Q(f"when is {ms[k]} planned for?", f"{MONTHS[months[k]]} 2027", "date", "when", True),
        Q("what's the first milestone on the roadmap", ms[0], "text", "first", True),
    ])


# ----------------------------------------------------------------------------------------------- form
def form_css(dark):
    bg, fg, fld, bd, acc = ("#18181b", "#e4e4e7", "#27272a", "#3f3f46", "#a78bfa") if dark else ("#f4f6fb", "#1f2937", "#ffffff", "#cbd2e0", "#2563eb")
    css = f""".f{{margin:30px auto;max-width:92%;background:{'#1f1f23' if dark else '#fff'};border-radius:14px;padding:30px 36px;box-shadow:0 4px 18px #0002}}
.f h2{{margin-top:0}}label.t{{display:block;font-size:13px;font-weight:600;margin:16px 0 6px}}
.in{{border:1px solid {bd};background:{fld};border-radius:8px;padding:10px 12px;font-size:15px;min-height:40px}}
.row{{display:flex;gap:16px}}.row>div{{flex:1}}.opt{{display:flex;align-items:center;gap:8px;margin:8px 0}}
.rb{{width:18px;height:18px;border-radius:9px;border:2px solid {bd};display:inline-block}}.rb.on{{border:6px solid {acc}}}
.cb{{width:18px;height:18px;border-radius:4px;border:2px solid {bd};display:inline-block;text-align:center;line-height:14px;font-size:13px;color:#fff}}
.cb.on{{background:{acc};border-color:{acc}}}.sel{{position:relative}}.sel:after{{content:'▾';position:absolute;right:12px;top:10px}}
.tg{{width:42px;height:24px;border-radius:12px;background:{bd};position:relative;display:inline-block}}
.tg:after{{content:'';position:absolute;width:18px;height:18px;border-radius:9px;background:#fff;top:3px;left:3px}}
.tg.on{{background:{acc}}}.tg.on:after{{left:21px}}.btn{{background:{acc};color:#fff;border-radius:8px;padding:11px 22px;display:inline-block;margin-top:22px;font-weight:600}}"""
    return css, bg, fg


def radio(label, on):
    return f"<div class=opt><span class='rb{' on' if on else ''}'></span>{esc(label)}</div>"


def check(label, on):
    return f"<div class=opt><span class='cb{' on' if on else ''}'>{'✓' if on else ''}</span>{esc(label)}</div>"


@scene("form")
def signup_form(rng):
    name = person(rng)
    email = name.lower().replace(" ", ".") + "@" + rng.choice(["mailbox.test", "example.org", "post.test"])
    plans = ["Free", "Pro — $12/mo", "Team — $39/mo"]
    p = rng.randrange(3)
    news = rng.random() < .5
    terms = True
    dark = rng.random() < .4
    css, bg, fg = form_css(dark)
    body = f"""<div class=f><h2>Create your account</h2><div class=row><div><label class=t>Full name</label><div class=in>{esc(name)}</div></div>
<div><label class=t>Email</label><div class=in>{esc(email)}</div></div></div><label class=t>Password</label><div class=in>••••••••••••</div>
<label class=t>Plan</label>{''.join(radio(x, i == p) for i, x in enumerate(plans))}
{check('Send me product news and tips', news)}{check('I agree to the Terms of Service', terms)}<div class=btn>Sign up</div></div>"""
    return dict(html=page(body, css, 720, rng.choice(SANS), bg=bg, fg=fg), width=720, qs=[
        Q("which plan did I pick?", plans[p].split(" —")[0], "text", "state", True),
        Q("is the newsletter box ticked", "yes" if news else "no", "yesno", "state", False),
        Q("what email is filled in", email, "code", "lookup", True),
    ])


@scene("form")
def shipping_address_form(rng):
    name = person(rng)
    country = rng.choice(["Portugal", "Japan", "Kenya", "Finland", "Chile", "Poland", "Australia", "Ireland"])
    city = rng.choice(CITIES)
    zipc = f"{rng.randint(10000, 99999)}"
    speed = rng.randrange(3)
    speeds = [("Standard (5-7 days)", 0), ("Express (2-3 days)", rng.choice([9.9, 12.5, 14])), ("Overnight", rng.choice([24, 29.5, 35]))]
    gift = rng.random() < .5
    css, bg, fg = form_css(False)
    body = f"""<div class=f><h2>Shipping address</h2><label class=t>Recipient</label><div class=in>{esc(name)}</div>
<label class=t>Street address</label><div class=in>{rng.randint(1, 300)} {rng.choice(['Rua Augusta', 'Hämeenkatu', 'Moi Avenue', 'ul. Długa'])}</div>
<div class=row><div><label class=t>City</label><div class=in>{esc(city)}</div></div><div><label class=t>Postal code</label><div class=in>{zipc}</div></div>
<div><label class=t>Country</label><div class='in sel'>{country}</div></div></div><label class=t>Delivery speed</label>
{''.join(radio(f'{a} — ' + ('free' if c == 0 else money('EUR', c)), i == speed) for i, (a, c) in enumerate(speeds))}
{check('This is a gift (hide prices on packing slip)', gift)}<div class=btn>Continue to payment</div></div>"""
    return dict(html=page(body, css, 640, rng.choice(SANS), bg=bg, fg=fg, size=14), width=640, qs=[
        Q("what country is selected", country, "text", "state", True),
        Q("which delivery option is chosen?", speeds[speed][0], "text", "state", True),
        Q("What postcode did they enter?", zipc, "code", "lookup", True),
    ])


@scene("form")
def settings_toggles_dark(rng):
    opts = ["Email notifications", "Push notifications", "Weekly digest", "Two-factor authentication", "Show online status",
            "Auto-play videos", "Beta features", "Location access"]
    opts = rng.sample(opts, 7)
    on = [rng.random() < .5 for _ in opts]
    css, bg, fg = form_css(True)
    rows = "".join(f"<div class=tr><div><b>{esc(o)}</b></div><span class='tg{' on' if s else ''}'></span></div>" for o, s in zip(opts, on))
    k = rng.randrange(7)
    lang = rng.choice(["English (UK)", "Português", "Deutsch", "日本語", "Français"])
    body = f"""<div class=f><h2>Settings</h2>{rows}<label class=t>Language</label><div class='in sel'>{lang}</div></div>"""
    css += ".tr{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #333}"
    return dict(html=page(body, css, 600, rng.choice(SANS), bg=bg, fg=fg), width=600, qs=[
        Q(f"is {opts[k].lower()} turned on?", "yes" if on[k] else "no", "yesno", "state", False),
        Q("how many of the toggles are switched on", sum(on), "count", "count", False),
        Q("what language is set", lang, "text", "state", True),
    ])


@scene("form")
def survey_rating(rng):
    aspects = rng.sample(["Check-in", "Room cleanliness", "Breakfast", "Staff friendliness", "Wi-Fi", "Value for money", "Location"], 5)
    scale = ["Poor", "Fair", "Good", "Very good", "Excellent"]
    picks = [rng.randrange(5) for _ in aspects]
    while picks.count(min(picks)) > 1:
        picks = [rng.randrange(5) for _ in aspects]
    css, bg, fg = form_css(rng.random() < .3)
    hdr = "<tr><th></th>" + "".join(f"<th>{s}</th>" for s in scale) + "</tr>"
    trs = "".join(f"<tr><td>{esc(a)}</td>" + "".join(f"<td><span class='rb{' on' if j == p else ''}'></span></td>" for j in range(5)) + "</tr>"
                  for a, p in zip(aspects, picks))
    rec = rng.choice(["Yes", "No", "Not sure"])
    body = f"""<div class=f><h2>How was your stay?</h2><table class=sv>{hdr}{trs}</table><label class=t>Would you recommend us?</label>
{''.join(radio(x, x == rec) for x in ['Yes', 'No', 'Not sure'])}<label class=t>Anything else?</label><div class=in>{esc(rng.choice(['Lovely view, noisy street at night.', 'Great staff! Shower was lukewarm.', 'Would come back.']))}</div></div>"""
    css += ".sv{width:100%;border-collapse:collapse}.sv th{font-size:12px;font-weight:600;padding:6px}.sv td{padding:10px 6px;text-align:center;border-top:1px solid #8883}.sv td:first-child{text-align:left}"
    k = rng.randrange(5)
    return dict(html=page(body, css, 820, rng.choice(SANS), bg=bg, fg=fg), width=820, qs=[
        Q(f"what rating did they give {aspects[k].lower()}?", scale[picks[k]], "text", "state", True),
        Q("which aspect got the worst rating", aspects[picks.index(min(picks))], "text", "extreme", True),
        Q("would they recommend the hotel", rec, "text", "state", True),
    ])


@scene("form")
def job_application(rng):
    name = person(rng)
    pos = rng.choice(["Backend Engineer", "UX Researcher", "Warehouse Supervisor", "Data Analyst"])
    yrs = rng.randint(1, 15)
    start = date_str(2027, rng.randint(1, 12), rng.randint(1, 28), "dmy")
    skills = ["SQL", "Python", "Excel", "Figma", "Forklift licence", "Spanish", "Kubernetes"]
    chk = [rng.random() < .45 for _ in skills]
    reloc = rng.choice(["Yes", "No"])
    css, bg, fg = form_css(False)
    body = f"""<div class=f><h2>Apply: {pos}</h2><div class=row><div><label class=t>Name</label><div class=in>{esc(name)}</div></div>
<div><label class=t>Years of experience</label><div class=in>{yrs}</div></div><div><label class=t>Earliest start date</label><div class=in>{start}</div></div></div>
<label class=t>Skills</label><div class=sk>{''.join(check(s, c) for s, c in zip(skills, chk))}</div><label class=t>Willing to relocate?</label>
<div class=row style="max-width:260px">{radio('Yes', reloc == 'Yes')}{radio('No', reloc == 'No')}</div><div class=btn>Submit application</div></div>"""
    css += ".sk{display:grid;grid-template-columns:1fr 1fr 1fr}"
    k = rng.randrange(len(skills))
    return dict(html=page(body, css, 900, rng.choice(SANS), bg=bg, fg=fg), width=900, qs=[
        Q("when can the applicant start?", start, "date", "lookup", True),
        Q(f"did they tick {skills[k]}?", "yes" if chk[k] else "no", "yesno", "state", False),
        Q("how many skills are checked", sum(chk), "count", "count", False),
    ])


@scene("form")
def payment_form(rng):
    holder = person(rng)
    last4 = f"{rng.randint(0, 9999):04d}"
    exp = f"{rng.randint(1, 12):02d} / {rng.randint(27, 31)}"
    amount = round(rng.uniform(19, 480), 2)
    cur = rng.choice(["USD", "EUR", "GBP", "AUD"])
    save = rng.random() < .5
    dark = rng.random() < .5
    css, bg, fg = form_css(dark)
    body = f"""<div class=f><h2>Pay {money(cur, amount)}</h2><label class=t>Name on card</label><div class=in>{esc(holder.upper())}</div>
<label class=t>Card number</label><div class=in>•••• •••• •••• {last4}</div><div class=row><div><label class=t>Expiry</label><div class=in>{exp}</div></div>
<div><label class=t>CVC</label><div class=in>•••</div></div></div>{check('Save this card for next time', save)}<div class=btn style="width:100%;text-align:center">Pay {money(cur, amount)}</div></div>"""
    return dict(html=page(body, css, 560, rng.choice(SANS), bg=bg, fg=fg), width=600, qs=[
        Q("how much am I about to pay", money(cur, amount), "money", "lookup", True),
        Q("what are the last 4 digits of the card", last4, "code", "lookup", True),
        Q("is save card checked?", "yes" if save else "no", "yesno", "state", False),
    ])


# ----------------------------------------------------------------------------------------------- dashboard
@scene("dashboard")
def kpi_cards(rng):
    kpis = [("Revenue", lambda v: money("USD", v), rng.uniform(20000, 250000)), ("Orders", lambda v: f"{round(v):,}", rng.uniform(300, 9000)),
            ("Avg. order value", lambda v: money("USD", v), rng.uniform(25, 180)), ("Refund rate", lambda v: f"{v:.1f}%", rng.uniform(.5, 6)),
            ("New customers", lambda v: f"{round(v):,}", rng.uniform(50, 2000)), ("Active users", lambda v: f"{round(v):,}", rng.uniform(1000, 50000))]
    kpis = rng.sample(kpis, 4)
    chg = distinct(rng, lambda r: round(r.uniform(-18, 25), 1), 4)
    while sum(1 for c in chg if c < 0) != 1:
        chg = distinct(rng, lambda r: round(r.uniform(-18, 25), 1), 4)
    dark = rng.random() < .5
    bg, fg, card = ("#111318", "#e8eaed", "#1c1f26") if dark else ("#f3f4f6", "#111827", "#ffffff")
    cards = "".join(f"<div class=c><div class=l>{n}</div><div class=v>{f(v)}</div><div class='d {'up' if c > 0 else 'dn'}'>{'▲' if c > 0 else '▼'} {abs(c)}% vs last month</div></div>"
                    for (n, f, v), c in zip(kpis, chg))
    side = "".join(f"<div class=si>{x}</div>" for x in ["Overview", "Orders", "Products", "Customers", "Reports", "Settings"])
    bars = "".join(f"<i style='height:{rng.randint(20, 140)}px'></i>" for _ in range(30))
    body = f"""<div class=app><div class=sd><b>shopdeck</b>{side}</div><div class=mn><h2>Overview · {rng.choice(MONTHS_LONG)}</h2><div class=g>{cards}</div>
<div class=ch><div class=l>Daily orders, last 30 days</div><div class=bars>{bars}</div></div></div></div>"""
    css = f""".app{{display:flex}}.sd{{width:200px;background:{card};padding:20px;min-height:520px}}.si{{padding:9px 0;opacity:.8}}.mn{{flex:1;padding:24px}}
.g{{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}}.c{{background:{card};border-radius:12px;padding:18px}}.l{{font-size:13px;opacity:.7}}
.v{{font-size:26px;font-weight:700;margin:6px 0}}.d{{font-size:13px}}.up{{color:#16a34a}}.dn{{color:#dc2626}}
.ch{{margin-top:20px;border-radius:12px;background:{card};padding:18px}}.bars{{display:flex;align-items:flex-end;gap:6px;height:150px;margin-top:10px}}
.bars i{{flex:1;background:#6366f1;border-radius:3px 3px 0 0;display:block}}"""
    neg = kpis[[i for i, c in enumerate(chg) if c < 0][0]][0]
    k = rng.randrange(4)
    return dict(html=page(body, css, 1200, rng.choice(SANS), bg=bg, fg=fg), width=1200, qs=[
        Q(f"what's the {kpis[k][0].lower()} figure", kpis[k][1](kpis[k][2]), "money" if "$" in kpis[k][1](kpis[k][2]) else "number", "lookup", True),
        Q("which metric went down vs last month?", neg, "text", "state", True),
    ])


@scene("dashboard")
def calendar_month(rng):
    import calendar
    y, m = 2026, rng.randint(1, 12)
    first, ndays = calendar.monthrange(y, m)
    evs = rng.sample(["Dentist", "Team offsite", "Rent due", "Mum's birthday", "Flight to Oslo", "Yoga", "Car service", "Book club",
                      "Parent evening", "Quarterly review"], 7)
    days = sorted(rng.sample(range(1, ndays + 1), 6))
    dup = rng.choice(days)
    placement = {d: [] for d in days}
    for e, d in zip(evs, days + [dup]):
        placement[d].append(e)
    cells = ["<div class=cl></div>"] * first
    for d in range(1, ndays + 1):
        ev = "".join(f"<div class=ev>{esc(e)}</div>" for e in placement.get(d, []))
        cells.append(f"<div class=cl><div class=dn>{d}</div>{ev}</div>")
    hdr = "".join(f"<div class=hd>{x[:3]}</div>" for x in DAYS)
    body = f"<div class=w><h2>{MONTHS_LONG[m-1]} {y}</h2><div class=grid>{hdr}{''.join(cells)}</div></div>"
    css = """.w{padding:20px}.grid{display:grid;grid-template-columns:repeat(7,1fr);border-left:1px solid #ddd;border-top:1px solid #ddd}
.hd{padding:6px;font-weight:700;font-size:13px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;background:#f7f7f7}
.cl{height:96px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px;font-size:12px}.dn{font-weight:600}
.ev{background:#e0ecff;color:#1a4fa0;border-radius:4px;padding:2px 4px;margin-top:3px;white-space:nowrap;overflow:hidden}"""
    single = [e for d, es in placement.items() if len(es) == 1 for e in es]
    e0 = rng.choice(single)
    d0 = [d for d, es in placement.items() if e0 in es][0]
    wd = DAYS[calendar.weekday(y, m, d0)]
    return dict(html=page(body, css, 1000, rng.choice(SANS)), width=1000, qs=[
        Q(f"what date is {e0}?", f"{MONTHS_LONG[m-1]} {d0}", "date", "when", False),
        Q(f"what day of the week is {e0} on", wd, "text", "when", False),
        Q(f"how many things do I have on the {dup}{'st' if dup % 10 == 1 and dup != 11 else 'nd' if dup % 10 == 2 and dup != 12 else 'rd' if dup % 10 == 3 and dup != 13 else 'th'}?",
          len(placement[dup]), "count", "count", False),
    ])


@scene("dashboard")
def chat_screen(rng):
    me, other = "You", person(rng)
    lines = [("o", "hey! are we still on for saturday?"), ("m", "yes! what time works?"),
             ("o", f"how about {rng.randint(10, 12)}:{rng.choice(['00', '30'])} at {rng.choice(['the market', 'Café Alba', 'the station'])}"),
             ("m", "perfect 👍"), ("o", rng.choice(["I'll bring the tickets", "can you bring the charger I lent you?", "don't forget the umbrella lol"])),
             ("m", rng.choice(["will do", "sure thing", "haha yes"]))]
    n = rng.randint(4, 6)
    lines = lines[:n]
    t = rng.randint(8 * 60, 21 * 60)
    times = []
    for _ in lines:
        t += rng.randint(1, 9); times.append(f"{t//60:02d}:{t%60:02d}")
    dark = rng.random() < .5
    bg, fg, mine, theirs = ("#0b141a", "#e9edef", "#005c4b", "#202c33") if dark else ("#efeae2", "#111b21", "#d9fdd3", "#ffffff")
    bub = "".join(f"<div class='b {w}'><div>{esc(x)}</div><span>{tm}</span></div>" for (w, x), tm in zip(lines, times))
    body = f"<div class=hd><div class=av></div><b>{esc(other)}</b><span>online</span></div><div class=ch>{bub}</div>"
    css = f""".hd{{display:flex;gap:12px;align-items:center;padding:12px 16px;background:{theirs}}}.hd span{{font-size:12px;opacity:.7}}
.av{{width:40px;height:40px;border-radius:20px;background:#7aa}}.ch{{padding:16px;display:flex;flex-direction:column;gap:8px}}
.b{{max-width:75%;padding:8px 12px;border-radius:10px;font-size:16px}}.b span{{display:block;text-align:right;font-size:11px;opacity:.6}}
.o{{background:{theirs};align-self:flex-start}}.m{{background:{mine};align-self:flex-end}}"""
    last_who = other.split()[0] if lines[-1][0] == "o" else "me"
    return dict(html=page(body, css, 600, rng.choice(SANS), bg=bg, fg=fg), width=600, qs=[
        Q("what time did they suggest meeting", re.search(r"\d+:\d\d", lines[2][1]).group(0), "time", "lookup", True),
        Q(f"who sent the last message, me or {other.split()[0]}?", last_who, "text", "who", last_who != "me"),
        Q("when did I reply 'perfect'?", times[3], "time", "when", True),
    ])


@scene("dashboard")
def email_inbox(rng):
    senders = person(rng, 7)
    subjects = rng.sample(["Invoice #4471 overdue", "Lunch thursday?", "Your parcel has shipped", "Re: contract draft v3", "Slides for Monday",
                           "Password reset requested", "Team photos 📸", "Quarterly numbers", "Reminder: dentist tomorrow"], 7)
    unread = [rng.random() < .45 for _ in senders]
    if not any(unread):
        unread[0] = True
    star = rng.randrange(7)
    times = []
    t = 18 * 60
    for _ in senders:
        t -= rng.randint(10, 120); times.append(f"{t//60:02d}:{t%60:02d}" if t > 0 else "Yesterday")
    rows = "".join(f"<div class='r{' u' if u else ''}'><span class=st>{'★' if i == star else '☆'}</span><span class=fr>{esc(s)}</span>"
                   f"<span class=sj>{esc(j)}</span><span class=tm>{tm}</span></div>" for i, (s, j, u, tm) in enumerate(zip(senders, subjects, unread, times)))
    body = f"<div class=top><b>Inbox</b> <span>{sum(unread)} unread</span></div>{rows}"
    css = """.top{padding:14px 20px;font-size:20px;border-bottom:1px solid #ddd}.top span{font-size:14px;color:#666}
.r{display:flex;gap:16px;padding:12px 20px;border-bottom:1px solid #eee;color:#555}.u{font-weight:700;color:#111;background:#f2f6fc}
.st{color:#f4b400;width:16px}.fr{width:200px}.sj{flex:1}.tm{width:80px;text-align:right}"""
    k = rng.randrange(7)
    return dict(html=page(body, css, 900, rng.choice(SANS), bg="#fff"), width=900, qs=[
        Q(f"what's the subject of the email from {senders[k]}?", subjects[k], "text", "lookup", True),
        Q("who's the starred one from", senders[star], "person", "state", True),
        Q("how many unread emails", sum(unread), "count", "count", True),
    ])


@scene("dashboard")
def weather_week(rng):
    city = rng.choice(CITIES)
    start = rng.randrange(7)
    days = [DAYS[(start + i) % 7] for i in range(7)]
    hi = [rng.randint(8, 31) for _ in days]
    lo = [h - rng.randint(4, 11) for h in hi]
    rain = distinct(rng, lambda r: r.choice(range(0, 100, 5)), 7)
    icons = ["☀️" if r < 25 else "⛅" if r < 55 else "🌧️" for r in rain]
    dark = rng.random() < .5
    bg, fg, card = ("#0f1d33", "#eaf2ff", "#1a2c4a") if dark else ("#dcecff", "#0f2440", "#ffffff")
    cols = "".join(f"<div class=d><div class=dn>{d[:3]}</div><div class=ic>{ic}</div><div class=hi>{h}°</div><div class=lo>{l}°</div><div class=rn>💧 {r}%</div></div>"
                   for d, ic, h, l, r in zip(days, icons, hi, lo, rain))
    body = f"<div class=w><div class=now><div class=c>{esc(city)}</div><div class=t>{hi[0] - rng.randint(0, 3)}°C</div><div>Feels like {hi[0] - rng.randint(1, 5)}°</div></div><div class=wk>{cols}</div></div>"
    css = f""".w{{padding:24px}}.now{{text-align:center;margin-bottom:20px}}.c{{font-size:24px}}.t{{font-size:64px;font-weight:300}}
.wk{{display:flex;gap:10px}}.d{{flex:1;background:{card};border-radius:12px;padding:12px;text-align:center}}.dn{{font-weight:700}}.ic{{font-size:28px;margin:6px 0}}
.hi{{font-size:20px;font-weight:700}}.lo{{opacity:.6}}.rn{{font-size:13px;margin-top:6px}}"""
    k = rng.randrange(1, 7)
    return dict(html=page(body, css, 900, rng.choice(SANS), bg=bg, fg=fg), width=900, qs=[
        Q(f"what's the high on {days[k]}?", f"{hi[k]}°", "number", "lookup", True),
        Q("which day has the highest chance of rain", days[rain.index(max(rain))], "text", "extreme", False),
    ])


@scene("dashboard")
def order_tracking(rng):
    order = f"#{rng.randint(100000, 999999)}"
    steps = ["Order placed", "Packed", "Shipped", "Out for delivery", "Delivered"]
    cur = rng.randint(1, 3)
    y, m, d = 2026, rng.randint(1, 11), rng.randint(1, 20)
    dates = [date_str(y, m, d + i, "dMy") for i in range(cur + 1)]
    eta = date_str(y, m, d + cur + rng.randint(1, 4), "dMy")
    carrier = rng.choice(["DPD", "PostNord", "Sendle", "Aramex"])
    li = "".join(f"<div class='st{' done' if i <= cur else ''}'><div class=dot></div><div><b>{s}</b><br><span>{dates[i] if i <= cur else ''}</span></div></div>" for i, s in enumerate(steps))
    body = f"""<div class=w><h2>Order {order}</h2><p>Carrier: <b>{carrier}</b> · Estimated delivery: <b>{eta}</b></p><div class=tl>{li}</div></div>"""
    css = """.w{padding:28px}.tl{border-left:3px solid #ccc;margin-left:10px}.st{display:flex;gap:14px;padding:12px 0 12px 0;margin-left:-11px;color:#999}
.st span{font-size:13px}.dot{width:19px;height:19px;border-radius:10px;background:#ccc;border:3px solid #fff}.done{color:#111}.done .dot{background:#16a34a}"""
    return dict(html=page(body, css, 640, rng.choice(SANS), bg="#fff"), width=640, qs=[
        Q("what's the current status of my order?", steps[cur], "text", "state", True),
        Q("when should it arrive?", eta, "date", "when", True),
        Q("who's delivering it", carrier, "text", "who", True),
    ])


# ----------------------------------------------------------------------------------------------- driver
TYPES = {"text", "number", "count", "money", "date", "time", "version", "code", "person", "phone", "yesno", "error", "approx"}


def visible_text(h):
    h = re.sub(r"(?s)<style.*?</style>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def shoot(job):
    name, path_html, width = job
    out = os.path.join(IMG, name + ".png")
    cmd = ["nice", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
           "--force-device-scale-factor=1", f"--window-size={width},2400", f"--screenshot={out}", "file://" + path_html]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90, check=True)
    return out


def crop_bottom(path, margin=24):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    px = im.load()
    bgc = px[w - 1, h - 1]
    y = h - 1
    while y > 0 and all(px[x, y] == bgc for x in range(0, w, 3)):
        y -= 1
    im.crop((0, 0, w, min(h, y + 1 + margin))).save(path)


def shrink(path, limit=150_000):
    if os.path.getsize(path) <= limit:
        return
    im = Image.open(path).convert("RGB")
    for colors in (256, 128, 64):
        im.quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
        if os.path.getsize(path) <= limit:
            return


def main():
    if os.path.isdir(IMG):
        shutil.rmtree(IMG)
    os.makedirs(IMG)
    tmp = tempfile.mkdtemp(prefix="ct4_")
    jobs, records = [], []
    for cat, name, fn in SCENES:
        rng = random.Random(f"{SEED}-{name}")
        for attempt in range(100):  # a scene asserts its uniqueness conditions; redraw (same rng stream) until they hold
            try:
                sc = fn(rng)
                break
            except AssertionError:
                plt.close("all")
        else:
            raise RuntimeError(f"scene {name} never met its conditions")
        if "fig" in sc:
            out = os.path.join(IMG, name + ".png")
            sc["fig"].savefig(out)
            plt.close(sc["fig"])
            text = None
        else:
            p = os.path.join(tmp, name + ".html")
            with open(p, "w", encoding="utf-8") as f:
                f.write(sc["html"])
            jobs.append((name, p, sc["width"]))
            text = visible_text(sc["html"]).lower()
        for q in sc["qs"]:
            assert q["answer_type"] in TYPES, (name, q)
            assert q["answer"] != "", (name, q)
            if text is not None and q["literal"]:
                assert q["answer"].lower() in text, (name, q["question"], q["answer"])
            records.append(dict(scene=name, category=cat, **q))
    with ThreadPoolExecutor(2) as ex:
        for out in ex.map(shoot, jobs):
            crop_bottom(out)
    for f in sorted(os.listdir(IMG)):
        shrink(os.path.join(IMG, f))
    shutil.rmtree(tmp)
    # Trim to the target size: most images keep 2 questions; a seeded choice of KEEP3 images keeps all 3.
    # When a third question goes, it is a plain look-up where the image has one (so counts, extremes, states stay).
    by_scene = {}
    for r in records:
        by_scene.setdefault(r["scene"], []).append(r)
    three = [s for s, rs in by_scene.items() if len(rs) > 2]
    keep3 = set(random.Random(f"{SEED}-trim").sample(three, min(KEEP3, len(three))))
    dropped = []
    for s, rs in by_scene.items():
        if len(rs) > 2 and s not in keep3:
            trng = random.Random(f"{SEED}-trim-{s}")
            looks = [r for r in rs if r["intent"] == "lookup"]
            gone = trng.choice(looks or rs)
            rs.remove(gone)
            dropped.append(gone)
    records = [r for rs in by_scene.values() for r in rs]
    print(f"trimmed {len(dropped)} generated questions")
    qs = [r["question"] for r in records]
    assert len(set(qs)) == len(qs), "duplicate question text"
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            f.write(json.dumps(dict(id=f"c4-{i:04d}", image=f"images/{r['scene']}.png", question=r["question"], answer=r["answer"],
                                    answer_type=r["answer_type"], category=r["category"], intent=r["intent"],
                                    literal=r["literal"]), ensure_ascii=False) + "\n")
    print(f"{len(SCENES)} images, {len(records)} questions")


if __name__ == "__main__":
    main()
