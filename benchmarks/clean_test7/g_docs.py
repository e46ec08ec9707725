"""Documents: invoices, receipts, payslip, PO, bank statement, label, utility bill, ticket."""
import random, datetime as dt
from common import shot, Q, esc, eu, sp, us, SEED

GENS = ["invoice_de", "receipt", "payslip", "purchase_order", "bank_statement", "shipping_label",
        "utility_bill", "train_ticket"]
C = "invoice"


def invoice_de():
    r = random.Random(SEED + 1)
    items = [("Wartung Klimaanlage Büro 3.OG", 1, r.randint(280, 420)),
             ("Filterset F7 (4 Stk.)", r.randint(2, 5), r.randint(38, 64)),
             ("Kältemittel R32, je kg", r.randint(2, 6), r.randint(45, 79)),
             ("Anfahrtspauschale", 1, 65),
             ("Arbeitszeit Techniker (Std.)", r.randint(3, 7), 89)]
    rows = ""; net = 0
    for i, (d, qn, p) in enumerate(items, 1):
        t = qn * p; net += t
        rows += f"<tr><td>{i}</td><td>{esc(d)}</td><td class=r>{qn}</td><td class=r>{eu(p)} €</td><td class=r>{eu(t)} €</td></tr>"
    vat = round(net * 0.19, 2); tot = net + vat
    body = f"""<div class=pg><div class=hd><div><div class=logo>Kühlmann &amp; Söhne GmbH</div>
<div class=sm>Klimatechnik · Industriestraße 14 · 70565 Stuttgart</div></div>
<div class=meta><b>RECHNUNG</b><br>Rechnungs-Nr.: RE-2026-0{r.randint(4000,4999)}<br>Datum: 17.03.2026<br>Kunden-Nr.: K-88213<br>Fällig bis: 16.04.2026</div></div>
<div class=addr>Brenner Logistik AG<br>z. Hd. Frau Aylin Demir<br>Hafenweg 7<br>68159 Mannheim</div>
<table><tr><th>Pos.</th><th>Bezeichnung</th><th class=r>Menge</th><th class=r>Einzelpreis</th><th class=r>Gesamt</th></tr>{rows}</table>
<table class=sum><tr><td>Nettobetrag</td><td class=r>{eu(net)} €</td></tr><tr><td>zzgl. 19 % MwSt.</td><td class=r>{eu(vat)} €</td></tr>
<tr class=t><td>Rechnungsbetrag</td><td class=r>{eu(tot)} €</td></tr></table>
<div class=ft>Bankverbindung: Volksbank Stuttgart · IBAN DE12 6009 0100 0412 7788 03 · BIC VOBADESS</div></div>"""
    css = """.pg{padding:34px 44px;font-size:14px}.hd{display:flex;justify-content:space-between}.logo{font-size:24px;color:#0a4d8c;font-weight:bold}
.sm{font-size:12px;color:#555}.meta{text-align:right;line-height:1.5}.addr{margin:26px 0;line-height:1.4}
table{border-collapse:collapse;width:100%}th{background:#0a4d8c;color:#fff;padding:6px;text-align:left}td{padding:6px;border-bottom:1px solid #ccd}
.r{text-align:right}.sum{width:45%;margin-left:55%;margin-top:12px}.t td{font-weight:bold;border-top:2px solid #0a4d8c}.ft{margin-top:30px;font-size:12px;color:#555}"""
    img = shot("invoice_kuehlmann", body, 820, 760, css, font="Liberation Sans")
    Q(img, "what's the total due on this invoice (incl. VAT)?", f"{eu(tot)} €", "money", C, "grand total")
    Q(img, "How much VAT was charged?", f"{eu(vat)} €", "money", C, "tax amount")
    big = max(items, key=lambda x: x[1] * x[2])
    Q(img, "which line item costs the most in total?", big[0], "text", C, "max line total")
    Q(img, "how many hours did the technician work", str(items[4][1]), "number", C, "quantity at label")


def receipt():
    r = random.Random(SEED + 2)
    goods = ["Oat milk 1L", "Sourdough loaf", "Avocado x3", "Greek yogurt", "Basmati rice 2kg", "Olive oil 750ml",
             "Cherry tomatoes", "Dark chocolate 85%", "Free-range eggs 12", "Coffee beans 500g", "Bananas"]
    r.shuffle(goods); goods = goods[:8]
    lines = [(g, round(r.uniform(0.89, 11.5), 2)) for g in goods]
    sub = round(sum(p for _, p in lines), 2)
    disc = 2.50; tot = round(sub - disc, 2); cash = 50.0 if tot < 50 else 100.0
    body = "<div class=rc><div class=c><b>GREENLEAF MARKET</b><br>221 Harbour St, Portland ME<br>Tel (207) 555-0143</div><hr>"
    body += "<div>Date: 09/02/2026  14:37<br>Till 04   Cashier: Mateo</div><hr>"
    for g, p in lines:
        body += f"<div class=l><span>{esc(g)}</span><span>{p:.2f}</span></div>"
    body += f"<hr><div class=l><span>SUBTOTAL</span><span>{sub:.2f}</span></div><div class=l><span>MEMBER DISCOUNT</span><span>-{disc:.2f}</span></div>"
    body += f"<div class='l b'><span>TOTAL</span><span>${tot:.2f}</span></div><div class=l><span>CASH</span><span>{cash:.2f}</span></div>"
    body += f"<div class=l><span>CHANGE</span><span>{cash-tot:.2f}</span></div><hr><div class=c>Items: {len(lines)}<br>THANK YOU - SEE YOU SOON</div></div>"
    css = ".rc{width:330px;margin:18px auto;padding:16px;background:#fdfcf7;font-size:14px;line-height:1.45;box-shadow:0 0 6px #999}.c{text-align:center}.l{display:flex;justify-content:space-between}.b{font-weight:bold;font-size:16px}hr{border:none;border-top:1px dashed #777}"
    img = shot("receipt_greenleaf", body, 400, 640, css, font="DejaVu Sans Mono", bg="#cfd3d6")
    Q(img, "how much did the coffee beans cost?" if any(g.startswith("Coffee") for g, _ in lines) else "how much was the sourdough?",
      f"{dict(lines).get('Coffee beans 500g', dict(lines).get('Sourdough loaf')):.2f}", "money", "receipt", "price at label")
    Q(img, "change given back?", f"{cash-tot:.2f}", "money", "receipt", "change")
    exp = max(lines, key=lambda x: x[1])
    Q(img, "what was the priciest thing I bought here", exp[0], "text", "receipt", "max item")
    Q(img, "who was the cashier", "Mateo", "person", "receipt", "who")


def payslip():
    r = random.Random(SEED + 3)
    base = r.randint(3400, 4800) * 1.0; ot = r.randint(4, 12) * 31.25; bonus = 250.0
    gross = base + ot + bonus
    tax = round(gross * 0.182, 2); ss = round(gross * 0.094, 2); pen = round(base * 0.05, 2); health = 86.40
    ded = tax + ss + pen + health; net = gross - ded
    earn = [("Basic salary", base), (f"Overtime ({int(ot/31.25)} h)", ot), ("Performance bonus", bonus)]
    dedl = [("Income tax", tax), ("Social security", ss), ("Pension 5%", pen), ("Health plan", health)]
    def tbl(title, rows, tot):
        s = f"<table><tr><th>{title}</th><th class=r>Amount (€)</th></tr>"
        for a, b in rows: s += f"<tr><td>{a}</td><td class=r>{sp(b)}</td></tr>"
        return s + f"<tr class=t><td>Total</td><td class=r>{sp(tot)}</td></tr></table>"
    body = f"""<div class=w><div class=top><span class=co>NORDVIK SYSTEMS OY</span><span>PAYSLIP — February 2026</span></div>
<div class=inf><div>Employee: <b>Sanna Virtanen</b><br>Employee ID: NV-00417<br>Department: Data Platform</div>
<div>Pay date: 27 Feb 2026<br>Tax code: 1150L<br>Bank: FI21 1234 5600 0007 85</div></div>
<div class=two>{tbl('Earnings', earn, gross)}{tbl('Deductions', dedl, ded)}</div>
<div class=net>NET PAY: {sp(net)} €</div></div>"""
    css = """.w{padding:26px;font-size:14px}.top{display:flex;justify-content:space-between;border-bottom:3px solid #2e7d5b;padding-bottom:8px;font-size:17px}
.co{font-weight:bold;color:#2e7d5b}.inf{display:flex;justify-content:space-between;margin:16px 0;line-height:1.5}.two{display:flex;gap:24px}
table{border-collapse:collapse;flex:1}th{text-align:left;background:#e6f2ec;padding:6px}td{padding:5px 6px;border-bottom:1px solid #ddd}.r{text-align:right}
.t td{font-weight:bold}.net{margin-top:18px;text-align:right;font-size:20px;font-weight:bold;color:#2e7d5b}"""
    img = shot("payslip_nordvik", body, 760, 470, css, font="Lato")
    Q(img, "What is Sanna's net pay this month?", f"{sp(net)} €", "money", "payslip", "net pay")
    Q(img, "how many overtime hours were paid", str(int(ot / 31.25)), "number", "payslip", "overtime hours")
    Q(img, "total deductions?", f"{sp(ded)} €", "money", "payslip", "deductions total")
    Q(img, "which department is she in", "Data Platform", "text", "payslip", "field lookup")


def purchase_order():
    r = random.Random(SEED + 4)
    items = [("LED panel 60x60 4000K", "LP-6060-40", r.randint(20, 60), 27.90),
             ("Emergency exit sign", "EX-220", r.randint(4, 12), 44.50),
             ("Cable tray 3m galvanised", "CT-300G", r.randint(10, 30), 18.75),
             ("Motion sensor ceiling", "MS-360", r.randint(8, 24), 21.30),
             ("Junction box IP65", "JB-65", r.randint(30, 90), 3.95)]
    rows = ""; tot = 0
    for d, sku, q, p in items:
        t = round(q * p, 2); tot += t
        rows += f"<tr><td>{sku}</td><td>{d}</td><td class=r>{q}</td><td class=r>${us(p)}</td><td class=r>${us(t)}</td></tr>"
    body = f"""<div class=w><h1>PURCHASE ORDER</h1><div class=g><div><b>PO #</b> 4500{r.randint(10000,99999)}<br><b>Date:</b> April 3, 2026<br><b>Buyer:</b> Priya Raman</div>
<div><b>Vendor</b><br>Brightline Electrical Supply<br>880 Commerce Pkwy<br>Columbus, OH 43219</div><div><b>Ship to</b><br>Ridgeview Medical Center<br>Facilities Dock B<br>Dayton, OH 45402</div></div>
<table><tr><th>SKU</th><th>Description</th><th class=r>Qty</th><th class=r>Unit</th><th class=r>Line total</th></tr>{rows}
<tr class=t><td colspan=4>ORDER TOTAL</td><td class=r>${us(tot)}</td></tr></table><p class=n>Terms: Net 45 · Delivery required by April 24, 2026 · Ship via: FedEx Freight</p></div>"""
    css = """.w{padding:28px;font-size:14px}h1{margin:0 0 14px;color:#6b2c91;letter-spacing:3px}.g{display:flex;justify-content:space-between;margin-bottom:18px;line-height:1.45}
table{width:100%;border-collapse:collapse}th{border-bottom:2px solid #6b2c91;text-align:left;padding:6px}td{padding:6px;border-bottom:1px solid #eee}.r{text-align:right}
.t td{font-weight:bold;border-top:2px solid #6b2c91}.n{font-size:13px;color:#444}"""
    img = shot("po_brightline", body, 860, 520, css, font="Nimbus Sans")
    Q(img, "how many motion sensors are on the PO", str(items[3][2]), "number", "purchase order", "qty at label")
    Q(img, "order total?", f"${us(tot)}", "money", "purchase order", "total")
    Q(img, "who's the buyer on this purchase order", "Priya Raman", "person", "purchase order", "who")
    Q(img, "by when must it be delivered?", "April 24, 2026", "date", "purchase order", "deadline")


def bank_statement():
    r = random.Random(SEED + 5)
    descs = ["SEPA-Überweisung Miete Lindenstr.", "REWE Markt Köln", "Gehalt Q-Soft GmbH", "Stadtwerke Strom", "Amazon EU S.à r.l.",
             "Deutsche Bahn Ticket", "Netflix", "Apotheke am Dom", "Spotify AB", "Tankstelle Aral", "Rückerstattung Zalando",
             "Restaurant Da Vinci", "Barauszahlung GA", "Versicherung HUK"]
    bal = 2318.44; rows = []; d = dt.date(2026, 5, 2)
    for i, de in enumerate(descs):
        if "Gehalt" in de: amt = 3412.80
        elif "Rückerst" in de: amt = 59.95
        elif "Miete" in de: amt = -1150.00
        else: amt = -round(r.uniform(8, 180), 2)
        bal = round(bal + amt, 2); rows.append((d.strftime("%d.%m.%Y"), de, amt, bal)); d += dt.timedelta(days=r.randint(1, 2))
    tr = "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td class='r {'pos' if c>0 else 'neg'}'>{'+' if c>0 else '−'}{eu(abs(c))}</td><td class=r>{eu(e)}</td></tr>" for a, b, c, e in rows)
    outs = sum(-c for _, _, c, _ in rows if c < 0)
    body = f"""<div class=nav><span class=bk>◆ Rheinbank Online</span><span>Konten</span><span>Überweisen</span><span>Daueraufträge</span><span>Postfach (2)</span><span class=u>Jonas Albrecht ▾</span></div>
<div class=main><div class=side><div class=card><div class=l>Girokonto</div><div class=n>DE44 3705 0198 0023 4471 09</div><div class=b>{eu(rows[-1][3])} €</div><div class=l>aktueller Kontostand</div></div>
<div class=card><div class=l>Tagesgeld Plus</div><div class=b>12.750,00 €</div><div class=l>Zinssatz 2,35 % p.a.</div></div>
<div class=card><div class=l>Kreditkarte Gold</div><div class=b>−384,12 €</div><div class=l>Abrechnung am 20.05.2026</div></div></div>
<div class=ct><h2>Umsätze Girokonto · Mai 2026</h2><div class=f>Startsaldo 01.05.2026: {eu(2318.44)} €</div>
<table><tr><th>Buchungstag</th><th>Verwendungszweck</th><th class=r>Betrag (€)</th><th class=r>Saldo (€)</th></tr>{tr}</table></div></div>"""
    css = """.nav{background:#12355b;color:#fff;display:flex;gap:30px;padding:14px 24px;font-size:15px}.bk{font-weight:bold;font-size:18px}.u{margin-left:auto}
.main{display:flex;gap:24px;padding:22px}.side{width:300px}.card{background:#f3f6fa;border-radius:8px;padding:14px;margin-bottom:14px}.l{font-size:13px;color:#567}
.n{font-size:13px}.b{font-size:22px;font-weight:bold;margin:6px 0}.ct{flex:1}h2{margin:0 0 6px;font-size:20px}.f{font-size:13px;color:#567;margin-bottom:8px}
table{width:100%;border-collapse:collapse;font-size:14px}th{text-align:left;border-bottom:2px solid #12355b;padding:6px}td{padding:6px;border-bottom:1px solid #e3e8ee}
.r{text-align:right}.pos{color:#1a7f37}.neg{color:#b42318}"""
    img = shot("bank_rheinbank", body, 1360, 760, css, font="Cantarell")
    Q(img, "Wie hoch ist der Kontostand auf dem Girokonto?", f"{eu(rows[-1][3])} €", "money", "bank statement", "current balance")
    apo = [x for x in rows if "Apotheke" in x[1]][0]
    Q(img, "how much did i spend at the pharmacy (Apotheke am Dom)?", eu(abs(apo[2])), "money", "bank statement", "amount at label")
    big = min((x for x in rows if "Miete" not in x[1]), key=lambda x: x[2])
    Q(img, "apart from rent, which was the biggest outgoing payment?", big[1], "text", "bank statement", "max debit excluding rent")
    Q(img, "when was the salary booked", [x for x in rows if "Gehalt" in x[1]][0][0], "date", "bank statement", "date at label")
    Q(img, "what's the interest rate on the Tagesgeld account", "2,35 % p.a.", "text", "bank statement", "rate lookup")


def shipping_label():
    r = random.Random(SEED + 6)
    kg = round(r.uniform(1.2, 18.9), 1)
    trk = "1Z 7W9 " + " ".join(str(r.randint(100, 999)) for _ in range(3)) + f" {r.randint(1000,9999)}"
    body = f"""<div class=lb><div class=r1><div class=from>FROM:<br>Kaito Nakamura<br>Sakura Ceramics LLC<br>4410 Alder Ave Ste 2<br>Tacoma WA 98409</div><div class=svc>2ND DAY AIR<div class=big>2</div></div></div>
<div class=to>SHIP TO:<div class=nm>OLUWASEUN ADEYEMI<br>BLUE HERON INTERIORS<br>1290 PEACHTREE ST NE FL 8<br>ATLANTA GA 30309</div></div>
<div class=r2><span>WT: {kg} KG</span><span>DIM: 40x30x22 cm</span><span>PKG 2 OF 3</span></div>
<div class=trk>TRACKING #: {trk}</div><div class=bars></div><div class=r2><span>BILLING: P/P</span><span>SHIP DATE: 14 JAN 2026</span><span>REF: SC-55802</span></div></div>"""
    bars = "".join(f"<span style='display:inline-block;height:70px;width:{r.choice([2,3,5])}px;margin-right:{r.choice([2,3,4])}px;background:#000'></span>" for _ in range(70))
    body = body.replace("<div class=bars></div>", f"<div class=bars>{bars}</div>")
    css = """.lb{margin:14px;border:3px solid #000;width:540px;font-size:14px;font-weight:bold}.r1{display:flex;border-bottom:3px solid #000}.from{padding:10px;flex:1;font-weight:normal;line-height:1.35}
.svc{border-left:3px solid #000;width:150px;text-align:center;padding:8px;font-size:16px}.big{font-size:60px}.to{padding:12px;border-bottom:3px solid #000}.nm{font-size:19px;margin-left:24px;line-height:1.35}
.r2{display:flex;justify-content:space-between;padding:8px 12px;border-bottom:3px solid #000}.trk{padding:10px 12px;font-size:17px}.bars{padding:6px 14px;border-bottom:3px solid #000;white-space:nowrap;overflow:hidden}"""
    img = shot("label_sakura", body, 580, 520, css, font="Liberation Sans")
    Q(img, "what's the tracking number", trk, "code", "shipping label", "tracking number")
    Q(img, "How heavy is this package?", f"{kg} KG", "text", "shipping label", "weight")
    Q(img, "which city is it being shipped to", "ATLANTA", "text", "shipping label", "destination city")
    Q(img, "how many packages are in this shipment in total", "3", "count", "shipping label", "package count", literal=False)


def utility_bill():
    r = random.Random(SEED + 7)
    prev = r.randint(40000, 50000); cur = prev + r.randint(280, 520)
    kwh = cur - prev; rate = 0.2874; energy = round(kwh * rate, 2); standing = 31 * 0.46
    standing = round(standing, 2); vat = round((energy + standing) * 0.05, 2); tot = round(energy + standing + vat, 2)
    hist = [r.randint(250, 560) for _ in range(5)] + [kwh]
    months = ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    bars = "".join(f"<div class=bc><div class=bv>{h}</div><div class=bar style='height:{h/4}px'></div><div>{m}</div></div>" for h, m in zip(hist, months))
    body = f"""<div class=w><div class=hd><div class=lg>⚡ Meridian Energy</div><div>Account no. <b>7719 0032 5581</b><br>Bill date: 08 January 2026</div></div>
<div class=row><div class=box><h3>Your bill summary</h3><table>
<tr><td>Electricity used ({kwh} kWh × £{rate}/kWh)</td><td class=r>£{energy:.2f}</td></tr><tr><td>Standing charge (31 days × £0.46)</td><td class=r>£{standing:.2f}</td></tr>
<tr><td>VAT at 5%</td><td class=r>£{vat:.2f}</td></tr><tr class=t><td>Total to pay</td><td class=r>£{tot:.2f}</td></tr></table>
<p>Meter readings: previous <b>{prev}</b> (01 Dec) · current <b>{cur}</b> (31 Dec)</p><p>Direct Debit will be taken on <b>22 January 2026</b>.</p></div>
<div class=box><h3>Usage, last 6 months (kWh)</h3><div class=ch>{bars}</div></div></div><div class=ad>Mr Hamish MacLeod · 17 Thistle Crescent · Inverness IV2 4RJ</div></div>"""
    css = """.w{padding:24px;font-size:14px}.hd{display:flex;justify-content:space-between;border-bottom:4px solid #f2a900;padding-bottom:10px}.lg{font-size:26px;font-weight:bold;color:#333}
.row{display:flex;gap:20px;margin-top:16px}.box{flex:1;background:#fffaf0;border:1px solid #f0dca8;padding:14px;border-radius:6px}h3{margin:0 0 10px}
table{width:100%;border-collapse:collapse}td{padding:5px 0;border-bottom:1px solid #eee}.r{text-align:right}.t td{font-weight:bold;font-size:16px}
.ch{display:flex;align-items:flex-end;gap:16px;height:200px}.bc{text-align:center;font-size:12px}.bar{width:36px;background:#f2a900;margin:3px auto}.bv{font-size:12px}.ad{margin-top:14px;color:#555}"""
    img = shot("utility_meridian", body, 1120, 480, css, font="DejaVu Sans")
    Q(img, "how much do I have to pay on this electricity bill?", f"£{tot:.2f}", "money", "utility bill", "total")
    Q(img, "how many kWh did I use in December", str(kwh), "number", "utility bill", "usage")
    mx = months[hist.index(max(hist))]
    Q(img, "which month in the chart had the highest usage?", mx, "text", "utility bill", "max month")
    Q(img, "When will the direct debit be taken?", "22 January 2026", "date", "utility bill", "date lookup")


def train_ticket():
    r = random.Random(SEED + 8)
    coach = r.randint(3, 14); seat = r.randint(11, 88)
    price = round(r.uniform(39, 129), 2)
    body = f"""<div class=t><div class=top><span>SNCF · TGV INOUI</span><span>E-BILLET</span></div>
<div class=rt><div><div class=tm>07:46</div><div class=st>PARIS GARE DE LYON</div></div><div class=ar>→</div><div><div class=tm>10:58</div><div class=st>MARSEILLE ST-CHARLES</div></div></div>
<div class=g><div><span>Date</span><b>ven. 13 mars 2026</b></div><div><span>Train</span><b>6105</b></div><div><span>Voiture</span><b>{coach}</b></div><div><span>Place</span><b>{seat}</b></div>
<div><span>Classe</span><b>2</b></div><div><span>Passager</span><b>Élodie Marchand</b></div><div><span>Tarif</span><b>{eu(price)} €</b></div><div><span>Réf. dossier</span><b>QXH7LP</b></div></div></div>"""
    css = """.t{margin:16px;background:#fff;border-radius:12px;overflow:hidden;width:620px;box-shadow:0 2px 8px #0003}.top{background:#7a1e4c;color:#fff;display:flex;justify-content:space-between;padding:10px 16px;font-weight:bold}
.rt{display:flex;align-items:center;justify-content:space-between;padding:18px 24px}.tm{font-size:30px;font-weight:bold}.st{font-size:13px;color:#555}.ar{font-size:30px;color:#7a1e4c}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:0 24px 20px}.g span{display:block;font-size:12px;color:#777}.g b{font-size:15px}"""
    img = shot("ticket_sncf", body, 660, 330, css, font="Lato", bg="#e9e4ea")
    Q(img, "what seat am I in?", f"{seat}", "number", "ticket", "seat")
    dep, arr = (7, 46), (10, 58)
    mins = (arr[0] * 60 + arr[1]) - (dep[0] * 60 + dep[1])
    Q(img, "how long is the journey", f"{mins // 60} h {mins % 60} min", "time", "ticket", "duration", literal=False)
    Q(img, "booking reference?", "QXH7LP", "code", "ticket", "reference")
