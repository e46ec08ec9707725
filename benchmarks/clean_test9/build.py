#!/usr/bin/env python3
"""Builder for the clean_test9 split.

Deterministic: `python benchmarks/clean_test9/build.py` regenerates images/ and manifest.jsonl.
All golds are computed from the same data structures that are drawn into the images.
"""
import base64
import html as H
import io
import json
import re
import shutil
import subprocess
import tempfile
import random
from datetime import date, timedelta
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

SEED = 48213
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
R = random.Random(SEED)
NP = np.random.default_rng(SEED)

PAGES = []   # (name, html, w, h)
ITEMS = []
TEXTS = {}   # image name -> visible text (for the `literal` flag)

NAMES = ["Aiko Tanaka", "Mateus Oliveira", "Ingrid Halvorsen", "Kwame Mensah", "Priya Raghunathan",
         "Tomasz Wiśniewski", "Léa Fontaine", "Diego Castillo", "Fatima El Idrissi", "Hannes Bergström",
         "Nguyen Thi Lan", "Oluwaseun Adeyemi", "Sofia Papadopoulou", "Ravi Menon", "Chen Wei",
         "Margarethe Vogel", "Emre Yıldız", "Siobhán Murphy", "Anders Kjær", "Isabela Rocha",
         "Yusuf Demir", "Hana Novák", "Mikko Lahtinen", "Camille Dubois", "Javier Morales",
         "Amara Okafor", "Kenji Watanabe", "Lucía Herrera", "Dmitri Volkov", "Zainab Hassan",
         "Pieter de Vries", "Giulia Conti", "Arjun Kapoor", "Eilidh MacLeod", "Tariq Aziz",
         "Marta Kowalczyk", "Björn Eriksson", "Ana Lima", "Noa Levi", "Rafael Quintero"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def people(k):
    return R.sample(NAMES, k)


def cents(x):
    return int(round(x * 100))


def f_us(c, cur="$"):
    s = f"{abs(c) / 100:,.2f}"
    return ("-" if c < 0 else "") + cur + s


def f_eu(c, cur=" €"):
    s = f"{abs(c) / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if c < 0 else "") + s + cur


def f_sp(c, cur=""):
    s = f"{abs(c) / 100:,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if c < 0 else "") + s + cur


def n_sp(x):
    return f"{x:,}".replace(",", " ")


def strip(html):
    html = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", H.unescape(html))


def page(name, body, w, h, css="", bg="#ffffff", font="Lato"):
    doc = ("<!doctype html><html><head><meta charset='utf-8'><style>"
           "*{box-sizing:border-box} html,body{margin:0;padding:0;background:%s;font-family:'%s',sans-serif}"
           "%s</style></head><body>%s</body></html>") % (bg, font, css, body)
    PAGES.append((name, doc, w, h))
    TEXTS[name] = strip(body)
    return name


def fig_png(fig, name=None, texts=()):
    if name:
        fig.savefig(IMG / f"{name}.png", dpi=100)
        plt.close(fig)
        TEXTS[name] = " ".join(str(t) for t in texts)
        return name
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def Q(img, q, a, t, cat, intent, lit=None):
    a = str(a)
    if lit is None:
        lit = a.lower() in TEXTS[img].lower()
    ITEMS.append(dict(image=f"images/{img}.png", question=q, answer=a, answer_type=t,
                      category=cat, intent=intent, literal=bool(lit)))


def esc(s):
    return H.escape(str(s))


def term(name, title, body, w, h, theme="dark", font="DejaVu Sans Mono", size=14, prompt=None):
    th = {
        "dark": ("#1e1f26", "#d8dae3", "#2b2d38", "#9aa0b4"),
        "light": ("#fbfbf8", "#222222", "#e4e4df", "#555555"),
        "solar": ("#002b36", "#93a1a1", "#073642", "#839496"),
        "green": ("#0c120c", "#b7f5b0", "#1a241a", "#7fae7a"),
    }[theme]
    css = (".win{margin:0;background:%s;color:%s;min-height:100vh}"
           ".bar{background:%s;color:%s;font:13px 'Cantarell',sans-serif;padding:7px 12px;display:flex;gap:8px;align-items:center}"
           ".dot{width:12px;height:12px;border-radius:6px;display:inline-block}"
           "pre{margin:0;padding:12px 16px;font-family:'%s',monospace;font-size:%dpx;line-height:1.35;white-space:pre}"
           ".g{color:#5fd068}.r{color:#ff6b6b}.y{color:#f0c674}.b{color:#6cb6ff}.m{color:#c792ea}.d{opacity:.65}.B{font-weight:bold}"
           % (th[0], th[1], th[2], th[3], font, size))
    if theme == "light":
        css += ".g{color:#1a7f37}.r{color:#cf222e}.y{color:#9a6700}.b{color:#0550ae}.m{color:#8250df}"
    bar = ("<div class='bar'><span class='dot' style='background:#ff5f57'></span><span class='dot' style='background:#febc2e'></span>"
           "<span class='dot' style='background:#28c840'></span><span style='margin-left:10px'>%s</span></div>" % esc(title))
    return page(name, "<div class='win'>%s<pre>%s</pre></div>" % (bar, body), w, h, css, bg=th[0])


# ----------------------------------------------------------------------------- documents
def doc_invoice_mail():
    name = "invoice_mail"
    seller, client = "Brightwater Studio GmbH", R.choice(["Kestrel Logistics AG", "Haverford & Lund ApS", "Osterhagen Möbel KG"])
    contact = people(1)[0]
    items = [("Brand workshop (2 days)", 2, 1450.00), ("Logo system & guidelines", 1, 3200.00),
             ("Icon set, 48 glyphs", 48, 22.50), ("Print-ready stationery", 1, 640.00),
             ("Revisions (hourly)", R.randint(5, 11), 95.00)]
    rows, net = "", 0
    for d, q, p in items:
        lt = cents(q * p)
        net += lt
        rows += f"<tr><td>{esc(d)}</td><td class=n>{q}</td><td class=n>{f_eu(cents(p))}</td><td class=n>{f_eu(lt)}</td></tr>"
    vat = round(net * 0.19)
    total = net + vat
    issued = date(2025, 2, R.randint(3, 20))
    due = issued + timedelta(days=30)
    inv_no = f"BW-2025-{R.randint(100, 999)}"
    mails = [("Kestrel Logistics", "Re: shipment window next week"), ("Brightwater Studio", f"Invoice {inv_no}"),
             ("Payroll", "Your February payslip is ready"), ("Deskbird", "Desk booking confirmed for Thursday"),
             ("Nina from Figma", "New: variables in prototypes")]
    mlist = "".join(f"<div class='m{' sel' if i == 1 else ''}'><b>{esc(a)}</b><br><span>{esc(b)}</span></div>" for i, (a, b) in enumerate(mails))
    css = (".app{display:flex;height:100vh;font-size:14px;color:#222}.side{width:190px;background:#eef1f6;padding:16px}"
           ".side div{padding:7px 8px;border-radius:6px}.side .on{background:#d5deef;font-weight:bold}"
           ".list{width:300px;border-right:1px solid #ddd}.m{padding:12px 14px;border-bottom:1px solid #eee}.m span{color:#666}"
           ".sel{background:#fff8e1}.read{flex:1;padding:22px 30px;background:#fafafa}"
           ".inv{background:#fff;border:1px solid #ddd;padding:26px 34px;font-family:'Open Sans'}"
           ".inv h1{font-family:'URW Gothic';letter-spacing:3px;color:#0d5c63;margin:0 0 4px}"
           "table{width:100%;border-collapse:collapse;margin-top:14px}th{text-align:left;border-bottom:2px solid #0d5c63;padding:6px}"
           "td{padding:6px;border-bottom:1px solid #eee}.n{text-align:right}.tot td{border:none}.big{font-size:17px;font-weight:bold;color:#0d5c63}"
           ".two{display:flex;justify-content:space-between;margin-top:10px}")
    body = f"""<div class=app><div class=side><div class=on>Inbox (12)</div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Archive</div><div>Spam</div></div>
<div class=list>{mlist}</div><div class=read><div style='margin-bottom:12px'><b>Brightwater Studio</b> &lt;billing@brightwater.studio&gt;<br>
<span style='color:#666'>to {esc(contact)} · {issued.strftime('%d %b %Y')}</span><p>Hello {esc(contact.split()[0])}, please find our invoice attached. Kind regards, Jonas</p></div>
<div class=inv><h1>INVOICE</h1><div style='color:#666'>No. {inv_no}</div>
<div class=two><div><b>From</b><br>{seller}<br>Lindenstraße 14<br>10969 Berlin</div><div><b>Bill to</b><br>{esc(client)}<br>Attn. {esc(contact)}<br>Industriestrasse 7, 8005 Zürich</div>
<div><b>Issue date</b> {issued.strftime('%d.%m.%Y')}<br><b>Due date</b> {due.strftime('%d.%m.%Y')}<br><b>Terms</b> 30 days net</div></div>
<table><tr><th>Description</th><th class=n>Qty</th><th class=n>Unit price</th><th class=n>Amount</th></tr>{rows}
<tr class=tot><td></td><td></td><td class=n>Subtotal</td><td class=n>{f_eu(net)}</td></tr>
<tr class=tot><td></td><td></td><td class=n>VAT 19%</td><td class=n>{f_eu(vat)}</td></tr>
<tr class=tot><td></td><td></td><td class='n big'>Total due</td><td class='n big'>{f_eu(total)}</td></tr></table></div></div></div>"""
    page(name, body, 1440, 900, css)
    c = "invoice"
    Q(name, "which company is this invoice billed to?", client, "text", c, "bill-to company")
    Q(name, "when do I have to pay this by?", due.strftime('%d.%m.%Y'), "date", c, "due date")
    Q(name, "What's the grand total including VAT?", f_eu(total), "money", c, "total due")
    Q(name, "how much VAT is on it", f_eu(vat), "money", c, "tax amount")


def doc_receipt():
    name = "receipt_grocer"
    items = [("ORGANIC BANANAS", 1.89), ("OAT MILK 1L", 2.79), ("SOURDOUGH LOAF", 4.50), ("CHEDDAR AGED 200G", 5.35),
             ("FREE RANGE EGGS 12", 4.99), ("BASMATI RICE 2KG", 6.20), ("CHERRY TOMATOES", 3.15), ("DARK CHOC 70%", 2.45)]
    items = R.sample(items, 6)
    sub = sum(cents(p) for _, p in items)
    tax = round(sub * 0.0625)
    tot = sub + tax
    cash = ((tot // 2000) + 1) * 2000
    change = cash - tot
    lines = "".join(f"<div class=l><span>{esc(d)}</span><span>{p:.2f}</span></div>" for d, p in items)
    css = (".r{width:360px;margin:20px auto;background:#fffdf6;padding:22px 20px;font-family:'Inconsolata';font-size:17px;color:#222;"
           "box-shadow:0 0 8px #bbb}.c{text-align:center}.l{display:flex;justify-content:space-between}.hr{border-top:1px dashed #777;margin:8px 0}")
    body = f"""<div class=r><div class=c><b style='font-size:22px'>HILLTOP GROCER</b><br>418 Maple Ave, Burlington VT<br>(802) 555-0143</div><div class=hr></div>
<div>03/14/2025 17:42   REG 02  #4471</div><div class=hr></div>{lines}<div class=hr></div>
<div class=l><span>SUBTOTAL</span><span>{sub/100:.2f}</span></div><div class=l><span>TAX 6.25%</span><span>{tax/100:.2f}</span></div>
<div class=l><b>TOTAL</b><b>{tot/100:.2f}</b></div><div class=l><span>CASH</span><span>{cash/100:.2f}</span></div>
<div class=l><span>CHANGE</span><span>{change/100:.2f}</span></div><div class=hr></div><div class=c>ITEMS SOLD {len(items)}<br>THANK YOU - COME AGAIN</div></div>"""
    page(name, body, 400, 640, css, bg="#cfd3d6")
    c = "receipt"
    pick = items[2]
    Q(name, "what did the whole shop come to?", f"{tot/100:.2f}", "money", c, "total")
    Q(name, f"what did the {pick[0].lower()} cost?", f"{pick[1]:.2f}", "money", c, "line item price")
    Q(name, "How much change did I get back", f"{change/100:.2f}", "money", c, "change")


def doc_payslip():
    name = "payslip_uk"
    emp = people(1)[0]
    basic = cents(R.choice([3150, 3425, 3780, 4010]) + 0.0)
    ot_h = R.randint(4, 12)
    ot = cents(ot_h * 27.40)
    gross = basic + ot
    tax = round(gross * 0.178)
    ni = round(gross * 0.071)
    pen = round(gross * 0.05)
    net = gross - tax - ni - pen
    css = (".p{margin:24px;border:2px solid #333;font-family:'Liberation Sans';font-size:15px;color:#111}"
           ".hd{display:flex;justify-content:space-between;padding:14px 18px;background:#e9ecef;border-bottom:2px solid #333}"
           ".g{display:grid;grid-template-columns:1fr 1fr;}.g>div{padding:10px 18px}.k{color:#555;font-size:12px;text-transform:uppercase}"
           "table{width:100%;border-collapse:collapse}td{padding:5px 18px}.n{text-align:right}.col{border-right:1px solid #333}"
           ".sec{background:#333;color:#fff;padding:4px 18px;font-size:13px;letter-spacing:1px}.net{display:flex;justify-content:flex-end;padding:14px 18px;border-top:2px solid #333}"
           ".net div{border:2px solid #111;padding:8px 18px;font-size:22px;font-weight:bold}")
    body = f"""<div class=p><div class=hd><div><b style='font-size:19px'>Marlow &amp; Finch Engineering Ltd</b><br>Unit 4, Riverside Park, Leeds LS10 1AB</div>
<div style='text-align:right'>PAYSLIP<br>Pay date 28/02/2025</div></div>
<div class=g style='border-bottom:1px solid #333'><div><div style='font-size:18px;font-weight:bold'>{esc(emp)}</div>Employee no. 004{R.randint(100,999)}<br>Tax code 1257L · NI QQ 12 34 56 C</div>
<div>Period 11 (Feb 2025)<br>Department: Test &amp; Validation<br>Payment: BACS</div></div>
<div class=g style='padding:0'><div style='padding:0' class=col><div class=sec>PAYMENTS</div><table>
<tr><td>Basic salary</td><td class=n>{f_us(basic, '£')}</td></tr><tr><td>Overtime {ot_h} h @ £27.40</td><td class=n>{f_us(ot, '£')}</td></tr>
<tr><td><b>Gross pay</b></td><td class=n><b>{f_us(gross, '£')}</b></td></tr></table></div>
<div style='padding:0'><div class=sec>DEDUCTIONS</div><table><tr><td>PAYE income tax</td><td class=n>{f_us(tax, '£')}</td></tr>
<tr><td>National Insurance</td><td class=n>{f_us(ni, '£')}</td></tr><tr><td>Pension 5%</td><td class=n>{f_us(pen, '£')}</td></tr>
<tr><td><b>Total deductions</b></td><td class=n><b>{f_us(tax+ni+pen, '£')}</b></td></tr></table></div></div>
<div class=net><div>{f_us(net, '£')}</div></div></div>"""
    page(name, body, 860, 560, css)
    c = "payslip"
    Q(name, "what's my take-home pay this month?", f_us(net, '£'), "money", c, "net pay")
    Q(name, "how much income tax was taken off?", f_us(tax, '£'), "money", c, "tax deduction")
    Q(name, "How many overtime hours were paid?", ot_h, "number", c, "overtime hours")
    Q(name, "whose payslip is this", emp, "person", c, "employee name")


def doc_po():
    name = "purchase_order"
    prods = [("M8 hex bolt, zinc, 40mm", "HB-M8-40", 0.18), ("Nylon lock nut M8", "LN-M8", 0.07), ("DIN rail 35mm, 1m", "DR-35-1000", 4.20),
             ("Cable gland PG11", "CG-PG11", 0.95), ("Terminal block 2.5mm²", "TB-25", 0.62), ("Enclosure IP65 300x200", "EN-3020", 38.50)]
    qtys = R.sample([200, 500, 1000, 150, 40, 12, 300, 25], len(prods))
    rows, tot = "", 0
    for (d, sku, p), q in zip(prods, qtys):
        lt = cents(q * p)
        tot += lt
        rows += f"<tr><td>{sku}</td><td>{esc(d)}</td><td class=n>{q:,}</td><td class=n>{p:.2f}</td><td class=n>{lt/100:,.2f}</td></tr>"
    po = f"PO-{R.randint(40000, 49999)}"
    buyer = people(1)[0]
    css = ("body{font-family:'Roboto';font-size:14px;color:#263238}.w{padding:30px 36px}.top{display:flex;justify-content:space-between;align-items:flex-start}"
           "h1{font-weight:300;font-size:34px;margin:0;color:#37474f}.box{border:1px solid #b0bec5;padding:10px 14px;width:48%}"
           ".boxes{display:flex;justify-content:space-between;margin:18px 0}table{width:100%;border-collapse:collapse}"
           "th{background:#eceff1;text-align:left;padding:7px;font-weight:500}td{padding:7px;border-bottom:1px solid #e0e0e0}.n{text-align:right}")
    body = f"""<div class=w><div class=top><div><h1>Purchase Order</h1><div style='color:#78909c'>Northfield Controls Inc.</div></div>
<table style='width:auto'><tr><td>PO number</td><td><b>{po}</b></td></tr><tr><td>Order date</td><td>2025-01-21</td></tr><tr><td>Required by</td><td>2025-02-07</td></tr></table></div>
<div class=boxes><div class=box><b>Vendor</b><br>Rheinmetall Fasteners Supply<br>Am Hafen 22, 47059 Duisburg, DE</div>
<div class=box><b>Ship to</b><br>Northfield Controls Inc. — Receiving Dock B<br>2200 Commerce Dr, Columbus OH 43219</div></div>
<table><tr><th>SKU</th><th>Description</th><th class=n>Qty</th><th class=n>Unit (USD)</th><th class=n>Line total</th></tr>{rows}
<tr><td colspan=4 class=n><b>Order total (USD)</b></td><td class=n><b>{tot/100:,.2f}</b></td></tr></table>
<p>Buyer: {esc(buyer)} · Payment terms: Net 45 · Incoterms: DAP</p></div>"""
    page(name, body, 900, 640, css)
    c = "purchase_order"
    Q(name, "po number?", po, "code", c, "PO number")
    Q(name, "How many DIN rails are we ordering?", f"{qtys[2]:,}", "number", c, "quantity of item")
    Q(name, "which supplier is this order going to", "Rheinmetall Fasteners Supply", "text", c, "vendor")
    Q(name, "what's the order total in dollars?", f"{tot/100:,.2f}", "money", c, "total")


def doc_bank():
    name = "bank_app"
    desc = [("Salary — Vantor Systems", 1), ("Rent — Kaya Properties", -1), ("Albert Heijn 1042", -1), ("NS Reizen", -1),
            ("Refund — Zalando", 1), ("Vattenfall energie", -1), ("Spotify", -1), ("Transfer from M. de Vries", 1),
            ("Coolblue B.V.", -1), ("Gemeente Utrecht belasting", -1), ("Bol.com", -1), ("Café Ledig Erf", -1)]
    amts = R.sample([2.5, 3.9, 11.99, 48.3, 64.15, 87.0, 129.95, 210.4, 356.0, 19.5, 7.25], 11)
    bal = cents(R.uniform(900, 1800))
    start = bal
    tx = []
    d = date(2025, 3, 1)
    big_out = {"Rent — Kaya Properties": 1385.00, "Salary — Vantor Systems": 4212.36}
    ai = 0
    for s, sign in desc:
        if s in big_out:
            a = big_out[s]
        else:
            a = amts[ai]; ai += 1
        c = sign * cents(a)
        bal += c
        d += timedelta(days=R.randint(1, 2))
        tx.append((d, s, c, bal))
    outs = [t for t in tx if t[2] < 0]
    biggest = min(outs, key=lambda t: t[2])
    credits = sum(1 for t in tx if t[2] > 0)
    rows = "".join(f"<tr><td>{t[0].strftime('%d-%m-%Y')}</td><td>{esc(t[1])}</td><td class='n {'p' if t[2] > 0 else 'o'}'>{'+' if t[2] > 0 else ''}{f_eu(t[2], '')}</td><td class=n>{f_eu(t[3], '')}</td></tr>" for t in reversed(tx))
    css = ("body{color:#e6e8ee;font-family:'Open Sans';font-size:14px}.app{display:flex;min-height:100vh}.nav{width:220px;background:#11141b;padding:20px}"
           ".nav div{padding:9px 10px;color:#9aa3b5}.nav .on{color:#fff;background:#232938;border-radius:8px}.main{flex:1;background:#181c25;padding:24px 30px}"
           ".cards{display:flex;gap:18px;margin-bottom:22px}.card{background:#232938;border-radius:12px;padding:16px 20px;flex:1}.card .k{color:#9aa3b5;font-size:12px}"
           ".card .v{font-size:24px;font-weight:600;margin-top:4px}table{width:100%;border-collapse:collapse}th{color:#9aa3b5;text-align:left;font-weight:normal;padding:8px;border-bottom:1px solid #2d3445}"
           "td{padding:8px;border-bottom:1px solid #232938}.n{text-align:right}.p{color:#56d69a}.o{color:#ff8f8f}")
    body = f"""<div class=app><div class=nav><div style='font-size:20px;color:#fff;margin-bottom:18px'>◐ Lumen Bank</div><div>Overview</div><div class=on>Accounts</div><div>Payments</div><div>Cards</div><div>Savings goals</div><div>Settings</div></div>
<div class=main><div style='font-size:22px;margin-bottom:4px'>Current account · NL42 LUMN 0193 8842 71</div><div style='color:#9aa3b5;margin-bottom:18px'>Statement 1–31 March 2025 · amounts in EUR</div>
<div class=cards><div class=card><div class=k>Opening balance</div><div class=v>{f_eu(start)}</div></div><div class=card><div class=k>Closing balance</div><div class=v>{f_eu(bal)}</div></div>
<div class=card><div class=k>Overdraft limit</div><div class=v>{f_eu(100000)}</div></div></div>
<table><tr><th>Date</th><th>Description</th><th class=n>Amount</th><th class=n>Balance</th></tr>{rows}</table></div></div>"""
    page(name, body, 1300, 900, css, bg="#181c25")
    c = "bank_statement"
    Q(name, "what's the closing balance on this account?", f_eu(bal), "money", c, "closing balance")
    Q(name, "biggest payment going out this month — who was it to?", biggest[1], "text", c, "largest debit")
    Q(name, "how many incoming payments (credits) are there?", credits, "count", c, "count credits", lit=False)
    t = tx[7]
    Q(name, f"what was the balance right after the {t[1].split('—')[0].strip().lower()} on {t[0].strftime('%d-%m')}?", f_eu(t[3], ''), "money", c, "balance after tx")


def doc_shiplabel():
    name = "shipping_label"
    to = people(1)[0]
    trk = "1Z " + " ".join(f"{R.randint(0, 999):03d}" for _ in range(3)) + f" {R.randint(10,99)} {R.randint(1000,9999)} {R.randint(1000,9999)}"
    wt = round(R.uniform(1.2, 18.9), 1)
    css = (".l{width:560px;margin:16px;border:3px solid #000;font-family:'Liberation Sans';color:#000}.r{border-bottom:3px solid #000;padding:10px 14px}"
           ".big{font-size:44px;font-weight:bold}.bc{height:70px;background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 5px,#000 5px 6px,#fff 6px 9px,#000 9px 12px,#fff 12px 13px);margin:8px 0}")
    body = f"""<div class=l><div class=r style='display:flex;justify-content:space-between'><div style='font-size:13px'>FROM:<br>ATELIER NOVÁK s.r.o.<br>Vinohradská 112<br>130 00 PRAHA 3, CZ</div>
<div style='text-align:right'><div style='font-size:14px'>{wt} KG</div><div style='font-size:13px'>1 OF 1<br>DIM 40x30x22 CM</div></div></div>
<div class=r><div style='font-size:13px'>SHIP TO:</div><div style='font-size:21px;font-weight:bold'>{esc(to.upper())}<br>HOLLANDSKROGEN 9<br>8000 AARHUS C<br>DENMARK</div></div>
<div class=r style='display:flex;align-items:center;gap:20px'><div class=big>DK 812</div><div>ROUTE 07-B</div></div>
<div class=r><b style='font-size:20px'>UPS EXPRESS SAVER</b><br>TRACKING #: {trk}<div class=bc></div></div>
<div class=r style='border:none;font-size:12px'>BILLING: P/P · REF: ORDER 55817 · DESC: CERAMIC VASES</div></div>"""
    page(name, body, 600, 620, css)
    c = "shipping_label"
    Q(name, "tracking number on this label?", trk, "code", c, "tracking number")
    Q(name, "how heavy is the parcel", f"{wt} KG", "number", c, "weight")
    Q(name, "Which city is it going to?", "AARHUS C", "text", c, "destination city")


def doc_utility():
    name = "energy_bill_se"
    prev, cur = R.randint(40000, 45000), 0
    used = R.randint(780, 1460)
    cur = prev + used
    energy = round(used * 142.7)   # öre per kWh * 100
    grid = 31250
    fee = 4900
    vat = round((energy + grid + fee) * 0.25)
    tot = energy + grid + fee + vat
    css = ("body{font-family:'Noto Sans';font-size:14px;color:#1b2a2f}.w{padding:28px 34px}.hd{display:flex;justify-content:space-between;border-bottom:4px solid #f2b705;padding-bottom:12px}"
           ".logo{font-size:26px;font-weight:bold;color:#00695c}.due{background:#fff5d1;border:1px solid #f2b705;padding:14px 18px;margin:18px 0;display:flex;gap:40px}"
           ".due b{display:block;font-size:20px}table{width:100%;border-collapse:collapse}td,th{padding:7px;border-bottom:1px solid #dde}th{text-align:left;background:#f0f4f4}.n{text-align:right}")
    body = f"""<div class=w><div class=hd><div class=logo>Norrsken Energi</div><div style='text-align:right'>Faktura / Invoice 7730{R.randint(10000,99999)}<br>Kundnummer 118 204</div></div>
<p>Sven-Erik Lindqvist<br>Storgatan 41 B<br>722 11 Västerås</p>
<div class=due><div>Att betala / Amount due<b>{f_sp(tot, ' kr')}</b></div><div>Förfallodag / Due date<b>2025-02-28</b></div><div>OCR<b>4471 0093 2210</b></div></div>
<table><tr><th>Specification</th><th class=n>Quantity</th><th class=n>Amount</th></tr>
<tr><td>Electricity, variable price, January</td><td class=n>{n_sp(used)} kWh</td><td class=n>{f_sp(energy, ' kr')}</td></tr>
<tr><td>Grid fee (Mälarenergi Elnät)</td><td class=n>1 month</td><td class=n>{f_sp(grid, ' kr')}</td></tr>
<tr><td>Fixed annual fee (monthly share)</td><td class=n></td><td class=n>{f_sp(fee, ' kr')}</td></tr>
<tr><td>VAT 25 %</td><td class=n></td><td class=n>{f_sp(vat, ' kr')}</td></tr>
<tr><td><b>Total</b></td><td></td><td class=n><b>{f_sp(tot, ' kr')}</b></td></tr></table>
<p>Meter 735999{R.randint(100000,999999)} · reading 2025-01-01: {n_sp(prev)} kWh · reading 2025-01-31: {n_sp(cur)} kWh</p></div>"""
    page(name, body, 880, 640, css)
    c = "utility_bill"
    Q(name, "how much do i owe on this electricity bill", f_sp(tot, ' kr'), "money", c, "amount due")
    Q(name, "How many kWh did we use in January?", n_sp(used), "number", c, "consumption")
    Q(name, "what was the meter reading at the end of the month?", n_sp(cur), "number", c, "meter reading end")


def doc_train():
    name = "train_ticket"
    dep_h, dep_m = R.randint(6, 19), R.choice([4, 12, 27, 38, 51])
    dur = R.randint(150, 260)
    arr = dep_h * 60 + dep_m + dur
    coach, seat = R.randint(3, 12), R.randint(11, 88)
    pas = people(1)[0]
    css = (".t{margin:18px;width:820px;border-radius:14px;overflow:hidden;font-family:'Roboto Condensed';box-shadow:0 2px 10px #999;display:flex;background:#fff}"
           ".l{background:#b8002e;color:#fff;width:70px;writing-mode:vertical-rl;transform:rotate(180deg);text-align:center;font-size:20px;letter-spacing:4px;padding:10px}"
           ".m{flex:1;padding:18px 24px}.row{display:flex;gap:36px;margin:10px 0}.k{font-size:12px;color:#777;text-transform:uppercase}.v{font-size:20px}")
    body = f"""<div class=t><div class=l>TRENITALIA · FRECCIAROSSA</div><div class=m><div style='font-size:15px;color:#777'>Biglietto / Ticket · PNR X7{R.randint(1000,9999)}Q</div>
<div class=row style='align-items:flex-end'><div><div class=v style='font-size:30px'>{dep_h:02d}:{dep_m:02d}</div><div>Milano Centrale</div></div><div style='font-size:26px'>→</div>
<div><div class=v style='font-size:30px'>{arr//60:02d}:{arr%60:02d}</div><div>Roma Termini</div></div><div><div class=k>Data</div><div class=v>18/04/2025</div></div></div>
<div class=row><div><div class=k>Treno</div><div class=v>FR 9{R.randint(511,599)}</div></div><div><div class=k>Carrozza</div><div class=v>{coach}</div></div><div><div class=k>Posto</div><div class=v>{seat}A</div></div>
<div><div class=k>Classe</div><div class=v>Business</div></div><div><div class=k>Prezzo</div><div class=v>{f_eu(cents(R.choice([79.9, 94.9, 112.0])), ' €')}</div></div></div>
<div style='color:#555'>Passeggero: {esc(pas)} · Adulto · Non rimborsabile</div></div></div>"""
    page(name, body, 880, 340, css, bg='#eee')
    c = "ticket"
    Q(name, "what time does my train get into Rome?", f"{arr//60:02d}:{arr%60:02d}", "time", c, "arrival time")
    Q(name, "what's my seat number", f"{seat}A", "code", c, "seat")
    Q(name, "Which carriage should I board?", coach, "number", c, "coach number")


# ----------------------------------------------------------------------------- cards
def card_licence():
    name = "driving_licence"
    sur, giv = "BRANDÃO", "INÊS MARGARIDA"
    dob = date(R.randint(1968, 2001), R.randint(1, 12), R.randint(1, 28))
    iss = date(2021, R.randint(1, 12), R.randint(1, 28))
    exp = date(iss.year + 15, iss.month, iss.day)
    num = f"L-{R.randint(100000, 999999)} {R.randint(1, 9)}"
    css = (".c{margin:20px;width:640px;height:404px;border-radius:22px;background:linear-gradient(135deg,#f6d9e4,#dfe9f7 55%,#e5f1dc);position:relative;font-family:'Liberation Sans Narrow';color:#1a1a3a;box-shadow:0 2px 8px #888}"
           ".t{position:absolute;left:200px;top:18px;font-size:22px;font-weight:bold;letter-spacing:1px}.e{position:absolute;left:24px;top:22px;width:60px;height:60px;border-radius:30px;background:#1f3c8c;color:#f5d442;text-align:center;line-height:60px;font-size:22px;font-weight:bold}"
           ".ph{position:absolute;left:26px;top:110px;width:140px;height:180px;background:#b7c2cf;border-radius:6px}.f{position:absolute;left:200px;font-size:19px}.f i{font-style:normal;color:#6b6b8a;margin-right:8px;font-size:15px}")
    body = f"""<div class=c><div class=e>P</div><div class=t>CARTA DE CONDUÇÃO</div><div class=f style='top:48px;font-size:14px;color:#556'>REPÚBLICA PORTUGUESA · DRIVING LICENCE</div>
<div class=ph></div><div class=f style='top:86px'><i>1.</i>{sur}</div><div class=f style='top:116px'><i>2.</i>{giv}</div>
<div class=f style='top:146px'><i>3.</i>{dob.strftime('%d.%m.%Y')} LISBOA</div><div class=f style='top:176px'><i>4a.</i>{iss.strftime('%d.%m.%Y')} <i style='margin-left:18px'>4c.</i>IMT</div>
<div class=f style='top:206px'><i>4b.</i>{exp.strftime('%d.%m.%Y')}</div><div class=f style='top:236px'><i>5.</i>{num}</div>
<div class=f style='top:300px'><i>9.</i>AM/A1/B1/B</div><div class=f style='top:340px;left:26px;font-family:Z003;font-size:28px'>Inês Brandão</div></div>"""
    page(name, body, 690, 450, css)
    c = "id_card"
    Q(name, "When does this driving licence expire?", exp.strftime('%d.%m.%Y'), "date", c, "expiry (4b)")
    Q(name, "what's the holder's date of birth", dob.strftime('%d.%m.%Y'), "date", c, "date of birth (3)")
    Q(name, "licence number pls", num, "code", c, "licence number (5)")


def card_badge():
    name = "staff_badge"
    who = people(1)[0]
    eid = f"{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    css = (".b{margin:20px auto;width:340px;height:540px;border-radius:16px;background:#fff;box-shadow:0 2px 10px #777;overflow:hidden;font-family:'Cantarell';text-align:center;position:relative}"
           ".top{background:#0b3954;color:#fff;padding:18px 0 60px;font-size:20px;letter-spacing:5px}.ph{width:130px;height:130px;border-radius:65px;background:#c9d6df;margin:-50px auto 10px;border:5px solid #fff}"
           ".n{font-size:26px;font-weight:bold;color:#0b3954}.r{font-size:17px;color:#555;margin-top:4px}.lv{margin:18px auto;width:200px;padding:8px;background:#e3170a;color:#fff;font-weight:bold;font-size:18px;border-radius:6px}"
           ".ft{position:absolute;bottom:0;left:0;right:0;background:#eef2f5;padding:12px;font-size:14px;color:#333}")
    body = f"""<div class=b><div class=top>HELIX BIOLABS</div><div class=ph></div><div class=n>{esc(who)}</div><div class=r>Senior Research Scientist</div>
<div class=r>Protein Engineering</div><div class=lv>LAB ACCESS · L3</div><div style='font-size:15px'>{eid}</div>
<div class=ft>Valid until 30 Sep 2026 · If found, call +41 61 555 02 90</div></div>"""
    page(name, body, 380, 580, css, bg="#d6dde3")
    c = "badge"
    Q(name, "whose badge is this?", who, "person", c, "holder name")
    Q(name, "what access level does the badge grant", "L3", "code", c, "access level")
    Q(name, "Until when is this badge valid?", "30 Sep 2026", "date", c, "validity")


def card_business_light():
    name = "bizcard_light"
    css = (".c{margin:24px;width:700px;height:400px;background:#faf7f0;box-shadow:0 3px 12px #999;display:flex;font-family:'P052';color:#2c2c2c}"
           ".a{width:40%;background:#2f4f4f;color:#f3e9d2;display:flex;align-items:center;justify-content:center;font-size:26px;letter-spacing:3px;text-align:center}"
           ".b{flex:1;padding:44px 36px}.n{font-size:30px}.t{font-size:17px;color:#7a6a4f;font-style:italic;margin-bottom:34px}.l{font-size:17px;margin:7px 0}")
    body = """<div class=c><div class=a>OAKHURST<br><span style='font-size:16px;letter-spacing:6px'>ARCHITECTS</span></div><div class=b>
<div class=n>Kwabena Asante-Mills</div><div class=t>Associate Partner, Sustainable Design</div>
<div class=l>☏ +44 20 7946 0318</div><div class=l>✉ k.asante-mills@oakhurst.co.uk</div><div class=l>⌂ 27 Clerkenwell Green, London EC1R 0DE</div>
<div class=l>oakhurst.co.uk</div></div></div>"""
    page(name, body, 760, 450, css, bg="#c8c2b4")
    c = "business_card"
    Q(name, "what's his phone number?", "+44 20 7946 0318", "phone", c, "phone")
    Q(name, "What is Kwabena's job title", "Associate Partner, Sustainable Design", "text", c, "title")


def card_business_dark():
    name = "bizcard_dark"
    css = (".c{margin:30px;width:380px;height:640px;border-radius:10px;background:#121212;color:#eee;font-family:'JetBrains Mono';padding:40px 30px;position:relative}"
           ".n{font-size:26px;color:#7cf0c1;margin-top:120px}.r{color:#aaa;font-size:15px;margin:6px 0 40px}.l{font-size:15px;margin:10px 0}.k{color:#666;font-size:12px}")
    body = """<div class=c><div style='font-size:22px'>&gt;_ quarkline</div><div class=n>Mei-Ling Okonkwo</div><div class=r>Staff SRE · Platform Reliability</div>
<div class=k>mail</div><div class=l>meiling@quarkline.dev</div><div class=k>signal</div><div class=l>+1 (415) 555-0187</div><div class=k>gpg</div><div class=l>7C1A 92DE 44F0 1B83</div>
<div style='position:absolute;bottom:30px;font-size:13px;color:#666'>quarkline.dev · San Francisco / Lagos</div></div>"""
    page(name, body, 440, 700, css, bg="#2a2a2a")
    c = "business_card"
    Q(name, "email address on the card?", "meiling@quarkline.dev", "text", c, "email")
    Q(name, "which company does Mei-Ling work for", "quarkline", "text", c, "company")


def card_boarding():
    name = "boarding_pass"
    pas = "OYELARAN/TEMITOPE MS"
    dep = R.choice(["07:35", "09:10", "13:55", "16:20"])
    h, m = map(int, dep.split(":"))
    bt = h * 60 + m - 40
    board = f"{bt//60:02d}:{bt%60:02d}"
    gate = R.choice(["B34", "C12", "D7", "A21"])
    seat = f"{R.randint(8, 38)}{R.choice('ACDF')}"
    css = (".bp{margin:20px;width:900px;height:330px;border-radius:16px;background:#fff;display:flex;overflow:hidden;box-shadow:0 2px 10px #777;font-family:'Roboto'}"
           ".m{flex:1;padding:20px 26px}.s{width:250px;border-left:2px dashed #bbb;padding:20px}.hd{background:#5b2a86;color:#fff;margin:-20px -26px 16px;padding:12px 26px;font-size:20px}"
           ".k{font-size:11px;color:#888;text-transform:uppercase;letter-spacing:1px}.v{font-size:20px;font-weight:500}.row{display:flex;gap:34px;margin-bottom:14px}.big{font-size:40px;font-weight:300}")
    body = f"""<div class=bp><div class=m><div class=hd>AURORA AIR · BOARDING PASS</div><div class=row><div><div class=k>Passenger</div><div class=v>{pas}</div></div></div>
<div class=row style='align-items:center'><div><div class=big>LOS</div><div>Lagos</div></div><div style='font-size:28px'>✈</div><div><div class=big>AMS</div><div>Amsterdam</div></div>
<div><div class=k>Flight</div><div class=v>AU 0871</div></div><div><div class=k>Date</div><div class=v>22 MAY</div></div><div><div class=k>Departs</div><div class=v>{dep}</div></div></div>
<div class=row><div><div class=k>Gate</div><div class=v>{gate}</div></div><div><div class=k>Boarding</div><div class=v>{board}</div></div><div><div class=k>Seat</div><div class=v>{seat}</div></div>
<div><div class=k>Zone</div><div class=v>3</div></div><div><div class=k>Class</div><div class=v>Economy</div></div></div></div>
<div class=s><div class=k>Passenger</div><div>OYELARAN/TEMITOPE</div><div class=k style='margin-top:10px'>Flight</div><div>AU 0871 · 22 MAY</div><div class=k style='margin-top:10px'>Seat</div><div class=v>{seat}</div>
<div style='height:80px;margin-top:14px;background:repeating-linear-gradient(90deg,#222 0 3px,#fff 3px 5px,#222 5px 6px,#fff 6px 10px)'></div></div></div>"""
    page(name, body, 950, 380, css, bg="#e8e4ee")
    c = "boarding_pass"
    Q(name, "what gate do I go to?", gate, "code", c, "gate")
    Q(name, "When does boarding start", board, "time", c, "boarding time")
    Q(name, "flight number?", "AU 0871", "code", c, "flight number")


def card_loyalty():
    name = "loyalty_card"
    pts = R.randint(1200, 9800)
    nxt = 10000 - pts
    css = (".c{margin:24px;width:620px;height:390px;border-radius:20px;background:radial-gradient(circle at 80% 20%,#e7c26a,#b8862b 60%,#7a5614);color:#2b1d05;font-family:'URW Bookman';padding:28px 32px;position:relative}"
           ".pts{position:absolute;right:32px;bottom:90px;text-align:right}.pts b{font-size:44px;display:block}")
    body = f"""<div class=c><div style='font-size:30px'>Café Ambrosia</div><div style='letter-spacing:4px;font-size:15px'>GOLD MEMBER</div>
<div style='margin-top:60px;font-size:22px'>Laila Haddad-Sørensen</div><div style='font-size:17px;margin-top:6px'>No. 6011 4420 {R.randint(1000,9999)}</div>
<div style='font-size:15px;margin-top:6px'>Member since 2019</div><div class=pts>Beans balance<b>{pts:,}</b>{nxt:,} to Platinum</div></div>"""
    page(name, body, 680, 440, css, bg="#3a2f25")
    c = "loyalty_card"
    Q(name, "how many points do I have on my card?", f"{pts:,}", "number", c, "points balance")
    Q(name, "How many more points until the next tier?", f"{nxt:,}", "number", c, "points to next tier")
    Q(name, "what tier is the membership", "Gold", "text", c, "tier")


def card_event():
    name = "concert_ticket"
    sec, row, seat = R.choice(["112", "208", "F3"]), R.choice("DGKMR"), R.randint(1, 30)
    css = (".t{margin:20px;width:980px;height:300px;display:flex;background:#0e0e1a;color:#fff;font-family:'Open Sans Condensed','Open Sans';border-radius:10px;overflow:hidden}"
           ".a{flex:1;padding:24px 30px;background:linear-gradient(120deg,#1c1140,#5e1a4d)}.b{width:260px;background:#f5f0e6;color:#111;padding:22px;border-left:3px dashed #0e0e1a}"
           ".k{font-size:12px;opacity:.7;letter-spacing:2px}.v{font-size:24px;font-weight:bold}.g{display:flex;gap:40px;margin-top:16px}")
    body = f"""<div class=t><div class=a><div style='font-size:40px;font-weight:bold'>SALMA &amp; THE NIGHT TRAMS</div><div style='font-size:18px'>Europe Tour 2025 · Support: Vesna Lind</div>
<div class=g><div><div class=k>DATE</div><div class=v>SAT 14 JUN 2025</div></div><div><div class=k>DOORS</div><div class=v>18:30</div></div><div><div class=k>SHOW</div><div class=v>20:00</div></div></div>
<div class=g><div><div class=k>VENUE</div><div class=v>Ziggo Dome, Amsterdam</div></div><div><div class=k>PRICE</div><div class=v>€ 74,50</div></div></div></div>
<div class=b><div class=k>SECTION</div><div class=v>{sec}</div><div class=k style='margin-top:10px'>ROW</div><div class=v>{row}</div><div class=k style='margin-top:10px'>SEAT</div><div class=v>{seat}</div>
<div style='font-size:12px;margin-top:14px'>Order 88-{R.randint(100000,999999)}</div></div></div>"""
    page(name, body, 1030, 350, css, bg="#ccc")
    c = "event_ticket"
    Q(name, "what row am i in", row, "code", c, "row")
    Q(name, "when do doors open?", "18:30", "time", c, "doors time")
    Q(name, "Which section is my seat in?", sec, "code", c, "section")


def card_confbadge():
    name = "conf_badge"
    css = (".b{margin:20px;width:420px;height:600px;background:#fff;border-radius:8px;overflow:hidden;font-family:'Lato';box-shadow:0 2px 10px #555}"
           ".h{height:150px;background:conic-gradient(from 45deg,#ff7a59,#ffd166,#06d6a0,#118ab2,#ff7a59);padding:20px;color:#fff;font-size:26px;font-weight:900}"
           ".n{font-size:46px;font-weight:900;line-height:1;padding:36px 28px 0}.co{font-size:20px;padding:10px 28px;color:#555}.ty{position:absolute}"
           ".s{margin-top:120px;background:#111;color:#ffd166;text-align:center;font-size:30px;letter-spacing:8px;padding:14px}")
    body = """<div class=b><div class=h>PyData Nordics<br><span style='font-size:16px;font-weight:400'>Helsinki · 9–11 Oct</span></div>
<div class=n>Aurelio<br>Santangelo</div><div class=co>Data Engineer · Kesko Digital</div><div class=co style='font-size:16px'>@aurelio_s · he/him</div><div class=s>SPEAKER</div></div>"""
    page(name, body, 470, 650, css, bg="#9fb3c8")
    c = "badge"
    Q(name, "what kind of attendee is this person — speaker, sponsor, regular?", "Speaker", "text", c, "ticket type")
    Q(name, "where does Aurelio work", "Kesko Digital", "text", c, "company")


# ----------------------------------------------------------------------------- tables
def tab_zebra():
    name = "table_sales_reps"
    reps = people(10)
    regions = ["North", "South", "East", "West"]
    revs = R.sample(range(180, 990), 10)
    data = [(p, R.choice(regions), R.randint(8, 40), r * 1000 + R.randint(0, 9) * 100) for p, r in zip(reps, revs)]
    rows = "".join(f"<tr><td>{esc(p)}</td><td>{rg}</td><td class=n>{dl}</td><td class=n>${rv:,}</td></tr>" for p, rg, dl, rv in data)
    css = ("body{font-family:'Roboto';padding:24px}h2{font-weight:500;color:#333;margin:0 0 12px}table{border-collapse:collapse;width:640px;font-size:15px}"
           "th{background:#3949ab;color:#fff;text-align:left;padding:9px 12px}td{padding:8px 12px}tr:nth-child(even) td{background:#e8eaf6}.n{text-align:right}")
    page(name, f"<h2>Q3 rep performance</h2><table><tr><th>Rep</th><th>Region</th><th class=n>Deals</th><th class=n>Revenue</th></tr>{rows}</table>", 700, 560, css)
    top = max(data, key=lambda d: d[3])
    reg = max(regions, key=lambda g: sum(1 for d in data if d[1] == g))
    cnt = sum(1 for d in data if d[1] == reg)
    c = "table"
    Q(name, "who brought in the most revenue?", top[0], "person", c, "argmax revenue")
    Q(name, f"how many reps are in the {reg} region", cnt, "count", c, "count by region", lit=False)
    Q(name, f"Deals closed by {data[4][0].split()[0]}?", data[4][2], "number", c, "value at row")


def tab_watchlist():
    name = "table_watchlist"
    syms = [("NVDA", "NVIDIA"), ("ASML", "ASML Holding"), ("SAP", "SAP SE"), ("TSM", "Taiwan Semi"), ("SHOP", "Shopify"), ("NOVO-B", "Novo Nordisk"), ("MELI", "MercadoLibre")]
    chg = R.sample([-4.81, -2.13, -0.37, 0.52, 1.08, 2.95, 3.66, -1.44, 0.09], len(syms))
    px = [round(R.uniform(40, 900), 2) for _ in syms]
    rows = "".join(f"<tr><td><b>{s}</b><br><span class=sub>{n}</span></td><td class=n>{p:,.2f}</td><td class='n {'up' if c > 0 else 'dn'}'>{c:+.2f}%</td><td class=n>{R.randint(1, 60)}.{R.randint(0, 9)}M</td></tr>" for (s, n), p, c in zip(syms, px, chg))
    css = ("body{font-family:'Open Sans';background:#fcfcfc;padding:18px 26px;color:#222}table{border-collapse:collapse;width:560px}td,th{padding:7px 6px;font-size:15px}"
           "th{color:#888;font-weight:normal;text-align:left;font-size:13px}.n{text-align:right}.sub{color:#888;font-size:12px}.up{color:#0a8f3c}.dn{color:#d93025}")
    page(name, f"<div style='font-size:20px;margin-bottom:8px'>Watchlist · Tech &amp; Health</div><table><tr><th>Symbol</th><th class=n>Last</th><th class=n>Chg %</th><th class=n>Volume</th></tr>{rows}</table>", 620, 560, css, bg="#fcfcfc")
    i = chg.index(min(chg))
    c = "table"
    Q(name, "which stock fell the most today?", syms[i][0], "code", c, "argmin change")
    Q(name, "what's SAP trading at", f"{px[2]:,.2f}", "number", c, "value at label")
    Q(name, "how many of these are up?", sum(1 for x in chg if x > 0), "count", c, "count positive", lit=False)


def tab_expenses():
    name = "table_expenses_totals"
    cats = ["Travel", "Software", "Hardware", "Training", "Catering", "Office supplies"]
    mons = ["Jan", "Feb", "Mar", "Apr"]
    vals = {c: [R.randint(2, 90) * 50 for _ in mons] for c in cats}
    tot_m = [sum(vals[c][i] for c in cats) for i in range(4)]
    tot_c = {c: sum(v) for c, v in vals.items()}
    rows = "".join(f"<tr><td>{c}</td>" + "".join(f"<td>{v:,}</td>" for v in vals[c]) + f"<td class=t>{tot_c[c]:,}</td></tr>" for c in cats)
    rows += "<tr class=tr><td>Total</td>" + "".join(f"<td>{v:,}</td>" for v in tot_m) + f"<td class=t>{sum(tot_m):,}</td></tr>"
    css = ("body{font-family:'Liberation Sans';padding:16px;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 9px;text-align:right}"
           "td:first-child,th:first-child{text-align:left}th{background:#ddd}.t{font-weight:bold;background:#f4f4f4}.tr td{border-top:3px double #333;font-weight:bold}")
    page(name, "<div style='font-weight:bold;margin-bottom:6px'>Team expenses 2025 (EUR)</div><table><tr><th>Category</th>" + "".join(f"<th>{m}</th>" for m in mons) + "<th>Total</th></tr>" + rows + "</table>", 560, 320, css)
    big = max(cats, key=lambda c: tot_c[c])
    c = "table"
    Q(name, "what did we spend on software in february", f"{vals['Software'][1]:,}", "number", c, "cell row x col")
    Q(name, "total for March?", f"{tot_m[2]:,}", "number", c, "totals row")
    Q(name, "Which category cost the most over the four months?", big, "text", c, "argmax total")
    d = vals["Travel"][3] - vals["Travel"][0]
    Q(name, "how much more (or less) was travel in April than in January?", f"{d:,}", "number", c, "difference", lit=False)


def tab_grouped():
    name = "table_catalog_grouped"
    groups = {"Coffee": [("Ethiopia Guji, 250 g", 14.9), ("Colombia Huila, 250 g", 12.5), ("House espresso, 1 kg", 38.0), ("Decaf Peru, 250 g", 13.2)],
              "Brewing gear": [("V60 dripper, ceramic", 27.0), ("Gooseneck kettle 0.9 L", 64.9), ("Paper filters ×100", 6.5)],
              "Tea": [("Sencha Kagoshima, 100 g", 18.4), ("Darjeeling 2nd flush, 100 g", 21.0), ("Rooibos vanilla, 150 g", 9.8), ("Genmaicha, 100 g", 11.6), ("Earl Grey, 100 g", 8.9)]}
    rows = ""
    for g, its in groups.items():
        rows += f"<tr class=g><td colspan=3>{g} <span>({len(its)})</span></td></tr>"
        for n, p in its:
            rows += f"<tr><td>{esc(n)}</td><td>{R.choice(['in stock', 'in stock', 'low', 'back-order'])}</td><td class=n>{f_eu(cents(p))}</td></tr>"
    css = ("body{font-family:'Noto Serif';padding:20px;color:#3b2f2f;background:#fbf6ee}table{border-collapse:collapse;width:600px;font-size:15px}td{padding:6px 10px;border-bottom:1px dotted #c9b8a0}"
           ".g td{font-family:'Lato';font-weight:bold;background:#efe2cc;border:none;padding-top:10px;text-transform:uppercase;letter-spacing:2px;font-size:13px}.g span{font-weight:normal}.n{text-align:right}")
    page(name, f"<div style='font-size:24px;margin-bottom:10px'>Kaffebrenneriet Nord — price list</div><table>{rows}</table>", 660, 660, css, bg="#fbf6ee")
    c = "table"
    Q(name, "how much is the gooseneck kettle?", f_eu(cents(64.9)), "money", c, "price lookup")
    Q(name, "How many teas are on the list", len(groups["Tea"]), "count", c, "count in group")
    Q(name, "cheapest coffee?", min(groups["Coffee"], key=lambda x: x[1])[0], "text", c, "argmin in group")


def tab_sheet():
    name = "spreadsheet_grid"
    reg = ["Lisbon", "Porto", "Braga", "Faro", "Coimbra", "Aveiro", "Évora", "Setúbal"]
    units = R.sample(range(120, 990), len(reg))
    price = [round(R.uniform(8, 30), 2) for _ in reg]
    cols = "ABCDEF"
    hdr = ["Store", "Manager", "Units", "Avg price", "Revenue", "Target met"]
    mgr = people(len(reg))
    rows = []
    for i, r in enumerate(reg):
        rev = round(units[i] * price[i], 2)
        rows.append([r, mgr[i], str(units[i]), f"{price[i]:.2f}", f"{rev:,.2f}", "YES" if rev > 9000 else "NO"])
    grid = "<tr><th class=c></th>" + "".join(f"<th class=c>{c}</th>" for c in cols) + "</tr>"
    grid += "<tr><th class=c>1</th>" + "".join(f"<td class=h>{h}</td>" for h in hdr) + "</tr>"
    for i, r in enumerate(rows):
        grid += f"<tr><th class=c>{i+2}</th>" + "".join(f"<td{' class=sel' if (i == 3 and j == 4) else ''}>{esc(v)}</td>" for j, v in enumerate(r)) + "</tr>"
    for i in range(len(rows) + 2, 16):
        grid += f"<tr><th class=c>{i}</th>" + "<td></td>" * 6 + "</tr>"
    css = ("body{font-family:'Roboto';font-size:14px}.tb{background:#f1f3f4;padding:8px 12px;border-bottom:1px solid #ccc;display:flex;gap:18px;color:#444}"
           ".fx{padding:5px 12px;border-bottom:1px solid #ccc;display:flex;gap:12px}.fx b{width:60px;color:#555}table{border-collapse:collapse}"
           "td{border:1px solid #e0e0e0;padding:4px 8px;width:170px;height:26px}.c{background:#f8f9fa;color:#555;font-weight:normal;border:1px solid #ccc;padding:3px 8px;min-width:40px}"
           ".h{font-weight:bold;background:#e6f4ea}.sel{outline:2px solid #1a73e8}.tabs{padding:6px 12px;background:#f1f3f4;border-top:1px solid #ccc}")
    rev4 = rows[3][4]
    body = f"""<div class=tb><b>Store_Q1_2025.xlsx</b><span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Format</span><span>Data</span></div>
<div class=fx><b>E5</b><span>fx</span><span>=C5*D5</span></div><table>{grid}</table><div class=tabs><b>Q1</b> &nbsp; Q2 &nbsp; Summary</div>"""
    page(name, body, 1180, 560, css)
    yes = sum(1 for r in rows if r[5] == "YES")
    c = "spreadsheet"
    Q(name, "what's the value in cell E5?", rev4, "number", c, "cell by address")
    Q(name, "who manages the Braga store", mgr[2], "person", c, "lookup")
    Q(name, "how many stores met their target?", yes, "count", c, "count yes", lit=False)
    Q(name, "Which store sold the most units", reg[units.index(max(units))], "text", c, "argmax units")


def tab_servers():
    name = "table_servers_dark"
    hosts = [f"{p}-{i:02d}" for p, i in zip(["db", "db", "web", "web", "web", "cache", "queue", "batch", "ml"], [1, 2, 1, 2, 3, 1, 1, 1, 4])]
    st = ["online"] * 9
    for i in R.sample(range(9), 3):
        st[i] = R.choice(["offline", "degraded"])
    st[R.randrange(9)] = "offline"
    ram = R.sample([16, 32, 64, 128, 256, 48, 24, 96, 192], 9)
    ips = [f"10.20.{R.randint(1, 9)}.{R.randint(10, 250)}" for _ in hosts]
    rows = "".join(f"<tr><td>{h}</td><td>{ip}</td><td>{r} GB</td><td><span class='pill {s}'>{s}</span></td><td>{R.choice(['eu-west-1a', 'eu-west-1b', 'eu-central-1a'])}</td></tr>" for h, ip, r, s in zip(hosts, ips, ram, st))
    css = ("body{font-family:'Fira Code';background:#0d1117;color:#c9d1d9;padding:20px;font-size:14px}table{border-collapse:collapse;width:760px}th{color:#8b949e;text-align:left;font-weight:normal;border-bottom:1px solid #30363d;padding:8px}"
           "td{padding:8px;border-bottom:1px solid #21262d}.pill{padding:2px 10px;border-radius:10px;font-size:12px}.online{background:#1f6f3a;color:#aff5c4}.offline{background:#6e1b1b;color:#ffb3b3}.degraded{background:#6b4e00;color:#ffe08a}")
    page(name, f"<div style='font-size:18px;margin-bottom:10px'>fleet / prod</div><table><tr><th>HOST</th><th>IP</th><th>RAM</th><th>STATUS</th><th>ZONE</th></tr>{rows}</table>", 820, 520, css, bg="#0d1117")
    c = "table"
    Q(name, "how many hosts are offline right now?", st.count("offline"), "count", c, "count status", lit=False)
    Q(name, "what's the ip of web-02", ips[3], "code", c, "lookup")
    Q(name, "Which machine has the most RAM?", hosts[ram.index(max(ram))], "code", c, "argmax")


def tab_budget_fr():
    name = "table_budget_fr"
    lines = ["Loyer et charges", "Salaires", "Marketing digital", "Déplacements", "Logiciels", "Formation"]
    prev = [R.randint(300000, 5000000) for _ in lines]
    real = [p + R.randint(-400000, 400000) for p in prev]
    rows = "".join(f"<tr><td>{l}</td><td>{f_sp(p, ' €')}</td><td>{f_sp(r, ' €')}</td><td class={'neg' if r - p < 0 else 'pos'}>{f_sp(r - p, ' €')}</td></tr>" for l, p, r in zip(lines, prev, real))
    css = ("body{font-family:'Cantarell';padding:22px;background:#f7f7fb}table{border-collapse:separate;border-spacing:0 6px;width:680px;font-size:15px}"
           "td{background:#fff;padding:10px 14px;text-align:right}td:first-child{text-align:left;border-radius:8px 0 0 8px}td:last-child{border-radius:0 8px 8px 0}"
           "th{text-align:right;color:#777;font-weight:normal;padding:0 14px}th:first-child{text-align:left}.neg{color:#c0392b}.pos{color:#1e8449}")
    page(name, f"<h3 style='margin:0 0 6px'>Budget 2024 — prévu vs réalisé</h3><table><tr><th>Poste</th><th>Prévu</th><th>Réalisé</th><th>Écart</th></tr>{rows}</table>", 740, 470, css, bg="#f7f7fb")
    c = "table"
    Q(name, "what was actually spent on Marketing digital?", f_sp(real[2], ' €'), "money", c, "cell lookup")
    Q(name, "which line went furthest over budget", lines[max(range(6), key=lambda i: real[i] - prev[i])], "text", c, "argmax variance")
    Q(name, "planned amount for Salaires?", f_sp(prev[1], ' €'), "money", c, "cell lookup")


def tab_timetable():
    name = "bus_timetable"
    deps = []
    t = 13 * 60 + R.randint(0, 9)
    dests = ["Ørestad", "Lufthavnen", "Valby St.", "Hellerup", "Nørreport"]
    while len(deps) < 9:
        t += R.randint(6, 19)
        deps.append((t, R.choice(["5C", "2A", "250S", "33", "9A"]), R.choice(dests), R.choice(["A", "B", "C"])))
    rows = "".join(f"<tr><td class=tm>{d[0]//60:02d}:{d[0]%60:02d}</td><td><span class=ln>{d[1]}</span></td><td>{d[2]}</td><td>{d[3]}</td></tr>" for d in deps)
    css = ("body{background:#101820;color:#f2aa4c;font-family:'Liberation Mono';padding:18px}table{border-collapse:collapse;width:600px;font-size:19px}td,th{padding:7px 10px;border-bottom:1px solid #26333f;text-align:left}"
           "th{color:#8aa;font-size:13px}.ln{background:#f2aa4c;color:#101820;padding:1px 8px;border-radius:4px;font-weight:bold}")
    page(name, f"<div style='font-size:22px;margin-bottom:8px'>Rådhuspladsen · Afgange / Departures</div><table><tr><th>TID</th><th>LINJE</th><th>MOD</th><th>STANDER</th></tr>{rows}</table>", 650, 520, css, bg="#101820")
    first = next(d for d in deps if d[2] == "Lufthavnen") if any(d[2] == "Lufthavnen" for d in deps) else None
    c = "timetable"
    tgt = first or deps[2]
    Q(name, f"when's the first bus to {tgt[2]}?", f"{tgt[0]//60:02d}:{tgt[0]%60:02d}", "time", c, "first departure to dest")
    Q(name, "what line leaves last on this board", deps[-1][1], "code", c, "last departure line")
    Q(name, f"which stand does the {deps[1][0]//60:02d}:{deps[1][0]%60:02d} leave from?", deps[1][3], "code", c, "stand lookup")


# ----------------------------------------------------------------------------- terminals
def t_df():
    name = "term_df"
    mounts = [("/dev/nvme0n1p2", "/", 234), ("/dev/nvme0n1p1", "/boot/efi", 0.5), ("/dev/sda1", "/var/lib/docker", 916), ("/dev/sdb1", "/srv/backups", 1800),
              ("tmpfs", "/run", 3.2), ("/dev/mapper/vg-home", "/home", 450)]
    pcts = R.sample([12, 37, 58, 71, 83, 94, 3, 46], len(mounts))
    out = "<span class=g>ops@atlas-02</span>:<span class=b>~</span>$ df -h\nFilesystem           Size  Used Avail Use% Mounted on\n"
    rows = []
    for (fs, mp, sz), p in zip(mounts, pcts):
        used = sz * p / 100
        f = lambda x: (f"{x:.1f}T" if x >= 1000 and False else (f"{x/1000:.1f}T" if x >= 1000 else (f"{x:.0f}G" if x >= 10 else f"{x:.1f}G")))
        rows.append((fs, f(sz), f(used), f(sz - used), f"{p}%", mp))
    for r in rows:
        out += f"{r[0]:<20} {r[1]:>5} {r[2]:>5} {r[3]:>5} {r[4]:>4} {r[5]}\n"
    out += "<span class=g>ops@atlas-02</span>:<span class=b>~</span>$ "
    term(name, "ops@atlas-02: ~", out, 820, 300, "dark")
    full = max(rows, key=lambda r: int(r[4][:-1]))
    c = "terminal"
    Q(name, "which mount is the fullest?", full[5], "code", c, "argmax use%")
    Q(name, "how much space is left on /home", rows[5][3], "number", c, "avail at mount")
    Q(name, "what's the use% of /var/lib/docker?", rows[2][4], "number", c, "value at mount")


def t_docker():
    name = "term_docker_ps"
    cs = [("a41f0c9e2b17", "postgres:16.2", "Up 3 days", "0.0.0.0:5432->5432/tcp", "pg-main"),
          ("7bd2e8813c40", "redis:7.2-alpine", "Up 3 days", "6379/tcp", "cache"),
          ("e09c1d5a7f66", "ghcr.io/acme/api:2.14.1", f"Restarting (1) {R.randint(5,50)} seconds ago", "", "api"),
          ("3c5f9a01bd24", "nginx:1.25", "Up 2 hours", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp", "edge"),
          ("91aa4e7d0c38", "grafana/grafana:10.4.0", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana"),
          ("b6e27f3c9d51", "minio/minio:RELEASE.2024-03-15", "Exited (137) 4 hours ago", "", "objstore")]
    out = "$ docker ps -a\nCONTAINER ID   IMAGE                            STATUS                          PORTS                                      NAMES\n"
    for c in cs:
        out += f"{c[0]}   {c[1]:<32} {c[2]:<31} {c[3]:<42} {c[4]}\n"
    term(name, "bash — 180×12", out, 1500, 260, "light", font="Liberation Mono", size=13)
    c = "terminal"
    Q(name, "which container keeps restarting?", "api", "code", c, "status lookup")
    Q(name, "what version of grafana is running", "10.4.0", "version", c, "image tag")
    Q(name, "what's the exit code of the minio container?", "137", "code", c, "exit code")


def t_kubectl():
    name = "term_kubectl_wide"
    pods = []
    for app in ["checkout", "cart", "payments", "search", "notifier", "ledger"]:
        for k in range(R.choice([1, 2, 3])):
            sfx = "".join(R.choice("abcdefghjkmnpqrstuvwxz2456789") for _ in range(5))
            pods.append([f"{app}-{R.choice(['7d9f8b6c5', '5c4b7f9d8', '6f7c9d4b2'])}-{sfx}", "1/1", "Running", R.choice([0, 0, 0, 1, 2]), f"{R.randint(2, 40)}h"])
    bad = R.sample(range(len(pods)), 2)
    pods[bad[0]][1:4] = ["0/1", "CrashLoopBackOff", R.randint(7, 40)]
    pods[bad[1]][1:4] = ["0/1", "Pending", 0]
    out = "<span class=g>➜</span> <span class=b>~/infra</span> kubectl get pods -n shop\nNAME                            READY   STATUS             RESTARTS   AGE\n"
    for p in pods:
        st = p[2]
        cl = "r" if st == "CrashLoopBackOff" else ("y" if st == "Pending" else "")
        s = f"{st:<18}"
        if cl:
            s = f"<span class={cl}>{s}</span>"
        out += f"{p[0]:<31} {p[1]:<7} {s} {p[3]:<10} {p[4]}\n"
    out += "<span class=g>➜</span> <span class=b>~/infra</span> kubectl config current-context\nprod-eu-west\n<span class=g>➜</span> <span class=b>~/infra</span> "
    css_extra = ""
    term(name, "~/infra — zsh — prod-eu-west", out, 1200, 560, "solar", font="JetBrains Mono", size=15)
    running = sum(1 for p in pods if p[2] == "Running")
    c = "terminal"
    Q(name, "Which pod is crash looping?", pods[bad[0]][0], "code", c, "pod with status")
    Q(name, "how many pods are Running", running, "count", c, "count status", lit=False)
    Q(name, "how many times has the crashing one restarted?", pods[bad[0]][3], "number", c, "restarts of pod")
    Q(name, "what kube context am I on", "prod-eu-west", "code", c, "context")


def t_systemctl():
    name = "term_systemctl"
    pid = R.randint(1000, 60000)
    mem = f"{R.randint(40, 900)}.{R.randint(1, 9)}M"
    out = f"""$ systemctl status nginx
<span class=g>●</span> nginx.service - A high performance web server and a reverse proxy server
     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; vendor preset: enabled)
     Active: <span class="g B">active (running)</span> since Tue 2025-03-11 06:42:17 UTC; 2 days ago
       Docs: man:nginx(8)
   Main PID: {pid} (nginx)
      Tasks: 5 (limit: 9394)
     Memory: {mem}
        CPU: 41.803s
     CGroup: /system.slice/nginx.service
             ├─{pid} "nginx: master process /usr/sbin/nginx -g daemon on; master_process on;"
             ├─{pid+1} "nginx: worker process"
             └─{pid+2} "nginx: worker process"

Mar 11 06:42:17 web-01 systemd[1]: Starting A high performance web server...
Mar 11 06:42:17 web-01 systemd[1]: Started A high performance web server and a reverse proxy server."""
    term(name, "root@web-01", out, 1000, 400, "green", font="Inconsolata", size=16)
    c = "terminal"
    Q(name, "is nginx running?", "yes", "yesno", c, "service status")
    Q(name, "what's the main PID", pid, "number", c, "pid")
    Q(name, "How much memory is nginx using?", mem, "number", c, "memory")
    Q(name, "since when has it been up", "Tue 2025-03-11 06:42:17 UTC", "date", c, "active since")


def t_npm():
    name = "term_npm_outdated"
    pk = [("react", "18.2.0", "18.3.1", "19.1.0"), ("typescript", "5.3.3", "5.3.3", "5.8.2"), ("vite", "5.0.12", "5.4.14", "6.2.1"),
          ("eslint", "8.56.0", "8.57.1", "9.22.0"), ("zod", "3.22.4", "3.24.2", "3.24.2"), ("@tanstack/react-query", "5.17.9", "5.69.0", "5.69.0"), ("date-fns", "2.30.0", "2.30.0", "4.1.0")]
    out = "<span class=d>~/web/storefront</span> ❯ npm outdated\n<span class=B>Package                  Current   Wanted   Latest  Location</span>\n"
    for p, c_, w, l in pk:
        col = "r" if c_ != w else "y"
        out += f"<span class={col}>{p:<24}</span> {c_:>7} <span class=g>{w:>8}</span> <span class=m>{l:>8}</span>  node_modules/{p}\n"
    term(name, "storefront — npm", out, 900, 330, "dark", font="Fira Code", size=14)
    c = "terminal"
    Q(name, "what's the latest version of vite?", "6.2.1", "version", c, "latest version")
    Q(name, "which typescript version do we have installed right now", "5.3.3", "version", c, "current version")
    Q(name, "how many packages are already on the latest version they're allowed (current = wanted)?", sum(1 for p in pk if p[1] == p[2]), "count", c, "count condition", lit=False)


def t_gitlog():
    name = "term_git_log"
    authors = people(5)
    msgs = ["fix(auth): refresh token race on logout", "feat(billing): prorate seat changes", "chore: bump pydantic to 2.6.4",
            "docs: clarify webhook retry policy", "refactor(api): split orders router", "test: flaky timezone test in reports", "perf: cache tenant lookup"]
    d = date(2025, 3, 14)
    out = "$ git log --oneline --format='%h %an %ad %s' --date=short -n 7\n"
    commits = []
    for i, m in enumerate(msgs):
        h = "".join(R.choice("0123456789abcdef") for _ in range(7))
        a = authors[i % 5] if i != 0 else authors[2]
        commits.append((h, a, d, m))
        out += f"<span class=y>{h}</span> <span class=b>{a}</span> <span class=d>{d.isoformat()}</span> {m}\n"
        d -= timedelta(days=R.randint(0, 2))
    term(name, "repo: tenantly (main)", out, 1000, 280, "light", font="DejaVu Sans Mono", size=14)
    c = "terminal"
    Q(name, "who made the latest commit?", commits[0][1], "person", c, "most recent author")
    Q(name, "hash of the commit that bumped pydantic?", commits[2][0], "code", c, "hash lookup")
    Q(name, "what version was pydantic bumped to", "2.6.4", "version", c, "version in message")


def t_pytest():
    name = "term_pytest"
    npass = R.randint(180, 420)
    nfail, nskip = 2, R.randint(3, 9)
    dur = f"{R.randint(20, 99)}.{R.randint(10, 99)}s"
    out = f"""$ pytest -q tests/
........................................................................ [ 31%]
...............s.........<span class=r>F</span>.............................................. [ 63%]
....s..........<span class=r>F</span>.................s.s.............................. [100%]
<span class=r>=================================== FAILURES ===================================</span>
<span class="r B">__________________________ test_invoice_rounding[EUR] __________________________</span>

    def test_invoice_rounding(currency):
&gt;       assert total(lines, currency) == Decimal("1234.50")
<span class=r>E       AssertionError: assert Decimal('1234.49') == Decimal('1234.50')</span>

tests/test_invoice.py:88: AssertionError
<span class="r B">____________________________ test_export_csv_utf8 _____________________________</span>
<span class=r>E       UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 14</span>

tests/test_export.py:41: UnicodeEncodeError
=========================== short test summary info ============================
FAILED tests/test_invoice.py::test_invoice_rounding[EUR] - AssertionError
FAILED tests/test_export.py::test_export_csv_utf8 - UnicodeEncodeError
<span class=r>{nfail} failed</span>, <span class=g>{npass} passed</span>, <span class=y>{nskip} skipped</span> in {dur}"""
    term(name, "pytest", out, 900, 560, "dark", font="DejaVu Sans Mono", size=13)
    c = "terminal"
    Q(name, "how many tests failed?", nfail, "count", c, "failed count")
    Q(name, "How many passed", npass, "count", c, "passed count")
    Q(name, "what error does test_export_csv_utf8 fail with?", "UnicodeEncodeError", "error", c, "error type")
    Q(name, "which file and line is the rounding failure at", "tests/test_invoice.py:88", "code", c, "file:line")


def t_cargo():
    name = "term_cargo"
    ln = R.randint(40, 300)
    out = f"""<span class="g B">   Compiling</span> tidewater v0.7.3 (/home/ana/code/tidewater)
<span class="r B">error[E0502]</span><span class=B>: cannot borrow `self.buffer` as mutable because it is also borrowed as immutable</span>
  <span class=b>--&gt;</span> src/ring.rs:{ln}:13
   <span class=b>|</span>
<span class=b>{ln-1} |</span>         let head = &amp;self.buffer[self.start];
   <span class=b>|</span>                    <span class=b>------------ immutable borrow occurs here</span>
<span class=b>{ln} |</span>             self.buffer.push(item);
   <span class=b>|</span>             <span class=r>^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here</span>

<span class="y B">warning</span><span class=B>: unused variable: `cap`</span>
  <span class=b>--&gt;</span> src/lib.rs:22:9

<span class="r B">error</span><span class=B>: could not compile `tidewater` (lib) due to 1 previous error; 1 warning emitted</span>"""
    term(name, "cargo build", out, 980, 380, "dark", font="JetBrains Mono", size=14)
    c = "terminal"
    Q(name, "what's the rust error code here", "E0502", "code", c, "error code")
    Q(name, "which line of ring.rs is the error on?", ln, "number", c, "error line")
    Q(name, "what crate version is being compiled", "0.7.3", "version", c, "crate version")


def t_free():
    name = "term_free"
    tot = 31.2
    used = round(R.uniform(9, 24), 1)
    cache = round(R.uniform(3, 6), 1)
    free = round(tot - used - cache, 1)
    avail = round(free + cache * 0.9, 1)
    sw_used = round(R.uniform(0.1, 1.9), 1)
    out = f"""kemal@thinkpad:~$ free -h
               total        used        free      shared  buff/cache   available
Mem:            {tot}Gi       {used}Gi       {free}Gi       1.1Gi        {cache}Gi       {avail}Gi
Swap:          8.0Gi       {sw_used}Gi       {8-sw_used:.1f}Gi
kemal@thinkpad:~$ uptime
 14:07:33 up 6 days,  3:12,  2 users,  load average: 1.84, 1.52, 1.31"""
    term(name, "kemal@thinkpad: ~", out, 860, 210, "light", font="Liberation Mono", size=15)
    c = "terminal"
    Q(name, "how much memory is available?", f"{avail}Gi", "number", c, "available mem")
    Q(name, "how much swap is in use", f"{sw_used}Gi", "number", c, "swap used")
    Q(name, "what's the 1-minute load average?", "1.84", "number", c, "load avg")


def t_apt():
    name = "term_apt_upgradable"
    pk = [("curl", "8.5.0-2ubuntu10.6", "8.5.0-2ubuntu10.5"), ("openssl", "3.0.13-0ubuntu3.5", "3.0.13-0ubuntu3.4"),
          ("linux-image-generic", "6.8.0-57.59", "6.8.0-55.57"), ("libssl3t64", "3.0.13-0ubuntu3.5", "3.0.13-0ubuntu3.4"),
          ("python3.12", "3.12.3-1ubuntu0.5", "3.12.3-1ubuntu0.4"), ("tzdata", "2025a-0ubuntu0.24.04", "2024b-0ubuntu0.24.04")]
    k = R.randint(4, 6)
    pk = pk[:k]
    out = "$ apt list --upgradable\nListing... Done\n"
    for p, n, o in pk:
        out += f"<span class=g>{p}</span>/noble-updates {n} amd64 [upgradable from: {o}]\n"
    term(name, "ubuntu@vps-fra1", out, 1000, 260, "dark", font="Inconsolata", size=16)
    c = "terminal"
    Q(name, "how many packages can be upgraded?", k, "count", c, "count lines", lit=False)
    Q(name, "what openssl version would I get after upgrading", "3.0.13-0ubuntu3.5", "version", c, "new version")


def t_ss():
    name = "term_ss"
    svc = [("nginx", 80, 1201), ("nginx", 443, 1201), ("sshd", 2222, 803), ("postgres", 5432, 1544), ("node", R.choice([3000, 3001, 8080]), 20881),
           ("redis-server", 6379, 1377), ("prometheus", 9090, 2210)]
    out = "root@edge-3:~# ss -tlnp\nState   Recv-Q  Send-Q  Local Address:Port   Peer Address:Port  Process\n"
    for s, p, pid in svc:
        addr = f"127.0.0.1:{p}" if s in ("postgres", "redis-server") else f"0.0.0.0:{p}"
        out += f"LISTEN  0       511     {addr:<20} 0.0.0.0:*          users:((\"{s}\",pid={pid},fd=6))\n"
    term(name, "root@edge-3", out, 1040, 280, "solar", font="DejaVu Sans Mono", size=14)
    c = "terminal"
    Q(name, "what port is ssh listening on?", "2222", "number", c, "port of process")
    Q(name, "which process is on port 9090", "prometheus", "code", c, "process at port")
    Q(name, "is postgres reachable from outside or only localhost?", "only localhost", "text", c, "bind address", lit=False)


# ----------------------------------------------------------------------------- docs pages
def docs_readme():
    name = "docs_readme_options"
    opts = [("--workers", "int", "4", "Number of parallel upload workers"), ("--chunk-size", "size", "8MiB", "Multipart chunk size"),
            ("--retries", "int", str(R.choice([3, 5, 7])), "Retries per chunk before giving up"), ("--region", "string", "auto", "Bucket region; auto-detected when omitted"),
            ("--dry-run", "flag", "off", "Print what would be uploaded"), ("--exclude", "glob", "—", "Skip matching paths (repeatable)")]
    rows = "".join(f"<tr><td><code>{o}</code></td><td>{t}</td><td><code>{d}</code></td><td>{esc(x)}</td></tr>" for o, t, d, x in opts)
    css = ("body{font-family:'Noto Sans';color:#1f2328;font-size:15px}.w{max-width:900px;margin:0 auto;padding:24px 32px;border:1px solid #d0d7de;border-radius:6px;margin-top:16px}"
           "h1{border-bottom:1px solid #d8dee4;padding-bottom:8px;font-weight:600}h2{border-bottom:1px solid #d8dee4;padding-bottom:6px;font-size:22px}code{background:#eff1f3;padding:2px 5px;border-radius:4px;font-family:'JetBrains Mono';font-size:13px}"
           "pre{background:#f6f8fa;padding:14px;border-radius:6px;font-family:'JetBrains Mono';font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:6px 12px}tr:nth-child(even){background:#f6f8fa}"
           ".bd{display:inline-block;background:#555;color:#fff;font-size:12px;padding:2px 6px;border-radius:3px;margin-right:4px}.bd b{background:#2ea44f;padding:2px 6px;margin-right:-6px;border-radius:0 3px 3px 0}")
    body = f"""<div class=w><h1>skiff-sync</h1><span class=bd>build <b>passing</b></span><span class=bd>pypi <b style='background:#0366d6'>v1.9.2</b></span><span class=bd>python <b style='background:#0366d6'>3.10 | 3.11 | 3.12</b></span>
<p>Fast, resumable uploads of large directories to S3-compatible storage.</p><h2>Install</h2><pre>pipx install skiff-sync</pre>
<h2>Usage</h2><pre>skiff-sync ./datasets s3://lab-raw/2025 --workers 16 --exclude '*.tmp'</pre><h2>Options</h2><table><tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr>{rows}</table>
<h2>License</h2><p>Apache-2.0 © 2025 Ruth Abebe and contributors</p></div>"""
    page(name, body, 980, 900, css)
    c = "docs"
    Q(name, "what's the default number of retries?", opts[2][2], "number", c, "default value")
    Q(name, "how do I install it", "pipx install skiff-sync", "code", c, "install command")
    Q(name, "which Python versions are supported?", "3.10, 3.11, 3.12", "version", c, "supported versions", lit=False)


def docs_man():
    name = "docs_manpage"
    body = """<pre>
GRINDSTONE(1)                    User Commands                   GRINDSTONE(1)

<b>NAME</b>
       grindstone - benchmark and stress-test block devices

<b>SYNOPSIS</b>
       <b>grindstone</b> [<u>OPTION</u>]... <u>DEVICE</u>

<b>DESCRIPTION</b>
       Runs mixed read/write workloads against DEVICE and reports latency
       percentiles.  Destructive tests require <b>--i-know</b>.

       <b>-b</b>, <b>--block-size</b>=<u>SIZE</u>
              I/O block size (default: 4k).

       <b>-d</b>, <b>--depth</b>=<u>N</u>
              queue depth per worker (default: 32).

       <b>-t</b>, <b>--time</b>=<u>SECONDS</u>
              stop after SECONDS (default: 60).

       <b>-r</b>, <b>--read-ratio</b>=<u>PCT</u>
              percentage of reads in the mix, 0-100 (default: 70).

       <b>-j</b>, <b>--json</b>
              print results as JSON instead of a table.

<b>EXIT STATUS</b>
       0 on success, 2 on invalid options, 3 if DEVICE is mounted.

grindstone 2.3.0                  March 2025                    GRINDSTONE(1)
</pre>"""
    css = "pre{margin:0;padding:16px 20px;font-family:'DejaVu Sans Mono';font-size:14px;color:#e8e8e8;line-height:1.3}u{color:#7fd1ff}b{color:#fff}"
    page(name, body, 780, 760, css, bg="#2b1b2e")
    c = "docs"
    Q(name, "which flag sets the queue depth?", "-d, --depth", "code", c, "flag for feature", lit=True)
    Q(name, "what is the default read ratio", "70", "number", c, "default value")
    Q(name, "what exit status do I get if the device is mounted?", "3", "number", c, "exit code")


def docs_api():
    name = "docs_api_sidebar"
    limit = R.choice([60, 120, 300, 600])
    params = [("customer_id", "string", "required", "ID of the customer to charge"), ("amount", "integer", "required", "Amount in the smallest currency unit"),
              ("currency", "string", "required", "Three-letter ISO code, lowercase"), ("capture", "boolean", "optional", "Defaults to true"),
              ("metadata", "object", "optional", "Up to 20 key/value pairs"), ("idempotency_key", "string", "optional", "Sent as a header; 24 h window")]
    rows = "".join(f"<tr><td><code>{p}</code></td><td class=ty>{t}</td><td class={'rq' if r == 'required' else 'op'}>{r}</td><td>{d}</td></tr>" for p, t, r, d in params)
    side = "".join(f"<div class='{c}'>{t}</div>" for c, t in [("h", "GETTING STARTED"), ("", "Authentication"), ("", "Errors"), ("", "Pagination"), ("h", "PAYMENTS"),
                                                              ("on", "Create a charge"), ("", "Retrieve a charge"), ("", "Refunds"), ("", "Disputes"), ("h", "CUSTOMERS"), ("", "Customers"), ("", "Payment methods"), ("h", "WEBHOOKS"), ("", "Events"), ("", "Signatures")])
    css = ("body{font-family:'Roboto';font-size:15px;color:#1d2433}.top{height:52px;background:#0f1b2d;color:#fff;display:flex;align-items:center;padding:0 24px;gap:26px}"
           ".app{display:flex}.sd{width:250px;background:#f5f7fa;padding:16px 20px;min-height:900px;border-right:1px solid #e3e8ee}.sd div{padding:5px 0;color:#4a5568}.sd .h{font-size:11px;letter-spacing:1.5px;color:#8792a2;margin-top:14px}"
           ".sd .on{color:#635bff;font-weight:500}.mn{flex:1;padding:26px 40px}.rt{width:380px;background:#1a2233;color:#d6deeb;padding:24px;font-family:'Fira Code';font-size:13px}"
           ".m{background:#e6f4ea;color:#137333;padding:2px 8px;border-radius:4px;font-weight:bold;font-size:13px}table{border-collapse:collapse;width:100%}td,th{padding:8px;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}"
           "code{font-family:'Fira Code';font-size:13px;color:#635bff}.ty{color:#8792a2}.rq{color:#d1453b;font-size:13px}.op{color:#8792a2;font-size:13px}.note{background:#fff8e6;border-left:4px solid #f5a623;padding:10px 14px;margin:16px 0}")
    body = f"""<div class=top><b>Paylark</b><span>Docs</span><span>API reference</span><span>Changelog</span><span style='margin-left:auto;color:#8ea0bf'>API version 2025-02-01</span></div>
<div class=app><div class=sd>{side}</div><div class=mn><h1 style='font-weight:500;margin-top:0'>Create a charge</h1><p><span class=m>POST</span> <code>/v3/charges</code></p>
<p>Creates a new charge against a customer's default payment method.</p><h3>Body parameters</h3><table>{rows}</table>
<div class=note>Rate limit: <b>{limit} requests per minute</b> per API key. Exceeding it returns <code>429 too_many_requests</code>.</div></div>
<div class=rt><div style='color:#8ea0bf;margin-bottom:8px'>REQUEST</div><pre style='margin:0'>curl https://api.paylark.io/v3/charges \\
  -u sk_test_51H...: \\
  -d customer_id=cus_9QxT2 \\
  -d amount=2500 \\
  -d currency=eur</pre><div style='color:#8ea0bf;margin:18px 0 8px'>RESPONSE</div><pre style='margin:0'>{{
  "id": "ch_3NfK8",
  "status": "succeeded",
  "amount": 2500
}}</pre></div></div>"""
    page(name, body, 1500, 860, css)
    c = "docs"
    Q(name, "what's the rate limit for creating charges?", f"{limit} requests per minute", "number", c, "rate limit")
    Q(name, "what type is the amount parameter", "integer", "text", c, "param type")
    Q(name, "is currency required or optional?", "required", "text", c, "param required")
    Q(name, "which HTTP method does this endpoint use", "POST", "code", c, "http method")


def docs_changelog():
    name = "docs_changelog"
    vers = [("4.2.0", "2025-03-18", ["Added <code>--since</code> filter to <code>export</code>", "Faster index rebuild (≈3×)"]),
            ("4.1.3", "2025-02-27", ["Fixed crash when config file is empty"]),
            ("4.1.2", "2025-02-09", ["Fixed Windows path handling in <code>sync</code>", "Security: bumped <code>urllib3</code> to 2.2.2"]),
            ("4.1.0", "2025-01-15", ["Added Parquet output", "Deprecated <code>--legacy-csv</code>"]),
            ("4.0.0", "2024-12-02", ["<b>Breaking:</b> dropped Python 3.8", "New plugin API"])]
    body = "<div class=w><h1>Changelog</h1>" + "".join(f"<h2>[{v}] <span>— {d}</span></h2><ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>" for v, d, xs in vers) + "</div>"
    css = ("body{font-family:'C059';color:#222;background:#fffef9}.w{padding:20px 40px}h1{font-size:34px;margin:0 0 10px}h2{font-size:21px;margin:18px 0 4px;color:#7b2d26}h2 span{color:#777;font-weight:normal;font-size:16px}"
           "li{font-size:16px;margin:3px 0}code{font-family:'Inconsolata';background:#f1ece0;padding:1px 4px}")
    page(name, body, 720, 720, css, bg="#fffef9")
    c = "docs"
    Q(name, "when was Parquet output added?", "2025-01-15", "date", c, "when feature added")
    Q(name, "which version dropped Python 3.8", "4.0.0", "version", c, "version of change")
    Q(name, "what's the newest release?", "4.2.0", "version", c, "latest version")


def docs_toc():
    name = "docs_guide_toc"
    toc = ["1 Overview", "2 Installing", "2.1 Linux", "2.2 macOS", "2.3 Windows (WSL)", "3 Configuration", "3.1 Profiles", "3.2 Secrets", "4 Running jobs", "4.1 Schedules", "4.2 Retries and backoff", "5 Troubleshooting"]
    t = "".join(f"<div class='{'sub' if '.' in x.split()[0] else 'top'}{' cur' if x.startswith('4.2') else ''}'>{x}</div>" for x in toc)
    css = ("body{font-family:'Lato';color:#2d3748;font-size:16px}.hd{background:#2c5282;color:#fff;padding:14px 28px;font-size:20px}.app{display:flex}.toc{width:280px;padding:20px;border-right:1px solid #e2e8f0;background:#fdfdfd}"
           ".toc .top{font-weight:bold;margin-top:10px}.toc .sub{padding-left:18px;color:#4a5568;margin-top:4px}.toc .cur{color:#2b6cb0;border-left:3px solid #2b6cb0;padding-left:15px}"
           ".mn{flex:1;padding:20px 40px;max-width:900px}.mn h1{font-family:'P052';font-weight:normal}table{border-collapse:collapse}td,th{border-bottom:1px solid #e2e8f0;padding:7px 14px;text-align:left}"
           ".otp{width:260px;padding:20px;font-size:14px;color:#718096}.tip{background:#ebf8ff;border-radius:6px;padding:12px 16px}")
    delays = [2, 4, 8, 16, 32]
    mx = R.choice([5, 6, 8])
    rows = "".join(f"<tr><td>{i+1}</td><td>{d} s</td></tr>" for i, d in enumerate(delays))
    body = f"""<div class=hd>Conveyor Handbook <span style='font-size:14px;opacity:.7'>v3.4</span></div><div class=app><div class=toc><div style='font-size:12px;letter-spacing:2px;color:#a0aec0'>CONTENTS</div>{t}</div>
<div class=mn><div style='color:#a0aec0;font-size:14px'>Handbook › Running jobs › Retries and backoff</div><h1>4.2 Retries and backoff</h1>
<p>A failed job is retried with exponential backoff. The delay doubles after every attempt, starting at 2 seconds. After <b>{mx} attempts</b> the job is moved to the dead-letter queue <code>dlq.jobs</code>.</p>
<table><tr><th>Attempt</th><th>Delay before retry</th></tr>{rows}</table><p class=tip>Tip: set <code>retry.jitter: true</code> to avoid thundering herds.</p></div>
<div class=otp><b>On this page</b><br>Backoff schedule<br>Dead-letter queue<br>Jitter</div></div>"""
    page(name, body, 1400, 640, css)
    c = "docs"
    Q(name, "which section covers secrets? (number)", "3.2", "code", c, "toc section number")
    Q(name, "after how many attempts does a job go to the dead letter queue", mx, "number", c, "value in text")
    Q(name, "what's the delay before the 4th retry attempt?", f"{delays[3]} s", "number", c, "table lookup")


# ----------------------------------------------------------------------------- charts
def ch_bar_labels():
    name = "chart_bar_labeled"
    cities = ["Porto", "Kraków", "Tallinn", "Valencia", "Ljubljana", "Gdańsk", "Bologna"]
    v = [int(x) for x in NP.choice(np.arange(120, 980), len(cities), replace=False)]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 5.2))
        b = ax.bar(cities, v, color="#2a9d8f")
        ax.bar_label(b, fontsize=11)
        ax.set_title("New co-working members by city, 2024", fontsize=14)
        ax.set_ylabel("members")
        fig.tight_layout()
        fig_png(fig, name, cities + v)
    c = "chart"
    Q(name, "which city signed up the most members?", cities[v.index(max(v))], "text", c, "argmax bar")
    Q(name, "how many new members in Tallinn", v[2], "number", c, "value at label")
    Q(name, "what's the gap between Porto and Bologna?", abs(v[0] - v[6]), "number", c, "difference", lit=False)


def ch_hbar_nolabels():
    name = "chart_hbar_unlabeled"
    langs = ["Rust", "Go", "Kotlin", "TypeScript", "Elixir", "Zig", "Swift"]
    v = [int(x) for x in NP.choice(np.arange(8, 95), len(langs), replace=False)]
    plt.rcParams.update(plt.rcParamsDefault)
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.barh(langs, v, color=["#e76f51" if x == max(v) else "#8d99ae" for x in v])
    ax.set_xlabel("% of respondents who want to keep using it")
    ax.set_xlim(0, 100)
    ax.grid(axis="x", alpha=.4)
    ax.set_title("Developer satisfaction (survey, n=2,140)")
    fig.tight_layout()
    fig_png(fig, name, langs)
    c = "chart"
    Q(name, "roughly what percent for Go?", v[1], "approx", c, "read bar value")
    Q(name, "which language has the lowest satisfaction", langs[v.index(min(v))], "text", c, "argmin bar", lit=True)


def ch_grouped():
    name = "chart_grouped_bars"
    q = ["Q1", "Q2", "Q3", "Q4"]
    a = [int(x) for x in NP.choice(np.arange(30, 90), 4, replace=False)]
    b = [int(x) for x in NP.choice(np.arange(30, 90), 4, replace=False)]
    while any(x == y for x, y in zip(a, b)):
        b = [int(x) for x in NP.choice(np.arange(30, 90), 4, replace=False)]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(8.5, 5))
        x = np.arange(4)
        r1 = ax.bar(x - .2, a, .4, label="Online")
        r2 = ax.bar(x + .2, b, .4, label="In-store")
        ax.bar_label(r1, fontsize=10)
        ax.bar_label(r2, fontsize=10)
        ax.set_xticks(x, q)
        ax.set_ylabel("Revenue (k€)")
        ax.legend()
        ax.set_title("Maison Ortolan — revenue by channel, 2024")
        fig.tight_layout()
        fig_png(fig, name, q + a + b)
    more = sum(1 for x, y in zip(a, b) if x > y)
    c = "chart"
    Q(name, "in which quarter was in-store revenue highest?", q[b.index(max(b))], "text", c, "argmax series")
    Q(name, "online revenue in Q3?", a[2], "number", c, "value series x category")
    Q(name, "in how many quarters did online beat in-store", more, "count", c, "count comparison", lit=False)


def ch_stacked():
    name = "chart_stacked"
    yrs = ["2020", "2021", "2022", "2023", "2024"]
    solar = [12, 17, 23, 31, 40]
    wind = [28, 30, 33, 35, 38]
    hydro = [20, 19, 18, 20, 19]
    plt.rcParams.update(plt.rcParamsDefault)
    fig, ax = plt.subplots(figsize=(8, 5.2))
    ax.bar(yrs, hydro, label="Hydro", color="#457b9d")
    ax.bar(yrs, wind, bottom=hydro, label="Wind", color="#a8dadc")
    ax.bar(yrs, solar, bottom=[h + w for h, w in zip(hydro, wind)], label="Solar", color="#f4a261")
    for i in range(5):
        ax.text(i, hydro[i] + wind[i] + solar[i] + 1.5, str(hydro[i] + wind[i] + solar[i]), ha="center", fontsize=11)
    ax.set_ylabel("TWh")
    ax.set_ylim(0, 110)
    ax.legend(loc="upper left")
    ax.set_title("Renewable generation by source (TWh), totals on top")
    fig.tight_layout()
    fig_png(fig, name, yrs + [h + w + s for h, w, s in zip(hydro, wind, solar)])
    c = "chart"
    Q(name, "what was total renewable generation in 2023?", hydro[3] + wind[3] + solar[3], "number", c, "stacked total label")
    Q(name, "which source grew the most from 2020 to 2024", "Solar", "text", c, "largest growth segment")


def ch_lines():
    name = "chart_lines_dark"
    months = MON3
    base = {"Helsinki": -4, "Lisbon": 11, "Vienna": 0}
    amp = {"Helsinki": 21, "Lisbon": 11, "Vienna": 20}
    series = {k: [round(base[k] + amp[k] * np.sin(np.pi * i / 11) + float(NP.normal(0, .8)), 1) for i in range(12)] for k in base}
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(9.5, 5))
        for k, col in zip(series, ["#4cc9f0", "#f72585", "#b5e48c"]):
            ax.plot(months, series[k], marker="o", label=k, color=col)
        ax.set_ylabel("°C")
        ax.grid(alpha=.25)
        ax.legend()
        ax.set_title("Mean monthly temperature")
        fig.tight_layout()
        fig_png(fig, name, months + list(series))
    hot = {k: max(v) for k, v in series.items()}
    c = "chart"
    Q(name, "which city is coldest in January?", min(series, key=lambda k: series[k][0]), "text", c, "argmin at x")
    Q(name, "about how warm does Vienna get at its peak?", max(series["Vienna"]), "approx", c, "peak value")


def ch_donut():
    name = "chart_donut"
    parts = ["Rent", "Salaries", "Cloud", "Marketing", "Travel", "Other"]
    v = [int(x) for x in NP.choice(np.arange(4, 40), 6, replace=False)]
    tot = sum(v)
    pct = [round(100 * x / tot) for x in v]
    fig, ax = plt.subplots(figsize=(7.5, 5.5))
    ax.pie(v, labels=[f"{p}\n{q}%" for p, q in zip(parts, pct)], startangle=90, wedgeprops=dict(width=.42),
           colors=["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#adb5bd"], textprops=dict(fontsize=12))
    ax.text(0, 0, "Opex\nFY24", ha="center", va="center", fontsize=14)
    ax.set_title("Operating expenses split")
    fig_png(fig, name, parts + [f"{q}%" for q in pct])
    c = "chart"
    Q(name, "what share of opex goes to cloud?", f"{pct[2]}%", "number", c, "slice percent")
    Q(name, "biggest slice?", parts[v.index(max(v))], "text", c, "argmax slice")


def ch_scatter():
    name = "chart_scatter_labeled"
    teams = ["Ferrovia", "Atlas", "Brume", "Kudu", "Sable", "Orca", "Pinion", "Yarrow"]
    x = [int(v) for v in NP.choice(np.arange(20, 95), 8, replace=False)]
    y = [int(v) for v in NP.choice(np.arange(5, 60), 8, replace=False)]
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(8.5, 5.5))
        ax.scatter(x, y, s=70, color="#6a4c93")
        for t, a, b in zip(teams, x, y):
            ax.annotate(t, (a, b), xytext=(6, 5), textcoords="offset points", fontsize=11)
        ax.set_xlabel("Deploys per month")
        ax.set_ylabel("Incidents per quarter")
        ax.set_title("Deploy frequency vs incidents, by team")
        fig.tight_layout()
        fig_png(fig, name, teams)
    c = "chart"
    Q(name, "which team deploys most often?", teams[x.index(max(x))], "text", c, "argmax x")
    Q(name, "which team had the fewest incidents", teams[y.index(min(y))], "text", c, "argmin y")


def ch_area_html():
    name = "chart_css_bars"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    v = R.sample(range(1200, 9800, 37), 7)
    mx = max(v)
    bars = "".join(f"<div class=c><div class=v>{x:,}</div><div class=b style='height:{int(260 * x / mx)}px'></div><div class=l>{d}</div></div>" for d, x in zip(days, v))
    css = ("body{font-family:'Open Sans';background:#fff7f0;padding:24px}.card{background:#fff;border-radius:16px;padding:22px 26px;width:700px;box-shadow:0 4px 18px #e6d5c7}"
           ".ch{display:flex;align-items:flex-end;gap:22px;height:320px;margin-top:12px}.c{flex:1;text-align:center}.b{background:linear-gradient(#ff8a5b,#ea526f);border-radius:8px 8px 0 0}"
           ".v{font-size:13px;color:#555;margin-bottom:4px}.l{font-size:14px;color:#333;margin-top:6px}")
    page(name, f"<div class=card><div style='font-size:20px;font-weight:600'>Steps this week</div><div style='color:#999;font-size:14px'>Goal 7,500 / day</div><div class=ch>{bars}</div></div>", 800, 480, css, bg="#fff7f0")
    c = "chart"
    Q(name, "which day did I walk the most?", days[v.index(mx)], "text", c, "argmax")
    Q(name, "on how many days did I hit the 7,500 goal", sum(1 for x in v if x >= 7500), "count", c, "count above threshold", lit=False)
    Q(name, "steps on Thursday?", f"{v[3]:,}", "number", c, "value at label")


# ----------------------------------------------------------------------------- slides
def sl_bullets():
    name = "slide_bullets"
    pct = R.randint(18, 34)
    css = (".s{width:1280px;height:720px;background:#fdfaf3;padding:60px 80px;font-family:'Lato';position:relative;border-left:24px solid #d1495b}"
           "h1{font-family:'P052';font-size:50px;margin:0 0 10px;color:#2b2d42}.sub{color:#8d99ae;font-size:22px;margin-bottom:40px}li{font-size:30px;margin:14px 0;color:#2b2d42}"
           ".pg{position:absolute;right:50px;bottom:30px;color:#8d99ae;font-size:18px}")
    body = f"""<div class=s><h1>Why we're moving to 4-day sprints</h1><div class=sub>Engineering all-hands · Ana Lima · 7 April 2025</div><ul>
<li>Review overhead fell {pct}% in the pilot teams</li><li>Pilot ran 6 weeks with Payments and Search</li><li>Rollout to all squads starts 5 May</li><li>Fridays become focus days — no meetings</li></ul><div class=pg>4 / 18</div></div>"""
    page(name, body, 1280, 720, css, bg="#fdfaf3")
    c = "slide"
    Q(name, "by how much did review overhead drop in the pilot?", f"{pct}%", "number", c, "value in bullet")
    Q(name, "when does the rollout start", "5 May", "date", c, "date in bullet")
    Q(name, "who is presenting this?", "Ana Lima", "person", c, "presenter")


def sl_diagram():
    name = "slide_diagram"
    boxes = [("Mobile app", 60, 120), ("Web app", 60, 330), ("API gateway", 370, 225), ("Orders svc", 690, 90), ("Billing svc", 690, 250), ("Search svc", 690, 410),
             ("Postgres", 1000, 130), ("Kafka", 1000, 300), ("OpenSearch", 1000, 460)]
    edges = [(0, 2), (1, 2), (2, 3), (2, 4), (2, 5), (3, 6), (3, 7), (4, 7), (5, 8)]
    pos = {i: (x, y) for i, (_, x, y) in enumerate(boxes)}
    svg = "<svg width=1280 height=620 style='position:absolute;left:0;top:100px'><defs><marker id=a markerWidth=10 markerHeight=10 refX=9 refY=5 orient=auto><path d='M0,0 L10,5 L0,10 z' fill='#555'/></marker></defs>"
    for s_, t in edges:
        x1, y1 = pos[s_][0] + 200, pos[s_][1] + 32
        x2, y2 = pos[t][0], pos[t][1] + 32
        svg += f"<line x1={x1} y1={y1} x2={x2} y2={y2} stroke='#555' stroke-width=2 marker-end='url(#a)'/>"
    svg += "</svg>"
    divs = "".join(f"<div class='bx{' db' if x == 1000 else ''}' style='left:{x}px;top:{y + 100}px'>{t}</div>" for t, x, y in boxes)
    css = (".s{width:1280px;height:720px;position:relative;background:#f4f6fb;font-family:'Roboto'}h1{margin:0;padding:36px 60px 0;font-weight:400;font-size:38px;color:#1d3557}"
           ".bx{position:absolute;width:200px;height:64px;border:2px solid #1d3557;background:#fff;border-radius:10px;display:flex;align-items:center;justify-content:center;font-size:21px}"
           ".db{background:#e9f5db;border-color:#55a630;border-radius:32px}")
    page(name, f"<div class=s><h1>Checkout architecture (current)</h1>{svg}{divs}</div>", 1280, 720, css, bg="#f4f6fb")
    into_kafka = [boxes[s_][0] for s_, t in edges if t == 7]
    c = "slide_diagram"
    Q(name, "which services write to Kafka?", " and ".join(into_kafka), "text", c, "incoming edges", lit=False)
    Q(name, "what does the Search svc talk to", "OpenSearch", "text", c, "outgoing edge")
    Q(name, "how many services sit behind the API gateway?", sum(1 for s_, t in edges if s_ == 2), "count", c, "count edges", lit=False)


def sl_table():
    name = "slide_table_dark"
    plans = ["Starter", "Team", "Business", "Enterprise"]
    price = [0, 12, 29, None]
    seats = ["3", "25", "250", "Unlimited"]
    stor = ["5 GB", "100 GB", "1 TB", "Custom"]
    rows = "".join(f"<tr><td>{p}</td><td>{'Free' if pr == 0 else ('Contact us' if pr is None else f'${pr} / user / mo')}</td><td>{s}</td><td>{st}</td></tr>" for p, pr, s, st in zip(plans, price, seats, stor))
    css = (".s{width:1280px;height:720px;background:#14142b;color:#f2f2f7;font-family:'Open Sans';padding:60px 90px}h1{font-size:44px;font-weight:300;margin:0 0 40px}"
           "table{border-collapse:collapse;width:100%;font-size:26px}td,th{padding:16px;border-bottom:1px solid #3b3b5c;text-align:left}th{color:#a0a0d0;font-weight:400;font-size:20px}tr:nth-child(3) td{color:#ffd166}")
    page(name, f"<div class=s><h1>Pricing proposal 2025</h1><table><tr><th>Plan</th><th>Price</th><th>Seats</th><th>Storage</th></tr>{rows}</table></div>", 1280, 720, css, bg="#14142b")
    c = "slide"
    Q(name, "how much is the Business plan per user?", "$29 / user / mo", "money", c, "table cell")
    Q(name, "how much storage does Team come with", "100 GB", "text", c, "table cell")


# ----------------------------------------------------------------------------- forms
def form_signup():
    name = "form_registration"
    who = people(1)[0]
    plan = R.choice(["Monthly", "Annual", "Family"])
    css = ("body{font-family:'Open Sans';background:#eef2f7;padding:30px}.f{width:620px;margin:0 auto;background:#fff;border-radius:10px;padding:28px 34px;box-shadow:0 2px 10px #cfd8e3}"
           "label{display:block;font-size:13px;color:#555;margin:14px 0 4px}.in{border:1px solid #c5cfdb;border-radius:6px;padding:9px 12px;font-size:15px}.row{display:flex;gap:16px}.row>div{flex:1}"
           ".ck{display:flex;align-items:center;gap:8px;margin:8px 0;font-size:15px}.box{width:18px;height:18px;border:2px solid #7a8ca3;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;font-size:13px}"
           ".on{background:#2563eb;border-color:#2563eb;color:#fff}.rd{width:18px;height:18px;border:2px solid #7a8ca3;border-radius:9px;display:inline-block}.rd.on{box-shadow:inset 0 0 0 3px #fff}"
           ".btn{margin-top:20px;background:#2563eb;color:#fff;padding:11px;border-radius:6px;text-align:center;font-weight:600}")
    radios = "".join(f"<div class=ck><span class='rd{' on' if p == plan else ''}'></span>{p}</div>" for p in ["Monthly", "Annual", "Family"])
    body = f"""<div class=f><h2 style='margin:0'>Join Riverside Climbing Gym</h2>
<div class=row><div><label>Full name</label><div class=in>{esc(who)}</div></div><div><label>Date of birth</label><div class=in>09/11/1994</div></div></div>
<label>Email</label><div class=in>{esc(who.split()[0].lower())}.climbs@proton.me</div>
<div class=row><div><label>Home gym</label><div class=in>Riverside — Docklands ▾</div></div><div><label>Experience level</label><div class=in>Intermediate (6a–6c) ▾</div></div></div>
<label>Membership plan</label>{radios}
<label>Extras</label><div class=ck><span class='box on'>✓</span>Shoe rental</div><div class=ck><span class=box></span>Locker</div><div class=ck><span class='box on'>✓</span>Yoga classes</div>
<div class=ck style='margin-top:14px'><span class='box on'>✓</span>I accept the waiver and house rules</div><div class=btn>Continue to payment</div></div>"""
    page(name, body, 760, 860, css, bg="#eef2f7")
    c = "form"
    Q(name, "which membership plan is selected?", plan, "text", c, "selected radio")
    Q(name, "did they tick the locker option", "no", "yesno", c, "checkbox state")
    Q(name, "what home gym was chosen?", "Riverside — Docklands", "text", c, "dropdown value")


def form_settings_dark():
    name = "form_settings_dark"
    toggles = [("Two-factor authentication", True), ("Login alerts by email", True), ("Share usage analytics", False), ("Beta features", R.choice([True, False])),
               ("Marketing emails", False), ("Auto-lock after inactivity", True)]
    tg = "".join(f"<div class=r><div><div>{t}</div></div><div class='sw{' on' if v else ''}'><i></i></div></div>" for t, v in toggles)
    css = ("body{font-family:'Roboto';background:#111318;color:#e3e3e8;font-size:15px}.app{display:flex}.nav{width:240px;padding:22px;background:#181a20;min-height:800px}.nav div{padding:9px 10px;color:#9a9cab}.nav .on{color:#fff;background:#262a35;border-radius:8px}"
           ".mn{flex:1;padding:28px 40px;display:flex;gap:40px}.col{flex:1}.r{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #262a35}"
           ".sw{width:44px;height:24px;background:#3a3d4a;border-radius:12px;position:relative}.sw i{position:absolute;left:3px;top:3px;width:18px;height:18px;border-radius:9px;background:#9a9cab}"
           ".sw.on{background:#7c5cff}.sw.on i{left:23px;background:#fff}label{display:block;color:#9a9cab;font-size:13px;margin:16px 0 5px}.in{background:#1c1f27;border:1px solid #2e3240;border-radius:6px;padding:10px 12px}")
    body = f"""<div class=app><div class=nav><div style='color:#fff;font-size:19px;margin-bottom:16px'>⬡ Northwind Cloud</div><div>Dashboard</div><div>Projects</div><div>Billing</div><div class=on>Security</div><div>Members</div><div>API keys</div></div>
<div class=mn><div class=col><h2 style='margin-top:0'>Security &amp; privacy</h2>{tg}</div><div class=col><h2 style='margin-top:0'>Session</h2>
<label>Auto-lock timeout</label><div class=in>15 minutes ▾</div><label>Allowed IP ranges</label><div class=in>203.0.113.0/24, 198.51.100.14</div>
<label>Recovery email</label><div class=in>security@northwind.example</div><label>Last password change</label><div class=in>2025-01-30</div></div></div></div>"""
    page(name, body, 1360, 620, css, bg="#111318")
    c = "form"
    Q(name, "is two-factor turned on?", "yes", "yesno", c, "toggle state")
    Q(name, "Are usage analytics being shared", "no", "yesno", c, "toggle state")
    Q(name, "what's the auto-lock timeout set to?", "15 minutes", "text", c, "dropdown value")
    Q(name, "how many of the toggles are switched on", sum(v for _, v in toggles), "count", c, "count toggles", lit=False)


# ----------------------------------------------------------------------------- dashboards
def dash_kpi():
    name = "dash_kpi_wide"
    k = [("MRR", f"${R.randint(180, 420)}.{R.randint(1, 9)}k", round(R.uniform(-3, 9), 1)), ("Active users", f"{R.randint(12, 60)},{R.randint(100, 999)}", round(R.uniform(-3, 9), 1)),
         ("Churn", f"{R.uniform(1.2, 4.5):.1f}%", round(R.uniform(-1.5, 1.5), 1)), ("NPS", str(R.randint(21, 68)), round(R.uniform(-6, 6), 1))]
    while len({x[2] for x in k}) < 4 or all(x[2] >= 0 for x in k):
        k[2] = (k[2][0], k[2][1], round(R.uniform(-1.5, 1.5), 1))
    cards = "".join(f"<div class=k><div class=t>{a}</div><div class=v>{b}</div><div class='{'up' if c_ >= 0 else 'dn'}'>{'▲' if c_ >= 0 else '▼'} {abs(c_)}% vs last month</div></div>" for a, b, c_ in k)
    regs = [("EMEA", R.randint(80, 160)), ("North America", R.randint(80, 160)), ("LATAM", R.randint(10, 60)), ("APAC", R.randint(30, 90))]
    rt = "".join(f"<tr><td>{a}</td><td style='text-align:right'>${b}k</td></tr>" for a, b in regs)
    mon = MON3[:9]
    vals = [int(x) for x in np.cumsum(NP.integers(8, 30, 9)) + 150]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.plot(mon, vals, color="#3b82f6", lw=2.5)
    ax.fill_between(range(9), vals, color="#3b82f6", alpha=.15)
    ax.set_title("MRR trend ($k)", fontsize=12)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    img = fig_png(fig)
    css = ("body{font-family:'Lato';background:#f3f5f9;color:#1f2937}.top{background:#fff;padding:14px 28px;border-bottom:1px solid #e5e7eb;display:flex;justify-content:space-between}"
           ".g{padding:22px 28px}.ks{display:flex;gap:18px}.k{flex:1;background:#fff;border-radius:12px;padding:18px 20px;box-shadow:0 1px 3px #d1d5db}.t{color:#6b7280;font-size:14px}.v{font-size:30px;font-weight:bold;margin:6px 0}"
           ".up{color:#059669;font-size:14px}.dn{color:#dc2626;font-size:14px}.row{display:flex;gap:18px;margin-top:18px}.p{background:#fff;border-radius:12px;padding:16px 20px;box-shadow:0 1px 3px #d1d5db}"
           "table{width:100%;border-collapse:collapse;font-size:15px}td{padding:9px 4px;border-bottom:1px solid #f0f0f0}")
    body = f"""<div class=top><b style='font-size:19px'>Tallyhub · Revenue overview</b><span style='color:#6b7280'>Sep 2025 · All regions ▾</span></div><div class=g><div class=ks>{cards}</div>
<div class=row><div class=p style='flex:2'><img src='{img}' width=700></div><div class=p style='flex:1'><b>Revenue by region</b><table>{rt}</table></div></div></div>"""
    page(name, body, 1300, 760, css, bg="#f3f5f9")
    down = [a for a, b, c_ in k if c_ < 0]
    c = "dashboard"
    Q(name, "what's the current MRR?", k[0][1], "money", c, "kpi value")
    Q(name, "which metrics went down vs last month?", ", ".join(down), "text", c, "kpis with negative change", lit=len(down) == 1)
    Q(name, "revenue from APAC", f"${regs[3][1]}k", "money", c, "table lookup")
    Q(name, "which region brings in the most revenue", max(regs, key=lambda r: r[1])[0], "text", c, "argmax table")


def dash_calendar():
    name = "dash_calendar_month"
    # March 2025 starts on Saturday
    events = {3: ["Sprint review"], 7: ["Dentist 08:30"], 12: ["Board meeting"], 14: ["Pi day 🎂"], 18: ["Flight to Oslo"], 19: ["Oslo offsite"], 20: ["Oslo offsite"],
              R.choice([24, 25, 26]): ["Tax filing due"], 28: ["Ingrid's farewell"]}
    cells = ""
    start = 5  # Mon=0 ... Sat=5
    for i in range(42):
        d = i - start + 1
        if 1 <= d <= 31:
            ev = "".join(f"<div class=e>{esc(e)}</div>" for e in events.get(d, []))
            cells += f"<div class='d{' today' if d == 11 else ''}'><span>{d}</span>{ev}</div>"
        else:
            cells += "<div class='d x'></div>"
    css = ("body{font-family:'Cantarell';background:#fff}.hd{display:flex;justify-content:space-between;padding:18px 26px;font-size:24px}.g{display:grid;grid-template-columns:repeat(7,1fr);margin:0 26px;border-left:1px solid #ddd;border-top:1px solid #ddd}"
           ".wd{padding:8px;color:#777;font-size:13px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;background:#fafafa}.d{height:104px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px;font-size:14px}"
           ".x{background:#f7f7f7}.e{background:#dbeafe;color:#1e3a8a;border-radius:4px;padding:2px 6px;margin-top:4px;font-size:13px}.today span{background:#e11d48;color:#fff;border-radius:12px;padding:2px 7px}")
    wd = "".join(f"<div class=wd>{x}</div>" for x in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    page(name, f"<div class=hd><b>March 2025</b><span style='font-size:16px;color:#777'>‹ Today ›  Month ▾</span></div><div class=g>{wd}{cells}</div>", 1200, 760, css)
    tax = [d for d, e in events.items() if "Tax filing due" in e][0]
    wkd = date(2025, 3, tax).strftime("%A")
    c = "calendar"
    Q(name, "when is the tax filing due?", f"March {tax}", "date", c, "date of event", lit=False)
    Q(name, "what day of the week is the board meeting", "Wednesday", "text", c, "weekday of event", lit=False)
    Q(name, "how many days is the Oslo offsite?", 2, "count", c, "count event days", lit=False)
    Q(name, "what's on the 7th?", "Dentist 08:30", "text", c, "event at date")


def dash_weather():
    name = "dash_weather"
    days = ["Thu", "Fri", "Sat", "Sun", "Mon"]
    hi = [int(x) for x in NP.choice(np.arange(14, 29), 5, replace=False)]
    lo = [h - int(NP.integers(5, 11)) for h in hi]
    icons = [R.choice(["☀", "⛅", "☁", "🌧", "⛈"]) for _ in days]
    rain = [int(x) for x in NP.choice(np.arange(0, 95, 5), 5, replace=False)]
    fc = "".join(f"<div class=fd><div>{d}</div><div style='font-size:30px'>{ic}</div><div><b>{h}°</b> <span style='opacity:.7'>{l}°</span></div><div class=rn>💧 {r}%</div></div>" for d, ic, h, l, r in zip(days, icons, hi, lo, rain))
    css = (".w{margin:20px;width:620px;border-radius:24px;padding:26px 30px;background:linear-gradient(160deg,#3a7bd5,#00d2ff);color:#fff;font-family:'Roboto'}"
           ".now{display:flex;justify-content:space-between;align-items:center}.t{font-size:76px;font-weight:300}.fs{display:flex;justify-content:space-between;margin-top:22px;background:rgba(255,255,255,.15);border-radius:16px;padding:14px}"
           ".fd{text-align:center;font-size:16px}.rn{font-size:13px;margin-top:4px}")
    body = f"""<div class=w><div class=now><div><div style='font-size:24px'>Montréal</div><div style='opacity:.85'>Partly cloudy · feels like 17°</div></div><div class=t>19°</div></div>
<div style='opacity:.9;margin-top:6px'>Humidity 64% · Wind 18 km/h NW · UV 5</div><div class=fs>{fc}</div></div>"""
    page(name, body, 680, 420, css, bg="#dfe9f3", font="Roboto")
    c = "weather"
    Q(name, "what's the high on Saturday?", f"{hi[2]}°", "number", c, "value at day")
    Q(name, "which day has the biggest chance of rain", days[rain.index(max(rain))], "text", c, "argmax")
    Q(name, "how windy is it right now", "18 km/h NW", "text", c, "current wind")


def dash_chat():
    name = "dash_chat"
    msgs = [("Femi", "10:02", "morning! did the vendor confirm the delivery slot?"), ("me", "10:05", "yes — Thursday between 14:00 and 16:00"),
            ("Femi", "10:06", "great. which dock?"), ("me", "10:06", "Dock 3, the one by the canteen"), ("Femi", "10:31", "I'll tell Zsófia to be there. Is the PO number still 88213?"),
            ("me", "10:33", "no, it changed to 88240 after the quantity update"), ("Femi", "10:34", "👍 got it, thanks")]
    b = "".join(f"<div class='m {'me' if w == 'me' else 'th'}'><div class=bb>{esc(t)}</div><div class=tm>{tm}</div></div>" for w, tm, t in msgs)
    css = (".ph{margin:16px auto;width:420px;background:#ece5dd;border-radius:24px;overflow:hidden;font-family:'Noto Sans';font-size:15px;box-shadow:0 2px 12px #888}"
           ".hd{background:#075e54;color:#fff;padding:14px 18px;font-size:17px}.bd{padding:12px}.m{display:flex;flex-direction:column;margin:6px 0}.me{align-items:flex-end}.th{align-items:flex-start}"
           ".bb{max-width:290px;padding:8px 11px;border-radius:9px;background:#fff}.me .bb{background:#dcf8c6}.tm{font-size:11px;color:#777;margin:2px 4px}")
    page(name, f"<div class=ph><div class=hd>Femi Adebayo<br><span style='font-size:12px;opacity:.8'>online</span></div><div class=bd>{b}</div></div>", 460, 700, css, bg="#cfcfcf")
    c = "chat"
    Q(name, "what's the current PO number?", "88240", "code", c, "updated value in chat")
    Q(name, "which dock is the delivery going to", "Dock 3", "text", c, "fact in chat")
    Q(name, "when did Femi ask about the dock?", "10:06", "time", c, "timestamp")


def dash_notifs():
    name = "dash_notifications"
    ns = [("GitHub", "CI failed on main — tenantly/api #4412", "2m"), ("PagerDuty", "Resolved: p95 latency > 800ms on checkout", "14m"),
          ("Slack", "Marta Kowalczyk mentioned you in #release", "32m"), ("Calendar", "Design review starts in 10 minutes", "48m"),
          ("1Password", "New sign-in from Firefox on Linux (Kraków)", "1h"), ("Jira", "PLAT-2291 moved to In Review", "3h")]
    it = "".join(f"<div class=n><div class=ic>{a[0]}</div><div style='flex:1'><b>{a}</b><div>{esc(t)}</div></div><div class=tm>{tm}</div></div>" for a, t, tm in ns)
    css = (".p{margin:20px;width:520px;background:#fff;border-radius:14px;box-shadow:0 4px 20px #aab;font-family:'Lato';font-size:15px}.n{display:flex;gap:12px;padding:13px 16px;border-bottom:1px solid #eee}"
           ".ic{width:36px;height:36px;border-radius:18px;background:#e0e7ff;color:#3730a3;display:flex;align-items:center;justify-content:center;font-weight:bold}.tm{color:#999;font-size:13px}")
    page(name, f"<div class=p><div style='padding:14px 16px;font-size:18px;font-weight:bold;border-bottom:1px solid #eee'>Notifications <span style='color:#999;font-weight:normal'>({len(ns)})</span></div>{it}</div>", 580, 620, css, bg="#e8eaf2")
    c = "notifications"
    Q(name, "who mentioned me on Slack?", "Marta Kowalczyk", "person", c, "person in notification")
    Q(name, "what's the most recent notification about", "CI failed on main — tenantly/api #4412", "text", c, "most recent")
    Q(name, "which Jira ticket moved to review?", "PLAT-2291", "code", c, "ticket id")


def dash_kanban():
    name = "dash_kanban"
    cols = {"Backlog": [], "In progress": [], "Review": [], "Done": []}
    tasks = ["Migrate auth to OIDC", "Rate-limit webhook retries", "Dark mode for reports", "CSV export UTF-8 fix", "Bulk invite users", "Audit log retention",
             "Upgrade Postgres to 16", "Onboarding checklist", "SAML for EU tenants", "Invoice PDF redesign", "Flaky e2e: checkout", "Cost alerts per project"]
    owners = people(6)
    for i, t in enumerate(tasks):
        col = list(cols)[[0, 1, 2, 3, 0, 1, 3, 0, 2, 1, 3, 0][i]]
        cols[col].append((t, owners[i % 6], R.choice(["P1", "P2", "P3"]), f"PLAT-{2200 + i * 7}"))
    html = ""
    colors = {"P1": "#ef4444", "P2": "#f59e0b", "P3": "#10b981"}
    for cname, cards in cols.items():
        html += f"<div class=col><div class=ch>{cname} <span>{len(cards)}</span></div>" + "".join(
            f"<div class=cd><div class=id>{k}</div><div class=tt>{esc(t)}</div><div class=ft><span class=pr style='background:{colors[p]}'>{p}</span><span>{esc(o)}</span></div></div>" for t, o, p, k in cards) + "</div>"
    css = ("body{font-family:'Open Sans';background:#1e2a3a;color:#1f2937}.top{color:#fff;padding:16px 24px;font-size:20px}.b{display:flex;gap:16px;padding:0 24px}.col{flex:1;background:#eef1f5;border-radius:10px;padding:10px}"
           ".ch{font-weight:bold;padding:4px 6px 10px;font-size:15px}.ch span{color:#6b7280;font-weight:normal}.cd{background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:10px;box-shadow:0 1px 2px #ccd}"
           ".id{font-size:12px;color:#6b7280}.tt{font-size:15px;margin:4px 0 8px}.ft{display:flex;justify-content:space-between;font-size:12px;color:#4b5563}.pr{color:#fff;border-radius:4px;padding:1px 6px;font-weight:bold}")
    page(name, f"<div class=top>Platform team · Sprint 31</div><div class=b>{html}</div>", 1400, 700, css, bg="#1e2a3a")
    c = "kanban"
    Q(name, "what column is 'Upgrade Postgres to 16' in?", "Done", "text", c, "column of card")
    Q(name, "how many cards are in review", len(cols["Review"]), "count", c, "count in column")
    t = cols["In progress"][0]
    Q(name, f"who's working on {t[0].lower()}?", t[1], "person", c, "owner of card")
    Q(name, "what priority is SAML for EU tenants", [x for x in cols["Review"] if x[0].startswith("SAML")][0][2], "code", c, "priority of card")


# ----------------------------------------------------------------------------- combined pages
def combo_article():
    name = "combo_article_table"
    clubs = ["Aalborg FK", "Bergen United", "Espoo Athletic", "Göteborg BK", "Reykjavík SC", "Tartu Kalev"]
    pts = sorted(R.sample(range(30, 71), 6), reverse=True)
    gd = [R.randint(-15, 35) for _ in clubs]
    R.shuffle(clubs)
    rows = "".join(f"<tr><td>{i+1}</td><td>{c_}</td><td>{26}</td><td>{g:+d}</td><td><b>{p}</b></td></tr>" for i, (c_, g, p) in enumerate(zip(clubs, gd, pts)))
    css = ("body{font-family:'Noto Serif';color:#222;background:#fff}.nav{font-family:'Roboto Condensed';background:#111;color:#fff;padding:12px 30px;display:flex;gap:24px;font-size:16px}"
           ".w{display:flex;gap:40px;padding:26px 40px}.a{flex:2;font-size:17px;line-height:1.6}.a h1{font-size:36px;line-height:1.2;margin:0 0 8px}.by{font-family:'Roboto';color:#777;font-size:14px}"
           ".s{flex:1;font-family:'Roboto'}table{border-collapse:collapse;width:100%;font-size:15px}td,th{padding:6px;border-bottom:1px solid #ddd;text-align:left}th{font-size:12px;color:#777}")
    body = f"""<div class=nav><b>NORDIC SPORT DAILY</b><span>Football</span><span>Handball</span><span>Skiing</span><span>Opinion</span></div><div class=w><div class=a>
<h1>{clubs[0]} edge closer to the title after late winner</h1><div class=by>By Eilidh MacLeod · 12 Oct 2025 · 4 min read</div>
<p>A stoppage-time header kept {clubs[0]} clear at the top of the North Sea League on Saturday, and with four rounds left the gap to {clubs[1]} is now {pts[0]-pts[1]} points.</p>
<p>Coach Arnar Sigurðsson praised the squad's nerve: "We never stopped pushing. The crowd carried us in the last ten minutes."</p>
<p>At the other end, {clubs[-1]} remain bottom after a fourth straight defeat.</p></div>
<div class=s><b>League table</b><table><tr><th>#</th><th>Club</th><th>P</th><th>GD</th><th>Pts</th></tr>{rows}</table></div></div>"""
    page(name, body, 1280, 620, css)
    best_gd = clubs[gd.index(max(gd))] if gd.count(max(gd)) == 1 else None
    c = "article"
    Q(name, "who's bottom of the league?", clubs[-1], "text", c, "last row")
    Q(name, f"how many points does {clubs[2]} have", pts[2], "number", c, "table lookup")
    Q(name, "who wrote the article", "Eilidh MacLeod", "person", c, "byline")
    if best_gd:
        Q(name, "Which club has the best goal difference?", best_gd, "text", c, "argmax column")


def combo_report():
    name = "combo_report_chart"
    regions = ["Nordics", "DACH", "Benelux", "Iberia", "CEE"]
    a = [round(R.uniform(1.2, 6.5), 1) for _ in regions]
    b = [round(x * R.uniform(0.85, 1.35), 1) for x in a]
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    x = np.arange(5)
    ax.bar(x - .18, a, .36, label="FY23", color="#9ca3af")
    ax.bar(x + .18, b, .36, label="FY24", color="#0f766e")
    ax.set_xticks(x, regions)
    ax.set_ylabel("€ m")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Net sales by region")
    fig.tight_layout()
    img = fig_png(fig)
    tot23, tot24 = round(sum(a), 1), round(sum(b), 1)
    growth = round(100 * (tot24 - tot23) / tot23, 1)
    gtxt = f"{growth:+.1f}%".replace(".", ",")
    rows = "".join(f"<tr><td>{r}</td><td>{f_eu(cents(x), '')}</td><td>{f_eu(cents(y), '')}</td></tr>" for r, x, y in zip(regions, a, b))
    css = ("body{font-family:'Liberation Serif';color:#1f2937;background:#fff}.w{padding:34px 50px}.hd{display:flex;justify-content:space-between;border-bottom:2px solid #0f766e;padding-bottom:8px}"
           ".fig{display:flex;gap:30px;margin:18px 0}.fg{background:#f0fdfa;border-radius:8px;padding:14px 18px;flex:1}.fg b{font-size:28px;display:block;color:#0f766e}"
           "table{border-collapse:collapse;font-family:'Liberation Sans';font-size:14px}td,th{padding:6px 14px;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}p{font-size:16px;line-height:1.5}")
    body = f"""<div class=w><div class=hd><b style='font-size:22px'>Veloria Home AB — Annual Report 2024</b><span>page 7</span></div>
<div class=fig><div class=fg>Net sales FY24<b>€{f_eu(cents(tot24), '')} m</b></div><div class=fg>Growth vs FY23<b>{gtxt}</b></div><div class=fg>Employees<b>{R.randint(300, 900)}</b></div></div>
<div style='display:flex;gap:30px'><div><img src='{img}' width=640></div><div><p>Net sales by region (€ m)</p><table><tr><th>Region</th><th>FY23</th><th>FY24</th></tr>{rows}</table>
<p>The strongest region in FY24 was {regions[b.index(max(b))]}.</p></div></div></div>"""
    page(name, body, 1300, 700, css)
    c = "report"
    Q(name, "what were total net sales in FY24?", f"€{f_eu(cents(tot24), '')} m", "money", c, "headline figure")
    Q(name, "how much did DACH sell in FY23?", f_eu(cents(a[1]), ''), "money", c, "table cell")
    Q(name, "what growth did they report vs the year before", gtxt, "number", c, "headline figure")


# ----------------------------------------------------------------------------- rendering
def render_all():
    tmp = Path(tempfile.mkdtemp(prefix="ct9_"))
    for name, doc, w, h in PAGES:
        f = tmp / f"{name}.html"
        f.write_text(doc, encoding="utf-8")
        out = IMG / f"{name}.png"
        subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--virtual-time-budget=2000",
                        f"--screenshot={out}", f"--window-size={w},{h}", f.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        trim(out)
    shutil.rmtree(tmp)


def trim(p):
    """Cut uniform background rows from the bottom (keep a 20 px margin)."""
    im = Image.open(p).convert("RGB")
    a = np.asarray(im).astype(int)
    bg = a[-1, -1]
    diff = np.abs(a - bg).sum(axis=2).max(axis=1)
    rows = np.nonzero(diff > 12)[0]
    if len(rows):
        bottom = min(a.shape[0], rows[-1] + 21)
        if bottom < a.shape[0]:
            im = im.crop((0, 0, a.shape[1], bottom))
    im.save(p, optimize=True)


BUILDERS = [v for k, v in list(globals().items()) if callable(v) and k.split("_")[0] in
            ("doc", "card", "tab", "t", "docs", "ch", "sl", "form", "dash", "combo")]


def main():
    if IMG.exists():
        shutil.rmtree(IMG)
    IMG.mkdir(parents=True)
    for b in BUILDERS:
        b()
    render_all()
    # keep 2-3 questions per image (chosen with a separate, fixed RNG) so no image dominates
    pick = random.Random(SEED + 1)
    by_img = {}
    for it in ITEMS:
        by_img.setdefault(it["image"], []).append(it)
    kept = []
    for img, its in by_img.items():
        k = min(len(its), 3 if pick.random() < 0.45 else 2)
        keep = set(pick.sample(range(len(its)), k))
        kept += [it for i, it in enumerate(its) if i in keep]
    ITEMS[:] = kept
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for i, it in enumerate(ITEMS, 1):
            row = {"id": f"c9-{i:04d}", **it}
            assert (HERE / row["image"]).exists(), row["image"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} questions over {len({it['image'] for it in ITEMS})} images")


if __name__ == "__main__":
    main()
