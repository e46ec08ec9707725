"""Builder for benchmarks/clean_test5 (everyday images pasted into a chat assistant).

Run:  nice /work/main/.venv/bin/python build.py   (needs /usr/bin/chromium)
Every gold answer is computed from the generated data below; nothing is typed by hand.
"""
import base64, html, io, json, os, random, re, subprocess, sys, tempfile
from PIL import Image
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

SEED = 73019
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
SCENES = []

def scene(cat):
    def deco(f):
        SCENES.append((cat, f.__name__, f)); return f
    return deco

def Q(question, answer, atype, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=atype, intent=intent, literal=literal)

# ---------------------------------------------------------------- pools
FIRST = ["Amara", "Kenji", "Sofia", "Olumide", "Priya", "Mateus", "Ingrid", "Tariq", "Mei", "Dmitri", "Lucía",
         "Kwame", "Aiko", "Rafael", "Hana", "Emeka", "Zofia", "Arjun", "Leilani", "Tomasz", "Yara", "Bilal",
         "Noor", "Henrik", "Chiara", "Sipho", "Farah", "Ravi", "Elif", "Joaquín", "Saoirse", "Thabo", "Minh"]
LAST = ["Okafor", "Tanaka", "Lindqvist", "Haddad", "Moreau", "Nakamura", "Adeyemi", "Kowalski", "Sharma", "Costa",
        "Yilmaz", "Novak", "Mbeki", "Castillo", "Fitzgerald", "Nguyen", "Rahman", "Petrov", "Ishikawa", "Oyelaran",
        "Brennan", "Quispe", "Demir", "Halvorsen", "Zhou", "Abara", "Vasquez", "Kaur", "Ferreira", "Dlamini"]
CITIES = ["Porto", "Nairobi", "Osaka", "Gdańsk", "Valparaíso", "Tromsø", "Izmir", "Da Nang", "Kraków", "Cork",
          "Mombasa", "Utrecht", "Curitiba", "Ghent", "Hobart", "Sapporo", "Tbilisi", "Lyon", "Accra", "Bergen"]
CO_A = ["Blue Heron", "Kestrel", "Tidewater", "Northwind", "Copperleaf", "Saltmarsh", "Ironbark", "Lantern",
        "Quarry Hill", "Fernbrook", "Silverline", "Marigold", "Basalt", "Juniper", "Orchard Lane", "Redkite"]
CO_B = ["Logistics", "Labs", "Supply Co.", "Works", "Analytics", "Freight", "Studios", "Health", "Outfitters"]
FONTS = ["Lato", "Roboto", "Open Sans", "Cantarell", "DejaVu Sans", "Liberation Sans", "Nimbus Sans",
         "URW Gothic", "Roboto Condensed", "P052", "C059", "Liberation Serif", "URW Bookman"]
MONO = ["JetBrains Mono", "Fira Code", "DejaVu Sans Mono", "Inconsolata", "Liberation Mono", "Noto Sans Mono"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]

def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"

def people(r, n):
    out = []
    while len(out) < n:
        p = person(r)
        if p not in out:
            out.append(p)
    return out

def company(r):
    return f"{r.choice(CO_A)} {r.choice(CO_B)}"

def e(s):
    return html.escape(str(s))

def money(v, cur):
    s = f"{v:,.2f}"
    if cur == "EUR":
        s = s.replace(",", " ").replace(".", ",")
        return f"{s} €"
    if cur == "JPY":
        return f"¥{v:,.0f}"
    sign = {"USD": "$", "GBP": "£", "AUD": "A$", "INR": "₹", "CAD": "C$", "CHF": "CHF "}[cur]
    return f"{sign}{s}"

def page(body, css="", bg="#fff", fg="#222", font="Lato", size=15):
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>html,body{{margin:0;padding:0}}"
            f"body{{background:{bg};color:{fg};font-family:'{font}',sans-serif;font-size:{size}px}}"
            f"table{{border-collapse:collapse}}{css}</style></head><body>{body}</body></html>")

def fig_png(fig, dpi=100):
    buf = io.BytesIO(); fig.savefig(buf, format="png", dpi=dpi); plt.close(fig)
    return buf.getvalue()

def data_uri(png):
    return "data:image/png;base64," + base64.b64encode(png).decode()

def date_str(r, fmt=0, year=2026):
    m = r.randrange(12); d = r.randint(1, 28)
    return [f"{d:02d}/{m+1:02d}/{year}", f"{MONTHS[m]} {d}, {year}", f"{d} {MON3[m]} {year}",
            f"{year}-{m+1:02d}-{d:02d}"][fmt]

# ================================================================ document
@scene("document")
def doc_invoice(r):
    cur = "USD"; items = r.sample(["Pallet wrap (roll)", "Forklift hire (day)", "Cold-chain sensor", "Dock labour (hr)",
                                    "Customs filing", "Cross-dock handling", "Fuel surcharge", "Insurance rider"], 6)
    rows = []; total = 0
    prices = r.sample(range(1800, 64000, 350), len(items))
    for it, p in zip(items, prices):
        q = r.randint(1, 9); line = q * p / 100; total += line; rows.append((it, q, p / 100, line))
    tax = round(total * 0.0725, 2); grand = total + tax
    no = f"INV-{r.randint(10000, 99999)}"; vendor = company(r); client = company(r); due = date_str(r, 1)
    trs = "".join(f"<tr><td>{e(a)}</td><td class=n>{b}</td><td class=n>{money(c,cur)}</td><td class=n>{money(d,cur)}</td></tr>" for a, b, c, d in rows)
    body = f"""<div class=w><div class=hd><div><h1>{e(vendor)}</h1><div class=mut>Pier 4, {r.choice(CITIES)}</div></div>
    <div class=r><h2>INVOICE</h2><div>No. <b>{no}</b></div><div>Due: {due}</div></div></div>
    <p>Bill to: <b>{e(client)}</b></p><table><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>{trs}
    <tr class=t><td colspan=3>Subtotal</td><td class=n>{money(total,cur)}</td></tr>
    <tr class=t><td colspan=3>Sales tax 7.25%</td><td class=n>{money(tax,cur)}</td></tr>
    <tr class=t><td colspan=3><b>Total due</b></td><td class=n><b>{money(grand,cur)}</b></td></tr></table></div>"""
    css = (".w{padding:36px}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #0a6e6e}"
           "h1{color:#0a6e6e;margin:0}.r{text-align:right}.mut{color:#777}table{width:100%;margin-top:10px}"
           "th{background:#0a6e6e;color:#fff;text-align:left;padding:8px}td{padding:7px 8px;border-bottom:1px solid #ddd}"
           ".n{text-align:right}.t td{border:none}")
    big = max(rows, key=lambda x: x[3])
    qs = [Q("what's the total due on this invoice?", money(grand, cur), "money", "lookup total", True),
          Q("which line item costs the most in total?", big[0], "text", "argmax line amount", True),
          Q(f"Hi, could you tell me the invoice number and nothing else please", no, "code", "lookup id", True)]
    return ("html", page(body, css, font="Open Sans"), 900), qs

@scene("document")
def doc_receipt(r):
    cur = "GBP"; names = r.sample(["Flat white", "Oat latte", "Cardamom bun", "Shakshuka", "Sourdough toast",
                                    "Matcha", "Chai", "Banana bread", "Granola bowl", "Orange juice"], 6)
    prices = r.sample(range(220, 1150, 15), 6); qty = [r.randint(1, 3) for _ in names]
    sub = sum(p * q for p, q in zip(prices, qty)) / 100; svc = round(sub * 0.125, 2); tot = sub + svc
    card = r.randint(1000, 9999); t = f"{r.randint(8,15):02d}:{r.randint(0,59):02d}"
    lines = "".join(f"<div class=l><span>{q} x {e(n)}</span><span>{money(p*q/100,cur)}</span></div>" for n, p, q in zip(names, prices, qty))
    body = f"""<div class=rc><h2>THE {r.choice(['SALT','COPPER','LINDEN'])} KETTLE</h2><div class=c>{r.randint(2,99)} Harbour Row, {r.choice(['Cork','Whitby','Oban'])}</div>
    <div class=c>Table {r.randint(1,20)} · {t}</div><hr>{lines}<hr>
    <div class=l><span>Subtotal</span><span>{money(sub,cur)}</span></div><div class=l><span>Service 12.5%</span><span>{money(svc,cur)}</span></div>
    <div class='l b'><span>TOTAL</span><span>{money(tot,cur)}</span></div><hr><div class=c>VISA **** {card}</div><div class=c>Thank you!</div></div>"""
    css = (".rc{width:380px;margin:30px auto;background:#fffdf6;padding:24px;box-shadow:0 0 12px #0003}h2{text-align:center;margin:4px}"
           ".c{text-align:center;color:#555}.l{display:flex;justify-content:space-between;padding:3px 0}.b{font-weight:bold;font-size:19px}")
    i = r.randrange(6)
    qs = [Q(f"how much did the {names[i].lower()} cost me", money(prices[i]*qty[i]/100, cur), "money", "lookup line", True),
          Q("what card was used? last 4 digits", str(card), "code", "lookup", True),
          Q("how many items did we order in total (counting quantities)?", str(sum(qty)), "count", "sum quantities", False)]
    return ("html", page(body, css, bg="#d9d4c7", font="Inconsolata", size=16), 600), qs

@scene("document")
def doc_utility(r):
    cur = "EUR"; months = MON3[:6]; use = r.sample(range(180, 520), 6)
    acct = f"{r.randint(100,999)}-{r.randint(100000,999999)}"; due = date_str(r, 2); amt = r.randint(6000, 24000) / 100
    bars = "".join(f"<div class=bw><div class=bar style='height:{u/3:.0f}px'></div><div>{m}</div><div class=v>{u} kWh</div></div>" for m, u in zip(months, use))
    body = f"""<div class=w><div class=top><div class=logo>⚡ Stadtwerke {r.choice(['Aurel','Nordlicht','Rheinfeld'])}</div><div>Account {acct}</div></div>
    <div class=g><div class=card><div class=k>Amount due</div><div class=big>{money(amt,cur)}</div><div>Pay by <b>{due}</b></div></div>
    <div class=card><div class=k>Electricity use, last 6 months</div><div class=bars>{bars}</div></div></div></div>"""
    css = (".w{padding:28px}.top{display:flex;justify-content:space-between;font-size:18px}.logo{color:#ffd54a;font-weight:bold}"
           ".g{display:flex;gap:20px;margin-top:20px}.card{background:#1e2633;border-radius:10px;padding:20px;flex:1}"
           ".k{color:#9fb0c8}.big{font-size:36px;color:#fff;margin:10px 0}.bars{display:flex;align-items:flex-end;gap:14px;margin-top:12px}"
           ".bw{text-align:center;font-size:13px}.bar{width:48px;background:#4fc3f7;margin:auto}.v{color:#9fb0c8}")
    hi = months[use.index(max(use))]
    qs = [Q("when do i have to pay this bill by?", due, "date", "lookup due date", True),
          Q("Which month had the highest electricity usage?", hi, "text", "argmax", True),
          Q(f"whats my usage in {months[2]}", f"{use[2]} kWh", "number", "lookup", True)]
    return ("html", page(body, css, bg="#121821", fg="#e6edf5", font="Roboto"), 1000), qs

@scene("document")
def doc_statement(r):
    cur = "CAD"; payees = r.sample(["Loblaws", "Hydro Ottawa", "Rogers Wireless", "Payroll - Maple Ridge Clinic",
                                      "E-transfer from K. Tanaka", "Shell #2231", "Netflix", "Landlord rent", "IKEA", "Refund - Air Transat"], 8)
    bal = r.randint(450000, 900000) / 100; opening = bal; rows = []
    amts = r.sample(range(1500, 60000, 37), 8)
    for i, p in enumerate(payees):
        credit = p.startswith(("Payroll", "E-transfer", "Refund")); a = amts[i] / 100
        bal = bal + a if credit else bal - a
        rows.append((f"Nov {3 + i*3:02d}", p, a, credit, bal))
    trs = "".join(f"<tr><td>{d}</td><td>{e(p)}</td><td class=n>{'' if c else money(a,cur)}</td><td class=n>{money(a,cur) if c else ''}</td><td class=n>{money(b,cur)}</td></tr>" for d, p, a, c, b in rows)
    body = f"""<div class=w><h2>Chequing account ••{r.randint(1000,9999)}</h2><div>Statement period Nov 1 – Nov 30, 2026 · Opening balance {money(opening,cur)}</div>
    <table><tr><th>Date</th><th>Description</th><th>Withdrawals</th><th>Deposits</th><th>Balance</th></tr>{trs}</table>
    <p class=cl>Closing balance: <b>{money(bal,cur)}</b></p></div>"""
    css = (".w{padding:24px}h2{margin:0 0 6px;color:#b3122b}table{width:100%;margin-top:14px;font-size:14px}th{border-bottom:2px solid #b3122b;text-align:left;padding:6px}"
           "td{padding:6px;border-bottom:1px solid #eee}.n{text-align:right}.cl{text-align:right;font-size:17px}")
    debits = [x for x in rows if not x[3]]; big = max(debits, key=lambda x: x[2])
    qs = [Q("what was my biggest withdrawal this month, who was it to?", big[1], "text", "argmax debit payee", True),
          Q("How many deposits came in during the statement period?", str(sum(1 for x in rows if x[3])), "count", "count", False),
          Q("closing balance?", money(bal, cur), "money", "lookup", True)]
    return ("html", page(body, css, font="Liberation Sans"), 1100), qs

@scene("document")
def doc_payslip(r):
    cur = "INR"; name = person(r)
    earn = [("Basic", r.randint(40000, 70000)), ("HRA", r.randint(12000, 25000)), ("Special allowance", r.randint(5000, 15000)), ("Overtime", r.randint(1000, 6000))]
    ded = [("Provident fund", r.randint(3000, 7000)), ("Professional tax", 200), ("Income tax (TDS)", r.randint(4000, 12000)), ("Canteen", r.randint(300, 900))]
    ge = sum(v for _, v in earn); gd = sum(v for _, v in ded); net = ge - gd
    row = lambda a, b: "".join(f"<tr><td>{k}</td><td class=n>{money(v,cur)}</td></tr>" for k, v in (a if b else []))
    body = f"""<div class=w><div class=h><b>{r.choice(['Saffron Grid Power','Kaveri Textiles','Nilgiri Software'])} Pvt Ltd</b><span>Payslip – October 2026</span></div>
    <p>Employee: <b>{e(name)}</b> · Emp ID E{r.randint(1000,9999)} · Dept: {r.choice(['Finance','QA','Operations'])}</p>
    <div class=g><table><tr><th>Earnings</th><th></th></tr>{row(earn,1)}<tr class=t><td>Gross earnings</td><td class=n>{money(ge,cur)}</td></tr></table>
    <table><tr><th>Deductions</th><th></th></tr>{row(ded,1)}</table></div><div class=net>Net pay: {money(net,cur)}</div></div>"""
    css = (".w{padding:26px}.h{display:flex;justify-content:space-between;background:#ff9933;color:#fff;padding:12px;font-size:18px}"
           ".g{display:flex;gap:24px}.g table{flex:1}th{text-align:left;border-bottom:2px solid #ff9933;padding:6px}td{padding:6px;border-bottom:1px dotted #ccc}"
           ".n{text-align:right}.t{font-weight:bold}.net{margin-top:18px;font-size:22px;font-weight:bold;text-align:right}")
    qs = [Q("what is the take home pay on this payslip", money(net, cur), "money", "lookup net", True),
          Q("add up all the deductions for me?", money(gd, cur), "money", "sum", False),
          Q("how much income tax was deducted", money(ded[2][1], cur), "money", "lookup", True)]
    return ("html", page(body, css, font="Noto Sans Mono" if False else "Cantarell"), 950), qs

@scene("document")
def doc_po(r):
    cur = "AUD"; po = f"PO-{r.randint(2026000, 2026999)}"; vendor = company(r)
    items = r.sample(["Soil moisture probe", "Drip line 16mm (100m)", "Solar pump controller", "Shade cloth 50%",
                      "Irrigation valve", "Weather station", "Seed tray (pack)"], 5)
    qtys = r.sample(range(2, 60), 5); prices = r.sample(range(900, 45000, 50), 5)
    ship = date_str(r, 0)
    trs = "".join(f"<tr><td>{i+1}</td><td>{e(n)}</td><td>{q}</td><td>{money(p/100,cur)}</td></tr>" for i, (n, q, p) in enumerate(zip(items, qtys, prices)))
    body = f"""<div class=w><h1>Purchase Order</h1><div class=meta><div><small>PO number</small><br><b>{po}</b></div><div><small>Vendor</small><br><b>{e(vendor)}</b></div>
    <div><small>Required by</small><br><b>{ship}</b></div></div><table><tr><th>#</th><th>Item</th><th>Qty</th><th>Unit</th></tr>{trs}</table>
    <p>Deliver to: Bundarra Farm Co-op, Dock 2, Armidale NSW</p></div>"""
    css = (".w{padding:20px}h1{font-size:22px}.meta{display:flex;flex-direction:column;gap:8px;background:#eef5e9;padding:12px}"
           "table{width:100%;margin-top:12px}th,td{padding:6px;text-align:left;border-bottom:1px solid #cfdcc6}th{background:#3d6b35;color:#fff}")
    i = r.randrange(5)
    qs = [Q(f"how many units of {items[i]} are we ordering?", str(qtys[i]), "number", "lookup qty", True),
          Q("who is the vendor on this PO", vendor, "text", "lookup", True),
          Q("required-by date?", ship, "date", "lookup", True)]
    return ("html", page(body, css, font="Roboto Condensed"), 600), qs

# ================================================================ card
@scene("card")
def card_library(r):
    name = person(r); mid = f"{r.randint(10,99)}-{r.randint(1000,9999)}-{r.randint(10,99)}"; exp = f"{r.randint(1,12):02d}/{r.randint(27,31)}"
    branch = r.choice(CITIES)
    body = f"""<div class=c><div class=t>{e(branch)} Public Library</div><div class=row><div class=ph>{name[0]}</div>
    <div><div class=k>Member</div><div class=v>{e(name)}</div><div class=k>Card no.</div><div class=v>{mid}</div><div class=k>Valid thru</div><div class=v>{exp}</div></div></div>
    <div class=bc></div></div>"""
    css = (".c{width:520px;margin:40px;padding:24px;border-radius:18px;background:linear-gradient(135deg,#4b2c83,#9b3f8e);color:#fff}"
           ".t{font-size:22px;font-weight:bold}.row{display:flex;gap:22px;margin-top:16px}.ph{width:110px;height:130px;background:#ffffff33;font-size:60px;display:flex;align-items:center;justify-content:center}"
           ".k{font-size:12px;opacity:.7;text-transform:uppercase}.v{font-size:18px;margin-bottom:6px}.bc{height:40px;margin-top:14px;background:repeating-linear-gradient(90deg,#fff 0 2px,transparent 2px 5px,#fff 5px 6px,transparent 6px 9px)}")
    qs = [Q("when does this library card expire", exp, "date", "lookup expiry", True),
          Q("What's the card number on it?", mid, "code", "lookup id", True)]
    return ("html", page(body, css, bg="#e8e8e8", font="URW Gothic"), 620), qs

@scene("card")
def card_boarding(r):
    name = person(r).upper(); fl = f"{r.choice(['TK','KQ','LA','SK','VN'])}{r.randint(100,999)}"
    a, b = r.sample(["IST", "NBO", "SCL", "OSL", "SGN", "LIS", "ACC", "HBA"], 2)
    gate = f"{r.choice('ABCDE')}{r.randint(1,40)}"; seat = f"{r.randint(1,45)}{r.choice('ACDFHK')}"
    bh = r.randint(5, 22); bm = r.choice([0, 5, 15, 20, 35, 40, 50]); dep_m = bh * 60 + bm + 45
    board = f"{bh:02d}:{bm:02d}"; dep = f"{dep_m//60:02d}:{dep_m%60:02d}"
    body = f"""<div class=bp><div class=l><div class=air>BOARDING PASS</div><div class=f><b>{a}</b> ✈ <b>{b}</b></div>
    <div class=g><div><small>PASSENGER</small><br>{e(name)}</div><div><small>FLIGHT</small><br>{fl}</div><div><small>GATE</small><br>{gate}</div>
    <div><small>BOARDING</small><br>{board}</div><div><small>DEPARTS</small><br>{dep}</div><div><small>SEAT</small><br>{seat}</div></div></div>
    <div class=s><small>SEAT</small><div class=bs>{seat}</div><small>GROUP</small><div>{r.randint(1,5)}</div></div></div>"""
    css = (".bp{display:flex;margin:30px;border-radius:14px;overflow:hidden;box-shadow:0 2px 10px #0004;background:#fff}.l{padding:20px;flex:1}"
           ".air{color:#c8102e;font-weight:bold;letter-spacing:2px}.f{font-size:40px;margin:10px 0}.g{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;font-size:17px}"
           "small{color:#888;font-size:11px}.s{background:#c8102e;color:#fff;padding:20px;width:140px;text-align:center}.bs{font-size:40px;font-weight:bold}")
    qs = [Q("what gate do i go to", gate, "code", "lookup gate", True),
          Q("what time does boarding start?", board, "time", "lookup time", True),
          Q(f"Which airport is this flight going to (3 letter code)?", b, "code", "lookup destination", True)]
    return ("html", page(body, css, bg="#dfe6ee", font="Roboto"), 820), qs

@scene("card")
def card_label(r):
    trk = "".join(r.choice("0123456789") for _ in range(4)) + " " + "".join(r.choice("0123456789") for _ in range(4)) + " " + "".join(r.choice("0123456789") for _ in range(4))
    to = person(r); city = r.choice(CITIES); kg = f"{r.randint(1,30)}.{r.randint(0,9)} kg"; svc = r.choice(["EXPRESS", "ECONOMY", "PRIORITY"])
    body = f"""<div class=lb><div class=h><span>{svc}</span><span>{r.choice(['SWIFTPOST','ORBITSHIP'])}</span></div>
    <div class=b><small>FROM</small><div>Kestrel Works, 12 Mill Lane, Ghent</div></div><div class=b><small>SHIP TO</small><div class=to>{e(to)}<br>{r.randint(1,300)} Avenida Central<br>{e(city).upper()}</div></div>
    <div class=b2><div><small>WEIGHT</small><div>{kg}</div></div><div><small>PIECES</small><div>1 of 1</div></div><div><small>REF</small><div>ORD-{r.randint(1000,9999)}</div></div></div>
    <div class=bc></div><div class=tn>TRACKING # {trk}</div></div>"""
    css = (".lb{width:560px;margin:20px;border:3px solid #000;background:#fff;color:#000}.h{display:flex;justify-content:space-between;background:#000;color:#fff;font-size:26px;font-weight:bold;padding:8px}"
           ".b{border-bottom:2px solid #000;padding:10px}.to{font-size:22px;font-weight:bold}.b2{display:flex;justify-content:space-around;border-bottom:2px solid #000;padding:8px;font-size:18px}"
           ".bc{height:80px;margin:12px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px)}.tn{text-align:center;font-size:20px;padding-bottom:10px}small{font-size:11px}")
    qs = [Q("whats the tracking number on this label", trk, "code", "lookup", True),
          Q("how heavy is the parcel?", kg, "number", "lookup weight", True),
          Q("which city is it being shipped to", city.upper(), "text", "lookup", True)]
    return ("html", page(body, css, bg="#c9b99a", font="Liberation Sans"), 620), qs

@scene("card")
def card_business(r):
    name = person(r); title = r.choice(["Senior Hydrologist", "Head of Partnerships", "Lead Sound Designer", "Clinical Data Manager"])
    ph = f"+{r.choice([31,44,61,254])} {r.randint(10,99)} {r.randint(100,999)} {r.randint(1000,9999)}"
    co = company(r); em = f"{name.split()[0].lower()}@{co.split()[0].lower()}.example"
    body = f"""<div class=bc><div class=l></div><div class=m><div class=n>{e(name)}</div><div class=ti>{e(title)}</div><div class=co>{e(co)}</div>
    <div class=ct>☎ {ph}<br>✉ {e(em)}</div></div></div>"""
    css = (".bc{width:640px;height:340px;margin:30px;display:flex;background:#1d1d1f;color:#eee;border-radius:8px}.l{width:18px;background:#e3b341}"
           ".m{padding:36px}.n{font-size:34px;color:#e3b341}.ti{font-size:18px;margin-top:4px}.co{margin-top:20px;font-size:16px;opacity:.8}.ct{margin-top:40px;font-size:17px;line-height:1.7}")
    qs = [Q("what's her/his job title on the card?", title, "text", "lookup", True),
          Q("Can you pull the phone number off this business card?", ph, "phone", "lookup phone", True)]
    return ("html", page(body, css, bg="#9aa5ad", font="P052"), 720), qs

@scene("card")
def card_badge(r):
    name = person(r); org = company(r); lvl = r.choice(["SPEAKER", "EXHIBITOR", "STAFF", "PRESS"])
    days = r.choice(["Day 1 & 2", "All days", "Day 3 only"])
    body = f"""<div class=bd><div class=top>OpenStack Rivers Summit · {r.choice(['Accra','Tbilisi','Utrecht'])} 2026</div><div class=n>{e(name.split()[0])}</div><div class=ln>{e(name.split()[1])}</div>
    <div class=o>{e(org)}</div><div class=lv>{lvl}</div><div class=d>Access: {days}</div></div>"""
    css = (".bd{width:420px;margin:30px auto;background:#fff;border-radius:12px;overflow:hidden;text-align:center;box-shadow:0 3px 12px #0005}"
           ".top{background:#1565c0;color:#fff;padding:14px;font-size:15px}.n{font-size:48px;font-weight:bold;margin-top:24px}.ln{font-size:26px}"
           ".o{margin:16px;color:#555;font-size:18px}.lv{background:#ff7043;color:#fff;font-size:28px;padding:10px;letter-spacing:3px}.d{padding:12px}")
    qs = [Q("what company is the person on this badge from", org, "text", "lookup", True),
          Q("what type of badge is it (speaker, staff etc)?", lvl, "text", "lookup role", True)]
    return ("html", page(body, css, bg="#37474f", font="Open Sans"), 600), qs

@scene("card")
def card_ticket(r):
    band = r.choice(["The Velvet Tides", "Kora Lumen", "Northern Static", "Amber Mountain Choir"]); venue = f"{r.choice(['Harbour','Foundry','Civic'])} Hall, {r.choice(CITIES)}"
    sec = r.choice("ABCDEFGH"); row = r.randint(1, 30); seat = r.randint(1, 40); price = r.randint(3500, 12000) / 100
    d = date_str(r, 2); doors = f"{r.randint(18,20)}:{r.choice(['00','30'])}"
    body = f"""<div class=tk><div class=main><div class=ev>{e(band)}</div><div>{e(venue)}</div><div class=dt>{d} · Doors {doors}</div>
    <div class=g><div>SECTION<br><b>{sec}</b></div><div>ROW<br><b>{row}</b></div><div>SEAT<br><b>{seat}</b></div></div></div>
    <div class=stub><div>ADMIT ONE</div><div class=p>{money(price,'EUR')}</div></div></div>"""
    css = (".tk{display:flex;margin:30px;background:#fdf0d5;color:#3a0519;border-radius:10px}.main{padding:24px;flex:1;border-right:3px dashed #3a0519}"
           ".ev{font-size:32px;font-weight:bold}.dt{margin-top:6px}.g{display:flex;gap:40px;margin-top:18px;font-size:13px}.g b{font-size:28px}"
           ".stub{width:170px;display:flex;flex-direction:column;justify-content:center;align-items:center;font-weight:bold}.p{font-size:22px;margin-top:10px}")
    qs = [Q("which row am i sitting in", str(row), "number", "lookup", True),
          Q("what date is the concert", d, "date", "lookup date", True),
          Q("how much did the ticket cost", money(price, "EUR"), "money", "lookup", True)]
    return ("html", page(body, css, bg="#3a0519", font="C059"), 760), qs

# ================================================================ table
def simple_table(head, rows, cls=""):
    return (f"<table class='{cls}'><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>" +
            "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>")

@scene("table")
def tab_league(r):
    teams = r.sample(["Harbour Gulls", "Iron Foxes", "Riverside Owls", "Kestrel FC", "Dunmore Rovers", "Saltpan United",
                      "Copper Lions", "Moss Vale", "Quarry Town", "Eastgate Wolves"], 8)
    pts = sorted(r.sample(range(8, 40), 8), reverse=True); rows = []
    for i, (t, p) in enumerate(zip(teams, pts)):
        w = p // 3; d = p - 3 * w; l = 14 - w - d
        if l < 0: w, d = p // 3, p % 3; l = max(0, 14 - w - d)
        gf = r.randint(10, 40); ga = r.randint(10, 40); rows.append([i + 1, t, w + d + l, w, d, l, gf, ga, p])
    gd = {row[1]: row[6] - row[7] for row in rows}
    body = "<div class=w><h3>Coastal Amateur League · Table after round 14</h3>" + simple_table(["#", "Team", "P", "W", "D", "L", "GF", "GA", "Pts"], rows, "z") + "</div>"
    css = (".w{padding:20px}table{width:100%}th{background:#0b3d2e;color:#fff;padding:8px}td{padding:7px;text-align:center}td:nth-child(2){text-align:left}"
           ".z tr:nth-child(even) td{background:#e7f3ee}")
    i = r.randrange(2, 8); most_ga = max(rows, key=lambda x: (x[7]))
    cond = sum(1 for x in rows if x[7] == most_ga[7]) == 1
    qs = [Q(f"how many points do {teams[i]} have", str(pts[i]), "number", "lookup", True),
          Q(f"who's top of the league?", teams[0], "text", "first row", True)]
    if cond:
        qs.append(Q("which team has conceded the most goals", most_ga[1], "text", "argmax GA", True))
    else:
        qs.append(Q(f"how many games have {teams[1]} drawn", str(rows[1][4]), "number", "lookup", True))
    return ("html", page(body, css, font="Lato"), 760), qs

@scene("table")
def tab_market(r):
    prods = r.sample(["Cassava", "Plantain", "Tilapia", "Okra", "Sweet potato", "Groundnuts", "Mango", "Sorghum", "Yam"], 7)
    prices = r.sample(range(60, 900, 5), 7); prev = [p + r.choice([-30, -15, -10, 10, 20, 25, 40]) for p in prices]
    rows = [[p, f"{a/100:.2f}", f"{b/100:.2f}", r.choice(["Kumasi", "Tamale", "Takoradi"])] for p, a, b in zip(prods, prices, prev)]
    body = "<div class=w><h3>Wholesale prices · week 47</h3>" + simple_table(["Product", "Price (GH₵/kg)", "Last week (GH₵/kg)", "Market"], rows) + "</div>"
    css = (".w{padding:24px}h3{color:#ffcc80}table{width:100%}th{border-bottom:2px solid #ffcc80;padding:9px;text-align:left;color:#ffcc80}"
           "td{padding:9px;border-bottom:1px solid #333}")
    cheap = prods[prices.index(min(prices))]; i = r.randrange(7)
    rises = [p for p, a, b in zip(prods, prices, prev) if a > b]
    qs = [Q("whats the cheapest thing per kg this week", cheap, "text", "argmin", True),
          Q(f"price of {prods[i].lower()} per kilo right now?", f"{prices[i]/100:.2f}", "number", "lookup with unit in header", True),
          Q("how many products went up in price compared to last week?", str(len(rises)), "count", "compare columns", False)]
    return ("html", page(body, css, bg="#1b1b1b", fg="#eee", font="Nimbus Sans"), 820), qs

@scene("table")
def tab_ferry(r):
    stops = ["Bergen", "Florø", "Måløy", "Ålesund"]; trips = r.sample(range(100, 999), 4)
    rows = []
    for k, t in enumerate(trips):
        m = 6 * 60 + k * 170 + r.randint(0, 30); times = []
        for s in stops:
            times.append((f"{m//60:02d}:{m%60:02d}", f"{(m+5)//60:02d}:{(m+5)%60:02d}")); m += r.randint(70, 150)
        rows.append((f"Route {t}", times))
    head = "<tr><th rowspan=2>Sailing</th>" + "".join(f"<th colspan=2>{s}</th>" for s in stops) + "</tr><tr>" + "<th>arr</th><th>dep</th>" * 4 + "</tr>"
    trs = "".join(f"<tr><td>{n}</td>" + "".join(f"<td>{'–' if j==0 else a}</td><td>{'–' if j==3 else d}</td>" for j, (a, d) in enumerate(ts)) + "</tr>" for n, ts in rows)
    body = f"<div class=w><h3>Coastal express · winter timetable</h3><table>{head}{trs}</table></div>"
    css = (".w{padding:20px}table{width:100%;font-size:14px}th,td{border:1px solid #9bb;padding:6px;text-align:center}th{background:#d8eef0}")
    k = r.randrange(4); arrivals = [ts[3][0] for _, ts in rows]
    qs = [Q(f"when does {rows[k][0]} leave {stops[1]}?", rows[k][1][1][1], "time", "merged header lookup", True),
          Q(f"what time does the last sailing get into {stops[3]}", arrivals[-1], "time", "last row", True)]
    return ("html", page(body, css, font="DejaVu Sans"), 980), qs

@scene("table")
def tab_sheet(r):
    items = r.sample(["Nitrile gloves M", "Saline 500ml", "Gauze pads", "Syringe 5ml", "Alcohol swabs", "Face shield", "Bandage 10cm", "Cannula 22G", "Thermometer covers"], 8)
    stock = r.sample(range(5, 160), 8); reorder = [r.choice([20, 50, 100]) for _ in items]
    skus = [f"MED-{x}" for x in r.sample(range(100, 999), 8)]
    cols = "ABCDE"; head = "<tr><th class=rn></th>" + "".join(f"<th class=cl>{c}</th>" for c in cols) + "</tr>"
    data = [["SKU", "Item", "On hand", "Reorder at", "Ward"]] + [[s, it, st, ro, r.choice(["3B", "ICU", "Peds"])] for s, it, st, ro in zip(skus, items, stock, reorder)]
    trs = "".join(f"<tr><td class=rn>{i+1}</td>" + "".join(f"<td class='{'hd' if i==0 else ''}'>{e(c)}</td>" for c in row) + "</tr>" for i, row in enumerate(data))
    body = f"<div class=bar>Ward_supplies_Nov.xlsx</div><table>{head}{trs}</table>"
    css = (".bar{background:#217346;color:#fff;padding:8px 12px}table{margin:0;font-size:13px}td,th{border:1px solid #d4d4d4;padding:4px 8px;min-width:60px}"
           ".rn,.cl{background:#f3f3f3;color:#666;text-align:center;font-weight:normal}.hd{font-weight:bold}")
    below = [it for it, st, ro in zip(items, stock, reorder) if st < ro]
    i = r.randrange(8)
    qs = [Q(f"how many {items[i].lower()} do we have on hand", str(stock[i]), "number", "lookup", True),
          Q("how many items are below their reorder level?", str(len(below)), "count", "compare columns", False),
          Q(f"what's the SKU for {items[(i+3)%8]}?", skus[(i+3) % 8], "code", "lookup", True)]
    return ("html", page(body, css, font="Liberation Sans"), 700), qs

@scene("table")
def tab_grades(r):
    studs = people(r, 7); subj = ["Maths", "Physics", "History", "Art"]
    marks = {s: [r.randint(41, 99) for _ in subj] for s in studs}
    phys = r.sample(range(45, 99), 7)
    for s, p in zip(studs, phys): marks[s][1] = p
    rows = [[s] + marks[s] for s in studs]
    body = "<div class=w><h2>Year 10 · Term 2 results</h2>" + simple_table(["Student"] + subj, rows) + "<p class=n>Pass mark: 50</p></div>"
    css = (".w{padding:22px}h2{font-weight:normal;color:#7a4b00}table{width:100%}th{background:#fff2cc;padding:8px;border:1px solid #e0c97a}td{padding:8px;border:1px solid #e8dcb0;text-align:center}"
           "td:first-child{text-align:left}.n{color:#777}")
    top = studs[phys.index(max(phys))]; s = r.choice(studs); fails = sum(1 for x in studs for m in marks[x] if m < 50)
    qs = [Q("who got the highest physics mark?", top, "person", "argmax column", True),
          Q(f"what did {s} get in history", str(marks[s][2]), "number", "lookup", True),
          Q("how many individual marks in the table are under the pass mark?", str(fails), "count", "count condition", False)]
    return ("html", page(body, css, font="URW Bookman", size=14), 760), qs

@scene("table")
def tab_lab(r):
    ids = [f"S-{x}" for x in r.sample(range(1000, 9999), 7)]; conc = r.sample(range(12, 480), 7)
    ph = [round(r.uniform(5.5, 8.5), 2) for _ in ids]; site = [r.choice(["Lake Vänern", "Río Loa", "Tana River"]) for _ in ids]
    rows = [[i, s, f"{c/10:.1f}", f"{p:.2f}", r.choice(["✔ valid", "⚠ recheck"])] for i, s, c, p in zip(ids, site, conc, ph)]
    body = "<div class=w><div class=t>Nitrate assay — batch 7</div>" + simple_table(["Sample", "Site", "NO₃⁻ (mg/L)", "pH", "QC"], rows) + "</div>"
    css = (".w{padding:20px}.t{font-size:20px;color:#80cbc4;margin-bottom:10px}table{width:100%}th{text-align:left;padding:8px;background:#263238;color:#80cbc4}"
           "td{padding:8px;border-bottom:1px solid #37474f}tr:nth-child(odd) td{background:#1c262b}")
    hi = ids[conc.index(max(conc))]; k = r.randrange(7)
    qs = [Q("which sample has the highest nitrate concentration? just the id", hi, "code", "argmax", True),
          Q(f"pH of {ids[k]}?", f"{ph[k]:.2f}", "number", "lookup", True)]
    return ("html", page(body, css, bg="#11181c", fg="#dfe", font="Fira Code", size=14), 860), qs

# ================================================================ rendering (scenes continue below)
def render_html(doc, width):
    import numpy as np
    with tempfile.TemporaryDirectory() as td:
        f = os.path.join(td, "p.html"); open(f, "w", encoding="utf-8").write(doc); png = os.path.join(td, "s.png")
        subprocess.run(["nice", "chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={png}", f"--window-size={width},2400", "file://" + f],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        im = Image.open(png).convert("RGB")
    a = np.asarray(im).astype(int); bg = a[-1, -1]
    diff = np.abs(a - bg).sum(axis=2).max(axis=1) > 12
    last = int(np.nonzero(diff)[0].max()) if diff.any() else 200
    return im.crop((0, 0, width, min(a.shape[0], last + 30)))

def page_text(doc):
    t = re.sub(r"<style>.*?</style>", " ", doc, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def save(im, path):
    im.save(path, optimize=True)
    if os.path.getsize(path) > 150_000:
        for n in (256, 128, 64):
            im.convert("RGB").quantize(colors=n, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
            if os.path.getsize(path) <= 150_000:
                break

def main(only=None):
    rows = []; n = 0
    for cat, name, fn in SCENES:
        r = random.Random(f"{SEED}-{name}")
        (kind, content, width), qs = fn(r)
        path = os.path.join(IMG, f"{name}.png")
        if only and name not in only:
            pass
        elif kind == "html":
            save(render_html(content, width), path)
        else:
            save(Image.open(io.BytesIO(content)).convert("RGB"), path)
        text = page_text(content) if kind == "html" else (width if isinstance(width, str) else "")
        for q in qs:
            if q["literal"] and kind == "html" and "<img" not in content:
                assert q["answer"] in text, (name, q)
            n += 1
            rows.append(dict(id=f"c5-{n:04d}", image=f"images/{name}.png", question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=cat, intent=q["intent"], literal=q["literal"]))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(SCENES), "images,", len(rows), "questions")

# ================================================================ terminal
THEMES = [("#0c0c0c", "#cccccc", "#16c60c", "#3b78ff"), ("#282a36", "#f8f8f2", "#50fa7b", "#bd93f9"),
          ("#fdf6e3", "#586e75", "#859900", "#268bd2"), ("#1d1f21", "#c5c8c6", "#b5bd68", "#81a2be"),
          ("#002b36", "#93a1a1", "#2aa198", "#b58900"), ("#ffffff", "#1e1e1e", "#008000", "#0451a5")]

def term(r, title, text, width, theme, font, size=14):
    bg, fg, g, b = THEMES[theme]
    body = (f"<div class=win><div class=tb><span class=d style='background:#ff5f56'></span><span class=d style='background:#ffbd2e'></span>"
            f"<span class=d style='background:#27c93f'></span><span class=tt>{e(title)}</span></div><pre>{text}</pre></div>")
    css = (f".win{{margin:0;background:{bg}}}.tb{{background:#3a3a3a;padding:8px;color:#ddd;font-family:'Cantarell'}}.d{{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px}}"
           f".tt{{margin-left:20px;font-size:13px}}pre{{margin:0;padding:14px;font-family:'{font}',monospace;font-size:{size}px;color:{fg};line-height:1.4;white-space:pre}}"
           f".g{{color:{g}}}.b{{color:{b};font-weight:bold}}.red{{color:#e5534b}}")
    return ("html", page(body, css, bg=bg, fg=fg), width)

@scene("terminal")
def term_free(r):
    tot = r.choice([7951, 15895, 31842, 64215]); used = r.randint(tot // 5, tot // 2); free = r.randint(200, tot // 6)
    shared = r.randint(50, 900); cache = tot - used - free; avail = free + int(cache * 0.8)
    st = r.choice([2047, 4095, 8191]); su = r.randint(0, st // 2)
    user = r.choice(["mira", "ops", "kwame"]); host = r.choice(["ledger-02", "render-box", "pi-garage"])
    t = (f"<span class=g>{user}@{host}</span>:<span class=b>~</span>$ free -m\n"
         f"               total        used        free      shared  buff/cache   available\n"
         f"Mem:        {tot:8d}    {used:8d}    {free:8d}    {shared:8d}    {cache:8d}    {avail:8d}\n"
         f"Swap:       {st:8d}    {su:8d}    {st-su:8d}\n<span class=g>{user}@{host}</span>:<span class=b>~</span>$ ")
    qs = [Q("how much memory is actually available here (MB)?", str(avail), "number", "lookup column", True),
          Q("is it using any swap? how many MB", str(su), "number", "lookup", True)]
    return term(r, f"{user}@{host}: ~", t, 900, 0, "DejaVu Sans Mono"), qs

@scene("terminal")
def term_docker(r):
    repos = r.sample(["postgres", "redis", "nginx", "grafana/grafana", "myapp/api", "myapp/worker", "python", "node", "minio/minio"], 7)
    tags = [r.choice(["latest", "16-alpine", "7.2", "1.25", "v2.3.1", "3.12-slim", "20-bookworm"]) for _ in repos]
    ids = ["".join(r.choice("0123456789abcdef") for _ in range(12)) for _ in repos]
    sizes = r.sample(range(30, 1400), 7); ages = [f"{r.randint(2,11)} {r.choice(['days','weeks'])} ago" for _ in repos]
    fs = lambda s: f"{s/1000:.2f}GB" if s >= 1000 else f"{s}MB"
    lines = "REPOSITORY          TAG             IMAGE ID       CREATED         SIZE\n" + "".join(
        f"{rp:<20}{tg:<16}{i:<15}{a:<16}{fs(s)}\n" for rp, tg, i, a, s in zip(repos, tags, ids, ages, sizes))
    t = f"$ docker images\n{lines}$ "
    k = r.randrange(7); big = repos[sizes.index(max(sizes))]
    qs = [Q(f"what's the image id of {repos[k]}?", ids[k], "code", "lookup", True),
          Q("which docker image is the biggest one", big, "code", "argmax with mixed units", True),
          Q("how many images are listed", str(len(repos)), "count", "count rows", False)]
    return term(r, "Terminal", t, 860, 1, "JetBrains Mono", 13), qs

@scene("terminal")
def term_ps(r):
    procs = r.sample(["postgres: writer", "node server.js", "java -jar kafka.jar", "python3 train.py", "nginx: worker process",
                      "/usr/sbin/sshd -D", "redis-server *:6379", "gunicorn app:wsgi", "containerd"], 7)
    users = [r.choice(["root", "www-data", "postgres", "deploy", "ana"]) for _ in procs]
    pids = r.sample(range(300, 39999), 7); cpu = r.sample(range(0, 980), 7); mem = [r.randint(1, 250) / 10 for _ in procs]
    hdr = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
    body = "".join(f"{u:<10}{p:>6} {c/10:4.1f} {m:4.1f} {r.randint(10000,999999):>6} {r.randint(2000,99999):>5} ?        S{r.choice(['s','l','']):<3} Nov28 {r.randint(0,99):>3}:{r.randint(0,59):02d} {c2}\n"
                   for u, p, c, m, c2 in zip(users, pids, cpu, mem, procs))
    t = f"root@db-7:~# ps aux | grep -v \"\\]$\" | tail -7\n{hdr}{body}root@db-7:~# "
    top = procs[cpu.index(max(cpu))]; k = r.randrange(7)
    qs = [Q("which process is eating the most cpu", top, "text", "argmax", True),
          Q(f"what's the PID for {procs[k]}?", str(pids[k]), "number", "lookup", True)]
    return term(r, "root@db-7", t, 1100, 3, "Fira Code", 13), qs

@scene("terminal")
def term_pytrace(r):
    fn = r.choice(["load_manifest", "parse_row", "resolve_route", "apply_discount"]); ln = r.randint(40, 420); ln2 = r.randint(10, 300)
    exc, msg = r.choice([("KeyError", "'shipment_id'"), ("ZeroDivisionError", "division by zero"), ("FileNotFoundError", "[Errno 2] No such file or directory: 'data/ports.csv'"),
                         ("AttributeError", "'NoneType' object has no attribute 'strip'")])
    t = (f"$ python -m tidewater.cli sync --since 2026-11-01\nTraceback (most recent call last):\n"
         f"  File \"/srv/tidewater/tidewater/cli.py\", line {ln2}, in main\n    run(args)\n"
         f"  File \"/srv/tidewater/tidewater/sync.py\", line {ln}, in {fn}\n    value = record[key].strip()\n"
         f"<span class=red>{exc}: {e(msg)}</span>\n$ ")
    qs = [Q("what error am i getting here", exc, "error", "exception class", True),
          Q(f"which line in sync.py blew up?", str(ln), "number", "lookup", True),
          Q("what function was it in when it crashed", fn, "code", "innermost frame", True)]
    return term(r, "bash — tidewater", t, 900, 4, "Inconsolata", 15), qs

@scene("terminal")
def term_git(r):
    brs = r.sample(["main", "feat/route-cache", "fix/ssl-timeout", "release/2.4", "chore/deps", "exp/onnx-export", "docs/quickstart"], 6)
    cur = r.randrange(6); hashes = ["".join(r.choice("0123456789abcdef") for _ in range(7)) for _ in brs]
    msgs = r.sample(["Bump lodash to 4.17.21", "Add LRU cache for route lookups", "Retry TLS handshake on timeout", "Prepare 2.4.0",
                     "Export encoder to ONNX", "Rewrite quickstart", "Fix flaky test in test_geo"], 6)
    w = max(len(b) for b in brs) + 2
    lines = "".join((f"* <span class=g>{b:<{w}}</span>" if i == cur else f"  {b:<{w}}") + f"{h} {e(m)}\n" for i, (b, h, m) in enumerate(zip(brs, hashes, msgs)))
    t = f"~/code/kestrel (<span class=g>{brs[cur]}</span>) $ git branch -v\n{lines}~/code/kestrel $ "
    k = (cur + 2) % 6
    qs = [Q("which branch am i currently on", brs[cur], "code", "state marker", True),
          Q(f"latest commit hash on {brs[k]}?", hashes[k], "code", "lookup", True)]
    return term(r, "kestrel", t, 820, 2, "Liberation Mono", 14), qs

@scene("terminal")
def term_curl(r):
    code, reason = r.choice([(301, "Moved Permanently"), (200, "OK"), (403, "Forbidden"), (404, "Not Found")])
    clen = r.randint(120, 90000); srv = r.choice(["nginx/1.24.0", "cloudflare", "Apache/2.4.58 (Debian)", "envoy"])
    age = r.randint(10, 3000); host = r.choice(["shop.saltmarsh.example", "api.copperleaf.example", "docs.juniper.example"])
    t = (f"❯ curl -I https://{host}/\nHTTP/2 {code}\ndate: Thu, 03 Dec 2026 09:{r.randint(10,59)}:{r.randint(10,59)} GMT\n"
         f"content-type: text/html; charset=utf-8\ncontent-length: {clen}\nserver: {srv}\ncache-control: max-age={age}\n"
         f"x-request-id: {r.randint(10**9, 10**10)}\n\n❯ ")
    qs = [Q("what status code came back?", str(code), "number", "lookup", True),
          Q("which server software is answering", srv, "code", "lookup header", True),
          Q("how long can it be cached for, in seconds", str(age), "number", "lookup", True)]
    return term(r, "zsh", t, 760, 5, "Noto Sans Mono", 14), qs

# ================================================================ docs
@scene("docs")
def docs_readme(r):
    pkg = r.choice(["tidepool", "ferrule", "quillmark", "gantrylib"]); pyv = r.choice(["3.9", "3.10", "3.11"]); ver = f"{r.randint(0,3)}.{r.randint(0,19)}.{r.randint(0,9)}"
    lic = r.choice(["Apache-2.0", "MIT", "BSD-3-Clause", "MPL-2.0"]); stars = r.randint(120, 9000)
    body = f"""<div class=top><b>{pkg}</b> / README.md <span class=st>★ {stars:,}</span></div><div class=md><h1>{pkg}</h1>
    <p><span class=bd>version {ver}</span> <span class=bd>license {lic}</span></p><p>Fast tide-table parsing for harbour apps.</p>
    <h2>Requirements</h2><ul><li>Python {pyv} or newer</li><li>libxml2</li></ul><h2>Install</h2><pre>pip install {pkg}=={ver}</pre>
    <h2>Usage</h2><pre>from {pkg} import Table\nt = Table.load("bergen.xml")\nprint(t.next_high())</pre></div>"""
    css = (".top{padding:12px 20px;background:#f6f8fa;border-bottom:1px solid #ddd}.st{float:right}.md{padding:10px 40px}h2{border-bottom:1px solid #eee}"
           "pre{background:#f6f8fa;padding:12px;font-family:'JetBrains Mono'}.bd{background:#555;color:#fff;padding:2px 8px;border-radius:4px;font-size:13px}")
    qs = [Q("what's the minimum python version this needs", pyv, "version", "lookup", True),
          Q("what license is it under", lic, "text", "lookup", True),
          Q("which exact version does the install command pin?", ver, "version", "code block", True)]
    return ("html", page(body, css, font="Open Sans"), 1000), qs

@scene("docs")
def docs_api(r):
    fn = r.choice(["create_shipment", "schedule_pickup", "quote_rate"])
    params = r.sample([("origin", "string", True), ("destination", "string", True), ("weight_kg", "number", True), ("insured", "boolean", False),
                       ("service", "string", False), ("timeout", "integer", False), ("dry_run", "boolean", False), ("label_format", "string", False)], 6)
    defaults = {"insured": "false", "service": '"standard"', "timeout": "30", "dry_run": "false", "label_format": '"pdf"'}
    trs = "".join(f"<tr><td><code>{n}</code></td><td>{t}</td><td>{'<b>required</b>' if q else 'optional'}</td><td>{'' if q else e(defaults[n])}</td></tr>" for n, t, q in params)
    nav = "".join(f"<li>{x}</li>" for x in ["Overview", "Auth", "Shipments", "Pickups", "Rates", "Webhooks", "Errors"])
    body = f"""<div class=l><nav><b>Orbitship API</b><ul>{nav}</ul></nav><main><h1><code>POST /v2/{fn.replace('_','-')}</code></h1>
    <p>Creates the resource. Rate limit: {r.choice([60,120,300])} requests/minute.</p><h3>Parameters</h3><table><tr><th>Name</th><th>Type</th><th></th><th>Default</th></tr>{trs}</table></main></div>"""
    css = ("nav{width:200px;background:#1a1f36;color:#fff;padding:20px;min-height:560px}nav li{list-style:none;padding:6px 0;color:#aab}"
           ".l{display:flex}main{padding:24px;flex:1}table{width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #e3e8ee}code{font-family:'Fira Code';color:#5469d4}")
    opt = [p for p in params if not p[2]]; req = [p for p in params if p[2]]
    o = r.choice(opt)
    qs = [Q(f"what's the default value for {o[0]}?", defaults[o[0]], "code", "lookup table in docs", True),
          Q("how many required params does this endpoint have", str(len(req)), "count", "count", False)]
    return ("html", page(body, css, font="Roboto"), 1100), qs

@scene("docs")
def docs_man(r):
    cmd = r.choice(["tidesync", "logrot", "pkgsnap"]); opts = r.sample([("-v, --verbose", "print every file as it is copied"), ("-n, --dry-run", "show what would change without writing"),
        ("-z, --compress", "gzip the archive before upload"), ("-q, --quiet", "suppress non-error output"), ("-k, --keep", "keep the last N snapshots (default 7)"),
        ("-x, --exclude PATTERN", "skip files matching PATTERN")], 5)
    o = "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in opts)
    body = f"""<pre class=h>{cmd.upper()}(1)            User Commands            {cmd.upper()}(1)</pre><h4>NAME</h4><div class=i>{cmd} - snapshot and sync directories</div>
    <h4>SYNOPSIS</h4><div class=i><b>{cmd}</b> [OPTIONS] SOURCE DEST</div><h4>OPTIONS</h4><dl class=i>{o}</dl>"""
    css = ("body{padding:14px}h4{margin:12px 0 4px}.i{margin-left:40px}dt{font-weight:bold}dd{margin-bottom:8px}pre{margin:0}")
    k = r.randrange(5); flag = opts[k][0].split(",")[1].split()[0].strip()
    qs = [Q(f"which long option do I use to {opts[k][1]}?", flag, "code", "reverse lookup", True),
          Q("how many options are documented", str(len(opts)), "count", "count", False)]
    return ("html", page(body, css, bg="#300a24", fg="#eee", font="DejaVu Sans Mono", size=14), 780), qs

@scene("docs")
def docs_changelog(r):
    vers = []; maj, mi = 3, r.randint(0, 5)
    feats = r.sample(["Dark mode for the map view", "CSV export of routes", "Offline tile cache", "Webhook retries",
                      "Arabic and Hebrew RTL support", "Bulk label printing", "SSO via OIDC", "Faster startup on Android"], 5)
    for i in range(5):
        m = 11 - i * 2; vers.append((f"{maj}.{mi + 4 - i}.0", f"2026-{m:02d}-{r.randint(1,28):02d}", feats[i]))
    sec = "".join(f"<h2>[{v}] – {d}</h2><h4>Added</h4><ul><li>{e(f)}</li></ul><h4>Fixed</h4><ul><li>Crash when {e(r.choice(['rotating','resuming','zooming']))}</li></ul>" for v, d, f in vers)
    body = f"<div class=w><h1>Changelog</h1><p>All notable changes to <b>Fernbrook Maps</b>.</p>{sec}</div>"
    css = (".w{padding:20px 50px}h2{font-size:18px;color:#2b6cb0;margin-bottom:2px}h4{margin:4px 0}ul{margin:2px 0}")
    k = r.randrange(1, 5)
    qs = [Q(f"in which version was \"{feats[k]}\" added", vers[k][0], "version", "which X has Y", True),
          Q("When was the latest version released?", vers[0][1], "date", "most recent", True)]
    return ("html", page(body, css, font="Liberation Serif", size=15), 760), qs

@scene("docs")
def docs_paper(r):
    auth = people(r, 4); affs = r.sample(["University of Nairobi", "Kyoto University", "Universidad de Chile", "NTNU Trondheim", "Jagiellonian University"], 3)
    amap = [r.randrange(3) for _ in auth]; amap[0] = 0
    title = r.choice(["Sparse Tidal Models for Coastal Flood Forecasting", "Learning Ferry Delays from Weather Radar", "A Benchmark for Low-Resource Crop Disease Detection"])
    au = ", ".join(f"{e(a)}<sup>{m+1}</sup>" for a, m in zip(auth, amap))
    af = "<br>".join(f"<sup>{i+1}</sup>{e(x)}" for i, x in enumerate(affs))
    n = r.randint(3, 40)
    abstract = (f"We study {title.lower()} using {n} public datasets. Our method reduces error by {r.randint(5,40)}% against strong baselines while running on a single GPU. "
                "We release code and data to support reproducible research. ") * 2
    body = f"""<div class=p><h1>{e(title)}</h1><div class=au>{au}</div><div class=af>{af}</div><div class=ab><b>Abstract</b><br>{abstract}</div>
    <div class=cols><div><h3>1 Introduction</h3><p>{abstract}</p></div><div><p>{abstract}</p></div></div></div>"""
    css = (".p{padding:40px 60px;text-align:justify}h1{text-align:center;font-size:24px}.au{text-align:center;font-size:16px}.af{text-align:center;font-size:13px;color:#444;margin:8px}"
           ".ab{margin:16px 50px;font-size:13px}.cols{display:flex;gap:24px;font-size:13px}")
    last = auth[-1]
    qs = [Q("who's the first author on this paper?", auth[0], "person", "first", True),
          Q(f"which university is {last} affiliated with", affs[amap[-1]], "text", "cross-reference superscript", True),
          Q("how many authors r there", str(len(auth)), "count", "count", False)]
    return ("html", page(body, css, font="P052", size=15), 1000), qs

@scene("docs")
def docs_wiki(r):
    town = r.choice(["Kaltenbrunn", "Port Amaru", "Vesterøy", "Santa Lúcia do Norte"]); pop = r.randint(2000, 90000); founded = r.randint(1120, 1890)
    elev = r.randint(4, 1800); area = r.randint(10, 400)
    inf = [("Country", r.choice(["Austria", "Peru", "Norway", "Brazil"])), ("Founded", founded), ("Area", f"{area} km²"), ("Elevation", f"{elev} m"), ("Population (2025)", f"{pop:,}")]
    it = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in inf)
    txt = f"<b>{town}</b> is a small town known for its harbour festival and a ropeworks museum. " * 3
    body = f"""<div class=h>📖 Wikipedia-ish · The Free Encyclopedia</div><div class=l><div class=side>Main page<br>Contents<br>Random article<br>About<br>Help</div>
    <div class=c><h1>{town}</h1><table class=ib><caption>{town}</caption>{it}</table><p>{txt}</p><h2>History</h2><p>The settlement was founded in {founded}. {txt}</p></div></div>"""
    css = (".h{padding:10px;border-bottom:1px solid #aaa}.l{display:flex}.side{width:150px;padding:14px;font-size:13px;color:#36c;line-height:2}.c{flex:1;padding:10px 20px}"
           "h1{font-family:'Liberation Serif';font-weight:normal;border-bottom:1px solid #aaa}.ib{float:right;width:280px;margin:0 0 10px 14px;border:1px solid #aaa;background:#f8f9fa;font-size:13px}"
           ".ib th,.ib td{text-align:left;padding:4px}caption{font-weight:bold}")
    qs = [Q(f"what's the population of {town}?", f"{pop:,}", "number", "infobox lookup", True),
          Q("how high up is it", f"{elev} m", "number", "lookup", True)]
    return ("html", page(body, css, font="Liberation Sans", size=14), 1050), qs

# ================================================================ chart
def chart_fig(style, w, h):
    plt.style.use("default"); plt.style.use(style)
    return plt.subplots(figsize=(w / 100, h / 100))

@scene("chart")
def chart_vbar(r):
    labs = r.sample(["Lisbon", "Porto", "Faro", "Braga", "Coimbra", "Évora", "Aveiro"], 6); vals = r.sample(range(120, 980, 7), 6)
    fig, ax = chart_fig("ggplot", 900, 520)
    bars = ax.bar(labs, vals, color="#4c72b0"); ax.bar_label(bars, labels=[str(v) for v in vals], fontsize=11)
    ax.set_title("E-scooter trips per day, by city (Nov avg)"); ax.set_ylabel("trips / day"); fig.tight_layout()
    k = r.randrange(6)
    qs = [Q("which city has the most trips per day", labs[vals.index(max(vals))], "text", "argmax bar", True),
          Q(f"how many trips a day in {labs[k]}?", str(vals[k]), "number", "printed value", True),
          Q(f"difference between {labs[0]} and {labs[1]}?", str(abs(vals[0] - vals[1])), "number", "difference", False)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_hbar(r):
    labs = r.sample(["Reception", "Radiology", "Pharmacy", "Lab", "Physio", "Dental", "Cardiology"], 6)
    vals = r.sample(range(10, 95, 5), 6)
    fig, ax = chart_fig("seaborn-v0_8-whitegrid", 820, 500)
    ax.barh(labs, vals, color="#dd8452"); ax.set_xlim(0, 100); ax.set_xticks(range(0, 101, 10))
    ax.set_xlabel("median wait (minutes)"); ax.set_title("Clinic waiting times, week 48"); fig.tight_layout()
    k = r.choice([i for i in range(6) if vals[i] >= 25])
    qs = [Q(f"roughly how long is the wait at {labs[k].lower()}?", str(vals[k]), "approx", "read off axis", False),
          Q("which department has the shortest wait", labs[vals.index(min(vals))], "text", "argmin", True)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_grouped(r):
    yrs = ["2022", "2023", "2024", "2025"]; a = r.sample(range(20, 90), 4); b = r.sample(range(20, 90), 4)
    fig, ax = chart_fig("dark_background", 860, 520)
    import numpy as np
    x = np.arange(4); b1 = ax.bar(x - 0.2, a, 0.4, label="Girls", color="#f28e2b"); b2 = ax.bar(x + 0.2, b, 0.4, label="Boys", color="#59a14f")
    ax.bar_label(b1, fontsize=10); ax.bar_label(b2, fontsize=10); ax.set_xticks(x, yrs); ax.legend(); ax.set_title("Robotics club sign-ups")
    fig.tight_layout()
    k = r.randrange(4); diff = [x1 - x2 for x1, x2 in zip(a, b)]
    qs = [Q(f"in {yrs[k]}, how many boys signed up", str(b[k]), "number", "series lookup", True),
          Q(f"were there more girls than boys in {yrs[(k+1)%4]}?", "yes" if a[(k+1)%4] > b[(k+1)%4] else "no", "yesno", "compare series", False),
          Q("total sign-ups across both groups in " + yrs[(k+2)%4] + "?", str(a[(k+2)%4] + b[(k+2)%4]), "number", "sum", False)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_stacked(r):
    qs_ = ["Q1", "Q2", "Q3", "Q4"]; parts = {"Freight": [r.randint(10, 40) for _ in qs_], "Parcel": [r.randint(5, 30) for _ in qs_], "Storage": [r.randint(5, 20) for _ in qs_]}
    tot = [sum(p[i] for p in parts.values()) for i in range(4)]
    while len(set(tot)) < 4 or sorted(tot)[-1] - sorted(tot)[-2] < 6:
        parts["Freight"] = [r.randint(10, 40) for _ in qs_]; tot = [sum(p[i] for p in parts.values()) for i in range(4)]
    fig, ax = chart_fig("bmh", 760, 520); bottom = [0] * 4
    for name, v in parts.items():
        bs = ax.bar(qs_, v, bottom=bottom, label=name); ax.bar_label(bs, label_type="center", fontsize=10)
        bottom = [x + y for x, y in zip(bottom, v)]
    ax.set_ylabel("revenue (€k)"); ax.legend(); ax.set_title("Revenue by service line"); fig.tight_layout()
    qs = [Q("which quarter had the highest total revenue", qs_[tot.index(max(tot))], "text", "argmax stacked total", True),
          Q("how much did storage bring in in Q3 (€k)?", str(parts["Storage"][2]), "number", "segment lookup", True)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_lines(r):
    months = MON3; series = {}
    for name in ["Reservoir A", "Reservoir B", "Reservoir C"]:
        v = r.choice(range(40, 75, 5)); pts = []
        for _ in months:
            v = max(10, min(95, v + r.choice([-10, -5, 0, 5, 10]))); pts.append(v)
        series[name] = pts
    ends = [s[-1] for s in series.values()]
    while len(set(ends)) < 3 or sorted(ends)[-1] - sorted(ends)[-2] < 4:
        series["Reservoir C"][-1] = r.choice(range(15, 95, 5)); ends = [s[-1] for s in series.values()]
    fig, ax = chart_fig("seaborn-v0_8-darkgrid", 1000, 520)
    for n, s in series.items(): ax.plot(months, s, marker="o", label=n)
    ax.set_ylim(0, 100); ax.set_yticks(range(0, 101, 10)); ax.set_ylabel("fill level (%)"); ax.legend(); ax.set_title("Reservoir levels 2026"); fig.tight_layout()
    names = list(series); k = r.randrange(1, 11); n = r.choice(names[:2])
    qs = [Q("which reservoir ended the year the fullest?", names[ends.index(max(ends))], "text", "argmax last point", True),
          Q(f"approx what was {n} at in {MONTHS[k]}", str(series[n][k]), "approx", "read line off axis", False)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_donut(r):
    labs = ["Steam", "Console", "Mobile", "Web", "VR"]; raw = r.sample(range(3, 40), 5); s = sum(raw)
    pct = [round(x * 100 / s, 1) for x in raw]; pct[-1] = round(100 - sum(pct[:-1]), 1)
    fig, ax = chart_fig("default", 700, 560)
    ax.pie(pct, labels=labs, autopct="%.1f%%", wedgeprops=dict(width=0.45), pctdistance=0.78, startangle=90)
    ax.set_title("Players by platform — Lantern Quest"); fig.tight_layout()
    assert pct.count(max(pct)) == 1
    k = r.randrange(5)
    qs = [Q(f"what share of players are on {labs[k].lower()}?", f"{pct[k]:.1f}%", "number", "slice lookup", True),
          Q("biggest platform?", labs[pct.index(max(pct))], "text", "argmax slice", True)]
    return ("png", fig_png(fig), ""), qs

@scene("chart")
def chart_scatter(r):
    pts = {}
    for n in r.sample(["Vega", "Orion", "Lyra", "Draco", "Cygnus", "Aquila", "Pavo"], 6):
        pts[n] = (r.choice(range(30, 96, 5)), r.randint(10, 90))
    ys = [p[1] for p in pts.values()]
    while len(set(ys)) < 6 or sorted(ys)[-1] - sorted(ys)[-2] < 5:
        pts[list(pts)[0]] = (r.choice(range(30, 96, 5)), r.randint(10, 90)); ys = [p[1] for p in pts.values()]
    fig, ax = chart_fig("fivethirtyeight", 820, 560)
    for n, (x, y) in pts.items():
        ax.scatter(x, y, s=70); ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 6), fontsize=11)
    ax.set_xlim(0, 100); ax.set_ylim(0, 100); ax.set_xlabel("build time (s)"); ax.set_ylabel("test coverage (%)"); ax.set_title("CI runners")
    fig.tight_layout(); n = r.choice(list(pts))
    qs = [Q("which runner has the highest coverage", max(pts, key=lambda k: pts[k][1]), "text", "argmax y", True),
          Q(f"roughly what's the build time for {n}?", str(pts[n][0]), "approx", "read x off axis", False)]
    return ("png", fig_png(fig), ""), qs

# ================================================================ slide
def slide(inner, css, n, total, bg="#fff", fg="#222", font="Lato", foot=""):
    body = f"<div class=s>{inner}<div class=ft><span>{e(foot)}</span><span>{n} / {total}</span></div></div>"
    css = (".s{width:1280px;height:720px;position:relative;box-sizing:border-box;padding:50px 70px}"
           ".ft{position:absolute;bottom:20px;left:70px;right:70px;display:flex;justify-content:space-between;font-size:16px;opacity:.7}" + css)
    return ("html", page(body, css, bg=bg, fg=fg, font=font, size=26), 1280)

@scene("slide")
def slide_bullets(r):
    pts = r.sample(["Cut dock idle time by 18%", "Pilot RFID gates at Dock 3", "Move night shift to 4-on/4-off", "Retire two diesel forklifts",
                    "Hire 3 cold-chain technicians", "Renegotiate Maersk contract", "Launch driver app v2"], r.randint(4, 6))
    n, tot = r.randint(3, 12), r.randint(14, 30); who = person(r)
    inner = f"<h1>Q1 priorities — Gdańsk hub</h1><ul>{''.join(f'<li>{e(p)}</li>' for p in pts)}</ul>"
    css = "h1{color:#0d47a1;border-bottom:4px solid #ffb300;padding-bottom:10px}li{margin:14px 0}"
    qs = [Q("what slide number is this", str(n), "number", "footer", True),
          Q("how many bullet points are on the slide?", str(len(pts)), "count", "count bullets", False),
          Q("what's the last priority listed", pts[-1], "text", "last item", True)]
    return slide(inner, css, n, tot, font="Cantarell", foot=f"{who} · Ops review"), qs

@scene("slide")
def slide_pipeline(r):
    stages = r.sample(["Ingest", "Validate", "Deduplicate", "Enrich", "Geocode", "Score", "Publish", "Archive"], r.randint(4, 6))
    boxes = "<span class=ar>→</span>".join(f"<div class=bx>{e(s)}</div>" for s in stages)
    inner = f"<h1>How a sensor reading flows</h1><div class=fl>{boxes}</div><p class=nt>Average end-to-end latency: {r.randint(2,40)} s</p>"
    css = ("h1{color:#fff}.fl{display:flex;align-items:center;gap:10px;margin-top:120px}.bx{background:#26a69a;color:#fff;padding:26px 18px;border-radius:10px;font-size:22px}"
           ".ar{font-size:40px;color:#80cbc4}.nt{margin-top:90px;color:#b2dfdb}")
    k = r.randrange(len(stages) - 1); n = r.randint(2, 20)
    qs = [Q(f"what step comes right after {stages[k]}?", stages[k + 1], "text", "diagram order", True),
          Q("how many stages in the pipeline?", str(len(stages)), "count", "count boxes", False)]
    return slide(inner, css, n, n + r.randint(3, 9), bg="#263238", fg="#eceff1", font="Roboto", foot="Data platform onboarding"), qs

@scene("slide")
def slide_chart(r):
    regs = ["North", "South", "East", "West"]; vals = r.sample(range(40, 160, 3), 4)
    fig, ax = chart_fig("default", 620, 420); b = ax.bar(regs, vals, color=["#8e24aa", "#ab47bc", "#ce93d8", "#e1bee7"]); ax.bar_label(b)
    ax.set_ylabel("new members"); ax.spines[["top", "right"]].set_visible(False); fig.tight_layout()
    img = data_uri(fig_png(fig)); n = r.randint(5, 15)
    inner = f"<h1>Membership growth by region</h1><div class=row><img src='{img}'><ul><li>Total: {sum(vals)} new members</li><li>Target was {r.choice([300,350,400])}</li></ul></div>"
    css = "h1{color:#6a1b9a}.row{display:flex;gap:30px;align-items:center}img{width:620px}"
    low = regs[vals.index(min(vals))]
    qs = [Q("which region grew the least?", low, "text", "argmin in embedded chart", True),
          Q(f"how many new members in the {regs[1]}?", str(vals[1]), "number", "chart value", True)]
    return slide(inner, css, n, 20, font="Open Sans", foot="Climbing Co-op AGM 2026"), qs

@scene("slide")
def slide_agenda(r):
    items = r.sample(["Welcome & intros", "Lab safety refresher", "New mass spectrometer", "Sample booking rules", "Budget 2027", "Q&A", "Lunch", "Tour of cleanroom"], 6)
    times = []; t = 9 * 60
    for _ in items: times.append(f"{t//60:02d}:{t%60:02d}"); t += r.choice([15, 20, 30, 45])
    d = date_str(r, 1); who = person(r)
    rows = "".join(f"<tr><td class=t>{tm}</td><td>{i+1}. {e(it)}</td></tr>" for i, (tm, it) in enumerate(zip(times, items)))
    inner = f"<h1>Agenda</h1><div class=sub>Chemistry lab day · {d} · host {e(who)}</div><table>{rows}</table>"
    css = "h1{margin:0}.sub{color:#c62828;margin-bottom:20px}td{padding:7px 16px}.t{color:#c62828;font-family:'JetBrains Mono'}"
    k = r.randrange(1, 6)
    qs = [Q(f"what time does \"{items[k]}\" start", times[k], "time", "lookup", True),
          Q("what's the third thing on the agenda", items[2], "text", "n-th", True),
          Q("who is hosting", who, "person", "lookup", True)]
    return slide(inner, css, 2, r.randint(10, 25), bg="#fffaf3", font="C059", foot="Dept. of Chemistry"), qs

@scene("slide")
def slide_kpis(r):
    k = [("Active riders", f"{r.randint(10,99)},{r.randint(100,999)}"), ("Avg trip", f"{r.randint(8,30)} min"), ("NPS", str(r.randint(20, 70))), ("Uptime", f"{r.randint(990,999)/10}%")]
    cards = "".join(f"<div class=c><div class=v>{v}</div><div class=l>{e(n)}</div></div>" for n, v in k)
    inner = f"<h1>October at a glance</h1><div class=g>{cards}</div>"
    css = "h1{color:#fff}.g{display:grid;grid-template-columns:1fr 1fr;gap:30px;margin-top:30px}.c{background:#ffffff14;padding:30px;border-radius:14px}.v{font-size:58px;color:#ffd166}.l{color:#ccc}"
    n = r.randint(3, 9)
    qs = [Q("whats the NPS on this slide", k[2][1], "number", "KPI lookup", True),
          Q("how many active riders?", k[0][1], "number", "lookup", True)]
    return slide(inner, css, n, 12, bg="#0b132b", fg="#fff", font="URW Gothic", foot="Redkite Bikes · Board update"), qs

@scene("slide")
def slide_compare(r):
    plans = [("Option A: Rent", r.randint(20, 60) * 100), ("Option B: Buy", r.randint(61, 140) * 100)]
    pros = [r.sample(["No upfront cost", "Maintenance included", "Flexible term"], 2), r.sample(["Own the asset", "Lower 5-year cost", "Resale value"], 2)]
    cols = "".join(f"<div class=col><h2>{e(p)}</h2><div class=pr>{money(c,'GBP')} / year</div><ul>{''.join(f'<li>{e(x)}</li>' for x in pr)}</ul></div>" for (p, c), pr in zip(plans, pros))
    inner = f"<h1>Field microscope fleet: rent or buy?</h1><div class=cs>{cols}</div>"
    css = "h1{color:#2e7d32}.cs{display:flex;gap:40px}.col{flex:1;border:2px solid #a5d6a7;border-radius:12px;padding:20px}.pr{font-size:34px;color:#1b5e20}"
    qs = [Q("how much per year is the buy option", money(plans[1][1], "GBP"), "money", "lookup", True),
          Q("which option is cheaper per year, rent or buy?", min(plans, key=lambda p: p[1])[0].split(": ")[1], "text", "compare", False)]
    return slide(inner, css, r.randint(4, 9), 10, font="Liberation Sans", foot="Saltmarsh Ecology Trust"), qs

# ================================================================ form
def inp(label, value, typ="text"):
    return f"<label>{e(label)}</label><div class=in>{e(value)}</div>"

def radio(name, opts, sel):
    return f"<label>{e(name)}</label><div class=rg>" + "".join(f"<span class=ro><span class='rd {'on' if o==sel else ''}'></span>{e(o)}</span>" for o in opts) + "</div>"

def check(label, on):
    return f"<div class=ck><span class='bx {'on' if on else ''}'>{'✓' if on else ''}</span>{e(label)}</div>"

def toggle(label, on):
    return f"<div class=tg><span>{e(label)}</span><span class='sw {'on' if on else ''}'><span class=kn></span></span></div>"

def select(label, value):
    return f"<label>{e(label)}</label><div class='in sel'>{e(value)}<span class=cv>▾</span></div>"

def form_css(acc, dark=False):
    bg2 = "#2b2f36" if dark else "#fff"; bd = "#555" if dark else "#c8ccd2"
    return (f".f{{padding:30px 40px}}label{{display:block;margin:14px 0 5px;font-weight:600;font-size:14px}}.in{{border:1px solid {bd};background:{bg2};border-radius:6px;padding:9px 12px;min-height:20px}}"
            f".sel{{display:flex;justify-content:space-between}}.rg{{display:flex;gap:22px}}.ro{{display:flex;align-items:center;gap:6px}}"
            f".rd{{width:16px;height:16px;border-radius:50%;border:2px solid {bd};display:inline-block;box-sizing:border-box}}.rd.on{{border:5px solid {acc}}}"
            f".ck{{display:flex;align-items:center;gap:8px;margin:8px 0}}.bx{{width:18px;height:18px;border:2px solid {bd};border-radius:3px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}}"
            f".bx.on{{background:{acc};border-color:{acc}}}.tg{{display:flex;justify-content:space-between;align-items:center;padding:12px 0;border-bottom:1px solid {bd}}}"
            f".sw{{width:44px;height:24px;border-radius:12px;background:{bd};position:relative}}.sw.on{{background:{acc}}}.kn{{position:absolute;width:20px;height:20px;border-radius:10px;background:#fff;top:2px;left:2px}}"
            f".sw.on .kn{{left:22px}}.btn{{margin-top:22px;background:{acc};color:#fff;padding:10px 24px;border-radius:6px;display:inline-block}}h2{{margin-top:0}}")

@scene("form")
def form_register(r):
    name = person(r); em = f"{name.split()[0].lower()}.{name.split()[1].lower()}@mailbox.example"; plan = r.choice(["Free", "Team", "Enterprise"])
    nl = r.random() < 0.5; tos = True
    body = (f"<div class=f><h2>Create your Kestrel account</h2>{inp('Full name', name)}{inp('Work email', em)}{radio('Plan', ['Free', 'Team', 'Enterprise'], plan)}"
            f"<div style='margin-top:14px'>{check('Send me product news', nl)}{check('I agree to the Terms of Service', tos)}</div><div class=btn>Sign up</div></div>")
    qs = [Q("which plan did i pick", plan, "text", "radio state", True),
          Q("am i signed up for the newsletter?", "yes" if nl else "no", "yesno", "checkbox state", False),
          Q("what email address is entered in the form?", em, "code", "input value", True)]
    return ("html", page(body, form_css("#3949ab"), font="Lato"), 640), qs

@scene("form")
def form_settings(r):
    opts = ["Auto-update apps", "Location history", "Crash reports", "Two-factor login", "Email digests", "Beta features", "Read receipts"]
    st = [r.random() < 0.5 for _ in opts]
    body = "<div class=f><h2>Privacy & security</h2>" + "".join(toggle(o, s) for o, s in zip(opts, st)) + "</div>"
    k = r.randrange(len(opts))
    qs = [Q("how many of these settings are switched on?", str(sum(st)), "count", "count toggles", False),
          Q(f"is {opts[k].lower()} enabled?", "yes" if st[k] else "no", "yesno", "toggle state", False)]
    return ("html", page(body, form_css("#00c853", True), bg="#1c1f24", fg="#e8eaed", font="Roboto"), 600), qs

@scene("form")
def form_address(r):
    name = person(r); c = r.choice([("Japan", "Sapporo", f"{r.randint(100,999)}-{r.randint(1000,9999)}"), ("Chile", "Valparaíso", f"{r.randint(2340000,2349999)}"),
                                     ("Poland", "Kraków", f"{r.randint(30,31)}-{r.randint(100,999)}"), ("Kenya", "Mombasa", f"{r.randint(80100,80199)}")])
    ship = r.choice(["Standard (5-7 days)", "Express (2 days)", "Pickup point"])
    body = (f"<div class=f><h2>Shipping address</h2>{inp('Recipient', name)}{inp('Street', f'{r.randint(1,200)} Calle Mayor')}"
            f"<div style='display:flex;gap:16px'><div style='flex:2'>{inp('City', c[1])}</div><div style='flex:1'>{inp('Postal code', c[2])}</div></div>"
            f"{select('Country', c[0])}{radio('Delivery', ['Standard (5-7 days)', 'Express (2 days)', 'Pickup point'], ship)}<div class=btn>Continue to payment</div></div>")
    qs = [Q("what country is selected", c[0], "text", "select value", True),
          Q("postal code i typed?", c[2], "code", "input value", True),
          Q("which delivery option is chosen", ship, "text", "radio state", True)]
    return ("html", page(body, form_css("#e65100"), bg="#fafafa", font="Nimbus Sans"), 760), qs

@scene("form")
def form_survey(r):
    topics = ["Trail maps", "Bike rental", "Guided tours", "Café", "Parking", "Gift shop", "Toilets"]; ck = [r.random() < 0.45 for _ in topics]
    if sum(ck) == 0: ck[0] = True
    rate = r.randint(1, 5)
    stars = "".join(f"<span class='st {'on' if i < rate else ''}'>★</span>" for i in range(5))
    body = (f"<div class=f><h2>How was your visit to Ironbark Park?</h2><label>Overall rating</label><div class=stars>{stars}</div>"
            f"<label>What did you use today? (tick all)</label>" + "".join(check(t, c) for t, c in zip(topics, ck)) +
            f"<label>Comments</label><div class=in style='min-height:60px'>{e(r.choice(['Loved the new boardwalk!', 'Queue at the café was long.', 'Signs to the lookout were confusing.']))}</div><div class=btn>Submit</div></div>")
    css = form_css("#6d4c41") + ".stars{font-size:34px;color:#ccc}.st.on{color:#ffb300}"
    qs = [Q("how many stars did i give?", str(rate), "count", "count filled stars", False),
          Q("how many boxes are ticked", str(sum(ck)), "count", "count checkboxes", False),
          Q(f"did they tick {topics[3].lower()}?", "yes" if ck[3] else "no", "yesno", "checkbox state", False)]
    return ("html", page(body, css, font="Open Sans"), 620), qs

@scene("form")
def form_job(r):
    name = person(r); yrs = r.randint(1, 25); start = date_str(r, 3, 2027); role = r.choice(["Field Technician", "Data Engineer", "Nurse Practitioner", "Sous Chef"])
    rel = r.choice(["Yes", "No"]); sal = f"{r.randint(35,120)},000"
    body = (f"<div class=f><h2>Apply: {e(role)}</h2><div class=g2><div>{inp('Name', name)}</div><div>{inp('Years of experience', yrs)}</div>"
            f"<div>{inp('Earliest start date', start)}</div><div>{inp('Expected salary (USD)', sal)}</div></div>{radio('Willing to relocate?', ['Yes', 'No'], rel)}"
            f"{select('How did you hear about us?', r.choice(['LinkedIn', 'A friend', 'Job fair', 'Our website']))}<div class=btn>Submit application</div></div>")
    css = form_css("#ad1457", True) + ".g2{display:grid;grid-template-columns:1fr 1fr;gap:0 20px}"
    qs = [Q("how many years experience did they put", str(yrs), "number", "input value", True),
          Q("earliest start date?", start, "date", "input value", True),
          Q("are they willing to relocate", rel.lower(), "yesno", "radio state", False)]
    return ("html", page(body, css, bg="#121212", fg="#eee", font="Roboto Condensed"), 900), qs

@scene("form")
def form_booking(r):
    room = r.choice(["Single", "Double", "Family suite"]); guests = r.randint(1, 4); nights = r.randint(1, 9)
    ci_d = r.randint(1, 18); ci = f"{ci_d:02d}/03/2027"; co = f"{ci_d + nights:02d}/03/2027"
    bf = r.random() < 0.5
    body = (f"<div class=f><h2>Hostel Amaru · booking</h2><div style='display:flex;gap:16px'><div style='flex:1'>{inp('Check-in', ci)}</div><div style='flex:1'>{inp('Check-out', co)}</div></div>"
            f"{select('Guests', f'{guests} guest' + ('s' if guests > 1 else ''))}{radio('Room', ['Single', 'Double', 'Family suite'], room)}{check('Add breakfast', bf)}<div class=btn>Book now</div></div>")
    qs = [Q("how many nights is this booking for?", str(nights), "count", "date difference", False),
          Q("which room type is selected", room, "text", "radio state", True)]
    return ("html", page(body, form_css("#0277bd"), font="DejaVu Sans"), 700), qs

# ================================================================ dashboard
@scene("dashboard")
def dash_kpi(r):
    names = ["Orders", "Revenue", "Returns", "Avg basket"]; vals = [f"{r.randint(1000,9000):,}", money(r.randint(20000, 90000), "USD").replace(".00", ""), f"{r.randint(20,300)}", money(r.randint(2000, 9000) / 100, "USD")]
    chg = [r.choice([1, -1]) * r.randint(1, 25) for _ in names]
    while sum(1 for c in chg if c < 0) != 1: chg = [r.choice([1, -1]) * r.randint(1, 25) for _ in names]
    spark = [r.randint(10, 60) for _ in range(14)]; pts = " ".join(f"{i*30},{70-v}" for i, v in enumerate(spark))
    cards = "".join(f"<div class=c><div class=n>{n}</div><div class=v>{v}</div><div class={'up' if c>0 else 'dn'}>{'▲' if c>0 else '▼'} {abs(c)}%</div></div>" for n, v, c in zip(names, vals, chg))
    body = (f"<div class=l><nav><b>Copperleaf</b><div>Overview</div><div>Orders</div><div>Customers</div><div>Settings</div></nav><main><h2>Overview · last 30 days</h2><div class=g>{cards}</div>"
            f"<div class=ch><div>Daily orders</div><svg width=420 height=80><polyline fill=none stroke=#7c4dff stroke-width=3 points='{pts}'/></svg></div></main></div>")
    css = (".l{display:flex}nav{width:170px;background:#f4f1ff;padding:20px;line-height:2.2;min-height:420px}main{flex:1;padding:20px}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}"
           ".c{border:1px solid #e0dbf5;border-radius:10px;padding:14px}.n{color:#777;font-size:13px}.v{font-size:26px;margin:6px 0}.up{color:#2e7d32}.dn{color:#c62828}.ch{margin-top:20px;border:1px solid #e0dbf5;border-radius:10px;padding:14px}")
    down = names[[i for i, c in enumerate(chg) if c < 0][0]]
    qs = [Q("which metric went down?", down, "text", "state by colour/arrow", True),
          Q("what's revenue showing", vals[1], "money", "KPI lookup", True)]
    return ("html", page(body, css, font="Lato"), 1200), qs

@scene("dashboard")
def dash_calendar(r):
    start_dow = r.randrange(7); ndays = 30; evs = {}
    for d, ev in zip(r.sample(range(1, 31), 6), r.sample(["Dentist", "Lab meeting", "Yoga", "Flight to Izmir", "Grant deadline", "Parent evening", "Team lunch", "Car service"], 6)):
        evs[d] = ev
    cells = ["<div class=c></div>"] * start_dow + [f"<div class=c><div class=d>{d}</div>" + (f"<div class=ev>{e(evs[d])}</div>" if d in evs else "") + "</div>" for d in range(1, ndays + 1)]
    hd = "".join(f"<div class=h>{x}</div>" for x in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    body = f"<div class=w><h2>September 2027</h2><div class=cal>{hd}{''.join(cells)}</div></div>"
    css = (".w{padding:20px}.cal{display:grid;grid-template-columns:repeat(7,1fr);gap:4px}.h{text-align:center;color:#aaa;padding:4px}.c{min-height:74px;background:#2a2d3e;border-radius:6px;padding:6px}"
           ".d{font-size:13px;color:#bbb}.ev{background:#5c6bc0;color:#fff;font-size:12px;padding:3px 5px;border-radius:4px;margin-top:4px}")
    d = r.choice(list(evs)); dows = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    lab = [x for x in evs if evs[x] == evs[d]]
    first = min(evs)
    od = lambda n: f"{n}{'th' if 10 < n < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    qs = [Q(f"what have i got on the {od(d)}?", evs[d], "text", "calendar lookup", True),
          Q("how many events this month", str(len(evs)), "count", "count", False),
          Q(f"what day of the week is the {od(first)}?", dows[(start_dow + first - 1) % 7], "text", "grid position", False)]
    return ("html", page(body, css, bg="#1e2130", fg="#eee", font="Cantarell"), 1000), qs

@scene("dashboard")
def dash_chat(r):
    a, b = people(r, 2); msgs = []; t = r.randint(8 * 60, 20 * 60)
    texts = (["did the samples arrive?", "yes, 3 boxes", "any damage?", "one vial cracked 😬", "ok log it pls", "done, ticket #4471",
                      "can you ship the rest friday", "sure thing", "thanks!!"])[r.randrange(3):][:7]
    for i, tx in enumerate(texts):
        t += r.randint(1, 9); msgs.append((a if i % 2 == 0 else b, tx, f"{t//60:02d}:{t%60:02d}"))
    if r.random() < 0.5: msgs[-1] = (a if msgs[-1][0] == b else b, msgs[-1][1], msgs[-1][2])
    bub = "".join(f"<div class='m {'me' if s==a else 'th'}'><div class=b>{e(tx)}</div><div class=tm>{tm}</div></div>" for s, tx, tm in msgs)
    body = f"<div class=ph><div class=top>◀ {e(b)}</div><div class=msgs>{bub}</div><div class=ib>Message…</div></div>"
    css = (".ph{width:600px}.top{background:#075e54;color:#fff;padding:14px;font-size:18px}.msgs{background:#ece5dd;padding:12px}"
           ".m{display:flex;flex-direction:column;margin:6px 0}.me{align-items:flex-end}.th{align-items:flex-start}.b{padding:8px 12px;border-radius:10px;max-width:70%}"
           ".me .b{background:#dcf8c6}.th .b{background:#fff}.tm{font-size:11px;color:#777}.ib{padding:14px;color:#999;border-top:1px solid #ccc}")
    k = r.randrange(1, 6); lastb = [m for m in msgs if m[0] == b][-1]
    qs = [Q(f"what time was the message \"{msgs[k][1]}\" sent", msgs[k][2], "time", "lookup", True),
          Q(f"what was the last thing {b.split()[0]} said to me?", lastb[1], "text", "last by sender", True)]
    return ("html", page(body, css, bg="#ece5dd", font="Roboto"), 600), qs

@scene("dashboard")
def dash_inbox(r):
    senders = people(r, 8); subj = r.sample(["Invoice 2291 overdue", "Your parcel is on its way", "Re: lab rota", "Minutes from Tuesday", "Quick question about the API",
                                             "Flight change: TK1852", "Welcome aboard!", "Security alert", "Photos from the trip", "Draft budget v3"], 8)
    unread = [r.random() < 0.4 for _ in senders]; times = [f"{h}:{m:02d}" for h, m in sorted(((r.randint(7, 17), r.randint(0, 59)) for _ in senders), reverse=True)]
    rows = "".join(f"<div class='row {'u' if u else ''}'><span class=dot>{'●' if u else ''}</span><span class=s>{e(s)}</span><span class=sub>{e(sj)}</span><span class=t>{t}</span></div>"
                   for s, sj, u, t in zip(senders, subj, unread, times))
    body = f"<div class=l><nav>✉ Inbox<br>Starred<br>Sent<br>Drafts<br>Spam</nav><div class=list>{rows}</div></div>"
    css = (".l{display:flex}nav{width:150px;padding:20px;line-height:2.2;background:#f1f3f4}.list{flex:1}.row{display:flex;gap:14px;padding:12px 16px;border-bottom:1px solid #eee;color:#555}"
           ".u{color:#111;font-weight:bold;background:#f8fbff}.dot{width:12px;color:#1a73e8}.s{width:190px}.sub{flex:1}.t{width:60px;text-align:right}")
    k = r.randrange(8)
    qs = [Q("how many unread emails are there", str(sum(unread)), "count", "count bold rows", False),
          Q(f"who sent '{subj[k]}'?", senders[k], "person", "row lookup", True)]
    return ("html", page(body, css, font="Open Sans", size=14), 1150), qs

@scene("dashboard")
def dash_weather(r):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]; hi = [r.randint(8, 24) for _ in days]; rain = r.sample(range(0, 95, 5), 7)
    lo = [h - r.randint(3, 9) for h in hi]
    cards = "".join(f"<div class=d><div>{dn}</div><div class=i>{'🌧' if rn>=60 else ('⛅' if rn>=30 else '☀')}</div><div class=h>{h}°</div><div class=lo>{l}°</div><div class=r>💧 {rn}%</div></div>"
                    for dn, h, l, rn in zip(days, hi, lo, rain))
    city = r.choice(["Bergen", "Hobart", "Cork", "Utrecht"])
    body = f"<div class=w><h1>{city}</h1><div class=now>{hi[0]-2}° · feels like {hi[0]-4}°</div><div class=g>{cards}</div></div>"
    css = (".w{padding:26px;background:linear-gradient(#1565c0,#42a5f5);color:#fff}h1{margin:0}.now{font-size:22px;margin-bottom:18px}.g{display:flex;gap:10px}"
           ".d{flex:1;background:#ffffff22;border-radius:10px;padding:10px;text-align:center}.i{font-size:30px}.h{font-size:22px;font-weight:bold}.lo{opacity:.75}.r{font-size:13px}")
    k = r.randrange(1, 7)
    qs = [Q("which day has the highest chance of rain?", days[rain.index(max(rain))], "text", "argmax", True),
          Q(f"whats the high on {days[k]}", f"{hi[k]}°", "number", "lookup", True)]
    return ("html", page(body, css, bg="#42a5f5", font="Roboto"), 900), qs

@scene("dashboard")
def dash_tracking(r):
    steps = ["Order placed", "Packed", "Shipped", "In transit", "Out for delivery", "Delivered"]; cur = r.randint(2, 4)
    dates = []; d = r.randint(1, 10)
    for i in range(cur + 1): dates.append(f"{MON3[10]} {d}"); d += r.randint(0, 2)
    eta = f"{MON3[10]} {d + r.randint(1,3)}"; order = f"#{r.randint(100000,999999)}"
    li = "".join(f"<div class='st {'done' if i<=cur else ''}'><span class=dot></span><b>{s}</b> <span class=dt>{dates[i] if i<=cur else ''}</span></div>" for i, s in enumerate(steps))
    body = f"<div class=w><h2>Order {order}</h2><div class=eta>Estimated delivery: <b>{eta}</b></div><div class=tl>{li}</div></div>"
    css = (".w{padding:26px}.eta{background:#e8f5e9;padding:12px;border-radius:8px}.tl{margin-top:18px;border-left:3px solid #ccc;margin-left:8px}"
           ".st{padding:10px 0 10px 20px;position:relative;color:#999}.st.done{color:#222}.dot{position:absolute;left:-10px;top:13px;width:14px;height:14px;border-radius:7px;background:#ccc}"
           ".done .dot{background:#43a047}.dt{color:#777;font-weight:normal;margin-left:10px}")
    qs = [Q("where's my package at right now? (latest status)", steps[cur], "text", "latest completed step", True),
          Q("when is it supposed to arrive", eta, "date", "lookup", True),
          Q(f"what date was it {steps[1].lower()}?", dates[1], "date", "timeline lookup", True)]
    return ("html", page(body, css, font="Liberation Sans"), 620), qs


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
