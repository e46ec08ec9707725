"""Documents and cards."""
import datetime as dt
from common import *


def invoice(rng):
    seller = rng.choice(COMPANIES)
    client = rng.choice([c for c in COMPANIES if c != seller])
    items = rng.sample([("Website maintenance (monthly)", 450), ("Logo redesign", 1200), ("SEO audit", 780),
                        ("Hosting – business plan", 39.9), ("Copywriting, per page", 85), ("Stock photo licence", 24.5),
                        ("UX workshop (half day)", 960), ("Email template", 140)], 5)
    rows = []
    for name, price in items:
        qty = rng.randint(1, 9) if price < 200 else rng.randint(1, 3)
        rows.append((name, qty, price, round(qty * price, 2)))
    amounts = {r[0]: r[3] for r in rows}
    sub = round(sum(amounts.values()), 2)
    rate = rng.choice([19, 20, 21])
    tax = round(sub * rate / 100, 2)
    total = round(sub + tax, 2)
    cur = "€"
    d = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    due = d + dt.timedelta(days=30)
    inv_no = f"INV-{d.year}-{rng.randint(100, 999)}"
    tr = "".join(f"<tr><td>{esc(n)}</td><td class=r>{q}</td><td class=r>{money(p, cur)}</td><td class=r>{money(a, cur)}</td></tr>" for n, q, p, a in rows)
    body = f"""<div class=pg><div class=top><div><div class=logo>{esc(seller)}</div><div class=s>Keizersgracht 112, 1015 CV Amsterdam<br>VAT NL8123.45.678.B01</div></div>
<div class=rt><h1>INVOICE</h1><div>No. <b>{inv_no}</b></div><div>Date: {d.strftime('%d %B %Y')}</div><div>Due: {due.strftime('%d %B %Y')}</div></div></div>
<div class=bill><b>Bill to</b><br>{esc(client)}<br>Attn: {people(rng,1)[0]}</div>
<table><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th class=r>Amount</th></tr>{tr}
<tr class=t><td colspan=3 class=r>Subtotal</td><td class=r>{money(sub, cur)}</td></tr>
<tr class=t><td colspan=3 class=r>VAT {rate}%</td><td class=r>{money(tax, cur)}</td></tr>
<tr class=tt><td colspan=3 class=r>Total due</td><td class=r>{money(total, cur)}</td></tr></table>
<p class=s>Please pay by bank transfer to IBAN NL91 ABNA 0417 1643 00 quoting the invoice number.</p></div>"""
    css = """.pg{padding:40px}.top{display:flex;justify-content:space-between}.logo{font-size:26px;font-weight:bold;color:#1d4e89}
.s{color:#666;font-size:13px}.rt{text-align:right}h1{margin:0;color:#1d4e89;letter-spacing:3px}.bill{margin:28px 0}
table{width:100%;border-collapse:collapse}th{background:#1d4e89;color:#fff;text-align:left;padding:8px}td{padding:8px;border-bottom:1px solid #ddd}
.r{text-align:right}.t td{border:none}.tt td{font-weight:bold;font-size:17px;border-top:2px solid #1d4e89}"""
    top = max(amounts, key=amounts.get)
    pick = rng.choice(rows)
    qs = [Q("What's the total due on this invoice?", money(total, cur), "money", "total amount", True),
          Q(f"how many '{pick[0]}' were billed?", pick[1], "number", "quantity of a line item", True),
          Q("Which line item has the biggest amount?", top, "text", "largest line amount", True),
          Q("When is this invoice due?", due.strftime('%d %B %Y'), "date", "due date", True)]
    return dict(category="invoice", html=wrap(body, css), width=900, qs=qs)


def receipt(rng):
    store = rng.choice(["FRESHWAY MARKET", "CORNER GROCER #218", "MERCADO LUNA", "NORTHSIDE CO-OP"])
    goods = rng.sample([("OAT MILK 1L", 2.49), ("SOURDOUGH LOAF", 4.20), ("BANANAS 1.2KG", 1.74), ("FREE RANGE EGGS 12", 5.35),
                        ("CHEDDAR 400G", 6.10), ("COFFEE BEANS 250G", 8.99), ("PASTA FUSILLI", 1.65), ("TOMATOES CAN", 0.95),
                        ("GREEK YOGURT", 3.15), ("DISH SOAP", 2.80), ("APPLES GALA", 3.42)], 7)
    sub = round(sum(p for _, p in goods), 2)
    tax = round(sub * 0.07, 2)
    tot = round(sub + tax, 2)
    card = f"{rng.randint(1000, 9999)}"
    t = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    d = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024"
    lines = "".join(f"<div class=l><span>{esc(n)}</span><span>{p:.2f}</span></div>" for n, p in goods)
    body = f"""<div class=r><div class=c><b>{store}</b><br>1420 Alder St<br>Tel (503) 555-0142</div><hr>
<div class=l><span>{d}</span><span>{t}</span></div><div>Cashier: {rng.choice(['Dana','Malik','Rosa','Ike'])} &nbsp; Lane 3</div><hr>{lines}<hr>
<div class=l><span>SUBTOTAL</span><span>{sub:.2f}</span></div><div class=l><span>TAX 7%</span><span>{tax:.2f}</span></div>
<div class=l><b>TOTAL</b><b>{tot:.2f}</b></div><hr><div>VISA **** **** **** {card}</div><div>APPROVED &nbsp; AUTH 0{rng.randint(10000,99999)}</div>
<div class=c style="margin-top:14px">THANK YOU FOR SHOPPING!</div></div>"""
    css = """.r{width:340px;margin:20px auto;padding:20px;background:#fffef8;box-shadow:0 0 6px #aaa;font-family:'Liberation Mono',monospace;font-size:15px}
.c{text-align:center}.l{display:flex;justify-content:space-between}hr{border:none;border-top:1px dashed #555}"""
    pick = rng.choice(goods)
    friendly = {"OAT": "oat milk", "SOURDOUGH": "sourdough", "BANANAS": "bananas", "FREE": "eggs", "CHEDDAR": "cheddar",
                "COFFEE": "coffee beans", "PASTA": "pasta", "TOMATOES": "tinned tomatoes", "GREEK": "yogurt", "DISH": "dish soap", "APPLES": "apples"}
    qs = [Q(f"how much did the {friendly[pick[0].split()[0]]} cost me?", f"{pick[1]:.2f}", "money", "price of an item", True),
          Q("hey what time was this receipt printed", t, "time", "time of purchase", True),
          Q("Last four digits of the card used?", card, "code", "card last digits", True),
          Q("How many different items are on the receipt?", len(goods), "count", "count items", False)]
    return dict(category="receipt", html=wrap(body, css, bg="#d9d4c7", width=420), width=420, qs=qs)


def payslip(rng):
    name = people(rng, 1)[0]
    basic = rng.randint(2800, 4600) + 0.0
    ot = round(rng.randint(4, 18) * 27.5, 2)
    bonus = rng.choice([0, 150, 250, 400])
    gross = round(basic + ot + bonus, 2)
    taxd = round(gross * 0.21, 2)
    pension = round(basic * 0.05, 2)
    health = rng.choice([42.0, 58.5, 63.75])
    ded = round(taxd + pension + health, 2)
    net = round(gross - ded, 2)
    month = rng.choice(["March", "April", "May", "June", "September", "October"])
    payday = f"{rng.randint(25, 28)} {month} 2024"
    body = f"""<div class=p><h2>{esc(rng.choice(COMPANIES))}</h2><div class=sub>PAYSLIP — {month} 2024</div>
<table class=info><tr><td>Employee</td><td><b>{esc(name)}</b></td><td>Employee ID</td><td>E-{rng.randint(10000,99999)}</td></tr>
<tr><td>Department</td><td>{rng.choice(['Finance','Operations','Engineering','Sales'])}</td><td>Pay date</td><td>{payday}</td></tr></table>
<div class=cols><table><tr><th colspan=2>Earnings</th></tr><tr><td>Basic salary</td><td class=r>{basic:,.2f}</td></tr>
<tr><td>Overtime</td><td class=r>{ot:,.2f}</td></tr><tr><td>Bonus</td><td class=r>{bonus:,.2f}</td></tr>
<tr class=b><td>Gross pay</td><td class=r>{gross:,.2f}</td></tr></table>
<table><tr><th colspan=2>Deductions</th></tr><tr><td>Income tax</td><td class=r>{taxd:,.2f}</td></tr>
<tr><td>Pension (5%)</td><td class=r>{pension:,.2f}</td></tr><tr><td>Health insurance</td><td class=r>{health:,.2f}</td></tr>
<tr class=b><td>Total deductions</td><td class=r>{ded:,.2f}</td></tr></table></div>
<div class=net>NET PAY &nbsp; <b>£{net:,.2f}</b></div></div>"""
    css = """.p{padding:30px;font-family:'Open Sans'}h2{margin:0;color:#0b6e4f}.sub{color:#555;margin-bottom:16px}
table{border-collapse:collapse}.info td{padding:5px 14px 5px 0}.cols{display:flex;gap:30px;margin-top:18px}.cols table{width:50%}
.cols th{background:#e6f2ed;text-align:left;padding:7px}.cols td{padding:6px 7px;border-bottom:1px solid #e3e3e3}.r{text-align:right}
.b td{font-weight:bold}.net{margin-top:22px;padding:14px;background:#0b6e4f;color:#fff;font-size:20px;text-align:right}"""
    qs = [Q(f"What's {name.split()[0]}'s net pay this month?", f"£{net:,.2f}", "money", "net pay", True),
          Q("how much went to the pension", f"{pension:,.2f}", "money", "deduction value", True),
          Q("gross pay before deductions?", f"{gross:,.2f}", "money", "gross pay", True),
          Q("When was this paid?", payday, "date", "pay date", True)]
    return dict(category="payslip", html=wrap(body, css, width=820), width=820, qs=qs)


def purchase_order(rng):
    vendor = rng.choice(COMPANIES)
    po = f"PO-{rng.randint(40000, 49999)}"
    parts = rng.sample([("M8 hex bolt, zinc (box 100)", 12.4), ("Nitrile gloves L (box)", 9.95), ("Cable ties 300mm (pack)", 4.3),
                        ("Safety glasses, clear", 6.75), ("Shop towels (roll)", 3.2), ("WD-40 400ml", 7.9), ("Drill bit set HSS", 24.0)], 5)
    rows = []
    for n, p in parts:
        sku = f"{rng.choice('ABCDHKMT')}{rng.choice('ABCDHKMT')}-{rng.randint(1000, 9999)}"
        rows.append((sku, n, rng.randint(2, 40), p))
    tot = round(sum(q * p for _, _, q, p in rows), 2)
    tr = "".join(f"<tr><td>{s}</td><td>{esc(n)}</td><td class=r>{q}</td><td class=r>${p:.2f}</td><td class=r>${q*p:,.2f}</td></tr>" for s, n, q, p in rows)
    buyer = people(rng, 1)[0]
    d = dt.date(2025, rng.randint(1, 9), rng.randint(1, 28))
    body = f"""<div class=p><div class=h><h1>Purchase Order</h1><div class=po>{po}</div></div>
<div class=g><div><b>Vendor</b><br>{esc(vendor)}<br>88 Foundry Rd, Hamilton ON</div><div><b>Ship to</b><br>Plant 2 — Receiving Dock B<br>410 Lakeshore Blvd, Toronto ON</div>
<div><b>Order date</b><br>{d.isoformat()}<br><b>Buyer</b><br>{esc(buyer)}</div></div>
<table><tr><th>SKU</th><th>Description</th><th class=r>Qty</th><th class=r>Unit</th><th class=r>Line total</th></tr>{tr}
<tr class=t><td colspan=4 class=r>ORDER TOTAL</td><td class=r>${tot:,.2f}</td></tr></table></div>"""
    css = """.p{padding:32px;font-family:Roboto}.h{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #333}
h1{font-weight:300;margin:0 0 8px}.po{font-size:22px;font-family:'Roboto Condensed'}.g{display:flex;gap:60px;margin:20px 0}
table{width:100%;border-collapse:collapse;font-size:14px}th{border-bottom:2px solid #333;text-align:left;padding:6px}td{padding:6px;border-bottom:1px solid #ccc}
.r{text-align:right}.t td{font-weight:bold;border:none}"""
    pick = rng.choice(rows)
    qs = [Q("PO number?", po, "code", "document number", True),
          Q(f"What's the SKU for the {pick[1].split(',')[0].split('(')[0].strip().lower()}?", pick[0], "code", "code at a label", True),
          Q("who's the buyer on this order", buyer, "person", "who", True),
          Q("How many units in total across all lines?", sum(r[2] for r in rows), "number", "sum of quantities", False)]
    return dict(category="purchase_order", html=wrap(body, css, width=880), width=880, qs=qs)


def bank_statement(rng):
    bal = round(rng.uniform(1500, 4000), 2)
    opening = bal
    descs = ["CARD  TESCO EXTRA", "DD  OCTOPUS ENERGY", "FPI  SALARY ACME LTD", "CARD  AMAZON MKTPLACE", "SO  RENT K PATEL",
             "CARD  PRET A MANGER", "FPI  REFUND ASOS", "CARD  SHELL 4471", "DD  VODAFONE", "CARD  NETFLIX.COM", "ATM  HSBC HIGH ST"]
    rng.shuffle(descs)
    rows = []
    day = 1
    for dsc in descs[:9]:
        day += rng.randint(1, 3)
        if dsc.startswith("FPI"):
            amt = round(rng.uniform(40, 2600), 2) if "SALARY" in dsc else round(rng.uniform(15, 90), 2)
            bal = round(bal + amt, 2)
            rows.append((f"{day:02d} Oct", dsc, "", f"{amt:,.2f}", bal, amt))
        else:
            amt = round(rng.uniform(4, 950 if "RENT" in dsc else 180), 2)
            bal = round(bal - amt, 2)
            rows.append((f"{day:02d} Oct", dsc, f"{amt:,.2f}", "", bal, -amt))
    tr = "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td class=r>{c}</td><td class=r>{d}</td><td class=r>{e:,.2f}</td></tr>" for a, b, c, d, e, _ in rows)
    name = people(rng, 1)[0].upper()
    body = f"""<div class=p><div class=h><div class=bank>NORTHGATE BANK</div><div>Statement of account<br>1 Oct – 31 Oct 2024</div></div>
<div>MR/MS {esc(name)} &nbsp;•&nbsp; Sort code 20-45-77 &nbsp;•&nbsp; Account 4381 2290</div>
<table><tr><th>Date</th><th>Description</th><th class=r>Paid out</th><th class=r>Paid in</th><th class=r>Balance</th></tr>
<tr><td>01 Oct</td><td>BALANCE BROUGHT FORWARD</td><td></td><td></td><td class=r>{opening:,.2f}</td></tr>{tr}</table>
<div class=cl>Closing balance: <b>£{bal:,.2f}</b></div></div>"""
    css = """.p{padding:28px;font-family:'Liberation Sans'}.h{display:flex;justify-content:space-between;background:#00355f;color:#fff;padding:14px;margin-bottom:12px}
.bank{font-size:24px;font-weight:bold}table{width:100%;border-collapse:collapse;margin-top:14px;font-size:14px}th{text-align:left;border-bottom:2px solid #00355f;padding:6px}
td{padding:6px;border-bottom:1px solid #ddd}.r{text-align:right}.cl{margin-top:14px;text-align:right;font-size:17px}"""
    debits = {r[1]: -r[5] for r in rows if r[5] < 0}
    big = max(debits, key=debits.get)
    n_in = sum(1 for r in rows if r[5] > 0)
    k = rng.randint(3, 6)
    qs = [Q("what's the closing balance on this statement?", f"£{bal:,.2f}", "money", "closing balance", True),
          Q("Which payment out was the largest? just the description", big, "text", "largest debit", True),
          Q("how many credits (money in) were there in October?", n_in, "count", "count with condition", False),
          Q(f"What was the balance right after the {rows[k][1].split('  ')[1].title()} transaction on {rows[k][0]}?", f"{rows[k][4]:,.2f}", "money", "value at a row", True)]
    return dict(category="bank_statement", html=wrap(body, css, width=860), width=860, qs=qs)


def shipping_label(rng):
    snd, rcv = people(rng, 2)
    city = rng.choice(CITIES)
    trk = "1Z " + " ".join(f"{rng.randint(0, 999):03d}" for _ in range(2)) + " " + f"{rng.randint(10, 99)} " + " ".join(f"{rng.randint(1000, 9999)}" for _ in range(2))
    wt = f"{rng.randint(1, 24)}.{rng.randint(0, 9)} KG"
    d = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    svc = rng.choice(["EXPRESS SAVER", "STANDARD", "NEXT DAY AIR"])
    bars = "".join(f"<span style='display:inline-block;width:{rng.choice([2,2,3,5])}px;height:70px;background:#000;margin-right:{rng.choice([2,3,4])}px'></span>" for _ in range(60))
    body = f"""<div class=l><div class=row><div><small>SHIP FROM:</small><br>{esc(snd).upper()}<br>12 RUE DES LILAS<br>69003 LYON FR</div><div class=wt>{wt}<br><small>1 OF 1</small></div></div>
<div class=to><small>SHIP TO:</small><br><b>{esc(rcv).upper()}</b><br>5 HARBOUR VIEW TERRACE<br><b>{city.upper()}</b></div>
<div class=svc>{svc}</div><div class=trk>TRACKING #: {trk}</div><div class=bc>{bars}</div>
<div class=row><div>SHIP DATE: {d.strftime('%d %b %Y').upper()}</div><div>REF: ORD-{rng.randint(100000,999999)}</div></div></div>"""
    css = """.l{margin:20px;border:3px solid #000;padding:16px;font-family:'Liberation Sans';font-size:15px}.row{display:flex;justify-content:space-between}
.wt{font-size:22px;font-weight:bold;text-align:right}.to{font-size:20px;margin:18px 0;padding:10px;border-top:2px solid #000;border-bottom:2px solid #000}
.svc{font-size:30px;font-weight:900;background:#000;color:#fff;padding:6px}.trk{margin:10px 0;font-size:17px;font-weight:bold}.bc{margin:8px 0 14px}"""
    qs = [Q("what's the tracking number on this label?", trk, "code", "tracking number", True),
          Q("How heavy is the parcel?", wt, "text", "weight", True),
          Q(f"Which city is it going to?", city.upper(), "text", "destination", True)]
    return dict(category="shipping_label", html=wrap(body, css, width=560), width=560, qs=qs)


def utility_bill(rng):
    prev = rng.randint(20000, 60000)
    used = rng.randint(180, 820)
    cur = prev + used
    rate = rng.choice([0.241, 0.268, 0.295])
    energy = round(used * rate, 2)
    standing = round(31 * 0.53, 2)
    tot = round(energy + standing, 2)
    acct = f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}"
    due = dt.date(2024, 12, rng.randint(5, 20))
    body = f"""<div class=p><div class=h><div class=logo>⚡ Clearspring Power</div><div>Account no. <b>{acct}</b></div></div>
<div class=box><div>Amount due</div><div class=big>${tot:,.2f}</div><div>Please pay by <b>{due.strftime('%B %d, %Y').replace(' 0', ' ')}</b></div></div>
<h3>Electricity usage — billing period Oct 15 – Nov 14, 2024</h3>
<table><tr><td>Previous meter reading</td><td class=r>{prev:,}</td></tr><tr><td>Current meter reading</td><td class=r>{cur:,}</td></tr>
<tr><td>Energy charge ({used} kWh × ${rate:.3f})</td><td class=r>${energy:,.2f}</td></tr><tr><td>Daily standing charge (31 days)</td><td class=r>${standing:,.2f}</td></tr>
<tr class=b><td>Total this period</td><td class=r>${tot:,.2f}</td></tr></table></div>"""
    css = """.p{padding:30px;font-family:'Nimbus Sans'}.h{display:flex;justify-content:space-between;align-items:center}.logo{font-size:26px;color:#e07b00;font-weight:bold}
.box{background:#fff4e5;border-left:6px solid #e07b00;padding:16px;margin:20px 0}.big{font-size:34px;font-weight:bold}table{width:100%;border-collapse:collapse}
td{padding:8px;border-bottom:1px solid #ddd}.r{text-align:right}.b td{font-weight:bold}"""
    qs = [Q("How many kWh did I use this period?", used, "number", "usage", True),
          Q("amount due?", f"${tot:,.2f}", "money", "amount due", True),
          Q("when do I have to pay this by", due.strftime('%B %d, %Y').replace(' 0', ' '), "date", "due date", True)]
    return dict(category="utility_bill", html=wrap(body, css, width=780), width=780, qs=qs)


def train_ticket(rng):
    a, b = rng.sample(["Hamburg Hbf", "Köln Hbf", "München Hbf", "Berlin Hbf", "Frankfurt(M) Hbf", "Stuttgart Hbf", "Leipzig Hbf"], 2)
    dep = dt.datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 19), rng.choice([2, 14, 28, 36, 47, 53]))
    dur = dt.timedelta(minutes=rng.randint(150, 330))
    arr = dep + dur
    car, seat = rng.randint(1, 14), rng.randint(11, 98)
    plat = rng.randint(1, 18)
    price = rng.choice([29.99, 45.90, 67.50, 89.00, 112.40])
    name = people(rng, 1)[0]
    body = f"""<div class=t><div class=hd><span>RAILPASS ONLINE-TICKET</span><span>2nd class</span></div>
<div class=rt><div><div class=tm>{dep:%H:%M}</div><div class=st>{a}</div><div class=pl>Platform {plat}</div></div><div class=ar>→</div>
<div><div class=tm>{arr:%H:%M}</div><div class=st>{b}</div></div></div>
<div class=g><div><small>Date</small><br>{dep:%d.%m.%Y}</div><div><small>Train</small><br>ICE {rng.randint(500,1999)}</div><div><small>Coach</small><br>{car}</div><div><small>Seat</small><br>{seat}</div><div><small>Price</small><br>{price:.2f} EUR</div></div>
<div class=nm>Passenger: {esc(name)} &nbsp; | &nbsp; Valid only with photo ID</div></div>"""
    css = """.t{margin:24px;border-radius:12px;overflow:hidden;border:1px solid #bbb;font-family:'Roboto'}.hd{background:#c8102e;color:#fff;padding:12px 18px;display:flex;justify-content:space-between;font-weight:bold}
.rt{display:flex;gap:40px;padding:22px 18px;align-items:center}.tm{font-size:30px;font-weight:bold}.st{font-size:18px}.pl{color:#c8102e}.ar{font-size:30px;color:#888}
.g{display:flex;gap:36px;padding:0 18px 16px;font-size:17px}small{color:#777;font-size:13px}.nm{background:#f3f3f3;padding:10px 18px;font-size:14px}"""
    qs = [Q("what seat am I in?", seat, "number", "seat", True),
          Q(f"What time does the train get into {b.split()[0].split('(')[0]}?", f"{arr:%H:%M}", "time", "arrival time", True),
          Q("Which platform does it leave from", plat, "number", "platform", True),
          Q("how long is the journey? (h:mm)", f"{dur.seconds//3600}:{dur.seconds%3600//60:02d}", "time", "duration computed", False)]
    return dict(category="ticket", html=wrap(body, css, width=700), width=700, qs=qs)


# ---------------------------------------------------------------- cards
def id_card(rng):
    name = people(rng, 1)[0]
    last, first = name.split()[1], name.split()[0]
    dob = dt.date(rng.randint(1960, 2003), rng.randint(1, 12), rng.randint(1, 28))
    exp = dt.date(rng.randint(2026, 2033), dob.month, dob.day)
    num = f"D{rng.randint(1000000, 9999999)}"
    h = f"{rng.randint(5, 6)}-{rng.randint(0, 11):02d}"
    body = f"""<div class=c><div class=hd>STATE OF NORTH CAROLINA <span>DRIVER LICENSE</span></div><div class=b>
<div class=ph>👤</div><div class=f><div><small>DL NO</small> <b class=red>{num}</b></div><div><small>CLASS</small> C</div>
<div class=n>{esc(last.upper())}<br>{esc(first.upper())}</div><div>1207 MAGNOLIA CT, RALEIGH NC 27603</div>
<div class=row><div><small>DOB</small> <b class=red>{dob:%m/%d/%Y}</b></div><div><small>EXP</small> {exp:%m/%d/%Y}</div></div>
<div class=row><div><small>SEX</small> {rng.choice('MF')}</div><div><small>HGT</small> {h}</div><div><small>EYES</small> {rng.choice(['BRO','BLU','GRN','HAZ'])}</div></div></div></div></div>"""
    css = """.c{margin:20px;width:640px;height:400px;border-radius:20px;background:linear-gradient(135deg,#dfeaf5,#f7f0e1);border:1px solid #99a;font-family:'Liberation Sans';overflow:hidden}
.hd{background:#1f3b73;color:#fff;padding:12px 18px;font-weight:bold;font-size:18px;display:flex;justify-content:space-between}.b{display:flex;padding:18px;gap:20px}
.ph{width:170px;height:220px;background:#c9d3de;font-size:110px;text-align:center;line-height:220px}.f div{margin:4px 0}small{color:#555;font-size:12px}.red{color:#b00}
.n{font-size:22px;font-weight:bold}.row{display:flex;gap:26px}"""
    qs = [Q("What's the date of birth on this licence?", f"{dob:%m/%d/%Y}", "date", "date of birth", True),
          Q("license number pls", num, "code", "ID number", True),
          Q("When does it expire?", f"{exp:%m/%d/%Y}", "date", "expiry", True)]
    return dict(category="id_card", html=wrap(body, css, bg="#fff", width=700), width=700, qs=qs)


def loyalty_card(rng):
    name = people(rng, 1)[0]
    pts = rng.randint(1200, 48000)
    tier = rng.choice(["GOLD", "PLATINUM", "SILVER"])
    mno = " ".join(f"{rng.randint(1000, 9999)}" for _ in range(3))
    body = f"""<div class=c><div class=top><span class=br>Café Aroma</span><span class=t>{tier} MEMBER</span></div>
<div class=p>{pts:,}<small> pts</small></div><div class=m>{mno}</div><div class=bt><span>{esc(name.upper())}</span><span>VALID THRU 08/27</span></div></div>"""
    css = """.c{margin:24px;width:560px;height:330px;border-radius:18px;background:linear-gradient(120deg,#3b1f0f,#7a4a2a);color:#f5e6c8;padding:26px;box-sizing:border-box;font-family:'Lato'}
.top{display:flex;justify-content:space-between}.br{font-size:30px;font-family:'URW Bookman';font-style:italic}.t{font-weight:bold;letter-spacing:2px}
.p{font-size:50px;margin-top:40px;font-weight:bold}.p small{font-size:20px}.m{font-family:'Liberation Mono';font-size:22px;letter-spacing:2px;margin-top:10px}
.bt{display:flex;justify-content:space-between;margin-top:30px;font-size:15px}"""
    qs = [Q("how many points do I have on this card?", f"{pts:,}", "number", "points balance", True),
          Q("What tier is the membership?", tier, "text", "status/tier", True),
          Q("member number?", mno, "code", "member number", True)]
    return dict(category="loyalty_card", html=wrap(body, css, bg="#eeeeee", width=620), width=620, qs=qs)


def business_card(rng):
    name = people(rng, 1)[0]
    comp = rng.choice(COMPANIES)
    title = rng.choice(["Head of Procurement", "Senior Data Engineer", "Regional Sales Director", "Chief Operating Officer", "Product Designer"])
    phone = f"+44 {rng.randint(7000, 7999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    first = name.split()[0].lower().replace('é', 'e').replace('ö', 'o').replace('á', 'a')
    dom = comp.split()[0].lower() + ".co.uk"
    email = f"{first}@{dom}"
    body = f"""<div class=c><div class=l><div class=co>{esc(comp)}</div></div><div class=r><div class=n>{esc(name)}</div><div class=ti>{title}</div>
<div class=ct>☎ {phone}<br>✉ {email}<br>⌂ www.{dom}<br>14 Wharf Lane, Bristol BS1 6QA</div></div></div>"""
    css = """.c{margin:24px;width:620px;height:330px;display:flex;box-shadow:0 2px 10px #999;font-family:'Open Sans'}.l{width:200px;background:#14213d;color:#fca311;display:flex;align-items:center;justify-content:center;text-align:center}
.co{font-size:22px;font-weight:bold;padding:10px}.r{padding:30px;background:#fff}.n{font-size:28px;font-weight:600}.ti{color:#fca311;font-size:16px;margin-bottom:24px}.ct{font-size:15px;line-height:1.7}"""
    qs = [Q(f"what's {name.split()[0]}'s phone number?", phone, "phone", "phone number", True),
          Q("What is their job title?", title, "text", "job title", True),
          Q("email address on the card?", email, "text", "email", True)]
    return dict(category="business_card", html=wrap(body, css, bg="#f0f0f0", width=680), width=680, qs=qs)


def boarding_pass(rng):
    name = people(rng, 1)[0]
    a, b = rng.sample([("LIS", "Lisbon"), ("CPH", "Copenhagen"), ("DUB", "Dublin"), ("ATH", "Athens"), ("VIE", "Vienna"), ("MAD", "Madrid")], 2)
    fl = f"{rng.choice(['TP','SK','EI','A3','OS'])} {rng.randint(100, 1999)}"
    dep = dt.datetime(2025, 6, rng.randint(1, 28), rng.randint(6, 21), rng.choice([5, 15, 25, 40, 50]))
    board = dep - dt.timedelta(minutes=40)
    gate = f"{rng.choice('ABCDE')}{rng.randint(1, 48)}"
    seat = f"{rng.randint(3, 33)}{rng.choice('ABCDEF')}"
    zone = rng.randint(1, 5)
    last, first = name.split()[1], name.split()[0]
    body = f"""<div class=bp><div class=m><div class=hd>BOARDING PASS</div><div class=nm>{esc(last.upper())}/{esc(first.upper())}</div>
<div class=rt><div><div class=code>{a[0]}</div>{a[1]}</div><div class=pl>✈</div><div><div class=code>{b[0]}</div>{b[1]}</div></div>
<div class=g><div><small>FLIGHT</small><br>{fl}</div><div><small>DATE</small><br>{dep:%d%b}</div><div><small>GATE</small><br>{gate}</div><div><small>BOARDING</small><br>{board:%H:%M}</div><div><small>SEAT</small><br>{seat}</div><div><small>ZONE</small><br>{zone}</div></div>
<div class=note>Gate closes 15 minutes before departure · Departure {dep:%H:%M}</div></div><div class=stub><small>SEAT</small><div class=big>{seat}</div><small>GATE</small><div class=big>{gate}</div></div></div>"""
    css = """.bp{margin:24px;display:flex;width:860px;border-radius:14px;overflow:hidden;background:#fff;font-family:'Roboto'}.m{flex:1;padding:20px}.hd{color:#0a7cff;font-weight:bold;letter-spacing:3px}
.nm{font-size:22px;margin:8px 0}.rt{display:flex;gap:40px;align-items:center}.code{font-size:42px;font-weight:bold}.pl{font-size:30px;color:#0a7cff}
.g{display:flex;gap:26px;margin-top:18px;font-size:18px;font-weight:500}small{color:#888;font-size:12px;font-weight:normal}.note{margin-top:16px;font-size:13px;color:#555}
.stub{width:160px;background:#0a7cff;color:#fff;padding:20px;border-left:3px dashed #fff}.stub small{color:#cfe3ff}.big{font-size:32px;font-weight:bold;margin-bottom:10px}"""
    qs = [Q("What gate am I at?", gate, "text", "gate", True),
          Q("when does boarding start", f"{board:%H:%M}", "time", "boarding time", True),
          Q("flight number?", fl, "code", "flight number", True),
          Q(f"Where is this flight going to? (city)", b[1], "text", "destination", True)]
    return dict(category="boarding_pass", html=wrap(body, css, bg="#2b2f3a", width=920), width=920, qs=qs)


def badge(rng):
    name = people(rng, 1)[0]
    comp = rng.choice(COMPANIES)
    role = rng.choice(["SPEAKER", "EXHIBITOR", "ATTENDEE", "PRESS"])
    no = f"{rng.randint(10000, 99999)}"
    body = f"""<div class=b><div class=ev>DATAWORKS SUMMIT 2025<br><small>Ghent · 14–16 May</small></div><div class=n>{esc(name.split()[0])}<br><span>{esc(name.split()[1])}</span></div>
<div class=co>{esc(comp)}</div><div class=ro>{role}</div><div class=no>Badge #{no} · Access: All days</div></div>"""
    css = """.b{margin:20px auto;width:420px;border-radius:10px;overflow:hidden;background:#fff;text-align:center;font-family:'Cantarell';box-shadow:0 0 8px #666}
.ev{background:#5b2a86;color:#fff;padding:18px;font-size:20px;font-weight:bold}.ev small{font-weight:normal;font-size:14px}.n{font-size:40px;font-weight:bold;margin-top:30px;line-height:1.1}
.n span{font-size:26px;font-weight:normal}.co{font-size:18px;margin:14px 0 30px;color:#444}.ro{background:#f2a541;padding:14px;font-size:26px;font-weight:bold;letter-spacing:4px}.no{padding:10px;font-size:13px;color:#666}"""
    qs = [Q("Which company is this person from?", comp, "text", "company", True),
          Q("what role is on the badge?", role, "text", "status/role", True),
          Q("Badge number?", no, "code", "number", True)]
    return dict(category="badge", html=wrap(body, css, bg="#cfcfd6", width=480), width=480, qs=qs)


def event_ticket(rng):
    artist = rng.choice(["The Velvet Orchards", "Nomvula & The Tide", "Kaito Ishida Trio", "Luna Serrano", "Black Birch"])
    venue = rng.choice(["O2 Academy Brixton", "Paradiso Amsterdam", "Vega Copenhagen", "Sala Apolo Barcelona"])
    d = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    doors = f"{rng.choice([18, 19])}:{rng.choice(['00', '30'])}"
    sec, row, seat = rng.choice(["BALCONY", "STALLS", "CIRCLE"]), rng.choice("ABCDEFGHJK"), rng.randint(1, 40)
    price = rng.choice([38.5, 45.0, 52.75, 64.0])
    body = f"""<div class=t><div class=main><div class=ar>{esc(artist)}</div><div class=tour>World Tour 2025</div><div class=v>{venue}</div>
<div class=d>{d.strftime('%A, %d %B %Y')}</div><div>Doors {doors} · Show {int(doors[:2])+1}:{doors[3:]}</div></div>
<div class=side><div><small>SECTION</small><br>{sec}</div><div><small>ROW</small><br>{row}</div><div><small>SEAT</small><br>{seat}</div><div><small>PRICE</small><br>£{price:.2f}</div></div></div>"""
    css = """.t{margin:24px;display:flex;width:820px;background:#111;color:#fff;border-radius:10px;overflow:hidden;font-family:'Lato'}.main{flex:1;padding:26px;background:linear-gradient(90deg,#e63946,#a8102b)}
.ar{font-size:36px;font-weight:900}.tour{font-size:16px;opacity:.9}.v{font-size:22px;margin-top:18px}.d{font-size:18px;margin-top:6px}
.side{width:180px;padding:18px;border-left:3px dotted #888;font-size:20px;font-weight:bold}.side div{margin-bottom:8px}small{color:#aaa;font-size:12px;font-weight:normal}"""
    qs = [Q("what time do the doors open?", doors, "time", "time", True),
          Q("Which row is my seat in", row, "text", "row", True),
          Q("what day of the week is the gig?", d.strftime('%A'), "text", "day of week", True)]
    return dict(category="event_ticket", html=wrap(body, css, bg="#ddd", width=880), width=880, qs=qs)


GENS = [invoice, receipt, payslip, purchase_order, bank_statement, shipping_label, utility_bill, train_ticket,
        id_card, loyalty_card, business_card, boarding_pass, badge, event_ticket]
